import TextIngest

extension Extractor {
  /// Organisation names by cue: a capitalised run containing a cue word (Latin:
  /// "New Silk Road Foundation"), or a cue word followed by its genitive complement and an
  /// optional quoted name (Russian: "Союз журналистов Казахстана", "Клуб экспертов …
  /// «Один пояс, один путь»").
  func discoverOrganizations(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      // ("Пекинском университете | китайской медицины": a catalogued school that a lower-case
      // genitive complement follows is another school, named with it)
      if st.doc.language == "ru", let o = st.owner[t], st.spans[o].last == t, st.spans[o].first < t, !st.inTitle(t), schoolWithComplement(st, t),
        st.entities[st.spans[o].key].map({ $0.catalogued && $0.kind == .organization }) == true
      {
        release(st, st.spans[o].first, t)
      }
      guard st.owner[t] == nil, !st.inTitle(t) else { continue }
      let f = st.toks[t].folded
      // Kazakh names the honoree first: "Л.Н. Гумилев атындағы Еуразия ұлттық университеті"
      // (words compared as UTF-8 bytes: String's == takes a slow path on Cyrillic)
      if f.utf8.elementsEqual("атындағы".utf8), t > 0, t + 1 < n, let o = st.owner[t + 1], st.spans[o].first == t + 1, st.entityKind(at: t + 1) == .organization, st.joins(t, t + 1) {
        var p = t
        while p > 0, t - p < 4, st.toks[p - 1].capitalized, st.sentenceOf(p - 1) == st.sentenceOf(t), !Morphology.hasKazakhCaseEnding(st.toks[p - 1].folded),
          st.gap(p - 1, p).allSatisfy({ $0 == " " || $0 == "." || $0 == "-" }), st.gap(p - 1, p).count <= 2, !isSentenceStartAndCommon(st, p - 1)
        { p -= 1 }
        if p < t, st.entityKind(at: p) != .organization {
          let id = st.spans[o].key, last = st.spans[o].last
          release(st, t + 1, last)
          takeOver(st, p, t - 1)
          st.addSpan(p, last, id: id)
          t = last
          continue
        }
      }
      // "Қ. Жұбанов атындағы өңірлік университетте": the honoree, "атындағы", lower-case words
      // and an institution's cue in any case (the cue is not possessive after "атындағы")
      // (a town's name may stand among those words: "Қорқыт ата атындағы Қызылорда университеті")
      if f.utf8.elementsEqual("атындағы".utf8), t > 0, st.doc.language == "kk" {
        var c = t + 1
        while c < n, c - t <= 3, st.joins(c - 1, c), st.sentenceOf(c) == st.sentenceOf(t) {
          // (or a region's name of two words in the nominative: "… атындағы Солтүстік Қазақстан
          // университеті")
          if let o = st.owner[c], st.spans[o].first == c, st.spans[o].last > c, st.spans[o].last - t <= 4, isPlace(st, c) {
            c = st.spans[o].last + 1
            continue
          }
          guard st.owner[c] == nil ? !st.toks[c].capitalized || !Morphology.hasKazakhCaseEnding(st.toks[c].folded) : oneWordPlaceOrRegion(st, c) && isOwnName(st, c),
            !st.cands[c].contains(where: { Lexicon.orgCues[$0].map(Lexicon.institutionCues.contains) == true })
          else { break }
          c += 1
        }
        var p = t
        // (an honoree's title after the name is lower-case: "Қорқыт ата", "Төле би")
        while p > 0, t - p < 4, st.toks[p - 1].capitalized || p - 1 > 0 && Lexicon.kazakhHonoreeTitles.contains(st.toks[p - 1].folded) && st.toks[p - 2].capitalized,
          st.sentenceOf(p - 1) == st.sentenceOf(t), !Morphology.hasKazakhCaseEnding(st.toks[p - 1].folded),
          st.gap(p - 1, p).allSatisfy({ $0 == " " || $0 == "." || $0 == "-" }), st.gap(p - 1, p).count <= 2, !isSentenceStartAndCommon(st, p - 1),
          st.owner[p - 1] == nil || st.entityKind(at: p - 1) == .person || oneWordPlaceOrProject(st, p - 1),  // (a town named after the honoree: Сәтбаев)
          // (a sentence's first word is the honoree's only as an initial, "Студенттер Қ. Сәтбаев
          // …", or as the whole name: "Шәкәрім атындағы университетте …")
          !isSentenceStart(st, p - 1) || st.toks[p - 1].end - st.toks[p - 1].start == 1 || p == t
        { p -= 1 }
        if c < n, st.owner[c] == nil, p < t, st.joins(c - 1, c), let nominative = st.cands[c].lazy.compactMap({ Lexicon.orgCues[$0] }).first(where: Lexicon.institutionCues.contains)
        {
          // (the Kazakh cue in its possessive nominative when the text has one: "университеті")
          let possessive = st.cands[c].first { Lexicon.orgCues[$0] != nil && Morphology.isCyrillic($0) && ($0.hasByteSuffix("ы") || $0.hasByteSuffix("і")) }
          let label = st.text(p, c - 1) + " " + (possessive ?? nominative.lowercased())
          let id = orgID(st, p, c, label: label, stemsOf: label)
          st.addDiscovered(id, label: label, kind: .organization, subkind: "university")
          release(st, p, c - 1)
          takeOver(st, p, c)
          st.addSpan(p, c, id: id)
          t = c
          continue
        }
      }
      // "from the Semizbay-U and Ortalyk joint ventures": names listed before "joint venture(s)"
      if f.utf8.elementsEqual("ventures".utf8) || f.utf8.elementsEqual("venture".utf8), t >= 2, st.toks[t - 1].folded == "joint", st.joins(t - 1, t) {
        var k = t - 2
        // ("the Zarafshon gold mining joint venture": what it does may stand between)
        while k >= 0, t - 2 - k < 2, !st.toks[k].capitalized, st.owner[k] == nil, Lexicon.projectModifiersEN.contains(st.toks[k].folded) { k -= 1 }
        var names: [(Int, Int)] = []
        while k >= 0, st.sentenceOf(k) == st.sentenceOf(t), isLatinName(st, k), st.owner[k] == nil || oneWordPlaceOrProject(st, k) || st.subkind(of: st.spans[st.owner[k]!].key) == "natural-feature" {
          if st.owner[k] != nil { release(st, k, k) }
          var first = k
          while first > 0, isLatinName(st, first - 1) || st.isNumeral(first - 1),
            st.gap(first - 1, first).elementsEqual(["-"]), st.owner[first - 1] == nil
          { first -= 1 }
          names.append((first, k))
          guard first >= 2, ["and", "e"].contains(st.toks[first - 1].folded) || st.gap(first - 1, first).contains(",") else { break }
          k = ["and", "e"].contains(st.toks[first - 1].folded) ? first - 2 : first - 1
        }
        for (a0, b0) in names.reversed() where latinNameWord(st, a0) { addCompany(st, a0, b0) }
        // "dalla joint venture Kazakhstan Aviation Industry": the name after the words (a
        // country may open it)
        if names.isEmpty, t + 1 < n, st.joins(t, t + 1), st.toks[t + 1].capitalized, isLatinName(st, t + 1),
          st.owner[t + 1] == nil || st.subkind(of: st.spans[st.owner[t + 1]!].key) == "country" || oneWordPlaceOrProject(st, t + 1)
        {
          var e = t + 1
          while e + 1 < n, e - t < 4, st.joins(e, e + 1), isLatinName(st, e + 1), st.owner[e + 1] == nil || st.entityKind(at: e + 1) != .person { e += 1 }
          // ("le joint venture Semizbay-U e Ortalyk": after a plural, each listed name is one)
          let plural = f.utf8.elementsEqual("ventures".utf8) || t >= 2 && ["le", "delle", "alle", "dalle", "nelle", "sulle"].contains(st.toks[t - 2].folded)
          if e > t + 1 || plural && st.owner[t + 1] == nil && latinNameWord(st, t + 1) {
            release(st, t + 1, t + 1)
            addCompany(st, t + 1, e)
            t = e
            while plural, t + 2 < n, st.sentenceOf(t + 2) == st.sentenceOf(t) {
              let conj = ["and", "e"].contains(st.toks[t + 1].folded) && st.joins(t, t + 1) && st.joins(t + 1, t + 2)
              guard conj || st.gap(t, t + 1).contains(",") && st.joins(t, t + 1, comma: true) else { break }
              let next = conj ? t + 2 : t + 1
              guard st.owner[next] == nil, isLatinName(st, next), latinNameWord(st, next) else { break }
              let last = latinNameEnd(st, from: next, limit: 3, ampersand: false)
              addCompany(st, next, last)
              t = last
            }
          }
        }
        continue
      }
      // "il ministero della Difesa del Kazakistan": an Italian ministry written in lower case,
      // its capitalised portfolio and the country
      if st.doc.language == "it", f.utf8.elementsEqual("ministero".utf8), !st.toks[t].capitalized, t + 2 < n,
        Self.italianArticledOf.contains(st.toks[t + 1].folded), st.joins(t, t + 1), st.joins(t + 1, t + 2), st.toks[t + 2].capitalized, st.owner[t + 2] == nil
      {
        var e = t + 2
        // ("dell'Istruzione e della Scienza": "e" may take the article's "of" after it)
        // ("degli Investimenti, dell'Industria e del Commercio": a capitalised item after a
        // comma, when the list closes with "e" and another)
        func listedItem() -> Bool {
          guard e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]), Self.italianArticledOf.contains(st.toks[e + 1].folded), st.owner[e + 1] == nil
          else { return false }
          var j = e + 1
          while j + 2 < n, j - e < 8, st.toks[j].folded != "e" { j += 1 }
          return j + 2 < n && st.toks[j].folded == "e" && Self.italianArticledOf.contains(st.toks[j + 1].folded) && st.toks[j + 2].capitalized
            && (e + 2...j + 2).allSatisfy({ st.joins($0 - 1, $0) && st.owner[$0] == nil })
        }
        func capitalisedPortfolio() {
          while e + 2 < n, e - t < 12 {
            var k = e + 1
            if st.toks[k].folded == "e", k + 2 < n, Self.italianArticledOf.contains(st.toks[k + 1].folded), st.joins(k, k + 1) { k += 1 }
            guard st.toks[k].folded == "e" || Self.italianArticledOf.contains(st.toks[k].folded), st.joins(e, e + 1) || listedItem(), st.joins(k, k + 1),
              st.toks[k + 1].capitalized, st.entityKind(at: k + 1) != .person
            else { break }
            e = st.owner[k + 1].map { st.spans[$0].last } ?? k + 1
            // ("delle Risorse idriche": a lower-case portfolio word may follow)
            while e + 1 < n, st.joins(e, e + 1), st.owner[e + 1] == nil, !st.toks[e + 1].capitalized, Lexicon.portfolioWords.contains(st.toks[e + 1].folded),
              !Lexicon.complementWords.contains(st.toks[e + 1].folded)
            { e += 1 }
          }
        }
        // ("il ministero dello Sviluppo economico e del commercio": the first portfolio's
        // lower-case adjective; "dell'Industria tessile e alimentare": or two joined by "e")
        func portfolioAdjective(_ k: Int) -> Bool {
          k < n && st.joins(k - 1, k) && st.owner[k] == nil && !st.toks[k].capitalized && Self.isItalianAdjective(st.toks[k].folded)
            && Lexicon.portfolioWords.contains(st.toks[k].folded) && !Lexicon.complementWords.contains(st.toks[k].folded)
        }
        while portfolioAdjective(e + 1) {
          e += 1
          if e + 2 < n, st.toks[e + 1].folded == "e", st.owner[e + 1] == nil, portfolioAdjective(e + 2) { e += 2 }
        }
        capitalisedPortfolio()
        // ("il ministero dell'Energia e delle risorse idriche tagiko": the rest of the portfolio
        // in lower case after "e" and its preposition, portfolio words only, and the country's
        // adjective after it)
        // (and so may a listed one after a comma: "delle Risorse naturali, dell'ecologia e della
        // vigilanza tecnica del Kirghizistan")
        while true {
          let afterComma = e + 2 < n && st.gap(e, e + 1).elementsEqual([",", " "]) && Self.italianArticledOf.contains(st.toks[e + 1].folded)
            && st.owner[e + 1] == nil && st.owner[e + 2] == nil && st.joins(e + 1, e + 2) && !st.toks[e + 1].capitalized && !st.toks[e + 2].capitalized
            && Lexicon.portfolioWords.contains(st.toks[e + 2].folded)
          let afterAnd = e + 3 < n && st.toks[e + 1].folded == "e" && Self.italianArticledOf.contains(st.toks[e + 2].folded)
            && (e + 1...e + 3).allSatisfy({ st.joins($0 - 1, $0) && st.owner[$0] == nil && !st.toks[$0].capitalized }) && Lexicon.portfolioWords.contains(st.toks[e + 3].folded)
          guard e - t < 16, afterComma || afterAnd else { break }
          e += afterComma ? 2 : 3
          while e + 1 < n, e - t < 16, st.joins(e, e + 1), st.owner[e + 1] == nil, !st.toks[e + 1].capitalized, Lexicon.portfolioWords.contains(st.toks[e + 1].folded),
            !Lexicon.complementWords.contains(st.toks[e + 1].folded)
          { e += 1 }
          // ("… e dell'industria medica del Turkmenistan")
          capitalisedPortfolio()
        }
        if e + 1 < n, st.joins(e, e + 1), !st.toks[e + 1].capitalized, st.sentenceOf(e + 1) == st.sentenceOf(t),
          let c = adjectiveEntity(st.toks[e + 1].folded, maxTail: 2), c.kind == .region, c.subkind == "country"
        {
          release(st, e + 1, e + 1)
          e += 1
        }
        addLowerCaseMinistry(st, t, e, head: "Ministero")
        t = e
        continue
      }
      // "the Turkmen foreign ministry", "China's commerce ministry": an English ministry named
      // by its country's adjective or possessive and its portfolio, in either case (the
      // catalogue's ministry of that label if it has one: a scan of the catalogue, made only
      // for such a mention)
      if st.doc.language == "en", let (first, last, label) = englishCountryMinistry(st, t) {
        let folded = Normalizer.fold(label)
        let id: String
        if let entry = catalog.entries.first(where: { $0.kind == .organization && Normalizer.fold($0.label) == folded }) {
          addCatalogued(st, entry)
          id = entry.id
        } else {
          id = Transliteration.slug(label)
          st.addDiscovered(id, label: label, kind: .organization, subkind: "government")
        }
        takeOver(st, first, last)
        st.addSpan(first, last, id: id)
        t = last
        continue
      }
      // "МИД Кыргызстана", "МВД Узбекистана", "Минфин Казахстана": the Russian abbreviation of
      // a ministry before its country (those the catalogue knows, "МИД КНР", are read already)
      if st.doc.language == "ru", st.toks[t].capitalized, let head = Lexicon.russianMinistryAbbreviations[f], t + 1 < n, st.joins(t, t + 1), let o = st.owner[t + 1],
        st.spans[o].first == t + 1, st.subkind(of: st.spans[o].key) == "country"
      {
        let e = st.spans[o].last
        let label = head + " " + st.text(t + 1, e)
        let id = orgID(st, t, e, label: label, stemsOf: label)
        st.addDiscovered(id, label: label, kind: .organization, subkind: "government")
        takeOver(st, t, e)
        st.addSpan(t, e, id: id)
        t = e
        continue
      }
      // "представители министерства энергетики Республики Казахстан": a Russian ministry
      // written in lower case, its portfolio in the genitive and the country it belongs to
      if let e = lowerCaseRussianMinistryEnd(st, t) {
        addLowerCaseMinistry(st, t, e, head: "Министерство")
        t = e
        continue
      }
      // "the Government of Kazakhstan", "Правительство РК", "il governo del Kazakistan",
      // "Қазақстан Үкіметі": a country's or region's government is a body of its own
      // ("Кабинета Министров Туркменистана" is the English "Cabinet of Ministers of Turkmenistan")
      if let (first, last, place, cabinet) = governmentMention(st, t) {
        addGovernmentBody(st, label: (cabinet ? "Cabinet of Ministers of " : "Government of ") + (st.entities[place]?.label ?? place), parent: place, first, last)
        t = max(t, last)
        continue
      }
      // a catalogued body and the name it bears: "Евразийского национального университета
      // имени Л. Н. Гумилева" is one mention
      if f.utf8.elementsEqual("имени".utf8), t > 0, let o = st.owner[t - 1], st.spans[o].last == t - 1, st.entityKind(at: t - 1) == .organization, let e = honoreeEnd(st, t) {
        let first = st.spans[o].first, id = st.spans[o].key
        release(st, first, t - 1)
        release(st, t + 1, e)
        st.addSpan(first, e, id: id)
        t = e
        continue
      }
      // a legal form and a quoted name: АО «Узкимёсаноат», ТОО «…»; «…» акционерлік қоғамы
      if let (first, last) = quotedCompany(st, t) {
        // (a town's name the quote holds whole is the company's name only: СПК «Байқоңыр»)
        if let o = st.owner[first], st.spans[o].first == first, st.spans[o].last == last, [.city, .region].contains(st.entityKind(at: first)) { release(st, first, last) }
        addCompany(st, first, last)
        t = max(t, last)
        continue
      }
      // "la canadese Centerra Gold", "dalla russa Rosatom": an Italian article and a
      // nationality standing for "the company"
      // ("La cantina kazaka Arba Wine": a company noun may stand between)
      if st.doc.language == "it", !st.toks[t].capitalized, t > 0,
        Lexicon.italianArticles.contains(st.toks[t - 1].folded)
          || (t > 1 && ["cantina", "azienda", "società", "compagnia", "impresa", "ditta", "casa"].contains(st.toks[t - 1].folded) && Lexicon.italianArticles.contains(st.toks[t - 2].folded)),
        isPlaceAdjective(st, t) || Self.isItalianAdjective(st.toks[t].folded),
        t + 1 < n, st.joins(t, t + 1), st.owner[t + 1] == nil, isLatinName(st, t + 1), latinNameWord(st, t + 1)
      {
        let e = latinNameEnd(st, from: t + 1, limit: 3, ampersand: true)
        addCompany(st, t + 1, e)
        t = e
        continue
      }
      // "Radio Ozodi", "Радио Азаттык": "Radio" and one or two capitalised words of its script
      // make a broadcaster (over a town's one-word name: "Radio Astana")
      if f == "radio" || f == "радио", st.toks[t].capitalized, t + 1 < n, st.joins(t, t + 1), st.isCapName(t + 1),
        Morphology.isCyrillic(f) == Morphology.isCyrillic(st.toks[t + 1].folded), !Lexicon.stopCapitalized.contains(st.toks[t + 1].folded),
        st.owner[t + 1] == nil || oneWordPlaceOrProject(st, t + 1), st.sentenceOf(t + 1) == st.sentenceOf(t)
      {
        var e = t + 1
        if e + 1 < n, st.joins(e, e + 1), st.owner[e + 1] == nil, st.isCapName(e + 1), !Lexicon.stopCapitalized.contains(st.toks[e + 1].folded),
          Morphology.isCyrillic(f) == Morphology.isCyrillic(st.toks[e + 1].folded)
        { e += 1 }
        readAsNewBody(st, t, e, subkind: "media")
        t = e
        continue
      }
      // "Air Manas", "Air China": "Air" and a name make an airline (over a town's one-word name)
      if f.utf8.elementsEqual("air".utf8), st.toks[t].capitalized, t + 1 < n, st.joins(t, t + 1), isLatinName(st, t + 1),
        st.owner[t + 1] == nil || oneWordPlaceOrProject(st, t + 1)
      {
        if st.owner[t + 1] != nil { release(st, t + 1, t + 1) }
        addCompany(st, t, t + 1)
        t += 1
        continue
      }
      // "Abu Dhabi's Masdar", "Saudi Arabia's ACWA Power": a name owned by a place, in English,
      // is a company (not a project's name: "Tajikistan's Rogun hydropower plant")
      if st.doc.language == "en", t >= 2, isPossessiveS(st, t - 1), st.toks[t].capitalized,
        let o = st.owner[t - 2], [.region, .city].contains(st.entityKind(at: t - 2)), st.spans[o].last == t - 2, isLatinName(st, t), latinNameWord(st, t),
        st.joins(t - 1, t)
      {
        let e = latinNameEnd(st, from: t, limit: 2, ampersand: true)
        // (the word after the name, if the phrase goes on: "Centerra Gold. Open-pit reserves …"
        // ends at the full stop)
        let next = e + 1 < n && st.joins(e, e + 1) ? st.toks[e + 1].folded : ""
        // ("in Tajikistan's Khatlon" before "Khatlon Province": a short name of a place or body
        // the text names in full, which it mentions when its name opens with the word)
        // (not a word a complement follows, which opens a longer name: "Tajikistan's Ministry of
        // Economic Development" after "Tajikistan's Ministry of Industry")
        if t == e, !["of", "for", "on"].contains(next), isWordOfKnownName(st, t, kinds: [.region, .city, .organization]) {
          if let id = entityOpened(st, by: t, kinds: [.region, .city, .organization]) { st.addSpan(t, t, id: id) }
          continue
        }
        // ("in Russia's Chukotka.": after a preposition of place, one word that ends the phrase
        // is a region of that country; "a stake in China's Lihua" is a company's, and "in
        // Dushanbe's Shohmansur district" is the district rule's)
        let f = st.spans[o].first
        if t == e, f >= 1, ["in", "near", "across", "throughout"].contains(st.toks[f - 1].folded), st.joins(f - 1, f),
          !(f >= 2 && Lexicon.investmentWords.contains(st.toks[f - 2].folded)), e + 1 == n || st.gap(e, e + 1).contains(where: { ",.;:)".unicodeScalars.contains($0) })
        {
          addPlace(st, t, t, kind: .region, label: st.original(t))
          continue
        }
        // ("… uranium tailings in Tajikistan's Istiqlol" closing a headline's line: a place or
        // a company, which the body's own rules tell)
        if t == e, f >= 1, ["in", "near", "across", "throughout"].contains(st.toks[f - 1].folded), st.joins(f - 1, f), e + 1 < n, st.gap(e, e + 1).contains("\n") {
          continue
        }
        // (a body's cue or a continuing complement is the ordinary rules' business: "Beijing's
        // General Administration of Customs"; so is a lone acronym: "China's CGN")
        let acronym = t == e && st.doc.scalars[st.toks[t].start..<st.toks[t].end].allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
        // (nor a place or project named by its own noun: "Afghanistan's Wakhan Corridor"; nor
        // a headline's words: "China's Quiet Security Footprint in Tajikistan")
        // (nor words "and" joins to a body's cue: "Kazakhstan's Oil and Gas Association")
        let last = st.toks[e].folded
        let coordinated = next == "and" && e + 2 < n && st.joins(e + 1, e + 2) && st.toks[e + 2].capitalized
          && (e + 2...latinNameEnd(st, from: e + 2, limit: 4, ampersand: true)).contains(where: { Lexicon.orgCues[st.toks[$0].folded] != nil })
        if !Lexicon.projectModifiersEN.contains(next), !Lexicon.projectHeadsLowerEN.contains(next), !Lexicon.projectWordsEN.contains(next),
          !["of", "for", "on"].contains(next), !(t...e).contains(where: { Lexicon.orgCues[st.toks[$0].folded] != nil }), !acronym, !coordinated,
          Lexicon.placeCues[next] == nil,  // "Tajikistan's Khatlon region" is a place
          // ("Uzbekistan's Energy Minister", "Kazakhstan's Tourism and Sports Minister": a
          // portfolio before its minister is no body)
          !portfolioBeforeRole(st, from: t),
          !Lexicon.projectWordsEN.contains(last), Lexicon.placeCues[last] == nil, !Lexicon.naturalFeatureCues.contains(last), !st.inHeadline(t),
          // (nor a group's nickname that a number closes: "China's "Big Four" carmakers")
          !Lexicon.numberWordsEN.contains(last)
        {
          addCompany(st, t, e)
          t = e
          continue
        }
      }
      // "Allur's chairman", "Seres's shareholders": a free name whose board or shareholders the
      // text names is a company (places and people the text knows are taken already)
      if st.doc.language == "en", st.owner[t] == nil, st.toks[t].capitalized, isLatinName(st, t), latinNameWord(st, t),
        !(t > 0 && st.joins(t - 1, t) && st.toks[t - 1].capitalized), !Lexicon.isGivenName(st.toks[t].folded)
      {
        let e = latinNameEnd(st, from: t, limit: 3, ampersand: true)
        if e + 2 < n, isPossessiveS(st, e + 1), st.joins(e + 1, e + 2),
          Lexicon.companyPossessions.contains(st.toks[e + 2].folded), !(t...e).contains(where: { st.owner[$0] != nil }), !st.inHeadline(t),
          // (not a short name of a body the text has named: "Lihua's chairman" after "Xinjiang
          // Lihua Cotton", which the short-mention pass links)
          !isWordOfKnownName(st, t, kinds: [.organization])
        {
          addCompany(st, t, e)
          t = e
          continue
        }
      }
      // "il presidente di Veronafiere, Federico Bricolo", "chairman of Zhongtai": a free Latin
      // name after a company officer's title and "di"/"of" is the company
      if t >= 2, st.owner[t] == nil, st.toks[t].capitalized, ["di", "of"].contains(st.toks[t - 1].folded), Lexicon.companyOfficers.contains(st.toks[t - 2].folded),
        st.joins(t - 2, t - 1), st.joins(t - 1, t), isLatinName(st, t), latinNameWord(st, t), !Lexicon.isGivenName(st.toks[t].folded),
        !Lexicon.portfolioWords.contains(st.toks[t].folded), !st.inTitle(t), !st.inHeadline(t)
      {
        let e = latinNameEnd(st, from: t, limit: 3, ampersand: true)
        // (an acronym of a company the text names is that company: "BF" after "Bonifiche Ferraresi")
        let word = st.original(t)
        if t == e, word.count >= 2, word.allSatisfy(\.isUppercase),
          let id = st.order.first(where: { id in
            guard let x = st.entities[id], x.kind == .organization else { return false }
            return Self.initials(of: x.label) == st.toks[t].folded
          })
        {
          st.addSpan(t, t, id: id)
          continue
        }
        if !(t...e).contains(where: { Lexicon.portfolioWords.contains(st.toks[$0].folded) || Lexicon.orgCues[st.toks[$0].folded] != nil }) {
          addCompany(st, t, e)
          t = e
          continue
        }
      }
      // "Mercitalia, la società merci del gruppo …", "Zhongtai, a Chinese company": a Latin name
      // that a company word describes right after its comma
      // (not the words after a name's "and": "the China Arts and Entertainment Group, a state
      // agency" is one name, which the cue rules read)
      if st.toks[t].capitalized, !(t > 0 && st.joins(t - 1, t) && st.toks[t - 1].capitalized), isLatinName(st, t), latinNameWord(st, t), !isSentenceStart(st, t),
        !(t >= 2 && ["and", "e"].contains(st.toks[t - 1].folded) && st.joins(t - 2, t - 1) && st.toks[t - 2].capitalized)
      {
        let e = latinNameEnd(st, from: t, limit: 3, ampersand: true)
        // ("QazTrade, l'agenzia per lo sviluppo …": the elided article too)
        if e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]), ["la", "una", "the", "a", "an", "l"].contains(st.toks[e + 1].folded) {
          var c = e + 2
          // ("Bonifiche Ferraresi, la principale società …": an adjective before the company word)
          if c + 1 < n, !st.toks[c].capitalized, ["principale", "maggiore", "prima", "nuova", "grande", "leading", "major", "largest", "state"].contains(st.toks[c].folded) { c += 1 }
          if c < n, !st.toks[c].capitalized, isPlaceAdjective(st, c), st.toks[e + 1].folded != "la" && st.toks[e + 1].folded != "una" { c += 1 }  // "a Chinese company"
          if c < n, ["società", "company", "compagnia", "azienda", "firm", "agenzia", "agency"].contains(st.toks[c].folded) {
            addCompany(st, t, e)
            t = e
            continue
          }
        }
      }
      // "the Almaty Metropolitan municipal enterprise": an English name between "the" and a
      // lower-case noun saying what it is, with up to two adjectives before the noun
      if st.doc.language == "en", !st.toks[t].capitalized, Lexicon.companyNounsAfterName.contains(f), let (a, e) = nameBeforeCompanyNoun(st, t) {
        addCompany(st, a, e)
        continue
      }
      // "the state concern Turkmengaz", "la società cinese Huawei": a lower-case word that
      // describes a body, then its name (after a nationality adjective, if any)
      if !st.toks[t].capitalized, f.utf8.first.map({ $0 < 0x80 }) == true, Lexicon.describingCuesLatin.contains(f),  // (all start with a Latin letter)
        f != "tank" || t > 0 && st.toks[t - 1].folded == "think" && st.joins(t - 1, t)  // ("tank" only in "think tank")
      {
        var first = t + 1
        // up to two adjectives, three in Italian: a nationality's or a known one ("la società
        // cinese Huawei", "la compagnia elettrica statale uzbeka Thermal Power Plants"), or,
        // right before a Latin name, an Italian adjective of any kind ("la società mista KUC
        // Railway", "il gruppo farmaceutico fiorentino Menarini")
        for _ in 0..<(st.doc.language == "it" ? 3 : 2) {
          guard first < n, !st.toks[first].capitalized else { break }
          let w = st.toks[first].folded
          let known = isPlaceAdjective(st, first) || Self.isItalianAdjective(w)
          // (or before a known adjective and the name: "il gruppo alimentare veronese Pastamore")
          let anyItalian = st.doc.language == "it" && first + 1 < n && w.unicodeScalars.count >= 4 && "aeio".unicodeScalars.contains(w.unicodeScalars.last!)
            && !Lexicon.italianVowelFunctionWords.contains(w) && st.joins(first, first + 1) && (isLatinName(st, first + 1)
              || first == t + 1 && first + 2 < n && !st.toks[first + 1].capitalized && (isPlaceAdjective(st, first + 1) || Self.isItalianAdjective(st.toks[first + 1].folded))
                && isLatinName(st, first + 2) && st.joins(first + 1, first + 2))
          guard first == t + 1 ? known || anyItalian : st.doc.language == "it" && (known || anyItalian) && st.joins(first - 1, first) else { break }
          first += 1
        }
        // (an association's quoted name is the quoted-body rule's, which knows it for an NGO:
        // 'l'associazione "Artigiani di Kokand"')
        if Self.italianAssociationNouns.contains(f), first < n, st.gap(first - 1, first).contains(where: Self.isOpeningQuote) { continue }
        // ("environmental groups in Tashkent, including Ecomaktab": where they are, then the list)
        if first + 2 < n, st.toks[first].folded == "in", let o = st.owner[first + 1], st.spans[o].first == first + 1, isPlace(st, first + 1),
          case let pe = st.spans[o].last, pe + 1 < n, st.gap(pe, pe + 1).contains(","), ["including", "like"].contains(st.toks[pe + 1].folded)
        { first = pe + 1 }
        // ("companies from 30 countries, among them Petronas, …", "aziende di 12 paesi, tra cui
        // …": after a plural, a short lower-case complement up to a comma, then the list's opener)
        if ["companies", "firms", "groups", "aziende", "imprese", "gruppi", "società"].contains(f), let c = (first..<min(n, first + 6)).first(where: { st.gap($0 - 1, $0).contains(",") }),
          c > first, c + 1 < n, st.sentenceOf(c + 1) == st.sentenceOf(t),
          (first..<c).allSatisfy({ !st.toks[$0].capitalized || st.isNumeral($0) }),
          ["among", "including", "tra", "fra"].contains(st.toks[c].folded),
          st.toks[c].folded == "including" || Self.listOpenerPronouns.contains(st.toks[c + 1].folded)
        { first = st.toks[c].folded == "including" ? c : c + 2 }
        if first < n, st.toks[first].folded == "among", first + 1 < n, ["them", "others"].contains(st.toks[first + 1].folded) { first += 2 }
        if first + 1 < n, ["tra", "fra"].contains(st.toks[first].folded), ["le", "i", "questi", "queste"].contains(st.toks[first + 1].folded) { first += 2 }
        // "aziende italiane come Webuild", "companies such as Sinohydro"
        if first < n, ["come", "like", "including"].contains(st.toks[first].folded) { first += 1 }
        if first + 1 < n, st.toks[first].folded == "such", st.toks[first + 1].folded == "as" { first += 2 }
        if first + 1 < n, st.toks[first].folded == "tra", st.toks[first + 1].folded == "cui" { first += 2 }
        // ("la catena di supermercati Hongqi Chain", "la catena cinese di negozi di frutta
        // Pagoda": what the chain or group is of, in one or two phrases, then the name)
        if st.doc.language == "it" {
          var k = first
          for _ in 0..<2 {
            // (or "of the" in the plural: "l'associazione uzbeka degli allevatori Karakul Uzbekistan")
            guard k + 2 < n, ["di", "dei", "degli", "delle"].contains(st.toks[k].folded), !st.toks[k + 1].capitalized, st.owner[k + 1] == nil, st.toks[k + 1].folded.unicodeScalars.count >= 4,
              st.joins(k - 1, k), st.joins(k, k + 1), st.joins(k + 1, k + 2)
            else { break }
            k += 2
            // (the name may open with a town's: "la cooperativa di pescatori Aral Balyk")
            if st.toks[k].capitalized, isLatinName(st, k), st.owner[k] == nil || oneWordPlaceOrProject(st, k) && k + 1 < n && st.joins(k, k + 1) && st.isCapName(k + 1) {
              first = k
              break
            }
          }
        }
        // ("un'azienda di Aralsk, la Aral Balyk, ha firmato": the company's town, a comma and the
        // name after its article, set off by a second comma)
        if st.doc.language == "it", first == t + 1, first + 4 < n, st.toks[first].folded == "di", st.joins(first - 1, first), let o = st.owner[first + 1],
          st.spans[o].first == first + 1, isPlace(st, first + 1), case let pe = st.spans[o].last, pe + 2 < n, st.gap(pe, pe + 1).elementsEqual([",", " "]),
          ["la", "il", "lo", "l"].contains(st.toks[pe + 1].folded), !st.toks[pe + 1].capitalized, st.joins(pe + 1, pe + 2), st.toks[pe + 2].capitalized,
          let last = (pe + 2..<min(n - 1, pe + 6)).first(where: { !st.joins($0, $0 + 1) || !st.toks[$0 + 1].capitalized }), st.gap(last, last + 1).elementsEqual([",", " "])
        {
          first = pe + 2
        }
        // ("la società Stantsiya Ekibastuzskaya GRES-2": right after a company's noun, words a
        // person rule read as a name of its own are the company's)
        // (or after an Italian company noun and what it says of the company: "la cooperativa
        // agricola Kambala Balyk")
        if first == t + 1 || st.doc.language == "it", first < n, ["società", "company", "firm", "azienda", "compagnia", "cooperativa", "consorzio", "impresa", "ditta"].contains(f),
          st.joins(first - 1, first), let o = st.owner[first],
          st.spans[o].first == first, st.entityKind(at: first) == .person, st.entities[st.spans[o].key]?.catalogued == false
        {
          release(st, first, st.spans[o].last)
        }
        // ("un'altra società cinese, Jiaxin International Resources, ha …": a name set off by
        // commas on both sides)
        let apposition = first < n && st.gap(first - 1, first).elementsEqual([",", " "])
        // ("al pastificio La Molisana": an Italian name may open with its article)
        if st.doc.language == "it", first + 1 < n, st.toks[first].capitalized, ["la", "il", "lo", "le"].contains(st.toks[first].folded), st.joins(first - 1, first),
          st.joins(first, first + 1), st.owner[first] == nil, st.owner[first + 1] == nil, isLatinName(st, first + 1), latinNameWord(st, first + 1),
          st.sentenceOf(first + 1) == st.sentenceOf(t)
        {
          let e = latinNameEnd(st, from: first + 1, limit: 3, ampersand: false)
          addCompany(st, first, e)
          t = e
          continue
        }
        // ("la catena alberghiera Silk Road Samarkand": a name made of places' names and more
        // capitalised words is the company's)
        // ("The venture, Buston Rare Metals, is …": or set off by commas)
        var placesNamedEnd: Int?
        if first < n, st.joins(first - 1, first) || apposition, let o = st.owner[first], st.spans[o].first == first, [.region, .city].contains(st.entityKind(at: first)),
          isLatinName(st, first)
        {
          var e = st.spans[o].last
          // (or a name a person rule read: "la società cinese China Wu Yi")
          while e + 1 < n, e - first < 4, st.joins(e, e + 1), st.toks[e + 1].capitalized, isLatinName(st, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t),
            st.owner[e + 1] == nil ? latinNameWord(st, e + 1)
              : [.region, .city].contains(st.entityKind(at: e + 1))
                || st.entityKind(at: e + 1) == .person && st.owner[e + 1].map({ st.spans[$0].first == e + 1 && st.entities[st.spans[$0].key]?.catalogued == false }) == true
          {
            e = st.owner[e + 1].map { st.spans[$0].last } ?? e + 1
          }
          // (an apposition closes at a comma or at the sentence's end: "… 51 percent of the new
          // company, Mailuu-Suu Light.")
          if e > st.spans[o].last, !apposition || e + 1 < n && st.gap(e, e + 1).elementsEqual([",", " "]) || Self.closesSentence(st, e) {
            release(st, first, e)
            placesNamedEnd = e
          }
        }
        // ("the Kyrgyz state firm Kyrgyz Temir Jolu": a name may open with a nationality's
        // capitalised adjective when name words follow it)
        let adjectiveOpened = first + 1 < n && st.toks[first].capitalized && isPlaceAdjective(st, first) && st.gap(first, first + 1).elementsEqual([" "])
          && st.owner[first + 1] == nil && isLatinName(st, first + 1) && latinNameWord(st, first + 1)
        // ("aziende cinesi come Shanghai Fosun Pharmaceutical e …": a company read already may
        // open a list)
        let opensList = first < n && first > t + 1 && (["as", "come", "including", "like"].contains(st.toks[first - 1].folded) || Self.listOpenerPronouns.contains(st.toks[first - 1].folded))
        let readAlready = placesNamedEnd == nil && opensList
          && st.joins(first - 1, first) && st.sentenceOf(first) == st.sentenceOf(t)
          && st.owner[first].map({ st.spans[$0].first == first }) == true && st.entityKind(at: first) == .organization
        guard readAlready || placesNamedEnd != nil || first < n && (st.joins(first - 1, first) || apposition) && st.sentenceOf(first) == st.sentenceOf(t) && st.owner[first] == nil
          && isLatinName(st, first) && (latinNameWord(st, first) || adjectiveOpened)
        else { continue }
        var e = readAlready ? st.spans[st.owner[first]!].last : placesNamedEnd ?? latinNameEnd(st, from: first, limit: 3, ampersand: false)
        // ("il tour operator Viaggi dell'Elefante", "la società Banca dell'Artigianato": an
        // Italian name goes on over "di" and its article to a capitalised word nothing has read)
        if st.doc.language == "it", !readAlready, placesNamedEnd == nil, e + 2 < n, Lexicon.italianOf.contains(st.toks[e + 1].folded), st.joins(e, e + 1), st.joins(e + 1, e + 2),
          st.owner[e + 2] == nil, isLatinName(st, e + 2), latinNameWord(st, e + 2), st.sentenceOf(e + 2) == st.sentenceOf(t)
        {
          e = latinNameEnd(st, from: e + 2, limit: 2, ampersand: false)
        }
        // ("the think tank Center for Economic Research and Reforms": a body's cue that "for" or
        // "of" and capitalised words follow opens a longer name, the cue rules' to read)
        if !readAlready, placesNamedEnd == nil, Lexicon.orgCues[st.toks[e].folded] != nil, e + 2 < n, ["for", "of", "on"].contains(st.toks[e + 1].folded),
          st.joins(e, e + 1), st.joins(e + 1, e + 2), st.toks[e + 2].capitalized
        { continue }
        // ("la squadra kazaka XDS Astana", "the company Yutong Almaty": a town's one-word name
        // right after the name words closes the name, a team's or a branch's)
        if !readAlready, placesNamedEnd == nil, e + 1 < n, st.gap(e, e + 1).elementsEqual([" "]), let o = st.owner[e + 1], st.spans[o].first == e + 1,
          st.spans[o].last == e + 1, st.entityKind(at: e + 1) == .city, isLatinName(st, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t),
          !(e + 2 < n && st.joins(e + 1, e + 2) && st.toks[e + 2].capitalized)
        {
          release(st, e + 1, e + 1)
          e += 1
        }
        // ("il tour operator Kel 12": a number of one or two digits closes the name, unless a
        // unit or a noun it counts follows)
        if placesNamedEnd == nil, e + 1 < n, st.joins(e, e + 1), st.owner[e + 1] == nil, st.toks[e + 1].folded.unicodeScalars.count <= 2,
          st.isNumeral(e + 1),
          !(e + 2 < n && st.joins(e + 1, e + 2) && !st.toks[e + 2].capitalized
            && !["e", "ed", "ha", "hanno", "è", "sono", "and", "has", "have", "is", "are", "said", "will"].contains(st.toks[e + 2].folded))
        { e += 1 }
        if apposition, !(e + 1 < n && st.gap(e, e + 1).first == ","), !Self.closesSentence(st, e) { continue }
        if !readAlready { addCompany(st, first, e) }
        // "partners such as Yutong, JAC and Haval": the rest of a list after "such as"/"come"
        // (or after a plural word: "i lanifici biellesi Vitale Barberis Canonico e Reda")
        let plural = ["lanifici", "cantine", "aziende", "companies", "brands", "marchi", "gruppi", "firms", "imprese", "carmakers", "automakers", "wineries", "groups", "organisations", "organizations", "ngos",
          "supermercati", "ipermercati", "supermarkets", "hypermarkets", "catene", "chains", "retailers"].contains(f)
        if !apposition, plural || opensList {
          var k = e + 1
          while k < n, st.sentenceOf(k) == st.sentenceOf(t) {
            var next = k
            if ["and", "e"].contains(st.toks[k].folded) { next = k + 1 } else if st.gap(e, k).contains(",") { next = k } else { break }
            // ("aziende cinesi come Fosun e turche come Abdi Ibrahim": a second nationality and "come")
            if next + 2 < n, !st.toks[next].capitalized, ["come", "like"].contains(st.toks[next + 1].folded),
              isPlaceAdjective(st, next) || st.doc.language == "it" && "aeio".unicodeScalars.contains(st.toks[next].folded.unicodeScalars.last ?? " ")
            { next += 2 }
            // (a body the catalogue knows is an item of the list too: "Foton, Shacman and Higer")
            if next < n, let o = st.owner[next], st.spans[o].first == next, st.entityKind(at: next) == .organization, st.sentenceOf(next) == st.sentenceOf(t) {
              e = st.spans[o].last
              k = e + 1
              continue
            }
            guard next < n, st.owner[next] == nil, isLatinName(st, next), latinNameWord(st, next), st.sentenceOf(next) == st.sentenceOf(t) else { break }
            let last = latinNameEnd(st, from: next, limit: 3, ampersand: false)
            addCompany(st, next, last)
            e = last
            k = last + 1
          }
        }
        t = e
        continue
      }
      var cue: String?
      for c in st.cands[t] { if let h = Lexicon.orgCues[c] { cue = h; break } }
      // "Торговый дом Казахстана": a house is a body only as a trading house
      if cue == nil, t > 0, f.hasBytePrefix("дом"), f.unicodeScalars.count <= 5, st.toks[t - 1].folded.hasBytePrefix("торгов"), st.joins(t - 1, t) { cue = "Дом" }
      // (and so is a Kazakh house of trade, "сауда үйі": "Қытай-Өзбекстан сауда үйі")
      if cue == nil, Self.isKazakhTradeHouse(st, t) { cue = "Үйі" }
      // "«Allur» тобы": a group is a company's only after its quoted name
      if cue == nil, Self.isQuotedGroup(st, t) { cue = "Тобы" }
      // ("Морские суда", "грузовых судов": the plural of "судно", a ship, is no court; a
      // court's name stands in the singular)
      if cue == "Суд", ["суды", "судов", "судам", "судами", "судах"].contains(f) || f == "суда" && t > 0 && ["ые", "ие"].contains(where: { st.toks[t - 1].folded.hasByteSuffix($0) }) { continue }
      // (nor is a judge or referee: "Главный судья соревнований")
      if cue == "Суд", f.hasBytePrefix("судь") || f == "судей" { continue }
      guard let head = cue else { continue }
      // ("Rystad Energy", "Visor Capital": a line of business closes a company's name only as
      // its last word, never before a role or another capitalised word: "Kyrgyz Energy
      // Minister", "the AIFC's Finance Week")
      if Lexicon.closingOnlyOrgCues.contains(f), t + 1 < n, st.joins(t, t + 1), st.toks[t + 1].capitalized || Self.role(of: st, at: t + 1) != nil { continue }
      // ("Sungrow Power Supply": a supply closes a company's name after a brand, not after
      // what is supplied alone: "Water Supply in Almaty …", "Power Supply of …")
      if f == "supply" {
        var j = t - 1
        while j >= 0, st.toks[j].capitalized, st.joins(j, j + 1), st.sentenceOf(j) == st.sentenceOf(t), Self.suppliedGoods.contains(st.toks[j].folded) { j -= 1 }
        if j < 0 || !st.toks[j].capitalized || !st.joins(j, j + 1) || st.sentenceOf(j) != st.sentenceOf(t) || isSentenceStartAndCommon(st, j) { continue }
      }
      let cyr = Morphology.isCyrillic(f)
      var a = t, b = t
      var compound = false  // a bilateral adjective opens the name ("Казахстанско-китайский бизнес-совет")
      // "транспортная компания «Астана LRT»": after a company's cue, a quoted name that the
      // catalogue gives a project is the company that runs the project
      if cyr, Lexicon.companyHeads.contains(head), t + 1 < n, st.joins(t, t + 1), st.gap(t, t + 1).contains(where: Self.isOpeningQuote), let o = st.owner[t + 1],
        st.spans[o].first == t + 1, st.entityKind(at: t + 1) == .project, let e = quotedNameEnd(st, from: t + 1, limit: 5), st.spans[o].last == e
      {
        addCompany(st, t + 1, e)
        t = e
        continue
      }
      // "Компания «Казахстан темир жолы»": the cue describes a catalogued organisation; a
      // quoted name that runs on past it is a company of its own («КТЖ Экспресс»)
      if t + 1 < st.toks.count, let o = st.owner[t + 1], st.entities[st.spans[o].key]?.kind == .organization, st.joins(t, t + 1),
        !(st.doc.language == "kk" && cyr && Self.isKazakhOrgCue(st, t)),  // ("… университетінде Huawei …": the cue closes the name before it)
        // (a Latin name that runs on past the parent's is the subsidiary's, read below:
        // "корпорацией CRRC Changchun Railway Vehicles")
        !(cyr && !insideQuotes(st, t + 1) && isLatinName(st, t + 1) && latinNameRunsOn(st, after: st.spans[o].last)),
        // (a Russian body's cue before a catalogued body in the genitive names a body of that
        // body, read below: "Детской больнице Пекинского университета")
        !(st.doc.language == "ru" && cyr && Lexicon.institutionCues.contains(head) && !insideQuotes(st, t + 1)
          && st.spans[o].last > t + 1 && st.toks[t + 1].capitalized && Self.isRussianGenitiveAdjective(st.toks[t + 1].folded))
      {
        let last = st.spans[o].last
        // (a dash may join the parent's name and the subsidiary's: «КТЖ – Грузовые перевозки»)
        if insideQuotes(st, t + 1), last + 1 < n, insideQuotes(st, last + 1), st.joins(last, last + 1) || Self.spacedDash(st, last, last + 1),
          st.sentenceOf(last + 1) == st.sentenceOf(t)
        {
          var e = last + 1
          while e + 1 < n, e - t < 8, insideQuotes(st, e + 1), st.joins(e, e + 1) { e += 1 }
          addCompany(st, t + 1, e)
          t = e
        } else if cyr, Lexicon.companyHeads.contains(head), !insideQuotes(st, t + 1), last + 1 < n, st.gap(last, last + 1).contains(where: Self.isOpeningQuote),
          st.joins(last, last + 1), st.toks[last + 1].capitalized, st.sentenceOf(last + 1) == st.sentenceOf(t),
          let e = quotedNameEnd(st, from: last + 1, limit: 5), readOnlyAsPlaces(st, last + 1, e), ((last + 1)...e).contains(where: { st.owner[$0] == nil })
        {
          // "дочерняя компания CNPC «Чуаньцин Дриллинг»": a quoted name after the parent's
          // name is the subsidiary's own
          addCompany(st, last + 1, e)
          t = e
        }
        continue
      }
      // "компанией Jiangxi Copper", "корпорация PowerChina": a Latin name after a lower-case
      // Cyrillic cue is the organisation's own name (the cue only describes it)
      // (a Kazakh cue in the possessive closes the name before it: "… университетінде Huawei …")
      // (a cue opening a sentence is capitalised: "Авиакомпания My Freighter …")
      if cyr, !st.toks[t].capitalized || isSentenceStart(st, t), t + 1 < n, st.joins(t, t + 1), st.sentenceOf(t + 1) == st.sentenceOf(t), isLatinName(st, t + 1),
        !(st.doc.language == "kk" && Self.isKazakhOrgCue(st, t))
      {
        var e = t + 1
        // (up to eleven words: "компания China Jiangxi Corporation for International Economic
        // and Technical Cooperation"; a lower-case word never ends the name)
        while e + 1 < n, e - t < 11, joinsLatin(st, e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t) {
          if isLatinName(st, e + 1) { e += 1; continue }
          // (English "and"/"of"/"for" between capitalised words is inside the name in a Cyrillic text)
          guard ["and", "of", "for"].contains(st.toks[e + 1].folded), e + 2 < n, joinsLatin(st, e + 1, e + 2), isLatinName(st, e + 2), st.toks[e + 2].capitalized else { break }
          e += 2
        }
        let first = t + 1
        // a name that is wholly a catalogued place or organisation stays that ("компании China")
        if (first...e).allSatisfy({ st.owner[$0] != nil }) { continue }
        // (Latin words the person pass read as a name are the company's: "компания China Harbour
        // Investment"; so are a project's the project rules read inside it, and a parent
        // company's that opens it: "корпорацией CRRC Changchun Railway Vehicles")
        func readInside(_ k: Int) -> Bool {
          st.owner[k].map { o in
            let sp = st.spans[o]
            return sp.first >= first && sp.last < e
              && (st.entityKind(at: k) == .project && st.entities[sp.key]?.catalogued == false || st.entityKind(at: k) == .organization && sp.first == first)
          } == true
        }
        if (first...e).contains(where: { st.owner[$0] != nil && ![.region, .city, .person].contains(st.entityKind(at: $0)) && !readInside($0) }) { continue }
        for k in first...e where st.entityKind(at: k) == .person || readInside(k) { release(st, k, k) }
        addCompany(st, first, e)
        t = e
        // ("телеканалы «Qazsport» и «КХЛ ТВ»": a quoted name may open a list)
        if Lexicon.companyHeads.contains(head), closesQuote(st, e) { t = quotedListAfter(st, e) }
        continue
      }
      // "торговый дом «Қазақстан»": a trading house's quoted name, a place's too
      if head == "Дом", t + 1 < n, st.gap(t, t + 1).contains(where: Self.isOpeningQuote), st.joins(t, t + 1), st.toks[t + 1].capitalized,
        let e = quotedNameEnd(st, from: t + 1, limit: 5), readOnlyAsPlaces(st, t + 1, e)
      {
        let label = "Торговый дом «" + st.text(t + 1, e) + "»"
        addCompany(st, t - 1, e, label: label)
        t = e
        continue
      }
      // "корпорация «Синьтэн»", "холдинга «Байтерек»": a quoted name after a lower-case
      // company word is the company's own name (and after another body's word, that body's:
      // "общественного объединения «Таза Суу»")
      let companyHead = Lexicon.companyHeads.contains(head)
      // (a think tank's centre too: "аналитического центра «Ховар-Анализ»"; other centres'
      // quoted names are often sites': "логистический центр «…»")
      let thinkTank = head == "Центр" && t > 0 && st.joins(t - 1, t)
        && ["аналитическ", "исследовательск", "научн", "экспертн"].contains(where: { st.toks[t - 1].folded.hasBytePrefix($0) })
      if cyr, !st.toks[t].capitalized || isSentenceStart(st, t), companyHead || thinkTank || Lexicon.quotedBodyHeads.contains(head), t + 1 < n, st.gap(t, t + 1).contains(where: Self.isOpeningQuote),
        st.joins(t, t + 1), st.toks[t + 1].capitalized, st.sentenceOf(t + 1) == st.sentenceOf(t),
        // (a Kazakh cue in a case form says where or whose: "Университетте «Алтын қалам»
        // олимпиадасы өтті", an olympiad at the university)
        !(st.doc.language == "kk" && Morphology.hasKazakhCaseEnding(st.toks[t].folded))
      {
        // (a place may open the name: «Синьцзян Чжунтай»; or be all of it: корпорация «Туркестан»)
        if let e = quotedNameEnd(st, from: t + 1, limit: 5), readOnlyAsPlaces(st, t + 1, e), ((t + 1)...e).contains(where: { st.owner[$0] == nil }) || closesQuote(st, e) {
          // (a name that is only a place's is labelled with its company word, apart from the
          // place: "Корпорация «Туркестан»")
          let onlyPlace = ((t + 1)...e).allSatisfy { st.owner[$0] != nil }
          if !companyHead {
            guard !onlyPlace else { continue }
            readAsNewBody(st, t + 1, e, subkind: nil)
            t = e
            continue
          }
          addCompany(st, t + 1, e, label: onlyPlace ? head + " «" + st.text(t + 1, e) + "»" : nil)
          t = quotedListAfter(st, e)
          continue
        }
      }
      if cyr {
        if !st.toks[t].capitalized {
          // Kazakh puts the name before its cue: "China National Building Material компаниясы"
          if Self.isKazakhOrgCue(st, t), !Self.isKazakhFacilityCentre(st, t) {
            if let (first, last) = kazakhOrgName(st, t) {
              // ("Жұмыс тобы", a working group: "тобы" names a group of companies only after a
              // place or body the text knows, or a Latin or quoted name: "Шанхай кино тобы")
              if head == "Тобы", (first..<t).allSatisfy({ st.owner[$0] == nil }), !isLatinName(st, first), !opensQuote(st, first) { continue }
              let latin = last < t  // a Latin or quoted name's mention leaves the cue out
              // labelled with the cue in the nominative: "Астана опера театрында" → "… театры"
              let nominativeCue = st.cands[t].first { c in Lexicon.orgCues[c] != nil && (c.hasByteSuffix("ы") || c.hasByteSuffix("і")) }
              // (a quoted name keeps its closing quote: "«Шиелі күріш» кооперативі")
              let closing = st.gap(t - 1, t).contains(where: { $0 == "»" || $0 == "”" }) ? "»" : ""
              let cueWord = nominativeCue ?? Self.quotedGroupHead(st, t) ?? Self.bareKazakhCue(st, t) ?? (Self.isKazakhTradeHouse(st, t) ? "үйі" : nil)
              var label = !latin && first < t && cueWord != nil ? st.text(first, t - 1) + closing + " " + cueWord! : st.text(first, last)
              // (a quoted name keeps its opening quote: "«Орталық Азия» халықаралық … орталығы")
              if !latin { label = keepingOpeningQuote(st, first, label) }
              // (and its closing one when the cue stands inside: "«Азық-түлік келісім-шарт корпорациясы»")
              if label.hasPrefix("«"), !label.contains("»"), t + 1 < n, st.gap(t, t + 1).contains(where: { $0 == "»" || $0 == "”" }) { label += "»" }
              // (keyed on the nominative label's stems, so that "… университетімен" and "…
              // университетінің" meet)
              let id = latin ? Transliteration.slug(label) : orgID(st, first, last, label: label, stemsOf: label)
              // (a company's name is its brand, a country opening it included: "«Қазақстан темір
              // жолы» ұлттық компаниясы", "Қытай ұлттық мұнай-газ корпорациясы")
              let company = latin || catalog.entry(id)?.subkind == "company"
                || st.cands[t].contains { Lexicon.orgCues[$0] == "Корпорациясы" || Lexicon.orgCues[$0] == "Компаниясы" }
              st.addDiscovered(id, label: label, kind: .organization, subkind: company ? "company" : nil)
              // a place in the nominative opens the name ("Шыңжаң университеті"); one in the
              // genitive is mentioned ("Қазақстан Республикасының … министрлігі")
              // (nor is a country: "Қазақстан Республикасы Энергетика министрлігі" is the Republic's)
              let headPlace = st.owner[first].map { st.spans[$0].last } ?? first
              let country = st.owner[first].map { st.subkind(of: st.spans[$0].key) == "country" } ?? false
              let genitive = RelationRules.kazakhGenitive.contains { st.toks[headPlace].folded.hasByteSuffix($0) }
              // (nor is a town or region named with its own cue: "Тяньцзинь қаласы білім комиссиясы")
              let ownCue = headPlace + 1 < last && Lexicon.kazakhOwnPlaceCues.contains(st.toks[headPlace + 1].folded)
              takeOver(st, first, last, brand: !ownCue && (company && !genitive || !Morphology.hasKazakhCaseEnding(st.toks[headPlace].folded) && !country))
              st.addSpan(first, last, id: id)
              // (a Latin or quoted name ends before the cue: never step back)
              t = max(t, last)
            }
            continue
          }
          // "Ұлттық музейде": a capitalised Kazakh adjective and an institution, nominative
          if st.doc.language == "kk", t > 0, Lexicon.institutionCues.contains(head), st.toks[t - 1].capitalized, st.owner[t - 1] == nil, st.joins(t - 1, t),
            Morphology.isKazakhAdjective(st.toks[t - 1].folded), !isSentenceStartAndCommon(st, t - 1)
          {
            let label = st.original(t - 1) + " " + head.lowercased()
            let id = orgID(st, t - 1, t, label: label)
            st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
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
          } else if j > 2, !st.toks[j].capitalized, st.owner[j] == nil, Morphology.isRussianAdjective(st.toks[j].folded), st.gap(j - 1, j).elementsEqual(["-"]),
            !st.toks[j - 1].capitalized, st.owner[j - 1] == nil, st.toks[j - 1].folded.hasByteSuffix("о"), st.joins(j - 2, j - 1), st.toks[j - 2].capitalized,
            st.owner[j - 2] == nil, Morphology.isRussianAdjective(st.toks[j - 2].folded)
          {
            // "Совместной казахстанско-китайской комиссии": a capitalised adjective, then a
            // lower-case compound one
            j -= 2
            compound = true
          } else {
            // (up to three: "Ошская межобластная детская клиническая больница"; a state body's
            // too: "Национальной энергетической администрации КНР", whose genitive complement
            // below is still required)
            // (a lower-case compound adjective counts as one: "Харбинский ветеринарный
            // научно-исследовательский институт")
            var w = j
            var hyphened = 0
            while w > 0, c0 - w <= 3 + hyphened, !st.toks[w].capitalized, st.owner[w] == nil, st.joins(w, w + 1), st.sentenceOf(w) == st.sentenceOf(t),
              Morphology.isRussianAdjective(st.toks[w].folded)
            {
              if w > 1, !st.toks[w - 1].capitalized, st.owner[w - 1] == nil, st.gap(w - 1, w).elementsEqual(["-"]), st.toks[w - 1].folded.hasByteSuffix("о"),
                st.toks[w - 1].folded.unicodeScalars.count >= 4, Morphology.isCyrillic(st.toks[w - 1].folded)
              {
                w -= 1
                hyphened += 1
              }
              w -= 1
            }
            // (a company's cue only after a capitalised adjective inside a sentence that names no
            // place: "Национальной энергетической холдинговой компании")
            if Lexicon.institutionCues.contains(head) || !Lexicon.companyHeads.contains(head)
              || w < j && st.doc.language == "ru" && st.toks[w].capitalized && st.owner[w] == nil && !isSentenceStart(st, w)
                && Morphology.isRussianAdjective(st.toks[w].folded) && adjectiveEntity(st.toks[w].folded) == nil
            { j = w }
          }
          // ("Актюбинском областном суде": a town's adjective that spells its former name,
          // Актюбинск, which the catalogue read as the town, opens the name too)
          guard j >= 0, st.toks[j].capitalized, st.joins(j, j + 1), st.sentenceOf(j) == st.sentenceOf(t),
            st.owner[j] == nil || st.entityKind(at: j) == .region
              || st.entityKind(at: j) == .city && st.spans[st.owner[j]!].first == j && st.spans[st.owner[j]!].last == j && Morphology.isRussianAdjective(st.toks[j].folded),
            Morphology.isRussianAdjective(st.toks[j].folded) || st.gap(j, j + 1).elementsEqual(["-"])
          else { continue }
          // (no name runs over a spaced dash, and a sentence's describing first word is no name:
          // "Самый крупный – логистический центр"; nor is a comparative adverb that looks like a
          // neuter adjective: "Ранее прокуратура … области проверяла")
          if (j..<c0).contains(where: { Self.spacedDash(st, $0, $0 + 1) }) { continue }
          if isSentenceStart(st, j),
            Morphology.isDescribingRussianAdjective(st.toks[j].folded) || st.toks[j].folded.hasBytePrefix("сам") || Lexicon.russianComparativeAdverbs.contains(st.toks[j].folded)
          { continue }
          a = j
          // "Южно-Казахстанский университет": a capitalised first part of a compound
          // adjective ("Южно-", "Северо-", "Восточно-") belongs to the name
          if a > 0, st.owner[a - 1] == nil, st.toks[a - 1].capitalized, st.gap(a - 1, a).elementsEqual(["-"]), st.toks[a - 1].folded.hasByteSuffix("о"),
            st.toks[a - 1].folded.unicodeScalars.count >= 3, Morphology.isCyrillic(st.toks[a - 1].folded)
          { a -= 1 }
        } else if t > 0 && st.joins(t - 1, t) && st.sentenceOf(t - 1) == st.sentenceOf(t) && (st.toks[t - 1].capitalized || st.owner[t - 1] != nil) && t - 1 >= 0 && !isSentenceStart(st, t - 1),
          // ("Комитет индустрии туризма | Министерства туризма и спорта": the body a body belongs to)
          !(st.owner[t - 1].map { st.spans[$0].last == t - 1 && st.entityKind(at: t - 1) == .organization } ?? false)
        {
          continue
        }
        // extend over the genitive complement ("… стратегических исследований", "… Казахстана")
        var k = t + 1
        var pluralAdjective = false
        var remitAfterCountry = false
        // ("Министерство инвестиций, промышленности и торговли": genitives listed with commas,
        // the list closed by "и")
        func listedGenitive(_ k: Int) -> Bool {
          k == b + 1 && k > t + 1 && !st.toks[k].capitalized && st.owner[k] == nil
            && Morphology.isRussianGenitive(st.toks[k].folded, afterPluralAdjective: false) && (k + 1..<min(n, k + 4)).contains { st.toks[$0].folded == "и" }
        }
        // (a cue that opens a quotation running past a name's length opens a quoted speech, whose
        // words are no name's: "«Компании, работающие на Тенгизе, …»")
        let speech = opensQuote(st, t) && quotedNameEnd(st, from: t, limit: 8) == nil
        func named(_ k: Int) -> Bool { !speech && insideQuotes(st, k) }
        while k < n, k - t <= 9, st.joins(k - 1, k, comma: named(k) || listedGenitive(k)) {
          let w = st.toks[k].folded
          // "комитет по сотрудничеству", "центр по предотвращению стихийных бедствий": "по"
          // and up to three lower-case words (nouns and adjectives, no verbs)
          if w == "по", k == b + 1, k + 1 < n, !st.toks[k + 1].capitalized, st.owner[k + 1] == nil, st.gap(k, k + 1).elementsEqual([" "]) {
            var e = k + 1
            // ("по торгово-экономическому сотрудничеству": a compound adjective's first part and
            // its hyphen stand before the dative)
            if e + 1 < n, st.gap(e, e + 1).elementsEqual(["-"]), !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, Self.isRussianDativeAdjective(st.toks[e + 1].folded) { e += 1 }
            let dative = e
            // ("по водным ресурсам", "по чрезвычайным ситуациям": a dative adjective and its noun)
            if e + 1 < n, Self.isRussianDativeAdjective(st.toks[e].folded),
              !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, st.joins(e, e + 1), Self.isRussianDative(st.toks[e + 1].folded), !Morphology.isRussianAdjective(st.toks[e + 1].folded)
            { e += 1 }
            while e + 1 < n, e - k < 3, !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, st.joins(e, e + 1),
              Morphology.isRussianGenitive(st.toks[e + 1].folded, afterPluralAdjective: st.toks[e].folded.hasByteSuffix("ых") || st.toks[e].folded.hasByteSuffix("их"))
            { e += 1 }
            // "по использованию и охране трансграничных рек": a second dative after "и", and
            // its genitive complement
            if e == dative, e + 2 < n, st.toks[e + 1].folded == "и", st.owner[e + 2] == nil, !st.toks[e + 2].capitalized, st.joins(e, e + 1), st.joins(e + 1, e + 2),
              Self.isRussianDative(st.toks[e + 2].folded), Self.isRussianDative(st.toks[e].folded)
            {
              e += 2
              // ("по геологии и минеральным ресурсам": the second a dative adjective and its noun)
              if e + 1 < n, Self.isRussianDativeAdjective(st.toks[e].folded), !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, st.joins(e, e + 1),
                Self.isRussianDative(st.toks[e + 1].folded), !Morphology.isRussianAdjective(st.toks[e + 1].folded)
              { e += 1 }
              while e + 1 < n, e - k < 6, !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, st.joins(e, e + 1),
                Morphology.isRussianGenitive(st.toks[e + 1].folded, afterPluralAdjective: st.toks[e].folded.hasByteSuffix("ых") || st.toks[e].folded.hasByteSuffix("их"))
              { e += 1 }
            }
            // "по управлению государственным имуществом": what is managed, in the instrumental
            if e + 2 < n, e - k < 7, st.owner[e + 1] == nil, st.owner[e + 2] == nil, !st.toks[e + 1].capitalized, !st.toks[e + 2].capitalized,
              st.joins(e, e + 1), st.joins(e + 1, e + 2), ["ым", "им"].contains(where: { st.toks[e + 1].folded.hasByteSuffix($0) }),
              ["ом", "ем", "ой", "ами", "ями"].contains(where: { st.toks[e + 2].folded.hasByteSuffix($0) })
            { e += 2 }
            guard Self.isRussianDative(st.toks[dative].folded) else { break }
            b = e
            k = e + 1
            // (a remit after the body's country closes its name)
            if remitAfterCountry { break }
            continue
          }
          // "университет имени М. Ауэзова", "школа имени Абая": the name it bears is the
          // body's (initials included), not a person of the text
          // (nor a town the honoree's name spells: "имени И. Раззакова" is no mention of Razzakov)
          if let e = honoreeEnd(st, k) {
            for j in k + 1...e where st.owner[j] != nil { release(st, j, j) }
            b = e
            break
          }
          // "Государственного информационного бюро при Госсовете КНР", "Совет при Президенте":
          // a body attached to another body that the text names is that body's part
          if w == "при", k == b + 1, k + 1 < n, st.joins(k, k + 1), st.sentenceOf(k + 1) == st.sentenceOf(t), st.entityKind(at: k + 1) == .organization,
            let o = st.owner[k + 1], st.spans[o].first == k + 1
          {
            let e = st.spans[o].last
            release(st, k + 1, e)
            b = e
            break
          }
          // "Комитет по сотрудничеству между Правительством РК и Правительством КНР": the two
          // parties, each a capitalised word and a place or body, joined by "и"
          if w == "между", k == b + 1, let e = betweenParties(st, k) {
            b = e
            break
          }
          // "… по международному сотрудничеству в целях развития", "… в области энергетики": a
          // body's field after "в", then its genitive complement
          if w == "в", k == b + 1, k + 2 < n, ["целях", "области", "сфере"].contains(st.toks[k + 1].folded), st.joins(k, k + 1), st.joins(k + 1, k + 2),
            !st.toks[k + 2].capitalized, st.owner[k + 2] == nil, Morphology.isRussianGenitive(st.toks[k + 2].folded, afterPluralAdjective: false)
          {
            b = k + 2
            k += 3
            continue
          }
          if Lexicon.stopCapitalized.contains(w) && w != "и" { break }
          if w == "и", !(k + 1 < n && !st.toks[k + 1].capitalized) { break }
          // ("… педагогического института и местных колледжей": "и" right after the cue joins
          // another noun to the body's, not a second complement to it)
          if w == "и", k == t + 1 { break }
          // (nor does "и" before another body's cue: "театра пекинской оперы и ансамбля
          // народного танца" names two bodies)
          if w == "и", k + 1 < n, st.hasOrgCue(k + 1) { break }
          // (a Kazakh place in the locative says where the body works: "Компанияның
          // Қазақстандағы өкілі")
          if st.doc.language == "kk", Morphology.hasKazakhLocativeEnding(w, attributive: true, longerThan: 4) { break }
          // a role after the cue is its holder's title, not the name ("Университет ректоры …")
          if Self.role(of: st, at: k) != nil { break }
          if st.owner[k] != nil {
            let sp = st.spans[st.owner[k]!]
            // a person after the name is its subject ("… исследований Нурлан Жаксылыков")
            if st.entities[sp.key]?.kind == .person && !named(k) { break }
            // (in a Kazakh text a project or event after the cue is what it works on: "Институт
            // «Бір белдеу, бір жол» бастамасы аясында құрылған"; a Russian body may bear one:
            // "Альянс … «Один пояс, один путь»")
            if st.doc.language == "kk", st.entities[sp.key]?.kind == .project || st.entities[sp.key]?.kind == .event { break }
            b = sp.last
            k = sp.last + 1
            // (a place closes the name, "Министерство … Казахстана", unless a quote goes on
            // after it: "служба «Кыргызстан почтасы»")
            // (a Russian body's remit after "по" may follow its country: "Агентство Республики
            // Казахстан по финансовому мониторингу")
            let remitAfter = st.doc.language == "ru" && st.subkind(of: sp.key) == "country" && k + 1 < n && st.toks[k].folded == "по" && st.joins(sp.last, k)
              && !st.toks[k + 1].capitalized && st.owner[k + 1] == nil && Self.isRussianDative(st.toks[k + 1].folded)
            if st.entities[sp.key]?.kind == .region || st.entities[sp.key]?.kind == .city, !(named(sp.last) && k < n && named(k) && st.joins(sp.last, k)) {
              // (countries joined by dashes close it together: "Фонд сотрудничества в области
              // производственных мощностей Китай – Казахстан")
              var pairEnd = sp.last
              while st.subkind(of: sp.key) == "country", pairEnd + 1 < n, pairEnd - sp.last < 6, Self.dashJoined(st, pairEnd, pairEnd + 1), let o2 = st.owner[pairEnd + 1],
                st.spans[o2].first == pairEnd + 1, st.subkind(of: st.spans[o2].key) == "country", st.sentenceOf(pairEnd + 1) == st.sentenceOf(t)
              { pairEnd = st.spans[o2].last }
              if pairEnd > sp.last {
                b = pairEnd
                break
              }
              if !remitAfter { break }
              remitAfterCountry = true
            }
            continue
          }
          let quoted = named(k)
          // ("Детской больнице Чжэцзянского университета", "Институт … Национальной академии
          // наук Таджикистана": a capitalised adjective and a body's cue in the genitive, and
          // that body's own genitive complement, name the body it belongs to, which a later
          // pass reads)
          // (lower-case adjectives may stand before that cue: "Первой клинической больницы
          // Синьцзянского медицинского университета")
          var c = k + 1
          while c + 1 < n, c - k <= 2, st.owner[c] == nil, !st.toks[c].capitalized, st.joins(c - 1, c), Self.isRussianGenitiveAdjective(st.toks[c].folded) { c += 1 }
          if st.toks[k].capitalized, !quoted, c < n, st.doc.language == "ru", st.owner[c] == nil, !st.toks[c].capitalized, st.joins(c - 1, c),
            Self.isRussianGenitiveAdjective(w),
            st.cands[c].contains(where: { Lexicon.orgCues[$0].map(Lexicon.institutionCues.contains) ?? false }),
            Morphology.isRussianGenitive(st.toks[c].folded, afterPluralAdjective: false)
          {
            b = c
            k = c + 1
            continue
          }
          // ("на заседании Кабинета Министров": the cabinet's capitalised "of ministers", no
          // country after it)
          if k == t + 1, w == "министров", st.toks[t].folded.hasBytePrefix("кабинет") {
            b = k
            k += 1
            continue
          }
          if st.toks[k].capitalized && !quoted { break }
          // (a Kazakh text names a body head last: after a cue word read first, only a quoted
          // name continues it, and not one that a programme's noun follows: "Институт
          // «Болашақ» бағдарламасы аясында")
          if st.doc.language == "kk" {
            guard quoted else { break }
            if st.gap(k - 1, k).contains(where: Self.isOpeningQuote) {
              var e = k
              while e + 1 < n, e - k < 8, insideQuotes(st, e + 1), st.joins(e, e + 1) { e += 1 }
              if e + 1 < n, Lexicon.kazakhProgrammeHeads.contains(where: { st.toks[e + 1].folded.hasBytePrefix($0) }) { break }
            }
          }
          // a verb or an object is not part of the name ("Университет построит …")
          // (after "и" and a genitive plural, a plural genitive without an ending: "Центр
          // экономических исследований и реформ")
          let bareGenitivePlural = k >= 2 && st.toks[k - 1].folded == "и" && st.doc.language == "ru" && w.unicodeScalars.count >= 4
            && ["ий", "ов", "ев", "ей"].contains(where: { st.toks[k - 2].folded.hasByteSuffix($0) })
            && w.unicodeScalars.last.map { !"аеёиоуыэюяйь".unicodeScalars.contains($0) } == true
          // ("Китайский комитет содействия международной торговле": a noun of help governs the
          // dative, an adjective and its noun)
          if k == b + 1, ["содействия", "помощи", "поддержки"].contains(st.toks[b].folded), !st.toks[k].capitalized, st.owner[k] == nil {
            var e = k
            if Self.isRussianDativeAdjective(w) || w.hasByteSuffix("ой") && Morphology.isRussianAdjective(w), e + 1 < n, st.joins(e, e + 1), !st.toks[e + 1].capitalized,
              st.owner[e + 1] == nil
            { e += 1 }
            if e > k || Self.isRussianDative(w), Self.isRussianDative(st.toks[e].folded), !Morphology.isRussianAdjective(st.toks[e].folded) {
              b = e
              k = e + 1
              continue
            }
          }
          // (an indeclinable first part hyphened to a genitive: "Ассоциация интернет-торговли",
          // "… бизнес-образования")
          let hyphenedPrefix = !quoted && st.doc.language == "ru" && k + 1 < n && st.gap(k, k + 1).elementsEqual(["-"]) && !st.toks[k + 1].capitalized
            && Lexicon.russianHyphenPrefixes.contains(w) && Morphology.isRussianGenitive(st.toks[k + 1].folded, afterPluralAdjective: false)
          // (an adverb that ends as a genitive does is none: "… областной суд вчера")
          if !quoted && w != "и" && !bareGenitivePlural && !hyphenedPrefix && !Morphology.isRussianGenitive(w, afterPluralAdjective: pluralAdjective) || Lexicon.russianGenitiveLikeAdverbs.contains(w) { break }
          pluralAdjective = w.hasByteSuffix("ых") || w.hasByteSuffix("их")
          b = k
          k += 1
        }
        // (a name never ends on "и": "Центр исследований и" lost what followed)
        if b > t, st.toks[b].folded == "и" { b -= 1 }
        // ("Музея Казахстана это не касается": a museum's cue that only a sentence's start
        // capitalises, and only a country after it, names no museum)
        if head == "Музей", b > t, a == t, isSentenceStart(st, t), let o = st.owner[t + 1], st.spans[o].first == t + 1, st.spans[o].last == b,
          st.subkind(of: st.spans[o].key) == "country"
        { continue }
        // ("Головная компания подрядчика", "Компания пришла": a company's cue, or a describing
        // adjective and the cue, opening a sentence, then only lower-case words that no rule read,
        // name no company: companies bear proper or quoted names)
        if b > t, Lexicon.companyHeads.contains(head), !["Фонд", "Кинотеатр", "Телеканал"].contains(head), isSentenceStart(st, a), a >= t - 1,
          a == t || adjectiveEntity(st.toks[a].folded) == nil && !Lexicon.stateLevelStems.contains(where: { st.toks[a].folded.hasBytePrefix($0) }),
          onlyFreeLowerCase(st, t + 1, b)
        { continue }
        // ("Таджикско-китайское совместное предприятие ООО «Зарафшон»": adjectives and a cue
        // before a company's legal form or quoted name describe that company; they name none)
        // (a quote that opens the next sentence is no such name: "… бирже. «Это …")
        if b == t, t + 1 < n, st.sentenceOf(t + 1) == st.sentenceOf(t),
          Lexicon.legalForms.contains(st.toks[t + 1].folded) || st.gap(t, t + 1).contains(where: Self.isOpeningQuote)
        { continue }
        // "Синьцзянский университет": a place's adjective before an institution's cue is
        // the institution's name; "Китайская компания" at a sentence's start is not
        // (a bilateral adjective names any body: "Казахстанско-китайский бизнес-совет")
        // (a country's adjective too when a lower-case adjective stands between it and a school's
        // cue: "Казахской национальной академии", "Китайского народного университета")
        if b == t, !compound {
          let placeAdjective = a < t ? adjectiveEntity(st.toks[a].folded) : nil
          // (and any body's cue after a capitalised adjective that names no place, within a
          // sentence: "Национального статистического комитета", "Государственный комитет",
          // "Социального фонда", a fund being no company to need two adjectives; not
          // a quoted name, which the quoted rules read: "«Молочный союз» зауыты")
          // (at a sentence's start too when a state's level opens two adjectives or more:
          // "Государственная налоговая служба при Министерстве финансов …")
          let stateLevel = a < t - 1 && Lexicon.stateLevelStems.contains(where: { st.toks[a].folded.hasBytePrefix($0) })
          let namedByAdjective = a < t && st.doc.language == "ru" && (!isSentenceStart(st, a) || stateLevel) && placeAdjective == nil
            && (!Lexicon.companyHeads.contains(head) || head == "Фонд" || a < t - 1) && !insideQuotes(st, a)
          // (a country's adjective, a lower-case adjective of the field and a union's cue name a
          // national union, at a sentence's start too: "Китайская шахматная ассоциация",
          // "Российский футбольный союз")
          let nationalUnion = a < t - 1 && placeAdjective?.subkind == "country" && Lexicon.unionHeads.contains(head) && !insideQuotes(st, a)
          // ("эксперт Американского университета в Центральной Азии": a country's adjective
          // capitalised inside a sentence, a school's cue, "в" and a place name a school abroad,
          // the place its name's end; "американский университет" alone describes one)
          if st.doc.language == "ru", a < t, placeAdjective?.subkind == "country", st.toks[a].capitalized, !isSentenceStart(st, a), !insideQuotes(st, a),
            ["Университет", "Институт", "Академия", "Колледж"].contains(head), t + 2 < n, st.toks[t + 1].folded == "в", st.joins(t, t + 1), st.joins(t + 1, t + 2),
            let o = st.owner[t + 2], st.spans[o].first == t + 2, [.city, .region].contains(st.entityKind(at: t + 2)), st.sentenceOf(st.spans[o].last) == st.sentenceOf(t)
          {
            b = st.spans[o].last
          } else if !namedByAdjective, !nationalUnion, !(a < t && Lexicon.institutionCues.contains(head) && (!isSentenceStart(st, a) || placeAdjective != nil || Self.russianTownAdjectiveBase(st.toks[a].folded).map { catalogHasPlace(named: $0) } == true)
            && (placeAdjective.map { $0.subkind != "country" || a < t - 1 && Lexicon.schoolCues.contains(head) } ?? true)) { continue }
        }
      } else {
        // Latin: extend the capitalised run left and right
        guard st.toks[t].capitalized || Lexicon.closingLegalForms.contains(f) else { continue }
        // ("China Boosts Solar Power", "Kazakhstan Expands Wind Energy": a headline's place and
        // verb before a line of business make no company's name)
        if Lexicon.closingOnlyOrgCues.contains(f), st.inHeadline(t), headlineVerbBefore(st, t) { continue }
        // "Ding co-chaired": the prefix co-, not "Co."
        if f == "co", !st.toks[t].capitalized, st.toks[t].end < st.doc.scalars.count, Normalizer.fold(st.doc.scalars[st.toks[t].end]) == "-" { continue }
        while a > 0, st.sentenceOf(a - 1) == st.sentenceOf(t) {
          // "Foreign Engineering and Construction Co.": step over "and" between capitalised words
          // (but an acronym after "and" opens a second name: "Barqi Tojik and TBEA Co."; so does
          // an institution's noun before it: "Almaty Management University and Kazakh-British
          // Technical University")
          // (nor does a town or province after it: "Xi'an Heavy Machinery and Lanzhou Steel Works")
          // ("Shaanxi Coal and Chemical Industry Group": a company a rule read before "and" from a
          // province and a trade word is the name's first part)
          // (not a body's name: "the Ministry of Agriculture and Kaspi Holding Group" are two)
          // ("Xinjiang Beixin Road and Bridge Group": nor a road or company a rule read from a
          // name and "Road", which Chinese builders' names join to "Bridge")
          let readBefore = a >= 2 && st.owner[a - 2].map { o in
            st.spans[o].last == a - 2 && st.entities[st.spans[o].key].map { e in
              !e.catalogued && (e.kind == .organization && e.subkind == "company" && Lexicon.industryWords.contains(st.toks[a - 2].folded)
                || (e.kind == .project || e.kind == .organization) && st.toks[a - 2].folded == "road" && st.toks[a].folded == "bridge")
            } == true
              && a - 2 - st.spans[o].first <= 2
              && (st.spans[o].first...(a - 2)).allSatisfy { st.toks[$0].capitalized }
          } == true
          if st.toks[a - 1].folded == "and", a >= 2, st.isCapName(a), st.toks[a - 2].capitalized, st.owner[a - 2] == nil || readBefore, st.joins(a - 2, a - 1), st.joins(a - 1, a),
            !(st.owner[a] != nil && [.city, .region].contains(st.entityKind(at: a))),
            st.sentenceOf(a - 2) == st.sentenceOf(t), !Lexicon.stopCapitalized.contains(st.toks[a - 2].folded), !Lexicon.closingInstitutionNouns.contains(st.toks[a - 2].folded),
            // (nor the last "and" of a list of names: "Petronas, Dragon Oil and Mitsubishi Corporation")
            !closesCommaList(st, before: a - 2)
          {
            if readBefore, let o = st.owner[a - 2] {
              let first = st.spans[o].first
              release(st, first, a - 2)
              a = first
            } else {
              a -= 2
            }
            continue
          }
          // "China Railway No. 10 Engineering Group": a unit's number inside the name
          if a >= 3, st.isNumeral(a - 1), st.unitNumberEnd(after: a - 3) == a - 1, st.joins(a - 1, a), st.toks[a - 3].capitalized,
            st.sentenceOf(a - 3) == st.sentenceOf(t)
          {
            a -= 2
            continue
          }
          // "Hadonggan People's Federation": step over the possessive 's
          // (but a body's possessive names another body: "Harvard University's Davis Center")
          if a >= 2, isPossessiveS(st, a - 1), st.toks[a - 2].capitalized, st.owner[a - 2] == nil,
            Lexicon.orgCues[st.toks[a - 2].folded] == nil
          {
            a -= 2
            continue
          }
          // (nor a plural's possessive: "Academy of Sciences' | Center of Genomics" are two;
          // but a plain plural with no body's cue before it opens the name: "Kyrgyz
          // Beekeepers' Association", "Farmers' Union")
          if isPluralPossessive(st, a - 1) {
            var q = a - 2
            while q >= 0, a - 2 - q < 3, st.toks[q].capitalized, st.joins(q, q + 1), st.sentenceOf(q) == st.sentenceOf(t) { q -= 1 }
            guard st.toks[a - 1].capitalized, st.owner[a - 1] == nil, Lexicon.orgCues[st.toks[a - 1].folded] == nil,
              !(q + 1..<a - 1).contains(where: { Lexicon.orgCues[st.toks[$0].folded] != nil }), !isSentenceStartAndCommon(st, a - 1)
            else { break }
            a -= 1
            continue
          }
          // "L'Università …", "All'Università …" opening a sentence: an elided article or
          // articulated preposition is not part of the name
          if st.gap(a - 1, a).contains(where: { $0 == "'" || $0 == "’" }),
            Lexicon.complementWords.contains(st.toks[a - 1].folded) || Lexicon.italianArticles.contains(st.toks[a - 1].folded)
          { break }
          // (a Latin name takes no Cyrillic word: "Жобаны «China Power … Holding» компаниясы")
          // ("China Petroleum Engineering & Construction Corporation": an ampersand joins words)
          // (a catalogued name is read by its first word: "Xi'an")
          let p = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
          // (a project's name too: "Kambarata-1 Hydropower Company", the plant's owner)
          // (nor over a spaced dash, which closes a dateline: "TASHKENT — Guangdong Monalisa Group")
          guard st.owner[a - 1] == nil || [.region, .organization, .city, .project].contains(st.entityKind(at: a - 1)), st.toks[p].capitalized, joinsLatin(st, a - 1, a),
            !Self.spacedDash(st, a - 1, a),
            !Morphology.isCyrillic(st.toks[a - 1].folded),
            // ("Astana IT University": an acronym is no pronoun; nor is a letter an ampersand
            // joins: "Northwest A&F University")
            !Lexicon.stopCapitalized.contains(st.toks[p].folded) || p > 0 && Self.isUpperAcronym(st, p) || st.gap(a - 1, a).elementsEqual(["&"]),
            !isSentenceStartAndCommon(st, p), !isStarter(st, p), Self.role(of: st, at: p) == nil
          else { break }
          // a catalogued name is taken whole ("National People's Congress Standing Committee")
          a = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
        }
        // "Co."/"Ltd" close a name: with none before them they are a prefix ("co-fund")
        if a == t, Lexicon.closingLegalForms.contains(f) { continue }
        var k = t + 1
        // "Università Nazarbayev": a surname right after the cue names the body
        if k == t + 1, k < n, st.joins(t, k), let o = st.owner[k], st.spans[o].first == st.spans[o].last, st.entityKind(at: k) == .person, st.toks[t].capitalized {
          b = k
          k += 1
        }
        while k < n, k - a < 12, st.entityKind(at: k) != .person {
          // ("Nidek Technologies di Albignasego": an English company word closes a name that
          // an Italian "di" follows, which says where the company is)
          if st.doc.language == "it", k == t + 1, a < t, Lexicon.englishCompanyWords.contains(f),
            Lexicon.italianOf.contains(st.toks[k].folded)
          { break }
          // ("China Petroleum Engineering & Construction": an ampersand joins two capitalised
          // Latin words of the name, as it does on the left, after two words at least: "Energy &
          // Utilities" is a page's section)
          if k == b + 1, b > a, !st.joins(k - 1, k), joinsLatin(st, k - 1, k), st.toks[k].capitalized, st.toks[k - 1].capitalized, st.owner[k] == nil,
            isLatinName(st, k), st.sentenceOf(k) == st.sentenceOf(t)
          {
            b = k
            k += 1
            continue
          }
          if !st.joins(k - 1, k) {
            // "Ministry of Investment, Industry and Trade": a listed complement after "of"
            // (of more than two items too: "Ministry of Culture, Information, Sports and Youth Policy")
            // ("Ministero degli Investimenti, dell'Industria e del Commercio": an Italian item
            // keeps its "of" and article)
            let italian = st.doc.language == "it"
            func item(_ m: Int) -> Bool { st.toks[m].capitalized || italian && m + 1 < n && Self.italianArticledOf.contains(st.toks[m].folded) && st.toks[m + 1].capitalized }
            guard k + 2 < n, st.joins(k - 1, k, comma: true), item(k), (a..<k).contains(where: { Lexicon.complementWords.contains(st.toks[$0].folded) }),
              let j = (k + 1..<min(n - 1, k + (italian ? 9 : 6))).first(where: { ["and", "e"].contains(st.toks[$0].folded) }),
              (k..<j).allSatisfy({ item($0) && st.owner[$0] == nil }), item(j + 1), (k + 1...j + 1).allSatisfy({ st.joins($0 - 1, $0, comma: $0 <= j) })
            else { break }
            b = st.toks[j + 1].capitalized ? j + 1 : j + 2
            guard b == j + 1 || b < n && st.joins(j + 1, b) && st.owner[b] == nil else { break }
            k = b + 1
            continue
          }
          let w = st.toks[k].folded
          // ("Istituto Centrale per il Restauro", "Istituto per gli Studi di Politica
          // Internazionale": "per" and an article before a capitalised word)
          if st.doc.language == "it", w == "per", k + 2 < n, ["il", "lo", "la", "l", "i", "gli", "le"].contains(st.toks[k + 1].folded), st.joins(k, k + 1),
            st.joins(k + 1, k + 2) || st.gap(k + 1, k + 2).allSatisfy({ $0 == "'" || $0 == "’" }), st.toks[k + 2].capitalized, st.owner[k + 2] == nil,
            !Lexicon.weekdaysAndMonths.contains(st.toks[k + 2].folded)
          { b = k + 2; k += 3; continue }
          // ("Università per Stranieri di Perugia": or a capitalised word right after "per")
          if st.doc.language == "it", w == "per", k + 1 < n, st.joins(k, k + 1), st.toks[k + 1].capitalized, st.owner[k + 1] == nil, isLatinName(st, k + 1),
            !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded), st.sentenceOf(k + 1) == st.sentenceOf(t)
          { b = k + 1; k += 2; continue }
          // "Agenzia per l'energia atomica del Kazakistan", "Unione dei cerealicoltori del
          // Kazakistan", "Ministero dell'energia del Kirghizistan": Italian lower-case words
          // after "per"/"dei"/"dell'", up to "del"/"di" and a place
          if st.doc.language == "it", ["per", "dei", "degli", "delle", "di", "dell", "della", "dello", "del"].contains(w), k + 1 < n, !st.toks[k + 1].capitalized {
            var j = k + 1
            var end: Int?
            while j < n, j - k <= 6, !st.toks[j].capitalized, st.owner[j] == nil, st.joins(j - 1, j) {
              // ("Camera di commercio italo-kazaka": a bilateral adjective closes the name)
              if j > k + 1, j + 1 < n, st.gap(j, j + 1).elementsEqual(["-"]), !st.toks[j + 1].capitalized, isPlaceAdjective(st, j + 1) {
                end = j + 1
                break
              }
              if ["del", "della", "di", "dell", "dello"].contains(st.toks[j].folded), j + 1 < n, st.joins(j, j + 1), st.toks[j + 1].capitalized,
                st.entityKind(at: j + 1) == .region || st.entityKind(at: j + 1) == .city
              {
                // (a compass adjective after it is the name's: "del Mare Adriatico orientale")
                let place = st.owner[j + 1].map { st.spans[$0].last } ?? j + 1
                end = italianCompassEnd(st, place)
                break
              }
              // ("Autorità di sistema portuale del Mar Ligure occidentale": a sea or lake, which
              // the place pass reads later, and a compass adjective after it)
              if ["del", "dello", "dell"].contains(st.toks[j].folded), j + 2 < n, st.joins(j, j + 1), st.joins(j + 1, j + 2), st.toks[j + 1].capitalized,
                st.owner[j + 1] == nil, st.cands[j + 1].contains(where: { Lexicon.naturalFeatureCues.contains($0) }), st.isCapName(j + 2), st.owner[j + 2] == nil
              {
                end = italianCompassEnd(st, j + 2)
                break
              }
              j += 1
            }
            // ("Fondazione per lo sviluppo dell'arte e della cultura": what the body is for,
            // with no place; also after the body's own name: "Fondazione Aga Khan per lo
            // sviluppo economico")
            // ("Comitato di Stato per la sicurezza nazionale": the capitalised name may hold "di")
            if end == nil, k == b + 1, k == t + 1 || (t + 1...b).allSatisfy({ st.toks[$0].capitalized || st.toks[$0].folded == "di" || Self.italianArticledOf.contains(st.toks[$0].folded) }),
              w == "per", st.toks[t].capitalized
            {
              end = italianPurpose(st, k, sentence: st.sentenceOf(t))
              // (after a name, only a phrase that closes there: "Consorzio Vino Chianti | per la
              // formazione di enologi" is what an agreement is for)
              if k > t + 1, let e = end, e + 1 < n, st.joins(e, e + 1), ["di", "del", "della", "dei", "degli", "delle", "dell", "e"].contains(st.toks[e + 1].folded) { end = nil }
            }
            // ("Associazione degli scrittori cinesi", "Consiglio degli investitori esteri": right
            // after the cue, a lower-case noun and a country's adjective or "foreign", the people
            // the body gathers, closing the phrase)
            if end == nil, k == t + 1, ["di", "dei", "degli", "delle"].contains(w), k + 2 < n, st.owner[k + 1] == nil, st.joins(k + 1, k + 2), !st.toks[k + 2].capitalized,
              adjectiveEntity(st.toks[k + 2].folded)?.subkind == "country" || ["esteri", "stranieri"].contains(st.toks[k + 2].folded), st.sentenceOf(k + 2) == st.sentenceOf(t),
              k + 3 >= n || !st.joins(k + 2, k + 3) || !Lexicon.complementWords.contains(st.toks[k + 3].folded)
            {
              end = k + 2
            }
            // ("Dipartimento del turismo del ministero dell'Economia": right after a capitalised
            // cue, one lower-case noun, then "del" and the body the department belongs to)
            if end == nil, k == t + 1, st.toks[t].capitalized, ["del", "della", "dello", "dell", "dei", "degli", "delle"].contains(w), k + 3 < n, st.owner[k + 1] == nil, Self.isItalianNoun(st.toks[k + 1].folded),
              st.joins(k, k + 1), st.joins(k + 1, k + 2), ["del", "della", "dello", "dell"].contains(st.toks[k + 2].folded), st.joins(k + 2, k + 3),
              !st.toks[k + 3].capitalized, Lexicon.italianGoverningBodies.contains(st.toks[k + 3].folded)
            {
              end = k + 1
            }
            if let e = end {
              b = e
              k = e + 1
              continue
            }
            // ("Comitato di cooperazione Cina-Kazakistan": "di" may open the rules below)
            if w != "di" { break }
          }
          // "Fondo saudita per lo sviluppo": a country's adjective right after the cue, then what
          // the body is for
          if st.doc.language == "it", k == b + 1, k + 1 < n, !st.toks[k].capitalized, st.joins(k - 1, k), adjectiveEntity(w)?.subkind == "country",
            let e = italianPurpose(st, k + 1, sentence: st.sentenceOf(t))
          {
            b = e
            k = b + 1
            continue
          }
          // "Associazione internazionale del Corridoio di Mezzo": Italian adjectives after the
          // cue, then "del" and a name
          if st.doc.language == "it", k == b + 1, !st.toks[k].capitalized, Self.isItalianAdjective(w) {
            var j = k
            while j < n, j - k < 2, !st.toks[j].capitalized, st.joins(j - 1, j) {
              // ("italo-kazaka": a compound adjective, whose parts a country's adjective may have read)
              if j + 1 < n, st.gap(j, j + 1).elementsEqual(["-"]), !st.toks[j + 1].capitalized,
                Self.isItalianAdjective(st.toks[j + 1].folded) || adjectiveEntity(st.toks[j + 1].folded) != nil
              {
                j += 2
                continue
              }
              guard st.owner[j] == nil, Self.isItalianAdjective(st.toks[j].folded) else { break }
              j += 1
            }
            // ("Ufficio internazionale kazako per i diritti umani": the adjectives, the country's
            // adjective, then what the body is for)
            if j > k, j + 1 < n, !st.toks[j].capitalized, st.joins(j - 1, j), adjectiveEntity(st.toks[j].folded)?.subkind == "country",
              let e = italianPurpose(st, j + 1, sentence: st.sentenceOf(t))
            {
              b = e
              k = b + 1
              continue
            }
            // "Commissione intergovernativa italo-kazaka per la cooperazione economica": "per",
            // an article, what the body is for (a noun and maybe an adjective)
            if j > k, let e = italianPurpose(st, j, sentence: st.sentenceOf(t)) {
              b = e
              k = b + 1
              continue
            }
            // "Accademia centrale di belle arti di Pechino": the adjectives, what the body is of
            // (up to two lower-case words), then "di" and its place
            if j > k, j + 3 < n, ["di", "del", "della", "dell"].contains(st.toks[j].folded), st.joins(j - 1, j),
              let m = (j + 2...min(j + 3, n - 2)).first(where: { m in ["di", "del", "della", "dell"].contains(st.toks[m].folded) }),
              (j + 1..<m).allSatisfy({ st.owner[$0] == nil && !st.toks[$0].capitalized && st.joins($0 - 1, $0) && st.toks[$0].folded.unicodeScalars.count >= 4 }),
              st.joins(m - 1, m), st.joins(m, m + 1), st.entityKind(at: m + 1) == .city || st.entityKind(at: m + 1) == .region, st.sentenceOf(m + 1) == st.sentenceOf(t)
            {
              b = st.owner[m + 1].map { st.spans[$0].last } ?? m + 1
              k = b + 1
              continue
            }
            // "Consiglio imprenditoriale Italia-Kazakistan": the adjectives, then places joined
            // by dashes
            if j > k, j + 1 < n, st.joins(j - 1, j), st.entityKind(at: j) == .region || st.entityKind(at: j) == .city, st.sentenceOf(j) == st.sentenceOf(t),
              case let placeEnd = st.owner[j].map({ st.spans[$0].last }) ?? j, Self.dashJoined(st, placeEnd, placeEnd + 1),
              st.entityKind(at: placeEnd + 1) == .region || st.entityKind(at: placeEnd + 1) == .city
            {
              var e = placeEnd
              while e + 1 < n, e - j < 8, Self.dashJoined(st, e, e + 1), st.entityKind(at: e + 1) == .region || st.entityKind(at: e + 1) == .city {
                e = st.owner[e + 1].map { st.spans[$0].last } ?? e + 1
              }
              b = e
              k = e + 1
              continue
            }
            // ("Comitato intergovernativo di cooperazione Turkmenistan-Cina": the adjectives,
            // then the complement noun and the places it relates, read below)
            if j + 2 < n, ["di", "per"].contains(st.toks[j].folded), !st.toks[j + 1].capitalized, st.owner[j + 1] == nil, st.joins(j - 1, j), st.joins(j, j + 1),
              st.joins(j + 1, j + 2), Self.isItalianNoun(st.toks[j + 1].folded), st.entityKind(at: j + 2) == .region || st.entityKind(at: j + 2) == .city,
              Self.dashJoined(st, st.owner[j + 2].map { st.spans[$0].last } ?? j + 2, (st.owner[j + 2].map { st.spans[$0].last } ?? j + 2) + 1)
            {
              k = j
              continue
            }
            guard j + 1 < n, ["di", "del", "della", "dell", "dello", "dei", "degli", "delle"].contains(st.toks[j].folded), st.joins(j - 1, j), st.joins(j, j + 1),
              st.toks[j + 1].capitalized, st.entityKind(at: j + 1) != .person, st.sentenceOf(j + 1) == st.sentenceOf(t)
            else {
              // "Commissione intergovernativa italo-kirghisa": adjectives that end in two
              // countries' compound name a body of their own
              if j > k + 1, st.gap(j - 2, j - 1).elementsEqual(["-"]), adjectiveEntity(st.toks[j - 1].folded)?.subkind == "country" { b = j - 1 }
              // "Amministrazione spaziale nazionale cinese": the adjectives, then the country's
              // adjective that closes the body's name
              if j > k, j < n, !st.toks[j].capitalized, st.joins(j - 1, j), st.sentenceOf(j) == st.sentenceOf(t),
                adjectiveEntity(st.toks[j].folded)?.subkind == "country"
              {
                b = j
                // (and the name the body bears after it: "Università nazionale kazaka al-Farabi")
                var m = j + 1
                if m + 1 < n, ["al", "el", "ibn"].contains(st.toks[m].folded), st.joins(j, m), st.gap(m, m + 1).elementsEqual(["-"]) { m += 1 }
                if m < n, st.toks[m].capitalized, st.joins(m - 1, m), st.sentenceOf(m) == st.sentenceOf(t), st.entityKind(at: m) == nil || st.entityKind(at: m) == .person {
                  b = st.owner[m].map { st.spans[$0].last } ?? hyphenatedNameEnd(st, from: m)
                }
              }
              // ("Servizio geologico nazionale": adjectives that a state's level closes, then the
              // phrase's end or its verb, are the capitalised cue's whole name)
              if j > k, b < j - 1 || b == t, st.toks[t].capitalized, ["nazionale", "statale", "federale", "centrale", "regionale", "repubblicano"].contains(st.toks[j - 1].folded),
                j >= n || st.sentenceOf(j) != st.sentenceOf(t) || st.gap(j - 1, j).contains(where: { ",.;:()".unicodeScalars.contains($0) })
                  || ["ha", "hanno", "è", "sono", "aveva", "avevano", "sarà", "era"].contains(st.toks[j].folded)
              {
                b = j - 1
              }
              // ("Associazione internazionale Akhal-Teke": the adjectives, then the name the body bears)
              // ("Istituto astronomico Ulugh Beg": a name of two or three words)
              if j > k, j < n, b < j, st.toks[j].capitalized, st.owner[j] == nil, st.joins(j - 1, j), st.sentenceOf(j) == st.sentenceOf(t) {
                b = hyphenatedNameEnd(st, from: j)
                while b + 1 < n, b - j < 2, st.gap(b, b + 1).elementsEqual([" "]), st.owner[b + 1] == nil, st.isCapName(b + 1), isLatinName(st, b + 1),
                  !Lexicon.stopCapitalized.contains(st.toks[b + 1].folded), Lexicon.orgCues[st.toks[b + 1].folded] == nil
                { b = hyphenatedNameEnd(st, from: b + 1) }
              }
              // "Accademia cinese delle scienze sociali (CASS)": "di" and up to three lower-case
              // words of what the body is of, closing the phrase
              if j > k, j + 1 < n, ["di", "del", "della", "dell", "dei", "degli", "delle"].contains(st.toks[j].folded), st.joins(j - 1, j), st.joins(j, j + 1) {
                var e = j
                while e + 1 < n, e - j < 3, !st.toks[e + 1].capitalized, st.owner[e + 1] == nil, st.gap(e, e + 1).elementsEqual([" "]) || e == j,
                  Self.isItalianNoun(st.toks[e + 1].folded) || Self.isItalianAdjective(st.toks[e + 1].folded)
                { e += 1 }
                if e > j, e + 1 >= n || st.sentenceOf(e + 1) != st.sentenceOf(t) || st.gap(e, e + 1).contains(where: { ",.;:()".unicodeScalars.contains($0) }) { b = e }
                // ("Accademia nazionale delle scienze del Tagikistan": then "del" and a place)
                else if e > j, e + 2 < n, ["di", "del", "della", "dell"].contains(st.toks[e + 1].folded), st.joins(e, e + 1), st.joins(e + 1, e + 2),
                  st.entityKind(at: e + 2) == .region || st.entityKind(at: e + 2) == .city, st.sentenceOf(e + 2) == st.sentenceOf(t)
                { b = st.owner[e + 2].map { st.spans[$0].last } ?? e + 2 }
              }
              break
            }
            b = st.owner[j + 1].map { st.spans[$0].last } ?? j + 1
            k = b + 1
            continue
          }
          // a second "of" whose complement has its own cue names another body: "Xinjiang
          // Institute of Ecology and Geography | of the Chinese Academy of Sciences"
          // (or a lower-case cue right after the complement's capitalised words: "Institute of
          // Seismology | of the Kyrgyz academy")
          if ["of", "di", "della", "del", "dell"].contains(w), st.owner[k] == nil, (a..<k).contains(where: { ["of", "di", "della", "del", "dell"].contains(st.toks[$0].folded) && st.owner[$0] == nil }),
            case let run = (k + 1..<min(n, k + 6)).prefix(while: { st.toks[$0].capitalized || st.toks[$0].folded == "the" || st.toks[$0].folded == "of" }),
            run.contains(where: { Lexicon.orgCues[st.toks[$0].folded] != nil })
              || run.last.map({ $0 + 1 < n && !st.toks[$0 + 1].capitalized && st.joins($0, $0 + 1) && Lexicon.orgCues[st.toks[$0 + 1].folded] != nil }) == true
          { break }
          // ("Tourism Department | of the Ministry of Economy": a body with its own cue, then
          // "of (the)" and a word that is itself a body's cue)
          // (or "of", a country's possessive and such a word: "Tourism Industry Committee | of
          // Kazakhstan's Ministry of Tourism and Sports")
          if w == "of", st.owner[k] == nil, (a..<k).contains(where: { Lexicon.orgCues[st.toks[$0].folded] != nil }),
            let c = (k + 1..<min(n, k + 3)).first(where: { st.toks[$0].folded != "the" }), st.toks[c].capitalized,
            Lexicon.governingBodyWordsEN.contains(st.toks[c].folded)
              || placePossessive(st, at: c).map({ s in
                s + 1 < n && Lexicon.governingBodyWordsEN.contains(st.toks[s + 1].folded) && st.toks[s + 1].capitalized
              }) == true
          { break }
          // ("and" before a catalogued name continues a name only inside its complement:
          // "Ministry of Industry and Trade", but "KTZ Express | and Lianyungang Port Holdings")
          let inComplement = (a..<k).contains { ["of", "for", "di", "della", "del", "dei", "dell", "degli", "delle", "dello"].contains(st.toks[$0].folded) }
          if ["and", "e"].contains(w), !inComplement, k + 1 < n, st.owner[k + 1] != nil { break }
          // (nor before a body with its own cue: "Ministry of Transport | and China Merchants
          // Group"; a portfolio goes on: "Ministry of Energy and Water Resources")
          if w == "and", inComplement, k + 1 < n, st.joins(k, k + 1),
            (k + 1..<min(n, k + 6)).prefix(while: { st.toks[$0].capitalized && st.joins($0 - 1, $0) }).contains(where: { j in
              Lexicon.orgCues[st.toks[j].folded] != nil && !Lexicon.closingOnlyOrgCues.contains(st.toks[j].folded) && !Lexicon.portfolioWords.contains(st.toks[j].folded)
            })
          { break }
          // (nor after the body's own cue or a company's legal word: "Almaty Management University
          // | and Kazakh-British Technical University", "China Railway Design Corporation | and
          // Kyrgyz Temir Jolu")
          if ["and", "e"].contains(w), !inComplement,
            Lexicon.closingInstitutionNouns.contains(st.toks[k - 1].folded) || Lexicon.companyWordsEN.contains(st.toks[k - 1].folded)
          { break }
          // "Comitato di cooperazione Cina-Kazakistan": an Italian complement noun, then the
          // places joined by dashes that it relates
          // ("Ufficio del turismo di Urumqi": the complement noun, then "di" and a place)
          if st.doc.language == "it", ["di", "del", "della", "dello", "per"].contains(w), k + 3 < n, !st.toks[k + 1].capitalized, st.owner[k + 1] == nil,
            st.joins(k, k + 1), st.joins(k + 1, k + 2), ["di", "del", "della"].contains(st.toks[k + 2].folded), st.joins(k + 2, k + 3),
            st.entityKind(at: k + 3) == .city || st.entityKind(at: k + 3) == .region, Self.isItalianNoun(st.toks[k + 1].folded)
          {
            b = st.owner[k + 3].map { st.spans[$0].last } ?? k + 3
            k = b + 1
            continue
          }
          // ("Consiglio d'affari Uzbekistan-Cina": "di" elided before a vowel)
          if st.doc.language == "it", w == "di" || w == "per" || w == "d", k + 3 < n, !st.toks[k + 1].capitalized, st.owner[k + 1] == nil, st.joins(k, k + 1),
            st.joins(k + 1, k + 2), st.entityKind(at: k + 2) == .region || st.entityKind(at: k + 2) == .city,
            case let placeEnd = st.owner[k + 2].map({ st.spans[$0].last }) ?? k + 2, Self.dashJoined(st, placeEnd, placeEnd + 1)
          {
            var e = placeEnd
            while e + 1 < n, e - k < 8, Self.dashJoined(st, e, e + 1), st.toks[e + 1].capitalized { e = st.owner[e + 1].map { st.spans[$0].last } ?? e + 1 }
            b = e
            k = e + 1
            continue
          }
          // "Teatro alla Scala": "alla" right after an Italian cue that opens the name
          if st.doc.language == "it", k == t + 1, b == t, st.toks[t].capitalized, ["alla", "allo", "al", "all"].contains(w), k + 1 < n,
            st.toks[k + 1].capitalized, st.joins(k, k + 1), st.owner[k + 1] == nil
          { b = k + 1; k += 2; continue }
          // (a place's whole name: "… di Xi'an", whose second token is lower-case)
          // ("Halyk Finance | di Almaty": a line of business closes a company's name, and a town
          // after it says where the company is)
          if k == t + 1, Lexicon.closingOnlyOrgCues.contains(f), ["di", "del", "della", "dell"].contains(w), k + 1 < n, isPlace(st, k + 1) { break }
          // ("Ministero del Commercio e dell'Integrazione": inside a complement, "e" takes the
          // next item's "of" and article with it)
          if st.doc.language == "it", w == "e", inComplement, k + 2 < n, Self.italianArticledOf.contains(st.toks[k + 1].folded), st.joins(k, k + 1), st.joins(k + 1, k + 2),
            st.toks[k + 2].capitalized, st.entityKind(at: k + 2) != .person, !Lexicon.weekdaysAndMonths.contains(st.toks[k + 2].folded),
            // (not before a body with a cue of its own: "… della provincia di Shaanxi | e del
            // Dipartimento nazionale …")
            Lexicon.orgCues[st.toks[k + 2].folded] == nil || Lexicon.portfolioWords.contains(st.toks[k + 2].folded)
          {
            b = st.owner[k + 2].map { st.spans[$0].first == k + 2 && isPlace(st, k + 2) ? st.spans[$0].last : k + 2 } ?? k + 2
            k = b + 1
            continue
          }
          // ("Shaanxi Nonferrous Metals Holding Group | of Xi'an": a company's form closes its
          // name, and a town after "of" says where the company is; "Aviation Industry
          // Corporation of China" names a country)
          if w == "of", k > a, k + 1 < n, ["group", "holding", "holdings", "corporation", "corp", "company", "co", "ltd", "limited", "inc"].contains(st.toks[k - 1].folded),
            st.entityKind(at: k + 1) == .city, st.owner[k + 1].map({ st.spans[$0].first == k + 1 }) == true
          { break }
          // ("… of Kyrgyzstan | and China's Northwest University": a country's possessive after
          // "and" opens a second body)
          if ["of", "for", "on", "di", "della", "del", "dei", "dell", "degli", "delle", "dello", "and", "e"].contains(w) && k + 1 < n && st.toks[k + 1].capitalized && st.joins(k, k + 1),
            !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded), !(w == "and" && placePossessive(st, at: k + 1) != nil),
            // (an English name that an English cue closes takes no Italian "di" and its town:
            // "la Northwest University di Xi'an" is the university, which is in Xi'an)
            !(["di", "del", "della", "dell"].contains(w) && k - 1 > a && Self.englishClosingCues.contains(st.toks[k - 1].folded) && isPlace(st, k + 1))
          {
            b = st.owner[k + 1].map { st.spans[$0].first == k + 1 && isPlace(st, k + 1) ? st.spans[$0].last : k + 1 } ?? k + 1
            k = b + 1
            continue
          }
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
          // "… for Friendship with Foreign Countries": "with" inside a complement
          if w == "with", inComplement, k + 1 < n, st.toks[k + 1].capitalized, st.joins(k, k + 1), st.owner[k + 1] == nil { b = k + 1; k += 2; continue }
          // ("Uzbek Academy of Sciences' | Center of Genomics": a plural's possessive closes the
          // body that owns the next one, as "University's" does)
          if st.doc.language == "en", k > a, isPluralPossessive(st, k - 1) { break }
          if (st.toks[k].capitalized || Lexicon.orgCues[w] != nil) && !Morphology.isCyrillic(w) { b = k; k += 1; continue }
          // "Organizzazione degli Stati turchi": an Italian adjective after the complement's noun
          // (a nationality only in the plural after a plural noun: "Stati turchi", not "… Digitale uzbeko")
          if st.doc.language == "it", k == b + 1, inComplement, !st.toks[k].capitalized, st.owner[k] == nil,
            isPlaceAdjective(st, k) ? w.hasByteSuffix("i") && st.toks[b].folded.hasByteSuffix("i") : Self.isItalianAdjective(w)
          { b = k }
          break
        }
        // "Halyk Bank Chairman …", "Xinjiang Party Secretary …": a title after the name is its
        // holder's (not "Office of the President")
        let untrimmed = b
        while b > t, Self.role(of: st, at: b) != nil, !["of", "the", "di", "del", "della", "dell"].contains(st.toks[b - 1].folded) { b -= 1 }
        // ("Deputy Chairman of the Cabinet | and Foreign Minister": the words "and" joined
        // before the title are the title's)
        if b < untrimmed, b > t, let j = (t + 1...b).last(where: { ["and", "e"].contains(st.toks[$0].folded) }), j < b,
          (j + 1...b).allSatisfy({ Lexicon.orgCues[st.toks[$0].folded] == nil })
        {
          b = j - 1
        }
        // ("Minister of Digital Technologies": a role's portfolio is no body's name)
        if a >= 2, ["of", "for"].contains(st.toks[a - 1].folded), Self.role(of: st, at: a - 2) != nil,
          (a...b).allSatisfy({ Lexicon.portfolioWords.contains(st.toks[$0].folded) || ["and", "of", "the"].contains(st.toks[$0].folded) })
        { continue }
        // (a place's party is the ruling party's committee there, no body of its own)
        if f == "party", b == t, a < t, (a..<t).allSatisfy({ st.entityKind(at: $0) == .region || st.entityKind(at: $0) == .city }) { continue }
        if a == b && ["co", "ltd", "inc", "llp", "jsc", "llc", "plc", "group", "service", "union", "party", "center", "centre", "fund", "club", "bank", "council"].contains(f) { continue }
        if a == b { continue }
        // "… Logistics Cooperation Base": a name that ends in a project word is a project's
        if b > t, Lexicon.projectWordsEN.contains(st.toks[b].folded), Lexicon.orgCues[st.toks[b].folded] == nil { continue }
      }
      // "Sany Heavy Industry Co., Ltd.": a catalogued company's name with its legal form is
      // that company
      if !cyr, let o = st.owner[a], st.spans[o].first == a, st.spans[o].last < b, let known = st.entities[st.spans[o].key], known.catalogued, known.kind == .organization,
        ((st.spans[o].last + 1)...b).allSatisfy({ Lexicon.companyWordsEN.contains(st.toks[$0].folded) })
      {
        release(st, a, b)
        st.addSpan(a, b, id: known.id)
        t = b
        continue
      }
      // "Компания Шардара ауданында …": in Kazakh a name before a place cue is the place's
      if st.doc.language == "kk", b + 1 < n, b > t, st.joins(b, b + 1), !st.toks[b + 1].capitalized,
        st.cands[b + 1].contains(where: { Lexicon.placeCues[$0] != nil })
      { continue }
      // "Институт Қытайдың Ланьчжоу университетімен …": Kazakh puts a body's cue word last, so
      // a cue opening the words names nothing when a word in a case form ends them, a
      // lower-case cue of their own follows them or they are only a place's name
      // ("Университеттер Шыңжаң ауыл шаруашылығы …"), or the cue itself stands in a case form
      // ("Университетте «Алтын қалам» олимпиадасы өтті", an olympiad at the university)
      if st.doc.language == "kk", cyr, a == t, b > t,
        Morphology.hasKazakhCaseEnding(st.toks[b].folded) || Morphology.hasKazakhCaseEnding(st.toks[t].folded)
          || (t + 1...b).allSatisfy({ st.entityKind(at: $0) == .city || st.entityKind(at: $0) == .region })
          || b + 1 < n && st.joins(b, b + 1) && !st.toks[b + 1].capitalized && st.hasOrgCue(b + 1)
      { continue }
      // ("Центр управления полётами останется …": a centre's cue opening the sentence with only
      // lower-case words after it is a common noun, capitalised as the sentence's first word)
      if cyr, a == t, b > t, isSentenceStart(st, t), st.toks[t].folded.hasBytePrefix("центр"), onlyFreeLowerCase(st, t + 1, b) { continue }
      // ("Фонд центра насчитывает …": a cue and another body's cue word in lower case after it
      // are one body's part of another the text has named, no name)
      if cyr, a == t, b == t + 1, !st.toks[b].capitalized, st.owner[b] == nil, st.hasOrgCue(b), st.toks[b].folded != st.toks[t].folded { continue }
      // ("Управляющая компания отеля — ТОО «…»": a present participle opening the sentence says
      // what the body does, for a name that follows)
      if cyr, a < t, isSentenceStart(st, a), ["ющая", "ящая", "ющий", "ящий", "ющее", "ящее", "щиеся"].contains(where: { st.toks[a].folded.hasByteSuffix($0) }) { continue }
      // (a run of Latin words all in capitals is a headline shouted, no name: "BISHKEK
      // PASTIFICIO CON MACCHINARI ITALIANI")
      if !cyr, b > a, (a...b).allSatisfy({ k in st.doc.scalars[st.toks[k].start..<st.toks[k].end].allSatisfy { !$0.properties.isLowercase } }),
        (a...b).contains(where: { st.toks[$0].folded.unicodeScalars.count > 4 && Lexicon.orgCues[st.toks[$0].folded] != nil })
      { continue }
      // (a Latin run that a line of business opens and an event's word closes is the event's
      // name: "Uzbek Textile Expo", "Central Asian Textile Week")
      if !cyr, b > t, st.toks[b].capitalized, Self.closingEventWordsEN.contains(st.toks[b].folded), Lexicon.orgCues[st.toks[b].folded] == nil { continue }
      // "Wenzhou Aolun Shoes Co., Ltd.": "Ltd" after "Co." ends the same legal form, and the
      // label and id leave the form out ("Wenzhou Aolun Shoes"), as the catalogue's labels do,
      // so that a later "Wenzhou Aolun Shoes" is the same company
      var legalForm: Int?
      if !cyr, b > a + 1, st.toks[b].folded == "co", st.toks[b - 1].capitalized, !Lexicon.closingLegalForms.contains(st.toks[b - 1].folded) {
        legalForm = b
        if b + 1 < n, st.toks[b + 1].folded == "ltd", st.sentenceOf(b + 1) == st.sentenceOf(b),
          st.gap(b, b + 1).allSatisfy({ $0 == "." || $0 == "," || $0 == " " }), st.gap(b, b + 1).count <= 3, st.owner[b + 1] == nil
        { b += 1 }
      }
      // a single generic cue with only a place ("Министерство Казахстана") is fine, a cue alone is not
      let label = legalForm.map { st.text(a, $0 - 1) } ?? orgLabel(st, a, b, head: head, cue: t)
      // (a Russian name declined in the text is known by its nominative label: "Торгового дома
      // Казахстана" and "Торговый дом Казахстана" are one body)
      let id = orgID(st, a, legalForm.map { $0 - 1 } ?? b, label: label, stemsOf: cyr && label != st.text(a, b) ? label : nil)
      // ("Термезский международный логистический центр": a centre of logistics or trade is a
      // site, a project, as the quoted ones are; "культурный центр" stays a body)
      let site = cyr && a < t && st.toks[t].folded.hasBytePrefix("центр") && st.owner[t - 1] == nil
        && Lexicon.russianSiteCentreStems.contains(where: { st.toks[t - 1].folded.hasBytePrefix($0) })
      st.addDiscovered(id, label: label, kind: site ? .project : .organization, subkind: site ? "infrastructure" : nil)
      takeOver(st, a, b, brand: !cyr)
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  /// The last token of "между X и Y" at `k` inside a body's name, where X and Y are each a
  /// capitalised word and, optionally, a catalogued place or body after it ("Правительством
  /// РК"), or nil.
  func betweenParties(_ st: State, _ k: Int) -> Int? {
    let n = st.toks.count
    func party(_ p: Int) -> Int? {
      guard p < n, st.toks[p].capitalized, st.sentenceOf(p) == st.sentenceOf(k), st.joins(p - 1, p), st.entityKind(at: p) != .person else { return nil }
      var e = st.owner[p].map { st.spans[$0].last } ?? p
      if e + 1 < n, st.joins(e, e + 1), let o = st.owner[e + 1], [.region, .organization, .city].contains(st.entityKind(at: e + 1)) { e = st.spans[o].last }
      return e
    }
    guard let x = party(k + 1), x + 2 < n, st.toks[x + 1].folded == "и", let y = party(x + 2) else { return nil }
    return y
  }

  /// The last token of the name after "имени" at `k` ("имени М. Ауэзова", "имени Абая",
  /// "имени Л. Н. Гумилева"): capitalised words and initials, at most four, in one sentence,
  /// after a lower-case title if one opens the name ("имени академика Е. А. Букетова").
  func honoreeEnd(_ st: State, _ k: Int) -> Int? {
    let n = st.toks.count
    guard st.toks[k].folded == "имени", k + 1 < n else { return nil }
    let first = k + 2 < n && Lexicon.russianHonoreePrefixTitles.contains(st.toks[k + 1].folded) && st.joins(k + 1, k + 2) ? k + 2 : k + 1
    guard st.toks[first].capitalized, st.sentenceOf(first) == st.sentenceOf(k), st.joins(k, k + 1) else { return nil }
    return honoreeNameEnd(st, from: first, after: k)
  }

  /// The last token of an honoree's name that opens at `first` (`k` is the word that introduces
  /// it: "имени", "after", "a"): capitalised words and initials, at most four, in one sentence;
  /// an Arabic name's particles; a Russian title after it. O(name).
  func honoreeNameEnd(_ st: State, from first: Int, after k: Int) -> Int {
    let n = st.toks.count
    var e = first
    while e + 1 < n, e - first < 3, st.toks[e + 1].capitalized, st.sentenceOf(e + 1) == st.sentenceOf(k),
      st.gap(e, e + 1).allSatisfy({ $0 == " " || $0 == "." || $0 == "-" }), st.gap(e, e + 1).count <= 2,
      // (an initial's dot, or a name of two words: not the next sentence's first word)
      e == first || st.doc.scalars[st.toks[e].end] == "." || st.toks[e].end - st.toks[e].start == 1
    { e += 1 }
    // (an Arabic name's lower-case particle and the word after it belong to it: "имени
    // Мухаммада аль-Хорезми", "имени Абу Али ибн Сины")
    while e + 2 < n, e - k < 6, Lexicon.arabicNameParticles.contains(st.toks[e + 1].folded), st.toks[e + 2].capitalized,
      st.gap(e, e + 1).elementsEqual([" "]), st.gap(e + 1, e + 2).elementsEqual(["-"]) || st.gap(e + 1, e + 2).elementsEqual([" "])
    { e += 2 }
    // (a lower-case title closes the name: "имени Жангир хана", "имени Райымбек батыра")
    if e + 1 < n, !st.toks[e + 1].capitalized, Lexicon.russianHonoreeTitles.contains(st.toks[e + 1].folded), st.gap(e, e + 1).elementsEqual([" "]) { e += 1 }
    return e
  }

  /// "the Kyrgyz State Technical University named after I. Razzakov", "l'Università … intitolata
  /// a Yusuf Balasagyn": in English and Italian the name a body bears after "named after" or
  /// "intitolato/a a" (initials and up to two words of a name) is part of the body's
  /// mention, not a person or place of the text, as after the Russian "имени"
  /// (``honoreeNameEnd(_:from:after:)`` reads the name for both). O(tokens).
  func namedAfterHonorees(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 1
    while t + 2 < n {
      defer { t += 1 }
      let f = st.toks[t].folded
      guard f == "named" && st.toks[t + 1].folded == "after" || (f == "intitolato" || f == "intitolata") && st.toks[t + 1].folded == "a",
        let o = st.owner[t - 1], st.spans[o].last == t - 1, st.entityKind(at: t - 1) == .organization, st.gap(t - 1, t).elementsEqual([" "]),
        st.joins(t, t + 1), st.joins(t + 1, t + 2), st.toks[t + 2].capitalized, st.sentenceOf(t + 2) == st.sentenceOf(t)
      else { continue }
      let e = honoreeNameEnd(st, from: t + 2, after: t + 1)
      // (a name that ends on an initial is no name)
      guard st.toks[e].end - st.toks[e].start > 1 else { continue }
      let first = st.spans[o].first, id = st.spans[o].key
      release(st, first, e)
      st.addSpan(first, e, id: id)
      t = e
    }
  }

  /// In English and Italian, an acronym of three to six capitals that nothing else has read,
  /// used as a noun after an article or preposition ("una delegazione dell'ENIT", "shares of
  /// the AIFC"), is an organisation. Common non-body acronyms (GDP, CEO, LNG …) are not. O(tokens).
  func latinAcronyms(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    // (or after a country's possessive: "made by China's XAG")
    func countryPossessive(_ t: Int) -> Bool {
      t >= 2 && isPossessiveS(st, t - 1) && st.owner[t - 2].map { st.subkind(of: st.spans[$0].key) == "country" } == true
    }
    // (a word of ASCII capitals only, of a length in `lengths`)
    func capitals(_ k: Int, _ lengths: ClosedRange<Int>) -> Bool {
      let sc = st.doc.scalars[st.toks[k].start..<st.toks[k].end]
      return lengths.contains(sc.count) && sc.allSatisfy({ $0.value < 0x80 && $0.properties.isUppercase })
    }
    for t in 1..<max(1, st.toks.count) where st.owner[t] == nil && (Lexicon.acronymOpeners.contains(st.toks[t - 1].folded) || countryPossessive(t)) && st.sentenceOf(t - 1) == st.sentenceOf(t) {
      guard capitals(t, 3...6), !Lexicon.commonAcronyms.contains(st.toks[t].folded),
        st.joins(t - 1, t), !st.inTitle(t),
        // ("the CASA-1000 line": a code with a number names a project)
        !(t + 1 < st.toks.count && st.gap(t, t + 1).elementsEqual(["-"]) && st.toks[t + 1].folded.unicodeScalars.first?.properties.numericType != nil),
        // ("del XVIII secolo": a Roman numeral)
        !Self.isRomanNumeral(st, t)
      else { continue }
      // ("of RFE/RL": two acronyms a slash joins are one body's)
      let next = t + 1 < st.toks.count && st.gap(t, t + 1).elementsEqual(["/"]) && st.owner[t + 1] == nil && capitals(t + 1, 2...6)
      addCompany(st, t, next ? t + 1 : t)
    }
  }

  /// "WWF-Kazakhstan", "UNICEF-Uzbekistan": a body's Latin acronym a hyphen joins to a
  /// country's one-word name is the body's branch in that country, a body of its own (the
  /// country stays a mention inside it). O(spans).
  func countryBranches(_ st: State) {
    let n = st.toks.count
    for sp in st.liveSpans() where sp.first == sp.last && st.kind(of: sp.key) == .organization && Self.isUpperAcronym(st, sp.first) {
      let c = sp.last + 1
      guard c < n, st.gap(sp.last, c).elementsEqual(["-"]), isLatinName(st, c), let o = st.owner[c], st.spans[o].first == c, st.spans[o].last == c,
        st.subkind(of: st.spans[o].key) == "country", !(c + 1 < n && st.joins(c, c + 1) && st.toks[c + 1].capitalized)
      else { continue }
      let country = st.spans[o].key
      readAsNewBody(st, sp.first, c, subkind: nil)
      st.addNestedMention(country, c, c)
    }
  }

  /// The organisation of this document whose label's ``initials(of:)`` spell the acronym at
  /// `t` ("CRTG" after "China Railway Tunnel Group"), when exactly one does. O(entities).
  func orgByInitials(_ st: State, _ t: Int) -> String? {
    guard st.original(t).count >= 3 else { return nil }
    var found: String?
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization, Self.initials(of: e.label) == st.toks[t].folded else { continue }
      if found != nil { return nil }
      found = id
    }
    return found
  }

  /// A Roman numeral: a word of I, V and X only ("XVIII", "XIX"), or of I, V, X, L, C, D and
  /// M before a word for century ("del MCM secolo" is rare, "XXI century" common). O(length).
  static func isRomanNumeral(_ st: State, _ t: Int) -> Bool {
    let sc = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
    if sc.allSatisfy({ "IVX".unicodeScalars.contains($0) }) { return true }
    return sc.allSatisfy({ "IVXLCDM".unicodeScalars.contains($0) }) && t + 1 < st.toks.count && st.joins(t, t + 1)
      && ["secolo", "secoli", "century", "centuries"].contains(st.toks[t + 1].folded)
  }

  /// A country's or place's adjective, with at most two letters after its stem ("cinese",
  /// "Chinese", "kazaka"; "Turkmengaz" is a name, not "turkmen").
  func isPlaceAdjective(_ st: State, _ t: Int) -> Bool { adjectiveEntity(st.toks[t].folded, maxTail: 2) != nil }

  /// "Ошский государственный университет … ОшГУ", "Таразский государственный университет …
  /// ТарГУ": a Cyrillic acronym made of a body's first word's opening letters (one to four) and
  /// its other words' initials is that body, when exactly one body of the text spells it.
  /// O(bodies × tokens).
  func syllabicAcronyms(_ st: State) {
    var names: [(id: String, words: [[Unicode.Scalar]])] = []
    for sp in st.liveSpans() where sp.last > sp.first && !names.contains(where: { $0.id == sp.key }) {
      guard let e = st.entities[sp.key], e.kind == .organization, Morphology.isCyrillic(st.toks[sp.first].folded) else { continue }
      let words = (sp.first...sp.last).map { st.toks[$0].folded }.filter { !["и", "имени", "им"].contains($0) }.map { Array($0.unicodeScalars) }
      if words.count >= 2 { names.append((sp.key, words)) }
    }
    guard !names.isEmpty else { return }
    for t in st.toks.indices where st.toks[t].capitalized {
      let raw = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
      // (an acronym: three to eight letters, two capitals at least)
      guard (3...8).contains(raw.count), raw.filter({ Normalizer.isUpper($0) }).count >= 2, Morphology.isCyrillic(st.toks[t].folded) else { continue }
      // (unread, or read alone as a body of its own)
      var from: String?
      if let o = st.owner[t] {
        guard st.spans[o].first == t, st.spans[o].last == t, let e = st.entities[st.spans[o].key], e.kind == .organization, !e.catalogued else { continue }
        from = st.spans[o].key
      }
      let letters = Array(st.toks[t].folded.unicodeScalars)
      let hits = Set(names.filter { n in
        guard n.id != from, case let longest = min(4, letters.count - (n.words.count - 1)), longest >= 1 else { return false }
        return (1...longest).contains { p in
          p <= n.words[0].count && (n.words[0].prefix(p) + n.words.dropFirst().compactMap(\.first)).elementsEqual(letters)
        }
      }.map(\.id))
      guard hits.count == 1, let to = hits.first else { continue }
      if let from { moveMentions(st, of: from, to: to) } else { st.addSpan(t, t, id: to) }
    }
  }

  /// The town's name a Russian "-ский" adjective is made of ("ошский" → "ош", "нарынского" →
  /// "нарын"), or nil for a word of another shape. O(length).
  static func russianTownAdjectiveBase(_ folded: String) -> String? {
    for ending in russianPlaceAdjectiveEndings where folded.hasByteSuffix(ending) {
      let base = String(folded.unicodeScalars.dropLast(ending.unicodeScalars.count))
      return base.unicodeScalars.count >= 2 ? base : nil
    }
    return nil
  }

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
    // (only a word right after a closing quote can end such a list)
    // ("«Рахат», «Баян Сұлу» сияқты брендтер": a word for "such as" may stand between)
    for t in 1..<max(1, n) where st.owner[t] == nil && st.cands[t].contains(where: { Lexicon.brandWords.contains($0) })
      && (closesQuote(st, t - 1) || t >= 2 && ["сияқты", "секілді", "как", "такие", "таких"].contains(st.toks[t - 1].folded) && closesQuote(st, t - 2))
    {
      var k = closesQuote(st, t - 1) ? t - 1 : t - 2
      // walk back over «name» [, | және | и | and] «name» …
      while k >= 0, st.sentenceOf(k) == st.sentenceOf(t), closesQuote(st, k), insideQuotes(st, k) {
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

  /// «Душанбе Сити Банк», «Алтын Групп Компани»: a quoted Cyrillic name of two to five words
  /// whose last word is a capitalised organisation cue is a company's, whatever stands before
  /// it; places inside it are its own words. O(tokens).
  func quotedCueCompanies(_ st: State) {
    let n = st.toks.count
    var q = 1
    while q < n {
      defer { q += 1 }
      guard Morphology.isCyrillic(st.toks[q].folded), st.gap(q - 1, q).contains(where: Self.isOpeningQuote), st.toks[q].capitalized,
        let e = quotedNameEnd(st, from: q, limit: 4), e > q, st.toks[e].capitalized, st.owner[e] == nil,
        st.hasOrgCue(e), readOnlyAsPlaces(st, q, e)
      else { continue }
      release(st, q, e)
      addCompany(st, q, e)
      q = e
    }
  }

  /// "еншілес кәсіпорны «Astana Solar»", "бірлескен компаниясы «Арман Солар»": in Kazakh a
  /// body's noun with its possessive ending and a quoted name right after it (the noun in
  /// apposition, not after the name as usual) names the body, when no cue follows the name
  /// (that would be «Y» компаниясы). So, in Russian, does a body's noun that is no cue of
  /// its own: "проектная организация «Гидропроект»", or a noun of goods sold under the
  /// maker's brand: "до шоколада «Рахат»". O(tokens).
  func apposedQuotedCompanies(_ st: State) {
    let nouns = st.doc.language == "kk" ? Lexicon.kazakhApposedBodyNouns : st.doc.language == "ru" ? Lexicon.russianApposedBodyNouns : []
    guard !nouns.isEmpty else { return }
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      let q = t + 1
      guard !st.toks[t].capitalized, st.owner[t] == nil, nouns.contains(where: { st.toks[t].folded.hasBytePrefix($0) }),
        st.joins(t, q), st.gap(t, q).contains(where: Self.isOpeningQuote), st.toks[q].capitalized,
        let e = quotedNameEnd(st, from: q, limit: 4), readOnlyAsPlaces(st, q, e),
        !(e + 1 < n && st.joins(e, e + 1) && st.hasOrgCue(e + 1) || e + 1 < n && Self.isQuotedGroup(st, e + 1))
      else { continue }
      if st.doc.language == "ru", let house = Lexicon.russianGuestHouseNouns.first(where: { st.toks[t].folded.hasBytePrefix($0.stem) }) {
        // ("санатория «Сарыагаш»": the house is no mention of its town)
        let label = house.nominative + " «" + st.text(q, e) + "»"
        release(st, q, e)
        st.addDiscovered(Transliteration.slug(label), label: label, kind: .organization, subkind: nil)
        takeOver(st, t, e)
        st.addSpan(t, e, id: Transliteration.slug(label))
      } else {
        release(st, q, e)
        addCompany(st, q, e)
      }
      t = e
    }
  }

  /// "китайская «Хуасинь Цемент» построила", "қытайлық «Синьхай» салды": a quoted name right
  /// after a place's adjective (a country's, or a town's: "астанинский «Барыс»"), with no noun
  /// between or after it, is a company or club (the noun "компания" left out, as the press
  /// does). The name's words must be free or places; a quoted name some other rule read keeps
  /// that reading. O(tokens).
  func adjectiveQuotedCompanies(_ st: State) {
    let n = st.toks.count
    // (capitalised only as a sentence's first word: "Астанинский «Барыс» обыграл …")
    for t in 0..<max(0, n - 1) where st.owner[t] == nil && (!st.toks[t].capitalized || isSentenceStart(st, t)) && Morphology.isCyrillic(st.toks[t].folded) {
      guard st.gap(t, t + 1).contains(where: Self.isOpeningQuote), st.toks[t + 1].capitalized, st.sentenceOf(t + 1) == st.sentenceOf(t),
        Morphology.isRussianAdjective(st.toks[t].folded) || Morphology.isKazakhAdjective(st.toks[t].folded),
        // (a town's adjective too: "астанинский «Барыс»", "новосибирской «Сибири»")
        adjectiveEntity(st.toks[t].folded) != nil || Self.isRussianPlaceAdjective(st.toks[t].folded),
        let last = quotedNameEnd(st, from: t + 1, limit: 5),
        (t + 1...last).allSatisfy({ st.owner[$0] == nil || st.entityKind(at: $0) == .city || st.entityKind(at: $0) == .region }),
        (t + 1...last).contains(where: { st.owner[$0] == nil })
      else { continue }
      // (a noun after the quote names what the name is: "китайский «Шёлковый путь» фестиваль")
      if last + 1 < n, st.sentenceOf(last + 1) == st.sentenceOf(t), !st.toks[last + 1].capitalized,
        st.cands[last + 1].contains(where: { Lexicon.orgCues[$0] != nil || Lexicon.projectCues.contains($0) || Lexicon.eventCues[$0] != nil })
      { continue }
      addCompany(st, t + 1, last)
    }
  }

  /// "Институт стратегических и межрегиональных исследований при Президенте Узбекистана",
  /// "Agency on Statistics under the President of Tajikistan": a Russian or English body
  /// attached to a head of state, a government or a ministry names it after "при"/"under the"
  /// and the country (or the ministry the text has read); the mention runs on over them, and a
  /// label the text gave runs on too. O(spans).
  func attachedBodyNames(_ st: State) {
    let english = st.doc.language == "en"
    guard st.doc.language == "ru" || english else { return }
    let n = st.toks.count
    let heads = english ? ["president", "government", "cabinet", "ministry"] : ["президент", "правительств", "кабинет", "министерств", "акимат", "администраци"]
    for o in st.spans.indices {
      let sp = st.spans[o]
      // ("… under the President of Tajikistan", "… under the Ministry of Energy")
      let h = english ? sp.last + 3 : sp.last + 2
      guard st.owner[sp.first] == o, st.owner[sp.last] == o, h + 1 < n, st.toks[sp.last + 1].folded == (english ? "under" : "при"), st.owner[sp.last + 1] == nil,
        !english || st.toks[sp.last + 2].folded == "the" && st.joins(sp.last + 2, h),
        st.entities[sp.key]?.kind == .organization, st.joins(sp.last, sp.last + 1), st.joins(sp.last + 1, sp.last + 2),
        heads.contains(where: { st.toks[h].folded.hasBytePrefix($0) }), !english || st.toks[h].capitalized
      else { continue }
      let last: Int
      if let m = st.owner[h] {
        // ("… при Министерстве здравоохранения Узбекистана": a ministry read already is the
        // name's tail; its mention stays inside)
        guard st.spans[m].first == h, st.entityKind(at: h) == .organization else { continue }
        last = st.spans[m].last
      } else {
        var k = h + 1
        if english, k < n, st.toks[k].folded == "of" { k += 1 }
        if st.toks[h].folded.hasBytePrefix("кабинет"), k < n, st.toks[k].folded == "министров", k + 1 < n { k += 1 }
        guard k < n, st.joins(k - 1, k), let p = st.owner[k], st.spans[p].first == k, st.entityKind(at: k) == .region || st.entityKind(at: k) == .city else { continue }
        last = st.spans[p].last
      }
      if let e = st.entities[sp.key], !e.catalogued, !e.label.contains(" при "), !e.label.contains(" under ") {
        st.entities[sp.key]?.label = e.label + String(st.doc.slice(st.toks[sp.last].end, st.toks[last].end))
      }
      release(st, sp.first, sp.last)
      takeOver(st, sp.first, last)
      st.addSpan(sp.first, last, id: sp.key)
    }
  }

  /// Italian 'l'associazione degli artigiani "Hunarmand"', 'l'ospedale pediatrico "Amicizia"',
  /// 'l'itinerario "Via della ceramica"', 'il festival "Notti di Samarcanda"': a lower-case cue
  /// noun (``Lexicon/italianQuotedCues``), up to three lower-case words (adjectives, a
  /// preposition and its noun; no verb), then a quoted name of at most six words that opens with
  /// a capital. A body is named by the quoted words alone (a company, or the subkind its cue
  /// gives: ``Lexicon/italianQuotedBodySubkinds``); a facility, route or event by the cue,
  /// its words and the quoted name. The quoted words must be free or places (a place inside is
  /// the name's own word). O(tokens).
  func italianQuotedNames(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      // 'il Teatro accademico statale dell'opera e del balletto "Sadriddin Ayni"': a body's
      // capitalised noun mid-sentence, lower-case words (up to eight) and a quoted name,
      // a person's among them, make one body named by all of it
      if st.owner[t] == nil, st.toks[t].capitalized, !isSentenceStart(st, t), !st.inTitle(t), Lexicon.italianQuotedCues[st.toks[t].folded] == .organization,
        !Lexicon.italianQuotedCompanyCues.contains(st.toks[t].folded)
      {
        var q = t + 1
        while q < n, q - t <= 9, !st.gap(q - 1, q).contains(where: Self.isOpeningQuote), st.owner[q] == nil, !st.toks[q].capitalized, st.joins(q - 1, q),
          !Lexicon.italianVerbForms.contains(st.toks[q].folded)
        { q += 1 }
        if q < n, q > t + 1, q - t <= 9, let quote = st.gap(q - 1, q).last(where: Self.isOpeningQuote), st.joins(q - 1, q), st.toks[q].capitalized,
          st.sentenceOf(q) == st.sentenceOf(t), let e = quotedNameEnd(st, from: q, limit: 5, straight: quote == "\""),
          (q...e).allSatisfy({ k in st.owner[k].map { st.spans[$0].first >= q && st.spans[$0].last <= e && [.person, .city, .region].contains(st.entityKind(at: k)) } ?? true })
        {
          release(st, q, e)
          let label = closingQuotes(st, st.text(t, e), after: e)
          let id = Transliteration.slug(label)
          st.addDiscovered(id, label: label, kind: .organization, subkind: Lexicon.italianQuotedBodySubkinds[st.toks[t].folded])
          st.addSpan(t, e, id: id)
          t = e
          continue
        }
      }
      guard st.owner[t] == nil, !st.toks[t].capitalized || isSentenceStart(st, t), let kind = Lexicon.italianQuotedCues[st.toks[t].folded] else { continue }
      var q = t + 1
      while q < n, q - t <= 4, !st.gap(q - 1, q).contains(where: Self.isOpeningQuote) {
        let w = st.toks[q].folded
        guard st.owner[q] == nil, !st.toks[q].capitalized, st.joins(q - 1, q), !Lexicon.italianVerbForms.contains(w),
          Lexicon.namingWords.contains(w) || !["are", "ere", "ire", "ato", "uto", "ito", "ava", "eva", "iva"].contains(where: { w.hasByteSuffix($0) && w.utf8.count > 4 })
        else { q = n; break }
        q += 1
      }
      guard q < n, q - t <= 4, let quote = st.gap(q - 1, q).last(where: Self.isOpeningQuote), st.joins(q - 1, q), st.toks[q].capitalized,
        st.sentenceOf(q) == st.sentenceOf(t), let e = quotedNameEnd(st, from: q, limit: 5, straight: quote == "\""), readOnlyAsPlaces(st, q, e),
        // (a name some span runs on past is that span's)
        !(q...e).contains(where: { k in st.owner[k].map { st.spans[$0].first < q || st.spans[$0].last > e } ?? false })
      else { continue }
      release(st, q, e)
      if kind == .organization, Lexicon.italianQuotedCompanyCues.contains(st.toks[t].folded) {
        addCompany(st, q, e)
      } else if kind == .organization {
        // (a body other than a company keeps its cue's subkind; one named only by a place's
        // name, 'l'orchestra "Astana"', is labelled with its cue, apart from the place)
        var label = closingQuotes(st, st.text(q, e), after: e)
        if let other = st.entities[Transliteration.slug(label)], other.kind != .organization { label = st.text(t, q - 1) + " \"" + st.text(q, e) + "\"" }
        let id = Transliteration.slug(label)
        st.addDiscovered(id, label: label, kind: .organization, subkind: Lexicon.italianQuotedBodySubkinds[st.toks[t].folded])
        st.addSpan(q, e, id: id)
      } else {
        // (keyed on the quoted name alone, so that 'il parco tessile cinese "Silk Valley"' and
        // 'il parco industriale tessile "Silk Valley"' meet; an event so named is its own, not a
        // catalogued one its describing words recall: 'la fiera dei prodotti cinesi "China Brand
        // Expo"' is no China–Eurasia Expo)
        // (a town after the name is the facility's: 'zona economica speciale "…" di Atyrau')
        var last = e
        if kind == .project, e + 2 < n, Lexicon.italianOf.contains(st.toks[e + 1].folded), st.joins(e + 1, e + 2), st.sentenceOf(e + 2) == st.sentenceOf(t),
          let o = st.owner[e + 2], st.spans[o].first == e + 2, st.entityKind(at: e + 2) == .city
        { last = st.spans[o].last }
        let label = st.text(t, q - 1) + " \"" + st.text(q, e) + "\"" + (last > e ? " " + st.text(e + 1, last) : "")
        let id = Transliteration.slug(([kind.rawValue] + Self.stems(of: st.text(q, e))).joined(separator: " "))
        st.addDiscovered(id, label: label, kind: kind, subkind: kind == .project ? "infrastructure" : nil)
        if kind == .event { st.qualifiedEvents.insert(id) }
        st.addSpan(t, last, id: id)
        t = last
        continue
      }
      t = e
    }
  }

  /// "al cinema Arman di Almaty", "il teatro Abai": an Italian venue (``Lexicon/italianVenueNouns``)
  /// in lower case, then one to three capitalised Latin words nothing has read, is a body
  /// labelled with its noun ("cinema Arman"); a venue named by a place's or a person's name is
  /// left to the rules that read those. O(tokens).
  func italianVenues(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      guard st.owner[t] == nil, !st.toks[t].capitalized, Lexicon.italianVenueNouns.contains(st.toks[t].folded), st.joins(t, t + 1),
        st.owner[t + 1] == nil, st.isCapName(t + 1), isLatinName(st, t + 1), latinNameWord(st, t + 1), st.sentenceOf(t + 1) == st.sentenceOf(t)
      else { continue }
      var e = t + 1
      while e + 1 < n, e - t < 3, st.joins(e, e + 1), st.owner[e + 1] == nil, st.isCapName(e + 1), isLatinName(st, e + 1), latinNameWord(st, e + 1) { e += 1 }
      let label = st.text(t, e), id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
      st.addSpan(t, e, id: id)
      t = e
    }
  }

  /// "Ernst & Young", "Procter & Gamble", "William & Mary": capitalised Latin words (up to
  /// three a side) joined by "&" are one body's name, though a town's or a person's one-word
  /// name was read inside ("Mary"); not where a side holds a country or region, a body, an
  /// initial or a topic word (``Lexicon/sectionWords``: "Food & Drink", "R&D"), or only places
  /// ("Almaty & Urumqi"), nor in a headline or in capitals. O(tokens).
  func ampersandNames(_ st: State) {
    let n = st.toks.count
    var k = 0
    while k + 1 < n {
      defer { k += 1 }
      guard Self.isAmpersandGap(st.gap(k, k + 1)), st.sentenceOf(k) == st.sentenceOf(k + 1),
        isLatinName(st, k), isLatinName(st, k + 1), !st.inHeadline(k), !st.inTitle(k)
      else { continue }
      // a side's words: capitalised Latin words joined by spaces, read by nothing or by a
      // one-word town or person inside them
      func free(_ i: Int) -> Bool {
        // (no initial, "R&D", nor a topic word of a page's sections: "Food & Drink")
        let f = st.toks[i].folded
        guard isLatinName(st, i), latinNameWord(st, i), f.unicodeScalars.count >= 2, !Lexicon.sectionWords.contains(f), !Lexicon.portfolioWords.contains(f),
          !Lexicon.industryWords.contains(f)
        else { return false }
        guard let o = st.owner[i] else { return true }
        return st.spans[o].first == i && st.spans[o].last == i && [.city, .person].contains(st.entityKind(at: i))
      }
      var a = k, b = k + 1
      guard free(a), free(b) else { continue }
      while a > 0, k - a < 2, st.joins(a - 1, a), st.sentenceOf(a - 1) == st.sentenceOf(k), free(a - 1), !isSentenceStartAndCommon(st, a - 1) { a -= 1 }
      while b + 1 < n, b - k < 3, st.joins(b, b + 1), free(b + 1) { b += 1 }
      // ("Standard & Poor's": the possessive is the name's)
      if b + 1 < n, isPossessiveS(st, b + 1), !(b + 2 < n && st.joins(b + 1, b + 2) && st.toks[b + 2].capitalized) { b += 1 }
      if isSentenceStartAndCommon(st, a) { continue }
      // (nor a page's capitals: "FOOD & DRINK")
      if (a...b).allSatisfy({ Self.isUpperAcronym(st, $0) || isPossessiveS(st, $0) }) { continue }
      // (towns listed with "&" are towns: "Almaty & Urumqi")
      if (a...b).allSatisfy({ st.owner[$0] != nil || isPossessiveS(st, $0) }) { continue }
      readAsNewBody(st, a, b, subkind: nil)
      k = b
    }
  }

  /// "Агентство железнодорожного транспорта Туркменистана «Туркмендемирёллары»": a Russian
  /// body described by its cue and complements and named right after it in guillemets is one
  /// organisation, labelled with both (the catalogue's, when it knows the quoted name). O(spans).
  func quotedBodyNames(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    for o in st.spans.indices where st.owner[st.spans[o].first] == o && st.owner[st.spans[o].last] == o {
      let body = st.spans[o].key
      let b = st.spans[o].last, q = b + 1
      guard q < n, st.spans[o].last > st.spans[o].first, let e = st.entities[body], e.kind == .organization, !e.catalogued, !e.label.contains("«"),
        Morphology.isCyrillic(st.toks[st.spans[o].first].folded), st.gap(b, q).elementsEqual([" ", "«"]), st.sentenceOf(q) == st.sentenceOf(b),
        st.toks[q].capitalized, let last = quotedNameEnd(st, from: q, limit: 4)
      else { continue }
      let named = e.label + " «" + st.text(q, last) + "»"
      // (a quoted name nothing has read is the body's own)
      if (q...last).allSatisfy({ st.owner[$0] == nil }) {
        st.entities[body]?.label = named
        st.addSpan(q, last, id: body)
        continue
      }
      guard let name = st.owner[q], st.spans[name].first == q, st.spans[name].last == last,
        case let other = st.spans[name].key, other != body, let oe = st.entities[other], oe.kind == .organization
      else { continue }
      if oe.catalogued {
        moveMentions(st, of: body, to: other)
      } else {
        st.entities[body]?.label = named
        moveMentions(st, of: other, to: body)
      }
    }
  }

  /// "Нацбанк" in a text that names "Национальный банк Таджикистана" in full: the
  /// catalogue gives a bare short name of a national bank ("Нацбанк", "Ұлттық банк",
  /// "National Bank") to one country's bank; where the text names exactly two national or
  /// central banks and every mention of just one of them is bare (``bareRanges(_:of:)``),
  /// those mentions are the other bank's. O(spans).
  func shortBankNames(_ st: State) {
    let banks = st.order.filter { id in
      (id.hasPrefix("national-bank-of-") || id.hasPrefix("central-bank-of-")) && st.entities[id]?.mentions.isEmpty == false
    }
    guard banks.count == 2 else { return }
    let from: String, to: String, ranges: [(Int, Int)]
    switch (bareRanges(st, of: banks[0]), bareRanges(st, of: banks[1])) {
    case let (r?, nil): (from, to, ranges) = (banks[0], banks[1], r)
    case let (nil, r?): (from, to, ranges) = (banks[1], banks[0], r)
    // (both bare, as an acronym beside a short name, says nothing about which is meant)
    default: return
    }
    st.entities[from]?.mentions = []
    for (f, l) in ranges {
      if let o = st.owner[f], st.spans[o].key == from { st.spans[o].key = to }
      st.addNestedMention(to, f, l)
    }
  }

  /// "Министерства иностранных дел" in a text that names "МИД Казахстана": a body's name of
  /// two words or more that the text gives without its country or town is, where exactly one
  /// catalogued organisation of the text has a name that is those words and more before or
  /// after them ("Министерство иностранных дел Казахстана", "Қазақстан Республикасы Сыртқы
  /// істер министрлігі"), that organisation's. Words are compared by their stems, so a case
  /// form meets its nominative. O(bodies × catalogued names).
  func bareBodyNames(_ st: State) {
    let catalogued: [(id: String, names: [[String]])] = st.order.compactMap { id in
      guard let e = st.entities[id], e.kind == .organization, e.catalogued, !e.mentions.isEmpty, let entry = catalog.entry(id) else { return nil }
      return (id, entry.allNames.map { Self.stems(of: $0) })
    }
    guard !catalogued.isEmpty else { return }
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization, !e.catalogued, !e.mentions.isEmpty else { continue }
      let bare = Self.stems(of: e.label)
      // ("Khabar Agency" where the catalogue knows Khabar, "Zoomlion Heavy Industry": a
      // catalogued name and generic words of a body's kind or legal form after it are that body)
      if case let words = Segmenter.words(in: Array(e.label.unicodeScalars)), case let kept = words.reversed().drop(while: { Lexicon.genericBodyWordsEN.contains($0.folded) }).reversed(),
        kept.count < words.count, !kept.isEmpty
      {
        let head = kept.map { Morphology.stem($0.folded) }
        let owners = catalogued.filter { c in c.names.contains(head) }
        if owners.count == 1 {
          moveMentions(st, of: id, to: owners[0].id)
          continue
        }
      }
      guard bare.count >= 2 else { continue }
      let owners = catalogued.filter { c in
        c.names.contains { s in s.count > bare.count && (s.starts(with: bare) || s.reversed().starts(with: bare.reversed())) }
      }
      guard owners.count == 1 else { continue }
      moveMentions(st, of: id, to: owners[0].id)
    }
  }

  /// "Hangzhou Wahaha" and "Wahaha": a discovered Latin company whose name is a town's or
  /// province's one-word catalogued name and the name of another discovered company of
  /// the text is that company (Chinese companies carry their registration place before the
  /// brand: "Zhejiang Geely", "Hangzhou Wahaha"); the mentions join the one named first.
  /// O(companies × label words).
  func placePrefixedCompanies(_ st: State) {
    var byLabel: [String: String] = [:]  // folded label → id
    var prefixed: [(id: String, rest: String)] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization, !e.catalogued, !e.mentions.isEmpty, !Morphology.isCyrillic(Normalizer.fold(e.label)) else { continue }
      let folded = Normalizer.fold(e.label)
      if byLabel[folded] == nil { byLabel[folded] = id }
      let words = folded.split(separator: " ")
      guard words.count >= 2, catalogHasPlace(named: String(words[0])) else { continue }
      prefixed.append((id, words.dropFirst().joined(separator: " ")))
    }
    for (id, rest) in prefixed {
      guard let other = byLabel[rest], other != id, let i = st.order.firstIndex(of: id), let j = st.order.firstIndex(of: other) else { continue }
      if i < j { moveMentions(st, of: other, to: id) } else { moveMentions(st, of: id, to: other) }
    }
  }

  /// "operated by Tojiktrans and Xinjiang Kashgar Transport Group": a free capitalised Latin
  /// word of five letters or more, made as companies' names are (a trade's morpheme closing
  /// it, ``companyMorphemes``, or a capital inside it), joined by "and" ("e", "и", "және",
  /// "мен") to a company's mention (or a body's of no other sort) and alone on its side, is a
  /// company too: not at a sentence's start or in a headline, not a given name, place, cue or
  /// role word. O(spans).
  func coordinatedCompanies(_ st: State) {
    let n = st.toks.count
    let ands: Set<String> = ["and", "e", "и", "және", "мен"]
    var found: [Int] = []
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && st.kind(of: sp.key) == .organization && (st.subkind(of: sp.key) ?? "company") == "company" {
      for (k, a) in [(sp.first - 2, sp.first - 1), (sp.last + 2, sp.last + 1)] where k >= 0 && k < n {
        guard ands.contains(st.toks[a].folded), k < a ? st.joins(k, a) && st.joins(a, sp.first) : st.joins(sp.last, a) && st.joins(a, k),
          st.owner[k] == nil, st.isCapName(k), isLatinName(st, k), latinNameWord(st, k), st.toks[k].folded.unicodeScalars.count >= 5,
          !isSentenceStart(st, k), !st.inHeadline(k), !st.inTitle(k), !Lexicon.isGivenName(st.toks[k].folded), !catalogHasPlace(named: st.toks[k].folded),
          Lexicon.orgCues[st.toks[k].folded] == nil, !Lexicon.projectWordsEN.contains(st.toks[k].folded), Self.role(of: st, at: k) == nil,
          // (a person's name is no coined company's: "between Hasan and KTBE Co."; but two
          // brands before their products' noun are both companies: "Yutong and Higer vehicles")
          isCoinedCompanyWord(st, k) || k > sp.last && k + 1 < n && st.joins(k, k + 1) && Self.productNounsEN.contains(st.toks[k + 1].folded),
          st.sentenceOf(k) == st.sentenceOf(sp.first),
          !(k > 0 && st.joins(k - 1, k) && st.toks[k - 1].capitalized), !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized)
        else { continue }
        found.append(k)
      }
    }
    for k in found where st.owner[k] == nil { addCompany(st, k, k) }
  }

  /// "Agrotech Zhetysu": a company's one-word name that no catalogue holds, made as the
  /// region's companies' names are (a trade's morpheme closing it, ``companyMorphemes``, or a
  /// capital inside it), and right after it a place's one-word name ending the capitalised
  /// run with no place word after it ("region", "oblast"), are one name: the company's own
  /// or its branch's there. O(tokens).
  func placeSuffixedCompanies(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      let c = t + 1
      guard let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t, let oc = st.owner[c], st.spans[oc].first == c, st.spans[oc].last == c,
        st.entityKind(at: t) == .organization, (st.subkind(of: st.spans[o].key) ?? "company") == "company", st.entities[st.spans[o].key]?.catalogued == false,
        st.entityKind(at: c) == .city || st.entityKind(at: c) == .region, st.gap(t, c).elementsEqual([" "]), isLatinName(st, t), isLatinName(st, c),
        isCoinedCompanyWord(st, t),
        !(c + 1 < n && st.joins(c, c + 1) && (st.toks[c + 1].capitalized || st.cands[c + 1].contains { Lexicon.placeCues[$0] != nil })),
        !(c + 1 < n && st.toks[c + 1].folded == "s"), !st.inHeadline(t), !st.inTitle(t)
      else { continue }
      readAsNewBody(st, t, c, subkind: "company")
      t = c
    }
  }

  /// English plural nouns for products that two brands joined by "and" may stand before
  /// ("Yutong and Higer vehicles").
  static let productNounsEN: WordSet = [
    "vehicles", "buses", "cars", "trucks", "tractors", "phones", "smartphones", "brands", "models", "machines", "turbines", "panels", "products",
  ]

  /// Whether token `k` is made as the region's companies' one-word names are: a trade's
  /// morpheme closing it ("Tojiktrans", "Uzbekneftegaz", ``companyMorphemes``) or a capital
  /// inside it ("PetroChina"). O(1).
  func isCoinedCompanyWord(_ st: State, _ k: Int) -> Bool {
    Self.companyMorphemes.contains(where: { st.toks[k].folded.hasByteSuffix($0) }) || st.original(k).dropFirst().contains(where: \.isUppercase)
  }

  /// Endings of companies' one-word names in the region ("Tojiktrans", "Turkmengaz",
  /// "Kazatomprom", "Uzavtosanoat").
  static let companyMorphemes: [String] = [
    "trans", "gaz", "gas", "neft", "prom", "telecom", "energo", "stroy", "stroi", "invest", "avto", "agro", "tech", "soft", "mash",
    "metall", "logistics", "cargo", "express", "servis", "holding", "altyn", "pharm", "avia", "sanoat", "temir",
  ]

  /// "Almalyk" in a text that names "Almalyk MMC": a company named by a town's one-word name
  /// and a word or two more is often called by the town's name alone (so is one of up to four
  /// words more whose first word is a town's by-name, none of its labels: "Jinchuan" after
  /// "Jinchuan Group International Resources" is not Yinchuan). When every mention of
  /// that town is its bare name, none after a locative preposition ("in", "в", "nel",
  /// "presso"…) or beside a place word ("город", "city"), none listed with another place ("in
  /// Almaty, Astana and …", "between Astana and Shanghai"), none in a dateline and none in
  /// Kazakh locative or ablative case, they are the company's. All or nothing, as in
  /// ``shortBankNames(_:)``: one plain place use keeps every mention the town's. O(spans).
  func townNamedCompanies(_ st: State) {
    let locatives: Set<String> = ["in", "near", "at", "outside", "around", "в", "во", "под", "около", "близ", "возле", "из", "nel", "presso", "vicino", "da"]
    for cid in st.order {
      guard let c = st.entities[cid], c.kind == .organization, c.subkind == "company",
        let (cf, cl) = c.mentions.lazy.compactMap({ m -> (Int, Int)? in
          guard let f = st.tokenIndex(startingAt: m.start), let l = st.tokenIndex(endingAt: m.end), l > f, l - f <= 4 else { return nil }
          return (f, l)
        }).first,
        st.toks[cf].capitalized
      else { continue }
      let word = st.original(cf)
      // (a longer name owns only a town read through a by-name, none of its labels: "Kashgar
      // Tianrun Textile Co." leaves "to Kashgar" alone)
      let long = cl - cf > 2
      for tid in st.order {
        guard let town = st.entities[tid], town.kind == .city, !town.mentions.isEmpty,
          !long || !(catalog.entry(tid).map { e in ([e.label] + e.labels.values).contains { WordKey.same($0, word) } } ?? true)
        else { continue }
        var ranges: [Int] = []
        let plain = town.mentions.allSatisfy { m in
          guard let f = st.tokenIndex(startingAt: m.start), st.tokenIndex(endingAt: m.end) == f, WordKey.same(st.original(f), word),
            // (a dateline: "ALMALYK –", "Алмалык, 3 марта")
            !Self.isUpperAcronym(st, f), !(f + 1 < st.toks.count && st.gap(f, f + 1).contains(",") && st.isNumeral(f + 1))
          else { return false }
          func placeWord(_ k: Int) -> Bool { st.cands[k].contains { Lexicon.placeCues[$0] != nil } }
          // (the Italian "a" before a town is "in": "prodotte a Harbin dalla Harbin Electric";
          // after a verb of giving it is "to": "prestiti concessi ad Almalyk")
          let italianAt = st.doc.language == "it" && f > 1 && ["a", "ad"].contains(st.toks[f - 1].folded)
            && !Lexicon.italianGivingStems.contains(where: { st.toks[f - 2].folded.hasBytePrefix($0) })
          if f > 0, locatives.contains(st.toks[f - 1].folded) || placeWord(f - 1) || italianAt { return false }
          // ("la città di Almalyk"; or after a named event, site or other body: "la China
          // International Import Expo di Shanghai" is held in the town)
          if f > 1, ["di", "of", "de"].contains(st.toks[f - 1].folded),
            placeWord(f - 2) || st.owner[f - 2].map({ st.spans[$0].key != cid }) == true && [.event, .project, .organization].contains(st.entityKind(at: f - 2))
          { return false }
          // (a town joined by "and" to another place, or between two: "between Astana and
          // Shanghai", "из Алматы в Урумчи")
          func place(_ k: Int) -> Bool { k >= 0 && k < st.toks.count && [.city, .region].contains(st.entityKind(at: k)) }
          if f > 1, Lexicon.coordinators.contains(st.toks[f - 1].folded), place(f - 2) { return false }
          if f + 2 < st.toks.count, Lexicon.coordinators.contains(st.toks[f + 1].folded), place(f + 2) { return false }
          // (or listed after one with a comma: "in Almaty, Astana and …")
          if f > 0, st.gap(f - 1, f).contains(","), place(f - 1) { return false }
          // (or followed by one after a comma, the region that holds it: "le acciaierie di
          // Baotou, in Mongolia Interna")
          if f + 1 < st.toks.count, st.gap(f, f + 1).contains(","), place(f + 1) || locatives.contains(st.toks[f + 1].folded) && place(f + 2) { return false }
          if f > 0, ["between", "from", "to", "via", "между", "до", "через", "tra", "fra"].contains(st.toks[f - 1].folded) { return false }
          if f + 1 < st.toks.count, placeWord(f + 1) { return false }
          if st.doc.language == "kk", ["да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен"].contains(where: { st.toks[f].folded.hasByteSuffix($0) }) { return false }
          ranges.append(f)
          return true
        }
        guard plain, ranges.allSatisfy({ st.owner[$0].map { st.spans[$0].key == tid } ?? true }) else { continue }
        st.entities[tid]?.mentions = []
        for f in ranges {
          if let o = st.owner[f] { st.spans[o].key = cid }
          st.addNestedMention(cid, f, f)
        }
      }
    }
  }

  /// The token ranges of an entity's mentions when none of them holds a country abbreviation,
  /// a one-word town or region name, or a capitalised word after its first other than a bank's
  /// ("Кыргызской Республики"); nil otherwise. O(mention length).
  private func bareRanges(_ st: State, of id: String) -> [(Int, Int)]? {
    var ranges: [(Int, Int)] = []
    for m in st.entities[id]?.mentions ?? [] {
      guard let f = st.tokenIndex(startingAt: m.start), let l = st.tokenIndex(endingAt: m.end),
        !(f...l).contains(where: { k in
          k > f && st.toks[k].capitalized && !st.toks[k].folded.contains("bank") && !st.toks[k].folded.contains("банк")
            || st.cands[k].contains { c in
              Lexicon.countryAbbreviations[c] != nil || (patterns[c] ?? []).contains { $0.stems.count == 1 && [.city, .region].contains(catalog.entries[$0.entry].kind) }
            }
        })
      else { return nil }
      ranges.append((f, l))
    }
    return ranges
  }

  /// "телеканалы «Qazsport» и «КХЛ ТВ»": after a company's quoted name ending at `e`, the
  /// quoted names listed on with commas or "и" in the same sentence are companies too; a
  /// catalogued name may open one («КХЛ ТВ»), but one that is all of it keeps its reading.
  /// Returns the last token read. O(list length).
  func quotedListAfter(_ st: State, _ e: Int) -> Int {
    let n = st.toks.count
    var t = e
    while t + 2 < n, st.sentenceOf(t + 1) == st.sentenceOf(t) {
      let open = st.gap(t, t + 1).contains(where: Self.isOpeningQuote) ? t + 1
        : ["и", "а", "также"].contains(st.toks[t + 1].folded) && st.gap(t + 1, t + 2).contains(where: Self.isOpeningQuote) ? t + 2 : nil
      guard let o = open, st.toks[o].capitalized, st.gap(t, o == t + 1 ? o : t + 1).contains(where: { $0 == "," || $0 == " " }),
        let e2 = quotedNameEnd(st, from: o, limit: 5), closesQuote(st, e2), (o...e2).contains(where: { st.owner[$0] == nil })
      else { break }
      release(st, o, e2)
      addCompany(st, o, e2)
      t = e2
    }
    return t
  }

  /// A Russian relational adjective of a place, by its suffix "-ск-" ("новосибирской",
  /// "астанинский"), at least eight letters long so that short common words stay out. O(length).
  static func isRussianPlaceAdjective(_ w: String) -> Bool {
    w.unicodeScalars.count >= 8 && russianPlaceAdjectiveEndings.contains(where: { w.hasByteSuffix($0) })
  }

  /// The case forms of the Russian relational suffix "-ск-" (no one a suffix of another).
  static let russianPlaceAdjectiveEndings = ["ский", "ская", "ское", "ской", "ского", "скому", "ским", "ском", "скую", "ские", "ских", "скими"]

  /// An Italian common noun that can stand in a body's complement ("del turismo", "della
  /// cooperazione"): a lower-case word of letters, not a verb form or function word.
  static func isItalianNoun(_ w: String) -> Bool {
    guard w.unicodeScalars.count >= 4, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
    return !["are", "ere", "ire", "ato", "ata", "ito", "ita", "uto", "uta", "ando", "endo"].contains(where: { w.hasByteSuffix($0) }) || ["mercato", "senato", "stato"].contains(w)
  }

  /// "посольство Китая в Бишкеке", "генконсульство КНР в Алматы": a Russian mission's word,
  /// the sending country in the genitive and where it is: the embassy (in the host country)
  /// or the consulate (in the host city), as roles name them. O(tokens).
  func russianMissions(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    for t in 0..<n where t + 1 < n {
      let f = st.toks[t].folded
      let consulate = f.hasBytePrefix("генконсульств") || f.hasBytePrefix("консульств")
      guard consulate || f.hasBytePrefix("посольств"), st.joins(t, t + 1) else { continue }
      // ("Генеральное консульство Казахстана в Чэнду": the adjective opens the name, and a body
      // that a cue rule read up to the country yields)
      let first = t > 0 && st.toks[t - 1].folded.hasBytePrefix("генеральн") && st.joins(t - 1, t) ? t - 1 : t
      reclaimCountry(st, body: first, country: t + 1)
      guard (first...t).allSatisfy({ st.owner[$0] == nil }), let o = st.owner[t + 1], st.spans[o].first == t + 1, st.subkind(of: st.spans[o].key) == "country" else { continue }
      let host = missionHost(st, after: st.spans[o].last, consulate: consulate)
      let id = RelationRules.missionEntity(st, self, country: st.spans[o].key, place: host?.place, consulate: consulate)
      st.addSpan(first, host?.last ?? st.spans[o].last, id: id)
    }
  }

  /// "D. Serikbayev East Kazakhstan Technical University", "the Myrat Garryyev State Medical
  /// University of Turkmenistan": an English institution's name opened by its honoree's
  /// initials and surname, or by a full name right after "the"; the person rules read the
  /// honoree first, the name is the institution's (a name without an initial or "the" before
  /// it stays the person's). O(spans).
  func latinHonoreeBodies(_ st: State) {
    guard st.doc.language == "en" else { return }
    for o in st.spans.indices {
      let sp = st.spans[o]
      guard sp.first > 0, st.owner[sp.first] == o, st.entityKind(at: sp.first) == .organization,
        (sp.first...sp.last).contains(where: { Lexicon.closingInstitutionNouns.contains(st.toks[$0].folded) }),
        st.gap(sp.first - 1, sp.first).elementsEqual([" "]), let p = st.owner[sp.first - 1], st.entityKind(at: sp.first - 1) == .person,
        case let person = st.spans[p], person.last == sp.first - 1, st.sentenceOf(person.first) == st.sentenceOf(sp.first)
      else { continue }
      let initial = st.toks[person.first].end - st.toks[person.first].start == 1 && st.toks[person.first].capitalized && st.gap(person.first, person.first + 1).first == "."
      let afterThe = person.last > person.first && person.first > 0 && st.toks[person.first - 1].folded == "the" && st.gap(person.first - 1, person.first).elementsEqual([" "])
      guard initial || afterThe else { continue }
      release(st, person.first, sp.last)
      st.addSpan(person.first, sp.last, id: sp.key)
    }
  }

  /// "the Chinese group Jin Jiang", "il gruppo cinese Jin Jiang": a name the person rules read
  /// right after a company's noun (and a country's adjective, before the noun in English,
  /// after it in Italian) is the company's, and so is every mention of it. O(spans).
  func namedAfterCompanyNouns(_ st: State) {
    let nouns: Set<String>
    switch st.doc.language {
    case "en": nouns = ["group", "company", "firm", "corporation", "conglomerate"]
    case "it": nouns = ["gruppo", "società", "compagnia", "azienda", "impresa", "ditta", "colosso"]
    default: return
    }
    for o in st.spans.indices {
      let sp = st.spans[o]
      guard st.owner[sp.first] == o, sp.first >= 1, sp.last > sp.first, let person = st.entities[sp.key], person.kind == .person, !person.catalogued,
        st.gap(sp.first - 1, sp.first).elementsEqual([" "])
      else { continue }
      var k = sp.first - 1
      if st.doc.language == "it", k >= 1, !st.toks[k].capitalized, adjectiveEntity(st.toks[k].folded)?.subkind == "country", st.joins(k - 1, k) { k -= 1 }
      guard st.owner[k] == nil, !st.toks[k].capitalized, nouns.contains(st.toks[k].folded), st.sentenceOf(k) == st.sentenceOf(sp.first) else { continue }
      // (not after "of": "l'amministratore delegato del gruppo Alessandro Bernini", "the head of
      // the company Wang Fei" name the company's officer)
      let before = k >= 1 ? st.toks[k - 1].folded : ""
      if ["del", "dello", "della", "dell", "of"].contains(before) || before == "the" && k >= 2 && st.toks[k - 2].folded == "of" { continue }
      // (the entity is the company under the same name)
      st.entities[sp.key]?.kind = .organization
      st.entities[sp.key]?.subkind = "company"
    }
  }

  /// "the Xinjiang department of commerce", "the Gansu provincial department of transport": in
  /// English, a province's or town's name, maybe "provincial" or "municipal", then a lower-case
  /// "department", "bureau" or "commission" of one lower-case noun (or two joined by "and")
  /// closed by punctuation, a verb or a preposition is that government's body, labelled in
  /// title case ("Xinjiang Department of Commerce") as the capitalised name is written.
  /// O(tokens).
  func lowerCaseProvincialBodies(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    func noun(_ k: Int) -> Bool {
      k < n && !st.toks[k].capitalized && st.owner[k] == nil && st.toks[k].folded.unicodeScalars.count >= 4
        && st.toks[k].folded.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.value < 0x250 } && !Lexicon.stopCapitalized.contains(st.toks[k].folded)
    }
    // (the noun phrase ends at punctuation, or before a verb or preposition: "… of commerce said")
    func closed(_ k: Int) -> Bool {
      k + 1 >= n || st.gap(k, k + 1).contains { ",.;:)".unicodeScalars.contains($0) } || st.joins(k, k + 1) && Self.provincialBodyEnders.contains(st.toks[k + 1].folded)
    }
    for t in 1..<max(1, n - 2) where Self.provincialBodyHeads.contains(st.toks[t].folded) && !st.toks[t].capitalized {
      let level = Self.provincialBodyLevels.contains(st.toks[t - 1].folded) ? t - 1 : t
      guard level >= 1, st.joins(level - 1, level), st.joins(t, t + 1), st.toks[t + 1].folded == "of", st.joins(t + 1, t + 2), noun(t + 2),
        let o = st.owner[level - 1], st.spans[o].last == level - 1, [.city, .region].contains(st.entityKind(at: level - 1)),
        st.subkind(of: st.spans[o].key) != "country"
      else { continue }
      var last = t + 2
      if !closed(last), last + 2 < n, st.toks[last + 1].folded == "and", st.joins(last, last + 1), st.joins(last + 1, last + 2), noun(last + 2) { last += 2 }
      guard closed(last) else { continue }
      let first = st.spans[o].first
      func title(_ w: String) -> String { w == "of" || w == "and" ? w : w.prefix(1).uppercased() + w.dropFirst() }
      let label = st.text(first, level - 1) + " " + (level...last).map { title(st.original($0)) }.joined(separator: " ")
      let id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: "government")
      absorb(st, first, last)
      st.addSpan(first, last, id: id)
    }
  }

  /// The lower-case heads, levels and following words of ``lowerCaseProvincialBodies(_:)``.
  static let provincialBodyHeads: WordSet = ["department", "bureau", "commission"]
  static let provincialBodyLevels: WordSet = ["provincial", "municipal", "regional"]
  static let provincialBodyEnders: WordSet = [
    "said", "says", "told", "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "announced", "reported",
    "added", "approved", "signed", "plans", "planned", "came", "on", "in", "at", "for", "to", "with", "which", "that", "who",
  ]

  /// "buy 49 percent of Kentau Transformer Plant", "Kentau Transformer Plant chief executive
  /// …", "the Ulba Works said": an English plant named in title case ("Plant", "Factory",
  /// "Works", "Combine", "Mill") that is bought a share of, has an officer or speaks is the
  /// company that runs it (as "UKTMP" is), and so is every mention of it. So is any project's
  /// name the text has read that an apposition calls a company ("the Denov Fruit Cluster, a
  /// cooperative of 900 orchards"; the nouns of ``Lexicon/appositiveCompanyNounsEN``). O(spans).
  func plantsRunAsCompanies(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for o in st.spans.indices {
      let sp = st.spans[o]
      guard st.owner[sp.first] == o, sp.last > sp.first, st.toks[sp.last].capitalized,
        let e = st.entities[sp.key], e.kind == .project, !e.catalogued
      else { continue }
      let c = sp.last + 1
      if c + 1 < n, st.gap(sp.last, c).elementsEqual([",", " "]), ["a", "an", "the"].contains(st.toks[c].folded),
        let k = (c + 1..<min(n, c + 5)).first(where: { Lexicon.appositiveCompanyNounsEN.contains(st.toks[$0].folded) }),
        (c + 1...k).allSatisfy({ !st.toks[$0].capitalized && st.joins($0 - 1, $0) && st.sentenceOf($0) == st.sentenceOf(sp.last) }),
        apposedNounCloses(st, k)
      {
        st.entities[sp.key]?.kind = .organization
        st.entities[sp.key]?.subkind = "company"
        continue
      }
      guard Self.runPlantHeads.contains(st.toks[sp.last].folded) else { continue }
      let a = sp.last + 1
      let officer = a < n && st.joins(sp.last, a) && (Self.plantOfficers.contains(st.toks[a].folded)
        || a + 1 < n && st.toks[a].folded == "chief" && st.joins(a, a + 1) && ["executive", "engineer"].contains(st.toks[a + 1].folded)
        || a + 1 < n && st.toks[a].folded == "general" && st.joins(a, a + 1) && st.toks[a + 1].folded == "director"
        || a + 1 < n && isPossessiveS(st, a) && Lexicon.companyPossessions.contains(st.toks[a + 1].folded)
        || st.toks[a].folded == "said" && !st.toks[a].capitalized)
      let b = sp.first
      let share = b >= 2 && st.toks[b - 1].folded == "of" && ["percent", "stake", "shares", "%"].contains(st.toks[b - 2].folded)
        || b >= 2 && st.toks[b - 1].folded == "in" && ["stake", "shares", "interest"].contains(st.toks[b - 2].folded)
      guard officer || share else { continue }
      st.entities[sp.key]?.kind = .organization
      st.entities[sp.key]?.subkind = "company"
    }
  }

  /// "The Uzbek Leather, Footwear and Fur Industry Association": an English body's name that
  /// the rules read from its last coordinated word ("Fur Industry Association") opens with the
  /// title-case words listed before it, set off by commas, the last by "and" (two or more of
  /// them), and with a nationality's adjective before them, if any. O(spans).
  func coordinatedBodyNames(_ st: State) {
    guard st.doc.language == "en" else { return }
    func word(_ k: Int) -> Bool {
      k >= 0 && st.owner[k] == nil && st.toks[k].capitalized && isLatinName(st, k) && !Lexicon.stopCapitalized.contains(st.toks[k].folded)
        && adjectiveEntity(st.toks[k].folded) == nil
    }
    for o in st.spans.indices {
      let sp = st.spans[o]
      guard st.owner[sp.first] == o, sp.first >= 4, sp.last > sp.first, let e = st.entities[sp.key], e.kind == .organization, !e.catalogued,
        Lexicon.orgCues[st.toks[sp.last].folded] != nil, case let and = sp.first - 1, st.toks[and].folded == "and",
        st.gap(and, sp.first).elementsEqual([" "]), word(and - 1), st.gap(and - 1, and).elementsEqual([" "])
      else { continue }
      var a = and - 1
      while a - 1 >= 0, st.gap(a - 1, a).elementsEqual([",", " "]), word(a - 1), st.sentenceOf(a - 1) == st.sentenceOf(a) { a -= 1 }
      guard a < and - 1 else { continue }
      if a > 0, st.gap(a - 1, a).elementsEqual([" "]), st.toks[a - 1].capitalized, adjectiveEntity(st.toks[a - 1].folded) != nil,
        st.owner[a - 1].map({ st.spans[$0].first == a - 1 && st.spans[$0].last == a - 1 }) ?? true
      { a -= 1 }
      release(st, a, sp.last)
      let label = st.text(a, sp.last)
      let id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: e.subkind)
      st.addSpan(a, sp.last, id: id)
    }
  }

  /// Whether the English noun at `k` closes an apposition ("Uzagroexport, the state export
  /// agency, …"): not its possessive, which names someone of the body ("Ivanov, the agency's
  /// head"), nor a noun that introduces a name of its own ("in Turkmen and Mandarin, the state
  /// news agency TDH reported") or is the subject of a new clause ("…, the operator said"). O(1).
  func apposedNounCloses(_ st: State, _ k: Int) -> Bool {
    guard k + 1 < st.toks.count else { return true }
    return !(isPossessiveS(st, k + 1) || st.joins(k, k + 1) && (st.toks[k + 1].capitalized || Self.clauseVerbsEN.contains(st.toks[k + 1].folded)))
  }

  /// Verbs after an English noun that make it the subject of a clause of its own, not an
  /// apposition ("…, the operator said").
  static let clauseVerbsEN: WordSet = [
    "said", "says", "told", "added", "reported", "announced", "noted", "stated", "confirmed", "explained", "wrote",
    "will", "would", "has", "have", "had", "is", "was", "are", "were", "can", "could", "plans", "expects",
  ]

  /// The title-case plant words and the officers after a plant's name of
  /// ``plantsRunAsCompanies(_:)``.
  static let runPlantHeads: WordSet = ["plant", "factory", "works", "combine", "mill"]
  static let plantOfficers: WordSet = ["ceo", "chairman", "chairwoman", "director", "director-general", "president", "spokesman", "spokeswoman", "spokesperson"]

  /// "the Chinese embassy in Dushanbe", "l'ambasciata cinese a Roma": a country's adjective
  /// with a mission word, or the country after "of"/"di" ("Ambasciata d'Italia a Tashkent"),
  /// and where it is. O(tokens).
  func latinMissions(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    for t in 0..<n {
      let f = st.toks[t].folded
      let consulate = f == "consulate" || f == "consolato"
      guard consulate || f == "embassy" || f == "ambasciata" else { continue }
      // "the Embassy of China in Astana", "l'Ambasciata d'Italia a Tashkent", "il Consolato
      // generale della Cina": the sending country after a preposition
      var k = t + 1
      if k < n, ["general", "generale"].contains(st.toks[k].folded), st.joins(t, k) { k += 1 }
      if k + 1 < n, ["of", "d", "di", "della", "del", "dell"].contains(st.toks[k].folded), st.joins(k - 1, k), st.joins(k, k + 1) {
        // ("the Embassy of the People's Republic of China": English puts the article in)
        if st.toks[k].folded == "of", st.toks[k + 1].folded == "the", k + 2 < n, st.joins(k + 1, k + 2) { k += 1 }
        var country: String?
        // (the country's name may be of several words: "l'ambasciata della Repubblica Popolare Cinese")
        var last = k + 1
        if let o = st.owner[k + 1], st.spans[o].first == k + 1, st.subkind(of: st.spans[o].key) == "country" {
          country = st.spans[o].key
          last = st.spans[o].last
        } else if let c = reclaimCountry(st, body: t, country: k + 1) {
          country = c.id
          last = c.last
        }
        if let country, st.owner[t] == nil {
          let host = missionHost(st, after: last, consulate: consulate)
          let id = RelationRules.missionEntity(st, self, country: country, place: host?.place, consulate: consulate)
          st.addSpan(t, host?.last ?? last, id: id)
          continue
        }
      }
      // "China's embassy in Bishkek", "Kazakhstan's Consulate General in Urumqi": in English
      // the sending country's possessive before the mission word (the country keeps its mention)
      if st.doc.language == "en", t >= 2, st.toks[t - 1].folded == "s", st.joins(t - 1, t),
        st.gap(t - 2, t - 1).elementsEqual(["'"]) || st.gap(t - 2, t - 1).elementsEqual(["’"]),
        let o = st.owner[t - 2], st.spans[o].last == t - 2, st.subkind(of: st.spans[o].key) == "country"
      {
        let end = k > t + 1 ? t + 1 : t  // (after "general")
        // (a cue rule may have read the capitalised words as a body of their own, which yields)
        if isDiscoveredBody(st, t, end) { release(st, t, end) }
        guard st.owner[t] == nil else { continue }
        let host = missionHost(st, after: end, consulate: consulate)
        let id = RelationRules.missionEntity(st, self, country: st.spans[o].key, place: host?.place, consulate: consulate)
        st.addSpan(st.spans[o].first, host?.last ?? end, id: id)
        continue
      }
      // the adjective before (English) or after (Italian) the mission word
      let adj = st.doc.language == "en" ? t - 1 : t + 1
      guard adj >= 0, adj < n, st.joins(min(adj, t), max(adj, t)), let c = adjectiveEntity(st.toks[adj].folded), c.subkind == "country" else { continue }
      // ("the Chinese Embassy in Bishkek": a cue rule may have read the capitalised pair as a
      // body of its own, which yields)
      if isDiscoveredBody(st, min(adj, t), max(adj, t)) { release(st, min(adj, t), max(adj, t)) }
      guard st.owner[t] == nil, st.owner[adj] == nil else { continue }
      let host = missionHost(st, after: max(adj, t), consulate: consulate)
      let id = RelationRules.missionEntity(st, self, country: c.id, place: host?.place, consulate: consulate)
      st.addSpan(min(adj, t), host?.last ?? max(adj, t), id: id)
    }
  }

  /// A body that a cue rule read from a mission's word to its country ("Consolato generale
  /// della Cina", "Генеральное консульство Казахстана", "Ambasciata della Repubblica Popolare
  /// Cinese") yields: the country from `k` on gets its own span and the mission rule may read
  /// the whole. Returns the country's id and last token, or nil when no such body stands from
  /// `first` to the country's end.
  @discardableResult
  func reclaimCountry(_ st: State, body first: Int, country k: Int) -> (id: String, last: Int)? {
    guard let c = countryName(st, at: k), isDiscoveredBody(st, first, c.last) else { return nil }
    release(st, first, c.last)
    addCatalogued(st, c.entry)
    // (the body may have given the country its mention already)
    st.entities[c.entry.id]?.mentions.removeAll { $0.start == st.toks[k].start && $0.end == st.toks[c.last].end }
    st.addSpan(k, c.last, id: c.entry.id)
    return (c.entry.id, c.last)
  }

  /// Whether one mention of an organisation the rules discovered (not the catalogue's) spans
  /// exactly tokens `first`...`last`: a body a cue rule read that a more specific rule may
  /// take back. O(1).
  func isDiscoveredBody(_ st: State, _ first: Int, _ last: Int) -> Bool {
    guard let o = st.owner[first], st.spans[o].first == first, st.spans[o].last == last else { return false }
    return st.entities[st.spans[o].key].map { $0.kind == .organization && !$0.catalogued } == true
  }

  /// The country the catalogue names from token `t` on ("Cina", "Repubblica Popolare
  /// Cinese"), the longest name that fits, with its last token. O(patterns at `t`).
  func countryName(_ st: State, at t: Int) -> (entry: CatalogEntry, last: Int)? {
    var best: (entry: CatalogEntry, last: Int)?
    for c in st.cands[t] {
      for p in patterns[c] ?? [] where catalog.entries[p.entry].subkind == "country" && t + p.stems.count - 1 > (best?.last ?? -1) && fits(p, at: t, st) {
        best = (catalog.entries[p.entry], t + p.stems.count - 1)
      }
    }
    return best
  }

  /// Where a mission named up to token `k` is: a locative ("в", "in", "a", "to") and a place
  /// read as one, giving the host place and the place's last token. An embassy is in the host
  /// country (a capital names it); a consulate is in its city.
  func missionHost(_ st: State, after k: Int, consulate: Bool) -> (place: String, last: Int)? {
    let n = st.toks.count
    guard k + 2 < n, RelationRules.roleLocatives.contains(st.toks[k + 1].folded), st.joins(k, k + 1), st.joins(k + 1, k + 2),
      let p = st.owner[k + 2], st.spans[p].first == k + 2, st.entityKind(at: k + 2) == .city || st.entityKind(at: k + 2) == .region
    else { return nil }
    let key = st.spans[p].key
    let place = consulate || st.subkind(of: key) == "country" ? key : catalog.country(of: key) ?? key
    return (place, st.spans[p].last)
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
          RelationRules.kazakhGenitive.contains(where: { last.hasByteSuffix($0) || next == $0 })
        {
          country = sp.key
          first = sp.first
        } else if st.entityKind(at: j) == .city || st.entityKind(at: j) == .region, place == nil, RelationRules.isKazakhLocativePlace(st, last: sp.last) {
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

  /// A town's or region's own administration, one body per place whatever the language:
  /// "акимат (города) Шымкента", "хокимият Самаркандской области", "мэрия Бишкека";
  /// "Алматы қаласының әкімдігі"; "the Tashkent city administration", "the Almaty akimat",
  /// "Bishkek City Hall", "Akimat of Almaty"; "l'akimat di Almaty", "l'amministrazione
  /// comunale di Bishkek"; and "с акиматом области", with no name, the one region (or town,
  /// after "города") of the head's country the text has named before. The id comes from the
  /// place's, the label from the word its country uses (Kazakhstan's akimat, Uzbekistan's
  /// khokimiyat). Runs before the cue rules, which would read a capitalised head as a body of
  /// its own. O(tokens), O(spans) for each bare level.
  func localAdministrations(_ st: State) {
    let n = st.toks.count
    let lang = st.doc.language
    // the region the catalogue names after town `id` ("Almaty Region"), added to the text
    func region(namedAfter id: String) -> String? {
      guard let label = st.entities[id]?.label, let i = regionEntry(named: label) else { return nil }
      addCatalogued(st, catalog.entries[i])
      return catalog.entries[i].id
    }
    func add(_ a: Int, _ b: Int, place id: String) {
      let pLabel = st.entities[id]?.label ?? catalog.entry(id)?.label ?? id
      let country = RelationRules.countryOf(st, id)
      let label = country == "kazakhstan" ? "Akimat of " + pLabel : country == "uzbekistan" ? "Khokimiyat of " + pLabel : "Administration of " + pLabel
      addGovernmentBody(st, label: label, parent: id, a, b)
    }
    var t = 0
    while t < n {
      defer { t += 1 }
      guard st.owner[t] == nil else { continue }
      let f = st.toks[t].folded
      switch lang {
      case "en":
        let head = Lexicon.localAdministrationHeadsEN.contains(f)
        guard head || ["hall", "government", "municipality"].contains(f) else { continue }
        // "Akimat of Almaty", "the khokimiyat of the Tashkent region"
        if head, f != "administration", t + 2 < n, st.toks[t + 1].folded == "of", st.joins(t, t + 1) {
          let k = st.toks[t + 2].folded == "the" && t + 3 < n ? t + 3 : t + 2
          if st.joins(k - 1, k), let p = governedPlace(st, at: k, first: true) {
            add(t, p.other, place: p.id)
            t = p.other
          }
          continue
        }
        // "the Tashkent city administration", "the Almaty akimat", "Bishkek City Hall": a hall,
        // a government or a municipality only with the word that makes it the town's own
        var k = t - 1
        let middle = k >= 0 && Lexicon.localAdministrationMiddlesEN.contains(st.toks[k].folded) && st.joins(k, t)
        // ("the Jalal-Abad Region administration": the middle word is the region's name's own)
        let named = middle && head && governedPlace(st, at: k, first: false).map { st.kind(of: $0.id) == .region } == true
        if middle && !named { k -= 1 }
        guard middle || head, k >= 0, named || st.joins(k, k + 1), var p = governedPlace(st, at: k, first: false) else { continue }
        // ("the Almaty regional administration" is the region's, which the catalogue names
        // after its town)
        if middle, !named, ["regional", "region", "oblast"].contains(st.toks[t - 1].folded), st.kind(of: p.id) == .city {
          guard let r = region(namedAfter: p.id) else { continue }
          p.id = r
        }
        // (not a possessive's thing, nor the head of a longer name: "Almaty Administration of …")
        guard !(t + 1 < n && st.toks[t + 1].folded == "of" && st.joins(t, t + 1) && t + 2 < n && st.toks[t + 2].capitalized) else { continue }
        // (the name here is the region's, which keeps its mention inside the body's)
        if named { release(st, p.other, k) }
        add(p.other, t, place: p.id)
        if named { st.addNestedMention(p.id, p.other, k) }
      case "ru":
        guard Lexicon.localAdministrationHeadsRU.contains(where: { f.hasBytePrefix($0) }) || Lexicon.russianCityHallForms.contains(f), t + 1 < n, st.joins(t, t + 1) else { continue }
        // (the head in any case; "акимат города Шымкента", "хокимият г. Ташкента")
        var k = t + 1
        // ("с акиматом области": the level alone, no name after it, is the one region or town
        // of that level the text has named before)
        if ["области", "города"].contains(st.toks[k].folded), !(k + 1 < n && st.joins(k, k + 1) && (st.toks[k + 1].capitalized || st.owner[k + 1] != nil)) {
          // (in the country whose word the head is: an akimat's in Kazakhstan, a khokimiyat's in
          // Uzbekistan; "акимат области" after "провинции Ганьсу" is still Aktobe Region's)
          let wanted: EntityKind = st.toks[k].folded == "области" ? .region : .city
          let country = f.hasBytePrefix("акимат") ? "kazakhstan" : f.hasBytePrefix("хокимият") ? "uzbekistan" : nil
          let named = Set(st.spans.filter { sp in
            sp.last < t && st.kind(of: sp.key) == wanted && (wanted == .city ? st.subkind(of: sp.key) != "border-crossing" : st.subkind(of: sp.key).map { Lexicon.governedRegionSubkinds.contains($0) } == true)
              && (country == nil || RelationRules.countryOf(st, sp.key) == country)
          }.map(\.key))
          if named.count == 1, let id = named.first {
            add(t, k, place: id)
            t = k
          }
          continue
        }
        if k + 1 < n, st.toks[k].folded == "города" && st.joins(k, k + 1) || st.toks[k].folded == "г" && st.gap(k, k + 1).elementsEqual([".", " "]) { k += 1 }
        guard let p = governedPlace(st, at: k, first: true) else { continue }
        add(t, p.other, place: p.id)
        t = p.other
      case "kk":
        guard Lexicon.localAdministrationHeadsKK.contains(where: { f.hasBytePrefix($0) }), t > 0 else { continue }
        var k = t - 1
        if Lexicon.kazakhLocalMiddles.contains(where: { st.toks[k].folded.hasBytePrefix($0) }), st.owner[k] == nil, st.joins(k, t) { k -= 1 }
        guard k >= 0, st.joins(k, k + 1), let p = governedPlace(st, at: k, first: false) else { continue }
        add(p.other, t, place: p.id)
      case "it":
        // ("organizzato dal comune di Samarcanda": the municipality after an article, which
        // the adjective never takes: "un progetto comune di …"; not a place: "nel comune di …";
        // the capitalised "Comune di Milano" is italianLocalGovernments')
        let municipality = f == "comune" && !st.toks[t].capitalized && t > 0 && ["il", "dal", "al", "col", "del"].contains(st.toks[t - 1].folded) && st.joins(t - 1, t)
        guard Lexicon.localAdministrationHeadsIT.contains(f) || municipality, t + 2 < n, st.joins(t, t + 1) else { continue }
        // "l'amministrazione comunale di Bishkek", "il municipio della città di Khiva"
        var k = t + 1
        if ["comunale", "cittadina", "municipale", "regionale", "provinciale"].contains(st.toks[k].folded) { k += 1 }
        guard k + 1 < n, Lexicon.italianOf.contains(st.toks[k].folded), st.joins(k - 1, k), st.joins(k, k + 1) else { continue }
        k += 1
        if st.toks[k].folded == "città", k + 2 < n, Lexicon.italianOf.contains(st.toks[k + 1].folded), st.joins(k, k + 1), st.joins(k + 1, k + 2) { k += 2 }
        // ("l'hokimiyat della regione di Bukhara": the region the catalogue names after its town)
        var regional = false
        if ["regione", "provincia"].contains(st.toks[k].folded), k + 2 < n, Lexicon.italianOf.contains(st.toks[k + 1].folded), st.joins(k, k + 1), st.joins(k + 1, k + 2),
          st.owner[k] == nil
        {
          k += 2
          regional = true
        }
        guard var p = governedPlace(st, at: k, first: true) else { continue }
        if regional, st.kind(of: p.id) == .city {
          guard let r = region(namedAfter: p.id) else { continue }
          p.id = r
        }
        // (the name here is the region's, whose mention is the phrase with its cue)
        if regional { release(st, k, p.other) }
        add(t, p.other, place: p.id)
        // (the region keeps its mention inside the body's)
        if regional { st.addNestedMention(p.id, k - 2, p.other) }
        t = p.other
      default:
        return
      }
    }
  }

  /// "управление культуры Карагандинской области", "департамента полиции города Алматы": a
  /// Russian regional department written in lower case — its head ("управление",
  /// "департамент", in any case), one to four words of its remit in the genitive
  /// ("культуры", "энергетики и жилищно-коммунального хозяйства") and the region or town it
  /// serves, which a rule has read, after "по" or not ("… инспекции труда по ВКО") — is that
  /// place's body, labelled with its head in the nominative; the place keeps a mention inside
  /// it. O(tokens).
  func russianRegionalDepartments(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && !st.toks[t].capitalized {
      let f = st.toks[t].folded
      guard let head = f.hasBytePrefix("управлени") ? "Управление" : f.hasBytePrefix("департамент") ? "Департамент" : nil else { continue }
      var k = t + 1
      while k < n, k - t <= 5, st.owner[k] == nil, !st.toks[k].capitalized, st.joins(k - 1, k), Morphology.isCyrillic(st.toks[k].folded),
        st.toks[k].folded == "и" && k > t + 1 || Morphology.isRussianGenitive(st.toks[k].folded, afterPluralAdjective: false) || Morphology.isRussianAdjective(st.toks[k].folded)
      { k += 1 }
      // ("… города Алматы": the town's cue before its name; "… инспекции труда по ВКО", "… по
      // городу Шымкент": the place it serves after "по", in the dative)
      var p = k
      if p + 1 < n, st.toks[p].folded == "по", st.owner[p] == nil, st.joins(p, p + 1) { p += 1 }
      if p < n, ["города", "городу"].contains(st.toks[p].folded), st.owner[p] == nil { p += 1 }
      guard k > t + 1, k - t <= 5, p < n, st.toks[k - 1].folded != "и", st.joins(k - 1, k), st.joins(p - 1, p), st.sentenceOf(p) == st.sentenceOf(t),
        let place = governedPlace(st, at: p, first: true)
      else { continue }
      let label = head + " " + st.text(t + 1, place.other)
      let id = Transliteration.slug(label)
      release(st, p, place.other)
      st.addDiscovered(id, label: label, kind: .organization, subkind: "government")
      st.addSpan(t, place.other, id: id)
    }
  }

  /// The town, or the region that governs itself (not a country, nor a macro-region; a
  /// district too), whose mention opens (`first`) or closes at token `k`, and the token at the
  /// mention's other end; nil for any other mention or none. O(1).
  func governedPlace(_ st: State, at k: Int, first: Bool) -> (id: String, other: Int)? {
    guard let edge = mentionEdge(st, at: k, first: first) else { return nil }
    switch st.kind(of: edge.id) {
    case .city: guard st.subkind(of: edge.id) != "border-crossing" else { return nil }
    case .region: guard let sk = st.subkind(of: edge.id), sk != "country", Lexicon.governedRegionSubkinds.contains(sk) || sk == "district" else { return nil }
    default: return nil
    }
    return edge
  }

  /// The entity of the mention that opens (`first`) or closes at token `k`, and the token at
  /// the mention's other end; nil when none does (or `k` is outside the text). O(1).
  func mentionEdge(_ st: State, at k: Int, first: Bool) -> (id: String, other: Int)? {
    guard k >= 0, k < st.toks.count, let o = st.owner[k], first ? st.spans[o].first == k : st.spans[o].last == k else { return nil }
    return (st.spans[o].key, first ? st.spans[o].last : st.spans[o].first)
  }

  /// Adds the government body `label` of place `parent` unless the text has it (its id is
  /// the label's slug, the same in every language) and gives it the mention at tokens a...b.
  func addGovernmentBody(_ st: State, label: String, parent: String, _ a: Int, _ b: Int) {
    let id = Transliteration.slug(label)
    if st.entities[id] == nil {
      st.addEntity(ExtractedEntity(id: id, label: label, kind: .organization, subkind: "government", labels: ["en": label], aliases: [], parent: parent,
        mentions: [], catalogued: false))
    }
    takeOver(st, a, b)
    st.addSpan(a, b, id: id)
  }

  /// "Kazpost chairman Serik Tuleubayev", "Cainiao's general manager …, Zhou Lei": in English,
  /// free capitalised Latin words (up to three) right before a company head's title, whose
  /// holder the text names after it, are the company's name; in English and Italian, such
  /// words that an apposition calls a company ("Uzum, an Uzbek online marketplace", "Barqi
  /// Tojik, la compagnia elettrica nazionale") too. O(tokens).
  func namesBeforeHeads(_ st: State) {
    let italian = st.doc.language == "it"
    guard st.doc.language == "en" || italian else { return }
    let n = st.toks.count
    func word(_ k: Int, adjective: Bool = false) -> Bool {
      st.owner[k] == nil && st.toks[k].capitalized && isLatinName(st, k) && !Lexicon.stopCapitalized.contains(st.toks[k].folded)
        && Self.role(of: st, at: k) == nil && (adjective || adjectiveEntity(st.toks[k].folded) == nil) && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded)
        && !Lexicon.headTitleModifiersEN.contains(st.toks[k].folded) && !Lexicon.determinersEN.contains(st.toks[k].folded)
        // (a word of a company the text has named is that company's short name: "Ruyi chairman …")
        && !isWordOfKnownName(st, k, kinds: [.organization])
    }
    var t = 0
    while t + 2 < n {
      defer { t += 1 }
      // (after a common word that opens the sentence too: "Secondo Barqi Tojik, …")
      func opener(_ k: Int) -> Bool { isSentenceStartAndCommon(st, k) || isStarter(st, k) }
      // (a country's adjective may open a name that an apposition calls a company: "Kyrgyz
      // Temir Jolu, the national railway company")
      let adjectiveOpens = !word(t) && word(t, adjective: true) && st.gap(t, t + 1).elementsEqual([" "]) && word(t + 1)
      // (and so may a province's or town's name: "Henan Yuguang Silicon, a Chinese producer")
      let placeOpens = !adjectiveOpens && isOneWordMention(st, t, of: .city, .region) && isLatinName(st, t) && st.gap(t, t + 1).elementsEqual([" "]) && word(t + 1)
      guard word(t) || adjectiveOpens || placeOpens, !(t > 0 && st.joins(t - 1, t) && st.toks[t - 1].capitalized && !opener(t - 1)), !opener(t) else { continue }
      var e = t
      while e + 1 < n, e - t < 2, st.gap(e, e + 1).elementsEqual([" "]), word(e + 1) { e += 1 }
      // "Cainiao, the logistics arm of Alibaba Group", "Uzum, an Uzbek online marketplace": a
      // name that an apposition calls a company
      let determiners = italian ? Lexicon.appositiveDeterminersIT : Lexicon.determinersEN
      let nouns = italian ? Lexicon.appositiveCompanyNounsIT : Lexicon.appositiveCompanyNounsEN
      // (Italian may leave the article out: "Tecnoimpianti, azienda bergamasca specializzata …")
      let bare = italian && e + 2 < n && nouns.contains(st.toks[e + 1].folded) && !st.toks[e + 1].capitalized
      if e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]), determiners.contains(st.toks[e + 1].folded) || bare,
        let k = (e + (bare ? 1 : 2)..<min(n, e + 7)).first(where: { nouns.contains(st.toks[$0].folded) }),
        bare || (e + 2..<k).allSatisfy({ st.sentenceOf($0) == st.sentenceOf(t) && st.joins($0 - 1, $0) && (!st.toks[$0].capitalized || adjectiveEntity(st.toks[$0].folded) != nil) }),
        bare || st.joins(k - 1, k) || italian && k == e + 2 && st.gap(k - 1, k).allSatisfy({ $0 == "'" || $0 == "’" }), !st.toks[k].capitalized,
        italian || apposedNounCloses(st, k),
        // (in Italian the apposition closes with a comma, over lower-case words: "Secondo
        // Bekturov, la filiale offrirà …" is the branch's clause)
        !italian || (k..<min(n, k + (bare ? 10 : 6))).contains(where: { j in
          (k...j).allSatisfy({ !st.toks[$0].capitalized })
            && (j + 1 < n && st.sentenceOf(j + 1) == st.sentenceOf(j) && st.gap(j, j + 1).contains(",") || bare && (j + 1 == n || st.sentenceOf(j + 1) != st.sentenceOf(j)))
        })
      {
        addCompany(st, t, e)
        t = e
        continue
      }
      if italian || adjectiveOpens || placeOpens { continue }
      // the title right after the name (or its possessive)
      var r = e + 1
      if r + 1 < n, isPossessiveS(st, r) { r += 1 }
      guard r < n, st.joins(r - 1, r), !st.toks[r].capitalized else { continue }
      let f = st.toks[r].folded
      let last: Int
      if Lexicon.companyHeadTitlesEN.contains(f) {
        last = r
      } else if r + 1 < n, Lexicon.companyHeadTitlePairsEN.contains(f + " " + st.toks[r + 1].folded), st.joins(r, r + 1) {
        last = r + 1
      } else {
        continue
      }
      // (whose holder follows in the sentence: "… chairman Serik Tuleubayev said")
      guard (last + 1..<min(n, last + 7)).contains(where: { st.sentenceOf($0) == st.sentenceOf(t) && st.entityKind(at: $0) == .person }) else { continue }
      addCompany(st, t, e)
      t = e
    }
  }

  /// "The plant, renamed Ala-Too Sut, will …", "la fabbrica, ribattezzata Kara Steel, …": in
  /// English and Italian, the capitalised Latin words (up to four, joined by spaces or
  /// hyphens) right after "renamed" (or "renamed as"), "rebranded", "ribattezzato",
  /// "rinominato" (or "rinominato in") are a company's new name when a company's or plant's
  /// noun stands at most five words before the verb in the sentence; a place's name inside
  /// them is part of the name. O(tokens).
  func renamedCompanies(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    var v = 1
    while v + 1 < n {
      defer { v += 1 }
      guard Lexicon.renamingVerbs.contains(st.toks[v].folded) else { continue }
      var a = v + 1
      if ["as", "in"].contains(st.toks[a].folded), a + 1 < n, st.gap(v, a).elementsEqual([" "]) { a += 1 }
      guard st.gap(a - 1, a).elementsEqual([" "]), isLatinName(st, a), st.sentenceOf(a) == st.sentenceOf(v),
        !Lexicon.stopCapitalized.contains(st.toks[a].folded), Self.role(of: st, at: a) == nil,
        (max(0, v - 5)..<v).contains(where: { st.sentenceOf($0) == st.sentenceOf(v) && Lexicon.renamedBodyNouns.contains(st.toks[$0].folded) })
      else { continue }
      var e = a
      while e + 1 < n, e - a < 3, st.gap(e, e + 1).elementsEqual([" "]) || st.gap(e, e + 1).elementsEqual(["-"]), isLatinName(st, e + 1),
        st.sentenceOf(e + 1) == st.sentenceOf(a)
      { e += 1 }
      // (the words' own mentions must lie inside them and name no person; a known company
      // named whole keeps its name)
      let owners = Set((a...e).compactMap { st.owner[$0] })
      guard owners.allSatisfy({ o in st.spans[o].first >= a && st.spans[o].last <= e && st.entities[st.spans[o].key]?.kind != .person }),
        !owners.contains(where: { st.spans[$0].first == a && st.spans[$0].last == e && st.entities[st.spans[$0].key]?.kind == .organization })
      else { continue }
      release(st, a, e)
      addCompany(st, a, e)
      v = e
    }
  }

  /// Whether the capitalised words from token `t` are a portfolio's (joined by "and" or "&")
  /// right before a role: "Energy Minister", "Tourism and Sports Minister". O(words).
  func portfolioBeforeRole(_ st: State, from t: Int) -> Bool {
    let n = st.toks.count
    var k = t
    while k < n, k - t < 8, Lexicon.portfolioWords.contains(st.toks[k].folded) {
      guard k + 1 < n else { return false }
      if st.joins(k, k + 1), Lexicon.portfolioWords.contains(st.toks[k + 1].folded) {
        k += 1
      } else if k + 2 < n, st.toks[k + 1].folded == "and", st.joins(k, k + 1), st.joins(k + 1, k + 2) {
        k += 2
      } else if st.gap(k, k + 1).contains("&") {
        k += 1
      } else {
        return st.joins(k, k + 1) && Self.role(of: st, at: k + 1) != nil
      }
    }
    return false
  }

  /// "China Nonferrous Metal Industry's Foreign Engineering and Construction": a company's
  /// Latin name with a possessive inside, two capitalised words or more on either side of
  /// "'s" and the last a company's or an industry's word, is one name (read before persons, so
  /// that "Metal Industry" is no one's). O(tokens).
  func possessiveCompanies(_ st: State) {
    let n = st.toks.count
    func word(_ k: Int) -> Bool { st.toks[k].capitalized && isLatinName(st, k) && st.entityKind(at: k) != .person }
    var s = 2
    while s + 2 < n {
      defer { s += 1 }
      guard isPossessiveS(st, s), word(s - 1) else { continue }
      var a = s - 1
      while a > 0, s - a < 6, word(a - 1), st.joins(a - 1, a), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded), st.sentenceOf(a - 1) == st.sentenceOf(s) { a -= 1 }
      var e = s
      while e + 1 < n, e - s < 8, st.joins(e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(s) {
        if word(e + 1) { e += 1; continue }
        if ["and", "of"].contains(st.toks[e + 1].folded), e + 2 < n, word(e + 2), st.joins(e + 1, e + 2) { e += 2; continue }
        break
      }
      let last = st.toks[e].folded
      // (a place's possessive is no company's name: "Saudi Arabia's ACWA Power")
      guard (a..<s).filter({ st.owner[$0] == nil }).count >= 2, e - s >= 2,
        Lexicon.subsidiaryWords.contains(last) || Lexicon.industryWords.contains(last) || Lexicon.companyWordsEN.contains(last),
        !isSentenceStartAndCommon(st, a)
      else { continue }
      release(st, a, e)
      addCompany(st, a, e)
      s = e
    }
  }

  /// Compound company names of the region: a capitalised word of eight letters or more that
  /// is a name plus an industry morpheme (Uzbekhydroenergo, Turkmengaz, Uzkimyosanoat,
  /// Кыргызалтын, «СНПС-Ақтөбемұнайгаз», Газпромом) is a company, labelled in the nominative;
  /// so is a word its capitals cut into three parts (KazTransOil), or two when quoted, before
  /// "unit" or after an Italian facility's "di" ("BYD's FinDreams unit", "stabilimento di
  /// QazTehna"), with a parent's acronym hyphen-joined before it (CNPC-AktobeMunaiGas); so is
  /// a word whose second part is a run of capitals (KamAZ, «АвтоВАЗа», ҚазҰУ:
  /// ``abbreviationLength(_:lastPart:ending:)``). O(tokens × morphemes).
  func compoundCompanies(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.toks[t].capitalized && !isSentenceStartAndCommon(st, t) {
      let f = st.toks[t].folded
      // "«ҚазАгроҚаржы» арқылы", "KazTransOil said": a word its capitals cut into three parts
      // or more (two, quoted) is a company's compound name, labelled without a case ending
      // (read from the document's scalars: a String per capitalised word would cost the hot loop)
      let (parts, lastPart) = Self.camelCaseParts(st.doc.scalars[st.toks[t].start..<st.toks[t].end])
      // ("BYD's FinDreams unit", "the AidData database": or two, before a lower-case word for a
      // company or its unit, or for an online service)
      // ("nello stabilimento di QazTehna": or after an Italian facility's noun and "di")
      let named = parts == 2 && lastPart >= 3 && !Morphology.isCyrillic(f)
        && (t + 1 < n && st.joins(t, t + 1) && !st.toks[t + 1].capitalized && ["unit", "subsidiary", "company", "brand", "division", "arm", "database", "platform", "app", "portal", "website"].contains(st.toks[t + 1].folded)
          || t >= 2 && st.toks[t - 1].folded == "di" && st.joins(t - 2, t - 1) && st.joins(t - 1, t) && Lexicon.facilityNounsIT.contains(st.toks[t - 2].folded))
      if parts >= 3 || parts == 2 && opensQuote(st, t) && closesQuote(st, t) || named {
        // («ҚазТрансГаз Аймақ»: a compound that opens guillemets closed a capitalised word or two
        // later opens a company's whole name, its subsidiary's)
        if parts >= 3, opensQuote(st, t), !closesQuote(st, t), let k = ((t + 1)..<min(n, t + 3)).first(where: { closesQuote(st, $0, straight: false) }),
          ((t + 1)...k).allSatisfy({ st.owner[$0] == nil && st.isCapName($0) && st.gap($0 - 1, $0).elementsEqual([" "]) && Self.role(of: st, at: $0) == nil && !st.hasOrgCue($0) })
        {
          addCompany(st, t, k, label: st.text(t, k))
          continue
        }
        // (only a case ending comes off: "КазАгроФинанса", "ҚазАгроҚаржыға", not "ҚазАгроҚаржы"'s ы)
        let count = f.unicodeScalars.count
        var stem = f
        if st.doc.language == "kk" {
          if let ending = Lexicon.kazakhNameEndings.filter({ f.hasByteSuffix($0) }).max(by: { $0.unicodeScalars.count < $1.unicodeScalars.count }),
            count - ending.unicodeScalars.count >= lastPart + 3
          { stem = String(f.unicodeScalars.dropLast(ending.unicodeScalars.count)) }
        } else if st.doc.language == "ru", Morphology.isCyrillic(f) {
          stem = st.cands[t].filter { f.hasBytePrefix($0) && $0.unicodeScalars.count < count && $0.unicodeScalars.count >= lastPart + 3 }
            .max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? f
        }
        // ("CNPC-AktobeMunaiGas": a parent's acronym hyphen-joined before it opens the name)
        let label = String(st.original(t).unicodeScalars.prefix(stem.unicodeScalars.count))
        if t > 0, st.gap(t - 1, t).elementsEqual(["-"]), Self.isUpperAcronym(st, t - 1), !Morphology.isCyrillic(st.toks[t - 1].folded),
          st.owner[t - 1].map({ st.spans[$0].first == t - 1 && st.spans[$0].last == t - 1 && st.entityKind(at: t - 1) == .organization }) ?? true
        {
          release(st, t - 1, t - 1)
          addCompany(st, t - 1, t, label: st.original(t - 1) + "-" + label)
          continue
        }
        addCompany(st, t, t, label: label)
        continue
      }
      // ("KamAZ", "АвтоВАЗа", "ҚазҰУ": a word whose second part is a run of capitals is an
      // enterprise's or institution's abbreviation, labelled without a Cyrillic case ending;
      // not a legal form, "ОсОО")
      if parts == 2, !Lexicon.legalForms.contains(f), let length = Self.abbreviationLength(st.doc.scalars[st.toks[t].start..<st.toks[t].end], lastPart: lastPart, ending: Morphology.isCyrillic(f) ? 2 : 0) {
        addCompany(st, t, t, label: String(st.original(t).unicodeScalars.prefix(length)))
        continue
      }
      guard f.unicodeScalars.count >= 8 else { continue }
      // the word as it stands, or a stem of it without its case ending ("Газпромом")
      func compound(_ c: String) -> Bool { Lexicon.companyMorphemes.contains { m in c.hasByteSuffix(m) && c.unicodeScalars.count - m.unicodeScalars.count >= 4 } }
      guard let stem = compound(f) ? f : st.cands[t].first(where: compound) else { continue }
      // ("в городе Гарабогаз", "Garabogaz city": a town's cue makes the word a town's name)
      if t > 0, st.joins(t - 1, t), st.cands[t - 1].contains(where: { Lexicon.placeCues[$0] == .city }) { continue }
      if t + 1 < n, st.joins(t, t + 1), st.cands[t + 1].contains(where: { Lexicon.placeCues[$0] == .city }) { continue }
      // ("ТОО «Сарань Энергомаш»": the last word of a longer quoted name leaves the whole name
      // to the quoted-name rules, which keep the town inside it)
      if closesQuote(st, t), !opensQuote(st, t), let open = (max(0, t - 4)..<t).last(where: { opensQuote(st, $0) }),
        (open..<t).allSatisfy({ st.gap($0, $0 + 1).elementsEqual([" "]) && st.toks[$0].capitalized })
      { continue }
      // ("lo stabilimento di urea di Garabogaz": the place that ends an Italian facility's name)
      if st.doc.language == "it", t >= 3, st.toks[t - 1].folded == "di",
        let noun = (max(0, t - 8)..<(t - 1)).last(where: { Lexicon.facilityNounsIT.contains(st.toks[$0].folded) }), italianFacilityName(st, noun) == t
      { continue }
      // "СНПС-Ақтөбемұнайгаз": a capitalised word hyphen-joined before it is part of the name
      var a = t > 0 && st.owner[t - 1] == nil && st.toks[t - 1].capitalized && st.gap(t - 1, t).elementsEqual(["-"]) ? t - 1 : t
      // "Saryarka AvtoProm": a Latin word before a Latin compound name is part of it
      if a == t, t > 0, isLatinName(st, t), isLatinName(st, t - 1), st.owner[t - 1] == nil, st.gap(t - 1, t).elementsEqual([" "]),
        !isSentenceStart(st, t - 1), latinNameWord(st, t - 1)
      { a = t - 1 }
      // (labelled without the case ending: "Газпромом" → "Газпром")
      let nominative = (a < t ? st.text(a, t - 1) + (st.gap(a, a + 1).elementsEqual(["-"]) ? "-" : " ") : "") + String(st.original(t).unicodeScalars.prefix(stem.unicodeScalars.count))
      addCompany(st, a, t, label: stem == f ? nil : nominative)
    }
  }

  /// A government named by the word and its country or region, around token `t` (the word):
  /// English "Government of (the) X", Russian "правительство X" in any case, Italian
  /// "governo di/del X", Kazakh "X Үкіметі" in any case; also a cabinet of ministers, English
  /// "Cabinet of Ministers of X", Russian "Кабинет Министров X" and Kazakh "X Министрлер
  /// кабинеті". The mention's first and last
  /// tokens, the place's id and whether the body is a cabinet, or nil. O(1).
  func governmentMention(_ st: State, _ t: Int) -> (Int, Int, String, cabinet: Bool)? {
    let n = st.toks.count
    let f = st.toks[t].folded
    func place(at k: Int, first: Bool) -> (String, Int)? {
      guard let (id, other) = mentionEdge(st, at: k, first: first), st.sentenceOf(k) == st.sentenceOf(t),
        st.kind(of: id) == .region, st.subkind(of: id).map({ Lexicon.governedRegionSubkinds.contains($0) }) == true
      else { return nil }
      return (id, other)
    }
    switch st.doc.language {
    case "en":
      // ("the Cabinet of Ministers of Uzbekistan": what Uzbekistan and Turkmenistan call their
      // government)
      var of = t + 1
      let cabinet = f.utf8.elementsEqual("cabinet".utf8)
      if cabinet, t + 3 < n, st.toks[t + 1].folded == "of", st.toks[t + 2].folded == "ministers", st.joins(t + 1, t + 2), st.joins(t + 2, t + 3) {
        of = t + 3
      } else if !f.utf8.elementsEqual("government".utf8) {
        return nil
      }
      guard of + 1 < n, st.toks[of].folded == "of", st.joins(of - 1, of), st.joins(of, of + 1) else { return nil }
      let k = st.toks[of + 1].folded == "the" && of + 2 < n && st.joins(of + 1, of + 2) ? of + 2 : of + 1
      return place(at: k, first: true).map { (t, $0.1, $0.0, cabinet) }
    case "ru":
      // ("Кабинета Министров Туркменистана": so is the cabinet of ministers)
      if f.hasBytePrefix("кабинет"), f.unicodeScalars.count <= 9, t + 2 < n, st.toks[t + 1].folded == "министров", st.joins(t, t + 1), st.joins(t + 1, t + 2) {
        return place(at: t + 2, first: true).map { (t, $0.1, $0.0, true) }
      }
      guard Lexicon.russianGovernmentForms.contains(f), t + 1 < n, st.joins(t, t + 1) else { return nil }
      return place(at: t + 1, first: true).map { (t, $0.1, $0.0, false) }
    case "it":
      guard f.utf8.elementsEqual("governo".utf8), t + 2 < n, Lexicon.italianOf.contains(st.toks[t + 1].folded), st.joins(t, t + 1), st.joins(t + 1, t + 2) else { return nil }
      return place(at: t + 2, first: true).map { (t, $0.1, $0.0, false) }
    case "kk":
      // ("Қырғызстан Министрлер кабинетінің": a cabinet of ministers, its place before it)
      if f.hasBytePrefix("кабинет"), f.unicodeScalars.count <= 12, t >= 2, st.toks[t - 1].folded == "министрлер", st.joins(t - 2, t - 1), st.joins(t - 1, t),
        !Morphology.hasKazakhCaseEnding(st.toks[t - 2].folded) || isOwnName(st, t - 2) || RelationRules.kazakhGenitive.contains(where: { st.toks[t - 2].folded.hasByteSuffix($0) })
      {
        return place(at: t - 2, first: false).map { ($0.1, t, $0.0, true) }
      }
      // (the place in the nominative or genitive: "Нарын облысындағы Үкімет өкілі" is the
      // government's envoy in the region)
      // ("Қазақстан", "Өзбекстан" end like an ablative but are the countries' names)
      guard f.hasBytePrefix("үкімет"), f.unicodeScalars.count <= 12, t > 0, st.joins(t - 1, t),
        !Morphology.hasKazakhCaseEnding(st.toks[t - 1].folded) || isOwnName(st, t - 1) || RelationRules.kazakhGenitive.contains(where: { st.toks[t - 1].folded.hasByteSuffix($0) })
      else { return nil }
      return place(at: t - 1, first: false).map { ($0.1, t, $0.0, false) }
    default:
      return nil
    }
  }

  /// How many parts a word's capitals cut it into ("ҚазАгроҚаржы": 3, "McDonald": 2,
  /// "CNPC": 1, since a capital after a capital opens no part) and the offset of the last
  /// part's capital; (0, 0) for a word with anything but letters. O(word).
  static func camelCaseParts(_ word: some Sequence<Unicode.Scalar>) -> (parts: Int, lastStart: Int) {
    var parts = 0, last = 0, i = 0
    var previousLower = false
    for c in word {
      guard Normalizer.isAlphabetic(c) else { return (0, 0) }
      let upper = Normalizer.isUpper(c)
      if upper && (i == 0 || previousLower) { parts += 1; last = i }
      previousLower = !upper
      i += 1
    }
    return (parts, last)
  }

  /// The length of a two-part word's name when its second part (from `lastPart`) is a run of
  /// two capitals or more and its first part has two letters or more ("KamAZ", "БелАЗ"),
  /// followed by at most `ending` lower-case letters of a case ending ("КамАЗа"); nil for
  /// anything else ("McDonald"). A technical term of the same shape ("LiDAR") would pass. O(word).
  static func abbreviationLength(_ word: some Collection<Unicode.Scalar>, lastPart: Int, ending: Int) -> Int? {
    guard lastPart >= 2 else { return nil }
    var capitals = 0, tail = 0
    for c in word.dropFirst(lastPart) {
      if tail == 0 && Normalizer.isUpper(c) { capitals += 1 } else { tail += 1 }
    }
    return capitals >= 2 && tail <= ending ? lastPart + capitals : nil
  }

  /// "Shandong Gold", "Yunnan Copper", "Xinjiang Tianshan Cement Group", "Shu Wind Power": a
  /// province's, region's or town's Latin name (not a country's: "China Energy" is the
  /// catalogue's business) with an industry word after it names a company, unless a project
  /// word closes the run ("Zhanatas Wind Farm"). O(tokens).
  func regionNamedCompanies(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      guard let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t else { continue }
      // ("Syrdarya Tianshan Textile": a second place's one-word name may stand before the word)
      let secondPlace = t + 2 < n && st.owner[t + 1] != nil && st.owner[t + 2] == nil && Lexicon.industryWords.contains(st.toks[t + 2].folded) && oneWordPlaceOrRegion(st, t + 1)
        && st.joins(t + 1, t + 2) && !Self.spacedDash(st, t + 1, t + 2)
      // (and so may a brand's Pinyin word, or "New": "Xinjiang Jiahe Textile", "Beijing New
      // Building Materials")
      // ("Ningxia Zhongyin Cashmere": a trade's word is no surname, so the brand and the word
      // read as a person are the company's)
      if t + 2 < n, let op = st.owner[t + 1], st.spans[op].first == t + 1, st.spans[op].last == t + 2, st.entityKind(at: t + 1) == .person,
        Transliteration.isPinyin(st.toks[t + 1].folded), Lexicon.industryWords.contains(st.toks[t + 2].folded), st.joins(t, t + 1),
        st.entityKind(at: t) == .region || st.entityKind(at: t) == .city, st.subkind(of: st.spans[o].key) != "country", isLatinName(st, t)
      {
        release(st, t + 1, t + 2)
      }
      // (the brand may be read already on its own, from a later "Dongming's general manager")
      let brandAlone = t + 1 < n && st.owner[t + 1].map { b in
        st.spans[b].first == t + 1 && st.spans[b].last == t + 1 && st.entities[st.spans[b].key].map { $0.kind == .organization && !$0.catalogued } == true
      } == true
      let pinyinBrand = t + 2 < n && (st.owner[t + 1] == nil || brandAlone) && st.owner[t + 2] == nil && st.toks[t + 1].capitalized
        && (Transliteration.isPinyin(st.toks[t + 1].folded) || st.toks[t + 1].folded == "new")
        && Lexicon.industryWords.contains(st.toks[t + 2].folded) && st.joins(t + 1, t + 2)
      let w = secondPlace || pinyinBrand ? t + 2 : t + 1
      guard st.owner[w] == nil, st.toks[w].capitalized,
        Lexicon.industryWords.contains(st.toks[w].folded), st.joins(t, t + 1), st.entityKind(at: t) == .region || st.entityKind(at: t) == .city,
        // (a dash set off by spaces parts a dateline from its sentence: "TERMEZ — Fruit packers")
        !Self.spacedDash(st, t, t + 1), !pinyinBrand || !Self.spacedDash(st, t + 1, t + 2),
        st.subkind(of: st.spans[o].key) != "country", isLatinName(st, t), !st.inTitle(t), !st.inHeadline(t),
        // (the region opens the name: not "Xinjiang Tianshan Wool Textile", whose own rules read it whole)
        !(t > 0 && st.joins(t - 1, t) && !Self.spacedDash(st, t - 1, t) && st.toks[t - 1].capitalized && isLatinName(st, t - 1))
      else { continue }
      var e = w
      // (a closing legal form stays out of the name: "Xinjiang Lihua Cotton Co., Ltd.")
      while e + 1 < n, e - t < 4, st.owner[e + 1] == nil, st.joins(e, e + 1), !Self.spacedDash(st, e, e + 1), st.toks[e + 1].capitalized, isLatinName(st, e + 1),
        Lexicon.placeCues[st.toks[e + 1].folded] == nil, Self.role(of: st, at: e + 1) == nil, !Lexicon.closingLegalForms.contains(st.toks[e + 1].folded)
      { e += 1 }
      // (a body's cue makes it the ordinary rules' business: "the Xinjiang Energy Bureau")
      if (w...e).contains(where: { k in Lexicon.orgCues[st.toks[k].folded].map { !Lexicon.companyCueHeads.contains($0) } ?? false }) { continue }
      if (t + 1...min(n - 1, e + 1)).contains(where: { Lexicon.projectWordsEN.contains(st.toks[$0].folded) || Lexicon.projectHeadsLowerEN.contains(st.toks[$0].folded) }) { continue }
      // (nor an event's word: "the Bishkek Investment Forum", "Shanghai Textile Expo")
      if Self.closingEventWordsEN.contains(st.toks[e].folded) { continue }
      release(st, t, w - 1)
      addCompany(st, t, e)
      t = e
    }
  }

  /// Whether token `t` is a word of the label of an entity of these kinds that the text has
  /// named already ("Lihua" of "Xinjiang Lihua Cotton"). O(entities).
  func isWordOfKnownName(_ st: State, _ t: Int, kinds: Set<EntityKind>) -> Bool {
    let word = st.original(t)
    return st.entities.values.contains { e in kinds.contains(e.kind) && e.label.split(separator: " ").contains { WordKey.same(String($0), word) } }
  }

  /// The one company (not catalogued) of two words or more that the text has named already
  /// whose label has token `t`'s word, or nil when none or several do. O(entities).
  func companyWithWord(_ st: State, _ t: Int) -> String? {
    let word = st.original(t)
    let having = st.order.filter { id in
      guard let x = st.entities[id], x.kind == .organization, !x.catalogued, case let words = x.label.split(separator: " "), words.count >= 2 else { return false }
      return words.contains { WordKey.same(String($0), word) }
    }
    return having.count == 1 ? having[0] : nil
  }

  /// The one entity of these kinds that the text has named already whose label opens with
  /// token `t`'s word ("Khatlon" of "Khatlon Province"), or nil when none or several do.
  /// O(entities).
  func entityOpened(_ st: State, by t: Int, kinds: Set<EntityKind>) -> String? {
    let word = st.original(t)
    let opened = st.order.filter { id in
      guard let x = st.entities[id], kinds.contains(x.kind) else { return false }
      return x.label.split(separator: " ").first.map { WordKey.same(String($0), word) } ?? false
    }
    return opened.count == 1 ? opened[0] : nil
  }

  /// The name in "the <name> [adjectives] <noun>" before the company noun at `t` (up to four
  /// capitalised Latin words; a catalogued place may open it, as long as a word of its own
  /// follows), or nil. O(1).
  func nameBeforeCompanyNoun(_ st: State, _ t: Int) -> (Int, Int)? {
    var e = t - 1
    while e > 0, t - e <= 2, !st.toks[e].capitalized, st.owner[e] == nil, st.joins(e, e + 1), Lexicon.bodyAdjectivesEN.contains(st.toks[e].folded) { e -= 1 }
    guard e > 0, e < t, st.toks[e].capitalized, st.owner[e] == nil, st.joins(e, e + 1), isLatinName(st, e), latinNameWord(st, e),
      !Lexicon.stopCapitalized.contains(st.toks[e].folded), !isPlaceAdjective(st, e), Self.role(of: st, at: e) == nil
    else { return nil }
    var a = e
    while true {
      guard a > 0 else { return nil }
      if st.toks[a - 1].folded == "the", st.joins(a - 1, a) { return (a, e) }
      let p = st.owner[a - 1].map { st.spans[$0].first } ?? a - 1
      // (a hyphen joins a name's words too: "the Ata-Jurt faction")
      guard e - p < 4, st.joins(a - 1, a) || st.gap(a - 1, a).elementsEqual(["-"]), st.toks[p].capitalized, isLatinName(st, a - 1), !isSentenceStart(st, p),
        st.owner[a - 1] == nil ? latinNameWord(st, a - 1) && !isPlaceAdjective(st, a - 1) : [.city, .region].contains(st.entityKind(at: a - 1))
      else { return nil }
      a = p
    }
  }

  /// The first token of a region named in the Kazakh genitive with its own cue right before
  /// `s` ("Шэньси провинциясының", "Іле облысының": the region's mention may hold the cue or
  /// stop before it), or nil. O(1).
  func kazakhGenitiveRegionStart(_ st: State, before s: Int) -> Int? {
    guard s >= 2, ["провинциясының", "облысының", "ауданының"].contains(st.toks[s - 1].folded), st.joins(s - 1, s) else { return nil }
    if let o = st.owner[s - 1], st.spans[o].last == s - 1, st.entityKind(at: s - 1) == .region, st.spans[o].first < s - 1 { return st.spans[o].first }
    if st.joins(s - 2, s - 1), st.entityKind(at: s - 2) == .region, let o = st.owner[s - 2], st.spans[o].last == s - 2 { return st.spans[o].first }
    return nil
  }

  /// Whether a capitalised Latin word not read as a person's or a body's follows token `k` in
  /// its sentence, joined to it: a Latin name goes on. O(1).
  func latinNameRunsOn(_ st: State, after k: Int) -> Bool {
    k + 1 < st.toks.count && joinsLatin(st, k, k + 1) && st.toks[k + 1].capitalized && isLatinName(st, k + 1) && st.sentenceOf(k + 1) == st.sentenceOf(k)
      && (st.owner[k + 1] == nil || [.city, .region, .project].contains(st.entityKind(at: k + 1)))
  }

  /// Whether token `t` is a school's cue (университет, институт, академия) that a lower-case
  /// adjective and noun in the genitive follow, unread: "университете китайской медицины",
  /// "университета иностранных языков". O(1).
  func schoolWithComplement(_ st: State, _ t: Int) -> Bool {
    // (or one noun of a school's field: "Пекинского университета спорта")
    if t + 1 < st.toks.count, st.owner[t + 1] == nil, !st.toks[t + 1].capitalized, st.joins(t, t + 1), Lexicon.schoolFieldNouns.contains(st.toks[t + 1].folded),
      st.cands[t].contains(where: { Lexicon.orgCues[$0].map(Lexicon.schoolCues.contains) == true })
    { return true }
    guard t + 2 < st.toks.count, st.cands[t].contains(where: { Lexicon.orgCues[$0].map(Lexicon.institutionCues.contains) == true }),
      st.owner[t + 1] == nil, st.owner[t + 2] == nil, !st.toks[t + 1].capitalized, !st.toks[t + 2].capitalized,
      st.joins(t, t + 1), st.joins(t + 1, t + 2), st.sentenceOf(t + 2) == st.sentenceOf(t)
    else { return false }
    let adj = st.toks[t + 1].folded, noun = st.toks[t + 2].folded
    return ["ой", "ых", "их", "ого", "его"].contains(where: { adj.hasByteSuffix($0) }) && Morphology.isRussianAdjective(adj)
      && !Morphology.isRussianAdjective(noun) && Morphology.isRussianGenitive(noun, afterPluralAdjective: adj.hasByteSuffix("ых") || adj.hasByteSuffix("их"))
  }

  /// A ministry the text writes in lower case, tokens `t`…`e`: a government body labelled
  /// with its capitalised head word ("Ministero", "Министерство") and the rest as written.
  func addLowerCaseMinistry(_ st: State, _ t: Int, _ e: Int, head: String) {
    let label = head + st.doc.slice(st.toks[t].end, st.toks[e].end)
    let id = orgID(st, t, e, label: label)
    st.addDiscovered(id, label: label, kind: .organization, subkind: "government")
    takeOver(st, t, e)
    st.addSpan(t, e, id: id)
  }

  /// An English ministry named by its country and portfolio, from token `t`: the country's
  /// adjective at `t` ("the Turkmen foreign ministry", "the Kyrgyz Health Ministry") or the
  /// country's possessive before the portfolio word at `t` ("China's commerce ministry"), one
  /// to four portfolio words (``Lexicon/portfolioWords``, "and" between two) and "ministry".
  /// Returns the mention's first and last tokens and the label in the catalogue's form
  /// ("Ministry of Foreign Affairs of Turkmenistan", "Ministry of Commerce of China"), or nil.
  /// O(portfolio).
  func englishCountryMinistry(_ st: State, _ t: Int) -> (Int, Int, String)? {
    let n = st.toks.count
    let first: Int, country: String
    if st.toks[t].capitalized, let c = adjectiveEntity(st.toks[t].folded, maxTail: 2), c.kind == .region, c.subkind == "country" {
      (first, country) = (t + 1, c.label)
    } else if t >= 2, isPossessiveS(st, t - 1), let o = st.owner[t - 2], st.spans[o].last == t - 2, st.subkind(of: st.spans[o].key) == "country" {
      (first, country) = (t, st.entities[st.spans[o].key]?.label ?? st.spans[o].key)
    } else {
      return nil
    }
    var k = first, words: [String] = []
    while k < n, k - first < 4, st.owner[k] == nil, st.joins(k - 1, k) {
      let w = st.toks[k].folded
      if Lexicon.portfolioWords.contains(w) || w == "commerce" || (w == "and" && !words.isEmpty && words.last != "and") {
        words.append(w)
        k += 1
      } else {
        break
      }
    }
    guard !words.isEmpty, words.last != "and", k < n, st.toks[k].folded == "ministry", st.owner[k] == nil, st.joins(k - 1, k) else { return nil }
    // (the catalogue's names of portfolios: "foreign" is Foreign Affairs, "interior" Internal Affairs)
    let portfolio: String
    switch words {
    case ["foreign"]: portfolio = "Foreign Affairs"
    case ["interior"], ["home"], ["internal"]: portfolio = "Internal Affairs"
    case ["economic"]: portfolio = "Economy"
    case ["emergency"], ["emergencies"]: portfolio = "Emergency Situations"
    default: portfolio = words.map { $0 == "and" ? $0 : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
    return (t, k, "Ministry of " + portfolio + " of " + country)
  }

  /// The last token of a Russian ministry written in lower case at `t` ("министерства
  /// энергетики Республики Казахстан", "министерством иностранных дел КНР"): one to seven
  /// portfolio words (``Lexicon/russianPortfolioWords``) and a country's mention right after
  /// them, or nil. Without the country the words name no one body. O(portfolio).
  func lowerCaseRussianMinistryEnd(_ st: State, _ t: Int) -> Int? {
    guard st.doc.language == "ru", !st.toks[t].capitalized, st.owner[t] == nil, st.toks[t].folded.hasBytePrefix("министерств") else { return nil }
    var e = t
    while e + 1 < st.toks.count, e - t < 7, st.owner[e + 1] == nil, !st.toks[e + 1].capitalized, st.joins(e, e + 1),
      Lexicon.russianPortfolioWords.contains(st.toks[e + 1].folded)
    { e += 1 }
    guard e > t, st.toks[e].folded != "и", st.toks[e].folded != "по", e + 1 < st.toks.count, st.joins(e, e + 1), let o = st.owner[e + 1], st.spans[o].first == e + 1,
      st.subkind(of: st.spans[o].key) == "country"
    else { return nil }
    return st.spans[o].last
  }

  /// Italian nouns of associations and organisations ("l'organizzazione ambientalista Bir Duino").
  static let italianAssociationNouns: Set<String> = ["organizzazione", "organizzazioni", "associazione", "associazioni"]

  /// Italian "of" with its article ("della", "degli" …), as a ministry's portfolio follows it.
  static let italianArticledOf: Set<String> = ["della", "dello", "dell", "degli", "delle", "del", "dei"]
  /// Words that end a list's opener before its first name: "among them", "tra cui", "tra le".
  static let listOpenerPronouns: Set<String> = ["them", "others", "cui", "le", "i", "questi", "queste"]

  /// Whether the capitalised run that ends at token `b` follows a comma after another
  /// capitalised word (or a name something has read): the run is a list's item, and an "and"
  /// after it joins the list's last item, not two halves of one name. O(run).
  func closesCommaList(_ st: State, before b: Int) -> Bool {
    var s = b
    while s > 0, b - s < 6, st.toks[s - 1].capitalized, st.joins(s - 1, s), st.sentenceOf(s - 1) == st.sentenceOf(b) { s -= 1 }
    guard s > 0, st.sentenceOf(s - 1) == st.sentenceOf(b), st.gap(s - 1, s).contains(","), st.joins(s - 1, s, comma: true) else { return false }
    return st.toks[s - 1].capitalized || st.owner[s - 1] != nil
  }

  /// A company named by tokens `first...last` as they stand (a Latin or quoted name) or by
  /// `name`, its id from the label; what the name covers is taken over as a brand.
  func addCompany(_ st: State, _ first: Int, _ last: Int, label name: String? = nil) {
    // ("CRTG" after "China Railway Tunnel Group": an acronym of a body the text named is that body)
    if first == last, Self.isUpperAcronym(st, first), let id = orgByInitials(st, first) {
      takeOver(st, first, last, brand: true)
      st.addSpan(first, last, id: id)
      return
    }
    // ("Il gruppo Jiaxin" after "Zhejiang Jiaxin Silk": one word of the one company of
    // several words the text has named is that company's short name)
    if first == last, name == nil, st.owner[first] == nil, st.toks[first].end - st.toks[first].start >= 4, let id = companyWithWord(st, first) {
      st.addSpan(first, last, id: id)
      return
    }
    let label = name ?? closingQuotes(st, st.text(first, last), after: last)
    var id = Transliteration.slug(label)
    // (a company named after a project or place the text names is a node of its own: ТОО
    // «Astana LRT» runs the Astana LRT; its name is no mention of the project)
    if let e = st.entities[id], e.kind != .organization {
      id = Transliteration.slug(label + " company")
      release(st, first, last)
    }
    st.addDiscovered(id, label: label, kind: .organization, subkind: "company")
    takeOver(st, first, last, brand: true)
    st.addSpan(first, last, id: id)
  }

  /// "№45 мектеп-гимназияда", "школы-гимназии № 45", "лицей № 8", "School No. 45": a
  /// school known by its number is a body, labelled in the nominative ("№45 мектеп-гимназия",
  /// "Школа-гимназия № 45", "School No. 45"). O(tokens).
  func numberedSchools(_ st: State) {
    let n = st.toks.count
    func numberSign(_ k: Int) -> Bool { k > 0 && st.gap(k - 1, k).contains("№") || k == 0 && st.toks[k].start > 0 && st.doc.scalars[st.toks[k].start - 1] == "№" }
    for k in 0..<n where st.isNumeral(k) && st.owner[k] == nil {
      var a = k, b = k
      var label: String?
      if st.doc.language == "kk", numberSign(k), k + 1 < n, st.joins(k, k + 1) || st.gap(k, k + 1).allSatisfy({ $0 == " " }) {
        // (the school's word after the number, its nominative read from the catalogue of forms)
        let f = st.toks[k + 1].folded
        let hyphened = k + 2 < n && st.gap(k + 1, k + 2).elementsEqual(["-"]) ? f + "-" + st.toks[k + 2].folded : f
        guard let noun = Self.kazakhSchoolNouns.first(where: { hyphened.hasBytePrefix($0) }) else { continue }
        b = noun.contains("-") ? k + 2 : k + 1
        label = "№" + st.toks[k].folded + " " + noun
      } else if st.doc.language == "ru", numberSign(k), k >= 1 {
        // "школа № 45", "школы-гимназии №45", "лицея № 8": the noun right before the sign
        // (not "лицензии № 12": a licence is no lyceum)
        func nominative(_ j: Int) -> String? {
          st.toks[j].folded.hasBytePrefix("лиценз") ? nil : Self.russianSchoolNouns.first { st.toks[j].folded.hasBytePrefix($0.stem) }?.nominative
        }
        guard let last = nominative(k - 1), st.owner[k - 1] == nil else { continue }
        var name = last
        a = k - 1
        if k >= 2, st.gap(k - 2, k - 1).elementsEqual(["-"]), let first = nominative(k - 2), st.owner[k - 2] == nil {
          name = first + "-" + last
          a = k - 2
        }
        label = name.prefix(1).uppercased() + name.dropFirst() + " № " + st.toks[k].folded
      } else if st.doc.language == "en", k >= 2, st.toks[k - 1].folded == "no", st.toks[k - 2].folded == "school", st.toks[k - 2].capitalized {
        a = k - 2
        if let o = st.owner[k - 2] ?? st.owner[k - 1] { release(st, st.spans[o].first, st.spans[o].last) }
        label = "School No. " + st.toks[k].folded
      }
      guard let l = label, (a...b).allSatisfy({ st.owner[$0] == nil }) else { continue }
      let id = Transliteration.slug(l)
      st.addDiscovered(id, label: l, kind: .organization, subkind: nil)
      st.addSpan(a, b, id: id)
    }
  }

  /// Kazakh words for a school, in the nominative, hyphened ones first.
  static let kazakhSchoolNouns = ["мектеп-гимназия", "мектеп-лицей", "мектеп-интернат", "мектеп", "гимназия", "лицей"]
  /// Russian stems of a school's words and their nominatives.
  static let russianSchoolNouns: [(stem: String, nominative: String)] = [("школ", "школа"), ("гимнази", "гимназия"), ("лице", "лицей"), ("интернат", "интернат")]

  /// Whether a full stop right after token `e` ends its sentence ("… of the new company,
  /// Mailuu-Suu Light."). O(1).
  static func closesSentence(_ st: State, _ e: Int) -> Bool {
    let end = st.toks[e].end
    guard end < st.doc.scalars.count, st.doc.scalars[end] == "." else { return false }
    return e + 1 == st.toks.count || st.sentenceOf(e + 1) != st.sentenceOf(e)
  }

  /// Tokens a...b, taken from whatever read them, as a body of their own read here, labelled
  /// and keyed by their text. O(b − a).
  func readAsNewBody(_ st: State, _ a: Int, _ b: Int, subkind: String?) {
    let label = st.text(a, b)
    let id = Transliteration.slug(label)
    release(st, a, b)
    st.addDiscovered(id, label: label, kind: .organization, subkind: subkind)
    st.addSpan(a, b, id: id)
  }

  /// Whether token `k` alone is a country's name that ends a capitalised run: no capitalised
  /// word joined after it, no possessive "s" ("Hyundai Trans Kazakhstan", "EcoNetwork
  /// Kazakhstan"; not "Kazakhstan Temir Zholy", "Kazakhstan's"). O(1).
  func countryEndsRun(_ st: State, at k: Int) -> Bool {
    let n = st.toks.count
    guard let oc = st.owner[k], st.spans[oc].first == k, st.spans[oc].last == k, st.subkind(of: st.spans[oc].key) == "country" else { return false }
    return !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized) && !(k + 1 < n && st.toks[k + 1].folded == "s")
  }

  /// "dalla statunitense Lummus Technology", "alla cinese Harbin Boiler", "the joint venture
  /// Silleno": Italian writes a foreign company as its country's feminine adjective used as a
  /// noun after an article ("la cinese X", "la società cinese X" shortened), and a joint
  /// venture is named right after the words; capitalised Latin words there (up to four, a
  /// town's name among them) name a company. Not one catalogued place alone ("nella cinese
  /// Urumqi" is the town). O(tokens).
  func describedCompanies(_ st: State) {
    guard st.doc.language == "it" || st.doc.language == "en" else { return }
    let n = st.toks.count
    var t = 2
    while t < n {
      defer { t += 1 }
      guard st.toks[t].capitalized, isLatinName(st, t), st.joins(t - 1, t), st.joins(t - 2, t - 1), st.sentenceOf(t - 2) == st.sentenceOf(t) else { continue }
      let w1 = st.toks[t - 2].folded, w2 = st.toks[t - 1].folded
      let jointVenture = w1 == "joint" && w2 == "venture"
      let nationalNoun = st.doc.language == "it" && ["la", "alla", "dalla", "della", "sulla"].contains(w1) && !st.toks[t - 1].capitalized
        && (w2.hasByteSuffix("a") || w2.hasByteSuffix("e")) && st.owner[t - 1] == nil
        && adjectiveEntity(w2).map({ $0.kind == .region && Lexicon.governedRegionSubkinds.contains($0.subkind ?? "") }) == true
      guard jointVenture || nationalNoun else { continue }
      var e = t
      while e + 1 < n, e - t < 3, st.gap(e, e + 1).elementsEqual([" "]), st.toks[e + 1].capitalized, isLatinName(st, e + 1),
        !Lexicon.stopCapitalized.contains(st.toks[e + 1].folded), !Lexicon.weekdaysAndMonths.contains(st.toks[e + 1].folded)
      { e += 1 }
      // (what a rule read already stands: a body, a project, a person; a place alone is a place)
      if (t...e).contains(where: { st.owner[$0] != nil && ![.city, .region].contains(st.entityKind(at: $0)) }) { continue }
      if let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == e { continue }
      // (an outer span must not be cut: the run ends where a place's name ends)
      if let o = st.owner[e], st.spans[o].last > e { continue }
      readAsNewBody(st, t, e, subkind: "company")
      t = e
    }
  }

  /// "компания Xi'an Heavy Machinery": a company's Latin name that a rule read without the
  /// town or province opening it (a place of two tokens, as "Xi'an" is, escapes the rules that
  /// take a one-word place along, and so does a Chinese town's or province's one word: "China's
  /// Henan Zhongfu Industrial") takes the place in: the place's span right before it, in
  /// Latin letters, not a country, after no preposition and opening its capitalised run; a
  /// discovered one-word name takes a country's name after it in ("EcoNetwork Kazakhstan"); and
  /// a country's name, a province's and a company's word nothing read are a company of their
  /// own ("China Jiangsu International"); a place's name and a catalogued company's word that
  /// fill a quote after a legal form are a local company ("ТОО «Алтай Полиметалл»"). O(spans).
  func placeOpenedCompanies(_ st: State) {
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.first > 0 && st.kind(of: sp.key) == .organization {
      guard let e = st.entities[sp.key], !e.catalogued, isLatinName(st, sp.first), st.gap(sp.first - 1, sp.first).elementsEqual([" "]),
        let po = st.owner[sp.first - 1], case let place = st.spans[po], place.last == sp.first - 1,
        place.last > place.first || catalog.country(of: place.key) == "china",
        [.city, .region].contains(st.entityKind(at: place.first)), st.subkind(of: place.key) != "country", isLatinName(st, place.first),
        st.sentenceOf(place.first) == st.sentenceOf(sp.first)
      else { continue }
      if place.first > 0, st.joins(place.first - 1, place.first),
        st.toks[place.first - 1].capitalized || Lexicon.placePrepositions.contains(st.toks[place.first - 1].folded)
      { continue }
      readAsNewBody(st, place.first, sp.last, subkind: e.subkind ?? "company")
    }
    // "EcoNetwork Kazakhstan", "Temirlogix Uzbekistan": a discovered one-word Latin name with
    // a country's name right after it (and nothing capitalised after that) is the body's
    // national name
    let n = st.toks.count
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.first == sp.last && sp.last + 1 < n && st.kind(of: sp.key) == .organization {
      let c = sp.last + 1
      guard let e = st.entities[sp.key], !e.catalogued, isLatinName(st, sp.first), Lexicon.orgCues[st.toks[sp.first].folded] == nil,
        st.gap(sp.last, c).elementsEqual([" "]), countryEndsRun(st, at: c), isLatinName(st, c)
      else { continue }
      readAsNewBody(st, sp.first, c, subkind: e.subkind)
    }
    // "China Jiangsu International", "China Gansu Group": a country's Latin name, a province's
    // or town's, and a company's word that nothing read after them (with up to four capitalised
    // words more) are a company's name (state companies are named so), after no preposition
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.first == sp.last && st.subkind(of: sp.key) == "country" && sp.last + 2 < n {
      guard isLatinName(st, sp.first), st.gap(sp.last, sp.last + 1).elementsEqual([" "]), let po = st.owner[sp.last + 1], case let place = st.spans[po], place.first == sp.last + 1,
        [.city, .region].contains(st.entityKind(at: place.first)), st.subkind(of: place.key) != "country", isLatinName(st, place.first), place.last + 1 < n,
        case let w = place.last + 1, st.owner[w] == nil, st.toks[w].capitalized, st.gap(place.last, w).elementsEqual([" "]), Lexicon.subsidiaryWords.contains(st.toks[w].folded),
        !(sp.first > 0 && st.joins(sp.first - 1, sp.first) && (st.toks[sp.first - 1].capitalized || Lexicon.placePrepositions.contains(st.toks[sp.first - 1].folded)))
      else { continue }
      var e = latinNameEnd(st, from: w, limit: 4, ampersand: false)
      // ("China Jiangxi International Economic and Technical Cooperation": "and" joins two
      // capitalised runs of the name)
      if e + 2 < n, st.toks[e + 1].folded == "and", st.joins(e, e + 1), st.joins(e + 1, e + 2), st.toks[e + 2].capitalized, st.owner[e + 2] == nil,
        isLatinName(st, e + 2), latinNameWord(st, e + 2)
      {
        e = latinNameEnd(st, from: e + 2, limit: 3, ampersand: false)
      }
      guard (w...e).allSatisfy({ st.owner[$0] == nil }) else { continue }
      readAsNewBody(st, sp.first, e, subkind: "company")
    }
    // "China Power International", "China Gold International": a country's Latin name and two
    // to four capitalised trade words that nothing read, the last a company's word, and no
    // capitalised word after them, after no preposition, name a state company
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.first == sp.last && st.subkind(of: sp.key) == "country" && sp.last + 2 < n {
      guard isLatinName(st, sp.first), !(sp.first > 0 && st.joins(sp.first - 1, sp.first) && (st.toks[sp.first - 1].capitalized || Lexicon.placePrepositions.contains(st.toks[sp.first - 1].folded)))
      else { continue }
      var e = sp.last
      while e + 1 < n, e - sp.last < 4, st.gap(e, e + 1).elementsEqual([" "]), st.owner[e + 1] == nil, st.toks[e + 1].capitalized,
        case let f = st.toks[e + 1].folded, Lexicon.subsidiaryWords.contains(f) || Lexicon.industryWords.contains(f)
      { e += 1 }
      guard e >= sp.last + 2, Lexicon.subsidiaryWords.contains(st.toks[e].folded), !(e + 1 < n && st.joins(e, e + 1) && st.toks[e + 1].capitalized) else { continue }
      readAsNewBody(st, sp.first, e, subkind: "company")
    }
    // "ТОО «Алтай Полиметалл»": a place's name and a catalogued company's one-word name that
    // fill a quote after a legal form (or before a Kazakh one) name a local company of their
    // own, not the catalogued one
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.first == sp.last && sp.first >= 2 && st.kind(of: sp.key) == .organization {
      guard st.entities[sp.key]?.catalogued == true, closesQuote(st, sp.last), let po = st.owner[sp.first - 1], case let place = st.spans[po],
        place.last == sp.first - 1, [.city, .region].contains(st.entityKind(at: place.first)), opensQuote(st, place.first),
        st.gap(place.last, sp.first).elementsEqual([" "]), place.first >= 1 && Lexicon.legalForms.contains(st.toks[place.first - 1].folded)
          || sp.last + 1 < n && Lexicon.legalForms.contains(st.toks[sp.last + 1].folded)
      else { continue }
      readAsNewBody(st, place.first, sp.last, subkind: "company")
    }
  }

  /// «КазТрансГаз Аймак»: guillemets that open with a catalogued company's name and close
  /// after one or two more capitalised words of a name hold a company of its own, the
  /// company's subsidiary or branch (no role, month or common word among them). O(tokens).
  func quotedSubsidiaries(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      guard opensQuote(st, t), let o = st.owner[t], st.spans[o].first == t,
        let e = st.entities[st.spans[o].key], e.catalogued, e.kind == .organization, e.subkind == "company" || e.subkind == "bank"
      else { continue }
      let last = st.spans[o].last
      var k = last
      while k + 1 < n, k + 1 - last <= 2, st.gap(k, k + 1).elementsEqual([" "]), st.owner[k + 1] == nil, st.isCapName(k + 1),
        !Lexicon.stopCapitalized.contains(st.toks[k + 1].folded), !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded), Self.role(of: st, at: k + 1) == nil,
        // (a company's own word completes its name: «Қазақмыс Корпорациясы» is Kazakhmys)
        !st.hasOrgCue(k + 1), !Lexicon.legalForms.contains(st.toks[k + 1].folded)
      { k += 1 }
      guard k > last, closesQuote(st, k, straight: false) else { continue }
      addCompany(st, t, k, label: st.text(t, k))
      t = k
    }
  }

  /// "Jinjiang International, one of China's largest hotel operators", "LG International": in
  /// a Latin-script name, one capitalised word (a town's name, an acronym, or a word no rule
  /// has read) and "International", with no capitalised word on either side, names a company.
  /// A following capitalised word makes it a longer name ("Almaty International Airport",
  /// "Astana International Forum"), and a following facility word a site ("Almaty
  /// International airport"); a country's name before "International" is left alone ("China
  /// International" opens longer names). O(tokens).
  func internationalCompanies(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      let i = t + 1
      guard st.toks[i].folded == "international", st.toks[i].capitalized, st.owner[i] == nil, st.gap(t, i).elementsEqual([" "]),
        isLatinName(st, t), latinNameWord(st, t), !Lexicon.notNameWords.contains(st.toks[t].folded), !Lexicon.titleFunctionWords.contains(st.toks[t].folded),
        !st.inHeadline(t), !st.inTitle(t)
      else { continue }
      // the first word: free, or a town's or region's one-word mention (no country)
      if let o = st.owner[t] {
        guard st.spans[o].first == t, st.spans[o].last == t, let k = st.entityKind(at: t), k == .city || k == .region,
          st.subkind(of: st.spans[o].key) != "country"
        else { continue }
      }
      // (no capitalised word joined before it: "Harbin Electric International" is a
      // catalogued company's subsidiary, read by ``subsidiaries(_:)``)
      if t > 0, st.gap(t - 1, t).elementsEqual([" "]) || st.gap(t - 1, t).elementsEqual(["-"]), st.toks[t - 1].capitalized { continue }
      if i + 1 < n, st.joins(i, i + 1) {
        let f = st.toks[i + 1].folded
        if st.toks[i + 1].capitalized || Lexicon.projectWordsEN.contains(f) || ["aeroporto", "airports"].contains(f) { continue }
      }
      let label = st.text(t, i)
      let id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: "company")
      release(st, t, t)
      st.addSpan(t, i, id: id)
      t = i
    }
  }

  /// "Bank of China Kazakhstan", "Harbin Electric International": a catalogued company's Latin
  /// name with a country's after it (and no further capitalised word), or with words that make
  /// a company's name (International, Group, Co., Ltd), names a branch or subsidiary of its
  /// own. O(tokens).
  func subsidiaries(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      // ("CKU Railway Company LLC": a catalogued project's name with a company's words after it
      // names the company that runs it)
      guard let o = st.owner[t], st.spans[o].first == t, !Morphology.isCyrillic(st.toks[t].folded), let e = st.entities[st.spans[o].key], e.catalogued,
        e.kind == .organization && (e.subkind == "company" || e.subkind == "bank") || e.kind == .project
      else { continue }
      var last = st.spans[o].last
      // (the company words may have been read as a body of their own: "Company LLC"; or, in a
      // Cyrillic text, as a site: "CRRC Changchun Railway Vehicles" with "Changchun Railway")
      func freeOrDiscoveredBody(_ k: Int) -> Bool {
        st.owner[k] == nil || [.organization, .project].contains(st.entityKind(at: k)) && st.entities[st.spans[st.owner[k]!].key]?.catalogued == false
      }
      // (so do an investment or holding company's words: "Xi'an International Inland Port
      // Investment")
      if e.kind == .project,
        !(last + 1 < n && (Lexicon.companyWordsEN.contains(st.toks[last + 1].folded)
          || st.toks[last + 1].capitalized && ["investment", "investments", "holding", "holdings", "group"].contains(st.toks[last + 1].folded)))
      {
        // "la società Middle Corridor Multimodal": after a company noun, capitalised Latin
        // words that a catalogued project's name opens name the company
        guard t > 0, Lexicon.companyNounsBeforeName.contains(st.toks[t - 1].folded), st.joins(t - 1, t) else { continue }
        var k = last
        while k + 1 < n, k - last < 2, st.gap(k, k + 1).elementsEqual([" "]), freeOrDiscoveredBody(k + 1), st.toks[k + 1].capitalized, isLatinName(st, k + 1),
          !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded)
        { k += 1 }
        guard k > last, !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized) else { continue }
        let label = st.text(t, k)
        st.addDiscovered(Transliteration.slug(label), label: label, kind: .organization, subkind: "company")
        release(st, t, k)
        st.addSpan(t, k, id: Transliteration.slug(label))
        t = k
        continue
      }
      while last + 1 < n, freeOrDiscoveredBody(last + 1),
        st.toks[last + 1].capitalized, st.gap(last, last + 1).elementsEqual([" "]) || st.gap(last, last + 1).elementsEqual([".", ",", " "]) && Lexicon.companyWordsEN.contains(st.toks[last + 1].folded),
        Lexicon.subsidiaryWords.contains(st.toks[last + 1].folded)
      { last += 1 }
      // "China Railway 18th Bureau Group", "CRRC Changchun Railway Vehicles": an ordinal or a
      // town, and capitalised words up to company words
      if last == st.spans[o].last, e.kind == .organization {
        var k = last + 1
        func town(_ k: Int) -> Bool {
          guard k == last + 1, let ok = st.owner[k], st.spans[ok].first == k, st.spans[ok].last == k else { return false }
          return st.entityKind(at: k) == .city || st.entityKind(at: k) == .region && st.subkind(of: st.spans[ok].key) != "country"
        }
        while k < n, k - last <= 4, st.gap(k - 1, k).elementsEqual([" "]), freeOrDiscoveredBody(k) || town(k),
          st.toks[k].capitalized || st.toks[k].folded.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true
        {
          if k > last + 1 || !town(k), Lexicon.subsidiaryWords.contains(st.toks[k].folded) {
            last = k
            while last + 1 < n, st.gap(last, last + 1).elementsEqual([" "]), freeOrDiscoveredBody(last + 1), st.toks[last + 1].capitalized,
              Lexicon.subsidiaryWords.contains(st.toks[last + 1].folded)
            { last += 1 }
            break
          }
          k += 1
        }
        // "Hyundai Trans Kazakhstan": capitalised Latin words and a country ending the run
        if last == st.spans[o].last, k > last + 1, k < n, st.gap(k - 1, k).elementsEqual([" "]), countryEndsRun(st, at: k),
          !Morphology.isCyrillic(st.toks[k].folded), (last + 1..<k).allSatisfy({ st.toks[$0].capitalized && isLatinName(st, $0) })
        {
          last = k
        }
      }
      // "CRRC Changchun" in a Russian or Kazakh text: a place's Latin name after a catalogued
      // company's Latin name, ending the run, names its branch (a Latin place name is left
      // unread in Cyrillic text)
      if last == st.spans[o].last, e.kind == .organization, st.doc.language == "ru" || st.doc.language == "kk", last + 1 < n,
        st.gap(last, last + 1).elementsEqual([" "]), st.owner[last + 1] == nil, isLatinName(st, last + 1), catalogHasPlace(named: st.toks[last + 1].folded),
        !(last + 2 < n && st.joins(last + 1, last + 2) && isLatinName(st, last + 2)), !(last + 2 < n && st.gap(last + 1, last + 2).contains("&"))
      { last += 1 }
      // "COFCO Joycome": after a catalogued company's acronym, one capitalised Latin word of a
      // name (no place, role, month or common word) ending the run names its subsidiary
      if last == st.spans[o].last, e.kind == .organization, st.spans[o].first == last, Self.isUpperAcronym(st, t), last + 1 < n,
        st.gap(last, last + 1).elementsEqual([" "]), st.owner[last + 1] == nil, st.toks[last + 1].capitalized, isLatinName(st, last + 1),
        latinNameWord(st, last + 1), !Lexicon.stopCapitalized.contains(st.toks[last + 1].folded), !Lexicon.weekdaysAndMonths.contains(st.toks[last + 1].folded),
        Self.role(of: st, at: last + 1) == nil, Lexicon.orgCues[st.toks[last + 1].folded] == nil, !catalogHasPlace(named: st.toks[last + 1].folded),
        !(last + 2 < n && st.joins(last + 1, last + 2) && st.toks[last + 2].capitalized), !(last + 2 < n && st.toks[last + 2].folded == "s"), !st.inHeadline(t), !st.inTitle(t)
      { last += 1 }
      // "CNPC Kazakhstan", "CNPC Amu Darya": a country, or after a company's acronym a place of
      // one or two words, ending the run names its subsidiary there
      let c = last + 1
      if last == st.spans[o].last, c < n, let oc = st.owner[c], st.spans[oc].first == c,
        st.spans[oc].last == c && st.subkind(of: st.spans[oc].key) == "country"
          || e.kind == .organization && st.spans[o].first == st.spans[o].last && st.spans[oc].last <= c + 1
            && (st.entityKind(at: c) == .city || st.entityKind(at: c) == .region) && Self.isUpperAcronym(st, t),
        st.gap(last, c).elementsEqual([" "]), !Morphology.isCyrillic(st.toks[c].folded),
        case let e2 = st.spans[oc].last,
        !(e2 + 1 < n && st.joins(e2, e2 + 1) && st.toks[e2 + 1].capitalized), !(e2 + 1 < n && st.toks[e2 + 1].folded == "s")
      {
        last = e2
      }
      // "Bank of China (Kyrgyzstan)": a country in brackets after the company's name (its
      // label keeps the closing bracket)
      var bracketed = false
      if last == st.spans[o].last, e.kind == .organization, c < n, let oc = st.owner[c], st.spans[oc].first == c, st.spans[oc].last == c,
        st.subkind(of: st.spans[oc].key) == "country", st.gap(last, c).elementsEqual([" ", "("]),
        st.toks[c].end < st.doc.scalars.count, st.doc.scalars[st.toks[c].end] == ")"
      {
        last = c
        bracketed = true
      }
      guard last > st.spans[o].last else { continue }
      // ("Sany Heavy Industry Co., Ltd.": legal forms only complete the company's own name)
      if e.kind == .organization, ((st.spans[o].last + 1)...last).allSatisfy({ Lexicon.companyWordsEN.contains(st.toks[$0].folded) }) {
        release(st, t, last)
        st.addSpan(t, last, id: e.id)
        t = last
        continue
      }
      let label = st.text(t, last) + (bracketed ? ")" : "")
      st.addDiscovered(Transliteration.slug(label), label: label, kind: .organization, subkind: "company")
      release(st, t, last)
      st.addSpan(t, last, id: Transliteration.slug(label))
      t = last
    }
  }

  /// The last token of what an Italian body is for, from "per" at `j`: an article, a noun
  /// and maybe an adjective ("per la cooperazione economica"), then up to two lower-case
  /// complements ("per lo sviluppo dell'arte e della cultura"); nil when `j` opens no such
  /// phrase.
  func italianPurpose(_ st: State, _ j: Int, sentence: Int) -> Int? {
    let n = st.toks.count
    func lowerNoun(_ k: Int) -> Bool {
      k < n && st.owner[k] == nil && !st.toks[k].capitalized && st.joins(k - 1, k) && Self.isItalianNoun(st.toks[k].folded) && st.sentenceOf(k) == sentence
    }
    guard j + 2 < n, st.toks[j].folded == "per", ["la", "il", "lo", "l", "i", "le", "gli"].contains(st.toks[j + 1].folded), st.joins(j - 1, j), lowerNoun(j + 2) else { return nil }
    var b = j + 2
    if b + 1 < n, st.owner[b + 1] == nil, !st.toks[b + 1].capitalized, st.joins(b, b + 1), Self.isItalianAdjective(st.toks[b + 1].folded) { b += 1 }
    // ("allo sviluppo", "e la silvicoltura", "del Kirghizistan": complements, a second purpose
    // and the place the body serves)
    let complement: Set<String> = ["del", "della", "dell", "dello", "dei", "degli", "delle", "allo", "alla", "al", "all", "ai", "agli", "alle"]
    let articles: Set<String> = ["la", "il", "lo", "l", "i", "le", "gli"]
    for _ in 0..<3 {
      var k = b + 1
      guard k < n, st.joins(b, k) else { break }
      if st.toks[k].folded == "e" {
        k += 1
        guard k < n, st.joins(k - 1, k) else { break }
        if !complement.contains(st.toks[k].folded) {
          if articles.contains(st.toks[k].folded) { k += 1 }
          guard lowerNoun(k) else { break }
          b = k
          continue
        }
      }
      guard k + 1 < n, complement.contains(st.toks[k].folded), st.joins(k, k + 1) else { break }
      if lowerNoun(k + 1) {
        b = k + 1
        continue
      }
      if st.sentenceOf(k + 1) == sentence, st.entityKind(at: k + 1) == .city || st.entityKind(at: k + 1) == .region {
        b = st.owner[k + 1].map { st.spans[$0].last } ?? k + 1
      }
      break
    }
    return b
  }

  /// A token written in capitals only ("CNPC"), two letters or more.
  static func isUpperAcronym(_ st: State, _ t: Int) -> Bool {
    var letters = 0
    for c in st.doc.scalars[st.toks[t].start..<st.toks[t].end] where c.properties.isAlphabetic {
      guard c.properties.isUppercase else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// "компанией Shandong Ruyi … директоров Shandong Ruyi": a Latin name of two words or more
  /// that a cue made a body's or facility's is that one where it recurs without the cue, though
  /// a place's name opens it there or a shorter catalogued name lies inside it ("ТОО «Kazakhmys
  /// Smelting» … директор Kazakhmys Smelting"). O(tokens × names that start with the token's word).
  func repeatedNames(_ st: State) {
    var byFirst: [String: [(id: String, words: [String])]] = [:]
    for id in st.order {
      guard let e = st.entities[id], !e.catalogued, e.kind == .organization || e.kind == .project, let m = e.mentions.first else { continue }
      let words = Segmenter.words(in: Array(m.text.unicodeScalars)).map(\.folded)
      guard words.count >= 2, !words.contains(where: Morphology.isCyrillic) else { continue }
      byFirst[words[0], default: []].append((id, words))
    }
    guard !byFirst.isEmpty else { return }
    let n = st.toks.count
    func free(_ k: Int, within a: Int, _ b: Int) -> Bool {
      guard let o = st.owner[k] else { return true }
      let kind = st.entityKind(at: k)
      return st.spans[o].first == st.spans[o].last && (kind == .city || kind == .region)
        || kind == .organization && st.entities[st.spans[o].key]?.catalogued == true
          && (st.spans[o].first >= a && st.spans[o].last < b || st.spans[o].first > a && st.spans[o].last <= b)  // ("Shaanxi Baishui Apple")
    }
    var t = 0
    while t < n {
      defer { t += 1 }
      guard let names = byFirst[st.toks[t].folded], st.toks[t].capitalized else { continue }
      for name in names where t + name.words.count <= n {
        let last = t + name.words.count - 1
        guard (t...last).allSatisfy({ WordKey.same(st.toks[$0].folded, name.words[$0 - t]) && free($0, within: t, last) }), (t..<last).allSatisfy({ st.joins($0, $0 + 1) }),
          !(last + 1 < n && st.joins(last, last + 1) && st.toks[last + 1].capitalized && !Morphology.isCyrillic(st.toks[last + 1].folded))
        else { continue }
        release(st, t, last)
        st.addSpan(t, last, id: name.id)
        t = last
        break
      }
    }
  }

  /// Frees tokens a...b for an event's or project's name; the places inside stay mentioned
  /// ("Almaty CHP-2" mentions Almaty), a historical route or natural feature does not ("Silk
  /// Road Samarkand", "Irtysh bridge").
  /// ("Арыстан баб кесенесі" does not mention Arys: see ``kazakhOtherCase(_:_:entry:)``; nor
  /// "Оңтүстік Қазақстан университеті" Kazakhstan: see ``compassCountry(_:_:subkind:)``; nor a
  /// street its namesake: "Абай даңғылы")
  func absorb(_ st: State, _ a: Int, _ b: Int) {
    let street = namesStreet(st, a, b)
    for k in a...b {
      guard let o = st.owner[k] else { continue }
      let sp = st.spans[o]
      if Catalog.isNamesake(st.subkind(of: sp.key)) || street && isPlace(st, k)
        || sp.first == k && sp.last == k && isPlace(st, k) && catalog.index[sp.key].map({ kazakhOtherCase(st, k, entry: $0) }) == true
        || compassCountry(st, sp.first, subkind: st.subkind(of: sp.key))
      {
        release(st, k, k)
      } else {
        st.owner[k] = nil
      }
    }
  }

  /// Whether tokens a...b name a street or avenue (a street noun among them, in any case):
  /// a street's name is a person's more often than a place's ("Абай даңғылы" names the poet,
  /// not the town Abay). O(b − a).
  func namesStreet(_ st: State, _ a: Int, _ b: Int) -> Bool {
    (a...b).contains { k in st.cands[k].contains { Lexicon.streetNouns.contains($0) } }
  }

  /// Whether a place of this subkind whose mention opens at token `t` is a country after a
  /// compass word, which makes the pair another place's name ("Оңтүстік Қазақстан", "South
  /// Kazakhstan").
  func compassCountry(_ st: State, _ t: Int, subkind: String?) -> Bool {
    t > 0 && subkind == "country" && Lexicon.compassWords.contains(st.toks[t - 1].folded) && st.joins(t - 1, t)
  }

  /// Whether token `t` of a Kazakh text reads as a catalogued place's one-word name only
  /// through a case ending other than the genitive ("Арыстан" as Arys + ablative): inside a
  /// longer name a place stands in the nominative or the genitive, so such a word is a word of
  /// that name ("Арыстан баб кесенесі"). O(names × length).
  func kazakhOtherCase(_ st: State, _ t: Int, entry: Int) -> Bool {
    let f = st.toks[t].folded
    return st.doc.language == "kk" && Morphology.hasKazakhCaseEnding(f) && !RelationRules.kazakhGenitive.contains(where: { f.hasByteSuffix($0) })
      && !cyrillicOneWordNames[entry].contains(where: { $0.elementsEqual(f.unicodeScalars) })
  }

  /// Frees tokens a...b for a longer name: a person named inside an organisation's name
  /// ("Università Nazarbayev", "Фонд Назарбаева") is not mentioned as a person there.
  /// With `brand`, a catalogued name that opens the name is released too: "Harbin Electric
  /// International" does not mention Harbin, but "Bank of China" mentions China; so is a
  /// catalogued company after a dash inside the name ("Kyrgyz-China Railway Development" does
  /// not mention China Railway) and a place after a prefix ("Trans-Eurasia Rail").
  func takeOver(_ st: State, _ a: Int, _ b: Int, brand: Bool = false) {
    if brand, let o = st.owner[a], st.spans[o].first == a, st.spans[o].last < b { release(st, a, st.spans[o].last) }
    // ("Shaanxi Baishui Apple": a body the catalogue knows that closes a longer name is a word
    // of it, no mention of that body)
    if brand, a < b, let o = st.owner[b], st.spans[o].last == b, st.spans[o].first > a, st.entityKind(at: b) == .organization { release(st, st.spans[o].first, b) }
    if brand, a < b {
      for k in a + 1...b where Self.dashJoined(st, k - 1, k) {
        guard let o = st.owner[k], st.spans[o].first == k, st.spans[o].last <= b else { continue }
        if st.entityKind(at: k) == .organization || isPlace(st, k) && Lexicon.placePrefixes.contains(st.toks[k - 1].folded) { release(st, k, st.spans[o].last) }
      }
    }
    for k in a...b where st.owner[k] != nil {
      if st.entityKind(at: k) == .person { release(st, k, k) } else { absorb(st, k, k) }
    }
  }

  /// "«Бақты-Шәуешек» халықаралық сауда орталығы": a Kazakh centre after a word of trade or
  /// logistics is a facility, the project rules' (as the Russian "торговый центр «…»" is).
  static func isKazakhFacilityCentre(_ st: State, _ t: Int) -> Bool {
    guard st.doc.language == "kk", t > 0, st.joins(t - 1, t), Lexicon.kazakhFacilityCentreWords.contains(st.toks[t - 1].folded) else { return false }
    return st.cands[t].contains("орталығы")
  }

  /// A Kazakh organisation cue, which follows the name it describes ("… компаниясы",
  /// "… университеті", "… қоры"): the cue's matched form ends in a possessive ы/і.
  static func isKazakhOrgCue(_ st: State, _ t: Int) -> Bool {
    for c in st.cands[t] where Lexicon.orgCues[c] != nil {
      if let last = c.unicodeScalars.last, last == "ы" || last == "і" { return true }
    }
    return isQuotedGroup(st, t) || bareKazakhCue(st, t) != nil || isKazakhTradeHouse(st, t)
  }

  /// "Қытай-Өзбекстан сауда үйі": the house ("үйі", in any case) of a Kazakh house of trade
  /// after a capitalised name, a body as the Russian "торговый дом" is. O(1).
  static func isKazakhTradeHouse(_ st: State, _ t: Int) -> Bool {
    st.doc.language == "kk" && t > 1 && ["үйі", "үйін", "үйінде", "үйінің", "үйіне", "үйімен", "үйінен"].contains(st.toks[t].folded)
      && st.toks[t - 1].folded == "сауда" && st.joins(t - 1, t) && st.toks[t - 2].capitalized && st.joins(t - 2, t - 1)
  }

  /// A Kazakh body's cue without the possessive after an adjective ("Орталық мемлекеттік
  /// музейде" → "музей"): the cue's bare form, or nil.
  static func bareKazakhCue(_ st: State, _ t: Int) -> String? {
    // (a lower-case adjective: a capitalised one alone, "Ұлттық музейде", is the ordinary rules')
    guard st.doc.language == "kk", t > 0, st.joins(t - 1, t), !st.toks[t - 1].capitalized,
      Morphology.isKazakhAdjective(st.toks[t - 1].folded)
    else { return nil }
    // (not a plural: "қытайлық компаниялар" are Chinese companies, no one body)
    let f = st.toks[t].folded
    return st.cands[t].first { c in
      Lexicon.orgCues[c] != nil && Morphology.isCyrillic(c) && !(c.hasByteSuffix("ы") || c.hasByteSuffix("і"))
        && !(f.hasBytePrefix(c) && Morphology.kazakhPlural.contains(where: { f.dropFirst(c.count).contains($0) }))
    }
  }

  /// Kazakh "тобы" (group), "серіктестігі" (partnership), "кооперативі" (cooperative),
  /// "кәсіпорны" (enterprise), "мекемесі" (institution), in any case, right after a closing
  /// quote («Allur» тобы, «Шиелі күріш» кооперативі, «Су арнасы» мемлекеттік кәсіпорны): the word's
  /// nominative, or nil. The prefixes stand for every case of the word.
  static func quotedGroupHead(_ st: State, _ t: Int) -> String? {
    func closes(_ k: Int) -> Bool { st.toks[k].end < st.toks[k + 1].start && st.gap(k, k + 1).contains(where: { $0 == "»" || $0 == "”" || $0 == "\"" }) }
    // (one adjective may stand between: "«Шаньдун Шоугуан» агроөнеркәсіптік тобы")
    guard t > 0, closes(t - 1) || t > 1 && !st.toks[t - 1].capitalized && Morphology.isKazakhAdjective(st.toks[t - 1].folded) && st.joins(t - 1, t) && closes(t - 2)
    else { return nil }
    return [("тобы", "тобы"), ("серіктестіг", "серіктестігі"), ("кооператив", "кооперативі"), ("кәсіпорн", "кәсіпорны"), ("мекемес", "мекемесі")]
      .first { st.toks[t].folded.hasBytePrefix($0.0) }?.1
  }
  static func isQuotedGroup(_ st: State, _ t: Int) -> Bool { quotedGroupHead(st, t) != nil }

  /// The quoted name that a legal form at `t` introduces ("АО «Узкимёсаноат»") or closes
  /// ("«СНПС-Ақтөбемұнайгаз» акционерлік қоғамы"), as its first and last tokens; nil when
  /// there is none or it is a catalogued organisation already.
  func quotedCompany(_ st: State, _ t: Int) -> (Int, Int)? {
    let f = st.toks[t].folded
    let n = st.toks.count
    var first = 0, last = 0
    // (the quote marks are asked about first: most tokens stand beside none)
    // (a legal form spelled out too: "Акционерное общество «…»", "товарищество с ограниченной
    // ответственностью «…»")
    if t + 1 < n, st.gap(t, t + 1).contains(where: Self.isOpeningQuote),
      Lexicon.legalForms.contains(f) || Lexicon.companyGroupWords.contains(f) || Lexicon.spelledLegalFormEnds.contains(f), st.sentenceOf(t + 1) == st.sentenceOf(t)
    {
      first = t + 1
      last = first
      while last + 1 < n, last - first < 8, insideQuotes(st, last + 1), st.joins(last, last + 1), st.sentenceOf(last + 1) == st.sentenceOf(t) { last += 1 }
    } else if t > 1, st.gap(t - 1, t).contains(where: { $0 == "»" || $0 == "”" || $0 == "\"" }), Lexicon.legalFormsAfter.contains(where: { f.hasBytePrefix($0) }), insideQuotes(st, t - 1) {
      last = t - 1
      first = last
      while first > 0, last - first < 8, insideQuotes(st, first - 1), !st.gap(first - 1, first).contains(where: Self.isOpeningQuote), st.sentenceOf(first - 1) == st.sentenceOf(t) { first -= 1 }
    } else {
      return nil
    }
    guard st.toks[first].capitalized || st.toks[first].folded.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true else { return nil }
    // the quote must close right after the name
    // (a company may bear a project's name: "ОАО «Кумтор Голд Компани»"; a subsidiary its
    // parent's: "«ҚТЖ – Жүк тасымалы» АҚ")
    let parentFirst = st.entityKind(at: first) == .organization && st.owner[first].map { st.spans[$0].last < last } == true
    let placesOrProjects = (first...last).allSatisfy { k in
      st.owner[k] == nil || [.city, .region, .project].contains(st.entityKind(at: k)) || parentFirst && st.owner[k] == st.owner[first]
    }
    guard closesQuote(st, last), placesOrProjects else { return nil }
    // (a name read whole as a body is that body; one read whole as a project names the
    // company that runs it: «Құрық порты» ЖШС)
    let wholeProject = st.owner[first] == st.owner[last] && st.owner[first].map { st.spans[$0].first == first && st.spans[$0].last == last } == true
      && st.entityKind(at: first) == .project
    // (a town's or region's name after a legal form names the company: СПК «Байқоңыр»)
    let wholePlace = first == t + 1 && st.owner[first] == st.owner[last] && st.owner[first].map { st.spans[$0].first == first && st.spans[$0].last == last } == true
      && [.city, .region].contains(st.entityKind(at: first))
    if !wholeProject, !wholePlace, (first...last).allSatisfy({ st.owner[$0] != nil }) { return nil }
    return (first, last)
  }

  /// A Russian noun or adjective in the dative after "по" (сотрудничеству, предотвращению,
  /// геологии, делам, чрезвычайным ситуациям): by its ending.
  static func isRussianDative(_ w: String) -> Bool {
    guard w.unicodeScalars.count >= 4, Morphology.isCyrillic(w) else { return false }
    return ["ию", "ии", "ству", "ам", "ям", "ому", "ему", "ым", "им", "у", "ю", "е"].contains { w.hasByteSuffix($0) }
  }
  /// A Russian adjective in the dative ("водным", "минеральному").
  static func isRussianDativeAdjective(_ w: String) -> Bool {
    ["ым", "им", "ому", "ему"].contains(where: { w.hasByteSuffix($0) }) && Morphology.isRussianAdjective(w)
  }
  /// A Russian adjective in the singular genitive ("Пекинского", "Детской"); the feminine
  /// ending is the dative's and instrumental's too.
  static func isRussianGenitiveAdjective(_ w: String) -> Bool {
    ["ого", "его", "ой", "ей"].contains(where: { w.hasByteSuffix($0) }) && Morphology.isRussianAdjective(w)
  }

  /// Whether a folded Kazakh word of five letters or more ends like an accusative (-ны/-ні,
  /// -ды/-ді, -ты/-ті, or -н after a possessive: "нәтижелерін"). O(1).
  static func endsLikeKazakhAccusative(_ folded: String) -> Bool {
    folded.unicodeScalars.count >= 5 && ["ны", "ні", "ды", "ді", "ты", "ті", "ын", "ін"].contains(where: { folded.hasByteSuffix($0) })
  }

  /// Whether a folded Kazakh word is a verbal noun in -у/-ю ("пайдалану", using; "қорғау",
  /// protecting), five letters or more. O(1).
  static func isKazakhVerbalNoun(_ folded: String) -> Bool {
    folded.unicodeScalars.count >= 5 && (folded.hasByteSuffix("у") || folded.hasByteSuffix("ю"))
  }

  /// A Kazakh cue of an institution that a place alone can name (университеті, институты,
  /// академиясы).
  static func isKazakhInstitutionCue(_ st: State, _ t: Int) -> Bool {
    st.cands[t].contains { c in Lexicon.orgCues[c].map { ["Университеті", "Институты", "Академиясы", "Театры", "Операсы", "Музейі", "Ансамблі"].contains($0) } ?? false }
  }

  /// Whether token `k` is, as written, the label of the one-word entity it stands for, in any
  /// language: "Қызылорда" ends like a locative but is the town's name. O(languages).
  func isOwnName(_ st: State, _ k: Int) -> Bool {
    guard let o = st.owner[k], st.spans[o].first == k, st.spans[o].last == k, let e = st.entities[st.spans[o].key] else { return false }
    let f = st.toks[k].folded
    return Normalizer.fold(e.label) == f || e.labels.values.contains { Normalizer.fold($0) == f }
  }

  /// Whether a lower-case Kazakh word is a verb form with one of `endings` (by default
  /// ``Lexicon/kazakhVerbEndings``: participles "салған", "ашқан" and converbs "бірлесіп"):
  /// five letters or more, other than the participles that stand as adjectives in names
  /// (``Lexicon/kazakhAdjectivalParticiples``). O(word).
  static func isKazakhVerbForm(_ folded: String, endings: [String] = Lexicon.kazakhVerbEndings) -> Bool {
    folded.unicodeScalars.count >= 5 && endings.contains(where: { folded.hasByteSuffix($0) })
      && !Lexicon.kazakhAdjectivalParticiples.contains(folded)
  }

  /// English cue words that close a body's English name ("… University", "… Bank"): after
  /// one, an Italian "di" and a town are where the body is, not its name.
  static let englishClosingCues: WordSet = [
    "university", "institute", "college", "academy", "bank", "group", "company", "corporation", "foundation", "association", "center", "centre",
    "museum", "hospital", "school", "agency", "fund", "council",
  ]

  /// Latin words that close an event's name ("… Textile Expo", "… Media Forum"), which no
  /// body's name ends with (not "Conference" or "Congress", which close bodies' names too:
  /// "… Political Consultative Conference", "National People's Congress").
  static let closingEventWordsEN: WordSet = ["expo", "exhibition", "fair", "festival", "summit", "week", "biennale", "olympiad", "forum"]

  /// The capitalised run before a Kazakh cue at `t` (up to five words, one sentence, not
  /// a sentence-opening common word), as the tokens the organisation's mention covers:
  /// the run alone when it is a Latin name or a Cyrillic acronym, the run and the cue otherwise;
  /// or, in lower case, a remit before "жөніндегі" and the words after it ("трансшекаралық
  /// өзендер жөніндегі қазақ-қытай бірлескен комиссиясы").
  func kazakhOrgName(_ st: State, _ t: Int) -> (Int, Int)? {
    // (a body's press service is the body's: "СІМ баспасөз қызметі", no body of its own)
    if t > 0, st.toks[t - 1].folded == "баспасөз", st.toks[t].folded.hasBytePrefix("қызмет") { return nil }
    // «Ақтау халықаралық теңіз сауда порты» ұлттық компаниясы: a whole quoted name (lower-case
    // words and all) with at most two lower-case words between its closing quote and the cue
    // (a cue right after the quote is the ordinary rules' business: "«Шиелі күріш» кооперативі")
    if t >= 2, let q = (max(1, t - 3)..<(t - 1)).last(where: { closesQuote(st, $0, straight: false) }),
      (q + 1..<t).allSatisfy({ !st.toks[$0].capitalized && st.owner[$0] == nil && st.joins($0, $0 + 1) }),
      let open = (max(0, q - 7)...q).last(where: { opensQuote(st, $0) }),
      st.sentenceOf(open) == st.sentenceOf(t), q > open, (open...q).contains(where: { !st.toks[$0].capitalized }) || Self.isQuotedGroup(st, t),
      (open...q).allSatisfy({ st.owner[$0] == nil || [.city, .region].contains(st.entityKind(at: $0)) })
    {
      return (open, q)
    }
    var s = t
    // lower-case words of the name between its capitalised start and the cue: "Сиань шет
    // тілдері университеті", "Сауда және интеграция министрлігі" (no case endings, places or
    // function words other than an inner "және")
    var lower = 0
    // (and a town's or region's own cue after its name: "Тяньцзинь қаласы білім комиссиясы",
    // the city's education commission; "Хэйлунцзян провинциясы денсаулық сақтау комиссиясы")
    func ownPlaceCue(_ k: Int) -> Bool {
      lower > 0 && k > 0 && Lexicon.kazakhOwnPlaceCues.contains(st.toks[k].folded) && st.toks[k - 1].capitalized && st.joins(k - 1, k)
    }
    // (and "бойынша", "for", after that cue: "Павлодар облысы бойынша кәсіпкерлер палатасы",
    // the region's branch of a body)
    func forOwnPlace(_ k: Int) -> Bool { st.toks[k].folded == "бойынша" && ownPlaceCue(k - 1) && st.joins(k - 1, k) }
    // (a list of fields, "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі":
    // commas before the "және" already read, up to six words)
    var listed = false
    // (a remit before "жөніндегі" may run longer: "трансшекаралық өзендер жөніндегі қазақ-қытай
    // бірлескен комиссиясы")
    var remit: Int?
    while s > 0, lower < (listed ? 6 : remit != nil ? 9 : 4), st.joins(s - 1, s) || listed && st.joins(s - 1, s, comma: true), st.sentenceOf(s - 1) == st.sentenceOf(t),
      st.owner[s - 1] == nil, !st.toks[s - 1].capitalized,
      Morphology.isCyrillic(st.toks[s - 1].folded),
      // ("Шыңжаң ауыл шаруашылығы университеті": "ауыл шаруашылығы", agriculture, is no village)
      !Self.isKazakhPlacePhrase(st, s - 1) || ownPlaceCue(s - 1) || st.toks[s].folded.hasBytePrefix("шаруашылы"),
      // ("Инвестициялар жөніндегі агенттігі": "жөніндегі", "for", joins a portfolio to its cue)
      !Morphology.hasKazakhCaseEnding(st.toks[s - 1].folded) || st.toks[s - 1].folded == "жөніндегі" || forOwnPlace(s - 1)
        // (the first of a dashed pair: "қазақстан-қытай бірлескен комиссиясы", where "қазақстан"
        // ends like an ablative)
        || Self.dashJoined(st, s - 1, s)
        // (a remit's object in the accusative before the verbal noun that governs it:
        // "өзендерді пайдалану және қорғау жөніндегі …")
        || remit != nil && Self.endsLikeKazakhAccusative(st.toks[s - 1].folded) && Self.isKazakhVerbalNoun(st.toks[s].folded),
      !Lexicon.kazakhFunctionWords.contains(st.toks[s - 1].folded) || (st.toks[s - 1].folded == "және" && lower > 0) || forOwnPlace(s - 1),
      // (a participle says what was done, "Қытай салған балалар ауруханасы" is a hospital
      // China built; "бірлескен", "біріккен" stand as adjectives in names)
      !Self.isKazakhVerbForm(st.toks[s - 1].folded, endings: Lexicon.kazakhParticipleEndings)
    {
      s -= 1
      lower += 1
      // ("және" inside a remit joins its verbal nouns, "пайдалану және қорғау", no list of fields)
      if st.toks[s].folded == "және", remit == nil { listed = true }
      if st.toks[s].folded == "жөніндегі", remit == nil, t - s <= 4 { remit = s }
    }
    // ("Жолды қытайлық компания жаңғыртады": an adjective right before a bare cue, which no
    // Kazakh name takes without its possessive ending, says what kind of company, no name)
    if lower > 0, ["компания", "корпорация"].contains(st.toks[t].folded), Morphology.isKazakhAdjective(st.toks[t - 1].folded) { return nil }
    // ("«Ыбырай Жақаев атындағы күріш шаруашылығы … институты»": the lower-case words follow
    // the honoree's name and "атындағы", all of it the body's name)
    if lower > 0, let p = honoreeNameStart(st, before: s, t) { return (p, t) }
    // ("Іле облысының сауда палатасы": a region named in the genitive with its cue opens a
    // chamber's or an institution's name, as it does before capitalised words)
    if lower > 0, s >= 2, st.sentenceOf(s - 1) == st.sentenceOf(t),
      Self.isKazakhInstitutionCue(st, t) || st.cands[t].contains(where: { Lexicon.orgCues[$0] == "Палатасы" || Lexicon.orgCues[$0] == "Бюросы" }),
      let r = kazakhGenitiveRegionStart(st, before: s)
    {
      return (r, t)
    }
    // ("Павлодар облысы бойынша кәсіпкерлер палатасы": a region or town read with its cue,
    // then "бойынша", "for", opens the name of its branch of a body)
    if lower > 1, s >= 2, forOwnPlace(s), let o = st.owner[s - 1], st.spans[o].last == s - 1, [.region, .city].contains(st.entityKind(at: s - 1)),
      st.sentenceOf(s - 1) == st.sentenceOf(t)
    {
      return (st.spans[o].first, t)
    }
    // ("Жамбыл облысы денсаулық сақтау басқармасы": a region or town read with its cue in the
    // nominative before a department's remit names its department)
    if lower > 0, s >= 2, let o = st.owner[s - 1], st.spans[o].last == s - 1, st.spans[o].first < s - 1, [.region, .city].contains(st.entityKind(at: s - 1)),
      Lexicon.kazakhOwnPlaceCues.contains(st.toks[s - 1].folded), st.joins(s - 1, s), st.sentenceOf(s - 1) == st.sentenceOf(t),
      st.cands[t].contains(where: { c in Lexicon.orgCues[c].map { ["Басқармасы", "Департаменті", "Комитеті", "Әкімшілігі", "Кеңесі"].contains($0) } ?? false })
    {
      return (st.spans[o].first, t)
    }
    let capitalisedStart = s > 0 && st.toks[s - 1].capitalized && st.joins(s - 1, s, comma: listed) && st.sentenceOf(s - 1) == st.sentenceOf(t)
    // ("трансшекаралық өзендер жөніндегі … комиссиясы": a body's remit before "жөніндегі"
    // names it in lower case too, over up to three words: nouns, adjectives, and a noun in
    // the accusative only before the verbal noun that governs it, "өзендерді пайдалану"; the
    // lower-case words after "жөніндегі" say whose body it is. A capitalised word before a
    // remit read whole opens the name, as below.)
    if lower > 0, !listed, let p = remit, p > s {
      // (two verbal nouns "және" joins count as one: "пайдалану және қорғау")
      var r = p, reach = 3
      while r > s, p - r < reach, !Self.isKazakhVerbForm(st.toks[r - 1].folded),
        !Self.endsLikeKazakhAccusative(st.toks[r - 1].folded) || Self.isKazakhVerbalNoun(st.toks[r].folded)
      {
        r -= 1
        if st.toks[r].folded == "және", r > s, Self.isKazakhVerbalNoun(st.toks[r - 1].folded), Self.isKazakhVerbalNoun(st.toks[r + 1].folded) { reach += 2 }
      }
      if r > s || !capitalisedStart { return r < p ? (r, t) : nil }
      // (an adjective that opens the sentence opens the remit: "Трансшекаралық өзендерді …
      // жөніндегі … комиссиясы"; a role's word before it is the role's: "Министр трансшекаралық …")
      if st.owner[s - 1] == nil, isSentenceStart(st, s - 1), Morphology.isKazakhAdjective(st.toks[s - 1].folded) { return (s - 1, t) }
      if Self.role(of: st, at: s - 1) != nil { return (r, t) }
    }
    if lower > 0, !capitalisedStart { return nil }
    let lowerStart = s
    // ("Shaanxi Coal and Chemical Industry Group компаниясы": "and" or "of" between the Latin
    // words of a name, each bridged once the words after it are read)
    var bridged = 0
    repeat {
      while s > 0, t - s < 5 + lower + bridged, st.joins(s - 1, s) || listed && s == lowerStart && st.joins(s - 1, s, comma: true),
        st.sentenceOf(s - 1) == st.sentenceOf(t),
        // (a number between a quoted name's capitalised words is the name's: «Kinopark 7 Keruen»)
        st.toks[s - 1].capitalized || s >= 2 && st.isNumeral(s - 1) && insideQuotes(st, s - 1) && st.toks[s - 2].capitalized && st.joins(s - 2, s - 1),
        st.owner[s - 1] == nil || [.region, .city, .organization].contains(st.entityKind(at: s - 1)),
        // (a country in the genitive owns a company, "Қытайдың Ляньюньган порты холдингі", but
        // opens a state body's name, "Қазақстан Республикасының … министрлігі")
        !(st.owner[s - 1].map { st.subkind(of: st.spans[$0].key) == "country" } == true && RelationRules.kazakhGenitive.contains(where: { st.toks[s - 1].folded.hasByteSuffix($0) })
          && !st.cands[t].contains(where: { c in Lexicon.orgCues[c].map { ["Министрлігі", "Комитеті", "Агенттігі", "Департаменті", "Басқармасы", "Кеңесі", "Әкімшілігі"].contains($0) } ?? false })),
        !Lexicon.stopCapitalized.contains(st.toks[s - 1].folded), !isSentenceStartAndCommon(st, s - 1), Self.role(of: st, at: s - 1) == nil,
        // a place in the locative says where ("Шымкенттегі Қытай мәдениеті орталығы",
        // "Үрімжідегі Шыңжаң университеті")
        st.owner[s - 1] == nil || !Morphology.hasKazakhLocativeEnding(st.toks[s - 1].folded, attributive: true, longerThan: 4) || isOwnName(st, s - 1)
      { s -= 1 }
      guard lower == 0, bridged < 4, s >= 2, s < t, isLatinName(st, s), ["and", "of"].contains(st.toks[s - 1].folded), st.joins(s - 2, s - 1), st.joins(s - 1, s),
        isLatinName(st, s - 2), st.owner[s - 2] == nil || [.region, .city].contains(st.entityKind(at: s - 2)), st.sentenceOf(s - 2) == st.sentenceOf(t)
      else { break }
      s -= 2
      bridged += 2
    } while true
    // "Шэньси провинциясының Археология институты": a province or region named in the genitive
    // with its cue opens an institution's name (a company's quoted name stays its own: "Хэнань
    // провинциясының «Хэнань Жунтай» компаниясы")
    if lower == 0, s >= 2, s < t, st.sentenceOf(s - 1) == st.sentenceOf(t), Self.isKazakhInstitutionCue(st, t), !opensQuote(st, s),
      let r = kazakhGenitiveRegionStart(st, before: s)
    {
      s = r
    }
    // "Еуропа және Орталық Азия департаменті": two names joined by "және" before the cue
    // (not a person's name: "әкім Серік Шәпкенов және «Чайна Пауэр» компаниясы")
    if lower == 0, s >= 2, s < t, st.toks[s - 1].folded == "және", st.joins(s - 2, s - 1), st.joins(s - 1, s), st.toks[s - 2].capitalized,
      st.entityKind(at: s - 2) != .person, !opensQuote(st, s),
      st.sentenceOf(s - 2) == st.sentenceOf(t), !Morphology.hasKazakhCaseEnding(st.toks[s - 2].folded)
    {
      s = st.owner[s - 2].map { st.spans[$0].first } ?? s - 2
    }
    guard s < t, lower == 0 || s < lowerStart else { return nil }
    // ("Аудан орталығында": a district's, region's or town's centre is a place, no body)
    if s == t - 1, ["аудан", "облыс", "қала", "ауыл"].contains(st.toks[s].folded) { return nil }
    // one script: "Жобаны China National Building Material компаниясы" names the Latin run
    // (not over lower-case words: "«QazTrade» сауда саясатын дамыту орталығы" keeps its Latin name)
    let latinLast = isLatinName(st, t - 1)
    while lower == 0, s < t - 1, isLatinName(st, s) != latinLast { s += 1 }
    // a sentence's first word before a longer name is a common word more often than a name
    // (unless it is the only capitalised word before lower-case ones: "Ғылым және жоғары
    // білім министрлігі" opens its sentence)
    // The sentence's first word right before the lower-case words (or the cue) opens no name
    // when it is a body's own cue word ("Компания директорлар кеңесі", "Компания
    // басқармасының төрағасы"), an adjective ("Облыстық туризм басқармасы") or, before
    // lower-case words, a declined word ("Кездесуге облыстық денсаулық сақтау басқармасының")
    if s == (lower == 0 ? t - 1 : lowerStart - 1), isSentenceStart(st, s) {
      let cueWord = st.hasOrgCue(s)
      if cueWord && (lower > 0 || st.owner[s] == nil) { return nil }
      // (a university's or institute's name may open with an adjective: "Халықаралық
      // ақпараттық технологиялар университеті")
      let institution = lower >= 2 && st.cands[t].contains(where: { c in Lexicon.orgCues[c].map { ["Университеті", "Институты"].contains($0) } ?? false })
        // (and a ministry's: "Цифрлық даму … министрлігі", "Ұлттық экономика министрлігі")
        || lower >= 1 && st.cands[t].contains(where: { c in Lexicon.orgCues[c] == "Министрлігі" })
        // (and a state body's with "state" or "national": "Мемлекеттік кірістер комитеті",
        // where a local one's adjective is generic: "Облыстық туризм басқармасы")
        || lower >= 1 && ["мемлекеттік", "ұлттық"].contains(st.toks[s].folded)
          && st.cands[t].contains(where: { c in Lexicon.orgCues[c].map { ["Комитеті", "Агенттігі", "Кеңесі", "Банкі", "Қоры"].contains($0) } ?? false })
      // (a hyphenated word is declined in its last part: "Іс-шараны облыстық мәдениет
      // басқармасы", the event and the regional culture department)
      let hyphened = s + 2 < t && st.gap(s, s + 1).elementsEqual(["-"]) && !st.toks[s + 1].capitalized
      let tail = hyphened ? s + 1 : s
      if st.owner[s] == nil, Morphology.isKazakhAdjective(st.toks[s].folded) && !institution || (lower > 0 && Morphology.hasKazakhCaseEnding(st.toks[tail].folded)) { return nil }
      // (nor a word before a local body's generic adjective: "Жобаны облыстық денсаулық сақтау
      // басқармасы", the project and the regional health department)
      if st.owner[s] == nil, lower > 0, ["облыстық", "аудандық", "қалалық"].contains(st.toks[tail + 1].folded) { return nil }
    }
    // (but in Cyrillic text a Latin word is a name wherever it stands: "Weichai Lovol
    // компаниясының вице-президенті …")
    if s < t - 1, isSentenceStart(st, s), st.owner[s] == nil, !(lower > 0 && s == lowerStart - 1), !(latinLast && lower == 0) { s += 1 }
    if lower > 0, s >= lowerStart { return nil }
    // ("Өзбекстан «Орталық Азия» халықаралық … орталығы": a quoted name before the lower-case
    // words opens the body's name; what stands before its quote is not part of it)
    if lower > 0, st.gap(lowerStart - 1, lowerStart).contains(where: { $0 == "»" || $0 == "”" }),
      let q = (s..<lowerStart).last(where: { $0 > 0 && st.gap($0 - 1, $0).contains(where: { $0 == "«" || $0 == "“" }) }), q > s
    { s = q }
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
    // but a city or province names an institution ("Шыңжаң университеті"), and places quoted
    // together name a company («Іле Жібек Жолы» компаниясы), as one quoted town names a club
    // («Астана» клубы)
    let quotedPlaces = opensQuote(st, s) && closesQuote(st, t - 1)
      && (st.owner[s] != st.owner[t - 1] || st.cands[t].contains { Lexicon.orgCues[$0] == "Клубы" })
      && (s..<t).allSatisfy({ st.entityKind(at: $0) == .city || st.entityKind(at: $0) == .region })
    if !quotedPlaces, (s..<t).allSatisfy({ st.owner[$0] != nil }) {
      guard Self.isKazakhInstitutionCue(st, t), let o = st.owner[s], st.spans[o].first == s, st.spans[o].last == t - 1,
        st.entityKind(at: s) == .city || (st.entityKind(at: s) == .region && st.subkind(of: st.spans[o].key) != "country"),
        !Morphology.hasKazakhCaseEnding(st.toks[t - 1].folded)
      else { return nil }
    }
    // "Қожа Ахмет Ясауи атындағы …": the person the body is named after is part of its name
    if let p = honoreeNameStart(st, before: s, t) { s = p }
    // (a Cyrillic acronym is a name the cue does not belong to: "ССГПО кәсіпорны")
    let latin = (s..<t).allSatisfy { isLatinName(st, $0) || bridged > 0 && ["and", "of"].contains(st.toks[$0].folded) }
      || s == t - 1 && st.owner[s] == nil && st.doc.scalars[st.toks[s].start..<st.toks[s].end].count >= 2
        && st.doc.scalars[st.toks[s].start..<st.toks[s].end].allSatisfy { $0.properties.isUppercase }
    return (s, latin ? t - 1 : t)
  }

  /// The first token of the honoree's name (up to four capitalised words, in the sentence of
  /// the cue at `t`) before "атындағы" at `s - 1`, the name of the person a Kazakh body is
  /// named after, or nil when "атындағы" and a capitalised word do not stand there. O(1).
  func honoreeNameStart(_ st: State, before s: Int, _ t: Int) -> Int? {
    guard s >= 2, st.toks[s - 1].folded == "атындағы", st.joins(s - 1, s), st.toks[s - 2].capitalized, st.joins(s - 2, s - 1) else { return nil }
    var p = s - 2
    while p > 0, s - p < 5, st.toks[p - 1].capitalized, st.joins(p - 1, p), st.sentenceOf(p - 1) == st.sentenceOf(t), !isSentenceStartAndCommon(st, p - 1),
      !Morphology.hasKazakhCaseEnding(st.toks[p - 1].folded)
    { p -= 1 }
    return p
  }

  /// A capitalised word in Latin letters (or a Latin acronym with digits: "CNPC", "PowerChina").
  func isLatinName(_ st: State, _ t: Int) -> Bool {
    guard st.toks[t].capitalized, let c = st.doc.scalars[st.toks[t].start...].first else { return false }
    return c.value < 0x250
  }

  /// Whether token `t` opens its sentence: the sentence's first character, or the first word
  /// after a dash or bullet that opens a line of dialogue or a list ("— Компания … говорит").
  /// O(1).
  func isSentenceStart(_ st: State, _ t: Int) -> Bool {
    let s = st.sentenceOf(t)
    guard s >= 0 else { return false }
    let start = st.doc.sentences[s].start, first = st.toks[t].start
    return start == first || first - start <= 3 && first > start && (start..<first).allSatisfy { "—–-•· ".unicodeScalars.contains(st.doc.scalars[$0]) }
  }

  /// Whether, within the three words before token `t`, a headline's verb in the third person
  /// ("Boosts", "Expands", "Cuts") follows a place the text read ("China Boosts Solar Power"),
  /// no company's word ("China Resources Power"). O(1).
  func headlineVerbBefore(_ st: State, _ t: Int) -> Bool {
    var v = t - 1
    while v >= 1, t - v <= 3, st.toks[v].capitalized, st.joins(v, v + 1), st.sentenceOf(v) == st.sentenceOf(t) {
      let w = st.toks[v].folded
      if st.owner[v] == nil, w.unicodeScalars.count >= 4, w.hasByteSuffix("s"), !w.hasByteSuffix("ss"), !w.hasByteSuffix("us"), !w.hasByteSuffix("is"),
        Lexicon.orgCues[w] == nil, !Lexicon.industryWords.contains(w), !Lexicon.subsidiaryWords.contains(w), !Morphology.isCyrillic(w),
        st.joins(v - 1, v), [.city, .region].contains(st.entityKind(at: v - 1))
      { return true }
      v -= 1
    }
    return false
  }

  /// What a supply is of, in English ("Water Supply", "Power Supply"): such words alone
  /// before "Supply" name no company.
  static let suppliedGoods: Set<String> = [
    "water", "power", "electricity", "electric", "electrical", "energy", "gas", "heat", "heating", "fuel", "oil", "food", "grain", "medical", "chain",
  ]

  func isSentenceStartAndCommon(_ st: State, _ t: Int) -> Bool {
    isSentenceStart(st, t) && Lexicon.stopCapitalized.contains(st.toks[t].folded)
  }

  /// Whether a closing quote (» ”, and " unless `straight` is false) stands right after token `t`.
  func closesQuote(_ st: State, _ t: Int, straight: Bool = true) -> Bool {
    guard st.toks[t].end < st.doc.scalars.count else { return false }
    let c = st.doc.scalars[st.toks[t].end]
    return c == "»" || c == "”" || (straight && c == "\"")
  }

  /// Whether a guillemet or curly quote opens right before token `t` (the text's first token
  /// too, which has no gap before it).
  func opensQuote(_ st: State, _ t: Int) -> Bool {
    st.toks[t].start > 0 && "«“".unicodeScalars.contains(st.doc.scalars[st.toks[t].start - 1])
  }

  /// The last token of a quoted name whose first word is `first`: the words after it still
  /// inside the quotes (at most `limit` more, in one sentence); nil unless the quote closes
  /// right after them. O(limit × sentence length).
  func quotedNameEnd(_ st: State, from first: Int, limit: Int, straight: Bool = true) -> Int? {
    var e = first
    // (a quote between two words ends the name: «… "Жайык Агро" обеспечит …»)
    while e + 1 < st.toks.count, e - first < limit, insideQuotes(st, e + 1), st.joins(e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(first),
      !st.gap(e, e + 1).contains(where: { Self.isOpeningQuote($0) || $0 == "»" || $0 == "”" })
    { e += 1 }
    return closesQuote(st, e, straight: straight) ? e : nil
  }

  /// Whether tokens a...b hold no mention but places' (a quoted or longer name may contain a
  /// place: «Синьцзян Чжунтай»).
  func readOnlyAsPlaces(_ st: State, _ a: Int, _ b: Int) -> Bool {
    !(a...b).contains { st.owner[$0] != nil && st.entityKind(at: $0) != .city && st.entityKind(at: $0) != .region }
  }

  /// A label that starts at token `a` with the guillemet that opens the name before it
  /// ("«Орталық Азия» … орталығы").
  func keepingOpeningQuote(_ st: State, _ a: Int, _ label: String) -> String {
    // (the scalar right before the token: the name may open the text, «Майқапшағай» өткізу бекеті)
    let s = st.toks[a].start
    return s > 0 && (st.doc.scalars[s - 1] == "«" || st.doc.scalars[s - 1] == "“") ? "«" + label : label
  }

  /// The last token of a Latin name that starts at `first`: at most `limit` more free,
  /// capitalised Latin name words (``latinNameWord(_:_:)``) in one sentence, joined by spaces
  /// or hyphens, and with `ampersand` by "&" too (``joinsLatin(_:_:_:)``). O(limit).
  func latinNameEnd(_ st: State, from first: Int, limit: Int, ampersand: Bool) -> Int {
    var e = first
    // (a word a hyphen joins belongs to the name, common as it may be: "Shangri-La")
    while e + 1 < st.toks.count, e - first < limit, st.sentenceOf(e + 1) == st.sentenceOf(first) {
      if ampersand ? joinsLatin(st, e, e + 1) : st.joins(e, e + 1), st.owner[e + 1] == nil, isLatinName(st, e + 1),
        latinNameWord(st, e + 1) || st.gap(e, e + 1).elementsEqual(["-"])
      {
        e += 1
      } else if st.gap(e, e + 1).elementsEqual(["-"]), Lexicon.placePrefixes.contains(st.toks[e].folded), let o = st.owner[e + 1], st.spans[o].first == e + 1,
        st.spans[o].last == e + 1, isPlace(st, e + 1)
      {
        e += 1  // ("Trans-Eurasia Rail": a prefixed place is part of the name)
      } else if e + 2 < st.toks.count, ["de", "von", "van", "da"].contains(st.toks[e + 1].folded), !st.toks[e + 1].capitalized, st.joins(e, e + 1),
        st.joins(e + 1, e + 2), st.owner[e + 2] == nil, isLatinName(st, e + 2), latinNameWord(st, e + 2), st.sentenceOf(e + 2) == st.sentenceOf(first)
      {
        e += 2  // ("Rizzani de Eccher": a family name's particle)
      } else {
        break
      }
    }
    return e
  }

  /// Whether tokens a...b are all lower-case words that no rule has read and no quotation holds:
  /// common words, which after a sentence's capitalised first word name nothing ("Компания
  /// пришла", "Центр управления полётами"). O(b − a).
  func onlyFreeLowerCase(_ st: State, _ a: Int, _ b: Int) -> Bool {
    (a...b).allSatisfy { !st.toks[$0].capitalized && st.owner[$0] == nil && !insideQuotes(st, $0) }
  }

  func insideQuotes(_ st: State, _ k: Int) -> Bool {
    // an opening quote before k in the same sentence that is not yet closed
    let s = st.sentenceOf(k)
    guard s >= 0 else { return false }
    // (straight quotes nest inside guillemets: «… комплекс "Жайык Агро" …»)
    var open = false, straight = false
    var i = st.doc.sentences[s].start
    while i < st.toks[k].start {
      let c = st.doc.scalars[i]
      if c == "«" || c == "“" || c == "„" { open = true } else if c == "»" || c == "”" { open = false } else if c == "\"" { straight.toggle() }
      i += 1
    }
    return open || straight
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
        // (a capitalised part after a hyphen keeps its capital: "Южно-Казахстанский")
        let keepCapital = k == a || (st.gap(k - 1, k).elementsEqual(["-"]) && st.toks[k].capitalized && k == a + 1)
        adjectives += keepCapital ? Morphology.nominativeAdjective(st.original(k), agreeingWith: head) : Morphology.nominativeAdjective(st.original(k), agreeingWith: head).lowercased()
      }
      // (and a hyphen before the cue: "Казахстанско-китайский бизнес-совет")
      let join = st.gap(cue - 1, cue).elementsEqual(["-"]) ? "-" : " "
      text = adjectives + join + head.lowercased() + String(st.doc.slice(st.toks[cue].end, st.toks[b].end))
    }
    return closingQuotes(st, text, after: b)
  }

  /// `text`, a label that ends with token `b`, with the quotes it opened and the text closes
  /// right after `b` closed too (a straight one nested in guillemets: «… "Бир Дуйно"»; an
  /// inner guillemet: ОАО «Международный аэропорт «Манас»). O(label).
  func closingQuotes(_ st: State, _ text: String, after b: Int) -> String {
    var text = text
    var i = st.toks[b].end
    while i < st.doc.scalars.count, i - st.toks[b].end < 2 {
      let c = st.doc.scalars[i], scalars = text.unicodeScalars
      let openGuillemet = scalars.count(where: { $0 == "«" || $0 == "“" }) > scalars.count(where: { $0 == "»" || $0 == "”" })
      let openStraight = scalars.count(where: { $0 == "\"" }) % 2 == 1
      guard (c == "»" || c == "”") && openGuillemet || c == "\"" && openStraight else { break }
      text.unicodeScalars.append(c)
      i += 1
    }
    return text
  }

  func orgID(_ st: State, _ a: Int, _ b: Int, label: String, stemsOf words: String? = nil) -> String {
    // stem-level id so inflected mentions meet: key on stems of the tokens (or of the given
    // nominative words)
    // (a country's abbreviation stands for its words: "ҚР … министрлігі" is "Қазақстан
    // Республикасы … министрлігі")
    let folded = (words.map { w in Segmenter.words(in: Array(w.unicodeScalars)).map(\.folded) } ?? (a...b).map { st.toks[$0].folded })
      .flatMap { Lexicon.countryAbbreviations[$0] ?? [$0] }
    let stems = folded.map { Morphology.stem($0) }.filter { $0.count > 1 }
    let slug = Transliteration.slug(stems.joined(separator: " "))
    // a shorter mention whose stems are a subset of an earlier org of this doc is the same org
    // (one whose mentions a longer name has all taken back is no longer the text's: "Shaanxi
    // Coal" inside "Shaanxi Coal and Chemical Industry Group")
    // (a Kazakh cue's possessive meets its bare form: "Шәкәрім университеті" … "Шәкәрім
    // атындағы университет"; the parts compare without a last "i"/"y")
    func parts(_ s: String) -> Set<String> {
      Set(s.split(separator: "-").map { p in p.count >= 6 && (p.hasSuffix("i") || p.hasSuffix("y")) ? String(p.dropLast()) : String(p) })
    }
    let mine = parts(slug)
    for id in st.order where st.entities[id]?.kind == .organization && !st.entities[id]!.catalogued && !st.entities[id]!.mentions.isEmpty {
      let other = parts(id)
      // (a longer name meets a shorter one unless its extra words qualify it with a Kazakh
      // adjective: "Шыңжаң педагогикалық университеті" is not "Шыңжаң университеті"; the slug
      // parts are romanised, -лық/-лік/-дық/-тық → -lyk/-lik/-dyk/-tyk …)
      // (only in Kazakh text: "Республики" romanised ends in "-lik" too)
      let qualified = st.doc.language == "kk" && mine.subtracting(other).contains { p in p.count >= 6 && ["lyk", "lik", "dyk", "dik", "tyk", "tik"].contains { p.hasByteSuffix($0) } }
      if mine.count >= 2, mine.isSubset(of: other) || (other.count >= 2 && other.isSubset(of: mine) && !qualified) { return id }
    }
    // "Banca centrale uzbeka" … "Banca centrale dell'Uzbekistan": the same words, the country
    // once by its adjective and once by its name
    if words == nil, let key = countryBodyKey(st, a, b) {
      for id in st.order {
        guard let e = st.entities[id], e.kind == .organization, !e.catalogued, let m = e.mentions.first,
          let f = st.tokenIndex(startingAt: m.start), let l = st.tokenIndex(endingAt: m.end), countryBodyKey(st, f, l) == key
        else { continue }
        return id
      }
    }
    return slug
  }

  /// A body's words at a...b as stems, function words left out, and a country (named or by its
  /// adjective) as its id; nil when no country is among them.
  func countryBodyKey(_ st: State, _ a: Int, _ b: Int) -> [String]? {
    guard a <= b, b - a <= 8 else { return nil }
    var key: [String] = []
    var country = false
    var k = a
    while k <= b {
      if let o = st.owner[k], st.spans[o].first == k, st.subkind(of: st.spans[o].key) == "country" {
        key.append(st.spans[o].key)
        country = true
        k = st.spans[o].last + 1
        continue
      }
      let w = st.toks[k].folded
      if let e = adjectiveEntity(w), e.subkind == "country" {
        key.append(e.id)
        country = true
      } else if !Lexicon.bodyFunctionWords.contains(w) {
        key.append(Morphology.stem(w))
      }
      k += 1
    }
    return country && key.count >= 2 ? key.sorted() : nil
  }
}

extension Extractor {
  /// «Full Gold Mining» … «Фулл Голд Майнинг»: a company the text names in Latin and in
  /// Cyrillic is one node, kept under its Latin name. Both must be discovered (the catalogue
  /// links its own spellings), of one or more words with the same consonants word by word
  /// (``Transliteration/consonantSkeleton(_:)``), one word of at least four consonants; a
  /// Cyrillic word that reads as Palladius is compared by its Pinyin too («Синьи Гласс» …
  /// Xinyi Glass). A company the text names in Latin, catalogued or not, also takes a
  /// discovered Cyrillic name whose whole Palladius reading (five letters or more) spells it,
  /// its legal form or "Group" left out («Юйтун» … Yutong, «Хунхуа» … Honghua Group), and
  /// one with a catalogued company's consonants, five or more («Пауэрчайна» … PowerChina).
  /// O(organisations + spans × pairs found).
  func crossScriptCompanies(_ st: State) {
    var latin: [String: String] = [:]  // skeleton → id
    var byLetters: [String: String] = [:]  // a company's Latin letters → its id
    var cataloguedSkeletons: [String: String] = [:]  // a catalogued company's skeleton → its id
    func trailingCompanyWord(_ w: String) -> Bool { Lexicon.companyWordsEN.contains(w) || w == "group" || w == "holding" || w == "holdings" }
    var cyrillic: [(id: String, keys: [String], pinyin: String?)] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization, !e.mentions.isEmpty else { continue }
      let words = Segmenter.words(in: Array(e.label.unicodeScalars))
      guard !words.isEmpty, words.allSatisfy({ $0.folded.unicodeScalars.first.map(Normalizer.isAlphabetic) == true }) else { continue }
      let cyr = words.allSatisfy { Morphology.isCyrillic($0.folded) }
      let isLatin = !cyr && words.allSatisfy { $0.folded.unicodeScalars.allSatisfy { $0.value < 0x250 } }
      // («Юйтун» (Yutong), «Хунхуа» (Honghua Group): a company named in Latin takes a Cyrillic
      // spelling that, read as Palladius, gives its letters exactly, its legal form or "Group"
      // left out)
      if isLatin {
        let letters = words.map(\.folded)
        for w in [letters.joined()] + (letters.count > 1 && trailingCompanyWord(letters.last!) ? [letters.dropLast().joined()] : []) where byLetters[w] == nil {
          byLetters[w] = id
        }
      }
      if e.catalogued {
        // («Пауэрчайна» (PowerChina): and one whose consonants are the Latin name's)
        if isLatin, case let key = Transliteration.consonantSkeleton(words.map(\.folded).joined(separator: " ")), key.utf8.count >= (words.count == 1 ? 5 : 6),
          cataloguedSkeletons[key] == nil
        { cataloguedSkeletons[key] = id }
        continue
      }
      guard cyr || isLatin else { continue }
      let readings = cyr ? words.map { Transliteration.pinyin(fromPalladius: $0.folded) } : []
      // (the whole Palladius reading, when every word has one of five letters or more together)
      let pinyin = cyr && readings.allSatisfy({ $0 != nil }) ? readings.map { $0! }.joined() : nil
      let spelled = pinyin.flatMap { $0.utf8.count >= 5 ? $0 : nil }
      let key = Transliteration.consonantSkeleton(words.map(\.folded).joined(separator: " "))
      guard key.utf8.count >= (words.count == 1 ? 4 : 5) else {
        if let spelled { cyrillic.append((id, [], spelled)) }
        continue
      }
      if cyr {
        // «Синьи Гласс» … Xinyi Glass: a Chinese word in Palladius is written in Pinyin in Latin
        let viaPinyin = Transliteration.consonantSkeleton(zip(readings, words).map { $0 ?? $1.folded }.joined(separator: " "))
        cyrillic.append((id, viaPinyin == key ? [key] : [key, viaPinyin], spelled))
      } else if latin[key] == nil {
        latin[key] = id
      }
    }
    for (id, keys, pinyin) in cyrillic {
      if let target = keys.lazy.compactMap({ latin[$0] }).first {
        moveMentions(st, of: id, to: target)
      } else if let pinyin, let target = byLetters[pinyin], target != id {
        moveMentions(st, of: id, to: target)
      } else if let key = keys.first, let target = cataloguedSkeletons[key] {
        moveMentions(st, of: id, to: target)
      }
    }
  }

  /// "l'ospedale pediatrico nazionale di Bishkek", "il policlinico di Tokmok", "lo zoo di
  /// Almaty", "il combinato minerario di Almalyk": an Italian hospital, zoo or combine named by
  /// its lower-case noun, up to two adjectives (a combine needs one),
  /// then "di" or "a" and a catalogued town, is that town's body (an organisation, labelled
  /// as first written).
  /// O(tokens).
  func italianTownBodies(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 0
    while t + 2 < n {
      defer { t += 1 }
      // ("un ospedale a Nookat": one of a kind, no body's name)
      guard !st.toks[t].capitalized, Lexicon.italianTownBodyNouns.contains(st.toks[t].folded), st.owner[t] == nil,
        !(t > 0 && ["un", "uno", "una"].contains(st.toks[t - 1].folded))
      else { continue }
      var k = t + 1
      while k < n, k - t <= 2, st.owner[k] == nil, !st.toks[k].capitalized, Self.isItalianAdjective(st.toks[k].folded),
        st.gap(k - 1, k).elementsEqual([" "])
      { k += 1 }
      guard k + 1 < n, ["di", "a"].contains(st.toks[k].folded), st.gap(k - 1, k).elementsEqual([" "]), st.joins(k, k + 1), st.sentenceOf(k + 1) == st.sentenceOf(t),
        st.entityKind(at: k + 1) == .city, let o = st.owner[k + 1], st.spans[o].first == k + 1, st.entities[st.spans[o].key]?.catalogued == true,
        st.toks[t].folded != "combinato" || k > t + 1 && !(t > 0 && st.toks[t - 1].folded == "ciclo")
      else { continue }
      let last = st.spans[o].last
      let label = st.text(t, last)
      // (keyed by the noun, its first adjective and the town: "ospedale pediatrico di
      // Bishkek" in a headline is the body's "ospedale pediatrico nazionale di Bishkek")
      let id = Transliteration.slug(st.toks[t].folded + (k > t + 1 ? " " + st.toks[t + 1].folded : "") + " " + st.spans[o].key)
      st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
      st.addSpan(t, last, id: id)
      t = last
    }
  }

  /// Token `end`, the last of an Italian place's name, or the lower-case compass adjective
  /// joined after it, which Italian writes after the name ("del Mare Adriatico orientale",
  /// "del Kazakistan occidentale"). O(1).
  func italianCompassEnd(_ st: State, _ end: Int) -> Int {
    end + 1 < st.toks.count && st.joins(end, end + 1) && Lexicon.italianCompassAdjectives.contains(st.toks[end + 1].folded) ? end + 1 : end
  }

  /// "Regione Lombardia", "il Comune di Milano": in Italian, the capitalised noun of a local
  /// government before its catalogued region or town (after "di" for a town) names the
  /// administration, an organisation of that place (the lower-case "la regione Lombardia" is
  /// the place; "Provincia di Bergamo" is left to the place rules, a province being both).
  /// O(tokens).
  func italianLocalGovernments(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      let f = st.toks[t].folded
      guard st.toks[t].capitalized, st.owner[t] == nil, f == "regione" || f == "comune" else { continue }
      var k = t + 1
      // ("Regione autonoma Valle d'Aosta")
      if k < n, st.toks[k].folded == "autonoma", st.joins(t, k) { k += 1 }
      if k < n, st.toks[k].folded == "di", f != "regione" || k > t + 1, st.joins(k - 1, k) { k += 1 }
      // (a town's council comes after "di": "Comune di Milano"; a region's name straight after)
      guard k < n, k > t + 1 || f == "regione", st.joins(k - 1, k), st.sentenceOf(k) == st.sentenceOf(t), let o = st.owner[k], st.spans[o].first == k,
        let place = st.entities[st.spans[o].key], place.catalogued,
        f == "comune" ? place.kind == .city : place.kind == .region && place.subkind != "country"
      else { continue }
      let last = st.spans[o].last
      release(st, k, last)
      addGovernmentBody(st, label: st.text(t, last), parent: place.id, t, last)
      t = last
    }
  }

  /// "l'Istituto di ricerca sulla selezione e sulle sementi del cotone di Tashkent": an
  /// Italian body's capitalised cue, then what it is for as prepositional phrases (a
  /// preposition, maybe an article, a noun, its adjectives; phrases joined by "e" or by
  /// another preposition), closed by "di" and a catalogued place, or three such phrases
  /// within a sentence without the place. Read only where the
  /// shorter rules left the cue free; a phrase must open with a preposition, so a verb after
  /// the cue ("il Centro presenta …") never starts one. O(tokens × 14).
  func italianLongBodies(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    let prepositions = Lexicon.italianBodyPrepositions, articles = Lexicon.italianDefiniteArticles
    // the body's tokens a...b become one organisation, taking in what other rules read inside
    func addBody(_ a: Int, _ b: Int) {
      let label = st.text(a, b)
      let id = orgID(st, a, b, label: label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
      absorb(st, a, b)
      st.addSpan(a, b, id: id)
    }
    var t = 0
    while t + 4 < n {
      defer { t += 1 }
      guard st.toks[t].capitalized, st.owner[t] == nil, Lexicon.orgCues[st.toks[t].folded] != nil, !st.inTitle(t) else { continue }
      let sentence = st.sentenceOf(t)
      var k = t + 1
      // ("Centro studi di politica internazionale": a noun right after the cue makes one
      // compound with it)
      if k + 1 < n, st.owner[k] == nil, !st.toks[k].capitalized, st.joins(t, k), Self.isItalianNoun(st.toks[k].folded), !prepositions.contains(st.toks[k].folded),
        !articles.contains(st.toks[k].folded), prepositions.contains(st.toks[k + 1].folded), st.joins(k, k + 1)
      { k += 1 }
      // ("Ospedale pediatrico dell'amicizia …": adjectives may follow the cue)
      while k + 1 < n, k - t <= 3, st.owner[k] == nil, !st.toks[k].capitalized, st.joins(k - 1, k), Self.isItalianAdjective(st.toks[k].folded) { k += 1 }
      if k > t + 1, !isSentenceStart(st, t), let e = adjectivalBodyEnd(st, cue: t, after: k) {
        addBody(t, e)
        t = e
        continue
      }
      var phrases = 0
      var end: Int?
      // (closed by two dash-joined places or by a country's adjective, one phrase is enough;
      // so it is after a country's adjective right after the cue: "l'Accademia cinese del
      // patrimonio culturale", "l'Istituto italiano di cultura")
      var closedByPlace = false
      let countryAfterCue = k > t + 1 && adjectiveEntity(st.toks[k - 1].folded, maxTail: 4)?.subkind == "country"
      var phraseEnd = k - 1  // (the last token of the last whole phrase: not an "e" read after it)
      while k + 1 < n, k - t <= 14, st.sentenceOf(k) == sentence, st.owner[k] == nil {
        var w = st.toks[k].folded
        if phrases > 0, w == "e" || w == "ed" {
          k += 1
          w = st.toks[k].folded
          guard st.owner[k] == nil else { break }
        }
        guard prepositions.contains(w), st.joins(k - 1, k) else { break }
        // the place that closes the name
        if phrases > 0, Lexicon.italianOf.contains(w), st.joins(k, k + 1), st.entityKind(at: k + 1) == .city || st.entityKind(at: k + 1) == .region,
          let o = st.owner[k + 1], st.spans[o].first == k + 1
        {
          end = st.spans[o].last
          break
        }
        var j = k + 1
        if j < n, articles.contains(st.toks[j].folded), st.joins(j - 1, j) { j += 1 }
        guard j < n, st.owner[j] == nil, !st.toks[j].capitalized, st.joins(j - 1, j), st.sentenceOf(j) == sentence, Self.isItalianNoun(st.toks[j].folded),
          !prepositions.contains(st.toks[j].folded), !articles.contains(st.toks[j].folded)
        else { break }
        let j0 = j  // (the phrase's noun)
        j += 1
        while j < n, st.owner[j] == nil, !st.toks[j].capitalized, st.joins(j - 1, j), Self.isItalianAdjective(st.toks[j].folded) { j += 1 }
        // ("di storia, archeologia ed etnografia": nouns listed with commas, the last after "e";
        // or two joined by "e" alone: "di ricerca e conservazione del panda gigante")
        var l = j
        while l + 1 < n, st.gap(l - 1, l).elementsEqual([",", " "]), st.owner[l] == nil, !st.toks[l].capitalized, Self.isItalianNoun(st.toks[l].folded),
          !prepositions.contains(st.toks[l].folded), !articles.contains(st.toks[l].folded), st.sentenceOf(l) == sentence
        { l += 1 }
        if l + 1 < n, ["e", "ed"].contains(st.toks[l].folded), st.joins(l - 1, l), st.joins(l, l + 1), st.owner[l + 1] == nil, !st.toks[l + 1].capitalized,
          Self.isItalianNoun(st.toks[l + 1].folded), !prepositions.contains(st.toks[l + 1].folded), !articles.contains(st.toks[l + 1].folded)
        { j = l + 2 }
        phrases += 1
        k = j
        phraseEnd = j - 1
        // ("… della medicina tradizionale cinese e …", "… musicale kazaka": a country's
        // adjective closes the name, whether or not it reads as an Italian adjective)
        if let c = [k - 1, k].first(where: { $0 < n && $0 > j0 && !st.toks[$0].capitalized && st.joins($0 - 1, $0) && adjectiveEntity(st.toks[$0].folded, maxTail: 4)?.subkind == "country" }) {
          end = c
          closedByPlace = true
          break
        }
        // ("… dell'amicizia Tagikistan-Cina": two places joined by a dash close the name)
        if k + 1 < n, st.joins(k - 1, k), let o = st.owner[k], st.spans[o].first == k, isPlace(st, k), case let l = st.spans[o].last, l + 1 < n,
          Self.dashJoined(st, l, l + 1), let o2 = st.owner[l + 1], st.spans[o2].first == l + 1, isPlace(st, l + 1)
        {
          end = st.spans[o2].last
          closedByPlace = true
          break
        }
      }
      if end == nil, phrases >= 1, countryAfterCue {
        end = phraseEnd
        closedByPlace = true
      }
      // ("… ed etnografia Ahmadi Donish": the name the body bears closes it)
      if end == nil, phrases >= 1, !isSentenceStart(st, t), let e = honoreeEnd(st, at: phraseEnd + 1, sentence: sentence) {
        end = e
        closedByPlace = true
      }
      // ("Teatro dell'opera e del balletto Ayni": a town's one-word name with no "di" before it
      // is the honoree's, whom the town is named after too)
      if end == nil, phrases >= 1, !isSentenceStart(st, t), case let h = phraseEnd + 1, h < n, st.gap(h - 1, h).elementsEqual([" "]), st.sentenceOf(h) == sentence,
        isOneWordMention(st, h, of: .city, .city), !(h + 1 < n && st.joins(h, h + 1) && st.toks[h + 1].capitalized)
      {
        release(st, h, h)
        end = h
        closedByPlace = true
      }
      // ("l'Istituto di fisica del plasma dell'Accademia cinese delle scienze": the body it
      // belongs to, after "di", closes the name)
      if end == nil, phrases >= 1, !isSentenceStart(st, t), k + 1 < n, phraseEnd == k - 1, Lexicon.italianOf.contains(st.toks[k].folded), st.joins(k, k + 1),
        st.entityKind(at: k + 1) == .organization, let o = st.owner[k + 1], st.spans[o].first == k + 1
      {
        end = phraseEnd
        closedByPlace = true
      }
      // without a place, three phrases inside a sentence are a name too: Italian capitalises a
      // body's first word only, so a capitalised cue within a sentence names one ("un Centro di
      // cooperazione per la riduzione della povertà con sede a …")
      if end == nil, phrases >= 3, !isSentenceStart(st, t) {
        end = phraseEnd
      }
      // (or an acronym in brackets after them closes the name: "Centro studi di politica
      // internazionale (CeSPI)")
      if end == nil, phrases >= 1, k < n, !isSentenceStart(st, t), st.gap(k - 1, k).elementsEqual([" ", "("]), st.toks[k].capitalized,
        st.toks[k].end < st.doc.scalars.count, st.doc.scalars[st.toks[k].end] == ")", (2...8).contains(st.toks[k].end - st.toks[k].start)
      {
        end = k - 1
      }
      guard let e = end, phrases >= 2 || closedByPlace || phrases >= 1 && k == e + 1 && st.gap(e, k).elementsEqual([" ", "("]) else { continue }
      addBody(t, e)
      t = e
    }
  }

  /// The last token of a name of one or two capitalised words at `k` that no rule has read,
  /// set off by a space and followed by no further capitalised word: the name a body bears
  /// after what it is for ("… di storia, archeologia ed etnografia Ahmadi Donish"); nil
  /// otherwise. O(1).
  func honoreeEnd(_ st: State, at k: Int, sentence: Int) -> Int? {
    let n = st.toks.count
    func nameWord(_ i: Int) -> Bool { i < n && bodyNameWord(st, i, sentence: sentence) }
    guard k > 0, nameWord(k) else { return nil }
    let e = nameWord(k + 1) ? k + 1 : k
    guard !(e + 1 < n && st.joins(e, e + 1) && st.toks[e + 1].capitalized) else { return nil }
    return e
  }

  /// A word at `i` (after the first token) that can open the name a body bears after its
  /// description: capitalised, read by no rule, set off by one space, in sentence `sentence`,
  /// and no stop word, body cue or role ("… astrofisico Fesenkov", "… etnografia Ahmadi"). O(1).
  func bodyNameWord(_ st: State, _ i: Int, sentence: Int) -> Bool {
    st.owner[i] == nil && st.isCapName(i) && st.gap(i - 1, i).elementsEqual([" "]) && st.sentenceOf(i) == sentence
      && !Lexicon.stopCapitalized.contains(st.toks[i].folded) && Lexicon.orgCues[st.toks[i].folded] == nil && Self.role(of: st, at: i) == nil
  }

  /// The last token of an Italian body named by its cue and adjectives alone (the tokens
  /// from `cue + 1` to `k - 1` are lower-case adjectives), or nil: the adjectives close with
  /// a place's adjective ("l'Agenzia spaziale europea", "… musicale kazaka", whether or not
  /// that reads as an Italian adjective), or a name of one or two capitalised words that no
  /// rule has read follows them ("l'Istituto astrofisico Fesenkov"). O(1).
  func adjectivalBodyEnd(_ st: State, cue t: Int, after k: Int) -> Int? {
    let n = st.toks.count
    // (what the body is for may follow as a prepositional phrase: that is the longer rule's)
    let phraseAfter = { (i: Int) in i + 1 < n && st.joins(i, i + 1) && Lexicon.italianBodyPrepositions.contains(st.toks[i + 1].folded) }
    if k < n, !st.toks[k].capitalized, st.owner[k] == nil, st.joins(k - 1, k), adjectiveEntity(st.toks[k].folded, maxTail: 4)?.kind == .region {
      return phraseAfter(k) ? nil : k
    }
    // (the adjective loop read the place's adjective already: "spaziale europea")
    if adjectiveEntity(st.toks[k - 1].folded, maxTail: 4)?.kind == .region { return phraseAfter(k - 1) ? nil : k - 1 }
    guard k < n, st.joins(k - 1, k), bodyNameWord(st, k, sentence: st.sentenceOf(t)) else { return nil }
    if k + 1 < n, st.owner[k + 1] == nil, st.isCapName(k + 1), st.gap(k, k + 1).elementsEqual([" "]), !Lexicon.stopCapitalized.contains(st.toks[k + 1].folded) { return k + 1 }
    return k
  }

  /// "l'Assemblea dei rappresentanti", "la Camera dei deputati", "il Gabinetto dei ministri":
  /// in Italian a capitalised body's noun, "dei"/"degli"/"delle" and the lower-case plural of
  /// its members name a chamber or council; and "la camera di commercio di Tashkent", in lower
  /// case, a town's chamber of commerce ("… italo-uzbeka", two countries'). O(tokens).
  func italianChamberBodies(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    // "la camera di commercio (e industria) di Tashkent": a town's chamber of commerce, in lower
    // case, is a body named by its town
    for t in 0..<max(0, n - 3) where st.owner[t] == nil && st.toks[t].folded == "camera" && st.toks[t + 1].folded == "di" && st.toks[t + 2].folded == "commercio" {
      var k = t + 3
      if k + 1 < n, st.toks[k].folded == "e", ["industria", "artigianato"].contains(st.toks[k + 1].folded) { k += 2 }
      // ("la camera di commercio italo-uzbeka": or the two countries' compound adjective)
      if k + 1 < n, (t..<k).allSatisfy({ st.owner[$0] == nil && st.joins($0, $0 + 1) }), st.gap(k, k + 1).elementsEqual(["-"]),
        [k, k + 1].allSatisfy({ !st.toks[$0].capitalized && adjectiveEntity(st.toks[$0].folded, maxTail: 4)?.subkind == "country" })
      {
        let label = "Camera di commercio" + st.doc.slice(st.toks[t + 2].end, st.toks[k + 1].end)
        let id = orgID(st, t, k + 1, label: label)
        st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
        takeOver(st, t, k + 1)
        st.addSpan(t, k + 1, id: id)
        continue
      }
      guard k + 1 < n, Lexicon.italianOf.contains(st.toks[k].folded), (t..<k + 1).allSatisfy({ st.owner[$0] == nil && st.joins($0, $0 + 1) }),
        let o = st.owner[k + 1], st.spans[o].first == k + 1, [.city, .region].contains(st.entityKind(at: k + 1))
      else { continue }
      let last = st.spans[o].last
      let label = "Camera di commercio" + st.doc.slice(st.toks[t + 2].end, st.toks[last].end)
      let id = orgID(st, t, last, label: label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
      takeOver(st, t, last)
      st.addSpan(t, last, id: id)
    }
    for t in 0..<max(0, n - 2) where st.owner[t] == nil && st.toks[t].capitalized && !isSentenceStart(st, t) {
      let members = st.toks[t + 2].folded
      guard Lexicon.chamberNounsIT.contains(st.toks[t].folded), ["dei", "degli", "delle"].contains(st.toks[t + 1].folded), st.owner[t + 1] == nil, st.owner[t + 2] == nil,
        !st.toks[t + 2].capitalized, st.joins(t, t + 1), st.joins(t + 1, t + 2), members.unicodeScalars.count >= 5,
        members.hasByteSuffix("i") || members.hasByteSuffix("e"), members.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
      else { continue }
      let label = st.text(t, t + 2)
      let id = orgID(st, t, t + 2, label: label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
      st.addSpan(t, t + 2, id: id)
    }
  }

  /// "Accademia cinese delle scienze agricole": an Italian body whose name the catalogue
  /// holds only in part (here the Chinese Academy of Sciences), followed by lower-case
  /// adjectives that qualify its last noun, is another, narrower body, read whole as one of
  /// its own. O(spans).
  func italianQualifiedBodies(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && st.owner[sp.last] == o && sp.last > sp.first && !st.toks[sp.last].capitalized {
      guard let entity = st.entities[sp.key], entity.kind == .organization, entity.catalogued,
        // (the name closes with a noun after a preposition: "… delle scienze")
        sp.last - 1 > sp.first, ["di", "del", "della", "delle", "dei", "degli", "dello"].contains(st.toks[sp.last - 1].folded),
        !Self.isItalianAdjective(st.toks[sp.last].folded)
      else { continue }
      // (an adjective agrees with the noun: the same final vowel, or an ending of both genders)
      let nounEnd = st.toks[sp.last].folded.unicodeScalars.last
      var e = sp.last
      while e + 1 < n, e - sp.last < 2, st.owner[e + 1] == nil, !st.toks[e + 1].capitalized, st.gap(e, e + 1).elementsEqual([" "]),
        Self.isItalianAdjective(st.toks[e + 1].folded), adjectiveEntity(st.toks[e + 1].folded) == nil,
        st.toks[e + 1].folded.unicodeScalars.last == nounEnd || ["ale", "ali", "ese", "esi"].contains(where: { st.toks[e + 1].folded.hasByteSuffix($0) })
      { e += 1 }
      guard e > sp.last else { continue }
      let label = st.text(sp.first, e)
      release(st, sp.first, sp.last)
      let id = orgID(st, sp.first, e, label: label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: nil)
      st.addSpan(sp.first, e, id: id)
    }
  }

  /// The folded initials of an organisation's label: its words split at hyphens, function words
  /// and legal forms left out ("Navoi Mining and Metallurgical Combinat" → "nmmc",
  /// "Казахстанско-Китайский Трубопровод" → "ккт"); nil unless two to six words remain.
  static func initials(of label: String) -> String? {
    let words = Segmenter.words(in: Array(label.unicodeScalars)).map(\.folded).filter {
      !Lexicon.initialsSkipped.contains($0) && !Lexicon.legalForms.contains($0) && $0.unicodeScalars.first?.properties.isAlphabetic == true
    }
    guard (2...6).contains(words.count) else { return nil }
    return String(String.UnicodeScalarView(words.compactMap { $0.unicodeScalars.first }))
  }

  /// "ККТ" after "«Казахстанско-Китайский Трубопровод»", "NMMC" after "Navoi Mining and
  /// Metallurgical Combinat": an acronym of two to six capitals that no rule has read is the
  /// one organisation of the text whose label's words (split at hyphens, function words and
  /// legal forms left out) begin with its letters in order. O(organisations + tokens).
  func initialsMentions(_ st: State) {
    var byInitials: [String: Set<String>] = [:]
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization, !e.mentions.isEmpty, let key = Self.initials(of: e.label) else { continue }
      byInitials[key, default: []].insert(id)
    }
    guard !byInitials.isEmpty else { return }
    for t in 0..<st.toks.count where st.owner[t] == nil {
      let sc = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
      guard (2...6).contains(sc.count), sc.allSatisfy({ $0.properties.isUppercase }), !Lexicon.commonAcronyms.contains(st.toks[t].folded),
        !Lexicon.legalForms.contains(st.toks[t].folded), let ids = byInitials[st.toks[t].folded], ids.count == 1, let id = ids.first
      else { continue }
      st.addSpan(t, t, id: id)
    }
  }

  /// "AKTAU, December 12, 2027 /Trend/ —", "BISHKEK, April 3 (Kabar) —": one or two capitalised
  /// Latin words in slashes or brackets right after a dateline's date, near the text's start,
  /// are the news agency that filed the story. O(first tokens).
  func datelineAgencies(_ st: State) {
    let n = st.toks.count
    for d in st.datelineDates {
      guard let k = st.toks.firstIndex(where: { $0.start >= d.end }), k > 0, k + 1 < n else { continue }
      let open = st.gap(k - 1, k).filter { $0 != " " }
      guard open.elementsEqual(["/"]) || open.elementsEqual(["("]) else { continue }
      var e = k
      if e + 1 < n, st.gap(e, e + 1).elementsEqual([" "]), st.toks[e + 1].capitalized { e += 1 }
      // (a place's name may open it: "/Zhaiyk Media/"; a weekday or a time zone is no agency:
      // "(Monday)", "(GMT+6)")
      guard e + 1 < n, (k...e).allSatisfy({ (st.owner[$0] == nil || isPlace(st, $0) && e > k) && st.toks[$0].capitalized && isLatinName(st, $0)
        && !Lexicon.weekdaysAndMonths.contains(st.toks[$0].folded) && !["utc", "gmt", "msk", "cet", "est", "pst"].contains(st.toks[$0].folded) }),
        st.gap(e, e + 1).first == (open.first == "/" ? "/" : ")")
      else { continue }
      release(st, k, e)
      let label = st.text(k, e)
      st.addDiscovered(Transliteration.slug(label), label: label, kind: .organization, subkind: "media")
      st.addSpan(k, e, id: Transliteration.slug(label))
      return
    }
  }

  /// «Ақ Жайық» газеті, газета «Южный Казахстан», the newspaper “Silk Way”: a newspaper's
  /// quoted name is no place's mention (the Ural river is not named in «Ақ Жайық»). Places read
  /// inside the quotes next to a newspaper's noun are released; a one-word name and a
  /// capitalised Cyrillic media word after it ("Жайық Пресс") or a Latin periodical's word
  /// ("Kabar Weekly") are read as an outlet. O(tokens).
  func newspaperNames(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where st.toks[t].folded.utf8.count >= 8 && Lexicon.newspaperNouns.contains(where: { st.toks[t].folded.hasBytePrefix($0) }) {
      var first = -1, last = -1
      if t > 0, closesQuote(st, t - 1) {
        last = t - 1
        first = last
        while first > 0, last - first < 5, !opensQuote(st, first), st.sentenceOf(first - 1) == st.sentenceOf(t) { first -= 1 }
      } else if t + 1 < n, opensQuote(st, t + 1) {
        first = t + 1
        last = first
        while last + 1 < n, last - first < 5, !closesQuote(st, last), st.sentenceOf(last + 1) == st.sentenceOf(t) { last += 1 }
      }
      guard first >= 0, opensQuote(st, first), closesQuote(st, last) else { continue }
      for k in first...last where st.owner[k] != nil && (st.entityKind(at: k) == .region || st.entityKind(at: k) == .city) { release(st, k, k) }
    }
    // "Жайық Пресс", "Астана Медиа", "Kabar Weekly", "Almaty Daily": a capitalised media word
    // after a one-word name in its script (a place's among them) closes a news outlet's name (the
    // Ural river is not named in it); in Latin a body's name too, which the catalogue gives
    // another outlet ("Kabar" is the agency)
    for t in 1..<max(1, n) where st.owner[t] == nil && st.toks[t].capitalized {
      let latin = Lexicon.latinMediaClosers.contains(st.toks[t].folded)
      guard latin || Lexicon.cyrillicMediaClosers.contains(st.toks[t].folded),
        st.gap(t - 1, t).elementsEqual([" "]), st.toks[t - 1].capitalized, latin ? isLatinName(st, t - 1) : Morphology.isCyrillic(st.toks[t - 1].folded),
        st.owner[t - 1] == nil ? !isSentenceStartAndCommon(st, t - 1) && !(latin && Lexicon.stopCapitalized.contains(st.toks[t - 1].folded))
          : isOneWordMention(st, t - 1, of: .city, .region) || latin && isOneWordMention(st, t - 1, of: .organization, .organization),
        !(t + 1 < n && st.joins(t, t + 1) && st.toks[t + 1].capitalized)
      else { continue }
      readAsNewBody(st, t - 1, t, subkind: "media")
    }
    // "Caspian News Digest", "Steppe Business Review": two capitalised wire words after a
    // one-word name (a place's among them) close an outlet's name, wherever it stands (the sea
    // is not named in it)
    for t in 2..<max(2, n) where st.owner[t] == nil && st.owner[t - 1] == nil && st.toks[t].capitalized && st.toks[t - 1].capitalized {
      guard Lexicon.latinWireWords.contains(st.toks[t].folded), Lexicon.latinWireWords.contains(st.toks[t - 1].folded) || ["business", "trade"].contains(st.toks[t - 1].folded),
        st.gap(t - 1, t).elementsEqual([" "]), st.gap(t - 2, t - 1).elementsEqual([" "]), st.toks[t - 2].capitalized, isLatinName(st, t - 2), isLatinName(st, t),
        st.owner[t - 2] == nil ? !isSentenceStartAndCommon(st, t - 2) && !Lexicon.stopCapitalized.contains(st.toks[t - 2].folded) : isOneWordMention(st, t - 2, of: .city, .region),
        // (no capitalised word right before or after: a dash sets the menu off, "Caspian News
        // Digest — Energy")
        !(t + 1 < n && st.gap(t, t + 1).elementsEqual([" "]) && st.toks[t + 1].capitalized),
        !(t >= 3 && st.gap(t - 3, t - 2).elementsEqual([" "]) && st.toks[t - 3].capitalized)
      else { continue }
      readAsNewBody(st, t - 2, t, subkind: "media")
    }
    // "By Daily Wire Asia staff": a periodical's word and a wire's before a one-word place
    // open an outlet's name that the place closes (the continent is not named in it)
    for t in 0..<max(0, n - 2) where st.owner[t] == nil && st.owner[t + 1] == nil && st.toks[t].capitalized && st.toks[t + 1].capitalized {
      guard Lexicon.latinMediaClosers.contains(st.toks[t].folded), Lexicon.latinWireWords.contains(st.toks[t + 1].folded),
        st.gap(t, t + 1).elementsEqual([" "]), st.gap(t + 1, t + 2).elementsEqual([" "]), st.toks[t + 2].capitalized,
        isOneWordMention(st, t + 2, of: .city, .region),
        !(t + 3 < n && st.gap(t + 2, t + 3).elementsEqual([" "]) && st.toks[t + 3].capitalized)
      else { continue }
      readAsNewBody(st, t, t + 2, subkind: "media")
    }
    // "BISHKEK, Aug 23 (Central Asia Trade Wire) -": a dateline's credit in parentheses whose
    // last word is a wire's or outlet's is the outlet, though a place opens it
    for t in 1..<max(1, n) where st.toks[t].capitalized && (Lexicon.latinMediaClosers.contains(st.toks[t].folded) || Lexicon.latinWireWords.contains(st.toks[t].folded)) {
      guard t + 1 < n, st.gap(t, t + 1).first == ")", isLatinName(st, t) else { continue }
      var first = t
      while first > 0, t - first < 5, st.gap(first - 1, first).elementsEqual([" "]), st.toks[first - 1].capitalized, isLatinName(st, first - 1) { first -= 1 }
      // (the name fills the parentheses, which stand in the sentence's first line)
      guard first < t, first > 0, st.gap(first - 1, first).last == "(", st.gap(first - 1, first).count <= 2,
        (first...t).allSatisfy({ k in st.owner[k].map { o in st.spans[o].first >= first && st.spans[o].last <= t } ?? true }),
        // (an outlet read already keeps its name: "(The Astana Times)")
        !(first...t).contains(where: { st.owner[$0] != nil && [.person, .organization].contains(st.entityKind(at: $0)) })
      else { continue }
      readAsNewBody(st, first, t, subkind: "media")
    }
  }

  /// "Инвесторлар кеңесіне … қатысты" after "өткен инвесторлар кеңесінде": a body the text
  /// discovered only at sentences' starts, whose first two words the text also writes in lower
  /// case, is a common noun phrase the start capitalised, no name. O(bodies × tokens).
  func sentenceStartCommonBodies(_ st: State) {
    guard st.doc.language == "kk" || st.doc.language == "ru" else { return }
    let n = st.toks.count
    var drop = Set<String>()
    var checked = Set<String>()
    for sp in st.spans where !checked.contains(sp.key) && sp.last > sp.first {
      checked.insert(sp.key)
      guard let e = st.entities[sp.key], e.kind == .organization, !e.catalogued,
        st.spans.allSatisfy({ $0.key != sp.key || isSentenceStart(st, $0.first) && !opensQuote(st, $0.first) })
      else { continue }
      // (the second word compared by its first five letters, case endings aside: "кеңесіне",
      // "кеңесінде")
      let w0 = st.toks[sp.first].folded, w1 = st.toks[sp.first + 1].folded.unicodeScalars.prefix(5)
      guard w1.count == 5 else { continue }
      if (0..<(n - 1)).contains(where: { k in
        !st.toks[k].capitalized && WordKey.same(st.toks[k].folded, w0) && !st.toks[k + 1].capitalized && st.toks[k + 1].folded.unicodeScalars.prefix(5).elementsEqual(w1)
      }) { drop.insert(sp.key) }
    }
    guard !drop.isEmpty else { return }
    for i in st.spans.indices where drop.contains(st.spans[i].key) { release(st, st.spans[i].first, st.spans[i].last) }
    for id in drop { st.entities[id] = nil }
    st.order.removeAll { drop.contains($0) }
  }

  /// "Торговый дом Кыргызстана" in a headline and "Торговый дом Кыргызской Республики" in the
  /// text: two bodies the text discovered whose names share their words up to a place and
  /// close on two names of that one catalogued place are one body, known by the first. O(bodies²
  /// × name length).
  func samePlaceBodies(_ st: State) {
    var firsts: [(id: String, a: Int, b: Int)] = []
    var seen = Set<String>()
    for sp in st.spans where !seen.contains(sp.key) {
      guard let e = st.entities[sp.key], e.kind == .organization, !e.catalogued else { continue }
      seen.insert(sp.key)
      firsts.append((sp.key, sp.first, sp.last))
    }
    guard firsts.count >= 2 else { return }
    func place(_ a: Int, _ b: Int) -> String? {
      (catalogEntry(st, spanning: a, b, kind: .region) ?? catalogEntry(st, spanning: a, b, kind: .city))?.id
    }
    var alias: [String: String] = [:]
    for i in firsts.indices where alias[firsts[i].id] == nil {
      for j in firsts.indices.dropFirst(i + 1) where alias[firsts[j].id] == nil {
        let x = firsts[i], y = firsts[j]
        var p = 0
        while x.a + p <= x.b, y.a + p <= y.b,
          WordKey.same(Morphology.stem(st.toks[x.a + p].folded), Morphology.stem(st.toks[y.a + p].folded))
        { p += 1 }
        guard p >= 1, x.a + p <= x.b, y.a + p <= y.b, let px = place(x.a + p, x.b), px == place(y.a + p, y.b) else { continue }
        alias[y.id] = x.id
      }
    }
    merge(st, alias)
  }

  /// "Almalyk MMC" and "Almalyk Mining and Metallurgical Combine": a body the text discovered
  /// whose Latin name is another body's name with its closing acronym spelled out (the
  /// initials of the words after the shared ones, "and", "of", "the" and "for" left out) is
  /// that body. O(bodies² × name length).
  func expandedAcronymBodies(_ st: State) {
    let skipped: Set<String> = ["and", "of", "the", "for", "&"]
    var short: [(id: String, prefix: [String], acronym: String)] = []
    var long: [(id: String, words: [String])] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization, !e.mentions.isEmpty else { continue }
      let words = e.label.split(separator: " ").map(String.init)
      guard words.count >= 2, words.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.isASCII } }) else { continue }
      if let last = words.last, (2...5).contains(last.count), last.allSatisfy({ $0.isUppercase && $0.isLetter }) {
        short.append((id, Array(words.dropLast()), last))
      } else if !e.catalogued, words.count >= 3 {
        long.append((id, words))
      }
    }
    guard !short.isEmpty, !long.isEmpty else { return }
    var alias: [String: String] = [:]
    for l in long {
      for s in short where s.id != l.id && l.words.count > s.prefix.count && Array(l.words.prefix(s.prefix.count)) == s.prefix {
        let initials = String(l.words.dropFirst(s.prefix.count).filter { !skipped.contains($0.lowercased()) }.compactMap(\.first))
        if initials.uppercased() == s.acronym, initials.allSatisfy(\.isUppercase) {
          alias[l.id] = s.id
          break
        }
      }
    }
    merge(st, alias)
  }

  /// «Синопек Инжиниринг» компаниясымен … «Синопек Инжиниринг» төрағасы: a quoted name that
  /// opens a body the text discovered is that body wherever it stands quoted again, though a
  /// catalogued name inside it ("Синопек") was read there; a body read under the first quoted
  /// word of one such name alone is that body too. O(spans × bodies + tokens).
  func repeatedQuotedNames(_ st: State) {
    placesQuotedForBodies(st)
    let n = st.toks.count
    var bodies: [String: String] = [:]  // the quoted words → the body's id
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && opensQuote(st, sp.first) {
      guard let e = st.entities[sp.key], e.kind == .organization, !e.catalogued,
        let q = (sp.first...sp.last).first(where: { closesQuote(st, $0) }), q > sp.first || sp.last > q
      else { continue }
      let words = st.foldedWords(sp.first, q)
      if bodies[words] == nil { bodies[words] = sp.key }
    }
    guard !bodies.isEmpty else { return }
    // «Цзыцзинь» компаниясы after «Цзыцзинь Майнинг» тобы: a body the text discovered under
    // the first quoted word of one other discovered body's quoted name is that body
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && opensQuote(st, sp.first) && closesQuote(st, sp.first) && sp.last > sp.first {
      guard let e = st.entities[sp.key], e.kind == .organization, !e.catalogued, bodies[st.toks[sp.first].folded] == nil || bodies[st.toks[sp.first].folded] == sp.key else { continue }
      let prefix = st.toks[sp.first].folded + " "
      let longer = Set(bodies.filter { $0.key.hasBytePrefix(prefix) && $0.value != sp.key }.values)
      guard longer.count == 1, let to = longer.first else { continue }
      reassign(st, sp, to: to)
    }
    var t = 0
    while t < n {
      defer { t += 1 }
      guard opensQuote(st, t), let q = (t..<min(n, t + 6)).first(where: { closesQuote(st, $0) }), let id = bodies[st.foldedWords(t, q)],
        (t...q).contains(where: { st.owner[$0] == nil || st.spans[st.owner[$0]!].key != id })
      else { continue }
      // (only when nothing longer than the quotes was read over them)
      guard (t...q).allSatisfy({ k in st.owner[k].map { st.spans[$0].first >= t && st.spans[$0].last <= q } ?? true }) else { continue }
      release(st, t, q)
      st.addSpan(t, q, id: id)
      t = q
    }
    quotedBrandWords(st)
  }

  /// «Хуафу» after «Синьцзян Хуафу Текстиль»: one word alone in guillemets that no rule read,
  /// where exactly one body the text discovered under a quoted Cyrillic name of two words or
  /// more has it as its brand (the name's first word after the towns and provinces that open
  /// it), is that body. O(spans + tokens).
  func quotedBrandWords(_ st: State) {
    guard st.doc.language == "ru" || st.doc.language == "kk" else { return }
    var brands: [String: String] = [:]  // the brand word → the body ("" when two)
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.last > sp.first && opensQuote(st, sp.first) {
      guard let e = st.entities[sp.key], e.kind == .organization, !e.catalogued, Morphology.isCyrillic(st.toks[sp.first].folded),
        let q = (sp.first...sp.last).first(where: { closesQuote(st, $0) }), q > sp.first
      else { continue }
      var b = sp.first
      while b < q, isTownOrProvinceName(st.toks[b].folded) || [.city, .region].contains(st.entityKind(at: b)) && st.owner[b] != o { b += 1 }
      guard b < q || b == q && b > sp.first, st.toks[b].capitalized, st.toks[b].folded.unicodeScalars.count >= 4 else { continue }
      let w = st.toks[b].folded
      brands[w] = brands[w].map { $0 == sp.key ? $0 : "" } ?? sp.key
    }
    guard !brands.isEmpty else { return }
    for t in 0..<st.toks.count where st.owner[t] == nil && opensQuote(st, t) && closesQuote(st, t) && st.toks[t].capitalized {
      guard let id = brands[st.toks[t].folded], !id.isEmpty else { continue }
      st.addSpan(t, t, id: id)
    }
  }

  /// «Шаньдуна» after «Шаньдун Тайшань»: a place's one-word name alone in guillemets, where
  /// exactly one body of the text is quoted under a longer name that opens with that word (in
  /// any case form), is that body (a club named after its province or town). O(spans).
  func placesQuotedForBodies(_ st: State) {
    var bodies: [String: String] = [:]  // the quoted name's first word → the body ("" when two)
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && sp.last > sp.first && opensQuote(st, sp.first) && closesQuote(st, sp.last) {
      guard st.kind(of: sp.key) == .organization, Morphology.isCyrillic(st.toks[sp.first].folded) else { continue }
      let w = st.toks[sp.first].folded
      bodies[w] = bodies[w].map { $0 == sp.key ? $0 : "" } ?? sp.key
    }
    guard !bodies.isEmpty else { return }
    for sp in st.liveSpans() where sp.first == sp.last && opensQuote(st, sp.first) && closesQuote(st, sp.first) && [.city, .region].contains(st.kind(of: sp.key)) {
      let f = st.toks[sp.first].folded
      guard let id = bodies[f] ?? Morphology.candidates(f).lazy.compactMap({ bodies[$0] }).first, !id.isEmpty else { continue }
      reassign(st, sp, to: id)
    }
  }
}
