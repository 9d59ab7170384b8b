import TextIngest

/// Stated relations read from sentence structure and trigger words, plus `co_mentioned`.
///
/// First version: role appositions (→ `holds_role`/`leads` with the role), diplomatic
/// missions (consul/ambassador of X in Y → the mission as an organisation), twinning,
/// participation, organising, meetings, visits, signing, building, funding, membership,
/// partnership/cooperation between places, `located_in` for events and projects placed with
/// a locative preposition. Every relation keeps its sentence as evidence and the sentence's
/// most precise date.
enum RelationRules {
  /// The cue lists, as UTF-8 needles with their first byte pairs (built once).
  enum Cues {
    static let attendCues = CueList(Lexicon.attendCues)
    static let bothCountries = CueList(Lexicon.bothCountries)
    static let buildCues = CueList(Lexicon.buildCues)
    static let cooperateCues = CueList(Lexicon.cooperateCues)
    static let eventAnaphora = CueList(Lexicon.eventAnaphora)
    static let facilityAnaphora = CueList(Lexicon.facilityAnaphora)
    static let facilityAnaphoraKinds = Lexicon.facilityAnaphoraKinds.map { (cues: CueList($0.cues), stems: $0.stems) }
    static let fundCues = CueList(Lexicon.fundCues)
    static let meetCues = CueList(Lexicon.meetCues)
    static let memberCues = CueList(Lexicon.memberCues)
    static let operateCues = CueList(Lexicon.operateCues)
    static let organizeCues = CueList(Lexicon.organizeCues)
    static let partnerCues = CueList(Lexicon.partnerCues)
    static let projectAnaphora = CueList(Lexicon.projectAnaphora)
    static let signCues = CueList(Lexicon.signCues)
    static let throughCues = CueList(Lexicon.throughCues)
    static let twinCues = CueList(Lexicon.twinCues)
    static let during = CueList(["в ходе", "during", "durante"])
    static let within = CueList(["в рамках", "within", "all'interno", "frameworks", "quadri multilaterali", "multilateral"])
    static let between = CueList(["между", "between", " tra ", "арасында"])
  }

  static func apply(_ st: Extractor.State, extractor: Extractor) {
    // co-mentions alone give a relation per pair of entities in a sentence
    st.relationIndex.reserveCapacity(4 * st.doc.sentences.count)
    st.relations.reserveCapacity(4 * st.doc.sentences.count)
    roleRelations(st, extractor)
    let personRoles = roleTargets(st)
    var foldedBytes: [UInt8] = []  // built per sentence by buildBytes()
    var sentenceBytes: [UInt8] = []
    var blanked: [Range<Int>] = []
    var personScalars: [Range<Int>] = []
    var cueFilter = ByteSearch.PairFilter()
    var visitFilter = ByteSearch.PairFilter()
    for (si, s) in st.doc.sentences.enumerated() {
      // entities of the sentence in order of first mention
      var ids: [String] = []
      var firstTok: [String: Int] = [:]
      // the sentence's entities by kind, in order of first mention (one kind lookup each)
      var persons: [String] = [], orgs: [String] = [], events: [String] = [], namedProjects: [String] = []
      var cities: [String] = [], regions: [String] = []
      blanked.removeAll(keepingCapacity: true)
      personScalars.removeAll(keepingCapacity: true)
      for k in st.sentenceTokens[si] {
        guard let o = st.owner[k] else { continue }
        let sp = st.spans[o]
        // (every span names an entity of the document; one that does not is skipped)
        guard let kd = st.kind(of: sp.key) else { continue }
        if firstTok[sp.key] == nil {
          firstTok[sp.key] = k
          ids.append(sp.key)
          switch kd {
          case .person: persons.append(sp.key)
          case .organization: orgs.append(sp.key)
          case .event: events.append(sp.key)
          case .project: namedProjects.append(sp.key)
          case .city: cities.append(sp.key)
          case .region: regions.append(sp.key)
          }
        }
        // (a person's name holds no visit word: "Сапаров" is no "сапар", trip)
        if kd == .person { personScalars.append(st.toks[k].start..<st.toks[k].end) }
        // cue words inside names ("Shanghai Cooperation Organisation") do not count as cues
        if sp.last > sp.first, kd == .organization || kd == .event || kd == .project {
          blanked.append(st.toks[k].start..<st.toks[k].end)
        }
      }
      guard !ids.isEmpty else { continue }
      // The sentence folded, as UTF-8: once as it stands (`foldedBytes`), once with the
      // words of multi-word names blanked to "_" (`sentenceBytes`, for cue words). Built on
      // the first cue question only: most sentences ask none.
      var bytesBuilt = false
      func buildBytes() {
        guard !bytesBuilt else { return }
        bytesBuilt = true
        let blanks = blanked
        let n = s.end - s.start
        // folded UTF-8 straight into new storage (at most four bytes a scalar), then the
        // copy with blanked names, scalar by scalar from the lead bytes
        let folded = st.doc.scalars.withUnsafeBufferPointer { sc in
          [UInt8](unsafeUninitializedCapacity: 4 * n) { out, count in
            var j = 0
            for i in s.start..<s.end { j += Normalizer.putUTF8(Normalizer.fold(sc[i]).value, out, at: j) }
            count = j
          }
        }
        foldedBytes = folded
        guard !blanks.isEmpty else {
          sentenceBytes = folded
          return
        }
        sentenceBytes = folded.withUnsafeBufferPointer { src in
          [UInt8](unsafeUninitializedCapacity: src.count) { out, count in
            var j = 0, b = 0, nextBlank = 0
            for i in s.start..<s.end {
              let lead = src[b]
              let len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
              while nextBlank < blanks.count, blanks[nextBlank].upperBound <= i { nextBlank += 1 }
              if nextBlank < blanks.count && blanks[nextBlank].lowerBound <= i {
                out[j] = UInt8(ascii: "_")
                j += 1
              } else {
                for k in 0..<len { out[j + k] = src[b + k] }
                j += len
              }
              b += len
            }
            count = j
          }
        }
      }
      var cueFilterLoaded = false
      func has(_ cues: CueList) -> Bool {
        if !cueFilterLoaded {
          buildBytes()
          cueFilter.load(sentenceBytes)
          cueFilterLoaded = true
        }
        return cues.any(in: sentenceBytes, filter: cueFilter)
      }
      lazy var date = st.firstDate(in: s)
      lazy var ev = Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end))
      func visitCue() -> Int? {
        buildBytes()
        visitFilter.load(foldedBytes)
        let names = personScalars, start = s.start
        return firstCue(foldedBytes, Lexicon.visitCues, filter: visitFilter, skipping: { i in names.contains { $0.contains(start + i) } })
      }
      let countries = regions.filter { st.subkind(of: $0) == "country" }

