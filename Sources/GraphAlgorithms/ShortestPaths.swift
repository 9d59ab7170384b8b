import DequeModule
import HeapModule

/// Distances and predecessors from one source.
public struct ShortestPathTree: Sendable {
  public let source: NodeIndex
  /// `.infinity` when unreachable.
  public let distances: [Double]
  /// Predecessor on one shortest path (−1 for the source and unreachable nodes).
  public let parents: [Int32]

  /// The path from the source to `target` (inclusive), or nil when unreachable.
  public func path(to target: NodeIndex) -> [NodeIndex]? {
    guard distances[Int(target)].isFinite else { return nil }
    var p: [NodeIndex] = [target]
    var v = target
    while v != source {
      v = parents[Int(v)]
      if v < 0 { return nil }
      p.append(v)
    }
    return p.reversed()
  }
}

extension CompactGraph {
  /// Breadth-first hop distances from a source.
  ///
  /// - Complexity: O(*V* + *E*).
  public func breadthFirst(from source: NodeIndex, maxDepth: Int = .max) -> ShortestPathTree {
    var dist = [Double](repeating: .infinity, count: nodeCount)
    var parent = [Int32](repeating: -1, count: nodeCount)
    var queue = Deque<Int32>()
    dist[Int(source)] = 0
    queue.append(source)
    while let v = queue.popFirst() {
      let d = dist[Int(v)]
      if Int(d) >= maxDepth { continue }
      for i in offsets[Int(v)]..<offsets[Int(v) + 1] {
        let w = Int(targets[i])
        if dist[w].isInfinite {
          dist[w] = d + 1
          parent[w] = v
          queue.append(Int32(w))
        }
      }
    }
    return ShortestPathTree(source: source, distances: dist, parents: parent)
  }

  /// Dijkstra's algorithm with a binary heap (E. W. Dijkstra, "A note on two problems in
  /// connexion with graphs", Numer. Math. 1, 1959). Ties go to the lower predecessor index.
  ///
  /// - Parameters:
  ///   - costs: per-arc non-negative costs aligned with `targets` (see ``CostTransform``).
  ///   - stopAt: stop as soon as this node is settled: its distance and path are final then
  ///     (every node settled later is at least as far), other nodes' may not be.
  /// - Complexity: O((*V* + *E*) log *V*); with `stopAt`, only the ball closer than the target.
  public func shortestPaths(from source: NodeIndex, costs: [Double], skipNodes: Set<Int32> = [], skipArcs: Set<Int> = [], stopAt: NodeIndex? = nil) -> ShortestPathTree {
    var dist = [Double](repeating: .infinity, count: nodeCount)
    var parent = [Int32](repeating: -1, count: nodeCount)
    var done = [Bool](repeating: false, count: nodeCount)
    var heap = Heap<QueueEntry>()
    dist[Int(source)] = 0
    heap.insert(QueueEntry(distance: 0, node: source))
    while let e = heap.popMin() {
      let v = Int(e.node)
      if done[v] { continue }
      done[v] = true
      if e.node == stopAt { break }
      for i in offsets[v]..<offsets[v + 1] {
        let w = Int(targets[i])
        if done[w] || skipNodes.contains(Int32(w)) || (!skipArcs.isEmpty && skipArcs.contains(i)) { continue }
        let c = costs[i]
        if !c.isFinite { continue }
        let nd = e.distance + c
        if Self.improves(nd, over: dist[w], via: Int32(v), currentParent: parent[w]) {
          dist[w] = nd
          parent[w] = Int32(v)
          heap.insert(QueueEntry(distance: nd, node: Int32(w)))
        }
      }
    }
    return ShortestPathTree(source: source, distances: dist, parents: parent)
  }

  /// Dijkstra's relaxation rule: a strictly shorter distance wins; within a relative 1e-15
  /// (a tie up to rounding) the lower predecessor index wins, so paths are reproducible.
  @inline(__always)
  static func improves(_ nd: Double, over d: Double, via v: Int32, currentParent p: Int32) -> Bool {
    let eps = 1e-15 * Swift.max(1, nd)
    return nd < d - eps || (abs(nd - d) <= eps && v < p)
  }

