import Foundation
import GRDB
import GraphAlgorithms
import RelgraphKit
import Testing

/// The store's saved topology must be the graph a full load gives, and answers from it the
/// answers a full load gives.
@Suite struct TopologyTests {
  /// A seeded random graph with stated and co-mention relations, parallel relations of
  /// different kinds, both directions, and evidence.
  static func randomGraph(seed: UInt64, nodes: Int = 80, edges: Int = 260) -> PropertyGraph {
    var rng = SplitMix64(seed: seed)
    var g = PropertyGraph()
    for i in 0..<nodes {
      g.upsert(
        Node(
          id: "n\(i * 7919 % nodes)", label: "Node \(i)", kind: i % 3 == 0 ? .person : .organization
        ))
    }
    let kinds: [RelationKind] = [.coMentioned, .coMentioned, .metWith, .partnerOf, .memberOf]
    for e in 0..<edges {
      let a = Int(rng.next() % UInt64(nodes))
      let b = Int(rng.next() % UInt64(nodes))
      let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
      let w = Double(1 + rng.next() % 4)
      g.add(
        Edge(
          source: "n\(a)", target: "n\(b)", kind: kind, weight: w,
          evidence: [
            EdgeEvidence(
              document: "d\(e % 5).txt", sentence: e, start: e, end: e + 3, text: "sentence \(e)")
          ]))
    }
    return g
  }

  static func store(_ g: PropertyGraph) throws -> GraphStore {
    let s = try GraphStore(
      path: NSTemporaryDirectory() + "relgraph-topo-\(UUID().uuidString).db", create: true)
    try s.replace(with: g)
    return s
  }

  /// Removes a test store's database with SQLite's side files.
  static func remove(_ s: GraphStore) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: s.path + suffix) }
  }

  @Test(
    "the saved topology equals the full load's snapshot: ids, CSR arrays, stated flags",
    arguments: [UInt64(1), 2, 3])
  func sameGraph(seed: UInt64) throws {
    let s = try Self.store(Self.randomGraph(seed: seed))
    defer { Self.remove(s) }
    try Topology.rebuild(s)
    let t = try #require(try Topology.cached(in: s))
    let snap = GraphSnapshot(try s.load())
    #expect((0..<t.nodeCount).map(t.id) == snap.ids)
    #expect(t.compact.offsets == snap.compact.offsets)
    #expect(t.compact.targets == snap.compact.targets)
    #expect(t.compact.weights == snap.compact.weights)
    #expect(t.compact.inArcToOutArc == snap.compact.inArcToOutArc)
    #expect(t.stated == snap.stated)
    #expect(t.index(of: snap.ids[5]) == 5 && t.index(of: "no such id") == nil)
  }

  @Test(
    "path answers from the topology equal those from a full load (nodes, costs, relations with evidence)",
    arguments: [UInt64(4), 5])
  func sameAnswers(seed: UInt64) throws {
    let s = try Self.store(Self.randomGraph(seed: seed))
    defer { Self.remove(s) }
    let t = try Topology.rebuild(s)
    let snap = GraphSnapshot(try s.load())
    var connected = 0
    for (a, b) in [("n0", "n1"), ("n3", "n77"), ("n10", "n42"), ("n5", "n6"), ("n60", "n2")] {
      for cost in CostTransform.allCases {
        for select in [PathAnswer.Selection.shortest(k: 3), .allTied(limit: 50)] {
          let full = PathAnswer.find(snap, from: a, to: b, select: select, cost: cost)
          let fast = try PathAnswer.find(
            in: s, topology: t, from: a, to: b, select: select, cost: cost)
          #expect(fast.paths.map { $0.nodes.map(\.id) } == full.paths.map { $0.nodes.map(\.id) })
          #expect(fast.paths.map(\.cost) == full.paths.map(\.cost))
          #expect(
            fast.paths.map { $0.hops.map(\.relations) }
              == full.paths.map { $0.hops.map(\.relations) })
          #expect(fast.from == full.from && fast.to == full.to)
          if !full.paths.isEmpty { connected += 1 }
        }
      }
    }
    #expect(connected > 0, "the fixture graph must exercise real paths")
  }

  @Test(
    "a store changed since, or a damaged cache, has no topology: commands fall back to the full load"
  )
  func staleOrDamaged() throws {
    let s = try Self.store(Self.randomGraph(seed: 6))
    defer { Self.remove(s) }
    try Topology.rebuild(s)
    #expect(try Topology.cached(in: s) != nil)
    try s.replace(with: Self.randomGraph(seed: 7))
    #expect(try Topology.cached(in: s) == nil, "revision moved on")
    try Topology.rebuild(s)
    let q = try DatabaseQueue(path: s.path)
    try q.write {
      try $0.execute(sql: "UPDATE cache SET value = zeroblob(12) WHERE name = 'topology.targets'")
    }
    #expect(try Topology.cached(in: s) == nil, "inconsistent arrays")
  }

  @Test("`relgraph path` prints the same answer from the saved topology and from a full load")
  func cliSameOutput() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("k.db").path
    #expect(
      try E2E.run(["import", "graphs/reference/lesmis.edges", "--from", "edgelist", "--graph", db])
        .status == 0)
    let args = ["path", "0", "76", "--graph", db, "--format", "json", "--k", "3"]
    let tied = ["path", "0", "76", "--graph", db, "--format", "json", "--all", "--cost", "unit"]
    let fast = try E2E.run(args), fastTied = try E2E.run(tied)
    #expect(fast.status == 0 && fastTied.status == 0)
    try DatabaseQueue(path: db).write { try $0.execute(sql: "DROP TABLE cache") }
    let full = try E2E.run(args), fullTied = try E2E.run(tied)
    #expect(full.status == 0 && !full.stdout.isEmpty)
    #expect(fast.stdout == full.stdout)
    #expect(fastTied.stdout == fullTied.stdout)
    #expect((try E2E.json(fullTied.stdout)["paths"] as! [Any]).count == 3, "les Misérables has 3 tied paths from 0 to 76 by hops (NetworkX)")
    // a name that is not an exact id still resolves on the fast route
    let edges = d.appendingPathComponent("f.edges")
    try "Medici Strozzi 2\nStrozzi Peruzzi\nMedici Albizzi\n".write(
      to: edges, atomically: true, encoding: .utf8)
    #expect(try E2E.run(["import", edges.path, "--from", "edgelist", "--graph", db]).status == 0)
    let named = try E2E.json(
      try E2E.run(["path", "medici", "PERUZZI", "--graph", db, "--format", "json"]).stdout)
    #expect(
      (named["paths"] as! [[String: Any]]).first?["nodes"].map {
        ($0 as! [[String: Any]]).map { $0["id"] as! String }
      } == ["Medici", "Strozzi", "Peruzzi"])
  }
}
