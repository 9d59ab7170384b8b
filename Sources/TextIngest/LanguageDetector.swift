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

  public static func detect(_ scalars: [Unicode.Scalar]) -> String {
    var cyr = 0, lat = 0, han = 0, kk = 0
    var words: [String: Int] = [:]
    var cur = String.UnicodeScalarView()
    func flush() {
      if !cur.isEmpty, cur.count <= 8 { words[String(cur), default: 0] += 1 }
      cur = String.UnicodeScalarView()
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
      if Normalizer.isWordScalar(c) { cur.append(Normalizer.lower(c)) } else { flush() }
    }
    flush()
    func score(_ set: Set<String>) -> Int { set.reduce(0) { $0 + (words[$1] ?? 0) } }
    if han > cyr && han > lat { return "zh" }
    if cyr >= lat && cyr > 0 {
      let kkWords = score(kazakh), ruWords = score(russian)
      if kk * 50 > cyr || kkWords > ruWords { return "kk" }
      return "ru"
    }
    if lat > 0 {
      let en = score(english), it = score(italian)
      if en == 0 && it == 0 { return "und" }
      return it > en ? "it" : "en"
    }
    return "und"
  }
}
