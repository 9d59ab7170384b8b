import ArgumentParser
import Foundation
import RelgraphKit

struct Entities: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the entities of a graph store.")
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "Only this kind: person, organization, city, region, project, event.")
  var kind: EntityKind?
  @OptionGroup var fmt: FormatOption

  func run() throws {
    try guarded {
      let g = try store.load()
      var degree: [String: Int] = [:]
      for e in g.edges {
        degree[e.source, default: 0] += 1
        degree[e.target, default: 0] += 1
      }
      let nodes = g.nodes.filter { kind == nil || $0.kind == kind }.sorted { $0.id < $1.id }
      switch fmt.format {
      case .json:
        Terminal.printJSON(["entities": nodes.map { n -> [String: Any] in
          ["id": n.id, "label": n.label, "kind": n.kind?.rawValue ?? NSNull(), "subkind": n.subkind ?? NSNull(), "labels": n.labels, "aliases": n.aliases.sorted(), "parent": n.parent ?? NSNull(), "relations": degree[n.id] ?? 0]
        }])
      case .table, .csv:
        let rows = nodes.map { [$0.id, $0.label, $0.kind?.rawValue ?? "-", $0.subkind ?? "", String(degree[$0.id] ?? 0)] }
        let h = ["id", "label", "kind", "subkind", "relations"]
        fmt.format == .csv ? Terminal.csv(h, rows) : Terminal.table(h, rows)
      }
    }
  }
}

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Show an entity's card: names, kind and relations with their evidence.")
  @Argument(help: "Entity id, label or any alias in any script and inflection.")
  var entity: String
  @OptionGroup var store: GraphOption
  @OptionGroup var fmt: FormatOption
  @Option(name: .long, help: "Evidence sentences shown per relation.")
  var evidence = 2

  func run() throws {
    try guarded {
      let g = try store.load()
      let id = try resolve(entity, in: g)
      let n = g.node(id)!
      let rels = g.edges(of: id).sorted { ($0.isStated ? 0 : 1, -$0.weight, $0.kind?.rawValue ?? "", $0.source, $0.target) < ($1.isStated ? 0 : 1, -$1.weight, $1.kind?.rawValue ?? "", $1.source, $1.target) }
      if fmt.format == .json {
        Terminal.printJSON([
          "id": n.id, "label": n.label, "kind": n.kind?.rawValue ?? NSNull(), "subkind": n.subkind ?? NSNull(), "labels": n.labels, "aliases": n.aliases.sorted(), "parent": n.parent ?? NSNull(),
          "relations": rels.map { e -> [String: Any] in
            ["source": e.source, "target": e.target, "kind": e.kind?.rawValue ?? NSNull(), "weight": e.weight, "date": e.date ?? NSNull(), "role": e.role ?? NSNull(), "origin": e.origin.rawValue,
             "evidence": e.evidence.prefix(evidence).map { ["document": $0.document, "sentence": $0.sentence, "start": $0.start, "end": $0.end, "text": $0.text] as [String: Any] }]
          },
        ])
        return
      }
      print("\(n.label)  [\(n.kind?.rawValue ?? "node")\(n.subkind.map { ", " + $0 } ?? "")]  id: \(n.id)")
      let names = n.labels.keys.sorted().map { "\($0): \(n.labels[$0]!)" }
      if !names.isEmpty { print("names: " + names.joined(separator: "; ")) }
      if !n.aliases.isEmpty { print("aliases: " + n.aliases.sorted().prefix(12).joined(separator: ", ") + (n.aliases.count > 12 ? ", …" : "")) }
      if let p = n.parent { print("in: \(g.node(p)?.label ?? p)") }
      print("")
      for e in rels {
        let other = e.source == id ? e.target : e.source
        let arrow = e.isSymmetric ? "—" : (e.source == id ? "→" : "←")
        print("\(arrow) \(e.kind?.rawValue ?? "link")\(e.role.map { " (\($0))" } ?? "") \(g.node(other)?.label ?? other)  [weight \(Int(e.weight))\(e.date.map { ", " + $0 } ?? "")]")
        if e.origin == .catalog { print("    source: catalogue") }
        for ev in e.evidence.prefix(evidence) { print("    “\(ev.text.prefix(300))” — \((ev.document as NSString).lastPathComponent)") }
      }
    }
  }
}

