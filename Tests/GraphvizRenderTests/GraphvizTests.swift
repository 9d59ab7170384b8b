import Foundation
import Testing

@testable import GraphvizRender

@Suite struct GraphvizTests {
  let dot = "digraph { \"a\" -> \"b\"; \"b\" -> \"c\"; }"

  @Test("every engine renders every format", arguments: LayoutEngine.allCases)
  func engines(_ e: LayoutEngine) throws {
    for f in [OutputFormat.svg, .png, .pdf, .dot] {
      let r = try Graphviz.render(dot: dot, layout: e, format: f)
      #expect(!r.data.isEmpty, "\(e) \(f)")
    }
    let png = try Graphviz.render(dot: dot, layout: e, format: .png).data
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let pdf = try Graphviz.render(dot: dot, layout: e, format: .pdf).data
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
  }

  @Test("a syntax error is a parse error with Graphviz's own message")
  func syntax() {
    do {
      _ = try Graphviz.render(dot: "digraph { a -> ; }")
      Issue.record("expected an error")
    } catch {
      #expect(error.stage == .parse)
      #expect(error.message.contains("syntax error"))
    }
  }

  @Test("a malformed HTML label is caught although layout and render return 0")
  func htmlLabel() {
    do {
      _ = try Graphviz.render(dot: "digraph { a [label=<<b>Китай</i>>]; }")
      Issue.record("expected an error")
    } catch {
      #expect(error.message.lowercased().contains("mismatched"))
    }
  }

  @Test("a valid graph after a failed one is not blamed for the old error")
  func sticky() throws {
    _ = try? Graphviz.render(dot: "digraph { a -> ; }")
    let r = try Graphviz.render(dot: dot)
    #expect(!r.data.isEmpty)
  }

  @Test("concurrent renders are serialised and all succeed")
  func concurrent() async throws {
    try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<16 {
        group.addTask { try Graphviz.render(dot: "digraph { \"n\(i)\" -> \"m\(i)\"; }", layout: i % 2 == 0 ? .dot : .neato).data.count }
      }
      for try await n in group { #expect(n > 0) }
    }
  }

  @Test("an oversized bitmap is scaled down with a warning")
  func bitmapLimit() throws {
    var s = "digraph { rankdir=LR; "
    for i in 0..<400 { s += "\"n\(i)\" -> \"n\(i + 1)\"; " }
    s += "}"
    let r = try Graphviz.render(dot: s, layout: .dot, format: .png, maxBitmapSide: 4000)
    #expect(r.diagnostics.contains { $0.message.contains("dpi") })
  }

  @Test("clusters come out in the order the DOT declares them, whatever the heap did")
  func clusterOrder() throws {
    // The cluster names are interned first in reverse order (as labels), so with cgraph's
    // default ID discipline (ID = address of the interned name) they sorted backwards.
    var s = "digraph { "
    for i in (0..<12).reversed() { s += "\"label\(i)\" [label=\"cluster_\(i)\"]; " }
    for i in 0..<12 { s += "subgraph \"cluster_\(i)\" { label=\"C\(i)\"; \"n\(i)\"; } " }
    s += "}"
    let first = try Graphviz.render(dot: s).data
    let svg = String(decoding: first, as: UTF8.self)
    let titles = svg.split(separator: "\n").filter { $0.hasPrefix("<title>cluster_") }.map(String.init)
    #expect(titles == (0..<12).map { "<title>cluster_\($0)</title>" })
    for _ in 0..<3 { #expect(try Graphviz.render(dot: s).data == first) }
  }

  @Test("the capability report lists the engines and formats relgraph uses")
  func capabilities() {
    let c = Graphviz.capabilities()
    for e in LayoutEngine.allCases { #expect(c.layouts.contains(e.rawValue)) }
    for f in ["svg", "png", "pdf"] { #expect(c.formats.contains(f)) }
  }
}