  /// One shortest path between two nodes (bidirectional BFS when `costs` is nil,
  /// bidirectional Dijkstra otherwise), or nil when they are not connected. The cost is the
  /// sum of the path's arc costs taken from `s` onwards.
  public func shortestPath(from s: NodeIndex, to t: NodeIndex, costs: [Double]? = nil) -> (path: [NodeIndex], cost: Double)? {
    if s == t { return ([s], 0) }
    if let costs {
      return bidirectionalDijkstra(s, t, costs: costs).map { ($0, pathCost($0, costs: costs)) }
    }
    return bidirectionalBFS(s, t).map { ($0, Double($0.count - 1)) }
  }

  /// The cost of a path along its arcs (the cheapest arc where several join two nodes).
  public func pathCost(_ p: [NodeIndex], costs: [Double]) -> Double {
    var c = 0.0
    for (a, b) in zip(p, p.dropFirst()) {
      var best = Double.infinity
      for i in offsets[Int(a)]..<offsets[Int(a) + 1] where targets[i] == b { best = Swift.min(best, costs[i]) }
      c += best
    }
    return c
  }

  /// Bidirectional Dijkstra (forward from `s` on out-arcs, backward from `t` on in-arcs,
  /// always advancing the side with the nearer frontier; A. V. Goldberg and C. Harrelson,
  /// "Computing the shortest path: A* search meets graph theory", SODA 2005, §3). It stops
  /// once the two frontiers' distances add up to the best meeting cost found, so a query
  /// on a million-node graph settles two small balls instead of everything closer than the
  /// target. Ties: the lower predecessor index, as in ``shortestPaths(from:costs:skipNodes:skipArcs:stopAt:)``,
  /// then the first meeting node found.
  ///
  /// - Complexity: O((*V* + *E*) log *V*) worst case.
  func bidirectionalDijkstra(_ s: NodeIndex, _ t: NodeIndex, costs: [Double]) -> [NodeIndex]? {
    let n = nodeCount
    // side 0 searches forward from s, side 1 backward from t
    var dist = [[Double](repeating: .infinity, count: n), [Double](repeating: .infinity, count: n)]
    var parent = [[Int32](repeating: -1, count: n), [Int32](repeating: -1, count: n)]
    var done = [[Bool](repeating: false, count: n), [Bool](repeating: false, count: n)]
    var heaps = [Heap<QueueEntry>(), Heap<QueueEntry>()]
    dist[0][Int(s)] = 0
    dist[1][Int(t)] = 0
    heaps[0].insert(QueueEntry(distance: 0, node: s))
    heaps[1].insert(QueueEntry(distance: 0, node: t))
    var best = Double.infinity
    var meet: Int32 = -1
    while let f = heaps[0].min, let b = heaps[1].min, f.distance + b.distance < best {
      let side = f.distance <= b.distance ? 0 : 1
      let e = heaps[side].removeMin()
      let v = Int(e.node)
      if done[side][v] { continue }
      done[side][v] = true
      let outward = side == 0 || !isDirected
      let (lo, hi) = outward ? (offsets[v], offsets[v + 1]) : (inOffsets[v], inOffsets[v + 1])
      for i in lo..<hi {
        let w = Int(outward ? targets[i] : inSources[i])
        let c = side == 0 ? costs[i] : costs[inArcToOutArc[i]]
        if !c.isFinite || done[side][w] { continue }
        let nd = e.distance + c
        let dw = dist[side][w]
        if Self.improves(nd, over: dw, via: Int32(v), currentParent: parent[side][w]) {
          dist[side][w] = nd
          parent[side][w] = Int32(v)
          heaps[side].insert(QueueEntry(distance: nd, node: Int32(w)))
        }
        let through = dist[0][w] + dist[1][w]
        if through < best {
          best = through
          meet = Int32(w)
        }
      }
    }
    guard meet >= 0 else { return nil }
    var left: [Int32] = []
    var v = meet
    while v != -1 { left.append(v); v = parent[0][Int(v)] }
    var path = Array(left.reversed())
    v = parent[1][Int(meet)]
    while v != -1 { path.append(v); v = parent[1][Int(v)] }
    return path
  }

