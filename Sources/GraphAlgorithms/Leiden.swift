import DequeModule
import Foundation

extension CompactGraph {
  /// Leiden community detection for modularity with resolution γ (V. A. Traag, L. Waltman,
  /// N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected communities",
  /// Sci. Rep. 9, 5233, 2019; Algorithm A.2 of the supplement).
  ///
  /// Each level (1) moves nodes with the queue-based fast local move, (2) refines every
  /// community from singletons, merging only well-connected nodes into well-connected
  /// sub-communities, chosen at random with probability ∝ exp(ΔH/θ), and (3) aggregates by
  /// the refined partition while the next level starts from the unrefined one. Unlike
  /// Louvain, every community it returns is connected.
  ///
  /// Deterministic for a seed. The undirected view of a directed graph is used.
  ///
  /// - Parameters:
  ///   - resolution: γ; higher gives smaller communities (NetworkX's `resolution`).
  ///   - randomness: θ of the refinement (the paper's and leidenalg's default 0.01).
  ///   - iterations: how many times the whole procedure is repeated on its own result
  ///     (each repetition can only improve it); stops early when nothing changes.
  /// - Complexity: near-linear in *E* per level in practice.
  public func leiden(resolution: Double = 1, seed: UInt64 = 7, weighted: Bool = true, randomness: Double = 0.01, iterations: Int = 2) -> Partition {
    let base = isDirected ? undirected() : self
    let n0 = base.nodeCount
    let w0 = weighted ? base.weights : [Double](repeating: 1, count: base.targets.count)
    let m2 = w0.reduce(0, +)
    guard m2 > 0 else { return Partition(membership: Array(0..<n0), modularity: 0) }
    var rng = SplitMix64(seed: seed)
    var membership = Array(0..<n0)  // original node → community
    for _ in 0..<max(1, iterations) {
      var level = CommunityLevel(offsets: base.offsets, targets: base.targets, weights: w0, loops: [Double](repeating: 0, count: n0))
      var node = Array(0..<n0)  // original node → node of the current level
      var part = membership  // current level node → community
      while true {
        let moved = level.fastMove(&part, resolution: resolution, m2: m2, rng: &rng)
        part = Self.canonical(moved)
        let communities = (part.max() ?? -1) + 1
        if communities == level.count { break }
        let refined = Self.canonical(level.refine(part, resolution: resolution, m2: m2, randomness: randomness, rng: &rng))
        let aggregates = (refined.max() ?? -1) + 1
        if aggregates == level.count { break }  // refinement merged nothing: no coarser level
        // the aggregate of refined community r starts in the unrefined community of its members
        var start = [Int](repeating: 0, count: aggregates)
        for v in 0..<level.count { start[refined[v]] = part[v] }
        for i in 0..<n0 { node[i] = refined[node[i]] }
        level = level.aggregate(refined, count: aggregates)
        part = start
      }
      let next = Self.canonical((0..<n0).map { part[node[$0]] })
      if next == membership { break }
      membership = next
    }
    return Partition(membership: membership, modularity: base.modularity(membership, resolution: resolution, weighted: weighted))
  }
}

/// One level of the Louvain/Leiden hierarchy: a weighted undirected graph in CSR form with
/// self-loop weight kept apart (counted twice, as both arcs of an internal edge are).
struct CommunityLevel {
  var offsets: [Int]
  var targets: [Int32]
  var weights: [Double]
  var loops: [Double]
  /// strength of each node, self-loops included
  var k: [Double]

