import TextIngest

/// Relations read from how two names stand next to each other, the words between them and a
/// few clause cues, rather than from one trigger word anywhere in the sentence:
///
/// - a smaller place named with a larger one by case or preposition is `part_of` it ("села
///   Казыбек Ат-Башинского района", "the Ayni district of Sughd Region", "Uzbekistan's
///   Samarkand", "Хэйлунцзян провинциясының Харбин қаласы");
/// - a project or body followed by a locative place is `located_in` it ("the plant near
///   Konaev", "RIE di Bologna", "Астанадағы «Абу-Даби Плаза»", "headquartered in Xi'an");
///   a project on another project is `part_of` it ("тоннель … на автодороге …");
/// - a body is `part_of` the body its name starts with ("CNPC Chuanqing Drilling") or that a
///   subsidiary's or joint venture's word ties it to ("PowerChina's subsidiary SEPCOIII",
///   "attraverso la controllata Tecnimont", "their joint venture Zeravshan");
/// - a route's places are where the project lies ("da Kashgar … ad Andijan passando per
///   Jalal-Abad", "attraversare Uzbekistan, Tagikistan e Kirghizistan");
/// - parties to an agreement `signed` with each other ("Turkmengaz e CNPC hanno firmato",
///   "signed agreements with Masdar, China Energy and Huaneng"), people together at one
///   ceremony or signing `met_with` each other, and a person who talks with a body met it.
///
/// Cost: O(mentions) per sentence plus O(organisations² × mentions²) per document for the
/// name-prefix rule (a document names a few dozen bodies at most).
extension RelationRules {
  /// Places by size: a settlement, a district, a province or oblast, a country (macro-regions
  /// and natural features have no rank and take part in no containment read here).
  static func placeRank(_ st: Extractor.State, _ id: String) -> Int? {
    guard let k = st.kind(of: id) else { return nil }
    let sub = st.subkind(of: id)
    switch k {
    case .city: return sub == "district" ? 2 : 1
    case .region:
      switch sub {
      case "country": return 4
      case "district": return 2
      case "macro-region", "natural-feature": return nil
      default: return 3
      }
    default: return nil
    }
  }

  /// Russian genitive endings of a place's last word ("района", "области", "Казахстана",
  /// "Китая"): the place that follows a smaller one in this case contains it.
  static let russianGenitiveEndings = ["а", "я", "ы", "и", "ого", "его", "ой", "ей"]

  /// Words that put a body or project where it stands ("in", "near", "в", "a", "presso").
  static let placingWords: WordSet = ["in", "at", "near", "в", "во", "под", "близ", "около", "a", "ad", "presso", "nel", "nella", "nei", "vicino"]
  /// Words before a place that say where a body has its seat.
  static let seatCues: WordSet = ["headquartered", "based", "sede", "штаб", "штаб-квартирой", "штаб-квартира", "базируется", "зарегистрирован", "зарегистрирована"]
  /// Past participles and past forms of building ("built", "rebuilt", "costruita", "построен").
  static let builtWords = ["built", "rebuilt", "constructed", "costruit", "realizzat", "построен", "построил", "построила", "салған"]
  /// Words of a body's head after its name ("chaired by", "headed by", "guidata da", "во главе с").
  static let headedByWords = ["chaired", "headed", "led", "guidat", "presiedut", "главе", "возглавля"]
  /// Words that put a project inside an initiative ("в рамках", "within", "flagship project of").
  static let withinCues = [
    "в рамках", "within", "under the", "part of", "nell'ambito", "nell ambito", "nel quadro", "аясында", "шеңберінде", "флагманск", "flagship",
    "проектом инициатив", "проект инициатив", "progetto della", "progetto bandiera",
  ]
  /// Verbs of selling abroad, as word prefixes ("esporta", "exports", "экспортирует").
  static let exportVerbs = ["esporta", "export", "экспортир", "поставля", "sells", "vende", "экспорттай"]
  /// Words that tie a person to a body after their name ("of", "dell'", "из"; not "at", which
  /// places them: "Ding Xuexiang at the Akorda").
  static let personOfWords: WordSet = ["of", "from", "dell", "della", "del", "dello", "di", "из"]
  /// Words of a body's listing on an exchange ("listed on", "quotata", "котируется").
  static let listingWords = ["listed", "quotat", "котиру", "торгуются", "размещ"]
  /// Words that place a project spoken of before ("located in", "расположен", "situato").
  static let locatedCues = [" located in", " situated in", " расположен", " situato", " situata", " si trova", " sorgerà", " will be built in", " будет построен"]

  /// Words of a subsidiary or a joint venture, which tie two bodies named around them.
  static let subsidiaryWords: [String] = ["subsidiar", "controllat", "дочерн", "еншілес", "affiliate", "venture", "совместн", "бірлескен", "mista"]
  /// Whole words of the same ("a unit of", not "United").
  static let subsidiaryWholeWords: WordSet = ["unit", "units"]
  /// Whether a word is one of a subsidiary's or a joint venture's. O(words).
  static func isSubsidiaryWord(_ w: String) -> Bool { subsidiaryWholeWords.contains(w) || subsidiaryWords.contains { w.hasBytePrefix($0) } }
  /// Prepositions and postposition-like words before a route's place ("from", "via", "da",
  /// "через", "до").
  static let routeWords: WordSet = ["from", "to", "via", "through", "across", "da", "ad", "per", "attraverso", "из", "до", "через", "от"]
  /// Verbs of crossing whose object is a route's place ("attraversare Uzbekistan", "пересечёт").
  static let crossingVerbs = ["attravers", "пересек", "пересеч", "cross", "travers"]
  /// Kazakh words of a route's course ("басталып", "өтіп", "жетеді", "арқылы").
  static let kazakhRouteCues = ["басталып", "басталад", "өтіп", "өтеді", "жетеді", "дейін", "арқылы"]
  /// Words of co-presence and ceremonies: people named with them were together.
  static let togetherCues: [String] = [
    "together with", "alongside", "insieme a", "insieme al", "alla presenza", "in the presence", "in presence of", "в присутствии",
    "присутствовал", "вместе с", "бірге", "церемони", "ceremony", "cerimonia", "рәсім",
    // co-chairs of one meeting ("Его провели премьер-министр … и вице-премьер …")
    "сопредседател", "co-chair", "copresied", "co-presied", " провели ", "тең төраға",
  ]
  /// Words of talks with someone ("обсудил с", "discussed with", "талқылады").
  static let talkCues: [String] = ["обсуд", "discuss", "talks with", "colloqui", "талқыла", "переговор", "кездес"]
  /// Words of an agreement between parties besides signing ("agreed with", "договорил", "келісті").
  static let agreeCues: [String] = ["agreed with", "agreement with", "agreements with", "договорил", "соглашени", "accordo con", "concordato", "келісті", "келісім"]
  /// Word sequences before a body's name that make it a part of the one named before ("società
  /// del gruppo", "part of the", "входит в группу").
  static let groupTies: [[String]] = [["gruppo"], ["del", "gruppo"], ["part", "of"], ["part", "of", "the"], ["входит", "в"], ["входящая", "в"], ["входящей", "в"]]
  /// Words before a body's name that make it the partner of the body named before ("insieme
  /// alla", "together with", "совместно с").
  static let partnerCues: [[String]] = [["insieme", "alla"], ["insieme", "al"], ["insieme", "a"], ["insieme", "all"], ["together", "with"], ["jointly", "with"],
    ["in", "partnership", "with"], ["in", "collaborazione", "con"], ["совместно", "с"], ["вместе", "с"], ["совместно", "со"]]
  /// Nouns of a linear work that point back to one named before, after ``determiners``.
  static let linearAnaphora: WordSet = ["line", "pipeline", "railway", "road", "highway", "corridor", "route", "linea", "ferrovia", "gasdotto", "oleodotto",
    "autostrada", "strada", "corridoio", "газопровод", "нефтепровод", "дорога", "магистраль", "трасса", "коридор", "линия", "маршрут"]
  /// Articles and demonstratives before such a noun.
  static let determiners: WordSet = ["the", "this", "la", "il", "lo", "l", "questa", "questo", "эта", "этот", "данная"]
  /// Stems of the words for a delegation, and of verbs of receiving or meeting one.
  static let delegationWords = ["делегаци", "delegation", "delegazion", "делегациясы", "делегацияс"]
  static let receiveVerbs = [" принял", " принима", " қабылда", " received", " receives", " ricevut", " ricev", " met ", " встрет", " кездес", " incontr"]
  /// "with" marked on a Kazakh word (instrumental: "компаниясымен", "корпорациясымен").
  static let kazakhWithEndings = ["мен", "пен", "бен", "менен", "пенен", "бенен"]

