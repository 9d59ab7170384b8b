import ArgumentParser
import Foundation
import RelgraphKit

@main
struct Relgraph: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relgraph",
    abstract: "Turn news texts about international relations into a relationship graph, analyse it and draw it.",
    discussion: """
      Typical session:
        relgraph build examples/corpus --graph graph.db
        relgraph path "Tokayev" "Си Цзиньпин" --graph graph.db
        relgraph centrality --graph graph.db --measure pagerank --top 10
        relgraph render --graph graph.db --output graph.svg

      Exit codes: 0 success, 1 runtime failure, 64 usage error, 65 bad input data.
      """,
    version: "0.1.0",
    subcommands: [
      Build.self, Extract.self, Import.self, Entities.self, Show.self, Neighbors.self, Path.self, Centrality.self,
      Communities.self, Render.self, Export.self, Eval.self, Doctor.self,
    ])
}
