import EntityExtraction
import Foundation
import GraphAlgorithms
import GraphModel

/// "How are A and B linked, and why": shortest links with the evidence for every hop.
public struct PathAnswer: Sendable {
  public struct Hop: Sendable {
    public var source: Node
    public var target: Node
    public var relations: [Edge]
  }
  public struct Path: Sendable {
    public var nodes: [Node]
    public var hops: [Hop]
    public var cost: Double
  }
  public var from: Node
  public var to: Node
  public var cost: CostTransform
  public var paths: [Path]

  /// Which paths a query asks for.
  public enum Selection: Sendable, Equatable {
    /// up to k shortest simple paths in order of cost (Yen)
    case shortest(k: Int)
    /// every path tied for the lowest cost (NetworkX's `all_shortest_paths`), at most `limit`
    case allTied(limit: Int)
  }

  static func search(_ g: CompactGraph, _ costs: [Double], from s: Int, to t: Int, _ selection: Selection) -> [(path: [NodeIndex], cost: Double)] {
    switch selection {
    case .shortest(let k): return g.kShortestPaths(from: NodeIndex(s), to: NodeIndex(t), k: k, costs: costs)
    case .allTied(let limit):
      return g.allShortestPaths(from: NodeIndex(s), to: NodeIndex(t), costs: costs, limit: limit).map { ($0, g.pathCost($0, costs: costs)) }
    }
  }

  /// Finds up to `k` shortest simple paths (Yen) under a cost transform.
  public static func find(_ snap: GraphSnapshot, from a: String, to b: String, k: Int = 1, cost: CostTransform = .inverse, preferStated: Bool = true) -> PathAnswer {
    find(snap, from: a, to: b, select: .shortest(k: k), cost: cost, preferStated: preferStated)
  }

  /// Finds the selected paths under a cost transform.
  public static func find(_ snap: GraphSnapshot, from a: String, to b: String, select: Selection, cost: CostTransform = .inverse, preferStated: Bool = true) -> PathAnswer {
    let from = snap.graph.node(a)!, to = snap.graph.node(b)!
    guard let s = snap.index[a], let t = snap.index[b] else { return PathAnswer(from: from, to: to, cost: cost, paths: []) }
    let found = search(snap.compact, snap.pathCosts(cost, preferStated: preferStated), from: s, to: t, select)
    let paths = found.map { p -> Path in
      let nodes = p.path.map { snap.node($0) }
      let hops = zip(nodes, nodes.dropFirst()).map { Hop(source: $0, target: $1, relations: snap.relations(between: $0.id, $1.id)) }
      return Path(nodes: nodes, hops: hops, cost: p.cost)
    }
    return PathAnswer(from: from, to: to, cost: cost, paths: paths)
  }

  /// The same answer from a store's saved ``Topology``: the search runs on the cached
  /// arrays, and only the path's nodes and the relations (with evidence) of its hops are
  /// read from the store, through its indexes. Cost: reading the topology, O(V + E), plus
  /// the search; independent of how much evidence the store holds.
  public static func find(in store: GraphStore, topology: Topology, from a: String, to b: String, select: Selection = .shortest(k: 1), cost: CostTransform = .inverse, preferStated: Bool = true) throws -> PathAnswer {
    let s = topology.index(of: a), t = topology.index(of: b)
    var found: [(path: [NodeIndex], cost: Double)] = []
    if let s, let t { found = search(topology.compact, topology.pathCosts(cost, preferStated: preferStated), from: s, to: t, select) }
    let pathIDs = found.map { $0.path.map { topology.id(Int($0)) } }
    let nodes = try store.nodes([a, b] + pathIDs.flatMap { $0 })
    func node(_ id: String) -> Node { nodes[id] ?? Node(id: id, label: id, kind: nil) }
    var relations: [String: [Edge]] = [:]
    let paths = try zip(found, pathIDs).map { p, ids -> Path in
      var hops: [Hop] = []
      for (x, y) in zip(ids, ids.dropFirst()) {
        let key = min(x, y) + "\u{0}" + max(x, y)
        if relations[key] == nil { relations[key] = GraphSnapshot.ordered(try store.relations(between: x, y)) }
        hops.append(Hop(source: node(x), target: node(y), relations: relations[key]!))
      }
      return Path(nodes: ids.map(node), hops: hops, cost: p.cost)
    }
    return PathAnswer(from: node(a), to: node(b), cost: cost, paths: paths)
  }

  /// The SPEC's `path --format json` shape.
  public func json(maxEvidence: Int = 5) -> [String: Any] {
    [
      "from": from.id, "to": to.id, "cost_transform": cost.rawValue, "co_mention_penalty": 1, "connected": !paths.isEmpty,
      "paths": paths.map { p -> [String: Any] in
        [
          "hops": p.hops.count, "cost": p.cost,
          "nodes": p.nodes.map { ["id": $0.id, "label": $0.label, "kind": $0.kind?.rawValue ?? NSNull()] as [String: Any] },
          "edges": p.hops.flatMap { h in
            h.relations.map { e -> [String: Any] in
              var o: [String: Any] = ["source": e.source, "target": e.target, "kind": e.kind?.rawValue ?? NSNull(), "weight": e.weight]
              if let r = e.role { o["role"] = r }
              if let d = e.date { o["date"] = d }
              o["evidence"] = e.origin == .catalog ? [["source": "catalog"]] : e.evidence.prefix(maxEvidence).map { ev -> [String: Any] in
                ["document": ev.document, "sentence": ev.sentence, "start": ev.start, "end": ev.end, "text": ev.text]
              }
              return o
            }
          },
        ]
      },
    ]
  }
}

/// A centrality measure by name.
public enum Measure: String, Sendable, CaseIterable {
  case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, katz

  /// Whether the measure reads strengths as costs (and so takes `--cost`).
  public var usesCost: Bool { self == .betweenness || self == .closeness || self == .harmonic }

  /// Scores for every node of the snapshot, NetworkX conventions (see each method's docs).
  /// `personalize` (PageRank only): entity ids the random surfer restarts at, in equal
  /// shares (NetworkX's `personalization` dict with equal values).
  public func scores(_ snap: GraphSnapshot, cost: CostTransform = .inverse, samples: Int? = nil, seed: UInt64 = 0, personalize: [String] = []) throws -> [Double] {
    let g = snap.compact
    let costs: [Double]? = cost == .unit ? nil : cost.costs(for: g)
    switch self {
    case .degree: return g.degreeCentrality()
    case .strength: return g.strength()
    case .betweenness: return g.betweenness(normalized: true, costs: costs, samples: samples, seed: seed)
    case .closeness: return g.closeness(costs: costs)
    case .harmonic: return g.harmonic(costs: costs)
    case .eigenvector: return try g.eigenvector(weighted: true)
    case .pagerank:
      guard !personalize.isEmpty else { return try g.pageRank(weighted: true) }
      var restart = [Double](repeating: 0, count: g.nodeCount)
      for id in personalize { if let i = snap.index[id] { restart[i] = 1 } }
      return try g.pageRank(personalization: restart, weighted: true)
    case .katz:
      let lambda = g.spectralRadius(weighted: true)
      return try g.katz(alpha: min(0.1, 0.9 / max(lambda, 1e-9)), weighted: true)
    }
  }
}
