import HeapModule

/// A measure failed to converge (NetworkX: `PowerIterationFailedConvergence`).
public enum CentralityError: Error, Equatable, CustomStringConvertible {
  case didNotConverge(iterations: Int, residual: Double)
  public var description: String {
    "power iteration did not converge in \(iterations) iterations (residual \(residual))"
  }
  var iterations: Int { if case .didNotConverge(let i, _) = self { return i } else { return 0 } }
  var residual: Double { if case .didNotConverge(_, let r) = self { return r } else { return 0 } }
}

extension CompactGraph {
  // MARK: - Degree and strength

  /// Degree centrality: degree / (n − 1), as NetworkX's `degree_centrality` (in + out
  /// degree when directed; `normalized: false` gives the raw degree).
  public func degreeCentrality(normalized: Bool = true) -> [Double] {
    let s = normalized && nodeCount > 1 ? 1 / Double(nodeCount - 1) : 1
    return (0..<nodeCount).map { v in
      Double(degree(of: NodeIndex(v)) + (isDirected ? inDegree(of: NodeIndex(v)) : 0)) * s
    }
  }

  /// Strength: the sum of arc strengths at each node (weighted degree).
  public func strength() -> [Double] {
    (0..<nodeCount).map { v in weights[offsets[v]..<offsets[v + 1]].reduce(0, +) }
  }

  // MARK: - Betweenness

  /// Betweenness centrality for every node.
  ///
  /// Uses Brandes' algorithm (U. Brandes, "A Faster Algorithm for Betweenness
  /// Centrality", J. Math. Sociol. 25(2), 2001), over all sources or, when `samples` is
  /// given, over that many sources drawn with a seeded generator (scaled by n/k as NetworkX).
  /// Sources run in parallel in fixed chunks; the result does not depend on the core count.
  ///
  ///     Generators.path(3).betweenness()   // [0.0, 1.0, 0.0]
  ///
  /// - Parameters:
  ///   - normalized: divide by (n−1)(n−2) (directed) or (n−1)(n−2)/2 (undirected), as NetworkX.
  ///   - costs: arc costs for weighted shortest paths; nil for hop counts.
  /// - Complexity: O(*V*·*E*) unweighted; O(*V*·*E* + *V*² log *V*) weighted.
  public func betweenness(normalized: Bool = true, costs: [Double]? = nil, samples: Int? = nil, seed: UInt64 = 0, threads: Int? = nil) -> [Double] {
    let n = nodeCount
    var sources = Array(0..<n)
    if let k = samples, k < n {
      var rng = SplitMix64(seed: seed)
      sources.shuffle(using: &rng)
      sources = Array(sources.prefix(k)).sorted()
    }
    let src = sources
    let partial = chunkedMap(count: src.count, threads: threads) { range -> [Double] in
      var acc = [Double](repeating: 0, count: n)
      if costs == nil {
        self.brandesUnweighted(sources: range.map { src[$0] }, into: &acc)
        return acc
      }
      var ws = BrandesWorkspace(n: n)
      var none: [Double] = []
      for i in range { self.brandes(from: src[i], costs: costs, into: &acc, ws: &ws, edges: &none) }
      return acc
    }
    var bc = [Double](repeating: 0, count: n)
    for p in partial { for v in 0..<n { bc[v] += p[v] } }
    var scale: Double? = nil
    if normalized {
      if n > 2 { scale = 1 / Double((n - 1) * (n - 2)) }
    } else if !isDirected {
      scale = 0.5
    }
    if let k = samples, k < n { scale = (scale ?? 1) * Double(n) / Double(k) }
    if let s = scale { for v in 0..<n { bc[v] *= s } }
    return bc
  }

  /// Edge betweenness, one value per arc slot (both arcs of an undirected edge carry the
  /// edge's value). Normalised as NetworkX's `edge_betweenness_centrality`.
  public func edgeBetweenness(normalized: Bool = true, costs: [Double]? = nil) -> [Double] {
    let n = nodeCount
    let partial = chunkedMap(count: n) { range -> [Double] in
      var acc = [Double](repeating: 0, count: n)
      var eacc = [Double](repeating: 0, count: self.targets.count)
      var ws = BrandesWorkspace(n: n)
      for s in range { self.brandes(from: s, costs: costs, into: &acc, ws: &ws, edges: &eacc) }
      return eacc
    }
    var eb = [Double](repeating: 0, count: targets.count)
    for p in partial { for i in 0..<eb.count { eb[i] += p[i] } }
    if !isDirected {
      // fold the two arcs of each edge together
      var folded = eb
      for v in 0..<n {
        for i in offsets[v]..<offsets[v + 1] {
          let w = Int(targets[i])
          if let j = arc(w, v) { folded[i] = eb[i] + eb[j] }
        }
      }
      eb = folded
    }
    var scale: Double? = nil
    if normalized {
      if n > 1 { scale = 1 / Double(n * (n - 1)) }
    } else if !isDirected {
      scale = 0.5
    }
    if let s = scale { for i in 0..<eb.count { eb[i] *= s } }
    return eb
  }

