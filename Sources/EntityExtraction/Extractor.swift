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

  struct Pattern: Sendable {
    var entry: Int
    var stems: [String]
    /// 0: any case, 1: capitalised, 2: all capitals (acronym)
    var caps: [UInt8]
    var allowComma: Bool
  }
  let patterns: [String: [Pattern]]
  /// adjective stem → catalogue entry index
  let adjectives: [(String, Int)]

  public init(catalog: Catalog) {
    self.catalog = catalog
    var p: [String: [Pattern]] = [:]
    var adj: [(String, Int)] = []
    for (ei, e) in catalog.entries.enumerated() {
      var seen = Set<[String]>()
      for name in e.allNames {
        let sc = Array(name.precomposedStringWithCanonicalMapping.unicodeScalars)
        let toks = Segmenter.words(in: sc)
        guard !toks.isEmpty, toks.count <= 16 else { continue }
        let stems = toks.map { Morphology.stem($0.folded) }
        let caps: [UInt8] = toks.map { t in
          let word = sc[t.start..<t.end]
          let letters = word.filter { $0.properties.isAlphabetic }
          if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { return 2 }
          return t.capitalized ? 1 : 0
        }
        if toks.count == 1 && (caps[0] == 0 || stems[0].count < 2) { continue }
        if toks.count == 1 && caps[0] == 1 && stems[0].count < 3 { continue }
        guard seen.insert(stems).inserted else { continue }
        p[stems[0], default: []].append(Pattern(entry: ei, stems: stems, caps: caps, allowComma: name.contains(",")))
      }
      for a in e.adjectives ?? [] { adj.append((Normalizer.fold(a), ei)) }
    }
    self.patterns = p
    self.adjectives = adj.sorted { $0.0.count > $1.0.count }
  }

  /// Loads the built-in catalogue, plus user catalogues on top.
  public static func standard(extraCatalogs: [String] = []) throws -> Extractor {
    var c = try Catalog.builtIn()
    for path in extraCatalogs { c.merge(try Catalog.load(path)) }
    return Extractor(catalog: c)
  }

  // MARK: - Per-document state

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
    var relations: [String: ExtractedRelation] = [:]
    var relOrder: [String] = []

    init(doc: Document) {
      self.doc = doc
      toks = Segmenter.words(in: doc.scalars)
      cands = toks.map { Morphology.candidates($0.folded) }
      owner = Array(repeating: nil, count: toks.count)
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

    func sentenceOf(_ t: Int) -> Int { doc.sentenceIndex(containing: toks[t].start) ?? -1 }

    func addEntity(_ e: ExtractedEntity) {
      if var old = entities[e.id] {
        for a in e.aliases where !old.aliases.contains(a) { old.aliases.append(a) }
        if old.kind != e.kind && !old.catalogued && e.catalogued { old.kind = e.kind }
        entities[e.id] = old
      } else {
        entities[e.id] = e
        order.append(e.id)
      }
    }

    func addSpan(_ first: Int, _ last: Int, id: String) {
      let text = self.text(first, last)
      spans.append(Span(first: first, last: last, key: id))
      for k in first...last where owner[k] == nil { owner[k] = spans.count - 1 }
      if var e = entities[id] {
        e.mentions.append(Mention(start: toks[first].start, end: toks[last].end, text: text))
        if !e.aliases.contains(text) && text != e.label { e.aliases.append(text) }
        entities[id] = e
      }
    }

    func isCapName(_ t: Int) -> Bool {
      let tok = toks[t]
      guard tok.capitalized, tok.folded.count >= 2 else { return false }
      let sc = doc.scalars[tok.start..<tok.end]
      let letters = sc.filter { $0.properties.isAlphabetic }
      if letters.count >= 3 && letters.allSatisfy({ $0.properties.isUppercase }) { return false }  // acronyms are not personal names
      return letters.count == sc.count
    }

    func entityKind(at t: Int) -> EntityKind? { owner[t].flatMap { entities[spans[$0].key]?.kind } }
  }

  // MARK: - Extraction

  public func extract(_ doc: Document) -> DocumentExtraction {
    let st = State(doc: doc)
    matchCatalog(st)
    discoverPersons(st)
    discoverOrganizations(st)
    discoverEvents(st)
    discoverPlaces(st)
    resolveShortMentions(st)
    RelationRules.apply(st, extractor: self)
    let ents = st.order.compactMap { st.entities[$0] }.filter { !$0.mentions.isEmpty }
    let rels = st.relOrder.compactMap { st.relations[$0] }
    return DocumentExtraction(file: doc.path, language: doc.language, date: doc.date, entities: ents, relations: rels)
  }

  func catalogEntity(_ e: CatalogEntry) -> ExtractedEntity {
    ExtractedEntity(id: e.id, label: e.label, kind: e.kind, subkind: e.subkind, labels: e.labels, aliases: e.allNames.filter { $0 != e.label }, parent: e.parent, mentions: [], catalogued: true)
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

  func fits(_ p: Pattern, at i: Int, _ st: State) -> Bool {
    guard i + p.stems.count <= st.toks.count else { return false }
    for j in 0..<p.stems.count {
      let k = i + j
      if j > 0 {
        guard st.cands[k].contains(p.stems[j]), st.joins(k - 1, k, comma: p.allowComma) else { return false }
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
  func adjectiveEntity(_ folded: String) -> CatalogEntry? {
    for (stem, ei) in adjectives where folded.hasPrefix(stem) && folded.count - stem.count <= 5 {
      return catalog.entries[ei]
    }
    return nil
  }

  // MARK: - Discovery

  static func role(of st: State, at t: Int) -> (String, Bool)? {
    for c in st.cands[t] { if let r = Lexicon.roles[c] { return r } }
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
      guard st.owner[t] == nil else { continue }
      // Chinese name: Surname + Given (1–2 tokens)
      if st.isCapName(t), t + 1 < n, st.owner[t + 1] == nil, st.isCapName(t + 1), st.joins(t, t + 1), let py = chineseName(st, t, t + 1) {
        addPerson(st, t, t + 1, id: Transliteration.slug(py), label: py)
        continue
      }
      // First name + Surname with a surname suffix
      if st.isCapName(t), t + 1 < n, st.owner[t + 1] == nil, st.isCapName(t + 1), st.joins(t, t + 1), !Lexicon.stopCapitalized.contains(st.toks[t].folded) {
        let sur = Morphology.nominativeName(st.original(t + 1))
        let f = Normalizer.fold(sur)
        if Lexicon.surnameSuffixes.contains(where: { f.hasSuffix($0) && f.count >= $0.count + 3 }), Lexicon.roles[st.toks[t].folded] == nil, Lexicon.orgCues[st.toks[t].folded] == nil, isGivenNameLike(st.toks[t].folded) {
          let label = st.original(t) + " " + sur
          addPerson(st, t, t + 1, id: personID(label), label: label)
          continue
        }
      }
    }
    // Role-cued names
    for r in 0..<n {
      guard st.owner[r] == nil || st.entityKind(at: r) == nil, Self.role(of: st, at: r) != nil else { continue }
      let sent = st.sentenceOf(r)
      var k = r + 1
      var run: [Int] = []
      while k < n, k <= r + 12, st.sentenceOf(k) == sent {
        if let o = st.owner[k] {
          if st.entities[st.spans[o].key]?.kind == .person { break }
          run = []
          k = st.spans[o].last + 1
          continue
        }
        if st.isCapName(k) && !Lexicon.stopCapitalized.contains(st.toks[k].folded) && (run.isEmpty || st.joins(run.last!, k) || isPossessiveS(st, run.last!, k)) {
          if Lexicon.orgCues[st.toks[k].folded] != nil || Lexicon.eventCues[st.toks[k].folded] != nil || Lexicon.roles[st.toks[k].folded] != nil {
            run = []  // "…People's Federation An Husai": the name starts after the cue
          } else {
            run.append(k)
          }
          k += 1
          continue
        }
        if st.toks[k].folded == "s" && !run.isEmpty { k += 1; continue }
        if !run.isEmpty { break }
        k += 1
      }
      guard !run.isEmpty, run.count <= 4 else { continue }
      let a = run.first!, b = run.last!
      // the run must end the phrase: followed by punctuation, a lower-case word or the sentence end
      if b + 1 < n, st.sentenceOf(b + 1) == sent, st.joins(b, b + 1), st.toks[b + 1].capitalized { continue }
      if a == b, st.toks[a].folded.count < 3 { continue }
      if run.allSatisfy({ adjectiveEntity(st.toks[$0].folded) != nil }) { continue }
      let label = labelForPerson(st, a, b)
      addPerson(st, a, b, id: personID(label), label: label)
    }
    // Apposition: "Jiang Wei, Chinese Consul General in Almaty"
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) && !Lexicon.stopCapitalized.contains(st.toks[t].folded) {
      var b = t
      while b + 1 < n, b - t < 3, st.owner[b + 1] == nil, st.isCapName(b + 1), st.joins(b, b + 1) { b += 1 }
      guard b + 1 < n, st.gap(b, b + 1).contains(","), b > t || st.toks[t].folded.count > 3 else { continue }
      var ok = false
      for k in (b + 1)..<min(n, b + 4) where Self.role(of: st, at: k) != nil { ok = true }
      if ok && (t == 0 || !st.joins(t - 1, t) || !st.toks[t - 1].capitalized) {
        let label = labelForPerson(st, t, b)
        addPerson(st, t, b, id: personID(label), label: label)
      }
    }
  }

  func isPossessiveS(_ st: State, _ a: Int, _ b: Int) -> Bool { false }

  func isGivenNameLike(_ folded: String) -> Bool { folded.count >= 3 && adjectiveEntity(folded) == nil }

  /// Pinyin of a two-token Chinese name, or nil.
  func chineseName(_ st: State, _ a: Int, _ b: Int) -> String? {
    let s = st.toks[a].folded, g = st.toks[b].folded
    let cyr = Morphology.isCyrillic(s)
    let sp = cyr ? Transliteration.pinyin(fromPalladius: s) : s
    guard let surname = sp, Lexicon.chineseSurnames.contains(surname) else { return nil }
    var given: String?
    if cyr {
      given = Transliteration.pinyin(fromPalladius: g)
      if given == nil {  // declined: Синжуя → Синжуй
        for (suf, rep) in [("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"), ("а", ""), ("у", ""), ("ом", "")] where g.hasSuffix(suf) {
          if let p = Transliteration.pinyin(fromPalladius: String(g.dropLast(suf.count)) + rep) { given = p; break }
        }
      }
    } else if Transliteration.isPinyin(g) {
      given = g
    }
    guard let gv = given, gv.count >= 2, gv.count <= 8 else { return nil }
    if catalogHasPlace(named: st.toks[b].folded) { return nil }
    return surname.prefix(1).uppercased() + surname.dropFirst() + " " + gv.prefix(1).uppercased() + gv.dropFirst()
  }

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
    // a catalogued person may be known under this romanisation
    let key = Transliteration.nameKey(label)
    var entityID = id
    if let e = catalog.entries.first(where: { $0.kind == .person && ($0.id == id || Transliteration.nameKey($0.label) == key) }) {
      entityID = e.id
      if st.entities[e.id] == nil { st.addEntity(catalogEntity(e)) }
    } else if st.entities[id] == nil {
      st.addEntity(ExtractedEntity(id: id, label: label, kind: .person, subkind: nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
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
      guard st.owner[t] == nil else { continue }
      let f = st.toks[t].folded
      var cue: String?
      for c in st.cands[t] { if let h = Lexicon.orgCues[c] { cue = h; break } }
      guard let head = cue else { continue }
      let cyr = Morphology.isCyrillic(f)
      var a = t, b = t
      if cyr {
        guard st.toks[t].capitalized else { continue }
        if t > 0 && st.joins(t - 1, t) && st.sentenceOf(t - 1) == st.sentenceOf(t) && (st.toks[t - 1].capitalized || st.owner[t - 1] != nil) && t - 1 >= 0 && !isSentenceStart(st, t - 1) { continue }
        // extend over genitive complement
        var k = t + 1
        while k < n, k - t <= 7, st.joins(k - 1, k, comma: insideQuotes(st, k)) {
          let w = st.toks[k].folded
          if Lexicon.stopCapitalized.contains(w) && w != "и" { break }
          if w == "и", !(k + 1 < n && !st.toks[k + 1].capitalized) { break }
          if st.owner[k] != nil {
            let sp = st.spans[st.owner[k]!]
            b = sp.last
            k = sp.last + 1
            if st.entities[sp.key]?.kind == .region || st.entities[sp.key]?.kind == .city { break }
            continue
          }
          if st.toks[k].capitalized && !insideQuotes(st, k) { break }
          b = k
          k += 1
        }
        if b == t { continue }
      } else {
        // Latin: extend the capitalised run left and right
        guard st.toks[t].capitalized || ["co", "ltd", "inc", "llp", "jsc"].contains(f) else { continue }
        while a > 0, st.owner[a - 1] == nil || st.entityKind(at: a - 1) == .region, st.toks[a - 1].capitalized, st.joins(a - 1, a) || st.toks[a].folded == "s", !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded), st.sentenceOf(a - 1) == st.sentenceOf(t), !isSentenceStartAndCommon(st, a - 1) { a -= 1 }
        if st.toks[a].folded == "s", a < t { a += 1 }
        var k = t + 1
        while k < n, st.joins(k - 1, k), k - a < 9 {
          let w = st.toks[k].folded
          if (w == "of" || w == "for" || w == "di" || w == "della" || w == "del" || w == "dei" || w == "and") && k + 1 < n && st.toks[k + 1].capitalized { b = k + 1; k += 2; continue }
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
      for k in a...b where st.owner[k] != nil { st.owner[k] = nil }
      st.addSpan(a, b, id: id)
      t = b
    }
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
      guard st.owner[t] == nil else { continue }
      var head: String?
      for c in st.cands[t] { if let h = Lexicon.eventCues[c] { head = h; break } }
      guard let h = head, !["визит", "переговоры", "Meeting", "кездесу"].contains(h) else { continue }
      var a = t, b = t
      // capitalised words before the cue ("Belt and Road Forum", "China–Central Asia Summit")
      while a > 0, st.toks[a - 1].capitalized || st.owner[a - 1] != nil || (st.toks[a - 1].folded == "and" && a >= 2 && st.toks[a - 2].capitalized), st.joins(a - 1, a), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded), a - t > -6, st.sentenceOf(a - 1) == st.sentenceOf(t) { a -= 1 }
      if a < t && isSentenceStart(st, a) && st.owner[a] == nil && !st.toks[a].capitalized { a = t }
      // a quoted name after the cue («…», "…") or "on/по …"
      var k = t + 1
      if k < n, ["on", "sul", "по"].contains(st.toks[k].folded), k + 1 < n, insideQuotes(st, k + 1) { k += 1 }
      if k < n, insideQuotes(st, k) {
        while k < n, insideQuotes(st, k), k - t < 16 { b = k; k += 1 }
      } else if !Morphology.isCyrillic(st.toks[t].folded) {
        // "Summit of …" / "Forum for International Cooperation"
        while k < n, st.joins(k - 1, k), k - t < 8, st.toks[k].capitalized || (["of", "for", "on", "and"].contains(st.toks[k].folded) && k + 1 < n && st.toks[k + 1].capitalized) { b = k; k += 1 }
      }
      if a == t && b == t { continue }
      // ordinal just before: первом/втором/3-м/first/second
      var ord: Int?
      if a > 0, let o = Self.ordinal(st.toks[a - 1].folded) { ord = o; a -= 1 } else if a > 1, st.toks[a - 1].folded == "м" || st.toks[a - 1].folded == "th" || st.toks[a - 1].folded == "rd" || st.toks[a - 1].folded == "nd", let o = Int(st.toks[a - 2].folded) { ord = o; a -= 2 }
      let core = (a...b).filter { Self.ordinal(st.toks[$0].folded) == nil && Int(st.toks[$0].folded) == nil && st.toks[$0].folded != "м" }
      let stems = core.map { Morphology.stem(st.toks[$0].folded) }
      let base = Transliteration.slug(stems.joined(separator: " "))
      let id = (ord.map { "\($0)-" } ?? "") + base
      let label = st.text(a, b)
      if st.entities[id] == nil {
        st.addEntity(ExtractedEntity(id: id, label: label, kind: .event, subkind: nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
      }
      for k in a...b where st.owner[k] != nil { st.owner[k] = nil }
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  static func ordinal(_ w: String) -> Int? {
    let table: [(String, Int)] = [("перв", 1), ("втор", 2), ("трет", 3), ("четвер", 4), ("пят", 5), ("шест", 6), ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("prim", 1), ("second", 2), ("terz", 3), ("quart", 4), ("бірінші", 1), ("екінші", 2), ("үшінші", 3)]
    for (s, v) in table where w.hasPrefix(s) && w.count <= s.count + 4 { return v }
    return nil
  }

  /// Places by cue: `город Жанатас`, `провинции Хэнань`, `Hainan Province`, `provincia di X`.
  func discoverPlaces(_ st: State) {
    let n = st.toks.count
    for t in 0..<(max(0, n - 1)) where st.owner[t] == nil {
      var kind: EntityKind?
      for c in st.cands[t] { if let k = Lexicon.placeCues[c] { kind = k; break } }
      guard let k = kind else { continue }
      var name = t + 1
      if name < n, ["of", "di", "del", "della"].contains(st.toks[name].folded) { name += 1 }
      if name < n, st.owner[name] == nil, st.isCapName(name), st.joins(name - 1, name) || st.toks[t].folded == "г" {
        let label = Morphology.isCyrillic(st.toks[name].folded) ? Morphology.nominativeName(st.original(name)) : st.original(name)
        addPlace(st, name, name, kind: k, label: label)
      } else if t > 0, st.owner[t - 1] == nil, st.isCapName(t - 1), st.joins(t - 1, t), !Morphology.isCyrillic(st.toks[t].folded) || st.toks[t].folded.hasPrefix("облыс"), !isSentenceStart(st, t - 1) {
        addPlace(st, t - 1, t, kind: k, label: st.text(t - 1, t))
      }
    }
  }

  func addPlace(_ st: State, _ a: Int, _ b: Int, kind: EntityKind, label: String) {
    let id = Transliteration.slug(label)
    if st.entities[id] == nil {
      st.addEntity(ExtractedEntity(id: id, label: label, kind: kind, subkind: kind == .region ? "province" : nil, labels: [:], aliases: [], parent: nil, mentions: [], catalogued: false))
    }
    st.addSpan(a, b, id: id)
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