  /// The cue lists ``structuralRelations(_:)`` asks about, as UTF-8 needles (built once).
  enum Bytes {
    static let kazakhRouteCues = RelationRules.kazakhRouteCues.map { Array($0.utf8) }
    static let togetherCues = RelationRules.togetherCues.map { Array($0.utf8) }
    static let talkCues = RelationRules.talkCues.map { Array($0.utf8) }
    static let agreeCues = RelationRules.agreeCues.map { Array($0.utf8) }
    static let fundingNouns = RelationRules.fundingNouns.map { Array($0.utf8) }
    static let companyAnaphora = RelationRules.companyAnaphora.map { Array($0.utf8) }
    static let kazakhVisitVerbs = RelationRules.kazakhVisitVerbs.map { Array($0.utf8) }
    static let signCues = Lexicon.signCues.map { Array((" " + $0).utf8) }
    static let buildCues = Lexicon.buildCues.map { Array($0.utf8) }
    static let linearWorks = RelationRules.linearWorks.map { Array($0.utf8) }
    static let lenderWords = RelationRules.lenderWords.map { Array($0.utf8) }
    static let ministryWords = RelationRules.ministryWords.map { Array($0.utf8) }
    static let locatedCues = RelationRules.locatedCues.map { Array($0.utf8) }
    static let delegationWords = RelationRules.delegationWords.map { Array($0.utf8) }
    static let receiveVerbs = RelationRules.receiveVerbs.map { Array($0.utf8) }
    static let negations = [" not ", " no ", " не ", " non ", " емес ", " n't "].map { Array($0.utf8) }
    static let withinCues = RelationRules.withinCues.map { Array($0.utf8) }
    static let projectAnaphora = Lexicon.projectAnaphora.map { Array($0.utf8) }
    static let facilityAnaphora = Lexicon.facilityAnaphora.map { Array($0.utf8) }
  }

  /// Whether any of the needles occurs in a name, folded. O(name × needles).
  static func nameHas(_ name: String, _ needles: [[UInt8]]) -> Bool {
    let b = Array(Normalizer.fold(name).utf8)
    return needles.contains { ByteSearch.contains(b, $0) }
  }

  /// The structural pass over a document (see the extension's comment), run after the cue
  /// rules and before the catalogue's containment. O(sentences × mentions in a sentence).
  static func structuralRelations(_ st: Extractor.State) {
    // the linear works the text names (asked for every sentence)
    let linear = Set(st.order.filter { st.kind(of: $0) == .project && isLinear(st, $0) })
    for (si, s) in st.doc.sentences.enumerated() {
      let range = st.sentenceTokens[si]
      guard !range.isEmpty else { continue }
      // the sentence's mentions in text order (a span owns its tokens)
      var spans: [Extractor.Span] = []
      for k in range {
        guard let o = st.owner[k] else { continue }
        // (a span that reaches outside the sentence is left out, and so is one that overlaps the
        // one before, the same span's later tokens among them: the mentions follow each other)
        let sp = st.spans[o]
        if sp.first >= range.lowerBound, range.contains(sp.last), (spans.last?.last ?? -1) < sp.first, st.kind(of: sp.key) != nil { spans.append(sp) }
      }
      guard !spans.isEmpty else { continue }
      lazy var date = st.firstDate(in: s)
      lazy var ev = Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end))
      // the sentence's folded words between spaces, as UTF-8 (built on the first cue question)
      lazy var folded: [UInt8] = {
        var b: [UInt8] = [0x20]
        for k in range {
          b.append(contentsOf: st.toks[k].folded.utf8)
          b.append(0x20)
        }
        return b
      }()
      func has(_ cues: [[UInt8]]) -> Bool { cues.contains { ByteSearch.contains(folded, $0) } }
      func words(_ a: Extractor.Span, _ b: Extractor.Span) -> [String] {
        a.last + 1 < b.first ? (a.last + 1..<b.first).map { st.toks[$0].folded } : []
      }
      func plainGap(_ a: Extractor.Span, _ b: Extractor.Span) -> Bool {
        !st.gap(a.last, b.first).contains(where: { $0 == "," || $0 == ";" || $0 == "." || $0 == ":" || $0 == "(" || $0 == ")" || $0 == "\n" })
      }
      func lastWord(_ sp: Extractor.Span) -> String { st.toks[sp.last].folded }
      let lang = st.doc.language

