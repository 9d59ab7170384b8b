// A script using relgraph as a library: extract from texts, build the graph in memory,
// rank entities by PageRank and answer "how are A and B linked" with evidence.
//   swift run relgraph-example examples/corpus
import Foundation
import RelgraphKit

let inputs = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["examples/corpus"]
let batch = try Loader.load(inputs)
let extractor = try Extractor.standard()

// Build a property graph directly from the extractions (no store needed).
var graph = PropertyGraph()
for doc in batch.documents {
  let x = extractor.extract(doc)
  for e in x.entities {
    graph.upsert(Node(id: e.id, label: e.label, kind: e.kind, subkind: e.subkind, labels: e.labels, aliases: e.aliases, parent: e.parent))
  }
  for r in x.relations {
    graph.add(Edge(source: r.source, target: r.target, kind: r.kind, role: r.role, date: r.date, weight: Double(max(1, r.evidence.count)),
                   origin: r.fromCatalog ? .catalog : .text,
                   evidence: r.evidence.map { EdgeEvidence(document: doc.path, sentence: $0.sentence, start: $0.start, end: $0.end, text: $0.text) }))
  }
}

let snapshot = GraphSnapshot(graph)
let rank = try snapshot.compact.pageRank()
print("Top entities by PageRank:")
for i in rank.indices.sorted(by: { rank[$0] > rank[$1] }).prefix(5) {
  print(String(format: "  %.4f  %@", rank[i], snapshot.ids[i]))
}

let a = try EntityResolver(graph).resolve("Сыздыкбеков"), b = try EntityResolver(graph).resolve("Wang Yi")
if let path = PathAnswer.find(snapshot, from: a, to: b).paths.first {
  print("\n\(path.nodes.map(\.label).joined(separator: " → "))")
  for hop in path.hops {
    let r = hop.relations[0]
    print("  \(hop.source.label) —\(r.kind?.rawValue ?? "link")— \(hop.target.label): \(r.evidence.first?.text.prefix(80) ?? "catalogue")")
  }
}