  /// Bidirectional breadth-first search: expands the smaller frontier each round, so a
  /// query on a million-node graph touches only the two balls around the endpoints.
  func bidirectionalBFS(_ s: NodeIndex, _ t: NodeIndex) -> [NodeIndex]? {
    var predF: [Int32: Int32] = [s: -1]
    var predB: [Int32: Int32] = [t: -1]
    var frontF: [Int32] = [s], frontB: [Int32] = [t]
    while !frontF.isEmpty && !frontB.isEmpty {
      let forward = frontF.count <= frontB.count
      var next: [Int32] = []
      var meet: Int32?
      let front = forward ? frontF : frontB
      for v in front.sorted() {
        let (lo, hi, arr) = forward || !isDirected ? (offsets[Int(v)], offsets[Int(v) + 1], targets) : (inOffsets[Int(v)], inOffsets[Int(v) + 1], inSources)
        for i in lo..<hi {
          let w = arr[i]
          if forward {
            if predF[w] == nil { predF[w] = v; next.append(w) }
            if predB[w] != nil { meet = w; break }
          } else {
            if predB[w] == nil { predB[w] = v; next.append(w) }
            if predF[w] != nil { meet = w; break }
          }
        }
        if meet != nil { break }
      }
      if let m = meet {
        var left: [Int32] = []
        var v = m
        while v != -1 { left.append(v); v = predF[v]! }
        var path = Array(left.reversed())
        v = predB[m]!
        while v != -1 { path.append(v); v = predB[v]! }
        return path
      }
      if forward { frontF = next } else { frontB = next }
    }
    return nil
  }

