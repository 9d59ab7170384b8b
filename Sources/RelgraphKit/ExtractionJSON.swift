import EntityExtraction
import Foundation
import TextIngest

/// The `relgraph extract --format json` document (SPEC: "JSON shapes").
public enum ExtractionJSON {
  public static func encode(_ docs: [DocumentExtraction]) -> String {
    var text = ""
    write(docs, to: { text += $0 })
    return text
  }

  /// Streams the document one extraction at a time (memory stays flat on large corpora).
  public static func write(_ docs: [DocumentExtraction], to out: (String) -> Void) {
    out("{\n  \"documents\" : [\n")
    for (i, d) in docs.enumerated() {
      let one = JSONText.encode(object(d))
      out(one.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
      out(i + 1 < docs.count ? ",\n" : "\n")
    }
    out("  ]\n}\n")
  }

  static func object(_ d: DocumentExtraction) -> [String: Any] {
    do {
      let ents: [[String: Any]] = d.entities.map { e in
        [
          "id": e.id, "label": e.label, "kind": e.kind.rawValue, "subkind": e.subkind as Any? ?? NSNull(),
          "aliases": e.aliases, "labels": e.labels,
          "mentions": e.mentions.map { ["start": $0.start, "end": $0.end, "text": $0.text] },
        ]
      }
      let rels: [[String: Any]] = d.relations.map { r in
        var o: [String: Any] = [
          "source": r.source, "target": r.target, "kind": r.kind.rawValue, "date": r.date as Any? ?? NSNull(),
          "weight": max(1, r.evidence.count),
          "evidence": r.fromCatalog ? [["source": "catalog"]] : r.evidence.map { ["sentence": $0.sentence, "start": $0.start, "end": $0.end, "text": $0.text] as [String: Any] },
        ]
        if let role = r.role { o["role"] = role }
        return o
      }
      return [
        "file": d.file, "language": d.language, "date": d.date as Any? ?? NSNull(), "entities": ents, "relations": rels,
      ]
    }
  }
}

/// Deterministic JSON text (sorted keys, two-space indent, no escaped slashes).
public enum JSONText {
  public static func encode(_ value: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
