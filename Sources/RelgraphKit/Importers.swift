import EntityExtraction
import Foundation
import GraphModel

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads graphs made elsewhere.
public enum Importers {
  public enum Format: String, Sendable, CaseIterable { case edgelist, graphml, json }

  public struct Failure: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int?
    public var reason: String
    public var description: String { "\(path)" + (line.map { ", line \($0)" } ?? "") + ": \(reason)" }
  }

  public static func load(_ path: String, as format: Format) throws(Failure) -> PropertyGraph {
    guard let data = FileManager.default.contents(atPath: path) else { throw Failure(path: path, line: nil, reason: "cannot read file") }
    if let bad = Loader.firstInvalidUTF8([UInt8](data)) { throw Failure(path: path, line: nil, reason: "not valid UTF-8 at byte \(bad)") }
    let text = String(decoding: data, as: UTF8.self)
    switch format {
    case .edgelist: return try edgeList(text, path: path)
    case .graphml: return try graphML(data, path: path)
    case .json: return try nodeLink(data, path: path)
    }
  }

  /// `SOURCE TARGET [WEIGHT]` per line, whitespace-separated, `#` comments. Ids are kept as
  /// given. Weights must be finite numbers; zero and negative weights are kept (see README:
  /// they make the link unusable for cost-based paths).
  public static func edgeList(_ text: String, path: String) throws(Failure) -> PropertyGraph {
    var g = PropertyGraph()
    var lineNo = 0
    // fields are split on UTF-8 bytes (space, tab, CR; '#' starts a comment): ids stay as given
    let bytes = Array(text.utf8)
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      lineNo += 1
      var f: [String] = []
      var i = lineStart
      while i < lineEnd && bytes[i] != 0x23 {
        while i < lineEnd && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D) { i += 1 }
        let st = i
        while i < lineEnd && bytes[i] != 0x20 && bytes[i] != 0x09 && bytes[i] != 0x0D && bytes[i] != 0x23 { i += 1 }
        if i > st { f.append(String(decoding: bytes[st..<i], as: UTF8.self)) }
      }
      lineStart = lineEnd + 1
      if f.isEmpty { continue }
      guard f.count == 2 || f.count == 3 else {
        throw Failure(path: path, line: lineNo, reason: "expected SOURCE TARGET [WEIGHT], found \(f.count) fields")
      }
      var w = 1.0
      if f.count == 3 {
        guard let x = Double(f[2]), x.isFinite else { throw Failure(path: path, line: lineNo, reason: "weight \"\(f[2])\" is not a finite number") }
        w = x
      }
      for id in [f[0], f[1]] where g.node(id) == nil { g.upsert(Node(id: id, label: id, kind: nil)) }
      g.add(Edge(source: f[0], target: f[1], kind: nil, weight: w, origin: .imported))
    }
    return g
  }

  /// NetworkX node-link JSON (`edges` or `links`), including relgraph's own export.
  public static func nodeLink(_ data: Data, path: String) throws(Failure) -> PropertyGraph {
    let obj: Any
    do { obj = try JSONSerialization.jsonObject(with: data) } catch {
      let ns = error as NSError
      let idx = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int
      let line = idx.map { i in data.prefix(i).filter { $0 == 0x0A }.count + 1 }
      throw Failure(path: path, line: line, reason: "malformed JSON")
    }
    guard let root = obj as? [String: Any], let nodes = root["nodes"] as? [[String: Any]] else {
      throw Failure(path: path, line: nil, reason: "expected an object with \"nodes\" and \"edges\" (node-link format)")
    }
    let edges = (root["edges"] ?? root["links"]) as? [[String: Any]] ?? []
    var g = PropertyGraph()
    func str(_ v: Any?) -> String? {
      if let s = v as? String { return s }
      if let n = v as? NSNumber { return n.stringValue }
      return nil
    }
    for (i, n) in nodes.enumerated() {
      guard let id = str(n["id"]) else { throw Failure(path: path, line: nil, reason: "node \(i) has no id") }
      g.upsert(Node(id: id, label: str(n["label"]) ?? id, kind: str(n["kind"]).flatMap(EntityKind.init(rawValue:)), subkind: str(n["subkind"]), labels: n["labels"] as? [String: String] ?? [:], aliases: n["aliases"] as? [String] ?? [], parent: str(n["parent"])))
    }
    for (i, e) in edges.enumerated() {
      guard let s = str(e["source"]), let t = str(e["target"]) else { throw Failure(path: path, line: nil, reason: "edge \(i) lacks source or target") }
      let ev = (e["evidence"] as? [[String: Any]] ?? []).compactMap { x -> EdgeEvidence? in
        guard let text = x["text"] as? String else { return nil }
        return EdgeEvidence(document: str(x["document"]) ?? "", sentence: x["sentence"] as? Int ?? 0, start: x["start"] as? Int ?? 0, end: x["end"] as? Int ?? 0, text: text, date: str(x["date"]))
      }
      let origin = str(e["origin"]).flatMap(EdgeSource.init(rawValue:)) ?? .imported
      g.add(Edge(source: s, target: t, kind: str(e["kind"]).flatMap(RelationKind.init(rawValue:)), role: str(e["role"]), date: str(e["date"]), weight: (e["weight"] as? NSNumber)?.doubleValue ?? 1, origin: origin, evidence: ev))
    }
    return g
  }

  /// GraphML: nodes, edges and their `data` by key name (`label`, `kind`, `weight`, …).
  public static func graphML(_ data: Data, path: String) throws(Failure) -> PropertyGraph {
    let d = GraphMLDelegate()
    let parser = XMLParser(data: data)
    parser.delegate = d
    if !parser.parse() || d.failure != nil {
      throw Failure(path: path, line: d.failureLine ?? parser.lineNumber, reason: d.failure ?? (parser.parserError.map { "malformed XML (\($0.localizedDescription))" } ?? "malformed XML"))
    }
    var g = PropertyGraph()
    for n in d.nodes {
      g.upsert(Node(id: n.id, label: n.data["label"] ?? n.id, kind: n.data["kind"].flatMap(EntityKind.init(rawValue:)), subkind: n.data["subkind"], aliases: n.data["aliases"].map { $0.split(separator: "|").map(String.init) } ?? [], parent: n.data["parent"]))
    }
    for e in d.edges {
      var w = 1.0
      if let s = e.data["weight"] {
        guard let x = Double(s), x.isFinite else { throw Failure(path: path, line: e.line, reason: "weight \"\(s)\" is not a number") }
        w = x
      }
      g.add(Edge(source: e.source, target: e.target, kind: e.data["kind"].flatMap(RelationKind.init(rawValue:)), role: e.data["role"], date: e.data["date"], weight: w, origin: .imported))
    }
    return g
  }
}

