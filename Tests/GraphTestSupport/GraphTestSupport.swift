import Foundation
import GraphAlgorithms

/// A NetworkX fixture: the graph in NodeIndex order and the expected answers.
public struct Fixture: Decodable, Sendable {
  public struct Expected: Decodable, Sendable {
    public var degree: [Double]
    public var betweenness: [Double]
    public var betweenness_raw: [Double]
    public var closeness: [Double]
    public var harmonic: [Double]
    public var pagerank: [Double]
    public var pagerank_personalized: [Double]?
    public var katz: [Double]
    public var edge_betweenness: [[Double]]
    public var betweenness_weighted: [Double]?
    public var closeness_weighted: [Double]?
    public var harmonic_weighted: [Double]?
    public var pagerank_weighted: [Double]?
    public var strength: [Double]?
    public var dijkstra_from_0: [Double?]?
    public var eigenvector: [Double]?
    public var bfs_from_0: [Int?]
    public var all_shortest_paths: [[Int]]?
    public var all_shortest_paths_weighted: [[Int]]?
    public var components: [Int]
    public var core_number: [Double]?
    public var louvain_modularity: Double?
    public var articulation_points: [Int]?
    public var bridges: [[Int]]?
  }
  public var name: String
  public var directed: Bool
  public var weighted: Bool
  public var n: Int
  public var labels: [String]
  public var edges: [[Double]]
  public var expected: Expected

  public func graph(weighted useWeights: Bool? = nil) -> CompactGraph {
    CompactGraph(nodeCount: n, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) }, directed: directed, weighted: useWeights ?? weighted)
  }

  public static let names = ["karate", "florentine", "lesmis", "davis", "path5", "star6", "complete5", "random-weighted", "random-disconnected", "random-directed"]

  public static func load(_ name: String, bundle: Bundle) -> Fixture {
    let url = bundle.url(forResource: name, withExtension: "json", subdirectory: "Fixtures")!
    return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }
}

/// Named generators for property tests.
public enum Generators {
  public static func path(_ n: Int) -> CompactGraph { CompactGraph(nodeCount: n, edges: (0..<max(0, n - 1)).map { ($0, $0 + 1, 1) }) }
  public static func star(_ n: Int) -> CompactGraph { CompactGraph(nodeCount: n, edges: (1..<max(1, n)).map { (0, $0, 1) }) }
  public static func complete(_ n: Int) -> CompactGraph {
    var e: [(Int, Int, Double)] = []
    for a in 0..<n { for b in (a + 1)..<max(a + 1, n) { e.append((a, b, 1)) } }
    return CompactGraph(nodeCount: n, edges: e)
  }
  /// G(n, p) with seeded strengths in 1...5.
  public static func random(n: Int, p: Double, seed: UInt64, directed: Bool = false) -> CompactGraph {
    var rng = SplitMix64(seed: seed)
    var e: [(Int, Int, Double)] = []
    for a in 0..<n {
      for b in 0..<n where (directed ? a != b : a < b) {
        if Double.random(in: 0..<1, using: &rng) < p { e.append((a, b, Double(Int.random(in: 1...5, using: &rng)))) }
      }
    }
    return CompactGraph(nodeCount: n, edges: e, directed: directed)
  }
}

/// Asserts two vectors agree within a tolerance; returns the worst difference.
public func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
  guard a.count == b.count else { return .infinity }
  return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
