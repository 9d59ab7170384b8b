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
    /// 0: any case, 1: capitalised, 2: all capitals (acronym)
    var caps: [UInt8]
    var allowComma: Bool
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
  /// catalogued events, for linking discovered events
  let catalogEvents: [Int]
  /// catalogued events' labels as UTF-8, as is and with en dashes as spaces
  let catalogEventLabels: [(entry: Int, bytes: [UInt8], dashless: [UInt8])]
  /// a catalogue entry's names other than its label, by entry id (worked out once)
  let catalogAliases: [String: [String]]

  public init(catalog: Catalog) {
    self.catalog = catalog
    var p: [String: [Pattern]] = [:]
    var adj: [(String, Int)] = []
    var aliases: [String: [String]] = [:]
    for (ei, e) in catalog.entries.enumerated() {
      var seen = Set<[String]>()
      let names = e.allNames
      aliases[e.id] = names.filter { $0 != e.label }
      for name in names {
        let sc = Array(name.precomposedStringWithCanonicalMapping.unicodeScalars)
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
        // "министерства иностранных дел Китая": Russian names of bodies start lower-case in running text
        if toks.count >= 2, Morphology.isCyrillic(stems[0]), Self.isOrgCueWord(toks[0].folded) { caps[0] = 0 }
        if toks.count == 1 && (caps[0] == 0 || stems[0].count < 2) { continue }
        // (a city of two Cyrillic letters keeps its name: Ош, Оше, Ошем)
        if toks.count == 1 && caps[0] == 1 && stems[0].count < 3 && !(e.kind == .city && stems[0].count == 2 && Morphology.isCyrillic(stems[0])) { continue }
        if !seen.insert(stems).inserted {
          // same stems under another capitalisation ("Corridoio di Mezzo" / "corridoio di mezzo"): keep the weaker requirement
          if let i = p[stems[0]]?.firstIndex(where: { $0.entry == ei && $0.stems == stems }) {
            p[stems[0]]![i].caps = zip(p[stems[0]]![i].caps, caps).map { min($0, $1) }
          }
          continue
        }
        p[stems[0], default: []].append(Pattern(entry: ei, stems: stems, caps: caps, allowComma: name.contains(",")))
      }
      for a in e.adjectives ?? [] { adj.append((Normalizer.fold(a), ei)) }
    }
    self.patterns = WordMap(p)
    self.catalogAliases = aliases
    self.adjectives = adj.sorted { $0.0.count > $1.0.count }
    var heads: [UInt64: [Int]] = [:]
    for (i, a) in adjectives.enumerated() { heads[Self.headKey(a.0), default: []].append(i) }
    adjectivesByHead = heads
    var pk: [String: Int] = [:]
    var ph: [String: [Int]] = [:]
    var ev: [Int] = []
    for (ei, e) in catalog.entries.enumerated() {
      switch e.kind {
      case .person:
        pk[Transliteration.nameKey(e.label)] = pk[Transliteration.nameKey(e.label)] ?? ei
        pk[e.id] = pk[e.id] ?? ei
      case .city, .region:
        for name in e.allNames {
          let w = Segmenter.words(in: Array(name.unicodeScalars))
          guard w.count <= 3, let first = w.first else { continue }
          let key = e.kind.rawValue + "|" + Morphology.stem(first.folded)
          if ph[key]?.contains(ei) != true { ph[key, default: []].append(ei) }
        }
      case .event: ev.append(ei)
      default: break
      }
    }
    personByKey = WordMap(pk)
    placeByHead = WordMap(ph)
    catalogEvents = ev
    catalogEventLabels = ev.map { ei in
      let label = catalog.entries[ei].label
      return (ei, Array(label.utf8), Array(label.replacingOccurrences(of: "–", with: " ").utf8))
    }
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
      toks = Segmenter.words(in: doc.scalars)
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

    /// the stems of a mention's words, by the mention's span
    /// Per sentence: a headline in Title Case ("Kazakhstan And China Agree To Boost Trade"),
    /// where capitals say nothing about names: a capitalised function word after the first
    /// word ("And", "To", "In", "Of"), and at least 70% of the words of four letters or more
    /// (any script) capitalised, four of them at least. A sentence dense with names keeps its
    /// function words in lower case.
    lazy var titleCase: [Bool] = sentenceTokens.map { r in
      var words = 0, caps = 0, function = false
      for k in r.dropFirst() {
        let sc = doc.scalars[toks[k].start..<toks[k].end]
        guard let c = sc.first, c.properties.isAlphabetic else { continue }
        if toks[k].capitalized, Lexicon.titleFunctionWords.contains(toks[k].folded) { function = true }
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

    /// Whether token `t` stands in a Title Case headline (see ``titleCase``).
    func inTitle(_ t: Int) -> Bool {
      let s = tokenSentence[t]
      return s >= 0 && s < titleCase.count && titleCase[s]
    }

    var mentionStemCache: [Int: (end: Int, stems: [String])] = [:]
    func mentionStems(_ m: Mention) -> [String] {
      if let c = mentionStemCache[m.start], c.end == m.end { return c.stems }
      let stems = Segmenter.words(in: Array(m.text.unicodeScalars)).map { Morphology.stem($0.folded) }
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
    func original(_ t: Int) -> String { doc.slice(toks[t].start, toks[t].end) }

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
      if let i = entities.index(forKey: e.id) {
        for a in e.aliases where !entities.values[i].aliases.contains(where: { WordKey.same($0, a) }) { entities.values[i].aliases.append(a) }
        if entities.values[i].kind != e.kind && !entities.values[i].catalogued && e.catalogued { entities.values[i].kind = e.kind }
      } else {
        entities[e.id] = e
        order.append(e.id)
      }
    }

    func addSpan(_ first: Int, _ last: Int, id: String) {
      let text = self.text(first, last)
      spans.append(Span(first: first, last: last, key: id))
      for k in first...last where owner[k] == nil { owner[k] = spans.count - 1 }
      // in place: copying the entity out and back would copy its mention and alias arrays
      guard let i = entities.index(forKey: id) else { return }
      entities.values[i].mentions.append(Mention(start: toks[first].start, end: toks[last].end, text: text))
      if !WordKey.same(text, entities.values[i].label) && !entities.values[i].aliases.contains(where: { WordKey.same($0, text) }) {
        entities.values[i].aliases.append(text)
      }
    }

    func isCapName(_ t: Int) -> Bool {
      let tok = toks[t]
      guard tok.capitalized, tok.end - tok.start >= 2 else { return false }
      var letters = 0, upper = 0
      for i in tok.start..<tok.end {
        let c = doc.scalars[i]
        guard Normalizer.isAlphabetic(c) else { return false }  // every scalar must be a letter
        letters += 1
        if Normalizer.isUpper(c) { upper += 1 }
      }
      return !(letters >= 3 && upper == letters)  // acronyms are not personal names
    }

    func entityKind(at t: Int) -> EntityKind? { owner[t].flatMap { entities[spans[$0].key]?.kind } }

    /// Role words by token, looked up once (discovery and relation rules both ask).
    lazy var roles: [(String, Bool)?] = cands.map { Extractor.lookupRole($0) }
    /// the tokens that are role words, in text order
    lazy var roleTokens: [Int] = roles.indices.filter { roles[$0] != nil }

    /// Every date of the document, found once (relation rules ask per sentence).
    lazy var dates: [DateFinder.Found] = DateFinder.dates(in: doc.scalars, tokens: toks)

    /// Projects in order of first mention, each with the stem of the first word of every
    /// mention (computed once, when relation rules first ask).
    lazy var projectHeads: [(id: String, heads: [(start: Int, stem: String)])] = order.compactMap { id in
      guard let e = entities[id], e.kind == .project else { return nil }
      return (id, e.mentions.compactMap { m in Segmenter.words(in: Array(m.text.unicodeScalars)).first.map { (m.start, Morphology.stem($0.folded)) } })
    }

    /// The first date inside a sentence.
    /// Whether the text names any project (the relation pass's project anaphora need one).
    lazy var hasProjects: Bool = entities.values.contains { $0.kind == .project }

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

  // MARK: - Extraction

  public func extract(_ doc: Document) -> DocumentExtraction {
    let st = State(doc: doc, catalog: catalog)
    matchCatalog(st)
    discoverPersons(st)
    compoundCompanies(st)
    discoverOrganizations(st)
    quotedBrandLists(st)
    kazakhMissions(st)
    discoverEvents(st)
    discoverProjects(st)
    discoverPlaces(st)
    latinBrands(st)
    parentheticalAcronyms(st)
    coordinatedRegions(st)
    resolveShortMentions(st)
    mergeEvents(st)
    nestedMentions(st)
    if extractsRelations { RelationRules.apply(st, extractor: self) }
    // mentions in text order, so the same input always gives the same output
    let ents = st.order.compactMap { st.entities[$0] }.filter { !$0.mentions.isEmpty }.map { e -> ExtractedEntity in
      var e = e
      e.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
      return e
    }
    let rels = st.relations
    return DocumentExtraction(file: doc.path, language: doc.language, date: doc.date, entities: ents, relations: rels)
  }

  func catalogEntity(_ e: CatalogEntry) -> ExtractedEntity {
    ExtractedEntity(id: e.id, label: e.label, kind: e.kind, subkind: e.subkind, labels: e.labels, aliases: catalogAliases[e.id] ?? e.allNames.filter { $0 != e.label }, parent: e.parent, mentions: [], catalogued: true)
  }

  func matchCatalog(_ st: State) {
    var i = 0
    let n = st.toks.count
    while i < n {
      var best: Pattern?
      for c in st.cands[i] {
        guard let ps = patterns[c] else { continue }
        for p in ps where p.stems.count > (best?.stems.count ?? 0) && fits(p, at: i, st) { best = p }
      }
      if let b = best, b.stems.count == 1, skipSingle(catalog.entries[b.entry], at: i, st) {
        best = nil
      }
      if let b = best {
        let e = catalog.entries[b.entry]
        if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
        st.addSpan(i, i + b.stems.count - 1, id: e.id)
        i += b.stems.count
      } else {
        i += 1
      }
    }
  }

  /// One-token place names that are something else here: a Latin-script city alias inside a
  /// Cyrillic text is a brand or outlet ("передает Phoenix 24"), and "долларов США" is a
  /// currency, not the country.
  func skipSingle(_ e: CatalogEntry, at i: Int, _ st: State) -> Bool {
    let f = st.toks[i].folded
    // the first half of a hyphenated name ("Иссык-Куль", "Чолпон-Ата") is not a place of its
    // own; a pair of places is ("Казахстан-Китай")
    if i + 1 < st.toks.count, st.gap(i, i + 1).elementsEqual(["-"]), st.toks[i + 1].capitalized, !catalogHasPlace(named: st.toks[i + 1].folded) { return true }
    if e.kind == .city, !Morphology.isCyrillic(f), st.doc.language == "ru" || st.doc.language == "kk" { return true }
    if e.kind == .region, i > 0 {
      let prev = st.toks[i - 1].folded
      if ["доллар", "dollar", "dollari", "юан", "евро", "рубл", "теңге", "долл"].contains(where: { prev.hasPrefix($0) }) { return true }
    }
    return false
  }

  func fits(_ p: Pattern, at i: Int, _ st: State) -> Bool {
    guard i + p.stems.count <= st.toks.count else { return false }
    for j in 0..<p.stems.count {
      let k = i + j
      if j > 0 {
        guard st.cands[k].contains(where: { WordKey.same($0, p.stems[j]) }), st.joins(k - 1, k, comma: p.allowComma) else { return false }
      }
      switch p.caps[j] {
      case 1: if !st.toks[k].capitalized { return false }
      case 2:
        let sc = st.doc.scalars[st.toks[k].start..<st.toks[k].end]
        if !sc.allSatisfy({ !$0.properties.isAlphabetic || $0.properties.isUppercase }) { return false }
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
      if folded.hasPrefix(stem) && folded.count - stem.count <= maxTail { return catalog.entries[ei] }
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

  /// Runs of capitalised, uncovered tokens that read as a person's name, after role words
  /// ("вице-мэр Цзюцзяна Чэн Шулянь", "Chairman of the … Federation An Husai"), Chinese
  /// names anywhere (surname + Palladius/Pinyin given name), and first name + surname with a
  /// surname suffix (Баян Рамазановой).
  func discoverPersons(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      // Chinese name: Surname + Given. A one-token place alias ("Чжане" for Zhangye, the
      // city Jining) yields to a surname + given-name reading.
      if t + 1 < n, isShadowable(st, t), isShadowable(st, t + 1), st.owner[t] == nil || st.owner[t + 1] == nil || true,
        st.toks[t].capitalized, st.isCapName(t + 1), st.joins(t, t + 1), let py = chineseName(st, t, t + 1)
      {
        if st.owner[t] != nil || st.owner[t + 1] != nil { release(st, t, t + 1) }
        addPerson(st, t, t + 1, id: Transliteration.slug(py), label: py)
        continue
      }
      guard st.owner[t] == nil else { continue }
      // "Р. Скляр", "К.-Ж. Токаев": initials and a surname
      if let (k, pid) = initialsAndSurname(st, t) {
        if let p = pid {
          if st.owner[k] != nil { release(st, k, k) }
          st.addSpan(t, k, id: p)
        } else {
          let label = st.text(t, k - 1) + st.doc.slice(st.toks[k - 1].end, st.toks[k].start) + Morphology.nominativeName(st.original(k))
          addPerson(st, t, k, id: personID(label), label: label)
        }
        t = k
        continue
      }
      // "Акылбек Кадыралиевич Молдогазиев": given name, patronymic and surname are one person,
      // labelled without the patronymic; "Акылбек Кадыралиевич" alone addresses a person the
      // text has named
      if st.isCapName(t), t + 1 < n, st.owner[t + 1] == nil, st.isCapName(t + 1), st.joins(t, t + 1), Morphology.patronymic(st.toks[t + 1].folded) != nil,
        isGivenNameLike(st.toks[t].folded), Self.role(of: st, at: t) == nil, !Lexicon.stopCapitalized.contains(st.toks[t].folded)
      {
        if t + 2 < n, st.owner[t + 2] == nil, st.isCapName(t + 2), st.joins(t + 1, t + 2), looksLikeSurname(st, t + 2) {
          let label = st.original(t) + " " + Morphology.nominativeName(st.original(t + 2))
          addPerson(st, t, t + 2, id: personID(label), label: label)
          t += 2
          continue
        }
        if Morphology.patronymic(st.toks[t + 1].folded) == .russian,
          let pid = st.order.first(where: { id in
            guard let e = st.entities[id], e.kind == .person, let m = e.mentions.first else { return false }
            return m.text.split(separator: " ").first.map { WordKey.same(String($0), st.original(t)) } ?? false
          })
        {
          st.addSpan(t, t + 1, id: pid)
          t += 1
          continue
        }
      }
      // a common given name and a capitalised word: "Giorgia Meloni", "Paolo Gentiloni Rossi"
      if st.isCapName(t), !st.inTitle(t), !st.inByline(t), Lexicon.givenNames.contains(st.toks[t].folded), t + 1 < n, st.owner[t + 1] == nil, st.isCapName(t + 1), st.joins(t, t + 1),
        st.sentenceOf(t + 1) == st.sentenceOf(t), latinOrCyrillicNameWord(st, t + 1)
      {
        var b = t + 1
        if b + 1 < n, st.owner[b + 1] == nil, st.isCapName(b + 1), st.joins(b, b + 1), latinOrCyrillicNameWord(st, b + 1), st.sentenceOf(b + 1) == st.sentenceOf(t) { b += 1 }
        let label = labelForPerson(st, t, b)
        addPerson(st, t, b, id: personID(label), label: label)
        t = b
        continue
      }
      // First name + Surname with a surname suffix
      // (a surname the catalogue also reads as a one-word city yields: "Жанны Ивановой")
      // (so does a relative's surname: "Gurbanguly Berdimuhamedov" where the catalogue knows
      // Serdar Berdimuhamedov)
      if st.isCapName(t), !st.inTitle(t), !st.inByline(t), t + 1 < n, st.owner[t + 1] == nil || isShadowable(st, t + 1) || isOtherPersonsSurname(st, given: t, surname: t + 1), st.isCapName(t + 1), st.joins(t, t + 1),
        !Lexicon.stopCapitalized.contains(st.toks[t].folded), !Lexicon.honorifics.contains(st.toks[t].folded)
      {
        let sur = Morphology.nominativeName(st.original(t + 1))
        let f = Normalizer.fold(sur)
        // "… of Ministers Adylbek Kasymaliev": when the next word is a surname too, the name
        // starts one word later
        let surnameNext = t + 2 < n && st.owner[t + 2] == nil && st.isCapName(t + 2) && st.joins(t + 1, t + 2) && looksLikeSurname(st, t + 2)
        if Lexicon.surnameSuffixes.contains(where: { f.hasSuffix($0) && f.count >= $0.count + 3 }), !surnameNext, Self.role(of: st, at: t) == nil, Lexicon.roles[st.toks[t].folded] == nil, Lexicon.orgCues[st.toks[t].folded] == nil, isGivenNameLike(st.toks[t].folded), !(isSentenceStart(st, t) && Lexicon.sentenceStarters.contains(st.toks[t].folded)) {
          // a city's one-word mention yields only to a surname in a feminine or masculine form
          if st.owner[t + 1] != nil {
            guard isOtherPersonsSurname(st, given: t, surname: t + 1) || ["ова", "ева", "ина", "овой", "евой", "иной", "ов", "ев"].contains(where: { st.toks[t + 1].folded.hasSuffix($0) }) else { continue }
            release(st, t + 1, t + 1)
          }
          var label = st.original(t) + " " + sur
          // "министра Узбекистана Жамшида Ходжаева": after a role in the genitive, with only
          // its complement between, a man's name is declined too
          if st.doc.language == "ru", let r = (max(0, t - 4)..<t).last(where: { Self.role(of: st, at: $0) != nil }), Self.isDeclinedRole(st.toks[r].folded),
            ((r + 1)..<t).allSatisfy({ st.owner[$0] != nil }), !st.toks[t + 1].folded.hasSuffix("ой"), !st.toks[t + 1].folded.hasSuffix("ей")
          {
            label = Morphology.nominativeMasculine(st.original(t) + " " + st.original(t + 1))
          } else if ["овой", "евой", "иной", "ской"].contains(where: { st.toks[t + 1].folded.hasSuffix($0) }) {
            label = Morphology.nominativeFeminineGiven(st.original(t)) + " " + sur  // "Жанны Ивановой" → "Жанна Иванова"
          }
          addPerson(st, t, t + 1, id: personID(label), label: label)
          continue
        }
      }
    }
    // Role-cued names
    for r in st.roleTokens {
      guard st.owner[r] == nil || st.entityKind(at: r) == nil else { continue }
      let sent = st.sentenceOf(r)
      var k = r + 1
      var run: [Int] = []
      var complement = false  // the run follows "of"/"for"/"di": an organisation or place, not the holder
      while k < n, k <= r + 12, st.sentenceOf(k) == sent {
        if let o = st.owner[k] {
          if st.entities[st.spans[o].key]?.kind == .person { break }
          // "әкімі Дархан Сатыбалды": a given name that is also a city's name (Darkhan),
          // right after the role word and before a free capitalised word
          if run.isEmpty, k == r + 1, isShadowable(st, k), st.isCapName(k), k + 1 < n, st.owner[k + 1] == nil, st.isCapName(k + 1), st.joins(k, k + 1),
            st.sentenceOf(k + 1) == sent
          {
            run = [k, k + 1]
            k += 2
            break
          }
          // a name already read ends at the place or body after it ("… Сатыбалды Қытайдың …")
          if !run.isEmpty, !complement, st.joins(run.last!, k), !Lexicon.complementWords.contains(st.toks[k].folded) { break }
          run = []
          complement = false
          k = st.spans[o].last + 1
          continue
        }
        // a quoted name is a company's or a project's, not a person's: «Kaisa Glass»
        if st.isCapName(k), k > 0, st.gap(k - 1, k).contains(where: Self.isOpeningQuote) {
          if !run.isEmpty { break }
          while k < n, st.sentenceOf(k) == sent, insideQuotes(st, k) { k += 1 }
          continue
        }
        if st.isCapName(k) && !Lexicon.stopCapitalized.contains(st.toks[k].folded) && (run.isEmpty || st.joins(run.last!, k) || isPossessiveS(st, run.last!, k)) {
          if run.isEmpty && k > r + 1 && Lexicon.complementWords.contains(st.toks[k - 1].folded) { complement = true }
          if Lexicon.orgCues[st.toks[k].folded] != nil || Lexicon.eventCues[st.toks[k].folded] != nil || Self.role(of: st, at: k) != nil {
            run = []  // "…People's Federation An Husai": the name starts after the cue
            complement = false
          } else {
            run.append(k)
          }
          k += 1
          continue
        }
        if st.toks[k].folded == "s" && !run.isEmpty { k += 1; continue }
        if !run.isEmpty {
          if complement && (Lexicon.complementWords.contains(st.toks[k].folded) || !st.toks[k].capitalized) && k - r < 10 && !st.gap(run.last!, k).contains(",") {
            if !Lexicon.complementWords.contains(st.toks[k].folded), let holder = portfolioHolder(st, run) {
              run = holder  // "… of Energy and Water Resources Daler Juma said"
              complement = false
              break
            }
            run = []  // "Minister of Science and Higher Education Sayasat Nurbek"
            complement = false
            k += 1
            continue
          }
          break
        }
        k += 1
      }
      // "Minister of Energy and Water Resources Daler Juma": the complement's portfolio
      // words end where the holder's name begins
      if complement, let holder = portfolioHolder(st, run) {
        run = holder
        complement = false
      }
      guard !run.isEmpty, run.count <= 4, !complement else { continue }
      if run.count == 1 && !looksLikeSurname(st, run[0]) { continue }
      let a = run.first!, b = run.last!
      // the run must end the phrase: followed by punctuation, a lower-case word or the sentence end
      // (a place or body named next is not part of it: "әкімі Ғабит Сыздықбеков Қытайдың …")
      if b + 1 < n, st.sentenceOf(b + 1) == sent, st.joins(b, b + 1), st.toks[b + 1].capitalized, st.owner[b + 1] == nil || st.entityKind(at: b + 1) == .person,
        !st.gap(b, b + 1).contains(where: Self.isOpeningQuote)
      { continue }
      if a == b, st.toks[a].folded.count < 3 { continue }
      if run.allSatisfy({ adjectiveEntity(st.toks[$0].folded) != nil }) { continue }
      var label = labelForPerson(st, a, b)
      // "вице-премьера Узбекистана Жамшида Ходжаева": after a role in the genitive (or the
      // animate accusative) a man's name is declined too
      // (a woman's name declines to -ой/-ей: "министра Жанны Ивановой" is read as before)
      if st.doc.language == "ru", a < b, Self.isDeclinedRole(st.toks[r].folded), chineseName(st, a, b) == nil,
        !st.toks[b].folded.hasSuffix("ой"), !st.toks[b].folded.hasSuffix("ей")
      {
        label = Morphology.nominativeMasculine(label)
      }
      if st.owner[a] != nil { release(st, a, a) }
      addPerson(st, a, b, id: personID(label), label: label)
    }
    // Apposition: "Jiang Wei, Chinese Consul General in Almaty"
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) && !Lexicon.stopCapitalized.contains(st.toks[t].folded) && !isStarter(st, t) && !st.inTitle(t) {
      var b = t
      while b + 1 < n, b - t < 3, st.owner[b + 1] == nil, st.isCapName(b + 1), st.joins(b, b + 1) { b += 1 }
      guard b + 1 < n, st.gap(b, b + 1).contains(","), b > t || st.toks[t].folded.count > 3 else { continue }
      // one word opening a sentence is an adverb ("Separately, Kazakh Deputy Minister …")
      // unless it reads as a surname
      if b == t, isSentenceStart(st, t), !looksLikeSurname(st, t) { continue }
      var ok = false
      for k in (b + 1)..<min(n, b + 4) where Self.role(of: st, at: k) != nil { ok = true }
      if ok && (t == 0 || !st.joins(t - 1, t) || !st.toks[t - 1].capitalized || isStarter(st, t - 1)) {
        let label = labelForPerson(st, t, b)
        addPerson(st, t, b, id: personID(label), label: label)
      }
    }
  }

  /// The name that ends a title's complement after its portfolio words ("Energy and Water
  /// Resources Daler Juma" → Daler Juma): two or three free words that are not cues.
  func portfolioHolder(_ st: State, _ run: [Int]) -> [Int]? {
    guard run.count >= 3, let split = run.firstIndex(where: { !Lexicon.portfolioWords.contains(st.toks[$0].folded) }),
      split > 0, run.count - split >= 2, run.count - split <= 3,
      run[split...].allSatisfy({ st.owner[$0] == nil && Lexicon.orgCues[st.toks[$0].folded] == nil })
    else { return nil }
    return Array(run[split...])
  }

  /// A Russian role word in the genitive or animate accusative (министра, председателя,
  /// посла, вице-премьера): a role stem plus -а/-я.
  static func isDeclinedRole(_ folded: String) -> Bool {
    guard let last = folded.unicodeScalars.last, last == "а" || last == "я" else { return false }
    let stem = String(folded.unicodeScalars.dropLast())
    let word = stem.split(separator: "-").last.map(String.init) ?? stem
    return Lexicon.roles[word] != nil
  }

  /// A sentence's capitalised opener that is not a name ("Secondo Marco Mazzocchi, …").
  func isStarter(_ st: State, _ t: Int) -> Bool { isSentenceStart(st, t) && Lexicon.sentenceStarters.contains(st.toks[t].folded) }

  /// A quote mark that can open a quoted name (a straight quote counts: it opens as often as it closes).
  static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool { c == "«" || c == "“" || c == "„" || c == "\"" }

  func isPossessiveS(_ st: State, _ a: Int, _ b: Int) -> Bool { false }

  /// A token is free, or covered by a one-token mention of a city (which a Chinese
  /// surname + given name reading may override).
  func isShadowable(_ st: State, _ t: Int) -> Bool {
    guard let o = st.owner[t] else { return true }
    let sp = st.spans[o]
    return sp.first == sp.last && st.entities[sp.key]?.kind == .city
  }

  /// Takes tokens back from the mentions that cover them.
  func release(_ st: State, _ a: Int, _ b: Int) {
    for k in a...b {
      guard let o = st.owner[k] else { continue }
      let sp = st.spans[o]
      if var e = st.entities[sp.key] {
        e.mentions.removeAll { $0.start == st.toks[sp.first].start && $0.end == st.toks[sp.last].end }
        st.entities[sp.key] = e
      }
      for j in sp.first...sp.last where st.owner[j] == o { st.owner[j] = nil }
    }
  }

  func isGivenNameLike(_ folded: String) -> Bool { folded.count >= 3 && adjectiveEntity(folded) == nil }

  /// Initials and a surname at `t` ("Р. Скляр", "К.-Ж. Токаев", "S. Japarov"): the
  /// surname's token and the person of this document it names (one whose name ends in that
  /// surname), or nil for a new person. A surname nobody has named must look like one or
  /// follow a role word.
  func initialsAndSurname(_ st: State, _ t: Int) -> (Int, String?)? {
    let n = st.toks.count
    func initial(_ k: Int) -> Bool {
      let sc = st.doc.scalars[st.toks[k].start..<st.toks[k].end]
      guard sc.count == 1, let c = sc.first, c.properties.isUppercase else { return false }
      return st.toks[k].end < st.doc.scalars.count && st.doc.scalars[st.toks[k].end] == "."
    }
    guard initial(t) else { return nil }
    var k = t + 1
    if k < n, initial(k), st.gap(t, k).allSatisfy({ $0 == "." || $0 == "-" }) { k += 1 }  // К.-Ж.
    guard k < n, st.isCapName(k), st.toks[k].end - st.toks[k].start >= 3, st.gap(k - 1, k).allSatisfy({ $0 == "." || $0 == " " }) else { return nil }
    if let o = st.owner[k] {
      let sp = st.spans[o]
      guard sp.first == k, sp.last == k, st.entityKind(at: k) == .person else { return nil }
      return (k, sp.key)
    }
    // a person named in full in this text with that surname
    let stem = Morphology.stem(Normalizer.fold(Morphology.nominativeName(st.original(k))))
    for id in st.order {
      guard let e = st.entities[id], e.kind == .person else { continue }
      for m in e.mentions {
        let words = Segmenter.words(in: Array(m.text.unicodeScalars))
        if words.count >= 2, let last = words.last, Morphology.stem(last.folded) == stem { return (k, id) }
      }
    }
    let afterRole = (max(0, t - 4)..<t).contains { Self.role(of: st, at: $0) != nil }
    guard looksLikeSurname(st, k) || afterRole else { return nil }
    return (k, nil)
  }

  /// A capitalised word that can be a surname after a given name: no cue, role, month, place
  /// adjective or common sentence word.
  func latinOrCyrillicNameWord(_ st: State, _ t: Int) -> Bool {
    let f = st.toks[t].folded
    if st.cands[t].contains(where: { Lexicon.orgCues[$0] != nil || Lexicon.eventCues[$0] != nil || Lexicon.placeCues[$0] != nil }) { return false }
    return latinNameWord(st, t)
      && !Lexicon.projectWordsEN.contains(f) && !Lexicon.sentenceStarters.contains(f)
  }

  /// Whether the token at `surname` is a one-word mention of a person whose given name is not
  /// the word at `given`: then the two words name someone else of that family.
  func isOtherPersonsSurname(_ st: State, given: Int, surname: Int) -> Bool {
    guard st.owner[given] == nil, let o = st.owner[surname], st.spans[o].first == surname, st.spans[o].last == surname,
      let e = st.entities[st.spans[o].key], e.kind == .person, let first = e.label.split(separator: " ").first, e.label.contains(" ")
    else { return false }
    // a cue word is not a given name ("Визит Токаева" is Tokayev's visit)
    if st.cands[given].contains(where: { Lexicon.eventCues[$0] != nil || Lexicon.orgCues[$0] != nil || Lexicon.placeCues[$0] != nil || Lexicon.agreementCues.contains($0) })
      || Self.role(of: st, at: given) != nil || Lexicon.sentenceStarters.contains(st.toks[given].folded)
    { return false }
    return Transliteration.slug(String(first)) != Transliteration.slug(st.original(given))
  }

  /// A lone capitalised word reads as a person's name only if it carries a surname suffix
  /// (Sultanov, Рамазановой) or is a Chinese surname; "Договор" after "Главы" is not.
  func looksLikeSurname(_ st: State, _ t: Int) -> Bool {
    let f = Normalizer.fold(Morphology.nominativeName(st.original(t)))
    if Lexicon.surnameSuffixes.contains(where: { f.hasSuffix($0) && f.count >= $0.count + 3 }) { return true }
    let py = Morphology.isCyrillic(f) ? Transliteration.pinyin(fromPalladius: f) : f
    return py.map { Lexicon.chineseSurnames.contains($0) } ?? false
  }

  /// Pinyin of a two-token Chinese name, or nil.
  func chineseName(_ st: State, _ a: Int, _ b: Int) -> String? {
    let s = st.toks[a].folded, g = st.toks[b].folded
    let cyr = Morphology.isCyrillic(s)
    if s.count == 1 && !(cyr && ["е", "у", "и"].contains(s)) { return nil }
    let sp = cyr ? Transliteration.pinyin(fromPalladius: s) : s
    guard let surname = sp, Lexicon.chineseSurnames.contains(surname) else { return nil }
    var given: String?
    if cyr {
      // A given name has one or two syllables. The readings, in order: the word as it
      // stands; a Russian case ending taken off ("Синжуя" → Синжуй, "Цзяньфэна" → Цзяньфэн,
      // "Цзиньминя" → Цзиньминь); Kazakh е for Palladius э ("Сяомен" = Сяомэн); a Kazakh
      // case ending taken off ("Хунбинбен", "Цзянпиннің"). The first of at most two
      // syllables wins, else the first at all (a case ending can read as a syllable of its
      // own: "Цзяньфэна" = jian-feng-a).
      func read(_ w: String) -> [String]? { Transliteration.pinyinSyllables(fromPalladius: w) }
      func kazakhE(_ w: String) -> [String]? {
        guard w.contains("е") else { return nil }
        var v = Array(w.unicodeScalars)
        for i in v.indices.dropFirst() where v[i] == "е" { v[i] = "э" }
        return read(Normalizer.string(v[...]))
      }
      let direct = read(g)
      var declined: [String]?
      for (suf, rep) in Self.russianNameEndings where g.hasSuffix(suf) {
        if let p = read(String(g.dropLast(suf.count)) + rep) { declined = p; break }
      }
      var kazakhCase: [String]?
      for suf in Self.kazakhNameEndings where g.unicodeScalars.count > suf.unicodeScalars.count + 2 && g.hasSuffix(suf) {
        let stem = String(g.unicodeScalars.dropLast(suf.unicodeScalars.count))
        if let p = read(stem) ?? kazakhE(stem) { kazakhCase = p; break }
      }
      let readings = [direct, declined, kazakhE(g), kazakhCase].compactMap { $0 }
      given = (readings.first { $0.count <= 2 } ?? readings.first)?.joined()
    } else if Transliteration.isPinyin(g) {
      given = g
    }
    // two syllables spell up to twelve letters (jiangping, zhuangzhuang)
    guard let gv = given, gv.count >= 2, gv.count <= 12 else { return nil }
    // "Ма Шанхай" is not a name; after a role word ("vicesindaco Chen Jining") it is
    // (or in apposition to one: "il vicepresidente di Zijin, Shen Shaoyang")
    let afterRole = (max(0, a - 3)..<a).contains { Self.role(of: st, at: $0) != nil }
      || (a > 0 && st.gap(a - 1, a).contains(",") && (max(0, a - 6)..<a).contains { Self.role(of: st, at: $0) != nil })
    if !afterRole && catalogHasPlace(named: st.toks[b].folded) { return nil }
    return surname.prefix(1).uppercased() + surname.dropFirst() + " " + gv.prefix(1).uppercased() + gv.dropFirst()
  }

  /// Russian case endings on a Chinese given name and what they replace (Цзиньминя →
  /// Цзиньминь, Синжуя → Синжуй, Цзяньфэна → Цзяньфэн).
  static let russianNameEndings = [
    ("ня", "нь"), ("ню", "нь"), ("нем", "нь"), ("не", "нь"), ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"), ("а", ""), ("у", ""), ("ом", ""),
  ]

  /// Kazakh case endings on a name, longest first (instrumental, genitive, dative, accusative,
  /// locative, ablative).
  static let kazakhNameEndings = [
    "ымен", "імен", "мен", "пен", "бен", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді",
    "да", "де", "та", "те", "нан", "нен", "дан", "ден",
  ]

  func catalogHasPlace(named folded: String) -> Bool {
    for c in Morphology.candidates(folded) {
      if let ps = patterns[c], ps.contains(where: { $0.stems.count == 1 }) { return true }
    }
    return false
  }

  func labelForPerson(_ st: State, _ a: Int, _ b: Int) -> String {
    if b == a + 1, let py = chineseName(st, a, b) { return py }
    var words = (a...b).map { st.original($0) }
    words[words.count - 1] = Morphology.nominativeName(words[words.count - 1])
    return words.joined(separator: " ")
  }

  /// Person ids come from the romanised name, so the same person in Cyrillic and Latin
  /// script meets at one id (Баян Рамазанова = Bayan Ramazanova).
  func personID(_ label: String) -> String {
    let parts = label.split(separator: " ").map(String.init)
    if parts.count == 2, let py = Transliteration.pinyin(fromPalladius: parts[0].lowercased()), Lexicon.chineseSurnames.contains(py), let g = Transliteration.pinyin(fromPalladius: parts[1].lowercased()) {
      return Transliteration.slug(py + " " + g)
    }
    return Transliteration.slug(label)
  }

  func addPerson(_ st: State, _ a: Int, _ b: Int, id: String, label: String) {
    // an inflected mention of a person already seen in this document ("Марата Сейтказиева"
    // after "Марат Сейтказиев") joins that person: every token must be a form of theirs
    for pid in st.order where pid != id {
      // read in place: copying the entity out of the dictionary would copy all its fields
      guard let i = st.entities.index(forKey: pid), st.entities.values[i].kind == .person, let m = st.entities.values[i].mentions.first else { continue }
      let theirs = st.mentionStems(m)
      guard theirs.count == b - a + 1 else { continue }
      if (a...b).enumerated().allSatisfy({ i, k in st.cands[k].contains { WordKey.same($0, theirs[i]) } || st.candidateStems(k).contains { WordKey.same($0, theirs[i]) } }) {
        st.addSpan(a, b, id: pid)
        return
      }
    }
    // a catalogued person may be known under this romanisation
    var entityID = id
    if let ei = personByKey[id] ?? personByKey[Transliteration.nameKey(label)] {
      let e = catalog.entries[ei]
      entityID = e.id
      if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
    } else if st.entities[id] == nil {
      // the canonical label is Latin (romanised); the original script is kept by language
      var labels: [String: String] = [:]
      var canonical = label
      if Morphology.isCyrillic(Normalizer.fold(label)) {
        labels[st.doc.language == "kk" ? "kk" : "ru"] = label
        canonical = label.split(separator: " ").map { w in
          let l = Transliteration.latin(fromCyrillic: String(w))
          return l.prefix(1).uppercased() + l.dropFirst()
        }.joined(separator: " ")
      }
      st.addEntity(ExtractedEntity(id: id, label: canonical, kind: .person, subkind: nil, labels: labels, aliases: canonical == label ? [] : [label], parent: nil, mentions: [], catalogued: false))
    }
    st.addSpan(a, b, id: entityID)
  }

  /// Organisation names by cue: a capitalised run containing a cue word (Latin:
  /// "New Silk Road Foundation"), or a cue word followed by its genitive complement and an
  /// optional quoted name (Russian: "Союз журналистов Казахстана", "Клуб экспертов …
  /// «Один пояс, один путь»").
  func discoverOrganizations(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      guard st.owner[t] == nil, !st.inTitle(t) else { continue }
      let f = st.toks[t].folded
      // a legal form and a quoted name: АО «Узкимёсаноат», ТОО «…»; «…» акционерлік қоғамы
      if let (first, last) = quotedCompany(st, t) {
        addCompany(st, first, last)
        t = max(t, last)
        continue
      }
      // "la canadese Centerra Gold", "dalla russa Rosatom": an Italian article and a
      // nationality standing for "the company"
      if st.doc.language == "it", !st.toks[t].capitalized, t > 0, Lexicon.italianArticles.contains(st.toks[t - 1].folded),
        isPlaceAdjective(st, t) || Self.isItalianAdjective(st.toks[t].folded),
        t + 1 < n, st.joins(t, t + 1), st.owner[t + 1] == nil, isLatinName(st, t + 1), latinNameWord(st, t + 1)
      {
        var e = t + 1
        while e + 1 < n, e - t < 4, joinsLatin(st, e, e + 1), st.owner[e + 1] == nil, isLatinName(st, e + 1), latinNameWord(st, e + 1) { e += 1 }
        addCompany(st, t + 1, e)
        t = e
        continue
      }
      // "the state concern Turkmengaz", "la società cinese Huawei": a lower-case word that
      // describes a body, then its name (after a nationality adjective, if any)
      if !st.toks[t].capitalized, Lexicon.describingCuesLatin.contains(f) {
        var first = t + 1
        if first < n, !st.toks[first].capitalized, isPlaceAdjective(st, first) || Self.isItalianAdjective(st.toks[first].folded) { first += 1 }
        // "aziende italiane come Webuild", "companies such as Sinohydro"
        if first < n, ["come", "like", "including"].contains(st.toks[first].folded) { first += 1 }
        if first + 1 < n, st.toks[first].folded == "such", st.toks[first + 1].folded == "as" { first += 2 }
        if first + 1 < n, st.toks[first].folded == "tra", st.toks[first + 1].folded == "cui" { first += 2 }
        guard first < n, st.joins(first - 1, first), st.sentenceOf(first) == st.sentenceOf(t), st.owner[first] == nil, isLatinName(st, first),
          latinNameWord(st, first)
        else { continue }
        var e = first
        while e + 1 < n, e - first < 3, st.joins(e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t), st.owner[e + 1] == nil, isLatinName(st, e + 1), latinNameWord(st, e + 1) { e += 1 }
        addCompany(st, first, e)
        t = e
        continue
      }
      var cue: String?
      for c in st.cands[t] { if let h = Lexicon.orgCues[c] { cue = h; break } }
      guard let head = cue else { continue }
      let cyr = Morphology.isCyrillic(f)
      var a = t, b = t
      var compound = false  // a bilateral adjective opens the name ("Казахстанско-китайский бизнес-совет")
      // "Компания «Казахстан темир жолы»": the cue describes a catalogued organisation; a
      // quoted name that runs on past it is a company of its own («КТЖ Экспресс»)
      if t + 1 < st.toks.count, let o = st.owner[t + 1], st.entities[st.spans[o].key]?.kind == .organization, st.joins(t, t + 1) {
        let last = st.spans[o].last
        if insideQuotes(st, t + 1), last + 1 < n, insideQuotes(st, last + 1), st.joins(last, last + 1), st.sentenceOf(last + 1) == st.sentenceOf(t) {
          var e = last + 1
          while e + 1 < n, e - t < 8, insideQuotes(st, e + 1), st.joins(e, e + 1) { e += 1 }
          addCompany(st, t + 1, e)
          t = e
        }
        continue
      }
      // "компанией Jiangxi Copper", "корпорация PowerChina": a Latin name after a lower-case
      // Cyrillic cue is the organisation's own name (the cue only describes it)
      if cyr, !st.toks[t].capitalized, t + 1 < n, st.joins(t, t + 1), st.sentenceOf(t + 1) == st.sentenceOf(t), isLatinName(st, t + 1) {
        var e = t + 1
        while e + 1 < n, e - t < 5, joinsLatin(st, e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t), isLatinName(st, e + 1) { e += 1 }
        let first = t + 1
        // a name that is wholly a catalogued place or organisation stays that ("компании China")
        if (first...e).allSatisfy({ st.owner[$0] != nil }) { continue }
        if (first...e).contains(where: { st.owner[$0] != nil && st.entityKind(at: $0) != .region && st.entityKind(at: $0) != .city }) { continue }
        addCompany(st, first, e)
        t = e
        continue
      }
      if cyr {
        if !st.toks[t].capitalized {
          // Kazakh puts the name before its cue: "China National Building Material компаниясы"
          if Self.isKazakhOrgCue(st, t) {
            if let (first, last) = kazakhOrgName(st, t) {
              let latin = last < t  // a Latin or quoted name's mention leaves the cue out
              // labelled with the cue in the nominative: "Астана опера театрында" → "… театры"
              let nominativeCue = st.cands[t].first { c in Lexicon.orgCues[c] != nil && (c.hasSuffix("ы") || c.hasSuffix("і")) }
              let label = !latin && first < t && nominativeCue != nil ? st.text(first, t - 1) + " " + nominativeCue! : st.text(first, last)
              let id = latin ? Transliteration.slug(label) : orgID(st, first, last, label: label)
              if st.entities[id] == nil {
                st.addEntity(ExtractedEntity(id: id, label: label, kind: .organization, subkind: latin ? "company" : nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
              }
              // a place in the nominative opens the name ("Шыңжаң университеті"); one in the
              // genitive is mentioned ("Қазақстан Республикасының … министрлігі")
              // (nor is a country: "Қазақстан Республикасы Энергетика министрлігі" is the Republic's)
              let headPlace = st.owner[first].map { st.spans[$0].last } ?? first
              let country = st.owner[first].map { st.subkind(of: st.spans[$0].key) == "country" } ?? false
              takeOver(st, first, last, brand: !Morphology.hasKazakhCaseEnding(st.toks[headPlace].folded) && !country)
              st.addSpan(first, last, id: id)
              t = last
            }
            continue
          }
          // "Ұлттық музейде": a capitalised Kazakh adjective and an institution, nominative
          if st.doc.language == "kk", t > 0, Lexicon.institutionCues.contains(head), st.toks[t - 1].capitalized, st.owner[t - 1] == nil, st.joins(t - 1, t),
            Morphology.isKazakhAdjective(st.toks[t - 1].folded), !isSentenceStartAndCommon(st, t - 1)
          {
            let label = st.original(t - 1) + " " + head.lowercased()
            let id = orgID(st, t - 1, t, label: label)
            if st.entities[id] == nil {
              st.addEntity(ExtractedEntity(id: id, label: label, kind: .organization, subkind: nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
            }
            st.addSpan(t - 1, t, id: id)
            continue
          }
          // "Казахстанского института стратегических исследований", "Национальный банк
          // Казахстана": a capitalised adjective opens the name of a lower-case cue, which
          // then needs a genitive complement
          // "Ташкентского государственного технического университета": lower-case
          // adjectives may stand between the capitalised one and an institution's cue
          // "бизнес-совет": a prefix joined to the cue by a hyphen belongs to it
          let c0 = t > 1 && st.gap(t - 1, t).elementsEqual(["-"]) && !st.toks[t - 1].capitalized && st.owner[t - 1] == nil
            && !Morphology.isRussianAdjective(st.toks[t - 1].folded) ? t - 1 : t
          var j = c0 - 1
          // "Казахстанско-китайского (делового) совета": a compound adjective, hyphen-joined,
          // with up to one lower-case adjective after it
          var jj = j
          if jj > 1, !st.toks[jj].capitalized, st.owner[jj] == nil, Morphology.isRussianAdjective(st.toks[jj].folded), st.joins(jj - 1, jj),
            !st.gap(jj - 1, jj).elementsEqual(["-"]), !st.toks[jj - 1].capitalized
          { jj -= 1 }
          if jj > 0, !st.toks[jj].capitalized, st.toks[jj - 1].capitalized, st.owner[jj] == nil, st.owner[jj - 1] == nil, st.gap(jj - 1, jj).elementsEqual(["-"]),
            Morphology.isRussianAdjective(st.toks[jj].folded)
          {
            j = jj - 1
            compound = true
          } else if Lexicon.institutionCues.contains(head) {
            while j > 0, c0 - j <= 2, !st.toks[j].capitalized, st.owner[j] == nil, st.joins(j, j + 1), st.sentenceOf(j) == st.sentenceOf(t),
              Morphology.isRussianAdjective(st.toks[j].folded)
            { j -= 1 }
          }
          guard j >= 0, st.toks[j].capitalized, st.joins(j, j + 1), st.sentenceOf(j) == st.sentenceOf(t),
            st.owner[j] == nil || st.entityKind(at: j) == .region,
            Morphology.isRussianAdjective(st.toks[j].folded) || st.gap(j, j + 1).elementsEqual(["-"])
          else { continue }
          a = j
        } else if t > 0 && st.joins(t - 1, t) && st.sentenceOf(t - 1) == st.sentenceOf(t) && (st.toks[t - 1].capitalized || st.owner[t - 1] != nil) && t - 1 >= 0 && !isSentenceStart(st, t - 1) {
          continue
        }
        // extend over the genitive complement ("… стратегических исследований", "… Казахстана")
        var k = t + 1
        var pluralAdjective = false
        while k < n, k - t <= 7, st.joins(k - 1, k, comma: insideQuotes(st, k)) {
          let w = st.toks[k].folded
          // "комитет по сотрудничеству", "центр по предотвращению стихийных бедствий": "по"
          // and up to three lower-case words (nouns and adjectives, no verbs)
          if w == "по", k == b + 1, k + 1 < n, !st.toks[k + 1].capitalized, st.owner[k + 1] == nil, st.gap(k, k + 1).elementsEqual([" "]) {
            var e = k + 1
            while e + 1 < n, e - k < 3, !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, st.joins(e, e + 1),
              Morphology.isRussianGenitive(st.toks[e + 1].folded, afterPluralAdjective: st.toks[e].folded.hasSuffix("ых") || st.toks[e].folded.hasSuffix("их"))
            { e += 1 }
            guard Self.isRussianDative(st.toks[k + 1].folded) else { break }
            b = e
            k = e + 1
            continue
          }
          if Lexicon.stopCapitalized.contains(w) && w != "и" { break }
          if w == "и", !(k + 1 < n && !st.toks[k + 1].capitalized) { break }
          // a role after the cue is its holder's title, not the name ("Университет ректоры …")
          if Self.role(of: st, at: k) != nil { break }
          if st.owner[k] != nil {
            let sp = st.spans[st.owner[k]!]
            // a person after the name is its subject ("… исследований Нурлан Жаксылыков")
            if st.entities[sp.key]?.kind == .person && !insideQuotes(st, k) { break }
            b = sp.last
            k = sp.last + 1
            if st.entities[sp.key]?.kind == .region || st.entities[sp.key]?.kind == .city { break }
            continue
          }
          let quoted = insideQuotes(st, k)
          if st.toks[k].capitalized && !quoted { break }
          // a verb or an object is not part of the name ("Университет построит …")
          if !quoted && w != "и" && !Morphology.isRussianGenitive(w, afterPluralAdjective: pluralAdjective) { break }
          pluralAdjective = w.hasSuffix("ых") || w.hasSuffix("их")
          b = k
          k += 1
        }
        // "Синьцзянский университет": a place's adjective before an institution's cue is
        // the institution's name; "Китайская компания" at a sentence's start is not
        // (a bilateral adjective names any body: "Казахстанско-китайский бизнес-совет")
        if b == t, !compound, !(a < t && Lexicon.institutionCues.contains(head) && !isSentenceStart(st, a)
          && (adjectiveEntity(st.toks[a].folded).map { $0.subkind != "country" } ?? true)) { continue }
      } else {
        // Latin: extend the capitalised run left and right
        guard st.toks[t].capitalized || ["co", "ltd", "inc", "llp", "jsc"].contains(f) else { continue }
        while a > 0, st.sentenceOf(a - 1) == st.sentenceOf(t) {
          // "Foreign Engineering and Construction Co.": step over "and" between capitalised words
          // (but an acronym after "and" opens a second name: "Barqi Tojik and TBEA Co.")
          if st.toks[a - 1].folded == "and", a >= 2, st.isCapName(a), st.toks[a - 2].capitalized, st.owner[a - 2] == nil, st.joins(a - 2, a - 1), st.joins(a - 1, a),
            st.sentenceOf(a - 2) == st.sentenceOf(t), !Lexicon.stopCapitalized.contains(st.toks[a - 2].folded)
          {
            a -= 2
            continue
          }
          // "Hadonggan People's Federation": step over the possessive 's
          // (but a body's possessive names another body: "Harvard University's Davis Center")
          if st.toks[a - 1].folded == "s", a >= 2, st.toks[a - 2].capitalized, st.owner[a - 2] == nil, st.gap(a - 2, a - 1).allSatisfy({ $0 == "'" || $0 == "’" }),
            Lexicon.orgCues[st.toks[a - 2].folded] == nil
          {
            a -= 2
            continue
          }
          // "L'Università …": an elided article is not part of the name
          if st.gap(a - 1, a).contains(where: { $0 == "'" || $0 == "’" }), Lexicon.complementWords.contains(st.toks[a - 1].folded) || st.toks[a - 1].folded == "l" { break }
          guard st.owner[a - 1] == nil || [.region, .organization, .city].contains(st.entityKind(at: a - 1)), st.toks[a - 1].capitalized, st.joins(a - 1, a),
            !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded), !isSentenceStartAndCommon(st, a - 1), Self.role(of: st, at: a - 1) == nil
          else { break }
          // a catalogued name is taken whole ("National People's Congress Standing Committee")
          a = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
        }
        // "Co."/"Ltd" close a name: with none before them they are a prefix ("co-fund")
        if a == t, ["co", "ltd", "inc", "llp", "jsc"].contains(f) { continue }
        var k = t + 1
        // "Università Nazarbayev": a surname right after the cue names the body
        if k == t + 1, k < n, st.joins(t, k), let o = st.owner[k], st.spans[o].first == st.spans[o].last, st.entityKind(at: k) == .person, st.toks[t].capitalized {
          b = k
          k += 1
        }
        while k < n, k - a < 12, st.entityKind(at: k) != .person {
          if !st.joins(k - 1, k) {
            // "Ministry of Investment, Industry and Trade": a listed complement after "of"
            guard st.joins(k - 1, k, comma: true), st.toks[k].capitalized, (a..<k).contains(where: { Lexicon.complementWords.contains(st.toks[$0].folded) }),
              let j = (k + 1..<min(n - 1, k + 4)).first(where: { ["and", "e"].contains(st.toks[$0].folded) }),
              (k..<j).allSatisfy({ st.toks[$0].capitalized && st.owner[$0] == nil }), (k + 1...j + 1).allSatisfy({ st.joins($0 - 1, $0) }), st.toks[j + 1].capitalized
            else { break }
            b = j + 1
            k = j + 2
            continue
          }
          let w = st.toks[k].folded
          // "Agenzia per l'energia atomica del Kazakistan": Italian lower-case words after
          // "per", up to "del"/"della"/"di" and a place
          if st.doc.language == "it", w == "per", k + 1 < n {
            var j = k + 1
            var end: Int?
            while j < n, j - k <= 6, !st.toks[j].capitalized, st.owner[j] == nil, st.joins(j - 1, j) {
              if ["del", "della", "di", "dell", "dello"].contains(st.toks[j].folded), j + 1 < n, st.joins(j, j + 1), st.toks[j + 1].capitalized,
                st.entityKind(at: j + 1) == .region || st.entityKind(at: j + 1) == .city
              {
                end = st.owner[j + 1].map { st.spans[$0].last } ?? j + 1
                break
              }
              j += 1
            }
            guard let e = end else { break }
            b = e
            k = e + 1
            continue
          }
          // a second "of" whose complement has its own cue names another body: "Xinjiang
          // Institute of Ecology and Geography | of the Chinese Academy of Sciences"
          if ["of", "di", "della", "del", "dell"].contains(w), st.owner[k] == nil, (a..<k).contains(where: { ["of", "di", "della", "del", "dell"].contains(st.toks[$0].folded) && st.owner[$0] == nil }),
            (k + 1..<min(n, k + 6)).prefix(while: { st.toks[$0].capitalized || st.toks[$0].folded == "the" || st.toks[$0].folded == "of" }).contains(where: { Lexicon.orgCues[st.toks[$0].folded] != nil })
          { break }
          // ("and" before a catalogued name continues a name only inside its complement:
          // "Ministry of Industry and Trade", but "KTZ Express | and Lianyungang Port Holdings")
          let inComplement = (a..<k).contains { ["of", "for", "di", "della", "del", "dei", "dell", "degli", "delle", "dello"].contains(st.toks[$0].folded) }
          if ["and", "e"].contains(w), !inComplement, k + 1 < n, st.owner[k + 1] != nil { break }
          if ["of", "for", "on", "di", "della", "del", "dei", "dell", "degli", "delle", "dello", "and", "e"].contains(w) && k + 1 < n && st.toks[k + 1].capitalized && st.joins(k, k + 1),
            !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded)
          { b = k + 1; k += 2; continue }
          // "General Office of the Communist Party …", "Joint Commission on the Use and Protection of …"
          if ["of", "for", "on"].contains(w), k + 2 < n, st.toks[k + 1].folded == "the", st.toks[k + 2].capitalized, st.joins(k, k + 1), st.joins(k + 1, k + 2) { b = k + 2; k += 3; continue }
          // "… of China's National People's Congress": a possessive inside the name
          // (not after a body's own cue word: "Harvard University's Davis Center" is two bodies)
          if w == "s", k + 1 < n, k > a, st.gap(k - 1, k).allSatisfy({ $0 == "'" || $0 == "’" }), st.toks[k + 1].capitalized, st.joins(k, k + 1) {
            if Lexicon.orgCues[st.toks[k - 1].folded] != nil { break }
            b = k + 1
            k += 2
            continue
          }
          if st.toks[k].capitalized || Lexicon.orgCues[w] != nil { b = k; k += 1; continue }
          break
        }
        if a == b && ["co", "ltd", "inc", "llp", "jsc", "group", "service", "union", "party", "center", "centre", "fund", "club", "bank", "council"].contains(f) { continue }
        if a == b { continue }
      }
      // a single generic cue with only a place ("Министерство Казахстана") is fine, a cue alone is not
      let label = orgLabel(st, a, b, head: head, cue: t)
      let id = orgID(st, a, b, label: label)
      if st.entities[id] == nil {
        st.addEntity(ExtractedEntity(id: id, label: label, kind: .organization, subkind: nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
      }
      takeOver(st, a, b, brand: !cyr)
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  /// A country's or place's adjective, with at most two letters after its stem ("cinese",
  /// "Chinese", "kazaka"; "Turkmengaz" is a name, not "turkmen").
  func isPlaceAdjective(_ st: State, _ t: Int) -> Bool { adjectiveEntity(st.toks[t].folded, maxTail: 2) != nil }

  /// A capitalised Latin word that can be part of a company's name: not a place's adjective,
  /// a role, a month or weekday, or a common sentence word.
  func latinNameWord(_ st: State, _ t: Int) -> Bool {
    let f = st.toks[t].folded
    return !isPlaceAdjective(st, t) && Self.role(of: st, at: t) == nil && !Lexicon.weekdaysAndMonths.contains(f) && !Lexicon.stopCapitalized.contains(f)
  }

  /// Quoted names listed before a word for brands or companies ("«Рахат», «Баян Сулу» және
  /// «Kazakhstan Halal» брендтері", "компании «Рахат» и «Баян Сулу»"): each quoted name is a
  /// company. O(tokens).
  func quotedBrandLists(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.cands[t].contains(where: { Lexicon.brandWords.contains($0) }) {
      var k = t - 1
      // walk back over «name» [, | және | и | and] «name» …
      while k >= 0, st.sentenceOf(k) == st.sentenceOf(t), st.toks[k].end < st.doc.scalars.count,
        "»”\"".unicodeScalars.contains(st.doc.scalars[st.toks[k].end]), insideQuotes(st, k)
      {
        var first = k
        while first > 0, insideQuotes(st, first - 1), !st.gap(first - 1, first).contains(where: Self.isOpeningQuote), k - first < 6 { first -= 1 }
        // (a place inside the brand is its brand: «Kazakhstan Halal»)
        if st.toks[first].capitalized, !(first...k).allSatisfy({ st.owner[$0] != nil }),
          !(first...k).contains(where: { st.owner[$0] != nil && st.entityKind(at: $0) != .city && st.entityKind(at: $0) != .region })
        { addCompany(st, first, k) }
        var prev = first - 1
        if prev >= 0, ["және", "и", "and", "e", "мен"].contains(st.toks[prev].folded) { prev -= 1 }
        guard prev >= 0, st.gap(prev, prev == first - 1 ? first : prev + 1).contains(where: { $0 == "," || $0 == " " }) else { break }
        k = prev
      }
    }
  }

  /// Kazakh missions by case: "ҚХР-дың Алматыдағы Бас консулдығы" (China's, in Almaty,
  /// consulate general) and "Қытайдың Қазақстандағы елшілігі" (embassy): the sending country
  /// in the genitive and the host place in the locative, within four words before the noun.
  func kazakhMissions(_ st: State) {
    guard st.doc.language == "kk" else { return }
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil {
      let consulate = st.cands[t].contains("консулдығы"), embassy = st.cands[t].contains("елшілігі")
      guard consulate || embassy else { continue }
      var country: String?, place: String?, first = t
      var j = t - 1
      while j >= 0, t - j <= 4, st.sentenceOf(j) == st.sentenceOf(t) {
        guard let o = st.owner[j] else {
          if j == t - 1, st.toks[j].folded == "бас" { first = j }  // "Бас консулдығы": consulate general
          j -= 1
          continue
        }
        let sp = st.spans[o]
        let last = st.toks[sp.last].folded
        // the genitive may stand as a hyphenated ending token ("ҚХР-дың")
        let next = sp.last + 1 < n && st.gap(sp.last, sp.last + 1).elementsEqual(["-"]) ? st.toks[sp.last + 1].folded : ""
        if st.entityKind(at: j) == .region, st.subkind(of: sp.key) == "country", country == nil,
          RelationRules.kazakhGenitive.contains(where: { last.hasSuffix($0) || next == $0 })
        {
          country = sp.key
          first = sp.first
        } else if st.entityKind(at: j) == .city || st.entityKind(at: j) == .region, place == nil, Morphology.hasKazakhLocativeEnding(last, attributive: true) {
          place = sp.key
          first = min(first, sp.first)
        }
        j = sp.first - 1
      }
      guard let c = country else { continue }
      let id = RelationRules.missionEntity(st, self, country: c, place: place, consulate: consulate)
      for k in first...t where st.owner[k] != nil { st.owner[k] = nil }
      st.addSpan(first, t, id: id)
    }
  }

  /// Compound company names of the region: a capitalised word of eight letters or more that
  /// is a name plus an industry morpheme (Uzbekhydroenergo, Turkmengaz, Uzkimyosanoat,
  /// Кыргызалтын, «СНПС-Ақтөбемұнайгаз», Газпромом) is a company, labelled in the nominative.
  /// O(tokens × morphemes).
  func compoundCompanies(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.toks[t].capitalized && !isSentenceStartAndCommon(st, t) {
      let f = st.toks[t].folded
      guard f.unicodeScalars.count >= 8 else { continue }
      // the word as it stands, or a stem of it without its case ending ("Газпромом")
      guard let stem = ([f] + st.cands[t]).first(where: { c in
        Lexicon.companyMorphemes.contains { m in c.hasSuffix(m) && c.unicodeScalars.count - m.unicodeScalars.count >= 4 }
      }) else { continue }
      // "СНПС-Ақтөбемұнайгаз": a capitalised word hyphen-joined before it is part of the name
      let a = t > 0 && st.owner[t - 1] == nil && st.toks[t - 1].capitalized && st.gap(t - 1, t).elementsEqual(["-"]) ? t - 1 : t
      if stem == f {
        addCompany(st, a, t)
      } else {
        let word = st.original(t)
        let label = (a < t ? st.text(a, t - 1) + "-" : "") + String(word.unicodeScalars.prefix(stem.unicodeScalars.count))
        let id = Transliteration.slug(label)
        if st.entities[id] == nil {
          st.addEntity(ExtractedEntity(id: id, label: label, kind: .organization, subkind: "company", labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
        }
        st.addSpan(a, t, id: id)
      }
    }
  }

  /// A company named by tokens `first...last` as they stand (a Latin or quoted name), its id
  /// from the name; what the name covers is taken over as a brand.
  func addCompany(_ st: State, _ first: Int, _ last: Int) {
    let label = st.text(first, last)
    let id = Transliteration.slug(label)
    if st.entities[id] == nil {
      st.addEntity(ExtractedEntity(id: id, label: label, kind: .organization, subkind: "company", labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
    }
    takeOver(st, first, last, brand: true)
    st.addSpan(first, last, id: id)
  }

  /// Frees tokens a...b for an event's or project's name; the places inside stay mentioned
  /// ("Almaty CHP-2" mentions Almaty), a historical route or natural feature does not ("Silk
  /// Road Samarkand", "Irtysh bridge").
  func absorb(_ st: State, _ a: Int, _ b: Int) {
    for k in a...b {
      guard let o = st.owner[k] else { continue }
      if ["historical-route", "natural-feature"].contains(st.subkind(of: st.spans[o].key)) { release(st, k, k) } else { st.owner[k] = nil }
    }
  }

  /// Frees tokens a...b for a longer name: a person named inside an organisation's name
  /// ("Università Nazarbayev", "Фонд Назарбаева") is not mentioned as a person there.
  /// With `brand`, a catalogued name that opens the name is released too: "Harbin Electric
  /// International" does not mention Harbin, but "Bank of China" mentions China.
  func takeOver(_ st: State, _ a: Int, _ b: Int, brand: Bool = false) {
    if brand, let o = st.owner[a], st.spans[o].first == a, st.spans[o].last < b { release(st, a, st.spans[o].last) }
    for k in a...b where st.owner[k] != nil {
      if st.entityKind(at: k) == .person { release(st, k, k) } else { absorb(st, k, k) }
    }
  }

  /// A Kazakh organisation cue, which follows the name it describes ("… компаниясы",
  /// "… университеті", "… қоры"): the cue's matched form ends in a possessive ы/і.
  static func isKazakhOrgCue(_ st: State, _ t: Int) -> Bool {
    for c in st.cands[t] where Lexicon.orgCues[c] != nil {
      if let last = c.unicodeScalars.last, last == "ы" || last == "і" { return true }
    }
    return false
  }

  /// The quoted name that a legal form at `t` introduces ("АО «Узкимёсаноат»") or closes
  /// ("«СНПС-Ақтөбемұнайгаз» акционерлік қоғамы"), as its first and last tokens; nil when
  /// there is none or it is a catalogued organisation already.
  func quotedCompany(_ st: State, _ t: Int) -> (Int, Int)? {
    let f = st.toks[t].folded
    let n = st.toks.count
    var first = 0, last = 0
    if Lexicon.legalForms.contains(f), t + 1 < n, st.gap(t, t + 1).contains(where: Self.isOpeningQuote), st.sentenceOf(t + 1) == st.sentenceOf(t) {
      first = t + 1
      last = first
      while last + 1 < n, last - first < 8, insideQuotes(st, last + 1), st.joins(last, last + 1), st.sentenceOf(last + 1) == st.sentenceOf(t) { last += 1 }
    } else if Lexicon.legalFormsAfter.contains(where: { f.hasPrefix($0) }), t > 1, st.gap(t - 1, t).contains(where: { $0 == "»" || $0 == "”" || $0 == "\"" }), insideQuotes(st, t - 1) {
      last = t - 1
      first = last
      while first > 0, last - first < 8, insideQuotes(st, first - 1), !st.gap(first - 1, first).contains(where: Self.isOpeningQuote), st.sentenceOf(first - 1) == st.sentenceOf(t) { first -= 1 }
    } else {
      return nil
    }
    guard st.toks[first].capitalized || st.toks[first].folded.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true else { return nil }
    // the quote must close right after the name
    guard st.toks[last].end < st.doc.scalars.count, "»”\"".unicodeScalars.contains(st.doc.scalars[st.toks[last].end]) else { return nil }
    if (first...last).contains(where: { st.owner[$0] != nil && st.entityKind(at: $0) != .city && st.entityKind(at: $0) != .region }) { return nil }
    if (first...last).allSatisfy({ st.owner[$0] != nil }) { return nil }
    return (first, last)
  }

  /// A Russian noun or adjective in the dative after "по" (сотрудничеству, предотвращению,
  /// делам, чрезвычайным ситуациям): by its ending.
  static func isRussianDative(_ w: String) -> Bool {
    guard w.unicodeScalars.count >= 4, Morphology.isCyrillic(w) else { return false }
    return ["ию", "ству", "ам", "ям", "ому", "ему", "ым", "им", "у", "ю", "е"].contains { w.hasSuffix($0) }
  }

  /// A Kazakh cue of an institution that a place alone can name (университеті, институты,
  /// академиясы).
  static func isKazakhInstitutionCue(_ st: State, _ t: Int) -> Bool {
    st.cands[t].contains { c in Lexicon.orgCues[c].map { ["Университеті", "Институты", "Академиясы", "Театры", "Операсы", "Музейі"].contains($0) } ?? false }
  }

  /// The capitalised run before a Kazakh cue at `t` (up to five words, one sentence, not
  /// a sentence-opening common word), as the tokens the organisation's mention covers:
  /// the run alone when it is a Latin name, the run and the cue otherwise.
  func kazakhOrgName(_ st: State, _ t: Int) -> (Int, Int)? {
    var s = t
    // lower-case words of the name between its capitalised start and the cue: "Сиань шет
    // тілдері университеті", "Сауда және интеграция министрлігі" (no case endings, places or
    // function words other than an inner "және")
    var lower = 0
    while s > 0, lower < 3, st.joins(s - 1, s), st.sentenceOf(s - 1) == st.sentenceOf(t), st.owner[s - 1] == nil, !st.toks[s - 1].capitalized,
      Morphology.isCyrillic(st.toks[s - 1].folded), !Self.isKazakhPlacePhrase(st, s - 1), !Morphology.hasKazakhCaseEnding(st.toks[s - 1].folded),
      !Lexicon.kazakhFunctionWords.contains(st.toks[s - 1].folded) || (st.toks[s - 1].folded == "және" && lower > 0)
    {
      s -= 1
      lower += 1
    }
    if lower > 0, !(s > 0 && st.toks[s - 1].capitalized && st.joins(s - 1, s) && st.sentenceOf(s - 1) == st.sentenceOf(t)) { return nil }
    let lowerStart = s
    while s > 0, t - s < 5 + lower, st.joins(s - 1, s), st.sentenceOf(s - 1) == st.sentenceOf(t), st.toks[s - 1].capitalized,
      st.owner[s - 1] == nil || [.region, .city, .organization].contains(st.entityKind(at: s - 1)),
      !Lexicon.stopCapitalized.contains(st.toks[s - 1].folded), !isSentenceStartAndCommon(st, s - 1), Self.role(of: st, at: s - 1) == nil,
      // a place in the locative says where ("Шымкенттегі Қытай мәдениеті орталығы")
      lower == 0 || st.owner[s - 1] == nil || !Morphology.hasKazakhLocativeEnding(st.toks[s - 1].folded, attributive: true, longerThan: 4)
    { s -= 1 }
    guard s < t, lower == 0 || s < lowerStart else { return nil }
    // one script: "Жобаны China National Building Material компаниясы" names the Latin run
    let latinLast = isLatinName(st, t - 1)
    while s < t - 1, isLatinName(st, s) != latinLast { s += 1 }
    // a sentence's first word before a longer name is a common word more often than a name
    if s < t - 1, isSentenceStart(st, s), st.owner[s] == nil { s += 1 }
    if lower > 0, s >= lowerStart { return nil }
    if lower > 0 {
      // a catalogued body described by lower-case words and a cue ("«Kazakh Invest» ұлттық
      // компаниясы") is that body; a quoted name before them is the whole name
      if let o = st.owner[s], st.entityKind(at: s) == .organization, st.spans[o].first == s, st.spans[o].last == lowerStart - 1 { return nil }
      if st.gap(lowerStart - 1, lowerStart).contains(where: { $0 == "»" || $0 == "”" || $0 == "\"" }), s > 0, st.gap(s - 1, s).contains(where: Self.isOpeningQuote) {
        // ("«Қазақстан – Қытай» іскерлік кеңесі": quoted places name the whole body)
        if (s..<lowerStart).allSatisfy({ st.entityKind(at: $0) == .region || st.entityKind(at: $0) == .city }) { return (s, t) }
        return (s, lowerStart - 1)
      }
    }
    // a place or organisation alone before the cue ("Қытай компаниясы") names no new body,
    // but a city or province names an institution ("Шыңжаң университеті")
    if (s..<t).allSatisfy({ st.owner[$0] != nil }) {
      guard Self.isKazakhInstitutionCue(st, t), let o = st.owner[s], st.spans[o].first == s, st.spans[o].last == t - 1,
        st.entityKind(at: s) == .city || (st.entityKind(at: s) == .region && st.subkind(of: st.spans[o].key) != "country"),
        !Morphology.hasKazakhCaseEnding(st.toks[t - 1].folded)
      else { return nil }
    }
    // "Қожа Ахмет Ясауи атындағы …": the person the body is named after is part of its name
    if s >= 2, st.toks[s - 1].folded == "атындағы", st.joins(s - 1, s), st.toks[s - 2].capitalized, st.joins(s - 2, s - 1) {
      var p = s - 2
      while p > 0, s - p < 5, st.toks[p - 1].capitalized, st.joins(p - 1, p), st.sentenceOf(p - 1) == st.sentenceOf(t), !isSentenceStartAndCommon(st, p - 1),
        !Morphology.hasKazakhCaseEnding(st.toks[p - 1].folded)
      { p -= 1 }
      s = p
    }
    let latin = (s..<t).allSatisfy { isLatinName(st, $0) }
    return (s, latin ? t - 1 : t)
  }

  /// A capitalised word in Latin letters (or a Latin acronym with digits: "CNPC", "PowerChina").
  func isLatinName(_ st: State, _ t: Int) -> Bool {
    guard st.toks[t].capitalized, let c = st.doc.scalars[st.toks[t].start...].first else { return false }
    return c.value < 0x250
  }

  func isSentenceStart(_ st: State, _ t: Int) -> Bool {
    let s = st.sentenceOf(t)
    return s >= 0 && st.doc.sentences[s].start == st.toks[t].start
  }
  func isSentenceStartAndCommon(_ st: State, _ t: Int) -> Bool {
    isSentenceStart(st, t) && Lexicon.stopCapitalized.contains(st.toks[t].folded)
  }

  func insideQuotes(_ st: State, _ k: Int) -> Bool {
    // an opening quote before k in the same sentence that is not yet closed
    let s = st.sentenceOf(k)
    guard s >= 0 else { return false }
    var open = false
    var i = st.doc.sentences[s].start
    while i < st.toks[k].start {
      let c = st.doc.scalars[i]
      if c == "«" || c == "“" || c == "„" { open = true } else if c == "»" || c == "”" { open = false } else if c == "\"" { open.toggle() }
      i += 1
    }
    return open
  }

  func orgLabel(_ st: State, _ a: Int, _ b: Int, head: String, cue: Int) -> String {
    var text = st.text(a, b)
    if Morphology.isCyrillic(st.toks[cue].folded) && cue == a {
      text = head + String(text.unicodeScalars.dropFirst(st.toks[a].end - st.toks[a].start))
    } else if Morphology.isCyrillic(st.toks[cue].folded) && cue > a, !Self.isKazakhOrgCue(st, cue) {
      // "Казахстанского института …" → "Казахстанский институт …"; "Ташкентского
      // государственного технического университета" → "Ташкентский государственный …"
      // (a compound adjective keeps its hyphen: "Казахстанско-китайский комитет")
      var adjectives = ""
      for k in a..<cue {
        if k > a { adjectives += st.gap(k - 1, k).elementsEqual(["-"]) ? "-" : " " }
        adjectives += k > a ? Morphology.nominativeAdjective(st.original(k), agreeingWith: head).lowercased() : Morphology.nominativeAdjective(st.original(k), agreeingWith: head)
      }
      // (and a hyphen before the cue: "Казахстанско-китайский бизнес-совет")
      let join = st.gap(cue - 1, cue).elementsEqual(["-"]) ? "-" : " "
      text = adjectives + join + head.lowercased() + String(st.doc.slice(st.toks[cue].end, st.toks[b].end))
    }
    // close an opened quote
    let opens = text.filter { $0 == "«" || $0 == "“" }.count, closes = text.filter { $0 == "»" || $0 == "”" }.count
    if opens > closes, st.toks[b].end < st.doc.scalars.count {
      let c = st.doc.scalars[st.toks[b].end]
      if c == "»" || c == "”" { text.unicodeScalars.append(c) }
    }
    return text
  }

  func orgID(_ st: State, _ a: Int, _ b: Int, label: String) -> String {
    // stem-level id so inflected mentions meet: key on stems of the tokens
    let stems = (a...b).map { Morphology.stem(st.toks[$0].folded) }.filter { $0.count > 1 }
    let slug = Transliteration.slug(stems.joined(separator: " "))
    // a shorter mention whose stems are a subset of an earlier org of this doc is the same org
    for id in st.order where st.entities[id]?.kind == .organization && !st.entities[id]!.catalogued {
      let other = Set(id.split(separator: "-").map(String.init))
      let mine = Set(slug.split(separator: "-").map(String.init))
      if mine.count >= 2, mine.isSubset(of: other) || (other.count >= 2 && other.isSubset(of: mine)) { return id }
    }
    return slug
  }

  /// Events by cue: `саммите «Китай – Центральная Азия»`, `the Roundtable on "…"`,
  /// `Belt and Road Forum`, with an ordinal when the text gives one.
  func discoverEvents(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      guard st.owner[t] == nil, !st.inTitle(t) else { continue }
      var head: String?
      for c in st.cands[t] { if let h = Lexicon.eventCues[c] { head = h; break } }
      guard let h = head, !["визит", "переговоры", "Meeting", "кездесу"].contains(h) else { continue }
      // "days", "year": an event only as the end of a quoted name («Қытай мәдениеті күндері»,
      // «Год туризма»)
      let closesQuote = insideQuotes(st, t) && st.toks[t].end < st.doc.scalars.count && "»”\"".unicodeScalars.contains(st.doc.scalars[st.toks[t].end])
      if Lexicon.weakEventCues.contains(h), !closesQuote { continue }
      var a = t, b = t
      if closesQuote {
        while a > 0, insideQuotes(st, a), !st.gap(a - 1, a).contains(where: Self.isOpeningQuote), t - a < 10 { a -= 1 }
        if !insideQuotes(st, a) { a += 1 }
      }
      // capitalised words before the cue ("Belt and Road Forum", "China–Central Asia Summit")
      while !closesQuote, a > 0, st.toks[a - 1].capitalized || st.owner[a - 1] != nil || (st.toks[a - 1].folded == "and" && a >= 2 && st.toks[a - 2].capitalized), st.joins(a - 1, a), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded), a - t > -6, st.sentenceOf(a - 1) == st.sentenceOf(t),
        !st.gap(a - 1, a).contains(where: { $0 == "'" || $0 == "’" }),  // "L'esercitazione": an elided article
        !(st.doc.language == "kk" && Morphology.hasKazakhLocativeEnding(st.toks[a - 1].folded, attributive: true, longerThan: 4))  // "Ұлттық музейде көрме": where, not whose
      { a -= 1 }
      if a < t && isSentenceStart(st, a) && st.owner[a] == nil && !st.toks[a].capitalized { a = t }
      // "Международный инвестиционный форум": a capitalised adjective, lower-case ones between
      if a == t, Morphology.isCyrillic(st.toks[t].folded) {
        var j = t - 1
        while j >= 0, t - j <= 3, st.owner[j] == nil, st.joins(j, j + 1), st.sentenceOf(j) == st.sentenceOf(t), Morphology.isRussianAdjective(st.toks[j].folded) {
          if st.toks[j].capitalized { a = j; break }
          j -= 1
        }
      }
      // '"Prospects of … and Challenges" Roundtable': the quoted name before the cue
      // (Kazakh: «…» атты халықаралық конференция, "a conference named «…»")
      var q = t
      if Morphology.isCyrillic(st.toks[t].folded) {
        var m = t - 1
        while m > 0, t - m <= 3, st.toks[m].folded != "атты", !st.toks[m].capitalized, st.owner[m] == nil,
          !st.gap(m - 1, m).contains(where: { $0 == "\"" || $0 == "»" || $0 == "”" })
        { m -= 1 }
        // «…» атты конференция; «Қытай – Орталық Азия» екінші саммиті (an ordinal between);
        // «Made in Kazakhstan» ұлттық көрмесі (Kazakh adjectives between)
        if m > 0, m < t, st.toks[m].folded == "атты" || Self.ordinal(st.toks[m].folded) != nil || (st.doc.language == "kk" && !st.toks[m].capitalized),
          st.gap(m - 1, m).contains(where: { $0 == "\"" || $0 == "»" || $0 == "”" })
        { q = m }
      }
      if q > 0, insideQuotes(st, q - 1) || st.gap(q - 1, q).contains(where: { $0 == "\"" || $0 == "»" || $0 == "”" }) {
        var j = q - 1
        while j > 0, insideQuotes(st, j), q - j < 20, st.sentenceOf(j - 1) == st.sentenceOf(t) { j -= 1 }
        if q - j < 20, j < a { a = j + (insideQuotes(st, j) ? 0 : 1) }
      }
      // a quoted name after the cue («…», "…") or "on/по …"
      var k = t + 1
      if k < n, ["on", "sul", "по"].contains(st.toks[k].folded), k + 1 < n, st.sentenceOf(k + 1) == st.sentenceOf(t), insideQuotes(st, k + 1) { k += 1 }
      // "Форуме по международному сотрудничеству в рамках инициативы «…»"
      if Morphology.isCyrillic(st.toks[t].folded), k < n, !insideQuotes(st, k) {
        var j = k
        while j < n, j - t <= 8, st.sentenceOf(j) == st.sentenceOf(t), !st.toks[j].capitalized, st.owner[j] == nil, !st.gap(j - 1, j).contains(",") { j += 1 }
        if j < n, j > k, st.sentenceOf(j) == st.sentenceOf(t), insideQuotes(st, j) { k = j }
      }
      // 'esercitazione antiterrorismo "Interaction-2024"': lower-case words before the quote
      if !Morphology.isCyrillic(st.toks[t].folded), k < n, !insideQuotes(st, k) {
        var j = k
        while j < n, j - k < 2, st.sentenceOf(j) == st.sentenceOf(t), !st.toks[j].capitalized, st.owner[j] == nil, st.joins(j - 1, j) { j += 1 }
        if j > k, j < n, st.sentenceOf(j) == st.sentenceOf(t), insideQuotes(st, j) { k = j }
      }
      // (Kazakh names its event before the cue: quoted names after "Көрмеде" are exhibitors)
      if k < n, insideQuotes(st, k), st.doc.language != "kk" {
        while k < n, insideQuotes(st, k), k - t < 16 { b = k; k += 1 }
      } else if Morphology.isCyrillic(st.toks[t].folded), st.doc.language != "kk", k < n, st.joins(t, k), let o = st.owner[k],
        st.entities[st.spans[o].key]?.kind == .organization || st.subkind(of: st.spans[o].key) == "historical-route"
      {
        // "саммите ШОС", "форуме ЕАЭС": the organisation whose event it is; "выставку
        // Шелкового пути": the route it is named after
        b = st.spans[o].last
      } else if !Morphology.isCyrillic(st.toks[t].folded) {
        // Italian adjectives follow the noun and the name follows "di": "vertice di Astana",
        // "Forum economico di Boao", "conferenza internazionale della Via della Seta"
        var j = k
        // (capitalised too in a title: "Forum Internazionale di Astana")
        while j < n, j - k < 2, st.joins(j - 1, j), !st.toks[j].capitalized || st.doc.language == "it", st.owner[j] == nil, Self.isItalianAdjective(st.toks[j].folded) { j += 1 }
        // (an exercise's is its quoted code name, not "esercitazione della SCO")
        // "Forum economico internazionale Uzbekistan-Cina": places right after the adjectives
        if j > k, j < n, st.joins(j - 1, j), st.entityKind(at: j) == .region || st.entityKind(at: j) == .city, st.sentenceOf(j) == st.sentenceOf(t) {
          b = st.owner[j].map { st.spans[$0].last } ?? j
          while b + 1 < n, Self.dashJoined(st, b, b + 1), st.entityKind(at: b + 1) == .region || st.entityKind(at: b + 1) == .city {
            b = st.owner[b + 1].map { st.spans[$0].last } ?? b + 1
          }
          k = b + 1
        } else if j + 1 < n, !["esercitazione", "Exercise", "Exercises"].contains(h), ["di", "del", "della", "dell", "dei", "degli", "delle", "sulla", "sul"].contains(st.toks[j].folded), st.joins(j - 1, j), st.joins(j, j + 1),
          st.toks[j + 1].capitalized, !Lexicon.weekdaysAndMonths.contains(st.toks[j + 1].folded), st.sentenceOf(j + 1) == st.sentenceOf(t)
        {
          b = j + 1
          k = j + 2
          if let o = st.owner[j + 1] { b = max(b, st.spans[o].last); k = b + 1 }
        }
        // "Summit of …" / "Forum for International Cooperation"
        while k < n, st.joins(k - 1, k), k - t < 8,
          st.toks[k].capitalized && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded)
            || (["of", "for", "on", "and"].contains(st.toks[k].folded) && k + 1 < n && st.toks[k + 1].capitalized && !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded))
        { b = k; k += 1 }
      }
      while b > t, ["on", "of", "for", "and", "по", "о", "di", "sul"].contains(st.toks[b].folded) { b -= 1 }
      if a == t && b == t { continue }
      // ordinal just before: первом/втором/3-м/first/second
      var ord: Int? = (a..<t).lazy.compactMap { Self.ordinal(st.toks[$0].folded) }.first  // «…» екінші саммиті
      if ord == nil, a > 0, let o = Self.ordinal(st.toks[a - 1].folded) {
        ord = o
        a -= 1
      } else if ord == nil, a > 1, ["м", "th", "rd", "nd"].contains(st.toks[a - 1].folded), let o = Int(st.toks[a - 2].folded) {
        ord = o
        a -= 2
      }
      let core = (a...b).filter { Self.ordinal(st.toks[$0].folded) == nil && Int(st.toks[$0].folded) == nil && st.toks[$0].folded != "м" }
      let stems = core.map { Morphology.stem(st.toks[$0].folded) }
      let base = Transliteration.slug(stems.joined(separator: " "))
      // "журналистского форума", "youth forum": a qualified kind of event is not the catalogue's
      let qualified = a == t && t > 0 && !st.toks[t - 1].capitalized && st.owner[t - 1] == nil && Self.ordinal(st.toks[t - 1].folded) == nil
        && !st.gap(t - 1, t).contains(where: { $0 == "'" || $0 == "’" })  // an elided article qualifies nothing
        && (Morphology.isCyrillic(st.toks[t - 1].folded) ? ["ого", "его", "ой", "ый", "ий", "ая", "ое", "ых", "ом"].contains { st.toks[t - 1].folded.hasSuffix($0) } : !Lexicon.stopCapitalized.contains(st.toks[t - 1].folded))
      let id = (ord.map { "\($0)-" } ?? "") + (qualified ? Transliteration.slug(Morphology.stem(st.toks[t - 1].folded)) + "-" : "") + base
      if qualified { st.qualifiedEvents.insert(id) }
      var label = st.text(a, b)
      if Morphology.isCyrillic(st.toks[t].folded), t == a || (ord != nil) {
        // "втором саммите «…" → "саммит «…»"
        label = h + String(st.doc.slice(st.toks[t].end, st.toks[b].end))
      }
      let opens = label.filter { $0 == "«" || $0 == "“" }.count, closes = label.filter { $0 == "»" || $0 == "”" }.count
      if closes > opens, st.toks[a].start > 0, "«“".unicodeScalars.contains(st.doc.scalars[st.toks[a].start - 1]) {
        label = String(Character(st.doc.scalars[st.toks[a].start - 1])) + label  // «…» атты конференция
      }
      if opens > closes, st.toks[b].end < st.doc.scalars.count, "»”\"".unicodeScalars.contains(st.doc.scalars[st.toks[b].end]) {
        label.unicodeScalars.append(st.doc.scalars[st.toks[b].end])
      } else if label.filter({ $0 == "\"" }).count % 2 == 1, st.toks[b].end < st.doc.scalars.count, st.doc.scalars[st.toks[b].end] == "\"" {
        label += "\""
      }
      if st.entities[id] == nil {
        st.addEntity(ExtractedEntity(id: id, label: label, kind: .event, subkind: nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
      }
      absorb(st, a, b)
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  /// Events of one document that are the same event under two wordings (a headline and
  /// the body) share most content words: they become one entity.
  func mergeEvents(_ st: State) {
    let events = st.order.filter { st.entities[$0]?.kind == .event && !(st.entities[$0]?.catalogued ?? true) }
    func words(_ id: String) -> Set<String> {
      Set(id.split(separator: "-").map(String.init).filter { $0.count > 3 && !["under", "with", "from", "that"].contains($0) })
    }
    var alias: [String: String] = [:]
    for (i, a) in events.enumerated() {
      for b in events[(i + 1)...] where alias[b] == nil && alias[a] == nil {
        let wa = words(a), wb = words(b)
        guard !wa.isEmpty, !wb.isEmpty else { continue }
        if Double(wa.intersection(wb).count) / Double(wa.union(wb).count) >= 0.6 || (wb.isSubset(of: wa) && wb.count >= 2) { alias[b] = a }
      }
    }
    // link to a catalogue event: the cue word and every catalogued entity named inside
    for id in events where alias[id] == nil && !st.qualifiedEvents.contains(id) {
      guard let e = st.entities[id], let m = e.mentions.first else { continue }
      let inner = st.spans.filter { st.toks[$0.first].start >= m.start && st.toks[$0.last].end <= m.end && $0.key != id }.map(\.key)
      let innerLabels = Set(inner).compactMap { catalog.entry($0)?.label }
      guard !innerLabels.isEmpty else { continue }
      let cueEN = Lexicon.eventCueEnglish.first { m.text.lowercased().contains($0.key) }?.value
      guard let cue = cueEN else { continue }
      let ord = id.split(separator: "-").first.flatMap { Int($0) }
      let ordWord = ord.flatMap { $0 >= 1 && $0 <= 6 ? ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"][$0 - 1] : nil }
      // labels compared as UTF-8 bytes (catalogue labels and entity labels are NFC)
      let innerBytes = innerLabels.map { (label: $0, bytes: Array($0.utf8), dashless: Array($0.replacingOccurrences(of: "–", with: " ").utf8)) }
      let cands = catalogEventLabels.filter { c in
        ByteSearch.contains(c.bytes, cue) && innerBytes.allSatisfy { l in
          ByteSearch.contains(c.bytes, l.bytes) || ByteSearch.contains(c.dashless, l.dashless) || (l.label == "Belt and Road Initiative" && ByteSearch.contains(c.bytes, "Belt and Road"))
        }
      }.map { catalog.entries[$0.entry] }
      let pick = cands.first { ordWord != nil && $0.label.hasPrefix(ordWord!) } ?? cands.first { c in !["First", "Second", "Third", "Fourth"].contains { c.label.hasPrefix($0) } }
      if let c = pick { alias[id] = c.id; if st.entities[c.id] == nil { st.addEntity(catalogEntity(c)) } }
    }
    guard !alias.isEmpty else { return }
    for (from, to) in alias.sorted(by: { $0.key < $1.key }) {
      guard let src = st.entities[from] else { continue }
      var dst = st.entities[to]!
      for m in src.mentions where !dst.mentions.contains(m) { dst.mentions.append(m) }
      for a in [src.label] + src.aliases where !dst.aliases.contains(a) && a != dst.label { dst.aliases.append(a) }
      st.entities[to] = dst
      st.entities[from] = nil
      for i in st.spans.indices where st.spans[i].key == from { st.spans[i].key = to }
    }
    st.order.removeAll { alias[$0] != nil }
  }

  /// Places, organisations and projects named inside a longer name ("Central Asia" in
  /// «Китай – Центральная Азия», the university in "филиал … университета") are entities
  /// of the text too: they get a mention without taking the tokens from the longer name.
  func nestedMentions(_ st: State) {
    for sp in st.spans where sp.last > sp.first {
      guard let outer = st.entities[sp.key], [.event, .project, .organization].contains(outer.kind) else { continue }
      var i = sp.first
      while i <= sp.last {
        var best: Pattern?
        for c in st.cands[i] {
          for p in patterns[c] ?? [] where i + p.stems.count - 1 <= sp.last && p.stems.count < sp.last - sp.first + 1 && p.stems.count > (best?.stems.count ?? 0) {
            let kind = catalog.entries[p.entry].kind
            // a project's own place names ("Autostrada Cina-Occidente Europa") are part of its
            // name; an event's or organisation's are entities of the text
            let wanted: Set<EntityKind> = outer.kind == .project ? [.organization, .city] : [.region, .city, .organization, .project]
            // "Silk Road Fund" does not mention the Silk Road region; "Union of Journalists of Kazakhstan" does mention Kazakhstan
            // (nor does any name mention the Silk Road it is named after: "фестиваль «Шелковый путь – Иссык-Куль»")
            // (nor a river or mountain range it is named after: "Xinjiang Tianshan Tourism Group")
            let macro = (outer.kind == .organization && Catalog.isMacroRegion(catalog.entries[p.entry].subkind))
              || ["historical-route", "natural-feature"].contains(catalog.entries[p.entry].subkind)
            // an international body named after the city where it was founded ("Shanghai
            // Cooperation Organisation") does not mention that city
            // (and a newspaper named after its city, "The Astana Times", does not mention it)
            let founding = outer.kind == .organization && (outer.subkind == "international" || outer.subkind == "media") && (kind == .city || kind == .region)
            if wanted.contains(kind), !macro, !founding, catalog.entries[p.entry].id != sp.key, fits(p, at: i, st) { best = p }
          }
        }
        guard let b = best else { i += 1; continue }
        // a name that opens a Latin organisation's name is its brand, not a mention ("Harbin
        // Electric International", "China Road and Bridge Corporation"; "Bank of China" mentions China)
        // (or a Kazakh one in the nominative: "Шыңжаң университеті", but "Қазақстан
        // Республикасының … министрлігі" mentions Kazakhstan)
        if outer.kind == .organization, i == sp.first,
          !Morphology.isCyrillic(st.toks[i].folded) || (!Morphology.hasKazakhCaseEnding(st.toks[i + b.stems.count - 1].folded) && catalog.entries[b.entry].subkind != "country")
        {
          i += b.stems.count
          continue
        }
        let e = catalog.entries[b.entry]
        if !(b.stems.count == 1 && skipSingle(e, at: i, st)) {
          if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
          let m = Mention(start: st.toks[i].start, end: st.toks[i + b.stems.count - 1].end, text: st.text(i, i + b.stems.count - 1))
          if var x = st.entities[e.id], !x.mentions.contains(m) {
            x.mentions.append(m)
            st.entities[e.id] = x
            if !st.order.contains(e.id) { st.order.append(e.id) }
          }
        }
        i += b.stems.count
      }
    }
  }

  /// "Алматинская и Туркестанская области": the first adjective names a region whose
  /// catalogue name is "<adjective> область".
  func coordinatedRegions(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.toks[t].capitalized && Morphology.isCyrillic(st.toks[t].folded) {
      guard t + 2 < n, ["и", "и", "және", "или"].contains(st.toks[t + 1].folded) || st.gap(t, t + 1).contains(",") else { continue }
      // a region mention right after, ending in "област…"
      var k = t + 1
      if st.owner[k] == nil { k += 1 }
      guard k < n, let o = st.owner[k], st.entities[st.spans[o].key]?.kind == .region, st.toks[st.spans[o].last].folded.hasPrefix("област") || st.toks[st.spans[o].last].folded.hasPrefix("облыс") else { continue }
      for c in st.cands[t] {
        guard let hit = (patterns[c] ?? []).first(where: { $0.stems.count == 2 && ($0.stems[1].hasPrefix("област") || $0.stems[1].hasPrefix("облыс")) }) else { continue }
        let e = catalog.entries[hit.entry]
        if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
        st.addSpan(t, t, id: e.id)
        break
      }
    }
  }

  /// Projects by cue, for any name: "Договор о вечном добрососедстве, дружбе и
  /// сотрудничестве", "Жанатасская ВЭС", "the Aktogay Copper Plant", "parco eolico di Zhanatas".
  func discoverProjects(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      guard st.owner[t] == nil, !st.inTitle(t) else { continue }
      let f = st.toks[t].folded
      var a = t, b = t
      let cyr = Morphology.isCyrillic(f)
      var kazakhHead: String?  // the facility noun's possessive form, when a case ending follows it
      var route = false  // places joined by dashes: a one-word project among them is an endpoint ("Қорғас")
      if cyr, st.toks[t].capitalized, st.cands[t].contains(where: { Lexicon.agreementCues.contains($0) }) {
        // a capitalised agreement word and its complement up to the end of the clause
        var k = t + 1
        while k < n, k - t <= 10, st.sentenceOf(k) == st.sentenceOf(t), st.owner[k] == nil, !st.toks[k].capitalized {
          let g = st.gap(k - 1, k)
          if g.contains(where: { $0 == "." || $0 == ";" || $0 == ":" || $0 == "(" }) { break }
          if g.contains(",") && !(k + 1 < n && (st.toks[k + 1].folded == "и" || st.toks[k].folded.hasSuffix("е") || st.toks[k].folded.hasSuffix("и"))) { break }
          // a locative phrase ("… в Костанае", "… на 2025 год") is not part of the name
          if ["в", "во", "на", "при", "для", "от"].contains(st.toks[k].folded) { break }
          b = k
          k += 1
        }
        while b > t + 1, ["и", "о", "об", "по", "с"].contains(st.toks[b].folded) { b -= 1 }
        guard b - t >= 2, ["о", "об", "по", "между", "с"].contains(st.toks[t + 1].folded) else { continue }
      } else if cyr, Lexicon.plantAcronyms.contains(f), let num = Self.unitNumber(st, after: t), !(t > 0 && st.owner[t - 1] == nil && st.toks[t - 1].capitalized && st.joins(t - 1, t)) {
        b = num  // "ТЭЦ-3", "ТЭЦ № 2": a numbered unit is named by its number
      } else if cyr, Lexicon.plantAcronyms.contains(f), t > 0, st.owner[t - 1] == nil, st.toks[t - 1].capitalized, st.joins(t - 1, t),
        ["ская", "ской", "скую", "ское", "цкая", "цкой", "ский", "ского", "скому", "ском", "ским", "цкий", "цкого"].contains(where: { st.toks[t - 1].folded.hasSuffix($0) })
      {
        a = t - 1  // "Жанатасская ВЭС", "Шымкентский НПЗ"
        if let num = Self.unitNumber(st, after: t) { b = num }  // "Алматинская ТЭЦ-2"
      } else if cyr, !st.toks[t].capitalized, t >= 2, st.toks[t - 1].folded == "туралы", let head = Lexicon.kazakhAgreementHeads.first(where: { st.cands[t].contains($0) }) {
        // "Мәңгілік тату көршілік, достық және ынтымақтастық туралы шарт": from a capitalised
        // word inside the sentence, over lower-case words, commas and "және", to "туралы" + the
        // agreement word
        var j = t - 2
        while j > 0, t - j <= 10, st.sentenceOf(j) == st.sentenceOf(t), st.owner[j] == nil, !st.toks[j].capitalized,
          !Morphology.hasKazakhCaseEnding(st.toks[j].folded), !st.gap(j - 1, j).contains(where: { $0 == "." || $0 == ";" || $0 == ":" })
        { j -= 1 }
        guard j >= 0, j < t - 1, st.toks[j].capitalized, st.owner[j] == nil, !isSentenceStart(st, j), st.sentenceOf(j) == st.sentenceOf(t) else { continue }
        a = j
        kazakhHead = head
      } else if cyr, !st.toks[t].capitalized, let head = st.cands[t].first(where: { Lexicon.kazakhProjectHeads.contains($0) }) {
        // "орны" (place) heads a project only as "кен орны" (a deposit), "жолы" (road) only as
        // "темір жолы" (railway)
        if head == "орны", !(t > 0 && st.toks[t - 1].folded == "кен") { continue }
        if head == "жолы", !(t > 0 && st.toks[t - 1].folded == "темір") { continue }
        if head == "аймағы", !(t > 0 && st.toks[t - 1].folded == "экономикалық") { continue }  // "арнайы экономикалық аймағы" (a zone)
        kazakhHead = head
        // Kazakh: a name, up to three lower-case words, then a facility noun in the
        // possessive ("Шымкент мұнай өңдеу зауыты", "Жаңатас жел электр станциясы",
        // "Хоргос құрғақ порты", "«Нұрлы жол» жобасы")
        var k = t - 1
        while k >= 0, t - k <= 3, st.owner[k] == nil, !st.toks[k].capitalized, Morphology.isCyrillic(st.toks[k].folded),
          !Lexicon.kazakhFunctionWords.contains(st.toks[k].folded), !Self.isKazakhPlacePhrase(st, k), st.joins(k, k + 1),
          st.sentenceOf(k) == st.sentenceOf(t)
        { k -= 1 }
        guard k >= 0, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k, k + 1) || st.gap(k, k + 1).contains(where: { $0 == "»" || $0 == "\"" || $0 == "”" }) else { continue }
        if let o = st.owner[k] {
          let sp = st.spans[o]
          // places joined by dashes name a route ("Алматы – Қорғас автожолы", "Қазақстан – Қытай
          // газ құбыры")
          var first = sp.first, parts = 1
          while first > 0, Self.dashJoined(st, first - 1, first), st.sentenceOf(first - 1) == st.sentenceOf(t),
            st.isCapName(first - 1) || st.entityKind(at: first - 1) == .city || st.entityKind(at: first - 1) == .region
          {
            first = st.owner[first - 1].map { st.spans[$0].first } ?? first - 1
            parts += 1
          }
          if parts == 1 {
            // a city or region names the facility ("Ақтау порты"); a country only owns it ("Қытай жобасы")
            guard st.entityKind(at: k) == .city || (st.entityKind(at: k) == .region && st.subkind(of: sp.key) != "country") else { continue }
          } else {
            route = true
          }
          // a place in the locative only says where ("Түркістан облысында … зауытын")
          if Morphology.hasKazakhLocativeEnding(st.toks[sp.last].folded, longerThan: 4) { continue }
          a = first
        } else {
          guard st.toks[k].capitalized, !isSentenceStartAndCommon(st, k) else { continue }
          a = k
          // a quoted name of several words: «Нұрлы жол»
          while a > 0, st.owner[a - 1] == nil, insideQuotes(st, a), st.joins(a - 1, a), st.sentenceOf(a - 1) == st.sentenceOf(t) { a -= 1 }
        }
      } else if !cyr, st.toks[t].capitalized, Lexicon.projectWordsEN.contains(f) {
        // a capitalised run ending in a project word: "Aktogay Copper Plant", "Trans-Caspian Railway",
        // "Bishkek Combined Heat and Power Plant" (over an inner "and")
        while a > 0 {
          if st.toks[a - 1].folded == "and", a >= 2, st.toks[a - 2].capitalized, st.owner[a - 2] == nil || st.entityKind(at: a - 2) == .city,
            st.joins(a - 2, a - 1), st.joins(a - 1, a), st.sentenceOf(a - 2) == st.sentenceOf(t), !Lexicon.stopCapitalized.contains(st.toks[a - 2].folded)
          {
            a -= 2
            continue
          }
          guard st.owner[a - 1] == nil || st.entityKind(at: a - 1) == .city || st.entityKind(at: a - 1) == .region,
            st.toks[a - 1].capitalized, st.joins(a - 1, a), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded),
            !isSentenceStartAndCommon(st, a - 1), st.sentenceOf(a - 1) == st.sentenceOf(t)
          else { break }
          a -= 1
        }
        guard a < t, (a..<t).contains(where: { st.owner[$0] == nil }) else { continue }
      } else if !cyr, !st.toks[t].capitalized, let singular = Lexicon.pluralProjectHeadsEN[f] {
        // "the Kashagan and Tengiz fields": coordinated names before a plural project word,
        // each its own project ("Tengiz field")
        var k = t - 1
        while k >= 0, t - k <= 2, st.owner[k] == nil, !st.toks[k].capitalized, Lexicon.projectModifiersEN.contains(st.toks[k].folded), st.joins(k, k + 1) { k -= 1 }
        var names: [Int] = []
        while k >= 0, st.isCapName(k), st.sentenceOf(k) == st.sentenceOf(t), st.owner[k] == nil || oneWordPlaceOrProject(st, k) {
          names.append(k)
          guard k >= 2, ["and", "e"].contains(st.toks[k - 1].folded) || st.gap(k - 1, k).contains(",") else { break }
          k -= ["and", "e"].contains(st.toks[k - 1].folded) ? 2 : 1
        }
        guard names.count >= 2 else { continue }
        for j in names.reversed() where st.entityKind(at: j) != .project {
          if st.owner[j] != nil { release(st, j, j) }
          let label = st.original(j) + " " + singular
          let id = Transliteration.slug(label)
          if st.entities[id] == nil {
            st.addEntity(ExtractedEntity(id: id, label: label, kind: .project, subkind: "infrastructure", labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
          }
          st.addSpan(j, j, id: id)
        }
        continue
      } else if !cyr, !st.toks[t].capitalized, Lexicon.projectHeadsLowerEN.contains(f) {
        // "the Rogun hydropower plant", "the Vahdat–Yavan railway", "the Kashagan field": a
        // name, technical modifiers, then a lower-case project word
        var k = t - 1
        while k >= 0, t - k <= 3, st.owner[k] == nil, !st.toks[k].capitalized, Lexicon.projectModifiersEN.contains(st.toks[k].folded),
          st.joins(k, k + 1), st.sentenceOf(k) == st.sentenceOf(t)
        { k -= 1 }
        guard k >= 0, k < t, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k, k + 1) else { continue }
        if k == t - 1, Lexicon.weakProjectHeadsEN.contains(f) { continue }
        // "Dushanbe-2": a number joined to the name by a hyphen
        var e = k
        if st.toks[k].folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }), k > 0, st.gap(k - 1, k).elementsEqual(["-"]) { e = k - 1 }
        guard let (first, places) = latinProjectName(st, endingAt: e), first <= e else { continue }
        // a country alone only owns the project ("China's pipeline"); a route joins places
        if places == e - first + 1 && places == 1, st.owner[e] != nil, st.subkind(of: st.spans[st.owner[e]!].key) == "country" { continue }
        route = (first..<e).contains { Self.dashJoined(st, $0, $0 + 1) }
        a = first
      } else if cyr, !st.toks[t].capitalized, let head = Lexicon.russianRouteHeads.first(where: { h in st.cands[t].contains(where: { $0 == h.stem }) }) {
        // "железной дороги Китай – Кыргызстан – Узбекистан", "месторождения Кашаган"
        var k = t + 1
        if head.stem == "железн" {
          guard k < n, st.cands[k].contains("дорог") else { continue }
          k += 1
        }
        if head.stem == "лини" {  // "линии электропередачи Экибастуз – Шымкент"
          guard k < n, st.toks[k].folded.hasPrefix("электропередач") else { continue }
          k += 1
        }
        guard k < n, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k), st.isCapName(k) || st.owner[k] != nil else { continue }
        guard st.owner[k] == nil || st.entityKind(at: k) == .city || st.entityKind(at: k) == .region else { continue }
        var last = st.owner[k].map { st.spans[$0].last } ?? k
        var parts = 1
        while last + 1 < n, st.sentenceOf(last + 1) == st.sentenceOf(t), Self.dashJoined(st, last, last + 1),
          st.isCapName(last + 1) || st.entityKind(at: last + 1) == .city || st.entityKind(at: last + 1) == .region
        {
          last = st.owner[last + 1].map { st.spans[$0].last } ?? last + 1
          parts += 1
        }
        // one name must be the project's own ("месторождение Кашаган"), not a place it belongs
        // to; a port is named by its city ("порт Ляньюньган")
        if parts == 1, st.owner[k] != nil, !(head.stem == "порт" && st.entityKind(at: k) == .city) { continue }
        if parts == 1, Morphology.isRussianGenitive(st.toks[k].folded, afterPluralAdjective: false), st.toks[k].folded.hasSuffix("а") || st.toks[k].folded.hasSuffix("я") { continue }
        a = t
        b = last
        let label = head.nominative + " " + st.doc.slice(st.toks[k].start, st.toks[last].end)
        let id = Transliteration.slug(Morphology.stem(head.nominative) + " " + (k...last).map { Morphology.stem(st.toks[$0].folded) }.joined(separator: " "))
        if st.entities[id] == nil {
          st.addEntity(ExtractedEntity(id: id, label: label, kind: .project, subkind: "infrastructure", labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
        }
        absorb(st, a, b)
        st.addSpan(a, b, id: id)
        t = b
        continue
      } else if !cyr, st.toks[t].capitalized, st.doc.language == "it", Lexicon.projectHeadsIT.contains(f), !isSentenceStart(st, t) {
        // "Parco Tecnologico Uzbeko-Cinese", "Zona Economica Speciale di Khorgos": a capitalised
        // Italian project word and the capitalised words (and "di" + a name) after it
        var k = t + 1
        while k < n, k - t <= 5, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k), st.toks[k].capitalized,
          st.owner[k] == nil || st.entityKind(at: k) == .city || st.entityKind(at: k) == .region
        {
          b = st.owner[k].map { st.spans[$0].last } ?? k
          k = b + 1
        }
        if k + 1 < n, ["di", "del", "della"].contains(st.toks[k].folded), st.joins(k - 1, k), st.joins(k, k + 1), st.isCapName(k + 1) || st.owner[k + 1] != nil,
          st.sentenceOf(k + 1) == st.sentenceOf(t)
        {
          b = st.owner[k + 1].map { st.spans[$0].last } ?? k + 1
        }
        guard b > t else { continue }
      } else if !cyr, !st.toks[t].capitalized, let cue = Lexicon.projectPhrasesIT.first(where: { phrase in
        phrase.count + 1 <= n - t && zip(phrase, t..<(t + phrase.count)).allSatisfy { $0 == st.toks[$1].folded }
      }) {
        // "parco eolico di Zhanatas", "centrale idroelettrica di Turgusun"
        let k = t + cue.count
        guard k < n, st.isCapName(k) || st.owner[k] != nil, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k) else { continue }
        b = st.owner[k].map { st.spans[$0].last } ?? k
        // "complesso turistico Silk Road Samarkand": the name's further capitalised words
        while b + 1 < n, b - k < 3, st.sentenceOf(b + 1) == st.sentenceOf(t), st.joins(b, b + 1), st.toks[b + 1].capitalized,
          st.owner[b + 1] == nil || st.entityKind(at: b + 1) == .city || st.entityKind(at: b + 1) == .region
        {
          b = st.owner[b + 1].map { st.spans[$0].last } ?? b + 1
        }
        // "ferrovia Cina-Kirghizistan-Uzbekistan": places joined by dashes
        while b + 1 < n, st.sentenceOf(b + 1) == st.sentenceOf(t), st.gap(b, b + 1).count == 1,
          let d = st.gap(b, b + 1).first, d == "-" || d == "–" || d == "—",
          st.isCapName(b + 1) || st.entityKind(at: b + 1) == .city || st.entityKind(at: b + 1) == .region
        {
          b = st.owner[b + 1].map { st.spans[$0].last } ?? b + 1
        }
      } else {
        continue
      }
      if (a...b).contains(where: { k in
        guard let o = st.owner[k], st.entityKind(at: k) != .city, st.entityKind(at: k) != .region else { return false }
        return !(route && st.entityKind(at: k) == .project && st.spans[o].first == st.spans[o].last)
      }) { continue }
      var stems = (a...b).map { Morphology.stem(st.toks[$0].folded) }
      var label = st.text(a, b)
      if let h = kazakhHead {  // the name as it stands in the nominative: "… зауытын" → "… зауыты"
        stems[stems.count - 1] = h
        label = st.text(a, b - 1) + " " + h
      }
      let id = Transliteration.slug(stems.joined(separator: " "))
      if cyr, a == t, let head = Lexicon.agreementHeads.first(where: { st.cands[t].contains($0.key) })?.value {
        label = head + String(st.doc.slice(st.toks[t].end, st.toks[b].end))
      }
      if st.entities[id] == nil {
        st.addEntity(ExtractedEntity(id: id, label: label, kind: .project, subkind: cyr && a == t ? "agreement" : "infrastructure", labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
      }
      absorb(st, a, b)
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  /// Ordinal stems (folded UTF-8, scalar count) and their value.
  static let ordinals: [(stem: [UInt8], count: Int, value: Int)] = [
    ("перв", 1), ("втор", 2), ("трет", 3), ("четвер", 4), ("пят", 5), ("шест", 6), ("first", 1), ("second", 2), ("third", 3),
    ("fourth", 4), ("fifth", 5), ("sixth", 6), ("prim", 1), ("second", 2), ("terz", 3), ("quart", 4), ("бірінші", 1),
    ("екінші", 2), ("үшінші", 3),
  ].map { (Array($0.0.utf8), $0.0.unicodeScalars.count, $0.1) }

  /// The ordinal a folded word spells ("первом", "second", "terzo"): a stem plus at most
  /// four more letters.
  /// A Kazakh word that places rather than names: a locative ("қаласында", "ауданда") or a
  /// place noun ("қаласы", "облысы"); a facility's name does not run over it.
  static func isKazakhPlacePhrase(_ st: State, _ k: Int) -> Bool {
    if st.cands[k].contains(where: { Lexicon.placeCues[$0] != nil }) { return true }
    return Morphology.hasKazakhLocativeEnding(st.toks[k].folded, longerThan: 4)
  }

  /// The token of a unit's number right after a plant acronym ("ТЭЦ-3", "ТЭЦ № 2"), or nil.
  static func unitNumber(_ st: State, after t: Int) -> Int? {
    guard t + 1 < st.toks.count, st.toks[t + 1].folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }),
      st.toks[t + 1].folded.unicodeScalars.count <= 2
    else { return nil }
    let g = st.gap(t, t + 1).filter { $0 != " " }
    return g.elementsEqual(["-"]) || g.elementsEqual(["№"]) ? t + 1 : nil
  }

  /// Whether two tokens are joined by one dash, with or without spaces ("Китай – Кыргызстан",
  /// "Vahdat–Yavan").
  static func dashJoined(_ st: State, _ a: Int, _ b: Int) -> Bool {
    let g = st.gap(a, b)
    guard g.count <= 3 else { return false }
    var dashes = 0
    for c in g {
      if c == "-" || c == "–" || c == "—" { dashes += 1 } else if c != " " && c != "\u{00A0}" { return false }
    }
    return dashes == 1
  }

  /// The capitalised name that ends at `e` before a lower-case project word: up to four
  /// words joined by spaces or dashes, free or a catalogued city/region, none a sentence's
  /// common opener or a place's adjective ("Chinese"). Returns its first token and how many
  /// of its words are catalogued places.
  func latinProjectName(_ st: State, endingAt e: Int) -> (Int, Int)? {
    func ok(_ k: Int) -> Bool {
      guard st.toks[k].capitalized, !Lexicon.stopCapitalized.contains(st.toks[k].folded), !isSentenceStartAndCommon(st, k),
        Self.role(of: st, at: k) == nil, !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded)
      else { return false }
      if st.owner[k] == nil { return adjectiveEntity(st.toks[k].folded) == nil || Morphology.isCyrillic(st.toks[k].folded) }
      // a one-word project joined by a dash is a route's end ("Altynkol–Khorgos")
      if st.entityKind(at: k) == .project, let o = st.owner[k], st.spans[o].first == st.spans[o].last {
        return (k > 0 && Self.dashJoined(st, k - 1, k)) || (k + 1 < st.toks.count && Self.dashJoined(st, k, k + 1))
      }
      return st.entityKind(at: k) == .city || st.entityKind(at: k) == .region
    }
    guard e >= 0, ok(e) else { return nil }
    var a = st.owner[e].map { st.spans[$0].first } ?? e
    while a > 0, e - a < 4, st.sentenceOf(a - 1) == st.sentenceOf(e), st.joins(a - 1, a) || Self.dashJoined(st, a - 1, a), ok(a - 1) {
      a = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
    }
    var places = 0
    var k = a
    while k <= e {
      if let o = st.owner[k] { places += 1; k = st.spans[o].last + 1 } else { k += 1 }
    }
    return (a, places)
  }

  /// A lower-case Italian adjective that may follow an event noun ("economico",
  /// "internazionale", "regionale", "intergovernativa"): by its derivational ending.
  static func isItalianAdjective(_ w: String) -> Bool {
    guard w.unicodeScalars.count >= 6, w.unicodeScalars.allSatisfy({ $0.value < 0x250 }) else { return false }
    return ["ico", "ica", "ici", "iche", "ale", "ali", "ivo", "iva", "ivi", "ive", "ario", "aria", "ari", "ese", "esi", "ano", "ana", "ani", "ane", "ziale", "ziali"].contains { w.hasSuffix($0) }
  }

  static func ordinal(_ w: String) -> Int? {
    let bytes = w.utf8
    var count: Int?
    for o in ordinals where bytes.starts(with: o.stem) {
      let n = count ?? w.unicodeScalars.count
      count = n
      if n <= o.count + 4 { return o.value }
    }
    return nil
  }

  /// Places by cue: `город Жанатас`, `провинции Хэнань`, `Hainan Province`, `provincia di X`.
  func discoverPlaces(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil {
      var kind: EntityKind?
      var cue = ""
      for c in st.cands[t] { if let k = Lexicon.placeCues[c] { kind = k; cue = c; break } }
      // "ghiacciaio di Davydov", "Davydov glacier", "ледник Давыдова": natural features
      if kind == nil, let nat = st.cands[t].first(where: { Lexicon.naturalFeatureCues.contains($0) }) {
        _ = nat
        var name = t + 1
        if name < n, ["of", "di", "del", "della"].contains(st.toks[name].folded) { name += 1 }
        if name < n, st.owner[name] == nil, st.isCapName(name), st.joins(name - 1, name), !Morphology.isCyrillic(st.toks[t].folded) || !Lexicon.kazakhNaturalCues.contains(st.toks[t].folded) {
          addPlace(st, t, name, kind: .region, label: st.text(t, name), natural: true)
        } else if t > 0, !Morphology.isCyrillic(st.toks[t].folded), Lexicon.pluralNaturalCues.contains(st.toks[t].folded) {
          // "the Sumbe and Khorgos transboundary rivers": coordinated names before a plural cue
          var e = t - 1
          while e > 0, t - e <= 2, !st.toks[e].capitalized, st.owner[e] == nil, st.joins(e, e + 1), !["and", "e"].contains(st.toks[e].folded) { e -= 1 }
          var names: [Int] = []
          while e >= 0, st.joins(e, e + 1) || names.isEmpty, st.isCapName(e), st.owner[e] == nil || oneWordPlaceOrProject(st, e) {
            names.append(e)
            guard e >= 2, ["and", "e"].contains(st.toks[e - 1].folded) || st.gap(e - 1, e).contains(",") else { break }
            e -= ["and", "e"].contains(st.toks[e - 1].folded) ? 2 : 1
          }
          // each is labelled with the singular cue ("Khorgos river"), as it is written alone
          let singular = String(st.original(t).dropLast())
          for k in names.reversed() {
            if st.owner[k] != nil { release(st, k, k) }
            addPlace(st, k, k, kind: .region, label: st.original(k) + " " + singular, natural: true)
          }
        } else if t > 0, st.owner[t - 1] == nil || oneWordPlaceOrProject(st, t - 1), st.isCapName(t - 1), st.joins(t - 1, t), !isSentenceStart(st, t - 1) {
          // ("the Khorgos river": a river named after a town or a project's place)
          if st.owner[t - 1] != nil { release(st, t - 1, t - 1) }
          addPlace(st, t - 1, t, kind: .region, label: st.text(t - 1, t), natural: true)
        }
        continue
      }
      guard let k = kind else { continue }
      // "2024 г." is a year ("год"), not a town ("город")
      if st.toks[t].folded == "г", t > 0, st.toks[t - 1].folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { continue }
      // only a region's or province's cue names the region that a city names (not "the
      // Medeu district of Almaty")
      let firstLevel = k == .region && Lexicon.firstLevelRegionCues.contains(cue)
      var name = t + 1
      if name < n, ["of", "di", "del", "della"].contains(st.toks[name].folded) { name += 1 }
      // "regione di Pavlodar", "Pavlodar region": the region, not the city that names it
      if firstLevel, name < n, st.joins(name - 1, name), let o = st.owner[name], st.spans[o].first == name, st.spans[o].last == name,
        st.entityKind(at: name) == .city, placeByHead[k.rawValue + "|" + Morphology.stem(st.toks[name].folded)] != nil
      {
        release(st, name, name)
        addPlace(st, name, name, kind: k, label: st.original(name))
        continue
      }
      // Kazakh names its place before the cue ("Үрімжі қаласында «Made in …»")
      let kazakhCue = Lexicon.kazakhPlaceCues.contains(cue)
      if !kazakhCue, name < n, st.owner[name] == nil, st.isCapName(name), st.joins(name - 1, name) || st.toks[t].folded == "г" {
        // a hyphenated name is one name ("город Чолпон-Ата")
        var last = name
        while last + 1 < n, last - name < 2, st.owner[last + 1] == nil, st.toks[last + 1].capitalized, st.gap(last, last + 1).elementsEqual(["-"]) { last += 1 }
        let label = last > name ? st.text(name, last) : Morphology.isCyrillic(st.toks[name].folded) ? Morphology.nominativeName(st.original(name)) : st.original(name)
        addPlace(st, name, last, kind: k, label: label)
      } else if firstLevel, t > 0, !Morphology.isCyrillic(st.toks[t].folded), st.joins(t - 1, t), let o = st.owner[t - 1], st.spans[o].first == t - 1,
        st.entityKind(at: t - 1) == .city, placeByHead[k.rawValue + "|" + Morphology.stem(st.toks[t - 1].folded)] != nil
      {
        release(st, t - 1, t - 1)
        addPlace(st, t - 1, t, kind: k, label: st.text(t - 1, t))
      } else if t > 0, st.owner[t - 1] == nil, st.isCapName(t - 1), st.joins(t - 1, t), !Morphology.isCyrillic(st.toks[t].folded) || st.toks[t].folded.hasPrefix("облыс"), !isSentenceStart(st, t - 1) {
        addPlace(st, t - 1, t, kind: k, label: st.text(t - 1, t))
      }
    }
  }

  /// A one-word mention of a city or of a project that a place names ("Khorgos"), which a
  /// river cue after it may take over.
  func oneWordPlaceOrProject(_ st: State, _ t: Int) -> Bool {
    guard let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t else { return false }
    return st.entityKind(at: t) == .city || st.entityKind(at: t) == .project
  }

  func addPlace(_ st: State, _ a: Int, _ b: Int, kind: EntityKind, label: String, natural: Bool = false) {
    // "regione di Mangystau", "провинции Хэнань": prefer the catalogue's entry
    let head = Morphology.stem(st.toks[a].folded)
    if let ei = placeByHead[kind.rawValue + "|" + head]?.first {
      let e = catalog.entries[ei]
      if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
      st.addSpan(a, b, id: e.id)
      return
    }
    let id = Transliteration.slug(label)
    if st.entities[id] == nil {
      st.addEntity(ExtractedEntity(id: id, label: label, kind: kind, subkind: natural ? "natural-feature" : kind == .region ? "province" : nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
    }
    st.addSpan(a, b, id: id)
  }

  /// In a Russian or Kazakh text, a run of capitalised Latin words that nothing else has
  /// read is a company's or brand's name ("при поддержке Kazakh Tourism", "компании Yutong"
  /// is read by its cue): one to four words, not quoted (a quoted Latin phrase is more often a
  /// slogan or title), not a Chinese name in Pinyin, single words of four letters or more
  /// (or acronyms of three). O(tokens).
  func latinBrands(_ st: State) {
    guard st.doc.language == "ru" || st.doc.language == "kk" else { return }
    let n = st.toks.count
    func word(_ k: Int) -> Bool {
      st.owner[k] == nil && isLatinName(st, k) && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded) && !insideQuotes(st, k)
    }
    var t = 0
    while t < n {
      guard word(t), t == 0 || !(joinsLatin(st, t - 1, t) && st.toks[t - 1].capitalized) else { t += 1; continue }
      var e = t
      while e + 1 < n, e - t < 3, joinsLatin(st, e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t), word(e + 1) { e += 1 }
      // "Phoenix 24": a number closes the name
      if e + 1 < n, st.joins(e, e + 1), st.owner[e + 1] == nil, st.toks[e + 1].folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) { e += 1 }
      defer { t = e + 1 }
      // a longer run, or one that touches a read name, is something else
      if e + 1 < n, joinsLatin(st, e, e + 1), isLatinName(st, e + 1) { continue }
      let letters = st.doc.scalars[st.toks[t].start..<st.toks[e].end].filter { $0.properties.isAlphabetic }.count
      if t == e {
        let sc = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
        let acronym = sc.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
        guard letters >= (acronym ? 3 : 4) else { continue }
      }
      if e == t + 1, chineseName(st, t, e) != nil { continue }
      addCompany(st, t, e)
    }
  }

  /// Tokens joined as words of one Latin name: by spaces or hyphens, or by "&" ("Science &
  /// Technology").
  func joinsLatin(_ st: State, _ a: Int, _ b: Int) -> Bool {
    if st.joins(a, b) { return true }
    let g = st.gap(a, b)
    return g.count <= 3 && g.contains("&") && g.allSatisfy { $0 == " " || $0 == "&" }
  }

  /// "Tajik Aluminium Company (TALCO)", "TALCO (Tajik Aluminium Company)": an acronym in
  /// parentheses beside an organisation's or project's name stands for it, there and wherever
  /// else the text uses it. O(tokens).
  func parentheticalAcronyms(_ st: State) {
    let n = st.toks.count
    func isAcronym(_ t: Int) -> Bool {
      let sc = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
      guard (2...8).contains(sc.count), sc.filter({ $0.properties.isAlphabetic }).count >= 2 else { return false }
      return sc.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
    }
    func opens(_ a: Int, _ b: Int) -> Bool {
      let g = st.gap(a, b)
      return g.contains("(") && g.allSatisfy { $0 == "(" || $0 == " " }
    }
    func closes(_ t: Int) -> Bool { st.toks[t].end < st.doc.scalars.count && st.doc.scalars[st.toks[t].end] == ")" }
    func named(_ o: Int) -> Bool { [.organization, .project].contains(st.entities[st.spans[o].key]?.kind) }
    var meaning: [String: String] = [:]  // folded acronym → entity id
    for t in 0..<n where st.owner[t] == nil && isAcronym(t) {
      if t > 0, opens(t - 1, t), closes(t), let o = st.owner[t - 1], named(o), st.spans[o].last == t - 1, st.spans[o].first < t - 1 {
        meaning[st.toks[t].folded] = st.spans[o].key
      } else if t + 1 < n, opens(t, t + 1), let o = st.owner[t + 1], named(o), st.spans[o].first == t + 1, st.spans[o].last > t + 1, closes(st.spans[o].last) {
        meaning[st.toks[t].folded] = st.spans[o].key
      }
    }
    guard !meaning.isEmpty else { return }
    for t in 0..<n where st.owner[t] == nil {
      if let id = meaning[st.toks[t].folded], isAcronym(t) { st.addSpan(t, t, id: id) }
    }
  }

  /// A surname alone after the full name (Токаев after Касым-Жомарт Токаев, Sultanov).
  func resolveShortMentions(_ st: State) {
    var surnames: [String: String] = [:]
    for id in st.order {
      guard let e = st.entities[id], e.kind == .person else { continue }
      for m in e.mentions {
        let words = Segmenter.words(in: Array(m.text.unicodeScalars))
        if words.count >= 2, let last = words.last, Morphology.isCyrillic(last.folded) || !Lexicon.chineseSurnames.contains(words[0].folded) {
          surnames[Morphology.stem(last.folded)] = id
        }
      }
    }
    guard !surnames.isEmpty else { return }
    for t in 0..<st.toks.count where st.owner[t] == nil && st.isCapName(t) {
      for c in st.cands[t] {
        if let id = surnames[c] {
          st.addSpan(t, t, id: id)
          break
        }
      }
    }
  }
}
