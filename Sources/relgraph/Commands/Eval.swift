import ArgumentParser
import Foundation
import RelgraphKit

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score extraction against a gold file: precision, recall, F1, kind accuracy, relation recall.",
    discussion: "Matches entities the way shared/tools/score.py does (surface forms after normalisation, else token-prefix overlap ≥ 0.6, one-to-one, greedy); entities marked required: false count neither as missed nor as spurious.")
  @Option(name: .long, help: "Gold file (the format of shared/gold/seeds.json).")
  var gold: String
  @Argument(help: "Files or directories to extract from.")
  var inputs: [String]
  @OptionGroup var cat: CatalogOption
  @Option(name: .long, help: "Output format: table or json.")
  var format: TableFormat = .table
  @Flag(name: .long, help: "List missed, spurious and mistyped entities and missed relations.")
  var verbose = false

  func run() throws {
    try guarded {
      let g: GoldFile
      do { g = try GoldFile.load(gold) } catch { throw CLIError.data("\(error)") }
      let x = try cat.extractor()
      let docs = try extractInputs(inputs, extractor: x).map(\.extraction)
      let report = Evaluation.score(gold: g, system: docs)
      if format == .json {
        Terminal.printJSON(report.json)
        return
      }
      print(report.summary)
      if verbose { for l in report.details { print(l) } }
    }
  }
}
