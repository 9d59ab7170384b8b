import EntityExtraction
import Foundation
import GraphAlgorithms
import GraphExport
import GraphModel
import GraphvizRender

/// What to draw: the whole graph or a focused part of it, and how.
public struct DiagramRequest: Sendable {
  public var focus: String?
  public var depth = 1
  public var top: Int?
  public var topBy: Measure = .pagerank
  public var path: (String, String)?
  public var kinds: Set<EntityKind>?
  public var since: String?
  public var until: String?
  public var language: String?
  public var cluster: DOTWriter.Cluster = .none
  public var sizeBy: Measure?
  public var showCoMentions = true
  public var title: String?
  public init() {}
}

/// Graph → subgraph → DOT, and the choice of layout engine by size.
public enum Diagram {
  /// Nodes above which `auto` switches from dot to sfdp.
  public static let dotLimit = 150

  public static func engine(auto nodeCount: Int) -> LayoutEngine { nodeCount <= dotLimit ? .dot : .sfdp }

  /// Selects what the request asks for and writes it as DOT.
  public static func dot(_ full: PropertyGraph, _ r: DiagramRequest, engine: LayoutEngine) throws -> String {
    var g = full
    var filter = GraphSnapshot.Filter()
    filter.since = r.since
    filter.until = r.until
    if r.since != nil || r.until != nil { g = GraphSnapshot(g, filter: filter).graph }
    if let kinds = r.kinds { g = g.subgraph(Set(g.nodes.filter { $0.kind.map(kinds.contains) ?? false }.map(\.id))) }
    if !r.showCoMentions {
      g = g.filteringEdges { $0.isStated }
    }
    if r.cluster == .country {
      // the country's cluster already shows containment: no edge from a member to its country
      g = g.filteringEdges { e in !(e.origin == .catalog && g.node(e.target)?.subkind == "country") }
    }
    var highlight = Set<String>()
    if let (a, b) = r.path {
      let snap = GraphSnapshot(g)
      let answer = PathAnswer.find(snap, from: a, to: b)
      guard let p = answer.paths.first else {
        return try dotFor(g.subgraph([a, b]), r, engine: engine, highlight: [])
      }
      let ids = Set(p.nodes.map(\.id))
      for (x, y) in zip(p.nodes, p.nodes.dropFirst()) { highlight.insert("\(x.id)|\(y.id)") }
      g = g.subgraph(ids)
      // a co-mention beside a stated relation of the same pair adds nothing to a path drawing
      let statedPairs = Set(g.edges.filter(\.isStated).map { [$0.source, $0.target].sorted().joined(separator: "|") })
      g = g.filteringEdges { e in
        let onPath = highlight.contains("\(e.source)|\(e.target)") || highlight.contains("\(e.target)|\(e.source)")
        return onPath && (e.isStated || !statedPairs.contains([e.source, e.target].sorted().joined(separator: "|")))
      }
    } else if let f = r.focus {
      let snap = GraphSnapshot(g)
      guard let i = snap.index[f] else { return try dotFor(PropertyGraph(), r, engine: engine, highlight: []) }
      let ids = snap.compact.neighborhood(of: NodeIndex(i), depth: r.depth).map { snap.ids[Int($0)] }
      g = g.subgraph(Set(ids))
    }
    if !r.showCoMentions || r.cluster == .country {
      // nodes left without any link carry no information in a link diagram
      var linked = Set<String>()
      for e in g.edges { linked.insert(e.source); linked.insert(e.target) }
      if let f = r.focus { linked.insert(f) }
      if let (a, b) = r.path { linked.insert(a); linked.insert(b) }
      g = g.subgraph(linked)
    }
    if let top = r.top, g.nodeCount > top {
      let snap = GraphSnapshot(g)
      let s = try r.topBy.scores(snap)
      let keep = s.indices.sorted { (s[$0], snap.ids[$1]) > (s[$1], snap.ids[$0]) }.prefix(top).map { snap.ids[$0] }
      g = g.subgraph(Set(keep))
    }
    return try dotFor(g, r, engine: engine, highlight: highlight)
  }

  static func dotFor(_ g: PropertyGraph, _ r: DiagramRequest, engine: LayoutEngine, highlight: Set<String>) throws -> String {
    var o = DOTWriter.Options()
    o.language = r.language
    o.cluster = r.cluster
    o.highlight = highlight
    o.title = r.title
    o.engine = engine.rawValue
    o.showCoMentions = r.showCoMentions
    if r.cluster == .community || r.sizeBy != nil {
      let snap = GraphSnapshot(g)
      if r.cluster == .community {
        let p = snap.compact.louvain(seed: 7)
        for (i, c) in p.membership.enumerated() { o.communities[snap.ids[i]] = c }
      }
      if let m = r.sizeBy, g.nodeCount > 0 {
        let s = try m.scores(snap)
        let mx = s.max() ?? 1
        for (i, v) in s.enumerated() { o.sizeBy[snap.ids[i]] = mx > 0 ? v / mx : 0 }
      }
    }
    return DOTWriter(options: o).write(g)
  }
}

/// Writes files atomically: a temporary file in the same directory, then a rename, so a
/// reader never sees half a file and a failure leaves the old one in place.
public enum AtomicFile {
  public enum Failure: Error, CustomStringConvertible {
    case missingDirectory(String)
    case unwritable(path: String, reason: String)
    public var description: String {
      switch self {
      case .missingDirectory(let d): "output directory \(d) does not exist"
      case .unwritable(let p, let r): "cannot write \(p): \(r)"
      }
    }
  }

  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { throw .missingDirectory(dir) }
    let tmp = dir + "/." + url.lastPathComponent + ".tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes)) else {
      throw .unwritable(path: path, reason: "permission denied")
    }
    if rename(tmp, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(tmp)
      throw .unwritable(path: path, reason: reason)
    }
  }

  public static func write(_ text: String, to path: String) throws(Failure) { try write(Array(text.utf8), to: path) }
}
