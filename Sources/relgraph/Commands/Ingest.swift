import ArgumentParser
import Foundation
import RelgraphKit

struct CatalogOption: ParsableArguments {
  @Option(name: .long, help: "An extra catalogue (JSON, same shape as the built-in one); repeatable.")
  var catalog: [String] = []

  func extractor() throws -> Extractor {
    do { return try Extractor.standard(extraCatalogs: catalog) } catch let e as CatalogError { throw CLIError.data(e.description) }
  }
}

/// Loads inputs, reporting per-file problems as warnings.
func loadInputs(_ inputs: [String]) throws -> Loader.Batch {
  let batch: Loader.Batch
  do { batch = try Loader.load(inputs) } catch { throw CLIError.data("\(error)") }
  for w in batch.warnings { Terminal.warn(w.description) }
  for d in batch.documents where d.language == "und" || d.language == "zh" {
    Terminal.warn("\(d.path): language \(d.language == "zh" ? "zh" : "not recognised") is not supported by the rules; only catalogue names are extracted")
  }
  if batch.documents.isEmpty { throw CLIError.data("no readable texts in \(inputs.joined(separator: ", "))") }
  return batch
}

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Ingest files and directories (.txt .md .html .htm) and add them to a graph store.",
    discussion: "Documents already in the store (same content) are skipped. The build runs in one transaction: if it fails, the store is left as it was.")

  @Argument(help: "Files or directories (searched recursively).")
  var inputs: [String]
  @OptionGroup var store: GraphOption
  @OptionGroup var cat: CatalogOption

  func run() throws {
    try guarded {
      let batch = try loadInputs(inputs)
      let x = try cat.extractor()
      let gs: GraphStore
      do { gs = try GraphStore(path: store.graph, create: true) } catch { throw CLIError.data("\(error)") }
      var items: [(Document, DocumentExtraction)] = []
      for (i, d) in batch.documents.enumerated() {
        Terminal.progress(i + 1, batch.documents.count, d.path)
        if try gs.contains(hash: d.contentHash) {
          items.append((d, DocumentExtraction(file: d.path, language: d.language, date: d.date, entities: [], relations: [])))
          continue
        }
        items.append((d, x.extract(d)))
      }
      let r: BuildReport
      do { r = try gs.add(items, catalog: x.catalog) } catch { throw CLIError.runtime("build failed, store unchanged: \(error)") }
      Terminal.note("added \(r.documentsAdded) document(s), skipped \(r.documentsSkipped) already stored; the graph has \(r.entities) entities and \(r.relations) relations")
    }
  }
}

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract entities and relations per document, without a store.",
    discussion: "`--format json` prints the shape that `relgraph eval` and shared/tools/score.py read.")

  @Argument(help: "Files or directories.")
  var inputs: [String]
  @OptionGroup var cat: CatalogOption
  @Option(name: .long, help: "Output format: json or table.")
  var format: TableFormat = .json

  func run() throws {
    try guarded {
      let batch = try loadInputs(inputs)
      let x = try cat.extractor()
      var docs: [DocumentExtraction] = []
      for (i, d) in batch.documents.enumerated() {
        Terminal.progress(i + 1, batch.documents.count, d.path)
        docs.append(x.extract(d))
      }
      switch format {
      case .json: print(ExtractionJSON.encode(docs))
      case .table, .csv:
        var rows: [[String]] = []
        for d in docs {
          for e in d.entities { rows.append([(d.file as NSString).lastPathComponent, e.kind.rawValue, e.id, e.label, String(e.mentions.count)]) }
        }
        if format == .csv { Terminal.csv(["document", "kind", "id", "label", "mentions"], rows) } else { Terminal.table(["document", "kind", "id", "label", "mentions"], rows) }
      }
    }
  }
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Bring in a graph made elsewhere (edge list, GraphML or node-link JSON) as a graph store.",
    discussion: "Edge list: one edge per line, SOURCE TARGET [WEIGHT], whitespace-separated, # comments; node ids are kept as given. The store's previous content is replaced.")

  @Argument(help: "The file to import.")
  var file: String
  @Option(name: .long, help: "Input format: edgelist, graphml or json.")
  var from: Importers.Format
  @OptionGroup var store: GraphOption

  func run() throws {
    try guarded {
      let g: PropertyGraph
      do { g = try Importers.load(file, as: from) } catch { throw CLIError.data("\(error)") }
      let gs: GraphStore
      do { gs = try GraphStore(path: store.graph, create: true) } catch { throw CLIError.data("\(error)") }
      try gs.replace(with: g)
      Terminal.note("imported \(g.nodeCount) nodes and \(g.edgeCount) edges into \(store.graph)")
    }
  }
}
