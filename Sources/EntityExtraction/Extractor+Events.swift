import TextIngest

extension Extractor {
  /// Kazakh nouns (stems) of what a people's week or days present: culture, cinema,
  /// literature, art, music.
  static let kazakhArtNouns = ["мәдениет", "кино", "әдебиет", "өнер", "музыка"]

  /// "Кеш «Домбыра үні – Ұлы далада» деп аталды", "концерт под названием «…»": a quoted name
  /// that the sentence says an event bears (an event's or performance's noun stands before
  /// it in the same sentence) is the event's. O(tokens × 8).
  func calledEvents(_ st: State) {
    let n = st.toks.count
    let kazakh = st.doc.language == "kk"
    guard kazakh || st.doc.language == "ru" else { return }
    var q = 1
    while q < n {
      defer { q += 1 }
      guard st.gap(q - 1, q).contains(where: Self.isOpeningQuote), st.toks[q].capitalized, let e = quotedNameEnd(st, from: q, limit: 8), readOnlyAsPlaces(st, q, e) else { continue }
      let called = kazakh
        ? e + 2 < n && st.toks[e + 1].folded == "деп" && st.toks[e + 2].folded.hasBytePrefix("атал") && st.sentenceOf(e + 2) == st.sentenceOf(q)
        : q >= 3 && st.toks[q - 2].folded == "под" && st.toks[q - 1].folded == "названием"
      guard called else { continue }
      let start = kazakh ? q - 1 : q - 3
      let noun = stride(from: start, through: max(0, start - 8), by: -1).contains { k in
        guard st.sentenceOf(k) == st.sentenceOf(q), st.owner[k] == nil else { return false }
        let f = st.toks[k].folded
        return Lexicon.performanceNouns.contains(f) || Lexicon.performanceNounStems.contains(where: { f.hasBytePrefix($0) })
      }
      guard noun else { continue }
      let id = Transliteration.slug(st.text(q, e))
      release(st, q, e)
      st.addDiscovered(id, label: "«" + st.text(q, e) + "»", kind: .event, subkind: nil)
      st.addSpan(q, e, id: id)
      q = e
    }
  }

  /// Whether token `k` opens its sentence with a Russian adjective that describes or orders
  /// an event rather than naming it ("Следующий форум", "Новый форум", "Ежегодный саммит"), or
  /// with a Kazakh opener (``Lexicon/kazakhOpeners``: "Келесі форум").
  /// O(1).
  func opensWithOrdering(_ st: State, _ k: Int) -> Bool {
    let f = st.toks[k].folded
    // (a Kazakh determiner or ordering word too: "Келесі форум", "Биылғы көрме")
    return isSentenceStart(st, k) && (Morphology.isDescribingRussianAdjective(f) || Lexicon.russianOrderAdjectives.contains(where: { f.hasBytePrefix($0) })
      || st.doc.language == "kk" && Lexicon.kazakhOpeners.contains(f))
  }

