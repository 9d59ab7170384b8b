/// A dense node index into ``CompactGraph``'s arrays (petgraph/igraph style). Distinct
/// from the model's string ids: `graph.nodeID(for:)` in the caller maps back.
public typealias NodeIndex = Int32

/// A graph as compressed sparse rows (CSR): for node `v` its arcs are
/// `targets[offsets[v]..<offsets[v+1]]`, with strengths in the parallel `weights` array.
///
/// Undirected graphs store each edge as two arcs. Parallel edges are merged and their
/// strengths summed; self-loops are dropped (they carry no information about how two
/// entities are linked, and NetworkX's conventions for them differ between measures).
/// Directed graphs also keep the reverse CSR (`inOffsets`/`inSources`) for in-degree,
/// PageRank and Katz.
public struct CompactGraph: Sendable {
  public let nodeCount: Int
  public let isDirected: Bool
  public let offsets: [Int]
  public let targets: [Int32]
  /// Strength of each arc (sum over merged parallel edges).
  public let weights: [Double]
  /// Whether the graph was built with explicit weights (false: all strengths are 1).
  public let isWeighted: Bool
  public let inOffsets: [Int]
  public let inSources: [Int32]
  public let inWeights: [Double]
  /// For each in-arc slot, the index of the same arc in the out-arrays.
  public let inArcToOutArc: [Int]

  /// Number of distinct edges (undirected edges counted once).
  public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

  /// Builds the CSR arrays in O(V + E log d) (counting sort by source, then each row sorted
  /// by target so results are deterministic and parallel edges adjacent).
  ///
  /// - Parameters:
  ///   - nodeCount: number of nodes; edge endpoints must be in `0..<nodeCount`.
  ///   - edges: `(source, target, strength)`; `strength` defaults to 1 when `weighted` is false.
  public init(nodeCount: Int, edges: [(Int, Int, Double)], directed: Bool = false, weighted: Bool = true) {
    precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
    self.nodeCount = nodeCount
    self.isDirected = directed
    self.isWeighted = weighted
    func csr(_ arcs: [(Int, Int, Double)]) -> ([Int], [Int32], [Double]) {
      var count = [Int](repeating: 0, count: nodeCount + 1)
      for (s, _, _) in arcs { count[s + 1] += 1 }
      for i in 0..<nodeCount { count[i + 1] += count[i] }
      var pos = count
      var tg = [Int32](repeating: 0, count: arcs.count)
      var wt = [Double](repeating: 0, count: arcs.count)
      for (s, t, w) in arcs {
        tg[pos[s]] = Int32(t)
        wt[pos[s]] = w
        pos[s] += 1
      }
      // sort each row by target and merge parallel arcs
      var outOff = [Int](repeating: 0, count: nodeCount + 1)
      var outT: [Int32] = []
      var outW: [Double] = []
      outT.reserveCapacity(arcs.count)
      outW.reserveCapacity(arcs.count)
      var row: [(Int32, Double)] = []
      for v in 0..<nodeCount {
        let lo = count[v], hi = count[v + 1]
        row.removeAll(keepingCapacity: true)
        for i in lo..<hi { row.append((tg[i], wt[i])) }
        if row.count > 1 { row.sort { $0.0 < $1.0 } }
        var i = 0
        while i < row.count {
          var w = row[i].1
          var j = i + 1
          while j < row.count && row[j].0 == row[i].0 {
            w += row[j].1
            j += 1
          }
          outT.append(row[i].0)
          outW.append(w)
          i = j
        }
        outOff[v + 1] = outT.count
      }
      return (outOff, outT, outW)
    }
    var arcs: [(Int, Int, Double)] = []
    arcs.reserveCapacity(directed ? edges.count : edges.count * 2)
    for (s, t, w0) in edges where s != t {
      precondition(s >= 0 && s < nodeCount && t >= 0 && t < nodeCount, "edge endpoint out of range")
      let w = weighted ? w0 : 1
      arcs.append((s, t, w))
      if !directed { arcs.append((t, s, w)) }
    }
    (offsets, targets, weights) = csr(arcs)
    if directed {
      (inOffsets, inSources, inWeights) = csr(arcs.map { ($0.1, $0.0, $0.2) })
    } else {
      (inOffsets, inSources, inWeights) = (offsets, targets, weights)
    }
    if !directed {
      inArcToOutArc = Self.twins(offsets: offsets, targets: targets)
      return
    }
    // map in-arc (u → v, stored in v's in-row) to the out-arc slot of u → v
    var map = [Int](repeating: 0, count: inSources.count)
    for v in 0..<nodeCount {
      for j in inOffsets[v]..<inOffsets[v + 1] {
        let u = Int(inSources[j])
        var lo = offsets[u], hi = offsets[u + 1] - 1
        while lo <= hi {
          let m = (lo + hi) >> 1
          if targets[m] == Int32(v) { map[j] = m; break }
          if targets[m] < Int32(v) { lo = m + 1 } else { hi = m - 1 }
        }
      }
    }
    inArcToOutArc = map
  }