      for i in 0..<spans.count - 1 {
        let a = spans[i], b = spans[i + 1]
        guard a.key != b.key, let ka = st.kind(of: a.key), let kb = st.kind(of: b.key) else { continue }
        let between = words(a, b)
        guard between.count <= 3 else { continue }
        let plain = plainGap(a, b) && (a.last + 1..<b.first).allSatisfy { !st.gap($0 - 1, $0).contains(",") }
        // place in place
        if let ra = placeRank(st, a.key), let rb = placeRank(st, b.key), plain {
          let bw = lastWord(b), aw = lastWord(a)
          var contained: (String, String)?
          // (a Kazakh place word in the genitive may stand between: "Хэйлунцзян провинциясының
          // Харбин қаласында")
          let kazakhCue = between.count == 1 && lang == "kk" && Morphology.isKazakhGenitive(between[0])
            && ["провинция", "облыс", "аудан", "қала", "ауыл", "өлке"].contains(where: { between[0].hasBytePrefix($0) })
          if kazakhCue {
            if rb < ra { add(st, b.key, a.key, .partOf, date, ev) }
          } else if between.isEmpty {
            if Morphology.isCyrillic(aw), Morphology.isKazakhGenitive(aw) || (lang == "kk" && aw.hasByteSuffix("тың")) {
              // (not a place of another country in the attributive locative, which describes what
              // follows: "Қытайдың Алматыдағы бас консулы" is China's consul in Almaty)
              let attributive = ["дағы", "дегі", "тағы", "тегі"].contains { bw.hasByteSuffix($0) }
              let foreign = countryOf(st, b.key).map { $0 != (countryOf(st, a.key) ?? a.key) } ?? false
              if rb < ra, !(attributive && foreign) { contained = (b.key, a.key) }  // "Қытайдың Қашқар қаласынан"
            } else if ra < rb, Morphology.isCyrillic(bw), lang == "ru", russianGenitiveEndings.contains(where: { bw.hasByteSuffix($0) }) || st.doc.slice(st.toks[b.last].start, st.toks[b.last].end).unicodeScalars.allSatisfy({ $0.properties.isUppercase }) {
              contained = (a.key, b.key)  // "села Казыбек Ат-Башинского района", "… района КНР"
            }
          } else if ra < rb, between == ["of"] || between == ["of", "the"] || between == ["di"] || between == ["del"] || between == ["della"] || between == ["dello"] || between == ["dell"] {
            contained = (a.key, b.key)  // "the Ayni district of Sughd Region"
          } else if ra < rb, ra <= 2, between == ["in"] || between == ["nel"] || between == ["nella"] || between == ["nello"] || (lang == "ru" && between == ["в"] && !isDirection(st, b.first)) {
            contained = (a.key, b.key)  // "Harbin in Heilongjiang"
          } else if rb < ra, between == ["s"], st.gap(a.last, a.last + 1).allSatisfy({ $0 == "'" || $0 == "’" }) {
            contained = (b.key, a.key)  // "Uzbekistan's Samarkand"
            // "… Samarkand and Bukhara regions"
            if i + 2 < spans.count, case let c = spans[i + 2], let rc = placeRank(st, c.key), rc < ra, ["and", "e", "и"].contains(words(b, c).first ?? ""), words(b, c).count == 1 {
              add(st, c.key, a.key, .partOf, date, ev)
            }
          }
          if let (x, y) = contained { add(st, x, y, .partOf, date, ev) }
          continue
        }
        // a project or body and the place it stands in
        if ka == .project || ka == .organization, placeRank(st, b.key) != nil || st.subkind(of: b.key) == "natural-feature", plain {
          let w = between
          var placed = false
          if st.subkind(of: b.key) == "natural-feature", ka == .project, w.count <= 2, ["sul", "sulla", "on", "на"].contains(w.first ?? ""), w.count == 1 || ["the", "fiume", "river", "реке", "lago", "lake", "озере"].contains(w[1]) {
            placed = true  // "la diga di Rogun sul fiume Vakhsh", "a dam on the Naryn"
          } else if w.count == 1, placingWords.contains(w[0]), !(["a", "в", "во"].contains(w[0]) && isDirection(st, b.first)) {
            // (a company followed by "in Astana" is mostly where something happened to it:
            // "signed with CNPC in Astana"; other bodies and projects stand there)
            placed = ka == .project || (st.subkind(of: a.key) != "company" && w[0] != "a")
          } else if w.count == 2, w[0] == "in" || w[0] == "at" || w[0] == "near", w[1] == "the" {
            placed = ka == .project
          } else if ka == .organization, w == ["di"], st.kind(of: b.key) == .city, st.doc.slice(st.toks[b.first].start, st.toks[b.first].end).first?.isUppercase ?? false {
            placed = true  // "il RIE di Bologna"
          } else if ka == .organization, w.count == 2, seatCues.contains(w[0]) || w[0] == "sede" {
            placed = true  // "headquartered in Xi'an", "con sede a Milano"
          }
          if placed { add(st, a.key, b.key, .locatedIn, date, ev) }
        }
        // Kazakh: "Астанадағы «Абу-Даби Плаза» кешені", "Бішкектегі кәсіпорын"
        if placeRank(st, a.key) != nil, kb == .project || kb == .organization, between.isEmpty, plain,
          Morphology.isCyrillic(lastWord(a)), isKazakhLocativePlace(st, last: a.last),
          Morphology.hasKazakhLocativeEnding(lastWord(a), attributive: true) && !Morphology.hasKazakhLocativeEnding(lastWord(a))
        {
          add(st, b.key, a.key, .locatedIn, date, ev)
          // "… Мерке қант зауыты мен Қарасу қант зауыты": the works joined to it stand there too
          var prev = b
          for c in spans[(i + 2)...] {
            let w = words(prev, c)
            let joined = w.count == 1 ? ["мен", "пен", "бен", "және"].contains(w[0]) : w.isEmpty && kazakhWithEndings.contains { st.toks[prev.last].folded.hasByteSuffix($0) }
            // (works only: "Шанхайдағы Фудань … және Ухань университеті" puts the second elsewhere)
            guard kb == .project, st.kind(of: c.key) == kb, joined else { break }
            add(st, c.key, a.key, .locatedIn, date, ev)
            prev = c
          }
        }
        // a project on another or part of it: "тоннеля «Чормагзак-2» на автодороге Куляб –
        // Дангара", "Line D of the Central Asia–China gas pipeline"
        if ka == .project, kb == .project, plain, between == ["на"] || between == ["on", "the"] || between == ["sulla"] || between == ["sul"] || between == ["of", "the"] {
          add(st, a.key, b.key, .partOf, date, ev)
        }
        // bodies tied by a subsidiary's or joint venture's word
        if ka == .organization, kb == .organization {
          let tie = between.contains(where: isSubsidiaryWord)
          if tie, !between.contains("of"), !between.contains("di"), !between.contains("and"), !between.contains("e") {
            add(st, b.key, a.key, .partOf, date, ev)  // "PowerChina's subsidiary SEPCOIII"
          } else if tie, between.last == "of" || between.last == "di" || between.last == "della" || between.last == "del" {
            add(st, a.key, b.key, .partOf, date, ev)  // "SEPCOIII, a subsidiary of PowerChina"
          } else if groupTies.contains(where: { between.count >= $0.count && Array(between.suffix($0.count)) == $0 }) {
            add(st, a.key, b.key, .partOf, date, ev)  // "Mercitalia Logistics, società del gruppo FS"
          }
        }
      }
      for i in 0..<spans.count - 1 {
        let a = spans[i], b = spans[i + 1]
        guard a.key != b.key, let ka = st.kind(of: a.key), let kb = st.kind(of: b.key), kb == .organization else { continue }
        let between = words(a, b)
        // "Luca Anceschi, dell'Università di Glasgow", "Andrew Small of the German Marshall
        // Fund", "эксперт Айдар Амребаев из Института …": a person's body
        if ka == .person, between.count <= 2, let w = between.first, personOfWords.contains(w), between.count == 1 || ["the", "il", "la", "l"].contains(between[1]) {
          add(st, a.key, b.key, .holdsRole, date, ev)
        }
        // "LONGi is listed on the Shanghai Stock Exchange"
        if ka == .organization, between.count <= 4, between.contains(where: { w in listingWords.contains(where: { w.hasBytePrefix($0) }) }) {
          add(st, a.key, b.key, .memberOf, date, ev)
        }
      }
      // "organizzato da Mercitalia …, insieme alla cinese Xi'an Continental Bridge", "together
      // with", "совместно с": a body working with the body named before it in the sentence
      for (i, b) in spans.enumerated() where i > 0 && st.kind(of: b.key) == .organization {
        // (the cue ends right before the name or before an article and an adjective)
        let cued = (0...2).contains { gap in
          partnerCues.contains { cue in
            let start = b.first - gap - cue.count
            return start >= range.lowerBound && (start..<b.first).allSatisfy { st.owner[$0] == nil }
              && (0..<cue.count).allSatisfy { st.toks[start + $0].folded == cue[$0] }
          }
        }
        guard cued else { continue }
        // (the agent named before, "organizzato da Mercitalia …, società del gruppo FS, insieme
        // alla …", over a parent in apposition; else the nearest body before; no news agency)
        let before = spans[..<i].filter { st.kind(of: $0.key) == .organization && $0.key != b.key && st.subkind(of: $0.key) != "media" }
        let agent = before.first { $0.first > range.lowerBound && agentPrepositions.contains(st.toks[$0.first - 1].folded) }
        guard let a = agent ?? before.last else { continue }
        add(st, a.key, b.key, .partnerOf, date, ev)
      }
      // "il Turkmenistan esporta in Cina", "Kazakhstan exports wheat to China": the country
      // that sells right before the verb, and the one it sells to after it
      if let v = range.first(where: { k in st.owner[k] == nil && exportVerbs.contains(where: { st.toks[k].folded.hasBytePrefix($0) }) }),
        let seller = spans.last(where: { $0.last < v && v - $0.last <= 2 && st.subkind(of: $0.key) == "country" }),
        let buyer = spans.first(where: { $0.first > v && $0.first - v <= 4 && st.subkind(of: $0.key) == "country" && $0.key != seller.key })
      {
        add(st, seller.key, buyer.key, .cooperatesWith, date, ev)
      }
      for i in 0..<spans.count - 1 {
        let a = spans[i], b = spans[i + 1]
        guard a.key != b.key, let ka = st.kind(of: a.key), let kb = st.kind(of: b.key) else { continue }
        let between = words(a, b)
        // "the line was built by TBEA", "costruita dalla CRBC", "the company, which built the
        // terminal": a builder named right by its work (the passive's agent or a relative clause)
        let built = between.contains { w in builtWords.contains { w.hasBytePrefix($0) } }
        if built, ka == .project, kb == .organization, between.count <= 4, agentPrepositions.contains(between.last ?? "") {
          add(st, b.key, a.key, .builds, date, ev)
        }
        if built, ka == .organization, kb == .project, between.count <= 5, between.contains(where: { ["which", "that", "che", "который", "которая", "которое"].contains($0) }) {
          add(st, a.key, b.key, .builds, date, ev)
        }
        // "the Cabinet of Ministers, chaired by Adylbek Kasymaliev", "guidata da …"
        if ka == .organization, kb == .person, between.count <= 4, between.contains(where: { w in headedByWords.contains(where: { w.hasBytePrefix($0) }) }),
          between.last == "by" || between.last == "da" || between.last == "dal" || between.last == "с" || between.contains("во")
        {
          add(st, b.key, a.key, .leads, date, ev, role: "head")
        }
        // "centro spaziale di Jiuquan, nella provincia del Gansu", "Garabogaz, in the Balkan
        // province": a comma, a locative preposition and a larger place
        if between.count == 1 || (between.count == 2 && ["the", "la", "il", "lo"].contains(between[1])), ["in", "nella", "nel", "nello", "в", "во"].contains(between[0]),
          st.gap(a.last, a.last + 1).contains(","), let rb = placeRank(st, b.key), rb >= 2
        {
          if ka == .project { add(st, a.key, b.key, .locatedIn, date, ev) } else if let ra = placeRank(st, a.key), ra < rb { add(st, a.key, b.key, .partOf, date, ev) }
        }
      }
      // "в рамках инициативы «Один пояс, один путь»", "flagship project of the Belt and Road":
      // a project within an initiative the sentence names
      let initiatives = spans.filter { st.kind(of: $0.key) == .project && st.subkind(of: $0.key) == "initiative" }
      if let ini = initiatives.first, has(Bytes.withinCues) {
        var works = spans.filter { st.kind(of: $0.key) == .project && $0.key != ini.key && st.subkind(of: $0.key) != "initiative" }.map(\.key)
        if works.isEmpty, has(Bytes.projectAnaphora) || has(Bytes.facilityAnaphora), let last = mainProject(st, before: s.start, infrastructure: true) { works = [last] }
        for w in works { add(st, w, ini.key, .partOf, date, ev) }
      }
      // "Founded in 2000 and headquartered in Xi'an, LONGi …": the seat named before the body
      if let seat = range.first(where: { k in seatCues.contains(st.toks[k].folded) && st.owner[k] == nil }), seat + 2 < range.upperBound,
        ["in", "a", "в", "во"].contains(st.toks[seat + 1].folded), let o = st.owner[seat + 2], placeRank(st, st.spans[o].key) != nil,
        // the body just before the seat's words ("Wison, based in …", "che ha una sede a") or
        // right after its place and the larger places that follow it ("…, Shaanxi Province, LONGi")
        let body = spans.last(where: { st.kind(of: $0.key) == .organization && $0.last < seat && seat - $0.last <= 4 })
          ?? spans.first(where: { sp in
            st.kind(of: sp.key) == .organization && sp.first > seat
              && (st.spans[o].last + 1..<sp.first).allSatisfy { k in st.owner[k].map { placeRank(st, st.spans[$0].key) != nil } ?? ["province", "provincia", "region", "regione"].contains(st.toks[k].folded) }
          })
      {
        add(st, body.key, st.spans[o].key, .locatedIn, date, ev)
      }
      // "The project, located in the Gallaorol district …": the project spoken of
      if !spans.contains(where: { st.kind(of: $0.key) == .project }), has(Bytes.locatedCues), st.hasProjects,
        let place = spans.first(where: { placeRank(st, $0.key) != nil }), let proj = mainProject(st, before: s.start, infrastructure: true)
      {
        add(st, proj, place.key, .locatedIn, date, ev)
      }
      // "attraverso la controllata Tecnimont", "через дочернюю компанию …" after a comma
      for (i, b) in spans.enumerated() where i > 0 && st.kind(of: b.key) == .organization {
        guard b.first >= 2 else { continue }
        let before = (max(range.lowerBound, b.first - 3)..<b.first).map { st.toks[$0].folded }
        // (the word names b itself: right before it, or before a company's noun or article)
        func tie(_ w: String) -> Bool { isSubsidiaryWord(w) }
        guard let w1 = before.last, tie(w1) || (before.count >= 2 && tie(before[before.count - 2]) && ["company", "компания", "компаниясы", "società", "the", "la", "il", "its"].contains(w1)) else { continue }
        guard st.owner[b.first - 1] == nil, (max(range.lowerBound, b.first - 3)..<b.first).allSatisfy({ st.owner[$0] == nil }) else { continue }
        // ("the Kazakh unit of China National Petroleum Corporation": b is the parent, which the
        // pair rule above reads)
        guard !["of", "di", "del", "della", "dello", "dell"].contains(st.toks[b.first - 1].folded) else { continue }
        // the body the sentence spoke of before: the nearest body before the cue
        if let parent = spans[..<i].last(where: { st.kind(of: $0.key) == .organization && $0.key != b.key }) {
          if before.contains(where: { $0.hasBytePrefix("venture") || $0.hasBytePrefix("совместн") || $0.hasBytePrefix("бірлескен") }) {
            // "TALCO Gold and Zijin through their joint venture Zeravshan": each owner
            for p in spans[..<i] where st.kind(of: p.key) == .organization && p.key != b.key { add(st, b.key, p.key, .partOf, date, ev) }
          } else {
            add(st, b.key, parent.key, .partOf, date, ev)
          }
        }
      }
      // a route's places: "from Kashgar … to Andijan", "через Нарын", "Қашқар қаласынан … жетеді"
      var projects = spans.filter { linear.contains($0.key) }
      // "Жол Қытайдың Қашқар қаласынан басталып …": the linear work the text named before
      // (in Kazakh, whose verbs of a route's course say the places are the road's; elsewhere
      // "from" after "the road" is as often the cargo's: "грузы из Афганистана")
      if projects.isEmpty, lang == "kk", has(Bytes.kazakhRouteCues),
        range.contains(where: { k in st.owner[k] == nil && (st.toks[k].folded == "жол" || linearWorks.contains(where: { st.toks[k].folded.hasBytePrefix($0) })) }),
        let last = st.lastEntity(of: .project, before: s.start, where: { e in linear.contains(e.id) })
      {
        projects = [Extractor.Span(first: range.lowerBound, last: range.lowerBound, key: last)]
      }
      // "The 1,000-kilometre line will carry gas … through Uzbekistan": a linear work's noun after
      // an article or a demonstrative points back to the one the text named before
      if projects.isEmpty, lang != "kk",
        range.contains(where: { k in
          st.owner[k] == nil && linearAnaphora.contains(st.toks[k].folded)
            && (max(range.lowerBound, k - 5)..<k).contains { j in determiners.contains(st.toks[j].folded) && (j + 1..<k).allSatisfy { !st.toks[$0].capitalized && st.owner[$0] == nil } }
        }),
        var last = st.lastEntity(of: .project, before: s.start, where: { e in linear.contains(e.id) })
      {
        // (the more specific of a work and its part named together: "Line D of the Central
        // Asia–China gas pipeline" is read as the line)
        let label = st.entities[last]?.label ?? ""
        if let part = st.order.first(where: { id in
          id != last && linear.contains(id) && (st.entities[id]?.label.contains(label) ?? false) && st.entities[id]!.mentions.contains { $0.start < s.start }
        }) { last = part }
        projects = [Extractor.Span(first: range.lowerBound, last: range.lowerBound, key: last)]
      }
      if let proj = projects.first {
        let kazakhRoute = lang == "kk" && has(Bytes.kazakhRouteCues)
        var previousRoute = false
        var previous: Extractor.Span?
        for sp in spans {
          guard let rank = placeRank(st, sp.key), sp.key != proj.key else {
            previousRoute = false
            previous = sp
            continue
          }
          var route = false
          if sp.first > range.lowerBound {
            let w1 = st.toks[sp.first - 1].folded
            let w2 = sp.first - 2 >= range.lowerBound ? st.toks[sp.first - 2].folded : ""
            if st.owner[sp.first - 1] == nil, routeWords.contains(w1) || (["l", "lo", "la", "the"].contains(w1) && routeWords.contains(w2)) || (w2 == "passando" || w2 == "passing")
              || crossingVerbs.contains(where: { w1.hasBytePrefix($0) })
            {
              route = sp.first > proj.first
            }
            // "… Uzbekistan, Tagikistan e Kirghizistan": the list goes on
            if !route, previousRoute, let p = previous, st.owner[sp.first - 1] == nil || p.last == sp.first - 1, words(p, sp).count <= 1,
              words(p, sp).allSatisfy({ ["and", "e", "и", "or"].contains($0) })
            {
              route = true
            }
          }
          if !route, kazakhRoute, Morphology.isCyrillic(lastWord(sp)) {
            // (the case ending sits on the name or on the place word after it: "Қашқар қаласынан")
            let next = sp.last + 1 < range.upperBound && st.owner[sp.last + 1] == nil ? st.toks[sp.last + 1].folded : ""
            let word = ["қала", "облыс", "аудан", "ауыл", "провинция", "станция"].contains(where: { next.hasBytePrefix($0) }) ? next : lastWord(sp)
            let endings = ["дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "на", "не"]
            route = endings.contains { word.hasByteSuffix($0) } && rank <= 3
          }
          if route, rank >= 1 { add(st, proj.key, sp.key, .locatedIn, date, ev) }
          previousRoute = route
          previous = sp
        }
      }
      // "Il finanziamento sarà garantito da SACE": the financing of the project the text named
      // before; "Компания … салғанын": the company named before built it
      let orgSpans = spans.filter { st.kind(of: $0.key) == .organization }
      let namedProjects = spans.filter { st.kind(of: $0.key) == .project }
      if namedProjects.isEmpty, !orgSpans.isEmpty, has(Bytes.fundingNouns), !has(Bytes.negations), let last = mainProject(st, before: s.start) {
        // (lenders only: a bank or fund by its name or kind, or a body named as the agent:
        // "garantito da SACE"; not the parliament that ratifies the loan)
        for o in orgSpans where isLender(st, o.key) || isFundingAgent(st, o.first, range) {
          add(st, o.key, last, .funds, date, ev)
        }
      }
      if orgSpans.isEmpty, !namedProjects.isEmpty, has(Bytes.companyAnaphora), has(Bytes.buildCues),
        let company = st.lastEntity(of: .organization, before: s.start, where: { $0.subkind == "company" })
      {
        for p in namedProjects { add(st, company, p.key, .builds, date, ev) }
      }
      // people, bodies and countries
      let persons = spans.filter { st.kind(of: $0.key) == .person }
      let actors = spans.filter { st.kind(of: $0.key) == .organization || (st.kind(of: $0.key) == .region && st.subkind(of: $0.key) == "country") }
      func withMarked(_ sp: Extractor.Span) -> Bool {
        if sp.first > range.lowerBound, withPrepositions.contains(st.toks[sp.first - 1].folded) { return true }
        if sp.first - 2 >= range.lowerBound, ["with", "con"].contains(st.toks[sp.first - 2].folded), ["the", "la", "il", "l", "lo"].contains(st.toks[sp.first - 1].folded) { return true }
        let last = sp.last + 1 < range.upperBound && st.owner[sp.last + 1] == nil && lang == "kk" ? sp.last + 1 : sp.last
        return Morphology.isCyrillic(st.toks[last].folded) && kazakhWithEndings.contains { st.toks[last].folded.hasByteSuffix($0) } && st.toks[last].folded.unicodeScalars.count > 5
      }
      // (two parties at least, before any cue is looked for)
      let parties = actors.count + persons.count >= 2
      let signing = parties && (has(Bytes.signCues) || has(Bytes.agreeCues))
      if signing || (parties && has(Bytes.talkCues)) {
        // the parties named "with": each met (talks) or signed with the sentence's subject
        // (not a country that owns the party: "a deal with China's Henan Zhongfu")
        let marked = (actors + persons).filter { sp in
          withMarked(sp) && !(sp.last + 1 < range.upperBound && st.toks[sp.last + 1].folded == "s" && st.kind(of: sp.key) == .region)
        }
        if !marked.isEmpty, let subject = (persons + actors).filter({ sp in !marked.contains { $0.key == sp.key } }).min(by: { $0.first < $1.first }) {
          // (the subject comes first: "firmato con l'Istituto … dell'Accademia" has none)
          for m in marked where m.key != subject.key && subject.first < m.first {
            let bothPeople = st.kind(of: m.key) == .person && st.kind(of: subject.key) == .person
            if signing && !bothPeople {
              add(st, subject.key, m.key, .signed, date, ev)
            } else if has(Bytes.talkCues) || bothPeople, st.kind(of: subject.key) == .person {
              add(st, subject.key, m.key, .metWith, date, ev)
            }
          }
        }
      }
      if signing {
        // "Turkmengaz e la CNPC hanno firmato": bodies joined by "and" sign together
        for i in 0..<actors.count {
          for j in (i + 1)..<max(i + 1, actors.count) {
            let a = actors[i], b = actors[j]
            guard st.kind(of: a.key) == .organization || st.kind(of: b.key) == .organization else { continue }
            // (over lower-case words: "… комбинат» и китайская China Nonferrous …")
            let gapWords = (a.last + 1..<b.first).filter { !st.toks[$0].capitalized }.map { st.toks[$0].folded }
            let w = gapWords.count == b.first - a.last - 1 && gapWords.count <= 3 ? gapWords.filter { ["and", "e", "и", "мен", "пен", "бен", "және"].contains($0) } : ["-"]
            // (the verb follows the pair closely: "… e la CNPC hanno firmato")
            let verbFollows = (b.last + 1..<min(range.upperBound, b.last + 5)).contains { k in
              signVerbs.contains { st.toks[k].folded.hasBytePrefix($0) }
            }
            if w.count == 1, ["and", "e", "и", "мен", "пен", "бен", "және"].contains(w[0]), plainGap(a, b), verbFollows { add(st, a.key, b.key, .signed, date, ev) }
          }
        }
      }
      // "Turkmenistan and China have agreed to …", "Казахстан и Китай подписали …": two
      // countries joined by "and" before a verb of agreeing cooperate
      for i in 0..<max(0, actors.count - 1) {
        let a = actors[i], b = actors[i + 1]
        guard st.subkind(of: a.key) == "country", st.subkind(of: b.key) == "country", a.key != b.key, a.last + 2 == b.first,
          ["and", "e", "и", "мен", "және"].contains(st.toks[a.last + 1].folded), plainGap(a, b),
          (b.last + 1..<min(range.upperBound, b.last + 4)).contains(where: { k in signVerbs.contains { st.toks[k].folded.hasBytePrefix($0) } })
        else { continue }
        add(st, a.key, b.key, .cooperatesWith, date, ev)
      }
      // Kazakh: "… әкімі Асаин Байханов … Харбин қаласында болып": a person was in a place
      // abroad (in the locative before a verb of being or going there)
      if lang == "kk", let p = persons.first, has(Bytes.kazakhVisitVerbs) {
        let homes = homeCountries(st, p.key)
        for sp in spans where sp.first > p.last {
          guard placeRank(st, sp.key) != nil, isKazakhLocativePlace(st, last: sp.last) else { continue }
          // (the locative itself, not the attributive "-дағы", which describes a noun after it)
          let next = sp.last + 1 < range.upperBound && st.owner[sp.last + 1] == nil ? st.toks[sp.last + 1].folded : lastWord(sp)
          let word = kazakhPlaceCueWords.contains(where: { next.hasBytePrefix($0) }) ? next : lastWord(sp)
          guard !["дағы", "дегі", "тағы", "тегі"].contains(where: { word.hasByteSuffix($0) }) else { continue }
          guard let c = countryOf(st, sp.key), !homes.isEmpty, !homes.contains(c) else { continue }
          add(st, p.key, sp.key, .visited, date, ev)
        }
      }
      // "принял делегацию компании X", "X компаниясының делегациясын қабылдады", "received a
      // delegation of X": the person who received it met the body
      if let p = persons.first, has(Bytes.delegationWords), has(Bytes.receiveVerbs) {
        for o in orgSpans where o.first > p.last {
          let near = (max(range.lowerBound, o.first - 3)..<min(range.upperBound, o.last + 3)).contains { k in
            st.owner[k] == nil && delegationWords.contains { st.toks[k].folded.hasBytePrefix($0) }
          }
          if near { add(st, p.key, o.key, .metWith, date, ev) }
        }
      }
      // "The agreement was signed … by the chairman of Turkmengaz, Maksat Babayev, and the
      // president of CNPC, Huang Yongzhang": two signers by the passive's agent met, and the
      // bodies they lead signed
      if persons.count == 2, has(Bytes.signCues), let by = range.first(where: { ["by", "da", "dal", "dalla"].contains(st.toks[$0].folded) && st.owner[$0] == nil }),
        by < persons[0].first, (by..<persons[0].first).contains(where: { st.owner[$0] == nil && Extractor.role(of: st, at: $0) != nil }) || persons[0].first - by <= 1
      {
        add(st, persons[0].key, persons[1].key, .metWith, date, ev)
        let led = persons.map { p in st.relations.first { $0.source == p.key && $0.kind == .leads && st.kind(of: $0.target) == .organization && $0.evidence.contains { $0.sentence == si } }?.target }
        if let x = led[0], let y = led[1], x != y { add(st, x, y, .signed, date, ev) }
      }
      // people together at a ceremony: "X took part … together with Y"
      if persons.count >= 2, has(Bytes.togetherCues) {
        pairs(persons.map(\.key)) { add(st, $0, $1, .metWith, date, ev) }
      } else if persons.count == 2, has(Bytes.signCues),
        linked(st, persons[0].last, persons[1].first)
          || ((persons[0].last + 1..<persons[1].first).contains { ["и", "and", "e", "мен", "пен", "бен"].contains(st.toks[$0].folded) }
            && (persons[1].last + 1..<min(range.upperBound, persons[1].last + 4)).contains { k in signVerbs.contains { st.toks[k].folded.hasBytePrefix($0) } })
      {
        // two people who signed it: "Соглашение подписали аким … и вице-мэр …"
        add(st, persons[0].key, persons[1].key, .metWith, date, ev)
      }
    }
    let live = liveSpans(st)
    prefixParents(st, live)
    sharedNameParents(st, live)
    placesInNames(st, linear: linear)
    roleAnaphora(st)
  }

  /// Words before a role that point back to a body named before: a company's noun in the
  /// genitive or a possessive ("компанияның … басшысы", "с его руководителем", "the
  /// company's director", "il suo presidente").
  static let companyNounsBeforeRole: WordSet = ["компанияның", "компании", "компаниясының", "company's", "società", "azienda", "компания"]
  static let possessivesBeforeRole: WordSet = ["его", "её", "ее", "its", "their", "suo", "sua", "оның", "их"]
  /// Stems of the words for a ministry in the four languages.
  static let ministryWords = ["минист", "ministr", "minist"]

  /// A role whose body the sentence does not name: "компанияның … басшысы Чжоу Хайбинь"
  /// (the company named before), "с его руководителем Ержаном …" (the body spoken of), and
  /// "министр транспорта Азим Ибрагим" (the ministry of that portfolio the text names).
  /// O(role words × entities).
  static func roleAnaphora(_ st: Extractor.State) {
    let n = st.toks.count
    for r in st.roleTokens {
      guard st.owner[r] == nil, let (role, leads) = Extractor.role(of: st, at: r) else { continue }
      let si = st.sentenceOf(r)
      guard si >= 0 else { continue }
      // the holder: a person right after the role (over its portfolio's words), or right before
      var person: String?
      var k = r + 1
      var portfolio: [String] = []
      while k < n, k <= r + 5, st.sentenceOf(k) == si {
        if let o = st.owner[k] {
          if st.kind(of: st.spans[o].key) == .person { person = st.spans[o].key }
          break
        }
        if st.gap(k - 1, k).contains(where: { $0 == "," || $0 == "." || $0 == ";" }) { break }
        let f = st.toks[k].folded
        if !st.toks[k].capitalized || ["of", "degli", "della", "dei", "del"].contains(f) { portfolio.append(f) } else { break }
        k += 1
      }
      guard let p = person else { continue }
      let s = st.doc.sentences[si]
      let ev = Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end))
      let date = st.firstDate(in: s)
      let deputy = r > 0 && ["вице", "vice", "deputy", "заместитель", "орынбасары"].contains(st.toks[r - 1].folded)
      // "министр транспорта …": the ministry whose name holds the portfolio's word
      if role == "minister" {
        let stems = portfolio.filter { $0.unicodeScalars.count > 3 && !["affairs", "della", "degli"].contains($0) }.map { String($0.unicodeScalars.prefix(5)) }
        guard !stems.isEmpty else { continue }
        let ministry = st.order.first { id in
          guard st.kind(of: id) == .organization, let e = st.entities[id] else { return false }
          return ([e.label] + e.mentions.map(\.text)).contains { n in
            nameHas(n, Bytes.ministryWords) && stems.allSatisfy { nameHas(n, [Array($0.utf8)]) }
          }
        }
        if let m = ministry { add(st, p, m, leads && !deputy ? .leads : .holdsRole, date, ev, role: role) }
        continue
      }
      // a company's noun or a possessive just before the role (over a place or a word or two)
      var j = r - 1
      var pointer: (company: Bool, found: Bool) = (false, false)
      while j >= 0, r - j <= 4, st.sentenceOf(j) == si {
        let f = st.toks[j].folded
        if companyNounsBeforeRole.contains(f) { pointer = (true, true); break }
        if possessivesBeforeRole.contains(f) { pointer = (false, true); break }
        if let o = st.owner[j], st.kind(of: st.spans[o].key) != .region && st.kind(of: st.spans[o].key) != .city { break }
        j -= 1
      }
      guard pointer.found, !(r + 1 < n && st.owner[r + 1] != nil && st.kind(of: st.spans[st.owner[r + 1]!].key) == .organization) else { continue }
      let company = pointer.company
      guard let body = st.lastEntity(of: .organization, before: st.toks[j].start, where: { e in !company || (e.subkind == "company" || e.subkind == nil) && !isLender(st, e.id) }) else { continue }
      add(st, p, body, leads && !deputy ? .leads : .holdsRole, date, ev, role: role)
    }
  }

  /// "Министерство транспорта Таджикистана", "Kazakh trade house in Xi'an", "impianto di
  /// Garabogaz": a body or project whose name ends with a place the text names, or names one
  /// after "in", is `located_in` it. O(name mentions × place mentions).
  static func placesInNames(_ st: Extractor.State, linear: Set<String>) {
    var places: [(id: String, m: Mention)] = []
    for id in st.order where placeRank(st, id) != nil {
      for m in st.entities[id]?.mentions ?? [] { places.append((id, m)) }
    }
    guard !places.isEmpty else { return }
    for id in st.order {
      guard let e = st.entities[id], e.kind == .organization || e.kind == .project else { continue }
      var done = Set<String>()
      for m in e.mentions {
        for (pid, pm) in places where !done.contains(pid) && pm.start > m.start && pm.end <= m.end {
          let tail = st.doc.scalars[pm.end..<m.end]
          let head = Normalizer.fold(String(String.UnicodeScalarView(st.doc.scalars[max(m.start, pm.start - 8)..<pm.start])))
          let atEnd = tail.allSatisfy { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }
          let afterIn = [" in ", " в ", " во ", " a ", " ad ", " at ", " in the "].contains { head.hasSuffix($0) }
          // a linear work's ends ("Datka–Kemin power line", "автодорога Куляб – Дангара")
          let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "‑"]
          let nextToDash = (pm.start > m.start && dashes.contains(st.doc.scalars[pm.start - 1])) || (pm.start > m.start + 1 && dashes.contains(st.doc.scalars[pm.start - 2]))
            || (pm.end < m.end && dashes.contains(st.doc.scalars[pm.end])) || (pm.end + 1 < m.end && dashes.contains(st.doc.scalars[pm.end + 1]))
          if nextToDash {
            // (one side of a pair names no place of a body or a facility: "Base … Cina-Kazakistan",
            // "China–Kazakhstan Business Council"; a road or a line runs between its ends)
            guard linear.contains(id) else { continue }
          } else {
            guard atEnd || afterIn else { continue }
          }
          guard let t = st.tokenIndex(startingAt: m.start), case let si = st.sentenceOf(t), si >= 0 else { continue }
          done.insert(pid)
          let s = st.doc.sentences[si]
          add(st, id, pid, .locatedIn, st.firstDate(in: s), Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end)))
        }
      }
    }
  }

  /// Verbs of signing, as word prefixes ("signed", "hanno firmato", "подписали", "қол").
  static let signVerbs = ["sign", "firma", "подпис", "қол", "agreed", "договорил", "concordat", "келісті"]
  /// Nouns of financing ("financing", "финансирование", "finanziamento", "кредит").
  static let fundingNouns = [" financing", " funding", " loan", "финансирован", " кредит", " заём", " займ", "finanziament", " prestit", "қаржыландыр", " несие"]
  /// Words for "the company" that point back to one named before.
  /// (in the nominative only: "Первый завод компании … поставляет цемент на строительство"
  /// is not the company building)
  static let companyAnaphora = [" компания ", " компаниясы ", " the company ", " la società ", " l azienda ", " l'azienda "]
  /// Kazakh verbs of being in or going to a place ("болып", "болды", "барды", "сапармен").
  static let kazakhVisitVerbs = [" болып", " болды", " барып", " барды", " сапармен", " сапар ", " келіп", " болған"]

  /// The project the text has spoken of most before an offset (the latest of equals): what a
  /// sentence about "the financing" is about (a facility only, when `infrastructure`: "the
  /// project, located in …" is no initiative or corridor). O(projects × mentions).
  static func mainProject(_ st: Extractor.State, before offset: Int, infrastructure: Bool = false) -> String? {
    var best: (count: Int, last: Int, id: String)?
    for id in st.order where st.kind(of: id) == .project && (!infrastructure || st.subkind(of: id) == "infrastructure") {
      let ms = st.entities[id]!.mentions.filter { $0.start < offset }
      guard let last = ms.map(\.start).max() else { continue }
      if best == nil || (ms.count, last) > (best!.count, best!.last) { best = (ms.count, last, id) }
    }
    return best?.id
  }

  /// Whether a name at token `t` is the agent of a financing: after "by"/"da" that follows a
  /// word of money or lending within a few words ("garantito da SACE", "a pool of banks led by
  /// …"), not of other work ("carried out by China Railway …"). O(1).
  static func isFundingAgent(_ st: Extractor.State, _ t: Int, _ range: Range<Int>) -> Bool {
    guard t - 1 > range.lowerBound, agentPrepositions.contains(st.toks[t - 1].folded) else { return false }
    let stems = ["financ", "finanz", "fund", "garant", "banc", "bank", "банк", "кредит", "loan", "prestit", "финанс"]
    return (max(range.lowerBound, t - 5)..<(t - 1)).contains { k in stems.contains { st.toks[k].folded.hasBytePrefix($0) } }
  }

  /// Words of a lender's name ("bank", "банк", "fondo", "қоры").
  static let lenderWords = ["bank", "банк", "banca", "fund", "фонд", "fondo", "қор", "cassa", "credit", "кредит"]

  /// Whether a body is a bank or a fund, by its kind or its names. O(names).
  static func isLender(_ st: Extractor.State, _ id: String) -> Bool {
    guard let e = st.entities[id] else { return false }
    if e.subkind == "bank" { return true }
    return ([e.label] + e.mentions.map(\.text)).contains { nameHas($0, Bytes.lenderWords) }
  }

  /// The countries a person belongs to: the catalogue's, and those of the places and bodies
  /// the text says they lead or serve. O(relations).
  static func homeCountries(_ st: Extractor.State, _ person: String) -> Set<String> {
    var out = Set<String>()
    if let parent = st.entities[person]?.parent, let c = countryOf(st, parent) ?? (st.subkind(of: parent) == "country" ? parent : nil) { out.insert(c) }
    for r in st.relations where r.source == person && (r.kind == .leads || r.kind == .holdsRole) {
      if let c = countryOf(st, r.target) ?? (st.subkind(of: r.target) == "country" ? r.target : nil) { out.insert(c) }
    }
    return out
  }

  /// Stems of the words for works that run from place to place (roads, railways, pipelines,
  /// lines, corridors), whose places after "from", "to" or "via" are where they lie.
  static let linearWorks = [
    "railway", "railroad", "road", "highway", "pipeline", "line", "corridor", "route", "железн", "дорог", "трасс", "газопровод",
    "нефтепровод", "магистрал", "коридор", "ферров", "ferrovi", "strada", "autostrad", "gasdott", "oleodott", "linea", "corridoi",
    "темір жол", "жолы", "құбыр", "дәліз", "тоннел", "tunnel",
  ]

  /// Whether a project's label or mentions name a linear work (``linearWorks``). O(names).
  static func isLinear(_ st: Extractor.State, _ id: String) -> Bool {
    guard let e = st.entities[id] else { return false }
    let names = [e.label] + e.mentions.map(\.text)
    return names.contains { nameHas($0, Bytes.linearWorks) }
  }

  /// The spans that still own their tokens (a name read again longer took them over) and
  /// whose entity has mentions. O(spans).
  static func liveSpans(_ st: Extractor.State) -> [Extractor.Span] {
    st.spans.indices.filter { st.owner[st.spans[$0].first] == $0 && !(st.entities[st.spans[$0].key]?.mentions.isEmpty ?? true) }.map { st.spans[$0] }
  }

  /// "East Hope Kazakhstan" and "East Hope Group", "«Тяньхэ Казахстан»" and "«Синьцзян Тяньхэ
  /// агроөнеркәсіп» компаниясы": a body named by another's distinctive words and a country the
  /// text names is that body's arm there (`part_of`): the parent's name opens with those words,
  /// or with its home's name before them. The shared words are capitalised, none
  /// of them a function word ("Development Bank of Kazakhstan" shares nothing with
  /// "Development Bank of China"). O(bodies²).
  static func sharedNameParents(_ st: Extractor.State, _ live: [Extractor.Span]) {
    // the country names the text knows (labels in every language, and its mentions), folded
    var countryWords = Set<String>()
    for id in st.order where st.subkind(of: id) == "country" {
      guard let e = st.entities[id], !e.mentions.isEmpty else { continue }
      for n in [e.label] + Array(e.labels.values) + e.mentions.map(\.text) { countryWords.insert(Normalizer.fold(n)) }
    }
    guard !countryWords.isEmpty else { return }
    // (and the one-word names of its other places: a parent's name may open with its home,
    // "Синьцзян Тяньхэ …", but not with anything else, "Xi'an Research Institute of Huawei")
    var placeWords = countryWords
    for id in st.order where placeRank(st, id) != nil {
      guard let e = st.entities[id], !e.mentions.isEmpty else { continue }
      for n in [e.label] + Array(e.labels.values) where !n.contains(" ") { placeWords.insert(Normalizer.fold(n)) }
    }
    let bodies = live.filter { st.kind(of: $0.key) == .organization }
    var done = Set<String>()
    for sp in bodies where sp.last > sp.first && !done.contains(sp.key) {
      guard countryWords.contains(st.toks[sp.last].folded) else { continue }
      let core = (sp.first..<sp.last).map { st.toks[$0] }
      guard core.allSatisfy({ $0.capitalized && $0.folded.unicodeScalars.count >= 3 && !countryWords.contains($0.folded) }) else { continue }
      let words = core.map(\.folded)
      guard let parent = bodies.first(where: { b in
        b.key != sp.key && b.last - b.first + 1 > words.count
          && (b.first...(b.last - words.count + 1)).contains { k in
            (0..<words.count).allSatisfy { st.toks[k + $0].folded == words[$0] } && (b.first..<k).allSatisfy { placeWords.contains(st.toks[$0].folded) }
          }
      }) else { continue }
      done.insert(sp.key)
      let si = st.sentenceOf(sp.first)
      guard si >= 0 else { continue }
      let s = st.doc.sentences[si]
      add(st, sp.key, parent.key, .partOf, st.firstDate(in: s), Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end)))
    }
  }

  /// "CNPC Chuanqing Drilling Engineering", "Sinopec Engineering": a body whose name starts
  /// with another body's one-word name (an acronym or a brand) and goes on is part of it.
  static func prefixParents(_ st: Extractor.State, _ live: [Extractor.Span]) {
    var heads: [(id: String, word: String)] = []
    for sp in live where sp.first == sp.last && st.kind(of: sp.key) == .organization {
      let w = st.toks[sp.first].folded
      if w.unicodeScalars.count >= 3, !heads.contains(where: { $0.id == sp.key && $0.word == w }) { heads.append((sp.key, w)) }
    }
    guard !heads.isEmpty else { return }
    var done = Set<String>()
    for sp in live where sp.last > sp.first && st.kind(of: sp.key) == .organization && !done.contains(sp.key) {
      let w = st.toks[sp.first].folded
      guard st.toks[sp.first].capitalized, let h = heads.first(where: { $0.word == w && $0.id != sp.key }) else { continue }
      done.insert(sp.key)
      let si = st.sentenceOf(sp.first)
      guard si >= 0 else { continue }
      let s = st.doc.sentences[si]
      add(st, sp.key, h.id, .partOf, st.firstDate(in: s), Evidence(document: st.doc.path, sentence: si, start: s.start, end: s.end, text: st.doc.slice(s.start, s.end)))
    }
  }
}
