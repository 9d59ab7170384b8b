import EntityExtraction
import Foundation
import GraphAlgorithms
import GraphModel
import GraphvizRender
import Testing

@testable import GraphExport

/// Hostile names through our DOT writer, parsed and rendered by libgvc: every label shows
/// exactly as given.
@Suite struct DOTWriterTests {
  static let hostile = [
    "Nur-Sultan", "1abc", "node", "a:b", "C:\\", "He said \"hi\"", "<b>x</b>", "line one\nline two", "Алматы", "阿拉木图",
    "🇰🇿 Kazakhstan", "\\N \\G \\E \\l", "strict", "graph", "{braces}", "Қазақстан", "שלום", "مرحبا", "a;b,c=d", "trailing\\",
  ]

  func graph(_ names: [String]) -> PropertyGraph {
    var g = PropertyGraph()
    for (i, n) in names.enumerated() { g.upsert(Node(id: "n\(i)", label: n, kind: EntityKind.allCases[i % 6])) }
    for i in 1..<names.count { g.add(Edge(source: "n\(i - 1)", target: "n\(i)", kind: .coMentioned, weight: Double(i))) }
    return g
  }

  /// What Graphviz shows for a label after escString processing (our writer's inverse).
  func shown(_ raw: String) -> String {
    var out = ""
    var it = raw.makeIterator()
    while let c = it.next() {
      if c == "\\", let n = it.next() { out.append(n == "n" ? "\n" : n) } else { out.append(c) }
    }
    return out
  }

  @Test("the must-show names parse and keep their labels")
  func mustShow() throws {
    let dot = DOTWriter(options: .init()).write(graph(Self.hostile))
    let nodes = try Graphviz.parse(dot: dot)
    let labels = Dictionary(nodes.map { ($0.name, $0.label ?? "") }, uniquingKeysWith: { a, _ in a })
    for (i, n) in Self.hostile.enumerated() {
      #expect(shown(labels["n\(i)"] ?? "") == n, "\(n)")
    }
  }

  @Test("rendered SVG shows every hostile name exactly")
  func svg() throws {
    let names = Self.hostile.filter { !$0.contains("\n") }
    let r = try Graphviz.render(dot: DOTWriter(options: .init()).write(graph(names)), layout: .dot, format: .svg)
    let svg = xmlDecoded(String(decoding: r.data, as: UTF8.self))
    for n in names {
      let xml = n.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      #expect(svg.contains(">\(n)</text>"), "\(n)")
      _ = xml
    }
  }

  @Test("1,000 random hostile names round-trip through libgvc", arguments: [UInt64(1), 2, 3, 4])
  func randomNames(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    let alphabet = Array("\"\\\n:{}[];,=<>&'-_ .#%`|/\t") + Array("abcXYZ019") + Array("АлматыҚазақстанәіңғүұқөһ") + Array("中国北京阿拉木图") + ["🇰🇿", "🐼", "\u{05E9}", "\u{0645}", "e\u{301}"].map { Character($0) }
    let keywords = ["node", "edge", "graph", "digraph", "subgraph", "strict", "1abc", "-1.5", "\\N", "\\G", "\\E", "<b>x</b>"]
    var names: [String] = []
    for _ in 0..<250 {
      var s = Int.random(in: 0..<4, using: &rng) == 0 ? keywords.randomElement(using: &rng)! : ""
      for _ in 0..<Int.random(in: 1...12, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
      names.append(s)
    }
    let dot = DOTWriter(options: .init()).write(graph(names))
    let nodes = try Graphviz.parse(dot: dot)
    let labels = Dictionary(nodes.map { ($0.name, $0.label ?? "") }, uniquingKeysWith: { a, _ in a })
    for (i, n) in names.enumerated() {
      let want = n.replacingOccurrences(of: "\r", with: "\n").unicodeScalars.map { c -> String in
        ((0...8).contains(c.value) || c.value == 0x0B || c.value == 0x0C || (0x0E...0x1F).contains(c.value) || c.value == 0x7F) ? " " : String(c)
      }.joined()
      #expect(shown(labels["n\(i)"] ?? "") == want, "\(n.debugDescription)")
    }
    _ = try Graphviz.render(dot: dot, layout: .sfdp, format: .svg)
  }

  @Test("same graph, byte-identical DOT; golden file")
  func golden() throws {
    var g = PropertyGraph()
    g.upsert(Node(id: "almaty", label: "Almaty", kind: .city, labels: ["ru": "Алматы"], parent: "kazakhstan"))
    g.upsert(Node(id: "kazakhstan", label: "Kazakhstan", kind: .region, subkind: "country"))
    g.upsert(Node(id: "shanghai", label: "Shanghai", kind: .city))
    g.add(Edge(source: "almaty", target: "shanghai", kind: .twinnedWith, date: "2025-06-16", weight: 2, evidence: [EdgeEvidence(document: "a.txt", sentence: 3, start: 10, end: 40, text: "Алматы и Шанхай стали \"побратимами\".")]))
    g.add(Edge(source: "almaty", target: "kazakhstan", kind: .partOf, origin: .catalog))
    var o = DOTWriter.Options()
    o.cluster = .country
    o.language = "ru"
    let a = DOTWriter(options: o).write(g)
    #expect(a == DOTWriter(options: o).write(PropertyGraph(nodes: g.nodes.reversed(), edges: g.edges.reversed())))
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/small-graph.dot")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil { try a.write(to: url, atomically: true, encoding: .utf8) }
    #expect(a == (try String(contentsOf: url, encoding: .utf8)), "re-record with RECORD_SNAPSHOTS=1 if the change is intended")
  }
}

/// Decodes the five named XML entities and numeric character references (`&#45;`).
func xmlDecoded(_ s: String) -> String {
  var out = ""
  var i = s.startIndex
  while i < s.endIndex {
    if s[i] == "&", let semi = s[i...].prefix(10).firstIndex(of: ";") {
      let name = String(s[s.index(after: i)..<semi])
      let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
      if let r = named[name] { out += r; i = s.index(after: semi); continue }
      if name.hasPrefix("#"), let v = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
        out.unicodeScalars.append(u)
        i = s.index(after: semi)
        continue
      }
    }
    out.append(s[i])
    i = s.index(after: i)
  }
  return out
}