      // "both countries" / "обе страны" / "entrambi i paesi": the document's two main countries
      var countriesHere = countries
      if countriesHere.count < 2, has(Cues.bothCountries) {
        for c in st.mainCountries where !countriesHere.contains(c) { countriesHere.append(c) }
      }
      // "the meeting" / "встреча" / "заседание" with no named event: the last event before
      var eventsHere = events
      if eventsHere.isEmpty, has(Cues.eventAnaphora), let last = st.lastEvent(before: s.start) { eventsHere = [last] }
      // "The project is funded by …", "Проект финансирует …": the last project before
      var projects = namedProjects
      if projects.isEmpty, st.hasProjects {
        // "the new terminal", "the port": the last infrastructure project; "the project": the last project
        // (the facility's word agrees with the antecedent's name: "Заводу подведут газопровод"
        // after a road names no road)
        // (and without a facility of that kind before, a project's word may still point back:
        // "Дорога … свяжет станцию Бахты")
        if has(Cues.facilityAnaphora), case let kinds = Cues.facilityAnaphoraKinds.filter({ has($0.cues) }).map(\.stems),
          let last = st.lastEntity(of: .project, before: s.start, where: { e in
            (e.subkind ?? "infrastructure") == "infrastructure" && kinds.contains { namesFacility(e, stems: $0) }
          })
        {
          projects = [last]
        } else if has(Cues.projectAnaphora), let last = st.lastEntity(of: .project, before: s.start) {
          projects = [last]
        }
      }

