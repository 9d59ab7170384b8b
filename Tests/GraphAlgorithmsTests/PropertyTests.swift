import GraphAlgorithms
import GraphTestSupport
import Testing

/// Known answers on tiny graphs and properties on seeded random graphs.
@Suite struct PropertyTests {
  @Test("P3: the middle node has normalised betweenness 1")
  func p3() { #expect(Generators.path(3).betweenness() == [0, 1, 0]) }

  @Test("K5: every node scores 0 betweenness, 1 degree")
  func k5() {
    let g = Generators.complete(5)
    #expect(g.betweenness().allSatisfy { $0 == 0 })
    #expect(g.degreeCentrality().allSatisfy { $0 == 1 })
  }

  @Test("parallel edges merge with summed strength; self-loops are dropped")
  func merging() {
    let g = CompactGraph(nodeCount: 3, edges: [(0, 1, 2), (1, 0, 3), (2, 2, 9)])
    #expect(g.neighbors(of: 0) == [1])
    #expect(g.weights[g.offsets[0]] == 5)
    #expect(g.degree(of: 2) == 0)
    g.checkInvariants()
  }

  @Test("zero and negative strengths make a link unusable for cost paths, not for hops")
  func nonPositive() {
    let g = CompactGraph(nodeCount: 3, edges: [(0, 1, 0), (1, 2, -1), (0, 2, 1)])
    let c = CostTransform.inverse.costs(for: g)
    #expect(g.shortestPath(from: 0, to: 1, costs: c) == nil, "both links to 1 have strength ≤ 0")
    #expect(g.shortestPath(from: 0, to: 2, costs: c)?.path == [0, 2])
    #expect(g.shortestPaths(from: 0, costs: c).distances[1].isInfinite)
    #expect(g.shortestPath(from: 0, to: 1)?.path == [0, 1])
  }

  @Test("empty graph: every measure returns an empty result")
  func empty() throws {
    let g = CompactGraph(nodeCount: 0, edges: [])
    #expect(g.betweenness().isEmpty)
    #expect(try g.pageRank().isEmpty)
    #expect(g.connectedComponents().isEmpty)
    #expect(g.louvain().membership.isEmpty)
  }

  @Test("seeded random graphs: BFS equals Dijkstra on unit costs, triangle inequality, PageRank sums to 1, partitions cover", arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
  func properties(seed: UInt64) throws {
    let g = Generators.random(n: 40, p: 0.1, seed: seed)
    let unit = CostTransform.unit.costs(for: g)
    let costs = CostTransform.inverse.costs(for: g)
    let bfs = g.breadthFirst(from: 0).distances
    #expect(g.shortestPaths(from: 0, costs: unit).distances == bfs)
    let d = g.shortestPaths(from: 0, costs: costs).distances
    for v in 0..<g.nodeCount where d[v].isFinite {
      for i in g.offsets[v]..<g.offsets[v + 1] { #expect(d[Int(g.targets[i])] <= d[v] + costs[i] + 1e-12) }
    }
    let pr = try g.pageRank()
    #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
    let p = g.louvain(seed: seed)
    #expect(p.membership.count == g.nodeCount)
    #expect(Set(p.communities.flatMap { $0 }).count == g.nodeCount)
    #expect(g.louvain(seed: seed) == p, "same seed, same partition")
    let l = g.leiden(seed: seed)
    #expect(l.membership.count == g.nodeCount && l == g.leiden(seed: seed))
    for c in l.communities { #expect(g.isConnected(within: c), "Leiden communities are connected") }
    let lp = g.labelPropagation(seed: seed)
    #expect(lp.communities.flatMap { $0 }.count == g.nodeCount)
  }

  @Test("Yen: k paths are simple, distinct, in non-decreasing cost, first is Dijkstra's", arguments: [UInt64(11), 12, 13])
  func yen(seed: UInt64) {
    let g = Generators.random(n: 30, p: 0.15, seed: seed)
    let costs = CostTransform.inverse.costs(for: g)
    let paths = g.kShortestPaths(from: 0, to: 29, k: 5, costs: costs)
    guard let first = paths.first else { return }
    #expect(abs(first.cost - g.shortestPaths(from: 0, costs: costs).distances[29]) < 1e-12)
    for (a, b) in zip(paths, paths.dropFirst()) { #expect(a.cost <= b.cost + 1e-12) }
    #expect(Set(paths.map { $0.path }).count == paths.count)
    for p in paths { #expect(Set(p.path).count == p.path.count) }
  }

  @Test("sampled betweenness is deterministic for a seed and exact when k = n")
  func sampled() {
    let g = Generators.random(n: 50, p: 0.1, seed: 9)
    #expect(g.betweenness(samples: 10, seed: 3) == g.betweenness(samples: 10, seed: 3))
    #expect(maxDifference(g.betweenness(samples: 50, seed: 3), g.betweenness()) < 1e-12)
  }

  @Test("bidirectional BFS finds a shortest path")
  func bidirectional() {
    let g = Generators.random(n: 200, p: 0.02, seed: 5)
    let tree = g.breadthFirst(from: 3)
    for t in [NodeIndex(10), 50, 199] where tree.distances[Int(t)].isFinite {
      let p = g.shortestPath(from: 3, to: t)!
      #expect(Double(p.path.count - 1) == tree.distances[Int(t)])
    }
  }
}

@Suite struct BidirectionalDijkstraTests {
  @Test("bidirectional Dijkstra gives one-sided Dijkstra's cost for every pair, and a real path of that cost",
    arguments: [(UInt64(21), false), (22, false), (23, true), (24, true)])
  func matchesOneSided(seed: UInt64, directed: Bool) {
    let g = Generators.random(n: 60, p: 0.08, seed: seed, directed: directed)
    // uneven costs, some unusable arcs
    var rng = SplitMix64(seed: seed)
    let costs = g.weights.map { _ in rng.next() % 10 == 0 ? Double.infinity : 0.05 + Double(rng.next() % 1000) / 997 }
    for s in stride(from: 0, to: 60, by: 7) {
      let tree = g.shortestPaths(from: NodeIndex(s), costs: costs)
      for t in 0..<60 where t != s {
        let p = g.shortestPath(from: NodeIndex(s), to: NodeIndex(t), costs: costs)
        let d = tree.distances[t]
        if !d.isFinite {
          #expect(p == nil)
          continue
        }
        guard let p else {
          Issue.record("no path \(s)→\(t) though one-sided Dijkstra reaches it")
          continue
        }
        #expect(abs(p.cost - d) <= 1e-12 * max(1, d))
        #expect(p.path.first == NodeIndex(s) && p.path.last == NodeIndex(t) && Set(p.path).count == p.path.count)
        #expect(abs(g.pathCost(p.path, costs: costs) - d) <= 1e-12 * max(1, d), "the path's own arcs add up to the distance")
      }
    }
  }
}

@Suite struct LeidenTests {
  /// A planted partition: `blocks` groups of `size` nodes, dense inside, sparse across.
  static func planted(blocks: Int, size: Int, seed: UInt64) -> CompactGraph {
    var rng = SplitMix64(seed: seed)
    var edges: [(Int, Int, Double)] = []
    let n = blocks * size
    for a in 0..<n {
      for b in (a + 1)..<n {
        let p = a / size == b / size ? 0.3 : 0.005
        if Double(rng.next() >> 11) * 0x1.0p-53 < p { edges.append((a, b, 1)) }
      }
    }
    return CompactGraph(nodeCount: n, edges: edges)
  }

  @Test("Leiden recovers planted blocks and does at least as well as Louvain", arguments: [UInt64(1), 2, 3])
  func plantedBlocks(seed: UInt64) {
    let g = Self.planted(blocks: 8, size: 40, seed: seed)
    let l = g.leiden(seed: seed)
    #expect(l.modularity >= g.louvain(seed: seed).modularity - 1e-9)
    // every found community lies (almost) inside one block
    for c in l.communities {
      var count: [Int: Int] = [:]
      for v in c { count[Int(v) / 40, default: 0] += 1 }
      #expect(Double(count.values.max()!) >= 0.9 * Double(c.count))
    }
    #expect(l.communities.count == 8)
  }

  @Test("resolution: higher gives more, smaller communities; an edgeless graph stays singletons")
  func resolution() {
    let g = Self.planted(blocks: 4, size: 30, seed: 9)
    #expect(g.leiden(resolution: 3, seed: 1).communities.count > g.leiden(resolution: 0.3, seed: 1).communities.count)
    let empty = CompactGraph(nodeCount: 5, edges: [])
    #expect(empty.leiden().membership == [0, 1, 2, 3, 4])
  }
}

@Suite struct AllShortestPathsTests {
  @Test("an r×c grid has C(r+c−2, r−1) shortest corner-to-corner paths, all of r+c−2 hops", arguments: [(3, 3), (4, 4), (3, 6)])
  func grid(rows: Int, cols: Int) {
    var edges: [(Int, Int, Double)] = []
    for r in 0..<rows {
      for c in 0..<cols {
        if c + 1 < cols { edges.append((r * cols + c, r * cols + c + 1, 1)) }
        if r + 1 < rows { edges.append((r * cols + c, (r + 1) * cols + c, 1)) }
      }
    }
    let g = CompactGraph(nodeCount: rows * cols, edges: edges)
    func choose(_ n: Int, _ k: Int) -> Int { k == 0 ? 1 : choose(n - 1, k - 1) * n / k }
    for costs in [nil, CostTransform.unit.costs(for: g)] {
      let paths = g.allShortestPaths(from: 0, to: NodeIndex(rows * cols - 1), costs: costs)
      #expect(paths.count == choose(rows + cols - 2, rows - 1))
      #expect(Set(paths).count == paths.count && paths.allSatisfy { $0.count == rows + cols - 1 })
    }
    #expect(g.allShortestPaths(from: 0, to: NodeIndex(rows * cols - 1), limit: 2).count == 2)
  }
}