  /// The last token of a Russian event name's genitive complement from token `k`: one to
  /// three lower-case genitives ("ректоров университетов", a role's included), then a place
  /// the text names and any places "и" adds ("Китая и Центральной Азии"); nil when no place
  /// closes them. O(1).
  func capitalisedEventComplementEnd(_ st: State, from k: Int, sentence: Int) -> Int? {
    let n = st.toks.count
    var j = k
    while j < n, j - k < 3, st.owner[j] == nil, !st.toks[j].capitalized, st.joins(j - 1, j), Morphology.isRussianGenitive(st.toks[j].folded, afterPluralAdjective: true) { j += 1 }
    guard j > k, j < n, st.joins(j - 1, j), st.sentenceOf(j) == sentence, let o = st.owner[j], st.spans[o].first == j, isPlace(st, j) else { return nil }
    var e = st.spans[o].last
    while e + 2 < n, st.toks[e + 1].folded == "и", st.joins(e, e + 1), st.joins(e + 1, e + 2), let o2 = st.owner[e + 2], st.spans[o2].first == e + 2, isPlace(st, e + 2) {
      e = st.spans[o2].last
    }
    return e
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
      // (a capitalised "Meeting" after capitalised words names one: "Foreign Ministers'
      // Meeting"; any other meeting is no event's name)
      func pluralPossessive(_ k: Int) -> Bool {
        k > 0 && st.toks[k - 1].folded.hasByteSuffix("s") && (st.gap(k - 1, k).elementsEqual(["'", " "]) || st.gap(k - 1, k).elementsEqual(["’", " "]))
      }
      let namedMeeting = head == "Meeting" && st.toks[t].capitalized && t > 0 && st.toks[t - 1].capitalized && !isSentenceStart(st, t - 1)
        && (st.joins(t - 1, t) || pluralPossessive(t))
      guard let h = head, namedMeeting || !["визит", "переговоры", "Meeting", "кездесу"].contains(h) else { continue }
      // ("the China Open": "Open" is a tournament only capitalised after a capitalised name
      // word, outside a headline, and closing the name; "Kyrgyzstan and China open …" and "China
      // to Open Embassy" are verbs)
      if h == "Open" {
        guard st.toks[t].capitalized, t > 0, st.toks[t - 1].capitalized, st.joins(t - 1, t), !isSentenceStart(st, t - 1) || st.owner[t - 1] != nil,
          !st.inHeadline(t), !(t + 1 < n && st.joins(t, t + 1) && st.toks[t + 1].capitalized)
        else { continue }
      }
      // "days", "year": an event only as the end of a quoted name («Қытай мәдениеті күндері»,
      // «Год туризма»)
      let endsQuote = insideQuotes(st, t) && closesQuote(st, t)
      // ("Finance Week": a week is an event only capitalised, after a name; "Next week" is not)
      if h == "Week", !st.toks[t].capitalized || t == 0 || isSentenceStart(st, t - 1) || !st.toks[t - 1].capitalized { continue }
      // ("due volte alla settimana | Urumqi": a week after "alla", "a", "ogni", "per" is how
      // often, no event)
      if h == "Settimana", !st.toks[t].capitalized, t > 0, ["alla", "a", "ogni", "per", "la"].contains(st.toks[t - 1].folded),
        st.toks[t - 1].folded != "la" || t > 1 && ["volte", "volta"].contains(st.toks[t - 2].folded)
      { continue }
      // ("Days of Kazakh Culture in China", "Year of Tourism": an English weak cue in a
      // capitalised name with "of" is an event's name)
      // ("Қытай мәдениеті күндері", "Дни культуры Китая" in Kazakh: a country's or people's
      // name, "мәдениеті" and the weak cue in any case)
      // (and a week or days of a people's cinema, literature or art: "Қытай киносының
      // апталығы", "Қазақ әдебиетінің күндері")
      if st.doc.language == "kk", h == "күндері" || h == "апталығы", !endsQuote, t >= 2,
        let art = Self.kazakhArtNouns.first(where: { st.toks[t - 1].folded.hasBytePrefix($0) }), st.joins(t - 2, t - 1), st.joins(t - 1, t),
        st.toks[t - 2].capitalized, st.entityKind(at: t - 2) == .region || st.entityKind(at: t - 2) == .city || st.owner[t - 2] == nil && st.isCapName(t - 2),
        st.sentenceOf(t - 2) == st.sentenceOf(t)
      {
        let a = st.owner[t - 2].map { st.spans[$0].first } ?? t - 2
        let middle = art == "мәдениет" ? "мәдениеті" : st.original(t - 1)
        let label = st.text(a, t - 2) + " " + middle + " " + h
        let id = Transliteration.slug(Self.stems(of: label).joined(separator: " "))
        st.addDiscovered(id, label: label, kind: .event, subkind: nil)
        st.addSpan(a, t, id: id)
        continue
      }
      if Lexicon.weakEventCues.contains(h), !endsQuote, st.doc.language == "ru" || st.doc.language == "it", let e = namedYearEnd(st, t) {
        // (Russian in the nominative: "в рамках Года …" → "Год …")
        let head = h == "год" ? "Год" : h == "дни" ? "Дни" : st.original(t)
        let label = head + String(st.doc.slice(st.toks[t].end, st.toks[e].end))
        let id = Transliteration.slug(Self.stems(of: label).joined(separator: " "))
        st.addDiscovered(id, label: label, kind: .event, subkind: nil)
        absorb(st, t, e)
        st.addSpan(t, e, id: id)
        t = e
        continue
      }
      if Lexicon.weakEventCues.contains(h), !endsQuote {
        guard st.doc.language == "en", st.toks[t].capitalized, t + 2 < n, st.toks[t + 1].folded == "of", st.joins(t, t + 1), st.joins(t + 1, t + 2),
          st.toks[t + 2].capitalized
        else { continue }
        // ("the China–Kazakhstan Year of Cultural Tourism": two places joined by a dash before it)
        var a = t
        if t >= 2, st.joins(t - 1, t), let o = st.owner[t - 1], st.spans[o].last == t - 1, isPlace(st, t - 1), case let f = st.spans[o].first, f >= 1,
          Self.dashJoined(st, f - 1, f), let o2 = st.owner[f - 1], isPlace(st, f - 1), st.sentenceOf(f - 1) == st.sentenceOf(t)
        {
          a = st.spans[o2].first
        }
        var e = t + 2
        while e + 1 < n, e - t < 6, st.joins(e, e + 1), st.toks[e + 1].capitalized, isLatinName(st, e + 1), st.entityKind(at: e + 1) != .person { e += 1 }
        if e + 2 < n, st.toks[e + 1].folded == "in", st.joins(e, e + 1), st.joins(e + 1, e + 2), st.owner[e + 2].map({ st.spans[$0].first == e + 2 }) == true,
          st.entityKind(at: e + 2) == .region || st.entityKind(at: e + 2) == .city
        { e = st.spans[st.owner[e + 2]!].last }
        let label = st.text(a, e)
        let id = Transliteration.slug(label)
        st.addDiscovered(id, label: label, kind: .event, subkind: nil)
        absorb(st, a, e)
        st.addSpan(a, e, id: id)
        t = e
        continue
      }
      var a = t, b = t
      if endsQuote {
        while a > 0, insideQuotes(st, a), !st.gap(a - 1, a).contains(where: Self.isOpeningQuote), t - a < 10 { a -= 1 }
        if !insideQuotes(st, a) { a += 1 }
        // (a quote that opens further back is somebody's words, no name: «Вторая очередь
        // позволит поднять выпуск … в год»)
        if a == 0 || !st.gap(a - 1, a).contains(where: Self.isOpeningQuote) { continue }
        // (and a weak cue closes a short name only: «Российско-китайский год», not «… до девяти
        // тонн в год»)
        if Lexicon.weakEventCues.contains(h), t - a > 3 { continue }
      }
      // capitalised words before the cue ("Belt and Road Forum", "China–Central Asia Summit")
      // (an inner "and" between capitalised words is the name's, though "And" opens no name:
      // "Turkmen Oil and Gas exhibition")
      while !endsQuote, a > 0,
        (st.toks[a - 1].capitalized || st.owner[a - 1] != nil) && !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded)
          || (st.toks[a - 1].folded == "and" && a >= 2 && st.toks[a - 2].capitalized && a < t
            // (not after a body read already: "organised by Turkmengaz and Turkmen Forum")
            && !(st.owner[a - 2] != nil && st.entityKind(at: a - 2) == .organization)),
        st.joins(a - 1, a), a - t > -6, st.sentenceOf(a - 1) == st.sentenceOf(t),
        !st.gap(a - 1, a).contains(where: { $0 == "'" || $0 == "’" }) || pluralPossessive(a),  // "L'esercitazione": an elided article ("Ministers' Meeting" is a name)
        !(st.doc.language == "kk" && Morphology.hasKazakhLocativeEnding(st.toks[a - 1].folded, attributive: true, longerThan: 4)),  // "Ұлттық музейде көрме": where, not whose
        st.entityKind(at: a - 1) != .person,  // "… әкімі Дархан Сатыбалды форумда": the speaker, not the event's name
        !(st.doc.language == "it" && Lexicon.italianArticles.contains(st.toks[a - 1].folded))  // "Al Salone …" opening a sentence
      { a -= 1 }
      if a < t && isSentenceStart(st, a) && st.owner[a] == nil && !st.toks[a].capitalized { a = t }
      // (nor does a free Russian word that opens the sentence before a lower-case cue, its verb:
      // "Проведут учения …")
      if a == t - 1, isSentenceStart(st, a), st.owner[a] == nil, st.doc.language == "ru", !st.toks[t].capitalized { a = t }
      // (nor does a describing or ordering adjective that opens the sentence: "Следующий форум")
      if a < t, st.owner[a] == nil, Morphology.isCyrillic(st.toks[a].folded), opensWithOrdering(st, a) { a += 1 }
      // (nor a gerund that ends like a feminine adjective before a cue that is not feminine:
      // "Открывая форум, …")
      if a == t - 1, st.owner[a] == nil, Morphology.isCyrillic(st.toks[a].folded), !Self.feminineAgrees(st.toks[a].folded, st.toks[t].folded) { a = t }
      // "the Sharq Taronalari music festival": a festival's genre between its name and the cue
      if a == t, h == "Festival", t >= 2, Lexicon.festivalGenresEN.contains(st.toks[t - 1].folded), st.joins(t - 1, t), st.joins(t - 2, t - 1),
        st.toks[t - 2].capitalized, st.owner[t - 2] == nil, isLatinName(st, t - 2), !isSentenceStart(st, t - 2), st.sentenceOf(t - 2) == st.sentenceOf(t)
      {
        a = t - 2
        while a > 0, t - a < 6, st.toks[a - 1].capitalized, st.owner[a - 1] == nil, isLatinName(st, a - 1), st.joins(a - 1, a), !isSentenceStart(st, a - 1),
          !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded)
        { a -= 1 }
      }
      // "Қазақстан – Қытай стратегиялық диалогы", "Астана халықаралық форумы": up to two Kazakh
      // adjectives between the name (places joined by dashes, capitalised words) and the cue
      if st.doc.language == "kk", a == t, !endsQuote {
        var m = t - 1
        var adjectives = 0
        // (or the sport before a championship: "Азия дзюдо чемпионаты")
        // (or a noun used as one: "Қазақстан-Қытай бизнес форумы", "… бизнес-форумы")
        while m > 0, adjectives < 2, !st.toks[m].capitalized, st.owner[m] == nil,
          st.joins(m, m + 1) || m == t - 1 && st.gap(m, m + 1).elementsEqual(["-"]) && Lexicon.attributiveNouns.contains(st.toks[m].folded),
          Morphology.isKazakhAdjective(st.toks[m].folded) || h == "чемпионаты" && m == t - 1 && !Morphology.hasKazakhCaseEnding(st.toks[m].folded)
            || m == t - 1 && Lexicon.attributiveNouns.contains(st.toks[m].folded)
        {
          m -= 1
          adjectives += 1
        }
        if adjectives > 0, m >= 0, st.toks[m].capitalized || st.owner[m] != nil, st.joins(m, m + 1), st.sentenceOf(m) == st.sentenceOf(t),
          !Morphology.hasKazakhLocativeEnding(st.toks[m].folded, attributive: true, longerThan: 4), st.entityKind(at: m) != .person
        {
          var s0 = st.owner[m].map { st.spans[$0].first } ?? m
          while s0 > 0, m - s0 < 8, st.sentenceOf(s0 - 1) == st.sentenceOf(t) {
            // ("Қазақстан, Өзбекстан және Қытай бизнес форумы": places listed with commas and
            // "және" name the event together)
            if isPlace(st, s0), s0 >= 2, Lexicon.coordinators.contains(st.toks[s0 - 1].folded), st.joins(s0 - 2, s0 - 1), st.joins(s0 - 1, s0), isPlace(st, s0 - 2) {
              s0 = st.owner[s0 - 2].map { st.spans[$0].first } ?? s0 - 2
              continue
            }
            if isPlace(st, s0), st.gap(s0 - 1, s0).elementsEqual([",", " "]), isPlace(st, s0 - 1), s0 < m {
              s0 = st.owner[s0 - 1].map { st.spans[$0].first } ?? s0 - 1
              continue
            }
            // (a town in the locative only says where: "Ташкентте Қазақстан … форумы")
            guard st.toks[s0 - 1].capitalized, st.entityKind(at: s0 - 1) != .person,
              Extractor.dashJoined(st, s0 - 1, s0) || (st.joins(s0 - 1, s0) && !isSentenceStart(st, s0 - 1)),
              !Morphology.hasKazakhLocativeEnding(st.toks[s0 - 1].folded, attributive: true, longerThan: 4)
            else { break }
            s0 = st.owner[s0 - 1].map { st.spans[$0].first } ?? s0 - 1
          }
          if !(isSentenceStart(st, s0) && st.owner[s0] == nil) { a = s0 }
        }
      }
      // ("Тараптар Шанхай ынтымақтастық ұйымының саммитіне": a sentence's first word before a
      // catalogued name is not part of the event's name)
      if a + 1 < t, isSentenceStart(st, a), st.owner[a] == nil, st.owner[a + 1] != nil { a += 1 }
      // "Международный инвестиционный форум": a capitalised adjective, lower-case ones between
      if a == t, Morphology.isCyrillic(st.toks[t].folded) {
        var j = t - 1
        // (a bilateral adjective's first part before a hyphen, "Казахстанско-китайский
        // инвестиционный форум", and a noun hyphened to the cue, "… бизнес-форум")
        while j >= 0, t - j <= 3, st.owner[j] == nil, st.sentenceOf(j) == st.sentenceOf(t),
          st.joins(j, j + 1) && Morphology.isRussianAdjective(st.toks[j].folded)
            || st.gap(j, j + 1).elementsEqual(["-"]) && (st.toks[j].folded.hasByteSuffix("о") && st.toks[j].capitalized || j == t - 1 && Lexicon.attributiveNouns.contains(st.toks[j].folded))
        {
          // (a sentence's describing first word names nothing: "Следующий форум пройдёт …"; nor
          // does a gerund, as above)
          if st.toks[j].capitalized {
            if !opensWithOrdering(st, j), Self.feminineAgrees(st.toks[j].folded, st.toks[t].folded) { a = j }
            break
          }
          j -= 1
        }
      }
      // '"Prospects of … and Challenges" Roundtable': the quoted name before the cue
      // (Kazakh: «…» атты халықаралық конференция, "a conference named «…»")
      var q = t
      if Morphology.isCyrillic(st.toks[t].folded) {
        var m = t - 1
        while m > 0, t - m <= 3, st.toks[m].folded != "атты", !st.toks[m].capitalized, st.owner[m] == nil, st.sentenceOf(m) == st.sentenceOf(t),
          !st.gap(m - 1, m).contains(where: { $0 == "\"" || $0 == "»" || $0 == "”" })
        { m -= 1 }
        // «…» атты конференция; «Қытай – Орталық Азия» екінші саммиті (an ordinal between);
        // «Made in Kazakhstan» ұлттық көрмесі (Kazakh adjectives between)
        // (not over a word in the locative, which says where: "«Шымбұлақ» курортында бірлескен
        // оқу-жаттығу жиыны" is a camp at the resort)
        if m > 0, m < t, st.toks[m].folded == "атты" || Self.ordinal(st.toks[m].folded) != nil || (st.doc.language == "kk" && !st.toks[m].capitalized),
          st.gap(m - 1, m).contains(where: { $0 == "\"" || $0 == "»" || $0 == "”" }),
          !(st.doc.language == "kk" && (m..<t).contains(where: { Morphology.hasKazakhLocativeEnding(st.toks[$0].folded, attributive: true, longerThan: 4) }))
        { q = m }
      }
      // (not across a sentence's end: "… группа «Синьцзян Гуанхуэй». Выставка продлится …")
      // (nor from inside somebody's quoted words: «Мы хотим, … как на ярмарку в Урумчи»)
      if q > 0, !(q == t && insideQuotes(st, t)), insideQuotes(st, q - 1) || st.gap(q - 1, q).contains(where: { $0 == "\"" || $0 == "»" || $0 == "”" }),
        !st.gap(q - 1, q).contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" })
      {
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
        // (not past a body's cue, whose name the quote is: "в рамках форума национальное
        // информационное агентство «Кабар» подписало …")
        while j < n, j - t <= 8, st.sentenceOf(j) == st.sentenceOf(t), !st.toks[j].capitalized, st.owner[j] == nil, !st.gap(j - 1, j).contains(","),
          !st.hasOrgCue(j)
        { j += 1 }
        if j < n, j > k, st.sentenceOf(j) == st.sentenceOf(t), insideQuotes(st, j) { k = j }
      }
      // 'esercitazione antiterrorismo "Interaction-2024"': lower-case words before the quote
      if !Morphology.isCyrillic(st.toks[t].folded), k < n, !insideQuotes(st, k) {
        var j = k
        while j < n, j - k < 2, st.sentenceOf(j) == st.sentenceOf(t), !st.toks[j].capitalized, st.owner[j] == nil, st.joins(j - 1, j) { j += 1 }
        if j > k, j < n, st.sentenceOf(j) == st.sentenceOf(t), insideQuotes(st, j) { k = j }
      }
      // (Kazakh names its event before the cue: quoted names after "Көрмеде" are exhibitors)
      // (a lower-case cue inside somebody's quoted words names nothing after it: «саммитом
      // практических решений»)
      if !st.toks[t].capitalized, insideQuotes(st, t), a == t { continue }
      // (a quotation that opens in lower case is somebody's words, not the event's name: "la
      // crisi mostra «quanto il settore resti vulnerabile …»", where "mostra" is a verb)
      if k < n, insideQuotes(st, k), !st.toks[k].capitalized, st.toks[k].folded.unicodeScalars.first.map({ $0.properties.numericType == nil }) == true,
        st.gap(k - 1, k).contains(where: Self.isOpeningQuote), a == t
      { continue }
      var codeNamed = false
      // (a quote in the next sentence is somebody's words: 'the next Olympic Games. "China is …')
      if k < n, insideQuotes(st, k), st.doc.language != "kk", st.sentenceOf(k) == st.sentenceOf(t) {
        // ('exercise code-named "Tianshan-2033"', "esercitazione denominata «…»": after a word of
        // naming, the quoted name is the event's whole name)
        // (the name's first word then stands for the cue, as in apposition below)
        codeNamed = a == t && !st.toks[t].capitalized && k > t + 1 && (t + 1..<k).contains(where: { Lexicon.namingWords.contains(st.toks[$0].folded) })
        if codeNamed {
          a = k
          t = k
        }
        while k < n, insideQuotes(st, k), k - t < 16 { b = k; k += 1 }
        // (a code name is the event's, though a place's name opens it: "Tianshan-2033")
        if codeNamed { release(st, a, b) }
      } else if Morphology.isCyrillic(st.toks[t].folded), st.doc.language != "kk", k < n, st.joins(t, k),
        // (a role opens a new phrase: "на пресс-конференции заместитель председателя правительства СУАР";
        // so does a verb: "Фестиваль организовало Министерство культуры")
        let j = (k..<min(n, k + 4)).first(where: { st.owner[$0] != nil || st.toks[$0].capitalized || !Morphology.isRussianGenitive(st.toks[$0].folded, afterPluralAdjective: true) || !st.joins($0 - 1, $0)
          || Self.role(of: st, at: $0) != nil || Morphology.isRussianPastVerb(st.toks[$0].folded) || Morphology.isRussianShortParticiple(st.toks[$0].folded)
          // (or a verb in the present plural: "выставку готовят историки университета")
          || Morphology.isRussianPresentPluralVerb(st.toks[$0].folded) }),
        let o = st.owner[j], st.joins(j - 1, j),
        // (a body's cue word not in the genitive opens a new clause, whose subject the body is:
        // "в рамках форума национальное информационное агентство «Кабар» подписало …")
        !(k..<j).contains(where: { i in st.hasOrgCue(i) && !Morphology.isRussianGenitive(st.toks[i].folded, afterPluralAdjective: false) }),
        // (so does a body whose name opens with an adjective in the nominative: "в рамках
        // форума Государственная таможенная служба … подписала")
        !(["ая", "яя", "ый", "ий", "ое", "ее"].contains(where: { st.toks[j].folded.hasByteSuffix($0) }) && Morphology.isRussianAdjective(st.toks[j].folded)),
        st.entities[st.spans[o].key]?.kind == .organization || st.subkind(of: st.spans[o].key) == "historical-route"
      {
        // "саммите ШОС", "форуме ЕАЭС": the organisation whose event it is; "выставку
        // Шелкового пути": the route it is named after; "совещание министров обороны стран
        // ШОС": over the genitives that say whose meeting it is
        b = st.spans[o].last
      } else if Morphology.isCyrillic(st.toks[t].folded), st.doc.language == "ru", st.toks[t].capitalized, !isSentenceStart(st, t), k < n,
        let e = capitalisedEventComplementEnd(st, from: k, sentence: st.sentenceOf(t))
      {
        // "третий Форум ректоров университетов Китая и Центральной Азии": a capitalised cue
        // inside a sentence is a name's, which goes on over lower-case genitives (a role's
        // among them) to the places whose event it is
        b = e
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
          st.toks[j + 1].capitalized, !Lexicon.weekdaysAndMonths.contains(st.toks[j + 1].folded), st.sentenceOf(j + 1) == st.sentenceOf(t),
          // (a name before the cue names it whole; the town after says where: "all'Atakent Expo
          // di Almaty")
          !(a < t && (a..<t).allSatisfy({ st.toks[$0].capitalized }) && [.city, .region].contains(st.entityKind(at: j + 1)))
        {
          b = j + 1
          k = j + 2
          if let o = st.owner[j + 1] { b = max(b, st.spans[o].last); k = b + 1 }
        } else if st.doc.language == "it", j > k, j < n, st.joins(j - 1, j), st.toks[j].capitalized, st.owner[j] == nil, isLatinName(st, j),
          !Lexicon.weekdaysAndMonths.contains(st.toks[j].folded), st.sentenceOf(j) == st.sentenceOf(t)
        {
          // "festival musicale Sharq Taronalari": the name right after the adjectives (read
          // on by the capitalised run below)
          k = j
        } else if st.doc.language == "it", st.toks[t].capitalized, j + 1 < n, ["sul", "sulla", "sullo", "sui", "per", "di", "del", "della", "dei", "degli", "delle"].contains(st.toks[j].folded),
          st.joins(j - 1, j), st.joins(j, j + 1), !st.toks[j + 1].capitalized, st.owner[j + 1] == nil, Self.isItalianNoun(st.toks[j + 1].folded),
          st.sentenceOf(j + 1) == st.sentenceOf(t)
        {
          // "Forum internazionale sul turismo della Via della Seta": a capitalised cue, what it is
          // about (a lower-case noun), then a named complement
          b = j + 1
          k = j + 2
          // ("Salone internazionale dei vini e distillati": two nouns joined by "e")
          if k + 1 < n, st.toks[k].folded == "e", st.joins(k - 1, k), st.joins(k, k + 1), !st.toks[k + 1].capitalized, st.owner[k + 1] == nil,
            Self.isItalianNoun(st.toks[k + 1].folded)
          {
            b = k + 1
            k = b + 1
          }
          // ("Forum del turismo dei Paesi della SCO": a second named complement after the first)
          var complements = 0
          while complements < 2, k + 1 < n, ["di", "del", "della", "dell", "dei", "degli", "delle"].contains(st.toks[k].folded), st.joins(k, k + 1), st.toks[k + 1].capitalized,
            st.entityKind(at: k + 1) != .person, st.sentenceOf(k + 1) == st.sentenceOf(t)
          {
            b = st.owner[k + 1].map { st.spans[$0].last } ?? k + 1
            k = b + 1
            complements += 1
          }
        }
        // "Summit of …" / "Forum for International Cooperation"
        // (not a people's adjective that a common noun follows: "the first such exercise on
        // Chinese soil")
        while k < n, st.joins(k - 1, k), k - t < 8,
          st.toks[k].capitalized && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded)
            || (["of", "for", "on", "and"].contains(st.toks[k].folded) && k + 1 < n && st.toks[k + 1].capitalized && !Lexicon.weekdaysAndMonths.contains(st.toks[k + 1].folded)
              && !(st.owner[k + 1] == nil && adjectiveEntity(st.toks[k + 1].folded) != nil && (k + 2 >= n || !st.toks[k + 2].capitalized)))
        {
          // (a place's whole mention: "vertice Italia-Asia centrale")
          b = st.owner[k].map { max(k, st.spans[$0].last) } ?? k
          k = b + 1
        }
      }
      while b > t, ["on", "of", "for", "and", "по", "о", "di", "sul"].contains(st.toks[b].folded) { b -= 1 }
      // ("la fiera Uzbek Textile Expo", "the trade fair Uzbek Textile Expo": a lower-case cue
      // before capitalised words that an event's own word closes stands in apposition; the
      // name is those words)
      if a == t, b > t + 1, !st.toks[t].capitalized, !Morphology.isCyrillic(st.toks[t].folded), st.toks[b].capitalized,
        Self.closingEventWordsEN.contains(st.toks[b].folded), (t + 1...b).allSatisfy({ st.toks[$0].capitalized })
      {
        a = t + 1
        t = a
      }
      if a == t && b == t { continue }
      // ("в Восточной конференции": a compass point alone names a league's division, no event)
      if b == t, a < t, (a..<t).allSatisfy({ i in ["восточн", "западн", "северн", "южн"].contains(where: { st.toks[i].folded.hasBytePrefix($0) }) }) { continue }
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
      var stems = core.map { Morphology.stem(st.toks[$0].folded) }
      // "журналистского форума", "youth forum": a qualified kind of event is not the catalogue's
      let qualified = a == t && t > 0 && !st.toks[t - 1].capitalized && st.owner[t - 1] == nil && Self.ordinal(st.toks[t - 1].folded) == nil
        && !st.gap(t - 1, t).contains(where: { $0 == "'" || $0 == "’" })  // an elided article qualifies nothing
        && !Lexicon.namingWords.contains(st.toks[t - 1].folded)  // nor does "code-named" before a quoted name
        && (Morphology.isCyrillic(st.toks[t - 1].folded) ? ["ого", "его", "ой", "ый", "ий", "ая", "ое", "ых", "ом"].contains { st.toks[t - 1].folded.hasByteSuffix($0) } : !Lexicon.stopCapitalized.contains(st.toks[t - 1].folded) && !Lexicon.italianArticles.contains(st.toks[t - 1].folded) && !Self.latinFunctionWords.contains(st.toks[t - 1].folded))
      var label = st.text(a, b)
      // ("la prima "Settimana della moda …"": an ordinal before a Latin quoted name is no part of it)
      if ord != nil, a < t, !Morphology.isCyrillic(st.toks[t].folded), Self.ordinal(st.toks[a].folded) != nil, st.gap(a, a + 1).contains(where: Self.isOpeningQuote) {
        label = st.text(a + 1, b)
      }
      if Morphology.isCyrillic(st.toks[t].folded), t == a || (ord != nil) {
        // "втором саммите «…" → "саммит «…»"
        label = h + String(st.doc.slice(st.toks[t].end, st.toks[b].end))
      } else if Morphology.isCyrillic(st.toks[t].folded), ["форум", "саммит", "конференция", "совещание", "съезд", "выставка", "фестиваль", "кинофестиваль"].contains(h),
        (a..<t).allSatisfy({ Morphology.isRussianAdjective(st.toks[$0].folded) && st.gap($0, $0 + 1).elementsEqual([" "]) || Self.bilateralFirstPart(st, $0) })
      {
        // "на Евразийском экономическом форуме" → "Евразийский экономический форум";
        // "Казахстанско-китайского делового форума" → "Казахстанско-китайский деловой форум"
        let head = st.toks[t].capitalized ? h.prefix(1).uppercased() + h.dropFirst() : h
        label = (a..<t).map { Self.bilateralFirstPart(st, $0) ? st.original($0) + "-" : Morphology.nominativeAdjective(st.original($0), agreeingWith: h) + " " }.joined()
          + head + String(st.doc.slice(st.toks[t].end, st.toks[b].end))
      }
      if st.doc.language == "kk", a < t, b == t, st.toks[t].folded != h.lowercased(), Morphology.isCyrillic(h) {
        // "… ұйымының саммитіне" → "… ұйымының саммиті": the cue as it stands in a name
        label = st.text(a, t - 1) + " " + h
      }
      // a declined name is known by its nominative ("на Венецианском кинофестивале" and
      // "Венецианский кинофестиваль" are one festival; so are "Азия ойындарында" and "Азия
      // ойындары")
      if ord == nil, label != st.text(a, b) {
        stems = Self.stems(of: label)
      }
      // (a code name keeps its number, which tells it from the place it may be named after:
      // "Tianshan-2033" is no mention of the Tian Shan)
      let base = codeNamed ? Transliteration.slug(label) : Transliteration.slug(stems.joined(separator: " "))
      let id = (ord.map { "\($0)-" } ?? "") + (qualified ? Transliteration.slug(Morphology.stem(st.toks[t - 1].folded)) + "-" : "") + base
      if qualified { st.qualifiedEvents.insert(id) }
      let opens = label.filter { $0 == "«" || $0 == "“" }.count, closes = label.filter { $0 == "»" || $0 == "”" }.count
      if closes > opens, opensQuote(st, a) {
        label = String(Character(st.doc.scalars[st.toks[a].start - 1])) + label  // «…» атты конференция
      }
      if opens > closes, closesQuote(st, b) {
        label.unicodeScalars.append(st.doc.scalars[st.toks[b].end])
      } else if label.filter({ $0 == "\"" }).count % 2 == 1, st.toks[b].end < st.doc.scalars.count, st.doc.scalars[st.toks[b].end] == "\"" {
        label += "\""
      }
      st.addDiscovered(id, label: label, kind: .event, subkind: nil)
      // (games named after a continent do not mention it, "Азия ойындары"; parties joined by a
      // dash do: "саммит Китай – Центральная Азия", and so do parties joined by "и": "Форум
      // ректоров университетов Китая и Центральной Азии")
      for k in a...b {
        guard let o = st.owner[k], st.spans[o].first == k, Catalog.isMacroRegion(st.subkind(of: st.spans[o].key)) else { continue }
        let last = st.spans[o].last
        let joinedByAnd = k >= a + 2 && ["и", "and", "e", "және"].contains(st.toks[k - 1].folded) && isPlace(st, k - 2)
        if !(k > a && Self.dashJoined(st, k - 1, k)) && !(last < b && Self.dashJoined(st, last, last + 1)) && !joinedByAnd { release(st, k, last) }
      }
      absorb(st, a, b)
      st.addSpan(a, b, id: id)
      t = b
    }
  }

  /// Whether two event labels end in one cue word ("форум") after two different words
  /// ("деловой форум", "агропромышленный форум"): two kinds of the event. O(label length).
  static func differentQualifiers(_ a: String, _ b: String) -> Bool {
    let wa = a.lowercased().split(whereSeparator: { !$0.isLetter }), wb = b.lowercased().split(whereSeparator: { !$0.isLetter })
    guard wa.count >= 2, wb.count >= 2, wa.last == wb.last else { return false }
    return wa[wa.count - 2] != wb[wb.count - 2]
  }

  /// Whether token `i` is a compound adjective's first part, joined by a hyphen to the
  /// adjective after it ("Казахстанско" in "Казахстанско-китайского"), which no case changes.
  /// O(1).
  static func bilateralFirstPart(_ st: State, _ i: Int) -> Bool {
    i + 1 < st.toks.count && st.toks[i].folded.hasByteSuffix("о") && st.gap(i, i + 1).elementsEqual(["-"])
      && Morphology.isRussianAdjective(st.toks[i + 1].folded)
  }

  /// Prepositions and articles before an event's cue, which qualify no event ("al Festival
  /// di Cannes", "to the Forum"): not a "youth forum".
  static let latinFunctionWords: Set<String> = [
    "to", "for", "with", "by", "from", "into", "during", "ai", "agli", "alle", "allo", "dello", "degli", "delle", "nel", "nello",
    "nei", "negli", "nelle", "per", "tra", "fra", "su", "sul", "sui", "da", "di", "e", "ed", "all", "dell", "nell", "sull",
  ]

  /// "the Tour de France", "the Tour of Qinghai Lake", "il Giro d'Italia", "il Giro di
  /// Turchia": a capitalised "Tour" before "de", "du" or "of", or an Italian capitalised
  /// "Giro" before "di", "d'", "del" or "della", and one to three capitalised words (places
  /// among them, which the race's name takes in) name a race, an event; not in a title-case
  /// headline, where any word is capitalised. O(tokens).
  func namedRaces(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 0
    while t + 2 < n {
      defer { t += 1 }
      let w = st.toks[t].folded
      guard st.toks[t].capitalized, st.owner[t] == nil, !st.inTitle(t),
        w == "tour" && ["de", "du", "of"].contains(st.toks[t + 1].folded) || w == "giro" && st.doc.language == "it" && ["di", "d", "del", "della"].contains(st.toks[t + 1].folded),
        st.joins(t, t + 1), st.joins(t + 1, t + 2) || st.gap(t + 1, t + 2).allSatisfy({ $0 == "'" || $0 == "’" }), st.toks[t + 2].capitalized,
        st.sentenceOf(t + 2) == st.sentenceOf(t)
      else { continue }
      var e = t + 2
      while e + 1 < n, e - t < 4, st.joins(e, e + 1), st.toks[e + 1].capitalized, st.sentenceOf(e + 1) == st.sentenceOf(t), isLatinName(st, e + 1) { e += 1 }
      // (the words must be names or places the text read, no body or person)
      guard (t + 2...e).allSatisfy({ st.owner[$0] == nil || [.city, .region].contains(st.entityKind(at: $0)) }), isLatinName(st, t + 2) else { continue }
      let label = st.text(t, e)
      release(st, t + 2, e)
      let id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .event, subkind: "sport")
      st.addSpan(t, e, id: id)
      t = e
    }
  }

  /// The English ordinals that open a numbered catalogued event's label ("Second China–Central
  /// Asia Summit"), first to sixth, as ``ordinal(_:)`` reads them.
  static let englishOrdinals = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"]

  /// "Il secondo vertice si terrà ad Astana" after "il primo vertice Cina-Asia centrale di
  /// Xi'an": an ordinal and a bare event cue (no name, quote or capitalised word after it)
  /// name the catalogue's event of that rank in the series of a numbered catalogued event the
  /// text has named ("First China–Central Asia Summit" → "Second China–Central Asia
  /// Summit"), when the cue is the series' own ("vertice", "саммит" for a Summit). The series
  /// is read off the catalogue's labels. O(tokens + catalogued events).
  func ordinalSeriesEvents(_ st: State) {
    // the series the text names: a catalogued event whose label opens with an ordinal
    var series: [(rest: String, cue: String)] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .event, e.catalogued, !e.mentions.isEmpty,
        let ord = Self.englishOrdinals.first(where: { e.label.hasBytePrefix($0 + " ") })
      else { continue }
      let rest = String(e.label.dropFirst(ord.count + 1))
      guard let cue = Lexicon.eventCueEnglish.map(\.english).first(where: { rest.hasByteSuffix(" " + $0) }) else { continue }
      series.append((rest, cue))
    }
    guard !series.isEmpty else { return }
    let n = st.toks.count
    for t in 0..<max(0, n - 1) where st.owner[t] == nil && st.owner[t + 1] == nil && st.joins(t, t + 1) {
      let f = st.toks[t].folded
      guard let rank = Self.ordinal(f) else { continue }
      let c = Array(st.toks[t + 1].folded.utf8)
      guard let cue = Lexicon.eventCueEnglish.first(where: { Lexicon.isEventCue(c, $0.cue) })?.english else { continue }
      // (nor another party's: "il suo primo vertice con i cinque Paesi", "its first summit")
      if t > 0, ["suo", "sua", "loro", "proprio", "its", "their", "his", "her", "свой", "своего", "своём", "своем", "его", "их", "өзінің", "олардың"].contains(st.toks[t - 1].folded) { continue }
      // (bare: no name after the cue)
      if t + 2 < n, st.joins(t + 1, t + 2), st.toks[t + 2].capitalized || st.owner[t + 2] != nil { continue }
      if t + 2 < n, st.gap(t + 1, t + 2).contains(where: Self.isOpeningQuote) { continue }
      let wanted = series.filter { $0.cue == cue }.map { Self.englishOrdinals[rank - 1] + " " + $0.rest }
      let hits = catalogEvents.filter { wanted.contains(catalog.entries[$0].label) }
      guard hits.count == 1 else { continue }
      let entry = catalog.entries[hits[0]]
      addCatalogued(st, entry)
      st.addSpan(t, t + 1, id: entry.id)
    }
  }

  /// Events of one document that are the same event under two wordings (a headline and
  /// the body) share most content words: they become one entity.
  func mergeEvents(_ st: State) {
    let events = st.order.filter { st.entities[$0]?.kind == .event && !(st.entities[$0]?.catalogued ?? true) }
    func words(_ id: String) -> Set<String> {
      // (by their first five letters: a Kazakh cue's possessive, "forumy", is "forum")
      Set(id.split(separator: "-").filter { $0.count > 3 && !["under", "with", "from", "that"].contains($0) }.map { String($0.prefix(5)) })
    }
    // (a name the event's mention holds counts as one word, however it is written: "форум …
    // ШОС" and "форум … Шанхайской организации сотрудничества" meet)
    func contentWords(_ id: String) -> Set<String> {
      var w = words(id)
      guard let m = st.entities[id]?.mentions.first else { return w }
      for sp in st.spans where sp.key != id && st.toks[sp.first].start >= m.start && st.toks[sp.last].end <= m.end && st.entities[sp.key]?.catalogued == true {
        w.subtract(words(Transliteration.slug(Self.stems(of: st.text(sp.first, sp.last)).joined(separator: " "))))
        w.insert("#" + sp.key)
      }
      return w
    }
    var alias: [String: String] = [:]
    let contentWords = events.map(contentWords)
    // (the capitalised words of each event's label, as ``words(_:)`` keys them)
    let properWords = events.map { id in
      Set((st.entities[id]?.label ?? "").split(separator: " ").filter { $0.first?.isUppercase == true }.flatMap { w in words(Transliteration.slug(String(w))) })
    }
    // a short name whose words are all in one longer name, and in no other, is that event
    // ("Tashkent forum" … "Tashkent International Investment Forum")
    for (i, a) in events.enumerated() where contentWords[i].count >= 2 {
      let longer = events.indices.filter { $0 != i && contentWords[$0].count > contentWords[i].count && contentWords[i].isSubset(of: contentWords[$0]) }
      if longer.count == 1, alias[events[longer[0]]] == nil { alias[a] = events[longer[0]] }
    }
    for (i, a) in events.enumerated() {
      for (j, b) in events.enumerated().dropFirst(i + 1) where alias[b] == nil && alias[a] == nil {
        let wa = contentWords[i], wb = contentWords[j]
        guard !wa.isEmpty, !wb.isEmpty else { continue }
        // (nor are two events each named by a name the other lacks, one of them a named
        // entity's: "Shanghai International Film Festival" and "Eurasia International Film
        // Festival" are two festivals; "fiera dei prodotti cinesi" adds only common words)
        let onlyA = wa.subtracting(wb), onlyB = wb.subtracting(wa)
        func named(_ only: Set<String>, _ proper: Set<String>) -> Bool { only.contains { $0.hasPrefix("#") || proper.contains($0) } }
        if named(onlyA, properWords[i]) && named(onlyB, properWords[j]) && (onlyA.contains { $0.hasPrefix("#") } || onlyB.contains { $0.hasPrefix("#") }) { continue }
        // (nor are two events of one cue whose qualifiers just before it differ: "Казахстанско-
        // китайский деловой форум" and "… агропромышленный форум" are two forums)
        if !onlyA.isEmpty, !onlyB.isEmpty, Self.differentQualifiers(st.entities[a]?.label ?? "", st.entities[b]?.label ?? "") { continue }
        if Double(wa.intersection(wb).count) / Double(wa.union(wb).count) >= 0.6 || (wb.isSubset(of: wa) && wb.count >= 2) { alias[b] = a }
      }
    }
    // a cue around a catalogued event's own name is that event, whatever qualifies it
    // ("восьмая выставка «ЭКСПО Китай – Евразия»")
    for id in events where alias[id] == nil {
      guard let m = st.entities[id]?.mentions.first else { continue }
      let inner = Set(st.spans.filter { st.toks[$0.first].start >= m.start && st.toks[$0.last].end <= m.end && $0.key != id }.map(\.key))
        .filter { st.entities[$0]?.kind == .event && st.entities[$0]?.catalogued == true }
      if inner.count == 1, let c = inner.first { alias[id] = c }
    }
    // link to a catalogue event: the cue word and every catalogued entity named inside
    for id in events where alias[id] == nil && !st.qualifiedEvents.contains(id) {
      guard let e = st.entities[id], let m = e.mentions.first else { continue }
      let inner = st.spans.filter { st.toks[$0.first].start >= m.start && st.toks[$0.last].end <= m.end && $0.key != id }.map(\.key)
      let innerLabels = Set(inner).compactMap { catalog.entry($0)?.label }
      guard !innerLabels.isEmpty else { continue }
      // (a Latin cue is a whole word, a Cyrillic one a stem that opens a word: "Export" holds
      // no "expo")
      let lower = m.text.lowercased().split(whereSeparator: { !$0.isLetter }).map { Array($0.utf8) }
      let cueEN = Lexicon.eventCueEnglish.first { c in lower.contains { Lexicon.isEventCue($0, c.cue) } }?.english
      guard let cue = cueEN else { continue }
      let ord = id.split(separator: "-").first.flatMap { Int($0) }
      let ordWord = ord.flatMap { $0 >= 1 && $0 <= 6 ? Self.englishOrdinals[$0 - 1] : nil }
      // labels compared as UTF-8 bytes (catalogue labels and entity labels are NFC)
      let innerBytes = innerLabels.map { (label: $0, bytes: Array($0.utf8), dashless: Array(String($0.map { $0 == "–" ? " " : $0 }).utf8)) }
      let cands = catalogEventLabels.filter { c in
        ByteSearch.contains(c.bytes, cue) && innerBytes.allSatisfy { l in
          ByteSearch.contains(c.bytes, l.bytes) || ByteSearch.contains(c.dashless, l.dashless) || (l.label == "Belt and Road Initiative" && ByteSearch.contains(c.bytes, "Belt and Road"))
        }
      }.map { catalog.entries[$0.entry] }
      let pick = cands.first { ordWord != nil && $0.label.hasBytePrefix(ordWord!) } ?? cands.first { c in !["First", "Second", "Third", "Fourth"].contains { c.label.hasBytePrefix($0) } }
      // (a discovered event whose id is the catalogue event's takes the catalogue's names)
      if let c = pick, c.id == id, !e.catalogued {
        var known = catalogEntity(c)
        known.mentions = e.mentions
        st.entities[id] = known
      } else if let c = pick, c.id != id {
        alias[id] = c.id
        addCatalogued(st, c)
      }
    }
    guard !alias.isEmpty else { return }
    // (an event merged into one that is merged in turn goes to the last)
    for key in Array(alias.keys) {
      var to = alias[key]!
      var hops = 0
      while let next = alias[to], hops < 8 { to = next; hops += 1 }
      alias[key] = to
    }
    merge(st, alias)
  }

  /// "в рамках Года культурного туризма Китай – Казахстан", "l'Anno della cultura kazaka in
  /// Cina": a "year" or "days" cue capitalised inside a sentence, then at most four lower-case
  /// words and a place's capitalised name (a second place after a dash or "в"/"in" too) name
  /// an event. The last token of that name, or nil. O(1).
  func namedYearEnd(_ st: State, _ t: Int) -> Int? {
    let n = st.toks.count
    guard st.toks[t].capitalized, !isSentenceStart(st, t), t + 1 < n, !st.toks[t + 1].capitalized, st.joins(t, t + 1) else { return nil }
    // a second place after "в"/"in" ("… культуры Китая в Казахстане")
    func inPlace(_ end: Int) -> Int {
      guard end + 2 < n, ["в", "in"].contains(st.toks[end + 1].folded), st.joins(end, end + 1), st.joins(end + 1, end + 2), st.toks[end + 2].capitalized,
        isPlace(st, end + 2), let o = st.owner[end + 2], st.spans[o].first == end + 2
      else { return end }
      return st.spans[o].last
    }
    var k = t + 1
    while k < n, k - t <= 5, st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k) {
      // ("Дни китайского кино", "Giornate del cinema cinese": a place's lower-case adjective
      // and, in Russian, the noun after it)
      if !st.toks[k].capitalized, adjectiveEntity(st.toks[k].folded, maxTail: 4) != nil {
        if st.doc.language == "it" { return inPlace(k) }
        guard k + 1 < n, !st.toks[k + 1].capitalized, st.owner[k + 1] == nil, st.joins(k, k + 1), st.sentenceOf(k + 1) == st.sentenceOf(t),
          !Morphology.isRussianAdjective(st.toks[k + 1].folded)
        else { return nil }
        return inPlace(k + 1)
      }
      if st.toks[k].capitalized {
        guard isPlace(st, k), let o = st.owner[k] else { return nil }
        var end = st.spans[o].last
        // "Китай – Казахстан", "Cina-Kazakistan"; "культуры Китая в Казахстане"
        if end + 1 < n, Self.dashJoined(st, end, end + 1), st.toks[end + 1].capitalized, isPlace(st, end + 1), let o2 = st.owner[end + 1] {
          end = st.spans[o2].last
        } else {
          end = inPlace(end)
        }
        return end
      }
      k += 1
    }
    return nil
  }

  /// Whether token `t` is part of a town's or region's mention.
  func isPlace(_ st: State, _ t: Int) -> Bool { st.entityKind(at: t) == .city || st.entityKind(at: t) == .region }

  /// Whether token `i` comes right after a name's first word, set off by one space, and that
  /// word is a catalogued place's one-word name ("Jiangsu" in "China Jiangsu International",
  /// "Цзясинь" in "«Чжэцзян Цзясинь Силк»"). O(case readings of the first word).
  func followsOpeningPlace(_ st: State, _ i: Int, nameStart first: Int) -> Bool {
    // (or after "China" spelled in Cyrillic: «Чайна Цзянсу Интернэшнл» names no Jiangsu, as
    // "China Jiangsu International" does not)
    i == first + 1 && st.gap(first, i).elementsEqual([" "]) && (catalogHasPlace(named: st.toks[first].folded) || st.toks[first].folded == "чайна")
  }

  /// Places, organisations and projects named inside a longer name ("Central Asia" in
  /// «Китай – Центральная Азия», the university in "филиал … университета") are entities
  /// of the text too: they get a mention without taking the tokens from the longer name.
  func nestedMentions(_ st: State) {
    // a place in Latin letters the catalogue read before a later rule took its words into a
    // longer name keeps its mention only if the rules below give it one ("China Jiangsu
    // International …" does not mention Jiangsu; a Cyrillic name's places, "ҚХР-дың
    // Алматыдағы Бас консулдығы", keep theirs)
    // (nor does a Cyrillic company's name mention the town after the province that opens it:
    // "«Чжэцзян Цзясинь Силк» компаниясы" names no Jiaxing)
    for (idx, sp) in st.spans.enumerated() {
      guard let o = st.owner[sp.first], o != idx, case let outer = st.spans[o], outer.first <= sp.first, outer.last >= sp.last,
        outer.last - outer.first > sp.last - sp.first, (sp.first...sp.last).allSatisfy({ st.owner[$0] == o }),
        let place = st.entities[sp.key], place.kind == .city || place.kind == .region,
        let body = st.entities[outer.key], [.event, .project, .organization].contains(body.kind)
      else { continue }
      if Morphology.isCyrillic(st.toks[sp.first].folded) {
        guard body.subkind == "company", followsOpeningPlace(st, sp.first, nameStart: outer.first) else { continue }
      }
      st.entities[sp.key]?.mentions.removeAll { $0.start == st.toks[sp.first].start && $0.end == st.toks[sp.last].end }
    }
    for sp in st.spans where sp.last > sp.first {
      guard let outer = st.entities[sp.key], [.event, .project, .organization].contains(outer.kind) else { continue }
      // (a street names no place inside its name: see ``namesStreet(_:_:_:)``)
      let street = outer.kind == .project && namesStreet(st, sp.first, sp.last)
      var i = sp.first
      // the name a body bears is not a mention ("Қ. Сәтбаев атындағы …", "… имени Сатпаева")
      let honoree = (sp.first...sp.last).first { st.toks[$0].folded.utf8.elementsEqual("атындағы".utf8) || st.toks[$0].folded.utf8.elementsEqual("имени".utf8) }
      var end = sp.last
      if let h = honoree { if st.toks[h].folded.utf8.elementsEqual("имени".utf8) { end = h } else { i = h + 1 } }
      while i <= end {
        var best: Pattern?
        var namesake = 0
        for c in st.cands[i] {
          // (of places that share a name, the text's: see ``prefersHomonym(_:over:at:_:)``)
          for p in patterns[c] ?? [] where i + p.stems.count - 1 <= end && p.stems.count < sp.last - sp.first + 1
            && (p.stems.count > (best?.stems.count ?? 0) || best.map { p.stems.count == $0.stems.count && p.entry != $0.entry && prefersHomonym(p.entry, over: $0.entry, at: i, st) } == true)
          {
            let kind = catalog.entries[p.entry].kind
            // a project's own place names ("Autostrada Cina-Occidente Europa") are part of its
            // name; an event's or organisation's are entities of the text
            // (a route's ends are, countries too: "железная дорога Китай – Кыргызстан – Узбекистан")
            // (the other end a place too: "Trans-Caspian" is no route)
            let routeEnd = (i > sp.first && Self.dashJoined(st, i - 1, i) && catalogHasPlace(named: st.toks[i - 1].folded))
              || (i + p.stems.count <= sp.last && Self.dashJoined(st, i + p.stems.count - 1, i + p.stems.count) && catalogHasPlace(named: st.toks[i + p.stems.count].folded))
            let wanted: Set<EntityKind> = street ? [.organization] : outer.kind == .project ? (routeEnd ? [.organization, .city, .region] : [.organization, .city]) : [.region, .city, .organization, .project]
            // "Silk Road Fund" does not mention the Silk Road region; "Union of Journalists of Kazakhstan" does mention Kazakhstan
            // (nor does any name mention the Silk Road it is named after: "фестиваль «Шелковый путь – Иссык-Куль»")
            // (nor a river or mountain range it is named after: "Xinjiang Tianshan Tourism Group")
            // (nor do games named after a continent: "Азия ойындары"; a summit of parties joined
            // by a dash does name them: "Китай – Центральная Азия")
            let macro = ((outer.kind == .organization || outer.kind == .event && !routeEnd) && Catalog.isMacroRegion(catalog.entries[p.entry].subkind))
              || Catalog.isNamesake(catalog.entries[p.entry].subkind)
            // an international body named after the city where it was founded ("Shanghai
            // Cooperation Organisation") does not mention that city
            // (and a newspaper named after its city, "The Astana Times", does not mention it)
            let founding = outer.kind == .organization && (outer.subkind == "international" || outer.subkind == "media") && (kind == .city || kind == .region)
            // (nor is a company's name inside another's after a dash: "Kyrgyz-China Railway
            // Development" does not mention China Railway)
            let dashed = kind == .organization && i > sp.first && Self.dashJoined(st, i - 1, i)
            // (nor a body whose name the longer name goes on with lower-case words: "Пекинского
            // университета | языка и культуры" does not mention Peking University)
            let opening = kind == .organization && outer.kind == .organization && i == sp.first && i + p.stems.count <= sp.last && !st.toks[i + p.stems.count].capitalized
            // (nor does a government body's name that is a place's name and another body's
            // generic name mention that body: "Қарақалпақстан Жоғарғы Кеңесі" is not the Kyrgyz
            // "Жоғарғы Кеңес"; "Comitato permanente dell'Assemblea …" does mention the assembly)
            let closingGeneric = kind == .organization && outer.kind == .organization && outer.subkind == "government"
              && catalog.entries[p.entry].subkind == "government" && i + p.stems.count - 1 == sp.last && i > sp.first
              && (sp.first..<i).allSatisfy { st.toks[$0].capitalized && catalogHasPlace(named: st.toks[$0].folded) }
            if wanted.contains(kind), !macro, !founding, !dashed, !opening, !closingGeneric, catalog.entries[p.entry].id != sp.key, fits(p, at: i, st) { best = p }
            // (a feature or macro-region the name is named after hides the shorter names
            // inside it: "… Center for the Aral Sea Basin" does not mention the town of Aral)
            if macro, fits(p, at: i, st) { namesake = max(namesake, p.stems.count) }
          }
        }
        if namesake > (best?.stems.count ?? 0) {
          i += namesake
          continue
        }
        guard let b = best else { i += 1; continue }
        // a project's quoted name that a company or a place bears too is the project's («Чанъань»
        // халықаралық құрғақ порты; «Достық» бірлескен су торабы, a joint waterworks named
        // "Friendship", no mention of the border town)
        // (and so is a body's named by a lower-case noun: "санаторий «Сарыагаш»")
        if outer.kind == .project || outer.kind == .organization && !st.toks[sp.first].capitalized, catalog.entries[b.entry].kind != .person, i > 0, st.gap(i - 1, i).contains(where: Self.isOpeningQuote),
          closesQuote(st, i + b.stems.count - 1)
        {
          i += b.stems.count
          continue
        }
        // a name that opens a Latin organisation's name is its brand, not a mention ("Harbin
        // Electric International", "China Road and Bridge Corporation"; "Bank of China" mentions China)
        // (or a Kazakh one in the nominative: "Шыңжаң университеті", but "Қазақстан
        // Республикасының … министрлігі" mentions Kazakhstan)
        // (nor does a company's Kazakh name in the nominative, though a country opens it:
        // "Қазақстан темір жолы"; a ministry's does: "Қазақстан Республикасы … министрлігі")
        // (so does a province right after a country that opens it: "China Jiangsu International")
        // (a company's Cyrillic name too: "«Чжэцзян Цзясинь Силк» компаниясы" mentions no Jiaxing)
        let opensAfterPlace = followsOpeningPlace(st, i, nameStart: sp.first) && (!Morphology.isCyrillic(st.toks[i].folded) || outer.subkind == "company")
        // (a town's or region's own administration does mention its place: "the Jalal-Abad
        // Region administration", "the Osh city administration")
        let governed = outer.subkind == "government" && !outer.catalogued && outer.parent == catalog.entries[b.entry].id
          // (or a region or town its own cue word follows inside the name: "Жетісу облысы
          // кәсіпкерлік және туризм басқармасы", "Zhetysu Region Department of Tourism")
          || [.region, .city].contains(catalog.entries[b.entry].kind) && [i + b.stems.count - 1, i + b.stems.count].contains { k in
            k <= sp.last && k > i && (Lexicon.kazakhOwnPlaceCues.contains(st.toks[k].folded) || ["region", "province", "oblast"].contains(st.toks[k].folded))
          }
        // (nor is a company's name that opens a catalogued service's Latin name: "China Railway
        // Express" does not mention China Railway)
        if outer.kind == .project, outer.catalogued, i == sp.first, catalog.entries[b.entry].kind == .organization, !Morphology.isCyrillic(st.toks[i].folded) {
          i += b.stems.count
          continue
        }
        if outer.kind == .organization, i == sp.first || opensAfterPlace, !governed,
          !Morphology.isCyrillic(st.toks[i].folded) || outer.subkind == "company"
            || (!Morphology.hasKazakhCaseEnding(st.toks[i + b.stems.count - 1].folded) && catalog.entries[b.entry].subkind != "country")
        {
          i += b.stems.count
          continue
        }
        // a body's name inside a Latin body's name after its capitalised words is that name's
        // tail, not a mention ("Agricultural Bank of China"; but "Institute … of the Chinese
        // Academy of Sciences" names its parent)
        // (nor is a place that closes such a name after a capitalised word: "Power China", "Air
        // Astana"; "Bank of China" mentions China)
        // (a possessive's "s" belongs to the word before it: "People's Bank of China")
        let before = i >= sp.first + 2 && isPossessiveS(st, i - 1) ? i - 2 : i - 1
        if outer.kind == .organization, i > sp.first, st.toks[before].capitalized, !Morphology.isCyrillic(st.toks[i].folded),
          catalog.entries[b.entry].kind == .organization || i + b.stems.count - 1 == sp.last
        {
          // (a place inside such a body is still read: "… of China"; inside such a place, no
          // other is: "Regione Friuli Venezia Giulia" does not mention Venice)
          i += catalog.entries[b.entry].kind == .organization ? 1 : b.stems.count
          continue
        }
        let e = catalog.entries[b.entry]
        // a compass word before a country inside a name makes it another place ("Оңтүстік
        // Қазақстан университеті", "South Kazakhstan University")
        if i > sp.first, compassCountry(st, i, subkind: e.subkind) {
          i += b.stems.count
          continue
        }
        // a one-word place inside a Kazakh name stands in the nominative or the genitive: a
        // word that reads as the place only through another case's ending is another word
        // ("Арыстан баб кесенесі" does not mention Arys)
        if b.stems.count == 1, e.kind == .city || e.kind == .region, kazakhOtherCase(st, i, entry: b.entry) {
          i += 1
          continue
        }
        // a town's or region's name before a feature's cue inside the name is the feature's
        // ("Ferghana Ridge tunnel" does not mention the town of Fergana; a lake or a pass keeps
        // its place: "Torugart Pass road"; a reservoir named after a town is the reservoir's:
        // "Қапшағай су қоймасы")
        if e.kind == .city || e.kind == .region, e.subkind != "natural-feature", case let next = i + b.stems.count,
          next <= sp.last && (st.cands[next].contains(where: { ["mountain", "canyon", "desert", "river", "valley"].contains(Lexicon.naturalFeatureClasses[$0] ?? "") })
            || isReservoirCue(st, next, last: sp.last))
            // (or after it, in Italian: "bacino di Kapshagay")
            || i > sp.first && isReservoirCue(st, sp.first, last: sp.last)
        {
          // (the catalogue's reading of the words, made before the project took them, goes too)
          if var place = st.entities[e.id] {
            place.mentions.removeAll { $0.start == st.toks[i].start && $0.end == st.toks[next - 1].end }
            st.entities[e.id] = place
          }
          i = next + 1
          continue
        }
        // (a place a rule has already given a mention around these words is the one they name:
        // "hokimiyat della regione di Bukhara" mentions the region, not the town too; a scan of
        // every mention, so asked last)
        func placed() -> Bool {
          (e.kind == .city || e.kind == .region) && st.order.contains { id in
            guard id != e.id, let other = st.entities[id], other.kind == .city || other.kind == .region else { return false }
            return other.mentions.contains { $0.start <= st.toks[i].start && $0.end >= st.toks[i + b.stems.count - 1].end }
          }
        }
        if !(b.stems.count == 1 && skipSingle(b.entry, at: i, st)), !placed() {
          addCatalogued(st, e)
          st.addNestedMention(e.id, i, i + b.stems.count - 1)
        }
        i += b.stems.count
      }
    }
  }

  /// Whether token `k` opens a reservoir's cue that ends by token `last` ("reservoir",
  /// "водохранилище", "invaso", "bacino", Kazakh "су қоймасы"). O(1).
  func isReservoirCue(_ st: State, _ k: Int, last: Int) -> Bool {
    let f = st.toks[k].folded
    return f == "reservoir" || f == "invaso" || f == "bacino" || f.hasBytePrefix("водохранилищ")
      || f == "су" && k + 1 <= last && st.toks[k + 1].folded.hasBytePrefix("қойма")
  }

  /// Whether a Russian word in a feminine adjective's nominative or accusative ending ("-ая",
  /// "-ую") can qualify `noun`: only a noun in a feminine form ("-а", "-я", "-у", "-ю", "-ь")
  /// can; any other ending passes. O(1).
  static func feminineAgrees(_ adjective: String, _ noun: String) -> Bool {
    if adjective.hasByteSuffix("ая") || adjective.hasByteSuffix("яя") { return ["а", "я", "ь"].contains(where: { noun.hasByteSuffix($0) }) }
    if adjective.hasByteSuffix("ую") || adjective.hasByteSuffix("юю") { return ["у", "ю", "ь"].contains(where: { noun.hasByteSuffix($0) }) }
    return true
  }

  /// "il casaro Mauro Bellone, di Bra, in provincia di Cuneo": in Italian, a free capitalised
  /// word after "di", "a" or "da" that a comma and "in provincia di" (or "nella provincia di")
  /// and a place follow is a town of that province. O(tokens).
  func italianTownsInProvince(_ st: State) {
    guard st.doc.language == "it" else { return }
    let n = st.toks.count
    for t in 1..<max(1, n - 3) where st.owner[t] == nil && st.isCapName(t) && ["di", "a", "da"].contains(st.toks[t - 1].folded) && st.joins(t - 1, t) {
      let e = hyphenatedNameEnd(st, from: t)
      var k = e + 1
      guard k + 2 < n, st.gap(e, k).elementsEqual([",", " "]), ["in", "nella"].contains(st.toks[k].folded), st.toks[k + 1].folded == "provincia" else { continue }
      k += 2
      if st.toks[k].folded == "di" { k += 1 }
      guard k < n, st.joins(k - 1, k), isPlace(st, k), st.sentenceOf(k) == st.sentenceOf(t) else { continue }
      addPlace(st, t, e, kind: .city, label: st.text(t, e))
    }
  }

  /// "… назвал Андижанскую область одним из лидеров вместе с Ферганской и Наманганской": once a
  /// sentence has named an oblast by its adjective and "область", a capitalised adjective that
  /// closes a list after "и", with no noun after it, is another oblast whose catalogue name is
  /// "<adjective> область"; the names before it are ``coordinatedRegions(_:)``'s. O(tokens).
  func ellipticRegions(_ st: State) {
    guard st.doc.language == "ru" else { return }
    let n = st.toks.count
    for t in 1..<max(1, n) where st.owner[t] == nil && st.toks[t].capitalized && Morphology.isRussianAdjective(st.toks[t].folded) {
      let s = st.sentenceOf(t)
      guard ["и", "или"].contains(st.toks[t - 1].folded), st.joins(t - 1, t),
        t + 1 == n || st.sentenceOf(t + 1) != s || st.gap(t, t + 1).contains(where: { ",;:)".unicodeScalars.contains($0) })
      else { continue }
      // (an oblast the sentence named before, by its adjective and "область")
      guard (max(0, t - 40)..<t).contains(where: { k in
        st.sentenceOf(k) == s && st.toks[k].folded.hasBytePrefix("област") && st.owner[k].map { st.spans[$0].last == k && st.spans[$0].first < k } == true
          && st.entityKind(at: k) == .region
      }) else { continue }
      addOblast(st, named: t, t)
    }
  }

  /// Adds tokens `t...last` as a mention of the catalogue's oblast whose name is those words
  /// and "область"/"облысы" ("Ферганской" → Fergana Region, "Иссык-Кульскую" → Issyk-Kul
  /// Region), if there is one; returns whether it did. O(readings × patterns of the first word).
  @discardableResult
  func addOblast(_ st: State, named t: Int, _ last: Int) -> Bool {
    let words = last - t + 1
    for c in st.cands[t] {
      guard let hit = (patterns[c] ?? []).first(where: { p in
        p.stems.count == words + 1 && (p.stems[words].hasBytePrefix("област") || p.stems[words].hasBytePrefix("облыс"))
          && (1..<words).allSatisfy { j in st.cands[t + j].contains { WordKey.same($0, p.stems[j]) } }
      }) else { continue }
      let e = catalog.entries[hit.entry]
      addCatalogued(st, e)
      st.addSpan(t, last, id: e.id)
      return true
    }
    return false
  }

  /// "Шығыс Қазақстан және Абай облыстарындағы", "Павлодар, Қостанай облыстары": the names
  /// listed before Kazakh "облыс"'s plural are oblasts, each the catalogue's "<name> облысы",
  /// though a town bears the name too. O(tokens).
  func kazakhPluralOblasts(_ st: State) {
    let n = st.toks.count
    for k in 1..<max(1, n) where st.toks[k].folded.hasBytePrefix("облыстар") && st.joins(k - 1, k) {
      var last = k - 1
      while last >= 0, st.toks[last].capitalized, st.sentenceOf(last) == st.sentenceOf(k) {
        let owned = st.owner[last].map { st.spans[$0] }
        // (the name's first token: a mention's, or a hyphenated name's)
        var first = owned?.first ?? last
        if owned == nil { while first > 0, st.gap(first - 1, first).elementsEqual(["-"]), st.toks[first - 1].capitalized { first -= 1 } }
        if let sp = owned, st.entityKind(at: last) != .region {
          // (a town's name is taken back; any other reading ends the list)
          guard st.entityKind(at: last) == .city, sp.last == last else { break }
          release(st, sp.first, sp.last)
          if !addOblast(st, named: first, last) { st.addSpan(sp.first, sp.last, id: sp.key) }
        } else if owned == nil {
          addOblast(st, named: first, last)
        }
        // the list goes on before "және"/"мен" or a comma
        if first >= 2, Lexicon.coordinators.contains(st.toks[first - 1].folded), st.joins(first - 2, first - 1), st.joins(first - 1, first) {
          last = first - 2
        } else if first >= 1, st.gap(first - 1, first).elementsEqual([",", " "]) {
          last = first - 1
        } else {
          break
        }
      }
    }
  }

  /// "Алматинская и Туркестанская области": the first adjective names a region whose
  /// catalogue name is "<adjective> область".
  func coordinatedRegions(_ st: State) {
    let n = st.toks.count
    if st.doc.language == "kk" { kazakhPluralOblasts(st) }
    // (right to left, so that a list reads back from its cue: "Костанайской, Павлодарской и
    // Северо-Казахстанской областях")
    for t in (0..<n).reversed() where st.owner[t] == nil && st.toks[t].capitalized && Morphology.isCyrillic(st.toks[t].folded) && (t == 0 || !st.gap(t - 1, t).elementsEqual(["-"])) {
      // ("Иссык-Кульскую и Нарынскую области": a hyphenated name is read whole)
      let last = hyphenatedNameEnd(st, from: t)
      guard last + 2 < n, ["и", "және", "или"].contains(st.toks[last + 1].folded) || st.gap(last, last + 1).contains(",") else { continue }
      // a region mention right after, ending in "област…"
      var k = last + 1
      if st.owner[k] == nil { k += 1 }
      guard k < n, let o = st.owner[k], let next = st.entities[st.spans[o].key] else { continue }
      // "обходы Айни и Пенджикента": a name no pass has read, joined by "и" to a town the text
      // names, is a town too (not an acronym, not a sentence's first word)
      if next.kind == .city, k == last + 2, st.toks[last + 1].folded != "или", st.spans[o].first == k, st.sentenceOf(k) == st.sentenceOf(t), st.joins(last, last + 1), st.joins(last + 1, k),
        !isSentenceStart(st, t), !Self.isUpperAcronym(st, t), st.toks[t].folded.unicodeScalars.count >= 3
      {
        addPlace(st, t, last, kind: .city, label: st.text(t, last))
        continue
      }
      guard next.kind == .region else { continue }
      // (or a region this rule has read, the next in the list: its Russian name is an oblast's)
      // (a hyphenated one too: "Ошской, Джалал-Абадской и Баткенской областей")
      let sp = st.spans[o]
      let listed = (sp.first..<sp.last).allSatisfy({ st.gap($0, $0 + 1).elementsEqual(["-"]) }) && Morphology.isRussianAdjective(st.toks[sp.last].folded)
        && (next.labels["ru"]?.hasByteSuffix(" область") ?? false)
      if st.toks[st.spans[o].last].folded.hasBytePrefix("област") || st.toks[st.spans[o].last].folded.hasBytePrefix("облыс") || listed {
        addOblast(st, named: t, last)
      } else if next.subkind == "district" {
        // "в Шалкарском и Темирском районах", "Жуалы, Байзақ және Меркі аудандарында": the
        // districts listed before the plural cue
        if st.doc.language == "ru", next.label.hasByteSuffix(" район"), Morphology.isRussianAdjective(st.toks[t].folded) {
          addPlace(st, t, t, kind: .region, label: Morphology.nominativeAdjective(st.original(t), agreeingWith: "район") + " район", district: true)
        } else if st.doc.language == "kk", next.label.hasByteSuffix(" ауданы"), !Morphology.hasKazakhCaseEnding(st.toks[t].folded), !isSentenceStart(st, t) {
          addPlace(st, t, t, kind: .region, label: st.original(t) + " ауданы", district: true)
        }
      }
    }
  }
}
