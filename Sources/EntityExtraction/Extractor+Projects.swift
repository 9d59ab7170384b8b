import TextIngest

extension Extractor {
  /// For an Italian facility noun at `t` followed by one or two lower-case adjectives, "di" and
  /// a catalogued place ("porto commerciale marittimo di Aktau"; a country's adjective among
  /// them: "porto kazako di Aktau"): the place's last token and the catalogue entry named
  /// "<noun> di <place>", if there is one. O(patterns of the noun).
  func facilityOfPlace(_ st: State, _ t: Int) -> (Int, Int)? {
    let n = st.toks.count
    var d = t + 1
    while d < n, d - t <= 2, !st.toks[d].capitalized, st.owner[d] == nil, st.joins(d - 1, d),
      Self.isItalianAdjective(st.toks[d].folded) || adjectiveEntity(st.toks[d].folded)?.subkind == "country"
    { d += 1 }
    guard d > t + 1, d + 1 < n, st.toks[d].folded == "di", st.joins(d - 1, d), st.joins(d, d + 1), let o = st.owner[d + 1], st.spans[o].first == d + 1,
      [.city, .region].contains(st.entityKind(at: d + 1)), let ps = patterns[Morphology.stem(st.toks[t].folded)] ?? patterns[st.toks[t].folded]
    else { return nil }
    let place = st.spans[o]
    let words = (place.first...place.last).map { st.cands[$0] }
    for p in ps where p.stems.count == 2 + words.count && WordKey.same(p.stems[1], "di") {
      if words.indices.allSatisfy({ i in words[i].contains { WordKey.same($0, p.stems[2 + i]) } }), catalog.entries[p.entry].kind == .project {
        return (place.last, p.entry)
      }
    }
    return nil
  }

  /// The quotes the Russian quoted-facility rule reads as opening a facility's name after its
  /// noun: «, “ and a straight quote ("парк «Пенсан»", 'станция "Сауран Солар"').
  static func opensFacilityName(_ c: Unicode.Scalar) -> Bool { c == "«" || c == "“" || c == "\"" }

  /// How many words name what a facility yields between its noun at `t` and the quoted name
  /// after them: a noun in the genitive ("месторождение золота «Кумбель»"), maybe after its
  /// adjective ("завод минеральных удобрений «Азот»"); 0 when the name follows the noun. O(1).
  func facilityComplementLength(_ st: State, after t: Int) -> Int {
    let n = st.toks.count
    guard t + 2 < n, st.gap(t, t + 1).elementsEqual([" "]) else { return 0 }
    func noun(_ k: Int) -> Bool {
      let f = st.toks[k].folded
      // (not a body's or another facility's noun, whose name the quote is: "завод компании
      // «…»", "терминал международного аэропорта «Самарканд»"; nor a role's)
      return !st.toks[k].capitalized && Morphology.isRussianGenitive(f, afterPluralAdjective: false) && !Morphology.isRussianAdjective(f)
        && !st.hasOrgCue(k) && Lexicon.firstHead(st.cands[k], in: Lexicon.russianQuotedFacilityIndex) == nil && Self.role(of: st, at: k) == nil
        && !st.cands[k].contains(where: { Lexicon.projectCues.contains($0) })
    }
    func opensQuote(_ k: Int) -> Bool { st.gap(k, k + 1).contains(where: Self.opensFacilityName) }
    if noun(t + 1), opensQuote(t + 1) { return 1 }
    if t + 3 < n, !st.toks[t + 1].capitalized, Morphology.isRussianAdjective(st.toks[t + 1].folded),
      ["ых", "их", "ого", "его", "ой", "ей"].contains(where: { st.toks[t + 1].folded.hasByteSuffix($0) }),
      st.gap(t + 1, t + 2).elementsEqual([" "]), noun(t + 2), opensQuote(t + 2)
    { return 2 }
    return 0
  }

