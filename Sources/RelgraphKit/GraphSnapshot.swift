import EntityExtraction
import GraphAlgorithms
import GraphModel

/// A ``PropertyGraph`` compacted for the algorithms: entity ids mapped to dense
/// ``NodeIndex`` values, all relations between a pair merged into one undirected link whose
/// strength is the sum of their weights, stated relations counting double (so a path runs
/// through what the texts state when there is a choice).
public struct GraphSnapshot: Sendable {
  public let graph: PropertyGraph
  public let compact: CompactGraph
  public let ids: [String]
  public let index: [String: Int]
  /// Per arc of ``compact``: whether a stated relation (not only co-occurrence) joins the pair.
  public let stated: [Bool]
  /// Factor applied to stated relations' weights when merging a pair.
  public static let statedFactor = 2.0

  public struct Filter: Sendable {
    /// keep only these relation kinds (nil: all)
    public var kinds: Set<RelationKind>? = nil
    /// drop these nodes
    public var avoid: Set<String> = []
    /// keep only evidence dated in this closed range (ISO prefixes compare as strings)
    public var since: String? = nil
    public var until: String? = nil
    public var statedOnly = false
    public init() {}
  }

  public init(_ graph: PropertyGraph, filter: Filter = Filter(), directed: Bool = false) {
    var g = graph
    if filter.kinds != nil || filter.statedOnly || filter.since != nil || filter.until != nil {
      g = graph.filteringEdges { e in
        if let k = filter.kinds, !(e.kind.map(k.contains) ?? false) { return false }
        if filter.statedOnly && !e.isStated { return false }
        if filter.since != nil || filter.until != nil {
          let dates = e.evidence.compactMap(\.date) + [e.date].compactMap { $0 }
          if dates.isEmpty { return false }
          return dates.contains { d in (filter.since.map { d >= $0 } ?? true) && (filter.until.map { d <= $0 + "~" } ?? true) }
        }
        return true
      }
    }
    if !filter.avoid.isEmpty { g = g.subgraph(Set(g.nodes.map(\.id)).subtracting(filter.avoid)) }
    self.graph = g
    ids = g.nodes.map(\.id)
    var idx: [String: Int] = [:]
    for (i, id) in ids.enumerated() { idx[id] = i }
    index = idx
    var pairs: [Int: Double] = [:]
    var statedPairs = Set<Int>()
    var list: [(Int, Int, Double)] = []
    let n = ids.count
    for e in g.edges {
      guard let a = idx[e.source], let b = idx[e.target], a != b else { continue }
      if e.isStated { statedPairs.insert(min(a, b) * n + max(a, b)) }
      let w = max(0, e.weight) * (e.isStated ? Self.statedFactor : 1)
      if directed {
        list.append((a, b, w))
      } else {
        let key = min(a, b) * n + max(a, b)
        pairs[key, default: 0] += w
      }
    }
    if !directed { list = pairs.map { ($0.key / n, $0.key % n, $0.value) } }
    let c = CompactGraph(nodeCount: n, edges: list, directed: directed, weighted: true)
    compact = c
    var flags = [Bool](repeating: false, count: c.targets.count)
    for v in 0..<n {
      for i in c.offsets[v]..<c.offsets[v + 1] { flags[i] = statedPairs.contains(min(v, Int(c.targets[i])) * n + max(v, Int(c.targets[i]))) }
    }
    stated = flags
  }

  /// Path costs: the transform's cost, plus one for a link that is only a co-occurrence, so
  /// a path runs through stated relations wherever the texts state them (a stated hop costs
  /// at most 1/2, so no detour over stated links is dearer than one co-mention hop plus a bit).
  public func pathCosts(_ transform: CostTransform, preferStated: Bool = true) -> [Double] {
    var c = transform.costs(for: compact)
    if preferStated { for i in c.indices where !stated[i] { c[i] += 1 } }
    return c
  }

  public func node(_ i: NodeIndex) -> Node { graph.nodes[Int(i)] }

  /// All relations between two entities (either direction), stated first, strongest first.
  public func relations(between a: String, _ b: String) -> [Edge] {
    graph.edges.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
      .sorted { ($0.isStated ? 0 : 1, -$0.weight, $0.kind?.rawValue ?? "") < ($1.isStated ? 0 : 1, -$1.weight, $1.kind?.rawValue ?? "") }
  }
}
