import EntityExtraction
import Foundation
import GraphAlgorithms
import TextIngest

/// The `relgraph extract --format json` document (SPEC: "JSON shapes"), written by hand:
/// JSONSerialization on nested dictionaries was most of the cost of `extract` on large corpora.
public enum ExtractionJSON {
  public static func encode(_ docs: [DocumentExtraction]) -> String {
    var bytes: [UInt8] = []
    write(docs, to: { bytes += $0 })
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Streams the document as UTF-8 chunks, one extraction per chunk after the header.
  /// Extractions are serialised in parallel (each independently), then handed to `out` in
  /// order, so the text is the same on any number of cores.
  public static func write(_ docs: [DocumentExtraction], to out: ([UInt8]) -> Void) {
    withoutActuallyEscaping(out) { out in
      var w = Writer(out)
      w.add(docs)
      w.finish()
    }
  }

  /// The document written in installments, for extractions that arrive in batches (the
  /// whole corpus need not be in memory). Nothing is written before the first extraction,
  /// so a run that yields none can still fail cleanly.
  public struct Writer {
    let out: ([UInt8]) -> Void
    public private(set) var written = 0

    public init(_ out: @escaping ([UInt8]) -> Void) { self.out = out }

    /// Appends extractions in order.
    public mutating func add(_ docs: [DocumentExtraction]) {
      let batch = 256
      var start = 0
      while start < docs.count {
        let end = min(docs.count, start + batch)
        let chunks = Slots<[UInt8]>(count: end - start)
        let first = start
        let before = written
        let serialise: @Sendable (Int) -> Void = { j in
          var w = JSONBytes()
          if before + j == 0 { w.raw("{\n  \"documents\": [\n") } else { w.raw(",\n") }
          document(docs[first + j], into: &w)
          chunks.set(j, w.bytes)
        }
        // (`RELGRAPH_THREADS=1` keeps to one thread here too)
        if WorkerThreads.count <= 1 {
          for j in 0..<(end - start) { serialise(j) }
        } else {
          DispatchQueue.concurrentPerform(iterations: end - start, execute: serialise)
        }
        for c in chunks.values() { out(c!) }
        written += end - start
        start = end
      }
    }

    /// Appends extractions already serialised by ``json(_:)``, in order.
    public mutating func add(serialised docs: [[UInt8]]) {
      for d in docs {
        out(Array((written == 0 ? "{\n  \"documents\": [\n" : ",\n").utf8))
        out(d)
        written += 1
      }
    }

    /// Closes the document (and opens it first when nothing was added).
    public func finish() {
      out(Array((written == 0 ? "{\n  \"documents\": [\n  ]\n}\n" : "\n  ]\n}\n").utf8))
    }
  }

  /// One extraction's JSON object as it stands in the document (for ``Writer/add(serialised:)``).
  public static func json(_ d: DocumentExtraction) -> [UInt8] {
    var w = JSONBytes()
    document(d, into: &w)
    return w.bytes
  }

  static func document(_ d: DocumentExtraction, into o: inout JSONBytes) {
    o.field("    {\"file\": ", d.file)
    o.field(", \"language\": ", d.language)
    o.field(", \"date\": ", d.date)
    o.raw(",\n     \"entities\": [")
    for (i, e) in d.entities.enumerated() {
      o.raw(i == 0 ? "\n      " : ",\n      ")
      o.field("{\"id\": ", e.id)
      o.field(", \"label\": ", e.label)
      o.field(", \"kind\": ", e.kind.rawValue)
      o.field(", \"subkind\": ", e.subkind)
      o.raw(", \"labels\": {")
      for (j, k) in e.labels.keys.sorted().enumerated() {
        if j > 0 { o.raw(", ") }
        o.string(k)
        o.field(": ", e.labels[k]!)
      }
      o.raw("}, \"aliases\": [")
      for (j, a) in e.aliases.enumerated() {
        if j > 0 { o.raw(", ") }
        o.string(a)
      }
      o.raw("], \"mentions\": [")
      for (j, m) in e.mentions.enumerated() {
        o.raw(j == 0 ? "{" : ", {")
        o.span(m.start, m.end, m.text)
      }
      o.raw("]}")
    }
    o.raw("],\n     \"relations\": [")
    var evidenceJSON: [Int: (start: Int, end: Int, bytes: [UInt8])] = [:]
    for (i, r) in d.relations.enumerated() {
      o.raw(i == 0 ? "\n      " : ",\n      ")
      o.field("{\"source\": ", r.source)
      o.field(", \"target\": ", r.target)
      o.field(", \"kind\": ", r.kind.rawValue)
      o.field(", \"date\": ", r.date)
      o.raw(", ")
      if let role = r.role {
        o.field("\"role\": ", role)
        o.raw(", ")
      }
      o.raw("\"weight\": ")
      o.int(max(1, r.evidence.count))
      o.raw(", \"evidence\": ")
      if r.fromCatalog {
        o.raw("[{\"source\": \"catalog\"}]}")
        continue
      }
      o.raw("[")
      for (j, ev) in r.evidence.enumerated() {
        if j > 0 { o.raw(", ") }
        // one sentence is the evidence of many relations: its JSON object is written once
        if let cached = evidenceJSON[ev.sentence], cached.start == ev.start, cached.end == ev.end {
          o.bytes.append(contentsOf: cached.bytes)
          continue
        }
        var e = JSONBytes()
        e.raw("{\"sentence\": ")
        e.int(ev.sentence)
        e.raw(", ")
        e.span(ev.start, ev.end, ev.text)
        evidenceJSON[ev.sentence] = (ev.start, ev.end, e.bytes)
        o.bytes.append(contentsOf: e.bytes)
      }
      o.raw("]}")
    }
    o.raw("]}")
  }
}

/// A UTF-8 byte buffer that JSON is written into: string literals are escaped byte by byte
/// (RFC 8259: quote, backslash and control characters; everything else copied as UTF-8), with
/// no intermediate `String` per value.
struct JSONBytes {
  var bytes: [UInt8] = []
  static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

  /// Raw text (a key with its punctuation) followed by a string value.
  mutating func field(_ key: StaticString, _ value: String?) {
    raw(key)
    string(value)
  }

  /// `"start": S, "end": E, "text": "…"}`: the tail of a mention or evidence object.
  mutating func span(_ start: Int, _ end: Int, _ text: String) {
    raw("\"start\": ")
    int(start)
    raw(", \"end\": ")
    int(end)
    field(", \"text\": ", text)
    raw("}")
  }

  /// `null` for nil.
  mutating func string(_ s: String?) {
    guard var s else {
      raw("null")
      return
    }
    bytes.append(UInt8(ascii: "\""))
    s.withUTF8 { u in
      var run = 0
      for i in 0..<u.count {
        let b = u[i]
        guard b == 0x22 || b == 0x5C || b < 0x20 else { continue }
        if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i])) }
        run = i + 1
        switch b {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default:
          raw("\\u00")
          bytes.append(Self.hex[Int(b >> 4)])
          bytes.append(Self.hex[Int(b & 0xF)])
        }
      }
      if u.count > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<u.count])) }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

/// Deterministic JSON text (sorted keys, two-space indent, no escaped slashes).
public enum JSONText {
  public static func encode(_ value: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
