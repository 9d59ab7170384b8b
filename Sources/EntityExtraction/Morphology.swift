import TextIngest

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
    "ою", "ею", "ии", "ию", "ия", "ией", "ием", "ье", "ья", "ью", "ьи",
  ]
  static let kazakhCase: [String] = [
    "", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е", "да", "де", "та",
    "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты", "ті", "ны", "ні", "н", "мен",
    "бен", "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
  ] + kazakhPlural
  /// The Kazakh plural suffixes ("аудандары", "облыстары", "қалалары").
  static let kazakhPlural: [String] = ["лар", "лер", "дар", "дер", "тар", "тер"]
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

  /// A Cyrillic suffix packed as an integer, nine bits a scalar (U+0400–U+04FF less
  /// U+03FF, so no scalar packs to zero and the length is implied): seven scalars fit.
  @inline(__always)
  static func packSuffix(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
    var key: UInt64 = 0
    for c in scalars {
      guard c.value >= 0x400 && c.value <= 0x4FF else { return nil }
      key = key << 9 | UInt64(c.value - 0x3FF)
    }
    return key
  }

  /// ``endings`` packed by ``packSuffix(_:)`` (the empty ending is 0).
  static let packedEndings: Set<UInt64> = {
    precondition(maxEnding <= 7, "endings longer than seven scalars do not pack into 64 bits")
    return Set(endings.map { packSuffix(Array($0.unicodeScalars)[...])! })
  }()

  /// Finals that Russian declension replaces. Names ending in -о, -е, -и, -у, -ю (Токио,
  /// Путо, Шаньси) do not decline, so they are matched whole (plus Kazakh suffixes).
  static let nominativeFinals: Set<Unicode.Scalar> = ["а", "я", "ь", "й"]
  static let commonFinals: Set<Unicode.Scalar> = ["а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"]

  /// The stem a catalogue token is matched by. Latin tokens are matched whole; Cyrillic
  /// tokens of five or more letters lose a final vowel, `й` or `ь`.
  public static func stem(_ folded: String, commonNoun: Bool = false, inCompound: Bool = false) -> String {
    guard isCyrillic(folded) else { return folded }
    let sc = folded.unicodeScalars
    guard let last = sc.last else { return folded }
    let count = sc.count
    // the letters dropped below are Cyrillic, two UTF-8 bytes each
    func dropping(_ k: Int) -> String { String(decoding: folded.utf8.dropLast(2 * k), as: UTF8.self) }
    // short parts of hyphenated names decline too: Алма-Ата → Алма-Ату
    if inCompound, count == 3, last == "а" || last == "я" { return dropping(1) }
    if count >= 6, let prev = sc.dropLast().last, adjectiveEndings.contains(UInt64(prev.value) << 21 | UInt64(last.value)) { return dropping(2) }
    // (a short feminine adjective too: "Южная Корея" → "Южной Корее")
    if count == 5, last == "я", let prev = sc.dropLast().last, prev == "а" || prev == "я" { return dropping(2) }
    // common nouns inside names decline fully (министерство → министерства)
    if commonNoun, count >= 4, commonFinals.contains(last) { return dropping(1) }
    if count >= 4, nominativeFinals.contains(last) { return dropping(1) }
    return folded
  }
  /// Two-letter adjective endings, each packed as (first scalar << 21 | second).
  static let adjectiveEndings: Set<UInt64> = Set(["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"].map { e in
    let v = Array(e.unicodeScalars)
    return UInt64(v[0].value) << 21 | UInt64(v[1].value)
  })

  /// The stems a text token could be an inflected form of: itself and every prefix of at
  /// least three letters whose remainder is a known ending.
  public static func candidates(_ folded: String) -> [String] {
    guard isCyrillic(folded) else { return [folded] }
    var out = [folded]
    let chars = Array(folded.unicodeScalars)
    let n = chars.count
    var cut = n - 1
    var key: UInt64 = 0  // chars[cut...] packed
    while cut >= 2 && n - cut <= maxEnding {
      let v = chars[cut].value
      guard v >= 0x400 && v <= 0x4FF else { break }  // endings are Cyrillic
      key |= UInt64(v - 0x3FF) << (9 * UInt64(n - 1 - cut))
      if packedEndings.contains(key) {
        let prefix = Normalizer.string(chars[..<cut])
        out.append(prefix)
        // a Kazakh ending on the nominative (Қытай+дың, Астана+да): also its stem
        let s = stem(prefix)
        if s != prefix { out.append(s) }
      }
      cut -= 1
    }
    // a neuter place name in -ье keeps its soft sign: "Семиречья", "Поволжью", "Забайкальем"
    // are of "Семиречье", "Поволжье", "Забайкалье"
    if n >= 6, chars[n - 2] == "ь" && (chars[n - 1] == "я" || chars[n - 1] == "ю") || n >= 7 && chars[n - 3] == "ь" && chars[n - 2] == "е" && chars[n - 1] == "м" {
      let base = chars[n - 1] == "м" ? n - 2 : n - 1
      out.append(Normalizer.string(chars[..<base]) + "е")
    }
    return out
  }

  /// Whether a folded Russian word has an adjective's ending in any case ("национальный",
  /// "казахстанского", "евразийской"); words under five letters never count.
  static func isRussianAdjective(_ folded: String) -> Bool {
    let sc = folded.unicodeScalars
    guard sc.count >= 5, isCyrillic(folded) else { return false }
    // (a verbal noun in -ение/-ание ends like a plural adjective: "освоение", "соглашение")
    if folded.hasByteSuffix("ение") || folded.hasByteSuffix("ание") { return false }
    // (nor is an agent noun in -тель in the instrumental or genitive plural: "Руководителем",
    // "представителей")
    if folded.hasByteSuffix("телем") || folded.hasByteSuffix("телей") { return false }
    return adjectiveForms.contains { folded.hasByteSuffix($0) }
  }
  /// Whether a folded Russian adjective only describes or dates a facility and is not part of
  /// its name ("совместного", "крупного", "нового" before "гидроузла «Достык»"): one of
  /// ``describingAdjectiveStems`` with an ending of at most three letters.
  static func isDescribingRussianAdjective(_ folded: String) -> Bool {
    let n = folded.unicodeScalars.count
    return describingAdjectiveStems.contains { folded.hasBytePrefix($0) && n - $0.unicodeScalars.count <= 3 } && isRussianAdjective(folded)
  }
  static let describingAdjectiveStems = ["совместн", "крупн", "крупнейш", "будущ", "строящ", "нов", "нынешн", "действующ", "планируем", "перв", "втор", "современн",
    // (and words that compare or point: "Аналогичные центры Китай открыл …", "Такие заводы")
    "аналогичн", "подобн", "друг", "так", "некотор"]
  static let adjectiveForms = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ей", "ом", "ем", "ыми", "ими"]

  /// Russian nouns that do not decline (and so stand in the genitive too).
  static let indeclinableNouns: Set<String> = ["кино", "радио", "метро", "медиа", "такси", "кофе", "депо", "бюро",
    // (sports: "Федерация ушу", "Федерации карате")
    "ушу", "карате", "дзюдо", "тхэквондо", "сумо", "регби", "айкидо", "кендо"]
  /// Short adjectives that stand as a predicate after a subject ("эксперты компании
  /// согласны"): their endings are a genitive's, but they never are one.
  static let shortPredicativeAdjectives: Set<String> = [
    "согласны", "согласна", "готовы", "готова", "рады", "рада", "должны", "должна", "намерены", "намерена", "уверены", "уверена",
    "обязаны", "обязана", "довольны", "довольна", "способны", "способна", "вынуждены", "вынуждена", "заинтересованы", "заинтересована",
  ]

  /// Russian plural genitives without an ending that bodies' names carry ("Академия наук",
  /// "Министерство иностранных дел", "Институт проблем …", "… исследований и реформ").
  static let bareGenitivePlurals: Set<String> = ["наук", "дел", "реформ", "проблем", "систем", "программ", "стран", "отраслей", "знаний", "работ", "услуг", "культур", "технологий", "искусств", "государств", "хозяйств", "ремесел", "шахмат", "шашек", "единоборств"]

  /// Whether a folded Russian word of six letters or more is a past-tense verb ("открыл",
  /// "провела", "организовало", "заявили", "открылся", "прошла"): a vowel, then л and a
  /// gender or number ending, or the reflexive -ся/-сь after them. Shorter words ending so
  /// are often nouns ("посол", "село"). O(length).
  static func isRussianPastVerb(_ folded: String) -> Bool {
    var sc = Array(folded.unicodeScalars)
    guard sc.count >= 6, isCyrillic(folded) else { return false }
    if sc.count >= 8, sc[sc.count - 2] == "с", sc[sc.count - 1] == "я" || sc[sc.count - 1] == "ь" { sc.removeLast(2) }
    if "аоие".unicodeScalars.contains(sc[sc.count - 1]) { sc.removeLast() }
    guard sc.count >= 3, sc[sc.count - 1] == "л" else { return false }
    return "аеиоуыяэ".unicodeScalars.contains(sc[sc.count - 2])
  }

  /// Whether a folded Russian word of six letters or more reads as a short passive participle,
  /// the predicate of a clause ("организован", "проведена", "посвящено", "создан",
  /// "открыты"): no genitive ends so. O(1).
  static func isRussianShortParticiple(_ folded: String) -> Bool {
    guard folded.unicodeScalars.count >= 6, isCyrillic(folded) else { return false }
    var stem = folded
    if let last = stem.unicodeScalars.last, "аоы".unicodeScalars.contains(last) { stem = String(stem.unicodeScalars.dropLast()) }
    return shortParticipleEndings.contains { stem.hasByteSuffix($0) }
  }
  static let shortParticipleEndings = ["ован", "еван", "ден", "лен", "щен", "жден", "создан", "открыт", "закрыт", "подписан", "запущен"]

  /// Whether a folded Russian word of five letters or more reads as a verb in the present's
  /// third person plural ("готовят", "строят", "создают"): -ят or -ют, which no genitive ends
  /// in. O(1).
  static func isRussianPresentPluralVerb(_ folded: String) -> Bool {
    folded.unicodeScalars.count >= 5 && (folded.hasByteSuffix("ят") || folded.hasByteSuffix("ют"))
  }

  /// Whether a folded Russian word can be a genitive complement inside a name
  /// ("стратегических исследований", "развития", "Казахстана"): an adjective or noun in the
  /// genitive. Past-tense verbs (vowel + ла/ли/ло) and short words are not; a bare stem
  /// ("дел", "наук") counts only after a plural adjective.
  static func isRussianGenitive(_ folded: String, afterPluralAdjective: Bool) -> Bool {
    let sc = Array(folded.unicodeScalars)
    guard sc.count >= 3, isCyrillic(folded) else { return false }
    if afterPluralAdjective { return true }
    // (a plural genitive without an ending that names often carry: "Академия наук")
    if bareGenitivePlurals.contains(folded) || indeclinableNouns.contains(folded) { return true }
    guard sc.count >= 4 else { return false }
    let last = sc[sc.count - 1], prev = sc[sc.count - 2]
    // "технического", "нового": an adjective's genitive (before the neuter test below)
    if sc.count >= 6, last == "о", prev == "г", sc[sc.count - 3] == "о" || sc[sc.count - 3] == "е" { return true }
    if last == "а" || last == "и" || last == "о" || last == "ы" || last == "я" {
      if shortPredicativeAdjectives.contains(folded) { return false }
      // "начала", "заявили": a past-tense verb, not a genitive (no past tense ends in -ля:
      // "контроля", "короля" are genitives; nor, but for a few verbs news never uses, in
      // -ола/-оли: "футбола", "протокола", "доли" are genitives)
      if prev == "л", last != "я", "аеиуыяэ".unicodeScalars.contains(sc[sc.count - 3]) { return false }
      // "открылся", "состоится": a reflexive verb
      if last == "я", prev == "с", sc[sc.count - 3] == "л" || sc[sc.count - 3] == "т" { return false }
      // (an indeclinable noun is any case: "по делам кино")
      return last != "о" || indeclinableNouns.contains(folded)
    }
    return genitiveForms.contains { folded.hasByteSuffix($0) }
  }
  /// The nominative of a Russian adjective in the gender of `noun` (a nominative noun):
  /// ("Казахстанского", "институт") → "Казахстанский", ("Национальной", "Академия") →
  /// "Национальная". Hard stems take -ый/-ая/-ое, stems in к/г/х/ж/ш/щ/ч take -ий/-ая/-ое.
  /// A word with no adjective ending is returned unchanged.
  static func nominativeAdjective(_ word: String, agreeingWith noun: String) -> String {
    let folded = Normalizer.fold(word)
    guard isRussianAdjective(folded), let end = adjectiveForms.filter({ folded.hasByteSuffix($0) }).max(by: { $0.count < $1.count }) else { return word }
    let stem = String(word.unicodeScalars.dropLast(end.count))
    let soft = end.hasBytePrefix("и") || end.hasBytePrefix("е") || end.hasBytePrefix("я") || end.hasBytePrefix("ю")
    let velar = stem.unicodeScalars.last.map { "кгхжшщч".unicodeScalars.contains(Normalizer.lower($0)) } ?? false
    // (a feminine noun in -ь agrees as one in -а: "Трансказахстанская магистраль")
    let lastWord = Normalizer.fold(String(noun.split(separator: " ").last ?? ""))
    let feminineSoft = lastWord.hasByteSuffix("сть") || feminineSoftNouns.contains(lastWord)
    switch feminineSoft ? "а" : noun.unicodeScalars.last.map(Normalizer.lower) {
    case "а", "я": return stem + (soft && !velar ? "яя" : "ая")
    case "о", "е": return stem + (soft && !velar ? "ее" : "ое")
    // (a masculine adjective in -ой is already its stressed nominative, as no oblique
    // masculine form ends so: "деловой совет", not "деловый")
    default:
      if end == "ой" { return word }
      // (and so is a stem that takes the stress on its ending: "Алматинском городском суде"
      // → "Алматинский городской суд")
      if !soft, stressedAdjectiveStems.contains(Normalizer.fold(stem)) { return stem + "ой" }
      return stem + (soft || velar ? "ий" : "ый")
    }
  }
  /// Russian adjective stems whose masculine nominative is stressed -ой ("городской",
  /// "областной", "краевой"), as met in the names of bodies.
  static let stressedAdjectiveStems: Set<String> = [
    "городск", "областн", "окружн", "краев", "морск", "мужск", "делов", "миров", "трудов", "отраслев", "основн", "передов", "лесн", "речн",
    "земн", "полев", "головн",
    // (and facilities': "жилой комплекс", "нефтяной терминал", "грузовой порт")
    "жил", "больш", "молод", "золот", "цветн", "грузов", "пищев", "нефтян", "кольцев", "мостов", "зернов", "складск", "заводск",
  ]
  static let genitiveForms = ["ого", "его", "ых", "их", "ой", "ей", "ий", "ов", "ев"]
  /// Feminine Russian nouns in -ь that name places and facilities (nouns in -сть are all
  /// feminine and need no entry).
  static let feminineSoftNouns: Set<String> = ["магистраль", "автомагистраль", "область", "площадь", "степь", "сталь", "связь", "ось", "пристань", "верфь", "гавань", "мель"]

  /// Whether a folded word ends in a Kazakh locative (-да/-де/-та/-те: "Астанада",
  /// "облысында"), or with `attributive` also its attributive form (-дағы/-дегі/-тағы/-тегі:
  /// "Қазақстандағы"). Only words of more than `longerThan` letters count.
  static func hasKazakhLocativeEnding(_ folded: String, attributive: Bool = false, longerThan: Int = 0) -> Bool {
    guard folded.unicodeScalars.count > longerThan, !notLocatives.contains(folded) else { return false }
    if folded.hasByteSuffix("да") || folded.hasByteSuffix("де") || folded.hasByteSuffix("та") || folded.hasByteSuffix("те") { return true }
    return attributive && (folded.hasByteSuffix("дағы") || folded.hasByteSuffix("дегі") || folded.hasByteSuffix("тағы") || folded.hasByteSuffix("тегі"))
  }

  /// Kazakh words that end like a locative but are not one (сауда "trade", орда "horde"),
  /// among them loan nouns that stand inside bodies' names ("Ұлттық олимпиада комитеті",
  /// "құрама команда").
  static let notLocatives: Set<String> = [
    "сауда", "орда", "ақорда", "мода", "парта", "карта", "квота", "дата", "пошта", "олимпиада", "универсиада", "спартакиада",
    "команда", "газета", "бригада", "эстрада", "декада", "планета", "ракета", "эстафета", "анкета", "монета", "мақта",
  ]

  /// A man's name read in the genitive back to the nominative: "Жамшида Ходжаева" →
  /// "Жамшид Ходжаев", "Алексея Петровича Иванова" → "Алексей Петрович Иванов". Surnames in
  /// -ова/-ева/-ина/-ына lose -а, as do others in a consonant and -а ("Нуралы Алипа" →
  /// "Нуралы Алип"); given names and patronymics lose -а after a consonant and
  /// turn -я after a vowel into -й and after a consonant into -ь ("Игоря" → "Игорь"). Words
  /// that fit none of these stay as they are.
  public static func nominativeMasculine(_ name: String) -> String {
    let words = name.split(separator: " ").map(String.init)
    guard words.count >= 2, words.allSatisfy({ isCyrillic($0) }) else { return name }
    let vowels = Set("аеёиоуыэюяіұүөә".unicodeScalars)
    func fix(_ w: String, last: Bool) -> String {
      let sc = Array(w.unicodeScalars)
      guard sc.count >= 4, let end = sc.last.map(Normalizer.lower) else { return w }
      let before = Normalizer.lower(sc[sc.count - 2])
      if last {
        let f = Normalizer.fold(w)
        if ["ова", "ева", "ёва", "ина", "ына"].contains(where: { f.hasByteSuffix($0) }) && sc.count >= 6 { return Normalizer.string(sc.dropLast()) }
        let nominative = nominativeName(w)  // ("Абдуллозоды" → "Абдуллозода")
        // (a surname without a Russian suffix loses -а after a consonant too: "Алипа" → "Алип")
        // (not a Tajik surname in -зода, which stands so in the nominative)
        if nominative == w, end == "а", !vowels.contains(before), before != "ь", sc.count >= 4, !f.hasByteSuffix("зода") { return Normalizer.string(sc.dropLast()) }
        return nominative
      }
      if end == "а" && !vowels.contains(before) { return Normalizer.string(sc.dropLast()) }
      if end == "я" && vowels.contains(before) { return Normalizer.string(sc.dropLast()) + "й" }
      // ("Даниэля", "Игоря": -я after a consonant was -ь)
      if end == "я" && !vowels.contains(before) && before != "ь" && before != "ъ" { return Normalizer.string(sc.dropLast()) + "ь" }
      return w
    }
    return words.enumerated().map { fix($1, last: $0 == words.count - 1) }.joined(separator: " ")
  }

  /// A woman's given name read in the genitive/dative back to the nominative, beside a
  /// surname in -ой: "Жанны" → "Жанна", "Ольги" → "Ольга", "Марии" → "Мария". Other words
  /// stay as they are.
  public static func nominativeFeminineGiven(_ word: String) -> String {
    let sc = Array(word.unicodeScalars)
    guard sc.count >= 4, isCyrillic(word) else { return word }
    let end = Normalizer.lower(sc[sc.count - 1]), before = Normalizer.lower(sc[sc.count - 2])
    if end == "ы" { return Normalizer.string(sc.dropLast()) + "а" }
    if end == "и" && before == "и" { return Normalizer.string(sc.dropLast()) + "я" }
    if end == "и" && "гкхжшчщ".unicodeScalars.contains(before) { return Normalizer.string(sc.dropLast()) + "а" }
    return word
  }

  /// A man's given name put back in the nominative by the case its surname shows: after an
  /// instrumental surname (-овым/-евым/-иным) "Нуралханом" → "Нуралхан", "Андреем" →
  /// "Андрей"; after a dative one (-ову/-еву/-ину) "Ерлану" → "Ерлан", "Андрею" → "Андрей".
  /// Other names stay as they are.
  public static func nominativeGiven(_ given: String, surname: String) -> String {
    let sc = Array(given.unicodeScalars)
    let f = Normalizer.fold(surname)
    guard sc.count >= 5, isCyrillic(given) else { return given }
    let vowels = Set("аеёиоуыэюяі".unicodeScalars)
    let lower = sc.map(Normalizer.lower)
    let n = lower.count
    if ["овым", "евым", "иным", "ёвым"].contains(where: { f.hasByteSuffix($0) }) {
      if lower[n - 1] == "м", lower[n - 2] == "о" || lower[n - 2] == "е" {
        return vowels.contains(lower[n - 3]) ? Normalizer.string(sc.dropLast(2)) + "й" : Normalizer.string(sc.dropLast(2))
      }
    } else if ["ову", "еву", "ину", "ёву"].contains(where: { f.hasByteSuffix($0) }) {
      if lower[n - 1] == "у", !vowels.contains(lower[n - 2]) { return Normalizer.string(sc.dropLast()) }
      if lower[n - 1] == "ю", vowels.contains(lower[n - 2]) { return Normalizer.string(sc.dropLast()) + "й" }
    }
    return given
  }

  /// Where a patronymic comes from: Russian -ович/-евич/-овна/-евна/-ична (any case),
  /// or Kazakh/Kyrgyz -ұлы/-қызы/-uly/-kyzy (which are surnames too, so read as patronymics
  /// only before a surname).
  public enum Patronymic: Sendable { case russian, turkic }

  /// The kind of patronymic a folded word is, or nil.
  public static func patronymic(_ folded: String) -> Patronymic? {
    let sc = Array(folded.unicodeScalars)
    guard sc.count >= 7 else { return nil }
    // the stem, then a case ending of up to three letters: Кадыралиевич, Кадыралиевича, Ивановной
    for tail in 0...3 where sc.count > tail + 4 {
      let head = sc.dropLast(tail)
      if patronymicStems.contains(where: { head.suffix($0.count).elementsEqual($0) }) { return .russian }
    }
    if ["ұлы", "қызы", "uly", "kyzy", "ulı", "qyzy"].contains(where: { folded.hasByteSuffix($0) }) { return .turkic }
    return nil
  }

  static let patronymicStems: [[Unicode.Scalar]] = ["ович", "евич", "овн", "евн", "ичн"].map { Array($0.unicodeScalars) }

  /// Whether a folded Kazakh word is an adjective by its derivational suffix (-лық/-лік,
  /// -дық/-дік, -тық/-тік: "ұлттық", "халықаралық", "мемлекеттік").
  static func isKazakhAdjective(_ folded: String) -> Bool {
    // (a stem of three letters at least: "көлік", transport, is a noun)
    folded.unicodeScalars.count >= 6 && ["лық", "лік", "дық", "дік", "тық", "тік"].contains { folded.hasByteSuffix($0) }
      || ["қысқы", "жазғы", "күзгі", "көктемгі"].contains(folded)  // the seasons' ("Азия қысқы ойындары")
  }

  /// Whether a folded Kazakh word carries a case ending that a name's inner word does not
  /// (genitive -ның/-дың/-тың, instrumental -мен/-пен/-бен, ablative -нан/-дан/-тан, dative
  /// -ға/-ге/-қа/-ке, locative; words of five letters or more only).
  static func hasKazakhCaseEnding(_ folded: String) -> Bool {
    guard folded.unicodeScalars.count >= 5, !kazakhCaseEndingLookalikes.contains(folded) else { return false }
    if hasKazakhLocativeEnding(folded, attributive: true) { return true }
    return kazakhCaseEndings.contains { folded.hasByteSuffix($0) }
  }
  /// Whether a folded Kazakh word of five letters or more ends in the genitive -ның/-нің,
  /// -дың/-дің, -тың/-тің ("кешеннің", "Алматының").
  static func isKazakhGenitive(_ folded: String) -> Bool {
    folded.unicodeScalars.count >= 5 && kazakhGenitiveEndings.contains { folded.hasByteSuffix($0) }
  }
  /// Nominative nouns that end like a case ending ("кеден", customs: кеде + -ден), which a
  /// body's name holds: "Мемлекеттік кеден комитеті".
  static let kazakhCaseEndingLookalikes: Set<String> = ["кеден", "теңге", "мекен"]
  /// The Kazakh genitive endings (-ның/-нің, -дың/-дің, -тың/-тің).
  static let kazakhGenitiveEndings = ["ның", "нің", "дың", "дің", "тың", "тің"]
  /// The Kazakh case endings ``hasKazakhCaseEnding(_:)`` looks for: the genitive, then the
  /// instrumental, ablative and dative.
  static let kazakhCaseEndings = kazakhGenitiveEndings + [
    "мен", "пен", "бен", "нан", "нен", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке",
  ]

  @inline(__always)
  static func isCyrillic(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first else { return false }
    return (0x400...0x4FF).contains(f.value)
  }

  /// Best guess at the nominative of a Russian surname or a declined Chinese name in
  /// Russian text: `Рамазановой` → `Рамазанова`, `Токаева` stays (ambiguous),
  /// `Синжуя` → `Синжуй`.
  public static func nominativeName(_ word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    // only Cyrillic words of at least six letters can carry these endings
    guard scalars.count >= 6, let last = scalars.last, last.value >= 0x400 && last.value <= 0x4FF else { return word }
    let lower = scalars.map(Normalizer.lower)
    // a Kazakh case ending on a surname: "Дмитриеваның" → "Дмитриева", "Тоқаевқа" → "Тоқаев"
    for e in kazakhSurnameCases where lower.count > e.count + 4 && lower.suffix(e.count).elementsEqual(e) {
      let stem = lower.dropLast(e.count)
      if surnameStems.contains(where: { stem.suffix($0.count).elementsEqual($0) }) { return Normalizer.string(scalars.dropLast(e.count)) }
    }
    for (suffix, rep) in surnameCases where lower.count > suffix.count + 2 && lower.suffix(suffix.count).elementsEqual(suffix) {
      return Normalizer.string(scalars.dropLast(suffix.count)) + rep
    }
    return word
  }
  static let kazakhSurnameCases: [[Unicode.Scalar]] = [
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "мен", "пен", "бен", "нан", "нен",
    "дан", "ден", "тан", "тен", "да", "де", "та", "те",
  ].map { Array($0.unicodeScalars) }
  static let surnameStems: [[Unicode.Scalar]] = ["ова", "ева", "ов", "ев", "ин", "ина", "ына", "ұлы", "қызы"].map { Array($0.unicodeScalars) }
  static let surnameCases: [([Unicode.Scalar], String)] = [
    ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына"), ("овым", "ов"), ("евым", "ев"), ("овом", "ов"), ("евом", "ев"),
    // (the instrumental of a surname in -ин/-ын: "Рахметуллиным" → "Рахметуллин")
    ("иным", "ин"), ("ыным", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ове", "ов"), ("еве", "ев"),
    // (the dative of a surname in -ин/-ын: "Ласкарину" → "Ласкарин")
    ("ину", "ин"), ("ыну", "ын"),
    // Tajik surnames in -зода decline like nouns: "Абдуллозоды", "Рахимзоде", "Расулзодой"
    ("зодой", "зода"), ("зоды", "зода"), ("зоде", "зода"), ("зоду", "зода"),
  ].map { (Array($0.0.unicodeScalars), $0.1) }
}