struct Neighbors: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the entities within N links of an entity.")
  @Argument(help: "Entity id, label or alias.")
  var entity: String
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "Number of links to follow.")
  var depth = 1
  @OptionGroup var fmt: FormatOption

  func validate() throws { if depth < 1 { throw ValidationError("--depth must be at least 1") } }

  func run() throws {
    try guarded {
      let g = try store.load()
      let id = try resolve(entity, in: g)
      let snap = GraphSnapshot(g)
      let tree = snap.compact.breadthFirst(from: NodeIndex(snap.index[id]!), maxDepth: depth)
      let found = snap.compact.neighborhood(of: NodeIndex(snap.index[id]!), depth: depth).filter { snap.ids[Int($0)] != id }
      let rows = found.map { i -> [String] in
        let n = snap.node(i)
        return [n.id, n.label, n.kind?.rawValue ?? "-", String(Int(tree.distances[Int(i)]))]
      }
      switch fmt.format {
      case .json: Terminal.printJSON(["entity": id, "depth": depth, "neighbors": rows.map { ["id": $0[0], "label": $0[1], "kind": $0[2], "distance": Int($0[3])!] as [String: Any] }])
      case .csv: Terminal.csv(["id", "label", "kind", "distance"], rows)
      case .table: Terminal.table(["id", "label", "kind", "distance"], rows)
      }
    }
  }
}

struct Path: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "How are two entities linked, and why: the shortest links with the evidence for every hop.",
    discussion: "Strengths become costs by --cost (inverse: 1/strength, default; negative-log; unit: hop count). Stated relations count double against co-mentions. Entities with no path give a \"not connected\" answer and exit 0.")
  @Argument(help: "From: entity id, label or alias.")
  var from: String
  @Argument(help: "To: entity id, label or alias.")
  var to: String
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "Number of shortest paths (Yen's k-shortest simple paths).")
  var k = 1
  @Flag(name: .long, help: "Every path tied for the lowest cost instead (at most 100).")
  var all = false
  @Option(name: .long, help: "How strength becomes cost: inverse, negative-log or unit.")
  var cost: CostTransform = .inverse
  @Option(name: .long, help: "Only links of this relation kind (repeatable).")
  var via: [RelationKind] = []
  @Option(name: .long, help: "Never pass through this entity (repeatable).")
  var avoid: [String] = []
  @OptionGroup var fmt: FormatOption

  func validate() throws {
    if k < 1 { throw ValidationError("--k must be at least 1") }
    if all && k != 1 { throw ValidationError("--all and --k exclude each other") }
  }

  var selection: PathAnswer.Selection { all ? .allTied(limit: 100) : .shortest(k: k) }

  func run() throws {
    try guarded {
      let ans = try answer()
      if fmt.format == .json {
        Terminal.printJSON(ans.json())
        return
      }
      guard !ans.paths.isEmpty else {
        print("\(ans.from.label) and \(ans.to.label) are not connected in this graph.")
        return
      }
      for (pi, p) in ans.paths.enumerated() {
        print("Path \(pi + 1): \(p.nodes.map(\.label).joined(separator: " → "))  (\(p.hops.count) hop\(p.hops.count == 1 ? "" : "s"), cost \(String(format: "%.3f", p.cost)) by \(cost.rawValue))")
        for h in p.hops {
          print("  \(h.source.label) — \(h.target.label)")
          for e in h.relations.prefix(3) {
            let dir = e.isSymmetric ? "" : (e.source == h.source.id ? " →" : " ←")
            print("    \(e.kind?.rawValue ?? "link")\(dir)\(e.role.map { " (\($0))" } ?? "")\(e.date.map { " [\($0)]" } ?? "") weight \(Int(e.weight))")
            if e.origin == .catalog { print("      source: catalogue") }
            for ev in e.evidence.prefix(1) { print("      “\(ev.text.prefix(240))” — \((ev.document as NSString).lastPathComponent)") }
          }
        }
      }
    }
  }
}

extension Path {
  /// Without filters, the search runs on the store's saved topology and reads only the
  /// answer's nodes and relations (a million-node store answers in about a second); with
  /// --via/--avoid, or on a store without a current topology, on the fully loaded graph.
  func answer() throws -> PathAnswer {
    let gs = try store.store()
    if via.isEmpty && avoid.isEmpty, let topo = try? Topology.cached(in: gs) {
      var names: PropertyGraph?
      func id(_ name: String) throws -> String {
        if topo.index(of: name) != nil { return name }
        if names == nil { names = try gs.loadNodes() }
        return try resolve(name, in: names!)
      }
      let a = try id(from), b = try id(to)
      do { return try PathAnswer.find(in: gs, topology: topo, from: a, to: b, select: selection, cost: cost) } catch { throw CLIError.runtime("cannot read graph store \(store.graph): \(error)") }
    }
    let g = try store.load()
    let a = try resolve(from, in: g), b = try resolve(to, in: g)
    var filter = GraphSnapshot.Filter()
    if !via.isEmpty { filter.kinds = Set(via) }
    filter.avoid = Set(try avoid.map { try resolve($0, in: g) }).subtracting([a, b])
    return PathAnswer.find(GraphSnapshot(g, filter: filter), from: a, to: b, select: selection, cost: cost)
  }
}

