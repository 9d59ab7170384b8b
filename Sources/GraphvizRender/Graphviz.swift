import CGraphviz
import Foundation
import Synchronization

/// The only Swift file that calls the Graphviz C API.
///
/// libcgraph/libgvc are not thread safe and report errors through process-wide state
/// (`agerrno`, `agmaxerr`, the `agseterrf` callback), so every call runs under one lock,
/// which owns the single `GVC_t` context. Each render resets the error state
/// (`agreseterrors`), captures messages through the callback instead of stderr, checks
/// `agerrors()` afterwards (a malformed HTML label returns 0 from layout and render, yet
/// is an error), and frees graph, layout and buffer in reverse order of creation.
public enum Graphviz {
  /// Lays out `dot` text with an engine and renders it to a format.
  ///
  /// For bitmaps larger than cairo's limit (about 32,767 px a side) the resolution is
  /// lowered so the image fits, with a warning diagnostic.
  public static func render(dot: String, layout: LayoutEngine = .dot, format: OutputFormat = .svg, maxBitmapSide: Double = 16_000) throws(RenderError) -> RenderResult {
    try session.withLock { (s: inout Session) throws(RenderError) -> RenderResult in
      guard let gvc = s.context else { throw RenderError(stage: .context, message: "gvContext() failed") }
      ErrorSink.reset()
      _ = cgv_reset_errors()
      guard let graph = cgv_read(dot) else { throw RenderError(stage: .parse, message: ErrorSink.text()) }
      defer { _ = cgv_close(graph) }
      if cgv_errors() > 0 { throw RenderError(stage: .parse, message: ErrorSink.text()) }
      guard cgv_layout(gvc, graph, layout.rawValue) == 0 else { throw RenderError(stage: .layout, message: ErrorSink.text()) }
      defer { _ = cgv_free_layout(gvc, graph) }
      var extra: [Diagnostic] = []
      if format.isBitmap {
        var w = 0.0, h = 0.0
        cgv_bounding_box(graph, &w, &h)
        let px = max(w, h) * 96 / 72
        if px > maxBitmapSide {
          let dpi = max(8, (96 * maxBitmapSide / px).rounded(.down))
          _ = cgv_set_graph_attr(graph, "dpi", String(Int(dpi)))
          extra.append(Diagnostic(level: .warning, message: "diagram is \(Int(px)) px wide at 96 dpi; rendered at \(Int(dpi)) dpi to stay within the bitmap limit (use SVG or PDF for full detail)"))
        }
      }
      var bytes: UnsafeMutablePointer<CChar>?
      var count = 0
      let fmt = format == .dot ? "canon" : format.rawValue == "xdot" ? "xdot" : format.rawValue
      guard cgv_render_data(gvc, graph, fmt, &bytes, &count) == 0, let bytes else {
        throw RenderError(stage: .render, message: ErrorSink.text())
      }
      defer { cgv_free_render_data(bytes) }
      let data = Array(UnsafeRawBufferPointer(start: bytes, count: count).bindMemory(to: UInt8.self))
      if cgv_errors() > 0 { throw RenderError(stage: .render, message: ErrorSink.text()) }
      return RenderResult(data: data, diagnostics: extra + ErrorSink.diagnostics())
    }
  }

  /// Sets a wall-clock limit for the rest of this process's layouts and renders; when it
  /// passes, the process exits with status 1 and a one-line message (see shim.h). 0 clears it.
  public static func setTimeLimit(seconds: UInt32) { cgv_set_time_limit(seconds) }

  /// Parses DOT without laying it out and returns node names with their labels (for
  /// round-trip tests of our DOT writer), or the parse error.
  public static func parse(dot: String) throws(RenderError) -> [(name: String, label: String?)] {
    try session.withLock { (_: inout Session) throws(RenderError) -> [(name: String, label: String?)] in
      ErrorSink.reset()
      _ = cgv_reset_errors()
      guard let graph = cgv_read(dot) else { throw RenderError(stage: .parse, message: ErrorSink.text()) }
      defer { _ = cgv_close(graph) }
      if cgv_errors() > 0 { throw RenderError(stage: .parse, message: ErrorSink.text()) }
      var out: [(String, String?)] = []
      let n = Int(cgv_node_count(graph))
      for i in 0..<n {
        guard let name = cgv_node_name_at(graph, Int32(i)) else { continue }
        let s = String(cString: name)
        out.append((s, cgv_node_attr(graph, name, "label").map { String(cString: $0) }))
      }
      return out
    }
  }

  /// The installed Graphviz's version, layout engines and output formats.
  public static func capabilities() -> GraphvizCapabilities {
    session.withLock { s in
      guard let gvc = s.context else { return GraphvizCapabilities(version: "unavailable", layouts: [], formats: []) }
      func list(_ kind: String) -> [String] {
        guard let p = cgv_plugins(gvc, kind) else { return [] }
        defer { free(p) }
        let names = String(cString: p).split(separator: "\n").map { String($0.split(separator: ":").first ?? "") }
        return Array(Set(names)).sorted()
      }
      return GraphvizCapabilities(version: cgv_version(gvc).map { String(cString: $0) } ?? "?", layouts: list("layout"), formats: list("device"))
    }
  }

  // MARK: - Session and error capture

  struct Session: ~Copyable {
    let context: OpaquePointer?
    init() {
      cgv_set_error_sink(errorCallback)
      context = cgv_context()
    }
  }

  private static let session = Mutex(Session())

  /// Collects what Graphviz reports. Only touched while `session` is locked.
  enum ErrorSink {
    nonisolated(unsafe) static var buffer = ""
    static func reset() { buffer = "" }
    static func text() -> String { buffer.trimmingCharacters(in: .whitespacesAndNewlines) }
    static func diagnostics() -> [Diagnostic] {
      // the callback gets "Warning"/"Error", ": " and the text as separate fragments
      buffer.split(separator: "\n").map { line in
        let l = line.trimmingCharacters(in: .whitespaces)
        if l.hasPrefix("Error") { return Diagnostic(level: .error, message: String(l.dropFirst(5).drop { $0 == ":" || $0 == " " })) }
        if l.hasPrefix("Warning") { return Diagnostic(level: .warning, message: String(l.dropFirst(7).drop { $0 == ":" || $0 == " " })) }
        return Diagnostic(level: .warning, message: l)
      }.filter { !$0.message.isEmpty }
    }
  }
}

private func errorCallback(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
  if let message { Graphviz.ErrorSink.buffer += String(cString: message) }
  return 0
}
