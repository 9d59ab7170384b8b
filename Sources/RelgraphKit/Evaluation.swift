import EntityExtraction
import Foundation

/// A gold file (shared/gold/seeds.json format).
public struct GoldFile: Sendable, Decodable {
  public struct Entity: Sendable, Decodable {
    public var name: String
    public var kind: String
    public var aliases: [String]?
    public var required: Bool?
  }
  public struct Relation: Sendable, Decodable {
    public var source: String
    public var target: String
    public var kind: String
    public var undirected: Bool?
    public var date: String?
  }
  public struct Doc: Sendable, Decodable {
    public var file: String
    public var language: String?
    public var date: String?
    public var entities: [Entity]
    public var relations: [Relation]?
  }
  public var documents: [Doc]

  public static func load(_ path: String) throws(GoldError) -> GoldFile {
    guard let d = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
    do { return try JSONDecoder().decode(GoldFile.self, from: d) } catch {
      throw .malformed(path: path, reason: Catalog.describe(error))
    }
  }
}

/// Errors reading a gold file.
public enum GoldError: Error, CustomStringConvertible, Equatable {
  case unreadable(path: String)
  case malformed(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let p): "cannot read gold file \(p)"
    case .malformed(let p, let r): "gold file \(p) is not in the gold format: \(r)"
    }
  }
}

/// Scores extraction against gold the way shared/tools/score.py does, and breaks the
/// result down by language and kind.
public enum Evaluation {
  public struct Counts: Sendable {
    public var tp = 0, fp = 0, fn = 0, kindOK = 0, matched = 0
    public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    public var recall: Double { Double(tp) / Double(max(1, tp + fn)) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var kindAccuracy: Double { Double(kindOK) / Double(max(1, matched)) }
  }

  public struct Report: Sendable {
    public var overall = Counts()
    public var byLanguage: [String: Counts] = [:]
    public var byKind: [String: Counts] = [:]
    public var relGold = 0, relPair = 0, relTyped = 0, sysRel = 0, sysRelCorrect = 0
    public var details: [String] = []

    public var pairRecall: Double { Double(relPair) / Double(max(1, relGold)) }
    public var typedRecall: Double { Double(relTyped) / Double(max(1, relGold)) }
    public var relationPrecision: Double { Double(sysRelCorrect) / Double(max(1, sysRel)) }

    func r3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    public var json: [String: Any] {
      func c(_ x: Counts) -> [String: Any] {
        ["precision": r3(x.precision), "recall": r3(x.recall), "f1": r3(x.f1), "kind_accuracy": r3(x.kindAccuracy), "tp": x.tp, "fp": x.fp, "fn": x.fn]
      }
      return [
        "entity_precision": r3(overall.precision), "entity_recall": r3(overall.recall), "entity_f1": r3(overall.f1),
        "kind_accuracy": r3(overall.kindAccuracy), "relation_pair_recall": r3(pairRecall), "relation_typed_recall": r3(typedRecall),
        "relation_precision": r3(relationPrecision), "system_relations": sysRel, "tp": overall.tp, "fp": overall.fp, "fn": overall.fn,
        "by_language": byLanguage.mapValues(c), "by_kind": byKind.mapValues(c),
      ]
    }

    public var summary: String {
      var s = String(format: "entities: precision %.3f  recall %.3f  F1 %.3f  kind accuracy %.3f  (tp %d, fp %d, fn %d)\n", overall.precision, overall.recall, overall.f1, overall.kindAccuracy, overall.tp, overall.fp, overall.fn)
      if relGold == 0 {
        s += "relations: not scored (the gold lists no relations; \(sysRel) stated system relations)\n"
      } else {
        s += String(format: "relations: pair recall %.3f  same-kind recall %.3f  precision %.3f  (%d gold, %d stated system relations)\n", pairRecall, typedRecall, relationPrecision, relGold, sysRel)
      }
      for (title, table) in [("by language", byLanguage), ("by kind (gold kind)", byKind)] {
        s += title + ":\n"
        for k in table.keys.sorted() {
          let c = table[k]!
          s += String(format: "  %-13@ P %.3f  R %.3f  F1 %.3f  kind %.3f  (tp %d, fp %d, fn %d)\n", k as NSString, c.precision, c.recall, c.f1, c.kindAccuracy, c.tp, c.fp, c.fn)
        }
      }
      return s
    }
  }