struct Centrality: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank entities by a centrality measure.",
    discussion: """
      Measures follow NetworkX's conventions: degree = degree/(n-1); strength = weighted degree; betweenness normalised by (n-1)(n-2)/2; closeness with the Wasserman-Faust correction; harmonic = raw sum of 1/d; eigenvector scaled to unit length; pagerank with alpha 0.85; katz with alpha = min(0.1, 0.9/lambda_max). Betweenness, closeness and harmonic read strengths as costs via --cost.
      """)
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank or katz.")
  var measure: Measure
  @Option(name: .long, help: "Show only the N highest.")
  var top: Int?
  @Option(name: .long, help: "Only entities of this kind.")
  var kind: EntityKind?
  @Option(name: .long, help: "How strength becomes cost (betweenness, closeness, harmonic).")
  var cost: CostTransform = .inverse
  @Option(name: .long, help: "Sampled betweenness: number of source nodes.")
  var samples: Int?
  @Option(name: .long, help: "Seed for sampling.")
  var seed: UInt64 = 42
  @Option(name: .long, help: "Personalised PageRank: restart at this entity (repeatable; equal shares).")
  var personalize: [String] = []
  @OptionGroup var fmt: FormatOption

  func validate() throws {
    if !personalize.isEmpty && measure != .pagerank { throw ValidationError("--personalize applies to --measure pagerank only") }
  }

  func run() throws {
    try guarded {
      let g = try store.load()
      let snap = GraphSnapshot(g)
      let restart = try personalize.map { try resolve($0, in: g) }
      let s: [Double]
      do { s = try measure.scores(snap, cost: cost, samples: samples, seed: seed, personalize: restart) } catch { throw CLIError.runtime("\(measure.rawValue): \(error)") }
      var idx = Array(0..<snap.ids.count).filter { kind == nil || snap.graph.nodes[$0].kind == kind }
      idx.sort { s[$0] != s[$1] ? s[$0] > s[$1] : snap.ids[$0] < snap.ids[$1] }
      if let t = top { idx = Array(idx.prefix(t)) }
      switch fmt.format {
      case .json:
        var o: [String: Any] = ["measure": measure.rawValue, "scores": idx.map { i -> [String: Any] in
          let n = snap.graph.nodes[i]
          return ["id": n.id, "label": n.label, "kind": n.kind?.rawValue ?? NSNull(), "score": s[i]]
        }]
        if measure.usesCost { o["cost"] = cost.rawValue }
        if !restart.isEmpty { o["personalize"] = restart }
        Terminal.printJSON(o)
      case .table, .csv:
        let rows = idx.enumerated().map { r, i in [String(r + 1), snap.ids[i], snap.graph.nodes[i].label, snap.graph.nodes[i].kind?.rawValue ?? "-", format(s[i])] }
        let h = ["rank", "id", "label", "kind", measure.rawValue]
        fmt.format == .csv ? Terminal.csv(h, rows) : Terminal.table(h, rows)
      }
    }
  }
}

struct Communities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find communities (Louvain, Leiden or label propagation) and report modularity.",
    discussion: "Leiden (Traag, Waltman & van Eck 2019) refines Louvain so that every community is connected; both optimise modularity with the given resolution and are replayable for a seed.")
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "louvain, leiden or label-propagation.")
  var method = "louvain"
  @Option(name: .long, help: "Modularity resolution for louvain and leiden (higher: smaller communities).")
  var resolution = 1.0
  @Option(name: .long, help: "Seed for the node order.")
  var seed: UInt64 = 7
  @OptionGroup var fmt: FormatOption

  func validate() throws {
    if !["louvain", "leiden", "label-propagation"].contains(method) { throw ValidationError("--method must be louvain, leiden or label-propagation") }
    if resolution <= 0 { throw ValidationError("--resolution must be positive") }
  }

  func run() throws {
    try guarded {
      let g = try store.load()
      let snap = GraphSnapshot(g)
      let p =
        switch method {
        case "louvain": snap.compact.louvain(resolution: resolution, seed: seed)
        case "leiden": snap.compact.leiden(resolution: resolution, seed: seed)
        default: snap.compact.labelPropagation(seed: seed)
        }
      let comms = p.communities.map { c in c.map { snap.node($0) } }
      switch fmt.format {
      case .json:
        Terminal.printJSON(["method": method, "modularity": p.modularity, "communities": comms.map { c in c.map { ["id": $0.id, "label": $0.label, "kind": $0.kind?.rawValue ?? NSNull()] as [String: Any] } }])
      case .table, .csv:
        let rows = comms.enumerated().flatMap { ci, c in c.map { [String(ci + 1), $0.id, $0.label, $0.kind?.rawValue ?? "-"] } }
        if fmt.format == .csv { Terminal.csv(["community", "id", "label", "kind"], rows) } else {
          print("modularity \(format(p.modularity)), \(comms.count) communities")
          Terminal.table(["community", "id", "label", "kind"], rows)
        }
      }
    }
  }
}