final class GraphMLDelegate: NSObject, XMLParserDelegate {
  struct N { var id: String; var data: [String: String] = [:] }
  struct E { var source: String; var target: String; var line: Int; var data: [String: String] = [:] }
  var keys: [String: String] = [:]
  var nodes: [N] = []
  var edges: [E] = []
  var currentKey: String?
  var text = ""
  var inNode = false, inEdge = false
  var failure: String?
  var failureLine: Int?

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
    switch name {
    case "key": if let id = a["id"] { keys[id] = a["attr.name"] ?? id }
    case "node":
      guard let id = a["id"] else { fail(parser, "node without id"); return }
      nodes.append(N(id: id))
      inNode = true
    case "edge":
      guard let s = a["source"], let t = a["target"] else { fail(parser, "edge without source or target"); return }
      edges.append(E(source: s, target: t, line: parser.lineNumber))
      inEdge = true
    case "data":
      currentKey = a["key"]
      text = ""
    default: break
    }
  }

  func fail(_ p: XMLParser, _ m: String) {
    if failure == nil {
      failure = m
      failureLine = p.lineNumber
    }
    p.abortParsing()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    switch name {
    case "data":
      guard let k = currentKey else { return }
      let key = keys[k] ?? k
      if inEdge, !edges.isEmpty { edges[edges.count - 1].data[key] = text } else if inNode, !nodes.isEmpty { nodes[nodes.count - 1].data[key] = text }
      currentKey = nil
    case "node": inNode = false
    case "edge": inEdge = false
    default: break
    }
  }
}
