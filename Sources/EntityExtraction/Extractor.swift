import Dispatch
import TextIngest

/// Finds entities and relations in a document: catalogue names with their inflections,
/// then names the catalogue lacks by rules that work for any name (role words, Chinese
/// names in Palladius or Pinyin, surname suffixes, organisation/event/place cues), then the
/// relations stated around them and same-sentence co-occurrence.
///
/// Cost: O(tokens × candidate stems) for matching with hashed patterns, so throughput is
/// linear in text size; the catalogue index is built once per extractor.
public struct Extractor: Sendable {
  public let catalog: Catalog
  /// When false, only entities are extracted (no relation rules, no co-occurrence): the
  /// baseline that relation extraction's cost is measured against.
  public var extractsRelations = true

  struct Pattern: Sendable {
    var entry: Int
    var stems: [String]
    /// 0: any case, 1: capitalised, 2: all capitals (acronym), 3: all capitals or title case
    /// (a body's acronym of five letters or more: "UNESCO", Italian "Unesco")
    var caps: [UInt8]
    var allowComma: Bool
    /// a plus, dot or ampersand the name has between words ("C5+1", "Trip.com", "China
    /// Petroleum & Chemical Corporation"), which then joins them (an ampersand with or without
    /// spaces around it)
    var joiner: Unicode.Scalar?
    /// the length of a one-word Cyrillic name (0 otherwise): its inflected forms are never
    /// shorter ("Абай", "Абая"), so a shorter word with its stem is another word ("Аба")
    var minLength: Int = 0
  }
  let patterns: WordMap<[Pattern]>
  /// adjective stem → catalogue entry index, longest stems first
  let adjectives: [(String, Int)]
  /// positions in ``adjectives`` by the stem's first two scalars (stems shorter than two
  /// scalars under key 0), each list in ``adjectives``' order
  let adjectivesByHead: [UInt64: [Int]]
  /// romanised-name key → catalogued person (Tokayev / Toqaev / Токаев meet here)
  let personByKey: WordMap<Int>
  /// (kind, stem of a name's first word) → catalogue entries, for place cues
  let placeByHead: WordMap<[Int]>
  /// ``Transliteration/placeSpellingKey(_:)`` of catalogued towns' one-word names → the
  /// town's entry (-1 where two towns share a key), for spellings the catalogue lacks
  let townBySpelling: [String: Int]
  /// catalogued events, for linking discovered events
  let catalogEvents: [Int]
  /// catalogued events' labels as UTF-8, as is and with en dashes as spaces
  let catalogEventLabels: [(entry: Int, bytes: [UInt8], dashless: [UInt8])]
  /// a catalogue entry's names other than its label, by entry id (worked out once)
  let catalogAliases: [String: [String]]
  /// Each catalogue entry's one-word Cyrillic names, folded, as scalars (places only; empty
  /// for other entries), for ``isRussianFormOfName(_:_:)``.
  let cyrillicOneWordNames: [[[Unicode.Scalar]]]
  /// a catalogued body's names of three words or more without the place that ends them, as
  /// stems ("министерств иностранн дел" for "Министерство иностранных дел Казахстана"), by
  /// entry id: the body's name as a text gives it without its country (worked out once)
  let bodyNamesWithoutPlace: [String: [String]]

