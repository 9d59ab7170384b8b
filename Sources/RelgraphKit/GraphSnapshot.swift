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
    var merger = LinkMerger(directed: directed)
    for e in g.edges {
      guard let a = idx[e.source], let b = idx[e.target] else { continue }
      merger.add(a, b, weight: e.weight, stated: e.isStated)
    }
    (compact, stated) = merger.finish(nodeCount: ids.count)
  }

  /// Path costs: the transform's cost, plus one for a link that is only a co-occurrence, so
  /// a path runs through stated relations wherever the texts state them (a stated hop costs
  /// at most 1/2, so no detour over stated links is dearer than one co-mention hop plus a bit).
  public func pathCosts(_ transform: CostTransform, preferStated: Bool = true) -> [Double] {
    Self.pathCosts(compact, stated: stated, transform, preferStated: preferStated)
  }

  static func pathCosts(_ compact: CompactGraph, stated: [Bool], _ transform: CostTransform, preferStated: Bool) -> [Double] {
    var c = transform.costs(for: compact)
    if preferStated { for i in c.indices where !stated[i] { c[i] += 1 } }
    return c
  }

  public func node(_ i: NodeIndex) -> Node { graph.nodes[Int(i)] }

  /// All relations between two entities (either direction), stated first, strongest first.
  public func relations(between a: String, _ b: String) -> [Edge] {
    Self.ordered(graph.edges.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) })
  }

  /// Relations in the order answers show them: stated first, strongest first (stable).
  static func ordered(_ edges: [Edge]) -> [Edge] {
    edges.sorted { ($0.isStated ? 0 : 1, -$0.weight, $0.kind?.rawValue ?? "") < ($1.isStated ? 0 : 1, -$1.weight, $1.kind?.rawValue ?? "") }
  }
}

/// Merges relations into one link per pair (undirected) or per arc (directed): strengths
/// summed, stated relations counting ``GraphSnapshot/statedFactor`` times, self-loops and
/// negative strengths dropped to zero weight. Shared by ``GraphSnapshot`` and ``Topology``
/// so a cached topology is the same graph a full load gives.
struct LinkMerger {
  let directed: Bool
  var pairs: [UInt64: Double] = [:]
  var statedPairs = Set<UInt64>()
  var list: [(Int, Int, Double)] = []

  init(directed: Bool) { self.directed = directed }

  static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

  mutating func add(_ a: Int, _ b: Int, weight: Double, stated: Bool) {
    guard a != b else { return }
    if stated { statedPairs.insert(Self.key(a, b)) }
    let w = max(0, weight) * (stated ? GraphSnapshot.statedFactor : 1)
    if directed { list.append((a, b, w)) } else { pairs[Self.key(a, b), default: 0] += w }
  }

  func finish(nodeCount n: Int) -> (CompactGraph, [Bool]) {
    let edges = directed ? list : pairs.map { (Int($0.key >> 32), Int($0.key & 0xFFFF_FFFF), $0.value) }
    let c = CompactGraph(nodeCount: n, edges: edges, directed: directed, weighted: true)
    var flags = [Bool](repeating: false, count: c.targets.count)
    if !statedPairs.isEmpty {
      for v in 0..<n {
        for i in c.offsets[v]..<c.offsets[v + 1] { flags[i] = statedPairs.contains(Self.key(v, Int(c.targets[i]))) }
      }
    }
    return (c, flags)
  }
}
