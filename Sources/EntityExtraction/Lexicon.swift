import TextIngest

/// Cue words that type what they introduce. Folded (lower-case, ё→е); Cyrillic entries are
/// stems matched with ``Morphology`` endings, Latin ones whole words.
enum Lexicon {
  /// Role word → (English role, whether the holder *leads* the organisation or place).
  static let roles: WordMap<(String, Bool)> = [
    // ru
    "президент": ("president", true), "председател": ("chairman", true), "премьер": ("prime minister", true),
    "министр": ("minister", true), "посол": ("ambassador", false), "посл": ("ambassador", false), "консул": ("consul", false),
    "генконсул": ("consul general", false), "мэр": ("mayor", true), "аким": ("akim", true), "хоким": ("khokim", true), "губернатор": ("governor", true),
    "глав": ("head", true), "замглав": ("deputy head", false), "секретар": ("secretary", false), "директор": ("director", true),
    "гендиректор": ("director general", true), "ректор": ("rector", true), "руководител": ("head", true),
    "заместител": ("deputy", false), "спикер": ("speaker", false), "депутат": ("deputy", false), "лидер": ("leader", true),
    "генсек": ("secretary general", true), "посланник": ("envoy", false), "советник": ("adviser", false),
    "политолог": ("political scientist", false), "эксперт": ("expert", false), "профессор": ("professor", false),
    "экономист": ("economist", false), "аналитик": ("analyst", false), "востоковед": ("orientalist", false), "китаевед": ("sinologist", false),
    "основател": ("founder", false), "учен": ("scholar", false), "председательница": ("chairwoman", true),
    "член": ("member", false), "member": ("member", false), "membro": ("member", false), "мүшесі": ("member", false),
    "представител": ("representative", false), "өкілі": ("representative", false), "representative": ("representative", false),
    "rappresentante": ("representative", false), "fellow": ("fellow", false), "lecturer": ("lecturer", false),
    "journalist": ("journalist", false), "correspondent": ("correspondent", false), "docente": ("lecturer", false),
    "giornalista": ("journalist", false), "rettrice": ("rector", true), "sinologo": ("sinologist", false), "sinologa": ("sinologist", false), "журналист": ("journalist", false), "корреспондент": ("correspondent", false),
    // kk
    "президенті": ("president", true), "әкімі": ("akim", true), "әкім": ("akim", true), "елшісі": ("ambassador", false),
    "елші": ("ambassador", false), "консулы": ("consul", false), "министрі": ("minister", true), "төрағасы": ("chairman", true),
    "орынбасары": ("deputy", false), "орынбасар": ("deputy", false), "мэрі": ("mayor", true),
    "басшысы": ("head", true), "хатшысы": ("secretary", false), "төраға": ("chairman", true),
    // ("негізін қалаушы", the one who laid the foundation: a founder)
    "қалаушы": ("founder", false), "қалаушысы": ("founder", false),
    // en
    "president": ("president", true), "premier": ("premier", true), "minister": ("minister", true),
    "ambassador": ("ambassador", false), "consul": ("consul", false), "mayor": ("mayor", true), "governor": ("governor", true),
    "chairman": ("chairman", true), "chairwoman": ("chairwoman", true), "chair": ("chair", true), "director": ("director", true),
    "secretary": ("secretary", false), "head": ("head", true), "leader": ("leader", true), "rector": ("rector", true),
    "spokesman": ("spokesman", false), "spokesperson": ("spokesperson", false), "spokeswoman": ("spokeswoman", false),
    "envoy": ("envoy", false), "scholar": ("scholar", false), "expert": ("expert", false), "professor": ("professor", false),
    "analyst": ("analyst", false), "ceo": ("chief executive", true), "founder": ("founder", false), "deputy": ("deputy", false),
    "akim": ("akim", true), "vice": ("vice", false), "researcher": ("researcher", false),
    // it
    "presidente": ("president", true), "ministro": ("minister", true), "ambasciatore": ("ambassador", false),
    "console": ("consul", false), "sindaco": ("mayor", true), "governatore": ("governor", true),
    "amministratore": ("chief executive", true), "presidentessa": ("president", true), "direttrice": ("director", true),
    "segretario": ("secretary", false), "direttore": ("director", true), "capo": ("head", true), "esperto": ("expert", false),
    "portavoce": ("spokesperson", false), "vicesindaco": ("vice-mayor", false), "rettore": ("rector", true),
    "vicepremier": ("vice-premier", false), "vicepresidente": ("vice-president", false), "viceministro": ("vice-minister", false),
    "analista": ("analyst", false), "ricercatore": ("researcher", false), "ricercatrice": ("researcher", false), "professore": ("professor", false),
    "economista": ("economist", false), "economist": ("economist", false), "politologo": ("political scientist", false),
    "vicegovernatore": ("vice-governor", false), "governatrice": ("governor", true), "sindaca": ("mayor", true), "ministra": ("minister", true),
    "ambasciatrice": ("ambassador", false), "sottosegretario": ("undersecretary", false), "vicedirettore": ("deputy director", false),
    "commissioner": ("commissioner", true), "commissario": ("commissioner", true),
    // sport: the name after an athlete's discipline ("дзюдошы Абылайхан Жұбаназар")
    "боксшы": ("boxer", false), "дзюдошы": ("judoka", false), "балуан": ("wrestler", false), "спортшы": ("athlete", false),
    "боксер": ("boxer", false), "дзюдоист": ("judoka", false), "борец": ("wrestler", false), "boxer": ("boxer", false), "judoka": ("judoka", false),
    // (a team's players and coach: "защитника Нуралы Алипа", "allenatore Cui Kang")
    "футболист": ("footballer", false), "хоккеист": ("hockey player", false), "теннисист": ("tennis player", false), "защитник": ("defender", false),
    "полузащитник": ("midfielder", false), "нападающ": ("forward", false), "форвард": ("forward", false), "вратар": ("goalkeeper", false),
    "тренер": ("coach", false), "наставник": ("coach", false), "судья": ("referee", false), "судь": ("referee", false), "footballer": ("footballer", false), "striker": ("striker", false),
    "defender": ("defender", false), "midfielder": ("midfielder", false), "goalkeeper": ("goalkeeper", false), "coach": ("coach", false),
    "calciatore": ("footballer", false), "attaccante": ("striker", false), "difensore": ("defender", false), "centrocampista": ("midfielder", false),
    "portiere": ("goalkeeper", false), "allenatore": ("coach", false), "tennista": ("tennis player", false), "футболшы": ("footballer", false),
    "шабуылшы": ("striker", false), "шабуылшысы": ("striker", false), "қақпашы": ("goalkeeper", false), "қақпашысы": ("goalkeeper", false),
    "жаттықтырушы": ("coach", false), "жаттықтырушысы": ("coach", false),
    // (a performer: "Әнші Димаш Құдайберген", "la cantante Dinara …")
    "певец": ("singer", false), "певц": ("singer", false), "певиц": ("singer", false), "singer": ("singer", false), "cantante": ("singer", false),
    "әнші": ("singer", false), "әншісі": ("singer", false),
    // (a scholar, writer or artist: "l'astronomo Ulugh Beg", "the poet Abai", "режиссер Ли Вэй";
    // not the Russian "поэт", a stem of "поэтому")
    "astronomo": ("astronomer", false), "astronoma": ("astronomer", false), "astronomer": ("astronomer", false),
    "poeta": ("poet", false), "poetessa": ("poet", false), "poet": ("poet", false), "ақын": ("poet", false), "ақыны": ("poet", false),
    "scrittore": ("writer", false), "scrittrice": ("writer", false), "writer": ("writer", false), "novelist": ("writer", false), "писател": ("writer", false),
    "жазушы": ("writer", false), "жазушысы": ("writer", false),
    "pittore": ("painter", false), "pittrice": ("painter", false), "painter": ("painter", false), "художник": ("painter", false), "суретші": ("painter", false),
    "filosofo": ("philosopher", false), "philosopher": ("philosopher", false), "философ": ("philosopher", false),
    "regista": ("film director", false), "filmmaker": ("film director", false), "режиссер": ("film director", false), "режиссері": ("film director", false),
    "compositore": ("composer", false), "composer": ("composer", false), "композитор": ("composer", false),
    "scienziato": ("scientist", false), "scienziata": ("scientist", false), "scientist": ("scientist", false),
  ]

  /// Russian common nouns in the nominative that also name a place ("Дружба", the crossing
  /// Kazakhs call Dostyk; "Победа", "Заря" …): such a word opening a sentence or a quotation
  /// is the noun.
  static let russianCommonNounPlaceNames: Set<String> = ["дружба", "победа", "заря", "мир", "прогресс", "свобода", "надежда", "родина", "рассвет"]

  /// Organisation cue → canonical (nominative) head word.
  static let orgCues: WordMap<String> = [
    "союз": "Союз", "клуб": "Клуб", "фонд": "Фонд", "ассоциаци": "Ассоциация", "университет": "Университет",
    "альянс": "Альянс", "министерств": "Министерство", "компани": "Компания", "банк": "Банк", "институт": "Институт",
    "агентств": "Агентство", "администраци": "Администрация", "управлени": "Управление", "центр": "Центр", "комитет": "Комитет", "корпораци": "Корпорация", "академи": "Академия",
    "федераци": "Федерация", "конфедераци": "Конфедерация", "парти": "Партия", "совет": "Совет", "консульств": "Консульство", "посольств": "Посольство",
    "генконсульств": "Генконсульство", "объединени": "Объединение", "палат": "Палата", "театр": "Театр", "библиотек": "Библиотека", "филармони": "Филармония",
    "холдинг": "Холдинг", "холдингі": "Холдингі", "акимат": "Акимат", "агрохолдинг": "Агрохолдинг", "агрохолдингі": "Агрохолдингі", "концерн": "Концерн", "госкорпораци": "Госкорпорация",
    "нацкомпани": "Нацкомпания", "авиакомпани": "Авиакомпания", "агрокомпани": "Агрокомпания", "госпредприяти": "Госпредприятие",
    "предприяти": "Предприятие", "fc": "FC", "застройщик": "Застройщик", "девелопер": "Девелопер", "зернотрейдер": "Зернотрейдер", "агрофирм": "Агрофирма", "дистрибьютор": "Дистрибьютор", "туроператор": "Туроператор", "кооператив": "Кооператив", "сельхозкооператив": "Сельхозкооператив", "колледж": "Колледж", "колледжі": "Колледжі", "college": "College",
    "osservatorio": "Osservatorio", "observatory": "Observatory", "observatories": "Observatories", "comitato": "Comitato", "consiglio": "Consiglio", "assemblea": "Assemblea",
    "federazione": "Federazione", "camera": "Camera", "dipartimento": "Dipartimento", "ufficio": "Ufficio", "servizio": "Servizio", "ente": "Ente",
    "school": "School", "faculty": "Faculty", "facoltà": "Facoltà", "факультет": "Факультет", "scuola": "Scuola", "collegio": "Collegio", "centro": "Centro", "opera": "Opera", "teatro": "Teatro", "orchestra": "Orchestra", "theatre": "Theatre", "theater": "Theater", "politecnico": "Politecnico", "polytechnic": "Polytechnic", "secretariat": "Secretariat", "segretariato": "Segretariato",
    "секретариат": "Секретариат", "хатшылығы": "Хатшылығы", "consortium": "Consortium", "consorzio": "Consorzio",
    "комисси": "Комиссия", "комиссиясы": "Комиссиясы", "департамент": "Департамент", "департаменті": "Департаменті", "басқармасы": "Басқармасы", "служб": "Служба", "қызметі": "Қызметі",
    "university": "University", "foundation": "Foundation", "trust": "Trust", "pastificio": "Pastificio", "birrificio": "Birrificio", "caseificio": "Caseificio", "lanificio": "Lanificio", "oleificio": "Oleificio", "salumificio": "Salumificio", "calzaturificio": "Calzaturificio", "association": "Association", "federation": "Federation", "confederation": "Confederation", "confederazione": "Confederazione",
    "institute": "Institute", "bank": "Bank", "group": "Group", "company": "Company", "corporation": "Corporation",
    "agency": "Agency", "council": "Council", "committee": "Committee", "ministry": "Ministry", "union": "Union", "cabinet": "Cabinet",
    "club": "Club", "alliance": "Alliance", "center": "Center", "centre": "Centre", "fund": "Fund", "consulate": "Consulate",
    "embassy": "Embassy", "party": "Party", "academy": "Academy", "co": "Co", "ltd": "Ltd", "llp": "LLP", "jsc": "JSC", "llc": "LLC", "plc": "PLC",
    "organization": "Organization", "organisation": "Organisation",
    "exchange": "Exchange", "бюро": "Бюро", "бюросы": "Бюросы", "troops": "Troops", "forces": "Forces", "guard": "Guard", "тобы": "Тобы", "borsa": "Borsa", "бирж": "Биржа", "биржасы": "Биржасы", "фирм": "Фирма",
    "inc": "Inc", "holding": "Holding", "service": "Service", "society": "Society", "chamber": "Chamber",
    "administration": "Administration", "airlines": "Airlines", "airways": "Airways", "corp": "Corp",
    "commission": "Commission", "authority": "Authority", "office": "Office", "bureau": "Bureau", "department": "Department",
    "compagnia": "Compagnia", "commissione": "Commissione", "autorità": "Autorità", "компаниясы": "Компаниясы",
    "корпорациясы": "Корпорациясы", "кәсіпорны": "Кәсіпорны", "агенттігі": "Агенттігі", "комитеті": "Комитеті", "кеңесі": "Кеңесі", "әкімшілігі": "Әкімшілігі",
    "università": "Università", "fondazione": "Fondazione", "fondo": "Fondo", "associazione": "Associazione", "banca": "Banca",
    "istituto": "Istituto", "accademia": "Accademia", "ministero": "Ministero", "organizzazione": "Organizzazione", "società": "Società",
    "agenzia": "Agenzia", "consolato": "Consolato", "ambasciata": "Ambasciata", "partito": "Partito", "amministrazione": "Amministrazione",
    "университеті": "Университеті", "қоры": "Қоры", "қауымдастығы": "Қауымдастығы", "министрлігі": "Министрлігі",
    "банкі": "Банкі", "одағы": "Одағы", "орталығы": "Орталығы", "кабинет": "Кабинет", "музей": "Музей", "музе": "Музей", "музейі": "Музейі", "мұражайы": "Мұражайы",
    "таможн": "Таможня", "прокуратур": "Прокуратура", "суд": "Суд", "court": "Court", "tribunale": "Tribunale", "corte": "Corte", "соты": "Соты", "сот": "Сот",
    "инспекци": "Инспекция", "inspectorate": "Inspectorate", "инспекциясы": "Инспекциясы", "hospital": "Hospital", "clinic": "Clinic", "ospedale": "Ospedale", "clinica": "Clinica", "больниц": "Больница", "госпитал": "Госпиталь",
    "ауруханасы": "Ауруханасы", "емханасы": "Емханасы", "мектебі": "Мектебі", "бірлестігі": "Бірлестігі", "akimat": "Akimat",
    "администраци": "Администрация", "федерациясы": "Федерациясы", "конфедерациясы": "Конфедерациясы", "ассоциациясы": "Ассоциациясы", "палатасы": "Палатасы",
    "театры": "Театры", "ансамбл": "Ансамбль", "ансамблі": "Ансамблі", "оркестрі": "Оркестрі", "оркестр": "Оркестр", "клубы": "Клубы", "баспасы": "Баспасы", "издательств": "Издательство", "кинотеатры": "Кинотеатры", "кинотеатр": "Кинотеатр", "операсы": "Операсы", "кітапханасы": "Кітапханасы", "library": "Library", "museum": "Museum", "museo": "Museo",
    // industry words that end a company's name ("Zijin Mining", "Huaxin Cement", "Harbin Electric")
    "mining": "Mining", "sugar": "Sugar", "cement": "Cement", "electric": "Electric", "petroleum": "Petroleum", "motors": "Motors",
    "steel": "Steel", "chemical": "Chemical", "logistics": "Logistics", "telecom": "Telecom", "industries": "Industries",
    "technologies": "Technologies", "engineering": "Engineering", "copper": "Copper", "aluminium": "Aluminium", "aluminum": "Aluminum", "railways": "Railways",
    "petrochemical": "Petrochemical", "metallurgical": "Metallurgical", "nonferrous": "Nonferrous", "machinery": "Machinery",
    "lithium": "Lithium", "nickel": "Nickel", "cobalt": "Cobalt", "shipyard": "Shipyard", "shipbuilding": "Shipbuilding",
    // (a Soviet-style works by its English name: "Uzbek Refractory and Heat-Resistant Metals Combine")
    "combine": "Combine", "combinat": "Combinat",
    "textile": "Textile", "textiles": "Textiles",
    // (these close a name only as its last word: ``closingOnlyOrgCues``)
    "energy": "Energy", "energies": "Energies", "power": "Power", "supply": "Supply", "renewables": "Renewables", "capital": "Capital", "finance": "Finance", "investments": "Investments", "consulting": "Consulting", "solutions": "Solutions", "technology": "Technology",
    "wine": "Wine", "wines": "Wines", "winery": "Winery", "vineyards": "Vineyards",
    // ("China Geological Survey": a survey names a state service)
    "survey": "Survey",
    // (the region's own trade words, transliterated into a Latin name: "Hisor Keramika",
    // "Khujand Tekstil", "Kuvasay Sement")
    "keramika": "Keramika", "tekstil": "Tekstil", "sement": "Sement", "mebel": "Mebel", "komur": "Komur", "komir": "Komir",
    "petrol": "Petrol", "industrial": "Industrial", "silicon": "Silicon", "press": "Press", "film": "Film", "films": "Films", "pictures": "Pictures", "studios": "Studios", "studio": "Studio", "airports": "Airports", "lab": "Lab", "team": "Team", "irrigation": "Irrigation", "oils": "Oils",
    // (a maker of systems: "Xinjiang Tianye Water Saving Irrigation System")
    "system": "System", "systems": "Systems",
    // (a laboratory or zoo is a body: "Joint Laboratory for Earthquake Monitoring", "Almaty Zoo")
    "laboratory": "Laboratory", "laboratorio": "Laboratorio", "лаборатори": "Лаборатория", "зертханасы": "Зертханасы",
    "zoo": "Zoo", "зоопарк": "Зоопарк",
    "академиясы": "Академиясы", "институты": "Институты", "корпорация": "Корпорация", "factory": "Factory",
    "unione": "Unione", "exchange": "Exchange", "borsa": "Borsa", "биржа": "Биржа", "биржасы": "Биржасы", "express": "Express", "holdings": "Holdings",
    // conservatories, leagues and television channels
    "консерватори": "Консерватория", "консерваториясы": "Консерваториясы", "conservatory": "Conservatory", "conservatorio": "Conservatorio",
    "лиг": "Лига", "league": "League", "lega": "Lega", "телеканал": "Телеканал", "телеарнасы": "Телеарнасы",
    // circuses and troupes ("Tashkent State Circus", "Hebei Wuqiao Acrobatic Troupe", "Қазақ мемлекеттік циркі")
    "circus": "Circus", "circo": "Circo", "цирк": "Цирк", "циркі": "Циркі", "troupe": "Troupe", "трупп": "Труппа", "труппасы": "Труппасы",
  ]