  /// "месторождений Тенгиз и Королевское": after a Russian plural of "deposit" or "field", each
  /// one-word name of a list (commas and "и") is a field of its own, mentioned without the cue
  /// (a catalogued field that took the cue into its mention gives it back). O(tokens).
  func russianFieldLists(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    for t in 0..<max(0, n - 1) where ["месторождений", "месторождениях", "месторождениям", "месторождениями"].contains(st.toks[t].folded) {
      var names: [Int] = []
      var k = t + 1
      while k < n, st.sentenceOf(k) == st.sentenceOf(t), st.isCapName(k), st.joins(k - 1, k, comma: !names.isEmpty),
        st.owner[k] == nil || st.entityKind(at: k) == .project,
        !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized)
      {
        names.append(k)
        guard k + 2 < n, st.toks[k + 1].folded == "и" || st.gap(k, k + 1).elementsEqual([",", " "]) else { break }
        k += st.toks[k + 1].folded == "и" ? 2 : 1
      }
      guard names.count >= 2 else { continue }
      for k in names {
        if let o = st.owner[k], st.entityKind(at: k) == .project {
          let id = st.spans[o].key
          release(st, st.spans[o].first, st.spans[o].last)
          st.addSpan(k, k, id: id)
        } else {
          let label = st.original(k)
          let id = Transliteration.slug(Morphology.stem(st.toks[k].folded) + " месторождение")
          st.addDiscovered(id, label: label, kind: .project, subkind: "deposit")
          st.addSpan(k, k, id: id)
        }
      }
    }
  }

  /// The last token of an Italian airport or stadium named after a person ("aeroporto (internazionale)
  /// Islam Karimov di Tashkent": the noun, maybe "internazionale", one to three capitalised
  /// words, then "di" and a town), or nil. O(1).
  func italianHonoreeAirport(_ st: State, _ t: Int) -> Int? {
    let n = st.toks.count
    var k = t + 1
    if k < n, st.toks[k].folded == "internazionale", st.joins(t, k) { k += 1 }
    let first = k
    while k < n, k - first < 3, st.isCapName(k), st.joins(k - 1, k), st.owner[k] == nil || st.entityKind(at: k) == .person { k += 1 }
    guard k > first + 1, k + 1 < n, st.toks[k].folded == "di", st.joins(k - 1, k), st.joins(k, k + 1), st.sentenceOf(k + 1) == st.sentenceOf(t),
      st.entityKind(at: k + 1) == .city, let o = st.owner[k + 1], st.spans[o].first == k + 1
    else { return nil }
    return st.spans[o].last
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
      var nominativeLabel: String?  // the label when the text's words are declined
      var quotedEnd: Int?  // the last token of a quoted name that may close the project's name
      // ("Open-pit reserves": a project word hyphened to its modifier is a compound adjective)
      if !cyr, t > 0, st.gap(t - 1, t).elementsEqual(["-"]), Lexicon.projectWordsEN.contains(f) || Lexicon.projectHeadsLowerEN.contains(f),
        Lexicon.projectModifiersEN.contains(st.toks[t - 1].folded)
      { continue }
      // "il porto commerciale marittimo di Aktau": the catalogue's "porto di Aktau", with
      // describing adjectives between the facility noun and "di"
      if !cyr, st.doc.language == "it", !st.toks[t].capitalized, Lexicon.italianFacilityNouns.contains(f), let (e, entry) = facilityOfPlace(st, t) {
        let c = catalog.entries[entry]
        addCatalogued(st, c)
        release(st, t, e)
        st.addSpan(t, e, id: c.id)
        t = e
        continue
      }
      if cyr, !st.toks[t].capitalized, st.doc.language == "kk", let (head, singular) = kazakhPluralProjectHead(st, t) {
        // "«Бадам» және «Жаңатас» жел электр станциялары", "Жаңажол және Кеңқияқ кен
        // орындары": names (quoted, or one capitalised word each) listed before a plural
        // facility noun (and what it makes), each a facility of its own
        var k = head - 1
        while k >= 0, head - k <= 3, st.owner[k] == nil, !st.toks[k].capitalized, Morphology.isCyrillic(st.toks[k].folded), st.joins(k, k + 1),
          st.sentenceOf(k) == st.sentenceOf(t)
        { k -= 1 }
        let what = k + 1 < head ? st.text(k + 1, head - 1) + " " : ""
        var names: [(Int, Int)] = []
        var e = k
        while e >= 0, st.sentenceOf(e) == st.sentenceOf(t) {
          var first = e
          if insideQuotes(st, e), closesQuote(st, e) {
            while first > 0, e - first < 5, insideQuotes(st, first - 1), !st.gap(first - 1, first).contains(where: Self.isOpeningQuote) { first -= 1 }
          } else if k == head - 1, st.isCapName(e), st.owner[e] == nil || st.entityKind(at: e) == .city || isOneWordMention(st, e, of: .project, .project), st.joins(e, e + 1) {
            first = hyphenatedNameStart(st, to: e)
          } else {
            break
          }
          guard st.toks[first].capitalized else { break }
          names.append((first, e))
          var prev = first - 1
          if prev >= 0, Lexicon.coordinators.contains(st.toks[prev].folded) { prev -= 1 } else if prev < 0 || !st.gap(prev, first).contains(",") { break }
          e = prev
        }
        guard names.count >= 2 else { continue }
        // (a known town's unquoted name before "порттары" stays the town, as a crossing's
        // does: "Баку мен Поти порттарына"; a name nothing has read is a port's)
        // (so does a town's before "өткізу бекеттері": the catalogue's crossings are towns)
        let unquotedPorts = (singular == "порты" || singular == "өткізу бекеті") && !Self.closingQuote(st, within: 4, before: t)
        for (a0, b0) in names.reversed() where (a0...b0).allSatisfy({ st.owner[$0] == nil || st.entityKind(at: $0) == .city || st.entityKind(at: $0) == .region })
          && !(unquotedPorts && st.owner[a0] != nil)
        {
          let label = st.text(a0, b0) + " " + what + singular
          let id = Transliteration.slug(((a0...b0).map { Morphology.stem(st.toks[$0].folded) } + [what, singular]).joined(separator: " "))
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
          absorb(st, a0, b0)
          st.addSpan(a0, b0, id: id)
        }
        continue
      } else if cyr, st.toks[t].capitalized, st.cands[t].contains(where: { Lexicon.agreementCues.contains($0) }) {
        // a capitalised agreement word and its complement up to the end of the clause
        var k = t + 1
        while k < n, k - t <= 10, st.sentenceOf(k) == st.sentenceOf(t), st.owner[k] == nil, !st.toks[k].capitalized {
          let g = st.gap(k - 1, k)
          if g.contains(where: { $0 == "." || $0 == ";" || $0 == ":" || $0 == "(" }) { break }
          if g.contains(",") && !(k + 1 < n && (st.toks[k + 1].folded == "и" || st.toks[k].folded.hasByteSuffix("е") || st.toks[k].folded.hasByteSuffix("и"))) { break }
          // a locative phrase ("… в Костанае", "… на 2025 год") is not part of the name, nor
          // is the clause's verb ("Соглашение о локализации производства подписали …")
          if ["в", "во", "на", "при", "для", "от"].contains(st.toks[k].folded) { break }
          if ["али", "или", "ыли", "яли"].contains(where: { st.toks[k].folded.hasByteSuffix($0) }), st.toks[k].folded.unicodeScalars.count >= 6 { break }
          // (nor a participle or a past form of the verbs that sign or conclude it: "Соглашение
          // об инвестициях подписано с агентством")
          if Lexicon.russianSigningVerbs.contains(st.toks[k].folded) { break }
          // (nor what it is worth or how big it is: "Соглашение о проекте стоимостью 38
          // миллионов долларов", "… мощностью 100 МВт")
          if Lexicon.russianMeasureNouns.contains(where: { st.toks[k].folded.hasBytePrefix($0) })
            || st.toks[k].folded.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true
          { break }
          b = k
          k += 1
        }
        while b > t + 1, ["и", "о", "об", "по", "с", "между"].contains(st.toks[b].folded) { b -= 1 }
        guard b - t >= 2, ["о", "об", "по", "между", "с"].contains(st.toks[t + 1].folded) else { continue }
        // (nor is a list's item that goes on into a name: "Соглашение о создании совместного
        // предприятия «…»", "Меморандум о сотрудничестве между Таджикским …" say what a
        // document is about, with whom, and are no title)
        if isSentenceStart(st, t), b + 1 < n, st.sentenceOf(b + 1) == st.sentenceOf(t), !st.gap(b, b + 1).contains(where: { ",.;:()".unicodeScalars.contains($0) }),
          st.toks[b + 1].capitalized || st.owner[b + 1] != nil || ["между", "с"].contains(st.toks[b + 1].folded)
        { continue }
        // (at a sentence's start the capital says nothing: one word after "о"/"об" is what any
        // agreement is about, "Соглашение об инвестициях подписано …", no treaty's name)
        if b - t == 2, isSentenceStart(st, t) { continue }
        // (nor are two words, when the clause's verb follows them: "Соглашение о подготовке
        // кадров подписал также …")
        // (a quoted word among them is a name's: "Соглашение о «зелёном коридоре» подписали …")
        if b - t >= 3, isSentenceStart(st, t), b + 1 < n, st.joins(b, b + 1), !(t + 1...b).contains(where: { insideQuotes(st, $0) }),
          Lexicon.russianSigningVerbs.contains(st.toks[b + 1].folded) || Morphology.isRussianPastVerb(st.toks[b + 1].folded)
        { continue }
        // (a pronoun points back to what the text named before: "Соглашение о его строительстве"
        // names no agreement of its own)
        if (t + 1...b).contains(where: { Lexicon.russianPointingPronouns.contains(st.toks[$0].folded) }) { continue }
        // (a quoted complement keeps its closing quote in the label: "Соглашение о «зелёном
        // коридоре»", not a quote left open)
        let words = st.text(t, b)
        if words.filter({ $0 == "«" }).count > words.filter({ $0 == "»" }).count, b + 1 < n, st.gap(b, b + 1).first == "»" {
          nominativeLabel = words + "»"
        }
      } else if cyr, !st.toks[t].capitalized || isSentenceStart(st, t), st.doc.language == "ru", t + 1 < n,
        // (what the facility yields may stand between: "месторождение золота «Кумбель»",
        // "завод минеральных удобрений «Азот»")
        let i = Lexicon.firstHead(st.cands[t], in: Lexicon.russianQuotedFacilityIndex), case let head = Lexicon.russianQuotedFacilities[i],
        case let q = t + 1 + facilityComplementLength(st, after: t), q < n,
        let quote = st.gap(q - 1, q).last(where: Self.opensFacilityName),
        st.toks[q].capitalized, st.sentenceOf(q) == st.sentenceOf(t)
      {
        // "Узбекско-китайского индустриального парка «Пенсан»" → "Узбекско-китайский
        // индустриальный парк «Пенсан»": adjectives, the facility noun and its quoted name
        // (a lower-case place adjective only says where: "сычуаньский завод «Хунхуа»")
        // (a straight quote closes only a name a straight quote opened; the noun may open the
        // sentence: "Станция «Сауран Солар» даст ток")
        guard let e = quotedNameEnd(st, from: q, limit: 5, straight: quote == "\"") else { continue }
        if head.nominative == "центр" {
          // (or a business centre: "бизнес-центр «Абу-Даби Плаза»")
          guard t > 0, case let w = st.toks[t - 1].folded, w.contains("логистич") || w.hasBytePrefix("распределительн") || w.hasBytePrefix("оптов") || w.hasBytePrefix("торгов")
            || w == "бизнес" && st.gap(t - 1, t).elementsEqual(["-"])
          else { continue }
          if w == "бизнес" { a = t - 1 }
        }
        // ("текстильный кластер «Silk Valley Textile»": a quoted name right after the facility's
        // noun is the facility's, though a company's word closes it and a rule read a company)
        if !Lexicon.russianSiteAreaNouns.contains(head.nominative), let o = st.owner[q], st.spans[o].first == q, st.spans[o].last == e,
          st.entityKind(at: q) == .organization, st.entities[st.spans[o].key]?.catalogued == false
        {
          release(st, q, e)
        }
        guard readOnlyAsPlaces(st, q, e) else { continue }
        // (a block's or site's name is its own: "на территории «Хоргоса»" only says where)
        if Lexicon.russianSiteAreaNouns.contains(head.nominative), (q...e).contains(where: { st.owner[$0] != nil }) { continue }
        // ("жилого комплекса «Жетысу Резиденс»": a place that opens a quoted brand with a word of
        // its own is the brand's, no mention of the place)
        if let o = st.owner[q], st.spans[o].first == q, st.spans[o].last < e, isPlace(st, q),
          (st.spans[o].last + 1...e).allSatisfy({ st.owner[$0] == nil && st.toks[$0].capitalized })
        {
          release(st, q, st.spans[o].last)
        }
        var j = t - 1
        while j >= 0, t - j <= 3, st.owner[j] == nil, st.joins(j, j + 1), !st.gap(j, j + 1).elementsEqual(["-"]), st.sentenceOf(j) == st.sentenceOf(t),
          Morphology.isRussianAdjective(st.toks[j].folded), !isSentenceStart(st, j) || st.toks[j].capitalized,
          // (a describing adjective is no part of the name, capitalised only by the sentence or not:
          // "Новая станция «…»")
          st.toks[j].capitalized && !isSentenceStart(st, j) || !Morphology.isDescribingRussianAdjective(st.toks[j].folded)
            && !(isPlaceAdjective(st, j) && !(j > 0 && st.gap(j - 1, j).elementsEqual(["-"])))
        { a = j; j -= 1 }
        if a < t, a > 0, st.gap(a - 1, a).elementsEqual(["-"]), st.toks[a - 1].capitalized, st.owner[a - 1] == nil, st.toks[a - 1].folded.hasByteSuffix("о") {
          a -= 1
        } else if a < t, a > 0, st.gap(a - 1, a).elementsEqual(["-"]), isPlaceAdjective(st, a) {
          // ("таджикско-китайского цементного завода «…»": the second half of a lower-case
          // compound of countries says who built it, as the first does; the name starts after it)
          a += 1
        }
        var words = ""
        for k in a..<t {
          let hyphen = st.gap(k, k + 1).elementsEqual(["-"])
          let w = hyphen ? st.original(k) : Morphology.nominativeAdjective(st.original(k), agreeingWith: head.nominative)
          words += (k == a ? w : w.lowercased()) + (hyphen ? "-" : " ")
        }
        b = e
        let complement = q > t + 1 ? " " + st.doc.slice(st.toks[t + 1].start, st.toks[q - 1].end) : ""
        nominativeLabel = words + head.nominative + complement + " «" + st.text(q, e) + "»"
        // ("ветровая электростанция «Саркан ВЭС»": a quoted name that closes with a plant's
        // acronym is the plant's whole name, the describing words left out)
        if e > q, Lexicon.plantAcronyms.contains(st.toks[e].folded) {
          a = q
          nominativeLabel = st.text(q, e)
        }
      } else if cyr, Lexicon.plantAcronyms.contains(f), let num = Self.unitNumber(st, after: t), !(t > 0 && st.owner[t - 1] == nil && st.toks[t - 1].capitalized && st.joins(t - 1, t)) {
        b = num  // "ТЭЦ-3", "ТЭЦ № 2": a numbered unit is named by its number
      } else if cyr, Lexicon.plantAcronyms.contains(f) || f == "лэп", t + 1 < n, st.gap(t, t + 1).contains(where: Self.isOpeningQuote), st.joins(t, t + 1),
        st.toks[t + 1].capitalized, st.sentenceOf(t + 1) == st.sentenceOf(t)
      {
        // "ТЭЦ «Душанбе-2»": the quoted name after the acronym (a power line's too: "ЛЭП «Юг —
        // Север»"; its other rules are a plant's only, "ЛЭП-500" numbers a voltage)
        guard let e = quotedNameEnd(st, from: t + 1, limit: 5) else { continue }
        b = e
        nominativeLabel = st.original(t) + String(st.doc.slice(st.toks[t].end, st.toks[e].end + 1))
      } else if cyr, Lexicon.plantAcronyms.contains(f), t > 0,
        // (a town's adjective the catalogue read as the town is the plant's name: "Актюбинская ТЭЦ")
        st.owner[t - 1] == nil || st.owner[t - 1].map({ st.spans[$0].first == t - 1 && st.spans[$0].last == t - 1 }) == true && isPlace(st, t - 1),
        st.toks[t - 1].capitalized, st.joins(t - 1, t),
        ["ская", "ской", "скую", "ское", "цкая", "цкой", "ский", "ского", "скому", "ском", "ским", "цкий", "цкого"].contains(where: { st.toks[t - 1].folded.hasByteSuffix($0) })
          // (or any adjective capitalised inside a sentence: "Головной ГЭС", "Южной ТЭЦ")
          || !isSentenceStart(st, t - 1) && Morphology.isRussianAdjective(st.toks[t - 1].folded),
        // (a country's adjective only owns it: "Китайский НПЗ в Кара-Балте")
        adjectiveEntity(st.toks[t - 1].folded)?.subkind != "country"
      {
        if st.owner[t - 1] != nil { release(st, t - 1, t - 1) }
        a = t - 1  // "Жанатасская ВЭС", "Шымкентский НПЗ"
        // ("Соколовско-Сарбайский ГОК": a hyphenated adjective is read whole)
        let hyphenated = t >= 2 && st.gap(t - 2, t - 1).elementsEqual(["-"]) && st.toks[t - 2].capitalized && st.owner[t - 2] == nil
        if hyphenated { a = t - 2 }
        if let num = Self.unitNumber(st, after: t) { b = num }  // "Алматинская ТЭЦ-2"
        // "Камбаратинской ГЭС-1" → "Камбаратинская ГЭС-1" (a station is feminine, a refinery masculine)
        nominativeLabel = (hyphenated ? st.original(t - 2) + "-" : "")
          + Morphology.nominativeAdjective(st.original(t - 1), agreeingWith: Lexicon.masculinePlantAcronyms.contains(f) ? "завод" : "станция")
          + String(st.doc.slice(st.toks[t - 1].end, st.toks[b].end))
      } else if cyr, Lexicon.plantAcronyms.contains(f), st.toks[t].capitalized, t + 1 < n, st.joins(t, t + 1), st.sentenceOf(t + 1) == st.sentenceOf(t),
        st.entityKind(at: t + 1) == .city, let o = st.owner[t + 1], st.spans[o].first == t + 1
      {
        b = st.spans[o].last  // "ТЭЦ Бишкека": a plant named by its city in the genitive
      } else if cyr, !st.toks[t].capitalized, st.doc.language == "ru", let i = Lexicon.firstHead(st.cands[t], in: Lexicon.russianPlantNounIndex),
        case let head = Lexicon.russianPlantNouns[i],
        head.nominative != "парк" || t > 0 && Lexicon.russianParkQualifiers.contains(where: { st.toks[t - 1].folded.hasBytePrefix($0) }),
        let first = placeAdjectiveRun(st, before: t)
      {
        // "Балхашского медеплавильного завода" → "Балхашский медеплавильный завод"
        a = first
        nominativeLabel = nominativeAdjectives(st, first, t, agreeingWith: head.nominative) + " " + head.nominative
        // ("Казарманского каскада ГЭС", "… каскада гидроэлектростанций": a cascade's plants
        // belong to its mention, and the label is the cascade's alone, as "Казарманском каскаде" says it)
        if head.nominative == "каскад", t + 1 < n, st.joins(t, t + 1), st.owner[t + 1] == nil,
          ["гэс", "гидроэлектростанций", "электростанций"].contains(st.toks[t + 1].folded)
        {
          b = t + 1
        }
      } else if cyr, !st.toks[t].capitalized, t >= 2, st.toks[t - 1].folded == "туралы", let head = Lexicon.kazakhAgreementHeads.first(where: { st.cands[t].contains($0) }) {
        // "Мәңгілік тату көршілік, достық және ынтымақтастық туралы шарт": from a capitalised
        // word inside the sentence, over lower-case words, commas and "және", to "туралы" + the
        // agreement word
        var j = t - 2
        // (a river's or lake's noun ends the walk: "Бадам өзені арқылы өтетін … көпір құрылысы
        // туралы келісім" is an agreement about a bridge, not one named after a river)
        while j > 0, t - j <= 10, st.sentenceOf(j) == st.sentenceOf(t), st.owner[j] == nil, !st.toks[j].capitalized,
          !Morphology.hasKazakhCaseEnding(st.toks[j].folded), !Lexicon.naturalFeatureCues.contains(st.toks[j].folded),
          !st.gap(j - 1, j).contains(where: { $0 == "." || $0 == ";" || $0 == ":" })
        { j -= 1 }
        guard j >= 0, j < t - 1, st.toks[j].capitalized, st.owner[j] == nil, !isSentenceStart(st, j), st.sentenceOf(j) == st.sentenceOf(t) else { continue }
        a = j
        kazakhHead = head
      } else if cyr, !st.toks[t].capitalized, st.doc.language != "ru",
        let head = st.cands[t].first(where: { Lexicon.kazakhProjectHeads.contains($0) }) ?? kazakhVenueHead(st, t)
      {
        // (not in a Russian text, where "маршруты", "порты", "терминалы" are plurals)
        // "орны" (place) heads a project only as "кен орны" (a deposit), "жолы" (road) only as
        // "темір жолы" (railway) or "тас жолы" (highway)
        if head == "орны", !(t > 0 && st.toks[t - 1].folded == "кен") { continue }
        // (or as a road between two towns a dash joins: "Куляб – Калаихумб жолы")
        let routedRoad = t >= 3 && st.toks[t - 1].capitalized && {
          let first = st.owner[t - 1].map { st.spans[$0].first } ?? t - 1
          return first >= 1 && Self.dashJoined(st, first - 1, first) && st.toks[first - 1].capitalized
        }()
        if head == "жолы", !(t > 0 && ["темір", "тас"].contains(st.toks[t - 1].folded) || routedRoad) { continue }
        // "өткізу бекеті" (a checkpoint); "«Сайран» бекеті" (a quoted station's name)
        // ("Бақты кеден бекеті", a customs post, is the crossing too)
        if head == "бекеті", !(t > 0 && (["өткізу", "кеден"].contains(st.toks[t - 1].folded) || closesQuote(st, t - 1))) { continue }
        if head == "торабы", !(t > 0 && ["су", "көлік", "логистикалық"].contains(st.toks[t - 1].folded)) { continue }  // "су торабы" (a waterworks), "көлік торабы" (a transport hub)
        if head == "қоймасы", !(t > 0 && st.toks[t - 1].folded == "су") { continue }  // "су қоймасы" (a reservoir)
        // "электр беру желісі" (a power line); "электр желісі" too between towns joined by a
        // dash ("Шымкент – Түркістан электр желісі"), not a country's grid
        let routedGrid = t >= 2 && st.toks[t - 1].folded == "электр" && st.owner[t - 2].map { o in
          st.spans[o].last == t - 2 && st.spans[o].first > 0 && Self.dashJoined(st, st.spans[o].first - 1, st.spans[o].first) && st.entityKind(at: t - 2) == .city
        } == true
        if head == "желісі", !(t > 0 && st.toks[t - 1].folded == "беру" || routedGrid) { continue }
        if head == "орталығы", !Self.isKazakhFacilityCentre(st, t) { continue }  // "сауда орталығы" (a trade centre)
        // "арнайы экономикалық аймағы", "индустриялық аймағы", "жоғары технологиялар аймағы" (zones;
        // a resort or tourist zone too: "Кендірлі курорттық аймағы")
        if head == "аймағы", !(t > 0 && (["экономикалық", "индустриялық", "технологиялар", "технологиялық", "инновациялық", "логистикалық", "сауда"].contains(st.toks[t - 1].folded)
          || Self.kazakhResortZoneWords.contains(st.toks[t - 1].folded))) { continue }
        // (the resort zone of a resort the catalogue knows is that resort: "Бурабай курорттық аймағы")
        if head == "аймағы", t >= 2, Self.kazakhResortZoneWords.contains(st.toks[t - 1].folded), let o = st.owner[t - 2], st.subkind(of: st.spans[o].key) == "resort" { continue }
        // («Ақтау халықаралық теңіз сауда порты» ұлттық компаниясы: a quoted name that a body's
        // cue follows is the body's)
        if closesQuote(st, t), (t + 1..<min(n, t + 3)).contains(where: { Self.isKazakhOrgCue(st, $0) }) { continue }
        kazakhHead = head
        // Kazakh: a name, up to three lower-case words, then a facility noun in the
        // possessive ("Шымкент мұнай өңдеу зауыты", "Жаңатас жел электр станциясы",
        // "Хоргос құрғақ порты", "«Нұрлы жол» жобасы")
        let programme = head == "бағдарламасы" || head == "бастамасы"
        func describing(_ k: Int) -> Bool {
          st.owner[k] == nil && !st.toks[k].capitalized && Morphology.isCyrillic(st.toks[k].folded)
            && !Lexicon.kazakhFunctionWords.contains(st.toks[k].folded) && !Self.isKazakhPlacePhrase(st, k) && st.joins(k, k + 1)
            && st.sentenceOf(k) == st.sentenceOf(t)
            // (a word in a case says how or with whom: "Қытай инвесторымен ферроқорытпа зауыты")
            && !Morphology.hasKazakhCaseEnding(st.toks[k].folded)
            // (a participle or converb says what was done: "«ҚТЖ Экспресс» бірлесіп салған … хабы")
            // (some participles are adjectives: "«Достық» бірлескен су торабы", a joint waterworks)
            && !Self.isKazakhVerbForm(st.toks[k].folded)
            // (nor is a company's noun or another builder's: "Қытай компаниялары шыны зауытын
            // салады", Chinese companies build a glass plant; "Қытай инвесторлары қант зауытын
            // салады", Chinese investors build a sugar plant)
            && !Lexicon.kazakhBuilderNouns.contains(where: { st.toks[k].folded.hasBytePrefix($0) })
            // (a programme's quoted name ends at its closing quote: "«Қазақстан мақта кластері»
            // бағдарламасы")
            && !(programme && closesQuote(st, k, straight: false))
        }
        var k = t - 1
        while k >= 0, t - k <= 3, describing(k) { k -= 1 }
        // ("Бақты – Аягөз жаңа темір жолы": "new" may stand between a route's dashed ends and
        // its noun)
        if k >= 1, k < t - 1, st.toks[k].folded == "жаңа", st.joins(k - 1, k), let o = st.owner[k - 1], st.spans[o].last == k - 1, st.spans[o].first > 0,
          Self.dashJoined(st, st.spans[o].first - 1, st.spans[o].first), st.entityKind(at: k - 1) == .city || st.entityKind(at: k - 1) == .region
        { k -= 1 }
        // («Қазақстан Петрохимикал Индастриз» ұлттық индустриялық мұнай-химия технопаркі: after a
        // quoted name, up to five lower-case words)
        if k >= 0, t - k == 4, describing(k) {
          var j = k
          while j >= 0, t - j <= 6, describing(j) { j -= 1 }
          if j >= 0, closesQuote(st, j, straight: false) { k = j }
        }
        guard k >= 0, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k, k + 1) || st.gap(k, k + 1).contains(where: { $0 == "»" || $0 == "\"" || $0 == "”" }) else { continue }
        // ("«Қажымұқан Мұңайтпасұлы» атындағы орталық стадионы": a facility named after a
        // person, whose name, quoted or not, is the facility's, no mention of the person)
        // (a sentence's first word opens the honoree's name only as a person's: "Жарыс Абай
        // атындағы …" is a contest at Abai's)
        let honoree = k < t && st.toks[k].folded == "атындағы" && st.owner[k] == nil ? honoreeNameStart(st, before: k + 1, t).map { p in
          p < k - 1 && isSentenceStart(st, p) && st.entityKind(at: p) != .person ? p + 1 : p
        } : nil
        // ("Кен орнын игеруді …": the first word of a two-word facility noun, capitalised at a
        // sentence's start, is no name)
        if k == t - 1, isSentenceStart(st, k), st.owner[k] == nil, Lexicon.kazakhCompoundHeadWords.contains(st.toks[k].folded) { continue }
        // (a programme is never a body's, whose name a rule read: "«Huawei ICT Academy» бағдарламасы")
        if programme, st.entityKind(at: k) == .organization { continue }
        // («Чанъань» халықаралық құрғақ порты: a quoted name before the facility noun is the
        // facility's, though a company bears it too)
        // (not when a body's noun follows the name: "«Hualing Group» компаниясы тоқыма фабрикасы")
        if let o = st.owner[k], case let sp = st.spans[o], sp.last == k, sp.first > 0, st.entityKind(at: k) == .organization, closesQuote(st, k),
          st.gap(sp.first - 1, sp.first).contains(where: Self.isOpeningQuote), !(k + 1..<t).contains(where: { Self.isOrgCueWord(st.toks[$0].folded) })
        {
          release(st, sp.first, k)
        }
        // ("«Жібек жолы – Іле» туристік маршруты": a quoted name is the facility's whole, the
        // places inside it included)
        let quoteOpen = k >= 1 && closesQuote(st, k, straight: false)
          ? (max(1, k - 6)...k).last(where: { st.gap($0 - 1, $0).contains(where: Self.isOpeningQuote) && st.sentenceOf($0) == st.sentenceOf(t) }) : nil
        if head == "маршруты", quoteOpen == nil { continue }  // (a route is a project only by its quoted name)
        // (so is a programme or initiative: by a quoted Cyrillic name that no body bears, a Latin
        // one being a brand's, which later rules read; one the catalogue knows keeps its entry:
        // "«Нұрлы жол» бағдарламасы")
        if programme {
          guard let open = quoteOpen, !(open...k).contains(where: { st.entityKind(at: $0) == .organization || !Morphology.isCyrillic(st.toks[$0].folded) }) else { continue }
          if let o = st.owner[open], st.spans[o].first == open, st.spans[o].last == k, st.entities[st.spans[o].key]?.catalogued == true { continue }
        }
        // («Құс ұясы» стадионында: a quoted name the catalogue gives a project is that project;
        // the noun after it only says what it is)
        if let open = quoteOpen, let o = st.owner[open], st.spans[o].first == open, st.spans[o].last == k, st.entityKind(at: open) == .project,
          st.entities[st.spans[o].key]?.catalogued == true
        { continue }
        if let p = honoree {
          release(st, p, k - 1)
          a = p
        } else if let open = quoteOpen, (open...k).contains(where: { st.owner[$0] != nil }) || !st.toks[k].capitalized, st.entityKind(at: open) != .organization {
          // (a border crossing's station is the crossing in quotes too: "«Достық» станциясы")
          if head == "станциясы", k == t - 1, let o = st.owner[open], st.spans[o].first == open, st.spans[o].last == k,
            st.subkind(of: st.spans[o].key) == "border-crossing"
          { continue }
          release(st, open, k)
          a = open
        } else if let o = st.owner[k] {
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
            // a city or region names the facility ("Ақтау порты"); a country only owns it ("Қытай
            // жобасы"), unless what the plant makes stands between ("Қазақстан электролиз зауыты")
            let namedPlant = k < t - 1 && ["зауыты", "комбинаты", "фабрикасы"].contains(head) 
              && !RelationRules.kazakhGenitive.contains(where: { st.toks[k].folded.hasByteSuffix($0) })
            guard st.entityKind(at: k) == .city || (st.entityKind(at: k) == .region && (st.subkind(of: sp.key) != "country" || namedPlant)) else { continue }
            // (a border crossing's station is the crossing, as the catalogue's crossings are:
            // "Алтынкөл станциясы")
            if head == "станциясы", k == t - 1, st.subkind(of: sp.key) == "border-crossing" { continue }
          } else {
            route = true
          }
          // a place in the locative only says where ("Түркістан облысында … зауытын",
          // "компаниясының Қостанайдағы зауыты"; "Қызылорда мұнай өңдеу зауыты" is the town's own name)
          if Morphology.hasKazakhLocativeEnding(st.toks[sp.last].folded, attributive: true, longerThan: 4), !isOwnName(st, sp.last) { continue }
          // (so does a place in the instrumental: "… облысымен астық терминалын салу"; "Өскемен"
          // ends like one but is the town's name)
          if Lexicon.kazakhInstrumentals.contains(where: { st.toks[sp.last].folded.hasByteSuffix($0) }), st.toks[sp.last].folded.unicodeScalars.count > 5,
            !isOwnName(st, sp.last)
          { continue }
          a = first
        } else if head == "аймағы", k > 0, st.toks[k].folded == "қаласының", st.joins(k - 1, k), let o = st.owner[k - 1], st.spans[o].last == k - 1,
          st.entityKind(at: k - 1) == .city
        {
          // "Талдықорған қаласының индустриялық аймағы": a town's zone is named with the town's
          // word in the genitive (the Russian "индустриальная зона города Талдыкоргана")
          a = st.spans[o].first
        } else {
          // ("200 МВт жел электр станциясы": a unit after a number is no name; nor is a legal
          // form, whose company owns the facility: "«Богатырь Көмір» ЖШС-ның кеніші")
          // (nor is a sentence's first word in the genitive, which says whose: "Орталықтың
          // алғашқы жобасы", the centre's first project)
          guard st.toks[k].capitalized, !isSentenceStartAndCommon(st, k), !Lexicon.measureUnits.contains(st.toks[k].folded),
            !Lexicon.legalForms.contains(st.toks[k].folded),
            !(isSentenceStart(st, k) && RelationRules.kazakhGenitive.contains(where: { st.toks[k].folded.hasByteSuffix($0) })),
            // (nor is a name in the locative, which says where, as a read town's does above:
            // "Ұзынағашта құс фабрикасы кеңейтіледі", in Uzynagash a poultry farm grows)
            // (at a headline's or sentence's start only: "Моңғолиядағы Ташанта өткізу бекеті" is
            // a town's crossing)
            !(isSentenceStart(st, k) && Morphology.isCyrillic(st.toks[k].folded) && Morphology.hasKazakhLocativeEnding(st.toks[k].folded, longerThan: 4) && st.owner[k] == nil)
          else { continue }
          a = k
          // "Қожа Ахмет Ясауи кесенесі": a name of up to three capitalised words
          while a > 0, k - a < 2, st.owner[a - 1] == nil, st.toks[a - 1].capitalized, st.gap(a - 1, a).elementsEqual([" "]), st.sentenceOf(a - 1) == st.sentenceOf(t),
            // (a Latin word opening a Cyrillic sentence is a name's: "Alatau City арнайы
            // экономикалық аймағы")
            !insideQuotes(st, a), !Morphology.hasKazakhCaseEnding(st.toks[a - 1].folded), !isSentenceStart(st, a - 1) || !Morphology.isCyrillic(st.toks[a - 1].folded),
            !Self.isUpperAcronym(st, a - 1)  // ("… АҚ Жаңажол кен орны": a legal form ends the company's name)
          { a -= 1 }
          // a quoted name of several words: «Нұрлы жол»
          // (up to its opening quote: "және «Керуен-Сарай»" does not take "және")
          while a > 0, st.owner[a - 1] == nil, insideQuotes(st, a), !st.gap(a - 1, a).contains(where: Self.isOpeningQuote), st.joins(a - 1, a),
            st.sentenceOf(a - 1) == st.sentenceOf(t)
          { a -= 1 }
          // "Достық – Мойынты теміржолы": places joined by dashes before a name the
          // catalogue lacks
          while a > 0, Self.dashJoined(st, a - 1, a), st.sentenceOf(a - 1) == st.sentenceOf(t),
            st.isCapName(a - 1) || st.entityKind(at: a - 1) == .city || st.entityKind(at: a - 1) == .region
          {
            a = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
            route = true
          }
        }
      } else if !cyr, st.doc.language == "en", f == "palace", st.toks[t].capitalized, !isSentenceStart(st, t), !st.inHeadline(t), t + 2 < n, st.toks[t + 1].folded == "of",
        st.joins(t, t + 1), st.joins(t + 1, t + 2), st.isCapName(t + 2), st.owner[t + 2] == nil, !Lexicon.stopCapitalized.contains(st.toks[t + 2].folded)
      {
        // "the Palace of Independence", "the Palace of Peace and Reconciliation": a palace is
        // named by its capitalised complement after "of" (up to four words, "and" between)
        b = t + 2
        while b + 2 < n, b - t < 5, st.toks[b + 1].folded == "and", st.joins(b, b + 1), st.joins(b + 1, b + 2), st.isCapName(b + 2), st.owner[b + 2] == nil { b += 2 }
        if b + 1 < n, st.joins(b, b + 1), st.toks[b + 1].capitalized { continue }
      } else if !cyr, st.toks[t].capitalized, Lexicon.projectWordsEN.contains(f),
        !(t + 1 < n && Self.role(of: st, at: t + 1) != nil && (st.toks[t + 1].capitalized || !Self.sitesWithStaffEN.contains(f))),
        // (a headline capitalises any words: "… Sign 1 GW Solar Supply Agreement"; a numbered
        // heading that ends in the word is the site's name: "## 2. Peng Sheng Industrial Park")
        !st.inHeadline(t) || isNumberedHeading(st, endingAt: t)
      {
        // ("Pakistani Railway Minister" is a title, not a railway; but a site's lower-case
        // officer follows the site's name: "Baku International Sea Trade Port director")
        // a capitalised run ending in a project word: "Aktogay Copper Plant", "Trans-Caspian Railway",
        // "Bishkek Combined Heat and Power Plant" (over an inner "and")
        while a > 0 {
          // (not the first of two ends: "between Urumqi and Issyk-Kul International Airport")
          if st.toks[a - 1].folded == "and", a >= 2, st.toks[a - 2].capitalized, st.owner[a - 2] == nil || st.entityKind(at: a - 2) == .city && !Self.afterBetween(st, a - 2),
            st.joins(a - 2, a - 1), st.joins(a - 1, a), st.sentenceOf(a - 2) == st.sentenceOf(t), !Lexicon.stopCapitalized.contains(st.toks[a - 2].folded)
          {
            a -= 2
            continue
          }
          // (or over an ampersand: "Xi'an International Trade & Logistics Park")
          if a >= 2, Self.isAmpersandGap(st.gap(a - 1, a)), st.toks[a - 1].capitalized, st.owner[a - 1] == nil,
            st.sentenceOf(a - 1) == st.sentenceOf(t), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded), st.toks[a - 2].capitalized, st.joins(a - 2, a - 1)
          {
            a -= 1
            continue
          }
          // "China-Kazakhstan (Lianyungang) Logistics Cooperation Base": a place in brackets
          // inside the name
          if a >= 2, st.gap(a - 1, a).elementsEqual([")", " "]), st.gap(a - 2, a - 1).elementsEqual([" ", "("]), st.toks[a - 1].capitalized,
            st.toks[a - 2].capitalized, st.sentenceOf(a - 2) == st.sentenceOf(t)
          {
            a -= 2
            continue
          }
          // (a capitalised word hyphenated with a lower-case one: "High-tech Industries
          // Development Zone")
          if a >= 2, st.owner[a - 1] == nil, st.owner[a - 2] == nil, !st.toks[a - 1].capitalized, st.toks[a - 2].capitalized,
            st.gap(a - 2, a - 1).elementsEqual(["-"]), st.joins(a - 1, a), st.sentenceOf(a - 2) == st.sentenceOf(t),
            !Lexicon.stopCapitalized.contains(st.toks[a - 2].folded), !isSentenceStartAndCommon(st, a - 2)
          {
            a -= 2
            continue
          }
          // a place's whole mention ("Xi'an": its second token is lower-case)
          if let o = st.owner[a - 1], st.entityKind(at: a - 1) == .city || st.entityKind(at: a - 1) == .region, st.spans[o].last == a - 1, st.spans[o].first < a - 1,
            st.toks[st.spans[o].first].capitalized, st.joins(a - 1, a), st.sentenceOf(a - 1) == st.sentenceOf(t)
          {
            a = st.spans[o].first
            continue
          }
          // a person's whole name before an airport's words names the airport after them
          // ("Nursultan Nazarbayev International Airport"); the person is no mention of its own
          if f == "airport", let o = st.owner[a - 1], st.entityKind(at: a - 1) == .person, st.spans[o].last == a - 1, st.spans[o].first < a - 1,
            st.joins(a - 1, a), st.sentenceOf(a - 1) == st.sentenceOf(t)
          {
            let first = st.spans[o].first
            release(st, first, a - 1)
            a = first
            continue
          }
          // (a one-word project names a facility of its own: "Kashagan Gas Processing Plant")
          guard st.owner[a - 1] == nil || st.entityKind(at: a - 1) == .city || st.entityKind(at: a - 1) == .region || oneWordPlaceOrProject(st, a - 1),
            st.toks[a - 1].capitalized, st.joins(a - 1, a), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded),
            !isSentenceStartAndCommon(st, a - 1), st.sentenceOf(a - 1) == st.sentenceOf(t)
          else { break }
          a -= 1
        }
        // ("Manas International Airport OJSC … Manas International Airport director": before an
        // officer's title, a site's name that a company of the text bears with its legal form is
        // that company)
        if t + 1 < n, a < t, Self.role(of: st, at: t + 1) != nil, (a...t).allSatisfy({ st.owner[$0] == nil }) {
          let run = st.text(a, t) + " "
          if let id = st.order.first(where: { id in
            st.entities[id].map { $0.kind == .organization && $0.label.hasPrefix(run) && Self.latinLegalFormsAfterSite.contains(Normalizer.fold(String($0.label.dropFirst(run.count)))) } == true
          }) {
            st.addSpan(a, t, id: id)
            continue
          }
        }
        // ("Hydrometallurgical Plant No. 7": a unit's number after the project word)
        if let e = st.unitNumberEnd(after: t) { b = e }
        // ("the International Seaport of Turkmenbashi": a run of common words is named by the
        // town after "of")
        if a < t, (a..<t).allSatisfy({ Lexicon.notNameWords.contains(st.toks[$0].folded) }), t + 2 < n, st.toks[t + 1].folded == "of", st.joins(t, t + 1), st.joins(t + 1, t + 2),
          st.entityKind(at: t + 2) == .city, let o = st.owner[t + 2], st.spans[o].first == t + 2
        {
          b = st.spans[o].last
        }
        // ("Chengdu Research Base of Giant Panda Breeding": a base's, centre's or park's
        // complement of two to four capitalised words that nothing has read is its name's end)
        if ["base", "centre", "center", "park"].contains(f), b == t, t + 3 < n, st.toks[t + 1].folded == "of", st.joins(t, t + 1) {
          var e = t + 1
          while e + 1 < n, e - t <= 4, st.joins(e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t), st.isCapName(e + 1), st.owner[e + 1] == nil,
            !Lexicon.stopCapitalized.contains(st.toks[e + 1].folded)
          { e += 1 }
          if e - t >= 3, !(e + 1 < n && st.joins(e, e + 1) && st.toks[e + 1].capitalized) { b = e }
        }
        // ("the Alashankou border crossing": a town's crossing is the town, as the catalogue's
        // crossings are; a pair of towns names a crossing of its own)
        if f == "crossing", a < t, (a..<t).allSatisfy({ st.entityKind(at: $0) == .city || Lexicon.crossingModifiersEN.contains(st.toks[$0].folded) }),
          Set((a..<t).compactMap { st.owner[$0] }).count == 1
        { continue }
        // (a city alone names a declaration or treaty: "Xi'an Declaration", "Astana Declaration";
        // and an airport, a seaport or a spaceport: "Aktau Airport", "Baikonur Cosmodrome")
        // (and a natural feature or province names a road: "Pamir Highway"; a country alone
        // does not: "China Railway" is a company)
        guard a < t, (a..<t).contains(where: { st.owner[$0] == nil }) || (["declaration", "treaty", "airport", "cosmodrome", "spaceport", "seaport"].contains(f) && (a..<t).allSatisfy({ st.entityKind(at: $0) == .city }))
          || (a..<t).allSatisfy({ k in st.owner[k].map { st.entityKind(at: k) == .region && !["country", "macro-region"].contains(st.subkind(of: st.spans[$0].key) ?? "") } ?? false })
        else { continue }
        // ("… costruita da China Road and Bridge": a catalogued company's name cut before its
        // last words names the company, not a bridge)
        if let company = catalogCompany(st, openedBy: a, t) {
          addCatalogued(st, company)
          release(st, a, t)
          st.addSpan(a, t, id: company.id)
          continue
        }
      } else if !cyr, !st.toks[t].capitalized, let singular = Lexicon.pluralProjectHeadsEN[f] {
        // "the Kashagan and Tengiz fields": coordinated names before a plural project word,
        // each its own project ("Tengiz field")
        var k = t - 1
        while k >= 0, t - k <= 2, st.owner[k] == nil, !st.toks[k].capitalized, Lexicon.projectModifiersEN.contains(st.toks[k].folded), st.joins(k, k + 1) { k -= 1 }
        // (each is labelled with the modifiers too: "Toktogul hydropower plant")
        let modifiers = k + 1 < t ? st.text(k + 1, t - 1) + " " : ""
        var names: [(Int, Int)] = []
        while k >= 0, st.sentenceOf(k) == st.sentenceOf(t) {
          // (a name may end in a number: "the Pskem and Mullalak-1 stations")
          let numbered = k >= 1 && st.isNumeral(k) && st.gap(k - 1, k).elementsEqual(["-"])
            && st.owner[k] == nil && st.owner[k - 1] == nil
          var first = numbered ? k - 1 : k
          // (a hyphenated name or one of two free words is an item too: "the Bolshoi Konimansur
          // and Altyn-Topkan mines")
          if !numbered, st.owner[k] == nil {
            let h = hyphenatedNameStart(st, to: k)
            if h < k, (h..<k).allSatisfy({ st.owner[$0] == nil }) {
              first = h
            } else if k >= 1, st.owner[k - 1] == nil, st.isCapName(k - 1), st.gap(k - 1, k).elementsEqual([" "]), !isSentenceStart(st, k - 1),
              !Lexicon.stopCapitalized.contains(st.toks[k - 1].folded), adjectiveEntity(st.toks[k - 1].folded) == nil
            {
              first = k - 1
            }
          }
          // (a numbered project the catalogue knows is an item too: "the Toktogul and Kambarata-2
          // hydropower plants")
          if !numbered, let o = st.owner[k], st.spans[o].last == k, st.spans[o].first < k, st.entityKind(at: k) == .project,
            st.isNumeral(k)
          { first = st.spans[o].first }
          guard st.isCapName(first), st.owner[first] == nil || first == k && oneWordPlaceOrProject(st, k) || st.entityKind(at: first) == .project && st.owner[first] == st.owner[k]
          else { break }
          names.append((first, k))
          guard first >= 2, ["and", "e"].contains(st.toks[first - 1].folded) || st.gap(first - 1, first).contains(",") else { break }
          k = first - (["and", "e"].contains(st.toks[first - 1].folded) ? 2 : 1)
        }
        // (one name with a technical modifier is one project too, in the singular: "the
        // Zhanazhol gas processing plants" is the Zhanazhol gas processing plant; not a
        // people's adjective, "Chinese solar plants", nor a town's plants, "the Almaty power
        // plants", whose town stays a town)
        let single = names.count == 1 && !modifiers.isEmpty && names[0].0 == names[0].1 && !isSentenceStart(st, names[0].0)
          && adjectiveEntity(st.toks[names[0].0].folded) == nil && (st.owner[names[0].0] == nil || st.entityKind(at: names[0].0) == .project)
        guard names.count >= 2 || single else { continue }
        // (a station is read as its town, as stationTowns reads one: "the Dostyq and Altynkol stations")
        for (a0, b0) in names.reversed() where (single || st.entityKind(at: a0) != .project) && !(singular == "station" && st.entityKind(at: a0) == .city) {
          if st.owner[a0] != nil { release(st, a0, a0) }
          let label = st.text(a0, b0) + " " + modifiers + singular
          let id = Transliteration.slug(label)
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
          st.addSpan(a0, b0, id: id)
        }
        continue
      } else if !cyr, st.doc.language == "en", !st.toks[t].capitalized, f == "port", t + 2 < n, st.toks[t + 1].folded == "of", st.joins(t, t + 1), st.joins(t + 1, t + 2),
        st.toks[t + 2].capitalized, st.owner[t + 2] == nil || st.entityKind(at: t + 2) == .city
      {
        // "the port of Bandar Abbas": a port named by its town
        b = st.owner[t + 2].map { st.spans[$0].last } ?? hyphenatedNameEnd(st, from: t + 2)
        if st.owner[t + 2] == nil, b + 1 < n, st.joins(b, b + 1), st.isCapName(b + 1), st.owner[b + 1] == nil { b += 1 }
        let label = "Port of " + st.text(t + 2, b)
        var id = Transliteration.slug(label)
        // (the catalogue's port of that name, which its lower-case "port" did not match)
        if let known = catalogEntry(st, spanning: t, b, kind: .project) {
          addCatalogued(st, known)
          id = known.id
        } else {
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
        }
        absorb(st, t, b)
        st.addSpan(t, b, id: id)
        t = b
        continue
      } else if !cyr, !st.toks[t].capitalized, Lexicon.projectHeadsLowerEN.contains(f),
        // ("tunnel di Shahriston", "terminal intermodale di Mortara" are the Italian rules' business)
        !(st.doc.language == "it" && t + 1 < n && (st.toks[t + 1].folded == "di" || Lexicon.facilityNounsIT.contains(f) && !st.toks[t + 1].capitalized)),
        // (nor is an Italian noun with no name before it: "sulla madrasa Mir-i Arab" names the
        // madrasa after the noun)
        // ("Nella madrasa Muhammad Amin Khan": nor after a function word a sentence's start
        // capitalises)
        !(st.doc.language == "it" && (t == 0 || (!st.toks[t - 1].capitalized || isSentenceStart(st, t - 1) && Self.italianSentenceOpeners.contains(st.toks[t - 1].folded))
          && st.owner[t - 1] == nil))
      {
        // "the Rogun hydropower plant", "the Vahdat–Yavan railway", "the Kashagan field": a
        // name, technical modifiers, then a lower-case project word
        var k = t - 1
        // ("the Dushanbe-2 combined heat and power plant": "and" between two modifiers)
        while k >= 0, t - k <= 4, st.owner[k] == nil, !st.toks[k].capitalized, st.joins(k, k + 1), st.sentenceOf(k) == st.sentenceOf(t),
          Lexicon.projectModifiersEN.contains(st.toks[k].folded)
            || st.toks[k].folded == "and" && k > 0 && k + 1 < t && Lexicon.projectModifiersEN.contains(st.toks[k - 1].folded) && Lexicon.projectModifiersEN.contains(st.toks[k + 1].folded)
        { k -= 1 }
        guard k >= 0, k < t, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k, k + 1) else { continue }
        // ("the Bishkek bypass road": a bypass before a road's word leaves the name to that word)
        if f == "bypass", t + 1 < n, st.joins(t, t + 1), st.owner[t + 1] == nil, !st.toks[t + 1].capitalized,
          Lexicon.projectHeadsLowerEN.contains(st.toks[t + 1].folded)
        { continue }
        // (a weak head needs a modifier, unless the name is a code with a number: "CASA-1000 line")
        let coded = k > 0 && st.isNumeral(k) && st.gap(k - 1, k).elementsEqual(["-"])
        // (nor when two places joined by a dash name it: "the Darbaza–Maqtaaral line")
        let dashRoute = k > 0 && Self.dashJoined(st, k - 1, k)
        // (nor a transit line after "the" in a text about a metro: "the Chilanzar line")
        // ("the Tashkent metro's Yunusobod line": or after a metro's possessive)
        let transitLine = f == "line" && k >= 1
          && (["the", "new"].contains(st.toks[k - 1].folded) || k >= 2 && isPossessiveS(st, k - 1) && Lexicon.transitWordsEN.contains(st.toks[k - 2].folded))
          && st.mentionsTransit
          && (st.owner[k] == nil || st.entityKind(at: k) == .city || st.entityKind(at: k) == .region && st.subkind(of: st.spans[st.owner[k]!].key) != "country")
        // (nor a project's free name of up to three words after "the": "the Yoshlik project",
        // "the Rukhani Zhangyru programme"; not a holiday's: "the New Year programme")
        var named = k
        while named > 0, k - named < 2, st.owner[named - 1] == nil, st.isCapName(named - 1), isLatinName(st, named - 1), st.joins(named - 1, named) { named -= 1 }
        // ("the Dorut Tilovat complex": a complex by a free name of two words or more)
        let namedProject = (["project", "programme", "program"].contains(f) || f == "complex" && named < k) && named >= 1 && st.toks[named - 1].folded == "the"
          && (named...k).allSatisfy({ st.owner[$0] == nil && isLatinName(st, $0) && st.toks[$0].folded != "year" })
          && !isSentenceStart(st, named) && Self.role(of: st, at: named) == nil
        if k == t - 1, Lexicon.weakProjectHeadsEN.contains(f), !coded, !dashRoute, !transitLine, !namedProject { continue }
        // ("the Almaty city park", "the Astana training centre": a centre or park needs a
        // modifier that makes it a facility or protected land, "the Ala-Archa national park")
        if ["centre", "center", "park"].contains(f), !(k + 1..<t).contains(where: { st.toks[$0].folded != "city" && (f == "park" || st.toks[$0].folded != "national") }) { continue }
        // ("the Bagtyyarlyk contract area": an area is a project only as a licensed block)
        if f == "area", !["contract", "licence", "license"].contains(st.toks[t - 1].folded) { continue }
        // ("the Sary-Shagan missile test range": a range, site or ground is a project as a place
        // of tests or launches, not "the Tian Shan mountain range")
        if ["range", "site", "ground"].contains(f), !(k + 1..<t).contains(where: { Lexicon.testSiteModifiersEN.contains(st.toks[$0].folded) }) { continue }
        // ("the Akdala irrigation massif": a massif or system is a project as irrigated land or
        // its works, not "the Tian Shan massif" or "the banking system")
        if ["massif", "system"].contains(f), !(k + 1..<t).contains(where: { ["irrigation", "irrigated"].contains(st.toks[$0].folded) }) { continue }
        // ("the Jizzakh free economic zone": a zone is a project as an economic, trade or
        // tourist zone: "the Avaza tourist zone")
        if f == "zone", !(k + 1..<t).contains(where: { ["economic", "trade", "industrial", "export", "free", "special", "tourist"].contains(st.toks[$0].folded) }) { continue }
        // "Dushanbe-2": a number joined to the name by a hyphen
        var e = k
        if st.isNumeral(k), k > 0, st.gap(k - 1, k).elementsEqual(["-"]) { e = k - 1 }
        // ("the Yoshlik I deposit": a Roman numeral after the name, "I" no pronoun there)
        if e == k, k > 0, st.owner[k] == nil, Self.isRomanNumeral(st, k), st.gap(k - 1, k).elementsEqual([" "]), st.isCapName(k - 1),
          !isSentenceStart(st, k - 1), !Lexicon.stopCapitalized.contains(st.toks[k - 1].folded)
        { e = k - 1 }
        guard let (first, places) = latinProjectName(st, endingAt: e), first <= e else { continue }
        // ("the Dushanbe-2 combined heat and power plant": a name and number that open a
        // catalogued project's name, with another project word, are that project)
        if e < k, let known = catalogCompany(st, openedBy: first, k, kind: .project) {
          release(st, first, t)
          addCatalogued(st, known)
          st.addSpan(first, t, id: known.id)
          continue
        }
        // ("the Alashankou border crossing", "the Nur Zholy border crossing": one town's
        // crossing is the town; "the Kulma crossing", of a name nothing has read, the
        // checkpoint pass reads as a town)
        if f == "crossing", st.entityKind(at: e) == .city, let o = st.owner[e], st.spans[o].first == first, st.spans[o].last == e { continue }
        if f == "crossing", places == 0, st.owner[e] == nil, hyphenatedNameStart(st, to: e) == first, first >= 1, st.toks[first - 1].folded == "the",
          (e + 1..<t).count <= 1, (e + 1..<t).allSatisfy({ Lexicon.crossingModifiersEN.contains(st.toks[$0].folded) })
        { continue }
        // a country alone only owns the project ("China's pipeline"); a route joins places
        if places == e - first + 1 && places == 1, st.owner[e] != nil, st.subkind(of: st.spans[st.owner[e]!].key) == "country" { continue }
        // nor does a province alone before its bare project word name one ("reaches Jiangsu
        // port": a province has many); a Turkmen velayat, an oblast's size, does ("the Lebap
        // substation")
        if places == e - first + 1 && places == 1, k == t - 1, let o = st.owner[e],
          ["province", "autonomous-region", "macro-region"].contains(st.subkind(of: st.spans[o].key) ?? ""),
          catalog.country(of: st.spans[o].key) != "turkmenistan"
        { continue }
        route = (first..<e).contains { Self.dashJoined(st, $0, $0 + 1) }
        a = first
      } else if cyr, !st.toks[t].capitalized, let i = Lexicon.firstHead(st.cands[t], in: Lexicon.russianRouteHeadIndex), case let head = Lexicon.russianRouteHeads[i] {
        // "железной дороги Китай – Кыргызстан – Узбекистан", "месторождения Кашаган"
        var k = t + 1
        if head.stem == "железн" {
          guard k < n, st.cands[k].contains("дорог") else { continue }
          k += 1
        }
        // a route named by a capitalised adjective before its noun: the noun the adjective
        // agrees with, the route's nominative and its last token
        var adjectiveNamed: (noun: String, nominative: String, last: Int)?
        if head.stem == "лини" {  // "линии электропередачи Экибастуз – Шымкент"
          if k < n, st.toks[k].folded == "метро" || st.toks[k].folded.hasBytePrefix("метрополитен"), st.joins(t, k) {
            adjectiveNamed = ("линия", "линия метро", k)  // "Кольцевой линии метро" → "Кольцевая линия метро"
          } else {
            guard k < n, st.toks[k].folded.hasBytePrefix("электропередач") else { continue }
            k += 1
          }
        }
        let namedAfter = k < n && st.sentenceOf(k) == st.sentenceOf(t) && st.joins(k - 1, k) && (st.isCapName(k) || st.owner[k] != nil)
          && (head.stem != "канал" || st.gap(k - 1, k).elementsEqual([" "]) && Morphology.isCyrillic(st.toks[k].folded))
        // ("Трансафганской железной дороги" → "Трансафганская железная дорога")
        if adjectiveNamed == nil, !namedAfter, let noun = Self.adjectiveNamedRouteNouns[head.stem] { adjectiveNamed = (noun, head.nominative, k - 1) }
        if let named = adjectiveNamed, let first = placeAdjectiveRun(st, before: t),
          head.stem != "канал" || (first..<t).contains(where: { k in st.toks[k].capitalized && ["ск", "цк"].contains(where: { st.toks[k].folded.utf8.count > 6 && st.toks[k].folded.contains($0) }) })
        {
          let label = nominativeAdjectives(st, first, t, agreeingWith: named.noun) + " " + named.nominative
          let id = Transliteration.slug(Self.stems(of: label).joined(separator: " "))
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
          absorb(st, first, named.last)
          st.addSpan(first, named.last, id: id)
          // ("Краснооктябрьского и Белинского месторождений": a plural noun that two adjectives
          // joined by "и" share names two sites)
          if first >= 2, st.toks[first - 1].folded == "и", ["ий", "ях", "ям", "ями", "ов", "ах", "ам", "ами", "ей"].contains(where: { st.toks[t].folded.hasSuffix($0) }),
            let other = placeAdjectiveRun(st, before: first - 1)
          {
            let label = nominativeAdjectives(st, other, first - 1, agreeingWith: named.noun) + " " + named.nominative
            let id = Transliteration.slug(Self.stems(of: label).joined(separator: " "))
            st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
            absorb(st, other, first - 2)
            st.addSpan(other, first - 2, id: id)
          }
          t = named.last
          continue
        }
        guard namedAfter else { continue }
        // (a street is named after a person too: "улица Сянь Синхая", "проспект Абая")
        let street = Lexicon.streetNouns.contains(head.stem)
        let personNamed = street && st.entityKind(at: k) == .person && st.owner[k].map { st.spans[$0].first == k } == true
        guard st.owner[k] == nil || st.entityKind(at: k) == .city || st.entityKind(at: k) == .region || personNamed else { continue }
        // ("на проспектах и улицах Казахстана": streets of a country are no street's name; one
        // street named after a place bears the place's name as it stands, "на улице Хэнань")
        let placeNamed = street && st.owner[k] != nil && !personNamed && isOwnName(st, k)
          && !["ах", "ам", "ами", "ов"].contains(where: { st.toks[t].folded.hasByteSuffix($0) })
        if street, st.owner[k] != nil, !personNamed, !placeNamed { continue }
        var last = st.owner[k].map { st.spans[$0].last } ?? k
        // ("месторождения Верхний Кумарг": a capitalised adjective and the name it opens)
        if st.owner[k] == nil, k + 1 < n, st.gap(k, k + 1).elementsEqual([" "]), st.isCapName(k + 1), st.owner[k + 1] == nil, st.sentenceOf(k + 1) == st.sentenceOf(t),
          Morphology.isRussianAdjective(st.toks[k].folded)
        { last = k + 1 }
        var parts = 1
        while last + 1 < n, st.sentenceOf(last + 1) == st.sentenceOf(t), Self.dashJoined(st, last, last + 1),
          st.isCapName(last + 1) || st.entityKind(at: last + 1) == .city || st.entityKind(at: last + 1) == .region
        {
          last = st.owner[last + 1].map { st.spans[$0].last } ?? last + 1
          parts += 1
        }
        // one name must be the project's own ("месторождение Кашаган"), not a place it belongs
        // to; a port is named by its city ("порт Ляньюньган"), a deposit by its town's name as
        // it stands ("месторождения Жанатас", not "месторождения Казахстана")
        if parts == 1, st.owner[k] != nil, !street, !(head.stem == "порт" && st.entityKind(at: k) == .city),
          !(head.stem == "месторождени" && st.entityKind(at: k) == .city && isOwnName(st, k))
        { continue }
        // (a deposit's own name may end in -а as it stands: "месторождения Чорсада")
        // (and so may a pipeline's or road's name the catalogue lacks: "газопровод Сарыарка")
        if parts == 1, !street, Morphology.isRussianGenitive(st.toks[k].folded, afterPluralAdjective: false), st.toks[k].folded.hasByteSuffix("а") || st.toks[k].folded.hasByteSuffix("я"),
          st.owner[k] != nil
        { continue }
        // "к портам Персидского залива": an adjective before a common noun is not a name
        // (a function word after it shows a name: "месторождения Комаровское в …")
        if parts == 1, st.owner[k] == nil, Morphology.isRussianAdjective(st.toks[k].folded), k + 1 < n, st.joins(k, k + 1), !st.toks[k + 1].capitalized,
          !Self.russianFunctionWords.contains(st.toks[k + 1].folded)
        { continue }
        // the project of this head named by tokens from…to, its mention spanning span…to
        // ("дорога Север – Юг" in a headline is the "автодорога Север – Юг" of the text)
        // (and "линия электропередачи «Датка – Кашгар»" is the "ЛЭП «Датка – Кашгар»" of the text)
        let idHead = head.stem == "дорог" ? "автодорог" : head.stem == "лини" ? "лэп" : Morphology.stem(head.nominative)
        func addRoute(_ from: Int, _ to: Int, span: Int) {
          let label = head.nominative + " " + st.doc.slice(st.toks[from].start, st.toks[to].end)
          let id = Transliteration.slug(idHead + " " + (from...to).map { Morphology.stem(st.toks[$0].folded) }.joined(separator: " "))
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
          absorb(st, span, to)
          st.addSpan(span, to, id: id)
        }
        // (the person or place a street is named after is not mentioned there, as with "имени")
        if personNamed || placeNamed { release(st, k, last) }
        addRoute(k, last, span: t)
        t = last
        // "месторождения Солтон-Сары и Тереккан": a second free name after "и" is another of
        // the same kind (one word, or hyphenated, ending the phrase)
        if last + 2 < n, st.toks[last + 1].folded == "и", st.joins(last, last + 1), st.joins(last + 1, last + 2), st.owner[last + 2] == nil, st.isCapName(last + 2) {
          let e2 = hyphenatedNameEnd(st, from: last + 2)
          if !(e2 + 1 < n && st.joins(e2, e2 + 1) && st.toks[e2 + 1].capitalized) {
            addRoute(last + 2, e2, span: last + 2)
            t = e2
          }
        }
        continue
      } else if !cyr, st.toks[t].capitalized, st.doc.language == "it", Lexicon.projectHeadsIT.contains(f), !isSentenceStart(st, t) {
        // "Parco Tecnologico Uzbeko-Cinese", "Zona Economica Speciale di Khorgos": a capitalised
        // Italian project word and the capitalised words (and "di" + a name) after it
        var k = t + 1
        // ("Parco nazionale Ala-Archa": lower-case adjectives before the name)
        var adjectives = k
        while adjectives < n, adjectives - t <= 2, !st.toks[adjectives].capitalized, st.owner[adjectives] == nil, st.joins(adjectives - 1, adjectives),
          Self.isItalianAdjective(st.toks[adjectives].folded)
        { adjectives += 1 }
        if adjectives > k, adjectives < n, st.joins(adjectives - 1, adjectives), st.isCapName(adjectives), st.sentenceOf(adjectives) == st.sentenceOf(t) { k = adjectives }
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
      } else if !cyr, st.doc.language == "it", f == "aeroporto" || f == "stadio", let e = italianHonoreeAirport(st, t) {
        // "l'aeroporto internazionale Islam Karimov di Tashkent", "lo stadio Dolen Omurzakov di
        // Bishkek": the person the airport or stadium is named after is part of its name, no
        // mention of the person
        b = e
        for k in t...e where st.entityKind(at: k) == .person { release(st, k, k) }
      } else if !cyr, !st.toks[t].capitalized, st.doc.language == "it", f == "progetto", let e = italianFreeNameEnd(st, after: t),
        adjectiveEntity(st.toks[t + 1].folded) == nil, !Self.isItalianAdjective(st.toks[t + 1].folded)
      {
        // "il progetto Yoshlik": a project's own name, one free word (or words joined by
        // hyphens), right after the noun
        b = e
      } else if !cyr, !st.toks[t].capitalized, st.doc.language == "it", f == "programma" || f == "progetto", let e = italianLatinProgrammeEnd(st, after: t) {
        // "il programma EU-Kyrgyz Dairy": a programme's English name of two to four capitalised
        // words (an acronym or a country's adjective among them), right after the noun; the
        // name alone is the label
        release(st, t + 1, e)
        a = t + 1
        b = e
      } else if !cyr, !st.toks[t].capitalized, st.doc.language == "it", Lexicon.facilityNounsIT.contains(f),
        // (a cue phrase followed by the name is the phrase rule's: "miniera di Kumtor")
        !Lexicon.projectPhrasesIT.contains(where: { phrase in
          phrase.count + 1 <= n - t && zip(phrase, t..<(t + phrase.count)).allSatisfy { $0 == st.toks[$1].folded }
            && (st.isCapName(t + phrase.count) || st.owner[t + phrase.count] != nil)
        }),
        !(t > 0 && ["un", "uno", "una"].contains(st.toks[t - 1].folded)),  // "un impianto …": one of a kind, no name
        !(Lexicon.describedFacilityNounsIT.contains(f) && t + 1 < n && ["di", "del", "della"].contains(st.toks[t + 1].folded)),
        let end = italianFacilityName(st, t)
      {
        // "l'impianto di lavorazione del tungsteno di Boguty": a facility noun, what it does
        // (lower-case words), then "di" and its place
        b = end
      } else if !cyr, !st.toks[t].capitalized, st.doc.language == "it", Lexicon.projectPhraseOpeners.contains(f), let cue = Lexicon.projectPhrasesIT.first(where: { phrase in
        phrase.count >= 2 && phrase.last == "di" && phrase.count < n - t && zip(phrase.dropLast(), t..<(t + phrase.count - 1)).allSatisfy { $0 == st.toks[$1].folded }
          && st.gap(t + phrase.count - 2, t + phrase.count - 1).contains(where: Self.isOpeningQuote) && st.toks[t + phrase.count - 1].capitalized
      }), let e = quotedNameEnd(st, from: t + cue.count - 1, limit: 8) {
        // 'zona economica speciale "Parco nazionale industriale petrolchimico" di Atyrau': a
        // quoted name where "di" would stand, and the place after it
        b = e
        quotedEnd = e
        if e + 2 < n, ["di", "a", "ad"].contains(st.toks[e + 1].folded), st.sentenceOf(e + 2) == st.sentenceOf(t),
          st.entityKind(at: e + 2) == .city || st.entityKind(at: e + 2) == .region
        {
          b = st.owner[e + 2].map { st.spans[$0].last } ?? e + 2
        }
      } else if !cyr, !st.toks[t].capitalized || capitalisedBuildingCue(st, t), Lexicon.projectPhraseOpeners.contains(f), let cue = Lexicon.projectPhrasesIT.first(where: { phrase in
        // (a phrase's closing "di" may be elided with its article: "fortezza dell'Ark")
        // ("linea" alone only before places a dash joins: ``dashedPlaces(_:from:)``)
        (phrase.count + 1 <= n - t
          && zip(phrase, t..<(t + phrase.count)).allSatisfy {
            $0 == st.toks[$1].folded || $0 == "di" && $1 == t + phrase.count - 1
              && (Self.italianArticledDi.contains(st.toks[$1].folded) || phrase == ["canale", "di"] && ["del", "della"].contains(st.toks[$1].folded))
          }
          || countryAdjectiveBeforeDi(st, t, phrase)) && (phrase != ["linea"] || dashedPlaces(st, from: t + 1))
      }) {
        // "parco eolico di Zhanatas", "centrale idroelettrica di Turgusun" ("porto russo di
        // Novorossiysk": a country's adjective may stand before "di")
        let k = t + cue.count + (countryAdjectiveBeforeDi(st, t, cue) ? 1 : 0)
        guard k < n, st.isCapName(k) || st.owner[k] != nil, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k) else { continue }
        // ("l'hub logistico dell'Asia centrale": no site is named after a continent's part; the
        // phrase says what a country wants to be)
        if cue.last == "di", let o = st.owner[k], st.spans[o].first == k, st.entityKind(at: k) == .region, st.subkind(of: st.spans[o].key) == "macro-region" { continue }
        // ("la via Tole Bi", "il corso Abai": "via" and "corso" name a street only after an
        // article, and never a town, as "via Almaty" (through Almaty) and "nel corso di" do not)
        if cue.count == 1, ["via", "corso"].contains(cue[0]) {
          guard t > 0, Lexicon.italianStreetArticles.contains(st.toks[t - 1].folded), st.joins(t - 1, t),
            !(st.entityKind(at: k) == .city || st.entityKind(at: k) == .region || st.entityKind(at: k) == .project)
          else { continue }
        }
        // (a street named after a person: "corso Abai Kunanbayev", "piazza Abai"; the person is
        // not mentioned there)
        if cue.count == 1, Lexicon.streetNouns.contains(cue[0]), let o = st.owner[k], st.spans[o].first == k, st.entityKind(at: k) == .person {
          release(st, k, st.spans[o].last)
        }
        b = st.owner[k].map { st.spans[$0].last } ?? k
        // ("madrasa Mir-i Arab": a Persian izafet's lower-case "-i" joins two words of the name)
        while b + 2 < n, st.gap(b, b + 1).elementsEqual(["-"]), ["i", "e", "y", "ye"].contains(st.toks[b + 1].folded), !st.toks[b + 1].capitalized,
          st.gap(b + 1, b + 2).elementsEqual(["-"]) || st.gap(b + 1, b + 2).elementsEqual([" "]), st.isCapName(b + 2), st.owner[b + 2] == nil
        { b += 2 }
        // ("porto secco di Khorgos": a catalogued facility's name after its own cue phrase is one
        // mention of it, the phrase included)
        if let o = st.owner[k], st.spans[o].first == k, st.entityKind(at: k) == .project, st.entities[st.spans[o].key]?.catalogued == true {
          let id = st.spans[o].key
          release(st, k, b)
          st.addSpan(t, b, id: id)
          t = b
          continue
        }
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
        // ("l'aeroporto internazionale Issyk-Kul di Tamchy": an airport's own name, then its town)
        if cue[0] == "aeroporto", cue.last != "di", b + 2 < n, st.toks[b + 1].folded == "di", st.joins(b, b + 1), st.joins(b + 1, b + 2),
          st.entityKind(at: b + 2) == .city, st.sentenceOf(b + 2) == st.sentenceOf(t)
        {
          b = st.owner[b + 2].map { st.spans[$0].last } ?? b + 2
        }
        // ("strada Dushanbe-Chanak": a road is named by the places it joins, not by one street name)
        if cue.count == 1, ["strada", "autostrada"].contains(cue[0]), !(k..<b).contains(where: { st.gap($0, $0 + 1).count == 1 && "-–—".unicodeScalars.contains(st.gap($0, $0 + 1).first!) }) { continue }
      } else {
        continue
      }
      if (a...b).contains(where: { k in
        guard let o = st.owner[k], st.entityKind(at: k) != .city, st.entityKind(at: k) != .region else { return false }
        // (a route's endpoint, or a one-word project opening a Latin facility's name: "Kashagan
        // Gas Processing Plant")
        let oneWordProject = st.entityKind(at: k) == .project && st.spans[o].first == st.spans[o].last
        return !(oneWordProject && (route || k == a && !cyr && st.toks[t].capitalized && t > k + 1))
      }) { continue }
      var stems = (a...b).map { Morphology.stem(st.toks[$0].folded) }
      var label = st.text(a, b)
      // (a name that ends on the quoted one keeps its closing quote: 'parco tecnologico "Silk
      // Road"')
      if quotedEnd == b || Self.leavesQuoteOpen(label), closesQuote(st, b), st.toks[b].end < st.doc.scalars.count { label.unicodeScalars.append(st.doc.scalars[st.toks[b].end]) }
      if let h = kazakhHead {  // the name as it stands in the nominative: "… зауытын" → "… зауыты"
        stems[stems.count - 1] = h
        // ("«Достық» станциясы": the closing quote of a one-word quoted name stands in the gap)
        let closes = a > 0 && st.gap(a - 1, a).contains(where: { $0 == "«" || $0 == "“" }) && st.gap(b - 1, b).contains(where: { $0 == "»" || $0 == "”" })
        label = st.text(a, b - 1) + (closes ? "»" : "") + " " + h
        label = keepingOpeningQuote(st, a, label)  // "«Жетісу» индустриялық аймағы"
      }
      // a declined name is known by its nominative label ("Балхашского медеплавильного
      // завода" and "Балхашский медеплавильный завод" are one plant)
      if let l = nominativeLabel, kazakhHead == nil {
        stems = Self.stems(of: l)
      }
      // ("the Mes Aynak copper mine … copper deposit": a mine, a deposit and a field of one
      // name are one site), and the commodity is no part of the site's name ("KAZ Minerals'
      // Aktogay copper mine … the Aktogay mine")
      // (and so is a mining project named by its commodity: "the Andash copper-gold project")
      if !cyr, let last = stems.last, ["mine", "deposit", "field"].contains(last)
        || last == "project" && stems.count > 2 && Self.commodityWordsEN.contains(stems[stems.count - 2])
      {
        stems[stems.count - 1] = "deposit"
        while stems.count > 2, Self.commodityWordsEN.contains(stems[stems.count - 2]) { stems.remove(at: stems.count - 2) }
      }
      // ("miniera d'argento di Konimansur", "giacimento di argento e piombo di Bolshoi
      // Konimansur": an Italian mine and deposit are one site, known by its name's last word)
      if !cyr, st.doc.language == "it", ["miniera", "giacimento"].contains(st.toks[a].folded), b > a + 1, st.toks[b].capitalized {
        stems = ["giacimento", Morphology.stem(st.toks[b].folded)]
      }
      var id = Transliteration.slug(stems.joined(separator: " "))
      // a Russian facility named in full is the one its acronym names ("свободная
      // экономическая зона «Навои»" is "СЭЗ «Навои»")
      if cyr, let (long, short) = Self.russianAcronymExpansions.first(where: { id.hasPrefix($0.0) }) {
        id = short + id.dropFirst(long.count)
      } else if cyr, let (long, short) = Self.russianAcronymExpansions.first(where: { id.hasSuffix("-" + $0.0.dropLast()) }) {
        // ("Павлодарский нефтеперерабатывающий завод" = "Павлодарский НПЗ": the words after
        // the name's adjective too)
        id = String(id.dropLast(long.count - 1)) + short.dropLast()
      }
      if cyr, a == t, let head = Lexicon.agreementHeads.first(where: { st.cands[t].contains($0.key) })?.value {
        label = head + String(st.doc.slice(st.toks[t].end, st.toks[b].end))
      }
      if let l = nominativeLabel { label = l }
      // ("Il Pharma Park" after "Tashkent Pharma Park": a Latin name that ends a project's
      // longer name the text gave before is a short mention of that project)
      // (and so is a Russian one named by its cue and number: "ГРЭС-2" after "Экибастузская
      // ГРЭС-2")
      if !cyr || a == t && (t + 1...b).allSatisfy({ !Morphology.isCyrillic(st.toks[$0].folded) }), b > a, case let tail = " " + label,
        let longer = st.order.first(where: { x in st.entities[x].map { $0.kind == .project && $0.label.hasByteSuffix(tail) } ?? false })
      {
        absorb(st, a, b)
        st.addSpan(a, b, id: longer)
        t = b
        continue
      }
      // ("Tianshan Glaciological Station", "Issyk-Kul Biological Station": a station of
      // research is an institution that staff work at, a body)
      let researchStation = !cyr && b > a && st.toks[b].folded == "station" && Self.researchStationWordsEN.contains(st.toks[b - 1].folded)
      st.addDiscovered(id, label: label, kind: researchStation ? .organization : .project,
        subkind: researchStation ? "research" : cyr && a == t ? "agreement" : "infrastructure")
      absorb(st, a, b)
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  /// "ai cantieri di Dushanbe City", "стройка Bishkek City": in a Russian, Kazakh or Italian
  /// text, a town's Latin name and the English "City" after it, no further capitalised Latin
  /// word after them ("Almaty City Center"), name a business district built as a project, as the
  /// catalogue's Tashkent City is; an English text calls the town itself so. O(tokens).
  func townCityProjects(_ st: State) {
    guard ["ru", "kk", "it"].contains(st.doc.language) else { return }
    let n = st.toks.count
    for t in 1..<max(1, n) where st.toks[t].folded == "city" && st.toks[t].capitalized && st.owner[t] == nil {
      guard let o = st.owner[t - 1], st.spans[o].last == t - 1, st.entityKind(at: t - 1) == .city, isLatinName(st, t - 1),
        st.gap(t - 1, t).elementsEqual([" "]), st.sentenceOf(t) == st.sentenceOf(t - 1),
        !(t + 1 < n && st.joins(t, t + 1) && isLatinName(st, t + 1))
      else { continue }
      let a = st.spans[o].first
      let label = st.text(a, t)
      let id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
      absorb(st, a, t)
      st.addSpan(a, t, id: id)
    }
  }

  /// "Alatau City жобасы": a Latin name that a Kazakh text calls a project ("жобасы") is that
  /// project wherever the text names it, though a rule read the bare name as a company's brand
  /// ("Alatau City: қытайлық инвесторлар …"); the project is labelled by the name. O(projects ×
  /// organisations).
  func latinNamedProjects(_ st: State) {
    guard st.doc.language == "kk" else { return }
    let head = " жобасы"
    for pid in st.order {
      guard let p = st.entities[pid], p.kind == .project, !p.catalogued, p.label.hasSuffix(head) else { continue }
      let name = String(p.label.dropLast(head.count))
      guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }), !name.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) else { continue }
      for oid in st.order where oid != pid {
        guard let o = st.entities[oid], o.kind == .organization, !o.catalogued, o.label == name else { continue }
        moveMentions(st, of: oid, to: pid)
      }
      st.entities[pid]?.label = name
    }
  }

  /// "the Bishkek free zone" and "the Bishkek Free Economic Zone", in either order: a Latin
  /// (or Kazakh: "Солтон-Сары кеніші", "Солтон-Сары алтын кеніші") project's name that leaves
  /// out inner words of another's (``shortens(_:_:)``), or names the same zone with other
  /// words for its sort (``sameZone(_:_:)``), is a short mention of that project, whose
  /// mentions it joins; so is an Italian plant's generic noun before the place of the text's
  /// one works of that place ("fabbrica di Tejen" of "zuccherificio di Tejen"). O(projects²).
  func shortenedProjects(_ st: State) {
    // (each label's folded words, worked out once for all the pairs)
    let projects: [(id: String, words: [String])] = st.order.compactMap { id in
      // (Kazakh labels stand in the nominative, as Latin ones do; Russian ones may not)
      guard let e = st.entities[id], e.kind == .project, !e.mentions.isEmpty, st.doc.language == "kk" || !Morphology.isCyrillic(Normalizer.fold(e.label)) else { return nil }
      // ("the Bishkek heating plant" shortens "the Bishkek Combined Heat and Power Plant")
      // ("«Бақты» автомобиль өткізу бекеті" shortens to "Бақты өткізу бекеті": quotes aside)
      return (id, e.label.split(separator: " ").map { w in
        let f = Normalizer.fold(String(Self.trimmingQuotes(String(w))))
        return f == "heating" ? "heat" : f
      })
    }
    for short in projects {
      guard let long = projects.first(where: { $0.id != short.id && (Self.shortens(short.words, $0.words) || Self.sameZone(short.words, $0.words) && short.words.count < $0.words.count) })
      else { continue }
      moveMentions(st, of: short.id, to: long.id)
    }
    // ("lo zuccherificio di Tejen … la fabbrica di Tejen": an Italian plant's generic noun
    // before the same place as the text's one works of that place, named for what it makes,
    // is that works)
    // (and "la centrale GRES-1 di Ekibastuz … la centrale di Ekibastuz": a power plant's
    // generic noun before a town is the text's one power plant named with that town)
    guard st.doc.language == "it" else { return }
    func works(_ w: String) -> Bool { w.hasByteSuffix("ificio") || ["raffineria", "acciaieria", "fonderia"].contains(w) }
    func powerPlant(_ words: [String]) -> Bool {
      words.contains { w in ["gres", "tpp", "hpp", "chp", "ges", "tes", "centrale"].contains { w == $0 || w.hasBytePrefix($0 + "-") } }
    }
    for short in projects where short.words.count >= 3 && ["fabbrica", "stabilimento", "impianto", "centrale"].contains(short.words[0]) && short.words[1] == "di" {
      let town = short.words.dropFirst(2)
      let named = projects.filter { p in
        guard p.id != short.id else { return false }
        if short.words[0] != "centrale" { return works(p.words[0]) && p.words.dropFirst().elementsEqual(short.words.dropFirst()) }
        return p.words.count > town.count && powerPlant(p.words)
          && (0...(p.words.count - town.count)).contains { p.words[$0..<($0 + town.count)].elementsEqual(town) }
      }
      guard named.count == 1, st.entities[short.id]?.mentions.isEmpty == false else { continue }
      moveMentions(st, of: short.id, to: named[0].id)
    }
  }

  /// "the Port of Baku": in English a capitalised "Port" or "Seaport", "of" and a town's mention
  /// after it name the town's port, a project (the town stays a mention inside it), unless a
  /// capitalised word before "Port" opens a longer name. O(tokens).
  func portsOfTowns(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for t in 0..<max(0, n - 2) where st.owner[t] == nil && st.toks[t].capitalized && (st.toks[t].folded == "port" || st.toks[t].folded == "seaport") {
      guard st.toks[t + 1].folded == "of", st.joins(t, t + 1), st.joins(t + 1, t + 2), let o = st.owner[t + 2], st.spans[o].first == t + 2,
        st.entityKind(at: t + 2) == .city, st.sentenceOf(t + 2) == st.sentenceOf(t),
        !(t > 0 && st.joins(t - 1, t) && st.toks[t - 1].capitalized && !isSentenceStart(st, t - 1) && !Lexicon.stopCapitalized.contains(st.toks[t - 1].folded))
      else { continue }
      let last = st.spans[o].last
      let label = st.text(t, last)
      let id = Transliteration.slug(label)
      release(st, t + 2, last)
      st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
      st.addSpan(t, last, id: id)
    }
  }

  /// "the gold mine of Upper Kumarg", "the deposit of Kuru-Tegerek": in English, a mining
  /// noun after "the" or a commodity, then "of" and one to three capitalised Latin words no
  /// rule has read, names a mine by those words (the mention is the name alone, as the text
  /// writes it elsewhere). O(tokens).
  func englishMinesOf(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    // (a name read ends where the next search may start)
    var free = 0
    for t in 1..<max(1, n - 2) where t >= free && ["mine", "deposit", "deposits", "mines"].contains(st.toks[t].folded) {
      func nameWord(_ k: Int) -> Bool { st.owner[k] == nil && st.isCapName(k) && isLatinName(st, k) && latinNameWord(st, k) }
      guard !st.toks[t].capitalized, st.owner[t] == nil, st.toks[t - 1].folded == "the" || Self.commodityWordsEN.contains(st.toks[t - 1].folded),
        st.toks[t + 1].folded == "of", st.joins(t, t + 1), st.joins(t + 1, t + 2), st.sentenceOf(t + 2) == st.sentenceOf(t), nameWord(t + 2)
      else { continue }
      var e = t + 2
      while e + 1 < n, e - t < 4, st.joins(e, e + 1), nameWord(e + 1) { e += 1 }
      let label = st.text(t + 2, e), id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .project, subkind: "deposit")
      st.addSpan(t + 2, e, id: id)
      free = e + 1
    }
  }

  /// "рудника Иштамберды" and "месторождению Иштамберды", "miniera di Kumtor" and "giacimento
  /// di Kumtor", "the Kara-Keche coal field" and "the Kara-Keche open pit": a mine and a
  /// deposit of one name are one site. A discovered project whose label is a Russian or
  /// Italian mining noun (after any adjectives) and a name, or a name and English commodity
  /// and mining words, joins the first project the text read so with that name.
  /// O(projects × label words).
  func miningSiteNames(_ st: State) {
    let nouns: Set<String> = ["рудник", "месторождение", "шахта", "карьер", "разрез", "прииск", "miniera", "giacimento"]
    let english: Set<String> = ["mine", "deposit", "field", "pit", "quarry"]
    var first: [String: String] = [:]  // the name's folded words → the first such project
    for id in st.order {
      guard let e = st.entities[id], e.kind == .project, !e.catalogued, !e.mentions.isEmpty else { continue }
      let words = e.label.split(separator: " ").map { Normalizer.fold(String($0)) }
      var rest: ArraySlice<String>
      if let i = words.firstIndex(where: nouns.contains) {
        rest = words[(i + 1)...]
        if let w = rest.first, ["di", "del", "della"].contains(w) { rest = rest.dropFirst() }
      } else if let last = words.last, english.contains(last) {
        rest = words.dropLast()
        while let w = rest.last, w == "open" || Self.commodityWordsEN.contains(w) { rest = rest.dropLast() }
      } else {
        continue
      }
      guard !rest.isEmpty else { continue }
      let name = rest.joined(separator: " ")
      if let f = first[name] { moveMentions(st, of: id, to: f) } else { first[name] = id }
    }
  }

  /// Whether token `t` closes a numbered heading line ("2. Peng Sheng Industrial Park", a
  /// list's item): a number and a full stop open its line, and no word of it reads as a
  /// headline's verb (a word in -s other than a company's or a site's: "… Opens Solar
  /// Plant"). O(line).
  func isNumberedHeading(_ st: State, endingAt t: Int) -> Bool {
    let r = st.sentenceTokens[st.sentenceOf(t)]
    guard let f = r.first, t == r.last, t + 1 == st.toks.count || st.gap(t, t + 1).contains("\n") else { return false }
    let numbered = st.isNumeral(f) && f < t && st.gap(f, f + 1).first == "."
      || f > 0 && st.isNumeral(f - 1) && st.gap(f - 1, f).first == "." && !st.gap(f - 1, f).contains("\n")
        && (f - 1 == 0 || st.gap(f - 2, f - 1).contains("\n") || st.gap(f - 2, f - 1).contains("#"))
    return numbered && !(f...t).contains { k in
      let w = st.toks[k].folded
      return w.utf8.count >= 4 && w.hasByteSuffix("s") && !["ss", "us", "is"].contains(where: { w.hasByteSuffix($0) })
        && !Lexicon.subsidiaryWords.contains(w) && !Lexicon.industryWords.contains(w) && !Lexicon.projectWordsEN.contains(w) && st.owner[k] == nil
    }
  }

  /// Whether two Latin zone names differ only in the words that say what sort of zone it is
  /// ("Angren free zone", "Angren special economic zone"). O(words).
  static func sameZone(_ a: [String], _ b: [String]) -> Bool {
    let sorts: Set<String> = ["free", "special", "economic"]
    guard a.count >= 3, b.count >= 3, a.last == "zone", b.last == "zone" else { return false }
    let x = a.filter { !sorts.contains($0) }, y = b.filter { !sorts.contains($0) }
    return x.count >= 2 && x == y
  }

  /// Whether the folded words `s` are the folded words `l` with some inner words left out: the
  /// same first and last word, the rest in order ("bishkek free zone" of "bishkek free economic
  /// zone"). O(words).
  static func shortens(_ s: [String], _ l: [String]) -> Bool {
    guard s.count >= 2, l.count > s.count, s.first == l.first, s.last == l.last else { return false }
    var i = 0
    for w in l where i < s.count && w == s[i] { i += 1 }
    return i == s.count
  }

  /// Whether a place's mention opens at token `k` and a dash joins another place's right after
  /// it ("Baku–Tbilisi–Kars"): what "la linea" must be followed by to name a line. O(1).
  func dashedPlaces(_ st: State, from k: Int) -> Bool {
    guard k < st.toks.count, let o = st.owner[k], st.spans[o].first == k, [.city, .region].contains(st.entityKind(at: k)) else { return false }
    let next = st.spans[o].last + 1
    return next < st.toks.count && Self.dashJoined(st, next - 1, next) && [.city, .region].contains(st.entityKind(at: next))
  }

  /// The possessive head ("стадионы") of a Kazakh sports venue's noun in any case at token
  /// `t` where the noun takes no possessive: after a person's name and "атындағы" ("Абай
  /// атындағы стадионда", "… атындағы орталық стадионда": up to two lower-case words between)
  /// or right after a capitalised name ("Орталық стадионда"); nil elsewhere. O(1).
  func kazakhVenueHead(_ st: State, _ t: Int) -> String? {
    let f = st.toks[t].folded
    guard let head = [("стадион", "стадионы"), ("арена", "аренасы"), ("ипподром", "ипподромы")].first(where: { f.hasBytePrefix($0.0) })?.1 else { return nil }
    // ("Алматыдағы Орталық стадионда": a capitalised word inside a sentence right before the
    // noun is the venue's name)
    if t > 0, st.toks[t - 1].capitalized, st.owner[t - 1] == nil, st.joins(t - 1, t), !isSentenceStart(st, t - 1), Morphology.isCyrillic(st.toks[t - 1].folded),
      !Morphology.hasKazakhCaseEnding(st.toks[t - 1].folded)
    { return head }
    var k = t - 1
    while k >= 0, t - k <= 3, st.toks[k].folded != "атындағы", !st.toks[k].capitalized, st.owner[k] == nil, st.joins(k, k + 1) { k -= 1 }
    return k >= 0 && t - k <= 3 && st.toks[k].folded == "атындағы" && st.joins(k, k + 1) ? head : nil
  }

  /// Whether the Italian phrase `phrase` (ending in "di") stands at token `t` with a country's
  /// lower-case adjective before its "di" ("porto russo di", "aeroporto kazako di"). O(phrase).
  func countryAdjectiveBeforeDi(_ st: State, _ t: Int, _ phrase: [String]) -> Bool {
    let j = t + phrase.count - 1  // where "di" would stand
    guard phrase.count >= 2, phrase.last == "di", j + 2 < st.toks.count, st.toks[j + 1].folded == "di",
      zip(phrase.dropLast(), t..<j).allSatisfy({ $0 == st.toks[$1].folded }), !st.toks[j].capitalized, st.owner[j] == nil,
      let c = adjectiveEntity(st.toks[j].folded)
    else { return false }
    return c.kind == .region && Lexicon.governedRegionSubkinds.contains(c.subkind ?? "")
  }

  /// Slug prefixes of Russian facility kinds written in full, and their acronym's slug prefix.
  static let russianAcronymExpansions: [(String, String)] = [
    ("svobodn-ekonomichesk-zon-", "sez-"), ("spetsialn-ekonomichesk-zon-", "sez-"), ("osob-ekonomichesk-zon-", "oez-"),
    ("solnechn-elektrostantsi-", "ses-"), ("vetrov-elektrostantsi-", "ves-"), ("vetroelektrostantsi-", "ves-"),
    ("gidroelektrostantsi-", "ges-"), ("atomn-elektrostantsi-", "aes-"), ("neftepererabatyvayushch-zavod-", "npz-"),
    ("gazopererabatyvayushch-zavod-", "gpz-"),
  ]

  /// English commodity words between a site's name and "mine"/"deposit"/"field", which do
  /// not tell two sites apart ("the Aktogay copper mine" is "the Aktogay mine").
  static let commodityWordsEN: Set<String> = [
    "copper", "gold", "coal", "gas", "oil", "iron", "ore", "uranium", "lithium", "tungsten", "zinc", "silver", "lead", "polymetallic",
    "molybdenum", "nickel", "chromium", "chrome", "manganese", "bauxite", "phosphate", "potash", "antimony", "condensate",
  ]

  /// Route heads that a capitalised adjective before them may name, and the noun the
  /// adjective agrees with ("Трансафганская железная дорога", "Транскаспийский газопровод").
  static let adjectiveNamedRouteNouns: [String: String] = [
    "железн": "дорога", "газопровод": "газопровод", "нефтепровод": "нефтепровод", "трубопровод": "трубопровод", "коридор": "коридор",
    "магистрал": "магистраль",
    // ("Шалкиинского месторождения" → "Шалкиинское месторождение")
    "месторождени": "месторождение",
    // ("Большого Ферганского канала" → "Большой Ферганский канал"; a place's adjective only:
    // "Первый канал" is a TV channel)
    "канал": "канал",
  ]

  /// Ordinal stems (folded UTF-8, scalar count) and their value.
  static let ordinals: [(stem: [UInt8], count: Int, value: Int)] = [
    ("перв", 1), ("втор", 2), ("трет", 3), ("четвер", 4), ("пят", 5), ("шест", 6), ("first", 1), ("second", 2), ("third", 3),
    ("fourth", 4), ("fifth", 5), ("sixth", 6), ("prim", 1), ("second", 2), ("terz", 3), ("quart", 4), ("бірінші", 1),
    ("екінші", 2), ("үшінші", 3),
  ].map { (Array($0.0.utf8), $0.0.unicodeScalars.count, $0.1) }

  /// Italian articles and articled prepositions that open a sentence capitalised ("Nella
  /// madrasa …"): no name of what the noun after them names.
  static let italianSentenceOpeners: Set<String> = ["nella", "nel", "nello", "negli", "nelle", "della", "del", "sulla", "sul", "alla", "al", "dalla", "dal", "la", "il", "lo", "le", "gli", "una", "un", "l"]

  /// A Kazakh word that places rather than names: a locative ("қаласында", "ауданда") or a
  /// place noun ("қаласы", "облысы"); a facility's name does not run over it.
  static func isKazakhPlacePhrase(_ st: State, _ k: Int) -> Bool {
    if st.cands[k].contains(where: { Lexicon.placeCues[$0] != nil }) { return true }
    return Morphology.hasKazakhLocativeEnding(st.toks[k].folded, longerThan: 4)
  }

  /// Whether a closing quote stands in the gaps of the `k` tokens before `t` (a cheap test
  /// before looking for a list of quoted names).
  static func closingQuote(_ st: State, within k: Int, before t: Int) -> Bool {
    (max(1, t - k + 1)...max(1, t)).contains { i in i <= t && i < st.toks.count && st.gap(i - 1, i).contains { $0 == "»" || $0 == "”" || $0 == "\"" } }
  }

  /// The token of a unit's number right after a plant acronym ("ТЭЦ-3", "ТЭЦ № 2"), or nil.
  static func unitNumber(_ st: State, after t: Int) -> Int? {
    guard t + 1 < st.toks.count, st.isNumeral(t + 1),
      st.toks[t + 1].folded.unicodeScalars.count <= 2
    else { return nil }
    let g = st.gap(t, t + 1).filter { $0 != " " }
    return g.elementsEqual(["-"]) || g.elementsEqual(["№"]) ? t + 1 : nil
  }

  /// The first token of a capitalised place adjective and up to two lower-case adjectives
  /// right before `t` ("Балхашского медеплавильного"), not opening a sentence and not a
  /// country's adjective alone ("Китайский завод" is any Chinese plant; "Киргизский
  /// горно-металлургический комбинат", with a trade's adjective, is a plant's name), or nil.
  func placeAdjectiveRun(_ st: State, before t: Int) -> Int? {
    var j = t - 1
    var adjectives = 0
    while j > 0, !st.toks[j].capitalized, st.owner[j] == nil, st.joins(j, j + 1) {
      // ("титано-магниевого": the first part of a compound adjective is no adjective of its own)
      let compoundPart = j + 1 < t && st.gap(j, j + 1).elementsEqual(["-"])
      guard compoundPart || (adjectives < 2 && Morphology.isRussianAdjective(st.toks[j].folded)) else { break }
      if !compoundPart { adjectives += 1 }
      j -= 1
    }
    guard j >= 0, j < t, st.toks[j].capitalized, st.joins(j, j + 1), st.sentenceOf(j) == st.sentenceOf(t),
      Morphology.isRussianAdjective(st.toks[j].folded),
      adjectives >= 1 || adjectiveEntity(st.toks[j].folded).map({ $0.subkind != "country" }) ?? true
    else { return nil }
    // "Усть-Каменогорского": a hyphenated place adjective, which the city's name may have read
    var first = j
    if j > 0, st.toks[j - 1].capitalized, st.gap(j - 1, j).elementsEqual(["-"]) { first = j - 1 }
    let free = (first...j).allSatisfy { st.owner[$0] == nil }
    // (or a town's one-word adjective the catalogue read as the town: "Магнитогорский
    // металлургический комбинат")
    let city = st.owner[first].map { st.spans[$0].first == first && st.spans[$0].last == j && st.entityKind(at: j) == .city } == true
    guard free || city, !isSentenceStart(st, first) else { return nil }
    return first
  }

  /// The adjectives of tokens first..<t in the nominative, agreeing with `noun`, the first
  /// capitalised and a compound's first part as written ("Усть-Каменогорского
  /// титано-магниевого" → "Усть-Каменогорский титано-магниевый").
  func nominativeAdjectives(_ st: State, _ first: Int, _ t: Int, agreeingWith noun: String) -> String {
    var words: [String] = []
    var prefix = ""
    for k in first..<t {
      if st.gap(k, k + 1).elementsEqual(["-"]) {
        prefix += st.original(k) + "-"
        continue
      }
      let word = Morphology.nominativeAdjective(st.original(k), agreeingWith: noun)
      words.append(prefix + (words.isEmpty ? word : word.lowercased()))
      prefix = ""
    }
    return words.joined(separator: " ")
  }

  /// Whether two tokens are joined by one dash, with or without spaces ("Китай – Кыргызстан",
  /// "Vahdat–Yavan").
  static func dashJoined(_ st: State, _ a: Int, _ b: Int) -> Bool {
    guard a >= 0, b < st.toks.count else { return false }
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
      // ("a 500-MW Caspian wind farm", "1 GW wind farm": a unit after a number is no name)
      if k > 0, ["mw", "gw", "kw", "km", "kv", "mwh", "gwh", "twh", "bcm"].contains(st.toks[k].folded),
        st.gap(k - 1, k).elementsEqual(["-"]) || st.isNumeral(k - 1)
      { return false }
      guard st.toks[k].capitalized, !Lexicon.stopCapitalized.contains(st.toks[k].folded), !isSentenceStartAndCommon(st, k),
        Self.role(of: st, at: k) == nil, !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded),
        // ("New ferry line links …": a describing word opening a sentence names nothing)
        !(isSentenceStart(st, k) && st.owner[k] == nil && Lexicon.describingWordsEN.contains(st.toks[k].folded))
      else { return false }
      if st.owner[k] == nil {
        // ("Trans-Afghan railway": a prefixed country adjective names the route, not the country)
        let prefixed = k > 0 && st.gap(k - 1, k).elementsEqual(["-"]) && Lexicon.placePrefixes.contains(st.toks[k - 1].folded)
        return adjectiveEntity(st.toks[k].folded) == nil || Morphology.isCyrillic(st.toks[k].folded) || prefixed
      }
      // a one-word project joined by a dash is a route's end ("Altynkol–Khorgos")
      if st.entityKind(at: k) == .project, let o = st.owner[k], st.spans[o].first == st.spans[o].last {
        return (k > 0 && Self.dashJoined(st, k - 1, k)) || (k + 1 < st.toks.count && Self.dashJoined(st, k, k + 1))
      }
      return st.entityKind(at: k) == .city || st.entityKind(at: k) == .region
    }
    guard e >= 0, ok(e) else { return nil }
    var a = st.owner[e].map { st.spans[$0].first } ?? e
    while a > 0, e - a < 4, st.sentenceOf(a - 1) == st.sentenceOf(e) {
      if st.joins(a - 1, a) || Self.dashJoined(st, a - 1, a), ok(a - 1) {
        a = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
      } else if a >= 2, !st.toks[a - 1].capitalized, st.toks[a - 1].end - st.toks[a - 1].start <= 3, st.gap(a - 2, a - 1).elementsEqual(["-"]),
        st.gap(a - 1, a).elementsEqual(["-"]), st.owner[a - 1] == nil, ok(a - 2)
      {
        // ("Shah-i-Zinda", "Mazar-i-Sharif": a particle between hyphens)
        a = st.owner[a - 2].map { st.spans[$0].first } ?? a - 2
      } else {
        break
      }
    }
    var places = 0
    var k = a
    while k <= e {
      if let o = st.owner[k] { places += 1; k = st.spans[o].last + 1 } else { k += 1 }
    }
    return (a, places)
  }

  /// "по магистрали Бейнеу – Бозой – Шымкент" beside "газопровода Бейнеу – Бозой – Шымкент":
  /// a trunk line or route ("магистраль", "трасса", which may be a pipeline, a railway or a
  /// road) is the route of the same name that the text names by what it is. O(projects²).
  func trunkLineMentions(_ st: State) {
    let projects = st.order.filter { st.entities[$0]?.kind == .project }
    let heads = ["магистраль ", "трасса "]
    for id in projects where st.entities[id]?.catalogued == false {
      // (another project a mention of which is a noun and the same name)
      guard let label = st.entities[id]?.label, let head = heads.first(where: { label.hasPrefix($0) }), case let name = label.dropFirst(head.count),
        let other = projects.first(where: { o in
          o != id && (st.entities[o]?.mentions ?? []).contains { m in
            // (a noun of more words before a route of more stops: "железной дороги Китай – Кыргызстан – Узбекистан")
            guard let space = m.text.firstIndex(of: " "), !["магистрал", "трасс"].contains(where: { m.text.lowercased().hasPrefix($0) }) else { return false }
            return m.text[m.text.index(after: space)...] == name || name.contains("–") && m.text.hasSuffix(" " + name)
          }
        })
      else { continue }
      moveMentions(st, of: id, to: other)
    }
  }

  /// "ГРЭС-2" beside "Экибастузской ГРЭС-2": a discovered project whose whole label is the
  /// last word of one other project's mention (a coded plant: letters, a hyphen, a number) is
  /// that project. O(projects²).
  func codedPlantMentions(_ st: State) {
    let projects = st.order.filter { st.entities[$0]?.kind == .project }
    for id in projects where st.entities[id]?.catalogued == false {
      guard let label = st.entities[id]?.label, !label.contains(" "), label.contains("-"), label.last?.isNumber == true else { continue }
      let others = projects.filter { o in o != id && (st.entities[o]?.mentions ?? []).contains { $0.text.hasSuffix(" " + label) } }
      guard others.count == 1, let other = others.first else { continue }
      moveMentions(st, of: id, to: other)
    }
  }

  /// "медресе Амир Тура", "мавзолея Ходжа Ахмеда Ясави", "мечети Биби-Ханым": a Russian
  /// landmark's noun and the one to four capitalised Cyrillic words after it (a ruler's or
  /// saint's name as it stands) name the landmark, a project labelled with the noun's
  /// nominative; a museum so named is a body ("музея Шокана Уалиханова"), also after a
  /// catalogued route's name of several words ("музея Великого шёлкового пути"). Words a
  /// person's name holds are the landmark's; a place alone after the noun says whose landmarks
  /// ("мечети Кашгара"), and the catalogue's landmarks are read already. O(tokens).
  func russianLandmarks(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      let f = st.toks[t].folded
      guard st.owner[t] == nil, !st.toks[t].capitalized,
        let noun = Lexicon.russianLandmarkNouns.first(where: { f.hasBytePrefix($0.stem) && f.unicodeScalars.count <= $0.stem.unicodeScalars.count + 3 })
      else { continue }
      let k = t + 1
      guard st.gap(t, k).elementsEqual([" "]), st.isCapName(k), Morphology.isCyrillic(st.toks[k].folded), st.sentenceOf(k) == st.sentenceOf(t) else { continue }
      var b = hyphenatedNameEnd(st, from: k, free: false)
      while b + 1 < n, b - k < 3, st.sentenceOf(b + 1) == st.sentenceOf(t), st.gap(b, b + 1).elementsEqual([" "]), st.isCapName(b + 1),
        Morphology.isCyrillic(st.toks[b + 1].folded)
      { b = hyphenatedNameEnd(st, from: b + 1, free: false) }
      if noun.kind == .organization, let o = st.owner[k], st.spans[o].first == k, st.spans[o].last > b, st.sentenceOf(st.spans[o].last) == st.sentenceOf(t) {
        b = st.spans[o].last
      }
      // ("мастер из монастыря Шаолинь Ши Яньлун": a person read after the name's first words is
      // the phrase's subject, not the landmark's name)
      if b > k, let p = ((k + 1)...b).first(where: { j in st.owner[j].map { st.spans[$0].first == j && st.entityKind(at: j) == .person } == true }) { b = p - 1 }
      let inside = { (o: Int) in st.spans[o].first >= k && st.spans[o].last <= b }
      // (a museum may bear a catalogued place's name of several words, the Silk Road's:
      // "музея Великого шёлкового пути"; not a country's)
      let namedByPlace = noun.kind == .organization && b > k && st.owner[k].map { o in
        st.spans[o].first == k && st.spans[o].last == b && st.entityKind(at: k) == .region && st.subkind(of: st.spans[o].key) != "country"
      } == true
      func held(by kinds: [EntityKind]) -> Bool {
        (k...b).allSatisfy { j in st.owner[j].map { o in inside(o) && st.entityKind(at: j).map(kinds.contains) == true } ?? true }
      }
      guard held(by: [.person]) || (k...b).contains(where: { st.owner[$0] == nil }) && held(by: [.person, .city]) || namedByPlace
      else { continue }
      // (a role before the noun makes the person after it the role's holder: "директора музея
      // Майрамкан Абылкасымовой" names the museum's director)
      if t > 0, Self.role(of: st, at: t - 1) != nil, !namedByPlace, b > k || st.entityKind(at: k) == .person { continue }
      release(st, k, b)
      let name = st.doc.slice(st.toks[k].start, st.toks[b].end)
      let id = Transliteration.slug(noun.nominative + " " + name)
      st.addDiscovered(id, label: noun.nominative + " " + name, kind: noun.kind, subkind: noun.kind == .project ? "landmark" : nil)
      st.addSpan(t, b, id: id)
      t = b
    }
  }

  /// "из Международного аэропорта Ташкент имени Ислама Каримова", "в аэропорту Манас", "с
  /// космодрома Байконур": a Russian airport or spaceport named by its town without quotes
  /// (the quoted ones are read with the other facilities), the adjectives before it and the
  /// name it bears after "имени" included; the label is in the nominative ("Международный
  /// аэропорт Ташкент …"). Mentions of one airport of one town meet however the town is
  /// declined ("аэропорт Оша", "международного аэропорта Ош"), under the label with the most
  /// words; an airport that a company the text names bears ("ОАО «Международный аэропорт
  /// «Манас»") is that company's mention. O(tokens + airports × entities).
  func russianAirports(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    // the airports found, grouped by their noun and town
    var found: [(a: Int, b: Int, k: Int, label: String, group: String)] = []
    for t in 0..<max(0, n - 1) where st.owner[t] == nil {
      guard let noun = Lexicon.russianSiteNouns.first(where: { st.toks[t].folded.hasBytePrefix($0) && st.toks[t].folded.unicodeScalars.count <= $0.unicodeScalars.count + 2 }) else { continue }
      let k = t + 1
      guard st.joins(t, k), st.gap(t, k).elementsEqual([" "]), st.isCapName(k), st.sentenceOf(k) == st.sentenceOf(t),
        st.owner[k] == nil || st.entityKind(at: k) == .city && st.owner[k].map({ st.spans[$0].first == k }) == true
      else { continue }
      var b = st.owner[k].map { st.spans[$0].last } ?? hyphenatedNameEnd(st, from: k)
      if b + 1 < n, let e = honoreeEnd(st, b + 1) {
        release(st, b + 2, e)
        b = e
      }
      var a = t
      while a > 0, t - a < 2, st.owner[a - 1] == nil, Morphology.isRussianAdjective(st.toks[a - 1].folded), st.joins(a - 1, a), st.sentenceOf(a - 1) == st.sentenceOf(t),
        !isPlaceAdjective(st, a - 1) || st.toks[a - 1].capitalized
      { a -= 1 }
      let adjectives = (a..<t).map { Morphology.nominativeAdjective(st.original($0), agreeingWith: noun) }
      let head = a == t && st.toks[t].capitalized ? noun.prefix(1).uppercased() + noun.dropFirst() : noun
      var words = adjectives.enumerated().map { $0.offset == 0 ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : $0.element.lowercased() }
      words.append(head)
      let name = String(st.doc.slice(st.toks[k].start, st.toks[b].end))
      let label = (words + [name]).joined(separator: " ")
      // "генеральный директор аэропорта Манас" after ОАО «Международный аэропорт «Манас»
      let nameKey = Normalizer.fold(name)
      if let company = st.order.first(where: { id in
        guard let e = st.entities[id], e.kind == .organization, !e.catalogued else { return false }
        let words = Segmenter.words(in: Array(e.label.unicodeScalars)).map(\.folded)
        return words.contains(where: { $0.hasBytePrefix(noun) }) && Normalizer.fold(e.label).hasSuffix(nameKey + "\"")
      }) {
        absorb(st, k, b)
        st.addSpan(a, b, id: company)
        continue
      }
      // (the town's entity when the name is the town's alone, else the name)
      let town = st.owner[k].flatMap { o in st.spans[o].last == b ? st.spans[o].key : nil }
      found.append((a, b, k, label, noun + " " + (town ?? label)))
    }
    // each group's label: the one with the most words, the first of those
    var best: [String: String] = [:]
    for item in found where best[item.group].map({ $0.split(separator: " ").count < item.label.split(separator: " ").count }) ?? true {
      best[item.group] = item.label
    }
    for item in found {
      let label = best[item.group]!
      // ("аэропорт Туркестана" after "Международный аэропорт «Туркестан»", which the quoted
      // facilities' rule read: an airport quoted by its town's name is that town's airport)
      let town = st.owner[item.k].flatMap { o in st.spans[o].last == item.b ? st.entities[st.spans[o].key] : nil }
      let quoted = town.flatMap { town in quotedAirport(st, named: [town.label] + Array(town.labels.values) + town.aliases) }
      let id = quoted ?? Transliteration.slug(label)
      if quoted == nil { st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure") }
      absorb(st, item.k, item.b)
      st.addSpan(item.a, item.b, id: id)
    }
  }

  /// The discovered airport whose label quotes one of `names` ("Международный аэропорт
  /// «Туркестан»"), or nil. O(entities).
  func quotedAirport(_ st: State, named names: [String]) -> String? {
    let keys = Set(names.map { Normalizer.fold($0) })
    return st.order.first { id in
      guard let e = st.entities[id], e.kind == .project, !e.catalogued, !e.mentions.isEmpty, Normalizer.fold(e.label).contains("аэропорт"),
        let open = e.label.firstIndex(of: "«"), let close = e.label[open...].firstIndex(of: "»")
      else { return false }
      return keys.contains(Normalizer.fold(String(e.label[e.label.index(after: open)..<close])))
    }
  }

  /// "the Angren–Pap railway … the Angren–Pap line": a project the text discovered, named by
  /// the same words before another rail noun ("railway", "railroad", "line"), or in Italian
  /// after one ("ferrovia Bakhty-Ayagoz … linea Bakhty-Ayagoz"), as a project read before it
  /// (or the catalogue's), is that one; a dash and a hyphen between the towns are alike.
  /// O(entities).
  func sameRailRoutes(_ st: State) {
    var byName: [String: String] = [:]
    // (the catalogue's projects first, then the discovered ones in text order)
    let ordered = st.order.filter { st.entities[$0]?.catalogued == true } + st.order.filter { st.entities[$0]?.catalogued != true }
    for id in ordered {
      guard let e = st.entities[id], e.kind == .project, !e.mentions.isEmpty, e.label.contains(" ") else { continue }
      var words = e.label.lowercased().split(separator: " ").map(String.init)
      if Lexicon.railNouns.contains(words[words.count - 1]) {
        words.removeLast()
      } else if let opener = [["linea", "ferroviaria"], ["ferrovia"], ["linea"]].first(where: { words.starts(with: $0) && words.count > $0.count }) {
        words.removeFirst(opener.count)
      } else {
        continue
      }
      let name = words.joined(separator: " ").replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
      if let first = byName[name] {
        if !e.catalogued { moveMentions(st, of: id, to: first) }
      } else {
        byName[name] = id
      }
    }
  }

  /// "l'aeroporto internazionale Issyk-Kul di Tamchy … l'aeroporto di Tamchy": in Italian two
  /// airports the text names after one town ("… di Tamchy") are one airport, under its
  /// longest name. O(projects).
  func sameTownAirports(_ st: State) {
    guard st.doc.language == "it" else { return }
    var byTown: [String: [String]] = [:]
    for id in st.order {
      guard let e = st.entities[id], e.kind == .project, !e.catalogued, !e.mentions.isEmpty, e.label.hasPrefix("aeroporto "),
        let di = e.label.range(of: " di ", options: .backwards)
      else { continue }
      byTown[Normalizer.fold(String(e.label[di.upperBound...])), default: []].append(id)
    }
    for ids in byTown.values where ids.count > 1 {
      guard let target = ids.max(by: { (st.entities[$0]?.label.count ?? 0) < (st.entities[$1]?.label.count ?? 0) }) else { continue }
      for id in ids where id != target { moveMentions(st, of: id, to: target) }
    }
  }

  /// 'Il progetto, chiamato "Issyk-Kul Pulito"', 'a programme called "Green Steppe"', 'проект
  /// под названием «Чистый Иссык-Куль»': a quoted name that a naming word gives to a project,
  /// programme or initiative named up to eight words before it is that project's (places
  /// inside the quotes are the name's words). O(tokens).
  func namedProjects(_ st: State) {
    let n = st.toks.count
    for v in 1..<max(1, n - 1) where Lexicon.namingWords.contains(st.toks[v].folded) {
      let q = v + 1
      guard st.sentenceOf(q) == st.sentenceOf(v), st.toks[q].capitalized,
        (max(0, v - 8)..<v).contains(where: { k in st.sentenceOf(k) == st.sentenceOf(v) && st.cands[k].contains { Lexicon.namedProjectNouns.contains($0) } })
      else { continue }
      // (quoted, or a run of two to five capitalised Latin words: "to be called Tien Shan
      // Alpine Resort")
      var end: Int?
      if st.gap(v, q).contains(where: Self.isOpeningQuote) {
        end = quotedNameEnd(st, from: q, limit: 8)
      } else if st.joins(v, q), isLatinName(st, q) {
        var e = q
        while e + 1 < n, e - q < 4, st.joins(e, e + 1), st.toks[e + 1].capitalized, isLatinName(st, e + 1) { e += 1 }
        if e > q { end = e }
      }
      guard let e = end, (q...e).allSatisfy({ st.owner[$0] == nil || [.city, .region].contains(st.entityKind(at: $0)) }) else { continue }
      release(st, q, e)
      // (a company's noun right before the naming word gives the name to the company: "the
      // plant, run by a joint venture called Shofirkon Charm Invest")
      if Self.namedCompanyNouns.contains(st.toks[v - 1].folded) {
        addCompany(st, q, e)
      } else {
        addNamedProject(st, q, e)
      }
    }
  }

  /// The nouns right before a naming word that make the name a company's in
  /// ``namedProjects(_:)``.
  static let namedCompanyNouns: WordSet = [
    "venture", "company", "firm", "enterprise", "corporation", "subsidiary", "partnership", "cooperative", "holding", "startup",
    "società", "azienda", "impresa", "compagnia",
  ]

  /// A project the text names by tokens `a`…`b` as written (no catalogue entry, no
  /// subkind), its id the label's slug; the caller has freed the tokens. When the text has
  /// already read that name with a facility's noun ("the Ulba-FA plant … called Ulba-FA",
  /// "l'impianto Alfa … chiamato Alfa") the name is that facility's mention. O(name).
  func addNamedProject(_ st: State, _ a: Int, _ b: Int) {
    let label = st.text(a, b)
    var id = Transliteration.slug(label)
    if st.entities[id] == nil,
      let facility = Lexicon.facilityNamingNouns.lazy.flatMap({ [Transliteration.slug(label + " " + $0), Transliteration.slug($0 + " " + label)] })
        .first(where: { st.entities[$0].map { $0.kind == .project && !$0.catalogued } ?? false })
    {
      id = facility
    } else {
      st.addDiscovered(id, label: label, kind: .project, subkind: nil)
    }
    st.addSpan(a, b, id: id)
  }

  /// "nel sito di Kara Tepe", "the archaeological site of Fayaz Tepe", "городище Актобе": the
  /// capitalised name (up to three words, hyphens inside) after the word for an excavated
  /// site is that site's, a project; a name elsewhere in the text that ends with the last word
  /// of one such name ("Fayaz Tepe" after "Kara Tepe") is another site. O(tokens).
  func archaeologicalSites(_ st: State) {
    let n = st.toks.count
    var lastWords = Set<String>()
    func name(from k: Int) -> Int? {
      guard k < n, st.owner[k] == nil, st.isCapName(k) else { return nil }
      var e = k
      while e + 1 < n, e - k < 2, st.owner[e + 1] == nil, st.isCapName(e + 1), st.joins(e, e + 1) { e += 1 }
      return e
    }
    for t in 0..<max(0, n - 1) where !st.toks[t].capitalized {
      let f = st.toks[t].folded
      var k: Int?
      if st.doc.language == "it", f == "sito" {
        // "sito (archeologico) di X"
        var j = t + 1
        if j < n, st.toks[j].folded.hasBytePrefix("archeologic") { j += 1 }
        if j + 1 < n, st.toks[j].folded == "di", st.joins(j - 1, j) { k = j + 1 }
      } else if st.doc.language == "en", f == "site", t + 2 < n, st.toks[t + 1].folded == "of", t > 0, st.toks[t - 1].folded.hasBytePrefix("archaeolog") || st.toks[t - 1].folded == "the" {
        k = t + 2  // "the (archaeological) site of X"
      } else if st.doc.language == "ru", f.hasBytePrefix("городищ") {
        k = t + 1  // "городище Кёк-Тепе"
      }
      guard let a = k, st.joins(a - 1, a), st.sentenceOf(a) == st.sentenceOf(t), let e = name(from: a) else { continue }
      addNamedProject(st, a, e)
      if e > a { lastWords.insert(st.toks[e].folded) }
    }
    guard !lastWords.isEmpty else { return }
    for k in 1..<max(1, n) where lastWords.contains(st.toks[k].folded) && st.owner[k] == nil && st.toks[k].capitalized {
      guard st.owner[k - 1] == nil, st.isCapName(k - 1), st.joins(k - 1, k), !isSentenceStart(st, k - 1) else { continue }
      addNamedProject(st, k - 1, k)
    }
  }

  /// "a satellite, KazSat-ERS,", "спутник KazSat-2", "il satellite «Al-Farabi-2»": the name
  /// after the word for a satellite (Latin, quoted, or coined: a hyphen, a digit or a capital
  /// inside it) is the satellite's, a project (the Kazakh possessive voices the last
  /// consonant: "спутнигі", "жерсерігі"). ("город-спутник Алатау" is a satellite town:
  /// the word joined to another by a hyphen is no cue.) O(tokens).
  func satelliteNames(_ st: State) {
    let n = st.toks.count
    for v in 0..<max(0, n - 1) {
      let f = st.toks[v].folded
      guard !st.toks[v].capitalized, f.hasBytePrefix("satellit") || f.hasBytePrefix("спутник") || f.hasBytePrefix("спутниг") || f.hasBytePrefix("жерсерік") || f.hasBytePrefix("жерсеріг"),
        !(v > 0 && st.gap(v - 1, v).elementsEqual(["-"])), !(v + 1 < n && st.gap(v, v + 1).elementsEqual(["-"]))
      else { continue }
      // (a Kazakh text names it first: "KazSat-4 байланыс спутнигін", "KazSat-2 жерсерігі")
      if st.doc.language == "kk", let (s, e) = coinedNameBefore(st, v) {
        release(st, s, e)
        addNamedProject(st, s, e)
        continue
      }
      // (a word that gives the name may stand between: "il satellite, battezzato KazSat-Agro,",
      // "a satellite named KazSat-Agro", "спутник под названием «…»")
      var w = v
      if w + 2 < n, st.joins(w, w + 1, comma: true), st.toks[w + 1].folded == "под", st.toks[w + 2].folded == "названием", st.joins(w + 1, w + 2) { w += 2 }
      else if w + 1 < n, st.joins(w, w + 1, comma: true), Lexicon.namingWords.contains(st.toks[w + 1].folded) { w += 1 }
      let q = w + 1
      guard q < n, st.sentenceOf(q) == st.sentenceOf(v), st.toks[q].capitalized else { continue }
      var end: Int?
      if st.gap(w, q).contains(where: Self.isOpeningQuote) {
        end = quotedNameEnd(st, from: q, limit: 5)
      } else if st.joins(w, q, comma: true), isLatinName(st, q) {
        var e = q
        while e + 1 < n, e - q < 3, st.gap(e, e + 1).elementsEqual(["-"]), st.toks[e + 1].capitalized || st.isNumeral(e + 1) { e += 1 }
        if isCoinedName(st, q, e) { end = e }
      }
      guard let e = end, readsNothingCatalogued(st, q, e) else { continue }
      release(st, q, e)
      addNamedProject(st, q, e)
    }
  }

  /// "the first plant, Kazarman-1, will …": in English a numbered name (a word, a hyphen and
  /// a number) set off by commas right after a plant's or unit's noun is that unit's, a
  /// project. O(tokens).
  func numberedUnitsInApposition(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for v in 0..<max(0, n - 3) where !st.toks[v].capitalized && Lexicon.numberedUnitNounsEN.contains(st.toks[v].folded) {
      let q = v + 1
      guard st.gap(v, q).elementsEqual([",", " "]), st.sentenceOf(q) == st.sentenceOf(v), st.toks[q].capitalized, isLatinName(st, q),
        st.gap(q, q + 1).elementsEqual(["-"]), st.isNumeral(q + 1), q + 2 < n, st.gap(q + 1, q + 2).first == ",",
        // (a town's name and a number name a unit built there: "Kazarman-1")
        (q...q + 1).allSatisfy({ k in st.owner[k].map { st.entities[st.spans[$0].key]?.catalogued == false || isPlace(st, k) && st.spans[$0].last == q } ?? true })
      else { continue }
      release(st, q, q + 1)
      addNamedProject(st, q, q + 1)
    }
  }

  /// The coined Latin name right before token `v` (or before one lower-case word that says
  /// what kind, "байланыс", communication): a hyphen, a digit or a capital inside it
  /// ("KazSat-4", "KazEOSat"), nothing catalogued in it. Returns its first and last tokens.
  /// O(name).
  func coinedNameBefore(_ st: State, _ v: Int) -> (Int, Int)? {
    var e = v - 1
    if e >= 1, !st.toks[e].capitalized, !st.isNumeral(e), Morphology.isCyrillic(st.toks[e].folded), st.joins(e, v) { e -= 1 }
    guard e >= 0, st.joins(e, e + 1), st.sentenceOf(e) == st.sentenceOf(v) else { return nil }
    var s = e
    while s > 0, e - s < 3, st.gap(s - 1, s).elementsEqual(["-"]), st.toks[s - 1].capitalized || st.isNumeral(s - 1) { s -= 1 }
    guard st.toks[s].capitalized, isLatinName(st, s), isCoinedName(st, s, e), readsNothingCatalogued(st, s, e) else { return nil }
    return (s, e)
  }

  /// Whether tokens `s...e` are a coined name: parts a hyphen joins, or a capital inside the
  /// first word ("KazSat-4", "KazEOSat"). O(name).
  func isCoinedName(_ st: State, _ s: Int, _ e: Int) -> Bool {
    e > s || st.original(s).unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
  }

  /// Whether no catalogued entity reads any of tokens `s...e` (a discovered one may). O(name).
  func readsNothingCatalogued(_ st: State, _ s: Int, _ e: Int) -> Bool {
    (s...e).allSatisfy { k in st.owner[k].map { st.entities[st.spans[$0].key]?.catalogued == false } ?? true }
  }

  /// 'the "One Million Uzbek Coders" initiative': in English a quoted name of up to six
  /// words right before a lower-case word for a programme is that programme's, a project,
  /// though places or a country's adjective stand inside it (a reading of part of it, such as
  /// a project word's run that stopped at the quote, or a person's name, gives way). O(tokens).
  func englishQuotedProgrammes(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for t in 1..<max(1, n) where !st.toks[t].capitalized && (Lexicon.programmeWordsEN.contains(st.toks[t].folded) || st.toks[t].folded == "system") {
      // (one lower-case word may describe the programme: 'the "Safe City" surveillance system')
      let k = t >= 2 && !closesQuote(st, t - 1) && !st.toks[t - 1].capitalized && st.owner[t - 1] == nil && closesQuote(st, t - 2) && st.joins(t - 2, t - 1) ? t - 2 : t - 1
      guard closesQuote(st, k), st.joins(k, k + 1), st.joins(t - 1, t), st.sentenceOf(k) == st.sentenceOf(t) else { continue }
      guard let q = (max(0, k - 5)...k).reversed().first(where: { st.gap(max(0, $0 - 1), $0).contains(where: Self.isOpeningQuote) }), q >= 1,
        st.toks[q].capitalized, st.sentenceOf(q) == st.sentenceOf(t),
        (q...k).allSatisfy({ i in
          // (a name the person rules read inside the quotes is the programme's: '"AI Sana" programme')
          st.owner[i].map { o in
            [.city, .region].contains(st.entityKind(at: i)) || st.entities[st.spans[o].key].map { !$0.catalogued && ($0.kind == .project || $0.kind == .person) } == true
          } ?? true
        })
      else { continue }
      let persons = Set((q...k).compactMap { i in st.owner[i].flatMap { o in st.entities[st.spans[o].key]?.kind == .person ? st.spans[o].key : nil } })
      release(st, q, t)
      // (a person read inside the quotes, and nowhere else in the text, was the programme's
      // name all along: the entity becomes the project)
      for id in persons where !st.spans.indices.contains(where: { st.spans[$0].key == id && st.owner[st.spans[$0].first] == $0 }) {
        st.entities[id]?.kind = .project
        st.entities[id]?.subkind = nil
        st.entities[id]?.label = st.text(q, k)
      }
      addNamedProject(st, q, k)
    }
  }

  /// English facility words whose name a lower-case officer's title may follow ("… Sea
  /// Trade Port director", "… Airport manager"): the name stands, unlike a portfolio's
  /// capitalised title ("Railway Minister").
  /// Whether the mention at token `k` follows "between" or "from" ("between Urumqi and …"),
  /// the first of two places a route or a flight joins. O(1).
  static func afterBetween(_ st: State, _ k: Int) -> Bool {
    let first = st.owner[k].map { st.spans[$0].first } ?? k
    return first > 0 && ["between", "from", "tra", "fra", "da"].contains(st.toks[first - 1].folded) && st.joins(first - 1, first)
  }

  /// Words that make a capitalised station a research institution ("Tianshan Glaciological
  /// Station"), not a plant or a railway's stop.
  static let researchStationWordsEN: WordSet = [
    "glaciological", "meteorological", "hydrological", "hydrometeorological", "seismological", "seismic", "biological", "research", "experimental",
    "agricultural", "scientific", "ecological", "observation", "monitoring", "polar", "field", "breeding", "agrometeorological", "geophysical",
    // (a station that spreads a craft: "Guangxi Sericulture Technology Extension Station")
    "extension", "sericulture", "veterinary", "quarantine",
  ]
  static let sitesWithStaffEN: WordSet = ["port", "seaport", "airport", "plant", "station", "terminal", "mine", "refinery", "complex"]

  /// Latin legal forms a company that runs a site adds to the site's name ("Manas International
  /// Airport OJSC").
  static let latinLegalFormsAfterSite: WordSet = ["ojsc", "cjsc", "jsc", "llc", "ltd", "plc", "co", "company", "llp", "inc", "spa"]

  /// The Kazakh adjectives of a resort or tourist zone ("Кендірлі курорттық аймағы").
  static let kazakhResortZoneWords: Set<String> = ["курорттық", "туристік", "рекреациялық"]

  /// The plural Kazakh facility noun at `t` ("станциялары", "зауыттары", "кен орындары"): the
  /// token that opens it and the singular each listed name takes, or nil. O(table).
  func kazakhPluralProjectHead(_ st: State, _ t: Int) -> (Int, String)? {
    let f = st.toks[t].folded
    if f.hasBytePrefix("орындар"), t > 0, st.toks[t - 1].folded == "кен", st.joins(t - 1, t) { return (t - 1, "кен орны") }
    // ("Қорғас және Нұржолы өткізу бекеттері": checkpoints)
    if f.hasBytePrefix("бекеттер"), t > 0, st.toks[t - 1].folded == "өткізу", st.joins(t - 1, t) { return (t - 1, "өткізу бекеті") }
    // ("Баку және Алят порттарына": towns' unquoted names before the plural of "port")
    if f.hasBytePrefix("порттар"), t >= 3, st.isCapName(t - 1), st.joins(t - 1, t), Lexicon.coordinators.contains(st.toks[t - 2].folded) || st.gap(t - 2, t - 1).contains(",") {
      return (t, "порты")
    }
    guard Self.closingQuote(st, within: 4, before: t), let singular = Lexicon.kazakhPluralProjectHeads.first(where: { f.hasBytePrefix($0.key) })?.value else { return nil }
    return (t, singular)
  }

  /// "di" with its article, as a phrase's closing "di" may stand ("fortezza dell'Ark",
  /// "mausoleo dei Samanidi"; not "del"/"della", after which a common noun or a company
  /// stands as often as a name: "centrale nucleare del Paese", "miniera della Zarafshon"; a
  /// canal takes them, named after a desert or a river: "canale del Karakum").
  static let italianArticledDi: Set<String> = ["dell", "dei", "degli"]

  /// The last token of a name of one free capitalised Latin word (or words joined by hyphens)
  /// right after the Italian noun at `t`, with no capitalised word after it ("lo stabilimento
  /// Ulba-FA", "il progetto Yoshlik"), or nil. O(name).
  func italianFreeNameEnd(_ st: State, after t: Int) -> Int? {
    let n = st.toks.count
    guard t + 1 < n, st.gap(t, t + 1).elementsEqual([" "]), st.sentenceOf(t + 1) == st.sentenceOf(t), st.toks[t + 1].capitalized, st.owner[t + 1] == nil,
      st.isCapName(t + 1), isLatinName(st, t + 1), Self.role(of: st, at: t + 1) == nil, !Lexicon.stopCapitalized.contains(st.toks[t + 1].folded)
    else { return nil }
    let e = hyphenatedNameEnd(st, from: t + 1)
    return e + 1 < n && st.joins(e, e + 1) && st.toks[e + 1].capitalized ? nil : e
  }

  /// The last token of a programme's English name right after the Italian noun at `t`
  /// ("programma EU-Kyrgyz Dairy"): two to four capitalised Latin words joined by spaces or
  /// hyphens, one of them a word nothing has read ("Dairy"), the others free or one-word
  /// bodies or places, closing before a lower-case word. O(1).
  func italianLatinProgrammeEnd(_ st: State, after t: Int) -> Int? {
    let n = st.toks.count
    var e = t
    while e + 1 < n, e - t < 4, st.sentenceOf(e + 1) == st.sentenceOf(t), st.toks[e + 1].capitalized, isLatinName(st, e + 1),
      e == t ? st.gap(e, e + 1).elementsEqual([" "]) : st.joins(e, e + 1),
      st.owner[e + 1] == nil || st.owner[e + 1].map({ st.spans[$0].first == e + 1 && st.spans[$0].last == e + 1 }) == true,
      Self.role(of: st, at: e + 1) == nil, !Lexicon.stopCapitalized.contains(st.toks[e + 1].folded)
    { e += 1 }
    guard e - t >= 2, e + 1 >= n || !st.toks[e + 1].capitalized || !st.joins(e, e + 1),
      (t + 1...e).contains(where: { st.owner[$0] == nil && !Self.isItalianAdjective(st.toks[$0].folded) })
    else { return nil }
    return e
  }

  /// The last token of an Italian facility's name after its lower-case noun at `t`: a quoted
  /// name right after the noun, or what the facility does (lower-case words) up to "di" and
  /// its place; nil when there is neither. O(name).
  func italianFacilityName(_ st: State, _ t: Int) -> Int? {
    let n = st.toks.count
    // 'il complesso "Karavansaray"': a quoted name right after the noun
    if t + 1 < n, st.gap(t, t + 1).contains(where: Self.isOpeningQuote), st.joins(t, t + 1), st.toks[t + 1].capitalized, st.sentenceOf(t + 1) == st.sentenceOf(t),
      let e = quotedNameEnd(st, from: t + 1, limit: 5), readOnlyAsPlaces(st, t + 1, e)
    {
      return e
    }
    // "lo stabilimento Ulba-FA", "la centrale Ekibastuz-2": a name right after the noun, one
    // free word or words joined by hyphens (a town's name with a number is a plant's)
    if t + 1 < n, st.gap(t, t + 1).elementsEqual([" "]), st.sentenceOf(t + 1) == st.sentenceOf(t), st.toks[t + 1].capitalized {
      if let e = italianFreeNameEnd(st, after: t) { return e }
      if let o = st.owner[t + 1], st.spans[o].first == t + 1, st.entityKind(at: t + 1) == .city, case let l = st.spans[o].last, l + 1 < n,
        st.gap(l, l + 1).elementsEqual(["-"]), st.isNumeral(l + 1)
      {
        return l + 1
      }
    }
    // "il palazzo presidenziale Kokhi Millat": describing adjectives (not a country's: "lo
    // stabilimento cinese Huawei"), then the facility's own name of one or two free words
    var j = t + 1
    while j < n, j - t <= 2, st.owner[j] == nil, !st.toks[j].capitalized, st.joins(j - 1, j), Self.isItalianAdjective(st.toks[j].folded), !isPlaceAdjective(st, j) { j += 1 }
    if j > t + 1, j < n, st.gap(j - 1, j).elementsEqual([" "]), st.sentenceOf(j) == st.sentenceOf(t), st.owner[j] == nil, st.isCapName(j), isLatinName(st, j),
      Self.role(of: st, at: j) == nil, !Lexicon.stopCapitalized.contains(st.toks[j].folded)
    {
      var e = hyphenatedNameEnd(st, from: j)
      if e + 1 < n, st.owner[e + 1] == nil, st.isCapName(e + 1), isLatinName(st, e + 1), st.gap(e, e + 1).elementsEqual([" "]), st.sentenceOf(e + 1) == st.sentenceOf(t) { e += 1 }
      return e
    }
    var k = t + 1
    while k + 1 < n, k - t <= 6, st.sentenceOf(k + 1) == st.sentenceOf(t), st.joins(k - 1, k), st.owner[k] == nil, !st.toks[k].capitalized {
      let w = st.toks[k].folded
      // (a hyphenated name is read whole: "parco nazionale di Altyn-Emel")
      if w == "di", st.joins(k, k + 1), st.isCapName(k + 1) || st.entityKind(at: k + 1) == .city || st.entityKind(at: k + 1) == .region {
        // ("lo stabilimento di QazTehna": a compound company name after "di" owns the
        // facility, which has no name of its own)
        if st.owner[k + 1] == nil, Self.camelCaseParts(st.doc.scalars[st.toks[k + 1].start..<st.toks[k + 1].end]).parts >= 2 { return nil }
        // (nor one the text names a company by: "dallo stabilimento di Canny a Zhongshan" is
        // Canny Elevator's plant)
        // (a mine or field after "di" is its place's, "miniera d'argento di Konimansur", though
        // a company bears the name too)
        if ["stabilimento", "fabbrica", "impianto"].contains(st.toks[t].folded),
          st.entityKind(at: k + 1) == .organization || st.owner[k + 1] == nil && companyWithWord(st, k + 1) != nil
        { return nil }
        if let o = st.owner[k + 1] {
          // ("la stazione di Almaty-1": a town's name with a number after a hyphen)
          let l = st.spans[o].last
          if st.entityKind(at: k + 1) == .city, l + 1 < n, st.gap(l, l + 1).elementsEqual(["-"]), st.isNumeral(l + 1) { return l + 1 }
          return l
        }
        // (a name of two free capitalised words: "giacimento … di Bolshoi Konimansur")
        var e = hyphenatedNameEnd(st, from: k + 1)
        if e + 1 < n, st.owner[e + 1] == nil, st.isCapName(e + 1), st.gap(e, e + 1).elementsEqual([" "]), st.sentenceOf(e + 1) == st.sentenceOf(t) { e += 1 }
        return e
      }
      // (another facility's noun makes the words about that one: "terminal cinese per
      // l'aeroporto di Tashkent")
      if k > t + 1, Lexicon.facilityNounsIT.contains(w) || Lexicon.italianFacilityNouns.contains(w) { return nil }
      // ("giacimento di argento e piombo di …": "e" joins two things it yields)
      let joinsTwo = (w == "e" || w == "ed") && k > t + 2 && !st.toks[k + 1].capitalized && !Lexicon.facilityStopsIT.contains(st.toks[k + 1].folded)
      guard joinsTwo || !Lexicon.facilityStopsIT.contains(w), w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
      // what it does opens with a preposition or an adjective ("di lavorazione", "per la
      // produzione", "siderurgico"; "d'argento"), never a verb ("sorgerà", "costruito", "produrre")
      if k == t + 1, !["di", "per", "d"].contains(w), !Self.isItalianAdjective(w) { return nil }
      if ["à", "ato", "ata", "ati", "ate", "uto", "uta", "ito", "ita", "are", "ere", "ire"].contains(where: { w.hasByteSuffix($0) }) { return nil }
      k += 1
    }
    return nil
  }

  /// The catalogue's organisation (or entry of another `kind`) one of whose names opens with
  /// tokens a...b and goes on ("China Road and Bridge" of "China Road and Bridge Corporation",
  /// "Dushanbe-2" of "Dushanbe-2 CHP"), or nil: the patterns
  /// that start with token a's word, compared word by word as ``fits(_:at:_:)`` does.
  /// O(patterns under the word × (b − a)).
  func catalogCompany(_ st: State, openedBy a: Int, _ b: Int, kind: EntityKind = .organization) -> CatalogEntry? {
    catalogPattern(st, a, b, kind: kind) { $0 > b - a + 1 }
  }

  /// The catalogue's entry of `kind` one of whose names is tokens a...b, word by word as
  /// ``catalogCompany(_:openedBy:_:kind:)`` compares them, whatever their case ("port of
  /// Kuryk" for "Port of Kuryk"), or nil. O(patterns under the word × (b − a)).
  func catalogEntry(_ st: State, spanning a: Int, _ b: Int, kind: EntityKind) -> CatalogEntry? {
    catalogPattern(st, a, b, kind: kind) { $0 == b - a + 1 }
  }

  /// The first catalogue entry of `kind` with a name of a length `fits` accepts whose words
  /// open with tokens a...b, compared by their candidate forms. O(patterns under the word × (b − a)).
  private func catalogPattern(_ st: State, _ a: Int, _ b: Int, kind: EntityKind, fits: (Int) -> Bool) -> CatalogEntry? {
    let count = b - a + 1
    for c in st.cands[a] {
      for p in patterns[c] ?? [] where fits(p.stems.count) && catalog.entries[p.entry].kind == kind {
        if (1..<count).allSatisfy({ j in st.cands[a + j].contains { WordKey.same($0, p.stems[j]) } }) { return catalog.entries[p.entry] }
      }
    }
    return nil
  }

  /// Whether a label opens a quote it does not close (« without », “ without ”, an odd number
  /// of straight quotes). O(length).
  static func leavesQuoteOpen(_ label: String) -> Bool {
    var guillemets = 0, curly = 0, straight = 0
    for c in label.unicodeScalars {
      switch c {
      case "«": guillemets += 1
      case "»": guillemets -= 1
      case "“": curly += 1
      case "”": curly -= 1
      case "\"": straight += 1
      default: break
      }
    }
    return guillemets > 0 || curly > 0 || straight % 2 == 1
  }

  /// Whether token `t` is an Italian building's noun capitalised as its name's first word,
  /// inside a sentence, before the name's capitalised word ("nella Sala delle Cariatidi di
  /// Palazzo Reale"). O(1).
  func capitalisedBuildingCue(_ st: State, _ t: Int) -> Bool {
    st.doc.language == "it" && Lexicon.capitalisedBuildingCuesIT.contains(st.toks[t].folded) && !isSentenceStart(st, t) && t + 1 < st.toks.count
      && st.toks[t + 1].capitalized && st.owner[t + 1] == nil && st.joins(t, t + 1)
  }

  /// A lower-case Italian adjective that may follow an event noun ("economico",
  /// "internazionale", "regionale", "intergovernativa"): by its derivational ending.
  static func isItalianAdjective(_ w: String) -> Bool {
    // (a few short ones too: "per i diritti umani", "protezione civile", "industria tessile e
    // leggera")
    if ["umano", "umana", "umani", "umane", "civile", "civili", "supremo", "suprema", "supremi", "tessile", "tessili", "leggera", "leggere"].contains(w) { return true }
    // (and the adjectives in -are/-ari, which the endings leave to the verbs: "Centro nucleare
    // nazionale", "Banca popolare")
    if Lexicon.italianAdjectivesInAre.contains(w) { return true }
    guard w.unicodeScalars.count >= 6, w.unicodeScalars.allSatisfy({ $0.value < 0x250 }), !Lexicon.italianNounsLikeAdjectives.contains(w) else { return false }
    return ["ico", "ica", "ici", "iche", "ale", "ali", "ivo", "iva", "ivi", "ive", "ario", "aria", "ari", "ese", "esi", "ano", "ana", "ani", "ane", "ziale", "ziali", "ittimo", "ittima", "ittimi", "ittime",
      "icolo", "icola", "icoli", "icole", "estre", "estri", "ante", "anti"].contains { w.hasByteSuffix($0) }
  }

  /// The ordinal a folded word spells ("первом", "second", "terzo"): a stem plus at most
  /// four more letters.
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
}

