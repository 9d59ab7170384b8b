import TextIngest

extension Extractor {
  /// Runs of capitalised, uncovered tokens that read as a person's name, after role words
  /// ("вице-мэр Цзюцзяна Чэн Шулянь", "Chairman of the … Federation An Husai"), Chinese
  /// names anywhere (surname + Palladius/Pinyin given name), and first name + surname with a
  /// surname suffix (Баян Рамазановой).
  func discoverPersons(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      // a byline's author is the page's, not the story's, whatever role follows the name
      if let e = bylineNameEnd(st, t) {
        t = e
        continue
      }
      // «Ғани Мұратбаев» өткізу бекеті, «Абай» театры, «Синь Тянь Ди Кыргызстан»: a name in
      // guillemets of up to five words names a facility, a company or a work, not a person of
      // the text
      if t > 0, st.gap(t - 1, t).contains(where: { $0 == "«" || $0 == "“" || $0 == "„" }),
        let close = (t..<min(n, t + 5)).first(where: { closesQuote(st, $0, straight: false) })
      {
        t = close
        continue
      }
      // ("Хұжанд қаласының төрағасы Рахмон Мирзоризо": a catalogued person's one-word surname
      // that a free name word follows is another person's given name, Rahmon being a common
      // one; not the person's own given name after the surname, "Рахмон Эмомали", nor any
      // other given name)
      // (the token tests first: the entity's lookup is the dearest, on every one-word span)
      if t + 1 < n, st.owner[t + 1] == nil, let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t, st.isCapName(t + 1), st.joins(t, t + 1),
        st.sentenceOf(t + 1) == st.sentenceOf(t), let person = st.entities[st.spans[o].key], person.kind == .person, person.catalogued, person.label.contains(" "),
        Morphology.isCyrillic(st.toks[t].folded) == Morphology.isCyrillic(st.toks[t + 1].folded), latinOrCyrillicNameWord(st, t + 1),
        !Lexicon.isGivenName(st.toks[t + 1].folded), Self.role(of: st, at: t + 1) == nil, !catalogHasPlace(named: st.toks[t + 1].folded),
        !(t + 2 < n && st.joins(t + 1, t + 2) && st.toks[t + 2].capitalized),
        !person.labels.values.contains(where: { $0.split(separator: " ").contains { WordKey.same(String($0), st.original(t + 1)) } })
      {
        release(st, t, t)
        let label = labelForPerson(st, t, t + 1)
        addPerson(st, t, t + 1, id: personID(label), label: label)
        t += 1
        continue
      }
      // Chinese name: Surname + Given. A one-token place alias ("Чжане" for Zhangye, the
      // city Jining) yields to a surname + given-name reading. A hyphen never joins the two
      // ("сел Ак-Таш и Кан-Булун" is a village).
      // ("Чжао Синьхуа": a catalogued body's one-word name that reads as a given name after
      // a surname is the given name)
      if t + 1 < n, isShadowable(st, t), isShadowable(st, t + 1) || isGivenNameOfBody(st, t + 1),
        st.toks[t].capitalized, st.isCapName(t + 1) || isOneLetterGivenName(st, t + 1), st.joins(t, t + 1), !st.gap(t, t + 1).contains(where: { Normalizer.fold($0) == "-" }),
        let py = chineseName(st, t, t + 1)
      {
        // (Latin company words after the two name a company: "Jin Jiang International";
        // "Yuan Longping High-Tech Agriculture" is named after a person)
        if let e = companyRunEnd(st, after: t + 1) {
          if st.owner[t] == nil, st.owner[t + 1] == nil, !Morphology.isCyrillic(st.toks[t].folded), !isSentenceStartAndCommon(st, t) {
            addCompany(st, t, e)
            t = e
          }
          continue
        }
        if companyWordAfter(st, t + 1) { continue }
        // ("il vicepresidente di Jin Jiang" after "Jin Jiang International": the opening words
        // of a company the text has named are its short name)
        if st.owner[t] == nil, st.owner[t + 1] == nil, let id = companyOpenedBy(st, t, t + 1) {
          st.addSpan(t, t + 1, id: id)
          t += 1
          continue
        }
        if st.owner[t] != nil || st.owner[t + 1] != nil { release(st, t, t + 1) }
        addPerson(st, t, t + 1, id: personID(py), label: py)
        continue
      }
      // "Bagdat Mussin", "Астана Мусина": a town's one-word name that is also a given name,
      // before a free word with a surname's ending (not after a place's preposition: "in
      // Astana Kaliyev said" is rare, "flights to Astana" common)
      // ("Henan Dongfang Grain Industry": Dongfang is a town, Grain no surname)
      // "Рахмон Рустамзода": so is a well-known person's one-word surname that is also a given
      // name, before a free word with a surname's ending (the Tajik -зода too)
      if let o = st.owner[t], t + 1 < n {
        let town = isShadowable(st, t) && st.isCapName(t) && !(t > 0 && Lexicon.placePrepositions.contains(st.toks[t - 1].folded))
          && !(t + 2 < n && st.cands[t + 2].contains { Lexicon.placeCues[$0] != nil }) && !companyWordAfter(st, t + 1)
          && (surnameFollows(st, t, endings: Lexicon.strongSurnameSuffixes)
            // (or a common given name, before any word a surname can be: "Vladimir Mayer",
            // "Sofia Rossi")
            || Lexicon.isGivenName(st.toks[t].folded) && surnameFollows(st, t, endings: [""]) && latinOrCyrillicNameWord(st, t + 1))
        let known = !town && st.spans[o].first == t && st.spans[o].last == t
          && st.entities[st.spans[o].key].map { $0.kind == .person && $0.label.contains(" ") } == true
          && surnameFollows(st, t, endings: Self.otherSurnameSuffixes)
        if town || known {
          release(st, t, t)
          let label = st.original(t) + " " + Morphology.nominativeName(st.original(t + 1))
          addPerson(st, t, t + 1, id: personID(label), label: label)
          t += 1
          continue
        }
      }
      guard st.owner[t] == nil else { continue }
      // "Р. Скляр", "К.-Ж. Токаев": initials and a surname
      if let (k, pid) = initialsAndSurname(st, t) {
        if let p = pid {
          if st.owner[k] != nil { release(st, k, k) }
          st.addSpan(t, k, id: p)
        } else {
          if st.owner[k] != nil { release(st, k, k) }
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
            // (the given name in any case: "Талгат Оралович" after "Талгатом Алдажаровым")
            return m.text.split(separator: " ").first.map { w in
              WordKey.same(String(w), st.original(t)) || Morphology.candidates(Normalizer.fold(String(w))).contains(st.toks[t].folded)
            } ?? false
          })
        {
          st.addSpan(t, t + 1, id: pid)
          t += 1
          continue
        }
      }
      // "Нурбек Маматжан уулу", "Aida Toktogul kyzy": a given name, the father's name and the
      // word for "son/daughter of" written apart (Kyrgyz, Kazakh) are one name
      if st.isCapName(t), t + 2 < n, st.owner[t + 1] == nil, st.isCapName(t + 1), st.joins(t, t + 1), st.joins(t + 1, t + 2), !st.toks[t + 2].capitalized,
        Lexicon.filiationWords.contains(st.toks[t + 2].folded), isGivenNameLike(st.toks[t].folded), Self.role(of: st, at: t) == nil, !st.inTitle(t)
      {
        let label = st.text(t, t + 2)
        addPerson(st, t, t + 2, id: personID(label), label: label)
        t += 2
        continue
      }
      // a given name and a surname with its particle: "Pasquale D'Avino", "Ursula von der Leyen"
      if st.isCapName(t), !st.inTitle(t), !st.inByline(t), Lexicon.isGivenName(st.toks[t].folded), t + 1 < n, st.owner[t + 1] == nil, st.joins(t, t + 1),
        let b = particleSurnameEnd(st, from: t + 1), st.sentenceOf(b) == st.sentenceOf(t)
      {
        let label = st.text(t, b)
        addPerson(st, t, b, id: personID(label), label: label)
        t = b
        continue
      }
      // a common given name and a capitalised word: "Giorgia Meloni", "Paolo Gentiloni Rossi"
      // (the word may be a company the catalogue names after a family: "Andrea Pirelli")
      if st.isCapName(t), !st.inTitle(t), !st.inByline(t), Lexicon.isGivenName(st.toks[t].folded), t + 1 < n,
        st.owner[t + 1] == nil || isFamilyBrand(st, t + 1), st.isCapName(t + 1), st.joins(t, t + 1),
        st.sentenceOf(t + 1) == st.sentenceOf(t), latinOrCyrillicNameWord(st, t + 1)
      {
        if st.owner[t + 1] != nil { release(st, t + 1, t + 1) }
        var b = t + 1
        if b + 1 < n, st.owner[b + 1] == nil, st.isCapName(b + 1), st.joins(b, b + 1), latinOrCyrillicNameWord(st, b + 1), st.sentenceOf(b + 1) == st.sentenceOf(t),
          !beforePlaceCue(st, b + 1),
          // (nor is a body's word or a common noun a third name: "министр Ербол Мырзабосынов
          // Үкімет отырысында мәлімдеді")
          !st.hasOrgCue(b + 1), !Lexicon.kazakhCommonNouns.contains(st.toks[b + 1].folded),
          // (a Chinese surname and given name after the two open another person's name:
          // "Жансая Әбдімәлік Цзюй Вэньцзюньмен тең ойнады")
          !(b + 2 < n && st.isCapName(b + 2) && st.joins(b + 1, b + 2) && chineseName(st, b + 1, b + 2) != nil)
        { b += 1 }
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
        !Self.spacedDash(st, t, t + 1),  // "Достық – Мойынты" is a route, not a name
        // (nor does a hyphen join a given name and a surname: "Кочкор-Атинский район",
        // "Джалал-Абадского облуправления" are a place's adjectives)
        !st.gap(t, t + 1).contains(where: { Normalizer.fold($0) == "-" }),
        // (nor two scripts: "Компания Huaxin Cement")
        Morphology.isCyrillic(st.toks[t].folded) == Morphology.isCyrillic(st.toks[t + 1].folded),
        !Lexicon.stopCapitalized.contains(st.toks[t].folded), !Lexicon.honorifics.contains(st.toks[t].folded),
        // (nor is a sentence's opening verb a given name: "Выступил Горчаков")
        !isOpeningRussianVerb(st, t),
        // (nor is a company's word a surname: "Hongqi Chain", "Jin Jiang International")
        !Lexicon.describingCuesLatin.contains(st.toks[t + 1].folded), !Lexicon.subsidiaryWords.contains(st.toks[t + 1].folded),
        // (nor are a company's words before its industry's: "Hunan Xiangliang Grain Industry")
        !companyWordAfter(st, t + 1)
      {
        let sur = Morphology.nominativeName(st.original(t + 1))
        let f = Normalizer.fold(sur)
        // "… of Ministers Adylbek Kasymaliev": when the next word is a surname too, the name
        // starts one word later
        let surnameNext = t + 2 < n && st.owner[t + 2] == nil && st.isCapName(t + 2) && st.joins(t + 1, t + 2) && looksLikeSurname(st, t + 2)
        // (a facility's noun opening a sentence is no given name: "Комбинат Федоров және …")
        if Lexicon.surnameSuffixes.contains(where: { f.hasByteSuffix($0) && f.count >= $0.count + 3 }), !surnameNext, !Self.featureWordsEN.contains(f), Self.role(of: st, at: t) == nil, Lexicon.roles[st.toks[t].folded] == nil, Lexicon.orgCues[st.toks[t].folded] == nil, isGivenNameLike(st.toks[t].folded), !(isSentenceStart(st, t) && Lexicon.sentenceStarters.contains(st.toks[t].folded)),
          !st.cands[t].contains(where: { Lexicon.projectCues.contains($0) }),
          // (nor a Kazakh common noun opening the sentence: "Жоба Тұрғынбеков басқарады", "Кешен
          // Қонаев пен … ауылдарын …")
          !(isSentenceStart(st, t) && Lexicon.kazakhCommonNouns.contains(st.toks[t].folded)),
          // (nor a town's name before its cue: "Жабдық Цзоупин қаласынан жеткізіледі" brings
          // the equipment from Zouping)
          !(t + 2 < n && st.joins(t + 1, t + 2) && !st.toks[t + 2].capitalized && st.cands[t + 2].contains { Lexicon.placeCues[$0] == .city }),
          // (nor a body's cue in a case form: "Кабинета Министров")
          !(Morphology.isCyrillic(st.toks[t].folded) && st.hasOrgCue(t)),
          // (nor an Italian adjective after a body's capitalised cue: "Università Eurasiatica
          // Gumilev", "Università Statale Lomonosov")
          !(st.doc.language == "it" && t > 0 && st.toks[t - 1].capitalized && st.joins(t - 1, t) && st.hasOrgCue(t - 1) && Self.isItalianAdjective(st.toks[t].folded))
        {
          // (a given name in -а/-я and a surname in -ова/-ева/-ина: a woman's name, or a man's
          // in the genitive)
          let femininePair = ["ова", "ева", "ёва", "ина"].contains(where: { st.toks[t + 1].folded.hasByteSuffix($0) }) && ["а", "я"].contains(where: { st.toks[t].folded.hasByteSuffix($0) })
          // a city's one-word mention yields only to a surname in a feminine or masculine form
          // (not before a town cue: "Қонаев қаласында"; not after a Kazakh word in a case
          // form: "Кездесуде Қонаев …")
          if st.owner[t + 1] != nil {
            guard isOtherPersonsSurname(st, given: t, surname: t + 1) || Self.genderedSurnameEndings.contains(where: { st.toks[t + 1].folded.hasByteSuffix($0) }) else { continue }
            guard !(t + 2 < n && st.cands[t + 2].contains { Lexicon.placeCues[$0] == .city }) else { continue }
            // (a woman's given name before her surname's feminine form is no case form, though
            // it ends as a locative does: "басшысы Саида Мирзиёева")
            guard !(st.doc.language == "kk" && Morphology.hasKazakhCaseEnding(st.toks[t].folded)) || femininePair else { continue }
            release(st, t + 1, t + 1)
          }
          var label = Morphology.nominativeGiven(st.original(t), surname: st.original(t + 1)) + " " + sur
          // "министра Узбекистана Жамшида Ходжаева": after a role in the genitive, with only
          // its complement between, a man's name is declined too (not a role word inside a
          // body's name: "глава Администрации Президента Узбекистана Саида Мирзиёева")
          // (a long complement too, its fields listed with commas: "министра цифрового развития,
          // инноваций и аэрокосмической промышленности Республики Казахстан Жаслана Мадиева")
          if st.doc.language == "ru", let r = (max(0, t - 12)..<t).last(where: { Self.role(of: st, at: $0) != nil && st.entityKind(at: $0) != .organization }), Self.isDeclinedRole(st.toks[r].folded),
            // (or a place's cue word: "заместителя акима области Бауыржана Сакенова"; or, in
            // one clause, words in the genitive: "заместителя председателя Кабинета министров
            // Туркменистана Батыра Аманова")
            ((r + 1)..<t).allSatisfy({ k in
              st.owner[k] != nil || st.cands[k].contains { Lexicon.placeCues[$0] != nil }
                || st.joins(k - 1, k, comma: true) && Morphology.isRussianGenitive(st.toks[k].folded, afterPluralAdjective: false) && !Morphology.isRussianAdjective(st.toks[k].folded)
                // (and adjectives in the genitive: "министра сельского хозяйства Узбекистана
                // Отабека Хакимова"; plural nouns in -ий read as adjectives, listed with commas:
                // "развития, инноваций и …")
                // (a place's adjective may be capitalised: "директора Казахстанской федерации
                // шахмат Дархана Асадилова")
                // (or a district's, before its place cue: "хокима Кумкурганского района Шухрата
                // Эргашева")
                || st.joins(k - 1, k, comma: true)
                  && (!st.toks[k].capitalized || adjectiveEntity(st.toks[k].folded) != nil || k + 1 < t && st.cands[k + 1].contains { Lexicon.placeCues[$0] != nil })
                  && Morphology.isRussianAdjective(st.toks[k].folded) && ["ого", "его", "ых", "их", "ой", "ей", "ий"].contains(where: { st.toks[k].folded.hasByteSuffix($0) })
                || st.joins(k - 1, k) && st.toks[k].folded.hasByteSuffix("ов") && st.toks[k].folded.unicodeScalars.count >= 6
                // (two complements joined by "и": "министра транспорта и коммуникаций
                // Кыргызстана Тилека Текебаева"; a place after "в": "представителя президента
                // в Ошской области Бакыта Сыдыкова")
                || st.toks[k].folded == "и" && k > r + 1 && k + 1 < t
                || k > r + 1 && st.toks[k - 1].folded == "и" && Morphology.isRussianGenitive(st.toks[k].folded, afterPluralAdjective: false)
                || st.toks[k].folded == "в" && k + 1 < t && st.owner[k + 1] != nil && st.entityKind(at: k + 1).map { $0 == .region || $0 == .city } == true
                // (a portfolio after "по": "заместителя председателя Кабинета министров
                // Туркменистана по нефтегазовому комплексу Батыра Амангельдыева")
                // (right after the role too: "министра по инвестициям Айбека Тулегенова")
                || st.toks[k].folded == "по" && k + 1 < t
                // (a company's legal form before its quoted name: "директора ООО «Шахрихон
                // Гишт» Илхомжона Турсунова")
                || Lexicon.legalForms.contains(st.toks[k].folded) && k + 1 < t && (st.owner[k + 1] != nil || insideQuotes(st, k + 1))
                // (a company's quoted name, which no rule has read yet: "директора «Ала Тоо»
                // Бакыта Мамытова")
                || st.toks[k].capitalized && insideQuotes(st, k)
                // (and its lower-case words: "по нефтегазовому комплексу")
                || !st.toks[k].capitalized && Morphology.isCyrillic(st.toks[k].folded) && k > r + 1 && ((r + 1)..<k).contains(where: { st.toks[$0].folded == "по" })
            }),
            !st.toks[t + 1].folded.hasByteSuffix("ой"), !st.toks[t + 1].folded.hasByteSuffix("ей"),
            // (nor the instrumental or dative: "представителем президента … Нурланом
            // Абдраимовым")
            !["ым", "им", "ом", "ем", "у", "ю"].contains(where: { st.toks[t + 1].folded.hasByteSuffix($0) })
          {
            label = Morphology.nominativeMasculine(st.original(t) + " " + st.original(t + 1))
          } else if st.doc.language == "ru", t >= 2, st.toks[t - 2].folded == "по", Self.russianSayingNouns.contains(st.toks[t - 1].folded), st.joins(t - 2, t - 1), st.joins(t - 1, t), femininePair
          {
            // "по словам Шухрата Эргашева": after "по словам" ("по мнению", "по данным") a name
            // stands in the genitive, where a surname in -ова is a man's
            label = Morphology.nominativeMasculine(st.original(t) + " " + st.original(t + 1))
          } else if ["овой", "евой", "иной", "ской"].contains(where: { st.toks[t + 1].folded.hasByteSuffix($0) }) {
            label = Morphology.nominativeFeminineGiven(st.original(t)) + " " + sur  // "Жанны Ивановой" → "Жанна Иванова"
          }
          // "Kassym-Jomart Toqaev": a hyphenated given name is read whole
          if t > 0, st.owner[t - 1] == nil, st.isCapName(t - 1), st.gap(t - 1, t).elementsEqual(["-"]), st.sentenceOf(t - 1) == st.sentenceOf(t) {
            label = st.original(t - 1) + "-" + label
            addPerson(st, t - 1, t + 1, id: personID(label), label: label)
            continue
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
          // (in English a country's name too: "Vice Minister Iran Sharkhan", where a country
          // never stands between a title and its holder; not before a third name word; its
          // surname may have been read alone: "Iran Bekov")
          // (in Russian, Kazakh and Italian too when the country stands in the nominative, as a
          // name does: "вице-министрі Иран Шархан"; a country after a title is in the genitive:
          // "министр Ирана")
          let countryAsGiven = { st.spans[o].first == k && st.spans[o].last == k && st.subkind(of: st.spans[o].key) == "country"
            && !(k + 2 < n && st.joins(k + 1, k + 2) && st.toks[k + 2].capitalized)
            && (st.doc.language == "en" || st.entities[st.spans[o].key].map { e in ([e.label] + e.labels.values + e.aliases).contains { Normalizer.fold($0) == st.toks[k].folded } } == true) }
          let surnameAlone = { k + 1 < n && st.owner[k + 1].map { st.spans[$0].first == k + 1 && st.spans[$0].last == k + 1 && st.entityKind(at: k + 1) == .person } == true }
          // (the role's lower-case complement may stand between: "вице-министр промышленности
          // Иран Шархан")
          // (and, before a country read as a given name, the place that ends the complement:
          // "заместитель министра промышленности Казахстана Иран Шарханов")
          // (not after "of"/"di", which open the role's complement: "direttore generale di
          // Uzbekistan Airports" names the body the director heads)
          let afterRole = k == r + 1 || k - r <= 3 && (r + 1..<k).allSatisfy { !st.toks[$0].capitalized && st.owner[$0] == nil && st.joins($0 - 1, $0) && !Lexicon.complementWords.contains(st.toks[$0].folded) }
            || k - r <= 6 && st.entityKind(at: k - 1) == .region && countryAsGiven()
              && (r + 1..<k).allSatisfy { (!st.toks[$0].capitalized && st.owner[$0] == nil || st.entityKind(at: $0) == .region) && st.joins($0 - 1, $0) }
          // (or set off by a comma after the role's complement, before a surname in a gendered
          // form: "il presidente del Turkmenistan, Serdar Berdimuhamedow")
          let appositiveGiven = { k - r <= 8 && st.gap(k - 1, k).contains(",") && isShadowable(st, k) && k + 1 < n
            && Self.genderedSurnameEndings.contains(where: { st.toks[k + 1].folded.hasByteSuffix($0) }) }
          if run.isEmpty, afterRole && (k == r + 1 && isShadowable(st, k) || countryAsGiven()) || appositiveGiven(), st.isCapName(k), k + 1 < n,
            st.owner[k + 1] == nil || countryAsGiven() && surnameAlone(),
            st.isCapName(k + 1), st.joins(k, k + 1),
            !Self.spacedDash(st, k, k + 1), st.sentenceOf(k + 1) == sent, Lexicon.orgCues[st.toks[k + 1].folded] == nil
          {
            run = [k, k + 1]
            k += 2
            break
          }
          // ("Институт директоры Ахметқал Медеу": a one-word site or town the catalogue names,
          // in its own form, right after a given name that follows the role, is the holder's
          // surname, unless a place cue or another name follows)
          if run.count == 1, run[0] == k - 1, !complement, st.joins(k - 1, k), isOwnName(st, k),
            run[0] == r + 1 || run[0] - r <= 3 && (r + 1..<run[0]).allSatisfy({ !st.toks[$0].capitalized && st.owner[$0] == nil && st.joins($0 - 1, $0) }),
            [.city, .project, .region].contains(st.entityKind(at: k)), st.subkind(of: st.spans[o].key) != "country",
            st.entities[st.spans[o].key]?.catalogued == true,
            !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized), !beforePlaceCue(st, k)
          {
            run.append(k)
            k += 1
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
          // (past the quoted word itself even when the quotes' parity says it is outside them,
          // as after a stray closing quote: `Express" spokesperson "Central`)
          k += 1
          while k < n, st.sentenceOf(k) == sent, insideQuotes(st, k) { k += 1 }
          continue
        }
        if st.isCapName(k) && !Lexicon.stopCapitalized.contains(st.toks[k].folded) && (run.isEmpty || st.joins(run.last!, k) && !Self.spacedDash(st, run.last!, k)) {
          if run.isEmpty && k > r + 1 && Lexicon.complementWords.contains(st.toks[k - 1].folded) { complement = true }
          // ("direttore del parco nazionale Karatal-Japyryk": a name after an Italian facility's
          // noun is the facility's)
          if run.isEmpty, st.doc.language == "it", (r + 1..<k).contains(where: { !st.toks[$0].capitalized && Lexicon.projectPhraseOpeners.contains(st.toks[$0].folded) }) { complement = true }
          // (a body's cue in any case form: "председатель Комитета доходов Жанибек Нурлыбай",
          // whose body the organisation pass reads later)
          if Lexicon.orgCues[st.toks[k].folded] != nil || Lexicon.eventCues[st.toks[k].folded] != nil || Self.role(of: st, at: k) != nil
            || Morphology.isCyrillic(st.toks[k].folded) && st.hasOrgCue(k)
            || Lexicon.projectWordsEN.contains(st.toks[k].folded) || Lexicon.notNameWords.contains(st.toks[k].folded)
          {
            run = []  // "…People's Federation An Husai": the name starts after the cue
            complement = false
            // ("direttore della Banca Intesa Sanpaolo": in Italian the words after a body's cue
            // that "della" opens are the body's name, unless a given name starts them)
            if st.doc.language == "it", k > 0, Self.italianArticledOf.contains(st.toks[k - 1].folded), k + 1 < n, st.joins(k, k + 1),
              !Lexicon.isGivenName(st.toks[k + 1].folded)
            { complement = true }
          } else {
            run.append(k)
          }
          k += 1
          continue
        }
        if st.toks[k].folded == "s" && !run.isEmpty { k += 1; continue }
        if !run.isEmpty {
          if complement && (Lexicon.complementWords.contains(st.toks[k].folded) || !st.toks[k].capitalized) && k - r < 10 && !st.gap(run.last!, k).contains(",") {
            // (a coordinator before a lower-case word joins no portfolio: "del viceministro
            // degli Esteri Edmondo Cirielli e dell'ambasciatore …")
            let closing = !Lexicon.complementWords.contains(st.toks[k].folded)
              || Lexicon.coordinators.contains(st.toks[k].folded) && k + 1 < n && !st.toks[k + 1].capitalized && st.sentenceOf(k + 1) == sent
            if closing, let holder = portfolioHolder(st, run) {
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
      // "әкімі Берік Уәли Тарбағатай ауданына": a word before a lower-case place cue names
      // the place, and a name of two words or more stands before it
      if run.count >= 3, let last = run.last, beforePlaceCue(st, last) { run.removeLast() }
      let a = run.first!, b = run.last!
      // the run must end the phrase: followed by punctuation, a lower-case word or the sentence end
      // (a place or body named next is not part of it: "әкімі Ғабит Сыздықбеков Қытайдың …")
      if b + 1 < n, st.sentenceOf(b + 1) == sent, st.joins(b, b + 1), st.toks[b + 1].capitalized, st.owner[b + 1] == nil || st.entityKind(at: b + 1) == .person,
        !st.gap(b, b + 1).contains(where: Self.isOpeningQuote)
      { continue }
      if a == b, st.toks[a].folded.count < 3 { continue }
      // ("Министр Қытайдың Білім министрі Хуай Цзиньпэнмен": words right before another role
      // word are that role's portfolio and country, not the first role's holder)
      // (the portfolio's lower-case words may stand between: "Денсаулық сақтау министрі",
      // "Білім және ғылым министрі")
      // (not a conjunction: "Шерали Кабир и вице-президент …" is the holder and the next role)
      if let r2 = (b + 1..<min(n, b + 4)).first(where: { Self.role(of: st, at: $0) != nil }), st.sentenceOf(r2) == sent,
        (b + 1...r2).allSatisfy({ !st.toks[$0].capitalized && st.joins($0 - 1, $0) && !Lexicon.coordinators.contains(st.toks[$0].folded) })
      { continue }
      // (in Kazakh a place's name in the genitive opens no person's name: "Қытайдың Білім және
      // ғылым министрі" is China's minister)
      if st.doc.language == "kk", a < b, let cut = RelationRules.kazakhGenitive.first(where: { st.toks[a].folded.hasByteSuffix($0) }),
        catalogHasPlace(named: String(st.toks[a].folded.dropLast(cut.count)))
      { continue }
      // ("вице-президент Торговой палаты Синьцзяна": one adjective right before a body's
      // lower-case cue opens the body's name)
      if a == b, b + 1 < n, st.joins(b, b + 1), !st.toks[b + 1].capitalized, st.hasOrgCue(b + 1), Morphology.isCyrillic(st.toks[a].folded),
        Morphology.isRussianAdjective(st.toks[a].folded)
      { continue }
      // ("представители Фонда Горчакова": one word right after a body's capitalised cue is the
      // name of the body, named after a person, not its officer's)
      if a == b, a > 0, st.toks[a - 1].capitalized, st.joins(a - 1, a), Morphology.isCyrillic(st.toks[a - 1].folded),
        st.hasOrgCue(a - 1)
      { continue }
      if run.allSatisfy({ adjectiveEntity(st.toks[$0].folded) != nil }) { continue }
      // "Аким Тогуз-Тороуского района …": a name right before a place cue names the place
      if beforePlaceCue(st, b) { continue }
      // ("глава Джалал-Абадского облуправления": a hyphenated place adjective before a
      // lower-case noun qualifies the noun)
      if a < b, st.gap(b - 1, b).elementsEqual(["-"]), Morphology.isCyrillic(st.toks[b].folded), Morphology.isRussianAdjective(st.toks[b].folded),
        b + 1 < n, !st.toks[b + 1].capitalized, st.joins(b, b + 1), st.sentenceOf(b + 1) == sent
      { continue }
      var label = labelForPerson(st, a, b)
      // "вице-премьера Узбекистана Жамшида Ходжаева": after a role in the genitive (or the
      // animate accusative) a man's name is declined too
      // (a woman's name declines to -ой/-ей: "министра Жанны Ивановой" is read as before)
      if st.doc.language == "ru", a < b, Self.isDeclinedRole(st.toks[r].folded), chineseName(st, a, b) == nil,
        !st.toks[b].folded.hasByteSuffix("ой"), !st.toks[b].folded.hasByteSuffix("ей")
      {
        label = Morphology.nominativeMasculine(label)
      }
      for k in a...b where st.owner[k] != nil { release(st, k, k) }
      addPerson(st, a, b, id: personID(label), label: label)
    }
    // Apposition: "Jiang Wei, Chinese Consul General in Almaty" (not a byline's author: "di
    // Marco Bellini, ricercatore dell'ISPI")
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) && !Lexicon.stopCapitalized.contains(st.toks[t].folded) && !isStarter(st, t) && !st.inTitle(t) && bylineNameEnd(st, t) == nil {
      var b = t
      while b + 1 < n, b - t < 3, st.owner[b + 1] == nil, st.isCapName(b + 1), st.joins(b, b + 1) { b += 1 }
      guard b + 1 < n, st.gap(b, b + 1).contains(","), b > t || st.toks[t].folded.count > 3 else { continue }
      // (a state body's capitalised words are no person's: "на заседании Кабинета Министров,
      // которое провёл Президент")
      if (t...b).contains(where: { k in Lexicon.russianBodyWordStems.contains { st.toks[k].folded.hasBytePrefix($0) } }) { continue }
      // one word opening a sentence is an adverb ("Separately, Kazakh Deputy Minister …")
      // unless it reads as a surname
      if b == t, isSentenceStart(st, t), !looksLikeSurname(st, t) { continue }
      // (nor is a month or a weekday, nor one word after a preposition of place or time: "in
      // June, the minister said", "at Zhanatogay, the minister said")
      // (nor a hyphenated name after one: "near Kara-Keche, attended by President …")
      if b == t || st.gap(t, t + 1).elementsEqual(["-"]),
        Lexicon.weekdaysAndMonths.contains(st.toks[t].folded) || t > 0 && ["in", "at", "on", "since", "during", "until", "near"].contains(st.toks[t - 1].folded)
      { continue }
      // (a quoted name is a company's or a work's: "фирма «Агро-Самарканд», сообщил министр")
      if t > 0, st.gap(t - 1, t).contains(where: Self.isOpeningQuote) { continue }
      var ok = false
      // (or a word of birthplace: "Bater Wuliji, originario di Hohhot", "a native of")
      for k in (b + 1)..<min(n, b + 4) where Self.role(of: st, at: k) != nil || Lexicon.birthplaceWords.contains(st.toks[k].folded) { ok = true }
      if ok && (t == 0 || !st.joins(t - 1, t) || !st.toks[t - 1].capitalized || isStarter(st, t - 1)) {
        let label = labelForPerson(st, t, b)
        addPerson(st, t, b, id: personID(label), label: label)
      }
    }
  }

  /// "Елдос Сметов, Ғалымжан Қырықбаев және Абылайхан Жұбаназар": two free capitalised words
  /// listed beside a person's two-word name (after a comma or a coordinator, or before one)
  /// are a person's name too, though the surname has no surname's ending. O(tokens).
  func listedPersons(_ st: State) {
    let n = st.toks.count
    func personEnd(_ k: Int) -> Bool {
      guard k >= 0, let o = st.owner[k], st.spans[o].last == k, st.spans[o].last > st.spans[o].first else { return false }
      return st.entityKind(at: k) == .person
    }
    func personStart(_ k: Int) -> Bool {
      guard k < n, let o = st.owner[k], st.spans[o].first == k, st.spans[o].last > st.spans[o].first else { return false }
      return st.entityKind(at: k) == .person
    }
    // (a comma alone may set off an apposition, "the founder of Arba Wine, Yerlan Aibassov":
    // a coordinator must join the pair to a person, or commas set it between two)
    func listed(_ a: Int, _ b: Int) -> Bool {
      let comma: ([Unicode.Scalar]) -> Bool = { $0 == [",", " "] }
      let leftAnd = a >= 2 && Lexicon.coordinators.contains(st.toks[a - 1].folded) && st.joins(a - 2, a - 1) && st.joins(a - 1, a) && personEnd(a - 2)
      let rightAnd = b + 2 < n && Lexicon.coordinators.contains(st.toks[b + 1].folded) && st.joins(b, b + 1) && st.joins(b + 1, b + 2) && personStart(b + 2)
      let leftComma = a >= 1 && comma(Array(st.gap(a - 1, a))) && personEnd(a - 1)
      let rightComma = b + 1 < n && comma(Array(st.gap(b, b + 1))) && personStart(b + 1)
      return leftAnd || rightAnd || leftComma && rightComma
    }
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      guard st.owner[t] == nil, st.owner[t + 1] == nil, st.isCapName(t), st.isCapName(t + 1), st.gap(t, t + 1).elementsEqual([" "]),
        !(t + 2 < n && st.toks[t + 2].capitalized && st.joins(t + 1, t + 2)), st.sentenceOf(t + 1) == st.sentenceOf(t),
        Morphology.isCyrillic(st.toks[t].folded) == Morphology.isCyrillic(st.toks[t + 1].folded),
        isGivenNameLike(st.toks[t].folded), latinOrCyrillicNameWord(st, t), latinOrCyrillicNameWord(st, t + 1),
        Self.role(of: st, at: t) == nil, !st.inTitle(t), !insideQuotes(st, t), listed(t, t + 1),
        // ("Poly Culture vice president": a body's short name before its officer)
        !(t + 2 < n && Self.role(of: st, at: t + 2) != nil),
        // (nor two words of a body the text has named: "Chuanqing Drilling's general manager"
        // after "CNPC Chuanqing Drilling Engineering Company")
        !namesBodyWords(st, t, t + 1)
      else { continue }
      let label = labelForPerson(st, t, t + 1)
      addPerson(st, t, t + 1, id: personID(label), label: label)
      t += 1
    }
  }

  /// Whether tokens a...b are consecutive words of an organisation's label the text has read
  /// ("Chuanqing Drilling" in "CNPC Chuanqing Drilling Engineering Company"). O(entities ×
  /// label words).
  func namesBodyWords(_ st: State, _ a: Int, _ b: Int) -> Bool {
    let words = (a...b).map { st.toks[$0].folded }
    for id in st.order {
      guard let i = st.entities.index(forKey: id), st.entities.values[i].kind == .organization else { continue }
      let label = Segmenter.words(in: Array(st.entities.values[i].label.unicodeScalars)).map(\.folded)
      guard label.count > words.count else { continue }
      for k in 0...(label.count - words.count) where zip(label[k...], words).allSatisfy({ WordKey.same($0, $1) }) { return true }
    }
    return false
  }

  /// The last token of a surname that opens with a particle at `k`: an elided one ("D'Avino",
  /// "Dell'Utri") or a word ("De Luca", "Di Maio", "von der Leyen", "van Rompuy"); nil otherwise.
  func particleSurnameEnd(_ st: State, from k: Int) -> Int? {
    let n = st.toks.count
    var k = k
    var particles = 0
    while k + 1 < n, particles < 2, Lexicon.surnameParticles.contains(st.toks[k].folded), st.owner[k + 1] == nil {
      let g = st.gap(k, k + 1)
      let elided = g.elementsEqual(["'"]) || g.elementsEqual(["’"])
      guard elided || st.joins(k, k + 1) else { return nil }
      k += 1
      particles += 1
      if elided { break }
    }
    guard particles > 0, st.isCapName(k) else { return nil }
    return k
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

  /// Russian nouns after "по" that govern a person's genitive ("по словам", "по мнению",
  /// "по данным"), folded.
  static let russianSayingNouns: Set<String> = ["словам", "мнению", "данным", "оценке", "оценкам", "подсчетам", "информации", "сообщению"]

  /// A Russian role word in the genitive or animate accusative (министра, председателя,
  /// посла, вице-премьера): a role stem plus -а/-я.
  static func isDeclinedRole(_ folded: String) -> Bool {
    guard let last = folded.unicodeScalars.last, last == "а" || last == "я" else { return false }
    let stem = String(folded.unicodeScalars.dropLast())
    let word = stem.split(separator: "-").last.map(String.init) ?? stem
    // ("глава", "судья": nouns whose nominative ends so; their genitive is "главы", "судьи")
    if ["глав", "судь"].contains(word) { return false }
    return Lexicon.roles[word] != nil
  }

  /// A sentence's capitalised opener that is not a name ("Secondo Marco Mazzocchi, …").
  /// Token `t` stands right before a lower-case place cue, so it names the place
  /// ("Тарбағатай ауданына", "Таласской области").
  func beforePlaceCue(_ st: State, _ t: Int) -> Bool {
    let n = st.toks.count
    if t + 1 < n, st.joins(t, t + 1), !st.toks[t + 1].capitalized, st.cands[t + 1].contains(where: { Lexicon.placeCues[$0] != nil }) { return true }
    // ("Иссык-Кульскую и Нарынскую области": the first of two names that share the cue; a
    // Kazakh cue shared is plural, "Шу және Қордай аудандары", and a singular one is the second
    // name's alone: "әкімі Нұрдәулет Қилыбай және Ляньюньган қаласының мэрі")
    guard t + 3 < n, Lexicon.coordinators.contains(st.toks[t + 1].folded), st.joins(t, t + 1), st.joins(t + 1, t + 2), st.toks[t + 2].capitalized,
      beforePlaceCue(st, t + 2)
    else { return false }
    return st.doc.language != "kk" || !st.cands[t + 3].contains(where: { Lexicon.placeCues[$0] != nil })
      || Morphology.kazakhPlural.contains(where: { st.toks[t + 3].folded.contains($0) })
  }

  func isStarter(_ st: State, _ t: Int) -> Bool { isSentenceStart(st, t) && Lexicon.sentenceStarters.contains(st.toks[t].folded) }

  /// A quote mark that can open a quoted name (a straight quote counts: it opens as often as it closes).
  static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool { c == "«" || c == "“" || c == "„" || c == "\"" }

  /// Whether token `t` alone is a catalogued company's or town's one-word Latin name, which a
  /// family name may also be ("Pirelli", "Benetton"; "Marco Ferrara", "Maria Verona"). The
  /// caller has a common given name right before it. O(1).
  func isFamilyBrand(_ st: State, _ t: Int) -> Bool {
    guard let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t, let e = st.entities[st.spans[o].key] else { return false }
    return e.catalogued && (e.kind == .organization || e.kind == .city && st.gap(t - 1, t).elementsEqual([" "])) && isLatinName(st, t)
  }

  /// Whether the word after token `t` is a free capitalised word one space on, in the same
  /// sentence, whose nominative ends in one of `endings` with three letters or more before
  /// it: a surname after a given name. O(endings).
  func surnameFollows(_ st: State, _ t: Int, endings: [String]) -> Bool {
    guard t + 1 < st.toks.count, st.owner[t + 1] == nil, st.isCapName(t + 1), st.joins(t, t + 1), st.gap(t, t + 1).elementsEqual([" "]),
      st.sentenceOf(t + 1) == st.sentenceOf(t)
    else { return false }
    let sur = Normalizer.fold(Morphology.nominativeName(st.original(t + 1)))
    // ("Tamga Mountain": an English noun with a surname's ending is none)
    return endings.contains { sur.hasByteSuffix($0) && sur.unicodeScalars.count >= $0.unicodeScalars.count + 3 } && !Self.featureWordsEN.contains(sur)
  }

  /// Surname endings that make the word after a known person's one-word surname another
  /// person's surname (``Lexicon/strongSurnameSuffixes`` and the Tajik -зода/-заде).
  static let otherSurnameSuffixes = Lexicon.strongSurnameSuffixes + ["зода", "zoda", "заде", "zade"]

  /// Surname endings in a masculine or feminine form, Cyrillic and Latin ("Ивановой",
  /// "Berdimuhamedow"), that take a one-word city's mention from the word before.
  static let genderedSurnameEndings = ["ова", "ева", "ина", "овой", "евой", "иной", "ов", "ев", "ov", "ev", "ova", "eva", "dow", "now", "pow", "mow", "yew", "dowa", "nowa", "powa", "mowa", "yewa"]

  /// A token is free, or covered by a one-token mention of a city (which a Chinese
  /// surname + given name reading may override).
  func isShadowable(_ st: State, _ t: Int) -> Bool {
    guard let o = st.owner[t] else { return true }
    let sp = st.spans[o]
    // (a town in the Kazakh locative says where, as no given name does: "Ақтөбедегі")
    return sp.first == sp.last && st.entities[sp.key]?.kind == .city
      && (!Morphology.hasKazakhLocativeEnding(st.toks[t].folded, attributive: true, longerThan: 4) || isOwnName(st, t))
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

  /// Gives the tokens of span `sp` to entity `id`: the mention moves there from the entity
  /// that had it (a short or second name found to be another's).
  func reassign(_ st: State, _ sp: Span, to id: String) {
    release(st, sp.first, sp.last)
    st.addSpan(sp.first, sp.last, id: id)
  }

  /// Moves every mention entity `from` still holds to entity `to` (one node named two ways).
  /// O(spans).
  func moveMentions(_ st: State, of from: String, to id: String) {
    let spans = st.spans.indices.filter { st.spans[$0].key == from && st.owner[st.spans[$0].first] == $0 }.map { st.spans[$0] }
    for sp in spans { reassign(st, sp, to: id) }
  }

  /// Whether the token after `k` is a capitalised Latin company word joined to it ("Jin Jiang
  /// International", "Xiangliang Grain Industry") or a facility's ("Peng Sheng Industrial
  /// Park"): the words before it name a company or a site, not a person. O(1).
  func companyWordAfter(_ st: State, _ k: Int) -> Bool {
    guard k + 1 < st.toks.count, st.toks[k + 1].capitalized, st.joins(k, k + 1), !Morphology.isCyrillic(st.toks[k + 1].folded) else { return false }
    let w = st.toks[k + 1].folded
    if Lexicon.subsidiaryWords.contains(w) || Lexicon.industryWords.contains(w) { return true }
    // ("Peng Sheng Industrial Park": or a facility's capitalised word, after what it does)
    if Lexicon.projectWordsEN.contains(w) && w != "station" { return true }
    return Lexicon.projectModifiersEN.contains(w) && k + 2 < st.toks.count && st.toks[k + 2].capitalized && st.joins(k + 1, k + 2)
      && Lexicon.projectWordsEN.contains(st.toks[k + 2].folded)
  }

  /// The last token of capitalised Latin words right after token `k` that end in a company's
  /// or industry's word ("… High-Tech Agriculture", "… Grain Industry"): up to four free
  /// words joined by spaces or hyphens; nil if they end in none. O(1).
  func companyRunEnd(_ st: State, after k: Int) -> Int? {
    var last: Int?
    var j = k + 1
    while j < st.toks.count, j - k <= 4, st.toks[j].capitalized, st.owner[j] == nil, !Morphology.isCyrillic(st.toks[j].folded),
      st.gap(j - 1, j).elementsEqual([" "]) || st.gap(j - 1, j).elementsEqual(["-"])
    {
      let w = st.toks[j].folded
      if Lexicon.subsidiaryWords.contains(w) || Lexicon.industryWords.contains(w) { last = j }
      j += 1
    }
    return last
  }

  /// The company of this text whose label opens with tokens a...b and goes on ("Jin Jiang" of
  /// "Jin Jiang International"), or nil. O(entities).
  func companyOpenedBy(_ st: State, _ a: Int, _ b: Int) -> String? {
    let prefix = Normalizer.fold(st.text(a, b)) + " "
    return st.order.first { id in
      guard let e = st.entities[id], e.kind == .organization else { return false }
      return Normalizer.fold(e.label).hasBytePrefix(prefix)
    }
  }

  /// Whether token `k` is a catalogued body's whole one-word mention ("Синьхуа", the news
  /// agency) that a surname before it makes a given name ("Чжао Синьхуа"). O(1).
  func isGivenNameOfBody(_ st: State, _ k: Int) -> Bool {
    guard let o = st.owner[k], st.spans[o].first == k, st.spans[o].last == k, let e = st.entities[st.spans[o].key] else { return false }
    return e.kind == .organization && e.catalogued
  }

  /// A dash with spaces between two words, which never joins the parts of a personal name.
  static func spacedDash(_ st: State, _ a: Int, _ b: Int) -> Bool {
    let g = st.gap(a, b)
    return g.contains(" ") && g.contains { Normalizer.fold($0) == "-" }
  }

  /// Whether the word at `t` opens a Russian sentence as a past-tense verb ("Выступил",
  /// "Отметила", "Прибыл", "Встретился"), a reflexive one of the present ("Строится") or a
  /// present one in -ает/-ует/-ают… ("Работает"): six
  /// letters or more with such an ending, and not one of the given names that end like one
  /// (``Lexicon/verbLikeGivenNames``). O(1).
  func isOpeningRussianVerb(_ st: State, _ t: Int) -> Bool {
    let f = st.toks[t].folded
    guard st.doc.language == "ru", isSentenceStart(st, t), f.unicodeScalars.count >= 6, !Lexicon.isGivenName(f), !Lexicon.verbLikeGivenNames.contains(f) else { return false }
    // (or a reflexive verb of the present: "Строится Бостанлыкская ГАЭС"; no name ends in -тся;
    // or a present verb of the first conjugation: "Работает Балхашский …", "Продолжают …")
    return Lexicon.russianPastEndings.contains { f.hasByteSuffix($0) } || f.hasByteSuffix("тся")
      || Lexicon.russianPresentEndings.contains { f.hasByteSuffix($0) }
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
    // (К.-Ж., and Е. А. with a space)
    if k < n, initial(k), st.gap(t, k).allSatisfy({ $0 == "." || $0 == "-" || $0 == " " }), st.gap(t, k).count <= 2 { k += 1 }
    guard k < n, st.isCapName(k), st.toks[k].end - st.toks[k].start >= 3, st.gap(k - 1, k).allSatisfy({ $0 == "." || $0 == " " }) else { return nil }
    if let o = st.owner[k] {
      let sp = st.spans[o]
      guard sp.first == k, sp.last == k else { return nil }
      if st.entityKind(at: k) == .person { return (k, sp.key) }
      // ("named after I. Razzakov": a town's one-word name with a surname's ending is a
      // surname after initials; the caller takes the token back)
      guard isShadowable(st, k), looksLikeSurname(st, k) else { return nil }
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
    // ("the Junggar Basin": an English feature's word is no surname)
    return latinNameWord(st, t)
      && !Lexicon.projectWordsEN.contains(f) && !Lexicon.sentenceStarters.contains(f) && !Self.featureWordsEN.contains(f)
  }
  /// English feature words and common nouns that end as surnames do (-in, -ov …) and so
  /// read as a surname after any capitalised word: "the Tamga Mountain Resort", "the
  /// Junggar Basin", "Altyn Grain".
  static let featureWordsEN: WordSet = [
    "basin", "river", "lake", "glacier", "plateau", "desert", "canyon", "gorge", "peninsula", "valley", "mountains",
    "mountain", "fountain", "chain", "train", "plain", "plains", "main", "terrain", "domain", "bulletin", "origin", "margin",
    "cabin", "captain", "protein", "vitamin", "coin", "twin", "grain", "brain", "rain", "gain", "skin", "penguin", "dolphin",
  ]

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

  /// Whether token `t` is a Cyrillic one-letter given name, "И" (Pinyin yi) or "Е" (ye), after
  /// a surname: capitalised inside a sentence, where the conjunction is lower-case, and no
  /// initial (no full stop after it): "Чжан И сообщил", "Ли Е айтты". O(1).
  func isOneLetterGivenName(_ st: State, _ t: Int) -> Bool {
    (st.toks[t].folded == "и" || st.toks[t].folded == "е") && st.toks[t].capitalized && !isSentenceStart(st, t)
      && !(t + 1 < st.toks.count && st.gap(t, t + 1).first == ".")
  }

  /// A lone capitalised word reads as a person's name only if it carries a surname suffix
  /// (Sultanov, Рамазановой) or is a Chinese surname; "Договор" after "Главы" is not.
  func looksLikeSurname(_ st: State, _ t: Int) -> Bool {
    let f = Normalizer.fold(Morphology.nominativeName(st.original(t)))
    if Lexicon.surnameSuffixes.contains(where: { f.hasByteSuffix($0) && f.count >= $0.count + 3 }) { return true }
    let py = Morphology.isCyrillic(f) ? Self.palladiusSurname(f) : f
    return py.map { Lexicon.chineseSurnames.contains($0) } ?? false
  }

  /// Chinese surnames of two syllables (of ``Lexicon/chineseSurnames``), which a Cyrillic
  /// word spells whole ("Оуян"); "Сиань" (xi-an) is none.
  static let compoundSurnames: Set<String> = ["ouyang", "situ", "zhuge", "shangguan", "sima"]

  /// The Pinyin of a Cyrillic word that spells one Palladius syllable ("Сянь" → xian), or nil:
  /// a Chinese surname is one syllable, and "Сиань" (Xi'an, xi-an) is a city's two, unless
  /// the two spell one of the few compound surnames ("Оуян" → ouyang); "Ву" is read as wu.
  /// O(word).
  static func palladiusSurname(_ folded: String) -> String? {
    // ("Ву Лэй": Kazakh and sports pages write Wu with в, as English does with w; Palladius
    // has "У")
    if folded == "ву" { return "wu" }
    guard let syllables = Transliteration.pinyinSyllables(fromPalladius: folded) else { return nil }
    // (or a two-syllable surname: "Оуян" → ouyang, "Чжугэ" → zhuge)
    if syllables.count == 2, case let joined = syllables.joined(), Self.compoundSurnames.contains(joined) { return joined }
    guard syllables.count == 1 else { return nil }
    return syllables[0]
  }

  /// Pinyin of a two-token Chinese name, or nil.
  func chineseName(_ st: State, _ a: Int, _ b: Int) -> String? {
    let s = st.toks[a].folded, g = st.toks[b].folded
    let cyr = Morphology.isCyrillic(s)
    if s.count == 1 && !(cyr && ["е", "у", "и"].contains(s)) { return nil }
    let sp = cyr ? Self.palladiusSurname(s) : s
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
      func declined() -> [String]? {
        for (suf, rep) in Self.russianNameEndings where g.hasByteSuffix(suf) {
          if let p = read(String(g.dropLast(suf.count)) + rep) { return p }
        }
        return nil
      }
      func kazakhCase() -> [String]? {
        for suf in Self.kazakhNameEndings where g.unicodeScalars.count > suf.unicodeScalars.count + 2 && g.hasByteSuffix(suf) {
          let stem = String(g.unicodeScalars.dropLast(suf.unicodeScalars.count))
          if let p = read(stem) ?? kazakhE(stem) { return p }
        }
        return nil
      }
      // "Ван Имен" (with Wang Yi): a one-syllable given name and a Kazakh case ending, when
      // the text also names the person without it ("Ван И")
      func knownShortName() -> [String]? {
        guard st.doc.language == "kk" else { return nil }
        for suf in Self.kazakhNameEndings where g.unicodeScalars.count > suf.unicodeScalars.count && g.unicodeScalars.count <= suf.unicodeScalars.count + 2 && g.hasByteSuffix(suf) {
          let stem = String(g.unicodeScalars.dropLast(suf.unicodeScalars.count))
          if (0..<(st.toks.count - 1)).contains(where: { st.toks[$0].folded == s && st.toks[$0 + 1].folded == stem }), let p = read(stem) { return p }
        }
        return nil
      }
      // "Лю Цзиньмен", "Чжан Хунмен": in Kazakh a given name closing in "мен"/"бен"/"пен" is
      // read with the instrumental ("with") taken off, which a given name's syllable "men" or
      // "ben" rarely is
      // (but "Чжан Сяомен мен …", "Чжан Сяомен мырзамен" are Zhang Xiaomeng: a conjunction
      // follows, or a word that takes the case itself, or the text declines the whole word
      // elsewhere: "Сяоменнің")
      // (the document is scanned only for a name with such an ending)
      func kazakhWith() -> [String]? {
        guard st.doc.language == "kk", g.unicodeScalars.count >= 5, Lexicon.kazakhInstrumentals.contains(where: { g.hasByteSuffix($0) }),
          !(b + 1 < st.toks.count && (st.toks[b + 1].folded == "және" || Lexicon.kazakhInstrumentals.contains { st.toks[b + 1].folded.hasByteSuffix($0) })),
          !st.toks.contains(where: { $0.folded.utf8.count > g.utf8.count && $0.folded.hasBytePrefix(g) })
        else { return nil }
        let stem = String(g.unicodeScalars.dropLast(3))
        guard let p = read(stem) ?? kazakhE(stem), p.count <= 2 else { return nil }
        return p
      }
      // tried in order, each only when no earlier one has given at most two syllables
      // (a last syllable that is only a Russian case ending's vowel is read as that ending:
      // "Ли Чжэна" = Li Zheng, not "Zheng-a")
      var first: [String]?
      var caseVowel: [String]?  // such a reading, kept in case no other has at most two syllables
      for reading in [knownShortName, kazakhWith, { read(g) }, declined, { kazakhE(g) }, kazakhCase] {
        guard let r = reading() else { continue }
        if r.count == 2, ["a", "e", "u", "ya", "yu"].contains(r[1]) {
          if caseVowel == nil { caseVowel = r }
          continue
        }
        if r.count <= 2 { first = r; break }
        if first == nil { first = r }
      }
      if (first?.count ?? Int.max) > 2, let r = caseVowel { first = r }
      // (Pinyin marks a syllable that opens with a, o or e after another: "Bao'an")
      given = first.map { syl in syl.enumerated().map { i, x in i > 0 && (x.hasPrefix("a") || x.hasPrefix("o") || x.hasPrefix("e")) ? "'" + x : x }.joined() }
    } else if Transliteration.isPinyin(g) {
      given = g
    }
    // two syllables spell up to twelve letters (jiangping, zhuangzhuang)
    guard let gv = given, gv.count >= 2, gv.count <= 12 else { return nil }
    // "Ма Шанхай" is not a name; after a role word ("vicesindaco Chen Jining") it is
    // (or in apposition to one: "il vicepresidente di Zijin, Shen Shaoyang")
    let afterRole = (max(0, a - 3)..<a).contains { Self.role(of: st, at: $0) != nil }
      || (a > 0 && st.gap(a - 1, a).contains(",") && (max(0, a - 6)..<a).contains { Self.role(of: st, at: $0) != nil })
      // (or after a role and its complement of places and lower-case words: "генеральный
      // консул КНР в Алматы Гао Цзиньхуа"; a body's name too: "глава компании State Grid
      // Corporation of China Синь Баоань")
      || (max(0, a - 10)..<a).contains { r in
        Self.role(of: st, at: r) != nil && ((r + 1)..<a).allSatisfy { k in
          st.sentenceOf(k) == st.sentenceOf(a) && st.joins(k - 1, k)
            && (!st.toks[k].capitalized || st.entityKind(at: k) == .region || st.entityKind(at: k) == .city || st.entityKind(at: k) == .organization)
        } && st.joins(a - 1, a)
      }
    let name = surname.prefix(1).uppercased() + surname.dropFirst() + " " + gv.prefix(1).uppercased() + gv.dropFirst()
    // (nor is it after the text has named the person so: "губернаторының орынбасары Чэн
    // Фэнсян …", then "Чэн Фэнсян Сиань қаласында …")
    if !afterRole && catalogHasPlace(named: st.toks[b].folded) && st.kind(of: Transliteration.slug(name)) != .person { return nil }
    return name
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

  func catalogHasPlace(named folded: String) -> Bool { Self.hasOneWordName(folded, in: patterns) }

  /// Whether any form of the word is a one-word catalogue name (of an entry `entry` accepts,
  /// given its index). O(case readings of the word).
  static func hasOneWordName(_ folded: String, in patterns: WordMap<[Pattern]>, where entry: (Int) -> Bool = { _ in true }) -> Bool {
    for c in Morphology.candidates(folded) {
      if let ps = patterns[c], ps.contains(where: { $0.stems.count == 1 && entry($0.entry) }) { return true }
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
    if parts.count == 2, let py = Self.palladiusSurname(parts[0].lowercased()), Lexicon.chineseSurnames.contains(py), let g = Transliteration.pinyin(fromPalladius: parts[1].lowercased()) {
      return Transliteration.slug(py + " " + g)
    }
    // (a Pinyin syllable mark is no word break: "Xin Bao'an" is xin-baoan, as "Xin Baoan")
    if parts.count == 2, label.contains("'"), Lexicon.chineseSurnames.contains(parts[0].lowercased()) {
      return Transliteration.slug(label.replacingOccurrences(of: "'", with: ""))
    }
    return Transliteration.slug(label)
  }

  /// A Cyrillic name romanised word by word, each word capitalised ("Бейбіт Исабаев" →
  /// "Beybit Isabaev", "Қарабұлақ" → "Karabulak"). O(length).
  static func romanisedName(_ name: String) -> String {
    name.split(separator: " ").map { w in
      let l = Transliteration.latin(fromCyrillic: String(w))
      return l.prefix(1).uppercased() + l.dropFirst()
    }.joined(separator: " ")
  }

  /// The last token of a byline author's name that starts at token `t`, or at `t + 1` when
  /// `t` is the byline's word: a byline word opening its line, then capitalised words ("di
  /// Marco Bellini, ricercatore dell'ISPI", "*di Marco Bellini …*" in Markdown, "By Mark Bell,
  /// a researcher at …"). A capitalised Italian "Di" opens a surname ("Di Maio, ministro …"),
  /// not a byline. O(name length).
  func bylineNameEnd(_ st: State, _ t: Int) -> Int? {
    let n = st.toks.count
    var first = t
    if Lexicon.bylineOpeners.contains(st.toks[t].folded) { first = t + 1 }
    guard first >= 1, first < n, st.toks[first].capitalized, st.joins(first - 1, first) else { return nil }
    let o = first - 1
    guard Lexicon.bylineOpeners.contains(st.toks[o].folded), !(st.toks[o].folded == "di" && st.toks[o].capitalized),
      o == 0 || st.gap(o - 1, o).contains("\n")
    else { return nil }
    var e = first
    while e + 1 < n, st.toks[e + 1].capitalized, st.joins(e, e + 1) { e += 1 }
    return e
  }

  func addPerson(_ st: State, _ a: Int, _ b: Int, id: String, label: String) {
    // a quotation mark inside never stands in a person's name ("Облыста «Хуасин …» тобы")
    if a < b, (a..<b).contains(where: { st.gap($0, $0 + 1).contains(where: { "«»“”„\"".unicodeScalars.contains($0) }) }) { return }
    // an inflected mention of a person already seen in this document ("Марата Сейтказиева"
    // after "Марат Сейтказиев") joins that person: every token must be a form of theirs
    // (and a surname alone after a role, "әкімі Исабаев", joins the one person of that
    // surname: "Бейбіт Исабаев")
    var bySurname: [String] = []
    for pid in st.order where pid != id {
      // read in place: copying the entity out of the dictionary would copy all its fields
      guard let i = st.entities.index(forKey: pid), st.entities.values[i].kind == .person, let m = st.entities.values[i].mentions.first else { continue }
      let theirs = st.mentionStems(m)
      func same(_ k: Int, _ stem: String) -> Bool { st.cands[k].contains { WordKey.same($0, stem) } || st.candidateStems(k).contains { WordKey.same($0, stem) } }
      if a == b, theirs.count == 2, let last = theirs.last, same(a, last) { bySurname.append(pid) }
      guard theirs.count == b - a + 1 else { continue }
      if (a...b).enumerated().allSatisfy({ i, k in same(k, theirs[i]) }) {
        st.addSpan(a, b, id: pid)
        return
      }
    }
    if bySurname.count == 1 {
      st.addSpan(a, b, id: bySurname[0])
      return
    }
    // a catalogued person may be known under this romanisation
    var entityID = id
    if let ei = personByKey[id] ?? personByKey[Transliteration.nameKey(label)] {
      let e = catalog.entries[ei]
      entityID = e.id
      addCatalogued(st, e)
    } else if st.entities[id] == nil {
      // the canonical label is Latin (romanised); the original script is kept by language
      var labels: [String: String] = [:]
      var canonical = label
      if Morphology.isCyrillic(Normalizer.fold(label)) {
        labels[st.doc.language == "kk" ? "kk" : "ru"] = label
        canonical = Self.romanisedName(label)
      }
      st.addEntity(ExtractedEntity(id: id, label: canonical, kind: .person, subkind: nil, labels: labels, aliases: canonical == label ? [] : [label], parent: nil, mentions: [], catalogued: false))
    }
    st.addSpan(a, b, id: entityID)
  }
}