  /// Italian nouns that end like adjectives (-ale, -ano, -ario, -ana): "il canale Ankhor" is
  /// a canal, not a company's description.
  static let italianNounsLikeAdjectives: WordSet = [
    "canale", "canali", "capitale", "ospedale", "giornale", "portale", "segnale", "personale", "materiale", "tribunale", "litorale",
    "temporale", "crinale", "stivale", "settimanale", "quotidiano", "vulcano", "oceano", "segretario", "commissario", "funzionario",
    "santuario", "calendario", "settimana", "fontana", "dogana", "campana", "mercato", "obiettivo", "archivio",
    // (and, of the words in -ante/-anti, nouns, prepositions and adverbs)
    "rappresentante", "rappresentanti", "cantante", "cantanti", "comandante", "comandanti", "ristorante", "ristoranti",
    "durante", "mediante", "nonostante", "davanti", "avanti", "quanti", "alquanti", "abitanti", "partecipanti", "migranti",
  ]

  /// Latin prefixes a hyphen joins to a place's name inside a longer name ("Trans-Afghan
  /// railway", "Trans-Eurasia Rail"): the place is part of that name, not mentioned by it.
  static let placePrefixes: WordSet = ["trans", "pan", "inter", "euro"]
  /// Lines of business that close a company's name only as its last word ("Rystad Energy",
  /// "Wanda Film", "ACWA Power", "Sungrow Power Supply"; not "Kyrgyz Energy Minister" or "Film
  /// Festival").
  static let closingOnlyOrgCues: WordSet = ["team", "power", "supply", "renewables", "petrol", "industrial", "silicon", "press", "energy", "energies", "capital", "finance", "investments", "consulting", "solutions", "technology", "wine", "wines", "winery", "vineyards", "cabinet", "film", "films", "pictures", "studios", "studio", "airports", "lab", "irrigation", "oils", "system", "systems", "keramika", "tekstil", "sement", "mebel", "komur", "komir", "survey"]

  /// English nouns for one railway route ("the Angren–Pap railway", "… line").
  static let railNouns: Set<String> = ["railway", "railroad", "line", "rail"]

  /// Words that make a "district" or "region" something other than a place on the map
  /// ("Military District", "Central Business District", "Electoral District").
  static let notPlaceQualifiers: WordSet = ["military", "business", "electoral", "financial", "shopping", "school", "militare", "военный", "военного"]

  /// Words of birthplace that, after a comma, make the capitalised words before them a
  /// person's name ("Bater Wuliji, originario di Hohhot"; "a native of"; "уроженец Кашгара").
  static let birthplaceWords: WordSet = ["originario", "originaria", "nativo", "nativa", "native", "уроженец", "уроженка"]

  /// "Son of" and "daughter of" written after the father's name (Kyrgyz, Kazakh; Cyrillic and Latin).
  static let filiationWords: WordSet = ["уулу", "кызы", "ұлы", "қызы", "uulu", "kyzy", "uly", "qyzy", "ulı", "qızı"]
  /// Legal abbreviations that close a Latin company's name ("… Co.", "… Ltd", "… JSC").
  static let closingLegalForms: WordSet = ["co", "ltd", "inc", "llp", "jsc", "llc", "plc"]

  /// Russian cues of bodies other than companies whose own name a quote gives after them
  /// ("общественного объединения «Таза Суу»", "ассоциации «Союз фермеров»").
  /// (A design or research institute too: "институт «Небитгазылмытаслама»".)
  static let quotedBodyHeads: Set<String> = ["Объединение", "Ассоциация", "Союз", "Федерация", "Клуб", "Партия", "Институт", "Университет", "Агентство", "Академия", "Издательство"]
  /// Organisation cues (as ``orgCues`` values) that say "a company": a quoted name after one
  /// in lower case is the company's name («Синьтэн» in "корпорация «Синьтэн»").
  static let companyHeads: Set<String> = ["Компания", "Корпорация", "Холдинг", "Концерн", "Нацкомпания", "Авиакомпания", "Агрокомпания", "Госкорпорация", "Агрохолдинг", "Госпредприятие", "Предприятие", "Застройщик", "Девелопер", "Зернотрейдер", "Агрофирма", "Дистрибьютор", "Кооператив", "Сельхозкооператив", "Фонд", "Кинотеатр", "Телеканал", "Фирма"]
  /// Legal forms written before a company's quoted name (АО «…», ТОО «…», ЖШС «…»).
  static let legalForms: WordSet = ["ао", "тоо", "оао", "зао", "пао", "ооо", "нао", "ақ", "жшс", "ук", "осоо", "гуп", "фгуп", "муп", "аж", "мчж", "кх", "фх", "шқ", "хк", "фк", "спк", "нк", "әкк",
    // (Tajik open joint-stock holding companies: ОАХК «Барки точик»)
    "оахк", "ахк",
    // (state enterprises: ГКП, РГП «…»; the Kazakh МКК, РМК)
    "гкп", "ргп", "мкк", "рмк",
    // (a subsidiary bank: АО ДБ «Банк Китая в Казахстане»; a transnational company: ТНК «Казхром»)
    "дб", "тнк",
    // (a joint venture, СП «…», СП ООО «…»; a sole trader, ИП «…»)
    "сп", "ип"]
  /// Last words of Russian legal forms written out, before a company's quoted name
  /// ("Акционерное общество «…»", "товарищество с ограниченной ответственностью «…»").
  static let spelledLegalFormEnds: WordSet = [
    "общество", "общества", "обществу", "обществом", "обществе", "товарищество", "товарищества", "товариществу", "товариществом", "товариществе",
    "ответственностью",
  ]
  /// "группа «Синьцзян Гуанхуэй»": a group of companies, named like a legal form by the quoted
  /// name after it (not a cue of its own: "рабочая группа экспертов" is no body's name).
  static let companyGroupWords: WordSet = ["группа", "группы", "группе", "группу", "группой"]
  /// Kazakh legal forms written after the quoted name («…» акционерлік қоғамы, «…» ЖШС).
  /// (a peasant farm too: «…» шаруа қожалығы)
  /// (and a state enterprise: «…» МКК, «…» ШЖҚ МКК, «…» РМК)
  static let legalFormsAfter: [String] = ["акционерлік", "жауапкершілігі", "жшс", "ақ", "шаруа", "мкк", "шжқ", "рмк"]

  /// Industry morphemes that close the region's compound company names (folded; Latin and
  /// Cyrillic): Turkmengaz, Uzbekneftegaz, Uzbekhydroenergo, Kazatomprom, Kyrgyzaltyn,
  /// Uzkimyosanoat, Ақтөбемұнайгаз, Роснефть; "gas" in the English spelling (Aktobemunaigas).
  static let companyMorphemes: [String] = [
    "gaz", "газ", "gas", "neft", "нефть", "нефт", "energo", "энерго", "prom", "пром", "stroy", "строй", "telecom", "телеком",
    "munaigaz", "мұнайгаз", "мунайгаз", "altyn", "алтын", "sanoat", "саноат", "komir", "көмір",
    // (fertiliser makers: Navoiyazot, Ferganaazot, ҚазАзот)
    "azot", "азот",
    // (Tajik banks: Amonatbonk, Orienbonk, Tojiksodirotbonk)
    "bonk", "бонк",
    // (Russian works and machine builders: Уралмашзавод, Уралвагонзавод, Ростсельмаш,
    // Казэнергомаш; not the Latin "mash", which opens longer names: "Agromash Holding")
    "завод", "маш",
    // (power distributors: Severelectro, Vostokelectro, Ошэлектро)
    "electro", "электро",
  ]

  /// Cues of institutions that a place's adjective alone names ("Синьцзянский университет").
  static let institutionCues: Set<String> = ["Университет", "Институт", "Академия", "Театр", "Банк", "Музей", "Служба", "Таможня", "Центр", "Больница", "Госпиталь", "Консерватория", "Прокуратура", "Биржа", "Библиотека", "Филармония"]
  /// Russian nouns of a school's field in the genitive, which alone after a school's cue name
  /// another school ("Пекинский университет спорта", "… институт нефти"), folded.
  static let schoolFieldNouns: WordSet = [
    "спорта", "физкультуры", "медицины", "фармации", "права", "экономики", "финансов", "технологий", "транспорта", "связи", "культуры",
    "искусств", "туризма", "нефти", "энергетики", "геологии", "архитектуры", "дизайна", "педагогики", "торговли", "коммерции",
    "менеджмента", "бизнеса", "информатики", "металлургии", "химии", "физики", "математики", "лингвистики", "журналистики",
  ]
  /// Cues of unions of a field's bodies or players, whose names a country's adjective and the
  /// field's adjective open ("Китайская шахматная ассоциация", "Российский футбольный союз").
  static let unionHeads: Set<String> = ["Ассоциация", "Федерация", "Конфедерация", "Союз", "Лига"]
  /// Of ``institutionCues``, those of schools, academies and arts bodies, whose names a
  /// country's adjective opens ("Казахский национальный университет").
  static let schoolCues: Set<String> = ["Университет", "Институт", "Академия", "Театр", "Музей", "Консерватория", "Библиотека", "Филармония"]

  /// Nouns of evenings, concerts and other events whose name a sentence gives ("Кеш «…» деп
  /// аталды"): whole folded words, and prefixes of any case.
  static let performanceNouns: WordSet = ["кеш", "кеші", "кешке", "кешті", "кеште", "кешінде", "вечер", "вечере", "вечера"]
  static let performanceNounStems: [String] = [
    "концерт", "шара", "көрме", "фестивал", "байқау", "конкурс", "форум", "конференци", "спектакл", "қойылым",
    "мероприяти", "выставк", "акци", "представлени",
  ]
  /// Event cue → canonical head word.
  static let eventCues: WordMap<String> = [
    "көрмесі": "көрмесі", "көрме": "көрме", "фестивалі": "фестивалі", "жәрмеңкесі": "жәрмеңкесі",
    "күндері": "күндері", "апталығы": "апталығы", "жылы": "жылы", "дни": "дни", "год": "год", "days": "Days", "year": "Year", "giornate": "giornate", "anno": "anno",
    "саммит": "саммит", "форум": "форум", "медиафорум": "медиафорум", "олимпиад": "олимпиада", "олимпиадасы": "олимпиадасы", "olympiad": "Olympiad", "olimpiade": "olimpiade", "конференци": "конференция", "совещани": "совещание", "съезд": "съезд",
    "выставк": "выставка", "экспозици": "экспозиция", "esposizione": "esposizione", "фестивал": "фестиваль", "кинофестивал": "кинофестиваль", "кинофестивалі": "кинофестивалі", "визит": "визит", "переговор": "переговоры", "ярмарк": "ярмарка",
    "fair": "Fair", "fiera": "fiera", "диалог": "диалог", "диалогы": "диалогы", "dialogo": "dialogo",
    "summit": "Summit", "forum": "Forum", "conference": "Conference", "roundtable": "Roundtable", "congress": "Congress",
    "expo": "Expo", "exhibition": "Exhibition", "festival": "Festival", "dialogue": "Dialogue", "meeting": "Meeting",
    "vertice": "vertice", "conferenza": "conferenza", "congresso": "congresso", "mostra": "mostra", "salone": "Salone",
    "esercitazione": "esercitazione", "exercise": "Exercise", "exercises": "Exercises", "учени": "учения", "жаттығу": "жаттығу",
    "саммиті": "саммиті", "форумы": "форумы", "кездесу": "кездесу", "конференциясы": "конференциясы",
    "ойындары": "ойындары", "азиадасы": "Азиадасы", "азиада": "Азиада", "games": "Games", "giochi": "giochi", "игры": "Игры",
    "biennale": "Biennale", "биеннале": "биеннале", "биенналесі": "биенналесі", "week": "Week",
    "чемпионат": "чемпионат", "чемпионаты": "чемпионаты", "кубогы": "кубогы", "кубок": "кубок", "кубка": "кубок", "cup": "Cup", "coppa": "coppa", "championship": "Championship", "championships": "Championships",
    "campionato": "campionato", "campionati": "campionati", "settimana": "Settimana",
    // (a contest: "«Singer» байқауы", "«Жас қанат» конкурсы"; a tennis or golf tournament:
    // "the China Open", "il China Open")
    "байқауы": "байқауы", "конкурсы": "конкурсы", "open": "Open",
  ]

  /// Kazakh case endings a name takes straight after its last letter (genitive, dative,
  /// ablative, instrumental, locative; "ҚазАгроҚаржыға", "Шымкенттегі"): those a surname takes
  /// (``Morphology/kazakhSurnameCases``) and the locative and accusative forms it does not.
  static let kazakhNameEndings: [String] = Morphology.kazakhSurnameCases.map { String(String.UnicodeScalarView($0)) }
    + ["нда", "нде", "дағы", "дегі", "тағы", "тегі", "ты", "ті"]

  /// English titles of a company's head, written after the company's name ("Kazpost
  /// chairman …"), one word or two.
  static let companyHeadTitlesEN: WordSet = ["chairman", "chairwoman", "ceo", "president", "founder"]
  static let companyHeadTitlePairsEN: Set<String> = [
    "chief executive", "general manager", "managing director", "executive director", "vice president", "deputy chairman", "board chairman",
  ]
  /// English determiners and possessive pronouns, capitalised at a sentence's start ("Its
  /// chairman …").
  static let determinersEN: WordSet = ["its", "their", "his", "her", "our", "my", "your", "the", "a", "an", "this", "that", "these", "those", "whose"]
  /// Capitalised words that open a title, not a name ("Deputy", "Acting", "Foreign").
  static let headTitleModifiersEN: WordSet = ["deputy", "vice", "first", "acting", "former", "prime", "foreign", "general", "executive", "senior", "chief", "new", "then", "interim"]

  /// Endings of Kazakh past participles ("салған"), which never stand in a body's name.
  static let kazakhParticipleEndings: [String] = ["ған", "ген", "қан", "кен"]
  /// Endings of Kazakh participles and converbs ("салған", "бірлесіп"), which never stand in
  /// a facility's name.
  static let kazakhVerbEndings: [String] = kazakhParticipleEndings + ["ып", "іп"]

  /// The Russian word for a government in its cases ("Правительством РК").
  static let russianGovernmentForms: WordSet = ["правительство", "правительства", "правительству", "правительством", "правительстве"]
  /// Subkinds of the regions whose government a text may name ("the Government of
  /// Kazakhstan", "правительство СУАР").
  static let governedRegionSubkinds: Set<String> = ["country", "province", "autonomous-region", "oblast", "special-administrative-region", "prefecture"]
  /// English words for a town's or region's administration that name it after the place
  /// alone ("the Almaty akimat") or before "of" ("Akimat of Almaty").
  static let localAdministrationHeadsEN: WordSet = ["akimat", "khokimiyat", "hokimiyat", "administration", "mayoralty"]
  /// Words between a place and its administration's head that make the head the town's own
  /// ("the Tashkent city administration", "Bishkek City Hall", "the Kashgar municipal government").
  static let localAdministrationMiddlesEN: WordSet = ["city", "regional", "region", "oblast", "district", "municipal", "provincial", "prefectural"]
  /// Russian administration nouns (stems) that name a town's or region's body before it.
  static let localAdministrationHeadsRU = ["акимат", "хокимият", "хокимиат", "администраци"]
  /// "Мэрия" in its cases (a prefix would take the Turkmen town of Мэри).
  static let russianCityHallForms: Set<String> = ["мэрия", "мэрии", "мэрию", "мэрией"]
  /// Kazakh administration nouns (stems) that name a place's body after it.
  static let localAdministrationHeadsKK = ["әкімдіг", "әкімшіліг"]
  /// Kazakh words between a place and its administration ("Алматы қаласының әкімдігі").
  static let kazakhLocalMiddles = ["қала", "облыс", "аудан"]
  /// A Kazakh town's, region's, district's or province's own cue in the nominative, after its
  /// name inside a body's name ("Тяньцзинь қаласы білім комиссиясы", "Жамбыл облысы денсаулық
  /// сақтау басқармасы").
  static let kazakhOwnPlaceCues: WordSet = ["қаласы", "облысы", "ауданы", "провинциясы"]
  /// Italian administration nouns followed by "di" and the place.
  static let localAdministrationHeadsIT: WordSet = ["akimat", "hokimiyat", "khokimiyat", "municipio", "amministrazione"]

  /// Genres that stand between an English festival's name and "festival" ("the Sharq
  /// Taronalari music festival").
  static let festivalGenresEN: WordSet = ["music", "film", "folk", "jazz", "arts", "art", "food", "theatre", "theater", "dance", "opera", "wine", "book", "literary", "poetry", "culture", "cultural"]

  /// Event cues that name an event only at the end of a quoted name (days, year).
  static let weakEventCues: Set<String> = ["күндері", "апталығы", "жылы", "дни", "год", "Days", "Year", "giornate", "anno"]

  /// Event cue (folded prefix) → the English word catalogue events use.
  /// In this order: the first cue inside a name decides (a dictionary's order would change
  /// from run to run).
  static let eventCueEnglish: [(cue: [UInt8], english: String)] = [
    ("саммит", "Summit"), ("summit", "Summit"), ("vertice", "Summit"), ("форум", "Forum"), ("forum", "Forum"),
    ("конференц", "Conference"), ("conference", "Conference"), ("expo", "Expo"), ("экспо", "Expo"), ("выставк", "Expo"),
  ].map { (Array($0.0.utf8), $0.1) }
  /// Whether a folded word (UTF-8) is an ``eventCueEnglish`` cue: a Latin cue is the whole
  /// word ("expo" is not "export"), a Cyrillic one its beginning, which any case ending follows
  /// ("саммита", "выставке"). O(cue).
  static func isEventCue(_ word: [UInt8], _ cue: [UInt8]) -> Bool { cue[0] < 0x80 ? word == cue : word.starts(with: cue) }