  func arc(_ a: Int, _ b: Int) -> Int? {
    var lo = offsets[a], hi = offsets[a + 1] - 1
    while lo <= hi {
      let m = (lo + hi) / 2
      if targets[m] == Int32(b) { return m }
      if targets[m] < Int32(b) { lo = m + 1 } else { hi = m - 1 }
    }
    return nil
  }

  /// Unweighted Brandes over a batch of sources: hop distances as Int32, scratch arrays
  /// allocated once per batch and reset only where a source reached, inner loops over
  /// unsafe buffers (the hot path of exact and sampled betweenness).
  func brandesUnweighted(sources: [Int], into acc: inout [Double]) {
    let n = nodeCount
    var sigma = [Double](repeating: 0, count: n)
    var delta = [Double](repeating: 0, count: n)
    var dist = [Int32](repeating: -1, count: n)
    var order = [Int32](repeating: 0, count: n)
    offsets.withUnsafeBufferPointer { off in
      targets.withUnsafeBufferPointer { tg in
        inOffsets.withUnsafeBufferPointer { ioff in
          inSources.withUnsafeBufferPointer { isrc in
            sigma.withUnsafeMutableBufferPointer { sg in
              delta.withUnsafeMutableBufferPointer { dl in
                dist.withUnsafeMutableBufferPointer { ds in
                  order.withUnsafeMutableBufferPointer { st in
                    acc.withUnsafeMutableBufferPointer { ac in
                      for s in sources {
                        var count = 1
                        st[0] = Int32(s)
                        ds[s] = 0
                        sg[s] = 1
                        var head = 0
                        while head < count {
                          let v = Int(st[head])
                          head += 1
                          let dv1 = ds[v] + 1
                          let sv = sg[v]
                          var i = off[v]
                          let end = off[v + 1]
                          while i < end {
                            let w = Int(tg[i])
                            let dw = ds[w]
                            if dw < 0 {
                              ds[w] = dv1
                              st[count] = Int32(w)
                              count += 1
                              sg[w] = sv
                            } else if dw == dv1 {
                              sg[w] += sv
                            }
                            i += 1
                          }
                        }
                        var k = count - 1
                        while k >= 1 {
                          let w = Int(st[k])
                          let coeff = (1 + dl[w]) / sg[w]
                          let dw1 = ds[w] - 1
                          var j = ioff[w]
                          let end = ioff[w + 1]
                          while j < end {
                            let v = Int(isrc[j])
                            if ds[v] == dw1 { dl[v] += sg[v] * coeff }
                            j += 1
                          }
                          ac[w] += dl[w]
                          k -= 1
                        }
                        for k in 0..<count {
                          let v = Int(st[k])
                          ds[v] = -1
                          sg[v] = 0
                          dl[v] = 0
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Hop sums from every node (incoming distances when directed), in parallel chunks with
  /// one distance buffer and queue per chunk: what closeness and harmonic both need.
  func allHopSums() -> [(reached: Int, sum: Double, harmonic: Double)] {
    let n = nodeCount
    return chunkedMap(count: n) { range -> [(reached: Int, sum: Double, harmonic: Double)] in
      var dist = [Int32](repeating: -1, count: n)
      var queue = [Int32](repeating: 0, count: n)
      return range.map { self.hopSums(from: $0, dist: &dist, queue: &queue, reverse: self.isDirected) }
    }.flatMap { $0 }
  }

  /// Hop distances from one source into a reusable buffer (-1: unreachable); returns the
  /// number of nodes reached and the sums Σd and Σ1/d over them.
  func hopSums(from s: Int, dist: inout [Int32], queue: inout [Int32], reverse: Bool) -> (reached: Int, sum: Double, harmonic: Double) {
    let off = reverse ? inOffsets : offsets
    let tg = reverse ? inSources : targets
    var count = 1
    var total = 0.0, harm = 0.0
    off.withUnsafeBufferPointer { off in
      tg.withUnsafeBufferPointer { tg in
        dist.withUnsafeMutableBufferPointer { ds in
          queue.withUnsafeMutableBufferPointer { q in
            q[0] = Int32(s)
            ds[s] = 0
            var head = 0
            while head < count {
              let v = Int(q[head])
              head += 1
              let d1 = ds[v] + 1
              var i = off[v]
              let end = off[v + 1]
              while i < end {
                let w = Int(tg[i])
                if ds[w] < 0 {
                  ds[w] = d1
                  q[count] = Int32(w)
                  count += 1
                  total += Double(d1)
                  harm += 1 / Double(d1)
                }
                i += 1
              }
            }
            for k in 0..<count { ds[Int(q[k])] = -1 }
          }
        }
      }
    }
    return (count, total, harm)
  }

  /// Per-thread scratch arrays for Brandes' algorithm, reset only where the last source
  /// touched them (so a source costs O(reached), not O(V)).
  struct BrandesWorkspace {
    var sigma: [Double], dist: [Double], delta: [Double], stack: [Int32]
    init(n: Int) {
      sigma = .init(repeating: 0, count: n)
      dist = .init(repeating: -1, count: n)
      delta = .init(repeating: 0, count: n)
      stack = []
      stack.reserveCapacity(n)
    }
  }

  /// One source of Brandes' accumulation. Predecessors are not stored: in the backward pass
  /// v precedes w on a shortest path iff v is an in-neighbour of w with
  /// dist[v] + cost(v, w) == dist[w] (exact float comparison, as NetworkX decides ties).
  func brandes(from s: Int, costs: [Double]?, into acc: inout [Double], ws: inout BrandesWorkspace, edges: inout [Double]) {
    for v in ws.stack {
      let i = Int(v)
      ws.sigma[i] = 0
      ws.dist[i] = -1
      ws.delta[i] = 0
    }
    ws.stack.removeAll(keepingCapacity: true)
    let trackEdges = !edges.isEmpty
    ws.sigma[s] = 1
    ws.dist[s] = 0
    if let costs {
      var heap = Heap<QueueEntry>()
      heap.insert(QueueEntry(distance: 0, node: Int32(s)))
      var tentative = ws.dist  // -1: unseen
      tentative[s] = 0
      var settled = [Bool](repeating: false, count: nodeCount)
      while let e = heap.popMin() {
        let v = Int(e.node)
        if settled[v] || e.distance > tentative[v] { continue }
        settled[v] = true
        ws.stack.append(Int32(v))
        ws.dist[v] = e.distance
        for i in offsets[v]..<offsets[v + 1] {
          let c = costs[i]
          guard c.isFinite else { continue }
          let w = Int(targets[i])
          if settled[w] { continue }
          let nd = e.distance + c
          if tentative[w] < 0 || nd < tentative[w] {
            tentative[w] = nd
            heap.insert(QueueEntry(distance: nd, node: Int32(w)))
          }
        }
      }
      // path counts in settle order: sigma[w] = Σ sigma[v] over tight in-arcs
      for w in ws.stack.dropFirst() {
        let wi = Int(w)
        var sg = 0.0
        for j in inOffsets[wi]..<inOffsets[wi + 1] {
          let v = Int(inSources[j])
          if ws.dist[v] >= 0, settledBefore(v, wi, ws), ws.dist[v] + inCost(j, costs) == ws.dist[wi] { sg += ws.sigma[v] }
        }
        ws.sigma[wi] = sg
      }
    } else {
      var head = 0
      ws.stack.append(Int32(s))
      while head < ws.stack.count {
        let v = Int(ws.stack[head])
        head += 1
        let dv = ws.dist[v]
        let sv = ws.sigma[v]
        for i in offsets[v]..<offsets[v + 1] {
          let w = Int(targets[i])
          if ws.dist[w] < 0 {
            ws.dist[w] = dv + 1
            ws.stack.append(Int32(w))
          }
          if ws.dist[w] == dv + 1 { ws.sigma[w] += sv }
        }
      }
    }
    for idx in stride(from: ws.stack.count - 1, through: 1, by: -1) {
      let w = Int(ws.stack[idx])
      let coeff = (1 + ws.delta[w]) / ws.sigma[w]
      let dw = ws.dist[w]
      for j in inOffsets[w]..<inOffsets[w + 1] {
        let v = Int(inSources[j])
        let dv = ws.dist[v]
        guard dv >= 0 else { continue }
        let tight = costs.map { dv + inCost(j, $0) == dw && settledBefore(v, w, ws) } ?? (dv + 1 == dw)
        guard tight else { continue }
        let c = ws.sigma[v] * coeff
        ws.delta[v] += c
        if trackEdges { edges[inArcToOutArc[j]] += c }
      }
      acc[w] += ws.delta[w]
    }
  }

  /// v was settled before w (a zero-cost arc cannot make w precede itself).
  @inline(__always)
  func settledBefore(_ v: Int, _ w: Int, _ ws: BrandesWorkspace) -> Bool { ws.dist[v] < ws.dist[w] || (ws.dist[v] == ws.dist[w] && v != w) }

  /// The cost of in-arc j (the out-arc it mirrors).
  @inline(__always)
  func inCost(_ j: Int, _ costs: [Double]) -> Double { costs[inArcToOutArc[j]] }

  // MARK: - Closeness and harmonic

  /// Incoming distances to every node (the reverse graph when directed), as NetworkX's
  /// closeness and harmonic centralities use.
  func incomingDistances(to v: Int, costs: [Double]?) -> [Double] {
    let g = isDirected ? reversed() : self
    if let costs {
      let c = isDirected ? reverseCosts(costs) : costs
      return g.shortestPaths(from: NodeIndex(v), costs: c).distances
    }
    return g.breadthFirst(from: NodeIndex(v)).distances
  }

  /// Closeness centrality: (r − 1) / Σ d(u, v) over the r nodes that reach v, times
  /// (r − 1)/(n − 1) when `wfImproved` (Wasserman–Faust, NetworkX's default).
  ///
  /// - Complexity: O(*V*·*E*) unweighted, parallel over nodes.
  public func closeness(wfImproved: Bool = true, costs: [Double]? = nil) -> [Double] {
    let n = nodeCount
    if costs == nil {
      return allHopSums().map { (reach, total, _) in
        guard total > 0, n > 1 else { return 0 }
        var cl = Double(reach - 1) / total
        if wfImproved { cl *= Double(reach - 1) / Double(n - 1) }
        return cl
      }
    }
    let g = isDirected ? reversed() : self
    let c = costs.map { isDirected ? reverseCosts($0) : $0 }
    let parts = chunkedMap(count: n) { range -> [Double] in
      range.map { v in
        let d = c.map { g.shortestPaths(from: NodeIndex(v), costs: $0).distances } ?? g.breadthFirst(from: NodeIndex(v)).distances
        var total = 0.0
        var reach = 0
        for x in d where x.isFinite { total += x; reach += 1 }
        guard total > 0, n > 1 else { return 0 }
        var cl = Double(reach - 1) / total
        if wfImproved { cl *= Double(reach - 1) / Double(n - 1) }
        return cl
      }
    }
    return parts.flatMap { $0 }
  }

  /// Harmonic centrality: Σ 1/d(u, v) over u ≠ v (raw sum, as NetworkX).
  public func harmonic(costs: [Double]? = nil) -> [Double] {
    let n = nodeCount
    if costs == nil { return allHopSums().map(\.harmonic) }
    let g = isDirected ? reversed() : self
    let c = costs.map { isDirected ? reverseCosts($0) : $0 }
    let parts = chunkedMap(count: n) { range -> [Double] in
      range.map { v in
        let d = c.map { g.shortestPaths(from: NodeIndex(v), costs: $0).distances } ?? g.breadthFirst(from: NodeIndex(v)).distances
        var h = 0.0
        for x in d where x.isFinite && x > 0 { h += 1 / x }
        return h
      }
    }
    return parts.flatMap { $0 }
  }

  /// The graph with every arc reversed.
  public func reversed() -> CompactGraph {
    var es: [(Int, Int, Double)] = []
    es.reserveCapacity(targets.count)
    for v in 0..<nodeCount { for i in offsets[v]..<offsets[v + 1] { es.append((Int(targets[i]), v, weights[i])) } }
    return CompactGraph(nodeCount: nodeCount, edges: es, directed: isDirected, weighted: isWeighted)
  }

  func reverseCosts(_ costs: [Double]) -> [Double] {
    // costs aligned with the reversed graph's arcs: reversed arc (t → v) has the cost of (v → t)
    let r = reversed()
    var out = [Double](repeating: .infinity, count: r.targets.count)
    for v in 0..<nodeCount {
      for i in offsets[v]..<offsets[v + 1] {
        let t = Int(targets[i])
        if let j = r.arc(t, v) { out[j] = costs[i] }
      }
    }
    return out
  }

  // MARK: - Spectral measures

  /// Eigenvector centrality: the principal eigenvector of the (transposed) adjacency
  /// matrix, scaled to unit Euclidean length, by power iteration on A + I as NetworkX does
  /// (the shift keeps bipartite graphs from oscillating).
  ///
  /// - Complexity: O(*E*) per iteration.
  public func eigenvector(weighted: Bool = false, maxIterations: Int = 10_000, tolerance: Double = 1e-12) throws(CentralityError) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    var x = [Double](repeating: 1 / Double(n), count: n)
    for it in 0..<maxIterations {
      let last = x
      for v in 0..<n {
        var s = last[v]
        for i in inOffsets[v]..<inOffsets[v + 1] { s += last[Int(inSources[i])] * (weighted ? inWeights[i] : 1) }
        x[v] = s
      }
      let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm > 0 else { return x }
      for v in 0..<n { x[v] /= norm }
      var err = 0.0
      for v in 0..<n { err += abs(x[v] - last[v]) }
      if err < Double(n) * tolerance { return x }
      if it == maxIterations - 1 { throw .didNotConverge(iterations: maxIterations, residual: err) }
    }
    return x
  }

  /// PageRank (S. Brin, L. Page, 1998) with NetworkX's conventions: dangling nodes
  /// redistribute to the personalisation vector (uniform by default), strengths weight the
  /// transitions, the stop rule is Σ|Δ| < n·tolerance.
  ///
  /// - Complexity: O(*E*) per iteration; iterations run in parallel over fixed node chunks.
  public func pageRank(alpha: Double = 0.85, personalization: [Double]? = nil, weighted: Bool = true, maxIterations: Int = 1000, tolerance: Double = 1e-12) throws(CentralityError) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    var p = personalization ?? [Double](repeating: 1 / Double(n), count: n)
    let ps = p.reduce(0, +)
    if ps > 0 { p = p.map { $0 / ps } }
    let outW: [Double] = (0..<n).map { v in weighted ? weights[offsets[v]..<offsets[v + 1]].reduce(0, +) : Double(offsets[v + 1] - offsets[v]) }
    var x = [Double](repeating: 1 / Double(n), count: n)
    let pp = p
    for _ in 0..<maxIterations {
      let last = x
      var dangling = 0.0
      for v in 0..<n where outW[v] == 0 { dangling += last[v] }
      let share = last.indices.map { outW[$0] > 0 ? last[$0] / outW[$0] : 0 }
      let d = dangling
      let parts = chunkedMap(count: n, chunks: 16) { range -> [Double] in
        range.map { v in
          var s = 0.0
          for i in self.inOffsets[v]..<self.inOffsets[v + 1] { s += share[Int(self.inSources[i])] * (weighted ? self.inWeights[i] : 1) }
          return alpha * (s + d * pp[v]) + (1 - alpha) * pp[v]
        }
      }
      x = parts.flatMap { $0 }
      var err = 0.0
      for v in 0..<n { err += abs(x[v] - last[v]) }
      if err < Double(n) * tolerance { return x }
    }
    throw .didNotConverge(iterations: maxIterations, residual: zip(x, x).reduce(0) { $0 + abs($1.0 - $1.1) })
  }

  /// Katz centrality x = α Aᵀx + β, scaled to unit length (NetworkX's `katz_centrality`
  /// with `normalized=True`). Converges when α < 1/λ_max.
  public func katz(alpha: Double = 0.1, beta: Double = 1, weighted: Bool = false, maxIterations: Int = 10_000, tolerance: Double = 1e-12) throws(CentralityError) -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    var x = [Double](repeating: 0, count: n)
    for it in 0..<maxIterations {
      let last = x
      var err = 0.0
      for v in 0..<n {
        var s = 0.0
        for i in inOffsets[v]..<inOffsets[v + 1] { s += last[Int(inSources[i])] * (weighted ? inWeights[i] : 1) }
        x[v] = alpha * s + beta
        err += abs(x[v] - last[v])
      }
      if err < Double(n) * tolerance {
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return x.map { $0 / norm }
      }
      if !err.isFinite || it == maxIterations - 1 { throw .didNotConverge(iterations: it + 1, residual: err) }
    }
    return x
  }

  /// The largest eigenvalue of the adjacency matrix (power iteration), used to pick a
  /// convergent Katz α.
  public func spectralRadius(weighted: Bool = false) -> Double {
    guard let x = try? eigenvector(weighted: weighted, maxIterations: 2000, tolerance: 1e-9), nodeCount > 0 else { return 1 }
    var num = 0.0, den = 0.0
    for v in 0..<nodeCount {
      var s = 0.0
      for i in inOffsets[v]..<inOffsets[v + 1] { s += x[Int(inSources[i])] * (weighted ? inWeights[i] : 1) }
      num += s * x[v]
      den += x[v] * x[v]
    }
    return den > 0 ? num / den : 1
  }
}

/// A small, fast, seedable generator (Steele, Lea, Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014) so randomised algorithms replay exactly.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