  // MARK: - score.py's normalisation, ported

  static let quoteChars: Set<Character> = ["«", "»", "“", "”", "„", "\"", "'", "’", "`", "(", ")"]

  public static func norm(_ s: String) -> String {
    var t = s.precomposedStringWithCompatibilityMapping.lowercased().replacingOccurrences(of: "ё", with: "е")
    t = String(t.map { quoteChars.contains($0) ? " " : $0 })
    t = String(t.unicodeScalars.map { (0x2010...0x2015).contains($0.value) || $0.value == 0x2212 ? "-" : Character($0) })
    // \s*-\s* → -
    var out = ""
    var pendingSpace = false
    for ch in t {
      if ch.isWhitespace {
        pendingSpace = true
      } else if ch == "-" {
        pendingSpace = false
        out.append("-")
      } else {
        if pendingSpace && !out.isEmpty && out.last != "-" { out.append(" ") }
        pendingSpace = false
        out.append(ch)
      }
    }
    return out
  }

  static func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark } }

  static func stems(_ s: String) -> Set<String> {
    var out = Set<String>()
    var cur = ""
    func flush() {
      if cur.count > 1 || (cur.count == 1 && cur.allSatisfy(\.isNumber)) { out.insert(String(cur.prefix(5))) }
      cur = ""
    }
    for ch in norm(s) { if isWord(ch) { cur.append(ch) } else { flush() } }
    flush()
    return out
  }

  static func similarity(_ sf: Set<String>, _ gf: Set<String>) -> Double {
    if !sf.isDisjoint(with: gf) { return 1 }
    var best = 0.0
    for a in sf {
      let sa = stems(a)
      if sa.isEmpty { continue }
      for b in gf {
        let sb = stems(b)
        if sb.isEmpty { continue }
        best = max(best, Double(sa.intersection(sb).count) / Double(sa.union(sb).count))
      }
    }
    return best
  }

  static func match(_ sys: [ExtractedEntity], _ gold: [GoldFile.Entity]) -> [Int: Int] {
    var pairs: [(sim: Double, req: Bool, order: Int, i: Int, j: Int)] = []
    let gForms = gold.map { g in Set(([g.name] + (g.aliases ?? [])).filter { !$0.isEmpty }.map(norm)) }
    for (i, s) in sys.enumerated() {
      let sf = Set(([s.label] + s.aliases + s.mentions.map(\.text)).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(norm))
      for (j, g) in gold.enumerated() {
        let sim = similarity(sf, gForms[j])
        if sim >= 0.6 { pairs.append((sim, g.required ?? true, pairs.count, i, j)) }
      }
    }
    pairs.sort { ($0.sim != $1.sim) ? $0.sim > $1.sim : ($0.req != $1.req ? $0.req : $0.order < $1.order) }
    var usedS = Set<Int>(), usedG = Set<Int>()
    var m: [Int: Int] = [:]
    for p in pairs where !usedS.contains(p.i) && !usedG.contains(p.j) {
      usedS.insert(p.i)
      usedG.insert(p.j)
      m[p.i] = p.j
    }
    return m
  }

  public static func score(gold: GoldFile, system: [DocumentExtraction]) -> Report {
    var rep = Report()
    var byFile: [String: DocumentExtraction] = [:]
    for d in system { byFile[(d.file as NSString).lastPathComponent] = d }
    for gd in gold.documents {
      let sd = byFile[gd.file]
      let se = sd?.entities ?? []
      let ge = gd.entities
      let m = match(se, ge)
      let lang = gd.language ?? sd?.language ?? "und"
      var c = Counts()
      c.tp = m.values.filter { ge[$0].required ?? true }.count
      c.fp = se.count - m.count
      c.fn = ge.filter { $0.required ?? true }.count - c.tp
      c.matched = m.count
      c.kindOK = m.filter { se[$0.key].kind.rawValue == ge[$0.value].kind }.count
      for x in [\Report.overall] { rep[keyPath: x].tp += c.tp; rep[keyPath: x].fp += c.fp; rep[keyPath: x].fn += c.fn; rep[keyPath: x].matched += c.matched; rep[keyPath: x].kindOK += c.kindOK }
      var l = rep.byLanguage[lang] ?? Counts()
      l.tp += c.tp; l.fp += c.fp; l.fn += c.fn; l.matched += c.matched; l.kindOK += c.kindOK
      rep.byLanguage[lang] = l
      // per gold kind (spurious entities go to their system kind)
      for (j, g) in ge.enumerated() where g.required ?? true {
        var k = rep.byKind[g.kind] ?? Counts()
        if let i = m.first(where: { $0.value == j })?.key {
          k.tp += 1
          k.matched += 1
          if se[i].kind.rawValue == g.kind { k.kindOK += 1 }
        } else {
          k.fn += 1
        }
        rep.byKind[g.kind] = k
      }
      for (i, s) in se.enumerated() where m[i] == nil {
        rep.byKind[s.kind.rawValue, default: Counts()].fp += 1
        rep.details.append("  \(gd.file)  spurious  \(s.kind.rawValue): \(s.label)")
      }
      for (j, g) in ge.enumerated() where (g.required ?? true) && !m.values.contains(j) {
        rep.details.append("  \(gd.file)  missed    \(g.kind): \(g.name)")
      }
      for (i, j) in m where se[i].kind.rawValue != ge[j].kind {
        rep.details.append("  \(gd.file)  kind      \(se[i].label): \(se[i].kind.rawValue) ≠ \(ge[j].kind)")
      }
      // relations
      var id2gold: [String: String] = [:]
      for (i, j) in m { id2gold[se[i].id] = ge[j].name }
      var sysPairs = Set<Set<String>>(), sysTyped = Set<String>()
      let goldPairs = Set((gd.relations ?? []).map { Set([$0.source, $0.target]) })
      for r in sd?.relations ?? [] where r.kind != .coMentioned {
        // precision is over *stated* relations: catalogue facts are not claims about the text
        if !r.fromCatalog { rep.sysRel += 1 }
        if let a = id2gold[r.source], let b = id2gold[r.target] {
          sysPairs.insert([a, b])
          sysTyped.insert([a, b].sorted().joined(separator: "|") + "|" + r.kind.rawValue)
          if goldPairs.contains([a, b]) && !r.fromCatalog { rep.sysRelCorrect += 1 }
        } else if !r.fromCatalog {
          rep.details.append("  \(gd.file)  rel-spurious  \(r.source) -\(r.kind.rawValue)- \(r.target)")
        }
        if let a = id2gold[r.source], let b = id2gold[r.target], !goldPairs.contains([a, b]), !r.fromCatalog {
          rep.details.append("  \(gd.file)  rel-spurious  \(r.source) -\(r.kind.rawValue)- \(r.target)  (\(a) / \(b))")
        }
      }
      for r in gd.relations ?? [] {
        rep.relGold += 1
        let p: Set<String> = [r.source, r.target]
        if sysPairs.contains(p) { rep.relPair += 1 } else { rep.details.append("  \(gd.file)  rel-miss  \(r.source) -\(r.kind)- \(r.target)") }
        if sysTyped.contains(p.sorted().joined(separator: "|") + "|" + r.kind) { rep.relTyped += 1 }
      }
    }
    return rep
  }
}
