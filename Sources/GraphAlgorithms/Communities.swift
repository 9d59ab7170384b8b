/// A partition of the nodes: `membership[v]` is v's community (0-based, numbered by each
/// community's lowest node), plus its modularity.
public struct Partition: Sendable, Equatable {
  public let membership: [Int]
  public let modularity: Double

  /// Communities as sorted member lists, largest first.
  public var communities: [[NodeIndex]] {
    var groups: [Int: [NodeIndex]] = [:]
    for (v, c) in membership.enumerated() { groups[c, default: []].append(NodeIndex(v)) }
    return groups.values.map { $0.sorted() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
  }
}

extension CompactGraph {
  /// Newman–Girvan modularity of a membership vector with a resolution γ (NetworkX's
  /// `modularity`; strengths as weights when `weighted`). Undirected view.
  public func modularity(_ membership: [Int], resolution: Double = 1, weighted: Bool = true) -> Double {
    let g = isDirected ? undirected() : self
    let communities = (membership.max() ?? -1) + 1
    var internalW = [Double](repeating: 0, count: communities)
    var commDeg = [Double](repeating: 0, count: communities)
    var m2 = 0.0
    // arrays indexed by community, summed in index order: the same partition always gives
    // the same bits
    for v in 0..<nodeCount {
      for i in g.offsets[v]..<g.offsets[v + 1] {
        let w = weighted ? g.weights[i] : 1
        m2 += w
        commDeg[membership[v]] += w
        if membership[Int(g.targets[i])] == membership[v] { internalW[membership[v]] += w }
      }
    }
    guard m2 > 0 else { return 0 }
    var q = 0.0
    for c in 0..<communities { q += internalW[c] / m2 - resolution * (commDeg[c] / m2) * (commDeg[c] / m2) }
    return q
  }

  /// Louvain community detection (V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre,
  /// "Fast unfolding of communities in large networks", J. Stat. Mech. 2008): local moves in
  /// a seeded random order, then aggregation, until modularity stops improving.
  ///
  /// - Complexity: near-linear in *E* per level in practice.
  public func louvain(resolution: Double = 1, seed: UInt64 = 7, weighted: Bool = true, threshold: Double = 1e-7) -> Partition {
    let base = isDirected ? undirected() : self
    var rng = SplitMix64(seed: seed)
    // level graph as CSR with weights; self-loop weight kept separately
    var adjOff = base.offsets
    var adjT = base.targets.map { Int32($0) }
    var adjW = weighted ? base.weights : [Double](repeating: 1, count: base.targets.count)
    var loops = [Double](repeating: 0, count: base.nodeCount)
    var n = base.nodeCount
    var membership = Array(0..<base.nodeCount)  // original node → current level node
    let m2 = adjW.reduce(0, +)
    guard m2 > 0 else { return Partition(membership: Array(0..<n), modularity: 0) }
    while true {
      var k = [Double](repeating: 0, count: n)
      for v in 0..<n { k[v] = adjW[adjOff[v]..<adjOff[v + 1]].reduce(0, +) + loops[v] }
      var comm = Array(0..<n)
      var tot = k
      var order = Array(0..<n)
      order.shuffle(using: &rng)
      var neighW = [Double](repeating: 0, count: n)
      var touched = [Int](repeating: 0, count: max(1, n))
      var movedAny = false
      var passes = 0
      // local moves until no node changes; the loop runs over unsafe buffers (the hot path)
      adjOff.withUnsafeBufferPointer { off in
        adjT.withUnsafeBufferPointer { tg in
          adjW.withUnsafeBufferPointer { wt in
            comm.withUnsafeMutableBufferPointer { cm in
              tot.withUnsafeMutableBufferPointer { tt in
                neighW.withUnsafeMutableBufferPointer { nw in
                  touched.withUnsafeMutableBufferPointer { tc in
                    k.withUnsafeBufferPointer { kk in
                      while passes < 100 {
                        passes += 1
                        var moves = 0
                        for v in order {
                          let cv = cm[v]
                          var nt = 0
                          var i = off[v]
                          let end = off[v + 1]
                          while i < end {
                            let c = cm[Int(tg[i])]
                            if nw[c] == 0 {
                              tc[nt] = c
                              nt += 1
                            }
                            nw[c] += wt[i]
                            i += 1
                          }
                          let kv = kk[v]
                          tt[cv] -= kv
                          let scale = resolution * kv / m2
                          let (best, _) = CommunityLevel.bestMove(from: cv, candidates: tc, count: nt, linkWeight: nw, total: tt, scale: scale)
                          tt[best] += kv
                          if best != cv {
                            cm[v] = best
                            moves += 1
                          }
                          for j in 0..<nt { nw[tc[j]] = 0 }
                          nw[cv] = 0
                        }
                        if moves == 0 { break }
                        movedAny = true
                        // later passes move a handful of nodes for a negligible gain: stop when
                        // fewer than 0.1% of the level's nodes moved (the next level revisits them)
                        if moves * 1000 < n { break }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      guard movedAny else { break }
      // renumber communities and aggregate the level graph (counting sort by community)
      var renum = [Int](repeating: -1, count: n)
      var next = 0
      for v in 0..<n where renum[comm[v]] < 0 {
        renum[comm[v]] = next
        next += 1
      }
      for i in 0..<membership.count { membership[i] = renum[comm[membership[i]]] }
      if next == n { break }
      let level = CommunityLevel(offsets: adjOff, targets: adjT, weights: adjW, loops: loops).aggregate((0..<n).map { renum[comm[$0]] }, count: next)
      adjOff = level.offsets
      adjT = level.targets
      adjW = level.weights
      loops = level.loops
      n = next
      if n == 1 { break }
    }
    let canonical = Self.canonical(membership)
    return Partition(membership: canonical, modularity: base.modularity(canonical, resolution: resolution, weighted: weighted))
  }

  /// Asynchronous label propagation (U. N. Raghavan, R. Albert, S. Kumara, Phys. Rev. E 76,
  /// 2007) in a seeded order; ties go to the smallest label so runs replay.
  public func labelPropagation(seed: UInt64 = 7, maxIterations: Int = 100) -> Partition {
    let g = isDirected ? undirected() : self
    var label = Array(0..<nodeCount)
    var rng = SplitMix64(seed: seed)
    var order = Array(0..<nodeCount)
    var counts = [Double](repeating: 0, count: nodeCount)
    for _ in 0..<maxIterations {
      order.shuffle(using: &rng)
      var changed = false
      for v in order where g.offsets[v + 1] > g.offsets[v] {
        var touched: [Int] = []
        for i in g.offsets[v]..<g.offsets[v + 1] {
          let l = label[Int(g.targets[i])]
          if counts[l] == 0 { touched.append(l) }
          counts[l] += g.weights[i]
        }
        let best = touched.max { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 > $1 }!
        let top = counts[best]
        if counts[label[v]] < top { label[v] = best; changed = true }
        for l in touched { counts[l] = 0 }
      }
      if !changed { break }
    }
    let canonical = Self.canonical(label)
    return Partition(membership: canonical, modularity: modularity(canonical))
  }

  /// Renumbers communities by their lowest member so equal partitions compare equal.
  static func canonical(_ m: [Int]) -> [Int] {
    var map: [Int: Int] = [:]
    return m.map { c in
      if let x = map[c] { return x }
      map[c] = map.count
      return map.count - 1
    }
  }
}
