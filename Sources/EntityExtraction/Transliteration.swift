import TextIngest

/// Transliteration between the scripts that Chinese, Kazakh and Russian names appear in.
///
/// * Chinese: the Palladius system (Russian Cyrillic for Mandarin, e.g. Цзян Вэй) to Hanyu
///   Pinyin (Jiang Wei) and back, syllable by syllable. A Cyrillic word is read as Chinese
///   only when it splits completely into Palladius syllables.
/// * Kazakh and Russian Cyrillic to Latin for slugs and cross-script matching (a simplified
///   BGN/PCGN: Рамазанова → ramazanova, Қасым → qasym).
public enum Transliteration {
  // MARK: - Pinyin ↔ Palladius

  /// Pinyin syllable → Palladius spelling. Generated from initials × finals with the
  /// standard spelling rules (j/q/x + u = ü; zhi/chi/shi/ri/zi/ci/si; y-/w- forms).
  public static let pinyinToPalladius: [String: String] = {
    let initials: [(String, String)] = [
      ("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"), ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л"),
      ("g", "г"), ("k", "к"), ("h", "х"), ("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("r", "ж"), ("z", "цз"),
      ("c", "ц"), ("s", "с"),
    ]
    let finals: [(String, String)] = [
      ("a", "а"), ("o", "о"), ("e", "э"), ("ai", "ай"), ("ei", "эй"), ("ao", "ао"), ("ou", "оу"), ("an", "ань"),
      ("en", "энь"), ("ang", "ан"), ("eng", "эн"), ("ong", "ун"), ("u", "у"), ("ua", "уа"), ("uo", "о"),
      ("uai", "уай"), ("ui", "уй"), ("uan", "уань"), ("un", "унь"), ("uang", "уан"), ("i", "и"), ("ia", "я"),
      ("ie", "е"), ("iao", "яо"), ("iu", "ю"), ("ian", "янь"), ("in", "инь"), ("iang", "ян"), ("ing", "ин"),
      ("iong", "юн"),
    ]
    var m: [String: String] = [:]
    for (pi, ci) in initials {
      for (pf, cf) in finals {
        var cyr = ci + cf
        if ["zh", "ch", "sh", "r", "z", "c", "s"].contains(pi) && pf == "i" {
          cyr = ci + (["z", "c", "s"].contains(pi) ? "ы" : "и")
        }
        if pi == "zh" || pi == "ch" || pi == "sh" || pi == "r" {
          if pf.hasBytePrefix("i") && pf != "i" { continue }
        }
        // (z, c and s take no i-final but the bare "i" of zi, ci, si)
        if pf.hasBytePrefix("i") && (["g", "k", "h", "f"].contains(pi) || ["z", "c", "s"].contains(pi) && pf != "i") { continue }
        // bare "o" follows only labials (bo po mo fo); elsewhere the syllable is -uo
        if pf == "o" && !["b", "p", "m", "f"].contains(pi) { continue }
        if pf == "uo" && ["b", "p", "m", "f"].contains(pi) { continue }
        if pf == "uo" { cyr = ci + (["b", "p", "m", "f"].contains(pi) ? "о" : "о") }
        if pf == "iu" && pi != "" { cyr = ci + "ю" }
        m[pi + pf] = cyr
      }
    }
    // j q x: before i / ü only
    for (pi, ci) in [("j", "цз"), ("q", "ц"), ("x", "с")] {
      for (pf, cf) in finals where pf.hasBytePrefix("i") { m[pi + pf] = ci + cf }
      for (pf, cf) in [("u", "юй"), ("ue", "юэ"), ("uan", "юань"), ("un", "юнь")] { m[pi + pf] = ci + cf }
    }
    for (p, c) in [("nü", "нюй"), ("lü", "люй"), ("nüe", "нюэ"), ("lüe", "люэ"), ("lv", "люй"), ("nv", "нюй")] { m[p] = c }
    // zero-initial syllables
    let zero: [(String, String)] = [
      ("a", "а"), ("o", "о"), ("e", "э"), ("ai", "ай"), ("ei", "эй"), ("ao", "ао"), ("ou", "оу"), ("an", "ань"),
      ("en", "энь"), ("ang", "ан"), ("eng", "эн"), ("er", "эр"), ("yi", "и"), ("ya", "я"), ("ye", "е"), ("yao", "яо"),
      ("you", "ю"), ("yan", "янь"), ("yin", "инь"), ("yang", "ян"), ("ying", "ин"), ("yong", "юн"), ("wu", "у"),
      ("wa", "ва"), ("wo", "во"), ("wai", "вай"), ("wei", "вэй"), ("wan", "вань"), ("wen", "вэнь"), ("wang", "ван"),
      ("weng", "вэн"), ("yu", "юй"), ("yue", "юэ"), ("yuan", "юань"), ("yun", "юнь"),
    ]
    for (p, c) in zero { m[p] = c }
    // e after consonants, and common initial+e syllables
    for (pi, ci) in initials where !["b", "p", "f"].contains(pi) { m[pi + "e"] = ci + "э" }
    m["me"] = "мэ"
    m["de"] = "дэ"
    return m
  }()

  /// Palladius spelling → Pinyin syllable (first one wins on the rare collisions).
  public static let palladiusToPinyin: [String: String] = {
    var m: [String: String] = [:]
    for (p, c) in pinyinToPalladius.sorted(by: { $0.key < $1.key }) where m[c] == nil || p.count < m[c]!.count {
      m[c] = p
    }
    // Press spellings of a few syllables
    m["хой"] = "hui"
    m["хуэй"] = "hui"  // Palladius proper: Хуэй, Хуэйминь
    m["ци"] = "qi"
    m["си"] = "xi"
    m["ли"] = "li"
    m["цзи"] = "ji"
    m["шэнь"] = "shen"
    m["ся"] = "xia"
    m["сю"] = "xiu"
    return m
  }()

  static let maxSyllable = 6

  /// Scalars `w[i..<i+len]` packed nine bits each as `value − base` (which must lie in
  /// 1...511), or nil: syllables of either table pack into one integer.
  @inline(__always)
  static func pack(_ w: [Unicode.Scalar], _ i: Int, _ len: Int, base: UInt32) -> UInt64? {
    var key: UInt64 = 0
    for k in i..<(i + len) {
      let v = w[k].value &- base
      guard v >= 1 && v <= 511 else { return nil }
      key = key << 9 | UInt64(v)
    }
    return key
  }
  static let cyrillicBase: UInt32 = 0x3FF
  static let latinBase: UInt32 = 0

  /// A syllable table keyed by packed syllables (see ``pack(_:_:_:base:)``).
  static func packed(_ table: [String: String], base: UInt32) -> [UInt64: String] {
    var d: [UInt64: String] = [:]
    for (syllable, value) in table {
      let sc = Array(syllable.unicodeScalars)
      if let k = pack(sc, 0, sc.count, base: base) { d[k] = value }
    }
    return d
  }

  /// ``palladiusToPinyin`` keyed by packed Cyrillic syllables.
  static let packedPalladius = packed(palladiusToPinyin, base: cyrillicBase)

  /// The pinyin syllables of ``pinyinToPalladius``, packed.
  static let packedPinyin = packed(pinyinToPalladius, base: latinBase)

  /// A word's scalars in lower case with ё as е, as the syllable tables spell them.
  static func lowerScalars(_ word: String) -> [Unicode.Scalar] {
    var w: [Unicode.Scalar] = []
    w.reserveCapacity(word.utf8.count)
    for c in word.unicodeScalars {
      let l = Normalizer.lower(c)
      w.append(l == "ё" ? "е" : l)
    }
    return w
  }

  /// Splits a folded Cyrillic word into Palladius syllables and returns its Pinyin, or nil
  /// when the word is not Chinese in Palladius spelling. Greedy longest-first with
  /// backtracking (`цзюцзян` → `jiu`+`jiang`), memoised: O(n · 6).
  public static func pinyin(fromPalladius word: String) -> String? { pinyinSyllables(fromPalladius: word)?.joined() }

  /// ``pinyin(fromPalladius:)`` as its syllables (`цзяньфэн` → `jian`, `feng`).
  public static func pinyinSyllables(fromPalladius word: String) -> [String]? {
    var w = lowerScalars(word)
    // ("Цинъе" = Qingye, "Чжунъи" = Zhongyi, "Цзинъань" = Jing'an: a hard sign after н parts a
    // syllable from the vowel opening the next)
    if w.contains("ъ") {
      w = w.indices.filter { i in !(w[i] == "ъ" && i > 0 && w[i - 1] == "н" && i + 1 < w.count && ["е", "ю", "я", "и", "а", "о", "э", "у"].contains(w[i + 1])) }.map { w[$0] }
    }
    guard !w.isEmpty, w.count <= 18 else { return nil }
    let n = w.count
    // next[i]: the syllable length chosen at i on the way to the end (0: none works)
    var next = [Int](repeating: -1, count: n + 1)
    var syllable = [String](repeating: "", count: n)
    next[n] = 0
    func go(_ i: Int) -> Bool {
      if i == n { return true }
      if next[i] >= 0 { return next[i] > 0 }
      next[i] = 0
      for len in stride(from: min(maxSyllable, n - i), through: 1, by: -1) {
        guard let key = pack(w, i, len, base: cyrillicBase), let p = packedPalladius[key] else { continue }
        if go(i + len) {
          next[i] = len
          syllable[i] = p
          break
        }
      }
      return next[i] > 0
    }
    guard go(0) else { return nil }
    var out: [String] = []
    var i = 0
    while i < n {
      out.append(syllable[i])
      i += next[i]
    }
    return out
  }

  /// Whether a Latin word splits completely into Pinyin syllables (`xingrui`, `jinping`).
  public static func isPinyin(_ word: String) -> Bool {
    let w = lowerScalars(word)
    guard !w.isEmpty, w.count <= 18 else { return false }
    var ok = [Bool](repeating: false, count: w.count + 1)
    ok[0] = true
    for i in 0..<w.count where ok[i] {
      for len in 1...min(6, w.count - i) {
        if let key = pack(w, i, len, base: latinBase), packedPinyin[key] != nil { ok[i + len] = true }
      }
    }
    return ok[w.count]
  }

  /// Pinyin word → Palladius (for generating Russian aliases of catalogue places).
  public static func palladius(fromPinyin word: String) -> String? {
    let w = Array(word.lowercased())
    var memo: [Int: [String]?] = [:]
    func go(_ i: Int) -> [String]? {
      if i == w.count { return [] }
      if let m = memo[i] { return m }
      var result: [String]?
      for len in stride(from: min(6, w.count - i), through: 1, by: -1) {
        guard let c = pinyinToPalladius[String(w[i..<(i + len)])] else { continue }
        if let rest = go(i + len) {
          result = [c] + rest
          break
        }
      }
      memo[i] = result
      return result
    }
    return go(0)?.joined()
  }

  // MARK: - Cyrillic → Latin

  static let cyrillicToLatin: [Character: String] = [
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    // Kazakh letters (Kazakh 2021 Latin without diacritics, as the press writes them)
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
  ]

  /// Romanises Cyrillic text (other characters pass through, lower-cased).
  public static func latin(fromCyrillic s: String) -> String {
    var out = ""
    for ch in s.lowercased() {
      if let r = cyrillicToLatin[ch] { out += r } else { out.append(ch) }
    }
    return out
  }

  /// A lower-case ASCII slug: `Kassym-Jomart Tokayev` → `kassym-jomart-tokayev`,
  /// Cyrillic romanised, diacritics dropped, everything else a hyphen.
  public static func slug(_ s: String) -> String {
    // names repeat across documents: computed once per process (the cache is bounded)
    if let hit = slugCache.get(s) { return hit }
    let out = computeSlug(s)
    slugCache.set(s, out)
    return out
  }

  static let slugCache = MemoCache()

  static func computeSlug(_ s: String) -> String {
    // ASCII needs no romanisation or decomposition
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      var out: [UInt8] = []
      out.reserveCapacity(s.utf8.count)
      var dash = false
      for b in s.utf8 {
        let l = b >= 0x41 && b <= 0x5A ? b + 32 : b
        if (l >= 0x61 && l <= 0x7A) || (l >= 0x30 && l <= 0x39) {
          out.append(l)
          dash = false
        } else if !out.isEmpty && !dash {
          out.append(0x2D)
          dash = true
        }
      }
      while out.last == 0x2D { out.removeLast() }
      return out.isEmpty ? "entity" : String(decoding: out, as: UTF8.self)
    }
    let latin = latin(fromCyrillic: s)
    // canonical decomposition and dropping combining marks (ICU's transform is ~100× slower)
    var folded = ""
    for u in latin.decomposedStringWithCanonicalMapping.unicodeScalars where u.properties.generalCategory != .nonspacingMark {
      folded.unicodeScalars.append(u)
    }
    var out = ""
    var dash = false
    for ch in folded.lowercased() {
      if ch.isASCII && (ch.isLetter || ch.isNumber) {
        out.append(ch)
        dash = false
      } else if !out.isEmpty && !dash {
        out.append("-")
        dash = true
      }
    }
    while out.hasByteSuffix("-") { out.removeLast() }
    return out.isEmpty ? "entity" : out
  }

