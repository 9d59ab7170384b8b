extension CompactGraph {
  /// Core number of every node (V. Batagelj, M. Zaversnik, "An O(m) Algorithm for Cores
  /// Decomposition of Networks", 2003). Undirected view.
  ///
  /// - Complexity: O(*V* + *E*).
  public func coreNumbers() -> [Int] {
    let g = isDirected ? undirected() : self
    let n = nodeCount
    var deg = (0..<n).map { g.degree(of: NodeIndex($0)) }
    let maxDeg = deg.max() ?? 0
    var bin = [Int](repeating: 0, count: maxDeg + 1)
    for d in deg { bin[d] += 1 }
    var start = 0
    for d in 0...maxDeg {
      let c = bin[d]
      bin[d] = start
      start += c
    }
    var pos = [Int](repeating: 0, count: n)
    var vert = [Int](repeating: 0, count: n)
    for v in 0..<n {
      pos[v] = bin[deg[v]]
      vert[pos[v]] = v
      bin[deg[v]] += 1
    }
    for d in stride(from: maxDeg, through: 1, by: -1) { bin[d] = bin[d - 1] }
    if maxDeg >= 0 { bin[0] = 0 }
    for i in 0..<n {
      let v = vert[i]
      for j in g.offsets[v]..<g.offsets[v + 1] {
        let u = Int(g.targets[j])
        if deg[u] > deg[v] {
          let du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw]
          if u != w {
            pos[u] = pw
            vert[pu] = w
            pos[w] = pu
            vert[pw] = u
          }
          bin[du] += 1
          deg[u] -= 1
        }
      }
    }
    return deg
  }

  /// Bridges and articulation points (R. E. Tarjan, "Depth-first search and linear graph
  /// algorithms", SIAM J. Comput. 1(2), 1972), iteratively so deep graphs cannot overflow
  /// the stack. Undirected view.
  ///
  /// - Returns: bridges as (lower, higher) index pairs, sorted; articulation points sorted.
  /// - Complexity: O(*V* + *E*).
  public func bridgesAndArticulationPoints() -> (bridges: [(NodeIndex, NodeIndex)], articulationPoints: [NodeIndex]) {
    let g = isDirected ? undirected() : self
    let n = nodeCount
    var disc = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var isCut = [Bool](repeating: false, count: n)
    var bridges: [(NodeIndex, NodeIndex)] = []
    var time = 0
    for root in 0..<n where disc[root] < 0 {
      var stack: [(v: Int, next: Int)] = [(root, g.offsets[root])]
      disc[root] = time
      low[root] = time
      time += 1
      var rootChildren = 0
      while !stack.isEmpty {
        let (v, i) = stack[stack.count - 1]
        if i < g.offsets[v + 1] {
          stack[stack.count - 1].next += 1
          let u = Int(g.targets[i])
          if disc[u] < 0 {
            parent[u] = v
            if v == root { rootChildren += 1 }
            disc[u] = time
            low[u] = time
            time += 1
            stack.append((u, g.offsets[u]))
          } else if u != parent[v] {
            low[v] = min(low[v], disc[u])
          }
        } else {
          stack.removeLast()
          let p = parent[v]
          if p >= 0 {
            low[p] = min(low[p], low[v])
            if low[v] > disc[p] { bridges.append((NodeIndex(min(p, v)), NodeIndex(max(p, v)))) }
            if p != root && low[v] >= disc[p] { isCut[p] = true }
          }
        }
      }
      if rootChildren > 1 { isCut[root] = true }
    }
    bridges.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    return (bridges, (0..<n).filter { isCut[$0] }.map { NodeIndex($0) })
  }
}