  /// Russian forms of "sign", "conclude", "approve" and "be" that end an agreement's name
  /// ("Соглашение о … подписано", "Договор … был заключён").
  static let russianSigningVerbs: WordSet = [
    "подписан", "подписано", "подписана", "подписаны", "подписал", "подписала", "подписало", "заключен", "заключён", "заключено", "заключена",
    "заключены", "утвержден", "утверждён", "утверждено", "утверждена", "одобрено", "одобрен", "одобрена", "ратифицировано", "ратифицирован",
    "вступит", "вступило", "вступил", "был", "было", "была", "были", "будет", "станет", "стало",
  ]
  /// Russian nouns (prefixes) that give a deal's or a plant's worth or size in the
  /// instrumental: "стоимостью", "мощностью", "объёмом", "на сумму", "сроком".
  static let russianMeasureNouns: [String] = ["стоимост", "мощност", "объем", "объём", "сумм", "сроком", "площад", "протяженност", "протяжённост"]
  /// Agreement words that open a project name when capitalised (stems) and their nominative.
  static let agreementCues: WordSet = ["договор", "соглашени", "меморандум", "программ", "стратеги", "концепци", "план"]
  /// Russian possessive and demonstrative pronouns, which point back to something named
  /// before ("о его строительстве", "этого проекта").
  static let russianPointingPronouns: WordSet = ["его", "её", "ее", "их", "этого", "этой", "этих", "этом", "этому", "этим", "данного", "данной", "такого", "такой"]
  static let agreementHeads: [String: String] = [
    "договор": "Договор", "соглашени": "Соглашение", "меморандум": "Меморандум", "программ": "Программа",
    "стратеги": "Стратегия", "концепци": "Концепция", "план": "План",
  ]
  /// Russian/Kazakh acronyms of power plants and similar facilities (and "ГОК", a mining and
  /// processing plant: "Анзобский ГОК", "Соколовско-Сарбайский ГОК").
  static let plantAcronyms: WordSet = ["тэц", "гэс", "гаэс", "вэс", "сэс", "аэс", "грэс", "тэс", "нпз", "гпз", "сэз", "гок"]
  /// English nouns of a plant or unit that a numbered name may follow in apposition ("the
  /// first plant, Kazarman-1,").
  static let numberedUnitNounsEN: WordSet = ["plant", "plants", "unit", "station", "dam", "reactor", "mine", "field", "deposit", "satellite", "line", "block"]
  /// Plant acronyms whose noun is masculine (завод, a ГОК's комбинат); the stations are feminine.
  static let masculinePlantAcronyms: Set<String> = ["нпз", "гпз", "гок"]
  /// English words that end a project's name.
  static let projectWordsEN: WordSet = [
    "railway", "railroad", "pipeline", "highway", "corridor", "plant", "farm", "bridge", "hub", "port", "seaport", "terminal",
    "refinery", "mine", "dam", "station", "treaty", "agreement", "programme", "program", "declaration", "zone", "base", "substation",
    // (a canal by its name: "the Great Fergana Canal", "the Karakum Canal")
    "canal",
    // (a law by its name, as a treaty is: "the Critical Raw Materials Act")
    "act",
    "park", "airport", "cosmodrome", "spaceport", "cluster", "observatory", "arena", "stadium", "hippodrome", "velodrome",
    // (a landmark by its name: "the Amir Tura Madrasah", "the Kalyan Minaret", "the Mogao Caves")
    "madrasa", "madrasah", "mosque", "minaret", "mausoleum", "caves", "grottoes",
    // (a market by its name: "the Siab Bazaar", "Dordoi Bazaar"; a works: "Turkmenbashi
    // Textile Complex")
    "bazaar", "complex",
    // (streets by their capitalised names: "Lenin Street", "Abai Avenue"; a ring road: "the
    // Small Ring Road")
    "street", "avenue", "boulevard", "road",
  ]
  /// Lower-case English project words that close a name after technical modifiers
  /// ("the Rogun hydropower plant", "the Kashagan field", "the Altynkol border crossing").
  static let projectHeadsLowerEN: WordSet = [
    "railway", "railroad", "pipeline", "highway", "corridor", "plant", "farm", "bridge", "hub", "terminal", "refinery",
    "mine", "dam", "field", "deposit", "crossing", "smelter", "tunnel", "complex", "factory", "road", "canal", "reservoir", "cascade",
    "programme", "program", "project", "territory",
    "station", "line", "port", "substation", "track", "area", "zone", "citadel", "fortress", "necropolis", "mausoleum", "madrasa",
    "madrasah", "mosque", "minaret", "reserve",
    "base", "resort", "centre", "center", "park", "observatory", "arena", "stadium", "hippodrome", "residence", "bypass", "landfill", "airport",
    // (an open-pit mine: "the Muruntau open pit"; a market: "the Dordoi bazaar")
    "pit", "bazaar",
    // (a satellite by its name: "the KazSat-2 satellite")
    "satellite",
    // (a palace by its name: "the Ak-Saray palace"; a facility after what it is: "the Gazli
    // underground gas storage facility")
    "palace", "facility",
    // (irrigated land or its works by name: "the Akdala irrigation massif", "the Shardara
    // irrigation system"; only after "irrigation" or "irrigated")
    "massif", "system",
    // (a range or site by its tests: "the Sary-Shagan missile test range", "the Kapustin Yar
    // launch site"; only after one of those modifiers)
    "range", "site", "ground",
  ]
  /// Russian plant nouns a place's adjective names ("Балхашский медеплавильный завод"): the
  /// folded stem and the nominative.
  static let russianPlantNouns: [(stem: String, nominative: String)] = [
    ("завод", "завод"), ("комбинат", "комбинат"), ("электростанци", "электростанция"), ("фабрик", "фабрика"),
    ("зон", "зона"), ("кластер", "кластер"), ("водохранилищ", "водохранилище"), ("гидроузл", "гидроузел"), ("гидроузел", "гидроузел"),
    ("комплекс", "комплекс"), ("каскад", "каскад"), ("рудник", "рудник"), ("разрез", "разрез"),
    // (a terminal or a port by its town: "Павлодарский зерновой терминал", "Курыкский морской порт")
    ("терминал", "терминал"), ("порт", "порт"),
    // (a national park or reserve: "Чарынский национальный парк", "Аксу-Жабаглинский
    // заповедник"; a park only after a word that makes it one, not a town's "Центральный парк")
    ("парк", "парк"), ("заповедник", "заповедник"),
    // (and a declaration named by its city: "Бишкекская декларация", "Астанинской декларации")
    ("декларац", "декларация"),
  ]
  /// The stems of the adjectives that make a park a site of its own ("национальный",
  /// "природный", "индустриальный" …) rather than a town's green space.
  static let russianParkQualifiers = ["национальн", "природн", "индустриальн", "технологическ", "промышленн", "дендрологическ"]

  /// Plural project words after coordinated names and their singular ("the Kashagan and
  /// Tengiz fields").
  static let pluralProjectHeadsEN: [String: String] = [
    "fields": "field", "deposits": "deposit", "plants": "plant", "mines": "mine", "railways": "railway", "pipelines": "pipeline",
    "refineries": "refinery", "farms": "farm", "dams": "dam", "ports": "port", "parks": "park", "zones": "zone", "terminals": "terminal",
    "stations": "station", "reservoirs": "reservoir", "bridges": "bridge", "tunnels": "tunnel", "smelters": "smelter",
  ]

  /// Of ``projectHeadsLowerEN``, the words too common to close a name without a modifier
  /// ("the Bishkek bypass road", but not "the Almaty road"; "the Tashkent programme" of a
  /// troupe's tour is no project).
  static let weakProjectHeadsEN: WordSet = [
    "road", "complex", "station", "line", "area", "zone", "project", "programme", "program", "base", "resort", "centre", "center", "park", "territory", "facility",
  ]
  /// Words that make a document's bare "the X line" a transit line ("the Chilanzar line").
  static let transitWordsEN: WordSet = ["metro", "subway", "tram", "underground", "lrt"]
  /// English adjectives that make "… City" a programme's name, not a town's ("Safe City",
  /// "Smart City").
  static let cityProgrammeWordsEN: WordSet = ["safe", "smart", "digital", "green", "clean", "sustainable", "eco", "healthy", "creative", "intelligent", "secure"]
  /// Lower-case words that may stand between a project's name and its project word.
  static let projectModifiersEN = WordSet([
    "contract", "licence", "license", "hydropower", "hydroelectric", "hydro", "thermal", "power", "wind", "solar", "nuclear", "coal", "fired", "gas", "oil", "ferry", "second",
    // (a bus station or depot: "the Sairan bus station"; an open-pit mine: "the Kalmakyr open pit")
    "bus", "open",
    // (a trunk pipeline or railway: "the Mubarek–Bukhara trunk line")
    "trunk",
    // (a river port or terminal: "the Termez river port")
    "river",
    // (alloy works: "the Aktobe ferroalloy plant")
    "ferroalloy", "ferroalloys", "ferrochrome", "ferrosilicon",
    "gold", "copper", "uranium", "zinc", "iron", "ore", "processing", "chemical", "cement", "steel", "border", "logistics",
    "dry", "freight", "container", "industrial", "rail", "road", "heat", "heating", "combined", "cycle", "mining", "metallurgical", "grain",
    "fertilizer", "fertiliser", "glass", "aluminium", "aluminum", "cargo", "transit", "energy", "electric", "condensate",
    "petrochemical", "polyethylene", "gas-chemical", "tungsten", "silver", "lithium", "waste-to-energy", "pumped", "storage",
    "bypass", "ring", "toll", "oilfield", "gasfield", "condensate", "irrigation", "irrigated", "water", "hydrotechnical", "engineering",
    "electrochemical", "desalination", "sugar", "soda", "textile", "cotton", "tire", "tyre", "battery", "photovoltaic", "refining",
    "free", "special", "economic", "trade", "export", "ski", "tourist", "mountain",
    "metro", "subway", "tram", "underground", "railway", "commuter", "suburban", "transmission",
    "business", "financial", "exhibition", "innovation", "technology", "science", "agro", "agricultural",
    // (protected land: "the Ala-Archa national park", "the Aksu-Zhabagly nature reserve")
    "national", "nature", "natural", "biosphere",
    // (a heritage site: "the Ancient Merv historical park", "the Saryarka archaeological reserve")
    "historical", "historic", "archaeological", "heritage",
  ] + testSiteModifiersEN)
  /// The modifiers that make a range, site or ground a project, a place of tests or launches
  /// ("the Sary-Shagan missile test range", "the … proving ground"); modifiers of any project
  /// word too.
  static let testSiteModifiersEN = ["test", "testing", "missile", "firing", "proving", "launch"]
  /// Russian project nouns followed by their name ("месторождение Кашаган", "газопровод
  /// Казахстан – Китай"): the folded stem and the nominative.
  static let russianRouteHeads: [(stem: String, nominative: String)] = [
    ("железн", "железная дорога"), ("газопровод", "газопровод"), ("нефтепровод", "нефтепровод"), ("трубопровод", "трубопровод"), ("водовод", "водовод"),
    ("автомагистрал", "автомагистраль"), ("автодорог", "автодорога"), ("месторождени", "месторождение"), ("рудник", "рудник"), ("коридор", "коридор"),
    // (a quarry or open-pit coal mine: "карьере Дахана", "разреза Богатырь")
    ("карьер", "карьер"), ("разрез", "разрез"),
    ("порт", "порт"), ("лини", "линия электропередачи"), ("трасс", "трасса"), ("участк", "участок"), ("участок", "участок"), ("дорог", "дорога"),
    ("магистрал", "магистраль"),
    // (a branch line: "железнодорожная ветка Алмалык – Ангрен")
    ("ветк", "ветка"), ("ветв", "ветвь"),
    // (a street or avenue by its name: "улица Сянь Синхая", "проспект Абая")
    ("улиц", "улица"), ("проспект", "проспект"),
    // (a canal by its unquoted Cyrillic name: "канал Занг"; «…» after it is a TV channel)
    ("канал", "канал"),
  ]

  /// Italian facility nouns that the catalogue names with "di" and a place ("porto di Aktau").
  static let italianFacilityNouns: WordSet = ["porto", "aeroporto", "stazione", "centrale", "terminal", "interporto"]
  /// Capitalised Italian project words that open a project's name ("Parco Tecnologico …").
  static let projectHeadsIT: WordSet = [
    "parco", "zona", "centrale", "porto", "interporto", "ferrovia", "corridoio", "complesso", "polo", "distretto", "stabilimento", "impianto",
    "autostrada", "gasdotto", "oleodotto", "dichiarazione", "trattato", "accordo", "memorandum",
  ]

  /// English words that close a company's name ("Nidek Technologies", "Zijin Mining"): in an
  /// Italian text, no "di" continues the name after them.
  static let englishCompanyWords: WordSet = [
    "technologies", "technology", "mining", "group", "holding", "holdings", "energy", "logistics", "engineering", "industries", "industrial",
    "motors", "steel", "chemical", "chemicals", "solutions", "capital", "consulting", "electric", "cement", "textile", "textiles",
    "company", "corporation", "ltd", "inc", "co", "limited", "systems", "pharma", "pharmaceuticals",
  ]
  /// English nouns that say what the name before them is ("the Almaty Metropolitan municipal
  /// enterprise", "the Polpharma group", "the Uzatom agency"), and the adjectives that may
  /// stand between the name and the noun.
  static let companyNounsAfterName: WordSet = ["company", "enterprise", "corporation", "firm", "concern", "conglomerate", "startup", "operator", "holding", "group", "agency", "faction", "cooperative"]
  static let bodyAdjectivesEN: WordSet = ["municipal", "state", "national", "private", "joint", "public", "city", "local", "regional", "state-owned", "utility", "transport", "energy", "mining", "construction"]
  /// Lower-case words that describe a body before its name ("the state concern Turkmengaz",
  /// "la società cinese Huawei").
  static let describingCuesLatin: WordSet = [
    "company", "concern", "corporation", "agency", "firm", "operator", "holding", "carmaker", "automaker", "maker",
    "manufacturer", "producer", "developer",
    // ("tractor assembler Agromashholding", "the grain exporter Iskander")
    "assembler", "supplier", "exporter", "importer", "processor", "contractor", "distributor", "refiner", "wholesaler", "società", "compagnia", "azienda", "gruppo", "agenzia", "colosso", "operatore", "catena",
    "ong", "ngo", "onlus", "charity", "cantine", "wineries", "winery", "produttore", "costruttore", "fornitore",
    "pastificio", "cantina", "birrificio", "caseificio", "marchio", "chain", "brand", "retailer", "airline", "bank", "insurer",
    "lanificio", "lanifici", "maison", "studio", "utility", "impresa",
    // ("la storica filanda Bukhara Brilliant Silk", "the silk mill …", "la fabbrica di seta
    // Yodgorlik")
    "filanda", "seteria", "setificio", "cotonificio", "fabbrica",
    // ("la squadra kazaka XDS Astana", "the Kazakh team Astana Qazaqstan")
    "squadra", "team", "club",
    // ("del fondo cinese Shanghai Fosun Fashion", "the Chinese fund Hillhouse")
    "fondo", "fund",
    // ("del partito Social Democrati")
    "partito",
    // ("della startup kazaka Higgsfield", "the Uzbek startup Uzum")
    "startup", "start-up",
    "partners", "brands", "carmakers", "automakers", "marchi", "partner",
    // ("nei supermercati Globus e Frunze", "the supermarket chain Magnum")
    "supermercato", "supermercati", "ipermercato", "ipermercati", "supermarket", "supermarkets", "hypermarket", "hypermarkets", "catene", "chains", "retailers",
    // ("Kazakh drugmaker Khimpharm", "the steelmaker Qarmet", "copper miner KAZ Minerals")
    "drugmaker", "drugmakers", "steelmaker", "chipmaker", "shipbuilder", "miner", "refiner", "bottler", "brewer",
    // ("the state enterprise Vostokredmet", "The venture, Buston Rare Metals, is …")
    "enterprise", "venture",
    "companies", "firms", "aziende", "imprese", "gruppi", "group", "groups", "ngo", "ngos", "watchdog", "organisation", "organization", "organisations", "organizations",
    "association", "movement", "contractor", "subcontractor", "subsidiary", "affiliate", "controllata", "appaltatore",
    "cooperativa", "cooperative", "distributore", "distributor", "importatore", "importer", "esportatore", "grossista",
    "union", "unione", "consortium", "consorzio", "alliance", "alleanza", "federation", "federazione",
    // ("l'organizzazione ambientalista Bir Duino", "l'associazione Kazakh Invest Italia")
    "organizzazione", "organizzazioni", "associazione", "associazioni",
    // ("dell'osservatorio Eurasia Agri Monitor", "the think tank Eurasia Insight")
    "osservatorio", "observatory", "tank",
  ]

  /// Nouns of streets and avenues (Kazakh possessives, Russian stems, Latin words): a street
  /// is named after a person more often than after a place ("Абай даңғылы", "проспект Абая").
  static let streetNouns: WordSet = ["даңғылы", "даңғыл", "көшесі", "көше", "улиц", "улица", "проспект", "бульвар", "street", "avenue", "boulevard", "viale", "via", "corso", "piazza"]

  /// Lower-case particles inside Arabic names in Cyrillic ("аль-Хорезми", "ибн Сины",
  /// "ат-Термизи").
  static let arabicNameParticles: WordSet = ["аль", "ал", "ибн", "бин", "ад", "ас", "ат", "аш", "ар", "ан", "аз", "уль", "ул"]

  /// English number words, which close a group's nickname rather than a body's name ("the Big
  /// Four", "the Central Asian Five").
  static let numberWordsEN: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"]

  /// English function words that only a Title Case headline capitalises mid-sentence.
  static let titleFunctionWords: WordSet = ["and", "to", "in", "on", "of", "for", "with", "the", "at", "by", "from", "as", "into", "over", "after", "amid", "is", "are"]

  /// Common given names that the surname rules cannot see, for names whose surname has no
  /// telling suffix ("Giorgia Meloni", "Paolo Gentiloni"): Italian, English and other
  /// European given names seen in the field's press (folded).
  /// Whether a folded word is one of ``givenNames``, written with or without its diacritics
  /// ("António", "Jérôme" as "antonio", "jerome"). O(length); the stripped form is cached.
  static func isGivenName(_ folded: String) -> Bool {
    if givenNames.contains(folded) { return true }
    guard !folded.utf8.allSatisfy({ $0 < 0x80 }), !Morphology.isCyrillic(folded) else { return false }
    let plain = Transliteration.slug(folded)
    return plain != folded && givenNames.contains(plain)
  }

