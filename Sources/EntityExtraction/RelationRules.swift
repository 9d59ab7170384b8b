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
  static func apply(_ st: Extractor.State, extractor: Extractor) {
    roleRelations(st, extractor)
    for (si, s) in st.doc.sentences.enumerated() {
      let sentenceText = Normalizer.fold(st.doc.slice(s.start, s.end))
      // entities of the sentence in order of first mention
      var ids: [String] = []
      var firstTok: [String: Int] = [:]
      for (k, tok) in st.toks.enumerated() where tok.start >= s.start && tok.end <= s.end {
        if let o = st.owner[k] {
          let id = st.spans[o].key
          if firstTok[id] == nil {
            firstTok[id] = k
            ids.append(id)
          }
        }
      }
      guard !ids.isEmpty else { continue }
      let date = DateFinder.dates(in: st.doc.scalars, from: s.start, to: s.end).first?.iso
      let ev = Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end))
      func kind(_ id: String) -> EntityKind { st.entities[id]!.kind }
      func has(_ cues: [String]) -> Bool { cues.contains { sentenceText.contains($0) } }
      let persons = ids.filter { kind($0) == .person }
      let orgs = ids.filter { kind($0) == .organization }
      let events = ids.filter { kind($0) == .event }
      let projects = ids.filter { kind($0) == .project }
      let cities = ids.filter { kind($0) == .city }
      let regions = ids.filter { kind($0) == .region }
      let countries = regions.filter { st.entities[$0]?.subkind == "country" }

      if has(Lexicon.twinCues) {
        pairs(cities) { add(st, $0, $1, .twinnedWith, date, ev) }
        let subnational = regions.filter { st.entities[$0]?.subkind != "country" && st.entities[$0]?.subkind != "macro-region" }
        pairs(subnational) { add(st, $0, $1, .twinnedWith, date, ev) }
      }
      if has(Lexicon.attendCues) || has(["в ходе", "during", "durante", "at the", "на "]) {
        for a in persons + orgs { for e in events { add(st, a, e, .attended, date, ev) } }
      }
      if has(Lexicon.organizeCues) {
        for o in orgs { for e in events { add(st, o, e, .organized, date, ev) } }
      }
      if has(Lexicon.meetCues) && persons.count >= 2 {
        pairs(persons) { add(st, $0, $1, .metWith, date, ev) }
      }
      if has(Lexicon.visitCues) {
        for p in persons { for c in countries + cities where !isHome(st, p, c) { add(st, p, c, .visited, date, ev) } }
      }
      if has(Lexicon.signCues) {
        for a in persons + orgs + countries { for p in projects { add(st, a, p, .signed, date, ev) } }
      }
      if has(Lexicon.buildCues) {
        for o in orgs + countries { for p in projects { add(st, o, p, .builds, date, ev) } }
      }
      if has(Lexicon.fundCues) {
        for o in orgs { for p in projects { add(st, o, p, .funds, date, ev) } }
      }
      if has(Lexicon.memberCues) || has(["в рамках", "within", "all'interno", "frameworks"]) {
        let intl = orgs.filter { st.entities[$0]?.subkind == "international" }
        for c in countries + persons { for o in intl { add(st, c, o, .memberOf, date, ev) } }
      }
      if countries.count >= 2 && has(["партн", "partner", "alleanz", "стратег", "friend", "дружб", "amicizia", "relazioni", "relations", "отношени"]) {
        pairs(countries) { add(st, $0, $1, .partnerOf, date, ev) }
      }
      if has(Lexicon.cooperateCues) || has(["обмен", "exchange", "scambi", "визитами"]) {
        let provinces = regions.filter { st.entities[$0]?.subkind != "country" && st.entities[$0]?.subkind != "macro-region" }
        for p in provinces { for c in countries where st.entities[p]?.parent != c { add(st, p, c, .cooperatesWith, date, ev) } }
      }
      // located_in: event/project followed or preceded by a locative place ("в Астане", "in Almaty", "(Lianyungang)")
      for x in events + projects {
        for place in cities + regions where place != x {
          guard let tx = firstTok[x], let tp = firstTok[place] else { continue }
          if tp > tx, tp - tx <= 8, isLocative(st, tp) { add(st, x, place, .locatedIn, date, ev) }
          if tp > tx, tp - tx <= 8, st.gap(tp - 1, tp).contains("(") { add(st, x, place, .locatedIn, date, ev) }
        }
      }
      // co-occurrence
      pairs(ids) { add(st, $0, $1, .coMentioned, date, ev) }
    }
  }

  static func isHome(_ st: Extractor.State, _ person: String, _ place: String) -> Bool {
    st.relations.values.contains { ($0.kind == .leads || $0.kind == .holdsRole) && $0.source == person && $0.target == place }
  }

  static func isLocative(_ st: Extractor.State, _ t: Int) -> Bool {
    guard t > 0 else { return false }
    let prev = st.toks[t - 1].folded
    if ["в", "во", "in", "a", "at", "near", "под", "близ"].contains(prev) { return true }
    let f = st.toks[t].folded
    return Morphology.isCyrillic(f) && (f.hasSuffix("да") || f.hasSuffix("де") || f.hasSuffix("та") || f.hasSuffix("те")) && prev != "в"
  }

  static func pairs(_ ids: [String], _ body: (String, String) -> Void) {
    for i in 0..<ids.count { for j in (i + 1)..<max(i + 1, ids.count) { body(ids[i], ids[j]) } }
  }

  static func add(_ st: Extractor.State, _ a: String, _ b: String, _ kind: RelationKind, _ date: String?, _ ev: Evidence, role: String? = nil) {
    guard a != b else { return }
    var (s, t) = (a, b)
    if kind.isSymmetric && t < s { swap(&s, &t) }
    let key = "\(s)|\(t)|\(kind.rawValue)"
    if var r = st.relations[key] {
      if !r.evidence.contains(ev) { r.evidence.append(ev) }
      if r.date == nil || (date?.count ?? 0) > (r.date?.count ?? 0) { r.date = date ?? r.date }
      if r.role == nil { r.role = role }
      st.relations[key] = r
    } else {
      st.relations[key] = ExtractedRelation(source: s, target: t, kind: kind, date: date, role: role, evidence: [ev])
      st.relOrder.append(key)
    }
  }

  /// Role word + (organisation | place)* + person, in either order:
  /// "вице-мэр Цзюцзяна Чэн Шулянь", "Jiang Wei, Chinese Consul General in Almaty",
  /// "il presidente kazako Kassym-Jomart Tokayev".
  static func roleRelations(_ st: Extractor.State, _ x: Extractor) {
    let n = st.toks.count
    for r in 0..<n {
      guard st.owner[r] == nil || st.entityKind(at: r) == nil, let (role, leads) = Extractor.role(of: st, at: r) else { continue }
      let sent = st.sentenceOf(r)
      guard sent >= 0 else { continue }
      var fullRole = role
      if r > 0, st.toks[r - 1].folded == "вице" || st.toks[r - 1].folded == "vice" { fullRole = "vice-" + role }
      if r > 0, ["генеральн", "general"].contains(where: { st.toks[r - 1].folded.hasPrefix($0) }) { fullRole = role + " general" }
      if r + 1 < n, st.toks[r + 1].folded == "general" { fullRole = role + " general" }
      // scan right for the person; collect org/place/adjective targets on the way
      var targets: [String] = []
      var country: String?
      var city: String?
      var person: String?
      var k = r + 1
      var locative = false
      var lastPlaceTok = r
      // "Chinese Ambassador …", "генеральный консул Китая …": the adjective before the role names the sending country
      for j in stride(from: r - 1, through: max(0, r - 2), by: -1) {
        if let adj = x.adjectiveEntity(st.toks[j].folded), adj.subkind == "country" { country = adj.id; break }
      }
      while k < n, k <= r + 12, st.sentenceOf(k) == sent {
        if let o = st.owner[k] {
          let id = st.spans[o].key
          let kd = st.entities[id]!.kind
          if kd == .person { person = id; break }
          if kd == .region && st.entities[id]?.subkind == "country" && country == nil && !locative { country = id } else if (kd == .city || kd == .region) && locative && city == nil { city = id } else { targets.append(id) }
          if kd == .city || kd == .region { lastPlaceTok = st.spans[o].last }
          k = st.spans[o].last + 1
          continue
        }
        let f = st.toks[k].folded
        if ["в", "in", "a", "во", "to", "к"].contains(f) { locative = true } else if let adj = x.adjectiveEntity(f), country == nil { country = adj.id }
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
      let date = DateFinder.dates(in: st.doc.scalars, from: s.start, to: s.end).first?.iso
      if ["consul", "ambassador"].contains(role), let c = country {
        let mission = missionEntity(st, x, country: c, place: city, consulate: role == "consul")
        // the role phrase ("Генерального консула Китая в Алматы") is the mission's mention
        let first = r > 0 && (st.toks[r - 1].folded.hasPrefix("генеральн") || st.toks[r - 1].folded == "chinese") ? r - 1 : r
        let m = Mention(start: st.toks[first].start, end: st.toks[lastPlaceTok].end, text: st.text(first, lastPlaceTok))
        if var e = st.entities[mission], !e.mentions.contains(m) {
          e.mentions.append(m)
          st.entities[mission] = e
        }
        add(st, p, mission, .holdsRole, date, ev, role: fullRole)
        continue
      }
      let target = targets.first ?? city ?? country
      guard let t = target, t != p else { continue }
      let kd = st.entities[t]!.kind
      let isHead = leads && !fullRole.hasPrefix("vice") && !fullRole.hasPrefix("deputy") && (kd == .organization || kd == .city || kd == .region)
      add(st, p, t, isHead ? .leads : .holdsRole, date, ev, role: fullRole)
    }
  }

  /// "Consul General of China in Almaty" / "Embassy of China in Kazakhstan" as an organisation.
  static func missionEntity(_ st: Extractor.State, _ x: Extractor, country: String, place: String?, consulate: Bool) -> String {
    let cLabel = st.entities[country]?.label ?? x.catalog.entry(country)?.label ?? country
    let pLabel = place.flatMap { st.entities[$0]?.label }
    let label = (consulate ? "Consulate General of " : "Embassy of ") + cLabel + (pLabel.map { " in " + $0 } ?? "")
    let id = Transliteration.slug(label)
    if st.entities[id] == nil {
      var e = ExtractedEntity(id: id, label: label, kind: .organization, subkind: "government", labels: ["en": label], aliases: [], parent: place ?? country, mentions: [], catalogued: false)
      if let ce = x.catalog.entry(id) { e = x.catalogEntity(ce) }
      st.addEntity(e)
    }
    return id
  }
}