  /// An undirected graph from CSR arrays that are already symmetric, row-sorted and free of
  /// parallel arcs and self-loops (as another ``CompactGraph``'s `offsets`, `targets` and
  /// `weights`): O(V + E), no sorting. Used to reload a graph saved with its arrays.
  ///
  /// - Precondition: `offsets.count == nodeCount + 1`, `offsets.last == targets.count ==
  ///   weights.count`; the structure itself is checked in debug builds only.
  public init(undirectedCSR offsets: [Int], targets: [Int32], weights: [Double], weighted: Bool = true) {
    precondition(!offsets.isEmpty && offsets.first == 0 && offsets.last == targets.count && targets.count == weights.count, "inconsistent CSR arrays")
    nodeCount = offsets.count - 1
    isDirected = false
    isWeighted = weighted
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    (inOffsets, inSources, inWeights) = (offsets, targets, weights)
    inArcToOutArc = Self.twins(offsets: offsets, targets: targets)
    checkInvariants()
  }

  /// For a symmetric, row-sorted CSR: the slot of each arc's reverse. Rows are visited in
  /// increasing order, so the arcs into `u` are met in the order `u`'s row lists them and
  /// one cursor per row finds every twin in O(V + E).
  static func twins(offsets: [Int], targets: [Int32]) -> [Int] {
    let n = offsets.count - 1
    var cursor = Array(offsets.dropLast())
    var map = [Int](repeating: 0, count: targets.count)
    map.withUnsafeMutableBufferPointer { m in
      cursor.withUnsafeMutableBufferPointer { c in
        targets.withUnsafeBufferPointer { t in
          offsets.withUnsafeBufferPointer { o in
            for v in 0..<n {
              for i in o[v]..<o[v + 1] {
                let u = Int(t[i])
                m[i] = c[u]
                c[u] += 1
              }
            }
          }
        }
      }
    }
    return map
  }

  /// Out-neighbours (all neighbours when undirected).
  @inlinable public func neighbors(of v: NodeIndex) -> ArraySlice<Int32> { targets[offsets[Int(v)]..<offsets[Int(v) + 1]] }

  /// Number of out-arcs (degree when undirected).
  @inlinable public func degree(of v: NodeIndex) -> Int { offsets[Int(v) + 1] - offsets[Int(v)] }

  /// In-degree (equals ``degree(of:)`` when undirected).
  @inlinable public func inDegree(of v: NodeIndex) -> Int { inOffsets[Int(v) + 1] - inOffsets[Int(v)] }

  /// The same graph with every arc reversed in meaning ignored: an undirected view.
  public func undirected() -> CompactGraph {
    guard isDirected else { return self }
    var es: [(Int, Int, Double)] = []
    for v in 0..<nodeCount {
      for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) > v || !hasArc(Int(targets[i]), v) { es.append((v, Int(targets[i]), weights[i])) }
      for i in offsets[v]..<offsets[v + 1] where Int(targets[i]) < v && hasArc(Int(targets[i]), v) { es.append((v, Int(targets[i]), weights[i])) }
    }
    return CompactGraph(nodeCount: nodeCount, edges: es, directed: false, weighted: isWeighted)
  }

  func hasArc(_ a: Int, _ b: Int) -> Bool {
    var lo = offsets[a], hi = offsets[a + 1] - 1
    while lo <= hi {
      let m = (lo + hi) / 2
      if targets[m] == Int32(b) { return true }
      if targets[m] < Int32(b) { lo = m + 1 } else { hi = m - 1 }
    }
    return false
  }

  /// Debug-only structural checks (swift-collections' `_checkInvariants` idea).
  public func checkInvariants() {
    #if DEBUG
      precondition(offsets.count == nodeCount + 1 && offsets.first == 0 && offsets.last == targets.count)
      for v in 0..<nodeCount {
        precondition(offsets[v] <= offsets[v + 1], "offsets must be monotone")
        for i in offsets[v]..<offsets[v + 1] {
          precondition(targets[i] >= 0 && Int(targets[i]) < nodeCount, "target out of range")
          if i > offsets[v] { precondition(targets[i - 1] < targets[i], "rows sorted, no parallel arcs") }
        }
      }
    #endif
  }
}

/// How a strength becomes a cost for shortest paths, betweenness and closeness.
public enum CostTransform: String, Sendable, CaseIterable {
  /// cost = 1 / strength: two mentions make a link half as long. Default.
  case inverse
  /// cost = −ln(strength / max strength): strengths read as probabilities of the link.
  case negativeLog = "negative-log"
  /// every arc costs 1 (hop count).
  case unit

  /// Costs aligned with `graph.weights`. Strengths ≤ 0 give an infinite cost (the arc is
  /// unusable for paths) under `inverse` and `negative-log`.
  public func costs(for graph: CompactGraph) -> [Double] {
    switch self {
    case .unit: return [Double](repeating: 1, count: graph.weights.count)
    case .inverse: return graph.weights.map { $0 > 0 ? 1 / $0 : .infinity }
    case .negativeLog:
      let m = graph.weights.max() ?? 1
      return graph.weights.map { $0 > 0 ? -Foundation.log($0 / m) + 1e-12 : .infinity }
    }
  }
}

import Foundation