  static let givenNames: WordSet = [
    "martino", "riccardo", "gianluca", "simone", "emanuele", "giacomo", "filippo", "tommaso", "nicola", "daniele", "michele",
    "alberto", "luigi", "vincenzo", "salvatore", "domenico", "angelo", "franco", "bruno", "guido", "valentina", "sara", "martina",
    "giorgia", "matteo", "paolo", "sergio", "antonio", "giuseppe", "marco", "luca", "giovanni", "francesco", "alessandro",
    "andrea", "stefano", "roberto", "mario", "giulia", "francesca", "maria", "anna", "laura", "elena", "chiara", "silvio",
    "romano", "enrico", "carlo", "pietro", "lorenzo", "davide", "federico", "massimo", "fabio", "claudio", "pasquale", "gennaro", "giancarlo", "raffaello", "tiziana", "alessia", "elisabetta", "claudia", "eleonora", "ludovica", "costanza", "ginevra", "margherita", "vittoria", "nicoletta", "rossella", "donatella", "ursula", "charles",
    "emmanuel", "olaf", "angela", "josep", "kaja", "valdis", "antony", "joe", "donald", "john", "james", "david", "michael",
    "robert", "william", "richard", "thomas", "mark", "paul", "peter", "george", "kamala", "hillary", "boris", "rishi", "keir",
    "recep", "ilham", "nikol", "alexander", "vladimir", "sergey", "dmitry", "mikhail", "владимир", "сергей", "дмитрий",
    "михаил", "александр", "андрей", "алексей", "николай", "ильхам", "реджеп", "эммануэль", "урсула", "джорджа", "джорджия",
    // Italian
    "alberto", "alessio", "alfredo", "angelo", "arturo", "bruno", "cesare", "cristiano", "daniele", "dario", "domenico", "edoardo",
    "emanuele", "emilio", "enzo", "ettore", "fabrizio", "filippo", "franco", "gabriele", "giacomo", "gianluca", "gianni", "giorgio",
    "guido", "ignazio", "jacopo", "leonardo", "luciano", "luigi", "marcello", "mattia", "maurizio", "michele", "nicola", "piero",
    "raffaele", "renato", "riccardo", "salvatore", "simone", "tommaso", "umberto", "valerio", "vincenzo", "vittorio", "adolfo",
    "alessandra", "alice", "antonella", "arianna", "barbara", "beatrice", "benedetta", "camilla", "carla", "caterina", "cristina",
    "daniela", "elisa", "elisabetta", "emma", "federica", "gabriella", "giada", "giovanna", "ilaria", "irene", "ivana", "lucia",
    "luisa", "manuela", "marta", "martina", "michela", "monica", "nadia", "paola", "patrizia", "roberta", "sara", "serena",
    "silvia", "simona", "sofia", "teresa", "valentina", "valeria", "veronica", "rossella", "donatella", "loredana",
    "mauro", "sandro", "gino", "aldo", "ugo", "livio", "ottavio", "silvano", "pierluigi", "giampaolo", "gianfranco", "gianpiero",
    "rocco", "carmelo", "tiziano", "giuliano", "fausto", "oreste", "samuele", "diego", "elio", "ennio", "fulvio", "lamberto",
    "massimiliano", "osvaldo", "raimondo", "rodolfo", "romeo", "rosario", "sebastiano", "tullio", "ludovico", "arnaldo",
    "franca", "rita", "marina", "ornella", "mirella", "cecilia", "sabrina", "katia", "giuliana", "grazia", "agnese", "bianca",
    "noemi", "aurora", "greta", "matilde", "stefania", "debora", "ottavia", "lucrezia", "letizia", "fiorella", "gemma",
    // English
    "adam", "alan", "amy", "andrew", "anthony", "benjamin", "brian", "catherine", "charlotte", "christopher", "daniel",
    "edward", "elizabeth", "emily", "eric", "frank", "gary", "helen", "henry", "jack", "jacob", "jane", "jason", "jennifer",
    "jessica", "jonathan", "joseph", "julia", "kate", "kevin", "lisa", "margaret", "mary", "matthew", "nancy", "nicholas",
    "oliver", "patrick", "philip", "rachel", "rebecca", "sarah", "simon", "stephen", "steven", "susan", "timothy", "victoria",
    "samuel", "jeremy", "joshua", "natalie", "olivia", "sophie", "hannah", "martin", "neil", "ian", "gavin", "colin",
    "tom", "tim", "ben", "sam", "dan", "mike", "nick", "chris", "matt", "bob", "bill", "jim", "tony", "steve", "dave", "alex",
    "harry", "charles", "luke", "ryan", "scott", "sean", "adrian", "graham", "lucy", "anne", "ruth", "joanna", "diana", "claire",
    "zoe", "nathan", "louise", "jonah", "dominic", "stuart", "owen", "megan", "laura", "joanne", "bruce", "keith", "roger",
    // French, German, Nordic, Spanish and Portuguese given names ("Christian Scaroni", "Harold Tejada")
    "christian", "harold", "louis", "lucas", "felix", "oscar", "pierre", "jean", "jacques", "francois", "michel", "philippe",
    "alain", "nicolas", "françois", "julien", "mathieu", "antoine", "guillaume", "thierry", "yves", "hans", "klaus", "stefan", "markus",
    "gerhard", "wolfgang", "jürgen", "dieter", "florian", "sebastian", "tobias", "lukas", "lars", "erik", "henrik", "sven",
    "carlos", "juan", "josé", "jose", "miguel", "luis", "pablo", "javier", "jorge", "fernando", "ricardo", "eduardo", "manuel", "pedro",
    // Slavic and other names written in Latin letters ("Aryna Sabalenka", "Iga Świątek")
    "aryna", "iga", "petra", "jelena", "karolina", "daria", "anastasia", "yulia", "ekaterina", "olga", "natalia", "irina", "tatiana",
    "svetlana", "marketa", "jasmine", "coco", "naomi", "madison", "jannik", "novak", "rafael", "roger", "andy", "stan",
    // Russian
    "анна", "мария", "елена", "ольга", "наталья", "ирина", "татьяна", "светлана", "екатерина", "юлия", "марина", "галина",
    "людмила", "виктор", "игорь", "олег", "павел", "юрий", "евгений", "иван", "максим", "роман", "артем", "артём", "денис",
    "константин", "леонид", "станислав", "антон", "борис", "валерий", "вячеслав", "геннадий", "григорий", "илья", "кирилл",
    "никита", "петр", "пётр", "семен", "семён", "федор", "фёдор", "вадим", "виталий", "владислав", "евгения", "ксения", "дарья",
    // Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen (Cyrillic and Latin)
    "асель", "әсел", "айгерим", "айгерім", "ерлан", "нурлан", "нұрлан", "марат", "серик", "серік", "бауыржан", "дархан", "ержан",
    "канат", "қанат", "арман", "азамат", "данияр", "нуржан", "нұржан", "жанар", "гульнара", "динара", "алия", "айжан", "мадина",
    "сауле", "сәуле", "асхат", "ерболат", "болат", "талгат", "талғат", "кайрат", "қайрат", "берик", "берік", "аскар", "асқар",
    "дамир", "рустам", "тимур", "бахтияр", "бахтиёр", "шавкат", "жамшид", "улугбек", "адылбек", "алмас", "даурен", "дәурен",
    "ербол", "олжас", "мурат", "мұрат", "айбек", "умид", "нурбек", "нұрбек", "азиз", "алишер", "санжар", "бекзод", "фаррух",
    "aigerim", "assel", "yerlan", "nurlan", "marat", "serik", "bauyrzhan", "darkhan", "yerzhan", "kanat", "arman", "azamat",
    "daniyar", "nurzhan", "dinara", "aliya", "madina", "askar", "damir", "rustam", "timur", "bakhtiyor", "bakhtiyar", "jamshid",
    "ulugbek", "adylbek", "talgat", "kairat", "berik", "yerbol", "olzhas", "murat", "dauren", "askhat", "almas", "saule",
    "zhanar", "gulnara", "aibek", "umid", "nurbek", "aziz", "alisher", "sanjar", "bekzod", "farrukh", "shavkat", "serdar",
    // (more of the region's common given names, Cyrillic and Latin, leaving out those that are
    // also common words: "дана", "жұлдыз", "алмаз", "бақыт")
    "жансая", "жанна", "аружан", "айдана", "акмарал", "ақмарал", "гульмира", "гүлмира", "салтанат", "меруерт", "айнур", "айнұр",
    "индира", "камила", "назерке", "сабина", "ерасыл", "нурсултан", "нұрсұлтан", "бекзат", "диас", "алихан", "әлихан", "ернар",
    "жандос", "айдос", "максат", "мақсат", "руслан", "ринат", "ильяс", "ілияс", "мейрам", "мухтар", "мұхтар", "ермек", "саят",
    "куаныш", "қуаныш", "медет", "шынғыс", "чингиз", "чынгыз", "нурлыбек", "нұрлыбек", "дилшод", "шухрат", "отабек", "шерзод",
    "нодира", "дилноза", "феруза", "зафар", "анвар", "ботир", "бобур", "жахонгир", "сардор", "фарход", "хуршид", "сухроб", "чолпон",
    "zhansaya", "zhanna", "aruzhan", "aidana", "akmaral", "gulmira", "saltanat", "meruert", "ainur", "indira", "kamila", "nazerke",
    "sabina", "yerassyl", "nursultan", "bekzat", "dias", "alikhan", "yernar", "zhandos", "aidos", "maksat", "ruslan", "rinat",
    "ilyas", "meiram", "mukhtar", "yermek", "sayat", "kuanysh", "medet", "shyngys", "chingiz", "dilshod", "shukhrat", "otabek",
    "sherzod", "nodira", "dilnoza", "feruza", "zafar", "anvar", "botir", "bobur", "jahongir", "sardor", "farhod", "khurshid", "sukhrob", "cholpon",
  ]

  /// First words of a byline line (folded).
  static let bylineOpeners: WordSet = ["by", "di", "автор", "беседовала", "беседовал", "подготовил", "подготовила", "текст", "авторы", "written", "reporting"]

  /// Russian comparative adverbs that end like a neuter adjective ("Ранее", "Позднее"): at a
  /// sentence's start they open no name.
  static let russianComparativeAdverbs: WordSet = ["ранее", "позднее", "далее", "более", "менее", "вернее", "скорее"]

