/// Finds dates in Russian, English, Italian and Kazakh text and returns them as ISO 8601 at
/// the precision the text gives (`2025-06-16`, `2023-03`, `2024`).
///
/// Recognised: `2025-06-16`, `16.06.2025`, `16 июня 2025 (года)`, `16 June 2025`,
/// `June 16, 2025`, `16 giugno 2025`, `2025 жылғы 16 маусымда`, `в марте 2023 года`,
/// `May 2023`, `maggio 2023`.
public enum DateFinder {
  /// A date mention: scalar span and ISO value.
  public struct Found: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var iso: String
  }

  /// Month stems in every language, folded; a word matches a month when it starts with the stem.
  static let months: [(String, Int)] = [
    // ru (genitive/prepositional share the stem)
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("август", 8),
    ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    // kk
    ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6), ("шілде", 7),
    ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12),
    // en
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
    ("oct", 10), ("nov", 11), ("dec", 12),
    // it
    ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("agosto", 8), ("settembre", 9), ("ottobre", 10), ("novembre", 11), ("dicembre", 12),
  ]

  /// The first three scalars of a word packed into one integer (21 bits each), or nil for
  /// words shorter than three scalars.
  @inline(__always)
  static func prefixKey(_ w: String) -> UInt64? {
    var key: UInt64 = 0
    var n = 0
    for c in w.unicodeScalars {
      key = key << 21 | UInt64(c.value)
      n += 1
      if n == 3 { return key }
    }
    return nil
  }

  /// Month stems of three or more scalars indexed by their first three (a token's month
  /// test is one integer lookup), in the order of ``months``.
  static let monthsByPrefix: [UInt64: [(stem: [UInt8], count: Int, month: Int)]] = {
    var d: [UInt64: [(stem: [UInt8], count: Int, month: Int)]] = [:]
    for (m, k) in months {
      guard let key = prefixKey(m) else { continue }
      d[key, default: []].append((Array(m.utf8), m.unicodeScalars.count, k))
    }
    return d
  }()

  /// First letters of every month stem, as a table over U+0000–U+04FF (every stem starts
  /// in that range): most words are rejected on their first scalar.
  static let initials: [Bool] = {
    var t = [Bool](repeating: false, count: 0x500)
    for (m, _) in months { t[Int(m.unicodeScalars.first!.value)] = true }
    return t
  }()

  static let russianMay: Set<String> = ["мая", "май", "мае"]
  static let mart = Array("март".utf8)
  static let qazan = Array("қазан".utf8)

  /// The month a folded word names, or nil. A word names a month when it starts with a
  /// stem of three or more letters ("июня", "giugno", "маусымда"); words of up to four
  /// letters must equal an English/Italian stem ("mar", "june"). Russian "март" takes only
  /// its own forms ("марта", "марте"), Kazakh "қазан" (October) only short forms ("қазанда",
  /// not the city "Қазанның…"); "мая/май/мае" is May.
  static func month(_ w: String) -> Int? {
    guard let f = w.unicodeScalars.first, f.value < 0x500, initials[Int(f.value)], let key = prefixKey(w) else { return nil }
    guard let group = monthsByPrefix[key] else { return w.utf8.count == 6 && russianMay.contains(w) ? 5 : nil }
    let count = w.unicodeScalars.count
    let bytes = w.utf8
    if count <= 4 {
      for g in group where g.count == count && g.stem.allSatisfy({ $0 < 0x80 }) && bytes.elementsEqual(g.stem) { return g.month }
      if w.hasPrefix("март") { return 3 }
      return nil
    }
    for g in group where bytes.starts(with: g.stem) {
      if g.stem == Self.mart && !(w == "марта" || w == "марте" || w == "март") { continue }
      if g.stem == Self.qazan && count > 8 { continue }
      return g.month
    }
    return nil
  }

  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// All dates in `s[from..<to]`.
  public static func dates(in s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [Found] {
    dates(in: s, tokens: Segmenter.words(in: s, from: from, to: to))
  }

  /// All dates among words already found by ``Segmenter/words(in:from:to:)`` on `s` (the
  /// extractor's tokens: no second tokenisation).
  public static func dates(in s: [Unicode.Scalar], tokens toks: [Segmenter.Token]) -> [Found] {
    var out: [Found] = []
    var i = 0
    // a token of ASCII digits as a number (at most 9 digits: dates need far fewer)
    func num(_ t: Segmenter.Token) -> Int? {
      guard let f = t.folded.utf8.first, f >= 0x30 && f <= 0x39, t.folded.utf8.count <= 9 else { return nil }
      var v = 0
      for b in t.folded.utf8 {
        guard b >= 0x30 && b <= 0x39 else { return nil }
        v = v * 10 + Int(b - 0x30)
      }
      return v
    }
    func sep(_ a: Segmenter.Token, _ b: Segmenter.Token, _ c: Unicode.Scalar) -> Bool {
      b.start == a.end + 1 && s[a.end] == c
    }
    while i < toks.count {
      let t = toks[i]
      // 2025-06-16 / 16.06.2025 / 03.01.2024
      if i + 2 < toks.count, let a = num(t), let b = num(toks[i + 1]), let c = num(toks[i + 2]) {
        if t.folded.count == 4, sep(t, toks[i + 1], "-"), sep(toks[i + 1], toks[i + 2], "-"), (1...12).contains(b), (1...31).contains(c) {
          out.append(Found(start: t.start, end: toks[i + 2].end, iso: "\(a)-\(two(b))-\(two(c))"))
          i += 3
          continue
        }
        if toks[i + 2].folded.count == 4, sep(t, toks[i + 1], "."), sep(toks[i + 1], toks[i + 2], "."), (1...31).contains(a), (1...12).contains(b), (1900...2100).contains(c) {
          out.append(Found(start: t.start, end: toks[i + 2].end, iso: "\(c)-\(two(b))-\(two(a))"))
          i += 3
          continue
        }
      }
      // 16 июня 2025 / 16 June 2025 / 16 giugno 2025
      if let d = num(t), (1...31).contains(d), i + 1 < toks.count, let m = month(toks[i + 1].folded) {
        if i + 2 < toks.count, let y = num(toks[i + 2]), (1900...2100).contains(y), toks[i + 2].start - toks[i + 1].end <= 3 {
          out.append(Found(start: t.start, end: toks[i + 2].end, iso: "\(y)-\(two(m))-\(two(d))"))
          i += 3
          continue
        }
      }
      // June 16, 2025 / June 2025 / в марте 2023
      if let m = month(t.folded) {
        if i + 2 < toks.count, let d = num(toks[i + 1]), (1...31).contains(d), let y = num(toks[i + 2]), (1900...2100).contains(y), toks[i + 2].start - toks[i + 1].end <= 3 {
          out.append(Found(start: t.start, end: toks[i + 2].end, iso: "\(y)-\(two(m))-\(two(d))"))
          i += 3
          continue
        }
        if i + 1 < toks.count, let y = num(toks[i + 1]), (1900...2100).contains(y), toks[i + 1].start - t.end <= 2 {
          out.append(Found(start: t.start, end: toks[i + 1].end, iso: "\(y)-\(two(m))"))
          i += 2
          continue
        }
      }
      // 2025 жылғы 16 маусымда
      if let y = num(t), (1900...2100).contains(y), i + 3 < toks.count, toks[i + 1].folded.hasPrefix("жыл"), let d = num(toks[i + 2]), (1...31).contains(d), let m = month(toks[i + 3].folded) {
        out.append(Found(start: t.start, end: toks[i + 3].end, iso: "\(y)-\(two(m))-\(two(d))"))
        i += 4
        continue
      }
      i += 1
    }
    return out
  }

  /// The publication date: the first full date in the first lines (header or dateline).
  public static func publicationDate(in s: [Unicode.Scalar]) -> String? {
    publicationDate(in: s, tokens: Segmenter.words(in: s, from: 0, to: min(s.count, headLength)))
  }

  /// The same from the whole text's tokens: only those of the head count, the one running
  /// past it cut at its end.
  public static func publicationDate(in s: [Unicode.Scalar], tokens: [Segmenter.Token]) -> String? {
    let head = min(s.count, headLength)
    var inHead = Array(tokens.prefix { $0.start < head })
    if let last = inHead.last, last.end > head {
      inHead.removeLast()
      inHead += Segmenter.words(in: s, from: last.start, to: head)
    }
    return dates(in: s, tokens: inHead).first { $0.iso.count == 10 }?.iso
  }
  /// How far into a text (scalars) a publication date is looked for.
  static let headLength = 600
}