  init(offsets: [Int], targets: [Int32], weights: [Double], loops: [Double]) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.loops = loops
    k = (0..<loops.count).map { v in weights[offsets[v]..<offsets[v + 1]].reduce(loops[v], +) }
  }

  var count: Int { loops.count }

  /// The community a node (already taken out of `current`) gains most by joining: gain
  /// w(v, C) − tot(C)·γ·k_v/2m, candidates in first-touched order so a seed replays; a move
  /// must beat staying by more than 1e-12.
  @inline(__always)
  static func bestMove(from current: Int, candidates: UnsafeMutableBufferPointer<Int>, count: Int, linkWeight: UnsafeMutableBufferPointer<Double>, total: UnsafeMutableBufferPointer<Double>, scale: Double) -> (Int, Double) {
    var best = current
    var bestGain = linkWeight[current] - total[current] * scale
    for j in 0..<count {
      let c = candidates[j]
      if c == current { continue }
      let gain = linkWeight[c] - total[c] * scale
      if gain > bestGain + 1e-12 {
        bestGain = gain
        best = c
      }
    }
    return (best, bestGain)
  }

  /// Fast local moving (Algorithm A.2, `MoveNodesFast`): a queue seeded in random order;
  /// a node that moves puts its neighbours outside its new community back in the queue.
  /// A node may also move to an empty community.
  func fastMove(_ start: inout [Int], resolution: Double, m2: Double, rng: inout SplitMix64) -> [Int] {
    let n = count
    var comm = start
    var tot = [Double](repeating: 0, count: n)
    var size = [Int](repeating: 0, count: n)
    for v in 0..<n {
      tot[comm[v]] += k[v]
      size[comm[v]] += 1
    }
    var empty = (0..<n).filter { size[$0] == 0 }
    var order = Array(0..<n)
    order.shuffle(using: &rng)
    var queue = Deque(order)
    var queued = [Bool](repeating: true, count: n)
    var neighW = [Double](repeating: 0, count: n)
    var touched = [Int](repeating: 0, count: max(1, n))
    // the hot loop runs over unsafe buffers (as Louvain's does)
    offsets.withUnsafeBufferPointer { off in
      targets.withUnsafeBufferPointer { tg in
        weights.withUnsafeBufferPointer { wt in
          k.withUnsafeBufferPointer { kk in
            comm.withUnsafeMutableBufferPointer { cm in
              tot.withUnsafeMutableBufferPointer { tt in
                size.withUnsafeMutableBufferPointer { sz in
                  neighW.withUnsafeMutableBufferPointer { nw in
                    touched.withUnsafeMutableBufferPointer { tc in
                      queued.withUnsafeMutableBufferPointer { qd in
                        while let v = queue.popFirst() {
                          qd[v] = false
                          let cv = cm[v]
                          var nt = 0
                          let lo = off[v], hi = off[v + 1]
                          for i in lo..<hi {
                            let c = cm[Int(tg[i])]
                            if nw[c] == 0 {
                              tc[nt] = c
                              nt += 1
                            }
                            nw[c] += wt[i]
                          }
                          let kv = kk[v]
                          tt[cv] -= kv
                          sz[cv] -= 1
                          let scale = resolution * kv / m2
                          var (best, bestGain) = CommunityLevel.bestMove(from: cv, candidates: tc, count: nt, linkWeight: nw, total: tt, scale: scale)
                          // an empty community gains 0
                          if bestGain < -1e-12 && sz[cv] > 0, let e = empty.last {
                            best = e
                            bestGain = 0
                          }
                          if best != cv {
                            if best == empty.last { empty.removeLast() }
                            if sz[cv] == 0 { empty.append(cv) }
                            cm[v] = best
                            for i in lo..<hi {
                              let u = Int(tg[i])
                              if !qd[u] && cm[u] != best {
                                qd[u] = true
                                queue.append(u)
                              }
                            }
                          }
                          tt[best] += kv
                          sz[best] += 1
                          for j in 0..<nt { nw[tc[j]] = 0 }
                          nw[cv] = 0
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
    return comm
  }

  /// Refinement (Algorithm A.2, `RefinePartition` / `MergeNodesSubset`): inside each
  /// community S, start from singletons; a well-connected node still on its own
  /// (E(v, S−v) ≥ γ·k_v·(K_S − k_v)/2m) joins a well-connected sub-community C of S
  /// (E(C, S−C) ≥ γ·K_C·(K_S − K_C)/2m) that does not lower modularity, drawn with
  /// probability ∝ exp(ΔH/θ).
  func refine(_ part: [Int], resolution: Double, m2: Double, randomness: Double, rng: inout SplitMix64) -> [Int] {
    let n = count
    var refined = Array(0..<n)
    var tot = k  // strength of each refined community
    var singleton = [Bool](repeating: true, count: n)
    var volume = [Double](repeating: 0, count: n)  // K_S per unrefined community
    for v in 0..<n { volume[part[v]] += k[v] }
    // external weight of each refined community towards the rest of its S (starts as E(v, S−v))
    var external = [Double](repeating: 0, count: n)
    for v in 0..<n {
      for i in offsets[v]..<offsets[v + 1] where part[Int(targets[i])] == part[v] { external[v] += weights[i] }
    }
    var order = Array(0..<n)
    order.shuffle(using: &rng)
    var neighW = [Double](repeating: 0, count: n)
    var touched: [Int] = []
    var candidates: [(Int, Double)] = []
    for v in order where singleton[v] {
      let s = part[v]
      let kv = k[v]
      guard external[v] >= resolution * kv * (volume[s] - kv) / m2 else { continue }
      touched.removeAll(keepingCapacity: true)
      for i in offsets[v]..<offsets[v + 1] {
        let u = Int(targets[i])
        guard part[u] == s else { continue }
        let c = refined[u]
        if neighW[c] == 0 { touched.append(c) }
        neighW[c] += weights[i]
      }
      // v leaves its singleton: ΔH of joining C in the paper's unnormalised quality
      // H = Σ_c (e_c − γ·K_c²/4m), i.e. w(v, C) − γ·k_v·K_C/2m (θ is in these units)
      candidates.removeAll(keepingCapacity: true)
      var top = 0.0
      for c in touched where c != refined[v] {
        guard external[c] >= resolution * tot[c] * (volume[s] - tot[c]) / m2 else { continue }
        let dq = neighW[c] - tot[c] * resolution * kv / m2
        if dq >= 0 {
          candidates.append((c, dq))
          top = max(top, dq)
        }
      }
      for c in touched { neighW[c] = 0 }
      guard !candidates.isEmpty else { continue }
      // sample ∝ exp(ΔH/θ), shifted by the largest for numerical range
      var total = 0.0
      for j in candidates.indices {
        candidates[j].1 = Foundation.exp((candidates[j].1 - top) / randomness)
        total += candidates[j].1
      }
      var r = Double(rng.next() >> 11) * 0x1.0p-53 * total
      var chosen = candidates[candidates.count - 1].0
      for (c, p) in candidates {
        r -= p
        if r < 0 {
          chosen = c
          break
        }
      }
      // move v into `chosen`: update the merged community's external weight within S
      var toChosen = 0.0
      for i in offsets[v]..<offsets[v + 1] where refined[Int(targets[i])] == chosen { toChosen += weights[i] }
      external[chosen] += external[v] - 2 * toChosen
      refined[v] = chosen
      tot[chosen] += kv
      singleton[v] = false
      singleton[chosen] = false
    }
    return refined
  }

  /// The graph of communities: one node per refined community, weights summed, internal
  /// weight becoming a self-loop.
  func aggregate(_ refined: [Int], count next: Int) -> CommunityLevel {
    var loops = [Double](repeating: 0, count: next)
    // members of each refined community by counting sort (no per-community arrays)
    var start = [Int](repeating: 0, count: next + 1)
    for v in 0..<count {
      loops[refined[v]] += self.loops[v]
      start[refined[v] + 1] += 1
    }
    for c in 0..<next { start[c + 1] += start[c] }
    var fill = start
    var members = [Int](repeating: 0, count: count)
    for v in 0..<count {
      members[fill[refined[v]]] = v
      fill[refined[v]] += 1
    }
    var off = [Int](repeating: 0, count: next + 1)
    var tg: [Int32] = []
    var wt: [Double] = []
    tg.reserveCapacity(targets.count / 2)
    wt.reserveCapacity(targets.count / 2)
    var acc = [Double](repeating: 0, count: next)
    var stamp = [Int](repeating: -1, count: next)  // zero-strength arcs must not list a neighbour twice
    var seen: [Int] = []
    for c in 0..<next {
      seen.removeAll(keepingCapacity: true)
      for m in start[c]..<start[c + 1] {
        let v = members[m]
        for i in offsets[v]..<offsets[v + 1] {
          let d = refined[Int(targets[i])]
          if d == c {
            loops[c] += weights[i]
          } else {
            if stamp[d] != c {
              stamp[d] = c
              seen.append(d)
            }
            acc[d] += weights[i]
          }
        }
      }
      seen.sort()
      for d in seen {
        tg.append(Int32(d))
        wt.append(acc[d])
        acc[d] = 0
      }
      off[c + 1] = tg.count
    }
    return CommunityLevel(offsets: off, targets: tg, weights: wt, loops: loops)
  }
}