extension Extractor {
  /// "la centrale idroelettrica di Sebzor" … "la centrale di Sebzor": Italian facilities the
  /// text names by the same noun and the same place, one with describing adjectives between,
  /// are one facility, kept under its longest label. O(projects).
  func italianShortFacilities(_ st: State) {
    guard st.doc.language == "it" else { return }
    var groups: [String: [String]] = [:]
    var keys: [String] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .project, !e.catalogued, !e.mentions.isEmpty else { continue }
      let tokens = Segmenter.words(in: Array(e.label.unicodeScalars))
      let words = tokens.map(\.folded)
      // ("Parco nazionale Ala-Archa" … "il parco Ala-Archa": the noun, adjectives, then the name)
      if words.count >= 2, Lexicon.facilityNounsIT.contains(words[0]) || Lexicon.projectHeadsIT.contains(words[0]),
        case let first = (1..<words.count).first(where: { tokens[$0].capitalized }) ?? words.count, first < words.count,
        (1..<first).allSatisfy({ Self.isItalianAdjective(words[$0]) }), (first..<words.count).allSatisfy({ tokens[$0].capitalized })
      {
        let key = words[0] + "|name|" + words[first...].joined(separator: " ")
        if groups[key] == nil { keys.append(key) }
        groups[key, default: []].append(id)
        continue
      }
      guard words.count >= 3, let p = words.lastIndex(where: { Lexicon.italianOf.contains($0) }), p >= 1, p < words.count - 1,
        // (and adjectives in -are/-ari, which elsewhere could be verbs: "centrale solare"; and
        // the name of the person a facility honours: "aeroporto internazionale Islam Karimov di
        // Tashkent" … "l'aeroporto di Tashkent")
        // (and what a mine yields: "miniera d'oro di …")
        (1..<p).allSatisfy({ Self.isItalianAdjective(words[$0]) || words[$0].hasByteSuffix("are") || words[$0].hasByteSuffix("ari") || tokens[$0].capitalized
          || ["d", "di"].contains(words[$0]) || $0 >= 2 && ["d", "di"].contains(words[$0 - 1]) })
      else { continue }
      let key = words[0] + "|" + words[(p + 1)...].joined(separator: " ")
      if groups[key] == nil { keys.append(key) }
      groups[key, default: []].append(id)
    }
    // ("l'acciaieria di Temirtau" … "l'impianto di Temirtau": a generic noun of a place joins
    // the text's one other facility of that place)
    for key in keys where Lexicon.genericFacilityNounsIT.contains(where: { key.hasPrefix($0 + "|") }) {
      let place = key.split(separator: "|", maxSplits: 1).last.map(String.init) ?? ""
      let others = keys.filter { $0 != key && $0.hasSuffix("|" + place) }
      guard others.count == 1, let ids = groups[key], let target = groups[others[0]]?.first else { continue }
      // (a complex its adjective makes a site of monuments holds the other, as its part: "il
      // complesso architettonico di Uzgen" and "il minareto di Uzgen")
      if ids.contains(where: { id in
        st.entities[id].map { Segmenter.words(in: Array($0.label.unicodeScalars)).contains { Lexicon.siteAdjectivesIT.contains($0.folded) } } ?? false
      }) { continue }
      for id in ids where id != target { moveMentions(st, of: id, to: target) }
    }
    // ("la miniera di Taldybulak" … "la miniera d'oro di Taldybulak Levoberezhny": a place's
    // name that the text's one other facility of that noun goes on with more words is that
    // facility's short name; a number is another facility: "Ekibastuz" and "Ekibastuz 2")
    for key in keys where groups[key] != nil && !key.contains("|name|") {
      let longer = keys.filter { other in
        other.hasPrefix(key + " ") && groups[other] != nil
          && other.dropFirst(key.count + 1).allSatisfy { $0 == " " || $0.isLetter }
      }
      guard longer.count == 1, let ids = groups[key] else { continue }
      groups[longer[0], default: []].append(contentsOf: ids)
      groups[key] = nil
    }
    mergeIntoLongest(st, groups, order: keys)
  }

  /// Each group of entity ids with more than one member (groups taken in `keys`' order)
  /// becomes one entity: the others' mentions move to the member with the longest label, the
  /// first of those. O(ids).
  func mergeIntoLongest(_ st: State, _ groups: [String: [String]], order keys: [String]) {
    for key in keys {
      guard let ids = groups[key], ids.count > 1 else { continue }
      var target = ids[0]
      for id in ids.dropFirst() where st.entities[id]!.label.unicodeScalars.count > st.entities[target]!.label.unicodeScalars.count { target = id }
      for id in ids where id != target { moveMentions(st, of: id, to: target) }
    }
  }

  /// "Сиань халықаралық құрлық порты" … "Сиань құрлық портының": Kazakh projects and bodies the
  /// text names once with and once without a rank adjective (халықаралық "international",
  /// ұлттық "national", мемлекеттік "state") are one, kept under the longer label.
  /// O(entities × words).
  func kazakhShortNames(_ st: State) {
    guard st.doc.language == "kk" else { return }
    let rank: Set<String> = ["халықаралық", "ұлттық", "мемлекеттік"]
    var byKey: [String: [String]] = [:]
    var keys: [String] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .project || e.kind == .organization, !e.catalogued, !e.mentions.isEmpty else { continue }
      let words = Segmenter.words(in: Array(e.label.unicodeScalars)).map(\.folded)
      guard words.count >= 2 else { continue }
      let key = "\(e.kind)|" + words.filter { !rank.contains($0) }.map { Morphology.stem($0) }.joined(separator: " ")
      if byKey[key] == nil { keys.append(key) }
      byKey[key, default: []].append(id)
    }
    mergeIntoLongest(st, byKey, order: keys)
  }

  /// "the Lianyungang terminal" … "the Kazakhstan-China Logistics Terminal in Lianyungang":
  /// an English facility named only by a town and its lower-case head is the text's one
  /// longer facility with that head that stands in that town (or names it), wherever the two
  /// mentions fall. O(spans).
  func shortFacilityMentions(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    func live(_ o: Int) -> Bool { st.owner[st.spans[o].first] == o && st.owner[st.spans[o].last] == o }
    for (o, sp) in st.spans.enumerated() where (sp.last == sp.first + 1 || sp.last == sp.first + 2) && live(o) {
      guard let e = st.entities[sp.key], e.kind == .project, !e.catalogued else { continue }
      // (or "the port of Turkmenbashi" … "the International Seaport of Turkmenbashi": a port
      // named by its town after "of", and the longer port or seaport of that town)
      let ofTown = sp.last == sp.first + 2 && st.toks[sp.first].folded == "port" && st.toks[sp.first + 1].folded == "of"
      let (townToken, headToken) = ofTown ? (sp.last, sp.first) : (sp.first, sp.last)
      guard ofTown || sp.last == sp.first + 1, !st.toks[headToken].capitalized, Lexicon.projectHeadsLowerEN.contains(st.toks[headToken].folded),
        catalogHasPlace(named: st.toks[townToken].folded)
      else { continue }
      let town = st.toks[townToken].folded, head = st.toks[headToken].folded
      func headed(_ sp2: Span) -> Bool {
        ofTown ? (sp2.first...sp2.last).contains { [head, "sea" + head].contains(st.toks[$0].folded) } : st.toks[sp2.last].folded == head
      }
      var found: Set<String> = []
      for (o2, sp2) in st.spans.enumerated() where sp2.key != sp.key && sp2.last - sp2.first >= sp.last - sp.first + 1 && headed(sp2) && live(o2) {
        guard st.entities[sp2.key]?.kind == .project else { continue }
        let inTown = sp2.last + 2 < n && ["in", "at"].contains(st.toks[sp2.last + 1].folded) && st.toks[sp2.last + 2].folded == town
        if inTown || (sp2.first...sp2.last).contains(where: { st.toks[$0].folded == town }) { found.insert(sp2.key) }
      }
      guard found.count == 1, let id = found.first else { continue }
      moveMentions(st, of: sp.key, to: id)
    }
  }
}

