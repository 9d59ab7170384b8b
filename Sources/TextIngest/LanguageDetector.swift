/// Detects the language of a text from its script and function words.
///
/// Cyrillic with Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) is Kazakh, other Cyrillic Russian;
/// Han is Chinese; Latin is English or Italian by their commonest function words. Cheap
/// (one pass) and good enough for routing morphology; `und` when nothing fits.
public enum LanguageDetector {
  static let kazakhLetters: Set<Unicode.Scalar> = Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ".unicodeScalars)
  static let english: Set<String> = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "are", "its", "has", "have", "from", "said", "will"]
  static let italian: Set<String> = ["il", "la", "di", "che", "e", "per", "del", "della", "con", "nel", "sono", "una", "le", "dei", "degli", "delle", "ha", "tra", "anche", "alla", "nella", "è"]
  static let russian: Set<String> = ["и", "в", "на", "с", "что", "по", "не", "для", "как", "из", "между", "также", "года", "это", "о"]
  static let kazakh: Set<String> = ["және", "мен", "бен", "пен", "бұл", "үшін", "деп", "болып", "жылы", "жылғы", "арасындағы", "бойынша", "да", "де"]

  /// A word of up to eight scalars below U+10000, packed 16 bits a scalar (nil otherwise).
  struct PackedWord: Hashable {
    var a: UInt64 = 0
    var b: UInt64 = 0
    var count = 0

    mutating func append(_ c: Unicode.Scalar) -> Bool {
      guard c.value < 0x10000, count < 8 else { return false }
      if count < 4 { a = a << 16 | UInt64(c.value) } else { b = b << 16 | UInt64(c.value) }
      count += 1
      return true
    }

    init() {}
    init?(_ s: String) {
      for c in s.unicodeScalars { guard append(c) else { return nil } }
    }
  }

  /// Every function word of the four lists, numbered; a word's count is kept by number.
  static let functionWords: [String] = Array(Set([english, italian, russian, kazakh].joined())).sorted()
  static let functionWordIndex: [PackedWord: Int] = {
    var d: [PackedWord: Int] = [:]
    for (i, w) in functionWords.enumerated() { if let k = PackedWord(w) { d[k] = i } }
    return d
  }()

  /// Each list's words as positions in ``functionWords``.
  static func indices(_ set: Set<String>) -> [Int] { functionWords.indices.filter { set.contains(functionWords[$0]) } }
  static let englishIndex = indices(english)
  static let italianIndex = indices(italian)
  static let russianIndex = indices(russian)
  static let kazakhIndex = indices(kazakh)

  /// The language of a text. O(n), one pass; words are compared as packed integers.
  public static func detect(_ scalars: [Unicode.Scalar]) -> String {
    var cyr = 0, lat = 0, han = 0, kk = 0
    var counts = [Int](repeating: 0, count: functionWords.count)
    var cur = PackedWord()
    var length = 0  // scalars in the current word (a word longer than eight counts as none)
    var packable = true
    func flush() {
      if length > 0, length <= 8, packable, let i = functionWordIndex[cur] { counts[i] += 1 }
      cur = PackedWord()
      length = 0
      packable = true
    }
    for c in scalars {
      let v = c.value
      if (0x400...0x4FF).contains(v) {
        cyr += 1
        if kazakhLetters.contains(c) { kk += 1 }
      } else if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) {
        lat += 1
      } else if (0x4E00...0x9FFF).contains(v) {
        han += 1
      }
      if Normalizer.isWordScalar(c) {
        length += 1
        if packable && length <= 8 { packable = cur.append(Normalizer.lower(c)) }
      } else {
        flush()
      }
    }
    flush()
    func score(_ members: [Int]) -> Int { members.reduce(0) { $0 + counts[$1] } }
    if han > cyr && han > lat { return "zh" }
    if cyr >= lat && cyr > 0 {
      let kkWords = score(kazakhIndex), ruWords = score(russianIndex)
      if kk * 50 > cyr || kkWords > ruWords { return "kk" }
      return "ru"
    }
    if lat > 0 {
      let en = score(englishIndex), it = score(italianIndex)
      if en == 0 && it == 0 { return "und" }
      return it > en ? "it" : "en"
    }
    return "und"
  }
}