  /// The consonants of a Latin name or of a Cyrillic one romanised, word by word: vowels, y
  /// and w dropped, doubled letters written once, and the spellings a Russian text uses for an
  /// English name brought together (c/q → k, ph → f, x → ks, j and dzh → dj). "Full Gold
  /// Mining" and "Фулл Голд Майнинг" both give `fl gld mng`. O(length).
  public static func consonantSkeleton(_ s: String) -> String {
    let latin = slug(s.unicodeScalars.contains { $0.value >= 0x400 && $0.value < 0x530 } ? latin(fromCyrillic: s) : s)
    var w = Array(latin.utf8)
    for (a, b) in skeletonRules { w = replacingAll(w, a, b) }
    var out: [UInt8] = []
    for c in w where !"aeiouyw".utf8.contains(c) {
      if c == UInt8(ascii: "-") { if !out.isEmpty && out.last != c { out.append(UInt8(ascii: " ")) }; continue }
      if out.last != c { out.append(c) }
    }
    if out.last == UInt8(ascii: " ") { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  static let skeletonRules: [([UInt8], [UInt8])] = [("dzh", "dj"), ("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("j", "dj"), ("ddj", "dj")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// A phonetic key that makes common spelling variants of Kazakh/Russian names meet:
  /// Tokayev / Tokaev / Toqaev / Токаев → `tokaev`; Kassym / Kasym / Qasym → `kasym`.
  public static func nameKey(_ s: String) -> String {
    // the slug is ASCII: each rule replaces left to right, without overlaps, in order
    var w = Array(slug(s).utf8)
    for (a, b) in nameKeyRules { w = replacingAll(w, a, b) }
    // Turkmen Latin's word-final -ow/-ew (-owa/-ewa) is the -ov/-ev of other spellings:
    // Berdimuhamedow / Berdimuhamedov
    for i in w.indices where w[i] == UInt8(ascii: "w") && i > 0 && (w[i - 1] == UInt8(ascii: "o") || w[i - 1] == UInt8(ascii: "e")) {
      let end = i + 1 == w.count || w[i + 1] == UInt8(ascii: "-")
        || w[i + 1] == UInt8(ascii: "a") && (i + 2 == w.count || w[i + 2] == UInt8(ascii: "-"))
      if end { w[i] = UInt8(ascii: "v") }
    }
    return String(decoding: w, as: UTF8.self)
  }

  /// A key that makes the Latin (and romanised Cyrillic) spellings of one Central Asian town
  /// meet: Uzbek Latin's x written kh, then ``nameKey(_:)``'s rules, then o and a made one
  /// (Shahrixon / Shahrikhan / Шахрихан → `shahrihan`; Toshkent / Tashkent). O(length).
  public static func placeSpellingKey(_ s: String) -> String {
    // (computed afresh: the keys of a catalogue's every spelling would crowd the slug cache)
    var w = replacingAll(Array(computeSlug(s).utf8), Array("x".utf8), Array("kh".utf8))
    for (a, b) in nameKeyRules { w = replacingAll(w, a, b) }
    for i in w.indices where w[i] == UInt8(ascii: "o") { w[i] = UInt8(ascii: "a") }
    return String(decoding: w, as: UTF8.self)
  }

  static let nameKeyRules: [([UInt8], [UInt8])] = [("q", "k"), ("kh", "h"), ("yev", "ev"), ("iy", "i"), ("ss", "s"), ("zh", "j"), ("dzh", "j"), ("y", "i"), ("ye", "e")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  static func replacingAll(_ w: [UInt8], _ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    guard w.count >= a.count else { return w }
    var out: [UInt8] = []
    out.reserveCapacity(w.count)
    var i = 0
    while i < w.count {
      if i + a.count <= w.count && w[i] == a[0] && w[i..<(i + a.count)].elementsEqual(a) {
        out.append(contentsOf: b)
        i += a.count
      } else {
        out.append(w[i])
        i += 1
      }
    }
    return out
  }
}

import Foundation

/// A bounded, thread-safe string → string memo (cleared when full).
final class MemoCache: @unchecked Sendable {
  private var map: [String: String] = [:]
  private let lock = NSLock()
  private let limit: Int
  init(limit: Int = 200_000) { self.limit = limit }
  func get(_ k: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return map[k]
  }
  func set(_ k: String, _ v: String) {
    lock.lock()
    defer { lock.unlock() }
    if map.count >= limit { map.removeAll(keepingCapacity: true) }
    map[k] = v
  }
}