extension Extractor {
  /// "i giacimenti di Jilau e Taror", "le miniere di Konimansur, Kansai e Chashma": an Italian
  /// plural deposit or mine noun (and what it holds: "d'oro", "di gas", "petroliferi"), "di"
  /// and a list of names nothing has read, each name its own
  /// project, labelled with the singular noun ("giacimento di Taror"), as English "the Kashagan
  /// and Tengiz fields" is; and a name after "quella di"/"quello di" that points back to such a
  /// noun ("… e da quella di Aidarly"). O(tokens).
  func italianPluralProjects(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    for t in 0..<max(0, n - 2) {
      guard let singular = Lexicon.pluralProjectNounsIT[st.toks[t].folded], !st.toks[t].capitalized, t + 3 < n else { continue }
      // (what they hold may come first: "le miniere d'oro di Jilau e Taror", "i giacimenti di
      // gas di …", "i giacimenti petroliferi di …")
      var of = t + 1
      if st.toks[of].folded == "d", st.toks[of + 1].folded == "oro", st.joins(of, of + 1) {
        of += 2
      } else if st.toks[of].folded == "di", !st.toks[of + 1].capitalized, st.toks[of + 2].folded == "di", st.joins(of + 1, of + 2) {
        of += 2
      } else if st.toks[of].folded != "di", !st.toks[of].capitalized, st.toks[of + 1].folded == "di",
        Self.isItalianAdjective(st.toks[of].folded) || ["iferi", "ifere"].contains(where: { st.toks[of].folded.hasByteSuffix($0) })
      {
        of += 1
      }
      guard of + 1 < n, st.toks[of].folded == "di", st.joins(t, t + 1), st.joins(of - 1, of), st.joins(of, of + 1) else { continue }
      // (the label keeps what is held, "miniera d'oro di Taror", but not a plural adjective,
      // which the singular noun would not agree with)
      let held = of > t + 2 ? " " + st.text(t + 1, of - 1) : ""
      var items: [(Int, Int)] = []
      var k = of + 1
      // (a town's one-word name may stand in the list beside a name no rule read: "i nuovi
      // giacimenti di Nurbulak e Aktau" are two deposits)
      func townWord(_ k: Int) -> Bool { st.owner[k].map { st.spans[$0].first == k && st.spans[$0].last == k } == true && st.entityKind(at: k) == .city }
      while k < n, st.sentenceOf(k) == st.sentenceOf(t), st.owner[k] == nil || townWord(k), st.isCapName(k) || townWord(k), isLatinName(st, k), Self.role(of: st, at: k) == nil,
        !Lexicon.stopCapitalized.contains(st.toks[k].folded)
      {
        let e = hyphenatedNameEnd(st, from: k)
        // (one name each: "di Jilau Nord" is no list item this rule can label)
        if e + 1 < n, st.joins(e, e + 1), st.toks[e + 1].capitalized { items = []; break }
        items.append((k, e))
        if e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]) {
          k = e + 1
        } else if e + 2 < n, st.toks[e + 1].folded == "e", st.joins(e, e + 1), st.joins(e + 1, e + 2) {
          k = e + 2
        } else {
          break
        }
      }
      // (a list: a single name after the plural is a place the deposits are in; so are towns
      // listed alone)
      guard items.count >= 2, items.contains(where: { st.owner[$0.0] == nil }) else { continue }
      for (a, b) in items {
        if st.owner[a] != nil { release(st, a, b) }
        let label = singular + held + " di " + st.text(a, b)
        // (keyed as the single "miniera d'oro di Taror" or "giacimento di Taror" is: one site)
        let id = Transliteration.slug("giacimento " + Morphology.stem(st.toks[b].folded))
        st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
        st.addSpan(a, b, id: id)
      }
    }
    // "dalle miniere di Zhezkazgan e da quella di Aidarly": "quella"/"quello di" and a name
    // nothing has read, after a mine's or deposit's noun earlier in the sentence, is another
    // of them, labelled with the singular noun ("miniera di Aidarly")
    for t in 1..<max(1, n - 2) where ["quella", "quello"].contains(st.toks[t].folded) && st.toks[t + 1].folded == "di" && st.joins(t, t + 1) && st.joins(t + 1, t + 2) {
      let k = t + 2
      guard st.owner[k] == nil, st.isCapName(k), isLatinName(st, k), Self.role(of: st, at: k) == nil, !Lexicon.stopCapitalized.contains(st.toks[k].folded),
        st.sentenceOf(k) == st.sentenceOf(t), !isSentenceStart(st, t),
        let noun = (max(0, t - 12)..<t).last(where: { ["miniera", "giacimento"].contains(st.toks[$0].folded) || Lexicon.pluralProjectNounsIT[st.toks[$0].folded] != nil }),
        st.sentenceOf(noun) == st.sentenceOf(t), !st.toks[noun].capitalized
      else { continue }
      let e = hyphenatedNameEnd(st, from: k)
      if e + 1 < n, st.joins(e, e + 1), st.toks[e + 1].capitalized { continue }
      let singular = Lexicon.pluralProjectNounsIT[st.toks[noun].folded] ?? st.toks[noun].folded
      // (the pronoun agrees with the noun: "quella" a mine, "quello" a deposit)
      guard (singular == "miniera") == (st.toks[t].folded == "quella") else { continue }
      let id = Transliteration.slug("giacimento " + Morphology.stem(st.toks[e].folded))
      st.addDiscovered(id, label: singular + " di " + st.text(k, e), kind: .project, subkind: "infrastructure")
      st.addSpan(k, e, id: id)
    }
  }
}