  public init(catalog: Catalog) {
    self.catalog = catalog
    // (each entry's names, worked out once: `allNames` sorts and dedupes on every call)
    let allNames = catalog.entries.map(\.allNames)
    // The name patterns (about half of the start-up) and the place and person indexes need
    // nothing of each other: they are built on two threads. Each slot of the box is written
    // by one iteration and read after `concurrentPerform` has returned, which waits for both.
    let built = BuiltIndexes()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        built.names = Self.namePatterns(catalog, allNames)
      } else {
        built.others = Self.otherIndexes(catalog, allNames)
      }
    }
    let (p, aliases, adj) = built.names!
    let others = built.others!
    self.patterns = WordMap(keyed: p)
    self.catalogAliases = aliases
    cyrillicOneWordNames = others.cyrillic
    personByKey = others.personByKey
    placeByHead = others.placeByHead
    townBySpelling = others.townBySpelling
    let ev = others.events
    self.adjectives = adj.sorted { $0.0.count > $1.0.count }
    var heads: [UInt64: [Int]] = [:]
    for (i, a) in adjectives.enumerated() { heads[Self.headKey(a.0), default: []].append(i) }
    adjectivesByHead = heads
    var bodies: [String: [String]] = [:]
    for (ei, e) in catalog.entries.enumerated() where e.kind == .organization {
      for name in allNames[ei] {
        var words = Segmenter.words(in: Array(name.unicodeScalars)).map(\.folded)
        guard words.count >= 3 else { continue }
        var dropped = false
        while words.count > 2, let w = words.last, Self.hasOneWordName(w, in: patterns) || Lexicon.countryWords.contains(w) {
          words.removeLast()
          dropped = true
        }
        if dropped { bodies[e.id, default: []].append(words.map { Morphology.stem($0) }.joined(separator: " ")) }
      }
    }
    bodyNamesWithoutPlace = bodies
    catalogEvents = ev
    catalogEventLabels = ev.map { ei in
      let label = catalog.entries[ei].label
      return (ei, Array(label.utf8), Array(label.replacingOccurrences(of: "–", with: " ").utf8))
    }
  }

  /// The results of the two halves of ``init(catalog:)``'s work, filled from two threads
  /// (one slot each) and read once both are done.
  final class BuiltIndexes: @unchecked Sendable {
    var names: (patterns: [WordKey: [Pattern]], aliases: [String: [String]], adjectives: [(String, Int)])?
    var others: OtherIndexes?
  }

  struct OtherIndexes {
    var cyrillic: [[[Unicode.Scalar]]]
    var personByKey: WordMap<Int>
    var placeByHead: WordMap<[Int]>
    var townBySpelling: [String: Int]
    var events: [Int]
  }

  /// Every catalogue name as a pattern of stems under its first stem, each entry's names
  /// other than its label, and the place adjectives: O(names × words).
  static func namePatterns(_ catalog: Catalog, _ allNames: [[String]]) -> (patterns: [WordKey: [Pattern]], aliases: [String: [String]], adjectives: [(String, Int)]) {
    var p: [WordKey: [Pattern]] = [:]
    var adj: [(String, Int)] = []
    var aliases: [String: [String]] = [:]
    for (ei, e) in catalog.entries.enumerated() {
      var seen = Set<[String]>()
      let names = allNames[ei]
      aliases[e.id] = names.filter { $0 != e.label }
      for name in names {
        let sc = Array(Normalizer.nfc(name).unicodeScalars)
        let toks = Segmenter.words(in: sc)
        guard !toks.isEmpty, toks.count <= 16 else { continue }
        let stems = toks.map { t in
          Morphology.stem(t.folded, commonNoun: toks.count > 1 && (!t.capitalized || Self.isOrgCueWord(t.folded)), inCompound: toks.count > 1)
        }
        let capsFound: [UInt8] = toks.map { t in
          guard t.capitalized else { return 0 }
          var letters = 0
          var allUpper = true
          for i in t.start..<t.end where sc[i].properties.isAlphabetic {
            letters += 1
            if !sc[i].properties.isUppercase { allUpper = false; break }
          }
          return letters >= 2 && allUpper ? 2 : 1
        }
        var caps = capsFound
        // "Banca mondiale", "Organizzazione mondiale del commercio": Italian writes a body's
        // adjectives lower-case after its capitalised cue word
        if toks.count >= 2, e.kind == .organization, caps[0] == 1, Lexicon.orgCues[toks[0].folded] != nil, !Morphology.isCyrillic(toks[0].folded) {
          for j in 1..<toks.count where caps[j] == 1 && Self.isItalianAdjective(toks[j].folded) { caps[j] = 0 }
        }
        // "Kazakhstan occidentale", "Asia centrale": Italian writes the adjective after a
        // region's place name lower-case
        if toks.count == 2, e.kind == .region, caps == [1, 1], !Morphology.isCyrillic(toks[0].folded), Self.isItalianAdjective(toks[1].folded) { caps[1] = 0 }
        // "Syrdarya region", "Almaty oblast": a place's cue word after its name is lower-case in
        // running text
        if toks.count >= 2, e.kind == .region, let last = toks.last, !Morphology.isCyrillic(last.folded), Lexicon.placeCues[last.folded] == .region,
          caps[toks.count - 2] != 0
        { caps[toks.count - 1] = 0 }
        // "министерства иностранных дел Китая": Russian names of bodies start lower-case in running text
        if toks.count >= 2, Morphology.isCyrillic(stems[0]), Self.isOrgCueWord(toks[0].folded) { caps[0] = 0 }
        // "lago d'Aral", "mare d'Aral": a natural feature's noun is lower-case in running text
        if toks.count >= 2, e.subkind == "natural-feature", Lexicon.naturalFeatureCues.contains(toks[0].folded) || Lexicon.naturalFeatureCues.contains(stems[0]) { caps[0] = 0 }
        // (a one-word name in lower case is a common word's, but for a body's that the catalogue
        // writes so: "депутат мажилиса", "flydubai")
        if toks.count == 1 && (caps[0] == 0 && e.kind != .organization || stems[0].count < 2) { continue }
        if toks.count == 1, caps[0] == 2, e.kind == .organization, toks[0].end - toks[0].start >= 5,
          sc[toks[0].start..<toks[0].end].allSatisfy({ $0.properties.isAlphabetic })
        { caps[0] = 3 }
        // (a city of two Cyrillic letters keeps its name: Ош, Оше, Ошем; so does a body's
        // two-letter Latin abbreviation the catalogue writes capitalised, as Italian papers
        // write the EU's: "Ue")
        if toks.count == 1 && caps[0] == 1 && stems[0].count < 3
          && !(e.kind == .city && stems[0].count == 2 && Morphology.isCyrillic(stems[0]))
          && !(e.kind == .organization && toks[0].end - toks[0].start == 2 && !Morphology.isCyrillic(stems[0]))
        { continue }
        if !seen.insert(stems).inserted {
          // same stems under another capitalisation ("Corridoio di Mezzo" / "corridoio di mezzo"): keep the weaker requirement
          let head = WordKey(stems[0])
          if let i = p[head]?.firstIndex(where: { $0.entry == ei && $0.stems == stems }) {
            p[head]![i].caps = zip(p[head]![i].caps, caps).map { min($0, $1) }
            if toks.count == 1 { p[head]![i].minLength = min(p[head]![i].minLength, Morphology.isCyrillic(toks[0].folded) ? sc.count : 0) }
          }
          continue
        }
        p[WordKey(stems[0]), default: []].append(Pattern(entry: ei, stems: stems, caps: caps, allowComma: name.utf8.contains(UInt8(ascii: ",")), joiner: name.unicodeScalars.first { $0 == "+" || $0 == "." || $0 == "&" },
          minLength: toks.count == 1 && Morphology.isCyrillic(toks[0].folded) ? sc.count : 0))
      }
      for a in e.adjectives ?? [] { adj.append((Normalizer.fold(a), ei)) }
    }
    return (p, aliases, adj)
  }

  /// The indexes of places and persons that do not need the name patterns: each place's
  /// one-word Cyrillic names, persons by romanised key, places by kind and head stem, towns
  /// by spelling key, and the catalogued events. O(names).
  static func otherIndexes(_ catalog: Catalog, _ allNames: [[String]]) -> OtherIndexes {
    let cyrillic: [[[Unicode.Scalar]]] = catalog.entries.enumerated().map { ei, e in
      guard e.kind == .city || e.kind == .region else { return [] }
      return allNames[ei].filter { !$0.utf8.contains(UInt8(ascii: " ")) }.map { Normalizer.fold($0) }.filter(Morphology.isCyrillic).map { Array($0.unicodeScalars) }
    }
    var pk: [String: Int] = [:]
    var ph: [String: [Int]] = [:]
    var ev: [Int] = []
    for (ei, e) in catalog.entries.enumerated() {
      switch e.kind {
      case .person:
        pk[Transliteration.nameKey(e.label)] = pk[Transliteration.nameKey(e.label)] ?? ei
        pk[e.id] = pk[e.id] ?? ei
      case .city, .region:
        for name in allNames[ei] {
          let w = Segmenter.words(in: Array(name.unicodeScalars))
          // (a city is looked up by a one-word name only: "Yangi" is not "Yangi-Bazar")
          guard w.count <= 3, e.kind == .region || w.count == 1, var first = w.first else { continue }
          // ("Regione di Samarcanda", "область Жетысу": a name that opens with its cue has its
          // head after the cue)
          if e.kind == .region, w.count >= 2, Lexicon.firstLevelRegionCues.contains(Morphology.stem(first.folded)) || Lexicon.firstLevelRegionCues.contains(first.folded) {
            first = w.count == 3 && ["di", "of", "del", "della"].contains(w[1].folded) ? w[2] : w[1]
          }
          let key = e.kind.rawValue + "|" + Morphology.stem(first.folded)
          if ph[key]?.contains(ei) != true { ph[key, default: []].append(ei) }
        }
      case .event: ev.append(ei)
      default: break
      }
    }
    // (a name whose key opens unlike the label's is another name, often a former one:
    // "Moskovskiy" of Shahrixon, which would read a Russian adjective as the town)
    // (towns of the field's countries only: the respellings are Uzbek, Kazakh, Kyrgyz, Tajik
    // and Turkmen Latin and the transliterations of Xinjiang's names; "Manas" is no "Manaos")
    let field: Set<String> = ["kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan", "china"]
    var towns: [String: Int] = [:]
    for (ei, e) in catalog.entries.enumerated() where e.kind == .city && catalog.country(of: e.id).map(field.contains) == true {
      func oneWord(_ name: String) -> Bool { name.unicodeScalars.count >= 5 && !name.unicodeScalars.contains { $0 == " " || $0 == "-" } }
      let heads = Set(([e.label] + e.labels.values).filter(oneWord).map { Transliteration.placeSpellingKey($0).prefix(3) })
      // (Latin names only: a Cyrillic text's word is romanised before its key is looked up)
      for name in allNames[ei] where oneWord(name) && name.unicodeScalars.allSatisfy({ $0.value < 0x250 }) {
        let key = Transliteration.placeSpellingKey(name)
        guard key.utf8.count >= 5, heads.contains(key.prefix(3)) else { continue }
        if let old = towns[key], old != ei { towns[key] = -1 } else { towns[key] = ei }
      }
    }
    return OtherIndexes(cyrillic: cyrillic, personByKey: WordMap(pk), placeByHead: WordMap(ph), townBySpelling: towns, events: ev)
  }

  /// A word that is an organisation cue plus at most two letters of ending ("министерства").
  static func isOrgCueWord(_ folded: String) -> Bool {
    let chars = Array(folded.unicodeScalars)
    for cut in stride(from: chars.count, through: max(1, chars.count - 2), by: -1) where Lexicon.orgCues[Normalizer.string(chars[..<cut])] != nil {
      return true
    }
    return false
  }

  /// Loads the built-in catalogue, plus user catalogues on top.
  public static func standard(extraCatalogs: [String] = []) throws -> Extractor {
    var c = try Catalog.builtIn()
    for path in extraCatalogs { c.merge(try Catalog.load(path)) }
    return Extractor(catalog: c)
  }

  // MARK: - Per-document state

  /// A relation's identity within a document: symmetric kinds have source < target.
  struct RelationKey: Hashable {
    var source: String
    var target: String
    var kind: RelationKind
  }

  struct Span {
    var first: Int  // token index
    var last: Int  // token index, inclusive
    var key: String  // entity id
  }

  final class State {
    let doc: Document
    let toks: [Segmenter.Token]
    let cands: [[String]]
    var owner: [Int?]  // token → span index
    var spans: [Span] = []
    var entities: [String: ExtractedEntity] = [:]
    var order: [String] = []
    /// stated and co-mention relations in order of discovery
    var relations: [ExtractedRelation] = []
    /// a relation's index in ``relations`` by (source, target, kind)
    var relationIndex: [RelationKey: Int] = [:]
    var qualifiedEvents = Set<String>()

    let catalog: Catalog
    /// token → index of the sentence containing its start (−1: none)
    let tokenSentence: [Int]
    /// sentence → the tokens lying wholly inside it (a contiguous range: tokens and
    /// sentences are both in text order and do not overlap)
    let sentenceTokens: [Range<Int>]

    init(doc: Document, catalog: Catalog = Catalog()) {
      self.doc = doc
      self.catalog = catalog
      toks = doc.tokens
      cands = toks.map { Morphology.candidates($0.folded) }
      owner = Array(repeating: nil, count: toks.count)
      // one sweep over tokens and sentences instead of a search per question
      var ofToken = [Int](repeating: -1, count: toks.count)
      var ranges: [Range<Int>] = []
      ranges.reserveCapacity(doc.sentences.count)
      var k = 0
      for (si, s) in doc.sentences.enumerated() {
        while k < toks.count && toks[k].start < s.start { k += 1 }
        var lo = k
        while k < toks.count && toks[k].start < s.end {
          ofToken[k] = si
          k += 1
        }
        var hi = k
        // a token running past the sentence's end belongs to it by its start only
        if hi > lo && toks[hi - 1].end > s.end { hi -= 1 }
        if lo > hi { lo = hi }
        ranges.append(lo..<hi)
      }
      tokenSentence = ofToken
      sentenceTokens = ranges
    }

    /// Per sentence: a headline in Title Case ("Kazakhstan And China Agree To Boost Trade"),
    /// where capitals say nothing about names: a capitalised function word after the first
    /// word ("And", "To", "In", "Of"), and at least 70% of the words of four letters or more
    /// (any script) capitalised, four of them at least. A sentence dense with names keeps its
    /// function words in lower case. (A function word after a dash or colon opens a clause:
    /// "BISHKEK, Dec. 1 – The Kyrgyz State … University" is a dateline and a sentence.)
    lazy var titleCase: [Bool] = sentenceTokens.map { r in
      var words = 0, caps = 0, function = false
      for k in r.dropFirst() {
        let sc = doc.scalars[toks[k].start..<toks[k].end]
        guard let c = sc.first, c.properties.isAlphabetic else { continue }
        if toks[k].capitalized, Lexicon.titleFunctionWords.contains(toks[k].folded), gap(k - 1, k).elementsEqual([" "]) { function = true }
        guard sc.count >= 4 else { continue }
        words += 1
        if toks[k].capitalized { caps += 1 }
      }
      return function && words >= 4 && caps * 10 >= words * 7
    }

    /// Per sentence: a byline ("di Luca Moretti", "By Dana Omarova", "Автор: …", "Беседовала
    /// …"), whose names are the page's authors, not the story's actors.
    lazy var byline: [Bool] = sentenceTokens.map { r in
      guard let first = r.first, r.count <= 14 else { return false }
      return Lexicon.bylineOpeners.contains(toks[first].folded)
    }

    /// Whether token `t` stands in a byline (see ``byline``), or opens a name right after a
    /// byline word that follows a dash, bar or dot ("Roma, 4 febbraio – di Luca Moretti").
    func inByline(_ t: Int) -> Bool {
      let s = tokenSentence[t]
      if s >= 0 && s < byline.count && byline[s] { return true }
      guard t >= 1, Lexicon.bylineOpeners.contains(toks[t - 1].folded) else { return false }
      if t == 1 { return true }
      return gap(t - 2, t - 1).contains { $0 == "–" || $0 == "—" || $0 == "|" || $0 == "·" || $0 == "\n" || $0 == "-" }
    }

    /// Per sentence: a headline line, Title Case or not ("China's Quiet Security Footprint in
    /// Tajikistan"): no closing punctuation, and at least 70% of three or more words of four
    /// letters or more capitalised.
    lazy var headline: [Bool] = sentenceTokens.map { r in
      guard let last = r.last, toks[last].end <= doc.scalars.count else { return false }
      var e = toks[last].end
      while e < doc.scalars.count, doc.scalars[e] == " " || doc.scalars[e] == "\t" { e += 1 }
      guard e >= doc.scalars.count || doc.scalars[e] == "\n" else { return false }
      var words = 0, caps = 0
      for k in r {
        let sc = doc.scalars[toks[k].start..<toks[k].end]
        guard sc.count >= 4, sc.first?.properties.isAlphabetic == true else { continue }
        words += 1
        if toks[k].capitalized { caps += 1 }
      }
      return words >= 3 && caps * 10 >= words * 7
    }
    func inHeadline(_ t: Int) -> Bool {
      let s = tokenSentence[t]
      return s >= 0 && s < headline.count && headline[s]
    }

    /// Whether token `t` stands in a Title Case headline (see ``titleCase``).
    func inTitle(_ t: Int) -> Bool {
      let s = tokenSentence[t]
      return s >= 0 && s < titleCase.count && titleCase[s]
    }

    /// Per country, how many of the text's capitalised words name towns or regions of that
    /// country alone (``Extractor/countryTally(_:)``), counted once when two namesakes first tie.
    var countryTally: [String: Int]?

    var mentionStemCache: [Int: (end: Int, stems: [String])] = [:]
    func mentionStems(_ m: Mention) -> [String] {
      if let c = mentionStemCache[m.start], c.end == m.end { return c.stems }
      let stems = Extractor.stems(of: m.text)
      mentionStemCache[m.start] = (m.end, stems)
      return stems
    }

    /// ``Morphology/stem(_:commonNoun:inCompound:)`` of each of a token's candidates
    var candidateStemCache: [[String]?] = []
    func candidateStems(_ k: Int) -> [String] {
      if candidateStemCache.isEmpty { candidateStemCache = Array(repeating: nil, count: toks.count) }
      if let c = candidateStemCache[k] { return c }
      let stems = cands[k].map { Morphology.stem($0) }
      candidateStemCache[k] = stems
      return stems
    }

    func text(_ a: Int, _ b: Int) -> String { doc.slice(toks[a].start, toks[b].end) }
    /// The folded words of tokens a...b joined by spaces: a key on which two mentions of a
    /// name meet whatever their case and spacing.
    func foldedWords(_ a: Int, _ b: Int) -> String { (a...b).map { toks[$0].folded }.joined(separator: " ") }
    func original(_ t: Int) -> String { doc.slice(toks[t].start, toks[t].end) }

    /// Where a mention of tokens a...b starts and ends in the text: at its tokens, widened by
    /// the quote right before or after them when the span closes a quote it did not open or
    /// opens one it does not close ('АО «Банк развития Казахстана»' read from a catalogue
    /// alias keeps its closing quote, 'the "Oil and Gas of Turkmenistan" conference' its
    /// opening one). O(span length).
    func mentionBounds(_ a: Int, _ b: Int) -> (start: Int, end: Int) {
      var start = toks[a].start, end = toks[b].end
      let s = doc.scalars
      func depth(_ open: Unicode.Scalar, _ close: Unicode.Scalar) -> (unopened: Int, unclosed: Int) {
        var unopened = 0, unclosed = 0
        for c in s[start..<end] {
          if c == open { unclosed += 1 } else if c == close { if unclosed > 0 { unclosed -= 1 } else { unopened += 1 } }
        }
        return (unopened, unclosed)
      }
      if start > 0 {
        let prev = s[start - 1]
        switch prev {
        case "«": if depth("«", "»").unopened > 0 { start -= 1 }
        case "“": if depth("“", "”").unopened > 0 { start -= 1 }
        case "„": if depth("„", "“").unopened > 0 { start -= 1 }
        case "\"": if s[start..<end].lazy.filter({ $0 == "\"" }).count % 2 == 1 { start -= 1 }
        default: break
        }
      }
      if end < s.count {
        let next = s[end]
        switch next {
        case "»": if depth("«", "»").unclosed > 0 { end += 1 }
        case "”": if depth("“", "”").unclosed > 0 { end += 1 }
        case "“": if depth("„", "“").unclosed > 0 { end += 1 }
        case "\"": if s[start..<end].lazy.filter({ $0 == "\"" }).count % 2 == 1 { end += 1 }
        default: break
        }
      }
      return (start, end)
    }

    func gap(_ a: Int, _ b: Int) -> ArraySlice<Unicode.Scalar> { doc.scalars[toks[a].end..<toks[b].start] }

    /// Token b continues a name after token a: only spaces, hyphens, quotes (and commas if allowed).
    func joins(_ a: Int, _ b: Int, comma: Bool = false) -> Bool {
      let g = gap(a, b)
      if g.count > 4 { return false }
      for c in g {
        switch Normalizer.fold(c) {
        case " ", "-", "\"", "'", "№": continue
        case ",": if !comma { return false }
        default: return false
        }
      }
      return true
    }

    func sentenceOf(_ t: Int) -> Int { tokenSentence[t] }

    /// An entity's kind and subkind without copying the whole entity out of the dictionary.
    func kind(of id: String) -> EntityKind? {
      guard let i = entities.index(forKey: id) else { return nil }
      return entities.values[i].kind
    }
    func subkind(of id: String) -> String? {
      guard let i = entities.index(forKey: id) else { return nil }
      return entities.values[i].subkind
    }

    func addEntity(_ e: ExtractedEntity) {
      // (a label read off the text loses the soft hyphens a web page put inside its words)
      var e = e
      if e.label.unicodeScalars.contains(where: Normalizer.isInvisibleJoiner) {
        e.label = String(String.UnicodeScalarView(e.label.unicodeScalars.filter { !Normalizer.isInvisibleJoiner($0) }))
      }
      if let i = entities.index(forKey: e.id) {
        for a in e.aliases where !entities.values[i].aliases.contains(where: { WordKey.same($0, a) }) { entities.values[i].aliases.append(a) }
        if entities.values[i].kind != e.kind && !entities.values[i].catalogued && e.catalogued { entities.values[i].kind = e.kind }
      } else {
        entities[e.id] = e
        order.append(e.id)
      }
    }

    /// Adds an entity found by a rule (not catalogued) under `id`, unless the text has one.
    func addDiscovered(_ id: String, label rawLabel: String, kind: EntityKind, subkind: String?) {
      guard entities[id] == nil else { return }
      // (markup blanked inside a name leaves a run of spaces: "Engineering &     Construction")
      let label = rawLabel.contains("  ") ? rawLabel.split(separator: " ").joined(separator: " ") : rawLabel
      // ("Xichang Satellite Launch Center": a body's cue word after "launch" names a site)
      let site = kind == .organization && Lexicon.launchSiteEndings.contains { label.lowercased().hasSuffix($0) }
      addEntity(ExtractedEntity(id: id, label: label, kind: site ? .project : kind, subkind: site ? "infrastructure" : subkind, labels: [:],
        aliases: (kind == .organization ? Self.quotedName(label) : kind == .project ? Self.trailingQuotedName(label) : nil).map { [$0] } ?? [],
        parent: nil, mentions: [], catalogued: false))
    }

    /// The quoted name that closes a project's label after its lower-case nouns ("parco
    /// storico-culturale "Antica Merv"" → "Antica Merv", "культурный парк «Древний Мерв»" →
    /// "Древний Мерв"): the name other texts give the site alone, an alias. O(label).
    static func trailingQuotedName(_ label: String) -> String? {
      guard let last = label.last, last == "»" || last == "\"", let first = label.first, first.isLowercase else { return nil }
      let body = label.dropLast()
      guard let open = body.lastIndex(of: last == "»" ? "«" : "\""), open > body.startIndex, body[body.index(before: open)] == " " else { return nil }
      let name = body[body.index(after: open)...]
      return name.isEmpty || name.contains(where: { "«»\"".contains($0) }) ? nil : String(name)
    }

    /// The quoted name that opens a body's label before its lower-case noun ("«Алтын
    /// Құрылыс» компаниясы" → "Алтын Құрылыс"): the name by which other texts call the body
    /// (an alias in the output), or nil. O(label).
    static func quotedName(_ label: String) -> String? {
      guard label.hasPrefix("«"), let close = label.firstIndex(of: "»"), label.index(after: close) < label.endIndex,
        label[label.index(after: close)] == " ", let next = label[label.index(after: close)...].dropFirst().first, next.isLowercase
      else { return nil }
      let name = label[label.index(after: label.startIndex)..<close]
      return name.isEmpty || name.contains("«") ? nil : String(name)
    }

    /// The token that starts at scalar offset `offset` (nil if none does). O(log tokens).
    func tokenIndex(startingAt offset: Int) -> Int? {
      let i = firstToken(from: offset)
      return i < toks.count && toks[i].start == offset ? i : nil
    }

    /// The token that ends at scalar offset `offset` (nil if none does). O(log tokens).
    func tokenIndex(endingAt offset: Int) -> Int? {
      let i = firstToken(from: offset) - 1
      return i >= 0 && toks[i].end == offset ? i : nil
    }

    /// The first token starting at or after `offset`. O(log tokens).
    private func firstToken(from offset: Int) -> Int {
      var lo = 0, hi = toks.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if toks[mid].start < offset { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }

    /// One stretch of text names one entity. Where two entities hold a mention of the same
    /// tokens (a company named by a catalogued port and its legal form, "«Ақтау порты» АҚ",
    /// whose words the port's own match had read), the one that no longer owns the tokens
    /// gives the mention up, unless it has no other. (One entity holds a stretch once:
    /// ``addSpan`` and ``addNestedMention`` add no mention it has.) O(mentions), and a sort of
    /// the shared ones.
    func dropSharedMentions() {
      struct Stretch: Hashable { let start: Int, end: Int }
      var holders: [Stretch: [String]] = [:]
      for id in order {
        guard let i = entities.index(forKey: id) else { continue }
        for m in entities.values[i].mentions { holders[Stretch(start: m.start, end: m.end), default: []].append(id) }
      }
      // (in text order, so that an entity whose mentions all go keeps the same last one on
      // every run)
      for (k, ids) in holders.filter({ $0.value.count > 1 }).sorted(by: { ($0.key.start, $0.key.end) < ($1.key.start, $1.key.end) }) {
        guard let f = tokenIndex(startingAt: k.start), let o = owner[f], ids.contains(spans[o].key) else { continue }
        for id in ids where id != spans[o].key {
          guard let i = entities.index(forKey: id), entities.values[i].mentions.contains(where: { $0.start != k.start || $0.end != k.end }) else { continue }
          entities.values[i].mentions.removeAll { $0.start == k.start && $0.end == k.end }
        }
      }
    }

    func addSpan(_ first: Int, _ last: Int, id: String) {
      let text = self.text(first, last)
      spans.append(Span(first: first, last: last, key: id))
      for k in first...last where owner[k] == nil { owner[k] = spans.count - 1 }
      // in place: copying the entity out and back would copy its mention and alias arrays
      // (a stretch read again for the same entity is one mention, as in ``addNestedMention``)
      let m = Mention(start: toks[first].start, end: toks[last].end, text: text)
      guard let i = entities.index(forKey: id), !entities.values[i].mentions.contains(m) else { return }
      entities.values[i].mentions.append(m)
      if !WordKey.same(text, entities.values[i].label) && !entities.values[i].aliases.contains(where: { WordKey.same($0, text) }) {
        entities.values[i].aliases.append(text)
      }
    }

    /// The spans that still own their first token (a span another rule took over or released
    /// is left out), in the order they were added. O(spans).
    func liveSpans() -> [Span] {
      spans.indices.filter { owner[spans[$0].first] == $0 }.map { spans[$0] }
    }

    /// A mention of `id` at tokens a...b inside another entity's name: the tokens stay that
    /// entity's ("Central Asia" in «Китай – Центральная Азия»).
    func addNestedMention(_ id: String, _ a: Int, _ b: Int) {
      let m = Mention(start: toks[a].start, end: toks[b].end, text: text(a, b))
      guard let i = entities.index(forKey: id), !entities.values[i].mentions.contains(m) else { return }
      entities.values[i].mentions.append(m)
      if !order.contains(id) { order.append(id) }
    }

    func isCapName(_ t: Int) -> Bool {
      let tok = toks[t]
      guard tok.capitalized, tok.end - tok.start >= 2 else { return false }
      var letters = 0, upper = 0
      for i in tok.start..<tok.end {
        let c = doc.scalars[i]
        if Normalizer.isInvisibleJoiner(c) { continue }  // (a soft hyphen inside the word)
        guard Normalizer.isAlphabetic(c) else { return false }  // every scalar must be a letter
        letters += 1
        if Normalizer.isUpper(c) { upper += 1 }
      }
      return !(letters >= 3 && upper == letters)  // acronyms are not personal names
    }

    func entityKind(at t: Int) -> EntityKind? { owner[t].flatMap { entities[spans[$0].key]?.kind } }

    /// Whether a reading of the word at `k` is a body's cue word (``Lexicon/orgCues``), in
    /// any case form ("агентство", "Фонда", "университетімен"). O(readings).
    func hasOrgCue(_ k: Int) -> Bool { cands[k].contains { Lexicon.orgCues[$0] != nil } }

    /// Role words by token, looked up once (discovery and relation rules both ask).
    lazy var roles: [(String, Bool)?] = cands.indices.map { t in
      // ("Kaspi.kz chief executive Mikheil Lomtadze": after "chief", "executive" is the title)
      if t > 0, toks[t].folded == "executive", toks[t - 1].folded == "chief" { return ("chief executive", true) }
      // (a Kazakh role word in the plural names no one holder: "жас боксшылар")
      if doc.language == "kk", let c = cands[t].first(where: { Lexicon.roles[$0] != nil }), toks[t].folded.hasBytePrefix(c),
        case let rest = toks[t].folded.utf8.dropFirst(c.utf8.count), ["лар", "лер", "дар", "дер", "тар", "тер"].contains(where: { rest.starts(with: $0.utf8) })
      { return nil }
      // (the homographs are looked up only for words that read as a role; a role that is a
      // given name too is the name when capitalised inside a sentence: "Экономист Хоким
      // Холиқназар")
      return Extractor.lookupRole(cands[t]).flatMap {
        Lexicon.roleHomographs.contains(toks[t].folded)
          || toks[t].capitalized && t > 0 && sentenceOf(t - 1) == sentenceOf(t) && Lexicon.rolesAlsoGivenNames.contains(toks[t].folded) ? nil : $0
      }
    }
    /// the tokens that are role words, in text order
    lazy var roleTokens: [Int] = roles.indices.filter { roles[$0] != nil }

    /// Every date of the document, found once (relation rules ask per sentence).
    lazy var dates: [DateFinder.Found] = DateFinder.dates(in: doc.scalars, tokens: toks)

    /// The first two dates that open in the text's first 1,000 characters, where a dateline
    /// stands, found once for the dateline passes (town, agency). Only the head's tokens (and
    /// a few after them, so that a date opening there ends there) are read, not the whole text
    /// as ``dates`` would. O(head tokens).
    lazy var datelineDates: [DateFinder.Found] = {
      let head = toks.prefix(while: { $0.start < 1_000 }).count
      return DateFinder.dates(in: doc.scalars, tokens: Array(toks.prefix(head + 16))).prefix(2).filter { $0.start < 1_000 }
    }()

    /// Whether token `t` is a number written in digits ("2", "1000"). O(token).
    func isNumeral(_ t: Int) -> Bool { toks[t].folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) }

    /// The numeral's token of a unit's number after `t` in its sentence ("Plant No. 7",
    /// "Glacier No. 1"), or nil. O(1).
    func unitNumberEnd(after t: Int) -> Int? {
      guard t + 2 < toks.count, toks[t + 1].folded == "no", joins(t, t + 1), gap(t + 1, t + 2).filter({ $0 != " " }).elementsEqual(["."]), isNumeral(t + 2),
        sentenceOf(t + 2) == sentenceOf(t)
      else { return nil }
      return t + 2
    }

    /// Projects in order of first mention, each with the stem of the first word of every
    /// mention and of the lower-case words that follow it up to the name ("золотодобывающего
    /// рудника «Тулпар-Таш»" gives "рудник" too) (computed once, when relation rules first ask).
    lazy var projectHeads: [(id: String, heads: [(start: Int, stem: String)])] = order.compactMap { id in
      guard let e = entities[id], e.kind == .project else { return nil }
      return (id, e.mentions.flatMap { m -> [(start: Int, stem: String)] in
        let words = Segmenter.words(in: Array(m.text.unicodeScalars))
        guard let first = words.first else { return [] }
        var heads = [(start: m.start, stem: Morphology.stem(first.folded))]
        // (after a Russian adjective only: "centro spaziale" is headed by "centro")
        var previous = first
        for w in words.dropFirst().prefix(2) {
          guard !previous.capitalized, Morphology.isCyrillic(previous.folded), Self.russianAdjectiveEndings.contains(where: { previous.folded.hasByteSuffix($0) }),
            !w.capitalized, w.folded.unicodeScalars.count > 3
          else { break }
          heads.append((m.start, Morphology.stem(w.folded)))
          previous = w
        }
        return heads
      })
    }

    /// Russian adjective endings (all genders, numbers and cases a name's first word shows).
    static let russianAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ых", "их", "ую", "юю", "ым", "им", "ыми", "ими"]

    /// The first date inside a sentence.
    /// Whether the text names any project (the relation pass's project anaphora need one).
    lazy var hasProjects: Bool = entities.values.contains { $0.kind == .project }
    /// Whether the text speaks of a metro, tram or subway (its bare "the X line" is one's).
    lazy var mentionsTransit: Bool = toks.contains { Lexicon.transitWordsEN.contains($0.folded) }

    func firstDate(in s: Sentence) -> String? {
      dates.first { $0.start >= s.start && $0.end <= s.end }?.iso
    }

    /// The two countries the document mentions most (for "both countries").
    var mainCountries: [String] {
      order.filter { entities[$0]?.subkind == "country" }.sorted { (entities[$0]!.mentions.count, $1) > (entities[$1]!.mentions.count, $0) }.prefix(2).map { $0 }
    }

    /// The last event mentioned before an offset.
    func lastEvent(before offset: Int) -> String? { lastEntity(of: .event, before: offset) }

    /// The last entity of a kind mentioned before an offset.
    func lastEntity(of kind: EntityKind, before offset: Int, where accept: (ExtractedEntity) -> Bool = { _ in true }) -> String? {
      var best: (Int, String)?
      for id in order where entities[id]?.kind == kind && accept(entities[id]!) {
        for m in entities[id]!.mentions where m.start < offset && m.start > (best?.0 ?? -1) { best = (m.start, id) }
      }
      return best?.1
    }
  }

  /// Merges each entity `alias` maps into the entity it names: its mentions, label and aliases
  /// move there, its spans point there, and it leaves the document. O(merged × (mentions +
  /// spans)).
  func merge(_ st: State, _ alias: [String: String]) {
    for (from, to) in alias.sorted(by: { $0.key < $1.key }) where from != to {
      guard let src = st.entities[from], var dst = st.entities[to] else { continue }
      for m in src.mentions where !dst.mentions.contains(m) { dst.mentions.append(m) }
      for a in [src.label] + src.aliases where !dst.aliases.contains(a) && a != dst.label { dst.aliases.append(a) }
      st.entities[to] = dst
      st.entities[from] = nil
      for i in st.spans.indices where st.spans[i].key == from { st.spans[i].key = to }
    }
    st.order.removeAll { alias[$0] != nil }
  }

  // MARK: - Extraction

  /// The document's entities and relations. A page whose text keeps padding (see
  /// ``Document/padding``) is read without it, as the page shows it, and every offset of the
  /// result is mapped back to the document's own; mention and evidence texts stay as the page
  /// shows them ("Касым-Жомарт Токаев" where the document has "Касым-Жомарт" and "Токаев"
  /// with a reference's padding between). O(rules × tokens); the compaction adds O(n).
  public func extract(_ doc: Document) -> DocumentExtraction {
    guard !doc.padding.isEmpty else { return extractText(doc) }
    let (compact, offsets) = doc.compacted()
    var out = extractText(compact)
    // (an end is exclusive: the offset after the last scalar's own)
    func span(_ a: Int, _ b: Int) -> (Int, Int) { (offsets[a], b > a ? offsets[b - 1] + 1 : offsets[a]) }
    for i in out.entities.indices {
      for j in out.entities[i].mentions.indices {
        let m = out.entities[i].mentions[j]
        let (a, b) = span(m.start, m.end)
        out.entities[i].mentions[j] = Mention(start: a, end: b, text: m.text)
      }
    }
    for i in out.relations.indices where !out.relations[i].fromCatalog {
      for j in out.relations[i].evidence.indices {
        var ev = out.relations[i].evidence[j]
        guard ev.sentence >= 0 else { continue }
        (ev.start, ev.end) = span(ev.start, ev.end)
        ev.sentence = doc.sentenceIndex(containing: ev.start) ?? ev.sentence
        out.relations[i].evidence[j] = ev
      }
    }
    return out
  }

  /// Whether every quote in `s` is paired: «…», “…”, „…“ nest; straight quotes come in twos.
  /// O(length).
  static func quotesPair(_ s: String) -> Bool {
    var guillemets = 0, curly = 0, low = 0, straight = 0
    for c in s.unicodeScalars {
      switch c {
      case "«": guillemets += 1
      case "»": guillemets -= 1; if guillemets < 0 { return false }
      case "„": low += 1
      case "“": if low > 0 { low -= 1 } else { curly += 1 }
      case "”": curly -= 1; if curly < 0 { return false }
      case "\"": straight += 1
      default: continue
      }
    }
    return guillemets == 0 && curly == 0 && low == 0 && straight % 2 == 0
  }

  /// `s` without the quotation marks at its ends. O(length).
  static func trimmingQuotes(_ s: String) -> Substring {
    let isQuote: (Character) -> Bool = { "«»“”„\"".contains($0) }
    var t = s.drop(while: isQuote)
    while let last = t.last, isQuote(last) { t = t.dropLast() }
    return t
  }

  func extractText(_ doc: Document) -> DocumentExtraction {
    let st = State(doc: doc, catalog: catalog)
    matchCatalog(st)
    possessiveCompanies(st)
    localAdministrations(st)
    russianRegionalDepartments(st)
    discoverPersons(st)
    compoundCompanies(st)
    regionNamedCompanies(st)
    discoverOrganizations(st)
    namedAfterHonorees(st)
    latinHonoreeBodies(st)
    namedAfterCompanyNouns(st)
    lowerCaseProvincialBodies(st)
    italianTownBodies(st)
    italianLocalGovernments(st)
    italianQualifiedBodies(st)
    italianChamberBodies(st)
    italianLongBodies(st)
    quotedBrandLists(st)
    quotedCueCompanies(st)
    apposedQuotedCompanies(st)
    adjectiveQuotedCompanies(st)
    italianQuotedNames(st)
    italianVenues(st)
    kazakhMissions(st)
    russianMissions(st)
    latinMissions(st)
    discoverEvents(st)
    calledEvents(st)
    discoverProjects(st)
    russianFieldLists(st)
    italianPluralProjects(st)
    namedProjects(st)
    archaeologicalSites(st)
    satelliteNames(st)
    numberedUnitsInApposition(st)
    englishQuotedProgrammes(st)
    sameRailRoutes(st)
    sameTownAirports(st)
    russianAirports(st)
    russianLandmarks(st)
    trunkLineMentions(st)
    codedPlantMentions(st)
    plantsRunAsCompanies(st)
    coordinatedBodyNames(st)
    discoverPlaces(st)
    regionalAdjectiveRegions(st)
    respelledTowns(st)
    routeTowns(st)
    linkedTowns(st)
    kazakhRouteEnds(st)
    turkicHyphenatedTowns(st)
    townLists(st)
    listedTowns(st)
    residentTowns(st)
    governedRegions(st)
    pointedTowns(st)
    seatTowns(st)
    townsInRegions(st)
    datelineTowns(st)
    repeatedDiscoveredTowns(st)
    formerPlaceNames(st)
    datelineAgencies(st)
    checkpoints(st)
    stationTowns(st)
    domainNamedCompanies(st)
    latinBrands(st)
    camelCaseBrands(st)
    cyrillicBankNames(st)
    ampersandNames(st)
    hyphenedTownCompanies(st)
    describedCompanies(st)
    placeOpenedCompanies(st)
    namesBeforeHeads(st)
    renamedCompanies(st)
    latinAcronyms(st)
    countryBranches(st)
    subsidiaries(st)
    internationalCompanies(st)
    quotedSubsidiaries(st)
    placeSuffixedCompanies(st)
    repeatedNames(st)
    spelledAcronyms(st)
    parentheticalAcronyms(st)
    ellipticRegions(st)
    italianTownsInProvince(st)
    pluralCueLists(st)
    coordinatedRegions(st)
    attachedBodyNames(st)
    newspaperNames(st)
    repeatedQuotedNames(st)
    quotedBodyNames(st)
    resolveShortMentions(st)
    listedPersons(st)
    crossScriptCompanies(st)
    regionShortNames(st)
    featureNamedTowns(st)
    coordinatedRivers(st)
    districtTowns(st)
    namedRaces(st)
    mergeEvents(st)
    ordinalSeriesEvents(st)
    portsOfTowns(st)
    shortenedProjects(st)
    latinNamedProjects(st)
    townCityProjects(st)
    englishMinesOf(st)
    miningSiteNames(st)
    syllabicAcronyms(st)
    nestedMentions(st)
    italianFacilityTowns(st)
    shortBankNames(st)
    bareBodyNames(st)
    townNamedCompanies(st)
    coordinatedCompanies(st)
    placePrefixedCompanies(st)
    lateShortCompanyNames(st)
    samePlaceBodies(st)
    expandedAcronymBodies(st)
    numberedSchools(st)
    sentenceStartCommonBodies(st)
    namesakeTowns(st)
    if extractsRelations { RelationRules.apply(st, extractor: self) }
    st.dropSharedMentions()
    // mentions in text order, so the same input always gives the same output
    let ents = st.order.compactMap { st.entities[$0] }.filter { !$0.mentions.isEmpty }.map { e -> ExtractedEntity in
      var e = e
      e.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
      // a mention keeps the quote that pairs one it opens or closes (mentions stay on token
      // bounds until here: the passes find their tokens by them)
      for j in e.mentions.indices {
        let m = e.mentions[j]
        guard let f = st.tokenIndex(startingAt: m.start), let l = st.tokenIndex(endingAt: m.end), f <= l else { continue }
        let (start, end) = st.mentionBounds(f, l)
        guard start != m.start || end != m.end else { continue }
        let text = doc.slice(start, end)
        e.mentions[j] = Mention(start: start, end: end, text: text)
        // (and so does the alias read from it)
        if let k = e.aliases.firstIndex(of: m.text) {
          if e.aliases.contains(text) || text == e.label { e.aliases.remove(at: k) } else { e.aliases[k] = text }
        }
      }
      // a town or place the text alone names in Cyrillic is known by its romanised name too
      // ("Қарабұлақ" → "Karabulak"), as a person's is by its label, so that a Latin text's
      // name meets it
      if !e.catalogued, e.kind == .city || e.kind == .region, !e.label.contains(" "), Morphology.isCyrillic(Normalizer.fold(e.label)) {
        let latin = Self.romanisedName(e.label)
        if !latin.isEmpty, latin != e.label, !e.aliases.contains(latin) { e.aliases.append(latin) }
      }
      // a label read from tokens that leaves a quote unpaired takes it back from a mention
      // that pairs it ('Oil and Gas of Turkmenistan" conference' → '"Oil and Gas of
      // Turkmenistan" conference')
      // (or drops one the mentions never show: '«Семей ет комбинаты' → 'Семей ет комбинаты')
      if !Self.quotesPair(e.label) {
        let bare = Self.trimmingQuotes(e.label)
        if let m = e.mentions.first(where: { Self.quotesPair($0.text) && Self.trimmingQuotes($0.text) == bare }) {
          e.label = m.text
          e.aliases.removeAll { $0 == m.text }
        }
      }
      return e
    }
    // (relations only between the entities that are output)
    let kept = Set(ents.map(\.id))
    let rels = st.relations.filter { kept.contains($0.source) && kept.contains($0.target) }
    return DocumentExtraction(file: doc.path, language: doc.language, date: doc.date, entities: ents, relations: rels)
  }

  /// ``Morphology/stem(_:commonNoun:inCompound:)`` of each word of a text: the key that
  /// makes a mention and a name written in another case meet ("Балхашского медеплавильного
  /// завода" and its nominative label). O(length).
  static func stems(of text: String) -> [String] {
    Segmenter.words(in: Array(text.unicodeScalars)).map { Morphology.stem($0.folded) }
  }

  func catalogEntity(_ e: CatalogEntry) -> ExtractedEntity {
    ExtractedEntity(id: e.id, label: e.label, kind: e.kind, subkind: e.subkind, labels: e.labels, aliases: catalogAliases[e.id] ?? e.allNames.filter { $0 != e.label }, parent: e.parent, mentions: [], catalogued: true)
  }

  /// Adds the catalogue's entity `e` to the document's entities unless the text has it
  /// already (its mentions are added by the caller).
  func addCatalogued(_ st: State, _ e: CatalogEntry) {
    if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
  }

  /// Whether token `k` is the "s" of an English possessive, after an apostrophe that joins it
  /// to the word before ("Industry's", "Cainiao’s").
  func isPossessiveS(_ st: State, _ k: Int) -> Bool {
    k > 0 && st.toks[k].folded == "s" && st.gap(k - 1, k).allSatisfy { $0 == "'" || $0 == "’" }
  }

  /// Whether token `k` is an English plural's possessive: a word ending in "s", then an
  /// apostrophe and a space ("Sciences' Center"). O(1).
  func isPluralPossessive(_ st: State, _ k: Int) -> Bool {
    guard k + 1 < st.toks.count, st.doc.language == "en", st.toks[k].folded.hasByteSuffix("s") else { return false }
    let g = st.gap(k, k + 1)
    return g.count == 2 && (g.first == "'" || g.first == "’") && g.last == " "
  }

  /// The "s" of an English possessive right after a place's mention that opens at token `k`
  /// ("China's", "Kazakhstan's"), or nil. O(1).
  func placePossessive(_ st: State, at k: Int) -> Int? {
    guard k < st.toks.count, let o = st.owner[k], st.spans[o].first == k, isPlace(st, k), st.spans[o].last + 1 < st.toks.count,
      isPossessiveS(st, st.spans[o].last + 1)
    else { return nil }
    return st.spans[o].last + 1
  }

  func matchCatalog(_ st: State) {
    var i = 0
    let n = st.toks.count
    while i < n {
      var best: Pattern?
      for c in st.cands[i] {
        guard let ps = patterns[c] else { continue }
        for p in ps {
          if p.stems.count > (best?.stems.count ?? 0) {
            if fits(p, at: i, st) { best = p }
          } else if let b = best, p.stems.count == b.stems.count, p.entry != b.entry, prefersHomonym(p.entry, over: b.entry, at: i, st), fits(p, at: i, st) {
            best = p
          }
        }
      }
      if let b = best, b.stems.count == 1, skipSingle(b.entry, at: i, st) {
        best = nil
      }
      // a name that a hyphen and a number continue is another one's ("ТЭЦ Бишкека" is not
      // "ТЭЦ «Бишкек-2»")
      if let b = best, b.stems.count > 1, case let next = i + b.stems.count, next < n, st.gap(next - 1, next).elementsEqual(["-"]),
        st.isNumeral(next)
      {
        best = nil
      }
      if let b = best {
        let e = catalog.entries[b.entry]
        addCatalogued(st, e)
        st.addSpan(i, i + b.stems.count - 1, id: e.id)
        i += b.stems.count
      } else {
        i += 1
      }
    }
  }

  /// Whether of two places that share a name ("Ақсу" is a town in Pavlodar Region, another in
  /// Turkestan Region and a city in Xinjiang) entry `p` is the text's rather than entry `b`.
  /// In order: a place listed with the name at token `i`, by "и", "and", "e", "және" or a
  /// comma ("в Аксу и Кашгаре" is Xinjiang's Aksu); the one the text has already named, so that
  /// every mention reads alike; the one in the country of all the towns of `i`'s sentence; the
  /// one whose country the text has named most so far; the one whose country the whole text's
  /// towns name most; else the catalogue's order (the more populous first). Only places
  /// compete so: a port or company that bears a town's name keeps its place in the order.
  /// O(spans so far + the sentence's tokens), the text's tokens once per text; only for names
  /// two entries share.
  func prefersHomonym(_ p: Int, over b: Int, at i: Int, _ st: State) -> Bool {
    guard isPlaceEntry(p), isPlaceEntry(b) else { return false }
    let pc = RelationRules.countryOf(st, catalog.entries[p].id), bc = RelationRules.countryOf(st, catalog.entries[b].id)
    // (whether country `c` settles the choice: one of the two lies in it, the other not)
    func settles(_ c: String?) -> Bool { c != nil && pc != bc && (pc == c || bc == c) }
    if case let c = coordinatedCountry(at: i, st), settles(c) { return pc == c }
    let pSeen = st.entities[catalog.entries[p].id] != nil, bSeen = st.entities[catalog.entries[b].id] != nil
    if pSeen != bSeen { return pSeen }
    // ("Екібастұз қаласындағы … мен Ақсу қаласының маңындағы")
    if case let c = sentenceCountry(at: i, st), settles(c) { return pc == c }
    let hp = homonymContext(p, st), hb = homonymContext(b, st)
    if hp != hb { return hp > hb }
    // ("Ақсу ферроқорытпа зауыты" opening a text on Pavlodar Region is the Kazakh town's)
    let tally = countryTally(st)
    return (pc.flatMap { tally[$0] } ?? 0) > (bc.flatMap { tally[$0] } ?? 0)
  }

  /// How many of the text's capitalised words name towns or regions of one country alone, per
  /// country (not the countries themselves: a text on a Kazakh town names China as often as
  /// it names Kazakhstan); computed once per text. O(tokens × case readings).
  func countryTally(_ st: State) -> [String: Int] {
    if let t = st.countryTally { return t }
    var tally: [String: Int] = [:]
    for k in st.toks.indices where st.toks[k].capitalized {
      if let c = uniquePlaceCountry(st.cands[k], st) { tally[c, default: 0] += 1 }
    }
    st.countryTally = tally
    return tally
  }

  /// The country of the place listed right before or after the one-word name at token `i`
  /// ("Кашгаре" in "в Аксу и Кашгаре", "Shymkent" in "Shymkent and Aksu"), when the catalogue
  /// puts every place of that name in one country; nil when the two sides disagree or nothing
  /// is listed. O(candidates of two tokens).
  func coordinatedCountry(at i: Int, _ st: State) -> String? {
    let n = st.toks.count
    func linked(_ a: Int, _ b: Int) -> Int? {  // the listed token beyond a conjunction or comma
      guard a >= 0, b < n, st.sentenceOf(a) == st.sentenceOf(b) else { return nil }
      let g = st.gap(a, b)
      if g.elementsEqual([","]) || g.elementsEqual([",", " "]) { return b }
      return nil
    }
    var found: [String] = []
    // after: ", X" or " и X"
    if let k = linked(i, i + 1) ?? (i + 2 < n && Self.listConjunctions.contains(st.toks[i + 1].folded) && st.joins(i, i + 1) && st.joins(i + 1, i + 2) ? i + 2 : nil),
      st.toks[k].capitalized, let c = uniquePlaceCountry(st.cands[k], st)
    { found.append(c) }
    // before: a place already read, then ", " or " и "
    if i >= 1, let o = st.owner[i - 1], linked(i - 1, i) != nil, let c = RelationRules.countryOf(st, st.spans[o].key), isPlace(st, i - 1) {
      found.append(c)
    } else if i >= 2, Self.listConjunctions.contains(st.toks[i - 1].folded), st.joins(i - 2, i - 1), st.joins(i - 1, i), let o = st.owner[i - 2], isPlace(st, i - 2),
      let c = RelationRules.countryOf(st, st.spans[o].key)
    { found.append(c) }
    guard let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
    return first
  }

  /// The words that list two places: ``Lexicon/coordinators`` and the Italian "ed".
  static let listConjunctions: Set<String> = Lexicon.coordinators.union(["ed"])

  /// The one country of the towns and regions the other capitalised words of token `i`'s
  /// sentence name (each alone in the catalogue's one country), or nil when they name none or
  /// several countries. O(sentence tokens × case readings).
  func sentenceCountry(at i: Int, _ st: State) -> String? {
    let s = st.sentenceOf(i)
    guard s >= 0, s < st.sentenceTokens.count else { return nil }
    var country: String?
    for k in st.sentenceTokens[s] where k != i && st.toks[k].capitalized {
      guard let c = uniquePlaceCountry(st.cands[k], st) else { continue }
      if country == nil { country = c } else if country != c { return nil }
    }
    return country
  }

  /// The one country of every one-word catalogued town or region (no country) a token's case
  /// readings name, or nil.
  func uniquePlaceCountry(_ cands: [String], _ st: State) -> String? {
    var country: String?
    for c in cands {
      guard let ps = patterns[c] else { continue }
      for p in ps where p.stems.count == 1 && isPlaceEntry(p.entry) && catalog.entries[p.entry].subkind != "country" {
        guard let k = RelationRules.countryOf(st, catalog.entries[p.entry].id) else { return nil }
        if country == nil { country = k } else if country != k { return nil }
      }
    }
    return country
  }

  /// How many of the text's mentions so far lie in the country of catalogue entry `ei` (by
  /// ``RelationRules/countryOf(_:_:)``'s containment chain).
  func homonymContext(_ ei: Int, _ st: State) -> Int {
    guard let country = RelationRules.countryOf(st, catalog.entries[ei].id) else { return 0 }
    return st.spans.reduce(0) { $0 + (RelationRules.countryOf(st, $1.key) == country ? 1 : 0) }
  }

  /// Whether catalogue entry `ei` is a town or a region.
  func isPlaceEntry(_ ei: Int) -> Bool { catalog.entries[ei].kind == .city || catalog.entries[ei].kind == .region }

  /// One-token place names that are something else here: a Latin-script city alias inside a
  /// Cyrillic text is a brand or outlet ("передает Phoenix 24"), and "долларов США" and "US
  /// dollars" are a currency, not the country.
  func skipSingle(_ ei: Int, at i: Int, _ st: State) -> Bool {
    let e = catalog.entries[ei]
    let f = st.toks[i].folded
    // the first half of a hyphenated name ("Иссык-Куль", "Чолпон-Ата") is not a place of its
    // own; a pair of places is ("Казахстан-Китай")
    // (nor is a town before a name it is paired with after a route's word: "volo diretto
    // Urumqi-Tamchy")
    if i + 1 < st.toks.count, st.gap(i, i + 1).elementsEqual(["-"]), st.toks[i + 1].capitalized, !catalogHasPlace(named: st.toks[i + 1].folded),
      !(e.kind == .city && (1...2).contains { d in i - d >= 0 && Lexicon.routeWords.contains(st.toks[i - d].folded) && (d == 1 || !st.toks[i - 1].capitalized) })
    { return true }
    // (nor is the second half after a short first one that opens the name: "Таш-Кургане" is
    // not Kurgan, «Агро-Самарканд» not Samarkand; a route's towns stay: "Atasu-Alashankou",
    // "Sary-Tash-Irkeshtam")
    if i > 0, st.gap(i - 1, i).elementsEqual(["-"]), st.toks[i - 1].capitalized, st.toks[i - 1].folded.unicodeScalars.count <= 4,
      !(i > 1 && st.gap(i - 2, i - 1).elementsEqual(["-"])), !catalogHasPlace(named: st.toks[i - 1].folded)
    { return true }
    if e.kind == .city, !Morphology.isCyrillic(f), st.doc.language == "ru" || st.doc.language == "kk" { return true }
    // a word of a web address names the site ("Дереккөз: Zhetysu.gov.kz")
    if i + 1 < st.toks.count, st.gap(i, i + 1).elementsEqual(["."]), !st.toks[i + 1].capitalized, Lexicon.webDomains.contains(st.toks[i + 1].folded) { return true }
    // a company named like a person ("Leonardo") before a capitalised word is a given name
    if e.kind == .organization, Lexicon.isGivenName(f), i + 1 < st.toks.count, st.isCapName(i + 1), st.joins(i, i + 1) { return true }
    // (a macro-region's or a namesake feature's name alone in guillemets after a lower-case
    // word is a club's or a company's: "против новосибирской «Сибири»")
    if e.kind == .region, Catalog.isMacroRegion(e.subkind), i > 0, !st.toks[i - 1].capitalized, st.gap(i - 1, i).contains("«"),
      i + 1 == st.toks.count || st.gap(i, i + 1).first == "»"
    { return true }
    // (so is a field's one-word name before a surname: "Тенгиз Абдрахманов", "Tengiz Sharmanov")
    if e.kind == .project, surnameFollows(st, i, endings: Self.genderedSurnameEndings) { return true }
    // ("«Дружба наших народов …»" is friendship, not the Druzhba crossing: a place named by a
    // common noun says nothing as a sentence's or quotation's first word before lower-case words)
    if e.kind == .city || e.kind == .region, st.doc.language == "ru", Lexicon.russianCommonNounPlaceNames.contains(f),
      isSentenceStart(st, i) || opensQuote(st, i), i + 1 < st.toks.count, st.joins(i, i + 1), !st.toks[i + 1].capitalized
    { return true }
    // ("Семена поставит …" is not Semey: in a Russian text a one-word place's form must be
    // one of its names with a Russian case ending, not a Kazakh one)
    if e.kind == .city || e.kind == .region, st.doc.language == "ru", !Self.isRussianFormOfName(f, cyrillicOneWordNames[ei]) { return true }
    // the name a body bears is its honoree's, not the town's: "Абай атындағы ҚазҰПУ",
    // "КазНПУ имени Абая", "университет им. Абая"
    if e.kind == .city || e.kind == .region {
      if i + 1 < st.toks.count, st.toks[i + 1].folded.utf8.elementsEqual("атындағы".utf8), st.joins(i, i + 1) { return true }
      if i > 0,
        st.toks[i - 1].folded.utf8.elementsEqual("имени".utf8) && st.joins(i - 1, i) || st.toks[i - 1].folded.utf8.elementsEqual("им".utf8) && st.gap(i - 1, i).elementsEqual([".", " "])
      { return true }
    }
    // ("Қазан айының басында", "17 қазан": a Kazakh month named like a town, Kazan, before
    // "ай" (month) or after a day's number is the month)
    if st.doc.language == "kk", Lexicon.kazakhMonths.contains(f),
      i + 1 < st.toks.count && st.joins(i, i + 1) && st.toks[i + 1].folded.hasBytePrefix("ай") || i > 0 && st.isNumeral(i - 1)
    { return true }
    if e.kind == .region, i > 0 {
      let prev = st.toks[i - 1].folded
      if ["доллар", "dollar", "dollari", "юан", "евро", "рубл", "теңге", "долл"].contains(where: { prev.hasBytePrefix($0) }) { return true }
    }
    // ("850 million US dollars", "12 миллиард АҚШ долларын": the country's name before
    // "dollar" names the currency)
    if e.kind == .region, i + 1 < st.toks.count, st.joins(i, i + 1), st.toks[i + 1].folded.hasBytePrefix("dollar") || st.toks[i + 1].folded.hasBytePrefix("доллар") { return true }
    return false
  }

  /// Whether a folded word is one of a catalogue entry's one-word Cyrillic names (folded, as
  /// scalars), or such a name with a Russian noun or adjective ending in place of its own last
  /// letters ("Семее", "Китаем", "Астане", "Актюбинский"; not "Семена"). A Latin word, and an
  /// entry with no one-word Cyrillic name, pass. O(names × length).
  static func isRussianFormOfName(_ f: String, _ names: [[Unicode.Scalar]]) -> Bool {
    guard !names.isEmpty, Morphology.isCyrillic(f) else { return true }
    let word = Array(f.unicodeScalars)
    // (the name itself is the empty ending's case)
    for n in names {
      var common = 0
      while common < min(n.count, word.count), n[common] == word[common] { common += 1 }
      // the name loses at most its last two letters to the ending ("Семей" → "Семе|е"; a
      // short name none: "Ош" → "Ош|е")
      guard common >= min(3, n.count), n.count - common <= 2 else { continue }
      if russianNounEndings.contains(String(String.UnicodeScalarView(word[common...]))) { return true }
    }
    return false
  }
  static let russianNounEndings: Set<String> = [
    "", "а", "я", "у", "ю", "ом", "ем", "ём", "е", "ы", "и", "ой", "ей", "ою", "ею", "ами", "ями", "ах", "ях", "ам", "ям", "ов", "ев", "ью",
    "ий", "ый", "ого", "ому", "им", "ым", "ая", "ую", "ое", "ые", "ие", "ых", "их", "ыми", "ими",
  ]

  func fits(_ p: Pattern, at i: Int, _ st: State) -> Bool {
    guard i + p.stems.count <= st.toks.count else { return false }
    if p.minLength > 0, st.toks[i].end - st.toks[i].start < p.minLength { return false }
    for j in 0..<p.stems.count {
      let k = i + j
      if j > 0 {
        guard st.cands[k].contains(where: { WordKey.same($0, p.stems[j]) }), st.joins(k - 1, k, comma: p.allowComma)
            || (p.joiner.map { j in st.gap(k - 1, k).elementsEqual([j]) || j == "&" && Self.isAmpersandGap(st.gap(k - 1, k)) } ?? false)
        else { return false }
      }
      // (a town in the locative before a bare "облыс" is no region's name: "Ақтөбеде облыс
      // әкімі" is the region's akim, in Aktobe)
      if j + 1 < p.stems.count, st.doc.language == "kk", st.toks[k + 1].folded == "облыс", !WordKey.same(st.toks[k].folded, p.stems[j]),
        Morphology.hasKazakhLocativeEnding(st.toks[k].folded, attributive: false)
      {
        return false
      }
      // ("nel Kazakistan occidentale" is the country's west; "nella regione del Kazakistan
      // orientale", like "Kazakistan Orientale", is the oblast)
      if j > 0, j + 1 == p.stems.count, st.doc.language == "it", !st.toks[k].capitalized, Lexicon.italianCompassAdjectives.contains(st.toks[k].folded),
        catalog.entries[p.entry].subkind == "oblast",
        !(i >= 2 && ["del", "della", "dell"].contains(st.toks[i - 1].folded) && ["regione", "provincia", "oblast"].contains(st.toks[i - 2].folded))
      {
        return false
      }
      switch p.caps[j] {
      case 1: if !st.toks[k].capitalized { return false }
      case 2:
        let sc = st.doc.scalars[st.toks[k].start..<st.toks[k].end]
        if !sc.allSatisfy({ !$0.properties.isAlphabetic || $0.properties.isUppercase }) { return false }
      case 3:
        let sc = st.doc.scalars[st.toks[k].start..<st.toks[k].end]
        if !st.toks[k].capitalized || !(sc.allSatisfy { $0.properties.isUppercase } || sc.dropFirst().allSatisfy { $0.properties.isLowercase }) { return false }
      default: break
      }
    }
    return true
  }

  /// The catalogue entity an adjective token refers to (`казахстанских` → kazakhstan).
  func adjectiveEntity(_ folded: String, maxTail: Int = 5) -> CatalogEntry? {
    // only stems that start like the word can be its prefix (plus any shorter than two scalars)
    let short = adjectivesByHead[0] ?? []
    let same = adjectivesByHead[Self.headKey(folded)] ?? []
    var a = 0, b = 0
    // walk both candidate lists in ``adjectives``' order: the first match wins, as in a full scan
    while a < short.count || b < same.count {
      let i: Int
      if b >= same.count || (a < short.count && short[a] < same[b]) {
        i = short[a]
        a += 1
      } else {
        i = same[b]
        b += 1
      }
      let (stem, ei) = adjectives[i]
      if folded.hasBytePrefix(stem) && folded.count - stem.count <= maxTail { return catalog.entries[ei] }
    }
    return nil
  }

  /// The first two scalars of a string as one key (0 when it has fewer).
  static func headKey(_ s: String) -> UInt64 {
    var it = s.unicodeScalars.makeIterator()
    guard let a = it.next(), let b = it.next() else { return 0 }
    return UInt64(a.value) << 21 | UInt64(b.value) | 1 << 63
  }

  // MARK: - Discovery

  /// The role word at a token, if any (looked up once per document, see ``State/roles``).
  static func role(of st: State, at t: Int) -> (String, Bool)? { st.roles[t] }

  static func lookupRole(_ cands: [String]) -> (String, Bool)? {
    for c in cands { if let r = Lexicon.roles[c] { return r } }
    return nil
  }
}
