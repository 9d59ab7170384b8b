/// Inflection of names in Russian and Kazakh (and elision in Italian), as stem + ending.
///
/// Snowball stems Казахстана to "казахста" but Казахстаном to "казахстан", so names are
/// not stemmed by a general stemmer. Instead a catalogue name's token gives a *stem*
/// (the token without its nominative vowel, `Алматы` → `алмат`), and a text token
/// matches when it is that stem plus one of the case/possessive endings below
/// (`Токаева` = `токаев` + `а`, `облысының` = `облыс` + `ының`).
public enum Morphology {
  static let russianEndings: [String] = [
    "", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями",
    "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ых", "их",
    "ою", "ею", "ии", "ию", "ией", "ье", "ья", "ью", "ьи",
  ]
  static let kazakhCase: [String] = [
    "", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е", "да", "де", "та",
    "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты", "ті", "ны", "ні", "н", "мен",
    "бен", "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "лар", "лер", "дар", "дер", "тар", "тер",
  ]
  static let kazakhPossessive: [String] = ["", "ы", "і", "сы", "сі"]

  /// All endings a name token may carry in Russian or Kazakh text.
  public static let endings: Set<String> = {
    var s = Set(russianEndings)
    for p in kazakhPossessive {
      for c in kazakhCase { s.insert(p + c) }
    }
    return s
  }()
  static let maxEnding = endings.map(\.count).max() ?? 0

  /// Finals that Russian declension replaces. Names ending in -о, -е, -и, -у, -ю (Токио,
  /// Путо, Шаньси) do not decline, so they are matched whole (plus Kazakh suffixes).
  static let nominativeFinals: Set<Character> = ["а", "я", "ь", "й"]
  static let commonFinals: Set<Character> = ["а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"]

  /// The stem a catalogue token is matched by. Latin tokens are matched whole; Cyrillic
  /// tokens of five or more letters lose a final vowel, `й` or `ь`.
  public static func stem(_ folded: String, commonNoun: Bool = false, inCompound: Bool = false) -> String {
    guard let last = folded.last, isCyrillic(folded) else { return folded }
    // short parts of hyphenated names decline too: Алма-Ата → Алма-Ату
    if inCompound, folded.count == 3, last == "а" || last == "я" { return String(folded.dropLast()) }
    if folded.count >= 6, adjectiveEndings.contains(String(folded.suffix(2))) { return String(folded.dropLast(2)) }
    // common nouns inside names decline fully (министерство → министерства)
    if commonNoun, folded.count >= 4, commonFinals.contains(last) { return String(folded.dropLast()) }
    if folded.count >= 4, nominativeFinals.contains(last) { return String(folded.dropLast()) }
    return folded
  }
  static let adjectiveEndings: Set<String> = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"]

  /// The stems a text token could be an inflected form of: itself and every prefix of at
  /// least three letters whose remainder is a known ending.
  public static func candidates(_ folded: String) -> [String] {
    guard isCyrillic(folded) else { return [folded] }
    var out = [folded]
    let chars = Array(folded)
    let n = chars.count
    var cut = n - 1
    while cut >= 2 && n - cut <= maxEnding {
      if endings.contains(String(chars[cut...])) {
        let prefix = String(chars[..<cut])
        out.append(prefix)
        // a Kazakh ending on the nominative (Қытай+дың, Астана+да): also its stem
        let s = stem(prefix)
        if s != prefix { out.append(s) }
      }
      cut -= 1
    }
    return out
  }

  @inline(__always)
  static func isCyrillic(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first else { return false }
    return (0x400...0x4FF).contains(f.value)
  }

  /// Best guess at the nominative of a Russian surname or a declined Chinese name in
  /// Russian text: `Рамазановой` → `Рамазанова`, `Токаева` stays (ambiguous),
  /// `Синжуя` → `Синжуй`.
  public static func nominativeName(_ word: String) -> String {
    let lower = word.lowercased()
    for (suffix, rep) in [("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына"), ("овым", "ов"), ("евым", "ев"), ("овом", "ов"), ("евом", "ев"), ("ову", "ов"), ("еву", "ев"), ("ове", "ов"), ("еве", "ев")] where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
      return String(word.dropLast(suffix.count)) + rep
    }
    return word
  }
}