  /// Every shortest path between two nodes (NetworkX's `all_shortest_paths`): BFS when
  /// `costs` is nil, otherwise Dijkstra keeping every predecessor whose distance plus arc cost
  /// equals the node's distance exactly (NetworkX's rule, so floating-point near-ties that
  /// differ in the last bit are different lengths, as there). Paths come sorted
  /// lexicographically by node index; at most `limit` are returned (their number can grow
  /// exponentially with the graph).
  ///
  /// - Complexity: O((*V* + *E*) log *V*) for the search plus O(length) per path returned.
  public func allShortestPaths(from s: NodeIndex, to t: NodeIndex, costs: [Double]? = nil, limit: Int = 10_000) -> [[NodeIndex]] {
    let n = nodeCount
    var dist = [Double](repeating: .infinity, count: n)
    var preds = [[Int32]](repeating: [], count: n)
    dist[Int(s)] = 0
    if let costs {
      var done = [Bool](repeating: false, count: n)
      var heap = Heap<QueueEntry>()
      heap.insert(QueueEntry(distance: 0, node: s))
      while let e = heap.popMin() {
        let v = Int(e.node)
        if done[v] { continue }
        if e.distance > dist[Int(t)] { break }  // everything left is farther than the target
        done[v] = true
        for i in offsets[v]..<offsets[v + 1] {
          let w = Int(targets[i])
          let c = costs[i]
          guard c.isFinite, !done[w] else { continue }
          let nd = e.distance + c
          if nd < dist[w] {
            dist[w] = nd
            preds[w] = [Int32(v)]
            heap.insert(QueueEntry(distance: nd, node: Int32(w)))
          } else if nd == dist[w] {
            preds[w].append(Int32(v))
          }
        }
      }
    } else {
      var queue = Deque<Int32>([s])
      while let v = queue.popFirst() {
        let dv = dist[Int(v)]
        if dv >= dist[Int(t)] { break }
        for i in offsets[Int(v)]..<offsets[Int(v) + 1] {
          let w = Int(targets[i])
          if dist[w] == .infinity {
            dist[w] = dv + 1
            queue.append(Int32(w))
          }
          if dist[w] == dv + 1 { preds[w].append(v) }
        }
      }
    }
    guard dist[Int(t)].isFinite else { return [] }
    if s == t { return [[s]] }
    // walk the predecessor DAG back from t; each finished walk is one path
    var out: [[NodeIndex]] = []
    var stack: [(node: Int32, depth: Int)] = [(t, 0)]
    var trail: [Int32] = []
    while let (v, depth) = stack.popLast(), out.count < limit {
      trail.removeSubrange(depth...)
      trail.append(v)
      if v == s {
        out.append(trail.reversed())
        continue
      }
      for p in preds[Int(v)].sorted(by: >) { stack.append((p, depth + 1)) }
    }
    return out.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The `k` shortest loop-free paths in order of cost (J. Y. Yen, "Finding the K Shortest
  /// Loopless Paths in a Network", Management Science 17(11), 1971).
  ///
  /// - Complexity: O(*k*·*V*·(*E* + *V* log *V*)).
  public func kShortestPaths(from s: NodeIndex, to t: NodeIndex, k: Int, costs: [Double]) -> [(path: [NodeIndex], cost: Double)] {
    precondition(k > 0, "k must be positive")
    guard let first = shortestPath(from: s, to: t, costs: costs) else { return [] }
    var found: [(path: [NodeIndex], cost: Double)] = [first]
    var candidates: [(path: [NodeIndex], cost: Double)] = []
    func arcIndex(_ a: NodeIndex, _ b: NodeIndex) -> Int? {
      for i in offsets[Int(a)]..<offsets[Int(a) + 1] where targets[i] == b { return i }
      return nil
    }
    func cost(of p: [NodeIndex]) -> Double {
      var c = 0.0
      for i in 0..<(p.count - 1) { c += costs[arcIndex(p[i], p[i + 1])!] }
      return c
    }
    while found.count < k {
      let last = found[found.count - 1].path
      for i in 0..<(last.count - 1) {
        let spur = last[i]
        let root = Array(last[0...i])
        var skipArcs = Set<Int>()
        for p in found where p.path.count > i && Array(p.path[0...i]) == root {
          if let a = arcIndex(p.path[i], p.path[i + 1]) { skipArcs.insert(a) }
          if !isDirected, let b = arcIndex(p.path[i + 1], p.path[i]) { skipArcs.insert(b) }
        }
        let skipNodes = Set(root.dropLast().map { Int32($0) })
        let tree = shortestPaths(from: spur, costs: costs, skipNodes: skipNodes, skipArcs: skipArcs, stopAt: t)
        guard let spurPath = tree.path(to: t) else { continue }
        let total = root.dropLast() + spurPath
        let cand = Array(total)
        if !candidates.contains(where: { $0.path == cand }) && !found.contains(where: { $0.path == cand }) {
          candidates.append((cand, cost(of: cand)))
        }
      }
      guard !candidates.isEmpty else { break }
      candidates.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.path.lexicographicallyPrecedes($1.path) }
      found.append(candidates.removeFirst())
    }
    return found
  }

  /// Nodes within `depth` hops of a source (including it), in BFS order.
  public func neighborhood(of source: NodeIndex, depth: Int) -> [NodeIndex] {
    let tree = breadthFirst(from: source, maxDepth: depth)
    return (0..<nodeCount).filter { tree.distances[$0] <= Double(depth) }.map { NodeIndex($0) }
      .sorted { (tree.distances[Int($0)], $0) < (tree.distances[Int($1)], $1) }
  }

  /// Connected components (weakly connected when directed), largest first, each sorted.
  ///
  /// - Complexity: O(*V* + *E*).
  public func connectedComponents() -> [[NodeIndex]] {
    let g = isDirected ? undirected() : self
    var comp = [Int32](repeating: -1, count: nodeCount)
    var out: [[NodeIndex]] = []
    for s in 0..<nodeCount where comp[s] < 0 {
      var members: [NodeIndex] = [Int32(s)]
      comp[s] = Int32(out.count)
      var i = 0
      while i < members.count {
        let v = Int(members[i])
        for j in g.offsets[v]..<g.offsets[v + 1] where comp[Int(g.targets[j])] < 0 {
          comp[Int(g.targets[j])] = Int32(out.count)
          members.append(g.targets[j])
        }
        i += 1
      }
      out.append(members.sorted())
    }
    return out.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
  }
}

struct QueueEntry: Comparable {
  var distance: Double
  var node: Int32
  static func < (a: Self, b: Self) -> Bool { a.distance != b.distance ? a.distance < b.distance : a.node < b.node }
}