  /// Honorifics that are not given names ("Mr Tokayev").
  static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "sir", "madam", "mister", "signor", "signora", "господин", "госпожа", "prof"]

  /// ``russianRouteHeads`` and ``russianPlantNouns`` by stem → position, so that a token's
  /// candidate stems are each looked up once.
  static let russianRouteHeadIndex = WordMap(Dictionary(uniqueKeysWithValues: russianRouteHeads.enumerated().map { ($1.stem, $0) }))
  static let russianQuotedFacilityIndex = WordMap(Dictionary(uniqueKeysWithValues: russianQuotedFacilities.enumerated().map { ($1.stem, $0) }))
  /// Russian facility and programme nouns followed by a quoted name (парк «Пенсан», комплекс
  /// «Байтерек», программа «Болашак»).
  static let russianQuotedFacilities: [(stem: String, nominative: String)] = [
    ("парк", "парк"), ("технопарк", "технопарк"), ("комплекс", "комплекс"), ("кластер", "кластер"), ("терминал", "терминал"), ("хаб", "хаб"), ("завод", "завод"),
    ("месторождени", "месторождение"), ("рудник", "рудник"), ("комбинат", "комбинат"), ("зон", "зона"), ("курорт", "курорт"), ("подстанци", "подстанция"),
    ("аэропорт", "аэропорт"), ("гидроэлектростанци", "гидроэлектростанция"), ("электростанци", "электростанция"), ("станци", "станция"),
    ("гидроузл", "гидроузел"), ("гидроузел", "гидроузел"), ("водохранилищ", "водохранилище"), ("фабрик", "фабрика"),
    // (a waterworks: водораздельное сооружение «Достык», гидротехническое сооружение «…»)
    ("сооружени", "сооружение"),
    // (mines: угольный разрез «Богатырь», шахта «Костенко», карьер «…», прииск «…»)
    ("разрез", "разрез"), ("шахт", "шахта"), ("карьер", "карьер"), ("прииск", "прииск"),
    // (an oil or gas block: контрактная территория «Багтыярлык», лицензионный участок «…»)
    ("участк", "участок"), ("участок", "участок"), ("территори", "территория"),
    // (sports venues: арена «Фэйян», стадион «Центральный», ипподром «Акбузат»)
    ("арен", "арена"), ("стадион", "стадион"), ("ипподром", "ипподром"), ("спорткомплекс", "спорткомплекс"),
    // (a landfill or test range: полигон «Ахангаран»)
    ("полигон", "полигон"),
    // (works of a road or railway: тоннель «Ферганский», туннель «…», мост «…»)
    ("тоннел", "тоннель"), ("туннел", "туннель"), ("мост", "мост"), ("резиденци", "резиденция"),
    // (markets: рынок «Дордой», базар «Карасуу»)
    ("рынок", "рынок"), ("рынк", "рынок"), ("базар", "базар"),
    // (a named tourist or transport route: туристический маршрут «Золотой Алтай»)
    ("маршрут", "маршрут"),
    // (programmes and initiatives are named the same way: программа «Болашак», проект «Зелёный мост»)
    ("проект", "проект"), ("программ", "программа"), ("инициатив", "инициатива"), ("стратеги", "стратегия"), ("концепци", "концепция"),
    // (a centre only after a word of logistics, trade or wholesale: логистический центр «…»,
    // торговый центр «…», оптово-распределительный центр «…»; "культурный центр «…»" is a body)
    ("центр", "центр"),
  ]
  /// Russian landmark nouns (stem, nominative, kind) followed by the landmark's capitalised
  /// name as it stands ("медресе Амир Тура", "мавзолея Ходжа Ахмеда Ясави", "мечети
  /// Биби-Ханым"); a museum is a body ("музея Великого шёлкового пути").
  static let russianLandmarkNouns: [(stem: String, nominative: String, kind: EntityKind)] = [
    ("медресе", "медресе", .project), ("мавзоле", "мавзолей", .project), ("мечет", "мечеть", .project), ("минарет", "минарет", .project),
    ("ханак", "ханака", .project), ("музе", "музей", .organization),
    // (a monastery or temple by its name: "монастыря Шаолинь", "храма Неба")
    ("монастыр", "монастырь", .project), ("храм", "храм", .project),
  ]
  /// Russian prepositions before "станция" in any case that make it a railway station ("на
  /// станции Луговая", "до станции …"), not a base station.
  static let russianStationPrepositions: WordSet = ["на", "через", "до", "от", "со", "с", "к", "у"]
  /// English words for a programme after its quoted name ('the "Green Steppe" initiative').
  static let programmeWordsEN: WordSet = ["initiative", "programme", "program", "project", "campaign", "strategy", "plan"]
  /// The stems of the Russian adjectives that make a named centre a site, not a body
  /// ("логистический центр", "торговый центр"; a hyphenated adjective is two tokens, so
  /// "торгово-логистический" and "оптово-распределительный" meet their second halves).
  static let russianSiteCentreStems = ["логистическ", "агрологистическ", "распределительн", "торгов"]
  /// Of ``russianQuotedFacilities``, the nouns that also say where something is ("на
  /// территории «Хоргоса»"): they name a project only by a name of its own.
  static let russianSiteAreaNouns: Set<String> = ["участок", "территория"]
  static let russianPlantNounIndex = WordMap(Dictionary(uniqueKeysWithValues: russianPlantNouns.enumerated().map { ($1.stem, $0) }))

  /// The smallest position that any of a token's candidate stems has in `index` (the list's
  /// first head the token is a form of), or nil.
  static func firstHead(_ cands: [String], in index: WordMap<Int>) -> Int? {
    var best: Int?
    for c in cands { if let i = index[c], i < (best ?? .max) { best = i } }
    return best
  }

  /// Italian nouns that a quoted name follows, over up to three lower-case words, and what
  /// the name is then ('l'associazione degli artigiani "Hunarmand"', 'l'ospedale "Amicizia"',
  /// 'il festival "Notti di Samarcanda"').
  static let italianQuotedCues: WordMap<EntityKind> = WordMap(Dictionary(uniqueKeysWithValues:
    ["associazione", "società", "compagnia", "azienda", "fondazione", "cooperativa", "gruppo", "holding", "agenzia", "consorzio", "impresa", "ditta",
     "marchio", "organizzazione", "ong", "movimento", "partito", "sindacato", "quotidiano", "giornale", "rivista", "emittente", "teatro", "club",
     "squadra", "catena", "banca", "scuola", "accademia", "museo", "ensemble", "orchestra", "coro", "band"].map { ($0, EntityKind.organization) }
    + ["ospedale", "clinica", "centro", "parco", "complesso", "itinerario", "percorso", "progetto", "programma", "iniziativa", "stazione", "impianto",
       "stabilimento", "fabbrica", "miniera", "giacimento", "porto", "terminal", "hub", "strada", "autostrada", "ponte", "tunnel", "galleria", "diga",
       "centrale", "aeroporto", "mercato", "bazar", "hotel", "albergo", "resort", "stadio", "arena", "corridoio", "ferrovia", "gasdotto", "oleodotto",
       "acquedotto", "elettrodotto", "rotta", "zona"].map { ($0, EntityKind.project) }
    + ["festival", "forum", "mostra", "fiera", "vertice", "conferenza", "esposizione", "expo", "concorso", "rassegna", "maratona", "torneo",
       "campionato", "evento", "spettacolo", "concerto", "cerimonia"].map { ($0, EntityKind.event) }))
  /// Which of ``italianQuotedCues``' bodies are companies ('la società "Silk Road Trans"') and
  /// which have another subkind ('il quotidiano "…"' media, 'il partito "…"' a party,
  /// 'l'associazione "…"' an NGO); the rest (a theatre, an orchestra, a school, a club) are
  /// organisations the cue gives no subkind.
  static let italianQuotedCompanyCues: WordSet = ["società", "compagnia", "azienda", "gruppo", "holding", "consorzio", "impresa", "ditta", "marchio", "catena", "banca", "cooperativa"]
  static let italianQuotedBodySubkinds: WordMap<String> = WordMap(Dictionary(uniqueKeysWithValues:
    ["quotidiano", "giornale", "rivista", "emittente"].map { ($0, "media") } + [("partito", "party")]
    + ["associazione", "fondazione", "ong", "movimento", "sindacato", "organizzazione"].map { ($0, "ngo") }))
  /// Italian venue nouns written in lower case before a venue's own name ("cinema Arman",
  /// "ristorante Navat").
  static let italianVenueNouns: WordSet = ["cinema", "teatro", "museo", "circo", "planetario", "cineteatro", "filarmonica", "ristorante", "trattoria", "pizzeria"]
  /// Italian verb forms that end the describing run between a cue and a quoted name ("il centro
  /// ha detto …"; the participles that name, ``namingWords``, do not: "il parco denominato …").
  static let italianVerbForms: WordSet = ["è", "ha", "hanno", "sono", "era", "erano", "sarà", "saranno", "fu", "ho", "abbiamo", "detto", "dice", "dicono"]

  /// Italian lower-case phrases followed by "di" + a name.
  static let projectPhrasesIT: [[String]] = [
    ["complesso", "turistico"], ["complesso", "memoriale"], ["complesso", "architettonico"], ["complesso", "di", "lavorazione", "di"], ["complesso"], ["centro", "congressi"], ["parco", "tecnologico"], ["parco", "industriale", "di"], ["zona", "economica", "speciale", "di"],
    // (a zone by its own name right after the phrase: "nella zona economica speciale Nurafshon")
    ["zona", "economica", "speciale"], ["zona", "economica", "libera"], ["zona", "industriale"],
    ["miniera", "d", "oro", "di"], ["miniera", "a", "cielo", "aperto", "di"], ["miniera", "di"], ["miniere", "di"], ["giacimento", "d", "oro", "di"], ["giacimento", "di"], ["centrale", "nucleare", "di"], ["centrale", "termoelettrica", "di"],
    ["parco", "nazionale", "di"], ["parco", "nazionale"], ["parco", "eolico", "di"], ["parco", "solare", "di"], ["parco", "fotovoltaico", "di"], ["centrale", "a", "gas", "di"], ["centrale", "a", "carbone", "di"], ["centrale", "idroelettrica", "di"], ["cascata", "idroelettrica", "di"], ["bacino", "idrico", "di"], ["bacino", "artificiale", "di"], ["bacino", "di"], ["centrale", "solare", "di"], ["centrale", "termica", "di"],
    ["porto", "internazionale", "di"], ["porto", "marittimo", "di"], ["porto", "fluviale", "di"], ["porto", "peschereccio", "di"], ["porto", "commerciale", "di"], ["porto", "turistico", "di"], ["porto", "di"], ["ferrovia"], ["gasdotto"], ["oleodotto"], ["linea"], ["raffineria", "di"], ["metropolitana", "di"], ["mausoleo", "di"], ["necropoli", "di"], ["acquedotto", "di"], ["acquedotto"], ["elettrodotto"], ["diga", "di"], ["diga", "naturale", "di"], ["depuratore", "di"], ["cittadella", "di"], ["fortezza", "di"], ["fortezza"], ["cittadella"],
    ["aeroporto", "internazionale", "di"], ["aeroporto", "di"],
    // (an airport by its own name: "l'aeroporto internazionale Manas")
    ["aeroporto", "internazionale"], ["aeroporto"],
    // (caves by their name: "le grotte di Bezeklik", "le grotte di Mogao")
    ["grotte", "di"], ["grotta", "di"],
    ["tangenziale", "di"], ["circonvallazione", "di"], ["moschea", "di"], ["minareto", "di"], ["madrasa", "di"], ["moschea"], ["minareto"], ["madrasa"], ["mausoleo"], ["palazzo"], ["stadio"], ["castello"], ["basilica"], ["impianto", "di", "depurazione", "di"],
    ["canale", "di"], ["canale"], ["cosmodromo", "di"], ["centro", "spaziale", "di"], ["base", "spaziale", "di"], ["osservatorio", "astronomico", "di"], ["osservatorio", "di"],
    // (an observatory by its mountain: "l'osservatorio del monte Maidanak")
    ["osservatorio", "del", "monte"], ["osservatorio", "astronomico", "del", "monte"], ["osservatorio", "sul", "monte"],
    ["porto", "secco", "di"], ["zona", "franca", "di"], ["hub", "logistico", "di"], ["centro", "logistico", "di"], ["polo", "logistico", "di"],
    ["tunnel", "di"], ["ponte", "di"], ["bazar"], ["strada"], ["autostrada"], ["piazza"], ["viale"], ["avenue"], ["corso"], ["via"],
    // (a state residence: "la residenza di Kuksaroy"; a person's name after it is left alone)
    ["residenza", "di"], ["residenza", "presidenziale", "di"], ["residenza", "statale", "di"],
    ["linea", "ferroviaria"], ["corridoio", "ferroviario"], ["corridoio", "economico"], ["corridoio", "logistico"], ["corridoio", "stradale"], ["corridoio", "di", "trasporto"],
  ]
  /// Stems of Italian verbs of giving, after which "a"/"ad" marks whom something is given to
  /// ("prestiti concessi ad Almalyk"), not where.
  static let italianGivingStems: [String] = ["conce", "dat", "dar", "forni", "prest", "vend", "offer", "assegn", "eroga", "destin", "affid", "ced"]
  /// Italian articles and articled prepositions before a street's noun ("la via Tole Bi",
  /// "lungo il corso Abai").
  static let italianStreetArticles: WordSet = ["la", "il", "della", "del", "nella", "nel", "sulla", "sul", "alla", "al", "dalla", "dal", "lungo"]
  /// Italian plural deposit and mine nouns before a list of their names, and their singular.
  static let pluralProjectNounsIT: [String: String] = ["giacimenti": "giacimento", "miniere": "miniera"]
  /// Italian facility nouns whose name runs to "di" + a place over lower-case words ("impianto
  /// di lavorazione del tungsteno di Boguty").
  static let facilityNounsIT: WordSet = [
    "impianto", "stabilimento", "fabbrica", "raffineria", "miniera", "centrale", "acciaieria", "cementificio", "terminal", "terminale", "complesso", "palazzo",
    "zona", "parco", "stazione", "giacimento", "comprensorio", "discarica",
    // (works named for what they make: "zuccherificio di Kaindy", "cotonificio di Khujand")
    "zuccherificio", "cotonificio", "lanificio", "oleificio", "caseificio", "pastificio", "calzaturificio", "mobilificio",
  ]
  /// Facility nouns that name a facility only with a describing word ("zona economica libera
  /// di Naryn", not "nella zona di Almaty").
  static let describedFacilityNounsIT: WordSet = ["zona", "parco"]
  /// Words that end such a run: verbs, conjunctions and the prepositions of a sentence's place.
  static let facilityStopsIT: WordSet = [
    "e", "ed", "o", "che", "ha", "hanno", "è", "sono", "sarà", "saranno", "era", "in", "nella", "nel", "nei", "nelle", "con", "tra", "fra",
    "su", "sul", "sulla", "dopo", "entro", "già", "anche", "non", "come", "dove", "quando", "si",
  ]
  /// Nouns of ``projectPhrasesIT`` that Italian capitalises as the first word of a building's
  /// name ("Palazzo Reale", "Castello Sforzesco", "Stadio Olimpico").
  static let capitalisedBuildingCuesIT: WordSet = ["palazzo", "castello", "basilica", "stadio", "mausoleo", "moschea"]
  /// The first words of ``projectPhrasesIT`` (a token that opens none is not looked at).
  static let projectPhraseOpeners = WordSet(projectPhrasesIT.map { $0[0] })

  /// Italian "di" and its forms with an article: what opens a name's place ("… di Sebzor",
  /// "… del Gansu").
  static let italianOf: WordSet = ["di", "del", "della", "dello", "dell"]
  /// Italian prepositions that open what a body is for or of ("di ricerca", "sulla
  /// selezione", "per lo sviluppo").
  static let italianBodyPrepositions: WordSet = ["di", "del", "della", "delle", "dei", "degli", "dello", "dell", "per", "sulla", "sulle", "sul", "sui", "sullo", "sull"]
  /// Italian definite articles (elided "l'" as "l").
  static let italianDefiniteArticles: WordSet = ["la", "le", "il", "lo", "i", "gli", "l"]
  /// Russian nouns of a site named by its town after them ("аэропорт Манас", "космодром
  /// Байконур"), as prefixes of the folded word.
  static let russianSiteNouns = ["аэропорт", "космодром"]

  /// Articles and prepositions inside a body's name, left out when two spellings of it are
  /// compared.
  static let bodyFunctionWords: WordSet = ["of", "the", "di", "del", "della", "dell", "dello", "dei", "degli", "delle", "de"]

  /// Endings of a name read by an organisation's cue that make it a site, not a body
  /// ("Xichang Satellite Launch Center").
  static let launchSiteEndings = ["launch center", "launch centre", "launch site"]

  /// Project cue → kind of project (Cyrillic stems and Latin words; also acronyms such as ТЭЦ).
  static let projectCues: WordSet = [
    "тэц", "гэс", "гаэс", "вэс", "сэс", "аэс", "грэс", "гок", "завод", "комбинат", "трубопровод", "газопровод", "нефтепровод", "водовод",
    "магистрал", "автомагистрал", "дорог", "железн", "порт", "сухопорт", "терминал", "хаб", "коридор", "проект",
    "программ", "инициатив", "мастерск", "парк", "технопарк", "электростанци", "станци", "мост", "центр", "гидроузел", "гидроузл",
    "водохранилищ", "reservoir", "космодром", "cosmodrome", "spaceport", "cosmodromo",
    "railway", "railroad", "pipeline", "highway", "corridor", "port", "terminal", "plant", "factory", "farm", "park",
    "bridge", "hub", "project", "programme", "program", "initiative", "workshop", "station", "zone",
    "ferrovia", "gasdotto", "oleodotto", "acquedotto", "elettrodotto", "autostrada", "corridoio", "porto", "centrale", "parco", "impianto",
    "progetto", "programma", "iniziativa", "stabilimento", "base", "теміржол", "жолы", "зауыты", "жобасы", "дәлізі",
  ]

  /// Capitalised English words that end a name rather than continue it ("Forum on Monday").
  static let weekdaysAndMonths: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    // (the wires' abbreviations, AP style: "URUMQI, Dec. 5 (Xinhua) --"; March to July are
    // written out, and "Jan" is a given name, "Jun" a Chinese one)
    "feb", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Kazakh plural facility nouns (prefixes of the folded word) after a list of quoted names,
  /// and the singular each name takes ("… станциялары" → "… станциясы").
  static let kazakhPluralProjectHeads: [String: String] = [
    "станциялар": "станциясы", "зауыттар": "зауыты", "порттар": "порты", "кешендер": "кешені",
  ]
  /// Kazakh nouns of programmes and initiatives after their quoted name ("«Болашақ»
  /// бағдарламасы", "«Бір белдеу, бір жол» бастамасы"), as prefixes of any case.
  static let kazakhProgrammeHeads = ["бастама", "бағдарлама", "жоба", "стратегия", "тұжырымдама"]
  /// The first words of two-word Kazakh facility nouns ("кен орны", "темір жолы", "өткізу
  /// бекеті", "су қоймасы", "экономикалық аймағы").
  static let kazakhCompoundHeadWords: WordSet = ["кен", "темір", "өткізу", "су", "экономикалық", "индустриялық", "ғарыш"]
  /// Kazakh facility nouns in the possessive that close a project's name ("… зауыты",
  /// "… станциясы", "… порты"); inflected forms reach them through ``Morphology``.
  static let kazakhProjectHeads: WordSet = [
    "аймағы",
    "зауыты", "станциясы", "порты", "жобасы", "дәлізі", "құбыры", "кешені", "көпірі", "терминалы", "хабы", "бекеті",
    "фабрикасы", "комбинаты", "электр станциясы", "кеніші", "даңғылы", "паркі", "орны", "автожолы", "теміржолы", "жолы", "кесенесі", "қоймасы",
    // (a madrasah, a mosque, a minaret: "Әмір Тура медресесі", "Бибі-Ханым мешіті")
    "медресесі", "мешіті", "мұнарасы",
    "метрополитені", "метросы", "маршруты", "әуежайы", "вокзалы", "айлағы", "этноауылы", "обсерваториясы", "торабы", "желісі", "базары", "технопаркі",
    // (an open pit and a mine: "Богатырь көмір разрезі", "Абай шахтасы")
    "разрезі", "шахтасы", "карьері",
    // (sports venues: "«Астана Арена» стадионы", "Абай атындағы орталық стадионы")
    "стадионы", "аренасы", "ипподромы",
    // (a dam: "Көкарал бөгеті")
    "бөгеті", "плотинасы",
    // (a programme or initiative by its quoted name only: "«Жасыл көпір» бағдарламасы")
    "бағдарламасы", "бастамасы",
    // (a centre only after a word of trade or logistics: "«…» халықаралық сауда орталығы")
    "орталығы",
  ]
  /// The words before "орталығы" that make a centre a facility, not a body ("өнеркәсіптік
  /// кооперация орталығы", an industrial cooperation centre, is a site too).
  /// (and a power centre is a plant: "жылу электр орталығы", a thermal power plant)
  /// (and a space centre is a launch site: "Цзюцюань ғарыш орталығы")
  static let kazakhFacilityCentreWords: WordSet = ["сауда", "логистикалық", "көтерме", "кооперация", "электр", "ғарыш"]
  /// Kazakh agreement words that close a treaty's name after "туралы" (about).
  static let kazakhAgreementHeads: [String] = ["шарт", "келісім", "меморандум", "конвенция", "декларация"]

  /// Kazakh words that never belong inside such a name.
  static let kazakhFunctionWords: WordSet = [
    "мен", "пен", "бен", "және", "да", "де", "та", "те", "бұл", "осы", "сол", "жаңа", "үшін", "туралы", "арқылы",
    "бойынша", "арасындағы", "арасында", "бірге", "қазіргі", "ірі", "ең", "екі", "бір", "жылы", "жылғы", "болып", "деп",
    "бірнеше", "көптеген", "барлық", "кейбір", "басқа", "үш", "төрт", "бес", "он",
  ]

  /// Kazakh place cues, which follow the place they name ("Үрімжі қаласында").
  static let kazakhPlaceCues: Set<String> = ["қаласы", "қала", "облыс", "облысы", "провинциясы", "префектурасы", "ауыл", "ауылы", "аудан", "ауданы", "уез", "уезі", "аймағы", "қалашық", "қалашығы", "кенті"]
  /// Cues of rivers, lakes and glaciers (stems; Kazakh ones follow the name).
  static let naturalFeatureCues: WordSet = [
    "ghiacciaio", "glacier", "ледник", "мұздығы", "мұздық", "lago", "lake", "озер", "көлі", "fiume", "river", "рек", "өзені", "перевал", "асуы", "passo", "pass", "valle",
    "rivers", "lakes", "glaciers", "fiumi", "laghi", "desert", "deserto", "пустын", "шөлі", "mare", "mar", "sea", "море", "теңізі",
    "каньон", "canyon", "шатқалы", "ущель", "gorge", "долин", "valley", "хребт", "хребет", "foresta", "forest", "range", "mountains",
    "ridge", "жотасы", "gola", "gole", "monti", "penisola", "peninsula", "полуостров", "түбегі", "valli", "ghiacciai", "тауы",
    // (a plateau: "the Ustyurt plateau", "плато Устюрт", "altopiano dell'Ustyurt", "Үстірт үстірті")
    "plateau", "плато", "altopiano", "үстірті",
    // (a basin: "the Junggar Basin", "the Tarim basin")
    "basin",
  ]
  /// Italian plural cues before a list of features, with their singular ("i fiumi Ili e
  /// Charyn", "le valli di Fergana e Namangan").
  static let italianPluralNaturalCues: [String: String] = ["fiumi": "fiume", "laghi": "lago", "valli": "valle", "ghiacciai": "ghiacciaio"]
  /// What sort of feature a cue or a catalogued feature's label word names: a name the
  /// catalogue gives one sort is another feature before another sort's cue ("Talas Range" is
  /// not the Talas River). A catalogued feature whose label has no such word (Irtysh, Pamir)
  /// stands before any cue.
  static let naturalFeatureClasses: [String: String] = [
    "рек": "river", "river": "river", "fiume": "river", "fiumi": "river", "өзені": "river", "darya": "river",
    // (a range's label word: "Talas Ala-Too" is no valley)
    "ala-too": "mountain",
    "озер": "lake", "lake": "lake", "lakes": "lake", "lago": "lake", "laghi": "lake", "көлі": "lake",
    "долин": "valley", "valley": "valley", "valle": "valley", "valli": "valley", "аңғары": "valley",
    "хребт": "mountain", "хребет": "mountain", "range": "mountain", "mountains": "mountain", "ridge": "mountain", "monti": "mountain",
    "жотасы": "mountain", "тауы": "mountain", "alatau": "mountain", "peak": "mountain",
    "каньон": "canyon", "canyon": "canyon", "ущель": "canyon", "gorge": "canyon", "шатқалы": "canyon", "gola": "canyon", "gole": "canyon",
    "пустын": "desert", "desert": "desert", "deserto": "desert", "шөлі": "desert",
    "plateau": "plateau", "плато": "plateau", "altopiano": "plateau", "үстірті": "plateau",
    // (a mineral basin is no mountain: "Қаратау тауы" is not the Karatau phosphorite basin)
    "basin": "basin", "bacino": "basin", "бассейн": "basin", "бассейні": "basin",
  ]
  /// The nominative of a Russian natural feature's cue, for the adjective that names it
  /// ("Чарынского каньона" → "Чарынский каньон", "Ферганской долине" → "Ферганская долина").
  static let naturalCueNominative: [String: String] = [
    "каньон": "каньон", "ущель": "ущелье", "долин": "долина", "пустын": "пустыня", "озер": "озеро", "рек": "река", "море": "море", "ледник": "ледник", "плато": "плато",
    "хребт": "хребет", "хребет": "хребет", "полуостров": "полуостров",
  ]
  static let kazakhNaturalCues: WordSet = ["мұздығы", "мұздық", "көлі", "өзені", "түбегі", "тауы"]
  /// Kazakh participles that stand as adjectives inside a facility's or body's name
  /// ("бірлескен" joint, "біріккен" united).
  static let kazakhAdjectivalParticiples: WordSet = ["бірлескен", "біріккен"]
  /// A Kazakh plural cue of rivers or lakes in any case ("өзендерінің", "көлдеріне"), with the
  /// nominative plural that labels a group ("Көлсай көлдері") and the singular that labels
  /// each of several names ("Шу өзені").
  static func kazakhPluralNatural(_ folded: String) -> (nominative: String, singular: String)? {
    if folded.hasBytePrefix("өзендер") { return ("өзендері", "өзені") }
    if folded.hasBytePrefix("көлдер") { return ("көлдері", "көлі") }
    return nil
  }
  /// Plural cues after coordinated names ("the Sumbe and Khorgos rivers", "i fiumi …").
  static let pluralNaturalCues: WordSet = ["rivers", "lakes", "glaciers", "fiumi", "laghi"]
  /// Of ``naturalFeatureCues``, a valley's: many valleys are named after their towns.
  static let valleyCues: WordSet = ["valle", "valli", "valley", "долин"]
  /// Of ``naturalFeatureCues``, a river's: the names of many rivers are also their towns'.
  static let riverCues: WordSet = ["рек", "river", "fiume", "өзені"]
  /// Russian plural cues before a list of features ("на реках Или, Эмель и Хоргос"); not
  /// "реки", which is as often the singular's genitive.
  static let russianPluralNaturalCues: WordSet = ["реках", "рек", "озерах", "озер", "ледниках"]
  /// Words for brands and companies after a list of quoted names (stems).
  static let brandWords: WordSet = ["өнімдерін", "өнімдері", "өнімдерінің", "бренд", "брендтері", "брендтерінің", "брендтерін", "брендінің", "брендтер", "брендов", "бренды", "brand", "brands", "marchi", "marca"]
  /// English adjectives of continents and their parts, which name no region before "region"
  /// ("the Central Asian region", "the European region").
  static let continentalAdjectivesEN: WordSet = ["asian", "european", "african", "eurasian", "american", "caucasian", "arctic"]
  /// Words for a first- or second-level region beside its name ("провинция Шэньси",
  /// "Shaanxi province", "regione di Fergana").
  static let regionCueWords: WordSet = [
    "провинция", "область", "округ", "уезд", "район", "province", "region", "oblast", "county", "prefecture", "district",
    "provincia", "regione", "distretto", "contea", "провинциясы", "облысы", "ауданы",
  ]
  /// Kazakh body nouns with a possessive ending (prefixes) that may stand before a quoted
  /// name in apposition ("еншілес кәсіпорны «Astana Solar»").
  static let kazakhApposedBodyNouns: [String] = ["компаниясы", "кәсіпорны", "ұйымы", "серіктестігі", "корпорациясы", "холдингі"]
  /// English words of a governing body that, after "of" (and a country's possessive), open a
  /// body of their own rather than a complement ("Tourism Department | of the Ministry of
  /// Economy", "… Committee | of Kazakhstan's Ministry of Tourism and Sports").
  static let governingBodyWordsEN: WordSet = ["ministry", "committee", "agency", "council", "government", "administration", "commission", "office"]
  /// Russian body nouns (prefixes) that are no name's cue but may stand before a quoted name
  /// in apposition ("проектная организация «Гидропроект»").
  static let russianApposedBodyNouns: [String] = ["организаци"] + russianGuestHouseNouns.map(\.stem) + russianBrandedProductNouns
  /// Beginnings of Russian nouns of goods sold under a maker's quoted brand ("шоколад
  /// «Рахат»", "пиво «Шымкентское»"): the brand names the company that makes them.
  static let russianBrandedProductNouns: [String] = ["шоколад", "конфет", "пиво", "пива", "коньяк", "водк", "сигарет"]
  /// Russian nouns of the houses that put up guests (stem, nominative), each run by a body of
  /// its own and named by a quoted name in apposition ("гостиница «Казахстан»", "санаторий
  /// «Окжетпес»"); the body is labelled with the noun, as the name is often a town's.
  static let russianGuestHouseNouns: [(stem: String, nominative: String)] = [
    ("гостиниц", "гостиница"), ("отел", "отель"), ("санатори", "санаторий"), ("пансионат", "пансионат"),
  ]
  /// A company's officers and organs after its name and "'s", which a town does not have
  /// ("Xinyi's regional director").
  static let companyOfficersAfterPossessive: WordSet = [
    "director", "directors", "chairman", "chairwoman", "ceo", "cfo", "founder", "shareholders", "shareholder", "board", "executive",
    "vice-president", "manager", "subsidiary", "shares", "stake", "profit",
  ]
  /// Italian words that end in a vowel and are no adjective: articulated prepositions,
  /// demonstratives, possessives ("aziende kazake | alla Fiera di Canton").
  static let italianVowelFunctionWords: WordSet = [
    "alla", "alle", "allo", "agli", "della", "delle", "dello", "degli", "dalla", "dalle", "dallo", "dagli", "nella", "nelle", "nello", "negli",
    "sulla", "sulle", "sullo", "sugli", "questa", "queste", "questo", "questi", "quella", "quelle", "quello", "quelli", "nostra", "nostre", "nostro",
    "nostri", "loro", "come", "anche", "dove", "sono", "hanno", "erano", "stata", "stato", "stati", "state", "presso", "verso", "sopra", "sotto", "dopo", "oltre", "tutte", "tutti",
  ]
  /// Italian articles and articulated prepositions before a nationality standing for a company.
  static let italianArticles: WordSet = ["la", "il", "lo", "dalla", "della", "alla", "nella", "sulla", "dal", "del", "al", "col", "con", "all", "dall", "dell", "nell", "sull", "l"]

  /// The heads (``orgCues`` values) of Latin cues that make a company's name, not another
  /// body's ("… Group", "… Co.", "… Holding").
  static let companyCueHeads: Set<String> = ["Group", "Co", "Ltd", "Company", "Corporation", "Corp", "Holding", "Inc", "LLC", "JSC", "PLC", "LLP"]

  /// Capitalised industry words that make a company's name after a region's ("Shandong Gold").
  static let industryWords: WordSet = [
    "vineyards", "wines", "winery",
    // (the Kazakh "grain" of grain traders' names: "Aral Astyk")
    "astyk", "astyq",
    "gold", "copper", "coal", "steel", "iron", "energy", "power", "electric", "mining", "petroleum", "petrochemical", "chemical",
    "chemicals", "cement", "airlines", "investment", "construction", "engineering", "heavy", "machinery", "metallurgical",
    "nonferrous", "textile", "textiles", "expressway", "tyre", "tire", "motors", "automobile", "pharmaceutical", "seed", "seeds",
    "agriculture", "zinc", "aluminium", "aluminum", "nickel", "uranium", "titanium", "glass", "paper", "dairy", "wool",
    "wind", "solar", "renewables", "hydro", "trading", "logistics", "foods", "fertilizer", "fertilizers",
    "vodokanal",
    // (building materials and shipbuilding: "Kashgar Hongsheng Ceramics", "Weihai Jinling Shipyard")
    "ceramics", "ceramic", "tiles", "shipyard", "shipbuilding",
    "building", "materials", "cashmere",
    // (fruit processors: "Xinjiang Guolin Dried Fruit")
    "fruit", "fruits", "dried", "food",
    // (carpet mills and tanneries: "Zhejiang Kaili Carpet", "Hebei Dongming Leather")
    "carpet", "carpets", "leather", "fur", "furs",
    // (crops, food and light industry: "Xinjiang Lihua Cotton", "Guangxi Fengtang Sugar")
    "cotton", "sugar", "grain", "tea", "rice", "flour", "meat", "poultry", "tobacco", "beverages", "brewery",
    // (batteries, electronics and medicine: "Hunan Yuneng Battery", "Jiangsu Yuyue Medical")
    "battery", "batteries", "lithium", "silicon", "electronics", "plastics", "rubber", "pharma", "medical",
  ]

  /// Words that give a name ("called", "chiamato", "под названием"; a quoted name after them
  /// is the whole name of the event, project or satellite before them), and the nouns of what
  /// a project's name is given to.
  static let namingWords: WordSet = [
    "called", "named", "codenamed", "dubbed", "titled", "chiamato", "chiamata", "denominato", "denominata", "battezzato", "battezzata", "intitolato", "intitolata",
    "названием", "названный", "названная", "названное",
    // ("Станция получит название «Тон-Солар»")
    "название",
  ]
  static let namedProjectNouns: WordSet = [
    "project", "programme", "program", "initiative", "progetto", "programma", "iniziativa", "проект", "программ", "инициатив",
    // (a plant, station or park given a name: "the plant will be called …", "станция получит название «…»")
    "plant", "station", "farm", "park", "impianto", "centrale", "stabilimento", "parco", "станци", "электростанци", "завод", "комбинат", "парк",
  ]

  /// The facilities among ``namedProjectNouns``, as written after an English name or before
  /// an Italian one ("the Ulba-FA plant", "l'impianto Alfa").
  static let facilityNamingNouns = ["plant", "station", "farm", "park", "impianto", "centrale", "stabilimento", "parco"]

  /// Russian adverbs that end as a genitive does ("вчера", "сегодня"): no body's complement.
  static let russianGenitiveLikeAdverbs: WordSet = ["вчера", "сегодня", "завтра", "позавчера", "послезавтра", "тогда", "всегда", "никогда", "иногда", "когда", "пока", "сначала", "снова", "сюда", "туда", "оттуда", "отсюда"]

  /// Words that a role's case form spells but that are far more often something else: "после"
  /// is the prepositional of "посол" (ambassador) and the preposition "after".
  static let roleHomographs: WordSet = ["после"]
  /// Role words that are given names too ("Хоким", Hakim: the Uzbek governor's title and a
  /// Tajik name).
  static let rolesAlsoGivenNames: WordSet = ["хоким"]

  /// A company's officers, whose title and "di"/"of" name the company ("presidente di
  /// Veronafiere", "chairman of Zhongtai"; "delegato" closes "amministratore delegato").
  static let companyOfficers: WordSet = [
    "presidente", "direttore", "fondatore", "delegato", "chairman", "chairwoman", "ceo", "founder", "co-founder", "shareholder", "shareholders",
  ]

  /// Words before "in" that make what follows a company, not a place ("a stake in …").
  static let investmentWords: WordSet = ["stake", "stakes", "invest", "invested", "investing", "investment", "investments", "interest", "shares", "share", "holding"]
  /// What only a company has, after its name's possessive ("Allur's chairman").
  static let companyPossessions: WordSet = [
    "chairman", "chairwoman", "chairperson", "ceo", "cfo", "founder", "co-founder", "shareholders", "shareholder",
    "subsidiary", "subsidiaries", "board", "headquarters", "shares", "stake", "revenue", "revenues", "dealership",
  ]

  /// Italian compass adjectives, written after a place's name ("Asia centrale").
  static let italianCompassAdjectives: WordSet = ["occidentale", "orientale", "settentrionale", "meridionale", "centrale"]

  /// Compass words that make a country's name before them another place's ("Оңтүстік
  /// Қазақстан", "South Kazakhstan", "Южного Казахстана").
  static let compassWords: WordSet = [
    "оңтүстік", "солтүстік", "батыс", "шығыс", "south", "north", "east", "west", "southern", "northern", "eastern", "western",
    "южный", "южного", "южном", "южному", "южным", "северный", "северного", "северном", "северному", "северным",
    "западный", "западного", "западном", "западному", "западным", "восточный", "восточного", "восточном", "восточному", "восточным",
  ]

  static let placeCues: WordMap<EntityKind> = [
    "город": .city, "г": .city, "city": .city, "città": .city, "қаласы": .city, "қала": .city, "села": .city,
    "село": .city, "посёлок": .city, "поселок": .city, "поселк": .city, "посёлк": .city, "village": .city, "villaggio": .city,
    "ауыл": .city, "ауылы": .city, "town": .city, "селе": .city, "селу": .city, "селом": .city, "аул": .city, "кишлак": .city,
    "деревн": .city, "айыл": .city, "станиц": .city, "қалашық": .city, "қалашығы": .city, "кенті": .city,
    "провинци": .region, "province": .region, "provincia": .region, "провинциясы": .region, "уезд": .region, "округ": .region,
    "county": .region, "prefecture": .region, "район": .region, "district": .region, "oblast": .region,
    "region": .region, "regione": .region, "облыс": .region, "облысы": .region, "област": .region,
    "аудан": .region, "ауданы": .region, "уез": .region, "уезі": .region, "аймағы": .region, "distretto": .region, "quartiere": .region, "prefettura": .region, "contea": .region,
    "префектур": .region, "префектурасы": .region,
    // (an enclave: "l'enclave di Vorukh", "анклав Сох")
    "enclave": .region, "анклав": .region, "эксклав": .region, "exclave": .region,
    // (a town's neighbourhood: "the Ak-Bata neighbourhood")
    "neighbourhood": .region, "neighborhood": .region, "microdistrict": .region,
    // (Turkmenistan's regions and districts: "Ахалский велаят", "Бабадайханский этрап")
    "велаят": .region, "этрап": .region, "welayat": .region, "velayat": .region, "etrap": .region,
    // (a historical realm: "il regno di Khuttal", "the Kokand Khanate", "Кокандское ханство",
    // "Қоқан хандығы", "the Emirate of Bukhara")
    "regno": .region, "kingdom": .region, "khanate": .region, "khanato": .region, "ханств": .region, "хандығы": .region,
    "emirate": .region, "emirato": .region, "эмират": .region,
  ]
  /// Kazakh titles that follow a bard's, a biy's or a hero's name in the places named after
  /// them ("Біржан сал", "Шал ақын", "Төле би", "Қабанбай батыр"), folded, in Cyrillic and Latin.
  static let honorificTitles: Set<String> = ["сал", "ақын", "акын", "би", "батыр", "жырау", "sal", "akyn", "bi", "batyr", "zhyrau"]
  /// District cues: a district may bear its town's name ("Kara-Suu district", "Іле ауданы").
  static let districtCues: Set<String> = ["район", "district", "аудан", "ауданы", "уезд", "уез", "уезі", "county", "contea", "аймағы", "distretto", "quartiere", "этрап", "etrap"]
  /// Capitalised Cyrillic words that close a news outlet's name after one word ("Жайық Пресс").
  static let cyrillicMediaClosers: WordSet = ["пресс", "медиа", "ньюс", "таймс"]
  /// Capitalised Latin words that close a periodical's name after a one-word name ("Kabar
  /// Weekly", "Almaty Daily", "Steppe Herald").
  static let latinMediaClosers: WordSet = ["weekly", "daily", "times", "herald", "tribune", "gazette", "courier", "observer", "monitor", "telegraph"]
  /// Capitalised Latin words that close a news wire's name ("Central Asia Trade Wire", "Silk
  /// Road News"), read as an outlet only where a dateline credits it in parentheses.
  static let latinWireWords: WordSet = ["wire", "news", "press", "agency", "service", "digest", "review"]
  /// Plural district cues (prefixes of the folded word) and the singular a district's label
  /// takes ("Шу және Қордай аудандарын" → "Қордай ауданы").
  /// (A town's neighbourhoods keep their bare names: "the Ak-Bata and Ak-Ordo neighbourhoods".)
  static let pluralDistrictCues: [(prefix: [UInt8], singular: String)] = [
    (Array("аудандар".utf8), "ауданы"), (Array("districts".utf8), "District"), (Array("neighbourhoods".utf8), ""), (Array("neighborhoods".utf8), ""),
    (Array("microdistricts".utf8), ""),
  ]
  /// Russian plural district cues after two coordinated adjectives ("Губадагского и
  /// Акдепинского этрапов"), and their singular.
  static let russianPluralDistricts: [String: String] = [
    "районов": "район", "районы": "район", "районам": "район", "районами": "район", "районах": "район",
    "этрапов": "этрап", "этрапы": "этрап", "этрапам": "этрап", "этрапами": "этрап", "этрапах": "этрап",
  ]
  /// Italian nouns of any facility ("l'impianto di Temirtau" after "l'acciaieria di Temirtau").
  static let genericFacilityNounsIT: [String] = ["impianto", "stabilimento", "complesso", "struttura"]
  /// Italian adjectives in -are/-ari, which read as infinitives by their ending ("nucleare",
  /// "solare", "popolare", "alimentare").
  static let italianAdjectivesInAre: WordSet = [
    "nucleare", "nucleari", "termonucleare", "termonucleari", "solare", "solari", "popolare", "popolari", "militare", "militari", "polare", "polari",
    "lunare", "lunari", "molecolare", "molecolari", "cellulare", "cellulari", "particolare", "particolari", "regolare", "regolari",
    "parlamentare", "parlamentari", "consolare", "consolari", "stellare", "vascolare", "elementare", "elementari", "alimentare", "alimentari",
    "familiare", "familiari", "lineare", "lineari", "spettacolare", "circolare", "muscolare",
  ]
  /// Italian adjectives that make a generic facility noun a site of monuments ("il complesso
  /// architettonico di Uzgen"), which holds the town's other sites rather than naming one.
  static let siteAdjectivesIT: WordSet = ["architettonico", "monumentale", "memoriale", "storico", "archeologico", "museale", "religioso"]
  /// Lower-case Italian words for a body that has departments ("Dipartimento del turismo del
  /// ministero dell'Economia").
  static let italianGoverningBodies: WordSet = ["ministero", "governo", "comune", "municipio", "presidenza", "regione", "provincia", "università", "commissione"]
  /// Russian adjective stems of order and time that open no event's name at a sentence's start
  /// ("Следующий форум", "Очередной саммит", "Прошлогодний форум").
  static let russianOrderAdjectives: [String] = ["следующ", "очередн", "предыдущ", "прошл", "прошлогодн", "ближайш", "последн", "ежегодн"]
  /// What may stand between a crossing's town and "crossing" ("the Alashankou border
  /// crossing", "the Kyzyl-Art rail crossing"): the project pass leaves such a crossing to the
  /// checkpoint pass, which reads it as the town.
  static let crossingModifiersEN: WordSet = ["border", "rail", "railway", "road"]
  /// Lower-case words for a part of a country ("at Atasu in central Kazakhstan").
  static let directionWordsEN: WordSet = ["central", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west"]
  /// Words for a town's residents after its name ("Үшарал мен Жаркент тұрғындары").
  static let residentWords: WordSet = [
    "тұрғындары", "тұрғындарының", "тұрғындарына", "тұрғындарын", "тұрғындарымен", "residents", "inhabitants", "abitanti", "residenti",
  ]
  /// Words for residents before the names of their towns ("жителей Шерабада", "residents of
  /// Urzhar", "abitanti di Zharkent").
  static let residentsBefore: WordSet = [
    "жителей", "жителям", "жители", "жителями", "жителях", "уроженцев", "уроженец", "уроженка", "residents", "inhabitants", "natives",
    "abitanti", "residenti",
  ]
  /// Italian nouns of a chamber or council named by its members ("Camera dei deputati",
  /// "Assemblea dei rappresentanti", "Consiglio dei ministri").
  static let chamberNounsIT: WordSet = ["camera", "assemblea", "consiglio", "congresso", "collegio", "conferenza", "gabinetto"]
  /// Words that join two names in a list.
  static let coordinators: Set<String> = ["және", "мен", "пен", "бен", "и", "and", "e"]
  /// Prepositions before a list of destinations ("flights to Cholpon-Ata and Tamchy").
  static let placePrepositions: WordSet = ["to", "from", "in", "at", "near", "between", "via", "a", "da", "per", "tra", "в", "из", "до", "через", "между", "на"]
  /// Words for a transport route that stand before or after a dashed pair of towns ("рейсы по
  /// маршруту Урумчи — Тамчы", "the Almaty–Tamchy flight", "la tratta Urumqi–Tamchy",
  /// "Үрімжі – Тамчы бағыты").
  static let routeWords: WordSet = [
    "маршрут", "маршрута", "маршруту", "маршрутом", "маршруте", "рейс", "рейса", "рейсы", "рейсов", "рейсу", "рейсе", "авиарейс", "авиарейсы",
    "авиарейсов", "авиасообщение", "авиасообщения", "поезд", "поезда", "поездов",
    "route", "routes", "flight", "flights", "service", "services", "train", "trains",
    "tratta", "tratte", "rotta", "volo", "voli", "collegamento", "collegamenti",
    "бағыты", "бағытындағы", "бағыттағы", "бағытында", "бағытын", "бағытына", "бағыттары", "рейсі", "рейстер", "рейстері", "маршруты",
  ]
  /// Plural town cues before coordinated names ("the towns of Makmal and Jalal-Abad").
  static let pluralCityCues: WordSet = ["towns", "cities", "villages", "ports", "resorts", "città", "villaggi", "località", "districts", "distretti"]
  /// Russian plural town cues right before coordinated names ("в сёлах Кок-Сай и Бекмолдо");
  /// forms that are also singular ("города", "села") are left out; words are folded (ё → е).
  static let russianPluralCityCues: WordSet = [
    "сел", "селах", "селам", "селами", "городов", "городах", "городам", "городами",
    "поселков", "поселках", "аулов", "аулах", "кишлаков", "кишлаках", "деревень", "деревнях",
  ]
  /// Those of them that name districts, and the label each district takes ("Muynak District",
  /// "distretto di Muynak").
  static let pluralDistrictCuesBefore: [String: (prefix: String, suffix: String)] = ["districts": ("", " District"), "distretti": ("distretto di ", "")]
  /// Plural town cues after coordinated names ("in Tamga and Barskoon villages").
  static let pluralCityCuesAfter: WordSet = ["villages", "towns", "villaggi", "ауылдарында", "ауылдары", "ауылдарының"]
  /// Kazakh plural town cues in any case ("Отырар мен Сауран қалашықтарына"), as prefixes.
  static let kazakhPluralCityCues: [String] = ["қалалар", "қалашықтар", "ауылдар", "кенттер"]
  /// The nominative of a place cue read by its stem (labels of places named before the cue).
  static let placeCueNominative: [String: String] = [
    "район": "район", "уезд": "уезд", "облыс": "облысы", "облысы": "облысы", "аудан": "ауданы", "ауданы": "ауданы", "уез": "уезі", "уезі": "уезі", "аймағы": "аймағы", "префектурасы": "префектурасы",
    "district": "District", "county": "County", "distretto": "distretto di", "contea": "contea di", "quartiere": "quartiere di", "этрап": "этрап", "велаят": "велаят", "etrap": "Etrap",
  ]

  /// Words an organisation's initials leave out ("Navoi Mining and Metallurgical Combinat" →
  /// NMMC).
  static let initialsSkipped: WordSet = ["of", "and", "the", "for", "di", "e", "del", "della", "per", "и", "по", "және", "&"]
  /// English and Italian nouns that close an institution's name, after which "and" opens
  /// another name ("… University and … University"); business words ("Engineering and
  /// Construction") do not.
  static let closingInstitutionNouns: WordSet = [
    "university", "institute", "academy", "college", "hospital", "museum", "theatre", "theater", "school", "bank", "università", "istituto", "accademia",
  ]
  /// Lower-case Kazakh titles after an honoree's name ("Қорқыт ата", "Төле би", "Райымбек батыр").
  static let kazakhHonoreeTitles: WordSet = ["ата", "би", "батыр", "ана", "ақын"]
  /// The Kazakh instrumental ("with") endings, also written apart as "and".
  static let kazakhInstrumentals: [String] = ["мен", "бен", "пен"]
  /// The same titles in the Russian genitive, after "имени" ("имени Абылай хана").
  static let russianHonoreeTitles: WordSet = ["хана", "батыра", "би", "бия", "ата", "акына"]
  /// Lower-case Russian titles in the genitive between "имени" and the honoree's name
  /// ("имени академика Е. А. Букетова", "имени профессора …").
  static let russianHonoreePrefixTitles: WordSet = [
    "академика", "профессора", "генерала", "маршала", "космонавта", "писателя", "поэта", "композитора", "героя", "президента",
  ]
  /// Newspaper nouns (prefixes of the folded word) beside a quoted name.
  static let newspaperNouns: [String] = ["газет", "newspaper", "giornale", "quotidiano"]
  /// Italian nouns of hospitals and zoos that, lower-case, name a town's body before "di" +
  /// the town ("l'ospedale di Osh", "lo zoo di Almaty").
  /// (A Soviet-style combine too, with its trade's adjective: "il combinato minerario di
  /// Almalyk"; "a ciclo combinato di …" is a power plant's cycle.)
  static let italianTownBodyNouns: WordSet = ["ospedale", "policlinico", "clinica", "zoo", "tribunale", "combinato"]
  /// Stems of English and Italian verbs of linking two places ("will link Atamyrat with
  /// Kerkichi", "collegherà Osh con Irkeshtam"), folded.
  static let linkingVerbStems: [String] = ["link", "connect", "join", "colleg", "unir", "unisc", "congiung"]
  /// The words that join the second place to such a verb's first ("link A with B", "collega A
  /// con B"), folded.
  static let linkedWithEN: WordSet = ["with", "and", "to"]
  static let linkedWithIT: WordSet = ["con", "e", "a", "ad"]
  /// Beginnings of Kazakh nouns for who builds or runs a facility (companies, investors,
  /// entrepreneurs, contractors, builders, partners), folded: such a word before a facility
  /// noun says who, and is no part of the facility's name ("Қытай инвесторлары қант зауытын
  /// салады").
  static let kazakhBuilderNouns: [String] = ["компани", "корпорац", "холдинг", "инвестор", "кәсіпкер", "мердігер", "құрылысшы", "серіктестер", "мамандар"]
  /// English nouns of a border crossing before "at" and its town ("the Afghan border at
  /// Imamnazar"), folded.
  static let crossingNounsEN: WordSet = ["border", "crossing", "checkpoint", "post"]
  /// English words before "centre of" that make the name after it a seat ("the district
  /// centre of Nau", "the regional centre of …"), folded.
  static let seatQualifiersEN: WordSet = ["district", "regional", "administrative", "provincial"]
  /// Plural region cues before coordinated names ("regioni di Kostanay e Akmola").
  static let pluralRegionCues: WordSet = ["regioni", "regions", "provinces", "oblasts",
    // (Kazakh, after the names: "Қызылорда, Түркістан және Жамбыл облыстарына")
    "облыстары", "облыстарына", "облыстарында", "облыстарының", "облыстарынан", "облыстарымен", "облыстарын", "облыстарға", "облыстарда"]

  /// Place cues of first-level regions (oblasts, provinces), as ``placeCues`` keys.
  static let firstLevelRegionCues: Set<String> = [
    "провинци", "province", "provincia", "провинциясы", "oblast", "region", "regione", "облыс", "облысы", "област",
    // (a Chinese prefecture is named after its seat as a province is: "prefettura di Aksu",
    // "округа Аксу")
    "prefecture", "prefettura", "округ",
  ]

  /// Participation, meeting, visit, signing and other stated-relation triggers (stems).
  static let attendCues: [String] = ["участ", "принял", "приняла", "приняли", "присутствова", "attend", "participat", "took part", "partecip", "қатыс", "sidelines", "на полях", "a margine"]
  static let twinCues: [String] = ["побратим", "sister cit", "sister-cit", "twin", "gemell", "бауырлас", "города-побратим"]
  static let meetCues: [String] = ["встрет", "встреч", "переговор", "met ", "meet", "talks with", "incontr", "кездес", "ricevut", "received by", "hosted", "қабылда"]
  /// Clauses about what happened during a visit: the places they name after the visit's
  /// destination are no destinations ("la visita in Cina, durante la quale Tashkent e
  /// Pechino avevano concordato …": the capitals stand for their governments).
  static let visitClauseBreaks: [String] = [
    ", durante la quale", ", nel corso della quale", ", during which", ", in the course of which", ", в ходе которого", ", в ходе которой",
    ", во время которого", ", во время которой",
  ]
  static let visitCues: [String] = ["визит", "посет", "посещ", "visit", "сапар", "visita", "ricevuto a", "прибыл в", "arrived in", "arrived at"]
  static let projectAnaphora: [String] = [
    "the project", "проект", "il progetto", "жоба", "the line", "линия", "the railway", "дорога", "la ferrovia",
    // the works on it ("Құрылысты … жүргізеді", "i lavori saranno affidati"; not "строительство"
    // or "the construction", which as often begin a new work: "рассматривает строительство элеватора")
    "құрылысты", "i lavori", "the works",
  ]
  /// Words for a facility the text named before ("the plant", "завод", "the terminal"): every
  /// kind's words of ``facilityAnaphoraKinds``.
  static let facilityAnaphora: [String] = facilityAnaphoraKinds.flatMap(\.cues)
  /// The facility words of ``facilityAnaphora`` by the kind of facility they name, each with
  /// the word stems a project of that kind shows in its name (in any of the four languages):
  /// "the plant" takes a plant or a works as its antecedent, never a road or a port.
  static let facilityAnaphoraKinds: [(cues: [String], stems: [String])] = [
    // (a terminal is a port's or a hub's: "the new terminal" after the port of Aktau)
    (["terminal", "терминал"], ["terminal", "терминал", "port", "порт", "porto", "gateway", "ворота", "қақпа", "hub", "хаб", "logist", "логист"]),
    (["the port", "il porto", "порт "], ["port", "порт", "porto", "gateway", "ворота", "қақпа"]),
    (["the plant", "завод"], ["plant", "factory", "works", "mill", "refinery", "complex", "завод", "фабрик", "комбинат", "комплекс", "нпз", "зауыт", "кешен",
      "stabiliment", "impianto", "fabbrica", "raffineria", "complesso", "cementific", "acciaieri",
      // (power plants: "will operate the plants" after the Kazarman hydropower cascade)
      "power", "hydro", "hpp", "tpp", "chp", "cascade", "электростанц", "гэс", "тэц", "грэс", "каскад", "centrale", "электр станса"]),
    (["the station", "станци"], ["station", "станци", "станса", "stazione", "centrale", "гэс", "тэц", "вэс", "сэс", "грэс", "аэс", "hpp", "tpp", "chp", "npp"]),
    (["the hub", "хаб"], ["hub", "хаб"]),
  ]
  static let throughCues: [String] = ["по территории", "через", "through", "across", "attraverso", "арқылы", "аумағы"]
  static let organizeCues: [String] = ["организ", "провел", "провёл", "организова", "organiz", "organis", "hosted", "host", "organizzat", "ұйымдаст"]
  static let signCues: [String] = ["подпис", "sign", "firm", "қол қой"]
  static let buildCues: [String] = [
    "строит", "построит", "постро", "возвод", "build", "construct", "costrui", "салу", "салып", "салды", "салған", "салын",
    // contractors and the works they carry out ("EPC contractor", "подрядчик", "проходку тоннеля",
    // "i lavori saranno affidati", "Құрылысты … жүргізеді")
    "contractor", "подрядчик", "генподряд", "appaltat", "мердігер", "проходк", "affidat", "developed by", "құрылысты",
    // who started or carries out the works ("начала работы на площадке", "проект реализуется с …")
    "начала работы", "начали работы", "ведет работы", "ведёт работы", "began work", "started work", "avviato i lavori",
    "реализует", "реализуется", "implemented by", "realizzat", "іске асыр",
  ]
  static let fundCues: [String] = ["финансир", "инвестир", "fund", "financ", "invest", "finanz", "қаржыланд"]
  static let memberCues: [String] = ["член", "member", "membro", "мүше", "входит в", "вступил"]
  static let cooperateCues: [String] = [
    "сотруднич", "cooperat", "cooperaz", "collabor", "ынтымақтаст", "торгов", "товарооборот", "trade", "commerc", "сауда",
    "обмен", "exchange", "scambi", "побратим", "sister", "gemell", "бауырлас",
    // doing something together ("built jointly by Kyrgyzstan, Kazakhstan and Uzbekistan")
    "jointly", "совместно", "бірлесіп",
  ]
  static let partnerCues: [String] = ["партн", "partner", "alleanz", "стратег", "strateg", "friend", "дружб", "amicizia", "relazioni", "relations", "отношени", "дост", "серіктес"]
  static let operateCues: [String] = [
    "эксплуатир", "управля", "оператор", "operat", "gestisc", "runs the", "басқар",
    // owners ("которым владеет", "belongs to", "owned by", "di proprietà", "тиесілі")
    "владее", "владеет", "принадлеж", "belongs to", "owned by", "owns", "di proprietà", "тиесілі",
  ]
  static let bothCountries: [String] = ["обе страны", "обеих стран", "двух стран", "две страны", "двумя странами", "both countries", "the two countries", "entrambi i paesi", "le due nazioni", "i due paesi", "entrambe le nazioni", "екі ел", "екі елдің"]
  static let eventAnaphora: [String] = [
    "the meeting", "the seminar", "the event", "the conference", "the forum", "the summit", "встреч", "мероприят", "заседани",
    "семинар", "форум", "саммит", "la riunione", "l'incontro", "l'evento", "il vertice", "il forum", "кездесу", "іс-шара", "саммитке",
    // Italian contractions ("Al forum hanno partecipato …")
    "al forum", "al vertice", "all'evento", "alla conferenza", "al summit", "alla riunione",
    // contests and fairs ("Олимпиаданы … ұйымдастырды", "the exhibition")
    "олимпиад", "olympiad", "olimpiad", "the exhibition", "the fair", "выставк", "ярмарк", "la mostra", "la fiera", "көрме",
  ]

  /// Particles that open a surname ("D'Avino", "Di Maio", "von der Leyen").
  static let surnameParticles: WordSet = ["d", "dell", "de", "di", "del", "della", "da", "dal", "la", "lo", "van", "von", "der", "le"]
  /// Words after a company's name that name a subsidiary of it ("Harbin Electric International").
  static let subsidiaryWords: WordSet = [
    "international", "overseas", "bureau", "transport", "logistics", "construction", "engineering", "group", "holding", "holdings", "company", "corporation", "corp", "co", "ltd",
    "limited", "inc", "llp", "jsc", "plc", "llc",
    // (a line of business: "TALCO Gold", "Kazatomprom Energy")
    "gold", "energy", "mining", "metals", "copper", "cement", "chemical", "chemicals", "petroleum", "finance", "capital", "trading", "trade",
    "renewables", "vehicles", "locomotive", "locomotives", "railway", "machinery", "equipment", "exploration", "technologies", "technology",
    "electric", "power", "industry", "industries", "heavy", "motors", "oilfield", "petrochemical", "steel", "materials", "resources", "smelting", "refining",
    "investment", "investments", "services", "shipping", "aviation", "automobile", "electronics", "pharmaceutical", "pharmaceuticals", "works",
    "market", "bank", "pay", "cloud",
  ]
  /// Italian articles and the nouns after them that call a name before a comma a company
  /// ("Barqi Tojik, la compagnia elettrica nazionale").
  static let appositiveDeterminersIT: WordSet = ["la", "il", "l", "lo", "una", "un", "uno"]
  static let appositiveCompanyNounsIT: WordSet = [
    "società", "compagnia", "azienda", "impresa", "banca", "gruppo", "operatore", "produttore", "costruttore", "filiale", "controllata", "colosso",
    "holding", "multinazionale", "utility", "piattaforma",
  ]
  /// English nouns that an apposition calls a company by ("Cainiao, the logistics arm of
  /// Alibaba Group").
  static let appositiveCompanyNounsEN: WordSet = [
    "arm", "unit", "subsidiary", "division", "affiliate", "operator", "maker", "producer", "developer", "manufacturer", "carrier", "airline",
    "lender", "marketplace", "retailer", "conglomerate", "company", "firm", "startup", "start-up", "supplier", "exporter", "miner", "automaker",
    "carmaker", "distributor", "bank", "insurer", "shipper", "venture", "partnership",
    // ("Rauan, a juice bottler based in Almaty")
    "bottler", "brewer", "processor", "refiner", "contractor", "importer", "wholesaler", "provider",
    "drugmaker", "steelmaker", "chipmaker", "shipbuilder",
    // (food producers: "Saumal, a dairy near Beineu")
    "dairy", "bakery", "brewery", "winery", "distillery", "creamery",
    // ("Uzagroexport, the state export agency"; "… Fruit Cluster, a cooperative of orchards")
    "agency", "cooperative",
  ]
  /// Russian prepositions of place before a town's name ("в Файзабаде", "под Файзабадом",
  /// "из Файзабада", "в 60 километрах от Нураты").
  static let russianPlacePrepositions: WordSet = ["в", "во", "под", "около", "близ", "возле", "из", "до", "у", "между", "от"]
  /// Verbs that give a company or plant a new name ("The plant, renamed Ala-Too Sut").
  static let renamingVerbs: WordSet = ["renamed", "rebranded", "ribattezzato", "ribattezzata", "rinominato", "rinominata"]
  /// Nouns of what a renaming verb's new name names: a company or a plant.
  static let renamedBodyNouns: WordSet = [
    "company", "firm", "plant", "factory", "mill", "enterprise", "venture", "group", "bank",
    "società", "azienda", "impresa", "fabbrica", "stabilimento", "impianto", "gruppo", "banca",
  ]
  /// Nouns that stand as an adjective before an event's cue, alone or hyphened to it
  /// ("Қазақстан-Қытай бизнес форумы", "казахстанско-китайский бизнес-форум").
  static let attributiveNouns: WordSet = ["бизнес", "медиа", "инвест", "экспо"]
  /// English words of a body's kind or legal form that may follow its own name without
  /// making it another body ("Khabar Agency" is Khabar, "Zoomlion Heavy Industry" Zoomlion;
  /// "International" or a trade's word does make another: "Kazatomprom Energy").
  static let genericBodyWordsEN: WordSet = ["agency", "group", "corporation", "corp", "company", "co", "holding", "jsc", "llp", "llc", "ltd", "plc", "inc",
    "heavy", "industry", "industries", "healthcare"]
  /// Internet domain endings that close a company's one-word site-name in any language
  /// ("Alem.ai", "Kolesa.kz"): of ``webDomains`` those of companies, and "ai"; a media or
  /// state site's ("Qostanay.tv", "….gov") names no company alone.
  static let domainEndings: WordSet = ["kz", "kg", "uz", "tj", "tm", "ru", "cn", "ai", "io", "com", "net", "org", "it"]
  /// Russian abbreviations of ministries (folded) and the full name each stands for, which a
  /// country in the genitive follows ("МВД Узбекистана", "Минфин Кыргызстана").
  static let russianMinistryAbbreviations: WordMap<String> = [
    "мид": "Министерство иностранных дел", "мвд": "Министерство внутренних дел", "мчс": "Министерство по чрезвычайным ситуациям",
    "минфин": "Министерство финансов", "минэнерго": "Министерство энергетики", "минобороны": "Министерство обороны",
    "минздрав": "Министерство здравоохранения", "минюст": "Министерство юстиции", "минтранс": "Министерство транспорта",
    "минсельхоз": "Министерство сельского хозяйства", "минэкономики": "Министерство экономики", "минкультуры": "Министерство культуры",
    "минобразования": "Министерство образования", "минпросвещения": "Министерство просвещения", "минтруда": "Министерство труда",
    "минприроды": "Министерство природных ресурсов", "минцифры": "Министерство цифрового развития",
  ]
  /// Indeclinable first parts that a hyphen joins to a Russian noun inside a body's name
  /// ("Ассоциация интернет-торговли", "… бизнес-образования").
  static let russianHyphenPrefixes: WordSet = ["бизнес", "медиа", "инвест", "экспо", "интернет", "онлайн", "агро", "авиа", "авто", "фото", "видео", "кино", "радио", "теле", "энерго", "эко"]
  /// Lower-case company nouns right before a company's name ("la società Middle Corridor
  /// Multimodal", "the company Trans Caspian Express").
  static let companyNounsBeforeName: WordSet = ["società", "compagnia", "company", "firm", "operator", "operatore", "компания", "компании", "компанией", "компанию"]
  /// Words that make a project's name a company's ("… Railway Company", "… Pipeline LLP").
  static let companyWordsEN: WordSet = ["company", "corporation", "corp", "co", "ltd", "limited", "inc", "llp", "jsc", "plc", "llc"]
  /// Russian stems of a state body's words, capitalised in its name ("Кабинета Министров",
  /// "Совета Безопасности"): no part of a person's name.
  static let russianBodyWordStems: [String] = ["кабинет", "министров", "правительств", "министерств", "комитет", "совет", "парламент", "сенат"]
  /// Capitalised words of bodies' and facilities' names that are never part of a person's
  /// name ("… Xi'an International Land Port, Zhang Mingqiang").
  static let notNameWords: WordSet = ["international", "national", "internazionale", "nazionale", "land", "global", "joint", "state", "city"]
  static let stopCapitalized: WordSet = [
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "this", "that", "these", "it", "he", "she", "they", "we",
    "its", "their", "our", "his", "her", "my", "your",
    // (quantifiers: "Every farm had to be inspected")
    "every", "each",
    "i", "according", "after", "before", "since", "under", "as", "also", "il", "lo", "la", "le", "gli", "i", "un",
    "una", "в", "на", "и", "но", "по", "с", "как", "это", "он", "она", "они", "мы", "я", "так", "при", "для", "о",
    "об", "к", "от", "до", "из", "за", "же", "ведь", "не", "ни", "да", "вот", "когда", "где", "что", "чтобы",
    "напомним", "например", "кроме", "однако", "также", "между", "своем", "своём", "бұл", "және", "мен",
    "ол", "олар", "оның", "олардың", "біз", "сіз", "тараптар",
    "через", "после", "среди", "около", "вокруг", "над", "под", "перед", "благодаря", "согласно", "несмотря",
    "paese", "paesi", "nazione", "былтыр", "биыл",
    "source",  // a press release's "SOURCE LONGi …"
  ]

  /// English describing words that open a sentence or headline before a facility's words
  /// ("New ferry line links Aktau and Baku", "Second railway opens").
  static let describingWordsEN: WordSet = ["new", "first", "second", "third", "another", "major", "largest", "biggest", "key", "planned", "proposed", "future", "old"]
  /// Words that stand with a country's name at the end of a body's name ("… Республики
  /// Казахстан", "… of the Republic of Kazakhstan", "… della Repubblica del Kazakistan").
  static let countryWords: WordSet = [
    "республики", "республика", "рк", "кр", "рт", "ру", "кнр", "республикасы", "республикасының", "of", "the", "republic", "people's", "peoples",
    "della", "del", "di", "dell", "repubblica", "народной", "народная",
  ]

  /// Kazakh common nouns that open a sentence or a quote before a place cue in the locative
  /// ("«Жоба облыста … ашты»", the project [has opened jobs] in the region): no place's name.
  /// (Nor a given name before a surname: "Жоба Тұрғынбеков басқарады".)
  static let kazakhCommonNouns: WordSet = ["жоба", "кәсіпорын", "зауыт", "кешен", "компания", "өнім", "жұмыс", "ел", "өңір", "мемлекет", "үкімет"]

  /// Kazakh determiners, quantifiers and adverbs that open a sentence before a common noun
  /// ("Бұл аудан", "Кеше облыс әкімі").
  static let kazakhOpeners: WordSet = [
    "осы", "сол", "әр", "әрбір", "барлық", "бүкіл", "біздің", "кейбір", "бірнеше", "басқа", "жаңа", "екі", "үш", "кеше", "бүгін",
    "ертең", "қазір", "жуырда", "сондай", "алдағы", "өткен", "келесі", "шекаралас", "көрші",
    "биылғы", "кезекті", "алғашқы", "соңғы",
  ]

  /// Web domain labels that end a company's or a site's name ("Trip.com", "Kaspi.kz",
  /// "Zhetysu.gov.kz").
  static let webDomains: WordSet = ["com", "kz", "ru", "cn", "net", "org", "io", "uz", "kg", "it", "tv", "tj", "tm", "info", "news", "media", "gov", "edu", "az", "su", "qaz"]
  /// Articles and prepositions after which an unknown acronym names a body.
  static let acronymOpeners: WordSet = [
    "the", "of", "by", "with", "from", "at", "dell", "della", "del", "dello", "dei", "degli", "delle", "di", "da", "dal", "dalla",
    "l", "la", "il", "tra", "fra", "per", "con", "alla", "al", "sulla", "nella",
  ]
  /// Abbreviations of a country's name and the words they stand for ("ҚР", "РК", "КНР").
  static let countryAbbreviations: [String: [String]] = [
    "қр": ["қазақстан", "республикасы"], "рк": ["республики", "казахстан"], "кнр": ["китайской", "народной", "республики"],
    "қхр": ["қытай", "халық", "республикасы"], "кр": ["кыргызской", "республики"], "ру": ["республики", "узбекистан"], "рт": ["республики", "таджикистан"],
  ]
  /// Units of power and energy written with a capital after a number ("200 МВт", "1,2 ГВт"):
  /// no name's word.
  static let measureUnits: WordSet = ["мвт", "гвт", "квт", "твт", "мва", "мвт·сағ", "квт·сағ", "mw", "gw", "kw", "mwp", "mwh", "gwh", "kwh"]
  /// Acronyms that name no body (measures, currencies, terms).
  static let commonAcronyms: WordSet = [
    "ceo", "cfo", "gdp", "pil", "usd", "eur", "rmb", "cny", "kzt", "rub", "uzs", "kgs", "tjs", "tmt", "gbp", "jpy", "chf", "lng", "lpg", "cng", "teu", "covid", "ict", "esg", "vat", "iva",
    "ngo", "ong", "hq", "ipo", "fdi", "ide", "mou", "ppp", "bri", "mw", "gw", "kwh", "mwh", "twh", "bcm", "bpd", "ai", "usa", "ue",
    "eu", "uk", "onu", "dna", "pdf", "faq", "api", "gps", "tv", "fm", "am", "pm", "etc", "spa", "srl", "ltd", "llc", "jsc",
    "cis", "csi", "sco", "ocs", "nato", "un", "cpc", "pcc",
    // (page furniture: "… · Мнения · RSS")
    "rss", "html", "url", "sms", "seo",
    // (materials and products: "300,000 tonnes of PVC", "EV", "LED")
    "pvc", "pet", "hdpe", "ldpe", "ev", "evs", "led", "lcd", "suv", "suvs", "gmo", "npk",
    // (contract forms: "the EPC contractor", "an EPC contract")
    "epc", "epcm", "o&m",
    // (ampersand acronyms of terms: "an R&D centre", "Q&A", "M&A deals")
    "r&d", "q&a", "m&a", "b&b",
  ]
  /// Words that introduce a role's complement (its organisation or place), not its holder.
  static let complementWords: WordSet = ["of", "for", "the", "and", "di", "del", "della", "dei", "degli", "delle", "dell", "per", "e", "at", "to", "in"]

  /// Topic words that a web page's sections and a report's headings join with "&" ("Food &
  /// Drink", "Energy & Utilities", "Scienza & Tecnologia"): no body's name.
  static let sectionWords: WordSet = [
    "food", "drink", "drinks", "utilities", "technology", "tech", "research", "travel", "style", "lifestyle", "life", "arts", "art",
    "business", "markets", "market", "politics", "society", "opinion", "analysis", "news", "events", "media", "entertainment", "fashion",
    "property", "money", "jobs", "careers", "auto", "autos", "cars", "games", "sport", "sports", "weather", "world", "region",
    "tecnologia", "scienza", "cultura", "spettacoli", "economia", "politica", "salute", "viaggi", "ambiente", "mercati", "società", "esteri",
    "energia", "innovazione", "ricerca", "sviluppo", "turismo", "infrastrutture",
  ]

  /// Capitalised words of a ministry's or committee's portfolio ("Minister of Energy and
  /// Water Resources"): a title's complement made of these ends where a name begins.
  static let portfolioWords: WordSet = [
    "foreign", "internal", "interior", "home", "affairs", "energy", "water", "resources", "natural", "economy", "economic", "finance",
    "finances", "trade", "industry", "industrial", "investment", "investments", "development", "integration", "regional",
    "national", "digital", "transport", "transportation", "communications", "communication", "infrastructure", "education",
    "higher", "science", "health", "healthcare", "agriculture", "culture", "sport", "sports", "tourism", "information",
    "ecology", "environment", "environmental", "protection", "emergencies", "emergency", "situations", "labour", "labor",
    "social", "population", "justice", "defence", "defense", "security", "planning", "construction", "innovation", "technologies",
    "innovations", "technology", "technologies", "aerospace", "mineral", "geology", "urban", "relations", "policy",
    "youth", "family", "mining", "oil", "gas", "power", "railways", "roads", "statistics", "reforms", "state", "public",
    "administration", "services", "management", "fisheries", "forestry", "irrigation", "land", "housing", "utilities",
    "mines", "petroleum", "hydrocarbons", "metallurgy", "commerce", "migration", "media", "telecommunications", "aviation",
    "and", "of", "the", "for",
    // Italian
    "esteri", "interno", "interni", "energia", "petrolio", "economia", "finanze", "commercio", "industria", "sviluppo",
    "trasporti", "infrastrutture", "istruzione", "università", "ricerca", "salute", "agricoltura", "cultura", "turismo",
    "giustizia", "difesa", "lavoro", "ambiente", "affari", "risorse", "idriche", "naturali", "digitale", "innovazione",
    "sanità", "medica", "minerarie", "politiche", "sociali", "protezione", "civile", "emergenze", "scienza", "tecnologie",
    "comunicazioni", "informazione", "costruzioni", "edilizia", "miniere", "idrocarburi", "geologia", "telecomunicazioni", "aviazione",
    "nuove", "nuovi", "alte",
    // ("delle Risorse naturali, dell'ecologia e della vigilanza tecnica")
    "ecologia", "vigilanza", "tecnica", "tecnico",
    // (lower-case adjectives after a capitalised portfolio: "dello Sviluppo economico")
    "economico", "economica", "economici", "commerciale", "energetica", "sociale", "estero", "estera",
    "tessile", "alimentare", "leggera", "chimica", "mineraria", "agroindustriale",
    // ("dell'Industria aerospaziale", "dell'edilizia abitativa", "della Sanità pubblica")
    "aerospaziale", "spaziale", "abitativa", "pubblica", "sanitaria", "ambientale", "culturale", "agricola", "forestale", "nucleare", "petrolifera",
    // ("dell'Intelligenza artificiale e dello sviluppo digitale", "della Trasformazione digitale")
    "intelligenza", "artificiale", "trasformazione", "digitali", "tecnologico", "tecnologica",
    "del", "della", "dei", "degli", "delle", "dell", "e",
  ]

  /// A Russian ministry's portfolio in the genitive, lower case ("энергетики", "иностранных
  /// дел", "сельского хозяйства"), for a ministry the text writes in lower case.
  static let russianPortfolioWords: WordSet = [
    "иностранных", "внутренних", "дел", "энергетики", "экономики", "финансов", "торговли", "промышленности", "инвестиций",
    "развития", "интеграции", "национальной", "цифрового", "транспорта", "коммуникаций", "связи", "образования", "высшего",
    "науки", "здравоохранения", "сельского", "хозяйства", "водного", "водных", "природных", "ресурсов", "культуры", "спорта",
    "туризма", "информации", "экологии", "охраны", "окружающей", "среды", "чрезвычайных", "ситуаций", "труда", "социальной",
    "защиты", "населения", "юстиции", "обороны", "строительства", "жилищно-коммунального", "инноваций", "инновационного",
    "технологий", "новых", "аэрокосмической", "геологии", "недропользования", "горнодобывающей", "нефтяной", "газовой",
    "нефти", "газа", "коммерции", "внешней", "внешнеэкономических", "связей", "просвещения", "дошкольного", "занятости",
    "миграции", "планирования", "архитектуры", "дорожного", "железнодорожного", "ирригации", "мелиорации", "мелиоративного",
    "цифровых", "технологического", "и", "по", "делам", "молодежи", "молодёжи", "массовых", "коммерческих", "минеральных",
  ]

  /// Endings of a Russian past-tense verb (masculine, feminine, reflexive; not the plural's
  /// -али, which Central Asian given names share: "Нурали"), for a
  /// sentence's opening word that is no given name ("Выступил Горчаков").
  static let russianPastEndings = [
    "ил", "ал", "ял", "ел", "ыл", "ила", "ала", "яла", "ела", "ыла", "ился", "ался", "ялся", "елся", "илась", "алась", "ялась",
    // (and the short passive participles that open a sentence as its verb: "Принята …",
    // "Открыта …", "Завершена …", "Построено …")
    "ята", "ыта", "ена", "ено", "ены", "ано", "аны", "ято", "ыто",
  ]
  /// Endings of a Russian present-tense verb of the first conjugation, third person
  /// ("Работает", "Продолжают"), for a sentence's opening word that is no given name.
  static let russianPresentEndings = ["ает", "яет", "ует", "еет", "ают", "яют", "уют", "еют"]
  /// Given names that end like a Russian past-tense verb (folded), beside ``givenNames``
  /// (which holds "михаил").
  static let verbLikeGivenNames: WordSet = [
    "даниил", "даниал", "рафаил", "исмаил", "самуил", "гавриил", "эммануил", "ерасыл", "нурасыл", "камила",
    "жамила", "нурила", "гульжамал", "бекжамал", "айжамал", "акмарал", "ақмарал", "абдижамил", "исраил", "джалил", "абдужалил",
    "джамил", "шакила", "джамила", "набила", "анжела", "камала", "даниела", "габриела", "мануэла", "микаэла", "изабела", "милена", "иолена",
  ]

  /// Stems of the Russian adjectives of a state's level ("государственная", "национальный"),
  /// which open the names of state bodies and companies.
  static let stateLevelStems = ["государственн", "национальн", "центральн", "республиканск", "федеральн"]

  /// The Kazakh months, folded ("қазан", October, is also Kazan's name).
  static let kazakhMonths: WordSet = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]

  /// Capitalised sentence openers that are not first names ("Secondo Dosayev" is "according to Dosayev").
  static let sentenceStarters: WordSet = [
    "secondo", "inoltre", "durante", "dopo", "oggi", "ieri", "anche", "mentre", "intanto", "come", "per", "con",
    "according", "however", "meanwhile", "earlier", "later", "also", "today", "yesterday", "since", "when",
    "ранее", "также", "однако", "кроме", "после", "сегодня", "вчера", "затем", "поэтому", "кстати", "позже",
    "сондай", "бүгін", "кеше", "кейін", "алайда",
  ]

  /// Turkic words that open a hyphenated place name in Latin spelling: colours, numbers and
  /// sizes ("Kara-Buura", "Ak-Tash", "Kyzyl-Kiya", "Sary-Tash", "Uch-Korgon", "Jany-Jol").
  static let turkicPlaceOpeners: WordSet = [
    "kara", "ak", "kyzyl", "kizil", "qizil", "sary", "sari", "kok", "kuk", "uch", "besh", "jety", "zhety", "jany", "zhany", "chong", "kichi", "ala", "kum", "tash", "kosh",
  ]
  /// Turkic words that close a hyphenated place name in Latin spelling: water, springs,
  /// hills, lakes, passes, towns and the "father" of a shrine ("Bakay-Ata", "Kara-Suu",
  /// "Kok-Bulak", "Ak-Tyube", "Jalal-Abad").
  static let turkicPlaceClosers: WordSet = [
    "ata", "suu", "bulak", "bulaq", "tash", "say", "sai", "kol", "kul", "tyube", "tobe", "tube", "tepa", "tepe", "bazar", "abad", "obod",
    "jar", "dzhar", "zhar", "korgon", "kurgan", "buura", "kent", "aryk", "bel", "dobo", "debe", "kiya", "kaindy",
  ]

  /// Chinese surnames (Pinyin) that open a two-part Chinese name.
  static let chineseSurnames: WordSet = [
    "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
    "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
    "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "jia", "ding", "wei", "xue", "yan", "du",
    "dai", "xia", "zhong", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "lu", "hao",
    "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "long", "wan", "duan", "qian",
    "yin", "chang", "wen", "cheng", "an", "xi", "lei", "qi", "niu", "geng", "yue", "zhai", "ye", "bao", "fu", "ge",
    "shen", "su", "ji", "tao", "jing", "xing", "ou", "ning", "bi", "hong", "lan", "qu", "guan", "nie", "chu", "mu", "ai",
    "zang", "zuo", "rao", "huo", "zhan", "shang", "zhuang", "bian", "lian", "sang", "tong", "zhuo", "yan", "mo", "miao",
    "qiao", "xiang", "yun", "pu", "rong", "gong", "kou", "lou", "che", "ran", "quan", "sheng", "shu", "ba", "lai",
    "ling", "hua", "ke", "jiao", "gan", "mi", "zha", "ni", "pei", "tu", "ruan", "min", "zhen", "chai", "sha", "teng", "yi", "xin", "mou", "ying", "bo", "xian",
    "huai", "dou", "pang", "mei", "fei", "kuang", "leng", "nian", "ouyang", "situ", "zhuge", "shangguan", "sima",
    "zong", "luan", "jian", "ao", "diao", "dang", "sui", "lyu", "lv", "bu", "ju", "lang",
  ]

  /// Surname suffixes of Kazakh, Russian, Central Asian names (Cyrillic, folded) and their Latin spellings.
  /// Of ``surnameSuffixes``, the endings no town's or common word's name shares often enough
  /// to stand against a town's name read as a given name ("Bagdat Mussin").
  static let strongSurnameSuffixes: [String] = [
    "ов", "ев", "ова", "ева", "ин", "ина", "улы", "ұлы", "кызы", "қызы", "ov", "ev", "ova", "eva", "in", "ina", "uly", "kyzy", "yev", "yeva",
  ]
  static let surnameSuffixes: [String] = [
    // (Turkmen Latin writes -ow/-ew: "Berdimuhamedow", "Gurbanow", "Meredowa"; only after the
    // consonants that close its stems, so that "Review" or "Moscow" is none)
    "dow", "now", "pow", "mow", "yew", "dowa", "nowa", "powa", "mowa", "yewa",
    "ов", "ев", "ова", "ева", "ин", "ина", "ын", "ына", "улы", "ұлы", "кызы", "қызы", "бек", "бекова", "баев",
    "баева", "енко", "ский", "ская", "ич", "ова", "ov", "ev", "ova", "eva", "in", "ina", "uly", "kyzy", "bek",
    "enko", "sky", "skaya", "ich", "yev", "yeva", "bayev", "bayeva",
    // Tajik and Azerbaijani patronymic surnames
    "зода", "заде", "zoda", "zade",
    // Georgian surnames ("Lomtadze", "Гарибашвили")
    "dze", "shvili", "дзе", "швили",
  ]
}

/// A list of cue phrases as UTF-8 needles, each with its first two bytes as a
/// ``ByteSearch/PairFilter`` key, so a sentence is asked about a list without touching a
/// `String`.
struct CueList: Sendable {
  let needles: [[UInt8]]

  init(_ cues: [String]) { needles = cues.map { Array($0.utf8) } }

  /// Whether any cue occurs in the bytes (the filter must describe the same bytes).
  func any(in bytes: [UInt8], filter: ByteSearch.PairFilter) -> Bool {
    for n in needles where filter.mayContain(n) && ByteSearch.contains(bytes, n) { return true }
    return false
  }
}