      let twinPlaces = cities + regions.filter { !Catalog.isMacroRegion(st.subkind(of: $0)) }
      if twinPlaces.count >= 2, has(Cues.twinCues) {
        for (a, b) in twinPairs(st, si, twinPlaces) { add(st, a, b, .twinnedWith, date, ev) }
      }
      if !persons.isEmpty || !orgs.isEmpty, !eventsHere.isEmpty || (!orgs.isEmpty && !persons.isEmpty), has(Cues.attendCues) || has(Cues.during) {
        for a in persons + orgs { for e in eventsHere { add(st, a, e, .attended, date, ev) } }
        // "заседание Клуба … при участии X": the organisation's meeting
        for o in orgs where isMeetingOf(st, o, firstTok) { for p in persons { add(st, p, o, .attended, date, ev) } }
      }
      if !orgs.isEmpty, !eventsHere.isEmpty, has(Cues.organizeCues) {
        for o in orgs { for e in eventsHere { add(st, o, e, .organized, date, ev) } }
      }
      if persons.count >= 2 && has(Cues.meetCues) {
        pairs(persons) { add(st, $0, $1, .metWith, date, ev) }
      }
      // visited: a place named after the visit word, not the visitor's own country
      // the visitor is the last person named before the visit word ("…, who visited Almaty")
      // ("визит в Казахстан … Ма Синжуя": with nobody before the word, the visitor follows it)
      // names not blanked: a visit word may sit inside one
      // regions count too ("посетил Восточно-Казахстанскую область"), macro-regions do not
      let visitable = countries + cities + regions.filter { st.subkind(of: $0) != "country" && !Catalog.isMacroRegion(st.subkind(of: $0)) }
      if !persons.isEmpty, !visitable.isEmpty, let cue = visitCue().map({ s.start + $0 }),
        let p = persons.filter({ firstTok[$0].map { st.toks[$0].start < cue } ?? false }).max(by: { firstTok[$0]! < firstTok[$1]! })
          ?? persons.filter({ firstTok[$0].map { st.toks[$0].start > cue } ?? false }).min(by: { firstTok[$0]! < firstTok[$1]! })
      {
        let end = firstCue(foldedBytes, Lexicon.visitClauseBreaks, filter: visitFilter).map { s.start + $0 }.flatMap { $0 > cue ? $0 : nil } ?? .max
        for c in visitable where !isHome(st, p, c, personRoles) && (firstTok[c].map { st.toks[$0].start > cue && st.toks[$0].start < end } ?? false) {
          add(st, p, c, .visited, date, ev)
        }
      }
      if !projects.isEmpty, !(persons.isEmpty && orgs.isEmpty && countriesHere.isEmpty), has(Cues.signCues) {
        for a in persons + orgs + countriesHere { for p in projects { add(st, a, p, .signed, date, ev) } }
      }
      if !projects.isEmpty, !(orgs.isEmpty && countriesHere.isEmpty), has(Cues.buildCues) {
        // (not a country the project lies in or leads to: "la Cina ha costruito in Tagikistan
        // … la strada Dushanbe-Chanak verso l'Uzbekistan")
        let builders = countriesHere.filter { c in firstTok[c].map { !isLocative(st, $0) && !isDirection(st, $0) && !isOwnedPlace(st, $0) && !isRoutePlace(st, $0) } ?? true }
        // (nor a party "with" whom the builder agreed: "developed by ACWA Power … under an
        // agreement with the National Electric Grid")
        // (only where an agent is named: "signed a contract with CRBC to build …" makes the
        // party the builder)
        let agents = orgs.filter { o in firstTok[o].map { $0 > 0 && agentPrepositions.contains(st.toks[$0 - 1].folded) } ?? false }
        // (a news agency that reports it builds nothing)
        let orgBuilders = (agents.isEmpty ? orgs : orgs.filter { o in firstTok[o].map { !isWithParty(st, $0) } ?? true }).filter { st.subkind(of: $0) != "media" }
        for o in orgBuilders + builders { for p in projects { add(st, o, p, .builds, date, ev) } }
      }
      if !projects.isEmpty, !orgs.isEmpty, has(Cues.fundCues) {
        for o in orgs { for p in projects { add(st, o, p, .funds, date, ev) } }
      }
      if !projects.isEmpty, !orgs.isEmpty, has(Cues.operateCues) {
        for o in orgs { for p in projects { add(st, o, p, .operates, date, ev) } }
      }
      if !countriesHere.isEmpty, orgs.contains(where: { st.subkind(of: $0) == "international" }),
        has(Cues.memberCues) || has(Cues.within)
      {
        let intl = orgs.filter { st.subkind(of: $0) == "international" }
        for c in countriesHere { for o in intl { add(st, c, o, .memberOf, date, ev) } }
      }
      if countriesHere.count >= 2 && (has(Cues.partnerCues) || has(Cues.cooperateCues)) {
        pairs(countriesHere) { add(st, $0, $1, .partnerOf, date, ev) }
      }
      if !countriesHere.isEmpty, has(Cues.cooperateCues) {
        let subnational = (regions + cities).filter { st.subkind(of: $0) != "country" && !Catalog.isMacroRegion(st.subkind(of: $0)) }
        // "торговли Синьцзяна с Казахстаном", "Shandong and Kazakhstan": a linking word close between them
        for p in subnational {
          for c in countriesHere where countryOf(st, p) != c && countryOf(st, p) != nil && linked(st, firstTok[p], firstTok[c]) {
            add(st, p, c, .cooperatesWith, date, ev)
          }
        }
      }
      // located_in: an event or project with a locative place ("в Астане", "in Almaty", "(Lianyungang)")
      for x in events + projects {
        for place in cities + regions where place != x && !Catalog.isMacroRegion(st.subkind(of: place)) {
          guard let tp = firstTok[place] else { continue }
          if let tx = firstTok[x] {
            if tp > tx, tp - tx <= 8, isLocative(st, tp) || st.gap(tp - 1, tp).contains("(") { add(st, x, place, .locatedIn, date, ev) }
            // "В Алматы прошёл форум …": a locative place just before, nothing named between
            if tp < tx, tx - tp <= 4, isLocative(st, tp), ((tp + 1)..<tx).allSatisfy({ st.owner[$0] == nil && !st.gap($0 - 1, $0).contains(",") }) {
              add(st, x, place, .locatedIn, date, ev)
            }
          } else if has(Cues.throughCues), isThrough(st, tp) {
            add(st, x, place, .locatedIn, date, ev)  // "Дорога пройдёт по территории области Абай"
          }
        }
        // infrastructure "между Казахстаном и Китаем" lies in both
        if st.kind(of: x) == .project, (st.subkind(of: x) ?? "infrastructure") == "infrastructure", countries.count >= 2, has(Cues.between) {
          for c in countries { add(st, x, c, .locatedIn, date, ev) }
        }
      }
      // co-occurrence
      pairs(ids) { add(st, $0, $1, .coMentioned, date, ev) }
    }
    structuralRelations(st)
    containment(st)
  }

  /// Facts the catalogue knows about entities this text names: a place is `part_of` the
  /// nearest of its ancestors the text names (Ekibastuz → Pavlodar Region when the text names
  /// the region, else → Kazakhstan), an organisation, project or event `located_in` it; an
  /// organisation named after an initiative ("Клуб … «Один пояс, один путь»") is `part_of` it.
  /// O(entities × depth), depth at most six.
  static func containment(_ st: Extractor.State) {
    let present = Set(st.order.filter { !(st.entities[$0]?.mentions.isEmpty ?? true) })
    for id in st.order where present.contains(id) {
      guard let e = st.entities[id], e.kind != .person else { continue }
      var parent = e.parent ?? st.catalog.entry(id)?.parent
      for _ in 0..<6 {
        guard let p = parent, !present.contains(p) else { break }
        parent = st.entities[p]?.parent ?? st.catalog.entry(p)?.parent
      }
      guard let p = parent, present.contains(p), p != id else { continue }
      let kind: RelationKind = (e.kind == .city || e.kind == .region) ? .partOf : .locatedIn
      // a catalogue fact about two entities of the text, not a statement of the text
      add(st, id, p, kind, nil, Evidence(document: st.doc.path, sentence: -1, start: 0, end: 0, text: "catalogue"), catalog: true)
    }
    // projects in the order the text names them (iterating the set would follow the
    // process's random hash seed)
    let projects = st.order.filter { present.contains($0) && st.kind(of: $0) == .project }
    guard !projects.isEmpty else { return }
    for sp in st.spans where sp.last > sp.first {
      guard st.kind(of: sp.key) == .organization else { continue }
      let a = st.toks[sp.first].start, b = st.toks[sp.last].end
      for id in projects {
        if st.entities[id]!.mentions.contains(where: { $0.start >= a && $0.end <= b }), let ev = sharedSentence(st, sp.key, id) {
          add(st, sp.key, id, .partOf, nil, ev)
        }
      }
    }
  }

  static func sharedSentence(_ st: Extractor.State, _ a: String, _ b: String) -> Evidence? {
    guard let ma = st.entities[a]?.mentions, let mb = st.entities[b]?.mentions else { return nil }
    for x in ma {
      for y in mb {
        if let si = st.doc.sentenceIndex(containing: x.start), si == st.doc.sentenceIndex(containing: y.start) {
          let s = st.doc.sentences[si]
          return Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end))
        }
      }
    }
    return nil
  }

  /// Whether a project's names (label, aliases, translations, mentions) show one of a kind of
  /// facility's word stems (``Lexicon/facilityAnaphoraKinds``). O(names × stems).
  static func namesFacility(_ e: ExtractedEntity, stems: [String]) -> Bool {
    let names = [e.label] + e.aliases + Array(e.labels.values) + e.mentions.map(\.text)
    return names.contains { n in
      let f = Normalizer.fold(n)
      return stems.contains { f.contains($0) }
    }
  }

  /// A person's own country or city: the catalogue's, or one they lead or serve in this text.
  static func isHome(_ st: Extractor.State, _ person: String, _ place: String, _ roles: [String: [String]]) -> Bool {
    if st.entities[person]?.parent == place { return true }
    return roles[person]?.contains { $0 == place || countryOf(st, $0) == place } ?? false
  }

  /// What each person leads or holds a role in, in order of discovery (all `leads` and
  /// `holds_role` relations come from ``roleRelations(_:_:)``, which runs first).
  static func roleTargets(_ st: Extractor.State) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for r in st.relations where r.kind == .leads || r.kind == .holdsRole { out[r.source, default: []].append(r.target) }
    return out
  }

  /// The country a place or organisation belongs to, by the catalogue's containment chain.
  static func countryOf(_ st: Extractor.State, _ id: String) -> String? {
    var cur: String? = id
    var hops = 0
    while let c = cur, hops < 6 {
      let e = st.entities[c]
      let entry = st.catalog.entry(c)
      if (e?.subkind ?? entry?.subkind) == "country" { return c }
      cur = e?.parent ?? entry?.parent
      hops += 1
    }
    return nil
  }

  /// The first cue's scalar offset, as ``firstCue(_:_:filter:)``, passing over occurrences
  /// at offsets `skipping` rejects (inside a person's name). O(cues × sentence) at worst.
  static func firstCue(_ foldedBytes: [UInt8], _ cues: [String], filter: ByteSearch.PairFilter, skipping: (Int) -> Bool) -> Int? {
    guard let first = firstCue(foldedBytes, cues, filter: filter) else { return nil }
    guard skipping(first) else { return first }
    // (rare: search again over each occurrence, from scalar offsets to byte offsets)
    var best: Int?
    for c in cues where filter.mayContain(c) {
      var from = 0
      while from < foldedBytes.count, let i = ByteSearch.firstIndex(Array(foldedBytes[from...]), c).map({ $0 + from }) {
        var scalars = 0
        for k in 0..<i where foldedBytes[k] & 0xC0 != 0x80 { scalars += 1 }
        if !skipping(scalars) {
          best = min(best ?? .max, scalars)
          break
        }
        from = i + 1
      }
    }
    return best
  }

  /// Scalar offset (within the sentence) of the earliest cue of a list in the sentence's
  /// folded UTF-8 bytes. A byte match of a valid UTF-8 needle always starts on a scalar
  /// boundary, so counting the lead bytes before it gives the scalar offset.
  static func firstCue(_ foldedBytes: [UInt8], _ cues: [String], filter: ByteSearch.PairFilter) -> Int? {
    var best: Int?
    for c in cues where filter.mayContain(c) {
      if let i = ByteSearch.firstIndex(foldedBytes, c), i < (best ?? .max) { best = i }
    }
    guard let b = best else { return nil }
    var scalars = 0
    for k in 0..<b where foldedBytes[k] & 0xC0 != 0x80 { scalars += 1 }
    return scalars
  }

  /// "заседание Клуба …", "meeting of the … Club": the organisation is the occasion.
  static func isMeetingOf(_ st: Extractor.State, _ org: String, _ firstTok: [String: Int]) -> Bool {
    guard let t = firstTok[org], t > 0 else { return false }
    let prev = st.toks[t - 1].folded
    let prev2 = t > 1 ? st.toks[t - 2].folded : ""
    return ["заседани", "встреч", "собрани", "meeting", "session", "riunione", "отырыс"].contains { prev.hasBytePrefix($0) || (prev == "of" || prev == "the") && prev2.hasBytePrefix($0) }
  }

  /// Twinned pairs in a sentence: places joined by "и/and/e/мен" first; two coordinated
  /// lists of equal length joined by "с/with" are read "respectively"; otherwise every pair
  /// of places in different countries (twinning crosses borders).
  static func twinPairs(_ st: Extractor.State, _ si: Int, _ places: [String]) -> [(String, String)] {
    // groups of coordinated places in order of mention
    var groups: [[String]] = []
    var joinedWith = Set<Int>()
    var lastTok = -10
    for k in st.sentenceTokens[si] {
      guard let o = st.owner[k], places.contains(st.spans[o].key), st.spans[o].first == k else { continue }
      let id = st.spans[o].key
      let between = lastTok >= 0 ? (lastTok + 1..<k).map { st.toks[$0].folded } : []
      let placeNouns = ["област", "облыс", "провинци", "province", "provincia", "город", "city", "città", "қала"]
      let coordinated = lastTok >= 0 && between.count <= 2 && between.contains(where: { ["и", "and", "e", "ed", "мен", "пен", "бен", "және"].contains($0) })
        && between.allSatisfy { w in ["и", "and", "e", "ed", "мен", "пен", "бен", "және"].contains(w) || placeNouns.contains(where: w.hasPrefix) }
      if coordinated, !groups.isEmpty { groups[groups.count - 1].append(id) } else {
        // lists joined by "с/with/con" pair up respectively
        if between.contains(where: { ["с", "со", "with", "con", "мен", "пен", "бен"].contains($0) }) { joinedWith.insert(groups.count) }
        groups.append([id])
      }
      lastTok = st.spans[o].last
    }
    var out: [(String, String)] = []
    for g in 1..<max(1, groups.count) where joinedWith.contains(g) && groups[g - 1].count == groups[g].count && groups[g].count >= 2 {
      for (a, b) in zip(groups[g - 1], groups[g]) { out.append((a, b)) }
      return out
    }
    let multi = groups.filter { $0.count >= 2 }
    for g in multi { pairs(g) { a, b in if countryOf(st, a) != countryOf(st, b) || countryOf(st, a) == nil { out.append((a, b)) } } }
    if !out.isEmpty { return out }
    pairs(places) { a, b in
      if let ca = countryOf(st, a), let cb = countryOf(st, b), ca != cb { out.append((a, b)) }
    }
    return out
  }

  /// Two mentions joined by "с/with/и/and/между/con/мен" within a few words.
  static func linked(_ st: Extractor.State, _ a: Int?, _ b: Int?) -> Bool {
    guard let a, let b else { return false }
    let (lo, hi) = (min(a, b), max(a, b))
    guard hi - lo <= 8 else { return false }
    let linkers: Set<String> = ["с", "со", "и", "with", "and", "между", "between", "con", "e", "tra", "мен", "пен", "бен", "және"]
    return ((lo + 1)..<hi).contains { linkers.contains(st.toks[$0].folded) } || (hi - lo <= 6 && st.owner[lo] != nil && ((lo + 1)..<hi).contains { st.toks[$0].folded.hasBytePrefix("многими") || st.toks[$0].folded.hasBytePrefix("регион") })
  }

  static func isThrough(_ st: Extractor.State, _ t: Int) -> Bool {
    guard t > 0 else { return false }
    let window = (max(0, t - 3)..<t).map { st.toks[$0].folded }
    return window.contains { w in ["территори", "через", "through", "across", "attraverso", "арқылы", "аумағы"].contains(where: w.hasPrefix) }
  }

  /// Whether a place's first token `t` follows a word of direction ("verso l'Uzbekistan",
  /// "towards China", "к границе", "fino a Shanghai"), possibly over an article or the "a"
  /// after "fino". O(1).
  static func isDirection(_ st: Extractor.State, _ t: Int) -> Bool {
    guard t > 0 else { return false }
    var p = t - 1
    // "в" with a name in the accusative, which for a name ending in a consonant is its bare
    // form ("поставки газа в Синьцзян", "в Китай"; the locative declines: "в Синьцзяне");
    // the place's last word decides ("в Синьцзян-Уйгурском автономном районе" is locative)
    if ["в", "во"].contains(st.toks[p].folded), Morphology.isCyrillic(st.toks[t].folded) {
      let last = st.owner[t].map { st.spans[$0].last } ?? t
      return st.toks[last].folded.unicodeScalars.last.map { Self.russianConsonants.contains($0) } ?? false
    }
    if ["l", "la", "il", "lo", "the", "a"].contains(st.toks[p].folded), p > 0 { p -= 1 }
    return ["verso", "towards", "toward", "к", "до", "fino"].contains(st.toks[p].folded)
  }

  /// Lower-case words for a governing body after a head's role ("chairman of the regional
  /// government", "председатель правительства автономного района"): the head's country is not
  /// what the role leads.
  static let unnamedGoverningBodies: WordSet = [
    "government", "council", "committee", "board", "assembly", "governo", "consiglio", "comitato", "giunta",
    "правительства", "совета", "комитета", "собрания", "үкіметінің", "үкіметі", "кеңесінің", "комитетінің",
  ]

  /// Prepositions that introduce an agent ("by", "dal", "от"): a place before them is no role's.
  static let agentPrepositions: WordSet = ["by", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "da", "от"]

  /// Russian consonant letters, й and ь: a name that ends in one after "в" is in the accusative.
  static let russianConsonants = Set("бвгджзйклмнпрстфхцчшщь".unicodeScalars)

  static func isLocative(_ st: Extractor.State, _ t: Int) -> Bool {
    guard t > 0 else { return false }
    let prev = st.toks[t - 1].folded
    // (not a destination: "viene distribuito fino a Shanghai", "поставки в Синьцзян")
    if prev == "a" || prev == "в" || prev == "во", isDirection(st, t) { return false }
    if ["в", "во", "in", "a", "at", "near", "под", "близ"].contains(prev) { return true }
    let f = st.toks[t].folded
    return Morphology.isCyrillic(f) && Morphology.hasKazakhLocativeEnding(f) && prev != "в"
  }

  /// Whether a place's first token `t` follows "of"/"di" after a body's name ("ACWA Power of
  /// Saudi Arabia"): the place is the body's, not a party of its own. O(1).
  static func isOwnedPlace(_ st: Extractor.State, _ t: Int) -> Bool {
    t >= 2 && ["of", "di", "dell", "della", "del"].contains(st.toks[t - 1].folded) && st.entityKind(at: t - 2) == .organization
  }

  /// Whether a place's first token `t` stands on a route: after "through", "via" or a verb of
  /// crossing, itself or as a later item of a list of places ("attraverserà Uzbekistan,
  /// Tagikistan e Kirghizistan"). O(list length).
  static func isRoutePlace(_ st: Extractor.State, _ t: Int) -> Bool {
    var k = t - 1
    let si = st.sentenceOf(t)
    while k >= 0, t - k <= 10, st.sentenceOf(k) == si {
      let f = st.toks[k].folded
      if st.owner[k] == nil {
        if routeWords.contains(f) || crossingVerbs.contains(where: { f.hasBytePrefix($0) }) { return true }
        guard ["e", "and", "и", "or"].contains(f) else { return false }
      } else if let kd = st.entityKind(at: k), kd != .region && kd != .city {
        return false
      }
      k -= 1
    }
    return false
  }

  /// Whether a name's first token `t` follows "with" ("con la", "с"): the other party. O(1).
  static func isWithParty(_ st: Extractor.State, _ t: Int) -> Bool {
    guard t >= 1 else { return false }
    if withWords.contains(st.toks[t - 1].folded) { return true }
    return t >= 2 && ["the", "la", "il", "l", "lo"].contains(st.toks[t - 1].folded) && withWords.contains(st.toks[t - 2].folded)
  }

  static func pairs(_ ids: [String], _ body: (String, String) -> Void) {
    for i in 0..<ids.count { for j in (i + 1)..<max(i + 1, ids.count) { body(ids[i], ids[j]) } }
  }

  static func add(_ st: Extractor.State, _ a: String, _ b: String, _ kind: RelationKind, _ date: String?, _ ev: Evidence, role: String? = nil, catalog: Bool = false) {
    guard a != b else { return }
    var (s, t) = (a, b)
    if kind.isSymmetric && WordKey.less(t, s) { swap(&s, &t) }
    let key = Extractor.RelationKey(source: s, target: t, kind: kind)
    if let i = st.relationIndex[key] {
      // (the catalogue's word adds nothing to a relation the text states; the text's evidence
      // makes a catalogue relation a stated one)
      if catalog { return }
      if st.relations[i].fromCatalog {
        st.relations[i].fromCatalog = false
        st.relations[i].evidence.removeAll()
      }
      if !st.relations[i].evidence.contains(ev) { st.relations[i].evidence.append(ev) }
      if st.relations[i].date == nil || (date?.count ?? 0) > (st.relations[i].date?.count ?? 0) { st.relations[i].date = date ?? st.relations[i].date }
      if st.relations[i].role == nil { st.relations[i].role = role }
    } else {
      st.relationIndex[key] = st.relations.count
      st.relations.append(ExtractedRelation(source: s, target: t, kind: kind, date: date, role: role, evidence: catalog ? [] : [ev], fromCatalog: catalog))
    }
  }

  /// Role word + (organisation | place)* + person, in either order:
  /// "вице-мэр Цзюцзяна Чэн Шулянь", "Jiang Wei, Chinese Consul General in Almaty",
  /// "il presidente kazako Kassym-Jomart Tokayev".
  static func roleRelations(_ st: Extractor.State, _ x: Extractor) {
    let n = st.toks.count
    for r in st.roleTokens {
      guard st.owner[r] == nil || st.entityKind(at: r) == nil, let (role, leads) = Extractor.role(of: st, at: r) else { continue }
      // "Vice Premier …": the role word after "vice" speaks for both
      if role == "vice", r + 1 < n, Extractor.role(of: st, at: r + 1) != nil { continue }
      // "Премьер-министр", "Deputy Minister": the first word of a compound role names it
      if r > 0, let (prev, _) = Extractor.role(of: st, at: r - 1), ["prime minister", "premier", "deputy"].contains(prev),
        st.sentenceOf(r - 1) == st.sentenceOf(r), st.gap(r - 1, r).allSatisfy({ $0 == "-" || $0 == " " || $0 == "‑" })
      { continue }
      let sent = st.sentenceOf(r)
      guard sent >= 0 else { continue }
      var fullRole = role
      if r > 0, st.toks[r - 1].folded == "вице" || st.toks[r - 1].folded == "vice" { fullRole = "vice-" + role }
      if r > 0, ["генеральн", "general"].contains(where: { st.toks[r - 1].folded.hasBytePrefix($0) }) || st.toks[r - 1].folded == "бас" { fullRole = role + " general" }
      if r + 1 < n, st.toks[r + 1].folded == "general" { fullRole = role + " general" }
      // scan right for the person; collect org/place/adjective targets on the way
      var targets: [String] = []
      var country: String?
      var city: String?
      var person: String?
      var k = r + 1
      var locative = false
      var adjectiveToken: Int?
      var bodyCountry = false
      var lastPlaceTok = r
      // "Chinese Ambassador …", "генеральный консул Китая …": the adjective before the role names the sending country
      for j in stride(from: r - 1, through: max(0, r - 2), by: -1) where st.sentenceOf(j) == sent {
        // (not across a body's lower-case noun, which the adjective describes instead:
        // "Қытайлық компанияның өкілі" represents a Chinese company, "Chinese team leader" leads
        // a team; a portfolio stays the country's: "Tajik energy minister")
        if j == r - 2, !st.toks[r - 1].capitalized, st.owner[r - 1] == nil, st.owner[j] == nil,
          Morphology.isKazakhGenitive(st.toks[r - 1].folded) || Lexicon.companyNounsAfterName.contains(st.toks[r - 1].folded) || st.toks[r - 1].folded == "team"
        { break }
        // (a word another entity owns is no adjective: "Kyrgyzaltyn chairman")
        if let adj = x.adjectiveEntity(st.toks[j].folded), adj.subkind == "country", st.owner[j].map({ st.spans[$0].key == adj.id }) ?? true {
          country = adj.id
          adjectiveToken = j
          break
        }
      }
      // Kazakh puts the mission's places before the role, by case: "Қытайдың (whose)
      // Қазақстандағы (where) елшісі", "Қытайдың Алматыдағы бас консулы"
      if role == "consul" || role == "ambassador" {
        var j = r - 1
        while j >= 0, r - j <= 4, st.sentenceOf(j) == sent {
          guard let o = st.owner[j] else {
            j -= 1
            continue
          }
          let sp = st.spans[o]
          let f = st.toks[sp.last].folded
          if let kd = st.kind(of: sp.key), kd == .region || kd == .city, Morphology.isCyrillic(f) {
            // (the ending may follow a hyphen as a token of its own: "ҚХР-дың")
            let hyphenGenitive = sp.last + 1 < st.toks.count && st.owner[sp.last + 1] == nil && st.gap(sp.last, sp.last + 1).elementsEqual(["-"])
              && Self.kazakhGenitive.contains(st.toks[sp.last + 1].folded)
            if country == nil, kd == .region, st.subkind(of: sp.key) == "country", hyphenGenitive || Self.kazakhGenitive.contains(where: { f.hasByteSuffix($0) }) {
              country = sp.key
            } else if city == nil, Self.isKazakhLocativePlace(st, last: sp.last) {
              city = sp.key
              lastPlaceTok = max(lastPlaceTok, sp.last)
            }
          }
          j = sp.first - 1
        }
      }
      var clauseEnded = false
      while k < n, k <= r + 12, st.sentenceOf(k) == sent {
        // "посол встретился с акимом … Кошербаевым", "met with Akim …": a person after a
        // role word governed by "with" is the other party, not this role's holder (a chain
        // of titles, "член Политбюро …, секретарь парткома … Ма Синжуй", is one holder's)
        if k > r + 1, st.owner[k] == nil, Extractor.role(of: st, at: k) != nil, Self.withWords.contains(st.toks[k - 1].folded) { break }
        // a comma after the role's place ends its phrase: later places belong to another
        // clause ("… in Kazakistan, che ha ricordato come il Kazakistan …"); a holder named
        // after the comma is still read ("консул КНР в Алматы, Цзян Вэй")
        if k > r + 1, lastPlaceTok > r, st.gap(k - 1, k).contains(",") { clauseEnded = true }
        if let o = st.owner[k] {
          let id = st.spans[o].key
          let kd = st.kind(of: id)!
          if kd == .person { person = id; break }
          if clauseEnded {
            k = st.spans[o].last + 1
            continue
          }
          if kd == .region && st.subkind(of: id) == "country" && country == nil && !locative { country = id } else if (kd == .city || kd == .region) && locative && city == nil { city = id } else { targets.append(id) }
          if kd == .city || kd == .region { lastPlaceTok = st.spans[o].last }
          k = st.spans[o].last + 1
          continue
        }
        let f = st.toks[k].folded
        // "… of the plant": a project whose earlier mention starts with this word's stem
        if st.toks[k].end - st.toks[k].start > 3, !st.toks[k].capitalized {
          let stem = Morphology.stem(f)
          let start = st.toks[k].start
          if let proj = st.projectHeads.first(where: { p in p.heads.contains { $0.start < start && $0.stem == stem } }) { targets.append(proj.id) }
        }
        if Self.roleLocatives.contains(f) {
          locative = true
        } else if let adj = x.adjectiveEntity(f), country == nil, adj.subkind == "country", st.owner[k].map({ st.spans[$0].key == adj.id }) ?? true {
          // (an adjective that describes an unnamed body names the country, but the role is
          // the body's: "директор китайской компании Ли Цзяньго", "director of the Chinese
          // company" leads the company, not China)
          bodyCountry = k + 1 < n && st.owner[k + 1] == nil && !st.toks[k + 1].capitalized
            && Self.unnamedBodyNouns.contains(where: { st.toks[k + 1].folded.hasBytePrefix($0) })
          country = adj.id
          adjectiveToken = k
        }
        if st.gap(k - 1, k).contains(where: { $0 == "." || $0 == ";" }) { break }
        k += 1
      }
      // apposition to the left: "Jiang Wei, Chinese Consul General …"
      if person == nil {
        var j = r - 1
        while j >= 0, r - j <= 4, st.sentenceOf(j) == sent {
          if let o = st.owner[j], st.entities[st.spans[o].key]?.kind == .person { person = st.spans[o].key; break }
          j -= 1
        }
      }
      guard let p = person else { continue }
      let s = st.doc.sentences[sent]
      let ev = Evidence(document: st.doc.path, sentence: sent, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end))
      let date = st.firstDate(in: s)
      // a country known only from an adjective ("il presidente kazako") enters the text's
      // entities through that adjective (so it does when the text named it only inside a body's
      // name, which gave it no mention: "China Earthquake Networks Center … leader cinese")
      if let c = country, st.entities[c]?.mentions.isEmpty ?? true, let e = x.catalog.entry(c), let tok = adjectiveToken {
        if st.entities[c] == nil { st.addEntity(x.catalogEntity(e)) }
        // (a mention that takes no token from the rules that read it)
        st.addNestedMention(c, tok, tok)
      }
      if ["consul", "ambassador"].contains(role), let c = country {
        let mission = missionEntity(st, x, country: c, place: city, consulate: role == "consul")
        // the role phrase ("Генерального консула Китая в Алматы") is the mission's mention
        let first = r > 0 && (st.toks[r - 1].folded.hasBytePrefix("генеральн") || st.toks[r - 1].folded == "chinese") ? r - 1 : r
        let m = Mention(start: st.toks[first].start, end: st.toks[lastPlaceTok].end, text: st.text(first, lastPlaceTok))
        if var e = st.entities[mission], !e.mentions.contains(m) {
          e.mentions.append(m)
          st.entities[mission] = e
        }
        add(st, p, mission, .holdsRole, date, ev, role: fullRole)
        continue
      }
      if role == "member" {
        if let o = targets.first(where: { st.kind(of: $0) == .organization }) { add(st, p, o, .memberOf, date, ev, role: "member") }
        continue
      }
      // "секретаря парткома Синьцзяна", "Party Secretary of Xinjiang": the party secretary leads the region
      let partySecretary = role == "secretary" && (r + 1..<min(n, r + 3)).contains { ["партком", "party", "обком", "горком"].contains(where: st.toks[$0].folded.hasPrefix) }
      // "Zhambyl Region akim …", "Kazakhstan's Minister …", "a Shanghai il vicesindaco …": the place before the role
      var leftTarget: String?
      for j in stride(from: r - 1, through: max(0, r - 3), by: -1) {
        if st.gap(j, j + 1).contains(where: { $0 == "," || $0 == "." || $0 == ";" || $0 == "\n" }) || st.sentenceOf(j) != sent { break }
        // (an agent's preposition opens the role's phrase: "firmato a Bishkek dal ministro …",
        // "signed in Astana by Minister …")
        if Self.agentPrepositions.contains(st.toks[j].folded) { break }
        // (nor a place before "with": "встретился в Астане с президентом …")
        if j == r - 1, Self.withPrepositions.contains(st.toks[j].folded) { break }
        if let o = st.owner[j], let k = st.entities[st.spans[o].key]?.kind, k == .region || k == .city || k == .organization {
          leftTarget = st.spans[o].key
          break
        }
      }
      // "Руководитель проекта …", "head of the project …": the project spoken of
      if r + 1 < n, ["проекта", "project", "progetto", "жобаның", "жоба"].contains(st.toks[r + 1].folded) || (r + 2 < n && st.toks[r + 1].folded == "of" && st.toks[r + 2].folded == "project"),
        let proj = st.lastEntity(of: .project, before: st.toks[r].start)
      {
        targets.insert(proj, at: 0)
      }
      var target = targets.first ?? city ?? (bodyCountry ? nil : country) ?? leftTarget
      // "облыс әкімі Дархан Сатыбалды", "аким области …": a head of a region the role names only
      // by its kind is the head of the region of that kind the text named before
      let bareRegion = r >= 1 && st.owner[r - 1] == nil ? Self.bareRegionWords[st.toks[r - 1].folded] : nil
      if target == nil, leads, let kind = bareRegion ?? (r + 1 < n && st.owner[r + 1] == nil ? Self.bareRegionWords[st.toks[r + 1].folded] : nil) {
        target = st.lastEntity(of: .region, before: st.toks[r].start, where: { $0.subkind == kind })
      }
      // "Председатель Си Цзиньпин": a head of state with no stated country leads the catalogue's
      // (not the chairman of a body the words after the role name: "Erkin Tuniyaz, chairman of
      // the regional government")
      if target == nil, leads, ["president", "chairman", "premier", "prime minister"].contains(role), let home = st.entities[p]?.parent,
        !(r + 1..<min(n, r + 5)).contains(where: { st.sentenceOf($0) == sent && st.owner[$0] == nil && !st.toks[$0].capitalized && Self.unnamedGoverningBodies.contains(st.toks[$0].folded) })
      { target = home }
      // a prime minister heads the country's government where the text names it ("премьер-
      // министр …" beside "правительство Казахстана")
      if ["prime minister", "premier"].contains(role), let c = target, st.subkind(of: c) == "country",
        let gov = st.order.first(where: { id in
          guard st.subkind(of: id) == "government", let e = st.entities[id], e.parent == c, !e.mentions.isEmpty else { return false }
          // (the cabinet itself, not another state body: "Standing Committee of the NPC")
          return ["Government of ", "Cabinet of Ministers", "State Council"].contains { e.label.hasPrefix($0) }
        })
      {
        target = gov
      }
      guard let t = target, t != p, let kd = st.kind(of: t) else { continue }
      // a minister heads a ministry, not the country; other heads lead what they head
      let headsIt = role == "minister" ? kd == .organization : true
      let isHead = (leads || partySecretary) && headsIt && !fullRole.hasBytePrefix("vice") && !fullRole.hasBytePrefix("deputy") && (kd == .organization || kd == .city || kd == .region || kd == .project)
      add(st, p, t, isHead ? .leads : .holdsRole, date, ev, role: partySecretary ? "party secretary" : fullRole)
    }
  }

  /// Stems of the common nouns for a company or a firm that a country's adjective can describe
  /// after a role word ("директор китайской компании", "head of a Chinese firm", "direttore
  /// dell'azienda cinese" puts the adjective after the noun and is not concerned).
  static let unnamedBodyNouns = ["компани", "предприяти", "корпораци", "фирм", "концерн", "холдинг", "company", "companies", "firm", "enterprise", "corporation", "concern"]

  /// Lower-case words for a kind of region that stand for the one a text is about ("облыс
  /// әкімі", "аким области"), with the catalogue's subkind they name.
  static let bareRegionWords: [String: String] = ["облыс": "oblast", "облысы": "oblast", "облыстың": "oblast", "области": "oblast", "область": "oblast"]
  /// "with" in the four languages (Kazakh postpositions included).
  static let withWords: WordSet = ["с", "со", "with", "con", "col", "coi", "мен", "пен", "бен"]
  /// "with" as a preposition before a name ("с президентом", "with CNPC", "con la …"): not the
  /// Kazakh "мен", which as a word of its own is "and".
  static let withPrepositions: WordSet = ["с", "со", "with", "con", "col"]

  /// Kazakh genitive endings (a mission's sending country).
  static let kazakhGenitive = Morphology.kazakhGenitiveEndings

  /// Whether a place mention ending at token `last` stands in the Kazakh locative, on its own
  /// last word ("Алматыдағы") or on the place cue after it ("Сиань қаласындағы"). O(1).
  static func isKazakhLocativePlace(_ st: Extractor.State, last: Int) -> Bool {
    if Morphology.hasKazakhLocativeEnding(st.toks[last].folded, attributive: true) { return true }
    guard last + 1 < st.toks.count, st.owner[last + 1] == nil, st.joins(last, last + 1) else { return false }
    let cue = st.toks[last + 1].folded
    return kazakhPlaceCueWords.contains(where: { cue.hasBytePrefix($0) }) && Morphology.hasKazakhLocativeEnding(cue, attributive: true)
  }

  /// Kazakh place words after a name that carry its case ending ("Сиань қаласындағы").
  static let kazakhPlaceCueWords = ["қала", "облыс", "аудан", "провинция"]

  /// Prepositions that place a role holder ("консул … в Алматы", "ambassador to …").
  static let roleLocatives: WordSet = ["в", "in", "a", "во", "to", "к"]

  /// "Consul General of China in Almaty" / "Embassy of China in Kazakhstan" as an organisation.
  static func missionEntity(_ st: Extractor.State, _ x: Extractor, country: String, place: String?, consulate: Bool) -> String {
    let cLabel = st.entities[country]?.label ?? x.catalog.entry(country)?.label ?? country
    let pLabel = place.flatMap { st.entities[$0]?.label ?? x.catalog.entry($0)?.label }
    let label = (consulate ? "Consulate General of " : "Embassy of ") + cLabel + (pLabel.map { " in " + $0 } ?? "")
    // a mission named without its place ("Китайский посол …") is the one the text placed before
    if pLabel == nil {
      let placed = Transliteration.slug(label) + "-in-"
      if let earlier = st.order.first(where: { $0.hasBytePrefix(placed) }) { return earlier }
    }
    let id = Transliteration.slug(label)
    if st.entities[id] == nil {
      var e = ExtractedEntity(id: id, label: label, kind: .organization, subkind: "government", labels: ["en": label], aliases: [], parent: place, mentions: [], catalogued: false)
      if let ce = x.catalog.entry(id) { e = x.catalogEntity(ce) }
      st.addEntity(e)
    }
    return id
  }
}
