import EntityExtraction
import Foundation
import TextIngest

/// The `relgraph extract --format json` document (SPEC: "JSON shapes"), written by hand:
/// JSONSerialization on nested dictionaries was most of the cost of `extract` on large corpora.
public enum ExtractionJSON {
  public static func encode(_ docs: [DocumentExtraction]) -> String {
    var text = ""
    write(docs, to: { text += $0 })
    return text
  }

  /// Streams the document one extraction at a time (memory stays flat on large corpora).
  public static func write(_ docs: [DocumentExtraction], to out: (String) -> Void) {
    out("{\n  \"documents\": [\n")
    for (i, d) in docs.enumerated() {
      var o = ""
      document(d, into: &o)
      out(o + (i + 1 < docs.count ? ",\n" : "\n"))
    }
    out("  ]\n}\n")
  }

  static func document(_ d: DocumentExtraction, into o: inout String) {
    o += "    {\"file\": \(q(d.file)), \"language\": \(q(d.language)), \"date\": \(qn(d.date)),\n     \"entities\": ["
    for (i, e) in d.entities.enumerated() {
      o += i == 0 ? "\n      " : ",\n      "
      o += "{\"id\": \(q(e.id)), \"label\": \(q(e.label)), \"kind\": \(q(e.kind.rawValue)), \"subkind\": \(qn(e.subkind)), "
      o += "\"labels\": {" + e.labels.keys.sorted().map { "\(q($0)): \(q(e.labels[$0]!))" }.joined(separator: ", ") + "}, "
      o += "\"aliases\": [" + e.aliases.map(q).joined(separator: ", ") + "], "
      o += "\"mentions\": [" + e.mentions.map { "{\"start\": \($0.start), \"end\": \($0.end), \"text\": \(q($0.text))}" }.joined(separator: ", ") + "]}"
    }
    o += "],\n     \"relations\": ["
    for (i, r) in d.relations.enumerated() {
      o += i == 0 ? "\n      " : ",\n      "
      o += "{\"source\": \(q(r.source)), \"target\": \(q(r.target)), \"kind\": \(q(r.kind.rawValue)), \"date\": \(qn(r.date)), "
      if let role = r.role { o += "\"role\": \(q(role)), " }
      o += "\"weight\": \(max(1, r.evidence.count)), \"evidence\": "
      if r.fromCatalog {
        o += "[{\"source\": \"catalog\"}]}"
      } else {
        o += "[" + r.evidence.map { "{\"sentence\": \($0.sentence), \"start\": \($0.start), \"end\": \($0.end), \"text\": \(q($0.text))}" }.joined(separator: ", ") + "]}"
      }
    }
    o += "]}"
  }

  static func qn(_ s: String?) -> String { s.map(q) ?? "null" }

  /// A JSON string literal (RFC 8259 escaping; non-ASCII kept as UTF-8).
  static func q(_ s: String) -> String {
    var o = "\""
    o.reserveCapacity(s.utf8.count + 2)
    for u in s.unicodeScalars {
      switch u {
      case "\"": o += "\\\""
      case "\\": o += "\\\\"
      case "\n": o += "\\n"
      case "\r": o += "\\r"
      case "\t": o += "\\t"
      default:
        if u.value < 0x20 {
          let h = String(u.value, radix: 16)
          o += "\\u" + String(repeating: "0", count: 4 - h.count) + h
        } else {
          o.unicodeScalars.append(u)
        }
      }
    }
    return o + "\""
  }
}

/// Deterministic JSON text (sorted keys, two-space indent, no escaped slashes).
public enum JSONText {
  public static func encode(_ value: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
