import EntityExtraction
import Foundation
import TextIngest

/// The `relgraph extract --format json` document (SPEC: "JSON shapes").
public enum ExtractionJSON {
  public static func encode(_ docs: [DocumentExtraction]) -> String {
    var out: [[String: Any]] = []
    for d in docs {
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
      out.append([
        "file": d.file, "language": d.language, "date": d.date as Any? ?? NSNull(), "entities": ents, "relations": rels,
      ])
    }
    return JSONText.encode(["documents": out])
  }
}

/// Deterministic JSON text (sorted keys, two-space indent, no escaped slashes).
public enum JSONText {
  public static func encode(_ value: Any) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
