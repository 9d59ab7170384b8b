import Foundation
import Testing

@testable import EntityExtraction
@testable import TextIngest

@Suite struct MorphologyTests {
  @Test("inflected forms reach the catalogue stem", arguments: [
    ("Токаева", "Токаев"), ("Казахстаном", "Казахстан"), ("Казахстане", "Казахстан"), ("Китая", "Китай"), ("Китаем", "Китай"),
    ("Алматинской", "Алматинская"), ("облысының", "облысы"), ("Қытайдың", "Қытай"), ("Астанада", "Астана"), ("Азией", "Азия"),
  ])
  func inflection(_ pair: (String, String)) {
    let stem = Morphology.stem(Normalizer.fold(pair.1))
    #expect(Morphology.candidates(Normalizer.fold(pair.0)).contains(stem), "\(pair.0) → \(stem)")
  }

  @Test("names ending in -о, -и do not decline: Путо does not match Пути")
  func indeclinable() {
    #expect(!Morphology.candidates("пути").contains(Morphology.stem("путо")))
  }

  @Test("Russian verb forms: the past (открыл, провела, открылся) and the present plural (готовят, создают), not nouns that end alike")
  func russianVerbForms() {
    for verb in ["открыл", "провела", "организовало", "открылся"] { #expect(Morphology.isRussianPastVerb(verb), "\(verb)") }
    for noun in ["посол", "село", "университета"] { #expect(!Morphology.isRussianPastVerb(noun), "\(noun)") }
    for verb in ["готовят", "строят", "создают"] { #expect(Morphology.isRussianPresentPluralVerb(verb), "\(verb)") }
    for word in ["ят", "историки", "университета", "музея"] { #expect(!Morphology.isRussianPresentPluralVerb(word), "\(word)") }
  }
}

@Suite struct ExtractorTests {
  static let extractor = try! Extractor.standard()

  func extract(_ text: String) -> DocumentExtraction { Self.extractor.extract(Document(path: "t.txt", text: text)) }
  func ids(_ x: DocumentExtraction) -> Set<String> { Set(x.entities.map(\.id)) }
  func has(_ x: DocumentExtraction, _ s: String, _ k: RelationKind, _ t: String) -> Bool {
    x.relations.contains { $0.kind == k && (($0.source == s && $0.target == t) || (k.isSymmetric && $0.source == t && $0.target == s)) }
  }

  @Test("one node across languages, scripts and inflections")
  func linking() {
    let ru = extract("Визит Токаева в Нур-Султан и Алма-Ату обсуждался в Пекине.")
    #expect(ids(ru).isSuperset(of: ["kassym-jomart-tokayev", "astana", "almaty", "beijing"]))
    let it = extract("Il presidente kazako Kassym-Jomart Tokayev è arrivato a Pechino.")
    #expect(ids(it).isSuperset(of: ["kassym-jomart-tokayev", "beijing"]))
    #expect(has(it, "kassym-jomart-tokayev", .leads, "kazakhstan"))
  }

  @Test("a Chinese name in Palladius and in Pinyin is one person")
  func chineseNames() {
    let ru = extract("На встрече выступил генеральный консул КНР в Шанхае Ли Сяомин.")
    let en = extract("Consul General Li Xiaoming spoke at the meeting in Shanghai.")
    #expect(ids(ru).contains("li-xiaoming"))
    #expect(ids(en).contains("li-xiaoming"))
    #expect(has(ru, "li-xiaoming", .holdsRole, "consulate-general-of-china-in-shanghai"))
  }

  @Test("'Vice' before a role word joins it: vice-premier, not 'vice'")
  func viceRoles() {
    let x = extract("Chinese Vice Premier Ding Xuexiang arrived in Tashkent. Il vicepremier uzbeko Jamshid Khodjaev era presente.")
    #expect(x.relations.contains { $0.source == "ding-xuexiang" && $0.target == "china" && $0.role == "vice-premier" })
    #expect(x.relations.contains { $0.source == "jamshid-khodjaev" && $0.target == "uzbekistan" && $0.role == "vice-premier" })
  }

  @Test("the adjective that names a role's country is read inside the role's sentence only")
  func adjectiveInSentence() {
    let x = extract("Accordo firmato con l'Uzbekistan\n\nIl presidente kirghiso Sadyr Japarov ha parlato ai giornalisti.")
    #expect(has(x, "sadyr-japarov", .leads, "kyrgyzstan"))
    #expect(!has(x, "sadyr-japarov", .leads, "uzbekistan"))
  }

  @Test("names are not run on over weekdays, and Latin organisation names step over 'and'")
  func nameBoundaries() {
    let x = extract("Leaders met at the Tashkent International Investment Forum on Monday. The smelter is built by Foreign Engineering and Construction Co. under a new contract.")
    let labels = Set(x.entities.map(\.label))
    #expect(labels.contains("Tashkent International Investment Forum"))
    #expect(labels.contains("Foreign Engineering and Construction"))
    #expect(!labels.contains("Construction Co"))
  }

  @Test("a compound role is one role: Премьер-министр leads, and is not also a minister")
  func compoundRoles() {
    let x = extract("Премьер-министр Казахстана Олжас Бектенов провёл заседание.")
    #expect(x.relations.contains { $0.source == "olzhas-bektenov" && $0.kind == .leads && $0.role == "prime minister" })
    #expect(!x.relations.contains { $0.source == "olzhas-bektenov" && $0.role == "minister" })
  }

  @Test("Chinese given names: a case ending is not a syllable; Kazakh е stands for Palladius э")
  func chineseNameSpellings() {
    let ru = extract("Министр принял председателя правления корпорации Юй Цзяньфэна.")
    #expect(ids(ru).contains("yu-jianfeng"))
    let kk = extract("Министр Қытайдың елшісі Чжан Сяомен мырзамен кездесті.")
    #expect(ids(kk).contains("zhang-xiaomeng"))
  }

  @Test("English organisation cues: administrations, airlines")
  func englishOrganisations() {
    let x = extract("Chen Zhou, vice chairman of the Civil Aviation Administration of China, said China Southern Airlines would add flights.")
    let labels = Set(x.entities.filter { $0.kind == .organization }.map(\.label))
    #expect(labels.contains("Civil Aviation Administration of China"))
    #expect(labels.contains("China Southern Airlines"))
    #expect(x.relations.contains { $0.source == "chen-zhou" && $0.target == "civil-aviation-administration-of-china" })
  }

  @Test("Kazakh missions: the genitive country sends, the locative place hosts")
  func kazakhMissions() {
    let x = extract("Қытайдың Қазақстандағы елшісі Чжан Сяомен мен Қытайдың Алматыдағы бас консулы Цзян Вэй кездесуге қатысты.")
    #expect(has(x, "zhang-xiaomeng", .holdsRole, "embassy-of-china-in-kazakhstan"))
    #expect(x.relations.contains { $0.source == "jiang-wei" && $0.target == "consulate-general-of-china-in-almaty" && $0.role == "consul general" })
  }

  @Test("an international body named after a city does not mention the city")
  func foundingCity() {
    for text in ["The Shanghai Cooperation Organisation summit opened in Astana.", "Il vertice dell'Organizzazione per la Cooperazione di Shanghai si è concluso ad Astana."] {
      let x = extract(text)
      #expect(ids(x).contains("shanghai-cooperation-organisation"))
      #expect(!ids(x).contains("shanghai"), "\(text)")
    }
  }

  @Test("organisation names: a Latin name after a Russian cue; a catalogued organisation heading a longer name")
  func organisationNames() {
    let x = extract("Завод построит компания Jiangxi Copper. Перевозки выполняет China Railway Container Transport Corp. с партнёрами.")
    let labels = Set(x.entities.filter { $0.kind == .organization }.map(\.label))
    #expect(labels.contains("Jiangxi Copper"))
    #expect(labels.contains("China Railway Container Transport Corp"))
    #expect(!labels.contains("Container Transport Corp"))
  }

  @Test("a role governed by 'with' belongs to the person after it, not to an earlier role")
  func roleWithParty() {
    let x = extract("Посол встретился с акимом области Ермеком Кошербаевым.")
    #expect(!x.relations.contains { $0.role == "ambassador" })
  }

  @Test("an Italian project phrase takes places joined by dashes")
  func italianDashedProject() {
    let x = extract("Sono iniziati i lavori della ferrovia Turkmenistan-Afghanistan-Tagikistan nella regione di Termez.")
    #expect(x.entities.contains { $0.kind == .project && $0.label == "ferrovia Turkmenistan-Afghanistan-Tagikistan" })
    // the catalogued railway is known by its Italian name
    let y = extract("Sono iniziati i lavori della ferrovia Uzbekistan-Afghanistan-Pakistan.")
    #expect(y.entities.contains { $0.id == "trans-afghan-railway" })
  }

  @Test("Kazakh facility names close with a possessive noun; the name is kept in the nominative")
  func kazakhProjects() {
    let x = extract("Жаңатас жел электр станциясы іске қосылды. Қонаев қаласында күн электр станциясы салынады. Сарыағаш мұнай өңдеу зауытын жаңғырту басталды. Қазақстан мен Қытай жобасы талқыланды.")
    let projects = x.entities.filter { $0.kind == .project }.map(\.label)
    #expect(projects.contains("Жаңатас жел электр станциясы"))
    #expect(projects.contains("Сарыағаш мұнай өңдеу зауыты"))
    // a conjunction between a place and the noun is no name ("Қазақстан мен Қытай жобасы"),
    // nor is a locative phrase ("Қонаев қаласында күн электр станциясы" is a station *in* Qonaev)
    #expect(!projects.contains { $0.hasPrefix("Қытай") || $0.hasPrefix("Қазақстан") || $0.hasPrefix("Қонаев") })
  }

  @Test("Russian adjective + plant acronym is a project in either gender")
  func plantAcronyms() {
    let x = extract("Балхашская ТЭЦ и Сарыагашский НПЗ получили заказы.")
    let projects = Set(x.entities.filter { $0.kind == .project }.map(\.label))
    #expect(projects.contains("Балхашская ТЭЦ"))
    #expect(projects.contains("Сарыагашский НПЗ"))
  }

  @Test("role appositions: the person holds the role in the place or organisation named between")
  func roles() {
    let x = extract("Аким Карагандинской области Ерлан Бекенов встретился с делегацией.")
    #expect(ids(x).contains("erlan-bekenov"))
    #expect(has(x, "erlan-bekenov", .leads, "karaganda-region"))
    let kk = extract("Павлодар облысының әкімі Нұрлан Жұмабеков мәлімдеме жасады.")
    #expect(has(kk, "nurlan-zhumabekov", .leads, "pavlodar-region"))
  }

  @Test("twinning across borders; lists joined by 'с' pair up respectively")
  func twinning() {
    let x = extract("Костанайская и Павлодарская области стали побратимами с провинциями Хэнань и Ганьсу.")
    #expect(has(x, "kostanay-region", .twinnedWith, "henan"))
    #expect(has(x, "pavlodar-region", .twinnedWith, "gansu"))
    #expect(!has(x, "kostanay-region", .twinnedWith, "pavlodar-region"))
  }

  @Test("projects the catalogue lacks are found by their cue, in any language", arguments: [
    ("Стороны подписали Соглашение о строительстве логистического центра в Костанае.", "Соглашение о строительстве логистического центра"),
    ("Компания завершила модернизацию Экибастузская ГРЭС в прошлом году.", "Экибастузская ГРЭС"),
    ("The Aktogay Copper Plant will double its output by 2027.", "Aktogay Copper Plant"),
    ("La società costruirà il parco eolico di Ereymentau entro il 2026.", "parco eolico di Ereymentau"),
  ])
  func projects(_ pair: (String, String)) {
    let x = extract(pair.0)
    let p = x.entities.first { $0.kind == .project }
    #expect(p?.mentions.first?.text == pair.1, "\(x.entities.map { ($0.kind, $0.label) })")
  }

  @Test("organisations the catalogue lacks: adjective + cue + genitive, Kazakh name + cue, listed complements", arguments: [
    ("Эксперт Таразского института ядерных исследований выступил на конференции.", "Таразский институт ядерных исследований"),
    ("Национальный банк Монголии снизил базовую ставку.", "Национальный банк Монголии"),
    ("Жобаны China National Building Material компаниясы жүзеге асырады.", "China National Building Material"),
    ("The Ministry of Investment, Industry and Trade of Uzbekistan said on Monday.", "Ministry of Investment, Industry and Trade of Uzbekistan"),
    ("Secondo il Ministero dell'Energia, il progetto è pronto.", "Ministero dell'Energia"),
    ("On Thursday Obi Zulol signed a deal with KTBE Co. in the capital.", "KTBE Co"),
    ("The deal between Hasan and KTBE Co. was signed.", "KTBE Co"),
    ("L'Accademia Tokayev aprirà un laboratorio.", "Accademia Tokayev"),
  ])
  func organizations(_ pair: (String, String)) {
    let x = extract(pair.0)
    let orgs = x.entities.filter { $0.kind == .organization }
    #expect(orgs.map(\.label) == [pair.1], "\(x.entities.map { ($0.kind, $0.label) })")
    // a person named inside the organisation's name is not mentioned as a person
    #expect(!x.entities.contains { $0.kind == .person })
  }

  @Test("a role's holder ends at the place after the name; a quoted name is a company, not a person")
  func kazakhRoleHolder() {
    let x = extract("Түркістан облысының әкімі Дархан Сатыбалды Қытайдың «Kaisa Glass» компаниясының өкілдерімен кездесті.")
    #expect(x.entities.filter { $0.kind == .person }.map(\.label) == ["Darkhan Satybaldy"], "\(x.entities.map { ($0.kind, $0.label) })")
    #expect(x.entities.contains { $0.kind == .organization && $0.label == "Kaisa Glass" })
  }

  @Test("a place in the locative does not open a Kazakh facility name; a newspaper does not mention its city")
  func locativeAndMedia() {
    let kk = extract("Түркістан облысында қытайлық инвесторлар шыны зауытын салады.")
    #expect(!kk.entities.contains { $0.kind == .project }, "\(kk.entities.map { ($0.kind, $0.label) })")
    let en = extract("Astana Times / Dec 5, 2025\nThe plant opened in Dushanbe.")
    #expect(!ids(en).contains("astana"))
  }

  @Test("a cue word followed by a verb or an object is no organisation")
  func orgCueAlone() {
    let x = extract("Университет построит новое здание в Алматы. Компания начала работу. Фонд выделил деньги.")
    #expect(!x.entities.contains { $0.kind == .organization }, "\(x.entities.map(\.label))")
  }

  @Test("events named by their organisation, by a capitalised adjective, or after an Italian 'di'", arguments: [
    ("Президент принял участие в саммите ШОС в Бишкеке.", "саммите ШОС"),
    ("Он выступил на Международном инвестиционном форуме в Алматы.", "Международном инвестиционном форуме"),
    ("L'accordo è stato firmato a margine del Forum economico di Boao.", "Forum economico di Boao"),
  ])
  func eventPhrases(_ pair: (String, String)) {
    let x = extract(pair.0)
    let ev = x.entities.first { $0.kind == .event }
    #expect(ev?.mentions.first?.text == pair.1, "\(x.entities.map { ($0.kind, $0.label) })")
  }

  @Test("currency and page noise produce no entities")
  func noise() {
    let x = extract("Товарооборот составил 30 млрд долларов США.\nЧитайте также: Франция и Германия подписали договор\n")
    #expect(!ids(x).contains("united-states"))
    #expect(!ids(x).contains("france"))
  }

  @Test("a text in an unsupported language still yields catalogue entities")
  func unsupported() {
    let x = extract("Deutschland und Kasachstan: Treffen in Almaty und Astana.")
    #expect(ids(x).isSuperset(of: ["almaty", "astana"]))
  }

  @Test("events are nodes with their place and date; participants link to them")
  func events() {
    let x = extract("12 октября 2024 года в Астане прошёл форум «Астана – Пекин». В работе форума приняли участие министр Алибек Сапаров.")
    let ev = x.entities.first { $0.kind == .event }
    #expect(ev != nil)
    if let e = ev {
      #expect(has(x, e.id, .locatedIn, "astana"))
      #expect(x.relations.first { $0.source == e.id && $0.kind == .locatedIn }?.date == "2024-10-12")
    }
  }
}

@Suite struct CatalogTests {
  @Test("a malformed catalogue names its line")
  func malformed() throws {
    let p = NSTemporaryDirectory() + "bad-catalog-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: p) }
    try "{\"entities\": [\n {\"id\": \"a\", \"label\": \"A\", \"kind\": \"city\", \"labels\": {}, \"aliases\": []},\n {\"id\": \"b\" \"label\": \"B\"}\n]}".write(toFile: p, atomically: true, encoding: .utf8)
    #expect(throws: CatalogError.self) { try Catalog.load(p) }
    do { _ = try Catalog.load(p) } catch let e as CatalogError {
      guard case .malformed(_, let line, _) = e else { Issue.record("expected malformed, got \(e)"); return }
      #expect(line == 3)
    }
  }

  @Test("a schema error names the entity's line")
  func schema() throws {
    let p = NSTemporaryDirectory() + "bad-catalog-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: p) }
    try "{\"entities\": [\n {\"id\": \"a\", \"label\": \"A\", \"kind\": \"city\", \"labels\": {}, \"aliases\": []},\n {\"id\": \"b\", \"label\": \"B\", \"kind\": \"planet\", \"labels\": {}, \"aliases\": []}\n]}".write(toFile: p, atomically: true, encoding: .utf8)
    do { _ = try Catalog.load(p); Issue.record("expected an error") } catch let e as CatalogError {
      guard case .malformed(_, let line, _) = e else { Issue.record("\(e)"); return }
      #expect(line == 3)
    }
  }

  @Test("the built-in catalogue loads quickly and covers the field")
  func builtIn() throws {
    let t0 = Date()
    let c = try Catalog.builtIn()
    _ = Extractor(catalog: c)
    // The 0.3 s target is for the product: a release build starts and loads the catalogue in
    // 0.12 s. This debug build takes ~0.5 s and CI machines can be 3× slower, so this bound
    // only catches a regression in kind (a per-entry scan that makes loading take seconds).
    #expect(Date().timeIntervalSince(t0) < 3.0)
    for id in ["kazakhstan", "china", "almaty", "shanghai", "xinjiang", "shanghai-cooperation-organisation", "belt-and-road-initiative", "khorgos"] {
      #expect(c.entry(id) != nil, "\(id)")
    }
    #expect(c.entries.filter { $0.subkind == "country" }.count > 200)
  }

  @Test("the fast catalogue reader gives what JSONDecoder gives on the built-in catalogue")
  func fastReaderOnBuiltIn() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: try #require(Catalog.builtInPath)))
    let fast = try #require(CatalogJSON.entries(Array(data)))
    let decoded = try JSONDecoder().decode(Catalog.File.self, from: data).entities
    #expect(fast.count == decoded.count)
    #expect(fast == decoded)
  }

  @Test("the fast catalogue reader agrees with JSONDecoder on escapes, nulls, unknown fields and field order", arguments: [
    #"{"entities": []}"#,
    #"{"version": 3, "entities": [{"aliases": ["A\u00e9", "\ud83d\ude00 x"], "labels": {"ru": "\u0410\"\\\/\n"}, "kind": "city", "label": "A", "id": "a", "subkind": null, "parent": null, "note": {"x": [1, -2.5e3, true, false, null]}}]}"#,
    #"{"entities": [{"id": "b", "label": "B", "kind": "event", "labels": {}, "aliases": [], "adjectives": ["кит"], "validity": {"B": "2019/2022"}, "parent": "a"}], "extra": "x"}"#,
    " \n{ \"entities\" : [ { \"id\" : \"c\" , \"label\" : \"C\" , \"kind\" : \"project\" , \"labels\" : { } , \"aliases\" : [ ] } ] } \n",
  ])
  func fastReaderAgrees(_ json: String) throws {
    let data = Data(json.utf8)
    let fast = try #require(CatalogJSON.entries(Array(data)))
    #expect(fast == (try JSONDecoder().decode(Catalog.File.self, from: data).entities))
  }

  @Test("the fast catalogue reader gives up where JSONDecoder fails or where it cannot be sure", arguments: [
    #"{"entities": [{"id": "a", "label": "A", "kind": "planet", "labels": {}, "aliases": []}]}"#,  // unknown kind
    #"{"entities": [{"id": "a", "label": "A", "kind": "city", "labels": {}}]}"#,  // no aliases
    #"{"entities": [{"id": "a", "label": null, "kind": "city", "labels": {}, "aliases": []}]}"#,  // null label
    #"{"entities": [{"id": "a", "id": "b", "label": "A", "kind": "city", "labels": {}, "aliases": []}]}"#,  // repeated field
    #"{"entities": [{"id": "a", "label": "A", "kind": "city", "labels": {}, "aliases": [],}]}"#,  // trailing comma
    #"{"entities": [{"id": "a", "label": "\ud800", "kind": "city", "labels": {}, "aliases": []}]}"#,  // lone surrogate
    #"{"entities": [{"id": "a", "label": "A", "kind": "city", "labels": {"ru": 1}, "aliases": []}]}"#,  // a number for a name
    #"{"entities": []} x"#,  // text after the object
    #"{"entitie": []}"#,  // no entities
  ])
  func fastReaderGivesUp(_ json: String) {
    #expect(CatalogJSON.entries(Array(json.utf8)) == nil)
  }
}

/// Cases from articles written to test generalisation (Kyrgyz, Tajik, Uzbek and Kazakh
/// stories): every rule here works for any name.
@Suite struct GeneralisationTests {
  static let extractor = try! Extractor.standard()

  func extract(_ text: String, lang: String? = nil) -> DocumentExtraction {
    var d = Document(path: "t.txt", text: text)
    if let lang { d.language = lang }
    return Self.extractor.extract(d)
  }
  func entity(_ x: DocumentExtraction, _ kind: EntityKind, _ label: String) -> ExtractedEntity? {
    x.entities.first { $0.kind == kind && $0.label == label }
  }

  @Test("Palladius names of two long syllables, хуэй, and a Kazakh case ending")
  func chineseNames() {
    let ru = extract("Вчера Лю Цзянпин прибыл в Бишкек. Директор Чжао Хуэй выступил.")
    #expect(Set(ru.entities.map(\.id)).isSuperset(of: ["liu-jiangping", "zhao-hui"]))
    let kk = extract("Облыс әкімі Лю Хунбинмен кездесті.")
    #expect(kk.entities.contains { $0.id == "liu-hongbing" })
  }

  @Test("a sentence's opening adverb before a role is no person; a name after a portfolio is")
  func roles() {
    let x = extract("Separately, Kazakh Deputy Foreign Minister Alibek Bakayev met the ambassador. Tajik Minister of Energy and Water Resources Daler Juma said the plant is ready.")
    #expect(!x.entities.contains { $0.label == "Separately" })
    #expect(entity(x, .person, "Alibek Bakayev") != nil)
    #expect(entity(x, .person, "Daler Juma") != nil)
  }

  @Test("Kazakh organisation names with lower-case words, 'атындағы', and no role as a name")
  func kazakhOrganisations() {
    let x = extract("Меморандумға Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті мен Сиань шет тілдері университеті қол қойды. Университет ректоры Жанар Темірбекова сөз сөйледі. Форумды Қазақстан Республикасының Сауда және интеграция министрлігі ұйымдастырды.")
    #expect(entity(x, .organization, "Сиань шет тілдері университеті") != nil)
    #expect(entity(x, .organization, "Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті") != nil)
    #expect(entity(x, .organization, "Қазақстан Республикасының Сауда және интеграция министрлігі") != nil)
    #expect(!x.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Университет") })
    #expect(!x.entities.contains { $0.kind == .event })
  }

  @Test("a place's adjective names a university; a country's adjective opening a sentence names no company")
  func russianInstitutions() {
    // (a university the catalogue lacks: Xinjiang University is catalogued)
    let x = extract("Соглашение подписали с вузом. Ректор Кашгарского университета выступил. Китайская компания построит завод.")
    #expect(entity(x, .organization, "Кашгарский университет") != nil)
    #expect(!x.entities.contains { $0.kind == .organization && $0.label.contains("компания") })
  }

  @Test("industry words end company names, and the place that opens a brand is not mentioned")
  func companies() {
    let x = extract("Huaxin Cement will build a plant. Zijin Mining agreed too. The contract went to Harbin Electric International last year.")
    for name in ["Huaxin Cement", "Zijin Mining", "Harbin Electric International"] { #expect(entity(x, .organization, name) != nil, "\(name)") }
    #expect(!x.entities.contains { $0.id == "harbin" })
    let ru = extract("Компания China Road and Bridge Corporation и Bank of China подписали договор.")
    #expect(!ru.entities.contains { $0.id == "china" && $0.mentions.contains { $0.text == "China" && $0.start == 9 } })
  }

  @Test("projects named before a lower-case project word, and routes joined by dashes")
  func projects() {
    let en = extract("They discussed the Rogun hydropower plant, the Dushanbe-2 thermal power plant, the Vahdat–Yavan railway and the Kashagan field. Kazakhstan signed an agreement.")
    for name in ["Rogun hydropower plant", "Dushanbe-2 thermal power plant", "Vahdat–Yavan railway", "Kashagan field"] {
      #expect(entity(en, .project, name) != nil, "\(name)")
    }
    #expect(en.entities.filter { $0.kind == .project }.count == 4)
    // (a route the catalogue lacks: the Uzbekistan–Afghanistan–Pakistan railway is catalogued)
    let ru = extract("Строительство железной дороги Туркменистан – Афганистан – Таджикистан началось. Работы на месторождении Жетыбай продолжаются. Железные дороги Казахстана растут.")
    #expect(entity(ru, .project, "железная дорога Туркменистан – Афганистан – Таджикистан") != nil)
    #expect(entity(ru, .project, "месторождение Жетыбай") != nil)
    #expect(ru.entities.filter { $0.kind == .project }.count == 2)
    let kk = extract("Тараптар Жаңажол кен орнындағы газ өңдеу зауытын талқылады. Оның орны белгілі.")
    #expect(entity(kk, .project, "Жаңажол кен орны") != nil)
  }

  @Test("a man's name declined after a role in the genitive, a woman's after any case, a surname that is also a city")
  func declinedNames() {
    let x = extract("Документ подписан в присутствии вице-премьера Узбекистана Жамшида Ходжаева. Встреча прошла с участием министра Жанны Ивановой. Выступил заместитель председателя Ли Цзиньминя.")
    #expect(x.entities.contains { $0.id == "zhamshid-khodzhaev" })
    #expect(x.entities.contains { $0.id == "zhanna-ivanova" })
    #expect(x.entities.contains { $0.id == "li-jinmin" })
    #expect(!x.entities.contains { $0.kind == .city })
  }

  @Test("a surname-suffixed word after a title's plural is the given name: 'of Ministers Adylbek Kasymaliev'")
  func titlePlural() {
    let x = extract("Chairman of the Cabinet of Ministers Adylbek Kasymaliev attended. A smelter is planned near Talas.")
    #expect(entity(x, .person, "Adylbek Kasymaliev") != nil)
    #expect(!x.entities.contains { $0.label.hasPrefix("Ministers") })
    #expect(x.entities.contains { $0.id == "talas" })  // not Taraz, whose old name it also is
  }

  @Test("institutions named by adjectives or a place, Kazakh named events, legal forms with quoted names")
  func institutionsAndLegalForms() {
    let ru = extract("Делегация Ташкентского государственного аграрного университета посетила Пекин. Китайская CNCEC и АО «Ферганаазот» подписали соглашение.")
    #expect(entity(ru, .organization, "Ташкентский государственный аграрный университет") != nil)
    #expect(entity(ru, .organization, "Ферганаазот") != nil)
    let kk = extract("Алматыда «Қазақстан – Қытай: жаңа кезең» атты халықаралық конференция өтті. Қашқар университеті мен «Ақтөбемұнайгаз» акционерлік қоғамының өкілдері қатысты.")
    #expect(entity(kk, .organization, "Қашқар университеті") != nil)
    #expect(entity(kk, .organization, "Ақтөбемұнайгаз") != nil)
    #expect(entity(kk, .event, "«Қазақстан – Қытай: жаңа кезең» атты халықаралық конференция") != nil)
    #expect(!kk.entities.contains { $0.id == "xinjiang" })
  }

  @Test("'Related:' lines and polls are page noise; a dateline beside a photo credit still dates the text")
  func noiseAndDateline() {
    let x = extract("Автор: Айдана Сейткали · 3 декабря 2024, 15:20 · Фото: пресс-служба\nАким Алматы выступил.\nRelated: Kyrgyzstan opens a new border crossing\nСауалнама: Сіз Шымкент туралы не ойлайсыз?")
    #expect(x.date == "2024-12-03")
    #expect(!x.entities.contains { $0.id == "kyrgyzstan" || $0.id == "shymkent" })
  }

  @Test("English bodies: 'of the', possessives and catalogued names inside a longer name")
  func englishBodies() {
    let x = extract("Cai Qi, director of the General Office of the Communist Party of China Central Committee, attended. Zhao Leji, chairman of the National People's Congress Standing Committee, spoke. He met the Standing Committee of China's National People's Congress.")
    #expect(entity(x, .organization, "General Office of the Communist Party of China Central Committee") != nil)
    // the same body in two word orders is one organisation
    let npcsc = entity(x, .organization, "National People's Congress Standing Committee")
    #expect(npcsc?.mentions.map(\.text) == ["National People's Congress Standing Committee", "Standing Committee of China's National People's Congress"])
    #expect(!x.entities.contains { $0.label == "General Office" || $0.label == "China Central Committee" })
  }

  @Test("an inflected title is not part of the name after it; a mission's phrase ends at the comma")
  func titles() {
    let ru = extract("Об этом сообщил пресс-секретарь Президента Берик Уали.")
    #expect(ru.entities.contains { $0.id == "berik-uali" })
    let kk = extract("Мемлекет басшысы Қытай Халық Республикасының Төрағасымен кездесті.")
    #expect(!kk.entities.contains { $0.kind == .person })
    let it = extract("Era presente anche Zhang Xiao, ambasciatore della Repubblica Popolare Cinese in Kazakistan, che ha ricordato come il Kazakistan sia stato il primo.")
    let mission = it.entities.first { $0.kind == .organization && $0.label.hasPrefix("Embassy of China") }
    #expect(mission?.mentions.allSatisfy { !$0.text.contains(",") } == true)
  }

  @Test("Russian bodies with 'по' and compound adjectives; Kazakh ordinals, treaties and routes; Italian and English finds")
  func moreNames() {
    let ru = extract("Итоги работы Казахстанско-китайского комитета по сотрудничеству обсудили в Астане. Центр по-прежнему работает.")
    #expect(entity(ru, .organization, "Казахстанско-китайский комитет по сотрудничеству") != nil)
    #expect(ru.entities.filter { $0.kind == .organization }.count == 1)
    let kk = extract("Тоқаев «Қытай – Орталық Азия» екінші саммиті аясында сөйледі. Сондай-ақ Алматы – Қорғас автожолы қаралды. Саммитте Мәңгілік тату көршілік, достық және ынтымақтастық туралы шартқа қол қойылды.")
    #expect(kk.entities.contains { $0.kind == .event && $0.id.contains("second") || $0.label.hasPrefix("Second") })
    #expect(entity(kk, .project, "Алматы – Қорғас автожолы") != nil)
    #expect(entity(kk, .project, "Мәңгілік тату көршілік, достық және ынтымақтастық туралы шарт") != nil)
    let it = extract("Zhumangarin ha parlato durante il Forum Internazionale di Astana. La Borsa di Shanghai ha firmato.")
    #expect(it.entities.contains { $0.kind == .event && $0.mentions.contains { $0.text == "Forum Internazionale di Astana" } })
    #expect(it.entities.contains { $0.id == "shanghai-stock-exchange" })
    let en = extract("China funded the Bishkek bypass road. Traffic on the Almaty road grew. Khujand Cement Company (KCC) signed; KCC will export more.")
    #expect(entity(en, .project, "Bishkek bypass road") != nil)
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
    #expect(entity(en, .organization, "Khujand Cement Company")?.mentions.count == 3)
  }

  @Test("hyphenated names are one name; a historical route inside a name is not mentioned")
  func hyphensAndRoutes() {
    let x = extract("Электростанция строится на берегу озера Иссык-Куль. Делегация посетила город Терек-Сай и фестиваль «Шелковый путь – Иссык-Куль».")
    #expect(x.entities.contains { $0.id == "issyk-kul-region" })
    #expect(!x.entities.contains { $0.id == "esik" || $0.id == "silk-road" })
    #expect(x.entities.contains { $0.kind == .city && $0.label == "Терек-Сай" })
  }

  @Test("a body described before its name; a relative of a catalogued person; a described catalogued body")
  func describedBodies() {
    let en = extract("China National Petroleum Corporation works together with the state concern Turkmengaz. Gurbanguly Berdimuhamedov, chairman of the Halk Maslahaty, met the delegation. Serdar Berdimuhamedov spoke.")
    #expect(entity(en, .organization, "Turkmengaz") != nil)
    #expect(en.entities.contains { $0.id == "gurbanguly-berdimuhamedov" })
    #expect(en.entities.contains { $0.id == "halk-maslahaty" })
    let it = extract("Il parco è stato realizzato dalla società cinese Huawei insieme al Ministero dello Sviluppo Digitale uzbeko. Ha inaugurato il Parco Tecnologico Uzbeko-Cinese e il complesso turistico Silk Road Bukhara.")
    #expect(entity(it, .organization, "Huawei") != nil)
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Ministero dello Sviluppo Digitale") })
    #expect(entity(it, .project, "Parco Tecnologico Uzbeko-Cinese") != nil)
    #expect(entity(it, .project, "complesso turistico Silk Road Bukhara") != nil)
    let kk = extract("Жобаны «Kazakh Invest» ұлттық компаниясы қолдайды. Іле Қазақ автономиялық облысының губернаторы келді. Жаркент пен Құлжа арасында автобус қатынасы ашылады.")
    #expect(kk.entities.contains { $0.id == "kazakh-invest" })
    #expect(!kk.entities.contains { $0.label.contains("ұлттық") })
    #expect(kk.entities.contains { $0.id == "ili-prefecture" })
    #expect(kk.entities.contains { $0.id == "yining" })
  }

  @Test("a year's 'г.' is no town; lower-case 'co-' is no company; two bodies joined by a second 'of'")
  func yearsPrefixesNestedBodies() {
    let ru = extract("27 августа 2024 г. Экономика Казахстана растет.")
    #expect(!ru.entities.contains { $0.kind == .city })
    let en = extract("UNESCO's regional office in Almaty will co-fund the first stage. The laboratory was set up with the Xinjiang Institute of Ecology and Geography of the Chinese Academy of Sciences.")
    #expect(!en.entities.contains { $0.label.lowercased().contains("co-fund") })
    #expect(entity(en, .organization, "Xinjiang Institute of Ecology and Geography") != nil)
    #expect(entity(en, .organization, "Chinese Academy of Sciences") != nil)
    #expect(en.entities.contains { $0.id == "unesco" })
  }

  @Test("cue compounds, bilateral adjectives and listed companies")
  func compoundsAndLists() {
    let ru = extract("В выставке участвовал агрохолдинг «KazBeef». В Алматы пройдет Казахстанско-китайский бизнес-совет, а в Шанхае – презентация.")
    #expect(entity(ru, .organization, "KazBeef") != nil)
    #expect(entity(ru, .organization, "Казахстанско-китайский бизнес-совет") != nil)
    let it = extract("Al progetto partecipano anche aziende italiane come Webuild.")
    #expect(entity(it, .organization, "Webuild") != nil)
    let en = extract("The two sides plan to reconstruct the Sumbe–Tekes irrigation canal by 2027. Scientists study glaciers in the Tianshan mountains and the Irtysh.")
    #expect(entity(en, .project, "Sumbe–Tekes irrigation canal") != nil)
    #expect(Set(en.entities.map(\.id)).isSuperset(of: ["tianshan", "irtysh-river"]))
  }

  @Test("Latin brands in Russian text; '&' inside a Latin name; 'and' between two bodies")
  func latinBrands() {
    let ru = extract("Материал подготовлен при поддержке Kazakh Tourism. Бижанова встретилась с руководством корпорации Xinjiang Tianrun Science & Technology. Как передает Phoenix 24, рейсы откроют.")
    #expect(ru.entities.contains { $0.id == "kazakh-tourism" })
    #expect(entity(ru, .organization, "Xinjiang Tianrun Science & Technology") != nil)
    #expect(entity(ru, .organization, "Phoenix 24") != nil)
    #expect(!ru.entities.contains { $0.label == "Technology" || $0.label == "Phoenix" })
    let en = extract("The terminal was built by KTZ Express and Lianyungang Port Holdings. The Ministry of Industry and Trade agreed.")
    #expect(entity(en, .organization, "KTZ Express") != nil)
    #expect(entity(en, .organization, "Lianyungang Port Holdings") != nil)
    #expect(entity(en, .organization, "Ministry of Industry and Trade") != nil)
    #expect(!en.entities.contains { $0.id == "lianyungang" })
  }

  @Test("exercises by their quoted code name; declarations; analysts; elided articles")
  func italianNames() {
    let it = extract("Si è conclusa l'esercitazione antiterrorismo \"Interaction-2024\". L'esercitazione della SCO è stata un successo. I leader hanno firmato la Dichiarazione di Astana. Secondo Marco Mazzocchi, analista dell'ISPI di Milano, Pechino punta sulla sicurezza.")
    #expect(it.entities.filter { $0.kind == .event }.count == 1)
    #expect(it.entities.contains { $0.kind == .event && $0.label.contains("Interaction-2024") })
    #expect(entity(it, .project, "Dichiarazione di Astana") != nil)
    #expect(Set(it.entities.map(\.id)).isSuperset(of: ["marco-mazzocchi", "ispi", "milan"]))
  }

  @Test("patronymics, two-letter cities, compound company names, Kazakh missions, Italian 'per' names")
  func round7() {
    let ru = extract("Посол Акылбек Кадыралиевич Молдогазиев рассказал о планах. – Акылбек Кадыралиевич, что в приоритете? – Институт работает в Оше. Газпромом подписан договор.")
    #expect(ru.entities.contains { $0.id == "akylbek-moldogaziev" && $0.mentions.count == 2 })
    #expect(ru.entities.filter { $0.kind == .person }.count == 1)
    #expect(ru.entities.contains { $0.id == "osh" })
    #expect(ru.entities.contains { $0.id == "gazprom" })
    let en = extract("The deals include a contract between Uzbekhydroenergo and China Three Gorges Corporation. Firms will build factories in the Navoi Free Economic Zone.")
    #expect(entity(en, .organization, "Uzbekhydroenergo") != nil)
    #expect(entity(en, .organization, "China Three Gorges Corporation") != nil)
    #expect(entity(en, .project, "Navoi Free Economic Zone") != nil)
    let kk = extract("Шара ҚХР-дың Алматыдағы Бас консулдығының қолдауымен өтті.")
    #expect(kk.entities.contains { $0.id == "consulate-general-of-china-in-almaty" })
    let it = extract("L'Agenzia per l'energia atomica del Kazakistan ha scelto la CNNC. La centrale sorgerà vicino al villaggio di Ulken sul lago Balkhash.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Agenzia per l'energia atomica del Kazakistan") })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Ulken" })
    #expect(it.entities.contains { $0.id == "lake-balkhash" })
  }

  @Test("Title Case headlines give no discovered names; a sentence dense with names is not one")
  func titleCase() {
    let x = extract("Deal Signed In Astana Covers Logistics, Energy And Agriculture\n\nChinese Commerce Minister Wang Wentao co-chaired the meeting of the China-Uzbekistan Intergovernmental Cooperation Committee.")
    #expect(!x.entities.contains { $0.label.contains("Logistics") })
    #expect(x.entities.contains { $0.id == "astana" })
    #expect(entity(x, .organization, "China-Uzbekistan Intergovernmental Cooperation Committee") != nil)
  }

  @Test("initials with a surname; numbered plant units; a port named by its city")
  func initialsUnitsPorts() {
    let x = extract("Премьер-министр Олжас Бектенов провел встречу. О. Бектенов отметил рост транзита через порт Ляньюньган. В переговорах участвовали первый заместитель премьер-министра Р. Скляр и министр энергетики А. Саткалиев. Обсуждалась модернизация ТЭЦ-3 в Алматы.")
    #expect(x.entities.contains { $0.id == "olzhas-bektenov" && $0.mentions.contains { $0.text == "О. Бектенов" } })
    #expect(x.entities.contains { $0.kind == .person && $0.mentions.contains { $0.text == "Р. Скляр" } })
    #expect(x.entities.contains { $0.kind == .person && $0.mentions.contains { $0.text == "А. Саткалиев" } })
    #expect(entity(x, .project, "порт Ляньюньган") != nil)
    #expect(entity(x, .project, "ТЭЦ-3") != nil)
  }

  @Test("Kazakh: place cues look left, quoted exhibitions, brand lists, quoted places naming a council, economic zones")
  func kazakhRound9() {
    let x = extract("Үрімжі қаласында «Made in Kazakhstan» ұлттық көрмесі ашылды. Көрмеде «Рахат», «Баян Сулу» және «Kazakhstan Halal» брендтерінің өнімдері ұсынылды. «Қазақстан – Қытай» іскерлік кеңесінің төрағасы сөйледі. Зауыт «Оңтүстік» арнайы экономикалық аймағында орналасады.")
    #expect(!x.entities.contains { $0.label == "Made" })
    #expect(x.entities.contains { $0.kind == .event && $0.label.contains("Made in Kazakhstan") })
    for name in ["Рахат", "Баян Сулу", "Kazakhstan Halal"] { #expect(entity(x, .organization, name) != nil, "\(name)") }
    #expect(x.entities.contains { $0.kind == .organization && $0.label.contains("іскерлік кеңес") })
    #expect(x.entities.contains { $0.kind == .project && $0.label.contains("Оңтүстік") })
    #expect(x.entities.filter { $0.kind == .event }.count == 1)
  }

  @Test("Italian: companies named by nationality, mines, glaciers, forums with places, Chinese names in apposition")
  func italianRound9() {
    let x = extract("Dopo una disputa con la canadese Centerra Gold, la miniera d'oro di Kumtor aprirà una joint venture. L'accordo è stato firmato dal vicepresidente di Zijin, Shen Shaoyang. La Banca Mondiale ha avvertito dei rischi vicino al ghiacciaio di Davydov. Si è chiuso il Forum economico internazionale Uzbekistan-Cina.")
    #expect(entity(x, .organization, "Centerra Gold") != nil)
    #expect(x.entities.contains { $0.kind == .project && $0.label.contains("Kumtor") })
    #expect(x.entities.contains { $0.id == "shen-shaoyang" })
    #expect(!x.entities.contains { $0.id == "shaoyang" })
    #expect(x.entities.contains { $0.kind == .region && $0.label.contains("Davydov") })
    #expect(x.entities.contains { $0.kind == .event && $0.label.contains("Uzbekistan-Cina") })
  }

  @Test("rivers named together or after a town; bodies 'on the …'; groups described before their name")
  func riversAndCommissions() {
    let x = extract("The two sides signed an agreement on the Sumbe and Khorgos transboundary rivers. The Dostyk hydro-engineering complex on the Khorgos river will be upgraded. It was signed at the meeting of the China-Kazakhstan Joint Commission on the Use and Protection of Transboundary Rivers. Environmental group EcoJer welcomed the agreement.")
    #expect(x.entities.contains { $0.id == "sumbe-river" && $0.kind == .region })
    #expect(x.entities.contains { $0.id == "khorgos-river" && $0.mentions.count == 2 })
    #expect(!x.entities.contains { $0.id == "khorgos" || $0.id == "khorgos-town" })
    #expect(entity(x, .project, "Dostyk hydro-engineering complex") != nil)
    #expect(entity(x, .organization, "China-Kazakhstan Joint Commission on the Use and Protection of Transboundary Rivers") != nil)
    #expect(entity(x, .organization, "EcoJer") != nil)
  }

  @Test("common given names name persons, bylines do not; genitive routes close Russian events; Kazakh ministries mention their country")
  func round11() {
    let it = extract("Roma, 4 febbraio 2025 – di Luca Moretti\nL'Italia è uscita dalla Belt and Road su decisione del governo di Giorgia Meloni.")
    #expect(it.entities.contains { $0.id == "giorgia-meloni" })
    #expect(!it.entities.contains { $0.label.contains("Moretti") })
    let ru = extract("Делегацию пригласили на Международную выставку Шелкового пути в Ланьчжоу.")
    #expect(ru.entities.contains { $0.kind == .event && $0.mentions.contains { $0.text == "Международную выставку Шелкового пути" } })
    #expect(!ru.entities.contains { $0.id == "silk-road" })
    let kk = extract("Қазақстан Республикасы Энергетика министрлігі меморандумға қол қойды.")
    #expect(kk.entities.contains { $0.id == "kazakhstan" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("Энергетика министрлігі") })
  }

  @Test("coordinated projects, a body's possessive, quoted companies past a catalogued name, Kazakh institutions and quoted events")
  func round12() {
    let en = extract("Western firms such as Chevron still run the Kashagan and Tengiz fields. She is a fellow at Harvard University's Davis Center for Russian and Eurasian Studies.")
    #expect(en.entities.contains { $0.id == "kashagan-field" })
    #expect(entity(en, .project, "Tengiz field") != nil)
    #expect(entity(en, .organization, "Harvard University") != nil)
    #expect(entity(en, .organization, "Davis Center for Russian and Eurasian Studies") != nil)
    let ru = extract("Оператором выступила компания «КТЖ Экспресс» совместно с China Railway Chongqing Group.")
    // (the whole quoted name, which the catalogue knows, and not the railway its first word names)
    #expect(ru.entities.contains { $0.id == "ktz-express" && $0.mentions.first?.text == "КТЖ Экспресс" })
    #expect(!ru.entities.contains { $0.label == "Kazakhstan Temir Zholy" })
    let kk = extract("Елордада «Қытай мәдениеті күндері» өтуде. Астана опера театрында Пекин операсының әртістері өнер көрсетті. Ұлттық музейде көрме ашылды. 2024 жылы көп іс-шара өтті.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label.contains("Қытай мәдениеті күндері") })
    #expect(kk.entities.filter { $0.kind == .event }.count == 1)
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("опера") && $0.label.hasPrefix("Астана") })
    #expect(kk.entities.contains { $0.kind == .organization && $0.id == "national-museum-of-kazakhstan" })
    #expect(!kk.entities.contains { $0.id == "beijing" })
  }

  @Test("compound adjectives before a lower-case adjective, power lines, projects over an inner 'and', Italian phrases stop at a sentence's end")
  func round13() {
    let ru = extract("Церемония прошла в рамках заседания Казахстанско-китайского делового совета. Стороны договорились о проекте линии электропередачи Экибастуз – Шымкент.")
    // (the nominative of a stressed adjective cannot be told from its genitive: "делов…")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Казахстанско-китайский делов") && $0.label.hasSuffix("совет") })
    #expect(entity(ru, .project, "линия электропередачи Экибастуз – Шымкент") != nil)
    let en = extract("The loan is for the modernization of the Bishkek Combined Heat and Power Plant, the country's largest.")
    #expect(entity(en, .project, "Bishkek Combined Heat and Power Plant") != nil)
    #expect(!en.entities.contains { $0.label == "Power Plant" })
    let it = extract("Il presidente ha chiesto di accelerare la costruzione del gasdotto. Al colloquio ha partecipato anche il vicepremier.")
    #expect(!it.entities.contains { $0.kind == .project })
  }

  @Test("a place's adjective names a Russian plant; deserts are natural features")
  func plantsAndDeserts() {
    let ru = extract("Казахмыс подписал контракт на модернизацию Балхашского медеплавильного завода. Китайский завод построят позже.")
    #expect(entity(ru, .project, "Балхашский медеплавильный завод") != nil)
    #expect(ru.entities.filter { $0.kind == .project }.count == 1)
    let en = extract("The money will develop new deposits in the Kyzylkum desert and a plant in Zarafshan.")
    #expect(en.entities.contains { $0.id == "kyzylkum" })
    #expect(en.entities.contains { $0.id == "zarafshan" })
  }

  @Test("coordinated regions after a plural cue; Italian 'dei … del' names; a catalogued acronym takes the long name before it")
  func round15() {
    let it = extract("Il grano arriverà dalle regioni di Kostanay e Akmola, secondo l'Unione dei cerealicoltori del Kazakistan.")
    #expect(Set(it.entities.map(\.id)).isSuperset(of: ["kostanay-region", "akmola-region"]))
    #expect(!it.entities.contains { $0.id == "kostanay" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Unione dei cerealicoltori del Kazakistan") })
    let ru = extract("Соглашение подписано с компанией Xinjiang Tebian Electric Apparatus (TBEA).")
    #expect(ru.entities.contains { $0.id == "tbea" && $0.mentions.count == 2 })
    #expect(ru.entities.filter { $0.kind == .organization }.count == 1)
  }

  @Test("stations need a modifier; electrochemical plants; the surname Ling")
  func round16() {
    let x = extract("Talks were held with Chinese Vice Minister of Commerce Ling Ji. He visited the Yavan electrochemical plant and the Nurek hydropower station, then left from the Dushanbe station.")
    #expect(x.entities.contains { $0.id == "ling-ji" })
    #expect(entity(x, .project, "Yavan electrochemical plant") != nil)
    #expect(entity(x, .project, "Nurek hydropower station") != nil)
    #expect(x.entities.filter { $0.kind == .project }.count == 2)
  }

  @Test("districts by cue (a Russian adjective, a Kazakh case form, a town's name); towns listed after 'towns of'")
  func districtsAndTowns() {
    let ru = extract("Теплицы построят в Сайрамском районе области.")
    #expect(entity(ru, .region, "Сайрамский район")?.subkind == "district")
    let kk = extract("Оның ішінде Іле ауданындағы күн электр станциясы бар.")
    #expect(entity(kk, .region, "Іле ауданы") != nil)
    #expect(!kk.entities.contains { $0.id == "ili-river" })
    let en = extract("The ceremony took place in Kara-Suu district. The line crosses the Kyrgyz towns of Makmal and Jalal-Abad.")
    #expect(entity(en, .region, "Kara-Suu District") != nil)
    #expect(!en.entities.contains { $0.id == "kara-suu" })
    #expect(entity(en, .city, "Makmal") != nil)
    #expect(en.entities.contains { $0.id == "jalal-abad" && $0.kind == .city })
  }

  @Test("names in the nominative: a given name after an instrumental surname, an adjectival event, a body named 'имени …'")
  func nominatives() {
    let ru = extract("Делегация во главе с акимом Нуралханом Кушеровым прибыла на Евразийский форум. Она выступила на Евразийском экономическом форуме. Меморандум подписан с Жезказганским университетом имени О. А. Байконурова и Евразийским национальным университетом имени Л. Н. Гумилева.")
    #expect(entity(ru, .person, "Nuralkhan Kusherov") != nil)
    #expect(entity(ru, .event, "Евразийский экономический форум") != nil)
    #expect(entity(ru, .organization, "Жезказганский университет имени О. А. Байконурова") != nil)
    #expect(!ru.entities.contains { $0.kind == .person && $0.label.contains("Байконуров") || $0.label.contains("Гумилев") && $0.kind == .person })
    #expect(ru.entities.first { $0.id == "enu" || $0.label.contains("Gumilyov") }?.mentions.first?.text.hasSuffix("Гумилева") == true)
  }

  @Test("a quoted name after a company word; an Italian company in apposition; an Italian facility named after its place")
  func companiesAndFacilities() {
    let ru = extract("Кроме того, китайская корпорация «Синьтэн» откроет центр. Холдинг «Зерде» выделил средства. Холдинг «Байтерек» тоже.")
    #expect(entity(ru, .organization, "Синьтэн") != nil)
    #expect(entity(ru, .organization, "Зерде") != nil)
    #expect(ru.entities.contains { $0.id == "baiterek" })  // (catalogued)
    let it = extract("Un'altra società cinese, Jiaxin International Resources, ha costruito l'impianto di lavorazione del tungsteno di Boguty. Si parla di un impianto di lavorazione del cotone a Fergana.")
    #expect(entity(it, .organization, "Jiaxin International Resources") != nil)
    #expect(entity(it, .project, "impianto di lavorazione del tungsteno di Boguty") != nil)
    #expect(it.entities.filter { $0.kind == .project }.count == 1)
  }

  @Test("a Kazakh case form and a town cue keep a town's name from a person")
  func kazakhTownNotPerson() {
    let kk = extract("Кездесуде Қонаев қаласындағы зауыт жобасы талқыланды.")
    #expect(!kk.entities.contains { $0.kind == .person })
    #expect(kk.entities.contains { $0.id == "konayev" })
  }

  @Test("Kyrgyz names with 'uulu'; a road named by its towns after 'трасса'; a quoted state enterprise; 'co-chaired' is no company")
  func kyrgyzNamesRoadsEnterprises() {
    let ru = extract("В июне Нурбек Маматжан уулу был назначен директором госпредприятия «Кыргызавтожол». Банк выделит кредит на реконструкцию трассы Бишкек – Нарын – Торугарт.")
    #expect(ru.entities.contains { $0.kind == .person && $0.mentions.first?.text == "Нурбек Маматжан уулу" })
    #expect(entity(ru, .organization, "Кыргызавтожол") != nil)
    #expect(entity(ru, .project, "трасса Бишкек – Нарын – Торугарт") != nil)
    let en = extract("Later, Deputy Prime Minister Roman Sklyar and Ding co-chaired a meeting of the committee.")
    #expect(!en.entities.contains { $0.kind == .organization })
  }

  @Test("a natural feature's noun in lower case; Italian dry ports and observatories; Kazakh case forms of one body meet")
  func featuresPortsObservatories() {
    let it = extract("Le fabbriche rischiano di aggravare la crisi del lago d'Aral. Sul tavolo il porto secco di Termez e gli esperti dell'Osservatorio Asia Centrale di Torino.")
    #expect(it.entities.contains { $0.id == "aral-sea" })
    #expect(!it.entities.contains { $0.id == "aral" })
    #expect(entity(it, .project, "porto secco di Termez") != nil)
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Osservatorio Asia Centrale") })
    let kk = extract("Орталық Қашқар университетімен бірлесіп құрылды. Салтанатқа Қашқар университетінің ректоры қатысты.")
    #expect(kk.entities.filter { $0.kind == .organization }.count == 1)
    #expect(entity(kk, .organization, "Қашқар университеті")?.mentions.count == 2)
  }

  @Test("a plant acronym after an adjective or before a quoted name; a river over a town's name; an economist's declined name")
  func plantsRiversEconomists() {
    // (names the catalogue lacks: Kambarata-1 and Dushanbe-2 are catalogued)
    let ru = extract("Банк рассматривает участие в строительстве Токтогульской ГЭС-2 на реке Нарын. По оценке экономиста Касымхана Каппарова, кредит пойдёт на ТЭЦ «Бишкек-2».")
    #expect(entity(ru, .project, "Токтогульская ГЭС-2") != nil)
    #expect(entity(ru, .project, "ТЭЦ «Бишкек-2»") != nil)
    #expect(!ru.entities.contains { $0.id == "bishkek-chp" })
    #expect(ru.entities.contains { $0.id == "naryn-river" })
    #expect(!ru.entities.contains { $0.id == "naryn" })
    #expect(entity(ru, .person, "Kasymkhan Kapparov") != nil)
  }

  @Test("Kazakh lists before plural cues (districts, wind farms); a Latin name takes no Cyrillic word; Italian appositions and 'Associazione internazionale del …'")
  func listsAndAppositions() {
    let kk = extract("Станция Тараз, Шу және Қордай аудандарын энергиямен қамтамасыз етеді. Облыста бұған дейін «Бадам» және «Жаңатас» жел электр станциялары іске қосылған. Бұл жобаны «Power Holding» компаниясы жүзеге асырады.")
    #expect(entity(kk, .region, "Шу ауданы") != nil)
    #expect(entity(kk, .region, "Қордай ауданы") != nil)
    #expect(kk.entities.contains { $0.id == "taraz" })
    #expect(entity(kk, .project, "Бадам жел электр станциясы") != nil)
    #expect(entity(kk, .project, "Жаңатас жел электр станциясы") != nil)
    #expect(entity(kk, .organization, "Power Holding") != nil)
    let it = extract("Sul tavolo, la partecipazione di Mercitalia, la società merci del gruppo, e i dati dell'Associazione internazionale della Nuova Via della Seta.")
    #expect(entity(it, .organization, "Mercitalia") != nil)
    #expect(entity(it, .organization, "Associazione internazionale della Nuova Via della Seta") != nil)
    #expect(it.entities.contains { $0.id == "belt-and-road-initiative" })
  }

  @Test("bodies with 'between … and …', a second dative, a lower-case compound adjective; secretariats, consortia, 'with' in a complement")
  func longBodyNames() {
    let ru = extract("Стороны обсудили заседание Комитета по сотрудничеству между Правительством РК и Правительством КНР. Работает Совместная казахстанско-китайская комиссия по использованию и охране трансграничных рек.")
    #expect(entity(ru, .organization, "Комитет по сотрудничеству между Правительством РК и Правительством КНР") != nil)
    #expect(entity(ru, .organization, "Совместная казахстанско-китайская комиссия по использованию и охране трансграничных рек") != nil)
    let en = extract("The forum was co-hosted by the Chinese People's Association for Friendship with Foreign Countries. Secretary-General of the China-Central Asia Secretariat Sun Weidong spoke. Oil flows through the Caspian Pipeline Consortium.")
    #expect(entity(en, .organization, "Chinese People's Association for Friendship with Foreign Countries") != nil)
    // (the secretariat is catalogued now; the text's spelling is its alias)
    #expect(en.entities.first { $0.id == "china-central-asia-secretariat" }?.mentions.map(\.text) == ["China-Central Asia Secretariat"])
    #expect(entity(en, .organization, "Caspian Pipeline Consortium") != nil)
    #expect(!en.entities.contains { $0.id == "caspian-sea" })
  }

  @Test("a catalogued acronym takes lower-case words of the long name; Italian plural adjectives; a city names a declaration; a bracketed place inside a name")
  func acronymsDeclarationsBrackets() {
    let it = extract("Fu la Russia, attraverso l'Organizzazione del Trattato di sicurezza collettiva (CSTO), a inviare le truppe. Anche la Turchia, con l'Organizzazione degli Stati turchi, cerca spazio.")
    #expect(it.entities.first { $0.id == "csto" }?.mentions.contains { $0.text == "Organizzazione del Trattato di sicurezza collettiva" } == true)
    #expect(entity(it, .organization, "Organizzazione degli Stati turchi") != nil)
    let en = extract("Xi said the Xi'an Declaration charted the course. Guests visited the China-Kazakhstan (Lianyungang) Logistics Cooperation Base.")
    #expect(entity(en, .project, "Xi'an Declaration") != nil)
    #expect(entity(en, .project, "China-Kazakhstan (Lianyungang) Logistics Cooperation Base") != nil)
    #expect(!en.entities.contains { $0.kind == .organization })
  }

  @Test("Kazakh: a one-syllable given name with a case ending when the text names the person bare; a summit's label in the nominative; a route with an uncatalogued end; Russian-lettered Kazakh names")
  func kazakhNamesAndRoutes() {
    let kk = extract("Мұрат Нұртілеу Ван Имен телефон арқылы сөйлесті. Тараптар Шанхай ынтымақтастық ұйымының саммитіне дайындықты талқылады. Министрлер Достық – Мойынты теміржолының құрылысын қарастырды. Ван И сәлем жеткізді.")
    #expect(kk.entities.first { $0.id == "wang-yi" }?.mentions.count == 2)
    #expect(!kk.entities.contains { $0.kind == .person && $0.id.hasPrefix("wang-yim") })
    #expect(entity(kk, .event, "Шанхай ынтымақтастық ұйымының саммиті") != nil)
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Достық – Мойынты") })
    let ru = extract("Стороны затронули вопросы трансграничных рек, в том числе Иле и Ертиса. Kassym-Jomart Tokaev ha parlato.")
    #expect(ru.entities.contains { $0.id == "ili-river" })
    #expect(ru.entities.contains { $0.id == "irtysh-river" })
    #expect(ru.entities.first { $0.id == "kassym-jomart-tokayev" }?.mentions.first?.text == "Kassym-Jomart Tokaev")
  }

  @Test("joint ventures listed by name; an unknown acronym used as a noun; Italian committees; a Kazakh honoree before a catalogued university; common given names")
  func round18Rules() {
    let en = extract("Uranium will be shipped from the Semizbay-U and Ortalyk joint ventures, the company told the AIFC. GDP grew by the IMF's count.")
    #expect(entity(en, .organization, "Semizbay-U") != nil)
    #expect(entity(en, .organization, "Ortalyk") != nil)
    #expect(entity(en, .organization, "AIFC") != nil || en.entities.contains { $0.id == "aifc" })
    #expect(!en.entities.contains { $0.label == "GDP" })
    let it = extract("Lo ha annunciato il presidente del Comitato per il turismo dell'Uzbekistan, Umid Shadiev, a una delegazione dell'ENIT guidata dall'amministratore delegato Ivana Jelinic. Le mete restano Bukhara e la valle di Fergana.")
    #expect(entity(it, .organization, "Comitato per il turismo dell'Uzbekistan") != nil)
    #expect(entity(it, .organization, "ENIT") != nil)
    #expect(entity(it, .person, "Ivana Jelinic") != nil)
    #expect(it.entities.contains { $0.id == "fergana-valley" })
    #expect(!it.entities.contains { $0.id == "fergana" })
    let kk = extract("Л.Н. Гумилев атындағы Еуразия ұлттық университетіндегі Конфуций институты құрылғанына 15 жыл толды.")
    #expect(kk.entities.first { $0.id == "enu" }?.mentions.first?.text.hasPrefix("Л.Н. Гумилев атындағы") == true)
    #expect(!kk.entities.contains { $0.kind == .person })
  }

  @Test("an address by given name and patronymic in any case; a road section; a coded line; a natural feature names a road; Italian portfolios")
  func round19Rules() {
    let ru = extract("Интервью с председателем правления Талгатом Алдажаровым. – Талгат Оралович, что изменилось? – Мы строим вторые пути на участке Бейнеу – Жетыбай.")
    #expect(ru.entities.filter { $0.kind == .person }.count == 1)
    #expect(ru.entities.first { $0.kind == .person }?.mentions.count == 2)
    #expect(entity(ru, .project, "участок Бейнеу – Жетыбай") != nil)
    // (a coded line the catalogue lacks: CASA-1000 is catalogued)
    let en = extract("Electricity will go to Pakistan through the TKA-500 line. Contractors are upgrading the Pamir Highway. Zijin holds 75 percent of the Zarafshon gold mining joint venture.")
    #expect(entity(en, .project, "TKA-500 line") != nil)
    #expect(!en.entities.contains { $0.label == "TKA" })
    #expect(entity(en, .project, "Pamir Highway") != nil)
    #expect(entity(en, .organization, "Zarafshon") != nil)
    let it = extract("Il presidente ha ricevuto una delegazione guidata dal ministro del Petrolio Musadik Malik.")
    #expect(entity(it, .person, "Musadik Malik") != nil)
  }

  @Test("a place's company in English; web-domain names; a ministry after a committee; an event over a place's whole name; Kazakh case endings on surnames")
  func round20Rules() {
    let en = extract("Uzbekistan has courted Abu Dhabi's Masdar and Saudi Arabia's ACWA Power. Beijing's General Administration of Customs approved it, as did China's CGN.")
    #expect(entity(en, .organization, "Masdar") != nil)
    #expect(entity(en, .organization, "ACWA Power") != nil)
    #expect(!en.entities.contains { $0.label == "General Administration" })
    let ru = extract("Об этом сообщили в Комитете индустрии туризма Министерства туризма и спорта. Туроператоры работают с платформой Trip.com и сервисом Kaspi.kz.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Министерство туризма и спорта") || $0.id.contains("tourism-and-sport") })
    #expect(ru.entities.contains { $0.id == "trip-com" && $0.mentions.map(\.text) == ["Trip.com"] })
    #expect(ru.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Kaspi.kz"] })
    let it = extract("La presidente del Consiglio è arrivata per il primo vertice Italia-Asia centrale, secondo fonti di Palazzo Chigi.")
    #expect(it.entities.contains { $0.kind == .event && $0.label.hasSuffix("Italia-Asia centrale") })
    #expect(it.entities.contains { $0.id == "palazzo-chigi" })
    let kk = extract("Шаңғы жарысында Наталья Дмитриеваның үлесінде екі күміс бар. Хоккейден Қазақстан құрамасы Оңтүстік Кореядан кейін екінші орын алды.")
    #expect(entity(kk, .person, "Natalya Dmitrieva") != nil)
    #expect(kk.entities.contains { $0.id == "south-korea" })
  }

  @Test("Kazakh Latin spellings; a town listed between towns; guillemets keep a name from being a person; Russian quoted facilities and comma-listed genitives")
  func round21Rules() {
    let en = extract("President Qasym-Jomart Toqaev visited Qaraǵandy, Aqorda reported. The line runs through Torugart, Makmal and Jalal-Abad.")
    #expect(en.entities.first { $0.id == "kassym-jomart-tokayev" }?.mentions.first?.text == "Qasym-Jomart Toqaev")
    #expect(en.entities.contains { $0.id == "karagandy" })
    #expect(en.entities.contains { $0.id == "akorda" })
    #expect(entity(en, .city, "Makmal") != nil)
    let kk = extract("Орталық «Ғани Мұратбаев» өткізу бекетінің маңында орналасады. Жобаға Қытайдың бірнеше компаниясы ниет білдірді.")
    #expect(!kk.entities.contains { $0.kind == .person })
    #expect(!kk.entities.contains { $0.kind == .organization })
    let ru = extract("Стороны обсудили расширение Узбекско-китайского индустриального парка «Пенсан». По данным Министерства инвестиций, промышленности и торговли Узбекистана, всё идёт по плану.")
    #expect(entity(ru, .project, "Узбекско-китайский индустриальный парк «Пенсан»") != nil)
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Министерство инвестиций, промышленности и торговли") })
    let it = extract("A Osh, seconda città del Paese, è prevista una nuova stazione. I lavori sono affidati alla società mista KUC Railway.")
    #expect(!it.entities.contains { $0.label == "Paese" })
    #expect(entity(it, .organization, "KUC Railway") != nil)
  }

  @Test("a quoted company opening with a place; an adjective before 'società'; a lower-case port; a located Kazakh university; a qualified name stays apart")
  func round22Rules() {
    let ru = extract("Завод построен при участии корпорации «Синьцзян Чжунтай» в Костанайской области.")
    #expect(entity(ru, .organization, "Синьцзян Чжунтай") != nil)
    let it = extract("Il progetto sarà guidato da Agrimix Sementi, la principale società agricola italiana.")
    #expect(entity(it, .organization, "Agrimix Sementi") != nil)
    let en = extract("Volumes through the Sangachal port near Baku rose 60 percent.")
    #expect(entity(en, .project, "Sangachal port") != nil)
    let kk = extract("Студенттер Үрімжідегі Шыңжаң университетінде оқиды. Шыңжаң педагогикалық университеті бағдарлама ашты.")
    #expect(kk.entities.filter { $0.kind == .organization }.count == 2)
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Шыңжаң университеті" || $0.id == "xinjiang-university" })
  }

  @Test("companies listed after 'such as'; a Latin word before a compound company name; a Latin quoted name before Kazakh lower-case words; 'сауда' is no locative; industrial zones")
  func round23Rules() {
    // (an invented plant: SaryarkaAvtoProm itself is catalogued now)
    let en = extract("Chinese partners such as Foton, Shacman and Higer already assemble vehicles at the Ertis AvtoProm plant.")
    #expect(Set(en.entities.filter { $0.kind == .organization }.map(\.label)).isSuperset(of: ["Foton", "Shacman", "Higer", "Ertis AvtoProm"]))
    let kk = extract("Павильонда «QazTrade» сауда саясатын дамыту орталығы өнімдерді таныстырды. Алматы облысындағы «Жетісу» индустриялық аймағында кешен салынады.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("QazTrade") })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("«Жетісу» индустриялық аймағы") })
    let it = extract("Lo denuncia il Programma delle Nazioni Unite per l'ambiente (UNEP) con il Politecnico di Milano.")
    #expect(it.entities.contains { $0.id == "unep" })
    #expect(entity(it, .organization, "Politecnico di Milano") != nil)
  }

  @Test("checkpoints, 'Air' airlines, a department of a ministry, the last of two destinations, a zone with a quoted name")
  func round24Rules() {
    let ru = extract("Через пункт пропуска «Жаманбулак» на границе ежедневно проходит до 300 грузовиков. Отметим, что свободная экономическая зона «Сугд» действует с 2008 года.")
    #expect(ru.entities.contains { $0.kind == .city && $0.label.contains("Жаманбулак") })
    #expect(entity(ru, .project, "свободная экономическая зона «Сугд»") != nil)
    let en = extract("The Tourism Department of the Ministry of Economy and Commerce said Air Manas opened flights from Urumqi to Cholpon-Ata and Tamchy, while others wait.")
    #expect(entity(en, .organization, "Air Manas") != nil)
    #expect(entity(en, .organization, "Tourism Department") != nil)
    #expect(entity(en, .organization, "Ministry of Economy and Commerce") != nil)
    #expect(entity(en, .city, "Tamchy") != nil)
  }

  @Test("a Russian adjectival region over its city's name; a meeting named by whose it is")
  func round25Rules() {
    let ru = extract("В Бишкеке прошло совещание министров обороны стран ШОС. Учения пройдут в Томской области.")
    #expect(entity(ru, .region, "Томская область") != nil)
    #expect(!ru.entities.contains { $0.kind == .city && $0.label == "Tomsk" })
    #expect(entity(ru, .event, "совещание министров обороны стран ШОС") != nil)
  }

  @Test("'regione di Pavlodar' is the region, not the city")
  func regionCue() {
    let x = extract("Il progetto creerà posti di lavoro nella regione di Pavlodar. The plant is in the Pavlodar region.")
    #expect(x.entities.contains { $0.id == "pavlodar-region" })
    #expect(!x.entities.contains { $0.id == "pavlodar" })
  }

  @Test("round 26: a place's adjective before its cue is no person; an adjective after 'порт' is no name; villages, Kazakh prefectures, hyphenated regions, repeated 'di' in region lists")
  func round26Places() {
    let ru = extract("Аким Сузакского района Нурбек Исаков открыл школу. Грузы пойдут к портам Каспийского моря. В селе Арсланбоб построят гостиницу.")
    #expect(!ru.entities.contains { $0.kind == .person && $0.label.contains("Сузак") })
    #expect(entity(ru, .region, "Сузакский район") != nil)
    #expect(!ru.entities.contains { $0.kind == .project })
    #expect(ru.entities.contains { $0.kind == .city && $0.mentions.contains { $0.text == "Арсланбоб" } })
    let kk = extract("Тарбағатай аймағының делегациясы Алтай аймағына барды.")
    #expect(Set(kk.entities.map(\.id)).isSuperset(of: ["tacheng-prefecture", "altay-prefecture"]))
    let en = extract("She heads sales for the Asia-Pacific region.")
    #expect(!en.entities.contains { $0.label == "Pacific region" })
    let it = extract("Il grano arriva dalle regioni di Karaganda e di Pavlodar.")
    #expect(Set(it.entities.map(\.id)).isSuperset(of: ["karaganda-region", "pavlodar-region"]))
  }

  @Test("round 26: a bank's name inside a longer bank's name; a company's branch or subsidiary; body words are no person's name")
  func round26Bodies() {
    let en = extract("The loan came from the Agricultural Bank of China. Harbin Electric International signed a deal with Bank of China Kazakhstan.")
    #expect(!Set(en.entities.map(\.id)).contains("bank-of-china"))
    #expect(Set(en.entities.map(\.id)).contains("abc-bank"))
    #expect(entity(en, .organization, "Harbin Electric International") != nil)
    #expect(entity(en, .organization, "Bank of China Kazakhstan") != nil)
    let it = extract("Il presidente della Tianjin International Port, Wang Lei, ha parlato.")
    #expect(!it.entities.contains { $0.kind == .person && $0.label.contains("Port") })
  }

  @Test("round 27: a Latin name read by its cue recurs without it; a place closing a brand; a catalogued name in brackets; a hyphenated city's region; substations; Kazakh cue-first names before a place cue; a speaker before 'форумда'")
  func round27Rules() {
    let ru = extract("Контракт получила компания Shaanxi Yanchang. Представитель Shaanxi Yanchang сообщил о сроках.")
    #expect(ru.entities.first { $0.label == "Shaanxi Yanchang" }?.mentions.count == 2)
    #expect(!Set(ru.entities.map(\.id)).contains("shaanxi"))
    let en = extract("Power China will build the line to the Datka substation in the Jalal-Abad region.")
    #expect(Set(en.entities.map(\.id)).isSuperset(of: ["powerchina", "jalal-abad-region"]))
    #expect(!Set(en.entities.map(\.id)).contains("china"))
    #expect(entity(en, .project, "Datka substation") != nil)
    let it = extract("Guida il Consiglio del Popolo (Halk Maslahaty) da anni.")
    #expect(it.entities.filter { $0.kind == .organization }.count == 1)
    let kk = extract("Компания Жаңақорған ауданында зауыт салады. Облыс әкімі Ерлан Оспанов форумда сөйледі.")
    #expect(!kk.entities.contains { $0.kind == .organization })
    #expect(!kk.entities.contains { $0.kind == .event })
  }

  @Test("round 28: a hyphenated given name before a surname; a Russian adjective names a canyon; the first of two towns after a preposition; stray GeoNames names; Kazakh names of a catalogued zone")
  func round28Rules() {
    let en = extract("President Kassym-Jomart Toqaev spoke. CNNC runs reactors at Sanmen and Ningbo.")
    #expect(Set(en.entities.map(\.id)).contains("kassym-jomart-tokayev"))
    #expect(!en.entities.contains { $0.kind == .person && $0.id != "kassym-jomart-tokayev" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Sanmen" })
    let ru = extract("Туристы едут к Кокжарскому каньону и в ущелье Тамгалы.")
    #expect(entity(ru, .region, "Кокжарский каньон") != nil)
    #expect(entity(ru, .region, "ущелье Тамгалы") != nil)
    let kk = extract("Сапар барысында «Қорғас – Шығыс қақпасы» арнайы экономикалық аймағы аралады.")
    #expect(!Set(kk.entities.map(\.id)).contains("sapporo"))
    #expect(Set(kk.entities.map(\.id)).contains("khorgos"))
  }

  @Test("round 29: Kazakh ministries opening a sentence; 'атындағы' bodies with a cue in any case; a short event name inside a longer one; two-word towns after 'city of'; surname particles; a man's name after a role and a place's cue word")
  func round29Rules() {
    let kk = extract("Астана, 12 мамыр. Энергетика және су ресурстары министрлігі хабарлады. Студенттер Қ. Сәтбаев атындағы техникалық университетте оқиды.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Энергетика және су ресурстары") })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Қ. Сәтбаев атындағы") })
    #expect(!kk.entities.contains { $0.kind == .person })
    let en = extract("The Tashkent forum drew 3,000 guests. The Tashkent International Investment Forum closed on Friday. Work goes on in the new city of Yangi Toshkent.")
    #expect(en.entities.filter { $0.kind == .event }.count == 1)
    #expect(en.entities.contains { $0.id == "new-tashkent" && $0.kind == .city })
    let it = extract("Hanno parlato Pasquale D'Avino e Ursula von der Leyen.")
    #expect(Set(it.entities.filter { $0.kind == .person }.map(\.label)) == ["Pasquale D'Avino", "Ursula von der Leyen"])
    let ru = extract("По словам заместителя акима области Бауыржана Сакенова, завод построят.")
    #expect(ru.entities.contains { $0.id == "bauyrzhan-sakenov" })
  }

  @Test("round 30: fairs; a place's adjective before 'особая экономическая зона'; ports listed; dash routes before a weak head; Italian zones; Kazakh 'X және Y департаменті'; a project's name before company words")
  func round30Rules() {
    let ru = extract("В Урумчи открылась ярмарка «Китай – Евразия». Внимание уделяется Кашгарской особой экономической зоне.")
    #expect(Set(ru.entities.map(\.id)).contains("china-eurasia-expo"))
    #expect(entity(ru, .project, "Кашгарская особая экономическая зона") != nil)
    let en = extract("Ships call at the ports of Aqtau and Quryq. Trains use the Darbaza–Maqtaaral line. The Quryq ferry terminal opens soon. CKU Railway Company LLC will run it.")
    #expect(Set(en.entities.map(\.id)).isSuperset(of: ["aktau", "kuryk"]))
    #expect(entity(en, .project, "Darbaza–Maqtaaral line") != nil)
    #expect(entity(en, .project, "Quryq ferry terminal") != nil)
    #expect(entity(en, .organization, "CKU Railway Company LLC") != nil)
    let it = extract("Investiranno nella zona economica libera di Naryn, non nella zona di Osh.")
    #expect(it.entities.filter { $0.kind == .project }.count == 1)
    let kk = extract("Делегацияны Еуропа және Орталық Азия департаментінің директоры бастады.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Еуропа және Орталық Азия") })
  }

  @Test("round 31: a Chinese given name's case vowel; towns before a plural cue; representatives; a company's Kazakh name opened by the country mentions no country")
  func round31Rules() {
    let ru = extract("Мэр встретился с Ли Чжэном. По словам Ли Чжэна, компании вложили 2 млрд долларов.")
    #expect(ru.entities.filter { $0.kind == .person }.map(\.id) == ["li-zheng"])
    let en = extract("Activists in Tamga and Barskoon villages protested.")
    #expect(Set(en.entities.filter { $0.kind == .city }.map(\.label)) == ["Tamga", "Barskoon"])
    let kk = extract("«Қазақстан темір жолы» ұлттық компаниясының өкілі Айдар Сейітқали сөйледі.")
    #expect(Set(kk.entities.map(\.id)).contains("kazakhstan-temir-zholy"))
    #expect(!Set(kk.entities.map(\.id)).contains("kazakhstan"))
    #expect(kk.entities.contains { $0.kind == .person && $0.labels["kk"] == "Айдар Сейітқали" })
  }

  @Test("round 32: fellows; a town before a comma and its country; services; Kyrgyz legal forms; a second field after 'и'; Russian missions; Italian complements of dashed places; Kazakh adjectives before an event's cue")
  func round32Rules() {
    let en = extract("Niva Yau, a senior fellow at the Atlantic Council, spoke. Leaders met in Gabala, Azerbaijan.")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Niva Yau" })
    #expect(entity(en, .city, "Gabala") != nil)
    let ru = extract("Государственная налоговая служба Кыргызстана проверила ОсОО «Чжун Ши», которое разрабатывает месторождения Солтон-Сары и Тереккан. Об этом сообщило посольство Китая в Бишкеке.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Государственная налоговая служба") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.contains("Чжун Ши") })
    #expect(ru.entities.filter { $0.kind == .project }.count == 2)
    #expect(ru.entities.contains { $0.label == "Embassy of China in Kyrgyzstan" })
    let it = extract("Hanno presieduto il Comitato di cooperazione Cina-Kazakistan.")
    #expect(entity(it, .organization, "Comitato di cooperazione Cina-Kazakistan") != nil)
    let kk = extract("Министрлер Қазақстан – Қытай стратегиялық диалогының отырысын өткізді.")
    #expect(kk.entities.contains { $0.kind == .event })
  }

  @Test("round 33: two-word regions before a plural cue; a soft-stem Chinese given name in the genitive; 'Centro' opens a body")
  func round33Rules() {
    let en = extract("Trains left from the Kostanay and North Kazakhstan regions.")
    #expect(Set(en.entities.map(\.id)) == ["kostanay-region", "north-kazakhstan-region"])
    let ru = extract("Делегацию возглавил Ян Цзянь. По словам Ян Цзяня, стройка начнется весной.")
    #expect(ru.entities.filter { $0.kind == .person }.map(\.id) == ["yang-jian"])
    let it = extract("Lo afferma il Centro Studi Strategici di Roma.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Centro Studi Strategici") })
  }

  @Test("round 34: Italian bodies 'del turismo di X'; quoted resorts; a Kazakh event named after a catalogued route; a hyphenated town's first part alone is no town")
  func round34Rules() {
    let it = extract("Lo dice l'Ufficio del turismo di Urumqi. I turisti amano il Gran Bazar.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Ufficio del turismo di") })
    #expect(!it.entities.contains { $0.id.hasPrefix("bazar") })
    let ru = extract("Туристы едут на горнолыжный курорт «Табаган».")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("Табаган") })
    let kk = extract("Вице-министр Жібек жолы туристік форумында сөйледі.")
    #expect(kk.entities.contains { $0.kind == .event })
  }

  @Test("round 35: a place's region after a possessive; a body's cue opening a Kazakh sentence; English and Italian missions; a Kazakh facility named by where it is")
  func round35Rules() {
    let en = extract("TBEA will build a plant in Tajikistan's Khatlon region. The Chinese embassy in Dushanbe welcomed it.")
    #expect(!en.entities.contains { $0.kind == .organization && $0.label == "Khatlon" })
    #expect(en.entities.contains { $0.label == "Embassy of China in Tajikistan" })
    let it = extract("Lo ha detto l'ambasciata cinese a Roma.")
    #expect(it.entities.contains { $0.label == "Embassy of China in Italy" })
    let kk = extract("Компания директорлар кеңесінің төрағасы сөйледі. «Allur» компаниясының Қостанайдағы зауытында көлік жасалды.")
    #expect(!kk.entities.contains { $0.label.hasPrefix("Компания") })
    #expect(!kk.entities.contains { $0.kind == .project })
  }

  @Test("round 36: a catalogued company with its legal form; capitalised parks; a company named like a given name; Italian lower-case ministries; a joint venture's name after the words")
  func round36Rules() {
    let en = extract("Sany Heavy Industry Co., Ltd. opened an office in the Alatau Innovation Technology Park.")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.id) == ["sany"])
    #expect(entity(en, .project, "Alatau Innovation Technology Park") != nil)
    let it = extract("Leonardo ha firmato con il ministero della Difesa del Kazakistan. Leonardo Rossi era presente. Gli elicotteri saranno assemblati dalla joint venture Kazakhstan Aviation Industry.")
    #expect(Set(it.entities.map(\.id)).contains("leonardo"))
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Leonardo Rossi" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Ministero della Difesa del Kazakistan" })
    #expect(entity(it, .organization, "Kazakhstan Aviation Industry") != nil)
  }

  @Test("round 37: roads between places; operas and orchestras; 'Days of … Culture' events; a Kazakh place in the instrumental names no facility")
  func round37Rules() {
    let ru = extract("Кредит пошел на реконструкцию дороги Бишкек – Нарын – Торугарт.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "дорога Бишкек – Нарын – Торугарт" })
    let en = extract("The Days of Kazakh Culture in China opened with the Astana Opera and the Kurmangazy Orchestra.")
    #expect(entity(en, .event, "Days of Kazakh Culture in China") != nil)
    #expect(Set(en.entities.filter { $0.kind == .organization }.map(\.label)) == ["Astana Opera", "Kurmangazy Orchestra"])
    let kk = extract("Әкімдік Іле Қазақ автономиялық облысымен астық терминалын салады.")
    #expect(!kk.entities.contains { $0.kind == .project })
  }

  @Test("round 38: a port named by its town; brands listed with 'сияқты'; Italian stations; a Kazakh adverb opening the sentence names no event")
  func round38Rules() {
    let en = extract("The cargo reached the port of Bandar Abbas on Monday.")
    #expect(entity(en, .project, "Port of Bandar Abbas") != nil)
    let kk = extract("Павильонға «Рахат», «Баян Сұлу» сияқты брендтер қатысады. Былтыр көрмеде келісімдер жасалды.")
    #expect(Set(kk.entities.filter { $0.kind == .organization }.map(\.label)).isSuperset(of: ["Рахат", "Баян Сұлу"]))
    #expect(!kk.entities.contains { $0.kind == .event })
    let it = extract("Il gruppo amplierà la stazione sciistica di Karakol.")
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasPrefix("stazione sciistica di") })
  }

  @Test("round 39: a catalogued company's numbered bureau; a branch named by a Latin place in Russian text; the SCO's Italian name in lower case")
  func round39Rules() {
    let ru = extract("Контракт подписала China Railway 18th Bureau Group. Поезда поставит производитель CRRC Changchun.")
    #expect(Set(ru.entities.filter { $0.kind == .organization }.map(\.label)) == ["China Railway 18th Bureau Group", "CRRC Changchun"])
    let it = extract("Il vertice dell'Organizzazione per la cooperazione di Shanghai si apre oggi.")
    #expect(Set(it.entities.map(\.id)).contains("shanghai-cooperation-organisation"))
    #expect(!Set(it.entities.map(\.id)).contains("shanghai"))
  }

  @Test("round 40: a fund's quoted name; a title with a railway in it is no railway")
  func round40Rules() {
    let ru = extract("Проект реализуется при поддержке фонда «Береке».")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.contains("Береке") })
    let en = extract("Pakistani Railway Minister Hanif Abbasi spoke in Kabul.")
    #expect(!en.entities.contains { $0.kind == .project })
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Hanif Abbasi" })
    // a Kazakh company's name opened by a country mentions no country; a ministry's does
    let kk = extract("Қытай ұлттық мұнай-газ корпорациясының өкілі сөйледі. Қазақстан Республикасы Энергетика министрлігі хабарлады.")
    #expect(!kk.entities.contains { $0.id == "china" })
    #expect(kk.entities.contains { $0.id == "kazakhstan" })
  }

  @Test("known misses: a plant named by its city's genitive; compound place adjectives before a plant; a lake's cue names no lake")
  func plantAndLakeRules() {
    // (a city whose plant the catalogue lacks: Bishkek's is catalogued)
    let ru = extract("Модернизацию ТЭЦ Оша выполнила китайская компания. Директор Усть-Каменогорского титано-магниевого комбината встретился с делегацией.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "ТЭЦ Оша" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Усть-Каменогорский титано-магниевый комбинат" })
    #expect(ru.entities.contains { $0.kind == .city && $0.label == "Osh" })
    // the genitive and the nominative of a plant's name are one plant
    let a = extract("Делегация посетила Балхашский медеплавильный завод.")
    let b = extract("Директор Балхашского медеплавильного завода выступил на форуме.")
    #expect(a.entities.first { $0.kind == .project }?.id == b.entities.first { $0.kind == .project }?.id)
    let en = extract("Tourists visited Lake Song-Kul in summer.")
    #expect(en.entities.map(\.label) == ["Lake Song-Kul"])
    let it = extract("I turisti hanno visitato il lago Song-Kul e il lago Issyk-Kul.")
    #expect(Set(it.entities.map(\.id)) == ["lago-song-kul", "issyk-kul-region"])
  }

  @Test("known misses: 'C5+1' with its plus; routes named by an adjective before their noun, in Russian and English")
  func plusAndAdjectiveRouteRules() {
    let en = extract("The C5+1 foreign ministers met in New York.")
    #expect(en.entities.contains { $0.id == "c5-plus-1" })
    let ru = extract("Грузы пойдут по Трансиранской железной дороге. Новая железная дорога свяжет города. Строительство Восточно-Сибирского газопровода продолжается.")
    #expect(Set(ru.entities.filter { $0.kind == .project }.map(\.label)) == ["Трансиранская железная дорога", "Восточно-Сибирский газопровод"])
    let en2 = extract("Cargo will use the Trans-Iranian railway.")
    #expect(en2.entities.map(\.label) == ["Trans-Iranian railway"])
  }

  @Test("known misses: film festivals in Russian and Kazakh, known by their nominative; an Italian article before a cue qualifies no event")
  func festivalRules() {
    let a = extract("Фильм показали на Венецианском кинофестивале.")
    let b = extract("Венецианский кинофестиваль открылся вчера.")
    let fa = a.entities.first { $0.kind == .event }, fb = b.entities.first { $0.kind == .event }
    #expect(fa?.label == "Венецианский кинофестиваль")
    #expect(fa?.id == fb?.id)
    let kk = extract("Фильм Венеция кинофестивалінде көрсетілді.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label == "Венеция кинофестивалі" })
    let it = extract("Il film è stato presentato al Festival di Cannes.")
    #expect(it.entities.first { $0.kind == .event }?.id == "festival-di-cannes")
  }

  @Test("round 41: LLC closes a company's name; Kazakh departments (басқармасы) but not a company's board; a plant named by a country and its product; one embassy per sending country; Italian adjectives before a committee's complement")
  func round41Rules() {
    let en = extract("The line was built by Zijin Mining's local unit Zeravshan LLC.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Zeravshan LLC" })
    let kk = extract("Кездесуге Павлодар облыстық кәсіпкерлік және өнеркәсіп басқармасының басшысы қатысты. Облыста Қазақстан электролиз зауыты жұмыс істейді. Компания басқармасының төрағасы сөйледі.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Павлодар облыстық кәсіпкерлік және өнеркәсіп басқармасы" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Қазақстан электролиз зауыты" })
    #expect(kk.entities.filter { $0.kind == .organization }.count == 1)
    let ru = extract("В церемонии участвовал посол КНР в Бишкеке Лю Цзянпин. Китайский посол Лю Цзянпин подчеркнул важность проекта.")
    #expect(ru.entities.filter { $0.kind == .organization }.count == 1)
    let it = extract("Si è riunito il Comitato intergovernativo di cooperazione Turkmenistan-Cina.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Comitato intergovernativo di cooperazione Turkmenistan-Cina" })
  }

  @Test("round 42: a reflexive verb ends a ministry's name; a subsidiary called 'Overseas'; catalogue names joined by a dot; an Italian forum about a subject; a congress centre")
  func round42Rules() {
    let ru = extract("В Ташкенте при поддержке Министерства инвестиций, промышленности и торговли открылся учебный центр.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Министерство инвестиций, промышленности и торговли" })
    let en = extract("Kazatomprom has supplied CNNC's subsidiary CNNC Overseas since 2008.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "CNNC Overseas" })
    let it = extract("Il gruppo cinese Trip.com ha firmato un memorandum. Si è chiuso il quinto Forum internazionale sul turismo della Via della Seta. Il presidente ha visitato il centro congressi Silk Road Bukhara.")
    #expect(it.entities.contains { $0.id == "trip-com" })
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Forum internazionale sul turismo della Via della Seta" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "centro congressi Silk Road Bukhara" })
    #expect(!it.entities.contains { $0.label == "Trip" })
  }

  @Test("round 43: an Italian body 'per la' what it is for, after a compound adjective; a quoted zone name where 'di' would stand")
  func round43Rules() {
    let it = extract("Urso è arrivato per la riunione della Commissione intergovernativa italo-kazaka per la cooperazione economica. Le imprese costruiranno impianti nella zona economica speciale \"Parco nazionale industriale petrolchimico\" di Atyrau.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Commissione intergovernativa italo-kazaka per la cooperazione economica" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "zona economica speciale \"Parco nazionale industriale petrolchimico\" di Atyrau" })
    #expect(it.entities.contains { $0.id == "atyrau" })
  }

  @Test("round 44: bracketed acronyms a rule read alone, and Italian capitalised ones; a company acronym before a place names a subsidiary; Tajik surnames; 'по управлению государственным имуществом'; contract areas; Italian related-articles lines")
  func round44Rules() {
    let ru = extract("Контракт подписали ТАЛКО и China Nonferrous Metal Industry's Foreign Engineering and Construction (NFC). Председатель Государственного комитета по инвестициям и управлению государственным имуществом Шариф Рахимзода выступил. По словам директора Шухрата Абдуллозоды, линии заработают.")
    // (the long name and its bracketed acronym are one company, which the catalogue knows)
    #expect(ru.entities.filter { $0.kind == .organization && ($0.label == "NFC" || $0.label.hasPrefix("China Nonferrous")) }.count == 1)
    #expect(ru.entities.first { $0.label == "NFC" }?.mentions.count == 2)
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Государственный комитет по инвестициям и управлению государственным имуществом" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Sharif Rakhimzoda" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Shukhrat Abdullozoda" })
    let it = extract("La China Railway Engineering Group (Crec) costruirà la ferrovia. Il governo ha scelto la Società Ferroviaria Nazionale (Sfn) per la gestione. Il vicepresidente di Sfn ha parlato.\n\nArticoli correlati: Uzbekistan, Mirziyoyev inaugura la metropolitana di Samarcanda")
    #expect(it.entities.contains { $0.id == "crec" })
    #expect(it.entities.filter { $0.kind == .organization && $0.label != "China Railway Group Limited" }.count == 1)
    #expect(!it.entities.contains { $0.kind == .person })
    let en = extract("CNPC's Turkmen subsidiary, CNPC Amu Darya, operates the Bagtyyarlyk contract area. The Almaty area grows.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "CNPC Amu Darya" })
    #expect(en.entities.filter { $0.kind == .project }.map(\.label) == ["Bagtyyarlyk contract area"])
  }

  @Test("round 45: a trading house; one id for a declined Russian body; a company's subsidiary by its line of business; a river's name standing for its region; an English short name in brackets; mausoleums, metros and Kazakh lists of old towns")
  func round45Rules() {
    let ru = extract("В Сиане работает Торговый дом Казахстана. Через Торговый дом Казахстана продаётся мука. Работаем с компанией China Railway Container Transport.")
    #expect(ru.entities.filter { $0.kind == .organization && $0.label == "Торговый дом Казахстана" }.count == 1)
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "China Railway Container Transport" })
    let a = extract("Об этом сообщили в Министерстве финансов.")
    let b = extract("Министерство финансов сообщило об этом.")
    #expect(a.entities.first { $0.kind == .organization }?.id == b.entities.first { $0.kind == .organization }?.id)
    let en = extract("The cluster opened in the Syrdarya region. Fergana Valley and Syrdarya have the best conditions. It is backed by the Uzbekistan Textile and Garment Industry Association (Uztextileprom).")
    #expect(!en.entities.contains { $0.id == "syr-darya" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Syrdarya Region" && $0.mentions.map(\.text) == ["Syrdarya region", "Syrdarya"] })
    #expect(en.entities.filter { $0.kind == .organization }.count == 1)
    // (a metro the catalogue lacks: Almaty's is catalogued)
    let it = extract("Il piano prevede due nuove linee della metropolitana di Bishkek.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "metropolitana di Bishkek" })
    let kk = extract("Туристер Қарахан кесенесін және «Керуен-Сарай» туристік кешенін тамашалады. Туроператорлар Сығанақ пен Жент қалашықтарына турлар әзірледі.")
    #expect(Set(kk.entities.filter { $0.kind == .project }.map(\.label)) == ["Қарахан кесенесі", "«Керуен-Сарай» туристік кешені"])
    #expect(Set(kk.entities.filter { $0.kind == .city }.map(\.label)).isSuperset(of: ["Сығанақ", "Жент"]))
  }

  @Test("round 46: a quoted company name of four words holds no person; airports; biennales; Italian bodies 'per lo sviluppo …' and 'centrale di belle arti di …'; a Kazakh quoted station; Kazakh town pairs in one case; a catalogue city is never shorter than its name")
  func round46Rules() {
    let ru = extract("Компания ОсОО «Синь Тянь Ди Кыргызстан» откроет рейсы в аэропорт «Иссык-Куль».")
    #expect(!ru.entities.contains { $0.kind == .person })
    #expect(ru.entities.contains { $0.kind == .project && $0.label.hasPrefix("аэропорт") })
    let it = extract("La mostra è curata dalla Fondazione per lo sviluppo dell'arte e della cultura (Acdf). Una sezione è dedicata all'Accademia centrale di belle arti di Pechino. Si è chiusa la Biennale Arte.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Fondazione per lo sviluppo dell'arte e della cultura" && $0.mentions.count == 2 })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Accademia centrale di belle arti di Pechino" })
    #expect(!it.entities.contains { $0.kind == .project })
    #expect(it.entities.contains { $0.id == "venice-biennale" })
    let kk = extract("Жүк «Достық» станциясы арқылы жеткізіледі. Нұрмұхамбетов Петропавл мен Сергеевкада элеваторлар салынатынын айтты.")
    // (since round 294 a catalogued crossing's station is the crossing, quoted or not, as the
    // Russian "станцию «Достык»" is)
    #expect(kk.entities.contains { $0.id == "dostyk" } && !kk.entities.contains { $0.kind == .project })
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Сергеевка" })
    let ru2 = extract("Рейсы «Кыргызстан Аба Жолдору» и «Аба» начнутся весной.")
    #expect(!ru2.entities.contains { $0.id == "abay" })
  }

  @Test("round 47: a minister's portfolio of mines; a mine and a deposit of one name are one site; Kazakh quoted brands before 'өнімдерін'; a Kazakh event's quoted name stays in its sentence")
  func round47Rules() {
    let en = extract("Minister of Mines Hedayatullah Badri said work at the Mes Aynak copper mine would resume. The Mes Aynak copper deposit was stalled.")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Hedayatullah Badri" })
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
    let kk = extract("Павильонда «Рахат», «Баян Сұлу» және «Алель Агро» өнімдерін таныстырды. Көрмені ұйымдастыруға QazTrade атсалысты.")
    #expect(Set(kk.entities.filter { $0.kind == .organization }.map(\.label)).isSuperset(of: ["Рахат", "Баян Сұлу", "Алель Агро"]))
    #expect(!kk.entities.contains { $0.kind == .event })
  }

  @Test("round 48: a subsidiary with its country in brackets; Italian bodies with lower-case adjectives; an elided article before a nationality and a company; Italian districts listed after their cue")
  func round48Rules() {
    let en = extract("The new unit, Bank of China (Kyrgyzstan), received a licence.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Bank of China (Kyrgyzstan)" })
    let it = extract("La Banca mondiale ha approvato un prestito per il bacino del Mar d'Aral, realizzato da Bonifiche Ferraresi insieme all'uzbeka Uzsuvloyiha. L'intervento interessa i distretti di Muynak e Kungrad.")
    #expect(it.entities.contains { $0.id == "world-bank" })
    #expect(it.entities.contains { $0.id == "aral-sea" })
    #expect(!it.entities.contains { $0.kind == .city })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Uzsuvloyiha" })
    #expect(Set(it.entities.filter { $0.kind == .region && $0.subkind == "district" }.map(\.label)) == ["distretto di Muynak", "distretto di Kungrad"])
  }

  @Test("round 49: Italian bodies 'per la cooperazione allo sviluppo' and 'per l'ambiente e la silvicoltura del …'; a 'Collegio'; Italy's regions; 'Parco nazionale' + name; mountain passes; 'КПП «…»' over a catalogued part; quoted power stations")
  func round49Rules() {
    let it = extract("Il progetto è finanziato dall'Agenzia italiana per la cooperazione allo sviluppo (Aics), con il Collegio delle guide alpine del Trentino e l'Agenzia statale per l'ambiente e la silvicoltura del Kirghizistan, per i ranger del Parco nazionale Sary-Chelek. Lo ha detto Martino Peterlongo.")
    let orgs = Set(it.entities.filter { $0.kind == .organization }.map(\.label))
    #expect(orgs.isSuperset(of: ["Agenzia italiana per la cooperazione allo sviluppo", "Collegio delle guide alpine del Trentino", "Agenzia statale per l'ambiente e la silvicoltura del Kirghizistan"]))
    #expect(it.entities.contains { $0.kind == .project && $0.label == "Parco nazionale Sary-Chelek" })
    #expect(it.entities.contains { $0.id == "trentino-alto-adige" })
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Martino Peterlongo" })
    let ru = extract("Дорога ведёт к перевалу Кульма и к КПП «Кульма-Карасу». Китайские компании построили гидроэлектростанцию «Себзор».")
    #expect(ru.entities.contains { $0.kind == .region && $0.label.contains("Кульма") && $0.subkind == "natural-feature" })
    #expect(!ru.entities.contains { $0.id == "qorasuv" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("Себзор") })
  }

  @Test("round 50: a discovered event whose id is a catalogue event's becomes that event (it used to be deleted and crash relation rules); CASA-1000 and the OPEC Fund are catalogued")
  func round50Rules() {
    let en = extract("Mirziyoyev and Xi Jinping discussed the project at the China–Central Asia summit in Astana in June.")
    #expect(en.entities.contains { $0.id == "china-central-asia-summit" && $0.label == "China–Central Asia Summit" })
    let it = extract("L'energia di Rogun sarà esportata attraverso la linea Casa-1000, cofinanziata dal Fondo Opec per lo sviluppo internazionale.")
    #expect(Set(it.entities.map(\.id)).isSuperset(of: ["casa-1000", "opec-fund"]))
  }

  @Test("known misses after round 50: a capitalised English 'Pass' names a mountain pass, the verb does not; a catalogued brand, a word and a country name a subsidiary")
  func passAndBrandSubsidiaryRules() {
    let en = extract("A second tunnel under the Kamchik Pass links the valley. Trains pass through Angren. Hyundai Trans Kazakhstan operates a plant.")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Kamchik Pass" && $0.subkind == "natural-feature" })
    #expect(en.entities.filter { $0.subkind == "natural-feature" }.count == 1)
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Hyundai Trans Kazakhstan" })
    #expect(!en.entities.contains { $0.id == "kazakhstan" })
  }

  @Test("round 51: a genitive adjective after 'и' in a ministry's name; catalogued names with a long Russian form; an Italian company noun before a nationality and a name; 'valle dell'…'")
  func round51Rules() {
    let ru = extract("Движение обратилось в Министерство природных ресурсов, экологии и технического надзора Кыргызстана. Фонд национального благосостояния «Самрук-Казына» ответил.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Министерство природных ресурсов, экологии и технического надзора Кыргызстана" })
    #expect(ru.entities.contains { $0.id == "samruk-kazyna" && $0.mentions.count == 1 })
    #expect(ru.entities.filter { $0.kind == .organization }.count == 2)
    let it = extract("La cantina kazaka Arba Wine, con vigneti nella valle dell'Ili, esporta in Cina.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Arba Wine" })
    #expect(it.entities.contains { $0.kind == .region && $0.subkind == "natural-feature" && $0.mentions.first?.text == "valle dell'Ili" })
  }

  @Test("round 52: Baiterek and Kazakh holdings; industry words such as Sugar; Italian chambers 'di commercio e industria del …' (and committees 'di cooperazione X-Y' still); a unit after a number is no project name; a Kazakh country in the genitive owns a body, it does not open its name")
  func round52Rules() {
    let kk = extract("Жобаға «Бәйтерек» ұлттық басқарушы холдингі қолдау көрсетеді. Ербол Қарашөкеев COFCO Sugar компаниясының өкілдерімен кездесті. Қытайдың Ляньюньган порты холдингінің төрағасы келді.")
    #expect(kk.entities.contains { $0.id == "baiterek" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "COFCO Sugar" })
    #expect(!kk.entities.contains { $0.label.hasPrefix("Қытайдың") })
    let it = extract("Ha incontrato i rappresentanti della Camera di commercio e industria del Turkmenistan. Si è riunito il Comitato di cooperazione Cina-Kazakistan.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Camera di commercio e industria del Turkmenistan" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Comitato di cooperazione Cina-Kazakistan" })
    let en = extract("Kazakhstan and Envision Energy plan a 500-MW Caspian wind farm.")
    #expect(!en.entities.contains { $0.label.contains("MW") })
  }

  @Test("round 53: sentence-initial Kazakh district, a name before a place cue, Russian plural town lists, Italian region adjectives, economic zones")
  func round53Rules() {
    let kk = extract("Тарбағатай ауданының әкімі жиналыс өткізді. Кеше облыс әкімі Берік Уәли Тарбағатай ауданына барды.")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Тарбағатай ауданы" && $0.mentions.count == 2 })
    #expect(kk.entities.contains { $0.kind == .person && $0.label == "Berik Uali" })
    #expect(!kk.entities.contains { $0.label.hasPrefix("Кеше") })
    let ru = extract("Слушания пройдут в сёлах Кок-Сай и Бекмолдо, а также в селах Бакай-Ата, Кара-Кужур и Чат-Базар.")
    #expect(Set(ru.entities.filter { $0.kind == .city }.map(\.label)) == ["Кок-Сай", "Бекмолдо", "Бакай-Ата", "Кара-Кужур", "Чат-Базар"])
    let it = extract("Il giacimento si trova nella regione del Kazakhstan occidentale.")
    #expect(it.entities.contains { $0.id == "west-kazakhstan-region" })
    let en = extract("A battery workshop will be built in the Jizzakh free economic zone, not in the Almaty border zone.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Jizzakh free economic zone" })
    #expect(!en.entities.contains { $0.label.hasSuffix("border zone") })
  }

  @Test("round 54: missions named by 'of'/'di' + country, a possessive before a nested name, short body mentions, title-case acronyms, Italian citadels, no city in a given name")
  func round54Rules() {
    let it = extract("Il Consolato generale della Cina a Milano e l'Ambasciata d'Italia a Tashkent. Visita dell'Unesco alla cittadella di Ayaz Kala.")
    #expect(it.entities.contains { $0.id == "consulate-general-of-china-in-milan" && $0.mentions.first?.text == "Consolato generale della Cina a Milano" })
    #expect(it.entities.contains { $0.id == "embassy-of-italy-in-uzbekistan" })
    #expect(it.entities.first { $0.id == "china" }?.mentions.count == 1)
    #expect(it.entities.contains { $0.id == "unesco" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "cittadella di Ayaz Kala" })
    let en = extract("The National Bank of Kazakhstan and the People's Bank of China renewed the swap. The chairman of the National Bank attended.")
    #expect(!en.entities.contains { $0.id == "bank-of-china" })
    #expect(en.entities.first { $0.id == "national-bank-of-kazakhstan" }?.mentions.count == 2)
    #expect(!en.entities.contains { $0.label == "National Bank" })
    let ru = extract("В церемонии участвовала посол Италии в Таджикистане Мария Луиза Скольятти.")
    #expect(!ru.entities.contains { $0.kind == .city })
    #expect(ru.entities.contains { $0.kind == .person && $0.mentions.first?.text == "Мария Луиза Скольятти" })
    // the region's landmark plants and routes are catalogued: one node in every language
    let plants = [extract("Пуск третьего агрегата Рогунской ГЭС."), extract("Webuild is building the Rogun Dam."), extract("Webuild costruisce la centrale idroelettrica di Rogun.")]
    #expect(plants.allSatisfy { $0.entities.contains { $0.id == "rogun-hpp" } })
    let rail = [extract("Аягөз – Бақты темір жолы 2027 жылы ашылады."), extract("Строительство железной дороги Бахты – Аягоз началось.")]
    #expect(rail.allSatisfy { $0.entities.contains { $0.id == "third-china-kazakhstan-railway" } })
  }

  @Test("round 55: a company's short name of several words, Italian bilateral commissions and vice-governors, Kazakh cue words read first, quoted facility names a company bears")
  func round55Rules() {
    let en = extract("The investor is Xinyi Glass Holdings. An agreement with Xinyi Glass was signed in Beijing.")
    #expect(en.entities.filter { $0.kind == .organization }.count == 1)
    #expect(en.entities.first { $0.kind == .organization }?.mentions.count == 2)
    let it = extract("Il progetto rientra nel programma della Commissione intergovernativa italo-kirghisa. Era presente una delegazione guidata dal vicegovernatore Aierken Tuniyazi.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Commissione intergovernativa italo-kirghisa" })
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Aierken Tuniyazi" })
    let kk = extract("Институт «Бір белдеу, бір жол» бастамасы аясында құрылған. Орталық «Болашақ» бағдарламасы аясында ашылды. Студенттер «Чанъань» халықаралық құрғақ портында тәжірибеден өтеді.")
    #expect(!kk.entities.contains { $0.kind == .organization })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "«Чанъань» халықаралық құрғақ порты" })
    // (a Russian body may bear a project's name)
    let ru = extract("Выступил представитель Альянса сотрудничества аналитических центров «Один пояс, один путь».")
    #expect(ru.entities.contains { $0.kind == .organization && $0.mentions.first?.text.hasSuffix("путь»") == true })
  }

  @Test("round 56: media outlets, a possessive before a place's or a headline's words, a trading house's quoted name, a catalogued ministry by its name without the country, consulates general, games named after a continent, seasons' games, Italian academies 'delle scienze sociali'")
  func round56Rules() {
    let en = extract("# China's Quiet Security Footprint in Tajikistan\n\nSatellite images published by The Washington Post show a base near Afghanistan's Wakhan Corridor. TALCO Gold has Chinese partners.")
    #expect(!en.entities.contains { $0.label.contains("Footprint") })
    #expect(en.entities.contains { $0.id == "washington-post" })
    #expect(!en.entities.contains { $0.kind == .organization && $0.label.contains("Wakhan") })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "TALCO Gold" })
    let ru = extract("Мы открыли торговый дом «Қазақстан» в Шанхае и Генеральное консульство Казахстана в Чэнду. — Какую роль играет Министерство иностранных дел? — МИД РК координирует работу.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Торговый дом «Қазақстан»" })
    #expect(ru.entities.contains { $0.id == "consulate-general-of-kazakhstan-in-chengdu" })
    #expect(ru.entities.first { $0.id == "mfa-kazakhstan" }?.mentions.count == 2)
    let kk = extract("Келесі Азия ойындары 2030 жылы Доха қаласында өтеді. Алматы 2029 жылғы Азия қысқы ойындарын қабылдайды. Азия ойындарында 12 алтын медаль алдық.")
    #expect(!kk.entities.contains { $0.id == "asia" })
    #expect(kk.entities.filter { $0.kind == .event }.count == 2)
    #expect(kk.entities.contains { $0.id == "asian-games" && $0.mentions.count == 2 })
    let it = extract("Il convegno è promosso con l'Accademia nazionale delle scienze agrarie.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Accademia nazionale delle scienze agrarie" })
  }

  @Test("round 57: a quoted group is a company, Italian funds, South Kazakhstan is the Turkistan Region")
  func round57Rules() {
    let kk = extract("Зауытты «Allur» тобы мен «СарыарқаАвтоПром» ЖШС салған. Жұмыс тобы құрылды.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.id == "allur" })
    #expect(kk.entities.filter { $0.kind == .organization }.count == 2)
    let it = extract("È stato firmato un memorandum con il Fondo per gli investimenti diretti del Tagikistan.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Fondo per gli investimenti diretti del Tagikistan" })
    let en = extract("Water will go to farmers in the Fergana Valley and South Kazakhstan.")
    #expect(en.entities.contains { $0.id == "turkistan-region" })
  }

  @Test("round 58: districts listed before a plural cue, Kazakh plural rivers and reservoirs, a title after a body's name, Italian 'Caspio'")
  func round58Rules() {
    let ru = extract("Проект позволит газифицировать сёла в Шалкарском и Темирском районах.")
    #expect(Set(ru.entities.filter { $0.kind == .region }.map(\.label)) == ["Шалкарский район", "Темирский район"])
    let kk = extract("Жоба Жуалы, Байзақ және Меркі аудандарында жүзеге асады. Талас және Шу өзендеріндегі каналдар жаңарады. Ол Киров су қоймасынан келетін суды арттыруды ұсынды. Талас облысының әкімі келді.")
    #expect(kk.entities.filter { $0.subkind == "district" }.count == 3)
    #expect(kk.entities.contains { $0.id == "talas-river" } && kk.entities.contains { $0.id == "chu-river" })
    #expect(kk.entities.first { $0.id == "talas-region" }?.mentions.count == 1)
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Киров су қоймасы" })
    let en = extract("Xinjiang Party Secretary Ma Xingrui said trade grew. Halyk Bank Chairman Umut Shayakhmetova spoke.")
    #expect(!en.entities.contains { $0.label.contains("Secretary") || $0.label.contains("Chairman") })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Halyk Bank" })
    let it = extract("La presenza cinese nel Caspio cresce.")
    #expect(it.entities.contains { $0.id == "caspian-sea" })
  }

  @Test("round 59: regions listed before a plural cue and a country after it, two hyphenated regions sharing a cue, a press release's SOURCE line and headline, Italian names of Chinese banks")
  func round59Rules() {
    let en = extract("LONGi and Qazaq Green Power Sign 1 GW Solar Supply Agreement\n\nThe parks are in the Turkistan, Kyzylorda and Zhambyl regions of Kazakhstan.\n\nSOURCE LONGi Green Energy Technology Co., Ltd.")
    #expect(Set(en.entities.filter { $0.kind == .region }.map(\.id)) == ["turkistan-region", "kyzylorda-region", "zhambyl-region", "kazakhstan"])
    #expect(!en.entities.contains { $0.kind == .project })
    #expect(!en.entities.contains { $0.label.hasPrefix("SOURCE") })
    let ru = extract("По словам министра, дорога свяжет Иссык-Кульскую и Нарынскую области.")
    #expect(Set(ru.entities.map(\.id)) == ["issyk-kul-region", "naryn-region"])
    let it = extract("La Banca popolare cinese e la Banca di sviluppo cinese finanziano il progetto.")
    #expect(it.entities.contains { $0.id == "pboc" } && it.entities.contains { $0.id == "china-development-bank" })
  }

  @Test("round 60: Italian towns named with their province, Italian provinces the catalogue lacks, Mongolia's Kazakh spelling")
  func round60Rules() {
    let it = extract("Ha visitato la sede dell'azienda a Jolanda di Savoia, in provincia di Ferrara.")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Jolanda di Savoia" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Provincia di Ferrara" })
    let kk = extract("Жүктер Моңғолиядағы өткізу бекеті арқылы тасымалданады. Моңғолияның Баян-Өлгий аймағы.")
    #expect(kk.entities.first { $0.id == "mongolia" }?.mentions.count == 2)
  }

  @Test("round 61: Chinese autonomous counties, Italian airports and treatment plants, a Kazakh university named by adjectives before a Latin name")
  func round61Rules() {
    let en = extract("The pass links Murghab with the Tashkurgan Tajik Autonomous County in China's Kashgar Prefecture.")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Tashkurgan Tajik Autonomous County" })
    #expect(!en.entities.contains { $0.label == "Autonomous County" })
    let it = extract("È previsto l'ampliamento dell'aeroporto internazionale di Issyk-Kul e un impianto di depurazione di Karakol.")
    #expect(it.entities.filter { $0.kind == .project }.count == 2)
    let kk = extract("Халықаралық ақпараттық технологиялар университетінде Huawei академиясы ашылды. Облыстық туризм басқармасы хабарлады.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Халықаралық ақпараттық технологиялар университеті" })
    #expect(!kk.entities.contains { $0.label.hasPrefix("Облыстық") })
  }

  @Test("round 62: hyphenated and ampersand company names, heritage sites, Italian company nouns, Italy's middle-sized cities and their provinces, the port of Poti is no alias of the town")
  func round62Rules() {
    let en = extract("Hong Kong-based hotel group Shangri-La is studying a hotel near the Chor-Bakr necropolis. The ship called at the port of Poti.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Shangri-La" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Chor-Bakr necropolis" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Port of Poti" })
    let it = extract("Il pastificio Barilla di Parma sarà il primo acquirente. La sede è in provincia di Ferrara.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Barilla" })
    #expect(it.entities.contains { $0.id == "parma" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Provincia di Ferrara" })
    let kk = extract("Жобаны жүзеге асыруға China Petroleum Engineering & Construction Corporation компаниясы тартылды. Қазақстан мен Қытай келісті.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.mentions.first?.text == "China Petroleum Engineering & Construction Corporation" })
    #expect(!kk.entities.contains { $0.label == "Construction Corporation" })
  }

  @Test("round 63: Kazakh nouns in -лік are no adjectives, Kazakh metros, Italian lists after a plural company noun, a town before 'in' and its country, capitalised weeks")
  func round63Rules() {
    let kk = extract("Көлік және коммуникациялар министрлігінің мәліметінше, желі 2030 жылы іске қосылады. Алматы метрополитенінің екінші желісі салынады.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Көлік және коммуникациялар министрлігі" })
    #expect(kk.entities.contains { $0.id == "almaty-metro" })
    let it = extract("Tra gli espositori ci sono i lanifici biellesi Vitale Barberis Canonico e Reda.")
    #expect(Set(it.entities.filter { $0.kind == .organization }.map(\.label)) == ["Vitale Barberis Canonico", "Reda"])
    let en = extract("This week the cargo went on to Constanta in Romania. Bekturov spoke at the AIFC's annual Finance Week. Next week is busy.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Constanta" })
    #expect(en.entities.filter { $0.kind == .event }.map(\.label) == ["Finance Week"])
  }

  @Test("round 64: Kazakh quoted partnerships and cooperatives, a minister's portfolio names no body")
  func round64Rules() {
    let kk = extract("Облыс әкімі экспортқа «Жаңақорған Агро» серіктестігі мен «Шиелі күріш» кооперативі шыққанын айтты. Жұмыс серіктестігі құрылды.")
    #expect(Set(kk.entities.filter { $0.kind == .organization }.map(\.label)) == ["«Жаңақорған Агро» серіктестігі", "«Шиелі күріш» кооперативі"])
    #expect(!kk.entities.contains { $0.kind == .city })
    let en = extract("Uzbek Minister of Digital Technologies Sherzod Shermatov said so.")
    #expect(!en.entities.contains { $0.kind == .organization })
  }

  @Test("round 65: a company's short name opening with a province, after a Cyrillic word; a family name's particle inside a company's name; the Mejlis")
  func round65Rules() {
    let ru = extract("Хокимият и китайская компания Jiangsu Sunshine Group подписали соглашение. Ранее Jiangsu Sunshine открыла фабрику в Андижане.")
    #expect(!ru.entities.contains { $0.id == "jiangsu" })
    #expect(ru.entities.first { $0.kind == .organization }?.mentions.count == 2)
    let it = extract("Il gruppo italiano Rizzani de Eccher ha già realizzato il palazzo del Mejlis.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Rizzani de Eccher" })
    #expect(it.entities.contains { $0.id == "mejlis-turkmenistan" })
  }

  @Test("round 66: the Trans-Caspian Gas Pipeline, SOCAR and BP are catalogued")
  func round66Catalogue() {
    let en = extract("Turkmenistan eyes the Trans-Caspian Gas Pipeline. The Trans-Caspian pipeline would reach Sangachal, where BP and SOCAR operate.")
    #expect(en.entities.first { $0.id == "trans-caspian-gas-pipeline" }?.mentions.count == 2)
    #expect(en.entities.contains { $0.id == "bp" } && en.entities.contains { $0.id == "socar" })
  }

  @Test("round 67: an English region named after its city, a country's name as a holder's given name, a company by its chairman, an Italian plant's place, Kazakh lake groups and quoted routes, a Markdown read-also heading")
  func round67Rules() {
    let en = extract("The line reaches Russia's Tomsk Region. The deal was signed by Deputy Minister Jordan Bekov and Korkem's chairman Aidar Nurov.")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Tomsk Region" })
    #expect(!en.entities.contains { $0.label == "Mary" })
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Jordan Bekov" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Korkem" })
    let it = extract("La società ha completato lo stabilimento di urea di Mollagaz nel 2014.")
    #expect(it.entities.map(\.kind) == [.project])
    let kk = extract("Туристер Бозтаз көлдері мен Марқакөл және Зайсан көлдерін аралайды. «Алтын жол – Шарын» туристік маршруты ашылады.")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Бозтаз көлдері" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.contains("Алтын жол – Шарын") })
    let md = extract("Текст статьи о Китае.\n\n**Читайте также:**\n- [В Андижане открылся завод](/news/1)\n")
    #expect(!md.entities.contains { $0.kind == .city })
  }

  @Test("round 68: a Russian joint venture's quoted name, Italian names opening with an article, an Italian port authority named by its sea, a place's short name after a possessive, a Kazakh body's cue before a place in the locative")
  func round68Rules() {
    let ru = extract("Директор совместного предприятия «Алтын Тоо Жолу» выступил на церемонии.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Алтын Тоо Жолу" })
    let it = extract("Il carico andrà al pastificio La Torinese. Ha parlato il presidente dell'Autorità di sistema portuale del Mar Tirreno settentrionale.")
    #expect(Set(it.entities.filter { $0.kind == .organization }.map(\.label)) == ["La Torinese", "Autorità di sistema portuale del Mar Tirreno settentrionale"])
    let en = extract("Chinese firm opens plant in Tajikistan's Khatlon\n\nThe plant stands in Khatlon Province.")
    #expect(!en.entities.contains { $0.kind == .organization })
    #expect(en.entities.first { $0.kind == .region && $0.label.hasPrefix("Khatlon") }?.mentions.count == 2)
    let kk = extract("Компанияның Қазақстандағы өкілі Чжоу Хайбо станция туралы айтты.")
    #expect(!kk.entities.contains { $0.kind == .organization })
  }

  @Test("round 69: 'после' is no ambassador, a 'материалы по теме' list is noise, a company named by a province and an industry word, an Italian name with a number or made of places' names, Kazakh colleges and a city's own departments")
  func round69Rules() {
    let ru = extract("После запуска линии поставки туркменского газа в КНР вырастут.\n\nМатериалы по теме:\nНовый завод открылся в Андижане\n")
    #expect(!ru.entities.contains { $0.kind == .organization || $0.kind == .city })
    let en = extract("The ministry gave a licence to Hubei Glass to build a plant near Shymkent.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Hubei Glass" })
    #expect(!en.entities.contains { $0.kind == .region })
    let it = extract("Il tour operator Viaggiare 7 e la catena alberghiera Almaty Grand Resort hanno firmato un accordo.")
    #expect(Set(it.entities.filter { $0.kind == .organization }.map(\.label)) == ["Viaggiare 7", "Almaty Grand Resort"])
    let kk = extract("Студенттер Қостанай агротехникалық колледжінде оқиды. Шымкент қаласы денсаулық сақтау басқармасы хабарлады.")
    #expect(Set(kk.entities.filter { $0.kind == .organization }.map(\.label)) == ["Қостанай агротехникалық колледжі", "Шымкент қаласы денсаулық сақтау басқармасы"])
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Shymkent" })
  }

  @Test("round 70: a named ministers' meeting, a Telegram promotion line, a project named by 'chiamato', towns listed after 'località di', NGOs, Kazakh quoted bodies before an adjective and a cue, a subsidiary bearing its parent's acronym")
  func round70Rules() {
    let en = extract("Officials attended the Turkic Transport Ministers' Meeting in Baku. A meeting followed.")
    #expect(en.entities.filter { $0.kind == .event }.map(\.label) == ["Turkic Transport Ministers' Meeting"])
    let ru = extract("Завод построят в Актобе.\n\nЕщё больше новостей – в нашем Telegram-канале.\n")
    #expect(!ru.entities.contains { $0.kind == .organization })
    let it = extract("Il progetto, chiamato \"Steppa Verde\", servirà le località turistiche di Karakol e Tamga. Partecipa la ong italiana Mondo Aperto.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "Steppa Verde" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Tamga" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Mondo Aperto" })
    let kk = extract("«Шығыс теңіз сауда порты» ұлттық компаниясы мен «ҚТЖ – Жолаушылар» АҚ келісімге қол қойды. ҚТЖ өкілі сөйледі.")
    #expect(Set(kk.entities.filter { $0.kind == .organization }.map(\.id)).isSuperset(of: ["kazakhstan-temir-zholy"]))
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Шығыс теңіз сауда порты" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("ҚТЖ – Жолаушылар") })
  }

  @Test("round 71: Russian state enterprises, quoted stations, metro lines named by an adjective, Italian fairs, wineries listed after 'tra cui', an agency in apposition, a company after its officer's title and its acronym")
  func round71Rules() {
    let ru = extract("Контракт подписал начальник ГУП «Ширин Сув» у станции «Бахор». Ранее открыли участок Северной линии метро.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Ширин Сув" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "станция «Бахор»" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Северная линия метро" })
    let it = extract("""
      Al Salone internazionale dei formaggi e salumi ci sono otto cantine kazake, tra cui Zhayik Vino e Kapal Estate. \
      Il padiglione è curato da Orda Export, l'agenzia per l'export. Il presidente di Bergamofiere, Mario Rossi, ha parlato. \
      La società Tamga Kapital investe in Italia. L'amministratore delegato di TK, Luca Bianchi, ha firmato.
      """)
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Salone internazionale dei formaggi e salumi" })
    let orgs = Set(it.entities.filter { $0.kind == .organization }.map(\.label))
    #expect(orgs.isSuperset(of: ["Zhayik Vino", "Kapal Estate", "Orda Export", "Bergamofiere"]))
    #expect(!orgs.contains("TK"))
  }

  @Test("round 72: rivers listed before a catalogued river and a plural cue, two adjectives before a company, a second nationality in a list, project and company names repeated, Kazakh culture days and bare cues after adjectives")
  func round72Rules() {
    let en = extract("Scientists will study water use along the Koksu and Syr Darya rivers.")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Koksu river" && $0.mentions.map(\.text) == ["Koksu"] })
    let it = extract("""
      Il gruppo alimentare veronese Pastamore apre il Samarkand Tech Park. Il Tech Park ospita aziende cinesi come Hangzhou Tea e turche come Eti Gida. \
      Pastamore, con sede a Verona, è presente in Kazakhstan.
      """)
    #expect(it.entities.first { $0.label == "Pastamore" }?.mentions.count == 2)
    #expect(it.entities.first { $0.kind == .project && $0.label == "Samarkand Tech Park" }?.mentions.count == 2)
    #expect(Set(it.entities.filter { $0.kind == .organization }.map(\.label)).isSuperset(of: ["Hangzhou Tea", "Eti Gida"]))
    let kk = extract("Алматыда Үндістан мәдениеті күндері басталды. Концерт Орталық мемлекеттік музейде өтті.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label == "Үндістан мәдениеті күндері" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Орталық мемлекеттік музей" })
  }

  @Test("round 73: a quoted plant name closing with its acronym, Italian ministries 'dei …', camel-case brands and their name before legal forms")
  func round73Rules() {
    let ru = extract("Введена в эксплуатацию ветровая электростанция «Коктал ВЭС» мощностью 50 МВт.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Коктал ВЭС" })
    let it = extract("Lo ha comunicato il ministero dei Lavori pubblici kazako.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Ministero dei Lavori" })
    let en = extract("Officials met zFinity Co., Ltd., a Chinese software company. zFinity is listed in Shenzhen.")
    #expect(en.entities.filter { $0.kind == .organization }.count == 1)
    #expect(en.entities.first { $0.kind == .organization }?.mentions.count == 2)
    // (a group of lakes after another lake and a comma is no list: round 67's rule, kept)
    let kk = extract("Танымал бағыттар – Алакөл көлі, Жасыл көлдері және Шарын шатқалы.")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Жасыл көлдері" })
  }

  @Test("round 74: an Italian chamber closed by a bilateral adjective, Italian producers, the Kazakh 'Әзербайжан' spelling")
  func round74Rules() {
    let it = extract("La missione è organizzata dalla Camera di commercio italo-uzbeka e dal produttore cinese Zoomlion.")
    #expect(Set(it.entities.filter { $0.kind == .organization }.map(\.label)) == ["Camera di commercio italo-uzbeka", "Zoomlion"])
    let kk = extract("Жәрмеңкеге Қазақстан, Түркия және Әзербайжаннан туроператорлар қатысты.")
    #expect(kk.entities.contains { $0.id == "azerbaijan" })
    // (a holder after a body's name that the organisation pass reads later)
    let ru = extract("Выступил председатель Комитета лесного хозяйства Асет Нурлыбай.")
    #expect(ru.entities.contains { $0.kind == .person && $0.mentions.map(\.text) == ["Асет Нурлыбай"] })
  }

  @Test("round 75: a project named by 'called' without quotes")
  func round75Rules() {
    let en = extract("The project, to be called Zhasyl Dala Eco Park, includes two hotels.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Zhasyl Dala Eco Park" })
  }

  @Test("round 76: rivers after a river's cue and in a Russian list, quoted and adjective-named facilities, 'по' + a dative pair, 'Teatro alla …', a city opening a Latin body's name")
  func round76Rules() {
    let ru = extract("Обсудили сток на реках Или, Каратал, Аксу и Хоргос. Гидропост на реке Хоргос обновят.")
    let rivers = ru.entities.filter { $0.kind == .region && $0.label.hasPrefix("река ") }.map(\.label)
    #expect(Set(rivers) == ["река Каратал", "река Аксу", "река Хоргос"])
    #expect(ru.entities.first { $0.label == "река Хоргос" }?.mentions.count == 2)
    #expect(!ru.entities.contains { $0.kind == .project })
    let dam = extract("Идет строительство совместного гидроузла «Бесагаш» и ремонт Тасоткельского водохранилища.")
    #expect(Set(dam.entities.filter { $0.kind == .project }.map(\.label)) == ["гидроузел «Бесагаш»", "Тасоткельское водохранилище"])
    let body = extract("Заявил председатель Комитета по водным ресурсам Талгат Оспанов.")
    #expect(body.entities.contains { $0.kind == .organization && $0.label == "Комитет по водным ресурсам" })
    let it = extract("L'accordo con il Teatro alla Fenice di Venezia è stato firmato ieri.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Teatro alla Fenice") })
    let en = extract("Students of Xi'an Polytechnic University and Beijing Polytechnic University met.")
    #expect(Set(en.entities.filter { $0.kind == .organization }.map(\.label)) == ["Xi'an Polytechnic University", "Beijing Polytechnic University"])
  }

  @Test("round 77: hospitals and akimats as bodies, 'delle scienze del …' with its place, an English name before 'municipal enterprise', Kazakh names of China's autonomous regions")
  func round77Rules() {
    let kk = extract("Қызылорда облыстық көпбейінді ауруханасы жаңа корпус салды. Делегация Нинся-Хуэй автономиялық ауданынан келді.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Қызылорда облыстық көпбейінді ауруханасы") })
    #expect(kk.entities.contains { $0.id == "ningxia" })
    let it = extract("Hanno firmato con l'Accademia nazionale delle scienze del Kirghizistan un accordo.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasSuffix("delle scienze del Kirghizistan") })
    let en = extract("Aidos Zhaksybekov, head of the Shymkent Vodokanal municipal enterprise, and the Kostanay City Akimat signed it.")
    #expect(Set(en.entities.filter { $0.kind == .organization }.map(\.label)) == ["Shymkent Vodokanal", "Akimat of Kostanay"])
    #expect(en.entities.contains { $0.id == "akimat-of-kostanay" && $0.mentions.map(\.text) == ["Kostanay City Akimat"] })
    #expect(!en.entities.contains { $0.kind == .city && $0.label == "Akimat" })
  }

  @Test("round 78: an Italian facility with describing adjectives before 'di' and its place is the catalogue's")
  func round78Rules() {
    let it = extract("La nave è arrivata al porto commerciale marittimo di Aktau. Il porto di Aktau cresce.")
    #expect(it.entities.first { $0.id == "aktau-port" }?.mentions.map(\.text) == ["porto commerciale marittimo di Aktau", "porto di Aktau"])
  }

  @Test("round 79: a one-word project opening a Latin facility's name, English '…gas' compound companies after a dash")
  func round79Rules() {
    let en = extract("Work on the Tengiz field goes on, and the Tengiz Sulphur Handling Terminal opens in May. CNPC-Zhaikmunaigas will run it.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Tengiz Sulphur Handling Terminal" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "CNPC-Zhaikmunaigas" })
  }

  @Test("round 80: a Russian list of region adjectives read back from its cue, airports as English project words, a catalogued acronym's subsidiary named by one word")
  func round80Rules() {
    let ru = extract("Разрешения получили фермы в Жамбылской, Туркестанской и Кызылординской областях.")
    #expect(Set(ru.entities.filter { $0.kind == .region }.map(\.id)) == ["zhambyl-region", "turkistan-region", "kyzylorda-region"])
    let en = extract("The consortium will build a terminal at Taraz International Airport. The buyer is COFCO Tunhe, based in Urumqi.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Taraz International Airport" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "COFCO Tunhe" })
  }

  @Test("round 81: a subsidiary's quoted name after its parent's, a lower-case place adjective out of a plant's label, a man's name after a declined role and a genitive chain, an Italian region label opening with its cue, a short English facility name joined to the longer one in its town")
  func round81Rules() {
    let ru = extract("Работы начнет дочерняя компания Sinopec «Шэнли Ойлфилд Сервис», а оборудование поставит шаньдунский завод «Цзиньлун». Об этом сказал заместитель председателя правления компании Ерлан Сапаров. Слова заместителя председателя Кабинета министров Туркменистана Ходжамурада Бердыева.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Шэнли Ойлфилд Сервис" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "завод «Цзиньлун»" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Khodzhamurad Berdyev" })
    let it = extract("Il vice governatore della regione di Samarcanda ha parlato con la stampa.")
    #expect(it.entities.contains { $0.id == "samarkand-region" })
    let en = extract("The train reached the Aktobe terminal on Monday. The Kazakhstan-Caspian Freight Terminal in Aktobe handled 10,000 containers.")
    #expect(en.entities.filter { $0.kind == .project }.map(\.label) == ["Kazakhstan-Caspian Freight Terminal"])
  }

  @Test("round 82: a company named in Latin and in Cyrillic is one node, a hyphen never joins a Chinese surname to a given name, 'по' + a dative noun and a second dative pair, an Italian facility's quoted name and hyphenated place")
  func round82Rules() {
    let ru = extract("Компания «Silver Peak Resources» начала работы. Представитель «Силвер Пик Ресорсиз» сообщил о планах. Работы идут у сел Ак-Суу и Ли-Булак. Председатель Государственного агентства по энергетике и природным ресурсам Кыргызстана выступил.")
    #expect(ru.entities.filter { $0.kind == .organization && $0.label.contains("Silver") }.count == 1)
    #expect(!ru.entities.contains { $0.label.contains("Силвер") })
    #expect(!ru.entities.contains { $0.kind == .person })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Государственное агентство по энергетике и природным ресурсам Кыргызстана" })
    let it = extract("I turisti visitano il complesso \"Nomad Plaza\" e il parco nazionale di Ile-Alatau.")
    #expect(it.entities.contains { $0.kind == .project && $0.mentions.contains { $0.text.hasPrefix("complesso \"Nomad Plaza") } })
    #expect(it.entities.contains { $0.kind == .project && $0.mentions.contains { $0.text == "parco nazionale di Ile-Alatau" } })
  }

  @Test("round 83: a town's name with an industry word names a company, a town of two Latin words after its cue, a unit after a number is no project's name, a Kazakh town ending like a locative names its plant")
  func round83Rules() {
    let en = extract("The plant will be run by a joint venture, Aktau Solar Power, in which the fund holds 51 percent. A substation will rise near the town of Kazybek Bi. The partners plan a 2 GW solar park.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Aktau Solar Power" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kazybek Bi" })
    #expect(!en.entities.contains { $0.label.contains("GW") })
    let kk = extract("Қызылорда цемент зауытының құрылысы басталды.")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Қызылорда цемент зауыты" })
  }

  @Test("round 84: a Russian word is a place only by a Russian ending, a Russian district is labelled with its cue, a town cue takes a project's one-word name, an Italian hospital named by its lower-case noun and town")
  func round84Rules() {
    let ru = extract("Семена поставит институт. Комплекс построят в районе Варзоб. Делегация посетила Семей.")
    #expect(ru.entities.filter { $0.id == "semey" }.flatMap(\.mentions).map(\.text) == ["Семей"])
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "район Варзоб" && $0.id == "varzob-district" })
    let en = extract("A gas processing plant will be built near the town of Kashagan.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kashagan" })
    let it = extract("Il nuovo reparto dell'ospedale oncologico regionale di Almaty aprirà a giugno. L'ospedale oncologico di Almaty assumerà 40 medici.")
    #expect(it.entities.filter { $0.kind == .organization }.count == 1)
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "ospedale oncologico regionale di Almaty" })
  }

  @Test("round 85: places quoted together before a Kazakh company cue name the company; an acronym of a company's initials is that company")
  func round85Rules() {
    let kk = extract("Орталықты «Алтай Жібек Жолы» компаниясы салады.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "«Алтай Жібек Жолы» компаниясы" })
    #expect(!kk.entities.contains { $0.label == "Silk Road" })
    let ru = extract("ТОО «Жетысуская Энергетическая Компания» построит подстанцию. Генеральный директор ЖЭК сообщил о сроках.")
    #expect(ru.entities.first { $0.kind == .organization }?.mentions.map(\.text).last == "ЖЭК")
  }

  @Test("round 86: an Italian district after its cue, labelled with it; 'cascade' closes an English project's name")
  func round86Rules() {
    let it = extract("La nuova centrale sorgerà nel distretto di Vahdat, a est della capitale.")
    #expect(it.entities.contains { $0.kind == .region && $0.label == "distretto di Vahdat" && $0.id == "vahdat-district" })
    let en = extract("Work on the Suusamyr-Kokomeren hydropower cascade starts in May.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Suusamyr-Kokomeren hydropower cascade" })
  }

  @Test("round 87: two institutions joined by 'and', an acronym inside a name, English programmes, a customs office named by its town's adjective, a newspaper's quoted name, a discovered body's quoted name repeated")
  func round87Rules() {
    let en = extract("Students of Almaty Management University and Kazakh-British Technical University met at Astana IT University under the Rukhani Zhangyru programme.")
    let orgs = Set(en.entities.filter { $0.kind == .organization }.map(\.label))
    #expect(orgs == ["Almaty Management University", "Kazakh-British Technical University", "Astana IT University"])
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Rukhani Zhangyru programme" })
    let ru = extract("Об этом сообщил начальник Хоргосской таможни Иван Петров.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Хоргосская таможня" })
    let kk = extract("Атырау, 3 маусым. «Ақ Жайық» газеті. Зауыт «Синопек Инжиниринг» компаниясымен келісімшарт жасады. «Синопек Инжиниринг» төрағасы қатысты.")
    #expect(!kk.entities.contains { $0.id == "ural-river" })
    #expect(kk.entities.filter { $0.kind == .organization }.count == 1)
    #expect(kk.entities.first { $0.kind == .organization }?.mentions.count == 2)
  }

  @Test("round 88: a Russian genitive in -ия meets its catalogued name, a portfolio before its minister is no body, two places before an industry word name a company, a legal form makes a quoted project's name a company's")
  func round88Rules() {
    let ru = extract("Представители Главного таможенного управления КНР приехали.")
    #expect(ru.entities.contains { $0.id == "gacc" })
    let en = extract("Tajikistan's Energy Minister Daler Juma said the operator will be Khatlon Pamir Cement, a joint venture.")
    #expect(!en.entities.contains { $0.label == "Energy" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Khatlon Pamir Cement" })
    let kk = extract("Келісімге «Ақтау порты» ЖШС директоры қол қойды.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Ақтау порты" })
  }

  @Test("round 89: a deposit named by its town's name as it stands")
  func round89Rules() {
    let ru = extract("Сырье будет поставляться с месторождения Каратау, а не из Казахстана.")
    #expect(ru.entities.contains { $0.kind == .project && $0.mentions.contains { $0.text == "месторождения Каратау" } })
  }

  @Test("round 90: a contractor's name after its describing noun, a Kazakh honoree with a lower-case title and a town's name before the institution's cue")
  func round90Rules() {
    let en = extract("Works will be carried out by the Kazakh contractor Aktobe Road Construction, with financing from a bank.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Aktobe Road Construction" })
    let kk = extract("Зертхана Төле би атындағы Тараз университетінің базасында жұмыс істейді.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Төле би атындағы Тараз университеті" })
  }

  @Test("round 91: a name opening with a nationality's adjective after a describing noun, a Kazakh province in the genitive opening an institution's name")
  func round91Rules() {
    let en = extract("The terminal is being built by the Tajik state firm Tajik Railways Logistics and a Chinese partner.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Tajik Railways Logistics" })
    let kk = extract("Экспедицияны Ганьсу провинциясының Тарих институты ұйымдастырды.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Ганьсу провинциясының Тарих институты" })
    let kk2 = extract("Зауытты ҚХР Хэнань провинциясының «Хэнань Жунтай» компаниясы салады.")
    #expect(kk2.entities.contains { $0.kind == .organization && $0.label.hasPrefix("«Хэнань Жунтай»") })
  }

  @Test("round 92: a straight-quoted name inside guillemets, towns named by their railway stations, a company's first word alone, a Russian honoree's title")
  func round92Rules() {
    let ru = extract("«Мы ждём, что тепличный комплекс \"Сарыарка Агро\" даст овощи городу», – сказал аким.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "тепличный комплекс «Сарыарка Агро»" })
    let ru2 = extract("Вагоны с зерном прошли через станцию Кулунда. Базовые станции Казахтелекома работают.")
    #expect(ru2.entities.contains { $0.kind == .city && $0.label == "Кулунда" })
    #expect(!ru2.entities.contains { $0.kind == .city && $0.label.hasPrefix("Казахтелеком") })
    let en = extract("Crude arrives by rail through the Kulunda station. Fuel left the Sorbulak railway station for Bishkek.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kulunda" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Sorbulak" })
    #expect(!en.entities.contains { $0.kind == .project && $0.label.hasPrefix("Sorbulak") })
    let it = extract("I treni si fermano alla stazione di Kulunda.")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Kulunda" })
    let kk = extract("Жүк Кулунда станциясы арқылы өтеді.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Кулунда" })
    let en2 = extract("The government signed a deal with Kunrui Petroleum on Monday. Kunrui's manager said Kunrui would invest more.")
    #expect(en2.entities.first { $0.label == "Kunrui Petroleum" }?.mentions.count == 3)
    let ru3 = extract("Занятия пройдут в Карагандинском аграрном университете имени Абылай хана.")
    #expect(ru3.entities.contains { $0.kind == .organization && $0.label.hasSuffix("имени Абылай хана") })
  }

  @Test("round 93: named years in Russian and Italian, a place pair before an English year, a mining project, a region after a country's possessive, an acronym in apposition")
  func round93Rules() {
    let ru = extract("Концерт прошёл в рамках Года культурного туризма Китай – Казахстан. 2026 год объявлен Годом казахской культуры в Китае.")
    #expect(ru.entities.contains { $0.kind == .event && $0.label == "Год культурного туризма Китай – Казахстан" })
    #expect(ru.entities.contains { $0.kind == .event && $0.label == "Год казахской культуры в Китае" })
    let it = extract("La mostra rientra nell'Anno del turismo culturale Cina-Kazakistan, voluto dai due governi.")
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Anno del turismo culturale Cina-Kazakistan" })
    let en = extract("The concert is part of the China–Kazakhstan Year of Cultural Tourism. The group also develops the Tokum copper project in Russia's Buryatia.")
    #expect(en.entities.contains { $0.kind == .event && $0.label == "China–Kazakhstan Year of Cultural Tourism" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Tokum copper project" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Buryatia" })
    let en2 = extract("The plant will be built by KZR, the Kazakh Zinc Refining Company, which won the tender. It bought a stake in China's Lihua.")
    #expect(en2.entities.first { $0.label == "Kazakh Zinc Refining Company" }?.mentions.count == 2)
    #expect(en2.entities.contains { $0.kind == .organization && $0.label == "Lihua" })
  }

  @Test("round 94: a letter an ampersand joins inside a name, the Kazakh instrumental after a Chinese given name, a country's name as a given name after a role, a sentence-initial 'Кен орны'")
  func round94Rules() {
    let en = extract("The laboratory was set up with Southwest A&F University, based in Chengdu.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Southwest A&F University" })
    let kk = extract("Облыс әкімі компания төрағасы Ма Цзиньмен кездесті. Кездесуге вице-министрі Иран Байжанов қатысты. Кен орнын игеруді «Сары Тас» ЖШС жүзеге асырады.")
    #expect(kk.entities.contains { $0.kind == .person && $0.id == "ma-jin" })
    #expect(kk.entities.contains { $0.kind == .person && $0.mentions.first?.text == "Иран Байжанов" })
    #expect(!kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Кен") })
    #expect(!kk.entities.contains { $0.id == "iran" })
    let ru = extract("Встречу провёл вице-министр промышленности Иран Байжанов. Министр Ирана прибыл позже.")
    #expect(ru.entities.contains { $0.kind == .person && $0.mentions.first?.text == "Иран Байжанов" })
    #expect(ru.entities.contains { $0.id == "iran" && $0.mentions.count == 1 })
  }

  @Test("round 95: Italian roads, tunnels, passes and crossings; an honoree's name is no town; a border station's town; a seaport named by its town and its short name")
  func round95Rules() {
    let it = extract("La banca finanzierà la strada Vahdat-Rasht e il tunnel di Kamchik, oltre il passo di Anzob, fino al valico di Kyzyl-Bel.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "strada Vahdat-Rasht" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "tunnel di Kamchik" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "passo di Anzob" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Kyzyl-Bel" })
    let it2 = extract("Il traffico sulla strada è cresciuto.")
    #expect(!it2.entities.contains { $0.kind == .project })
    let ru = extract("Кадры подготовит Ошский технологический университет имени М. Адышева в Оше.")
    #expect(!ru.entities.contains { $0.kind == .city && $0.mentions.contains { $0.text.contains("Адышева") } })
    let en = extract("The train entered at the Tashguzar border station and reached the port of Baku, where the International Seaport of Baku opened in 2018.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Tashguzar" })
    #expect(en.entities.first { $0.label == "International Seaport of Baku" }?.mentions.count == 2)
  }

  @Test("round 96: a Russian airport named by its town without quotes, with its honoree; 'Республики Узбекистан' closes a ministry's name")
  func round96Rules() {
    let ru = extract("Рейсы выполняются из Международного аэропорта Наманган имени Бабура. Самолёт сел в аэропорту Манас. Новый аэропорт построят.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Международный аэропорт Наманган имени Бабура" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "аэропорт Манас" })
    #expect(ru.entities.filter { $0.kind == .project }.count == 2)
    #expect(!ru.entities.contains { $0.kind == .person })
    let ru2 = extract("Об этом сообщили в Министерстве транспорта Республики Узбекистан.")
    #expect(ru2.entities.contains { $0.kind == .organization && $0.label == "Министерство транспорта Республики Узбекистан" })
  }

  @Test("round 97: named days after a place's adjective, championships, Kazakh airports and federations, Italian rail corridors, persons listed beside persons")
  func round97Rules() {
    let ru = extract("В Астане открылись Дни узбекского кино. Их организовала Национальная администрация по делам кино Узбекистана.")
    #expect(ru.entities.contains { $0.kind == .event && $0.label == "Дни узбекского кино" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Национальная администрация по делам кино") })
    let kk = extract("Құрама Үрімжі қаласында өткен Азия күрес чемпионатында жеңді. Қазақстан күрес федерациясының президенті Шымкент әуежайына келді. Жарыста Асқар Сейітов, Ерлан Бекұлы және Дархан Жанғали жеңді.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label == "Азия күрес чемпионаты" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Қазақстан күрес федерациясы" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Шымкент әуежайы" })
    #expect(kk.entities.contains { $0.kind == .person && $0.mentions.first?.text == "Дархан Жанғали" })
    let it = extract("Le merci viaggeranno lungo il corridoio ferroviario Cina-Asia centrale. Secondo il fondatore di Arba Wine, Yerlan Aibassov, il mercato cresce.")
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasPrefix("corridoio ferroviario Cina-") })
    #expect(!it.entities.contains { $0.kind == .person && $0.label == "Arba Wine" })
  }

  @Test("round 98: a Russian centre or hospital named by adjectives, a surname alone after a role joins its person, a body's field after 'в области'")
  func round98Rules() {
    let ru = extract("Китай построит Республиканский кардиологический научный центр в Душанбе. Самый крупный – логистический центр в Оше.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Республиканский кардиологический научный центр" })
    #expect(ru.entities.filter { $0.kind == .organization }.count == 1)
    let kk = extract("Облыс әкімі Марат Қасымов зауытты аралады. Кейін облыс әкімі Қасымов жобаны талқылады.")
    #expect(kk.entities.filter { $0.kind == .person }.count == 1)
    #expect(kk.entities.first { $0.kind == .person }?.mentions.count == 2)
    let ru2 = extract("Документ подписал Фонд по поддержке молодёжи в области образования Узбекистана.")
    #expect(ru2.entities.contains { $0.kind == .organization && $0.label == "Фонд по поддержке молодёжи в области образования Узбекистана" })
  }

  @Test("round 99: a Russian quoted substation, no place before a cue from a stop word, no person from a facility's noun, a '.tv' site")
  func round99Rules() {
    let ru = extract("Ток пойдёт через новую подстанцию «Самарканд-3».")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("«Самарканд-3»") })
    let en = extract("TARAZ, Kazakhstan, October 2, 2027 — The city of Taraz launched new trams.")
    #expect(!en.entities.contains { $0.label == "The city" })
    let kk = extract("Зауыт салынды. Комбинат Федоров және Меңдіқара аудандарындағы шаруалармен келісім жасасқан. Дереккөз: Zhambyl.tv")
    #expect(!kk.entities.contains { $0.kind == .person })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Zhambyl.tv" })
  }

  @Test("round 100: a Russian hospital with three lower-case adjectives and a body it belongs to, an Italian 'linea ferroviaria', a region's short name")
  func round100Rules() {
    let ru = extract("В городе открылась Нарынская межобластная детская клиническая больница. Врачей обучат в Детской больнице Сычуаньского университета.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Нарынская межобластная детская клиническая больница" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Детская больница Сычуаньского университета" })
    let it = extract("Il cavo correrà lungo la linea ferroviaria Dashoguz-Turkmenabat fino al confine.")
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasPrefix("linea ferroviaria Dashoguz-") })
    let en = extract("The company also runs plants in Sughd, near Khujand.")
    #expect(en.entities.contains { $0.id == "sughd-region" })
  }

  @Test("round 101: a Palladius company and its Pinyin name, a country as given name after a long complement, spaceports, a body closed by a country's adjective")
  func round101Rules() {
    let ru = extract("Компания «Ляньхуа Фудс» (Lianhua Foods) откроет цех. Приехал первый заместитель министра энергетики и водных ресурсов Таджикистана Иран Рахимов. Ракету запустили с космодрома Байконур.")
    #expect(ru.entities.filter { $0.kind == .organization && $0.label.contains("Lianhua") }.count == 1)
    #expect(!ru.entities.contains { $0.label.contains("Ляньхуа") })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Iran Rakhimov" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "космодром Байконур" })
    let en = extract("The satellite was launched from the Taiyuan Satellite Launch Center and later tracked from Baikonur Cosmodrome.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Taiyuan Satellite Launch Center" })
    #expect(!en.entities.contains { $0.kind == .organization && $0.label.contains("Launch") })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Baikonur Cosmodrome" })
    let it = extract("L'Agenzia spaziale nazionale kazaka ha firmato con la Banca centrale dell'Uzbekistan. La Banca centrale uzbeka ha confermato. Il razzo partirà dal centro spaziale di Jiuquan.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Agenzia spaziale nazionale kazaka" })
    #expect(it.entities.filter { $0.kind == .organization && $0.label.hasPrefix("Banca centrale") }.count == 1)
    #expect(it.entities.contains { $0.kind == .project && $0.label == "centro spaziale di Jiuquan" })
  }

  @Test("round 102: a hyphenated city's Italian region, a deposit's name in -а, a quoted company after a country's adjective")
  func round102Rules() {
    let it = extract("Il progetto riguarda la regione di Jalal-Abad e la città di Osh.")
    #expect(it.entities.contains { $0.id == "jalal-abad-region" })
    let ru = extract("Руду будут добывать на месторождении Акжала. Позже китайская «Синьфа Алюминий» построила цех в Павлодаре.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "месторождение Акжала" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Синьфа Алюминий" })
    let festival = extract("В Алматы прошёл китайский «Праздник фонарей» фестиваль.")
    #expect(!festival.entities.contains { $0.kind == .organization && $0.label.contains("Праздник") })
  }

  @Test("round 103: a Russian programme's quoted name, an English ski base, a hyphenated gorge, a genitive adjective between role and name")
  func round103Rules() {
    let ru = extract("Проект войдёт в программу «Зелёный Бишкек».")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "программа «Зелёный Бишкек»" })
    let ru2 = extract("Соглашение подписал с заместителем министра сельского хозяйства Кыргызстана Азамата Бекова.")
    #expect(ru2.entities.contains { $0.kind == .person && $0.label == "Azamat Bekov" })
    let en = extract("Investors will upgrade the Tabagan ski resort and visit the Ak-Suu gorge on Friday.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Tabagan ski resort" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Ak-Suu gorge" })
  }

  @Test("round 104: an Italian body longer than the catalogue's, an adjective in -icola, a long Italian institute closed by its town")
  func round104Rules() {
    let it = extract("L'Accademia cinese delle scienze mediche e l'Università agricola di Nanchino firmano con il Centro di studi sulla gestione e sulla tutela delle acque di Almaty. Il Centro presenta oggi la mostra di Almaty.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Accademia cinese delle scienze mediche" })
    #expect(!it.entities.contains { $0.id == "cas" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Università agricola di Nanchino" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Centro di studi sulla gestione e sulla tutela delle acque di Almaty" })
    #expect(!it.entities.contains { $0.label.hasPrefix("Centro presenta") })
    let eu = extract("I paesi dell'Unione europea cercano nuove rotte verso la Cina.")
    #expect(eu.entities.contains { $0.label == "European Union" })
  }

  @Test("round 105: an Italian facility's short name, a named body's purpose after 'per', the Development Bank of Kazakhstan's Kazakh name")
  func round105Rules() {
    let it = extract("Sarà costruita la centrale solare di Nurek. La centrale di Nurek avrà 20 MW. Paga la Fondazione Aga Khan per la cultura. Firma il Consorzio Grana Padano per la formazione di casari.")
    #expect(it.entities.filter { $0.kind == .project && $0.label.hasPrefix("centrale") }.count == 1)
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Fondazione Aga Khan per la cultura" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Consorzio Grana Padano" })
    let kk = extract("Жобаны «Қазақстанның Даму Банкі» қаржыландырады.")
    #expect(kk.entities.contains { $0.id == "development-bank-of-kazakhstan" })
  }

  @Test("round 106: no event across a sentence's end, a group's quoted name, a factory's quoted name, a cue around a catalogued event, an Italian body's name after its country adjective, a place's whole name in a body")
  func round106Rules() {
    let ru = extract("Контракт заключила группа «Тяньшань Гуанхуэй».\n\nВыставка продлится до 30 июня. Открылась кондитерская фабрика «Баян Сулу». Рабочая группа экспертов собралась. Прошла девятая выставка «ЭКСПО Китай – Евразия».")
    #expect(!ru.entities.contains { $0.kind == .event && $0.label.contains("Гуанхуэй") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Тяньшань Гуанхуэй" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "кондитерская фабрика «Баян Сулу»" })
    #expect(!ru.entities.contains { $0.label.contains("группа экспертов") })
    #expect(ru.entities.filter { $0.kind == .event }.map(\.id) == ["china-eurasia-expo"])
    let it = extract("Ha parlato il rettore dell'Università nazionale kazaka al-Farabi e un docente dell'Università del Nord-Ovest di Xi'an.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Università nazionale kazaka al-Farabi" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Università del Nord-Ovest di Xi'an" })
  }

  @Test("round 107: governments in four languages, compound company names, a contract area's quoted name, festivals with a genre, a Latin name opening a Kazakh sentence")
  func round107Rules() {
    let en = extract("The Government of Kazakhstan and the government of Uzbekistan signed the deal. KazTransOil will ship the oil. The Navruz Lights music festival opens in May.")
    #expect(en.entities.contains { $0.id == "government-of-kazakhstan" && $0.kind == .organization && $0.parent == "kazakhstan" })
    #expect(en.entities.contains { $0.id == "government-of-uzbekistan" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "KazTransOil" })
    #expect(en.entities.contains { $0.kind == .event && $0.label == "Navruz Lights music festival" })
    let ru = extract("Правительство РК и правительство СУАР обсудили добычу на контрактной территории «Ойжайлау». Кредит выдал «КазМолФинанс», лизинг — «КазАгроФинанс». На территории «Хоргоса» открыли склад. Об этом сообщил на пресс-конференции заместитель председателя правительства Китая.")
    #expect(ru.entities.contains { $0.id == "government-of-kazakhstan" })
    #expect(ru.entities.contains { $0.id == "government-of-xinjiang" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "контрактная территория «Ойжайлау»" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "КазМолФинанс" })
    // (a company the catalogue has since round 470 is its entry)
    #expect(ru.entities.contains { $0.id == "kazagrofinance" })
    #expect(!ru.entities.contains { $0.label.hasPrefix("территория «Хоргос") })
    #expect(!ru.entities.contains { $0.kind == .event })
    let it = extract("Il governo del Tagikistan ospiterà il festival musicale Pamir Sounds a Khorog.")
    #expect(it.entities.contains { $0.id == "government-of-tajikistan" })
    #expect(it.entities.contains { $0.kind == .event && $0.label == "festival musicale Pamir Sounds" })
    let kk = extract("Қытай Үкіметі жобаны мақұлдады. Нарын облысындағы Үкімет өкілі келді. Техника «ҚазМалҚаржы» арқылы беріледі.\n\nWeichai Lovol компаниясының өкілі сөйледі.")
    #expect(kk.entities.contains { $0.id == "government-of-china" })
    #expect(!kk.entities.contains { $0.id.hasPrefix("government-of-naryn") })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "ҚазМалҚаржы" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Weichai Lovol" })
    #expect(!kk.entities.contains { $0.label == "Lovol" })
  }

  @Test("round 108: hyphenated place adjectives are no person, a range after a pass, towns listed after a preposition, a town's name as a given name, Italian councils of two countries, fertiliser makers, an ancient town")
  func round108Rules() {
    let ru = extract("Кара-Кульджинский район получит дорогу. Глава Баткенского-Лейлекского облуправления приехал. На перевале Алайского хребта прошла церемония. Рабочие приехали из Кок-Янгака, Токтогула и Сумсара.")
    #expect(!ru.entities.contains { $0.kind == .person })
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Кара-Кульджинский район" })
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Алайский хребет" })
    #expect(!ru.entities.contains { $0.label.hasPrefix("перевал") })
    #expect(ru.entities.contains { $0.kind == .city && $0.label == "Кок-Янгака" || $0.label == "Кок-Янгак" })
    // (an uncatalogued village: Arslanbob, this test's first, joined the catalogue in round 474)
    #expect(ru.entities.contains { $0.kind == .city && $0.label == "Сумсар" })
    let en = extract("Kazakhtelecom chief executive Bagdat Mussin opened the site. Flights to Astana resumed.")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Bagdat Mussin" })
    #expect(!en.entities.contains { $0.id == "baghdad" })
    #expect(en.entities.contains { $0.id == "astana" })
    let it = extract("Si riunisce il Consiglio d'affari Kazakistan-Cina e il Consiglio imprenditoriale Italia-Uzbekistan. Ferganaazot comprerà il giacimento d'oro di Kokpatas.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Consiglio d'affari Kazakistan-Cina" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Consiglio imprenditoriale Italia-Uzbekistan" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Ferganaazot" })
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasSuffix("di Kokpatas") })
    let kk = extract("Туристер Сығанақ қалашығына барады.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Сығанақ" })
  }

  @Test("round 109: two districts and a comma before a plural cue, more Chinese surnames, an Italian body named by a country's adjective and its purpose, Gulf countries' adjectives")
  func round109Rules() {
    let kk = extract("Электр энергиясы Түркістан қаласы мен Сарыағаш, Келес аудандарындағы тұтынушыларға жеткізіледі. Компанияның вице-президенті Ни Чжэнь қатысты.")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Сарыағаш ауданы" })
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Келес ауданы" })
    #expect(kk.entities.contains { $0.kind == .person && $0.label == "Ni Zhen" })
    let it = extract("Pagano il Fondo saudita per lo sviluppo e il Fondo qatariota per lo sviluppo.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Fondo saudita per lo sviluppo" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Fondo qatariota per lo sviluppo" })
  }

  @Test("round 110: a catalogued company's name cut before its last word is no bridge, an Italian ring road, a Kazakh ethno-village, no person across two scripts")
  func round110Rules() {
    let it = extract("Apre la tangenziale di Osh, costruita da China Road and Bridge con fondi cinesi.")
    #expect(it.entities.contains { $0.id == "crbc" })
    #expect(!it.entities.contains { $0.kind == .project && $0.label == "China Road and Bridge" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "tangenziale di Osh" })
    let kk = extract("Ауданда «Ақбұлақ» этноауылы салынып жатыр.")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.contains("Ақбұлақ") })
    let ru = extract("Компания Huaxin Cement построит завод.")
    #expect(!ru.entities.contains { $0.kind == .person })
  }

  @Test("round 111: a company's name with a possessive inside (not a place's possessive), industrial parks listed before their plural, a Kazakh settlement cue, a web address names no region")
  func round111Rules() {
    let ru = extract("Контракт подписал президент Xinjiang Nonferrous Metal Industry's Overseas Mining and Construction Ли Мин.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Xinjiang Nonferrous Metal Industry's Overseas Mining and Construction" })
    #expect(!ru.entities.contains { $0.kind == .person && $0.label.contains("Metal") })
    let en = extract("Investors in the Dangara and Istaravshan industrial parks met Saudi Arabia's ACWA Power.")
    #expect(en.entities.contains { $0.kind == .project && $0.label.hasPrefix("Dangara") })
    #expect(en.entities.contains { $0.kind == .project && $0.label.hasPrefix("Istaravshan") })
    #expect(en.entities.contains { $0.id == "saudi-arabia" })
    #expect(!en.entities.contains { $0.label.contains("Arabia's") })
    let kk = extract("Кәсіпорында Заречный кентінің тұрғындары жұмыс істейді.\n\nДереккөз: Zhetysu.gov.kz")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Заречный" })
    #expect(!kk.entities.contains { $0.kind == .region })
    // (a web domain closes a Latin name of any length: four words here)
    let ru2 = extract("Об этом сообщает Qazaq Daily Business Review.kz со ссылкой на министерство.")
    #expect(ru2.entities.contains { $0.kind == .organization && $0.label == "Qazaq Daily Business Review.kz" })
  }

  @Test("round 112: a company named before its head's title (not a pronoun, not a short name), Italian mosques and minarets, a Kazakh participle ends no facility's name")
  func round112Rules() {
    let en = extract("Prices rose. Kazpost chairman Serik Tuleubayev said so, and Cainiao's general manager Zhou Lei agreed. Its chairman Marat Bekov left.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Kazpost" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Cainiao" })
    #expect(!en.entities.contains { $0.label == "Its" })
    let it = extract("Gli esperti hanno restaurato la moschea di Juma e il minareto di Kalta Minor.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "moschea di Juma" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "minareto di Kalta Minor" })
    let kk = extract("Портта «ҚТЖ Экспресс» бірлесіп салған контейнер хабы ашылды.")
    #expect(kk.entities.contains { $0.id == "ktz-express" })
    #expect(!kk.entities.contains { $0.kind == .project && $0.label.contains("Экспресс") })
  }

  @Test("round 113: a town's or region's administration in four languages is one body per place, a catalogued company's branch named by a town, transit lines, facilities named by a centre or park")
  func round113Rules() {
    let ru = extract("Вчера акимат города Шымкента и хокимият Самаркандской области подписали план, а мэрия Бишкека его одобрила. Сегодня в Шымкенте тепло.")
    #expect(ru.entities.contains { $0.id == "akimat-of-shymkent" && $0.kind == .organization && $0.parent == "shymkent" })
    #expect(ru.entities.contains { $0.id == "khokimiyat-of-samarkand-region" })
    #expect(ru.entities.contains { $0.id == "administration-of-bishkek" })
    // (not the Turkmen town of Мэри, nor a town after a sentence's full stop)
    let ru2 = extract("Делегация посетила Мэри. Встречу провёл акимат города. Тараз принял гостей.")
    #expect(!ru2.entities.contains { $0.kind == .organization })
    let kk = extract("Жобаны Шымкент қаласының әкімдігі мен Түркістан облысының әкімдігі қолдады.")
    #expect(kk.entities.contains { $0.id == "akimat-of-shymkent" })
    #expect(kk.entities.contains { $0.id == "akimat-of-turkistan-region" })
    let it = extract("Il progetto è sostenuto dall'amministrazione comunale di Bishkek e dall'akimat di Shymkent.")
    #expect(it.entities.contains { $0.id == "administration-of-bishkek" })
    #expect(it.entities.contains { $0.id == "akimat-of-shymkent" })
    let en = extract("Officials of the Bishkek City Hall met the Shymkent city akimat and the Almaty regional administration. CRRC Zhuzhou Locomotive Works will deliver engines, and COFCO International will buy grain.")
    #expect(en.entities.contains { $0.id == "administration-of-bishkek" })
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(en.entities.contains { $0.id == "akimat-of-shymkent" })
    #expect(en.entities.contains { $0.id == "akimat-of-almaty-region" })
    // (the region is the catalogue's "<town> Region", not one whose name begins like the town's)
    let en2 = extract("Officials of the Karatau regional administration and the Navoiy regional administration met.")
    #expect(!en2.entities.contains { $0.id == "akimat-of-karaganda-region" })
    #expect(en2.entities.contains { $0.id == "khokimiyat-of-navoi-region" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "CRRC Zhuzhou Locomotive Works" })
    #expect(en.entities.contains { $0.id == "cofco-international" })
    #expect(!en.entities.contains { $0.id == "cofco" })
    let metro = extract("Almaty's metro will grow: the Sairan line and the new Alatau line open in 2030, next to the Nurly Tau business centre. The plan is in line with the budget.")
    #expect(metro.entities.contains { $0.kind == .project && $0.label == "Sairan line" })
    #expect(metro.entities.contains { $0.kind == .project && $0.label == "Alatau line" })
    #expect(metro.entities.contains { $0.kind == .project && $0.label == "Nurly Tau business centre" })
    // (without a metro, a bare "the X line" is no project; a centre needs its modifier)
    let plain = extract("Diplomats followed the Beijing line on trade. The Almaty city park and the Astana training centre reopened.")
    #expect(!plain.entities.contains { $0.kind == .project })
    let kk2 = extract("Астық Оңтүстік-Шығыс Азия елдеріне жөнелтіледі.")
    #expect(kk2.entities.contains { $0.id == "southeast-asia" })
    #expect(!kk2.entities.contains { $0.id == "asia" })
  }

  @Test("round 114: a town before a comma or 'in' and its province, a company named after a catalogued project, a Kazakh group's quoted name with an adjective, events named with 'бизнес', Italian canals")
  func round114Rules() {
    let en = extract("The convoy crossed at Tuergate in Xinjiang and stopped in Bole, Xinjiang. It left in May in Xinjiang.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Tuergate" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Bole" })
    #expect(!en.entities.contains { $0.label == "May" })
    let it = extract("Il contratto è stato firmato dalla società Middle Corridor Logistica e dal porto di Aktau. Le navi evitano il canale di Kiel.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Middle Corridor Logistica" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "canale di Kiel" })
    let kk = extract("Облыста «Хэбэй Цзиньхуа» агроөнеркәсіптік тобы жұмыс істейді.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("Хэбэй Цзиньхуа") })
    let kk2 = extract("Кездесу Қазақстан-Қытай бизнес форумы аясында өтті. Форумға Қазақстан – Қытай бизнес-форумы қатысушылары келді.")
    #expect(kk2.entities.filter { $0.kind == .event }.count == 1)
    let ru = extract("В Алматы открылся Казахстанско-китайский инвестиционный форум.")
    #expect(ru.entities.contains { $0.kind == .event && $0.label == "Казахстанско-китайский инвестиционный форум" })
  }

  @Test("round 115: a dateline's town the catalogue lacks, English passes and checkpoints, Italian gas and coal plants")
  func round115Rules() {
    let en = extract("Kyrgyzstan | Trade\n\nKARA-KULJA, April 2, 2029 — Trucks reached the Bedel pass and the Kyzyl-Su checkpoint. Reporters met at Osh.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kara-Kulja" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Bedel" && $0.mentions.map(\.text) == ["Bedel pass"] })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kyzyl-Su" })
    let kk = extract("Аймақ | Жаңалықтар\n\nМақаншы, 5 сәуір 2029 жыл. Ауданда жаңа мектеп ашылды.")
    #expect(kk.entities.contains { $0.kind == .city && $0.mentions.map(\.text) == ["Мақаншы"] })
    // (a byline before a date is no town)
    let byline = extract("Economy\n\nBy Staff Reporter, April 2, 2029\n\nPrices rose in Almaty.")
    #expect(!byline.entities.contains { $0.label.contains("Reporter") })
    let it = extract("La società costruirà la centrale a gas di Turkestan e la centrale a carbone di Ekibastuz.")
    #expect(it.entities.filter { $0.kind == .project }.map(\.label).sorted() == ["centrale a carbone di Ekibastuz", "centrale a gas di Turkestan"])
  }

  @Test("rounds 116–119: a name an English apposition calls a company, Italian necropolises, aqueducts and dams, Uzbek banks and companies from the catalogue")
  func round116Rules() {
    let en = extract("Prices rose. Temirlogix, the rail freight arm of a Kazakh holding, hired staff. Astana, the capital of Kazakhstan, hosted the talks.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Temirlogix" })
    #expect(!en.entities.contains { $0.kind == .organization && $0.label.contains("Astana") })
    let it = extract("I turisti visitano la necropoli di Chor-Bakr vicino a Bukhara. La Cina finanzia l'acquedotto di Khujand e la diga di Yavan.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "necropoli di Chor-Bakr" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "acquedotto di Khujand" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "diga di Yavan" })
    let ru = extract("Кредит выдадут Национальный банк ВЭД Узбекистана и Узпромстройбанк, а газ поставит Узтрансгаз.")
    #expect(Set(ru.entities.filter { $0.kind == .organization }.map(\.id)) == ["national-bank-of-uzbekistan", "uzpromstroybank", "uztransgaz"])
  }

  @Test("rounds 117–118: Russian districts named by two adjectives before a plural cue, 'пограничный переход', a province's Latin name opening a company's, no headline adjective as a project's name, Zhambyl alone as the region")
  func round118Rules() {
    let ru = extract("Сырьё поставят хозяйства Кызыл-Кийского и Ноокенского районов, грузы пойдут через пограничный переход Кызыл-Арт. Заказчиком выступит группа Gansu Longteng.")
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Кызыл-Кийский район" })
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Ноокенский район" })
    #expect(ru.entities.contains { $0.kind == .city && $0.mentions.map(\.text) == ["Кызыл-Арт"] })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Gansu Longteng" })
    #expect(!ru.entities.contains { $0.id == "gansu" })
    let en = extract("New railway line links Osh and Kashgar\n\nThe Zhambyl governor said the Zhambyl region would gain.")
    #expect(!en.entities.contains { $0.kind == .project && $0.label.hasPrefix("New") })
    #expect(!en.entities.contains { $0.id == "taraz" })
  }

  @Test("round 120: a mine with and without its commodity is one site, an Italian body named by three phrases, a Kazakh state committee opening its sentence, Kazakh highways")
  func round120Rules() {
    let en = extract("The Kounrad copper mine reopened. Output at the Kounrad mine doubled.")
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
    let it = extract("I ministri hanno aperto un Centro di ricerca per la tutela delle acque a Tashkent.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Centro di ricerca per la tutela delle acque" })
    let generic = extract("Centro di ricerca per la tutela delle acque: i lavori sono in corso.")
    #expect(!generic.entities.contains { $0.kind == .organization })
    let kk = extract("Мемлекеттік күзет комитетінің төрағасы сөз сөйледі. Облыстық туризм басқармасы жаңа жоба ұсынды. Жаркент – Қорғас тас жолын жөндеу басталды.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Мемлекеттік күзет") })
    #expect(!kk.entities.contains { $0.label.hasPrefix("Облыстық") })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.contains("тас жолы") })
  }

  @Test("round 121: a Russian zone named in full and by its acronym is one, a name never ends on 'и', 'known as', towns spelled another way, Italian companies after a country's adjective or 'joint venture', ports with a country's adjective")
  func round121Rules() {
    let ru = extract("Завод построят в специальной экономической зоне «Бахор». Резиденты СЭЗ «Бахор» получат льготы. Доклад подготовил Центр правовых исследований и реформ.")
    #expect(ru.entities.filter { $0.kind == .project }.count == 1)
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Центр правовых исследований и реформ" })
    let en = extract("The Kazakh Grain Exporters Union, known as Grainex, met buyers. Buses run from Andijan to nearby Shahrikhan. Reporters visited Qostanay.tv offices.")
    #expect(en.entities.filter { $0.kind == .organization }.count == 1)
    #expect(en.entities.contains { $0.kind == .organization && $0.mentions.map(\.text).contains("Grainex") && $0.label.hasPrefix("Kazakh Grain") })
    #expect(en.entities.contains { $0.id == "shahrixon" })
    #expect(!en.entities.contains { $0.id == "kostanay" })
    let it = extract("La turbina è fornita dalla tedesca Voith Hydro, la gestione dalla joint venture Polystar. Le merci partono dal porto cinese di Lianyungang.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Voith Hydro" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Polystar" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "porto cinese di Lianyungang" })
  }

  @Test("round 122: a body of an academy with its genitive complement, no town inside quotes, a company opened by a two-token town, a family brand after a given name, an Italian compound cue before a bracketed acronym, solar parks")
  func round122Rules() {
    let ru = extract("Доклад подготовил Институт истории и этнологии Национальной академии наук Кыргызстана. Компания «Шахрихан» и компания Xi'an Heavy Machinery подписали договор в Шахрихане.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Институт истории и этнологии Национальной академии наук") })
    #expect(!ru.entities.contains { $0.label == "Национальная академия" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Xi'an Heavy Machinery" })
    #expect(ru.entities.first { $0.id == "shahrixon" }?.mentions.map(\.text) == ["Шахрихане"])
    let it = extract("Secondo Andrea Pirelli, analista del Centro studi di economia agraria (CESEA) di Roma, il parco solare di Navoi è pronto.")
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Andrea Pirelli" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Centro studi di economia agraria" && $0.mentions.map(\.text).contains("CESEA") })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "parco solare di Navoi" })
  }

  @Test("round 123: a district's adjective that a former town name also spells, a person before 'және' and a quoted company")
  func round123Rules() {
    let ru = extract("Полигон находится в Ленинском районе Бишкека.")
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Ленинский район" })
    #expect(!ru.entities.contains { $0.id == "baikonur" })
    let kk = extract("Кездесуге аудан әкімі Асқар Бекұлы және «Синь Тянь» компаниясының өкілдері қатысты.")
    #expect(kk.entities.contains { $0.kind == .person && $0.mentions.map(\.text) == ["Асқар Бекұлы"] })
    #expect(kk.entities.contains { $0.kind == .organization && !$0.mentions.contains(where: { $0.text.contains("Бекұлы") }) })
  }

  @Test("round 124: a quoted first word of a discovered body's quoted name, a body's national name, a town listed between a town and a district")
  func round124Rules() {
    let kk = extract("Облыста «Хуасин Цемент» тобы зауыт салады. «Хуасин» компаниясымен келісім жасалды.")
    #expect(kk.entities.filter { $0.kind == .organization }.count == 1)
    #expect(!kk.entities.contains { $0.kind == .person })
    let en = extract("The report was published by the environmental group Greenwatch Kazakhstan on Monday in Almaty.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Greenwatch Kazakhstan" })
    let ru = extract("На завод придут жители Худжанда, Гулистона и Спитаменского района.")
    #expect(ru.entities.contains { $0.kind == .city && $0.mentions.map(\.text) == ["Гулистона"] })
  }

  @Test("round 125: a river's noun ends a Kazakh agreement's title; landmarks one node across languages")
  func round125Rules() {
    let kk = extract("Әкімдік Талдық өзені арқылы өтетін жаңа көпір құрылысы туралы келісімге қол қойды.")
    #expect(!kk.entities.contains { $0.kind == .project })
    #expect(kk.entities.contains { $0.kind == .region && $0.mentions.map(\.text) == ["Талдық өзені"] })
    let ru = extract("Туристы посетили Регистан, а затем Чарынский каньон.")
    let it = extract("I turisti hanno visitato il Registan e il canyon di Charyn.")
    for d in [ru, it] {
      #expect(d.entities.contains { $0.id == "registan" && $0.kind == .project })
      #expect(d.entities.contains { $0.id == "charyn-canyon" && $0.kind == .region })
    }
    let en = extract("The launch was handled by China Great Wall Industry Corporation in Beijing.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "China Great Wall Industry Corporation" })
    #expect(!en.entities.contains { $0.id == "great-wall" })
  }

  @Test("round 126: a line of business closes a company's name; Turkmen -ow surnames; a subsidiary's quoted name after a dash; Russian plurals are no Kazakh heads")
  func round126Rules() {
    let en = extract("Analysts at Brightwater Energy expect more trade. Kyrgyz Energy Minister Taalai Osmonov agreed.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Brightwater Energy" })
    #expect(!en.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Kyrgyz") })
    let it = extract("Il ministro del Turkmenistan, Serdar Amanow, ha ricevuto gli ospiti. La rivista Ashgabat Business Review ne ha scritto.")
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Serdar Amanow" })
    #expect(!it.entities.contains { $0.kind == .person && $0.label.contains("Review") })
    #expect(Transliteration.nameKey("Berdimuhamedow") == Transliteration.nameKey("Berdimuhamedov"))
    #expect(Transliteration.nameKey("Meredowa") == Transliteration.nameKey("Meredova"))
    let ru = extract("Компания «КТЖ – Пассажирские перевозки» выделила под новые маршруты дополнительные вагоны.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "КТЖ – Пассажирские перевозки" })
    #expect(!ru.entities.contains { $0.kind == .project })
  }

  @Test("round 127: a Kazakh week of a people's cinema, cinemas by their quoted names, no feature named by a weekday, UN bodies by their short prefix")
  func round127Rules() {
    let kk = extract("Астанада Үнді киносының апталығы ашылды. Фильмдер «Шұғыла» кинотеатрында көрсетіледі.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label == "Үнді киносының апталығы" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.mentions.contains { $0.text.hasPrefix("«Шұғыла»") } })
    let ru = extract("Показы пройдут в кинотеатре «Шұғыла» до пятницы.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Шұғыла" })
    let en = extract("A laboratory opened on Monday to monitor glaciers in the Altai, funded by the UN Environment Programme.")
    #expect(!en.entities.contains { $0.label.contains("Monday") })
    #expect(en.entities.contains { $0.id == "unep" })
  }

  @Test("round 128: an Italian canal by its bare noun, never a company described by an adjective-like noun")
  func round128Rules() {
    let it = extract("Il nuovo parco sorgerà lungo il canale Bozsu, vicino al capitale Uzbekistan.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "canale Bozsu" })
    #expect(!it.entities.contains { $0.kind == .organization })
    let it2 = extract("Il progetto è affidato alla società cinese Huaxin e al gruppo Tashkent City.")
    #expect(it2.entities.contains { $0.kind == .organization && $0.label == "Huaxin" })
    #expect(it2.entities.contains { $0.id == "tashkent-city" })
  }

  @Test("round 129: a Kazakh cup is an event; a catalogued facility's Italian cue phrase joins its mention")
  func round129Rules() {
    let kk = extract("Құрама Еуропа кубогында екінші орын алды.")
    #expect(kk.entities.contains { $0.kind == .event && $0.mentions.contains { $0.text.hasPrefix("Еуропа кубог") } })
    let it = extract("Le merci passano dal porto secco di Khorgos verso l'Europa.")
    #expect(it.entities.contains { $0.id == "khorgos" && $0.mentions.map(\.text) == ["porto secco di Khorgos"] })
  }

  @Test("round 130: towns given as examples of a plural cue; an Italian body closed by two places joined by a dash")
  func round130Rules() {
    let en = extract("Workers come from nearby villages such as Kok-Jar and Ak-Dobo, and from towns including Balykchy.")
    for name in ["Kok-Jar", "Ak-Dobo", "Balykchy"] {
      #expect(en.entities.contains { $0.kind == .city && $0.label == name })
    }
    let it = extract("Ad Almaty ha aperto il Centro culturale dell'amicizia Kazakistan-Cina.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Centro culturale dell'amicizia Kazakistan-Cina" })
  }

  @Test("round 131: a short feminine adjective of a two-word country declines; wineries by their line of business; Italian city quarters")
  func round131Rules() {
    let ru = extract("Литий поставят производителям в Южной Корее и Новой Зеландии.")
    #expect(ru.entities.contains { $0.id == "south-korea" && $0.mentions.map(\.text) == ["Южной Корее"] })
    let en = extract("The tasting was led by Kokzhar Wine and by Talgar-based Ili Vineyards on Thursday.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Kokzhar Wine" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Ili Vineyards" })
    let it = extract("La linea collegherà il quartiere di Tunguch con il centro.")
    // (labelled with its cue since round 295, as "distretto di …" is: "quartiere di Alatau" is no
    // mountain range)
    #expect(it.entities.contains { $0.kind == .region && $0.label == "quartiere di Tunguch" })
  }

  @Test("round 132: a town's name before 'атындағы' or after 'имени' / 'им.' is the honoree a body is named after")
  func round132Rules() {
    // (Abay and Zhambyl are towns and regions of the catalogue; here they are only honorees)
    let kk = extract("Жамбыл атындағы кітапхана жаңа оқу залын ашты.")
    #expect(!kk.entities.contains { $0.kind == .city || $0.kind == .region })
    let ru = extract("Лекцию прочитали в университете им. Абая, затем делегация уехала в Тараз.")
    #expect(!ru.entities.contains { $0.id == "abay" })
    #expect(ru.entities.contains { $0.id == "taraz" })
    let acronym = extract("Студенттер Абай атындағы ҚазҰПУ-да оқиды.")
    #expect(acronym.entities.map(\.id) == ["abai-kaznpu"])
  }

  @Test("round 133: an Italian region cue with a country's adjective before 'di'; 'quella di X' after a region cue")
  func round133Rules() {
    let it = extract("La merce arriva dalla prefettura cinese di Kashgar e riparte dalla regione di Jalal-Abad e da quella di Naryn.")
    #expect(it.entities.contains { $0.id == "kashgar-prefecture" })
    #expect(!it.entities.contains { $0.id == "kashgar" })
    #expect(it.entities.contains { $0.id == "jalal-abad-region" })
    #expect(it.entities.contains { $0.id == "naryn-region" })
    #expect(!it.entities.contains { $0.id == "naryn" })
  }

  @Test("round 134: a quoted peasant farm (шаруа қожалығы, КХ «…»)")
  func round134Rules() {
    let kk = extract("Жемісті «Береке Бау» шаруа қожалығы Қытайға жібереді.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Береке Бау" })
    let ru = extract("Овощи выращивает КХ «Агро Дала» в Алматинской области.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Агро Дала" })
  }

  @Test("round 135: a unit after a number is no facility's name; a country's adjective closes an Italian body before 'e'")
  func round135Rules() {
    let kk = extract("Ауданда 150 МВт күн электр станциясы салынады.")
    #expect(!kk.entities.contains { $0.kind == .project })
    let it = extract("Il corso è organizzato dall'Istituto nazionale della cultura musicale kazaka e ospitato a Roma.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Istituto nazionale della cultura musicale kazaka" })
    #expect(it.entities.contains { $0.id == "rome" })
  }

  @Test("round 136: Italian bodies named by adjectives and a place's adjective or a name; observatories; a company named only by a place; no Kazakh region from 'Бұл'")
  func round136Rules() {
    let it = extract("Il satellite è stato costruito dall'Agenzia spaziale kazaka con l'Istituto ionosferico Zhantaev e la Cina.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Agenzia spaziale kazaka" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Istituto ionosferico Zhantaev" })
    let en = extract("The camera was mounted at the Tien Shan observatory last year.")
    #expect(en.entities.contains { $0.kind == .project && $0.label.hasPrefix("Tien Shan") })
    let ru = extract("Дороги построит региональная корпорация «Жетысу».")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Корпорация «Жетысу»" })
    let kk = extract("«Бұл – облыс тарихындағы ең ірі жоба», – деді әкім.")
    #expect(!kk.entities.contains { $0.kind == .region })
  }

  @Test("round 137: clubs after a town's adjective, quoted lists after a plural company word, venues, conservatories, called events, long portfolios")
  func round137Rules() {
    let ru = extract("Карагандинский «Сарыарка» уступил дома. Матч показали телеканалы «Арена Плюс» и «Спорт Лайф» на стадионе «Шахтер».")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Сарыарка" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Арена Плюс" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Спорт Лайф" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("Шахтер") })
    let kk = extract("Кеш «Көктем әуендері» деп аталды. Оған Жамбыл атындағы Алматы музыкалық консерваториясының студенттері қатысты.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label == "«Көктем әуендері»" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasSuffix("консерваториясы") })
    let en = extract("The deal was signed by Tajikistan's Ministry of Labour, Migration and Employment and the World Bank.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Ministry of Labour, Migration and Employment") })
    let it = extract("I tessuti arriveranno alla Settimana della moda di Almaty a marzo.")
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Settimana della moda di Almaty" })
  }

  @Test("round 138: a bare 'Нацбанк' is the bank the text names in full; rates are no brands; Tajik -бонк banks; quoted names closed by a cue; China's ACRONYM; Kazakh rivers in the locative; joint waterworks")
  func round138Rules() {
    let ru = extract("Курс: USD 10,9 | EUR 11,8. Национальный банк Кыргызской Республики поднял ставку. Об этом сообщили в Нацбанке. Кредиты выдадут «Эсхата Бонк», «Арванд Сити Банк» и «Тоджиксодиротбонк».")
    #expect(ru.entities.first { $0.id == "national-bank-of-kyrgyzstan" }?.mentions.count == 2)
    #expect(!ru.entities.contains { $0.id == "national-bank-of-kazakhstan" })
    #expect(!ru.entities.contains { $0.label.hasPrefix("USD") || $0.label.hasPrefix("EUR") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Арванд Сити Банк" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Тоджиксодиротбонк" })
    let en = extract("The pumps are made by China's HNK and shipped to Almaty.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "HNK" })
    let kk = extract("Мамандар Түрген өзеніндегі «Тасөткел» бірлескен су торабын жөндейді.")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Түрген өзені" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("«Тасөткел»") })
    let lake = extract("Жаңа демалыс орны Қапшағай көліндегі жағалауда салынады деп хабарлады әкімдік.")
    #expect(lake.entities.contains { $0.kind == .region && $0.label == "Қапшағай көлі" })
  }

  @Test("round 139: declined airports, an airport company, a Pinyin brand after a region, declined names after coordinated complements")
  func round139Rules() {
    let ru = extract("""
      Китайцы обновят аэропорт Караганды.

      АО «Международный аэропорт «Сарыарка» заказало новый терминал для международного аэропорта Караганда. \
      Об этом сообщил представитель аэропорта Сарыарка. По словам министра энергетики и водных ресурсов \
      Таджикистана Игоря Петрова, а также представителя президента в Карагандинской области Ерлана Сакенова, \
      работы начнутся весной. Он встретился с советником президента в Карагандинской области Нурланом Ахметовым.
      """)
    let airports = ru.entities.filter { $0.kind == .project && $0.label.lowercased().contains("аэропорт") }
    #expect(airports.count == 1)
    #expect(airports.first?.mentions.count == 2)
    let company = ru.entities.first { $0.kind == .organization && $0.label == "Международный аэропорт «Сарыарка»" }
    #expect(company?.mentions.count == 2)
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Igor Petrov" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Erlan Sakenov" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Nurlan Akhmetov" })
    let en = extract("BEIJING, May 3 — Guangdong Huaxiang Textile will build a mill in Samarkand.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Guangdong Huaxiang Textile" })
    let it = extract("Al forum hanno partecipato aziende cinesi come Sichuan Kelun Pharmaceutical e turche come Deva Holding, ha detto il ministro.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Sichuan Kelun Pharmaceutical" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Deva Holding" })
    let hotel = extract("La catena alberghiera cinese Jin Jiang International ha aperto un albergo ad Almaty, secondo il comunicato.")
    #expect(!hotel.entities.contains { $0.kind == .person })
  }

  @Test("round 140: a plant's short name by cue and number, acronyms hyphened to a noun, mines by a quoted name, joint ventures in apposition, the Cabinet of Ministers")
  func round140Rules() {
    let ru = extract("""
      Китайская компания модернизирует Аксускую ГРЭС-1.

      Стороны подписали EPC-контракт в Павлодаре. Уголь для станции поставит угольный разрез «Восточный». \
      По данным энергетиков, ГРЭС-1 обеспечивает теплом весь город.
      """)
    #expect(ru.entities.first { $0.kind == .project && $0.label == "Аксуская ГРЭС-1" }?.mentions.count == 2)
    #expect(!ru.entities.contains { $0.label == "EPC" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("разрез «Восточный") })
    let en = extract("Kumbel, the joint venture of Kazakhmys and a Chinese partner, will build a smelter. Kyrgyzaltyn chairman Almaz Sultanbekov said the Cabinet of Ministers of Uzbekistan approved it.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Kumbel" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Cabinet of Ministers of Uzbekistan" })
    #expect(!en.entities.contains { $0.id == "kyrgyzstan" })
  }

  @Test("round 141: a body named in guillemets after its description, both towns of a crossing, trunk lines, Kanas, Italian cooperatives and forests")
  func round141Rules() {
    let ru = extract("""
      Агентство автомобильного транспорта Туркменистана «Туркменавтоулаглары» закупило автобусы. Грузы пойдут через \
      пограничный переход Имамназар – Акина и дальше по Трансказахстанской магистрали. Поставки по магистрали \
      Бейнеу – Бозой – Шымкент выросли, сообщил оператор газопровода Бейнеу – Бозой – Шымкент.
      """)
    #expect(ru.entities.filter { $0.kind == .organization && $0.label.contains("Туркменавтоулаглары") }.count == 1)
    #expect(ru.entities.first { $0.label.hasPrefix("Агентство автомобильного транспорта") }?.mentions.count == 2)
    #expect(ru.entities.contains { $0.kind == .city && $0.label == "Акина" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Трансказахстанская магистраль" })
    #expect(ru.entities.filter { $0.kind == .project && $0.mentions.contains { $0.text.hasSuffix("Бозой – Шымкент") } }.count == 1)
    let en = extract("Many families visited Kanas last summer, officials in Urumqi said.")
    #expect(en.entities.contains { $0.id == "kanas-lake" })
    #expect(!en.entities.contains { $0.id == "kano" })
    let it = extract("L'accordo tra la cooperativa locale Bereke Ata e il distributore cinese Gansu Longyuan Trading riguarda le noci della foresta di Kara-Alma, ha detto il ministro.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Bereke Ata" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Gansu Longyuan Trading" })
    #expect(it.entities.contains { $0.kind == .region && $0.label.hasSuffix("Kara-Alma") })
  }

  @Test("round 142: an Italian mine and deposit of one name, a district's centre town named alone")
  func round142Rules() {
    let it = extract("Secondo il ministero, la miniera d'argento di Kumbel sarà ampliata. Il giacimento di oro e rame di Bolshoi Kumbel è stato scoperto nel 1970, ha detto il ministro.")
    let mines = it.entities.filter { $0.kind == .project }
    #expect(mines.count == 1)
    #expect(mines.first?.mentions.count == 2)
    let kk = extract("Ақсуатта жаңа зауыт ашылады.\n\nАбай облысының Ақсуат ауданында қытайлық компания жұмыс бастады.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Ақсуат" })
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Ақсуат ауданы" })
  }

  @Test("round 143: a Cyrillic cue opening a sentence, a town's vodokanal, company words are no surnames, 'catena di …', Kazakh case words before a plant noun")
  func round143Rules() {
    let ru = extract("Рейсы начнутся осенью. Авиакомпания My Cargo откроет рейс в Урумчи.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "My Cargo" })
    let en = extract("Leaks are a problem, Bishkek Vodokanal said on Monday.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Bishkek Vodokanal" })
    let it = extract("Il miele sarà venduto dalla catena di supermercati Yonghui Chain in tutta la provincia, ha detto il ministro.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Yonghui Chain" })
    #expect(!it.entities.contains { $0.kind == .person })
    let kk = extract("Теміртауда Қытай инвесторымен цемент зауыты салынады.")
    #expect(!kk.entities.contains { $0.kind == .project && $0.label.contains("инвесторымен") })
  }

  @Test("round 145: a repeated Latin name over a shorter catalogued one, film companies, Russia's border regions")
  func round145Rules() {
    let ru = extract("Контракт получило ТОО «Kazakhmys Copper». Директор Kazakhmys Copper Асет Бекенов назвал сроки.")
    #expect(!ru.entities.contains { $0.id == "kazakhmys" })
    #expect(ru.entities.first { $0.kind == .organization && $0.label == "Kazakhmys Copper" }?.mentions.count == 2)
    let it = extract("I diritti per il mercato cinese sono stati comprati da Bona Film, ha detto il produttore.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Bona Film" })
    let kk = extract("Өнім Ресейдің Қорған облысына жеткізіледі.")
    #expect(kk.entities.contains { $0.id == "kurgan-region" && $0.label == "Kurgan Region" })
    let ru2 = extract("Делегация Оренбургской области посетила Актобе.")
    #expect(ru2.entities.contains { $0.id == "orenburg-region" })
  }

  @Test("round 146: a town's name without its diacritics, a province's bare name, a name before 'originario di', Kazakh words after a cue opening the sentence")
  func round146Rules() {
    let en = extract("News\n\nTURKMENABAT, Turkmenistan, May 2 — Cotton exports rose, the Lebap governor said.")
    #expect(en.entities.contains { $0.id == "turkmenabat" && $0.mentions.first?.text == "TURKMENABAT" })
    #expect(en.entities.contains { $0.id == "lebap-region" })
    let it = extract("Il vincitore della gara, Batu Erdeni, originario di Hohhot, ha ringraziato il pubblico.")
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Batu Erdeni" })
    let kk = extract("Орталық биыл ашылды. Институт Қытайдың Шыңжаң университетімен бірге ашылды.")
    #expect(!kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Институт") })
    #expect(kk.entities.contains { $0.id == "xinjiang-university" })
  }

  @Test("round 147: a hyphened name's second half, Roman numerals, Italian bodies after a country's adjective or with listed nouns and a name, a quoted name before a role")
  func round147Rules() {
    let ru = extract("Теплицы построит компания «Агро-Самарканд», сообщил министр. Автобус переночует в Таш-Кургане.")
    #expect(!ru.entities.contains { $0.id == "samarkand" || $0.id == "kurgan" || $0.kind == .person })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Агро-Самарканд" })
    let en = extract("Oil flows through the Atasu-Alashankou pipeline, the minister said.")
    #expect(en.entities.contains { $0.id == "alashankou" })
    let it = extract("La porta del XVIII secolo sarà restaurata con i colleghi dell'Istituto di storia, archeologia ed etnografia Rudaki, ha detto il ministro. Lavorano con la missione dell'Accademia cinese del patrimonio culturale e dell'Agenzia del turismo.")
    #expect(!it.entities.contains { $0.label == "XVIII" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Istituto di storia, archeologia ed etnografia Rudaki" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Accademia cinese del patrimonio culturale" })
  }

  @Test("round 148: a Chinese given name that is a town's after a role and its complement, an army's district, a chain's name after what it sells")
  func round148Rules() {
    let ru = extract("Делегацию принял генеральный консул КНР в Алматы Гао Цзиньхуа.")
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Gao Jinhua" })
    #expect(!ru.entities.contains { $0.id == "jinhua" })
    let en = extract("A unit of the Xinjiang Military District watched from a post at Sary-Tash, the minister said.")
    #expect(!en.entities.contains { $0.kind == .region && $0.label.contains("Military") })
    #expect(en.entities.contains { $0.id == "sary-tash" })
    let it = extract("Il contratto è stato firmato con la catena cinese di negozi di frutta Pagoda, ha detto il ministro.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Pagoda" })
  }

  @Test("round 149: a Latin name after a country's Cyrillic adjective, an acronym of a body named in full, one railway called a line, a route's second town")
  func round149Rules() {
    let ru = extract("Китайская Sungrow FPV и агентство подписали соглашение.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Sungrow FPV" })
    let en = extract("China Railway Tunnel Group will dig it, and CRTG engineers said the work is hard. The Bishkek–Osh railway opened in 2016. Freight on the Bishkek–Osh line grew, the minister said.")
    #expect(!en.entities.contains { $0.label == "CRTG" })
    #expect(en.entities.first { $0.label == "China Railway Tunnel Group" }?.mentions.count == 2)
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
    #expect(en.entities.contains { $0.id == "osh" })
  }

  @Test("round 150: a plant complex named by its place's adjective, 'the … group' after a name")
  func round150Rules() {
    let ru = extract("Газ будет поставлять Устюртский газохимический комплекс, сообщил министр.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Устюртский газохимический комплекс" })
    let en = extract("Khimpharm, part of the Polpharma group, makes antibiotics, the minister said.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Polpharma" })
  }

  @Test("round 151: an Italian facility phrase whose 'di' is elided with its article")
  func round151Rules() {
    let it = extract("Un hotel sorgerà accanto alla fortezza dell'Ark, ha detto il ministro. La centrale nucleare del Paese sarà costruita entro il 2035.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "fortezza dell'Ark" })
    #expect(!it.entities.contains { $0.label.contains("Paese") })
  }

  @Test("round 152: a country's possessive before words that 'and' joins to a body's cue; a one-word catalogued short name in brackets")
  func round152Rules() {
    let en = extract("Kyrgyzstan's Leather and Footwear Makers Association backed the plan. The loan came from China Petrochemical Holding Corporation (Sinopec) in May.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Leather and Footwear Makers Association" })
    #expect(!en.entities.contains { $0.label == "Leather" })
    #expect(en.entities.filter { $0.id == "sinopec" }.flatMap(\.mentions).contains { $0.text == "China Petrochemical Holding Corporation" })
    #expect(!en.entities.contains { $0.id != "sinopec" && $0.label.contains("Petrochemical") })
  }

  @Test("round 153: a name a dash pairs with a town on a route is a town")
  func round153Rules() {
    let ru = extract("Авиакомпания откроет рейсы по маршруту Алматы — Жанатогай летом, сообщил министр.")
    #expect(ru.entities.contains { $0.kind == .city && $0.label == "Жанатогай" })
    let en = extract("The airline will launch the Zhanatogay–Almaty flight in June, the minister said.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Zhanatogay" })
    // (a dashed pair with no route word is no evidence: "the Almaty–Zhanatogay agreement")
    let plain = extract("He praised the Almaty–Zhanatogay agreement, the minister said.")
    #expect(!plain.entities.contains { $0.label == "Zhanatogay" && $0.kind == .city })
    // (a month before a comma and a role is no person in apposition)
    let month = extract("The line opens in June, the minister said. Flights start on Monday, the Kazakh minister added.")
    #expect(!month.entities.contains { $0.kind == .person })
  }

  @Test("round 154: an Italian ministry whose lower-case portfolio follows an elided 'dell''; a quoted logistics centre")
  func round154Rules() {
    let it = extract("Lo ha annunciato il Ministero dell'agricoltura del Tagikistan, che seguirà i lavori.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Ministero dell'agricoltura del Tagikistan" })
    let ru = extract("Весной в области открылся оптово-распределительный центр «Жасыл Базар», сообщил аким.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("центр «Жасыл Базар»") })
    // (a centre of culture is a body, not a facility the rule reads)
    let body = extract("Весной в области открылся культурный центр «Жасыл Базар», сообщил аким.")
    #expect(!body.entities.contains { $0.kind == .project })
  }

  @Test("round 155: districts named with a person's initial; a cabinet of ministers is a government body of its country; a town before 'governor' names its region")
  func round155Rules() {
    let kk = extract("Зауыт Б.Момышұлы ауданында орналасады, ал шикізатты Сарысу және Т.Рысқұлов аудандарының шаруалары береді.")
    #expect(kk.entities.filter { $0.kind == .region }.map(\.label).sorted() == ["Б.Момышұлы ауданы", "Сарысу ауданы", "Т.Рысқұлов ауданы"])
    #expect(!kk.entities.contains { $0.kind == .person })
    let ru = extract("Документ подписан в присутствии заместителя Председателя Кабинета Министров Узбекистана Алишера Каримова.")
    #expect(ru.entities.contains { $0.id == "cabinet-of-ministers-of-uzbekistan" && $0.mentions.contains { $0.text == "Кабинета Министров Узбекистана" } })
    #expect(ru.entities.filter { $0.kind == .person }.flatMap(\.mentions).map(\.text) == ["Алишера Каримова"])
    let en = extract("The decree was adopted by the Cabinet of Ministers of Turkmenistan. Batken governor Almaz Sadyrov welcomed it.")
    #expect(en.entities.contains { $0.id == "cabinet-of-ministers-of-turkmenistan" && $0.parent == "turkmenistan" })
    #expect(en.entities.contains { $0.id == "batken-region" && $0.mentions.contains { $0.text == "Batken" } })
    #expect(!en.entities.contains { $0.label == "Mary" })
  }

  @Test("round 156: a Kazakh route whose last town's name ends like an instrumental; 'the … agency' after a name")
  func round156Rules() {
    let kk = extract("Жоба аясында Шар – Өскемен газ құбыры салынады.")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Шар – Өскемен газ құбыры" })
    let en = extract("The study was ordered by the Tomatom agency last year, the minister said.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Tomatom" })
  }

  @Test("round 157: a metal closes a company's name; places listed with commas and 'және' name a Kazakh event, a town in the locative does not")
  func round157Rules() {
    let en = extract("Battery maker Zhenxing Lithium has approached the state company for a stake.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Zhenxing Lithium" })
    let kk = extract("Кеше Ташкентте Қазақстан, Өзбекстан және Қытай бизнес форумы өтті.")
    #expect(kk.entities.contains { $0.kind == .event && $0.label == "Қазақстан, Өзбекстан және Қытай бизнес форумы" })
    #expect(kk.entities.contains { $0.id == "tashkent" })
  }

  @Test("round 158: a Russian mine named by its place's adjective; a Kazakh power line by its quoted route")
  func round158Rules() {
    let ru = extract("Сырьё поступает с Сарыкольского бокситового рудника и Жанакольского угольного разреза, сообщил аким.")
    #expect(ru.entities.filter { $0.kind == .project }.map(\.label).sorted() == ["Жанакольский угольный разрез", "Сарыкольский бокситовый рудник"])
    let kk = extract("Қуат «Шу – Талас» электр беру желісі арқылы жеткізіледі.")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "«Шу – Талас» электр беру желісі" })
  }

  @Test("round 159: loan nouns ending like a locative inside Kazakh bodies' names; schools; a second 'of the' before a lower-case cue; laboratories")
  func round159Rules() {
    let kk = extract("Кеше Ұлттық олимпиада комитетінің өкілі Ақтөбедегі Жасөспірімдер спорт мектебінің оқушыларымен кездесті.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Ұлттық олимпиада комитеті" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Жасөспірімдер спорт мектебі" })
    let en = extract("Data go to the Qarlyq Joint Laboratory for Glacier Studies and to the Institute of Hydrology of the Tajik academy.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Qarlyq Joint Laboratory for Glacier Studies" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Institute of Hydrology" })
    let it = extract("Il progetto unisce l'Associazione ippica kirghisa e l'Associazione internazionale Ak-Bozat.")
    #expect(it.entities.filter { $0.kind == .organization }.map(\.label).sorted() == ["Associazione internazionale Ak-Bozat", "Associazione ippica kirghisa"])
  }

  @Test("round 160: a country after 'di' is no given name; an Italian airport named after a person; 'Airports' closes a name")
  func round160Rules() {
    let it = extract("Ne ha parlato il direttore generale di Kyrgyzstan Airports, Nurlan Sadykov. I lavori all'aeroporto internazionale Manas Ata di Bishkek e all'aeroporto di Bishkek finiranno nel 2028.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Kyrgyzstan Airports" })
    #expect(!it.entities.contains { $0.kind == .person && $0.label.hasPrefix("Kyrgyzstan") })
    #expect(!it.entities.contains { $0.kind == .person && $0.label == "Manas Ata" })
    #expect(it.entities.filter { $0.kind == .project }.count == 1)
  }

  @Test("round 161: quoted names after Russian non-company bodies; Italian zoos and appositions; route towns; one town's border crossing")
  func round161Rules() {
    let ru = extract("Активисты общественного объединения «Жашыл Талаа» выступили против проекта.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Жашыл Талаа" })
    let it = extract("Secondo Tojik Aluminium Trade, la società statale dei metalli, lo zoo di Dushanbe riceverà due tigri. Secondo Rahmonov, la filiale aprirà presto.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Tojik Aluminium Trade" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "zoo di Dushanbe" })
    #expect(!it.entities.contains { $0.label == "Rahmonov" && $0.kind == .organization })
    let en = extract("The line runs from Aktobe through Badamsha and Bestobe to Kulsary, then on to the Dostyk border crossing and to Sagiz in western Kazakhstan.")
    #expect(Set(en.entities.filter { $0.kind == .city && !$0.catalogued }.map(\.label)).isSuperset(of: ["Badamsha", "Bestobe", "Sagiz"]))
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kulsary" })
    #expect(!en.entities.contains { $0.kind == .project })
  }

  @Test("round 162: Turkmen districts; a town listed before a known one ahead of its residents")
  func round162Rules() {
    let ru = extract("Комбинат построят в Рухабатском этрапе Ахалского велаята.")
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Рухабатский этрап" })
    let kk = extract("Кәсіпорында жұмыс істейтіндердің көбі Көктал мен Жаркент тұрғындары.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Көктал" })
  }

  @Test("round 163: 'and' before a body with its own cue ends a complement; an Italian body of a people; a noun ending like a locative opens a Kazakh institute's name")
  func round163Rules() {
    let en = extract("The Ministry of Agriculture and Kaspi Holding Group signed the deal; the Ministry of Energy and Water Resources welcomed it.")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.label).sorted() == ["Kaspi Holding Group", "Ministry of Agriculture", "Ministry of Energy and Water Resources"])
    let it = extract("Al convegno ha parlato il presidente dell'Unione degli agronomi cinesi.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Unione degli agronomi cinesi" })
    let kk = extract("Мақта селекциясы институтының директоры Асқар Бекұлы сөз сөйледі.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Мақта селекциясы институты" })
  }

  @Test("round 164: fields listed after a Russian plural; an Italian department of a ministry; a name after an Italian facility noun is no holder's")
  func round164Rules() {
    let ru = extract("Газ поступает с месторождений Жетыбай, Каламкас и Узень, сообщили в компании.")
    #expect(Set(ru.entities.filter { $0.kind == .project }.flatMap { $0.mentions.map(\.text) }) == ["Жетыбай", "Каламкас", "Узень"])
    let it = extract("Lo ha detto il Dipartimento delle foreste del ministero dell'Agricoltura tagiko. Ne ha parlato il direttore del parco nazionale Tigrovaya-Balka, Rustam Nazarov.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Dipartimento delle foreste" })
    #expect(!it.entities.contains { $0.kind == .person && $0.label.hasPrefix("Tigrovaya") })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "parco nazionale Tigrovaya-Balka" })
  }

  @Test("round 165: a Kazakh name with and without 'international' is one; an Italian plant named twice; an unknown crossing is a town")
  func round165Rules() {
    let kk = extract("Жобаны Ланьчжоу халықаралық логистика орталығы қолдады. Ланьчжоу логистика орталығының өкілі сөз сөйледі.")
    #expect(kk.entities.filter { $0.kind == .organization || $0.kind == .project }.count == 1)
    let it = extract("Il gruppo ha rilevato la raffineria di Shymkent. L'impianto di Shymkent lavora greggio kazako.")
    #expect(it.entities.filter { $0.kind == .project }.count == 1)
    let en = extract("Trucks queue at the Kyzyl-Art border crossing and at the Bor-Dobo crossing every day.")
    #expect(Set(en.entities.filter { $0.kind == .city }.map(\.label)).isSuperset(of: ["Kyzyl-Art", "Bor-Dobo"]))
    #expect(!en.entities.contains { $0.kind == .project })
    // (a rail or road crossing of an unknown name is its town too, not lost between the passes)
    let rail = extract("Freight trains cross at the Kyzyl-Jar rail crossing twice a week.")
    #expect(rail.entities.contains { $0.kind == .city && $0.label == "Kyzyl-Jar" })
  }

  @Test("round 166: a Russian verbal noun is no adjective of a site's name; a Kazakh district's centre is no body; a town before a route's word")
  func round166Rules() {
    let ru = extract("Тогда началось освоение контрактной территории «Аксай-Восточный» на юге страны.")
    #expect(!ru.entities.contains { $0.label.lowercased().hasPrefix("освоен") })
    let kk = extract("Биыл туристер Алматы мен Қарабалық бағытын жиі таңдайды. Аудан орталығында жаңа мектеп ашылды.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Қарабалық" })
    #expect(!kk.entities.contains { $0.kind == .organization })
  }

  @Test("round 167: a list of towns with one known; a legal form names no Kazakh mine; a Russian agreement's name stops at the verb; Italian mosques; Kazakh associations")
  func round167Rules() {
    let en = extract("The grant will cover Karakol, Tosor, Kadji-Sai and Tamga on the southern shore.")
    // (Kaji-Say and Tamga are catalogued since round 412; Tosor is still read by the list)
    #expect(Set(en.entities.filter { $0.kind == .city }.map(\.label)).isSuperset(of: ["Tosor", "Kaji-Say", "Tamga"]))
    let kk = extract("Руда «Алтын Тау» ЖШС-ның кенішінен тасымалданады. «Таза Өзен» қоғамдық бірлестігінің өкілі сөйледі.")
    #expect(!kk.entities.contains { $0.kind == .project && $0.label.contains("ЖШС") })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("Таза Өзен") })
    let ru = extract("Соглашение о строительстве терминала подписали вчера в Алматы.")
    #expect(!ru.entities.contains { $0.label.contains("подписали") })
    let it = extract("I turisti visitano la moschea Bolo Hauz e il mausoleo Samanidi.")
    #expect(it.entities.filter { $0.kind == .project }.count == 2)
  }

  @Test("round 168: a legal form before a Kazakh town cue is no town; an ordering adjective opens no Russian event; Kazakh avenues")
  func round168Rules() {
    let kk = extract("Жобаны «Шығыс Энерго» АҚ қалада жүзеге асырады. Жаңа бағыт Сәтпаев даңғылы бойымен өтеді.")
    #expect(!kk.entities.contains { $0.kind == .city && $0.label == "АҚ" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Сәтпаев даңғылы" })
    let ru = extract("Следующий форум пройдёт в Бишкеке через два года.")
    #expect(!ru.entities.contains { $0.kind == .event })
  }

  @Test("round 169: a Kazakh body named after a person with lower-case words after 'атындағы'; a Russian airport quoted by its town's name")
  func round169Rules() {
    let kk = extract("«Шоқан Уәлиханов атындағы тарих және этнология институты» жаңа кітап шығарды.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Шоқан Уәлиханов атындағы") })
    #expect(!kk.entities.contains { $0.kind == .person })
    let ru = extract("Международный аэропорт «Кокшетау» принял первый рейс. Пассажиропоток аэропорта Кокшетау вырос вдвое.")
    #expect(ru.entities.filter { $0.kind == .project }.count == 1)
  }

  @Test("round 170: names after a company's legal word and 'and'; appositions opened by a country's adjective; route towns; ranges; Italian facilities named right after their noun")
  func round170Rules() {
    let en = extract(
      "Engineers from the Harbin Bridge Design Corporation and Tajik Temir Roh, the state road company of Tajikistan, met in Dushanbe. "
        + "The pipeline runs through Kokjar before it reaches the Chatkal Range. A joint venture, Uzbek-China Railway Logistics LLC, was set up.")
    #expect(!en.entities.contains { $0.label.contains(" and ") })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Tajik Temir Roh" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kokjar" })
    #expect(en.entities.contains { $0.kind == .region && $0.label.contains("Chatkal Range") })
    #expect(!en.entities.contains { $0.label == "China Railway" })
    let it = extract(
      "La banca Bereke Finance di Shymkent ha finanziato le joint venture Akbakai-M e Tortkuduk. Lo stabilimento Ertis-Metal di Pavlodar è nuovo. "
        + "Il parco nazionale Sairam-Ugam attira turisti. Nel parco Sairam-Ugam vivono i leopardi.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Bereke Finance" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Tortkuduk" })
    #expect(it.entities.contains { $0.kind == .project && $0.label.contains("Ertis-Metal") })
    #expect(it.entities.filter { $0.kind == .project && $0.label.contains("Sairam-Ugam") }.count == 1)
    let ru = extract("Компания ведёт разработку золотого месторождения Нижний Таймас в горах.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("Нижний Таймас") })
    let kk = extract("Делегация Тараз жоғары технологиялар аймағында болды. Олар Сейфуллин университетінде студенттермен кездесті.")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.contains("технологиялар аймағы") })
    #expect(!kk.entities.contains { $0.kind == .person && $0.label.hasPrefix("Олар") })
  }

  @Test("round 171: a mayor's town; contract territories; an Italian mine's short name; Russian exchanges; 'Тараптар' opens no name")
  func round171Rules() {
    let en = extract("The deputy mayor of Sarybel, Aibek Osmonov, opened the school. The company operates the Shirin contract territory near the river.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Sarybel" })
    #expect(en.entities.contains { $0.kind == .project && $0.label.contains("Shirin contract territory") })
    let it = extract("Il sindaco di Sarybel, Azamat Bekov, ha firmato. La miniera d'oro di Jerooy Nord sarà ampliata. La miniera di Jerooy impiega novecento persone.")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Sarybel" })
    #expect(it.entities.filter { $0.kind == .project }.count == 1)
    let ru = extract("Акции компании торгуются на Алматинской товарной бирже с прошлого года.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Алматинская товарная биржа" })
    let kk = extract("Тараптар Жуалы ауданында жаңа зауыт салу туралы келісті.")
    #expect(!kk.entities.contains { $0.kind == .person })
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Жуалы ауданы" })
  }

  @Test("round 172: a facility's town after 'in'; Italian routes 'da … a …'; prefixed places inside company names; Italian terminals")
  func round172Rules() {
    let en = extract("Its cement plant in Kuldzhuk supplies the dam, the company said.")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kuldzhuk" })
    #expect(!en.entities.contains { $0.kind == .project })
    let it = extract(
      "Da Almaty a Vercellina in dieci giorni. Il treno è arrivato al terminal intermodale di Vercellina. "
        + "Il servizio è gestito dalla società Trans-Asia Cargo, con sede a Genova. Un nuovo terminal cinese per l'aeroporto di Tashkent è pronto.")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Vercellina" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "terminal intermodale di Vercellina" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Trans-Asia Cargo" })
    #expect(!it.entities.contains { $0.kind == .region && $0.label == "Asia" })
    #expect(!it.entities.contains { $0.label.contains("cinese") })
  }

  @Test("round 173: numbered names before a plural facility noun; bodies listed after 'groups in <town>, including'; a company named after a catalogued project; Kazakh plural deposits")
  func round173Rules() {
    let en = extract("Power comes from the Zarbulak and Tersak-2 stations on the river. Environmental groups in Almaty, including Greenwatch, protested.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Tersak-2 station" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Zarbulak station" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Greenwatch" })
    let ru = extract("На маршрутах работает транспортная компания «Астана LRT», сообщили в акимате.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Астана LRT" })
    #expect(!ru.entities.contains { $0.kind == .project })
    let kk = extract("Компания биыл Ақсайшы және Қызылтау кен орындарын игеруді бастайды.")
    #expect(kk.entities.filter { $0.kind == .project && $0.label.hasSuffix("кен орны") }.count == 2)
  }

  @Test("round 174: a dateline's agency in slashes; Latin company names with 'and' after a Cyrillic cue; a firm's quoted name; a valley named after its town")
  func round174Rules() {
    let en = extract("ORAL, March 5, 2028 /Zhaiyk Media/ — The road was repaired by a local firm, the akimat said.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Zhaiyk Media" })
    let noAgency = extract("ASTANA, March 5, 2028 (Monday) — The road was repaired, the akimat said.")
    #expect(!noAgency.entities.contains { $0.kind == .organization })
    let ru = extract("Уральск, 5 марта 2028 года. Работы вела компания China Harbour Investment and Marine Cooperation, ремонт завершила дочерняя фирма «Орал Жол Строй».")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "China Harbour Investment and Marine Cooperation" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Орал Жол Строй" })
    #expect(!ru.entities.contains { $0.kind == .person })
    let it = extract("Le miniere della valle di Angren sono antiche e famose in tutta la regione.")
    #expect(it.entities.contains { $0.kind == .region && $0.label == "valle di Angren" })
  }

  @Test("round 175: a country's adjective before 'city' names no town; a border station is its town; grain terminals; Italian law firms")
  func round175Rules() {
    let en = extract("The grain went to the Chinese city of Baoji through the Koktal-Ata border station. It was loaded at the Pavlodar grain terminal last week.")
    #expect(!en.entities.contains { $0.label.contains("Chinese") })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Koktal-Ata" })
    #expect(!en.entities.contains { $0.label.contains("border station") })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Pavlodar grain terminal" })
    let it = extract("L'operazione è stata seguita dallo studio legale Baker McKenzie e dalla banca Halyk.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Baker McKenzie" })
  }

  @Test("round 176: a comma-listed name before a Kazakh plural district cue that the text named as a district; numbered catalogued projects in a plural list; a body's opening words are no other body")
  func round176Rules() {
    let kk = extract("Зауыт Меркі ауданында салынады. Қызылша Меркі, Шу және Қордай аудандарынан әкелінеді.")
    #expect(!kk.entities.contains { $0.kind == .city })
    #expect(kk.entities.filter { $0.kind == .region }.count == 3)
    let en = extract("The line will export power from the Toktogul and Kambarata-2 hydropower plants in summer.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Toktogul hydropower plant" })
    #expect(!en.entities.contains { $0.label == "Mary" })
    let ru = extract("В Ташкенте открылся филиал Пекинского университета языка и культуры, сообщили в министерстве.")
    #expect(ru.entities.filter { $0.kind == .organization }.count == 1)
    #expect(!ru.entities.contains { $0.kind == .project })
  }

  @Test("round 177: Italian plural regions with hyphenated names; 'un ospedale a X' is no body; utilities and building firms described before their name; a catalogued plant named with a longer project phrase")
  func round177Rules() {
    let it = extract("Mancano scuole nelle regioni di Batken e Jalal-Abad. Il programma comprende un ospedale a Nookat. La scuola è stata costruita dall'impresa edile Xinjiang Beixin Road and Bridge.")
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Jalal-Abad Region" })
    #expect(!it.entities.contains { $0.label.contains("ospedale") })
    // (the name is still cut before "and Bridge": a kept error)
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Xinjiang Beixin Road") })
    let en = extract("The state utility Pamir Energy said TBEA will expand the Dushanbe-2 combined heat and power plant next year.")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Pamir Energy" })
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Dushanbe-2 thermal power plant" })
  }

  @Test("round 178: a company named after its town is called by the town's name alone; a Kazakh name's word read as a place through another case, and a country after a compass word, are no mentions")
  func round178Rules() {
    let it = extract("Almalyk MMC ha firmato un contratto con una società cinese. Il direttore di Almalyk ha detto che i lavori inizieranno a maggio.")
    #expect(it.entities.first { $0.label == "Almalyk MMC" }?.mentions.count == 2)
    #expect(!it.entities.contains { $0.kind == .city })
    // (one plain place use keeps every bare mention the town's)
    let town = extract("Almalyk MMC assume nuovi operai. Molti di loro vivono nella città di Almalyk, a sud di Tashkent.")
    #expect(town.entities.contains { $0.kind == .city && $0.label == "Almalyk" })
    let kk = extract("Туристер биыл Арыстан баб кесенесіне көп барды. Студенттер Оңтүстік Қазақстан университетінде қытай тілін оқиды.")
    #expect(!kk.entities.contains { $0.label == "Arys" || $0.label == "Kazakhstan" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Арыстан баб") })
  }

  @Test("round 179: towns listed after a word for residents; a Russian canal by its name and a trade centre by its quoted name; Italian 'terminale'; a Kazakh border crossing's station is the crossing")
  func round179Rules() {
    let ru = extract("На встрече выступили жители Жанаарыка, Тогузбулака и Сарыбела. Воду подадут по каналу Дустлик, а товары пройдут через торговый центр «Навруз». Об этом сообщили на канале «Хабар».")
    #expect(Set(ru.entities.filter { $0.kind == .city }.map(\.label)) == ["Жанаарык", "Тогузбулак", "Сарыбел"])
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "канал Дустлик" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "торговый центр «Навруз»" })
    #expect(!ru.entities.contains { $0.kind == .project && $0.label.contains("Хабар") })
    let it = extract("Il terminale cerealicolo di Lianyungang riceve il grano.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "terminale cerealicolo di Lianyungang" })
    let kk = extract("Жүк пойыздары Алтынкөл станциясы арқылы Қытайға өтеді.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Altynkol" })
    #expect(!kk.entities.contains { $0.kind == .project })
  }

  @Test("round 180: an agreement 'about its …' names none; a Russian pipeline's name in -а; a company's first word that is only a town's by-name; Italian chambers and a facility's name after adjectives; Kazakh агрохолдингі")
  func round180Rules() {
    let ru = extract("Стороны подписали Соглашение о его расширении. Газ пойдёт по газопроводу Тогызкудук.")
    #expect(!ru.entities.contains { $0.label.hasPrefix("Соглашение") })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "газопровод Тогызкудук" })
    let en = extract("The Chinese metals group Jinchuan Group International Resources will build the smelter. Jinchuan chairman Gao Ming signed the deal.")
    #expect(en.entities.first { $0.label == "Jinchuan Group International Resources" }?.mentions.count == 2)
    #expect(!en.entities.contains { $0.label == "Mary" })
    let it = extract("La legge è passata alla Camera dei deputati. Il vertice si è svolto nel palazzo nazionale Kasri Navruz.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Camera dei deputati" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "palazzo nazionale Kasri Navruz" })
    let kk = extract("Кездесуге «Жасыл Дала» агрохолдингінің басшысы Болат Сейітов қатысты.")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("Жасыл Дала") })
  }

  @Test("round 181: 'and' before a title is the title's; an inner 'and' in an event's name; tourist zones; a Latin project's short name in either order; a company's words before its industry's are no person")
  func round181Rules() {
    let en = extract("He is Deputy Chairman of the Cabinet and Foreign Minister Aman Durdyev. Firms met at the Kazakhstan Oil and Gas exhibition and visited the Kenderli tourist zone.")
    #expect(!en.entities.contains { $0.kind == .organization })
    #expect(en.entities.contains { $0.kind == .event && $0.label == "Kazakhstan Oil and Gas exhibition" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Kenderli tourist zone" })
    let zone = extract("Work starts in the Karakol free zone. The Karakol Free Economic Zone hosts 40 firms.")
    #expect(zone.entities.filter { $0.kind == .project }.map(\.label) == ["Karakol Free Economic Zone"])
    #expect(zone.entities.first { $0.kind == .project }?.mentions.count == 2)
    let ru = extract("Меморандум подписала китайская компания Henan Dongfang Grain Industry. Ранее Henan Dongfang Grain Industry открыла офис в Алматы.")
    #expect(!ru.entities.contains { $0.kind == .person })
    #expect(ru.entities.first { $0.label == "Henan Dongfang Grain Industry" }?.mentions.count == 2)
  }

  @Test("round 182: unquoted names before Kazakh 'порттары' — a known town stays the town, a name nothing has read is a port; the Afrosiyob train is catalogued")
  func round182Rules() {
    let kk = extract("Контейнерлер Каспий теңізі арқылы Баку мен Жаңаорт порттарына жөнелтіледі.")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Baku" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Жаңаорт порты" })
    let it = extract("Il treno ad alta velocità Afrosiyob collega Samarcanda e Tashkent.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "Afrosiyob" })
  }

  @Test("round 183: a country's adjective before a plant's acronym names no plant; a metro's line after the metro's possessive; the Kazakh 'Даму банкі' in lower case")
  func round183Rules() {
    let ru = extract("Китайский НПЗ в Токмоке заработал.")
    #expect(!ru.entities.contains { $0.kind == .project })
    let en = extract("The bank will fund the Tashkent metro's Chilonzor line and a new depot.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Chilonzor line" })
    let kk = extract("Жобаны Қазақстанның Даму банкі қаржыландырады.")
    #expect(kk.entities.contains { $0.label == "Development Bank of Kazakhstan" })
  }

  @Test("round 186: a quoted tunnel or residence is a project; a district named after a person is a region, after 'di'/'of' only")
  func round186Rules() {
    let ru = extract("Строители начали проходку тоннеля «Северный» на новой дороге. Глава района Бахтияр Осмонов открыл школу.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "тоннель «Северный»" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Bakhtiyar Osmonov" })
    let it = extract("Il vertice si è tenuto nella residenza di Kuksaroy. La fabbrica sorge nel distretto di Alisher Navoi.")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "residenza di Kuksaroy" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "distretto di Alisher Navoi" })
    #expect(!it.entities.contains { $0.kind == .city })
    let en = extract("Leaders met at the Ordabasy residence. The plant is in the district of Mirzo Ulugbek.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Ordabasy residence" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Mirzo Ulugbek District" })
  }

  @Test("round 187: an honoree's initials and surname open an English institution's name; a Kazakh trade or cooperation centre is a facility")
  func round187Rules() {
    let en = extract("The lab opened at M. Auezov Turan Technical University in Shymkent.")
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(en.entities.first { $0.kind == .organization }?.mentions.map(\.text) == ["M. Auezov Turan Technical University"])
    let kk = extract("Шекарада «Жібек» халықаралық сауда орталығы салынады.")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasSuffix("халықаралық сауда орталығы") })
    #expect(!kk.entities.contains { $0.kind == .organization })
  }

  @Test("round 188: a Russian branch line is a route; a hyphenated 'High-tech' opens a zone's name; Kazakh 'пен'/'бен' join a list of settlements")
  func round188Rules() {
    let ru = extract("Грузы пойдут по железнодорожной ветке Кызыл-Кия – Ош.")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.hasSuffix("Кызыл-Кия – Ош") })
    let en = extract("Investors toured the Harbin High-tech Industrial Development Zone on Monday.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Harbin High-tech Industrial Development Zone" })
    let kk = extract("Жобаға Байқадам пен Жосалы кенттерінің жастары тартылады.")
    #expect(kk.entities.filter { $0.kind == .city }.count == 2)
  }

  @Test("round 189: a country's adjective opens a school's name over a lower-case adjective; 'искусств' is a complement; Russian 'управление' is a body; a street bears a person's name; Сиань is no surname; 'Gabinetto dei ministri'")
  func round189Rules() {
    let ru = extract("Студенты Казахского национального университета и Евразийской академии искусств выступили. Китайский национальный банк выдал кредит.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Казахский национальный университет" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Евразийская академия искусств" })
    #expect(!ru.entities.contains { $0.label.contains("банк") })
    let body = extract("Соглашение подписало Национальное управление кинематографии Китая.")
    #expect(body.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Национальное управление кинематографии") })
    let street = extract("Мемориальную доску установят на улице Сянь Синхая. В Сиани Чэнь Цзе встретил делегацию.")
    #expect(street.entities.contains { $0.kind == .project && $0.label == "улица Сянь Синхая" })
    #expect(!street.entities.contains { $0.kind == .person && $0.label.hasPrefix("Xian") })
    let streets = extract("Машины появились на проспектах и улицах Казахстана.")
    #expect(!streets.entities.contains { $0.kind == .project })
    let it = extract("L'accordo è stato firmato dal presidente del Gabinetto dei ministri a Bishkek.")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Gabinetto dei ministri" })
  }

  @Test("round 190: Italian plural deposits before a list; 'abitanti di X e di Y'; a town's cue beats a company's -газ; a Kazakh district named by a surname the person rules took")
  func round190Rules() {
    let it = extract("Gli operai estraggono oro nei giacimenti di Kanjol e Duoba, nel nord. Lavorano abitanti di Zosun e di Madm.")
    #expect(Set(it.entities.filter { $0.kind == .project }.map(\.label)) == ["giacimento di Kanjol", "giacimento di Duoba"])
    #expect(it.entities.filter { $0.kind == .city }.count == 2)
    let ru = extract("Инвесторов пригласили в город Гарабогаз.")
    #expect(ru.entities.map(\.kind) == [.city])
    let kk = extract("Көпір Панфилов ауданындағы Жаркент қаласына апарады. Жиынға Серік Ахметов аудан әкімдерімен бірге қатысты.")
    #expect(!kk.entities.contains { $0.kind == .person && $0.label.contains("Panfilov") })
    #expect(kk.entities.contains { $0.kind == .region && $0.label.hasPrefix("Панфилов") })
    #expect(kk.entities.contains { $0.kind == .person && $0.label == "Serik Akhmetov" })
  }

  @Test("round 191: a Russian refinery by acronym and by its words is one plant; English streets; Mindray is catalogued")
  func round191Rules() {
    let ru = extract("Ремонт Павлодарского нефтеперерабатывающего завода завершен. Павлодарский НПЗ работает.")
    #expect(ru.entities.filter { $0.kind == .project }.map { $0.mentions.count } == [2])
    let catalogued = extract("Ремонт Шымкентского нефтеперерабатывающего завода завершен.")
    #expect(catalogued.entities.contains { $0.label == "Shymkent refinery" })
    let en = extract("The clinic stands on Lenin Street near the market. Equipment came from Mindray Medical.")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Lenin Street" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Mindray" })
  }

  @Test("round 192: a catalogued body's first words are a mention of it; 'Plant No. 5'; an open pit; a Chinese prefecture after Russian 'округа'")
  func round192Rules() {
    let en = extract("Navoi Mining hires. Navoi Mining and Metallurgical Company (NMMC) will expand. The firm built Hydrometallurgical Plant No. 5 near the Muruntau open pit.")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.label) == ["Navoi MMC"])
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Hydrometallurgical Plant No. 5" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Muruntau" })
    let ru = extract("Трасса идет из округа Аксу в Синьцзяне.")
    #expect(ru.entities.contains { $0.label == "Aksu Prefecture" })
    #expect(!ru.entities.contains { $0.kind == .city })
  }

  @Test("round 193: short names the catalogue gained — 'Organizzazione di Shanghai', 'Astana financial centre', 'corridoio di trasporto transcaspico', «Цифрлық Қазақстан»")
  func round193Catalogue() {
    let it = extract("La riunione dell'Organizzazione di Shanghai ha discusso del corridoio di trasporto transcaspico.")
    #expect(Set(it.entities.map(\.label)) == ["Shanghai Cooperation Organisation", "Middle Corridor"])
    let en = extract("A wealth desk opened at Astana financial centre on Wednesday.")
    #expect(en.entities.contains { $0.label == "Astana International Financial Centre" && $0.kind == .organization })
    let kk = extract("Жоба «Цифрлық Қазақстан» бағдарламасы аясында жүзеге асады.")
    #expect(kk.entities.contains { $0.label == "Digital Kazakhstan" && $0.kind == .project })
  }

  @Test("round 194: ceramics and shipyards close a company's name after a town; Ruh Ordo and the Italian 'rotta transcaspica' are catalogued")
  func round194Rules() {
    let en = extract("A tile factory in Tokmok will be built by Osh Baiyun Ceramics. The ferries came from Dalian Haixing Shipyard. Guests met at the Ruh Ordo cultural centre.")
    #expect(Set(en.entities.filter { $0.kind == .organization }.map(\.label)) == ["Osh Baiyun Ceramics", "Dalian Haixing Shipyard", "Ruh Ordo"])
    let it = extract("Le navi serviranno la rotta transcaspica.")
    #expect(it.entities.map(\.label) == ["Middle Corridor"])
  }

  @Test("round 195: a facility's place that the catalogue holds only as a region is the region; bare Uzbek -darya regions")
  func round195Rules() {
    let en = extract("Uzbek firm opens cotton mill in Kashkadarya. A new plant in Zhambyl will follow, the company said on Monday.")
    #expect(Set(en.entities.map(\.label)) == ["Kashkadarya Region", "Zhambyl Region"])
    #expect(en.entities.allSatisfy { $0.kind == .region })
    let town = extract("The company said on Monday that a cotton mill near Zarbekabad opened with new equipment.")
    #expect(town.entities.map(\.label) == ["Zarbekabad"])
    #expect(town.entities.first?.kind == .city)
  }

  @Test("round 196: háček spellings of post-Soviet places and their plants; an abbreviation's full stop before a bracketed acronym; Duisburg; Kazakh 'автономиялы'")
  func round196Rules() {
    let it = extract("Il ministro ha visitato Dušanbe e Biškek la settimana scorsa. La centrale termoelettrica Dušanbe-2 è stata ammodernata.")
    #expect(Set(it.entities.map(\.label)) == ["Dushanbe", "Bishkek", "Dushanbe-2 thermal power plant"])
    let en = extract("Kazakh Steppe Freight Corp. (KSF) signed a deal on Monday. KSF will run trains to Duisburg.")
    #expect(Set(en.entities.map(\.label)) == ["Kazakh Steppe Freight Corp", "Duisburg"])
    #expect(en.entities.first { $0.label == "Kazakh Steppe Freight Corp" }?.mentions.count == 3)
    let kk = extract("Бөлшектер Іле-Қазақ автономиялы облысынан әкелінеді.")
    #expect(kk.entities.map(\.label) == ["Ili Kazakh Autonomous Prefecture"])
  }

  @Test("round 197: a Kazakh singular place cue is the second coordinated name's only; 'union' describes a body; Серахс")
  func round197Rules() {
    let kk = extract("Рәсімге облыс әкімі Ерболат Жұмабай және Зорбек қаласының мэрі қатысты.")
    #expect(kk.entities.contains { $0.label == "Erbolat Zhumabay" && $0.kind == .person })
    #expect(kk.entities.contains { $0.label == "Зорбек" && $0.kind == .city })
    let plural = extract("Шу және Қордай аудандарының әкімдері келді.")
    #expect(Set(plural.entities.map(\.label)) == ["Шу ауданы", "Қордай ауданы"])
    let en = extract("The growers' union Almasut welcomed the deal on Tuesday, officials said.")
    #expect(en.entities.map(\.label) == ["Almasut"])
    #expect(en.entities.first?.kind == .organization)
    let ru = extract("Грузы пойдут через погранпереход Серахс в Иран.")
    #expect(Set(ru.entities.map(\.label)) == ["Sarahs", "Iran"])
  }

  @Test("round 198: a Chinese town in Palladius is labelled in Pinyin; a number closes no company after a possessive; an ampersand joins a catalogued name")
  func round198Rules() {
    let ru = extract("Сырьё поступает из города Чжаоюань, а цемент из города Шаартуз.")
    let en = extract("Raw materials come from the city of Zhaoyuan, the company said on Monday.")
    #expect(ru.entities.first { $0.label == "Zhaoyuan" }?.id == en.entities.first { $0.label == "Zhaoyuan" }?.id)
    // (Shaartuz, Shahrtuz: the former names of Tajikistan's Shahritus, which a cue's town
    // spelled another way finds)
    #expect(ru.entities.contains { $0.label == "Shahritus" && $0.kind == .city })
    let big = extract("The firm is one of China's \"Big Four\" carmakers; the deal was signed by China Petroleum & Chemical Corporation on Monday.")
    #expect(Set(big.entities.map(\.label)) == ["China", "Sinopec"])
  }

  @Test("round 199: the Kazakh 'ауыл шаруашылығы' (agriculture) names no village")
  func round199Rules() {
    let kk = extract("«Орталық ауыл шаруашылығы бойынша зерттеулер жүргізеді», — деді ол. Мектеп Жаңатұрмыс ауылында ашылды.")
    #expect(kk.entities.map(\.label) == ["Жаңатұрмыс"])
    #expect(kk.entities.first?.kind == .city)
  }

  @Test("round 200: a second crossing after 'КПП X и'; a portfolio joined by 'and' before a minister; 'valle dello'; a company's inner word as its short name; a quoted name's closing quote in a project's label")
  func round200Rules() {
    let ru = extract("Концентрат вывозят через КПП Карамык и Кульма в Китай.")
    #expect(Set(ru.entities.map(\.label)) == ["Karamyk", "Кульма", "China"])
    #expect(ru.entities.first { $0.label == "Кульма" }?.kind == .city)
    let en = extract("Kazakhstan's Tourism and Sports Minister Yerbol Myrzabosynov said the number of tourists had doubled.")
    #expect(Set(en.entities.map(\.label)) == ["Kazakhstan", "Yerbol Myrzabosynov"])
    let it = extract("Il parco sorge nella valle dello Zeravshan. Il gruppo cinese Zhejiang Jiaxin Silk lo gestisce. Il gruppo Jiaxin ha sede a Jiaxing.")
    #expect(it.entities.contains { $0.label == "valle dello Zeravshan" && $0.kind == .region })
    #expect(it.entities.first { $0.label == "Zhejiang Jiaxin Silk" }?.mentions.count == 2)
    let quoted = extract("È stato inaugurato ieri il complesso turistico \"Silk Road Bukhara\" con grande festa.")
    #expect(quoted.entities.contains { $0.label == "complesso turistico \"Silk Road Bukhara\"" && $0.kind == .project })
  }

  @Test("round 201: an Arabic name's particle continues an honoree's name; Alibaba Cloud is a company of its own")
  func round201Rules() {
    let ru = extract("Студенты учатся в Ташкентском университете информационных технологий имени Мухаммада аль-Хорезми.")
    #expect(ru.entities.map(\.label) == ["Ташкентский университет информационных технологий имени Мухаммада аль-Хорезми"])
    let en = extract("Alibaba Cloud, the cloud arm of Alibaba Group, opened an office in Tashkent on Monday.")
    #expect(Set(en.entities.map(\.label)) == ["Alibaba Cloud", "Alibaba Group", "Tashkent"])
  }

  @Test("round 203: a street names no town it shares a name with; 'округ Тачэн' is the prefecture; KazTransOil is catalogued")
  func round203Rules() {
    let kk = extract("Бағыттар Абай даңғылында ашылды, деп хабарлады ведомство.")
    #expect(kk.entities.map(\.label) == ["Абай даңғылы"])
    let ru = extract("Власти округа Тачэн выделили землю под логистический центр. Нефть прокачивает КазТрансОйл.")
    #expect(Set(ru.entities.map(\.label)) == ["Tacheng Prefecture", "KazTransOil"])
  }

  @Test("round 204: a Kazakh common noun opening a quote names no region before 'облыста'; an ordinal bureau is a subsidiary")
  func round204Rules() {
    let kk = extract("Бұған дейін зауыт салынды.\n«Жоба облыста 700 жаңа жұмыс орнын ашты», — деді ол.")
    #expect(kk.entities.isEmpty)
    let en = extract("The contract went to China Railway 18th Bureau, the company said on Monday.")
    #expect(en.entities.map(\.label) == ["China Railway 18th Bureau"])
  }

  @Test("round 205: a wire's abbreviated month is no town; peninsulas; a plant's name starts after a lower-case compound of countries")
  func round205Rules() {
    let en = extract("URUMQI, Dec. 5 (Xinhua) -- The expo opened Thursday in Urumqi, officials said.")
    #expect(Set(en.entities.map(\.label)) == ["Urumqi", "Xinhua"])
    let it = extract("Il giacimento si trova vicino alla penisola di Buzachi, nel Mar Caspio.")
    #expect(Set(it.entities.map(\.label)) == ["penisola di Buzachi", "Caspian Sea"])
    let ru = extract("Запущена вторая линия таджикско-китайского цементного завода «Памир Семент» в Яванском районе.")
    #expect(ru.entities.contains { $0.label == "цементный завод «Памир Семент»" && $0.kind == .project })
  }

  @Test("round 207: a facility noun opening a sentence before a quoted name; a state body's lower-case adjectives; places that share a name follow the text's country")
  func round207Rules() {
    let ru = extract("Новая станция «Жанакорган Солар» даст ток. Делегацию возглавил глава Государственного налогового управления КНР.")
    #expect(ru.entities.contains { $0.label == "станция «Жанакорган Солар»" && $0.kind == .project })
    #expect(ru.entities.contains { $0.label == "Государственное налоговое управление КНР" && $0.kind == .organization })
    let kz = extract("Павлодар облысының Ақсу қаласында зауыт салынады. Ақсу зауыты жұмыс істейді.")
    #expect(kz.entities.filter { $0.kind == .city }.map(\.id) == ["aksu"])
    let cn = extract("В Синьцзяне, в городе Аксу, открыли завод.")
    #expect(cn.entities.contains { $0.id == "aqsu" && $0.parent == "xinjiang" })
  }

  @Test("round 208: a Kazakh town's industrial zone named with 'қаласының'")
  func round208Rules() {
    let kk = extract("Зауыт Қостанай қаласының индустриялық аймағында салынады.")
    #expect(kk.entities.contains { $0.label == "Қостанай қаласының индустриялық аймағы" && $0.kind == .project })
    #expect(kk.entities.contains { $0.label == "Kostanay" && $0.kind == .city })
  }

  @Test("round 209: 'the Ili and the Irtysh' are rivers, either way round; an Italian hydropower cascade and reservoir")
  func round209Rules() {
    #expect(Set(extract("Farmers draw water from the Ili and the Irtysh, officials said.").entities.map(\.id)) == ["ili-river", "irtysh-river"])
    #expect(Set(extract("The Irtysh and the Ili both rise in the mountains.").entities.map(\.id)) == ["ili-river", "irtysh-river"])
    let it = extract("PowerChina costruirà la cascata idroelettrica di Kazarman a monte del bacino di Toktogul.")
    #expect(it.entities.filter { $0.kind == .project }.map(\.label).sorted() == ["bacino di Toktogul", "cascata idroelettrica di Kazarman"])
  }

  @Test("round 210: Italian quoted names after a cue and its words; a town joined by 'и' to a known town; 'Қазақстан Үкіметі' though the name ends like an ablative")
  func round210Rules() {
    let it = extract("Firma l'associazione degli artigiani \"Hunarmand\". La città entra nel nuovo itinerario \"Via della ceramica\". Il centro ha detto \"Basta\" ieri.")
    #expect(it.entities.map(\.label).sorted() == ["Hunarmand", "itinerario \"Via della ceramica\""])
    #expect(it.entities.first { $0.label == "Hunarmand" }?.kind == .organization)
    let ru = extract("Будут построены обходы Айни и Пенджикента.")
    #expect(ru.entities.contains { $0.id == "ayni" && $0.kind == .city })
    let kk = extract("Жоба туралы.\nБұған дейін Қазақстан Үкіметі бағдарламаны бекітті.")
    #expect(kk.entities.contains { $0.label == "Government of Kazakhstan" && $0.kind == .organization })
  }

  @Test("round 211: a body 'при Президенте' its country; one forum under an acronym and a full name; a gerund opens no forum's name; a town's chamber of commerce; Kazakh prefectures")
  func round211Rules() {
    let ru = extract("Эксперты Института стратегических и межрегиональных исследований при Президенте Узбекистана выступили.")
    #expect(ru.entities.contains { $0.label == "Институт стратегических и межрегиональных исследований при Президенте Узбекистана" && $0.kind == .organization })
    let forum = extract("Он приехал.\nФорум аналитических центров ШОС открылся. XI Форум аналитических центров Шанхайской организации сотрудничества прошел в Астане.")
    #expect(forum.entities.filter { $0.kind == .event }.count == 1)
    #expect(extract("Они приехали. Открывая форум, директор выступил.").entities.isEmpty)
    let it = extract("Lo ha detto la camera di commercio di Tashkent.")
    #expect(it.entities.contains { $0.label == "Camera di commercio di Tashkent" && $0.kind == .organization })
    let kk = extract("Жарыс Жапонияның Айти префектурасында өтеді.")
    #expect(kk.entities.contains { $0.label == "Айти префектурасы" && $0.kind == .region })
  }

  @Test("round 212: Russian works and machine builders named in one word")
  func round212Rules() {
    let ru = extract("Оборудование поставит Уралвагонзавод из Нижнего Тагила, а комбайны – Ростсельмаш.")
    #expect(Set(ru.entities.filter { $0.kind == .organization }.map(\.label)) == ["Уралвагонзавод", "Ростсельмаш"])
  }

  @Test("round 214: an Italian 'Servizio' is a body's cue; Kungrad's Russian name")
  func round214Rules() {
    let it = extract("Lo ha annunciato il Servizio di comunicazione presso il governo del Tagikistan.")
    #expect(it.entities.contains { $0.label == "Servizio di comunicazione presso il governo del Tagikistan" && $0.kind == .organization })
    #expect(extract("Il servizio è stato sospeso.").entities.isEmpty)
    #expect(extract("Завод построят в Кунграде.").entities.map(\.label) == ["Kungrad"])
  }

  @Test("round 215: a known town paired by a hyphen with an unknown one after a route's word and a describing word")
  func round215Rules() {
    let it = extract("Il numero è cresciuto dopo l'apertura del volo diretto Urumqi-Tamchy della compagnia.")
    #expect(Set(it.entities.map(\.label)) == ["Urumqi", "Tamchy"])
    #expect(it.entities.allSatisfy { $0.kind == .city })
  }

  @Test("round 217: an Italian ensemble's quoted name; CCTV")
  func round217Rules() {
    let it = extract("Tra gli ospiti anche l'ensemble kazako \"Turan\". La cerimonia è stata trasmessa dall'emittente cinese CCTV.")
    #expect(it.entities.contains { $0.label == "Turan" && $0.kind == .organization })
    #expect(it.entities.contains { $0.id == "cctv" })
  }

  @Test("round 218: a mine by its unquoted name after 'рудник'; Tajikistan's upper house")
  func round218Rules() {
    let ru = extract("Компания расширит рудник Талды-Булак Левобережный в Таласской области.")
    #expect(ru.entities.contains { $0.label == "рудник Талды-Булак" && $0.kind == .project })
    #expect(extract("Rustam Emomali, chairman of the Majlisi Milli, attended.").entities.contains { $0.id == "majlisi-milli" })
  }

  @Test("round 219: an airport named after a person the catalogue knows is one project, and no mention of the person")
  func round219Rules() {
    let en = extract("The line runs from the city centre to Nursultan Nazarbayev International Airport, the operator said on Friday.")
    #expect(en.entities.map(\.label) == ["Nursultan Nazarbayev International Airport"])
    #expect(en.entities.first?.kind == .project)
  }

  @Test("round 220: the Shymkent refinery and its operating company are two entities")
  func round220Rules() {
    let it = extract("La joint venture PetroKazakhstan Oil Products ha avviato i lavori alla raffineria di Shymkent, ha detto il sindaco.")
    #expect(it.entities.contains { $0.id == "petrokazakhstan-oil-products" && $0.kind == .organization })
    #expect(it.entities.contains { $0.label == "raffineria di Shymkent" && $0.kind == .project })
  }

  @Test("round 221: an Italian zone's quoted name, and the town after it")
  func round221Rules() {
    let it = extract("Sinosteel costruirà un impianto nella zona economica libera \"Navoi\", nella regione omonima.")
    #expect(it.entities.contains { $0.label == "zona economica libera \"Navoi\"" && $0.kind == .project })
    let atyrau = extract("Il progetto sorgerà nella zona economica speciale \"Parco industriale\" di Atyrau, ha detto il ministro.")
    #expect(atyrau.entities.contains { $0.label == "zona economica speciale \"Parco industriale\" di Atyrau" && $0.kind == .project })
  }

  @Test("an Italian quoted body keeps its cue's subkind: a company, media, an NGO, or none")
  func italianQuotedSubkinds() {
    let doc = extract("A Tashkent si è esibita l'orchestra \"Astana\" insieme al coro \"Voci della steppa\". La società \"Kazakh Silk Trading\" ha firmato un accordo con l'associazione \"Artigiani di Kokand\" e il quotidiano \"Corriere dell'Asia\".")
    let subkinds = Dictionary(doc.entities.map { ($0.label, $0.subkind ?? "none") }, uniquingKeysWith: { a, _ in a })
    #expect(subkinds["orchestra \"Astana\""] == "none")
    #expect(subkinds["Voci della steppa"] == "none")
    #expect(subkinds["Kazakh Silk Trading"] == "company")
    #expect(subkinds["Artigiani di Kokand"] == "ngo")
    #expect(subkinds["Corriere dell'Asia"] == "media")
    #expect(doc.entities.contains { $0.id == "astana" && $0.kind == .city } == false)
  }

  @Test("round 222: an Italian ministry's portfolio continues in lower case after 'e' and ends with the country")
  func round222Rules() {
    let doc = extract("L'accordo è stato firmato dal ministero dell'Energia e delle risorse idriche tagiko e dal ministero della Sanità e dell'industria medica del Turkmenistan.")
    #expect(entity(doc, .organization, "Ministero dell'Energia e delle risorse idriche tagiko") != nil)
    #expect(entity(doc, .organization, "Ministero della Sanità e dell'industria medica del Turkmenistan") != nil)
    // (words that are no portfolio's stay out)
    let other = extract("Il ministero dell'Economia e delle imprese locali ha detto che il progetto andrà avanti.")
    #expect(entity(other, .organization, "Ministero dell'Economia") != nil)
  }

  @Test("round 223: 'companies from …, among them' opens a list; a list's last 'and' splits names; Kazakh microdistricts")
  func round223Rules() {
    let en = extract("The fair drew companies from 12 countries, among them Sinotruk, Foton Trading and Hyundai Motor Company. Delegates met Petronas, Dragon Oil and Mitsubishi Corporation. It was organised by Turkmengaz and Caspian Forum.")
    #expect(entity(en, .organization, "Foton Trading") != nil)
    #expect(entity(en, .organization, "Mitsubishi Corporation") != nil)
    #expect(!en.entities.contains { $0.label.contains("Dragon Oil and") })
    #expect(!en.entities.contains { $0.label.hasPrefix("Turkmengaz and") })
    let kk = extract("Жаңа мектеп Ақтау қаласындағы Шұғыла шағын ауданында салынады.")
    #expect(entity(kk, .region, "Шұғыла шағын ауданы") != nil)
    let it = extract("Il gas sarà consegnato alle acciaierie degli Urali, ha detto il ministro.")
    #expect(it.entities.contains { $0.id == "urals" && $0.kind == .region })
  }

  @Test("round 224: an Italian khokimiyat of a region named after its town; 'fortezza X', 'complesso X'")
  func round224Rules() {
    let it = extract("L'hokimiyat della regione di Samarcanda ha presentato i restauri della fortezza Ark e del complesso Chashma Ayub a una delegazione di Xi'an.")
    #expect(it.entities.contains { $0.id == "khokimiyat-of-samarkand-region" && $0.kind == .organization })
    #expect(it.entities.first { $0.id == "samarkand-region" }?.mentions.map(\.text) == ["regione di Samarcanda"])
    #expect(!it.entities.contains { $0.id == "samarkand" })
    #expect(entity(it, .project, "fortezza Ark") != nil)
    #expect(entity(it, .project, "complesso Chashma Ayub") != nil)
  }

  @Test("round 225: a long Latin name with 'for' in a Russian text; a mission of a country of several words; Italian venues; Russian libraries")
  func round225Rules() {
    let ru = extract("Подрядчиком стала компания China Shaanxi Corporation for International Economic and Technical Cooperation. Она же построила Национальную библиотеку.")
    #expect(entity(ru, .organization, "China Shaanxi Corporation for International Economic and Technical Cooperation") != nil)
    #expect(entity(ru, .organization, "Национальная библиотека") != nil)
    let it = extract("La mostra, organizzata dall'ambasciata della Repubblica Popolare Cinese in Uzbekistan, si è aperta al cinema Chaplin di Tashkent e poi al teatro Ilkhom.")
    #expect(it.entities.contains { $0.id == "embassy-of-china-in-uzbekistan" })
    #expect(entity(it, .organization, "cinema Chaplin") != nil)
    #expect(entity(it, .organization, "teatro Ilkhom") != nil)
    #expect(it.entities.contains { $0.id == "tashkent" })
  }

  @Test("round 226: Kazakh quoted station names are no towns; an Italian peninsula named like a prefecture; 'porto internazionale di'")
  func round226Rules() {
    let kk = extract("Келісім бойынша «Жетісу» және «Алатау» станциялары салынады.")
    #expect(entity(kk, .project, "Алатау станциясы") != nil)
    #expect(!kk.entities.contains { $0.kind == .city })
    let it = extract("Il ponte collegherà il porto internazionale di Aktau alla penisola di Kizilsu, ha detto il ministro.")
    #expect(entity(it, .region, "penisola di Kizilsu") != nil)
    #expect(!it.entities.contains { $0.label.hasPrefix("Kizilsu") })
    #expect(it.entities.first { $0.id == "aktau-port" }?.mentions.map(\.text) == ["porto internazionale di Aktau"])
  }

  @Test("round 227: bodies attached to a ministry or a president; districts named after a person or a river in a list; Italian squares")
  func round227Rules() {
    let en = extract("The figures came from the Agency on Statistics under the President of Tajikistan. Cotton comes from Spitamen and Jabbor Rasulov districts.")
    #expect(entity(en, .organization, "Agency on Statistics under the President of Tajikistan") != nil)
    #expect(entity(en, .region, "Jabbor Rasulov District") != nil)
    #expect(!en.entities.contains { $0.kind == .person })
    let ru = extract("Документ подписал директор Агентства по развитию фармацевтической отрасли при Министерстве здравоохранения Республики Узбекистан.")
    #expect(entity(ru, .organization, "Агентство по развитию фармацевтической отрасли при Министерстве здравоохранения Республики Узбекистан") != nil)
    let kk = extract("Шаруашылық Жалағаш және Сырдария аудандарында күріш егеді.")
    #expect(entity(kk, .region, "Сырдария ауданы") != nil)
    #expect(!kk.entities.contains { $0.id == "syr-darya" })
    let it = extract("La cerimonia si è svolta in piazza Ala-Too, poi il corteo ha percorso il viale Chui.")
    #expect(entity(it, .project, "piazza Ala-Too") != nil)
    #expect(entity(it, .project, "viale Chui") != nil)
  }

  @Test("round 228: a Russian deposit named by an adjective")
  func round228Rules() {
    let ru = extract("Руда будет поступать с Шалкиинского месторождения и Жайремского месторождения в Карагандинской области.")
    #expect(entity(ru, .project, "Шалкиинское месторождение") != nil)
    #expect(entity(ru, .project, "Жайремское месторождение") != nil)
  }

  @Test("an Italian ministry's comma list of portfolios with their articles; a route named 'трасса' is the road or railway of the same stops")
  func round229Rules() {
    let it = extract("Il Ministero della Cultura, dello Sport e del Turismo del Kirghizistan ha firmato l'intesa.", lang: "it")
    #expect(entity(it, .organization, "Ministero della Cultura, dello Sport e del Turismo del Kirghizistan") != nil)
    let en = extract("The Ministry of Culture, Information and Sports of Kazakhstan signed the deal.", lang: "en")
    #expect(entity(en, .organization, "Ministry of Culture, Information and Sports of Kazakhstan") != nil)
    let ru = extract("Ремонт автодороги Тараз – Жанатас – Каратау завершат в августе. По трассе Тараз – Жанатас – Каратау пойдут грузовики.")
    let road = entity(ru, .project, "автодорога Тараз – Жанатас – Каратау")
    #expect(road?.mentions.count == 2)
    #expect(!ru.entities.contains { $0.label.hasPrefix("трасса") })
  }

  @Test("an English event cue is a whole word; no Italian preposition is a company's adjective; a Kazakh state enterprise after its quoted name; bypasses; hyphenated districts; small towns")
  func round230Rules() {
    // ("Export" holds no "expo": the fair is no catalogued expo that names China)
    let en = extract("Exporters met at the China Machinery Import and Export Fair in Guangzhou.", lang: "en")
    #expect(!en.entities.contains { $0.kind == .event && $0.label.contains("Eurasia") })
    let it = extract("Trenta imprese italiane alla Fiera di Urumqi hanno firmato contratti.", lang: "it")
    #expect(!it.entities.contains { $0.kind == .organization && $0.label == "Fiera" })
    #expect(entity(it, .event, "Fiera di Urumqi") != nil)
    let kk = extract("Зауыт суы «Ақсу су арнасы» мемлекеттік кәсіпорнымен бірлесіп салынады.", lang: "kk")
    #expect(entity(kk, .organization, "Ақсу су арнасы") != nil)
    let roads = extract("Work began on the Osh–Uzgen bypass last week. Residents of the At-Bashy and Kochkor districts drove between At-Bashi and Kazarman.", lang: "en")
    #expect(entity(roads, .project, "Osh–Uzgen bypass") != nil)
    #expect(entity(roads, .region, "At-Bashy District") != nil)
    #expect(entity(roads, .region, "Kochkor District") != nil)
    #expect(entity(roads, .city, "At-Bashi") != nil)
    #expect(entity(roads, .city, "Kazarman") != nil)
  }

  @Test("a town's name with 's and a company officer is the company named after the town; soda plants; a week after 'alla' is how often; the Damu fund")
  func round231Rules() {
    let en = extract("The plant buys soda ash from the Kungrad soda plant. It is owned by Xinyi Glass Holdings; Xinyi's regional director spoke. The mayor of Xinyi spoke too.", lang: "en")
    #expect(entity(en, .project, "Kungrad soda plant") != nil)
    #expect(entity(en, .organization, "Xinyi Glass Holdings")?.mentions.count == 2)
    #expect(entity(en, .city, "Xinyi")?.mentions.count == 1)
    let it = extract("La compagnia collegherà due volte alla settimana Urumqi con l'aeroporto di Tamchy.", lang: "it")
    #expect(!it.entities.contains { $0.kind == .event })
    let kk = extract("Жобаны «Даму» кәсіпкерлікті дамыту қоры қаржыландырады.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "damu-fund" })
  }

  @Test("Italian 'province di X e Y' are regions; a Kazakh body's noun in apposition before a quoted name")
  func round232Rules() {
    let it = extract("Il cotone arriverà dai cluster delle province di Namangan e Andijan.", lang: "it")
    #expect(Set(it.entities.filter { $0.kind == .region }.map(\.label)) == ["Namangan Region", "Andijan Region"])
    let kk = extract("Бұл «Қазатомөнеркәсіп» компаниясының еншілес кәсіпорны «Арман Солар» салған зауыт.", lang: "kk")
    #expect(entity(kk, .organization, "Арман Солар") != nil)
  }

  @Test("somebody's quoted words ending in 'год' are no event, a short quoted year is; Avaza")
  func round233Rules() {
    let ru = extract("Он сказал: «Вторая очередь позволит поднять выпуск золота до девяти тонн в год». Стороны открыли «Российско-китайский год» в Пекине.")
    #expect(ru.entities.filter { $0.kind == .event }.map(\.label) == ["Российско-китайский год"])
    let it = extract("Un albergo è stato aperto ad Avaza, sulla costa del Mar Caspio.", lang: "it")
    #expect(it.entities.contains { $0.id == "avaza" && $0.kind == .project })
  }

  @Test("a town in parentheses with its region; landfills; a company's name after 'società' that looks like a person's; a coded plant's short mention; Ekibastuz and Bogatyr Komir")
  func round234Rules() {
    let ru = extract("Начал работу филиал университета (Чжоучжи, провинция Шэньси). Контракт на расширение Экибастузской ГРЭС-1 подписан. Работы на ГРЭС-1 ведёт «Богатырь Комир».")
    #expect(entity(ru, .city, "Zhouzhi") != nil)
    // (at the document's end too)
    let end = extract("Филиал открылся в новом кампусе (Чжоучжи, провинция Шэньси).")
    #expect(entity(end, .city, "Zhouzhi") != nil)
    #expect(ru.entities.first { $0.id == "ekibastuz-gres-1" }?.mentions.count == 2)
    #expect(ru.entities.contains { $0.id == "bogatyr-komir" })
    let en = extract("The branch (Zhouzhi, Shaanxi province) opened. The plant will stand on the site of the old Kelechek landfill.", lang: "en")
    #expect(entity(en, .city, "Zhouzhi") != nil)
    #expect(entity(en, .project, "Kelechek landfill") != nil)
    let it = extract("Il contratto è stato firmato con la società Stantsiya Ekibastuzskaya GRES-2, controllata dal fondo.", lang: "it")
    #expect(entity(it, .organization, "Stantsiya Ekibastuzskaya GRES-2") != nil)
    #expect(!it.entities.contains { $0.kind == .person })
  }

  @Test("a town's airport in lower case is a project; Kaztemirtrans")
  func round235Rules() {
    let en = extract("The first flights landed at Samarkand airport on Monday.", lang: "en")
    #expect(entity(en, .project, "Samarkand airport") != nil)
    #expect(entity(en, .city, "Samarkand") != nil)
    let ru = extract("Первые 300 вагонов получит АО «Қазтеміртранс», дочерняя компания КТЖ.")
    #expect(ru.entities.contains { $0.id == "kaztemirtrans" })
  }

  @Test("a quoted crossing named by two towns; a company's first word after a name holding a country; 'ponte dell''; a Kazakh acronym before кәсіпорны; Yavan, Hairatan")
  func round236Rules() {
    let ru = extract("Грузы пойдут через пункт пропуска «Сарыкамыш – Кызылжар» на западе страны. Цех построен в Яване.")
    #expect(entity(ru, .city, "Сарыкамыш – Кызылжар") != nil)
    #expect(ru.entities.contains { $0.id == "yavan" })
    let en = extract("The refinery belongs to Xinhe China Petrol, a private firm. Xinhe plans a second line next year.", lang: "en")
    #expect(entity(en, .organization, "Xinhe China Petrol")?.mentions.count == 2)
    #expect(!en.entities.contains { $0.label == "Xinhe" })
    let it = extract("I camion attraversano il ponte dell'Unità e proseguono verso Hairatan.", lang: "it")
    #expect(entity(it, .project, "ponte dell'Unità") != nil)
    #expect(it.entities.contains { $0.id == "hairatan" })
    let kk = extract("Бұл келісімге Павлодар қаласындағы ПМЗ кәсіпорны да қол қойды.", lang: "kk")
    #expect(entity(kk, .organization, "ПМЗ") != nil)
  }

  @Test("an enclave is a region; Central Asian towns carry the press's English and Russian names (Kokand, Лисаковск)")
  func round237Rules() {
    let it = extract("Il villaggio si trova nell'enclave di Barak, circondata dall'Uzbekistan.", lang: "it")
    #expect(entity(it, .region, "Barak") != nil)
    let ru = extract("Новый цех открылся в Лисаковске, жители анклава Барак довольны.")
    #expect(entity(ru, .region, "Барак") != nil)
    #expect(ru.entities.first { $0.id == "lisakovsk" }?.labels["ru"] == "Лисаковск")
    let en = extract("The mill in Kokand reopened. The road to Termez and Balkhash is closed.", lang: "en")
    #expect(Set(en.entities.filter { $0.kind == .city }.map(\.label)) == ["Kokand", "Termez", "Balkhash"])
  }

  @Test("a province's name may open a company an apposition names; a country's second ministry is no short name of its first; Takhiatash, Isfana; a Kazakh town's name with і")
  func round238Rules() {
    let en = extract("Jiangxi Hongda Silicon, a Chinese maker of polysilicon, opened an office.", lang: "en")
    #expect(entity(en, .organization, "Jiangxi Hongda Silicon") != nil)
    #expect(!en.entities.contains { $0.kind == .region })
    let two = extract("Kazakhstan's Ministry of Energy said so. Kazakhstan's Ministry of Finance agreed. The road reaches Isfana.", lang: "en")
    #expect(Set(two.entities.filter { $0.kind == .organization }.map(\.label)) == ["Ministry of Energy", "Ministry of Finance"])
    #expect(two.entities.contains { $0.kind == .city && $0.label == "Isfana" })
    let it = extract("La linea arriva alla sottostazione di Takhiatash.", lang: "it")
    #expect(it.entities.contains { $0.id == "takhiatash" })
    let kk = extract("Текелі қаласында жаңа зауыт ашылды.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "tekeli" && $0.label == "Tekeli" })
  }

  @Test("a canal named by a place's adjective; a news outlet named by a place and a media word; a company's name opening with a country and a person's; Sardoba")
  func round239Rules() {
    let ru = extract("Вода пойдёт по Южно-Голодностепскому каналу до Сардобы. Сюжет показал Первый канал.")
    #expect(entity(ru, .project, "Южно-Голодностепский канал") != nil)
    #expect(ru.entities.filter { $0.kind == .project }.count == 1)
    #expect(ru.entities.contains { $0.id == "sardoba" })
    let kk = extract("Зауыт жылына 4 миллиард текше метр газ өңдейді.\n\nДереккөз: Жайық Пресс", lang: "kk")
    #expect(entity(kk, .organization, "Жайық Пресс") != nil)
    #expect(!kk.entities.contains { $0.kind == .region })
    let it = extract("La società cinese China Wu Yi ha consegnato il nuovo terminal.", lang: "it")
    #expect(entity(it, .organization, "China Wu Yi") != nil)
    #expect(!it.entities.contains { $0.kind == .person })
  }

  @Test("Kazakh names before a plural region cue are regions; the Karaganda coal basin; the Kumkol field")
  func round240Rules() {
    let kk = extract("Газ Қызылорда, Түркістан және Жамбыл облыстарына жеткізіледі.", lang: "kk")
    #expect(Set(kk.entities.map(\.id)) == ["kyzylorda-region", "turkistan-region", "zhambyl-region"])
    let en = extract("Coal comes from the Karaganda coal basin.", lang: "en")
    #expect(en.entities.map(\.id) == ["karaganda-coal-basin"])
    let it = extract("Il greggio arriva dai giacimenti di Kumkol.", lang: "it")
    #expect(it.entities.map(\.id) == ["kumkol-field"])
  }

  @Test("a quoted station before Kazakh бекеті is a project; Kumtor Gold Company is the mine's operator, not the mine; Rudny")
  func round241Rules() {
    let kk = extract("Жаңа желі «Сайран» бекетінен басталады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "«Сайран» бекеті" })
    let it = extract("Tra gli espositori figura la kirghisa Kumtor Gold Company, che gestisce la miniera di Kumtor. Il ferro arriva da Rudny.", lang: "it")
    #expect(it.entities.first { $0.id == "kumtor-gold-company" }?.kind == .organization)
    #expect(it.entities.first { $0.id == "kumtor" }?.kind == .project)
    #expect(it.entities.contains { $0.label == "Rudny" && $0.kind == .city })
  }

  @Test("a bazaar by its name is a project, in English after the name and in Italian before it")
  func round242Rules() {
    let en = extract("Tourists shop at the Dordoi Bazaar every weekend.", lang: "en")
    #expect(entity(en, .project, "Dordoi Bazaar") != nil)
    let it = extract("I commercianti tornano al bazar Dordoi di Bishkek.", lang: "it")
    #expect(entity(it, .project, "bazar Dordoi") != nil)
    #expect(entity(it, .city, "Bishkek") != nil)
  }

  @Test("the Turkestan–Siberia line and the third Kazakhstan–China railway are the catalogue's railways")
  func round243Rules() {
    let en = extract("Coal goes along the Turkestan–Siberia line to Almaty. Work on the third Kazakhstan–China railway goes on.", lang: "en")
    #expect(en.entities.contains { $0.id == "turksib" && $0.kind == .project })
    #expect(en.entities.contains { $0.id == "third-china-kazakhstan-railway" })
    #expect(en.entities.filter { $0.kind == .project }.count == 2)
  }

  @Test("a sentence-initial agreement about one thing is no treaty, and a signing verb ends a treaty's name; Kazakh plural company nouns name no body; Tamchy")
  func round244Rules() {
    let ru = extract("Соглашение об инвестициях подписано в Бишкеке. Рейсы прибывают в Тамчы. Стороны обсудили Соглашение о поощрении и взаимной защите инвестиций.")
    #expect(ru.entities.filter { $0.kind == .project }.map(\.label) == ["Соглашение о поощрении и взаимной защите инвестиций"])
    #expect(ru.entities.contains { $0.id == "tamchy" })
    let signed = extract("Стороны отметили, что Соглашение о торговом сотрудничестве подписано давно.")
    #expect(signed.entities.filter { $0.kind == .project }.map(\.label) == ["Соглашение о торговом сотрудничестве"])
    let kk = extract("Бұған дейін қытайлық компаниялар Павлодарда көпірлерді жөндеген.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .organization })
  }

  @Test("a range is no river of its name, nor a ridge inside a tunnel's name a town; a town after a repeated preposition; joined spellings of hyphenated towns")
  func round245Rules() {
    let en = extract("Workers began boring the Ferghana Ridge tunnel near the border. They crossed the Talas Range on foot.", lang: "en")
    #expect(!en.entities.contains { $0.id == "fergana" })
    #expect(entity(en, .project, "Ferghana Ridge tunnel") != nil)
    // (the catalogue's Talas Ala-Too, which "Talas Range" names)
    #expect(entity(en, .region, "Talas Ala-Too") != nil)
    #expect(!en.entities.contains { $0.id == "talas-river" })
    let it = extract("La società gestisce impianti a Shokpar e a Kordai.", lang: "it")
    #expect(entity(it, .city, "Shokpar") != nil)
    let rail = extract("The line will reach Karabalta next year.", lang: "en")
    #expect(rail.entities.contains { $0.id == "kara-balta" })
  }

  @Test("a province after the country that opens a company's name is its brand; a town before \"nello\" and a province; Xinjiang's border towns; a parent's acronym hyphen-joined to a compound company name")
  func round246And247Rules() {
    let en = extract("The hospital was built by China Jiangsu International Economic and Technical Cooperation Group in two years.", lang: "en")
    #expect(!en.entities.contains { $0.id == "jiangsu" })
    #expect(en.entities.filter { $0.kind == .organization }.count == 1)
    let it = extract("Il gasdotto arriverà fino a Tuoyun, nello Xinjiang, nel 2043.", lang: "it")
    #expect(entity(it, .city, "Tuoyun") != nil)
    let towns = extract("CNPC-AktobeMunaiGas will drill 120 wells near Kadamjay, Wuqia and Hotan.", lang: "en")
    #expect(entity(towns, .organization, "CNPC-AktobeMunaiGas") != nil)
    #expect(!towns.entities.contains { $0.id == "cnpc" })
    #expect(Set(towns.entities.filter { $0.kind == .city }.map(\.label)) == ["Kadamjay", "Wuqia", "Hotan"])
  }

  @Test("a known person's surname before another surname is a given name; the Italian gorge; a two-part company name before \"unit\"; a gorge named after a hyphenated town")
  func round248Rules() {
    let ru = extract("Председатель области Рахмон Рустамзода встретился с Эмомали Рахмоном.")
    #expect(entity(ru, .person, "Rakhmon Rustamzoda") != nil)
    #expect(entity(ru, .person, "Emomali Rahmon")?.mentions.count == 1)
    let it = extract("I turisti visitano la gola di Boom con i fondi della Eximbank cinese.", lang: "it")
    #expect(entity(it, .region, "gola di Boom") != nil)
    #expect(it.entities.contains { $0.id == "exim-bank-of-china" })
    let en = extract("Batteries come from BYD's FinDreams unit in Shenzhen. Tourists visit the Ak-Suu gorge.", lang: "en")
    #expect(entity(en, .organization, "FinDreams") != nil)
    #expect(entity(en, .region, "Ak-Suu gorge") != nil)
    #expect(!en.entities.contains { $0.id == "ak-suu" })
  }

  @Test("a town's name quoted after a legal form names the company; the Kazakh cabinet of ministers; a Kazakh project's name with a material word; a compound company owns an Italian plant")
  func round249Rules() {
    let ru = extract("Оператором проекта выступит СПК «Байқоңыр» из Кызылорды.")
    #expect(entity(ru, .organization, "Байқоңыр") != nil)
    #expect(!ru.entities.contains { $0.id == "baikonur" })
    let kk = extract("Бұл туралы Қырғызстан Министрлер кабинетінің төрағасы мәлімдеді. Компания Солтон-Сары кенішін кеңейтеді. Солтон-Сары алтын кенішінде фабрика салынады.", lang: "kk")
    #expect(entity(kk, .organization, "Cabinet of Ministers of Kyrgyzstan") != nil)
    #expect(kk.entities.filter { $0.kind == .project }.map(\.mentions.count) == [2])
    let it = extract("I mezzi sono stati assemblati nello stabilimento di QazTehna a Kostanay.", lang: "it")
    #expect(entity(it, .organization, "QazTehna") != nil)
    #expect(!it.entities.contains { $0.kind == .project })
  }

  @Test("a Russian facility's town after \"в\", in the nominative; a short company name of two candidates is the one with only a trade word more; an Italian ministry's lower-case portfolio with \"nuove\"")
  func round250Rules() {
    let ru = extract("Ранее компания Masdar построила ветровую станцию в Бештау, а завод в Нукусе расширили.")
    #expect(entity(ru, .city, "Бештау") != nil)
    #expect(ru.entities.contains { $0.id == "nukus" })
    let it = extract("Tagikistan, la cinese Huaxin apre un nuovo cementificio a Yovon\n\nIl gruppo Huaxin Cement ha inaugurato un impianto gestito dalla joint venture Huaxin Gayur Cement. Il ministero dell'Industria e delle nuove tecnologie ha detto.", lang: "it")
    #expect(entity(it, .organization, "Huaxin Cement")?.mentions.count == 2)
    #expect(entity(it, .organization, "Huaxin Gayur Cement") != nil)
    #expect(it.entities.contains { $0.label == "Ministero dell'Industria e delle nuove tecnologie" })
  }

  @Test("the towns of a polymer plant and a gold mine the catalogue now holds")
  func round252Rules() {
    let ru = extract("Ранее CNCEC построила в Кианлы завод по производству полиэтилена.")
    #expect(ru.entities.contains { $0.id == "kiyanly" })
    let it = extract("La società costruirà una scuola a Kanysh-Kiya.", lang: "it")
    #expect(it.entities.contains { $0.id == "kanysh-kiya" })
  }

  @Test("coordinated names before a plural project word may be two words or hyphenated")
  func round254Rules() {
    let en = extract("The plant will process ore from the nearby Bolshoi Konimansur and Altyn-Topkan mines.", lang: "en")
    #expect(Set(en.entities.filter { $0.kind == .project }.map(\.label)) == ["Bolshoi Konimansur mine", "Altyn-Topkan mine"])
  }

  @Test("a Russian technopark's quoted name; an Italian ski area; an Italian range of two words")
  func round255Rules() {
    let ru = extract("Предприятие разместится в фармацевтическом технопарке «Фарм-Сити» под Ташкентом.")
    #expect(entity(ru, .project, "фармацевтический технопарк «Фарм-Сити»") != nil)
    let it = extract("Il gruppo ha inaugurato il comprensorio sciistico di Karakol, sulle pendici dei monti Terskey Ala-Too.", lang: "it")
    #expect(entity(it, .project, "comprensorio sciistico di Karakol") != nil)
    // (the catalogue's range, which the cue and the two words name)
    #expect(entity(it, .region, "Terskey Ala-Too")?.mentions.first?.text == "Terskey Ala-Too")
  }

  @Test("a two-word town's crossing is the town; renamed plants, appositive bottlers, companies named after a person; the port of a catalogued port")
  func round256Rules() {
    let en = extract(
      "Wool from Naryn goes to China through the Nur Zholy border crossing. The yarn is sold to Tandem, a fabric processor based in Osh. "
        + "The mill, renamed Kara Suu Textile, reopened in May. Yuan Longping High-Tech Agriculture will test new seeds there. A ferry left the port of Kuryk for Baku.",
      lang: "en")
    #expect(entity(en, .city, "Nur Zholy") != nil)
    #expect(!en.entities.contains { $0.kind == .project && $0.label.contains("crossing") })
    #expect(entity(en, .organization, "Tandem") != nil)
    #expect(entity(en, .organization, "Kara Suu Textile") != nil)
    #expect(entity(en, .organization, "Yuan Longping High-Tech Agriculture") != nil)
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(en.entities.contains { $0.id == "kuryk-port" && $0.mentions.map(\.text) == ["port of Kuryk"] })
  }

  @Test("a news agency's name after a Chinese surname is a given name; a Kazakh quoted company keeps its bare name as an alias; Italian plural feature cues")
  func round257Rules() {
    let ru = extract("Вице-мэр Урумчи Ван Синьхуа посетил выставку в Алматы, сообщает Синьхуа.")
    #expect(entity(ru, .person, "Wang Xinhua")?.mentions.map(\.text) == ["Ван Синьхуа"])
    #expect(ru.entities.first { $0.id == "xinhua" }?.mentions.count == 1)
    let kk = extract("Жолды «Тараз Құрылыс» компаниясы салады. Құрал-жабдықтар Санжы қаласынан әкелінді.", lang: "kk")
    #expect(entity(kk, .organization, "«Тараз Құрылыс» компаниясы")?.aliases.contains("Тараз Құрылыс") == true)
    #expect(kk.entities.contains { $0.id == "changji" })
    let it = extract("La cooperativa raccoglie le albicocche nelle valli di Fergana e Chatkal. L'acqua arriva dai fiumi Ili e Charyn.", lang: "it")
    #expect(it.entities.contains { $0.label == "Fergana Valley" && $0.mentions.map(\.text) == ["valli di Fergana"] })
    #expect(entity(it, .region, "valle di Chatkal") != nil)
    #expect(it.entities.contains { $0.label == "Ili River" })
    #expect(entity(it, .region, "fiume Charyn") != nil)
    let it2 = extract("La fabbrica, ribattezzata Osh Silk, riaprirà a giugno.", lang: "it")
    #expect(entity(it2, .organization, "Osh Silk") != nil)
  }

  @Test("a dateline's dash before 'The' makes no Title Case headline; honorees after 'named after' and 'имени академика'; the Pinyin syllables si, zi, ci")
  func round261Rules() {
    let en = extract(
      "BISHKEK, December 1, 2026 - The Kyrgyz Mining Institute named after I. Razzakov opened a new school in Kara-Balta. Kazakhmys Smelting sent engineers.",
      lang: "en")
    #expect(entity(en, .organization, "Kyrgyz Mining Institute")?.mentions.map(\.text) == ["Kyrgyz Mining Institute named after I. Razzakov"])
    #expect(entity(en, .organization, "Kazakhmys Smelting") != nil)
    #expect(!en.entities.contains { $0.kind == .person || $0.id == "isfana" })
    let ru = extract("В Карагандинском университете имени академика Е. А. Букетова побывал Ли Сыдун. Станция получит название «Кок-Жар». Товары продают на рынке «Дордой».")
    #expect(entity(ru, .organization, "Карагандинский университет имени академика Е. А. Букетова") != nil)
    #expect(ru.entities.filter { $0.kind == .person }.map(\.label) == ["Li Sidong"])
    #expect(entity(ru, .project, "Кок-Жар") != nil)
    #expect(entity(ru, .project, "рынок «Дордой»") != nil)
    let it = extract("L'impianto sorgerà nella discarica di Kara-Zhygach e venderà energia a Severelectro. Ha parlato Wang Sidong.", lang: "it")
    #expect(entity(it, .project, "discarica di Kara-Zhygach") != nil)
    #expect(entity(it, .organization, "Severelectro") != nil)
    #expect(entity(it, .person, "Wang Sidong") != nil)
    let kk = extract("Тауарлар «Дордой» базарына жеткізіледі.", lang: "kk")
    #expect(entity(kk, .project, "«Дордой» базары") != nil)
  }

  @Test("a company's opening words are its short name, not a person; an Italian border station is its town; a Latin short name in brackets in a Kazakh text")
  func round266Rules() {
    let it = extract("Il gruppo Jin Jiang International costruirà un resort. Il vicepresidente di Jin Jiang, Zhou Wei, ha firmato. Il treno passerà per la stazione di confine di Alashankou.", lang: "it")
    #expect(entity(it, .organization, "Jin Jiang International")?.mentions.map(\.text) == ["Jin Jiang International", "Jin Jiang"])
    #expect(it.entities.filter { $0.kind == .person }.map(\.label) == ["Zhou Wei"])
    #expect(!it.entities.contains { $0.kind == .project })
    #expect(it.entities.contains { $0.label == "Alashankou" && $0.kind == .city })
    let kk = extract(
      "Зауыт қытайлық China Aluminum International Engineering (Chalieco) компаниясымен келісім жасады. Құжатқа Chalieco компаниясының вице-президенті қол қойды.", lang: "kk")
    #expect(kk.entities.filter { $0.kind == .organization }.map(\.label) == ["China Aluminum International Engineering"])
  }

  @Test("a Kazakh participle opens no body's name; a quoted technopark with four describing words; 'and' inside a Latin company's name; ОАХК; the Turkmenbashi seaport")
  func round269Rules() {
    let kk = extract(
      "Павлодар облысындағы «Алтын Жол» ұлттық индустриялық мұнай-химия технопаркінде зауыт салынады. Ақтауда Қытай салған мектеп ашылды. "
        + "Зауытты Henan Coal and Chemical Industry Group компаниясы салады.", lang: "kk")
    #expect(entity(kk, .project, "«Алтын Жол» ұлттық индустриялық мұнай-химия технопаркі") != nil)
    #expect(kk.entities.filter { $0.kind == .organization }.map(\.label) == ["Henan Coal and Chemical Industry Group"])
    let en = extract("The plant will be built by Shaanxi Coal and Chemical Industry Group. Containers reach the Turkmenbashi port.", lang: "en")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.label) == ["Shaanxi Coal and Chemical Industry Group"])
    #expect(en.entities.contains { $0.id == "turkmenbashi-port" })
    let ru = extract("ОАХК «Барки точик» подписала контракт. Грузы идут через порт Туркменбаши.")
    #expect(ru.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Барки точик"] })
    #expect(ru.entities.contains { $0.id == "turkmenbashi-port" })
  }

  @Test("round 272: capitals-ended abbreviations, Kazakh 'ауыл шаруашылығы', a cue before a bare place, section lines, Palladius 'ъ'")
  func round272Rules() {
    let kk = extract("Олар Шыңжаң ауыл шаруашылығы университетімен келісім жасады. Компаниялар Шыңжаң өңірінде жұмыс істейді.", lang: "kk")
    #expect(kk.entities.filter { $0.kind == .organization }.map(\.label) == ["Шыңжаң ауыл шаруашылығы университеті"])
    let it = extract("Sezione: Asia Centrale\nLe Ferrovie kirghise e il gruppo KamAZ hanno firmato un accordo a Bishkek.", lang: "it")
    #expect(!it.entities.contains { $0.id == "central-asia" })
    #expect(it.entities.contains { $0.id == "kyrgyz-temir-zholu" })
    #expect(entity(it, .organization, "KamAZ") != nil)
    let ru = extract("Грузовики КамАЗа собирают в Костанае. ОсОО «Южный бетон» построит завод. Визит Сунь Цинъе.")
    #expect(ru.entities.filter { $0.kind == .organization }.map(\.label).sorted() == ["КамАЗ", "Южный бетон"])
    #expect(entity(ru, .person, "Sun Qingye") != nil)
  }

  @Test("round 273: a section label leaves the dateline's town, 'Interior Minister', troops, Kazakh 'тобы', the Wakhan Corridor")
  func round273Rules() {
    let ru = extract("6 ноября 2026 · Ташкент · Рубрика: Экономика\nДелегация РАТС ШОС прибыла в город.")
    #expect(ru.entities.contains { $0.id == "tashkent" })
    #expect(ru.entities.contains { $0.id == "sco-rats" })
    let en = extract("Tajikistan's Interior Minister Ramazon Rahimzoda visited the Border Troops of the State Committee for National Security in Khorog and the Wakhan Corridor.", lang: "en")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.label) == ["Border Troops of the State Committee for National Security"])
    #expect(en.entities.contains { $0.id == "wakhan-corridor" && $0.kind == .region })
    let kk = extract("Фильмді «Қазақфильм» мен Шанхай кино тобы өндіреді.", lang: "kk")
    #expect(entity(kk, .organization, "Шанхай кино тобы") != nil)
  }

  @Test("round 274: a body's cue ends a forum's genitives, the -ием instrumental, 'медиафорум', olympiads, 'stazione di Almaty-1'")
  func round274Rules() {
    let ru = extract("В рамках форума национальное информационное агентство «Кабар» подписало соглашение с Центральным телевидением Китая. Открылся Кыргызско-китайский медиафорум.")
    #expect(ru.entities.filter { $0.kind == .event }.map(\.label) == ["Кыргызско-китайский медиафорум"])
    #expect(ru.entities.contains { $0.id == "cctv" && $0.mentions.map(\.text) == ["Центральным телевидением Китая"] })
    let it = extract("Il convoglio raggiungerà la stazione di Almaty-1 grazie al servizio ferroviario Cina-Europa.", lang: "it")
    #expect(entity(it, .project, "stazione di Almaty-1") != nil)
    #expect(it.entities.contains { $0.id == "china-europe-railway-express" })
    let kk = extract("Университетте «Алтын қалам» халықаралық олимпиадасы өтті. Жұмыс тобы құрылды.", lang: "kk")
    #expect(kk.entities.map(\.kind) == [.event])
  }

  @Test("round 275: a sentence's opening past-tense verb is no given name; one word after a body's cue names the body")
  func round275Rules() {
    let ru = extract("Выступил Горчаков. Нурали Саидов прибыл в Ташкент. Приняли участие представители Фонда Горчакова.")
    #expect(ru.entities.filter { $0.kind == .person }.map(\.label) == ["Nurali Saidov"])
  }

  @Test("round 277: a country's possessive after 'and' opens a second body")
  func round277Rules() {
    let en = extract("A joint expedition of the National Academy of Sciences of Kyrgyzstan and China's Northwest University worked at Ak-Beshim.", lang: "en")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.label).sorted() == ["National Academy of Sciences of Kyrgyzstan", "Northwest University"])
    #expect(en.entities.contains { $0.id == "ak-beshim" })
  }

  @Test("round 278: an Italian event's second named complement, Kazakh 'вокзалы', the Silk Road Samarkand complex")
  func round278Rules() {
    let it = extract("Si è aperto a Samarcanda il terzo Forum del turismo dei Paesi della SCO.", lang: "it")
    #expect(it.entities.contains { $0.kind == .event && $0.mentions.map(\.text) == ["terzo Forum del turismo dei Paesi della SCO"] })
    let kk = extract("Пойыз Шымкент вокзалына келді.", lang: "kk")
    #expect(entity(kk, .project, "Шымкент вокзалы") != nil)
    let en = extract("Delegates met at the Silk Road Samarkand complex.", lang: "en")
    #expect(en.entities.contains { $0.id == "silk-road-samarkand" })
  }

  @Test("round 279: a mission's name that a cue rule read first, a verb after an event's cue")
  func round279Rules() {
    // a multi-word country after the mission's word, an article after "of", an adjective
    // before a capitalised "Embassy": one mission, named by the host country
    for (text, lang) in [
      ("I biglietti sono venduti dall'Ambasciata della Repubblica Popolare Cinese in Kirghizistan.", "it"),
      ("Tickets are sold by the Embassy of the People's Republic of China in Kyrgyzstan.", "en"),
      ("Tickets are sold by the Chinese Embassy in Kyrgyzstan.", "en"),
    ] {
      let r = extract(text, lang: lang)
      #expect(r.entities.filter { $0.kind == .organization }.map(\.label) == ["Embassy of China in Kyrgyzstan"], "\(text)")
    }
    // a past-tense verb after a sentence's first "Фестиваль" ends the event's words: the body
    // after it is the subject, not the festival's name
    let ru = extract("Фестиваль организовало Министерство культуры Киргизии.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .event })
    #expect(entity(ru, .organization, "Министерство культуры Киргизии") != nil)
  }

  @Test("round 280: a pumped-storage plant's acronym, a quoted body after 'организация', a reflexive opening verb")
  func round280Rules() {
    // "Строится" opens the sentence as a verb, not as a given name; "ГАЭС" heads a plant's name
    let ru = extract("Строится Бостанлыкская ГАЭС. Изыскания вела проектная организация «Гидропроект» из Ташкента.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .person })
    #expect(entity(ru, .project, "Бостанлыкская ГАЭС") != nil)
    #expect(entity(ru, .organization, "Гидропроект") != nil)
  }

  @Test("round 281: a region's administration after its name, a project's one-word name")
  func round281Rules() {
    // "Region" is the region's name's own word, and the region keeps its mention
    let en = extract("The deal was signed by the Jalal-Abad Region administration.", lang: "en")
    #expect(entity(en, .organization, "Administration of Jalal-Abad Region") != nil)
    #expect(entity(en, .region, "Jalal-Abad Region") != nil)
    // a free capitalised word after "the" before "project", or after "progetto"
    let named = extract("Almalyk is doubling output with the Yoshlik project.", lang: "en")
    #expect(entity(named, .project, "Yoshlik project") != nil)
    let it = extract("Almalyk raddoppia la produzione con il progetto Yoshlik.", lang: "it")
    #expect(entity(it, .project, "progetto Yoshlik") != nil)
    // (a country's adjective or name before "project" names no project)
    let country = extract("He joined the Kazakh project and the China project.", lang: "en")
    #expect(!country.entities.contains { $0.kind == .project })
  }

  @Test("round 282: an honoree's full name after 'the' opens an institution's name; the Italian 'avenue'")
  func round282Rules() {
    let en = extract("The Myrat Garryyev State Medical University of Turkmenistan opened a department.", lang: "en")
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(en.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Myrat Garryyev State Medical University of Turkmenistan"] })
    // (without "the" or an initial the name stays the person's)
    let person = extract("Minister Wang Yi University officials met.", lang: "en")
    #expect(entity(person, .person, "Wang Yi") != nil)
    let it = extract("Il nuovo edificio del Parlamento sorge sull'avenue Rudaki a Dushanbe.", lang: "it")
    #expect(entity(it, .project, "avenue Rudaki") != nil)
  }

  @Test("round 283: a Kazakh county, a quoted crossing that opens the text, an English bazaar")
  func round283Rules() {
    // "уезі" (a Chinese county) is a district's cue in any case
    let kk = extract("Бекет арқылы Қытайдың Жеминай уезіне көлік өтеді.", lang: "kk")
    #expect(entity(kk, .region, "Жеминай уезі") != nil)
    // a quoted name that opens the document keeps its opening quote in the label
    let head = extract("«Майқапшағай» өткізу бекеті жаңартылды.", lang: "kk")
    #expect(head.entities.contains { $0.kind == .project && $0.label == "«Майқапшағай» өткізу бекеті" })
    let en = extract("The route runs to the Dordoi bazaar in the north.", lang: "en")
    #expect(entity(en, .project, "Dordoi bazaar") != nil)
  }

  @Test("round 284: a company named after its noun, a body of a country's ministry, 'mausoleo dei …'")
  func round284Rules() {
    // a name the person rules read after "group" or "gruppo cinese" is the company's, every mention
    let it = extract("L'albergo è finanziato dal gruppo cinese Jin Jiang. Jin Jiang ha firmato.", lang: "it")
    #expect(entity(it, .organization, "Jin Jiang") != nil)
    #expect(!it.entities.contains { $0.kind == .person })
    // (not after "of": the company's officer)
    let officer = extract("Ha parlato l'amministratore delegato del gruppo Alessandro Bernini.", lang: "it")
    #expect(entity(officer, .person, "Alessandro Bernini") != nil)
    // "of", a country's possessive and a ministry: two bodies
    let en = extract("The Tourism Industry Committee of Kazakhstan's Ministry of Tourism and Sports said so.", lang: "en")
    #expect(entity(en, .organization, "Tourism Industry Committee") != nil)
    #expect(entity(en, .organization, "Ministry of Tourism and Sports") != nil)
    let site = extract("I turisti visitano il mausoleo dei Samanidi a Bukhara.", lang: "it")
    #expect(entity(site, .project, "mausoleo dei Samanidi") != nil)
  }

  @Test("round 285: an event's cue inside quoted words, an Italian plural river cue, a company named after its plant")
  func round285Rules() {
    // somebody's quoted words that end after the cue name no event
    let ru = extract("«Мы хотим, чтобы предприниматели приезжали сюда так же, как на ярмарку в Урумчи», — сказал он.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .event && $0.label.hasPrefix("Мы") })
    // (Italian names its rivers after the plural cue: "Le" before it is an article)
    let it = extract("Le acque dei fiumi transfrontalieri calano ogni anno.", lang: "it")
    #expect(!it.entities.contains { $0.kind == .region })
    let en = extract("The three governments set up Kambarata-1 Hydropower Company to own the plant.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Kambarata-1 Hydropower Company"] })
  }

  @Test("round 286: a capitalised 'Complex' closes a works' name; the catalogue's pipeline without 'gas'")
  func round286Rules() {
    let en = extract("Producers such as Turkmenbashi Textile Complex hoped to sell yarn to Chinese retailers.", lang: "en")
    #expect(entity(en, .project, "Turkmenbashi Textile Complex") != nil)
    let gas = extract("Gas reaches Xinjiang through the Central Asia–China pipeline.", lang: "en")
    #expect(gas.entities.contains { $0.id == "central-asia-china-gas-pipeline" })
  }

  @Test("round 287: a Russian ministry in lower case before its country; a named person's given name that is a town's; no one-syllable city aliases")
  func round287Rules() {
    let ru = extract("В обсуждении участвовали представители министерства энергетики Республики Казахстан.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["министерства энергетики Республики Казахстан"] })
    // (without a country the words name no one body)
    let bare = extract("Об этом сообщили в министерстве энергетики.", lang: "ru")
    #expect(!bare.entities.contains { $0.kind == .organization })
    // the person a role introduced stays a person where the text names them again
    let kk = extract("Делегацияны губернатордың орынбасары Чэн Фэнсян басқарды. Чэн Фэнсян Сиань қаласында сауда үйін ашатынын айтты.", lang: "kk")
    #expect(entity(kk, .person, "Cheng Fengxiang")?.mentions.count == 2)
    #expect(!kk.entities.contains { $0.id == "fengxiang" })
    // ("Cheng" is a surname, not Zhengzhou)
    let en = extract("Cheng Fengxiang said the trade house would open in spring.", lang: "en")
    #expect(!en.entities.contains { $0.id == "zhengzhou" })
  }

  @Test("round 288: a glacier's number, no 'The' before a plural cue, 'e della' in an Italian ministry, Kazakh state enterprises and resort zones")
  func round288Rules() {
    let en = extract("Stations run on the Urumqi Glacier No. 1 in Xinjiang. The glaciers of the Tien Shan are shrinking. Data go to Kazhydromet.", lang: "en")
    #expect(en.entities.contains { $0.kind == .region && $0.mentions.map(\.text) == ["Urumqi Glacier No. 1"] })
    #expect(!en.entities.contains { $0.label.hasPrefix("The ") || $0.label.hasPrefix("Glacier") })
    #expect(en.entities.contains { $0.id == "kazhydromet" })
    let it = extract("Il ministero dell'Istruzione e della Scienza del Kirghizistan ha fatto sapere che la sede è pronta.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["ministero dell'Istruzione e della Scienza del Kirghizistan"] })
    let kk = extract("Құрылысқа «Каспий жылу, су арнасы» МКК қатысады. Зауыт Кендірлі курорттық аймағы маңында салынады.", lang: "kk")
    #expect(entity(kk, .organization, "Каспий жылу, су арнасы") != nil)
    #expect(!kk.entities.contains { $0.id == "caspian-sea" })
    #expect(entity(kk, .project, "Кендірлі курорттық аймағы") != nil)
  }

  @Test("round 290: a soft hyphen inside a word, 'кеден' is no case ending, a road from one free name to another")
  func round290Rules() {
    // (the mention keeps the text as written; the word matches as if the hyphen were not there)
    let kk = extract("Жүктер Ерке\u{AD}штам арқылы өтеді. Өзбекстан Мемлекеттік кеден комитетінің төрағасы келісімге қол қойды.", lang: "kk")
    #expect(kk.entities.first { $0.id == "irkeshtam" }?.mentions.map(\.text) == ["Ерке\u{AD}штам"])
    #expect(kk.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Өзбекстан Мемлекеттік кеден комитетінің"] })
    let en = extract("The government plans to rebuild the road from Bedel to Barskoon with a loan.", lang: "en")
    #expect(entity(en, .city, "Bedel") != nil && entity(en, .city, "Barskoon") != nil)
    // (no route's noun before "from": no town)
    let plain = extract("Prices rose from Monday to Friday, and exports from Bedel grew.", lang: "en")
    #expect(!plain.entities.contains { $0.kind == .city })
    let it = extract("Huawei formerà specialisti con l'Università tecnica Satbayev.", lang: "it")
    #expect(it.entities.contains { $0.id == "satbayev-university" })
  }

  @Test("round 291: a Russian cooperative's quoted name, Kazakh plural checkpoints, a region's chamber, two-word oblasts before a Kazakh plural cue")
  func round291Rules() {
    let ru = extract("Агропарк построен вместе с кооперативом «Ак-Жол Агро».", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Ак-Жол Агро"] })
    // (a new name before "өткізу бекеттері" is a checkpoint; the catalogue's Khorgos stays,
    // here the town, the text naming no dry port)
    let kk = extract("Жүктер Қорғас және Нұржолы өткізу бекеттері арқылы өтеді. Іле облысының сауда палатасы меморандумға қол қойды.", lang: "kk")
    #expect(entity(kk, .project, "Нұржолы өткізу бекеті") != nil)
    #expect(kk.entities.contains { $0.id == "khorgos-town" })
    #expect(entity(kk, .organization, "Іле облысының сауда палатасы") != nil)
    let towns = extract("Тауар Достық және Алтынкөл өткізу бекеттері арқылы жеткізіледі.", lang: "kk")
    #expect(!towns.entities.contains { $0.kind == .project })
    let oblasts = extract("Көрмеге Алматы, Жетісу және Шығыс Қазақстан облыстарынан 80 кәсіпорын қатысты.", lang: "kk")
    #expect(oblasts.entities.contains { $0.id == "east-kazakhstan-region" } && oblasts.entities.contains { $0.id == "almaty-region" })
  }

  @Test("round 292: a town's name and a number after 'станция' name a station; a base's capitalised complement")
  func round292Rules() {
    let ru = extract("В Душанбе на станцию Душанбе-2 прибыл поезд. Затем он ушёл на станцию Алтынколь.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.mentions.map(\.text) == ["станцию Душанбе-2"] })
    // (the town stays a town: the station's name holds it, as names hold their places)
    #expect(entity(ru, .city, "Dushanbe") != nil)
    // (a station under a town's name alone stays the town, as the catalogue types crossings)
    #expect(ru.entities.contains { $0.id == "altynkol" })
    // a base's complement of capitalised words after "of" ends its name
    let en = extract("The director of the Chengdu Research Base of Giant Panda Breeding, Wu Kongju, signed it.", lang: "en")
    #expect(en.entities.contains { $0.mentions.map(\.text) == ["Chengdu Research Base of Giant Panda Breeding"] })
  }

  @Test("rounds 294–295: quoted crossings' stations, staffed sites, shipyards, bodies named by adjectives or attached by 'при', districts, Italian streets")
  func round295Rules() {
    // a catalogued crossing's station in quotes is the crossing; a new name's is a project
    let kk = extract("Жүк «Достық» станциясы арқылы өтті. Жолаушылар «Ақтоғай» станциясында күтті.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "dostyk" } && !kk.entities.contains { $0.kind == .project && $0.label.contains("Достық") })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.contains("Ақтоғай") })
    // a site's lower-case officer follows its name; a company's name takes "Shipyard"
    let en = extract("Kazmortransflot signed a contract with China Merchants Jinling Shipyard for two ferries, the company said on Wednesday. "
      + "Poti International Sea Trade Port director Taleh Ziyadov said his port was ready to handle the extra volumes.", lang: "en")
    #expect(entity(en, .organization, "China Merchants Jinling Shipyard") != nil)
    #expect(entity(en, .project, "Poti International Sea Trade Port") != nil)
    // (but a company the text named with its legal form keeps the site's name)
    let operatorText = extract("Airport operator Manas International Airport OJSC said on Friday it would grow. "
      + "Manas International Airport director Adilet Asanov signed the contract in Bishkek on Monday.", lang: "en")
    #expect(!operatorText.entities.contains { $0.kind == .project })
    #expect(entity(operatorText, .organization, "Manas International Airport OJSC")?.mentions.count == 2)
    // a capitalised adjective that names no place opens a body's name without a complement;
    // a body attached by "при" to another is one name
    let ru = extract("По данным Национального статистического комитета, импорт вырос. Выступил директор Государственного информационного бюро при Госсовете КНР Сюй Линь.", lang: "ru")
    #expect(entity(ru, .organization, "Национальный статистический комитет") != nil)
    #expect(ru.entities.contains { $0.kind == .organization && $0.mentions.map(\.text) == ["Государственного информационного бюро при Госсовете КНР"] })
    let quoted = extract("Сүт Павлодардағы «Молочный союз» зауытында өңделеді.", lang: "kk")
    #expect(quoted.entities.contains { $0.kind == .project && $0.label.contains("Молочный союз") })
    // a district named after a mountain or a site; Italian streets after an article only
    let it = extract("Il sindaco di Almaty ha detto che la linea collegherà il quartiere di Alatau con il centro, passando per il distretto di Medeu, "
      + "e ridurrà il traffico lungo la via Tole Bi. I treni arrivano via Almaty nel corso della settimana.", lang: "it")
    #expect(entity(it, .region, "quartiere di Alatau") != nil && !it.entities.contains { $0.id == "trans-ili-alatau" })
    #expect(entity(it, .region, "distretto di Medeu") != nil)
    #expect(entity(it, .project, "via Tole Bi") != nil)
    #expect(!it.entities.contains { $0.label.hasPrefix("via Almaty") || $0.label.hasPrefix("corso") })
    let district = extract("The new metro line will pass under Medeu district, the mayor of Almaty said on Monday.", lang: "en")
    #expect(entity(district, .region, "Medeu District") != nil && !district.entities.contains { $0.kind == .project })
  }

  @Test("round 296: a description before a company's legal form; a unit number inside a company's name; a town lying somewhere before 'through'; stressed -ой adjectives")
  func round296Rules() {
    let ru = extract("Таджикско-китайское совместное предприятие ООО «Зарафшон» построит фабрику. Казахстанско-китайский деловой совет провёл заседание в Алматы.", lang: "ru")
    #expect(!ru.entities.contains { $0.label.contains("предприятие") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Зарафшон" })
    #expect(entity(ru, .organization, "Казахстанско-китайский деловой совет") != nil)
    let en = extract("The 280-km Kyrgyz section runs from Torugart on the Chinese border through Makmal to Jalal-Abad. China Railway No. 10 Engineering Group is building it.", lang: "en")
    #expect(entity(en, .city, "Makmal") != nil)
    #expect(entity(en, .organization, "China Railway No. 10 Engineering Group") != nil)
    #expect(!en.entities.contains { $0.label == "Engineering Group" })
  }

  @Test("round 297: the one-letter Chinese given name 'И'; palaces named after 'of'; a province's name before 'rivers'; an Italian body closed by its honoree's town name")
  func round297Rules() {
    let ru = extract("Вице-президент Bank of China Чжан И сообщил, что банк выдаст кредиты. Расчёты по контрактам с Узнацбанком выросли.", lang: "ru")
    #expect(entity(ru, .person, "Zhang Yi") != nil)
    #expect(ru.entities.contains { $0.id == "national-bank-of-uzbekistan" })
    let en = extract("The leaders met at the Palace of Independence on Wednesday. The ministers held talks on water use in the Ili and Irtysh rivers.", lang: "en")
    #expect(entity(en, .project, "Palace of Independence") != nil)
    #expect(en.entities.contains { $0.id == "ili-river" } && en.entities.contains { $0.id == "irtysh-river" })
    #expect(!en.entities.contains { $0.id == "ili-prefecture" })
    let it = extract("Il Teatro dell'opera e del balletto Navoi è stato restaurato con fondi cinesi a Tashkent.", lang: "it")
    #expect(entity(it, .organization, "Teatro dell'opera e del balletto Navoi") != nil)
    // (the catalogue knows Dushanbe's opera house by this name)
    let ayni = extract("Il Teatro dell'opera e del balletto Ayni è stato restaurato con fondi cinesi a Dushanbe.", lang: "it")
    #expect(ayni.entities.contains { $0.id == "ayni-opera-theatre" })
  }

  @Test("round 298: a noun of help governs the dative; 'Textile' closes a company; Italian 'a' before a town; a town's power line; power centres; Kazakh mountains")
  func round298Rules() {
    let ru = extract("Форум организовал Китайский комитет содействия международной торговле (CCPIT). В Самарканде открылся текстильный кластер «Silk Valley Textile».", lang: "ru")
    #expect(entity(ru, .organization, "Китайский комитет содействия международной торговле") != nil)
    // (a quoted name after a facility's noun stays the facility's)
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("Silk Valley Textile") } && !ru.entities.contains { $0.kind == .organization && $0.label == "Silk Valley Textile" })
    let en = extract("Its Uzbek unit in the city of Namangan will be called Ruyi Namangan Textile, the company said on Monday.", lang: "en")
    #expect(entity(en, .organization, "Ruyi Namangan Textile") != nil)
    // the Italian "a" before a town is "in"; after a verb of giving it is "to"
    let it = extract("Le turbine saranno prodotte a Harbin dalla Harbin Electric, con cui PowerChina ha firmato un subcontratto per la centrale.", lang: "it")
    #expect(entity(it, .city, "Harbin") != nil)
    let given = extract("Il colosso Almalyk MMC ha firmato un contratto. Il progetto si aggiunge ai prestiti concessi ad Almalyk dalla Banca eurasiatica di sviluppo.", lang: "it")
    #expect(!given.entities.contains { $0.kind == .city && $0.label == "Almalyk" })
    #expect(given.entities.contains { $0.id == "eurasian-development-bank" })
    let kk = extract("Өнім Шымкент – Түркістан электр желісін жаңғыртуға жұмсалады. Қазақстанның электр желісі тозған. Компания Тәжікстанда Душанбе-2 жылу электр орталығын салған. "
      + "Кентау қаласы Қаратау тауының етегінде орналасқан.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Шымкент – Түркістан электр желісі" })
    #expect(kk.entities.filter { $0.kind == .project }.count == 2)
    #expect(kk.entities.contains { $0.id == "dushanbe-2-chp" })
    #expect(entity(kk, .region, "Қаратау тауы") != nil)
  }

  @Test("round 299: two names of up to three words joined by 'and' before 'crossings' are towns")
  func round299Rules() {
    let en = extract("The company would export part of the output to Afghanistan through the Panji Poyon and Fotehobod crossings, he said on Monday.", lang: "en")
    #expect(entity(en, .city, "Panji Poyon") != nil && entity(en, .city, "Fotehobod") != nil)
    #expect(!en.entities.contains { $0.kind == .project })
  }

  @Test("round 300: a country's name before 'dollars' is the currency; Yangling and its university are catalogued")
  func round300Rules() {
    let en = extract("The loan of 300 million US dollars will be repaid by the Uzbek side within twelve years.", lang: "en")
    #expect(!en.entities.contains { $0.id == "united-states" })
    let ru = extract("Делегация из китайского Яньлина посетила Северо-Западный университет сельского и лесного хозяйства вместе с учёными из Алматы.", lang: "ru")
    #expect(ru.entities.contains { $0.id == "yangling" } && ru.entities.contains { $0.id == "northwest-af-university" })
  }

  @Test("round 301: a satellite's coined name after 'satellite' is a project; a country and a portfolio before a second role are no holder")
  func round301Rules() {
    let en = extract("Kazakhstan and China agreed to build a weather satellite, AstanaSat-7, which a Chinese rocket will launch in 2030.", lang: "en")
    #expect(entity(en, .project, "AstanaSat-7") != nil)
    let ru = extract("Оборудование для спутника Qazaq-1 соберут в Шанхае. Строится и город-спутник Алатау.", lang: "ru")
    #expect(entity(ru, .project, "Qazaq-1") != nil)
    #expect(!ru.entities.contains { $0.kind == .project && $0.label.contains("Алатау") })
    let kk = extract("Министр Ресейдің Денсаулық сақтау министрі Оуян Шэнмен кездесті.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .person && $0.label.contains("Ресей") })
    #expect(entity(kk, .person, "Ouyang Sheng") != nil)
  }

  @Test("round 302: a Kazakh open pit or mine closes a name; the Caucasus is catalogued")
  func round302Rules() {
    let kk = extract("Көмір Шұбаркөл көмір разрезінен тасымалданады, ал кен Жезқазған шахтасынан шығады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Шұбаркөл") })
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Жезқазған") })
    let en = extract("The new ferry line links the ports of Central Asia with the Caucasus.", lang: "en")
    #expect(en.entities.contains { $0.id == "caucasus" })
  }

  @Test("round 303: an Italian body's phrase may join two nouns with 'e'; an adjective in -ante; New Tashkent declined")
  func round303Rules() {
    let it = extract("I tecnici verranno dal Centro di studio e tutela del leopardo gigante di Urumqi, ha detto il ministro.", lang: "it")
    #expect(entity(it, .organization, "Centro di studio e tutela del leopardo gigante di Urumqi") != nil)
    let ru = extract("Компания поставит оборудование для Нового Ташкента и Самарканда.", lang: "ru")
    #expect(ru.entities.contains { $0.id == "new-tashkent" })
  }

  @Test("round 304: a Kazakh body named after its honoree with 'атындағы' is the body its short name gives")
  func round304Rules() {
    let kk = extract("Абай университеті жаңа бағдарлама ашады. Алматыдағы Абай атындағы университет пен Ханчжоу университеті келісімге қол қойды.", lang: "kk")
    #expect(kk.entities.filter { $0.kind == .organization && $0.label.hasPrefix("Абай") }.count == 1)
    let xpcc = extract("Студенттер Шыңжаң Өндірістік-құрылыс корпусының шаруашылықтарында жұмыс істейді.", lang: "kk")
    #expect(xpcc.entities.contains { $0.id == "xpcc" } && !xpcc.entities.contains { $0.id == "xinjiang" })
  }

  @Test("round 305: 'и' right after a Russian body's cue ends its name; Uzbekistan Airports is catalogued")
  func round305Rules() {
    let ru = extract("На заводе работают выпускники Самаркандского государственного университета и местных техникумов.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Самаркандский государственный университет" })
    let en = extract("The cargo goes through Uzbekistan Airports, whose director signed the deal.", lang: "en")
    #expect(en.entities.contains { $0.id == "uzbekistan-airports" })
  }

  @Test("round 307: a Russian logistics centre named by adjectives is a project; a station after 'и' shares the preposition; Merv is catalogued")
  func round307Rules() {
    let ru = extract("Груз пойдёт через Нукусский международный логистический центр, а не через Каракалпакский культурный центр.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Нукусский международный логистический центр" })
    #expect(!ru.entities.contains { $0.kind == .project && $0.label.contains("культурный") })
    let station = extract("Склад построят рядом с таможней на границе и станцией Жаманкум.", lang: "ru")
    #expect(entity(station, .city, "Жаманкум") != nil)
    let en = extract("Archaeologists from Xi'an will work in Merv next year.", lang: "en")
    #expect(en.entities.contains { $0.id == "merv" })
  }

  @Test("round 308: a capitalised adjective names a plant's acronym; a company's second word after its province, before an officer; Alipay and WeChat Pay")
  func round308Rules() {
    let ru = extract("Турбины для Северной ТЭЦ привезут из Харбина.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Северная ТЭЦ" })
    let start = extract("Новая ТЭЦ заработает в 2028 году.", lang: "ru")
    #expect(!start.entities.contains { $0.kind == .project })
    let en = extract("The Guangdong Foshan Ceramics Group will build the plant. Foshan chairman Li Ming said work starts in May.", lang: "en")
    #expect(!en.entities.contains { $0.kind == .city && $0.label == "Foshan" })
    let it = extract("I turisti pagano con WeChat Pay e Alipay nei negozi di Bukhara.", lang: "it")
    #expect(it.entities.contains { $0.id == "wechat-pay" } && it.entities.contains { $0.id == "alipay" })
  }

  @Test("round 309: Italian works named for their product; a business centre's quoted name; a developer's quoted name; a company's noun in no Kazakh plant name")
  func round309Rules() {
    let it = extract("Il gruppo ha rilevato il cotonificio di Khujand e lo zuccherificio di Tokmok.", lang: "it")
    #expect(it.entities.filter { $0.kind == .project }.count == 2)
    let ru = extract("Офис откроется в бизнес-центре «Нурлы Тау», его построил застройщик «Базис-А».", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.contains("Нурлы Тау") })
    #expect(entity(ru, .organization, "Базис-А") != nil)
    let kk = extract("Облыста Қытай компаниялары цемент зауытын салып жатыр.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .project })
    let en = extract("The stadium meets FIFA standards.", lang: "en")
    #expect(en.entities.contains { $0.id == "fifa" })
  }

  @Test("round 310: an English quoted name before a programme's word, a country's adjective inside; the Middle Corridor's Italian name")
  func round310Rules() {
    let en = extract("Graduates join the \"Ten Thousand Kazakh Engineers\" programme, which Chinese firms fund.", lang: "en")
    #expect(entity(en, .project, "Ten Thousand Kazakh Engineers") != nil)
    #expect(!en.entities.contains { $0.kind == .project && $0.label.contains("\"") })
    let it = extract("Le merci viaggiano lungo il Corridoio transcaspico fino a Baku.", lang: "it")
    #expect(it.entities.contains { $0.id == "middle-corridor" })
  }

  @Test("round 312: a facility's name given later is the facility's; a project's quoted name is its alias; reactors at two towns; a Kazakh ministry's listed fields")
  func round312Rules() {
    let en = extract("The Kestrel-B plant opened in May. Officials who toured the plant called Kestrel-B a model. It sells fuel to reactors at Qinzhou and Beihaihe.", lang: "en")
    #expect(en.entities.filter { $0.kind == .project }.map(\.label) == ["Kestrel-B plant"])
    #expect(entity(en, .project, "Kestrel-B plant")?.mentions.map(\.text) == ["Kestrel-B plant", "Kestrel-B"])
    #expect(entity(en, .city, "Qinzhou") != nil && entity(en, .city, "Beihaihe") != nil)
    let it = extract("Gli scavi sono nel parco archeologico «Vecchia Torre», vicino a Mary.", lang: "it")
    #expect(it.entities.first { $0.kind == .project }?.aliases.contains("Vecchia Torre") == true)
    let kk = extract("Жиынға Ақпарат, байланыс және цифрлық технологиялар министрлігінің өкілі қатысты.", lang: "kk")
    #expect(entity(kk, .organization, "Ақпарат, байланыс және цифрлық технологиялар министрлігі") != nil)
    let ru = extract("Компания строила заводы в Египте и Индии.", lang: "ru")
    #expect(ru.entities.contains { $0.id == "egypt" && $0.kind == .region })
  }

  @Test("round 313: a landmark's noun and the name after it (Russian), before it (English, Kazakh); a town's mosques are no landmark")
  func round313Rules() {
    let ru = extract("Реставраторы закончили работы в медресе Шейх Нур и у минарета Ислам-Ходжа, а мечети Кашгара закрыты.", lang: "ru")
    #expect(entity(ru, .project, "медресе Шейх Нур") != nil)
    #expect(entity(ru, .project, "минарет Ислам-Ходжа") != nil)
    #expect(!ru.entities.contains { $0.kind == .project && $0.label.contains("Кашгар") })
    let en = extract("Experts restored the Shaikh Nur Madrasah in Khiva.", lang: "en")
    #expect(entity(en, .project, "Shaikh Nur Madrasah") != nil)
    let kk = extract("Мамандар Шейх Нұр медресесін қалпына келтірді.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Шейх Нұр медресе") })
  }

  @Test("round 315: both towns of a crossing read as a project; an Italian airport by its own name; a Kazakh road between two towns; an adjective before a bare cue names no company; no foreign town by respelling")
  func round315Rules() {
    let en = extract("Lorries use the Bazarkul–Tegerek border crossing to reach China.", lang: "en")
    #expect(entity(en, .city, "Bazarkul") != nil && entity(en, .city, "Tegerek") != nil)
    let it = extract("I voli arriveranno all'aeroporto internazionale Manas di Bishkek.", lang: "it")
    #expect(entity(it, .project, "aeroporto internazionale Manas di Bishkek") != nil)
    #expect(!it.entities.contains { $0.id == "manaus" })
    let kk = extract("Бұған дейін компания Куляб – Калаихумб жолын салған. Жолды қытайлық компания жаңғыртады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Куляб – Калаихумб жолы" })
    #expect(!kk.entities.contains { $0.kind == .organization })
  }

  @Test("round 316: two Turkmen districts before the plural cue; a Chinese surname alone after the full name; a Kazakh ensemble named by its province")
  func round316Rules() {
    let ru = extract("Хлопок поставят хозяйства Болдумсазского и Кёнеургенчского этрапов.", lang: "ru")
    #expect(entity(ru, .region, "Болдумсазский этрап") != nil && entity(ru, .region, "Кёнеургенчский этрап") != nil)
    let it = extract("L'accordo è stato firmato da Zhou Mingwei. Il vicepresidente Zhou ha ricordato i progetti.", lang: "it")
    #expect(it.entities.filter { $0.kind == .person }.map(\.label) == ["Zhou Mingwei"])
    let two = extract("Parlano Zhou Mingwei e Zhou Lan. Il vicepresidente Zhou ha ricordato i progetti.", lang: "it")
    #expect(two.entities.filter { $0.kind == .person }.count == 3)
    let kk = extract("Шэньси провинциясының ән және би ансамблі қойылым көрсетті.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasSuffix("ансамблі") })
  }

  @Test("rounds 317–318: an English national park and reserve by name; a company's name joined to a town's by a hyphen; a city park is no project")
  func round318Rules() {
    let en = extract("The team surveyed the Besh-Aral national park and the Padysha-Ata reserve, then rested in the Osh city park.", lang: "en")
    #expect(entity(en, .project, "Besh-Aral national park") != nil)
    #expect(entity(en, .project, "Padysha-Ata reserve") != nil)
    #expect(!en.entities.contains { $0.kind == .project && $0.label.contains("city park") })
    let it = extract("La società kazaka KazPhos-Taraz ha avviato la costruzione.", lang: "it")
    #expect(entity(it, .organization, "KazPhos-Taraz") != nil)
    #expect(!it.entities.contains { $0.id == "taraz" })
  }

  @Test("round 319: a Russian museum by the name after its lower-case noun, a catalogued route's too; not a country's museum")
  func round319Rules() {
    let ru = extract("Город откроет музей Великого шёлкового пути, а рядом появится филиал музея Шокана Уалиханова. Музея Казахстана это не касается.", lang: "ru")
    #expect(entity(ru, .organization, "музей Великого шёлкового пути") != nil)
    #expect(entity(ru, .organization, "музей Шокана Уалиханова") != nil)
    #expect(!ru.entities.contains { $0.kind == .organization && $0.label.contains("Казахстан") })
    let mausoleum = extract("Туристы посетили мавзолей Бекета Ата и мечети Кашгара.", lang: "ru")
    #expect(mausoleum.entities.contains { $0.kind == .project && $0.label == "мавзолей Бекета Ата" })
    #expect(!mausoleum.entities.contains { $0.kind == .project && $0.label.contains("Кашгар") })
  }

  @Test("round 321: an English ministry by its country's adjective or possessive and its portfolio, in lower case; a quoted agreement keeps its closing quote")
  func round321Rules() {
    let en = extract("The Uzbek foreign ministry said on Monday. Tajikistan's transport ministry agreed, and the Kyrgyz Health Ministry and the foreign ministry were silent.", lang: "en")
    #expect(entity(en, .organization, "Ministry of Foreign Affairs of Uzbekistan")?.mentions.map(\.text) == ["Uzbek foreign ministry"])
    #expect(entity(en, .organization, "Ministry of Transport of Tajikistan")?.mentions.map(\.text) == ["transport ministry"])
    #expect(entity(en, .organization, "Ministry of Health of Kyrgyzstan") != nil)
    #expect(entity(en, .region, "Tajikistan") != nil)
    #expect(en.entities.filter { $0.kind == .organization }.count == 3)
    let china = extract("China's commerce ministry published the figures.", lang: "en")
    #expect(china.entities.contains { $0.id == "mofcom" })
    let ru = extract("Соглашение о «зелёном коридоре» подписали в среду.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Соглашение о «зелёном коридоре»" })
  }

  @Test("round 322: a Russian national park or reserve by its place adjective, not a town's park; a quoted route; 'chief executive' before a name; a Kazakh agency 'жөніндегі' a portfolio; a Kazakh founder")
  func round322Rules() {
    let ru = extract("Гости едут в Тургеньский национальный парк и в Алакольский заповедник, гуляют в Центральном парке. Открыт туристический маршрут «Великий Алтай».", lang: "ru")
    #expect(entity(ru, .project, "Тургеньский национальный парк") != nil)
    #expect(entity(ru, .project, "Алакольский заповедник") != nil)
    #expect(!ru.entities.contains { $0.label.contains("Центральн") })
    #expect(ru.entities.contains { $0.kind == .project && $0.label.hasSuffix("маршрут «Великий Алтай»") })
    let en = extract("Kaspi.kz chief executive Tornike Baramidze spoke at the opening.", lang: "en")
    #expect(entity(en, .person, "Tornike Baramidze") != nil)
    #expect(en.relations.contains { $0.kind == .leads && $0.role == "chief executive" })
    let kk = extract("Жиынға Дін істері жөніндегі комитетінің төрағасы қатысты. Компанияның негізін қалаушы Лю Юншин сөз сөйледі.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Дін істері жөніндегі") })
    #expect(kk.entities.contains { $0.kind == .person && $0.mentions.map(\.text) == ["Лю Юншин"] })
  }

  @Test("round 323: 'МИД' before a country is its foreign ministry; 'Дружба' opening a quotation is friendship, not the crossing; a port after a country's adjective the catalogue now knows")
  func round323Rules() {
    let ru = extract("«Дружба наших народов крепнет», — сказал глава МИД Таджикистана. Поезд прошёл через Дружбу.", lang: "ru")
    #expect(ru.entities.first { $0.label == "Министерство иностранных дел Таджикистана" }?.mentions.map(\.text) == ["МИД Таджикистана"])
    #expect(ru.entities.first { $0.id == "dostyk" }?.mentions.map(\.text) == ["Дружбу"])
    let it = extract("I container proseguono fino al porto georgiano di Batumi e poi in Italia.", lang: "it")
    #expect(entity(it, .project, "porto georgiano di Batumi") != nil)
  }

  @Test("round 325: an Italian article capitalised after a quotation's opening is no lake's name; 'l'organizzazione ambientalista' before a Latin name")
  func round325Rules() {
    let it = extract("Il sindaco ha detto: \"Il lago è la nostra ricchezza\". Anche l'organizzazione ambientalista Eco Sauda ha protestato.", lang: "it")
    #expect(!it.entities.contains { $0.label.hasPrefix("Il ") })
    #expect(entity(it, .organization, "Eco Sauda") != nil)
  }

  @Test("round 327: a town after an outpost's or a helipad's noun and 'near'; an association's quoted name stays the quoted rule's")
  func round327Rules() {
    let en = extract("Images show a helipad near Tokhtamysh and an outpost near Rangkul, in the east of the province.", lang: "en")
    #expect(entity(en, .city, "Tokhtamysh") != nil)
    #expect(entity(en, .city, "Rangkul") != nil)
    let it = extract("La società ha firmato un accordo con l'associazione \"Tessitori di Osh\" a Bishkek.", lang: "it")
    #expect(it.entities.first { $0.label == "Tessitori di Osh" }?.subkind == "ngo")
  }

  @Test("rounds 328–329: an Italian body's capitalised name with 'di' and what it is for; oblasts named by their adjective alone after the sentence named one with 'область'; a Markdown photo credit is page noise")
  func round329Rules() {
    let it = extract("Il Comitato di Stato per la sicurezza nazionale (GKNB) ha accusato forze esterne.", lang: "it")
    #expect(entity(it, .organization, "Comitato di Stato per la sicurezza nazionale")?.mentions.map(\.text) == ["Comitato di Stato per la sicurezza nazionale", "GKNB"])
    let ru = extract("Министр назвал Самаркандскую область лидером отрасли вместе с Бухарской и Навоийской.", lang: "ru")
    #expect(Set(ru.entities.filter { $0.kind == .region }.map(\.id)).isSuperset(of: ["samarkand-region", "bukhara-region", "navoi-region"]))
    #expect(NoiseLines.isNoise("*Photo: Press service of the Mangystau regional akimat*"))
    #expect(NoiseLines.isNoise("_Foto: ufficio stampa del ministero_"))
    #expect(!NoiseLines.isNoise("The photo shows the new terminal in Aktau, which opened on Monday after two years of work."))
  }

  @Test("round 330: a Kazakh determiner opening the sentence names no event ('Келесі форум'); Kazakh spellings of Central Asian towns")
  func round330Rules() {
    let kk = extract("Форум Самарқандта өтті. Келесі форум 2027 жылы Түркістанда өтеді. Биылғы көрме Хиуа мен Нөкісте ашылады.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .event })
    #expect(kk.entities.contains { $0.id == "xiva" } && kk.entities.contains { $0.id == "nukus" })
  }

  @Test("round 331: a quoted programme's name the person rules read is the programme's")
  func round331Rules() {
    let en = extract("The minister said the \"Li Mei\" programme would train 500 engineers.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label.contains("Li Mei") })
    #expect(!en.entities.contains { $0.kind == .person })
  }

  @Test("round 333: a power line's quoted name after 'ЛЭП'; 'АҚШ долларын' is a currency; a Kazakh body's branch 'X облысы бойынша …'")
  func round333Rules() {
    let ru = extract("Компания построила в республике ЛЭП «Юг — Север» и подстанцию.", lang: "ru")
    #expect(entity(ru, .project, "ЛЭП «Юг — Север»") != nil)
    let kk = extract("Жобаның құны 12 миллиард АҚШ долларын құрайды. Павлодар облысы бойынша кәсіпкерлер палатасының директоры Гүлмира Сапарова айтты.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .region && $0.label.contains("United States") })
    #expect(entity(kk, .organization, "Павлодар облысы бойынша кәсіпкерлер палатасы") != nil)
  }

  @Test("round 334: a common given name before a town's one-word name is a person ('Marco Ferrara'); an observatory's or think tank's name that opens with a place")
  func round334Rules() {
    let it = extract("Per l'analista Marco Ferrara, dell'osservatorio Eurasia Agri Monitor di Milano, il grano conta. Il ministro arriva a Ferrara.", lang: "it")
    #expect(entity(it, .person, "Marco Ferrara") != nil)
    #expect(entity(it, .city, "Ferrara") != nil)
    #expect(entity(it, .organization, "Eurasia Agri Monitor") != nil)
    let en = extract("An analyst at the think tank Eurasia Insight said the fuel tank Kazakh was full.", lang: "en")
    #expect(entity(en, .organization, "Eurasia Insight") != nil)
    #expect(!en.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Kazakh") })
  }

  @Test("round 335: an Italian plural mine or deposit noun with what it holds before its list of names")
  func round335Rules() {
    let it = extract("La società gestisce le miniere d'oro di Jilau e Taror. Possiede anche i giacimenti petroliferi di Ustyurt e Sarymsak.", lang: "it")
    #expect(entity(it, .project, "miniera d'oro di Jilau") != nil)
    #expect(entity(it, .project, "miniera d'oro di Taror") != nil)
    #expect(entity(it, .project, "giacimento di Ustyurt") != nil)
    #expect(entity(it, .project, "giacimento di Sarymsak") != nil)
  }

  @Test("round 336: a Kazakh satellite's coined name before its noun; a space centre is a site; an Italian adjective after 'Università' is no given name")
  func round336Rules() {
    let kk = extract("Қазақстан 2028 жылы KazSat-4 байланыс спутнигін ұшырады. Мамандар Цзюцюань ғарыш орталығында оқиды.", lang: "kk")
    #expect(entity(kk, .project, "KazSat-4") != nil)
    #expect(entity(kk, .project, "Цзюцюань ғарыш орталығы") != nil)
    let it = extract("Il centro sorge accanto all'Università Eurasiatica Gumilev, ospiterà corsi.", lang: "it")
    #expect(entity(it, .organization, "Università Eurasiatica Gumilev") != nil)
    #expect(!it.entities.contains { $0.kind == .person })
  }

  @Test("round 337: 'Organization' ends an English body's name; a plural's possessive closes one body before another; a tour operator's quoted name; a Kazakh sentence's first word in the genitive names no project")
  func round337Rules() {
    let en = extract("The lab was set up by the Uzbek Academy of Sciences' Center of Genomics and Bioinformatics, according to the International Labour Organization.", lang: "en")
    #expect(entity(en, .organization, "Uzbek Academy of Sciences") != nil)
    #expect(entity(en, .organization, "Center of Genomics and Bioinformatics") != nil)
    #expect(entity(en, .organization, "International Labour Organization") != nil)
    let ru = extract("Директор туроператора «Silk Way Travel» Айгерим Жакупова рассказала о турах.", lang: "ru")
    #expect(entity(ru, .organization, "Silk Way Travel") != nil)
    let kk = extract("Орталықтың алғашқы жобасы Іле өзені алабындағы су ресурстарын зерттеуге арналады.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .project })
  }

  @Test("round 338: a water pipeline's quoted route after 'водовод'")
  func round338Rules() {
    let ru = extract("Сейчас область получает питьевую воду по водоводу «Астрахань — Мангышлак» из России.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label.hasPrefix("водовод") && $0.label.contains("Астрахань") })
  }

  @Test("round 339: a catalogued university with a genitive complement is another school; a sentence's first agent noun or pointing adjective names no body; a Kazakh administration's cue; a numbered unit in apposition")
  func round339Rules() {
    let ru = extract("Руководителем центра назначена профессор Чэнь Лимэй. Аналогичные центры Китай ранее открыл в Бишкеке. Врачи учились в Пекинском университете китайской медицины.", lang: "ru")
    #expect(entity(ru, .organization, "Пекинский университет китайской медицины") != nil)
    #expect(!ru.entities.contains { $0.id == "peking-university" })
    #expect(ru.entities.filter { $0.kind == .organization }.count == 1)
    let kk = extract("Кәсіпорын Қытай Халық Республикасының Бас кеден әкімшілігінің тізіміне енген.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "gacc" })  // (the catalogue's entry, by its long Kazakh name)
    let en = extract("Construction of the first plant, Kazarman-1, would start next spring.", lang: "en")
    #expect(entity(en, .project, "Kazarman-1") != nil)
  }

  @Test("round 340: a material's acronym names no body; Italian words after 'della Banca' are the bank's name")
  func round340Rules() {
    let en = extract("The plant will produce 300,000 tonnes of PVC a year.", lang: "en")
    #expect(en.entities.isEmpty)
    let it = extract("Secondo Marta Colombo, economista della Banca Sella Sanpaolo a Milano, va bene. Il presidente della Commissione Ursula von der Leyen parla.", lang: "it")
    #expect(entity(it, .organization, "Banca Sella Sanpaolo") != nil)
    #expect(entity(it, .person, "Ursula von der Leyen") != nil)
    #expect(!it.entities.contains { $0.kind == .person && $0.label.contains("Sanpaolo") })
  }

  @Test("round 341: a Latin name after a Cyrillic company cue that runs on past a catalogued parent is the subsidiary's")
  func round341Rules() {
    let ru = extract("Метрополитен подписал контракт с китайской корпорацией CRRC Changchun Railway Vehicles на поставку вагонов.", lang: "ru")
    #expect(entity(ru, .organization, "CRRC Changchun Railway Vehicles") != nil)
    #expect(!ru.entities.contains { $0.kind == .project })
  }

  @Test("round 343: an Italian ministry's portfolio goes on after 'e dell''; a cue's body stops before another body's cue; a Markdown menu line is page furniture")
  func round343Rules() {
    let it = extract("Il Ministero del Commercio e dell'Integrazione del Kazakistan stima una crescita. L'accordo dell'Istituto di archeologia della provincia di Shaanxi e del Dipartimento nazionale per la tutela dei monumenti del Turkmenistan.", lang: "it")
    #expect(entity(it, .organization, "Ministero del Commercio e dell'Integrazione del Kazakistan") != nil)
    #expect(entity(it, .organization, "Istituto di archeologia della provincia di Shaanxi") != nil)
    #expect(!it.entities.contains { $0.label.hasPrefix("Istituto") && $0.label.contains("Dipartimento") })
    let md = extract("# Notizie\n\n[Home](/) · [Economia](/economia) · [Asia](/asia)\n\nIl treno arriva ad Almaty.", lang: "it")
    #expect(!md.entities.contains { $0.label == "Asia" })
    #expect(md.entities.contains { $0.id == "almaty" })
  }

  @Test("round 344: 'линия электропередачи «X»' is the text's 'ЛЭП «X»'; a Russian body's cue before a catalogued body in the genitive names a body of its own")
  func round344Rules() {
    let ru = extract("Стороны договорились о строительстве линии электропередачи «Датка – Кашгар». ЛЭП «Датка – Кашгар» пройдёт через перевал.", lang: "ru")
    #expect(ru.entities.filter { $0.kind == .project }.count == 1)
    let hospital = extract("Врачи пройдут стажировку в Детской больнице Пекинского университета в Пекине.", lang: "ru")
    #expect(entity(hospital, .organization, "Детская больница Пекинского университета") != nil)
    // (the university the hospital belongs to is named too)
    #expect(hospital.entities.filter { $0.kind == .organization }.count == 2)
  }

  @Test("round 345: a Kazakh programme by its quoted Cyrillic name (not a body's Latin one); an English trade noun before a company's name; an ampersand left by '&amp;'")
  func round345Rules() {
    let kk = extract("Жоба «Қазақстан мақта кластері» бағдарламасы аясында жүзеге асады. Студенттер «Huawei ICT Academy» бағдарламасын оқиды.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.contains("мақта кластері") })
    #expect(!kk.entities.contains { $0.kind == .project && $0.label.contains("Huawei") })
    let en = extract("Kazakh drugmaker Khimpharm will build the plant.", lang: "en")
    #expect(entity(en, .organization, "Khimpharm") != nil)
    let page = HTMLStripper.strip("<p>Контракт получила компания China Petroleum Engineering &amp; Construction Corporation (CPECC).</p>")
    let html = extract(page, lang: "ru")
    #expect(html.entities.contains { $0.kind == .organization && $0.mentions.contains { $0.text.hasSuffix("Construction Corporation") } })
    #expect(html.entities.filter { $0.kind == .organization }.count == 1)
    #expect(!html.entities.contains { $0.label.contains("  ") })  // (the entity's blanks are no part of its label)
  }

  @Test("round 346: a town's neighbourhoods by their plural noun keep their bare names")
  func round346Rules() {
    let en = extract("Residents of the nearby Ak-Bata and Ak-Ordo neighbourhoods complained about the smoke. Good neighbourhood relations matter.", lang: "en")
    #expect(entity(en, .region, "Ak-Bata") != nil)
    #expect(entity(en, .region, "Ak-Ordo") != nil)
    #expect(en.entities.count == 2)
  }

  @Test("round 347: a mining project named by its commodities is its deposit; a Kazakh dam; catalogued schools by their Russian and Italian names")
  func round347Rules() {
    let en = extract("Investor revives Andash copper project. The company will develop the Andash copper-gold deposit in the Talas region. The Andash copper-gold project was idle.", lang: "en")
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
    let kk = extract("Көкарал бөгеті салынғаннан кейін балық қоры өсті.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label.hasPrefix("Көкарал") })
    let ru = extract("Делегация Таразского регионального университета имени М. Х. Дулати и Харбинского политехнического университета прибыла.", lang: "ru")
    #expect(Set(ru.entities.map(\.id)).isSuperset(of: ["dulaty-university", "harbin-institute-of-technology"]))
    let it = extract("L'Università di lingue straniere di Pechino ha aperto un centro con l'Università di Xinjiang.", lang: "it")
    #expect(Set(it.entities.map(\.id)).isSuperset(of: ["beijing-foreign-studies-university", "xinjiang-university"]))
  }

  @Test("round 348: a grain trader's quoted name; Central Asia's opera houses and Dushanbe's Palace of the Nation by their Italian names")
  func round348Rules() {
    let ru = extract("Местным партнёром выступит зернотрейдер «Кызылжар Астык».", lang: "ru")
    #expect(entity(ru, .organization, "Кызылжар Астык") != nil)
    let it = extract("L'attuale Teatro dell'opera e del balletto Sadriddin Ayni resterà aperto, accanto al Palazzo della Nazione.", lang: "it")
    #expect(Set(it.entities.map(\.id)) == ["ayni-opera-theatre", "palace-of-nation-dushanbe"])
  }

  @Test("round 349: an Italian body's adjectives, its country's adjective, then what it is for; a mineral basin is no mountain")
  func round349Rules() {
    let it = extract("Le associazioni, tra cui l'Ufficio internazionale kazako per i diritti umani, hanno chiesto garanzie.", lang: "it")
    #expect(entity(it, .organization, "Ufficio internazionale kazako per i diritti umani") != nil)
    let kk = extract("Кентау қаласы Қаратау тауының етегінде орналасқан. Шикізат Қаратау фосфорит бассейнінен жеткізіледі.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "karatau-phosphorite-basin" })
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Қаратау тауы" })
  }

  @Test("round 350: an Italian palace by its name after lower-case 'palazzo'; a menu of links closing a dateline's line")
  func round350Rules() {
    let it = extract("I turisti visitano il minareto Kalta Minor e il palazzo Tash Khauli.", lang: "it")
    #expect(entity(it, .project, "palazzo Tash Khauli") != nil)
    let md = extract("# Khiva\n\n**Urgench, 14 dicembre 2026** — [Esteri](/esteri) · [Asia](/asia)\n\nIl treno arriva a Khiva.", lang: "it")
    #expect(!md.entities.contains { $0.label == "Asia" })
    #expect(md.entities.contains { $0.label == "Urganch" || $0.label == "Urgench" })
  }

  @Test("round 351: a landfill by its quoted name; an Italian stadium after lower-case 'stadio'; a football club closed by 'FC'")
  func round351Rules() {
    let ru = extract("Сейчас отходы вывозят на полигон «Ахангаран».", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "полигон «Ахангаран»" })
    let it = extract("Lo stadio sostituirà il vecchio stadio Kopetdag e ospiterà le partite del club Ahal FC.", lang: "it")
    #expect(entity(it, .project, "stadio Kopetdag") != nil)
    #expect(entity(it, .organization, "Ahal FC") != nil)
    #expect(!it.entities.contains { $0.kind == .region })
  }

  @Test("rounds 354–355: a grain trader named by its town and 'Astyk'; 'Кабинета Министров' with no country is a body, no person")
  func round355Rules() {
    let en = extract("Among the approved exporters are Kazakh Rice Company and Aral Astyk from the Zhalagash district.", lang: "en")
    #expect(entity(en, .organization, "Aral Astyk") != nil)
    let ru = extract("Церемония прошла в Ашхабаде на заседании Кабинета Министров, которое провёл Президент Сердар Бердымухамедов.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .person && $0.label.contains("Kabinet") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Кабинет") })
  }

  @Test("round 356: a catalogued site's or town's one-word name after a role's given name is the holder's surname; not a town in a case form")
  func round356Rules() {
    let kk = extract("Институт директоры Ахметқал Медеу екі жылда станция орнатылатынын айтты.", lang: "kk")
    #expect(kk.entities.count == 1 && kk.entities.first?.kind == .person)
    let ru = extract("Директор института Ахметкали Медеу рассказал о проекте.", lang: "ru")
    #expect(ru.entities.count == 1 && ru.entities.first?.kind == .person)
    let town = extract("Облыс әкімі Марат Алматыда болды.", lang: "kk")
    #expect(town.entities.contains { $0.id == "almaty" })
  }

  @Test("round 357: a dateline's spaced dash ends no company's name; an Italian open-pit mine")
  func round357Rules() {
    let en = extract("TASHKENT — Guangdong Monalisa Group has opened a tile factory in the Kokand free economic zone.", lang: "en")
    #expect(entity(en, .organization, "Guangdong Monalisa Group") != nil)
    #expect(!en.entities.contains { $0.label.contains("TASHKENT") && $0.kind == .organization })
    let it = extract("Il carbone sarà estratto nella miniera a cielo aperto di Shubarkol, nella regione di Karaganda.", lang: "it")
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasSuffix("Shubarkol") })
  }

  @Test("rounds 358–360: a Palladius spelling beside a Latin company's name; a deal's worth ends its name; a field's name before a surname; a quoted speech; districts named after persons")
  func round358Rules() {
    let kk = extract("Қытайлық «Юйтун» (Yutong) компаниясы зауыт салады. Атырауда қытайлық «Хунхуа» (Honghua Group) компаниясы орталық ашады.", lang: "kk")
    #expect(kk.entities.filter { $0.kind == .organization }.count == 2)
    #expect(entity(kk, .organization, "Yutong")?.mentions.contains { $0.text == "Юйтун" } == true)
    #expect(kk.entities.contains { $0.label == "Honghua Group" && $0.mentions.contains { $0.text == "Хунхуа" } })
    let deal = extract("Соглашение о проекте стоимостью 38 миллионов долларов подписано в Алматы.", lang: "ru")
    #expect(!deal.entities.contains { $0.kind == .project })
    let ru = extract("Он сказал: «Компании, работающие на Тенгизе и Кашагане, придут сюда уже в этом году». Тенгиз Абдрахманов согласился.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .organization })
    #expect(ru.entities.contains { $0.id == "tengiz-field" && $0.mentions.count == 1 })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Tengiz Abdrakhmanov" })
    let en = extract("Half of the guests in the Almaty mountains come from China.", lang: "en")
    #expect(!en.entities.contains { $0.label.contains("mountains") })
    let districts = extract("The first stage covers the districts of Bobojon Gafurov and Jabbor Rasulov.", lang: "en")
    #expect(districts.entities.map(\.label).sorted() == ["Bobojon Gafurov District", "Jabbor Rasulov District"])
    #expect(districts.entities.allSatisfy { $0.kind == .region })
  }

  @Test("round 361: a catalogued company's consonants in Cyrillic; the second of two towns after an Italian noun's \"di\"")
  func round361Rules() {
    let kk = extract("Жобаны қытайлық «Пауэрчайна» (PowerChina) корпорациясы жүзеге асырады.", lang: "kk")
    #expect(kk.entities.filter { $0.kind == .organization }.count == 1)
    #expect(kk.entities.contains { $0.kind == .organization && $0.mentions.contains { $0.text == "Пауэрчайна" } && $0.mentions.contains { $0.text == "PowerChina" } })
    let it = extract("La fondazione finanzierà corsi nelle scuole di Ishkashim e Rushan.", lang: "it")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Rushan" })
    let body = extract("Ha parlato il presidente di Osh e Sadyr Japarov ha risposto.", lang: "it")
    #expect(!body.entities.contains { $0.kind == .city && $0.label.hasPrefix("Sadyr") })
  }

  @Test("round 363: a catalogued service's name mentions no company that opens it")
  func round363Rules() {
    let en = extract("More Kazakh wheat would travel east on the China Railway Express.", lang: "en")
    #expect(en.entities.contains { $0.id == "china-europe-railway-express" })
    #expect(!en.entities.contains { $0.id == "china-railway" })
  }

  @Test("round 364: a declaration named by its city; an opening passive verb is no given name; a cue inside somebody's words; a club in guillemets")
  func round364Rules() {
    let ru = extract("Принята Астанинская декларация. Лидеры подписали Бишкекскую декларацию.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .person })
    #expect(Set(ru.entities.filter { $0.kind == .project }.map(\.label)) == ["Астанинская декларация", "Бишкекская декларация"])
    let quoted = extract("Президент назвал его «саммитом практических решений». Проведут учения в горах.", lang: "ru")
    #expect(!quoted.entities.contains { $0.kind == .event })
    let club = extract("Клуб сыграет против новосибирской «Сибири», а газ пойдёт из Сибири.", lang: "ru")
    #expect(club.entities.contains { $0.id == "siberia" && $0.mentions.count == 1 })
    let en = extract("KAZ Minerals is also developing a project in Chukotka, in Russia's Far East.", lang: "en")
    #expect(Set(en.entities.filter { $0.kind == .region }.map(\.id)) == ["chukotka", "russia", "russian-far-east"])
  }

  @Test("rounds 365–366: a company closed by \"Power\"; a site's name that looks like a person's; one zone under two names; a numbered heading; an Italian madrasa")
  func round365Rules() {
    let en = extract("The plant was built with Zorbo Power. The Peng Sheng Industrial Park makes tiles. Firms work in the Angren special economic zone and the Angren free zone.", lang: "en")
    #expect(entity(en, .organization, "Zorbo Power") != nil)
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(entity(en, .project, "Peng Sheng Industrial Park") != nil)
    #expect(en.entities.filter { $0.kind == .project && $0.label.hasPrefix("Angren") }.count == 1)
    let md = extract("# Projects\n\n## 2. Xu Long Industrial Park\nThe park makes tiles.\n\n## 3. Kazakhstan Opens Solar Plant\nIt is big.", lang: "en")
    #expect(md.entities.contains { $0.kind == .project && $0.label == "Xu Long Industrial Park" })
    #expect(!md.entities.contains { $0.label.contains("Opens") })
    let it = extract("I restauratori lavorano sulla madrasa Mir-i Arab, nel centro di Bukhara. Il paese vuole diventare l'hub logistico dell'Asia centrale.", lang: "it")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "madrasa Mir-i Arab" })
    #expect(it.entities.contains { $0.id == "central-asia" })
  }

  @Test("round 367: a Turkmen etrap named after its centre; an Italian ministry's lower-case adjective after its portfolio")
  func round367Rules() {
    let ru = extract("Станция будет построена в этрапе Бабадайхан.", lang: "ru")
    #expect(ru.entities.count == 1 && ru.entities.first?.kind == .region)
    let it = extract("Secondo il ministero dello Sviluppo economico e del commercio, il progetto vale molto.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Ministero dello Sviluppo economico e del commercio" })
  }

  @Test("round 368: a plateau; a Kazakh region named by its compass word alone, inside a university's name too")
  func round368Rules() {
    let en = extract("The wind of the Ustyurt plateau is one of the strongest in the region.", lang: "en")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Ustyurt plateau" })
    let kk = extract("Зауыт литийді Шығыс Қазақстандағы кен орындарынан алады. Жобаға Манаш Қозыбаев атындағы Солтүстік Қазақстан университеті қатысады.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "east-kazakhstan-region" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasSuffix("Солтүстік Қазақстан университеті") })
    #expect(!kk.entities.contains { $0.kind == .person })
    let station = extract("The new line runs from the Sairan bus station to the Alatau district.", lang: "en")
    #expect(station.entities.contains { $0.kind == .project && $0.label == "Sairan bus station" })
  }

  @Test("round 370: a cascade of plants; a company a capitalised adjective names; regions listed after an article; an ampersand inside a company's name")
  func round370Rules() {
    let ru = extract("Строительство Казарманского каскада гидроэлектростанций начнётся в мае. На Казарманском каскаде работают. Схему поручили Национальной энергетической холдинговой компании. Эксперты Национальной горнорудной компании согласны.", lang: "ru")
    let cascades = ru.entities.filter { $0.kind == .project && $0.label == "Казарманский каскад" }
    #expect(cascades.count == 1 && cascades.first?.mentions.count == 2)
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Национальная энергетическая холдинговая компания" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Национальная горнорудная компания" })
    let it = extract("Le regioni di Kostanay e Akmola chiedono nuovi silos.", lang: "it")
    #expect(it.entities.contains { $0.id == "akmola-region" } && it.entities.contains { $0.id == "kostanay-region" })
    #expect(!it.entities.contains { $0.id == "astana" })
    let kk = extract("Құрылыс жұмыстарын қытайлық China Petroleum Engineering & Construction компаниясы атқарады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "China Petroleum Engineering & Construction" })
    #expect(!kk.entities.contains { $0.label == "Construction" })
    let en = extract("Energy & Utilities\n\nA Chinese firm will build a plant near Aktau.", lang: "en")
    #expect(!en.entities.contains { $0.label.contains("&") })
  }

  @Test("rounds 371–372: a quoted institute and waterworks; a bare ministry beside its full name; an acronym spelled by the words before it; a periodical; a country-and-province company")
  func round372Rules() {
    let ru = extract("МИД Казахстана сообщил об этом. Представитель Министерства иностранных дел пояснил, что проект выполнил институт «Небитгазылмытаслама», а реконструкция водораздельного сооружения «Достык» завершена.", lang: "ru")
    #expect(ru.entities.first { $0.id == "mfa-kazakhstan" }?.mentions.count == 2)
    #expect(ru.entities.filter { $0.kind == .organization }.count == 2)
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Небитгазылмытаслама" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "водораздельное сооружение «Достык»" })
    let it = extract("Secondo un ricercatore dell'Istituto affari internazionali (IAI), il presidente del Consiglio supremo del Karakalpakstan ha ragione. L'IAI lo conferma.", lang: "it")
    #expect(it.entities.first { $0.label == "Istituto affari internazionali" }?.mentions.count == 3)
    #expect(it.entities.contains { $0.id == "jokargy-kenes" })
    let en = extract("Kabar Weekly reported that the hospital was built by China Jiangsu International.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Kabar Weekly" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "China Jiangsu International" })
    #expect(!en.entities.contains { $0.kind == .region })
  }

  @Test("rounds 373–374: an orchestra; a club a quoted town names; a mine and a deposit of one name are one site")
  func round374Rules() {
    let kk = extract("Сахнада Шанхай симфониялық оркестрі өнер көрсетті. Голды «Астана» клубының шабуылшысы соқты.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Шанхай симфониялық оркестрі" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "«Астана» клубы" })
    #expect(!kk.entities.contains { $0.kind == .city })
    let ru = extract("Жители потребовали закрыть рудник Иштамберды. Дорогу к месторождению Иштамберды перекрыли, а на месторождении Солтон-Сары тихо.", lang: "ru")
    let sites = ru.entities.filter { $0.kind == .project }
    #expect(sites.count == 2)
    #expect(sites.first { $0.label == "рудник Иштамберды" }?.mentions.count == 2)
    let en = extract("Most of the loan went to the Dushanbe-2 heating plant.", lang: "en")
    #expect(en.entities.contains { $0.id == "dushanbe-2-chp" })
  }

  @Test("round 375: an open pit; an English coal field and open pit of one name are one site")
  func round375Rules() {
    let en = extract("NFC already built the Kalmakyr open pit's crushing complex.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Kalmakyr open pit" })
    let site = extract("The company mines the Kara-Keche coal field. Trucks leave the Kara-Keche open pit every hour.", lang: "en")
    let projects = site.entities.filter { $0.kind == .project }
    #expect(projects.count == 1 && projects.first?.mentions.count == 2)
  }

  @Test("round 376: an Italian body whose adjectives a state's level closes; a law by its name; the catalogue's EIB and Framatome")
  func round376Rules() {
    let it = extract("Secondo il Servizio geologico nazionale, il deposito è grande. La Banca europea per gli investimenti ha offerto un prestito.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Servizio geologico nazionale" })
    #expect(it.entities.contains { $0.id == "european-investment-bank" })
    let en = extract("The EU adopted the Critical Raw Materials Act. The plant uses technology licensed by Framatome. Ministers act fast.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Critical Raw Materials Act" })
    #expect(en.entities.contains { $0.id == "framatome" })
    #expect(en.entities.filter { $0.kind == .project }.count == 1)
  }

  @Test("round 377: a Russian quarry and open-pit coal mine by their names")
  func round377Rules() {
    let ru = extract("Сырьё добывается на карьере Дахана в соседнем районе, а уголь везут с разреза Богатырь. Карьер работает круглый год.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "карьер Дахана" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "разрез Богатырь" })
    #expect(ru.entities.count == 2)
  }

  @Test("round 378: an English port of a town; a Kazakh province's commission; an Italian processing complex")
  func round378Rules() {
    let en = extract("The ferries run to the Port of Baku in Azerbaijan.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Port of Baku" })
    let kk = extract("Салтанатқа Хэйлунцзян провинциясы денсаулық сақтау комиссиясының төрағасы қатысты.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Хэйлунцзян провинциясы денсаулық сақтау комиссиясы" })
    let it = extract("Sarà alimentato con gas trattato nel complesso di lavorazione di Kandym.", lang: "it")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "complesso di lavorazione di Kandym" })
  }

  @Test("round 379: a publishing house after its quoted name or before it; the Italian Silk Road in lower case")
  func round379Rules() {
    let kk = extract("Кітаптарды «Фолиант» баспасы шығарды.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "«Фолиант» баспасы" })
    let ru = extract("Книгу выпустило издательство «Фолиант». Издательство работает давно.", lang: "ru")
    #expect(ru.entities.count == 1 && ru.entities.first?.label == "Фолиант")
    let it = extract("Al centro dei colloqui i progetti della Via della seta.", lang: "it")
    #expect(it.entities.contains { $0.id == "silk-road" })
  }

  @Test("round 380: a state company of trade words; a list's documents; an ampersand in a park's name; Red Cross societies")
  func round380Rules() {
    let en = extract("The fund signed a deal with China Power International. Later China Xidian Group joined. He toured the Xi'an International Trade & Logistics Park.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "China Power International" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "China Xidian Group" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Xi'an International Trade & Logistics Park" })
    let ru = extract("Подписаны документы:\n1. Меморандум о взаимопонимании между Министерством финансов и банком;\n2. Соглашение о создании совместного предприятия «Тоджик Агро».", lang: "ru")
    #expect(!ru.entities.contains { $0.label.hasPrefix("Меморандум") || $0.label.hasPrefix("Соглашение") })
    let it = extract("La Croce Rossa cinese ha stanziato fondi per la Mezzaluna Rossa del Tagikistan.", lang: "it")
    #expect(it.entities.contains { $0.id == "red-cross-china" } && it.entities.contains { $0.id == "red-crescent-tajikistan" })
  }

  @Test("round 381: courts in four languages (and no court in ships); a stressed adjective's nominative; basins")
  func round381Rules() {
    let ru = extract("Специализированный межрайонный административный суд Алматы оштрафовал компанию. Решение можно обжаловать в Алматинском городском суде. Морские суда Казахстана заходят в порт.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Специализированный межрайонный административный суд Алматы" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Алматинский городской суд" })
    #expect(!ru.entities.contains { $0.label.hasPrefix("Морск") })
    let en = extract("The Almaty City Court rejected the appeal. Oil comes from the Junggar Basin. Shared rivers, uneven stakes.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Almaty City Court" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Junggar Basin" })
    #expect(!en.entities.contains { $0.label.hasPrefix("Shared") })
    let it = extract("Il tribunale di Almaty ha respinto il ricorso; la Corte suprema del Kazakistan ha confermato.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "tribunale di Almaty" })
    #expect(it.entities.contains { $0.id == "supreme-court-kazakhstan" })
    let kk = extract("Алматы қалалық соты шағымды қанағаттандырмады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Алматы қалалық соты" })
  }

  @Test("round 382: a quotation in lower case after an event's word is no event; a number inside a quoted Kazakh name")
  func round382Rules() {
    let it = extract("Secondo l'analista, la crisi mostra «quanto il settore resti vulnerabile alle decisioni prese a Mosca».", lang: "it")
    #expect(!it.entities.contains { $0.kind == .event })
    let kk = extract("Елордадағы «Kinopark 7 Keruen» кинотеатрында апталық ашылды.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.contains("Kinopark 7 Keruen") })
    #expect(!kk.entities.contains { $0.label == "Keruen" })
  }

  @Test("round 383: more Chinese surnames and English given names; a company known with and without its town's name")
  func round383Rules() {
    let it = extract("Uzbekistan, la cinese Wahaha inaugura uno stabilimento\n\nIeri è morto il fondatore Zong Qinghou. Il gruppo alimentare cinese Hangzhou Wahaha ha inaugurato un impianto.", lang: "it")
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Zong Qinghou" })
    #expect(it.entities.filter { $0.kind == .organization && $0.label.contains("Wahaha") }.count == 1)
    let en = extract("Words and photos by Tom Ellison\nThe platform is quiet.", lang: "en")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Tom Ellison" })
  }

  @Test("round 384: a company coordinated with a company; an Italian apposition without its article; a Kazakh region's bureau; a hyphenated place before an apposition")
  func round384Rules() {
    let en = extract("The line is operated by Tojiktrans and Xinjiang Kashgar Transport Group. The works near Kara-Keche, attended by President Japarov, began.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Tojiktrans" })
    #expect(!en.entities.contains { $0.kind == .person && $0.label.contains("Keche") })
    let it = extract("Marco Rossi guida la filiale di Tecnoimpianti Bellandi, azienda bergamasca specializzata in impianti alimentari.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Tecnoimpianti Bellandi" })
    let kk = extract("Ақпарат Шыңжаң-Ұйғыр автономиялық ауданының гидрология бюросынан келеді.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasSuffix("гидрология бюросы") })
  }

  @Test("round 385: towns coordinated in a headline stay towns beside a company named after them; a state body opening a sentence")
  func round385Rules() {
    let en = extract("Panda bonds are the next bridge between Astana and Shanghai\n\nThe bond was listed on the Astana International Exchange. The Shanghai Stock Exchange is a shareholder.", lang: "en")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Astana" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Shanghai" })
    let ru = extract("Государственная налоговая служба при Министерстве финансов Кыргызской Республики зарегистрировала арендаторов.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Государственная налоговая служба") })
  }

  @Test("round 386: a Chinese province opens a company's name; 'Industrial' closes one; the CSTO and ETIM in Italian")
  func round386Rules() {
    let en = extract("Talco signed a deal with China's Henan Zhongfu Industrial to build a mill in the Vahdat Industrial Park.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Henan Zhongfu Industrial" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Vahdat Industrial Park" })
    let it = extract("L'Organizzazione del Trattato di sicurezza collettiva (OTSC) teme il Movimento islamico del Turkestan orientale.", lang: "it")
    #expect(it.entities.contains { $0.id == "csto" } && it.entities.contains { $0.id == "etim" })
  }

  @Test("round 387: a genitive in -ля is no past tense; races; a team's name; a participle opening a sentence names no body")
  func round387Rules() {
    let ru = extract("Проверку провели специалисты Комитета ветеринарного контроля и надзора. Управляющая компания отеля — ТОО «Silk Road Hospitality».", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Комитет ветеринарного контроля и надзора") })
    #expect(!ru.entities.contains { $0.label.hasPrefix("Управляющая") })
    let it = extract("La squadra kazaka XDS Astana Team correrà il Tour of Qinghai Lake e il Giro d'Italia.", lang: "it")
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Tour of Qinghai Lake" })
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Giro d'Italia" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "XDS Astana Team" })
  }

  @Test("round 388: instrumental -иным surnames, Italian restaurants, a venue's expo, Kazakh remits")
  func round388Rules() {
    let ru = extract("Мы поговорили с ректором Жасуланом Рахметуллиным. — Жасулан Ерланович, сколько студентов?", lang: "ru")
    #expect(ru.entities.filter { $0.kind == .person }.map(\.label) == ["Zhasulan Rakhmetullin"])
    let it = extract("La fiera si è chiusa all'Atakent Expo di Almaty. Lo dice Aizhan Nurlanova, sommelier del ristorante Zheti Qazyna.", lang: "it")
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Atakent Expo" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Almaty" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label.hasSuffix("Zheti Qazyna") })
    let kk = extract("Министрлік зерттеу нәтижелерін трансшекаралық өзендер жөніндегі қазақ-қытай бірлескен комиссиясының отырысында пайдаланады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "трансшекаралық өзендер жөніндегі қазақ-қытай бірлескен комиссиясы" })
  }

  @Test("round 389: players and singers, a club named after its province, \"&\" names, a slashed acronym, Radio, mines of, counties, contests")
  func round389Rules() {
    let ru = extract("Клуб «Шаньдун Тайшань» купил защитника Нуралы Алипа. Тренер «Шаньдуна» доволен. Федерация футбола Казахстана ждёт матча против Уэльса.", lang: "ru")
    #expect(!ru.entities.contains { $0.id == "shandong" })
    #expect(ru.entities.first { $0.id == "shandong-taishan" }?.mentions.count == 2)
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Nuraly Alip" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Федерация футбола Казахстана" })
    #expect(ru.entities.contains { $0.id == "wales" })
    let en = extract("Drawing on the AidData database kept by William & Mary, and on Radio Ozodi, the Tajik service of RFE/RL, we found that the gold mine of Upper Kumarg went to TBEA, which rebuilt the Bishkek Combined Heat and Power Plant. The Bishkek heating plant still leaks. Sections: Food & Drink, R&D.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "William & Mary" })
    #expect(!en.entities.contains { $0.label == "Mary" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "RFE/RL" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Radio Ozodi" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "AidData" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Upper Kumarg" })
    #expect(en.entities.filter { $0.kind == .project && $0.label.hasPrefix("Bishkek") }.count == 1)
    #expect(!en.entities.contains { $0.label.contains("Food") || $0.label.contains("R&D") })
    let it = extract("Lo ha reso noto il China Earthquake Networks Center. Nella contea di Wushi sono crollate alcune case. Japarov ha telefonato al leader cinese Xi Jinping.", lang: "it")
    #expect(it.entities.contains { $0.kind == .region && $0.label == "contea di Wushi" })
    #expect(it.entities.contains { $0.id == "china" && !$0.mentions.isEmpty })
    let kk = extract("Әнші Димаш Құдайберген «Құс ұясы» стадионында өнер көрсетеді. Ол Hunan TV телеарнасының «Singer» байқауына қатысқан.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .person && $0.label == "Dimash Kudaybergen" })
    #expect(kk.entities.contains { $0.id == "beijing-national-stadium" })
    #expect(kk.entities.contains { $0.kind == .event && $0.label.contains("Singer") })
  }

  @Test("round 390: a country's branch of a body by hyphen, conservation bodies, a bilateral chamber of commerce in lower case")
  func round390Rules() {
    let en = extract("The work was funded by the Global Environment Facility, with field support from WWF-Kazakhstan.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "WWF-Kazakhstan" })
    #expect(en.entities.contains { $0.id == "gef" })
    let it = extract("A Tashkent ha appena inaugurato una camera di commercio italo-uzbeka.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Camera di commercio italo-uzbeka" })
  }

  @Test("round 391: a subsidiary bank's legal form, towns listed with commas, Italian lines between towns, a Kazakh customs post")
  func round391Rules() {
    let ru = extract("Открылось отделение АО ДБ «Сентрал Азия Финанс» в Алматы.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Сентрал Азия Финанс" })
    let en = extract("Most payments were made in Almaty, Astana and the resort of Shymbulak. The Astana Hub venture fund joined.", lang: "en")
    #expect(en.entities.first { $0.id == "astana" }?.mentions.count == 1)
    let it = extract("La ferrovia Bakhty-Ayagoz è lunga. I binari sulla linea Bakhty-Ayagoz sono posati. Il treno passa lungo la linea Baku–Tbilisi–Kars. In linea con le attese.", lang: "it")
    #expect(it.entities.filter { $0.kind == .project }.map(\.label).sorted() == ["ferrovia Bakhty-Ayagoz", "linea Baku–Tbilisi–Kars"])
    let kk = extract("Өнімді серіктестік Бақты кеден бекеті арқылы Шәуешек қаласына жеткізді.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Бақты кеден бекеті" })
  }

  @Test("round 392: a transnational company's legal form, tournaments named Open, Latin given names, the region's akimat unnamed, Italian city names")
  func round392Rules() {
    let ru = extract("Аким Актюбинской области выступил перед делегацией провинции Ганьсу. Генеральный директор ТНК «Жезказган Металл» подписал карту с акиматом области.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Жезказган Металл" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Akimat of Aktobe Region" })
    let it = extract("Zheng, oro olimpico a Parigi, ha perso il China Open contro Aryna Sabalenka e Iga Świątek.", lang: "it")
    #expect(it.entities.contains { $0.kind == .event && $0.label == "China Open" })
    #expect(it.entities.contains { $0.id == "paris" })
    #expect(it.entities.filter { $0.kind == .person }.map(\.label).sorted() == ["Aryna Sabalenka", "Iga Świątek"])
    let en = extract("Kyrgyzstan and China open a lab. China to Open Embassy in Dushanbe.", lang: "en")
    #expect(!en.entities.contains { $0.kind == .event })
  }

  @Test("round 393: a catalogued company's subsidiary named in Latin inside a Russian text")
  func round393Rules() {
    let ru = extract("Подвижной состав поставит завод CRRC Changchun Railway Vehicles из Чанчуня.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "CRRC Changchun Railway Vehicles" })
    #expect(!ru.entities.contains { $0.kind == .project })
  }

  @Test("round 394: a Kazakh remit of verbal nouns joined by \"және\", their object in the accusative, after a sentence-opening adjective, with a dashed pair of countries in lower case; a plural river cue after such an adjective names no river; a quoted name that opens a project is no mention of the town it spells; a Latin run a line of business opens and an event's word closes is an event, the lower-case cue before it in apposition; a research station is a body; a page's \"&amp;\" inside a Latin park's name")
  func round394Rules() {
    let kk = extract("Трансшекаралық өзендерді пайдалану және қорғау жөніндегі қазақстан-қытай бірлескен комиссиясының отырысы өтеді. Тараптар «Достық» бірлескен су торабын пайдалану ережесіне қол қойды.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Трансшекаралық өзендерді пайдалану және қорғау жөніндегі қазақстан-қытай бірлескен комиссиясы" })
    #expect(!kk.entities.contains { $0.kind == .region && $0.label.hasPrefix("Трансшекаралық") })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "«Достық» бірлескен су торабы" })
    #expect(!kk.entities.contains { $0.kind == .city })
    // (a role's word before the remit is no part of it; a joint venture of two countries has no name)
    let role = extract("Министр трансшекаралық өзендерді пайдалану жөніндегі қазақ-қытай бірлескен комиссиясының отырысында сөйледі. Өскемен мен Үрімжі арасында қазақстан-қытай бірлескен кәсіпорны бар.", lang: "kk")
    #expect(role.entities.filter { $0.kind == .organization }.map(\.label) == ["трансшекаралық өзендерді пайдалану жөніндегі қазақ-қытай бірлескен комиссиясы"])
    let it = extract("Le aziende italiane tornano a Tashkent per la fiera Uzbek Textile Expo, che conta 46 espositori.", lang: "it")
    #expect(it.entities.contains { $0.kind == .event && $0.label == "Uzbek Textile Expo" })
    #expect(!it.entities.contains { $0.kind == .organization })
    let en = extract("Li Zhongqin of the Tianshan Glaciological Station said the Kara-Balta Research Station agreed. The Jingwei Textile Machinery stand was busy.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Tianshan Glaciological Station" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Kara-Balta Research Station" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Jingwei Textile Machinery" })
    #expect(!en.entities.contains { $0.kind == .project })
    // (the Chinese People's Political Consultative Conference stays a body)
    let body = extract("He addressed the National Committee of the Chinese People's Political Consultative Conference in Beijing.", lang: "en")
    #expect(body.entities.contains { $0.kind == .organization && $0.label.hasSuffix("Political Consultative Conference") })
  }

  @Test("round 396: an Italian local government by its capitalised noun before its catalogued region or town (\"Regione Lombardia\", \"Comune di Milano\"); the lower-case noun is the place")
  func round396Rules() {
    let it = extract("La missione, organizzata da Regione Lombardia con il Comune di Milano, è partita. La regione Piemonte esporta vino.", lang: "it")
    for label in ["Regione Lombardia", "Comune di Milano"] {
      #expect(it.entities.contains { $0.kind == .organization && $0.subkind == "government" && $0.label == label }, "\(label)")
    }
    #expect(it.entities.first { $0.label == "Regione Lombardia" }?.parent == "lombardy")
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Piedmont" })
    #expect(!it.entities.contains { $0.label == "Regione Piemonte" })
  }

  @Test("round 397: an Italian body's name goes on over \"per\" and an article before a capitalised word; a trust is a body; a town after \"between\" is the first end, no part of the airport after \"and\"; a Kazakh line that sends readers to a channel is page furniture")
  func round397Rules() throws {
    let it = extract("Ieri l'Istituto Centrale per il Restauro ha lavorato a Samarcanda con il Centro Nazionale per la Ricerca.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Istituto Centrale per il Restauro" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Centro Nazionale per la Ricerca" })
    let en = extract("The Aga Khan Trust for Culture works in Bukhara. China Southern Airlines will fly between Urumqi and Issyk-Kul International Airport in Tamchy.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Aga Khan Trust for Culture" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Issyk-Kul International Airport" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Urumqi" })
    let md = "# Газ құбыры салынады\n\nQazaqGaz компаниясы келісімге қол қойды.\n\nТолығырақ: [QazaqGaz сайты](https://qazaqgaz.kz) · Бізді [Telegram](https://t.me/energykz) арнасынан оқыңыз\n"
    let doc = try Loader.decode(Array(md.utf8), path: "kk.md")
    #expect(!doc.text.contains("Telegram"))
    #expect(!ExtractorTests.extractor.extract(doc).entities.contains { $0.label == "Telegram" })
  }

  @Test("round 398: a Roman numeral inside a deposit's name; an Italian programme's English name; supermarkets listed after their plural noun; an Italian town by its province; more Italian given names; a Russian body's indeclinable prefix hyphened to its genitive; a Latin name a Kazakh text calls a project is that project, its brand reading merged, a Latin word opening a Cyrillic sentence in a zone's name")
  func round398Rules() {
    let en = extract("The plant will process concentrate from the Yoshlik I deposit. Then I plant trees.", lang: "en")
    #expect(en.entities.map(\.label) == ["Yoshlik I deposit"])
    let it = extract("Il progetto è sostenuto dal programma EU-Kyrgyz Dairy finanziato dall'Unione europea. I formaggi sono nei supermercati Globus e Frunze. Il casaro Mauro Bellone, di Bra, in provincia di Cuneo, lavora.", lang: "it")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "EU-Kyrgyz Dairy" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Globus" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Frunze" })
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Mauro Bellone" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Bra" })
    let ru = extract("Против выступила Ассоциация интернет-торговли Казахстана.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Ассоциация интернет-торговли Казахстана" })
    let kk = extract("Alatau City: инвесторлар келді. Алматы облысындағы Alatau City жобасына компания инвестиция салады. Alatau City арнайы экономикалық аймағының директоры сөйледі.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Alatau City" && $0.mentions.count == 2 })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Alatau City арнайы экономикалық аймағы" })
    #expect(!kk.entities.contains { $0.kind == .organization })
  }

  @Test("round 399: a quoted Russian name that opens with a country goes on after it; an Italian works noun opens a company's capitalised name; a headline shouted in capitals names no company")
  func round399Rules() {
    let ru = extract("Государственная служба «Кыргызстан почтасы» с декабря возобновит доставку. Министерство иностранных дел Казахстана сообщило об этом.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label.hasSuffix("«Кыргызстан почтасы»") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Ministry of Foreign Affairs of Kazakhstan" })
    let it = extract("KIRGHIZISTAN: APRE A BISHKEK PASTIFICIO CON MACCHINARI ITALIANI\nTra gli acquirenti c'è il Pastificio Garofalo e il Birrificio Baladin.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Pastificio Garofalo" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Birrificio Baladin" })
    #expect(!it.entities.contains { $0.kind == .person || $0.label.contains("PASTIFICIO") })
  }

  @Test("round 400: Markdown's opening emphasis is padding (\"cinese **Shandong Ruyi**\" is one company), its closing one a boundary; a company after a silk mill's noun; Italian district towns and the Minsk Tractor Works catalogued")
  func round400Rules() throws {
    let md = "# Titolo\n\nIl gruppo tessile cinese **Shandong Ruyi** ha acquistato la storica filanda Bukhara Brilliant Silk. Il filato andrà a Como.\n\n- **28 luglio, Ashgabat** — mostra Turkmen Oil and Gas\n"
    let doc = try Loader.decode(Array(md.utf8), path: "it.md")
    #expect(!doc.padding.isEmpty)
    let x = ExtractorTests.extractor.extract(doc)
    #expect(x.entities.contains { $0.kind == .organization && $0.label == "Shandong Ruyi" })
    #expect(!x.entities.contains { $0.label == "Shandong" })
    #expect(x.entities.contains { $0.kind == .organization && $0.label == "Bukhara Brilliant Silk" })
    #expect(x.entities.contains { $0.kind == .city && $0.label == "Como" })
    #expect(!x.entities.contains { $0.label.hasPrefix("Ashgabat —") })
    let ru = extract("Завод выпускает тракторы по лицензии Минского тракторного завода.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Minsk Tractor Works" })
  }

  @Test("round 401: a coordinator before a lower-case word ends a portfolio's holder; a place that closes an Italian body's name hides the places inside it; a compass adjective after the closing place is the body's; seas; the EU's Italian \"Ue\"")
  func round401Rules() {
    let it = extract("Alla firma erano presenti il viceministro degli Esteri Mirko Zannoni e dell'ambasciatore. La Regione Friuli Venezia Giulia ha stanziato fondi. L'Autorità di sistema portuale del Mar Ligure occidentale ha firmato. Le navi arrivano all'Adriatico. La Ue ha approvato.", lang: "it")
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Mirko Zannoni" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Regione Friuli Venezia Giulia" })
    #expect(!it.entities.contains { $0.label == "Venice" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Autorità di sistema portuale del Mar Ligure occidentale" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Adriatic Sea" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "European Union" })
    // (a capitalised portfolio after "and" still continues the title)
    let en = extract("The Minister of Science and Higher Education Sayasat Nurbek and the rector spoke.", lang: "en")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Sayasat Nurbek" })
    #expect(!en.entities.contains { $0.label.contains("Higher Education Sayasat") })
  }

  @Test("round 402: European given names before unknown surnames; a team's name closed by its town after \"squadra\"/\"team\"; the names listed before Kazakh \"облыстары\" are oblasts, towns of the same name or not")
  func round402Rules() {
    let it = extract("Ha vinto Christian Scaroni davanti al colombiano Harold Tejada, suo compagno di squadra. La squadra kazaka XDS Astana festeggia.", lang: "it")
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Christian Scaroni" })
    #expect(it.entities.contains { $0.kind == .person && $0.label == "Harold Tejada" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "XDS Astana" })
    #expect(!it.entities.contains { $0.kind == .city && $0.label == "Astana" })
    let kk = extract("Инспекторлар Павлодар, Қостанай және Абай облыстарындағы кешендерді тексерді.", lang: "kk")
    for region in ["Pavlodar Region", "Kostanay Region", "Abai Region"] {
      #expect(kk.entities.contains { $0.kind == .region && $0.label == region })
    }
    #expect(!kk.entities.contains { $0.kind == .city })
  }

  @Test("round 403: a confederation is a body's cue (Kazakh \"конфедерациясы\" too); Italy's foreign ministry in running text's casing; Otrar catalogued")
  func round403Rules() {
    let kk = extract("Жарыстың ұйымдастырушысы – Азия бокс конфедерациясы (ASBC).", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.mentions.contains { $0.text == "Азия бокс конфедерациясы" } })
    #expect(!kk.entities.contains { $0.label == "Asia" })
    let it = extract("Il progetto è finanziato dal ministero degli Affari esteri e della Cooperazione internazionale. Gli scavi di Otrar riprendono.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Farnesina" })
    #expect(!it.entities.contains { $0.label == "Ministero degli Affari" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Otrar" })
  }

  @Test("round 404: \"Solutions\" closes a company's name; three Italian adjectives before a company's Latin name; \"Università per Stranieri di Perugia\"; a reservoir named after a town does not mention the town")
  func round404Rules() {
    let en = extract("Analysts at Fitch Solutions expect growth.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Fitch Solutions" })
    let it = extract("Un'intesa con la compagnia elettrica statale uzbeka Thermal Power Plants. L'Università per Stranieri di Perugia aprirà un centro.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Thermal Power Plants" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Università per Stranieri di Perugia" })
    let kk = extract("Бұл Қапшағай су қоймасы мен Балқаш көлінің деңгейіне әсер етеді.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Қапшағай су қоймасы" })
    #expect(!kk.entities.contains { $0.kind == .city })
  }

  @Test("round 405: a Russian body's remit after its country (and no further); a Kazakh regional department named with its region; a consul's town with \"қаласындағы\"; a fund as a describing noun; an Italian building's capitalised noun")
  func round405Rules() {
    let ru = extract("Агентство Республики Казахстан по финансовому мониторингу (АФМ) пресекло деятельность фермы. Государственный комитет Республики Узбекистан по геологии и минеральным ресурсам и китайская компания подписали соглашение.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Агентство Республики Казахстан по финансовому мониторингу" && $0.mentions.contains { $0.text == "АФМ" } })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Государственный комитет Республики Узбекистан по геологии и минеральным ресурсам" })
    let kk = extract("Рәсімге Қазақстанның Сиань қаласындағы бас консулы Дамир Сабырбаев қатысты. Жобаны Жамбыл облысы денсаулық сақтау басқармасы жүзеге асырды. Жобаны облыстық денсаулық сақтау басқармасы қолдады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Consulate General of Kazakhstan in Xi'an" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Жамбыл облысы денсаулық сақтау басқармасы" })
    #expect(!kk.entities.contains { $0.label.hasPrefix("Жобаны") })
    let it = extract("Il debutto è stato reso possibile dal fondo cinese Shanghai Fosun Fashion. Ha sfilato nella Sala delle Cariatidi di Palazzo Reale.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Shanghai Fosun Fashion" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "Palazzo Reale" })
  }

  @Test("rounds 406–407: \"и\" before another body's cue ends a Russian body's name; \"экспозиция\" is an event's cue, a present-plural verb no part of one; \"new\" inside a Kazakh route's name; e-commerce companies and Kapshagay catalogued; a place's possessive company before a full stop; \"Open-pit\" is no site; a faction's hyphened name; an English company word closes a name before Italian \"di\"; a basin named after a town does not mention it")
  func rounds406and407Rules() {
    let ru = extract("Гостям показали выступления Шанхайского театра пекинской оперы и ансамбля народного танца. В зале открылась экспозиция «Шелковый путь: Мерв и Дуньхуан». Средства выделил фонд, а выставку готовят историки Ошского государственного университета.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Шанхайский театр пекинской оперы" })
    #expect(ru.entities.contains { $0.kind == .event && $0.mentions.contains { $0.text.contains("Шелковый путь: Мерв и Дуньхуан") } })
    #expect(!ru.entities.contains { $0.kind == .event && $0.label.contains("готовят") })
    let kk = extract("ҚТЖ Бақты – Аягөз жаңа темір жолын пайдалануға береді.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.mentions.contains { $0.text == "Бақты – Аягөз жаңа темір жолын" } })
    let en = extract("AliExpress and Shein opened warehouses in Kapshagay. The mine was taken over from Canada's Centerra Gold. Open-pit reserves will run out. Dastan Bekeshev of the Ata-Jurt faction spoke.", lang: "en")
    for label in ["Shein", "Centerra Gold", "Ata-Jurt"] { #expect(en.entities.contains { $0.kind == .organization && $0.label == label }) }
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Konayev" })
    #expect(!en.entities.contains { $0.label == "Open-pit" })
    let it = extract("Il centro usa apparecchiature della Nidek Technologies di Albignasego. Il bacino di Kapshagay è sceso.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Nidek Technologies" })
    #expect(!it.entities.contains { $0.kind == .city && $0.label == "Konayev" })
  }

  @Test("round 408: a Russian legal form written out before a quoted name; a quote opening the next sentence describes nothing; a cue that \"for\" follows is left to the cue rules after a describing noun; \"Technology\" closes a company's name; \"partito\" as a describing noun")
  func round408Rules() {
    let ru = extract("Акционерное общество «Казахстанский электролизный завод» (КЭЗ) подписало контракт. Цена привязана к Шанхайской фьючерсной бирже. «Это снижает риски», — пояснил он.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Казахстанский электролизный завод" && $0.mentions.contains { $0.text == "КЭЗ" } })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Шанхайская фьючерсная биржа" })
    let en = extract("Critics, including the think tank Center for Economic Research and Reforms (CERR), warn. A plant by Jiangsu Zhongtian Technology makes cables.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Center for Economic Research and Reforms" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Jiangsu Zhongtian Technology" })
    #expect(!en.entities.contains { $0.label == "Center" || $0.label == "Jiangsu" })
    let it = extract("Il deputato Ulan Primov, del partito Social Democrati, ha chiesto il contratto.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Social Democrati" })
  }

  @Test("round 409: a dialogue line's dash opens the sentence; a Russian surname in -ин in the dative; a region with its cue opens a department's name and is mentioned; a Kazakh village's name may open the sentence before its possessive cue; a town before \", sede\"/\", home of\"; a Kazakh route's dative end before \"дейін\"")
  func round409Rules() {
    let ru = extract("— Как дела?\n\n— Компания Xinjiang Tianshan Logistics готова. Мы направили письмо вице-министру Талгату Ласкарину.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Xinjiang Tianshan Logistics" })
    #expect(!ru.entities.contains { $0.label.hasPrefix("Компания") })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Talgat Laskarin" })
    let kk = extract("Бұл туралы Жетісу облысы кәсіпкерлік және туризм басқармасының басшысы мәлімдеді. Қабанбай ауылының тұрғыны айтты. Үрімжі мен Құлжадан Ақшиге дейін автобус қатынайды. Бұл қаласы әдемі.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Zhetysu Region" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Жетісу облысы кәсіпкерлік") })
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Қабанбай" })
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Ақши" && $0.mentions.contains { $0.text == "Ақшиге" } })
    #expect(!kk.entities.contains { $0.label == "Бұл" })
    let en = extract("The Zhetysu Region Department of Tourism agreed. The chief executive flew in from Buttrio, home of the company, on Monday.", lang: "en")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Zhetysu Region" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Buttrio" })
    let it = extract("L'amministratore delegato, arrivato da Buttrio, sede storica dell'azienda, ha parlato. Qarmet ha rilevato gli impianti di ArcelorMittal.", lang: "it")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Buttrio" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "ArcelorMittal" })
  }

  @Test("round 410: a natural feature a body's name is named after hides the shorter place names inside it; a historical realm's cue (\"regno di\", \"Kingdom of\")")
  func round410Rules() {
    let en = extract("Experts at the International Innovation Center for the Aral Sea Basin welcomed the plan. The Kingdom of Khuttal fell.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "International Innovation Center for the Aral Sea Basin" })
    #expect(!en.entities.contains { $0.kind == .city && $0.label == "Aral" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Khuttal" })
    let it = extract("Gli archeologi scavano a Hulbuk, l'antica capitale del regno di Khuttal. Il Regno Unito ha firmato.", lang: "it")
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Khuttal" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "United Kingdom" })
  }

  @Test("round 411: a Russian regional department in lower case; a Kazakh crossing's name before \"бекеті\"; \"қызметі\" closes a Kazakh body's name, not a press service's; a river named after a prefecture")
  func round411Rules() {
    let ru = extract("Организаторами выступили министерство, управление культуры Карагандинской области и корпорация China Film Group. Письмо ушло в департамент полиции города Алматы. Управление проектом возложено на акимат.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Управление культуры Карагандинской области" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Департамент полиции города Алматы" })
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Karaganda Region" })
    #expect(ru.entities.contains { $0.kind == .city && $0.label == "Almaty" })
    let kk = extract("Қырғыз тарапынан Ақ-Жол бекетінде жөндеу жүріп жатыр. Қырғызстанның Мемлекеттік салық қызметінің өкілі айтты. Бұл туралы ҚР СІМ баспасөз қызметі хабарлады.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Ақ-Жол" })
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Мемлекеттік салық қызметі" })
    #expect(!kk.entities.contains { $0.label.contains("баспасөз") })
    let en = extract("Data from the Chinese side, where the Bortala River begins, showed the same trend.", lang: "en")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Bortala River" })
    #expect(!en.entities.contains { $0.label == "Bortala Mongol Autonomous Prefecture" })
  }

  @Test("round 412: a town's name after an article is the lake of that name the text has named; a guesthouse's or hotel's town; nature reserves catalogued")
  func round412Rules() {
    let en = extract("Lake Balkhash is shrinking. Experts fear for the Balkhash, already drained. The Raduga guesthouse in Koshkol is full. In Balkhash, the smelter works. Rangers of the Aksu-Zhabagly Nature Reserve agree.", lang: "en")
    let lake = en.entities.first { $0.label == "Lake Balkhash" }
    #expect(lake?.mentions.map(\.text) == ["Lake Balkhash", "Balkhash"])
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Balkhash" && $0.mentions.count == 1 })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Koshkol" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Aksu-Zhabagly Nature Reserve" })
    let it = extract("Il lago Balkhash si ritira. Gli ambientalisti temono per l'ecosistema del Balkhash, già provato.", lang: "it")
    #expect(!it.entities.contains { $0.kind == .city && $0.label == "Balkhash" })
  }

  @Test("round 413: Georgian surnames (-dze, -shvili) name persons; Ant Group and Ant International catalogued")
  func round413Rules() {
    let en = extract("Mikheil Lomtadze, Kaspi's chief executive, met Irakli Garibashvili after a deal with Ant International, an arm of Ant Group.", lang: "en")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Mikheil Lomtadze" })
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Irakli Garibashvili" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Ant International" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Ant Group" })
  }

  @Test("round 414: a name its place cue follows after \"mountains of\" is the district's; a centre's cue opening the sentence with lower-case words only is no name; a man's name after a role with a long listed complement is declined")
  func round414Rules() {
    let en = extract("PowerChina has begun building the plant in the mountains of Bostanliq District, near Tashkent.", lang: "en")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Bostanliq District" })
    #expect(!en.entities.contains { $0.label.hasPrefix("mountains") })
    let ru = extract("Центр управления полётами останется в Акколе. Документ подписан в ходе визита министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан Жаслана Мадиева.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Центр") })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Zhaslan Madiev" })
  }

  @Test("round 415: a think tank's quoted name after \"центра\"; \"ГОК\" names a plant, a hyphenated adjective read whole; \"Faculty\" opens a body's name; an Italian company's name goes on over \"dell'\"; caves by their name")
  func round415Rules() {
    let ru = extract("Авторы доклада душанбинского аналитического центра «Ховар-Анализ» пришли к выводу. Там работает «Анзобский ГОК». Соколовско-Сарбайский ГОК вырос.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Ховар-Анализ" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Анзобский ГОК" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Соколовско-Сарбайский ГОК" })
    let en = extract("The lab, housed in the Faculty of Information Technology, trains students. Tourists visit the Mogao Caves.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Faculty of Information Technology" })
    #expect(!en.entities.contains { $0.label == "Information Technology" })
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Mogao Caves" })
    let it = extract("Il tour operator milanese Viaggi dell'Elefante lancia un itinerario. Il gruppo visiterà le grotte di Bezeklik.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Viaggi dell'Elefante" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "grotte di Bezeklik" })
  }

  @Test("round 416: Kazakh oil producers catalogued by their Kazakh, Russian and Latin names")
  func round416Rules() {
    let kk = extract("Sinopec компаниясы мен «Өзенмұнайгаз» акционерлік қоғамы орталық ашты. «СНПС-Ақтөбемұнайгаз» жұмыс істейді.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "ozenmunaigas" && $0.label == "Ozenmunaigas" })
    #expect(kk.entities.contains { $0.id == "cnpc-aktobemunaigas" })
    let it = extract("La Cina controlla già PetroKazakhstan e parte di Mangistaumunaigas.", lang: "it")
    #expect(it.entities.contains { $0.id == "petrokazakhstan" })
    #expect(it.entities.contains { $0.id == "mangistaumunaigas" })
  }

  @Test("round 417: a Kazakh noun in the genitive before \"ауданы\" owns an area, not a district; a Kazakh town's capitalised dateline is the catalogued town")
  func round417Rules() {
    let kk = extract("ЕСІК, 3 маусым. Кешеннің ауданы 40 гектар. Еңбекшіқазақ ауданында жылыжай ашылды.", lang: "kk")
    #expect(kk.entities.contains { $0.id == "esik" })
    #expect(!kk.entities.contains { $0.label.hasPrefix("Кешеннің") })
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Еңбекшіқазақ ауданы" })
  }

  @Test("round 418: a company's cue opening a sentence with only common nouns names no company; a regional department serves the place after \"по\"; \"il comune di\" is the town's administration; Kazakh venues named after a person or by a capitalised word; a ring road")
  func round418Rules() {
    let ru = extract("Головная компания подрядчика зарегистрирована в Урумчи. Компания пришла из Китая. Иск подал департамент государственной инспекции труда по ВКО.", lang: "ru")
    #expect(!ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Головная") })
    #expect(!ru.entities.contains { $0.kind == .organization && $0.label.hasPrefix("Компания") })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Департамент государственной инспекции труда по ВКО" })
    let it = extract("L'incontro, organizzato dal comune di Samarcanda, si è svolto ieri. È un progetto comune di Kirghizistan e Cina. Vive nel comune di Osh.", lang: "it")
    #expect(it.entities.filter { $0.kind == .organization }.map(\.label) == ["Khokimiyat of Samarkand"])
    let kk = extract("Турнир «Қажымұқан Мұңайтпасұлы» атындағы орталық стадионда өтті. Жарыс Абай атындағы спорт кешенінде өтті. Ву Лэй гол соқты. Кездесу Алматыдағы Орталық стадионда өтеді.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "«Қажымұқан Мұңайтпасұлы» атындағы орталық стадионы" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Абай атындағы спорт кешені" })
    #expect(kk.entities.contains { $0.kind == .project && $0.label == "Орталық стадионы" })
    #expect(kk.entities.contains { $0.kind == .person && $0.label == "Wu Lei" })
    let en = extract("Chargers will stand along the Small Ring Road. Cars are imported from Chongqing by Changan.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Small Ring Road" })
    #expect(en.entities.contains { $0.id == "changan" })
  }

  @Test("round 419: a fund named by one capitalised adjective is a body; \"Every\" opens no name; a dairy in apposition is a company")
  func round419Rules() {
    let ru = extract("Данные хранят государственные органы, в том числе Государственной налоговой службы и Социального фонда.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Социальный фонд" })
    let en = extract("The shipment comes from Saumal, a dairy near Beineu. \"Every farm had to be inspected,\" she said.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Saumal" })
    #expect(!en.entities.contains { $0.kind == .project })
  }

  @Test("round 420: a hospital whose owning university has a lower-case adjective in its name is one body; Turtkul catalogued")
  func round420Rules() {
    let ru = extract("Врачи из Первой клинической больницы Синьцзянского медицинского университета приехали из Турткуля.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Первая клиническая больница Синьцзянского медицинского университета" })
    #expect(!ru.entities.contains { $0.label == "Первая клиническая больница" })
    #expect(ru.entities.contains { $0.id == "novyy-turtkul" && $0.label == "Turtkul" })
  }

  @Test("round 422: a Kazakh month named like a town is the month; a body the catalogue writes in lower case is matched so; a place opening a quoted brand is no mention of it; stressed adjectives of facilities")
  func round422Rules() {
    let kk = extract("Қазан айының алғашқы екі аптасында жүк жөнелтілді. 17 қазан күні делегация келді. Мәжіліс депутаты сөйледі.", lang: "kk")
    #expect(!kk.entities.contains { $0.label == "Kazan" })
    #expect(kk.entities.contains { $0.id == "mazhilis" })
    let city = extract("Делегация Қазан қаласынан келді.", lang: "kk")
    #expect(city.entities.contains { $0.label == "Kazan" })
    let ru = extract("Проверка прошла на строительстве жилого комплекса «Жетысу Резиденс» в Конаеве. Депутат мажилиса Ерлан Саиров предложил.", lang: "ru")
    #expect(ru.entities.contains { $0.id == "mazhilis" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "жилой комплекс «Жетысу Резиденс»" })
    #expect(!ru.entities.contains { $0.kind == .region })
  }

  @Test("round 423: a road's section named by its ends (\"участок Куляб – Калаихумб\"); observatories in the plural head a body's name")
  func round423Rules() {
    let ru = extract("Подрядчики построили участок Куляб – Калаихумб на границе с Афганистаном.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "участок Куляб – Калаихумб" })
    let en = extract("It will be operated together with the National Astronomical Observatories of China.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "National Astronomical Observatories of China" })
  }

  @Test("round 424: a plant named by its town's adjective the catalogue read as the town; a code-named exercise is its quoted name; a people's adjective and a common noun end no event's name; towns listed with an unknown name after a plural deposit noun are deposits")
  func round424Rules() {
    let ru = extract("Руду поставит комбинат, а электроэнергию — Актюбинская ТЭЦ.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Актюбинская ТЭЦ" })
    let en = extract("Special forces began a joint exercise code-named \"Tianshan-2033\" near Yining. It was the first such exercise on Chinese soil since 2019.", lang: "en")
    #expect(en.entities.filter { $0.kind == .event }.map(\.label) == ["Tianshan-2033"])
    #expect(!en.entities.contains { $0.kind == .region })
    let it = extract("La produzione salirà grazie ai nuovi giacimenti di Nurbulak e Aktau.", lang: "it")
    #expect(it.entities.filter { $0.kind == .project }.count == 2)
    #expect(!it.entities.contains { $0.kind == .city })
  }

  @Test("round 425: a capitalised Russian event cue inside a sentence goes on over lower-case genitives to the places whose event it is; Kloop and Middle Corridor Multimodal catalogued")
  func round425Rules() {
    let ru = extract("В университете завершился третий Форум ректоров университетов Китая и Центральной Азии. В нём приняли участие 85 вузов.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .event && $0.label.hasSuffix("ректоров университетов Китая и Центральной Азии") })
    let en = extract("Partner Li Hongbo told Kloop the wool was good. The trip was organised by Middle Corridor Multimodal.", lang: "en")
    #expect(en.entities.contains { $0.id == "kloop" })
    #expect(en.entities.contains { $0.id == "middle-corridor-multimodal" })
  }

  @Test("round 426: a macro-region joined by \"и\" to another party inside an event's name is mentioned; FRECC catalogued")
  func round426Rules() {
    let ru = extract("В университете завершился третий Форум ректоров университетов Китая и Центральной Азии. Ток покупает Расчетно-финансовый центр по поддержке ВИЭ.", lang: "ru")
    #expect(ru.entities.contains { $0.label == "Central Asia" })
    #expect(ru.entities.contains { $0.id == "frecc" })
    let it = extract("L'energia verrà acquistata dall'operatore KEGOC e dal centro FRECC.", lang: "it")
    #expect(it.entities.contains { $0.id == "frecc" })
  }

  @Test("round 427: a country's and a field's adjective before a union's cue name a national union (at a sentence's start too), and a bare genitive plural (\"шахмат\") completes a federation; one noun of a field after a catalogued school names another school; Palladius's hard sign before и parts syllables (\"Чжунъи\"); Bu is a Chinese surname; more Central Asian given names; a capitalised place adjective between a genitive role and a man's name keeps the name declined")
  func round427Rules() {
    let ru = extract("Турнир организовала Казахстанская федерация шахмат при поддержке Китайской шахматной ассоциации. Китайская футбольная ассоциация заявила о сборах. Третье место занял Бу Сянчжи, а лучшей стала Жансая Абдумалик, опередившая Тань Чжунъи. По словам исполнительного директора Казахстанской федерации шахмат Дархана Асадилова, в Алматы откроется академия при участии Пекинского университета спорта.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Казахстанская федерация шахмат" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Китайская шахматная ассоциация" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Китайская футбольная ассоциация" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Пекинский университет спорта" })
    #expect(!ru.entities.contains { $0.label == "Peking University" })
    for name in ["Bu Xiangzhi", "Tan Zhongyi", "Zhansaya Abdumalik", "Darkhan Asadilov"] {
      #expect(ru.entities.contains { $0.kind == .person && $0.label == name }, "\(name)")
    }
    // (a country's adjective and the cue alone stay a description)
    let plain = extract("Китайская ассоциация направила письмо.", lang: "ru")
    #expect(!plain.entities.contains { $0.kind == .organization })
    #expect(Transliteration.pinyin(fromPalladius: "цзинъань") == "jingan")
  }

  @Test("round 428: Russian ministries' abbreviations before a country (МВД, Минфин); two events each named after a different name stay two; a headline's acronym joins the one longer body holding it; a catalogued body's name and a generic word (\"Khabar Agency\") are that body; Xiangshan is not Zhongshan")
  func round428Rules() {
    let ru = extract("Камеры подключат к ситуационному центру МВД Узбекистана. Кредит одобрил Минфин Кыргызстана.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Министерство внутренних дел Узбекистана" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Министерство финансов Кыргызстана" })
    let en = extract("The studios met at the Shanghai International Film Festival. The premiere is expected at the Eurasia International Film Festival in Astana. Kazakhstan's Khabar Agency signed the deal; Khabar will air the films shot at the Xiangshan film base.", lang: "en")
    #expect(en.entities.filter { $0.kind == .event }.count == 2)
    #expect(en.entities.filter { $0.kind == .organization && $0.label.hasPrefix("Khabar") }.map(\.id) == ["khabar"])
    #expect(!en.entities.contains { $0.id == "zhongshan" })
    let it = extract("Turkmenistan, una vetreria della cinese CAMC\n\nLa società cinese China CAMC Engineering costruirà a Türkmenabat uno stabilimento.", lang: "it")
    #expect(it.entities.filter { $0.kind == .organization }.map(\.label) == ["China CAMC Engineering"])
  }

  @Test("round 430: a catalogued company's name and generic words after it (\"Zoomlion Heavy Industry\") are that company; a brand is not the body named after it and a town (\"XDS\", \"XDS Astana Team\"), though a country inside a name does not part it (\"Sunac China Holdings\"); an acronym in brackets after a body is that body's wherever the text writes it")
  func round430Rules() throws {
    let en = extract("Bishkek received machines made by Zoomlion Heavy Industry. Drivers trained at the Zoomlion plant. Sunac China Holdings will invest; Sunac said the resort would open.", lang: "en")
    #expect(en.entities.filter { $0.kind == .organization }.map(\.id).sorted() == ["sunac-china-holdings", "zoomlion"])
    let it = extract("La squadra XDS Astana Team, sponsorizzata dal produttore cinese di biciclette Xidesheng (XDS), ha presentato un progetto. XDS ha sede a Shenzhen.", lang: "it")
    let team = try #require(it.entities.first(where: { $0.label == "XDS Astana Team" }))
    let brand = try #require(it.entities.first(where: { $0.label == "Xidesheng" }))
    #expect(team.mentions.map(\.text) == ["XDS Astana Team"])
    #expect(brand.mentions.map(\.text) == ["Xidesheng", "XDS", "XDS"])
  }

  @Test("round 431: a lower-case compound adjective inside a body's name; a short agreement phrase opening a sentence before its verb is no title, unless quoted; a headline's one-word company joins the body's longer name after every pass; a site's name (\"Alem.ai\") is a company; an Italian stadium named after a person; Singapore is one place")
  func round431Rules() {
    let ru = extract("Форум организовал Харбинский ветеринарный научно-исследовательский институт. Соглашение о подготовке кадров подписал также университет. Соглашение о «зелёном коридоре» подписали министры.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Харбинский ветеринарный научно-исследовательский институт" })
    #expect(ru.entities.filter { $0.kind == .project }.map(\.label) == ["Соглашение о «зелёном коридоре»"])
    let en = extract("Astana Hub signs pact with China's Zhipu\n\nAstana Hub has signed an agreement with the Beijing-based company Zhipu AI. Zhipu, spun out of Tsinghua University, will work with the Alem.ai centre and a Singapore-based programme.", lang: "en")
    #expect(en.entities.filter { $0.label.hasPrefix("Zhipu") }.map(\.label) == ["Zhipu AI"])
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Alem.ai" })
    #expect(en.entities.filter { $0.label == "Singapore" }.count == 1)
    let it = extract("La Cina finanzierà la ristrutturazione dello stadio Dolen Omurzakov di Bishkek.", lang: "it")
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasPrefix("stadio Dolen Omurzakov") })
    #expect(!it.entities.contains { $0.kind == .person })
  }

  @Test("round 433: a museum's cue in any case (\"Шанхайского музея\", \"в Национальном музее … имени …\"); a role before a museum's noun makes the name after it the role's holder")
  func round433Rules() {
    let ru = extract("Картины из собрания Шанхайского музея показали в Национальном музее изобразительных искусств имени Гапара Айтиева. По словам директора музея Майрамкан Абылкасымовой, выставка продлится до февраля.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Шанхайский музей" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Национальный музей изобразительных искусств имени Гапара Айтиева" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Mayramkan Abylkasymova" })
    #expect(!ru.entities.contains { $0.label.hasPrefix("музей") })
  }

  @Test("round 434: a plain plural's possessive with no body's cue before it opens a body's name (\"Kyrgyz Beekeepers' Association\"); after a body's name it still parts two bodies")
  func round434Rules() {
    let en = extract("Aibek Sadyrbekov, head of the Kyrgyz Beekeepers' Association, spoke. The Academy of Sciences' Center of Genomics opened.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Kyrgyz Beekeepers' Association" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Academy of Sciences" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Center of Genomics" })
  }

  @Test("round 435: a company's last words after the place that opens its name are that company (\"Andre Juice\"); an English noun with a surname's ending is no surname (\"Tamga Mountain\"); a town the text reads stays apart from a company named after it; a capitalised English cue names nothing after it, but a feature word widens it (\"Pearl River Delta\"); a capitalised Italian \"Città\" opens a landmark's name")
  func round435Rules() {
    let ru = extract("Компания Yantai North Andre Juice подписала соглашение. Вице-президент Andre Juice Чжан Лихуа заявил об этом.", lang: "ru")
    let andre = ru.entities.filter { $0.kind == .organization && $0.label.hasSuffix("Andre Juice") }
    #expect(andre.count == 1 && andre.first?.label == "Yantai North Andre Juice" && andre.first?.mentions.count == 2)
    let en = extract("JYRGALAN — The Jyrgalan ski base will open in December. The base is owned by the Jyrgalan Mountain Resort company. Jyrgalan gives skiers deep snow, and buses run between Tamchy and Jyrgalan. Goods from the Pearl River Delta go to Navoi; guests stay at the Tamga River Hotel.", lang: "en")
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Jyrgalan Mountain Resort" && $0.mentions.allSatisfy { $0.text != "Jyrgalan" } })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Pearl River Delta" })
    #expect(!en.entities.contains { $0.label.hasSuffix("River Hotel") })
    let it = extract("La mostra è aperta nella Città Proibita a Pechino, non lontano dalla città di Tianjin.", lang: "it")
    #expect(!it.entities.contains { $0.label == "Proibita" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Tianjin" })
  }

  @Test("round 436: a Russian feature's name that ends as an adjective does is a name before a function word (\"на реке Пскем в …\"); a town's name that is a common given name opens a person's name before a surname (\"said Vladimir Mayer\"); a Markdown page's front matter keeps its title but not its publisher")
  func round436Rules() throws {
    let ru = extract("Компания построила каскад малых ГЭС на реке Пскем в Ташкентской области.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "река Пскем" })
    let en = extract("\"China is our market,\" said Vladimir Mayer, the company's director general, in Kostanay.", lang: "en")
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Vladimir Mayer" })
    #expect(!en.entities.contains { $0.kind == .city && $0.label == "Vladimir" })
    let md = "---\ntitle: \"Pellets from Rudny head to Hebei\"\nsource: Central Asia Metals Review\nauthor: Staff\n---\n\nThe plant in Rudny will ship pellets to Hebei province.\n"
    let doc = try Loader.decode(Array(md.utf8), path: "p.md")
    let x = ExtractorTests.extractor.extract(doc)
    #expect(!x.entities.contains { $0.label.hasPrefix("Central Asia") })
    #expect(x.entities.first { $0.label == "Rudny" }?.mentions.count == 2)
  }

  @Test("round 437: after an Italian company noun and what it says of the company, the capitalised words are the company's, a town's name first or a person's reading aside (\"la cooperativa di pescatori Aral Balyk\"); \"porto peschereccio di\" names a port; the Small Aral Sea is catalogued; a list heading with no colon (\"More from Regions\") heads the links after it")
  func round437Rules() throws {
    let it = extract("Lo racconta il direttore della cooperativa di pescatori Aral Balyk. Anche la cooperativa agricola Kambala Balyk esporta. Il Piccolo Aral rinasce; si pesca fino al porto peschereccio di Tastubek.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Aral Balyk" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Kambala Balyk" })
    #expect(!it.entities.contains { $0.kind == .person })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Small Aral Sea" })
    #expect(it.entities.contains { $0.kind == .project && $0.label.hasSuffix("di Tastubek") })
    let html = "<p>The terminal in Fergana will open in 2032.</p><div class=\"more\"><h4>More from Regions</h4><a href=\"/a1\">Namangan textile park adds two factories</a><br><a href=\"/a2\">Andijan farmers switch to drip irrigation</a></div>"
    let x = ExtractorTests.extractor.extract(try Loader.decode(Array(html.utf8), path: "m.html"))
    #expect(x.entities.contains { $0.label == "Fergana" })
    #expect(!x.entities.contains { $0.label.contains("Namangan") || $0.label.contains("Andijan") })
  }

  @Test("round 438: an Italian complex of monuments is no short name of the town's other site (\"complesso architettonico di Uzgen\", \"minareto di Uzgen\"); a palace is named by the words before it; Amir Temur is catalogued; capitals joined by \"&\" are one acronym (\"Xiamen C&D\"), a term's acronym names nothing (\"R&D\")")
  func round438Rules() {
    let it = extract("I lavori al minareto di Uzgen sono iniziati. Il progetto comprende anche il restauro del complesso architettonico di Uzgen.", lang: "it")
    #expect(it.entities.filter { $0.kind == .project }.count == 2)
    let en = extract("The mill stands near the Ak-Saray palace of Amir Temur. Its R&D centre opened in Karshi.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Ak-Saray palace" })
    #expect(en.entities.contains { $0.kind == .person && $0.label == "Amir Temur" })
    #expect(!en.entities.contains { $0.label.contains("R&D") || $0.label == "D" })
    let kk = extract("Бүгін Xiamen C&D компаниясы келісімге қол қойды. Xiamen C&D өкілі сөйледі.", lang: "kk")
    #expect(kk.entities.count == 1 && kk.entities.first?.label == "Xiamen C&D" && kk.entities.first?.mentions.count == 2)
  }

  @Test("round 439: a company's first words with a connector in them are that company (\"Sichuan Road and Bridge\"); a town's name that opens the text's one company, before a company's noun, is that company; a name between a preposition and \"in the … region\" is a town; a named \"facility\"; an Italian institute closed by the body it belongs to; Italian adjectives in -are; the Soviet Union and the Semipalatinsk Test Site catalogued")
  func round439Rules() {
    let ru = extract("Контракт подписала корпорация Sichuan Road and Bridge Group. Ранее Sichuan Road and Bridge уже построила развязки.", lang: "ru")
    #expect(ru.entities.count == 1 && ru.entities.first?.label == "Sichuan Road and Bridge Group" && ru.entities.first?.mentions.count == 2)
    let kk = extract("Корпорация Tongling Nonferrous Metals компаниясымен келісімшарт жасасты. Tongling компаниясының вице-президенті қол қойды.", lang: "kk")
    #expect(kk.entities.first { $0.label == "Tongling Nonferrous Metals" }?.mentions.count == 2)
    #expect(!kk.entities.contains { $0.kind == .city })
    let en = extract("Work on the Gazli underground gas storage facility begins in January; a second site is studied at Bulakbashi in the Andijan region.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Gazli underground gas storage facility" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Bulakbashi" })
    let it = extract("Ha firmato con l'Istituto di fisica del plasma dell'Accademia cinese delle scienze. Il Centro solare nazionale del Tagikistan ha firmato. Il poligono di Semipalatinsk fu chiuso dall'Unione Sovietica.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Istituto di fisica del plasma" })
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Centro solare nazionale del Tagikistan" })
    #expect(it.entities.contains { $0.kind == .project && $0.label == "Semipalatinsk Test Site" })
    #expect(it.entities.contains { $0.kind == .region && $0.label == "Soviet Union" })
  }

  @Test("round 440: a Russian deposit's adjective-like name before a function word (\"месторождения Комаровское в …\"); \"diga naturale di\" names a dam; a country's common name in Russian is its label (\"Лаос\", not only the formal name)")
  func round440Rules() {
    let ru = extract("СП создано для освоения золоторудного месторождения Комаровское в Житикаринском районе. Компания работает в Лаосе.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "месторождение Комаровское" })
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Laos" })
    let it = extract("Un terremoto creò la diga naturale di Usoi nella valle del fiume Murghab.", lang: "it")
    #expect(it.entities.contains { $0.kind == .project && $0.label == "diga naturale di Usoi" })
  }

  @Test("round 441: a Cyrillic name after a company's first Latin words ends them, so they are still the company's short name (\"Henan Zhongbo Ли Цзюнь\")")
  func round441Rules() {
    let ru = extract("Линии обжига поставила китайская компания Henan Zhongbo Machinery. Представитель Henan Zhongbo Ли Цзюнь отметил, что это третий проект.", lang: "ru")
    #expect(ru.entities.first { $0.label == "Henan Zhongbo Machinery" }?.mentions.count == 2)
    #expect(!ru.entities.contains { $0.kind == .region })
  }

  @Test("round 442: a long name before \", known as\" and a catalogued short one is that body's; a town a cue names in another spelling is the catalogued town; two adjectives joined by \"и\" before a plural \"месторождений\" are two deposits; a naming word up to eight words after \"проект\"; \"Irrigation\" closes a company's name")
  func round442Rules() {
    let en = extract("The Uzbek Cotton and Textile Association, known as Uztextileprom, backed the mill. Seeds came from Xinjiang Tianye Water Saving Irrigation, which builds drip lines.", lang: "en")
    #expect(en.entities.first { $0.label == "Uztextileprom" }?.mentions.count == 2)
    #expect(!en.entities.contains { $0.label == "Uzbek Cotton and Textile Association" })
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Xinjiang Tianye Water Saving Irrigation" })
    let it = extract("I tubi arrivano a Zhetysai. Una seconda linea sarà costruita nella città di Zhetysai.", lang: "it")
    #expect(it.entities.filter { $0.kind == .city }.map(\.label) == ["Zhetysay"])
    let ru = extract("Сырьем станут руды Южного и Восточного месторождений. Проект стоимостью 2,5 миллиарда долларов получил название «Степной никель».", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Южное месторождение" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Восточное месторождение" })
    #expect(ru.entities.contains { $0.kind == .project && $0.label == "Степной никель" })
  }

  @Test("round 444: a town's name before a lower-case \"regional\" is the region named after it; a range, site or ground after a test, missile or launch word is a project, a mountain range is not")
  func round444Rules() {
    let en = extract("The Pavlodar regional budget will pay for the pipes. Engineers visited the Kapustin Yar missile test range and the Tian Shan mountain range.", lang: "en")
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Pavlodar Region" })
    #expect(!en.entities.contains { $0.kind == .city })
    #expect(en.entities.contains { $0.kind == .project && $0.label.hasPrefix("Kapustin Yar") })
    #expect(!en.entities.contains { $0.kind == .project && $0.label.contains("Tian Shan") })
  }

  @Test("round 445: an English plant named in title case that is bought a share of, has an officer or speaks is the company that runs it; one that only produces stays a project")
  func round445Rules() {
    let en = extract("The group will buy 30 percent of Shymkent Cable Plant. Shymkent Cable Plant chief executive Arman Sadykov welcomed the deal. Output at the Aktobe Chromium Plant rose.", lang: "en")
    #expect(en.entities.first { $0.label == "Shymkent Cable Plant" }?.kind == .organization)
    #expect(en.entities.first { $0.label == "Aktobe Chromium Plant" }?.kind == .project)
  }

  @Test("round 446: 'Oils' closes a company's name; an English district named after a person's given name and surname keeps both; Bulaevo is a catalogued town")
  func round446Rules() {
    let en = extract("Its local arm, Karabalyk Kazakhstan Oils, signed the lease with the akimat of Gabit Musrepov district. The seed will be crushed in Bulaevo.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Karabalyk Kazakhstan Oils" })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Gabit Musrepov District" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Bulayevo" })
  }

  @Test("round 447: 'Road and Bridge' is one builder's name; a country's adjective opens no list of lakes; the Ala-Too ranges are catalogued, and a valley is not the range its name opens")
  func round447Rules() {
    let en = extract("The Chinese company Sichuan Road and Bridge Group is rebuilding the road. Chinese visitors want lakes, treks in the Terskey Ala-Too and the Talas valley.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Sichuan Road and Bridge Group" })
    #expect(!en.entities.contains { $0.label.hasSuffix("Road") || $0.label.contains("Lakes") })
    #expect(en.entities.contains { $0.kind == .region && $0.label == "Terskey Ala-Too" })
    #expect(!en.entities.contains { $0.label == "Talas Ala-Too" })
  }

  @Test("round 448: a Russian court named by the adjective of a town's former name (\"Актюбинском областном суде\"); an adverb ends no body's name; a coined Latin name with a capital inside is a company, not a platform or a satellite's name")
  func round448Rules() {
    let ru = extract("Ответчик обжалует решение в Актюбинском областном суде. Решение вынес Костанайский областной суд вчера.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Актюбинский областной суд" })
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Костанайский областной суд" })
    let en = extract("Yutong Bus and the local SamAuto will build the plant. The KazSat-3 satellite is ready. Share on LinkedIn", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "SamAuto" })
    #expect(!en.entities.contains { $0.label == "KazSat" || $0.label == "LinkedIn" })
  }

  @Test("round 449: a Russian county ('уезда Лочуань') is labelled in Pinyin; a Kazakh headline's locative town opens no facility's name; an Italian sentence's capitalised article names no madrasa; an English province's lower-case department of a trade is a body")
  func round449Rules() {
    let ru = extract("Саженцы поставят питомники из уезда Лочуань провинции Шэньси.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .region && $0.label == "Luochuan County" })
    let kk = extract("Шамалғанда құс фабрикасы кеңейтіледі\n\nФабрика жаңа цех салады.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .project })
    let it = extract("Restano i turisti. Nella madrasa Muhammad Amin Khan i menu sono tradotti.", lang: "it")
    #expect(!it.entities.contains { $0.label == "Nella madrasa" })
    let en = extract("Officials of the Gansu provincial department of transport said so.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Gansu Provincial Department of Transport" })
  }

  @Test("round 450: a company's coined one-word name with a place's name after it is one name; a trunk line between two towns is a project; a province's company may have \"New\" before its trade; a town's other spelling in brackets before \"district\"; a town's river port")
  func round450Rules() {
    let it = extract("L'accordo è stato firmato tra il distributore kazako Agrotech Zhetysu e la filiale di XAG.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "Agrotech Zhetysu" })
    #expect(!it.entities.contains { $0.label == "Agrotech" })
    // (not before a place word, nor after a catalogued company's name)
    let region = extract("The distributor Agrotech opened the Agrotech Zhetysu region office. Officials of Kazatomprom Astana said so.", lang: "en")
    #expect(!region.entities.contains { $0.label == "Agrotech Zhetysu" || $0.label == "Kazatomprom Astana" })
    #expect(region.entities.contains { $0.kind == .region && $0.label == "Zhetysu Region" })
    let en = extract("The bank is considering a loan for leak detection along the Mubarek–Bukhara trunk line.", lang: "en")
    #expect(en.entities.contains { $0.kind == .project && $0.label == "Mubarek–Bukhara trunk line" })
    let uz = extract("Beijing New Building Materials will build a plant in Baysun (Boysun) district. BNBM will sell board through the Termez river port.", lang: "en")
    #expect(uz.entities.contains { $0.kind == .organization && $0.label == "Beijing New Building Materials" && $0.mentions.contains { $0.text == "BNBM" } })
    #expect(uz.entities.contains { $0.kind == .region && $0.label == "Baysun District" && $0.mentions.contains { $0.text == "Baysun (Boysun) district" } })
    #expect(uz.entities.contains { $0.kind == .project && $0.label == "Termez river port" })
    #expect(!uz.entities.contains { $0.label == "Beijing" || $0.kind == .region && $0.label.hasPrefix("Termez") })
  }

  @Test("round 451: an Italian canal takes the article ('canale del Karakum'); 'distretti di X e di Y' names two districts; a lower-case ministry's portfolio may have two adjectives joined by 'e'; a plant's generic noun before the place of the one works named for what it makes is that works")
  func round451Rules() {
    let canal = extract("Le barbabietole vengono irrigate con l'acqua del canale del Karakum.", lang: "it")
    #expect(canal.entities.contains { $0.kind == .project && $0.label == "canale del Karakum" })
    #expect(!canal.entities.contains { $0.label == "Karakum desert" })
    let districts = extract("Le barbabietole arrivano dai distretti di Tejen e di Sarahs, lungo il confine.", lang: "it")
    #expect(districts.entities.contains { $0.kind == .region && $0.label == "distretto di Sarahs" })
    #expect(!districts.entities.contains { $0.kind == .city })
    let ministry = extract("Il contratto è stato firmato con il ministero dell'Industria tessile e alimentare.", lang: "it")
    #expect(ministry.entities.contains { $0.kind == .organization && $0.label == "Ministero dell'Industria tessile e alimentare" })
    let plant = extract("La CAMCE rinnoverà lo zuccherificio di Tejen. La fabbrica di Tejen lavora a metà.", lang: "it")
    let sugar = plant.entities.filter { $0.kind == .project }
    #expect(sugar.count == 1 && sugar.first?.mentions.count == 2)
  }

  @Test("round 452: a joint venture's quoted name after 'СП'; an Italian combine of a trade ('combinato minerario di Almalyk') is a body, a combined cycle is not; a province's one-word name before a district cue names a district")
  func round452Rules() {
    let ru = extract("Завод построит СП «Beruniy Glass Pack», учредителями которого стали две компании.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .organization && $0.label == "Beruniy Glass Pack" })
    let it = extract("Il rame arriverà dal combinato minerario di Almalyk. La centrale a ciclo combinato di Mary è nuova.", lang: "it")
    #expect(it.entities.contains { $0.kind == .organization && $0.label == "combinato minerario di Almalyk" })
    #expect(!it.entities.contains { $0.label.contains("combinato di") })
    let kk = extract("Зауыт Маңғыстау ауданындағы Шетпе кентінде орналасқан.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .region && $0.label == "Маңғыстау ауданы" })
    #expect(!kk.entities.contains { $0.label == "Mangystau Region" })
  }

  @Test("round 453: a one-word name after a border's noun and 'at', or linked to a town by a verb of linking, is a town; Ucharal is catalogued")
  func round453Rules() {
    let en = extract("The bridge will link Atamyrat with Kerkichi on the left bank and lead to the Afghan border at Imamnazar.", lang: "en")
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kerkichi" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Imamnazar" })
    let it = extract("La strada collegherà Osh con Karabulak entro il 2030. Un oleificio sorgerà a Ucharal.", lang: "it")
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Karabulak" })
    #expect(it.entities.contains { $0.kind == .city && $0.label == "Ucharal" })
    // (not a month, a common word, or a name that runs on)
    let no = extract("Talks at the border at Monday's meeting will link Almaty with New Delhi.", lang: "en")
    #expect(!no.entities.contains { $0.label == "Monday" || $0.label == "New" })
  }

  @Test("round 454: 'хоким' is a role (a capitalised 'Хоким' inside a sentence is a name); a man's name after 'по словам' or a district's role is in the genitive; a province's brand read as a person before a trade is the company's; 'the A, B and C districts'; Kumkurgan and Sherabad catalogued")
  func round454Rules() {
    let ru = extract("По словам хокима Кумкурганского района Шухрата Эргашева, теплицы заработают. По словам Дилшода Каримова, это важно. Экономист Хоким Холиқназар отметил рост.", lang: "ru")
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Shukhrat Ergashev" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Dilshod Karimov" })
    #expect(ru.entities.contains { $0.kind == .person && $0.label == "Khokim Kholiknazar" })
    #expect(ru.relations.contains { $0.kind == .leads && $0.source == "shukhrat-ergashev" })
    let en = extract("The mill is a joint venture of China's Ningxia Zhongyin Cashmere. Wool comes from the Chimbay, Karauzyak and Takhtakupyr districts and from Kumkurgan.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Ningxia Zhongyin Cashmere" })
    #expect(!en.entities.contains { $0.kind == .person })
    #expect(en.entities.filter { $0.kind == .region && $0.label.hasSuffix("District") }.count == 3)
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Kumkurgan" })
  }

  @Test("rounds 455–456: a catalogued project's name with 'Investment' after it names a company; a district's 'centre of' names a town; a province's fruit processor; a Kazakh town in the locative before a bare 'облыс' is the town; a ferroalloy plant")
  func round455Rules() {
    let kk = extract("Қытайдың Xi'an International Inland Port Investment компаниясы орталық салады. Келісімге Ақтөбеде облыс әкімі Асхат Шахаров қол қойды.", lang: "kk")
    #expect(kk.entities.contains { $0.kind == .organization && $0.label == "Xi'an International Inland Port Investment" })
    #expect(!kk.entities.contains { $0.label == "Investment" || $0.label == "Aktobe Region" })
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Aktobe" })
    let en = extract("A Chinese fruit processor, Xinjiang Guolin Dried Fruit, will build a plant in the district centre of Nau. A training centre of Huawei opened.", lang: "en")
    #expect(en.entities.contains { $0.kind == .organization && $0.label == "Xinjiang Guolin Dried Fruit" })
    #expect(en.entities.contains { $0.kind == .city && $0.label == "Nau" })
    #expect(!en.entities.contains { $0.kind == .city && $0.label == "Huawei" })
    // (round 456: an alloy works)
    let alloy = extract("Power will go to industry, including the Aktobe ferroalloy plant.", lang: "en")
    #expect(alloy.entities.contains { $0.kind == .project && $0.label == "Aktobe ferroalloy plant" })
  }

  @Test("rounds 457–464: a town's name with the region's own trade word, transliterated, is a company (\"Hisor Keramika\", \"Khujand Tekstil\"); the bare word is none")
  func round457Rules() {
    let en = extract("The plant, Hisor Keramika, is a joint venture. Khujand Tekstil signed a deal with Kuvasay Sement. Keramika is a word.", lang: "en")
    for name in ["Hisor Keramika", "Khujand Tekstil", "Kuvasay Sement"] {
      #expect(en.entities.contains { $0.kind == .organization && $0.label == name })
    }
    #expect(!en.entities.contains { $0.label == "Keramika" })
    // (round 458: a Turkmen velayat names its own works, a Chinese province does not)
    let velayat = extract("Power comes from the new Lebap substation. The ship reaches Jiangsu port.", lang: "en")
    #expect(velayat.entities.contains { $0.kind == .project && $0.label == "Lebap substation" })
    #expect(!velayat.entities.contains { $0.kind == .project && $0.label.hasPrefix("Jiangsu") })
    // (round 459: "nel Kazakistan occidentale" is the country's west, no oblast; a cabinet
    // named bare after the text has named its country is that cabinet, in any case)
    let west = extract("Un impianto a Martuk, nel Kazakistan occidentale. Nella regione del Kazakistan orientale piove.", lang: "it")
    #expect(!west.entities.contains { $0.label == "West Kazakhstan Region" })
    #expect(west.entities.contains { $0.label == "Kazakhstan" } && west.entities.contains { $0.label == "East Kazakhstan Region" })
    let cabinet = extract("Документ подписан на заседании Кабинета министров. Заместитель председателя Кабинета министров Туркменистана Батыр Аманов отметил рост. Кабинет министров одобрил план.", lang: "ru")
    #expect(cabinet.entities.filter { $0.kind == .organization }.map(\.label) == ["Cabinet of Ministers of Turkmenistan"])
    // (round 460: three Russian district adjectives before the plural cue, one of them read
    // as a village; a state enterprise and a venture by their names; a town after "nearby" in
    // a list of residents; a town after a company's form is where it is)
    let districts = extract("Свёклу закупают у фермеров Панфиловского, Жайылского и Московского районов.", lang: "ru")
    #expect(Set(districts.entities.filter { $0.kind == .region }.map(\.label)) == ["Панфиловский район", "Жайылский район", "Московский район"])
    #expect(!districts.entities.contains { $0.kind == .city })
    let venture = extract("The venture, Buston Rare Metals, is owned by the state enterprise Vostokredmet and Shaanxi Nonferrous Metals Holding Group of Xi'an. It worried residents of Buston and nearby Gafurov.", lang: "en")
    for name in ["Buston Rare Metals", "Vostokredmet", "Shaanxi Nonferrous Metals Holding Group"] {
      #expect(venture.entities.contains { $0.kind == .organization && $0.label == name })
    }
    #expect(venture.entities.contains { $0.kind == .city && $0.label == "Gafurov" })
    #expect(venture.entities.contains { $0.kind == .city && $0.label == "Xi'an" })
    // (round 461: a town from its district's Russian adjective; an apposition closing its
    // sentence; a zone by its name right after the phrase, and a company's plant no project;
    // a town's name before its cue is no surname; a river's name before a village's cue is
    // the village's)
    let faizabad = extract("Под Файзабадом построят птицефабрику. В Файзабадском районе начнут строительство.", lang: "ru")
    #expect(faizabad.entities.contains { $0.kind == .city && $0.label == "Файзабад" })
    let light = extract("The state will keep 51 percent of the new company, Mailuu-Suu Light. Then work starts.", lang: "en")
    #expect(light.entities.contains { $0.kind == .organization && $0.label == "Mailuu-Suu Light" })
    let zone = extract("Il produttore cinese Canny Elevator costruirà una fabbrica nella zona economica speciale Nurafshon. I componenti arriveranno dallo stabilimento di Canny a Zhongshan.", lang: "it")
    #expect(zone.entities.contains { $0.kind == .project && $0.label == "zona economica speciale Nurafshon" })
    #expect(!zone.entities.contains { $0.kind == .project && $0.label.contains("Canny") })
    #expect(zone.entities.contains { $0.kind == .city && $0.label == "Nurafshon" })
    let kk = extract("Жабдық Цзоупин қаласынан жеткізіледі. Зауыт Ертіс ауылының шетінде, Ертіс өзенінің жағасында орналасады.", lang: "kk")
    #expect(!kk.entities.contains { $0.kind == .person })
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Zouping" })
    #expect(kk.entities.contains { $0.kind == .city && $0.label == "Ертіс" } && kk.entities.contains { $0.label == "Irtysh River" })
    // (round 462: a name after a role with a portfolio after "по" is in the nominative; a
    // joint venture named by its town and "Komur"; "miniere di X")
    let deputy = extract("Церемония прошла с участием заместителя председателя Кабинета министров Туркменистана по нефтегазовому комплексу Батыра Амангельдыева.", lang: "ru")
    #expect(deputy.entities.contains { $0.kind == .person && $0.label == "Batyr Amangeldyev" })
    // (a "по" right after the role: the text is read, the name found, nothing traps)
    let portfolio = extract("По словам министра по инвестициям Айбека Тулегенова, проект готов.", lang: "ru")
    #expect(portfolio.entities.contains { $0.kind == .person && ($0.label.hasSuffix("Tulegenova") || $0.label.hasSuffix("Tulegenov")) })
    let coal = extract("Il direttore della joint venture Kyzyl-Kiya Komur, Tilek Abdraimov, ha detto che il carbone arriverà dalle miniere di Abshir-Sai.", lang: "it")
    #expect(coal.entities.contains { $0.kind == .organization && $0.label == "Kyzyl-Kiya Komur" })
    #expect(coal.entities.contains { $0.kind == .project && $0.label == "miniere di Abshir-Sai" })
    // (round 463: "the X cooperative"; a name after a role and a company's quoted name is
    // declined with the role)
    let coop = extract("The local partner, the Uzgen Kuruch cooperative, groups 1,800 households.", lang: "en")
    #expect(coop.entities.contains { $0.kind == .organization && $0.label == "Uzgen Kuruch" })
    let quoted = extract("По словам директора ООО «Шахрихон Гишт» Илхомжона Турсунова, завод готов. Встреча директора «Ала Тоо» Бакыта Мамытова прошла.", lang: "ru")
    #expect(quoted.entities.contains { $0.kind == .person && $0.label == "Ilkhomzhon Tursunov" })
    #expect(quoted.entities.contains { $0.kind == .person && $0.label == "Bakyt Mamytov" })
    // (round 464: a town named by a cue recurs bare, and a list it opens names towns; "Zomin
    // town" is Zomin; Chinese surnames after a town are no towns; a catalogued body closing a
    // longer name is no mention of it; a coined "-банк" word is a bank, the generic
    // "Эксимбанк" the export-import bank the text names)
    let list = extract("Il gruppo costruirà a Muminobod, nella regione di Khatlon, un impianto. Lavorerà le mele raccolte nei frutteti di Muminobod, Baljuvon e Shuroobod.", lang: "it")
    for town in ["Muminobod", "Baljuvon", "Shuroobod"] { #expect(list.entities.contains { $0.kind == .city && $0.label == town }) }
    let town = extract("The region will widen the road from Zomin town to the park. In Beijing, Wang and Li met.", lang: "en")
    #expect(town.entities.contains { $0.kind == .city && $0.label == "Zomin" })
    #expect(!town.entities.contains { $0.label == "Wang" || $0.label == "Li" || $0.label == "Zomin town" })
    let apple = extract("Қытайлық Shaanxi Baishui Apple компаниясы қойма салады. Shaanxi Baishui Apple компаниясының өкілі айтты.", lang: "kk")
    #expect(apple.entities.filter { $0.kind == .organization }.map(\.label) == ["Shaanxi Baishui Apple"])
    let banks = extract("Финансирование обеспечил Таджпромбанк. Кредит дал Экспортно-импортный банк Китая. На средства Эксимбанка построили ТЭЦ.", lang: "ru")
    #expect(banks.entities.contains { $0.kind == .organization && $0.label == "Таджпромбанк" })
    #expect(!banks.entities.contains { $0.label.hasPrefix("Эксимбанк") })
  }

  @Test("rounds 465–470: a spaced dash parts a dateline from its sentence; apposed agencies and cooperatives are bodies, not a noun that names its own; an adjective before a body's noun and a role is no country; a town from a district's '-инский' adjective; Hazar; makers of systems and carpets; a brand after its province alone; a joint venture called by a name; coordinated body names; 'degli' before an association's name; a village named after a biy; an Italian portfolio listed with a comma")
  func round465Rules() {
    let dateline = extract("TERMEZ — Fruit packers in Denov signed a deal with a Chinese buyer.", lang: "en")
    #expect(!dateline.entities.contains { $0.kind == .organization })
    #expect(dateline.entities.contains { $0.kind == .city && $0.label == "Termez" })
    let agency = extract("Growers met on Monday. Uzagroexport, the state export agency, will certify them. Lessons are taught in Turkmen and Mandarin, the state news agency TDH reported.", lang: "en")
    #expect(agency.entities.contains { $0.kind == .organization && $0.label == "Uzagroexport" })
    #expect(!agency.entities.contains { $0.label == "Mandarin" })
    let cluster = extract("The Baisun Fruit Cluster, a cooperative of 700 orchards, signed the deal. The Kitab Fruit Cluster will open in May.", lang: "en")
    #expect(entity(cluster, .organization, "Baisun Fruit Cluster") != nil)
    #expect(entity(cluster, .project, "Kitab Fruit Cluster") != nil)
    let kk = extract("Келісімге «Ақсу Металл» ЖШС директоры Ерлан Сейітов пен қытайлық компанияның өкілі Ван Тао қол қойды.", lang: "kk")
    #expect(!kk.entities.contains { $0.label == "China" })
    let minister = extract("Tajik energy minister Daler Juma said the line would be built by 2030. Chinese team leader Gao Lin agreed.", lang: "en")
    #expect(minister.relations.contains { $0.kind == .holdsRole && $0.source == "daler-juma" && $0.target == "tajikistan" })
    #expect(!minister.relations.contains { $0.source == "gao-lin" && $0.target == "china" })
    let ru = extract("В Нурате построят завод. Он появится в Нуратинском районе, в 60 километрах от Нураты.", lang: "ru")
    #expect(entity(ru, .city, "Нурата")?.mentions.map(\.text) == ["Нурате", "Нураты"])
    let hazar = extract("Iodine comes from brine left by oil wells around Balkanabat and Hazar.", lang: "en")
    #expect(entity(hazar, .city, "Hazar") != nil)
    // (rounds 467–468: a maker of systems and a carpet mill by their province's name; a brand's
    // word after the province, read alone with a company's noun, is the longer body)
    let makers = extract("Officials said Gansu Dayu Water Saving Irrigation System and Jiangsu Hualong Carpet will build plants.", lang: "en")
    #expect(entity(makers, .organization, "Gansu Dayu Water Saving Irrigation System") != nil)
    #expect(entity(makers, .organization, "Jiangsu Hualong Carpet") != nil)
    #expect(!makers.entities.contains { $0.kind == .region })
    let brand = extract("Зауытты қытайлық Jilin Changbai Rice Industry Group салды. Changbai компаниясының өкілі Ли Мин сөйледі.", lang: "kk")
    #expect(brand.entities.filter { $0.kind == .organization }.map(\.label) == ["Jilin Changbai Rice Industry Group"])
    // (round 469: a tannery by its province's name after a dateline's dash, its brand read alone
    // later; a name a joint venture is called by; a body's coordinated title-case name; a bare
    // town beside its district is no company's; an Italian association "degli apicoltori")
    let tannery = extract("BUKHARA — Hebei Dongming Leather has opened a tannery in Shofirkon district. The plant is run by a joint venture called Karshi Teri Invest. Dongming's general manager, Han Xu, said the Uzbek Leather, Footwear and Fur Industry Association agreed. A second tannery in Shofirkon is planned.", lang: "en")
    #expect(Set(tannery.entities.filter { $0.kind == .organization }.map(\.label)) == ["Hebei Dongming Leather", "Karshi Teri Invest", "Uzbek Leather, Footwear and Fur Industry Association"])
    #expect(!tannery.entities.contains { $0.label == "Hebei" })
    #expect(entity(tannery, .city, "Shofirkon") != nil)
    let bees = extract("L'accordo è stato firmato con l'associazione kazaka degli apicoltori Sary Bal, che riunisce 300 aziende.", lang: "it")
    #expect(entity(bees, .organization, "Sary Bal") != nil)
    // (round 470: a Kazakh village named after a biy; an Italian ministry's portfolio listed
    // with a comma; Baiterek's lenders by their Kazakh names)
    let village = extract("Кешен Көксу ауданының Қаратал би ауылында салынды.", lang: "kk")
    #expect(entity(village, .city, "Қаратал би") != nil)
    let ministry = extract("Secondo il ministero delle Risorse naturali, dell'ecologia e della vigilanza tecnica del Kirghizistan, l'impianto è sicuro.", lang: "it")
    #expect(ministry.entities.filter { $0.kind == .organization }.count == 1)
    #expect(ministry.entities.first { $0.kind == .organization }?.mentions.first?.text.hasSuffix("vigilanza tecnica del Kirghizistan") == true)
    let lenders = extract("Жабдықтарды «ҚазАгроҚаржы» АҚ лизингке берді, «Аграрлық несие корпорациясы» несие ұсынды.", lang: "kk")
    #expect(Set(lenders.entities.map(\.id)).isSuperset(of: ["kazagrofinance", "agrarian-credit-corporation"]))
  }

  @Test("rounds 471–475: a district listed after a plural cue meets the same district named with a singular one; 'regione di' a river names is the oblast; what a facility yields may stand before its quoted name; Sirdaryo; an Italian aqueduct between two places; a wire a dateline credits; a Kazakh company's town after its province; the Volga; Arslanbob; a hyphenated oblast in a list; a university opening a sentence; ОшГУ")
  func round471Rules() {
    let districts = extract("Il gruppo costruirà una filanda nel distretto di Jaloliddini Balkhi. Lavorerà il cotone dei distretti di Jaloliddini Balkhi, Vakhsh e Jomi.", lang: "it")
    #expect(districts.entities.filter { $0.label == "distretto di Jaloliddini Balkhi" }.count == 1)
    #expect(Set(districts.entities.filter { $0.kind == .region }.map(\.id)).isSuperset(of: ["jaloliddini-balkhi-district", "vakhsh-district", "jomi-district"]))
    let oblast = extract("Gulistan è il capoluogo della regione di Syrdarya. Il governatore andrà fino a Sirdaryo.", lang: "it")
    #expect(oblast.entities.contains { $0.id == "syrdarya-region" })
    #expect(!oblast.entities.contains { $0.id == "syr-darya" })
    #expect(oblast.entities.contains { $0.id == "sirdaryo" && $0.kind == .city })
    let deposit = extract("Компания разрабатывает месторождение золота «Кумбель». Построят завод компании «Азот» и терминал международного аэропорта «Самарканд».", lang: "ru")
    #expect(deposit.entities.contains { $0.kind == .project && $0.label == "месторождение золота «Кумбель»" })
    #expect(!deposit.entities.contains { $0.label.hasPrefix("завод компании") || $0.label.hasPrefix("терминал международного") })
    // (rounds 473–474)
    let aqueduct = extract("La regione dipende dall'acquedotto Astrakhan–Mangyshlak, che porta l'acqua del Volga. La Cina finanzia l'acquedotto di Dushanbe.", lang: "it")
    #expect(entity(aqueduct, .project, "acquedotto Astrakhan–Mangyshlak") != nil)
    #expect(entity(aqueduct, .project, "acquedotto di Dushanbe") != nil)
    #expect(aqueduct.entities.contains { $0.id == "volga-river" })
    let wire = extract("BISHKEK, Aug 23 (Central Asia Trade Wire) - A storage centre opened in Kochkor to buy walnuts from Arslanbob. The Astana Times reported it too.", lang: "en")
    #expect(entity(wire, .organization, "Central Asia Trade Wire") != nil)
    #expect(!wire.entities.contains { $0.label == "Central Asia" })
    #expect(wire.entities.contains { $0.id == "arslanbob" && $0.kind == .city })
    let silk = extract("Ауданда қытайлық «Чжэцзян Цзясинь Силк» компаниясы фабрика салды.", lang: "kk")
    #expect(silk.entities.map(\.kind) == [.organization])
    // (round 475: a hyphenated oblast's adjective inside a list; a town's adjective opening a
    // sentence opens a university's name; a syllabic acronym is its body)
    let oblasts = extract("Места получат выпускники школ Ошской, Джалал-Абадской и Баткенской областей.", lang: "ru")
    #expect(Set(oblasts.entities.map(\.id)) == ["osh-region", "jalal-abad-region", "batken-region"])
    let university = extract("Ошский государственный университет и вуз из Ланьчжоу договорились. Ректор ОшГУ выступил.", lang: "ru")
    #expect(university.entities.first { $0.kind == .organization }?.mentions.map(\.text) == ["Ошский государственный университет", "ОшГУ"])
    #expect(university.entities.filter { $0.kind == .organization }.count == 1)
  }

  @Test("rounds 476–479: a bilateral adjective's event in the genitive takes its nominative label, and two kinds of one forum stay two; 'Power Supply' and 'Renewables' close a company's name, not a headline's or a bare 'Water Supply'; a quoted brand word alone is its company; bare 'Akmola' is the region; a Kazakh body's country in the nominative; of namesake towns, the one a listed place, the sentence's places or the text's places point to; one Russia; 'fabbrica di seta Yodgorlik'; a Kazakh settlement (елді мекен); «Чайна Цзянсу …» names no Jiangsu; a dairy maker's name; a Kazakh house of trade; 'GRES-2 di Ekibastuz'")
  func round476Rules() {
    let forums = extract("Соглашение подписали в рамках Казахстанско-китайского агропромышленного форума. Ранее прошёл Казахстанско-китайский деловой форум.", lang: "ru")
    #expect(Set(forums.entities.filter { $0.kind == .event }.map(\.label)) == ["Казахстанско-китайский агропромышленный форум", "Казахстанско-китайский деловой форум"])
    let units = extract("The park will be built by Longi Renewables, a unit of Xi'an-based Longi Power Supply. Water Supply in Osh is poor.", lang: "en")
    #expect(Set(units.entities.filter { $0.kind == .organization }.map(\.label)) == ["Longi Renewables", "Longi Power Supply"])
    let headlines = extract("China Boosts Solar Power\n\nKazakhstan Expands Wind Energy\n\nASTANA, May 3. China Resources Power will build a plant.", lang: "en")
    #expect(headlines.entities.filter { $0.kind == .organization }.map(\.label) == ["China Resources Power"])
    let brand = extract("Корпорация «Синьцзян Хуафу Текстиль» подписала соглашение. У «Хуафу» уже есть фабрики в Аксу.", lang: "ru")
    #expect(brand.entities.first { $0.kind == .organization }?.mentions.map(\.text) == ["Синьцзян Хуафу Текстиль", "Хуафу"])
    let grain = extract("Il terminale sorgerà nella regione di Akmola. Il grano dell'Akmola arriverà in Cina; l'accordo è stato firmato ad Astana.", lang: "it")
    #expect(grain.entities.first { $0.id == "akmola-region" }?.mentions.count == 2)
    #expect(grain.entities.first { $0.id == "astana" }?.mentions.map(\.text) == ["Astana"])
    let bank = extract("Жобаны Қазақстан Даму Банкі қаржыландырады.", lang: "kk")
    #expect(bank.entities.map(\.id) == ["development-bank-of-kazakhstan"])
    // (a place listed with a town of one country is that country's of two namesakes)
    let aksu = extract("Заводы корпорации работают в Шымкенте. Фабрики есть в Аксу и Кашгаре.", lang: "ru")
    #expect(aksu.entities.contains { $0.id == "aqsu" })
    #expect(!aksu.entities.contains { $0.id == "aksu" || $0.id == "aksu-kz" })
    let aksuKZ = extract("Заводы работают в Павлодаре и Аксу.", lang: "ru")
    #expect(aksuKZ.entities.contains { $0.id == "aksu" })
    // (round 477: the towns of its sentence, then of the whole text, when nothing before tells)
    let plant = extract("Ақсу ферроқорытпа зауыты келісімге қол қойды. Қытайдың компаниясы. Павлодар облысының әкімі жобаның Ақсу қаласында жұмыс орнын ашатынын айтты. Өнім Екібастұз бен Павлодар арқылы жөнелтіледі.", lang: "kk")
    #expect(plant.entities.contains { $0.id == "aksu" })
    #expect(!plant.entities.contains { ["aqsu", "ak-suu"].contains($0.id) })
    let nearby = extract("Делегация прибыла из Сианя и Урумчи. Среди проектов — завод в Экибастузе и теплицы под Аксу.", lang: "ru")
    #expect(nearby.entities.contains { $0.id == "aksu" })
    let silk = extract("La storica fabbrica di seta Yodgorlik di Margilan ha firmato un accordo.", lang: "it")
    #expect(entity(silk, .organization, "Yodgorlik") != nil)
    // (round 478: a Kazakh settlement, елді мекен, singular or two before the plural; a
    // province after a Cyrillic "China" is the company's name; a "maker" names its company)
    let settlements = extract("Халық Қосшы мен Тайтөбе елді мекендерінде өсті. Мектеп Ақжар елді мекенінде салынды.", lang: "kk")
    #expect(Set(settlements.entities.filter { $0.kind == .city }.map(\.label)).isSuperset(of: ["Тайтөбе", "Ақжар"]))
    let builder = extract("Қытайдың «Чайна Цзянсу Интернэшнл» компаниясы мектеп салды.", lang: "kk")
    #expect(!builder.entities.contains { $0.id == "jiangsu" })
    #expect(builder.entities.contains { $0.kind == .organization })
    let maker = extract("The pavilion showed the dairy maker Ak-Suu Milk and the IT firm Namba Solutions.", lang: "en")
    #expect(Set(maker.entities.map(\.label)) == ["Ak-Suu Milk", "Namba Solutions"])
    // (round 479: a Kazakh house of trade is a body; "GRES-2 di Ekibastuz")
    let house = extract("Термиз қаласында Қытай-Өзбекстан сауда үйі ашылды. Қытай-Өзбекстан сауда үйінде 300 адам жұмыс істейді. Оның үйі үлкен.", lang: "kk")
    #expect(house.entities.filter { $0.kind == .organization }.map(\.label) == ["Қытай-Өзбекстан сауда үйі"])
    #expect(house.entities.first { $0.kind == .organization }?.mentions.count == 2)
    let gres = extract("Il contratto riguarda la centrale termoelettrica GRES-2 di Ekibastuz. La centrale di Ekibastuz è la più grande del Paese.", lang: "it")
    #expect(gres.entities.first { $0.id == "ekibastuz-gres-2" }?.mentions.count == 2)
    #expect(gres.entities.filter { $0.kind == .project }.count == 1)
    // (ISO's "Russian Federation" is the catalogue's one Russia, its towns' country)
    let russia = extract("Көкөніс Ресейге және Новосибирск қаласына жөнелтіледі.", lang: "kk")
    #expect(russia.entities.contains { $0.id == "russia" })
    #expect(russia.relations.contains { $0.source == "novosibirsk" && $0.target == "russia" && $0.kind == .partOf })
  }

  @Test("rounds 480–487: a compound company word that closes a longer quoted name leaves the name whole; a Russian place adjective after a facility's 'в' is no town; Masdar and the new Russian form of Ulytau Region are catalogued; an irrigation massif or system and a canal are projects; Italian 'e da quella di X' after a mine's noun is another mine; a headline's 'in X's Y' at a line's end is no company; 'Y, a mining town' is a town; 'formerly known as' names a place's alias; a town and a catalogued company's word quoted after a legal form are a local company; a lake's cue before a town's name; a place's parliament does not mention another's generic name; a catalogued surname before a free name word; an opening present verb; a country's and a trade's adjective before a plant; 'un'azienda di X, la Y,'; two wire words close an outlet; a -ка village's genitive")
  func round480Rules() {
    let towers = extract("Соглашение подписало ТОО «Сарань Энергомаш». Башни поставят на электростанции в Карагандинской и Улытауской областях.", lang: "ru")
    #expect(towers.entities.filter { $0.kind == .organization }.map(\.label) == ["Сарань Энергомаш"])
    #expect(Set(towers.entities.filter { $0.kind == .region }.map(\.id)) == ["karaganda-region", "ulytau-region"])
    #expect(!towers.entities.contains { $0.kind == .city })
    let parks = extract("The modules will go to solar parks built by Masdar and ACWA Power.", lang: "en")
    #expect(Set(parks.entities.map(\.id)) == ["masdar", "acwa-power"])
    // (round 481: irrigated land and canals by name; not a mountain massif or a banking system)
    let water = extract("The scheme will reach the Akdala irrigation massif. Water comes from the Great Fergana Canal. The banking system is weak and the Tian Shan massif is high.", lang: "en")
    #expect(Set(water.entities.filter { $0.kind == .project }.map(\.label)) == ["Akdala irrigation massif", "Great Fergana Canal"])
    // (round 482: Italian "e da quella di X" after a mine's noun is another mine; "quella" agrees)
    let mines = extract("Il concentrato arriverà dalle miniere di Zhezkazgan e da quella di Aidarly. La casa di Marco e quella di Anna.", lang: "it")
    #expect(mines.entities.first { $0.label == "miniera di Aidarly" }?.kind == .project)
    #expect(!mines.entities.contains { $0.label.contains("Anna") })
    // (round 483: a headline's "in <country>'s <name>" is no company; a town by its apposition;
    // a town's former name)
    let town = extract("Chinese firm to clean up tailings in Tajikistan's Istiqlol\n\nThe firm will work at dumps in Istiqlol, a mining town in northern Tajikistan. Istiqlol, formerly known as Taboshar, produced uranium. Dushanbe (formerly Stalinabad) is the capital.", lang: "en")
    #expect(town.entities.first { $0.label == "Istiqlol" }?.kind == .city)
    #expect(town.entities.first { $0.label == "Istiqlol" }?.mentions.map(\.text) == ["Istiqlol", "Istiqlol", "Istiqlol", "Taboshar"])
    #expect(town.entities.first { $0.id == "dushanbe" }?.mentions.map(\.text) == ["Dushanbe", "Stalinabad"])
    #expect(!town.entities.contains { $0.kind == .organization })
    // (round 485: a town and a catalogued company's word quoted after a legal form are a local
    // company; the catalogue's Panji Poyon and the Kazakh one-word Khan Tengri)
    let llp = extract("ТОО «Алтай Полиметалл» начало строительство фабрики. Руду купят у компании Полиметалл.", lang: "ru")
    #expect(Set(llp.entities.filter { $0.kind == .organization }.map(\.label)) == ["Алтай Полиметалл", "Polymetal"])
    let crossing = extract("Il ponte unirà Panji Poyon e Shir Khan Bandar.", lang: "it")
    #expect(Set(crossing.entities.map(\.id)) == ["panji-poyon", "sherkhan-bandar"])
    let peak = extract("Жол Хантәңірі шыңына баратын туристер үшін маңызды.", lang: "kk")
    #expect(peak.entities.map(\.id) == ["khan-tengri"])
    // (round 486: a lake's cue before a town's name makes a lake; a Karakalpak parliament's
    // name does not mention the Kyrgyz one)
    let lake = extract("Il resort sorge sulle rive del lago Borovoe, vicino a Shchuchinsk.", lang: "it")
    #expect(lake.entities.first { $0.label == "lago Borovoe" }?.kind == .region)
    #expect(!lake.entities.contains { $0.id == "burabay" })
    let council = extract("Қарақалпақстан Жоғарғы Кеңесінің төрағасы айтты. Жоқарғы Кеңес заң қабылдады.", lang: "kk")
    #expect(council.entities.filter { $0.kind == .organization }.map(\.id) == ["jokargy-kenes"])
    // (round 487: a catalogued surname before a free name word is another person's given name;
    // an opening present verb is no given name; a country's adjective with a trade's adjective
    // names a plant; an Italian company after its town and a comma; two wire words close an
    // outlet's name; a -ка village's genitive; Serdar under its current name)
    let mayor = extract("Келісімге Хұжанд қаласының төрағасы Рахмон Мирзоризо қол қойды.", lang: "kk")
    #expect(mayor.entities.filter { $0.kind == .person }.map(\.label) == ["Rakhmon Mirzorizo"])
    let plants = extract("Работает Балхашский медеплавильный завод. Руду переработают на Киргизском горно-металлургическом комбинате.", lang: "ru")
    #expect(Set(plants.entities.map(\.kind)) == [.project])
    #expect(plants.entities.count == 2)
    let fish = extract("Un'azienda di Aralsk, la Aral Balyk, ha firmato un contratto. Il direttore di Aral Balyk ha parlato.", lang: "it")
    #expect(fish.entities.first { $0.kind == .organization }?.mentions.count == 2)
    let outlet = extract("The firm said it would grow.\n\nCaspian News Digest — Energy", lang: "en")
    #expect(outlet.entities.map(\.label) == ["Caspian News Digest"])
    let village = extract("Завод стоит в посёлке Орловка. Жители Орловки против.", lang: "ru")
    #expect(village.entities.filter { $0.kind == .city }.map(\.label) == ["Орловка"])
    let serdar = extract("The plant will be built in Serdar, formerly known as Gyzylarbat, near the Kopetdag foothills.", lang: "en")
    #expect(serdar.entities.first { $0.kind == .city }?.label == "Serdar")
    #expect(serdar.entities.contains { $0.id == "kopetdag" })
  }

  @Test("rounds 489–495: a Russian guest house's noun before a quoted name is a body labelled with the noun; a Latin name its capitalised region cue follows may open a sentence; a troupe and a circus are bodies; a programme needs a name of its own; a Chinese name after a Kazakh given name and surname is another person; Italian one-word short names in brackets; a scholar's or artist's apposition; 'X and Y Group, a state agency' is one name; Turkic hyphenated town names; a group's second word; a chamber's quoted name; an Italian works' town; a heritage park; 'Combine'; an Italian body's noun, words and quoted name; an Italian ministry's portfolio adjective; a complex's two-word name; a town adjective's plant")
  func round489Rules() {
    let houses = extract("Делегация остановилась в гостинице «Казахстан» в Алматы, а затем посетила санаторий «Сарыагаш».", lang: "ru")
    #expect(Set(houses.entities.filter { $0.kind == .organization }.map(\.label)) == ["гостиница «Казахстан»", "санаторий «Сарыагаш»"])
    #expect(Set(houses.entities.filter { $0.kind != .organization }.map(\.id)) == ["almaty"])
    let county = extract("Wuqiao County in Hebei province has trained acrobats for centuries. Alatau City grows fast.", lang: "en")
    #expect(county.entities.first { $0.label == "Wuqiao County" }?.kind == .region)
    #expect(!county.entities.contains { $0.label == "Alatau City" && $0.kind == .region })
    let circus = extract("The Hebei Wuqiao Acrobatic Troupe opened a season at the Tashkent State Circus. The Tashkent programme mixes new acts. The tour was arranged by the China Arts and Entertainment Group, a state agency.", lang: "en")
    #expect(Set(circus.entities.filter { $0.kind == .organization }.map(\.label)) == ["Hebei Wuqiao Acrobatic Troupe", "Tashkent State Circus", "China Arts and Entertainment Group"])
    #expect(!circus.entities.contains { $0.kind == .project })
    let chess = extract("Жансая Әбдімәлік Цзюй Вэньцзюньмен ойынды тең аяқтады.", lang: "kk")
    #expect(Set(chess.entities.filter { $0.kind == .person }.map(\.label)) == ["Zhansaya Abdimalik", "Ju Wenjun"])
    let agency = extract("Il festival è organizzato dall'Agenzia per la cinematografia dell'Uzbekistan (Uzbekkino). Il direttore di Uzbekkino ha parlato. Una serie sulla vita di Ulugh Beg, l'astronomo di Samarcanda.", lang: "it")
    #expect(agency.entities.filter { $0.kind == .organization }.map(\.mentions.count) == [3])
    #expect(agency.entities.first { $0.kind == .person }?.label == "Ulugh Beg")
    // (round 491: Turkic hyphenated names are towns, not quoted brands; a group's second word
    // is its short name; a chamber's quoted catalogued name is the chamber)
    let towns = extract("People from Kara-Buura and Bakay-Ata will no longer travel to Bishkek. The \u{201C}Ak-Tash\u{201D} brand sells water on Ala-Too Square.", lang: "en")
    #expect(Set(towns.entities.filter { $0.kind == .city }.map(\.label)) == ["Kara-Buura", "Bakay-Ata", "Bishkek"])
    let lovol = extract("Зауыт Weichai Lovol Intelligent Agricultural Technology компаниясының тракторларын құрастырады. Lovol компаниясының бас кеңсесі Вэйфан қаласында.", lang: "kk")
    #expect(lovol.entities.filter { $0.kind == .organization }.map(\.label) == ["Weichai Lovol Intelligent Agricultural Technology"])
    let chamber = extract("Secondo la Camera nazionale degli imprenditori del Kazakistan \"Atameken\", il Paese importa il laminato.", lang: "it")
    #expect(chamber.entities.filter { $0.kind == .organization }.map(\.id) == ["atameken"])
    // (round 492: an Italian works or industrial zone named by a town the catalogue lacks names
    // the town too, not a works named by its own name before its town; a heritage park)
    let works = extract("Gli ingegneri saranno formati nello stabilimento di Wujiang. La fabbrica sorgerà nella zona industriale di Pop. Il combustibile arriva dallo stabilimento di Ulba, a Öskemen.", lang: "it")
    #expect(Set(works.entities.filter { $0.kind == .city }.map(\.label)) == ["Wujiang", "Pop", "Ust-Kamenogorsk"])
    #expect(Set(works.entities.filter { $0.kind == .project }.map(\.label)) == ["stabilimento di Wujiang", "zona industriale di Pop", "stabilimento di Ulba"])
    let park = extract("Conservators will work in the Ancient Merv historical park.", lang: "en")
    #expect(park.entities.first { $0.kind == .project }?.label == "Ancient Merv historical park")
    // (round 493: a works' English name closed by "Combine"; an Italian body's capitalised noun,
    // lower-case words and a quoted name)
    let combine = extract("Chirchiq is home to the Uzbek Refractory and Heat-Resistant Metals Combine.", lang: "en")
    #expect(combine.entities.filter { $0.kind == .organization }.map(\.label) == ["Uzbek Refractory and Heat-Resistant Metals Combine"])
    let theatre = extract("Ha riaperto a Dushanbe il Teatro accademico statale dell'opera e del balletto \"Sadriddin Ayni\", il principale teatro del Paese.", lang: "it")
    #expect(theatre.entities.filter { $0.kind == .organization }.map(\.label) == ["Teatro accademico statale dell'opera e del balletto \"Sadriddin Ayni\""])
    #expect(!theatre.entities.contains { $0.kind == .person })
    // (round 494: an Italian ministry's lower-case portfolio adjective before its country)
    let ministry = extract("Secondo il ministero dell'Industria aerospaziale del Kazakistan, l'accordo vale 60 milioni.", lang: "it")
    #expect(ministry.entities.filter { $0.kind == .organization }.map(\.label) == ["Ministero dell'Industria aerospaziale del Kazakistan"])
    // (round 495: a complex by a free name of two words; a plant named by a town's one-word
    // adjective and a trade's)
    let complex = extract("Visitors will see the ruins of the Dorut Tilovat complex. The Almaty complex is old.", lang: "en")
    #expect(complex.entities.filter { $0.kind == .project }.map(\.label) == ["Dorut Tilovat complex"])
    let mmk = extract("Окатыши будут поставляться на Магнитогорский металлургический комбинат в России.", lang: "ru")
    #expect(mmk.entities.filter { $0.kind == .project }.map(\.label) == ["Магнитогорский металлургический комбинат"])
    // ("поэтому" is no poet)
    let therefore = extract("Поэтому Арман Шалабаев подписал договор с компанией «Азия Агро».", lang: "ru")
    #expect(!therefore.relations.contains { $0.role == "poet" })
  }

  @Test("rounds 496–: a facility's word points back only to a project of its kind; a visit's destinations end where a clause about the visit begins; a Latin company's 'Co., Ltd.' closes its mention and stays out of its label; guillemets a company's name opens and another capitalised word closes hold its subsidiary; an Italian body's name of two words after its adjective; an observatory by its mountain; a Russian body's full name after its short one; neuter -ье names declined; a cue and another cue's genitive; a quote in the next sentence names no event; indeclinable sports after a Russian cue; a sports complex, a monastery; a referee is no court; an extension station is a body; a listed Russian town read in another case is one node; a language switcher is noise; a Russian district after 'район' in the nominative; a town with its region after a comma; a school abroad by adjective, cue and 'в' with a place; a district named after a bard or a biy; Italian plural districts; a listed district before a hyphenated one; 'Ли Е'; crop and battery trades; a business district '<town> City'; a plural cue's list of districts or mines after it; a town in a Chinese province in Pinyin; a listed district joins its adjectival name; a company after 'assembler'; a body in the nominative after a genitive cue opens a clause; a Kazakh body's word is no third name; 'fino a' is a destination; an outlet's name closed by a place; a fund's name closed by two countries; no visit word in a surname; no builder in a locative; a Chinese given name that is a town's after a role and a company; a country's adjective in a catalogued port's Italian name; a remit opening with a compound adjective; no role in a Kazakh plural; a geological survey; a woman's given name ending as a locative; no declension after a role inside a body's name; one body under two names of its country; an adjective before a body's cue is no surname; a common phrase capitalised at sentences' starts; a Cyrillic town's romanised name; an oblast called a region; a terminal by its town's adjective; no body led by an unnamed company's country; an elided articulated preposition; a region's short name before 'өңірі'; 'в' with the accusative is a direction; an agent's preposition ends a role's place; a programme's 'Safe City'; an Italian ministry's portfolios in lower case; a startup; an acronym spelled out; a town's investment forum is an event; a regional government's chairman; an English body's name before an Italian 'di'; excavated sites; a crossing's quoted name with a modifier; two brands before their products; a short participle ends an event's genitives; a school by its number; one name before a plural project word; an agreement's long complement before its verb; a byline's author; a comparative adverb; a body's words beside a person; a one-word name and 'International'; an Italian ministry's capitalised portfolios listed after a comma; a town after a named event and 'di'; an honoree opening a sentence; a hyphenated declined word; a given name with diacritics; one mention per stretch of text; an ordinal event in a named series; a Kazakh builder's noun before a facility; a Georgian port town; a satellite 'battezzato'; a country's possessive mission; a street named after a place; a brand after its goods; a contract form's acronym; a river named as a hyphenated town; two villages a comma joins; a Kazakh common noun opening a sentence is no given name; villages after their country's genitive; a group, its subsidiary and a bank")
  func round496Rules() {
    // (round 496: "Заводу … газопровод, построенный X" after a road: X built no road; a
    // terminal is still a port's)
    let plant = extract("Участок выделен рядом с автодорогой Алматы — Хоргос. Заводу также подведут газопровод, построенный ОАО «Газстрой».", lang: "ru")
    #expect(!plant.relations.contains { $0.kind == .builds })
    let terminal = extract("The port of Aktau handles grain. COSCO Shipping will operate the new terminal.", lang: "en")
    #expect(terminal.relations.contains { $0.kind == .operates && $0.target == "aktau-port" })
    let visit = extract("Il progetto arriva dopo la visita del presidente Shavkat Mirziyoyev in Cina, durante la quale Tashkent e Pechino avevano concordato nuovi progetti.", lang: "it")
    #expect(visit.relations.filter { $0.kind == .visited }.map(\.target) == ["china"])
    let company = extract("A plant built by Wenzhou Aolun Shoes Co., Ltd. opened in Chust. Wenzhou Aolun hired 1,100 workers.", lang: "en")
    let shoes = company.entities.filter { $0.kind == .organization }
    #expect(shoes.map(\.label) == ["Wenzhou Aolun Shoes"])
    #expect(shoes.first?.mentions.map(\.text) == ["Wenzhou Aolun Shoes Co., Ltd", "Wenzhou Aolun"])
    // (round 497: «ҚазТрансГаз Аймақ» is no mention of KazTransGas; «Қазақмыс Корпорациясы»
    // is Kazakhmys, a company's own word completing its name)
    let gas = extract("Газ «ҚазТрансГаз Аймақ» арқылы жеткізіледі. «ҚазТрансГаз» компаниясы хабарлады.", lang: "kk")
    #expect(Set(gas.entities.filter { $0.kind == .organization }.map(\.label)) == ["ҚазТрансГаз Аймақ", "ҚазТрансГаз"])
    let branch = extract("Газ в село поставит «КазТрансГаз Аймак», а кредит выдаст «Казахтелеком».", lang: "ru")
    #expect(branch.entities.filter { $0.kind == .organization }.map(\.label).contains("КазТрансГаз Аймак"))
    let own = extract("Кен орнын «Қазақмыс Корпорациясы» игереді.", lang: "kk")
    #expect(own.entities.filter { $0.kind == .organization }.map(\.id) == ["kazakhmys"])
    // (round 498)
    let institute = extract("L'accordo è stato firmato con l'Istituto astronomico Ulugh Beg di Tashkent.", lang: "it")
    #expect(institute.entities.filter { $0.kind == .organization }.map(\.label) == ["Istituto astronomico Ulugh Beg"])
    let observatory = extract("Il telescopio sarà installato all'osservatorio del monte Maidanak, nella regione di Qashqadaryo.", lang: "it")
    #expect(observatory.entities.filter { $0.kind == .project }.map(\.label) == ["osservatorio del monte Maidanak"])
    let library = extract("В Национальной академической библиотеке открылся центр. В Национальной академической библиотеке Республики Казахстан в Астане прошла встреча.", lang: "ru")
    #expect(library.entities.filter { $0.kind == .organization }.count == 1)
    let region = extract("Сюаньцзан описал города древнего Семиречья. Путь по Семиречью долог.", lang: "ru")
    #expect(region.entities.first { $0.id == "zhetysu-region" }?.mentions.count == 2)
    let holdings = extract("Фонд центра насчитывает 8 тысяч книг.", lang: "ru")
    #expect(!holdings.entities.contains { $0.kind == .organization })
    // (round 499)
    let games = extract("Players want to qualify for the next Olympic Games. \"China is the best school in the world,\" he said.", lang: "en")
    #expect(games.entities.first { $0.kind == .event }?.label == "Olympic Games")
    let wushu = extract("Главный судья соревнований, мастер из монастыря Шаолинь Ши Яньлун, провёл выступления в спорткомплексе «Кожомкул». Турнир организован Федерацией ушу Кыргызской Республики.", lang: "ru")
    #expect(Set(wushu.entities.filter { $0.kind == .project }.map(\.label)) == ["монастырь Шаолинь", "спорткомплекс «Кожомкул»"])
    #expect(wushu.entities.filter { $0.kind == .organization }.map(\.label) == ["Федерация ушу Кыргызской Республики"])
    #expect(wushu.entities.contains { $0.kind == .person && $0.label == "Shi Yanlong" })
    // (round 500)
    let station = extract("Specialists will train at the Guangxi Sericulture Technology Extension Station in Nanning.", lang: "en")
    #expect(station.entities.first { $0.label == "Guangxi Sericulture Technology Extension Station" }?.kind == .organization)
    let town = extract("Проект создаст рабочие места в Навои и Кармане. Город Кармана растёт.", lang: "ru")
    #expect(town.entities.filter { $0.kind == .city && $0.label.hasPrefix("Карман") }.map(\.mentions.count) == [2])
    // (round 501: a language switcher is page furniture; "района Дангара" in the nominative is
    // the district, "в районе Пенджикента" in the genitive is near the town; a town a comma and
    // its region follow is no company's short name)
    #expect(NoiseLines.isNoise("Тоҷикӣ English"))
    #expect(NoiseLines.isNoise("Русский | Қазақша | English"))
    #expect(NoiseLines.isNoise("RU · EN · KZ"))
    #expect(!NoiseLines.isNoise("EN"))
    #expect(!NoiseLines.isNoise("English teachers arrived in Almaty."))
    let menu = extract("Новости\n\nEnglish\n\nВ Душанбе прошла встреча.", lang: "ru")
    #expect(menu.entities.map(\.id) == ["dushanbe"])
    let district = extract("Комбинат построен в районе Дангара Хатлонской области. Председатель района Дангара выступил.", lang: "ru")
    #expect(district.entities.filter { $0.kind == .region && $0.label.contains("Дангара") }.map(\.mentions.count) == [2])
    #expect(!district.entities.contains { $0.kind == .city })
    let near = extract("Рудник находится в районе Пенджикента.", lang: "ru")
    #expect(near.entities.contains { $0.id == "panjakent" })
    let steel = extract("La miniera sarà gestita da Baotou Steel. Il minerale andrà alle acciaierie di Baotou, in Mongolia Interna.", lang: "it")
    #expect(steel.entities.first { $0.id == "baotou" }?.mentions.count == 1)
    // (round 502: a school abroad named by a country's adjective, its cue and "в" with a place;
    // the pipeline's Italian spelling is the catalogue's)
    let school = extract("Эксперт Американского университета в Центральной Азии Азамат Тыныбеков считает иначе.", lang: "ru")
    #expect(school.entities.filter { $0.kind == .organization }.map(\.label) == ["Американский университет в Центральной Азии"])
    #expect(!school.entities.contains { $0.id == "united-states" })
    let generic = extract("Американский университет в Болгарии основан давно. Он учился в американском университете.", lang: "ru")
    #expect(!generic.entities.contains { $0.kind == .organization })
    let pipeline = extract("I lavori riguardano il gasdotto Beyneu-Bozoy-Shymkent.", lang: "it")
    #expect(pipeline.entities.contains { $0.id == "beineu-bozoi-shymkent-gas-pipeline" })
    // (round 503: a district named after a bard or a biy keeps the title; an Italian plural
    // district cue lists districts)
    let titled = extract("Ақмола облысы Біржан сал ауданының Степняк қаласында жұмыс басталды. Түркістан облысы Төле би ауданында зауыт ашылды.", lang: "kk")
    #expect(Set(titled.entities.filter { $0.kind == .region && $0.label.hasSuffix("ауданы") }.map(\.label)) == ["Біржан сал ауданы", "Төле би ауданы"])
    let titledRU = extract("В районе Шал акына Северо-Казахстанской области открыли школу.", lang: "ru")
    #expect(titledRU.entities.contains { $0.kind == .region && $0.label == "район Шал акын" })
    let titledEN = extract("A school opened in the Shal Akyn district of North Kazakhstan region.", lang: "en")
    #expect(titledEN.entities.contains { $0.kind == .region && $0.label == "Shal Akyn District" })
    let districts = extract("La struttura servirà anche i distretti vicini di Sariosiyo e Uzun.", lang: "it")
    #expect(Set(districts.entities.filter { $0.kind == .region }.map(\.label)) == ["distretto di Sariosiyo", "distretto di Uzun"])
    let three = extract("Nei distretti di Sariosiyo, Denau e Uzun cresce il cotone.", lang: "it")
    #expect(three.entities.filter { $0.label.hasPrefix("distretto") }.count == 3)
    // (round 504: a district listed first before a hyphenated one; the one-letter given name
    // "Е"; crops and batteries as a company's trade; a business district "<town> City")
    let listed = extract("A gin opened in the Aravan district. Farmers in Aravan, Kara-Suu and Nookat districts sell cotton.", lang: "en")
    #expect(listed.entities.first { $0.label == "Aravan District" }?.mentions.count == 2)
    #expect(!listed.entities.contains { $0.kind == .city })
    let ye = extract("Компанияның вице-президенті Ли Е зауыт ашылатынын айтты.", lang: "kk")
    #expect(ye.entities.contains { $0.kind == .person && $0.label == "Li Ye" })
    let cotton = extract("Xinjiang Lihua Cotton Co., Ltd. has opened a cotton gin in Osh. Xinjiang Lihua Cotton will pay farmers.", lang: "en")
    #expect(cotton.entities.filter { $0.kind == .organization }.map(\.label) == ["Xinjiang Lihua Cotton"])
    #expect(cotton.entities.first { $0.kind == .organization }?.mentions.count == 2)
    let city = extract("Il vetro servirà ai cantieri di Dushanbe City, il nuovo quartiere d'affari di Dushanbe.", lang: "it")
    #expect(city.entities.contains { $0.kind == .project && $0.label == "Dushanbe City" })
    #expect(city.entities.contains { $0.id == "dushanbe" })
    let hall = extract("Il sindaco ha parlato alla Dushanbe City Hall.", lang: "it")
    #expect(!hall.entities.contains { $0.label == "Dushanbe City" })
    // (round 505: a plural cue's list after it: Russian districts in the nominative, Italian
    // mines; fields the catalogue knows keep their entries; towns in the genitive stay towns)
    let etraps = extract("Свёклу вырастят в этрапе Дянев. Сырьё дадут объединения этрапов Дянев и Саят.", lang: "ru")
    #expect(Set(etraps.entities.filter { $0.kind == .region }.map(\.label)) == ["этрап Дянев", "этрап Саят"])
    let towns = extract("Жители районов Алматы и Астаны получили помощь.", lang: "ru")
    #expect(Set(towns.entities.map(\.id)) == ["almaty", "astana"])
    let mines = extract("Il nuovo impianto tratterà il minerale delle miniere Tishinsky e Ridder-Sokolny.", lang: "it")
    #expect(Set(mines.entities.filter { $0.kind == .project }.map(\.label)) == ["miniera Tishinsky", "miniera Ridder-Sokolny"])
    let fields = extract("Eni lavora nei giacimenti Karachaganak e Kashagan.", lang: "it")
    #expect(Set(fields.entities.filter { $0.kind == .project }.map(\.id)) == ["karachaganak-field", "kashagan-field"])
    // (round 506: a town a Chinese province follows is labelled in Pinyin; a Russian one
    // keeps its name)
    let pinyin = extract("Станки доставлены из города Шуйтоу провинции Фуцзянь.", lang: "ru")
    #expect(pinyin.entities.contains { $0.kind == .city && $0.label == "Shuitou" })
    let russian = extract("Станки доставлены из города Шуйтоу Алматинской области.", lang: "ru")
    #expect(russian.entities.contains { $0.kind == .city && $0.label == "Шуйтоу" })
    // (round 507: a district listed by its name is the one the text named by its adjective; an
    // indeclinable name after the plural cue; a company after the trade that assembles)
    let adjective = extract("Станцию построили в Фархорском районе. Вода пойдёт на поля в районах Фархор и Хамадони.", lang: "ru")
    #expect(adjective.entities.first { $0.label == "Фархорский район" }?.mentions.count == 2)
    #expect(adjective.entities.contains { $0.kind == .region && $0.label == "район Хамадони" })
    let etrap = extract("Завод построят в Дяневском этрапе. Свёклу вырастят в этрапах Дянев и Саят.", lang: "ru")
    #expect(etrap.entities.first { $0.label == "Дяневский этрап" }?.mentions.count == 2)
    let assembler = extract("The plant supplies bearings to tractor assembler Agromashholding in Kostanay.", lang: "en")
    #expect(assembler.entities.contains { $0.kind == .organization && $0.label == "Agromashholding" })
    // (round 508: a body named in the nominative after "форума" opens a clause and names no
    // event; a Kazakh body's word is no third name; "fino a" is a destination, not a place)
    let clause = extract("В рамках форума Национальная палата предпринимателей подписала соглашение.", lang: "ru")
    #expect(!clause.entities.contains { $0.kind == .event })
    #expect(clause.entities.contains { $0.kind == .organization && $0.mentions.contains { $0.text.hasPrefix("Национальная палата") } })
    let government = extract("Бұл туралы министр Ербол Сапаров Үкімет отырысында айтты.", lang: "kk")
    #expect(government.entities.contains { $0.kind == .person && $0.mentions.map(\.text) == ["Ербол Сапаров"] })
    let destination = extract("Il gasdotto Asia centrale-Cina porta il gas fino a Shanghai.", lang: "it")
    #expect(destination.entities.contains { $0.id == "shanghai" })
    #expect(!destination.relations.contains { $0.kind == .locatedIn && $0.target == "shanghai" })
    // (round 509: a periodical's words before a place name an outlet; countries joined by a
    // dash close a fund's name; a surname holds no visit word; a country a project lies in or
    // leads to does not build it)
    let outlet = extract("By Weekly Press Asia staff\nThe fair opened in Urumqi on Monday.", lang: "en")
    #expect(!outlet.entities.contains { $0.label == "Asia" })
    let fund = extract("Проект поддержал Фонд развития торговли Китай – Казахстан в прошлом году.", lang: "ru")
    #expect(fund.entities.contains { $0.kind == .organization && $0.label.hasSuffix("Китай – Казахстан") })
    let surname = extract("Министр Нурлан Сапаров встретился в Астане с губернатором провинции Ганьсу.", lang: "ru")
    #expect(!surname.relations.contains { $0.kind == .visited })
    let builder = extract("La Cina ha costruito in Tagikistan la strada Dushanbe-Kulob verso l'Uzbekistan.", lang: "it")
    #expect(builder.relations.contains { $0.kind == .builds && $0.source == "china" })
    #expect(!builder.relations.contains { $0.kind == .builds && ["tajikistan", "uzbekistan"].contains($0.source) })
    // (round 510: a Chinese given name that is also a town's, after a role and a company's
    // name, with Pinyin's syllable mark and an id without it; a country's adjective inside a
    // catalogued port's Italian name)
    let head = extract("Договор подписал глава компании State Grid Corporation of China Синь Баоань.", lang: "ru")
    #expect(head.entities.contains { $0.kind == .person && $0.label == "Xin Bao'an" && $0.id == "xin-baoan" })
    #expect(!head.entities.contains { $0.kind == .city })
    let port = extract("Il porto kazako di Aktau cresce. Il porto di Aktau ha un nuovo molo.", lang: "it")
    #expect(port.entities.first { $0.id == "aktau-port" }?.mentions.count == 2)
    // (round 511: a body's remit after "по" opens with a compound adjective; a Kazakh role
    // word in the plural holds no one's role)
    let commission = extract("Прошло заседание Межправительственной комиссии по торгово-экономическому сотрудничеству между Казахстаном и Китаем.", lang: "ru")
    #expect(commission.entities.contains { $0.kind == .organization && $0.label.hasSuffix("между Казахстаном и Китаем") && $0.label.contains("торгово-экономическому") })
    let boxers = extract("Чжоу Цзиньцян жас боксшылар мен балуандарды Бейжіңдегі жаттығу орталығына шақырды.", lang: "kk")
    #expect(boxers.entities.contains { $0.kind == .person && $0.label == "Zhou Jinqiang" })
    #expect(!boxers.relations.contains { $0.kind == .holdsRole })
    // (round 512: a state's survey is a body; a woman's given name that ends as a Kazakh
    // locative does before her feminine surname, which a catalogued man shares; a role word
    // inside a body's name declines no name after it; "глава" is no genitive)
    let survey = extract("The deal was signed by the China Geological Survey on Monday.", lang: "en")
    #expect(survey.entities.contains { $0.kind == .organization && $0.label == "China Geological Survey" })
    let saida = extract("Форумды Өзбекстан Президенті әкімшілігінің басшысы Саида Мирзиёева ашты.", lang: "kk")
    #expect(saida.entities.contains { $0.kind == .person && $0.mentions.map(\.text) == ["Саида Мирзиёева"] })
    #expect(saida.entities.contains { $0.id == "presidential-administration-uzbekistan" })
    #expect(!saida.entities.contains { $0.id == "shavkat-mirziyoyev" })
    let chief = extract("Выступила глава Администрации Президента Узбекистана Саида Мирзиёева.", lang: "ru")
    #expect(chief.entities.contains { $0.kind == .person && $0.label == "Saida Mirzieeva" })
    // (round 513: one body named with two names of its country is one node)
    let house = extract("Открылся Торговый дом Кыргызстана.\nВ Кашгаре открылся Торговый дом Кыргызской Республики.", lang: "ru")
    #expect(house.entities.filter { $0.kind == .organization }.count == 1)
    #expect(house.entities.first { $0.kind == .organization }?.mentions.count == 2)
    // (round 514: an adjective before a body's lower-case cue opens the body's name, no
    // surname; a body read only at sentences' starts, its words lower-case elsewhere, is none;
    // a town named only in Cyrillic is known by its romanised name too)
    let chamber = extract("Выступил вице-президент Торговой палаты Синьцзяна Ма Цзюньлинь.", lang: "ru")
    #expect(!chamber.entities.contains { $0.kind == .person && $0.label == "Torgova" })
    #expect(chamber.entities.contains { $0.kind == .person && $0.label == "Ma Junlin" })
    let council = extract("Әкім өткен инвесторлар кеңесінде мәлімдеді. Инвесторлар кеңесіне банк өкілдері қатысты.", lang: "kk")
    #expect(!council.entities.contains { $0.kind == .organization })
    let village = extract("Кешен Ескелді ауданындағы Қарабұлақ ауылының маңында орналасады.", lang: "kk")
    #expect(village.entities.first { $0.kind == .city }?.aliases.contains("Karabulak") == true)
    // (round 515: a Russian oblast "<adjective>ская область" is "<adjective>ский регион" too)
    let oblast = extract("Это уже третий проект компании в Туркестанском регионе.", lang: "ru")
    #expect(oblast.entities.contains { $0.id == "turkistan-region" })
    // (round 516: a terminal named by its town's adjective; a country's adjective that
    // describes an unnamed company is no body its director leads; an articulated preposition
    // elided before a body's cue at a sentence's start is no part of its name)
    let grain = extract("Делегация посетила Павлодарский зерновой терминал.", lang: "ru")
    #expect(grain.entities.filter { $0.kind == .project }.map(\.label) == ["Павлодарский зерновой терминал"])
    let director = extract("Соглашение подписал генеральный директор китайской компании Ли Цзяньго.", lang: "ru")
    #expect(director.entities.contains { $0.id == "china" })
    #expect(!director.relations.contains { $0.target == "china" && ($0.kind == .leads || $0.kind == .holdsRole) })
    let elided = extract("All'Università statale di Samarcanda è stato aperto un corso.", lang: "it")
    #expect(elided.entities.filter { $0.kind == .organization }.map(\.label) == ["Università statale di Samarcanda"])
    // (round 517: a region's first word before "өңірі" is that region, not the river; "в" and a
    // name in the accusative is a direction, not where a project lies; an agent's "dal" ends
    // the place a role may belong to)
    let ili = extract("Әкім Іле-Қазақ автономиялы облысының делегациясын қабылдады. Облыс пен Іле өңірі арасындағы тауар айналымы өсті.", lang: "kk")
    #expect(!ili.entities.contains { $0.id == "ili-river" })
    #expect(ili.entities.first { $0.id == "ili-prefecture" }?.mentions.count == 2)
    let supply = extract("Стороны обсудили освоение месторождения Галкыныш и поставки газа в Синьцзян.", lang: "ru")
    #expect(!supply.relations.contains { $0.kind == .locatedIn })
    let signer = extract("L'accordo è stato firmato a Bishkek dal ministro delle Finanze Almaz Baketaev.", lang: "it")
    #expect(!signer.relations.contains { $0.source == "almaz-baketaev" && $0.target == "bishkek" && $0.kind != .coMentioned })
    // (round 518: "Safe City" is a programme, not a town; a quoted name before a lower-case
    // word and "system"; an Italian ministry's capitalised portfolio with its adjective and a
    // second one after "e"; a company after "startup")
    let safe = extract("The mayor agreed to extend the capital's \"Safe City\" surveillance system.", lang: "en")
    #expect(!safe.entities.contains { $0.kind == .city })
    #expect(safe.entities.filter { $0.kind == .project }.map(\.label) == ["Safe City"])
    let ministry = extract("Il forum è organizzato dal ministero dell'Intelligenza artificiale e dello sviluppo digitale kazako.", lang: "it")
    #expect(ministry.entities.filter { $0.kind == .organization }.map(\.label) == ["Ministero dell'Intelligenza artificiale e dello sviluppo digitale kazako"])
    let startup = extract("Hanno partecipato rappresentanti di Tencent e della startup kazaka Higgsfield.", lang: "it")
    #expect(startup.entities.contains { $0.kind == .organization && $0.label == "Higgsfield" })
    // (round 519: a body's name with its closing acronym spelled out is that body)
    let combine = extract("Almalyk MMC signed the deal. Almalyk Mining and Metallurgical Combine is the largest copper producer.", lang: "en")
    #expect(combine.entities.filter { $0.kind == .organization }.map(\.id) == ["almalyk-mmc"])
    // (round 520: a town's name and an event's word make no company; the chairman of a
    // regional government does not lead his country)
    let investment = extract("Delegates came to the Bishkek Investment Forum.", lang: "en")
    #expect(investment.entities.first { $0.label == "Bishkek Investment Forum" }?.kind == .event)
    let chairman = extract("The minister met Erkin Tuniyaz, chairman of the regional government. Chairman Xi Jinping said China would invest more.", lang: "en")
    #expect(!chairman.relations.contains { $0.source == "erkin-tuniyaz" && $0.kind == .leads })
    #expect(chairman.relations.contains { $0.source == "xi-jinping" && $0.target == "china" && $0.kind == .leads })
    // (round 521: an English body's name takes no Italian "di" and its town; an excavated site
    // after "sito di" and another of its kind; a historical region; a crossing's quoted name
    // with a modifier is the same crossing)
    let northwest = extract("Il professor Wang Jianxin della Northwest University di Xi'an guida la missione.", lang: "it")
    #expect(northwest.entities.filter { $0.kind == .organization }.map(\.label) == ["Northwest University"])
    #expect(northwest.entities.contains { $0.id == "xian" })
    let sites = extract("La missione ha scoperto un monastero nel sito di Kara Tepe, vicino al Fayaz Tepe. I pellegrini viaggiavano tra la Battriana e la Cina.", lang: "it")
    #expect(Set(sites.entities.filter { $0.kind == .project }.map(\.label)) == ["Kara Tepe", "Fayaz Tepe"])
    #expect(sites.entities.contains { $0.id == "bactria" })
    let crossing = extract("«Бақты» автомобиль өткізу бекеті жаңартылды. Бақты өткізу бекеті тәулік бойы жұмыс істейді.", lang: "kk")
    #expect(crossing.entities.filter { $0.kind == .project }.count == 1)
    // (round 522: two brands before their products' noun are both companies; a short passive
    // participle ends what a sentence-opening cue's genitives may name)
    let brands = extract("The city runs 150 Yutong and Higer vehicles.", lang: "en")
    #expect(Set(brands.entities.filter { $0.kind == .organization }.map(\.label)) == ["Yutong", "Higer"])
    let organised = extract("Стороны подписали меморандум. Форум организован при поддержке Генерального консульства КНР в Алматы.", lang: "ru")
    #expect(!organised.entities.contains { $0.kind == .event })
    #expect(organised.entities.contains { $0.id == "consulate-general-of-china-in-almaty" })
    // (round 523: a school known by its number, in Kazakh, Russian and English; the China–Central
    // Asia secretariat in the catalogue)
    let kazakhSchool = extract("Шымкент қаласындағы №45 мектеп-гимназияда қытай тілі сыныптары ашылды.", lang: "kk")
    #expect(kazakhSchool.entities.filter { $0.kind == .organization }.map(\.label) == ["№45 мектеп-гимназия"])
    let russianSchools = extract("В школе-гимназии № 45 открылись классы. Ученики лицея № 8 участвовали, по лицензии № 12.", lang: "ru")
    #expect(russianSchools.entities.filter { $0.kind == .organization }.map(\.label) == ["Школа-гимназия № 45", "Лицей № 8"])
    let englishSchool = extract("Pupils of School No. 45 in Shymkent took part.", lang: "en")
    #expect(englishSchool.entities.filter { $0.kind == .organization }.map(\.label) == ["School No. 45"])
    let secretariat = extract("Il segretariato del meccanismo Cina-Asia centrale ha sede a Xi'an.", lang: "it")
    #expect(secretariat.entities.contains { $0.id == "china-central-asia-secretariat" })
    // (round 524: one name before modifiers and a plural project word is that project, in the
    // singular; a town's plants leave the town a town)
    let plants = extract("It operates the Zhanazhol and Kenkiyak fields and the Zhanazhol gas processing plants. The Almaty power plants burn coal.", lang: "en")
    #expect(plants.entities.contains { $0.kind == .project && $0.label == "Zhanazhol gas processing plant" })
    #expect(plants.entities.contains { $0.id == "almaty" && $0.kind == .city })
    // (round 525: an agreement word opening a sentence, with a long lower-case complement and
    // the clause's verb right after it, says what was signed and names no agreement; a
    // complement in quotes still does)
    let signed = extract("Соглашение о строительстве завода по выпуску медной катанки подписали в Таразе. Соглашение о «зелёном коридоре» подписали в Астане.", lang: "ru")
    #expect(!signed.entities.contains { $0.label.hasPrefix("Соглашение о строительстве") })
    #expect(signed.entities.contains { $0.kind == .project && $0.label.contains("зелёном коридоре") })
    // (round 528: a byline's author is no person of the story, with a role after the name or
    // in Markdown emphasis; a capitalised "Di" opens a surname)
    let byline = extract("Il vertice di Astana\n\ndi Marco Bellini, ricercatore dell'ISPI\n\nDi Maio, ministro degli Esteri, ha incontrato Wang Yi ad Astana.", lang: "it")
    #expect(!byline.entities.contains { $0.label.contains("Bellini") })
    #expect(byline.entities.contains { $0.kind == .person && $0.label == "Di Maio" })
    let by = extract("Gas deal in Ashgabat\n\nBy Mark Bell, a researcher at ISPI\n\nThe deal was signed in Ashgabat.", lang: "en")
    #expect(!by.entities.contains { $0.kind == .person })
    // (a comparative adverb opening a sentence opens no body's name; two words of a body the
    // text has named are no person listed beside another)
    let earlier = extract("Ранее прокуратура Актюбинской области проверила два предприятия.", lang: "ru")
    #expect(!earlier.entities.contains { $0.label.hasPrefix("Ран") })
    let owner = extract("Turkmengaz hired CNPC Chuanqing Drilling Engineering Company. The deal was signed by Turkmengaz chairman Maksat Babayev and Chuanqing Drilling's general manager Zhao Jinsong.", lang: "en")
    #expect(!owner.entities.contains { $0.kind == .person && $0.label == "Chuanqing Drilling" })
    #expect(owner.entities.contains { $0.kind == .person && $0.label == "Zhao Jinsong" })
    // (round 529: a town's name or an unread word and "International", no capitalised word
    // around them, is a company, and a later mention of the first word is that company; a
    // longer name or a facility word after it is not)
    let intl = extract("ALMATY — Kunming International, a hotel operator, and Zhongtai International will build a resort. Kunming's vice-president said flights land at Almaty International Airport and at Taraz International airport.", lang: "en")
    #expect(intl.entities.contains { $0.kind == .organization && $0.label == "Kunming International" && $0.mentions.contains { $0.text == "Kunming" } })
    #expect(intl.entities.contains { $0.kind == .organization && $0.label == "Zhongtai International" })
    #expect(!intl.entities.contains { $0.kind == .city && $0.label == "Kunming" })
    #expect(!intl.entities.contains { $0.kind == .organization && ($0.label.hasPrefix("Almaty International") || $0.label.hasPrefix("Taraz International")) })
    // (an Italian ministry in lower case lists capitalised portfolios after a comma when "e"
    // closes the list)
    let portfolios = extract("Lo ha annunciato il ministero degli Investimenti, dell'Industria e del Commercio dell'Uzbekistan.", lang: "it")
    #expect(portfolios.entities.contains { $0.kind == .organization && $0.label == "Ministero degli Investimenti, dell'Industria e del Commercio dell'Uzbekistan" })
    // (round 530: a town after "di" and a named event stays the town, though a company the
    // text names opens with it)
    let expo = extract("Il contratto con Shanghai Yuhang Trading è stato presentato alla China International Import Expo di Shanghai.", lang: "it")
    #expect(expo.entities.contains { $0.id == "shanghai" && $0.kind == .city })
    // (round 531: an honoree's one-word name may open the sentence; a hyphenated first word
    // declined in its last part opens no body's name)
    let honoree = extract("Шәкәрім атындағы университетте сабақ өтті. Іс-шараны облыстық мәдениет басқармасы ұйымдастырды.", lang: "kk")
    #expect(honoree.entities.contains { $0.kind == .organization && $0.label == "Шәкәрім атындағы университет" })
    #expect(!honoree.entities.contains { $0.label.hasPrefix("Іс-шара") })
    // (round 533: a given name with its diacritics; one stretch of text is one entity's
    // mention; an ordinal and a bare cue name the next event of a catalogued series the text
    // has named, not another party's)
    let costa = extract("Il presidente del Consiglio europeo António Costa ha parlato a Bruxelles.", lang: "it")
    #expect(costa.entities.contains { $0.kind == .person && $0.label == "António Costa" })
    let portCompany = extract("Ақтау порты жаңа кемелерді қабылдайды. Салтанатты шарада «Ақтау порты» АҚ басқарма төрағасы Абай Түркбенов сөз сөйледі.", lang: "kk")
    let stretches = portCompany.entities.flatMap { e in e.mentions.map { [$0.start, $0.end] } }
    #expect(Set(stretches).count == stretches.count)
    let series = extract("Due anni dopo il primo vertice Cina-Asia centrale di Xi'an, il secondo vertice si terrà ad Astana. L'Unione europea ha tenuto il suo primo vertice a Samarcanda.", lang: "it")
    #expect(series.entities.contains { $0.id == "second-china-central-asia-summit" && $0.mentions.contains { $0.text == "secondo vertice" } })
    #expect(series.entities.first { $0.id == "first-china-central-asia-summit" }?.mentions.count == 1)
    // round 534: a Kazakh builder's noun before a facility noun says who builds it and is no
    // part of a name; a Georgian port town
    let investors = extract("Облыста Қытай инвесторлары шыны зауытын салады.", lang: "kk")
    #expect(!investors.entities.contains { $0.kind == .project })
    #expect(investors.entities.contains { $0.id == "china" })
    let anaklia = extract("Georgia chose a consortium to build the deep-sea port at Anaklia.", lang: "en")
    #expect(anaklia.entities.contains { $0.id == "anaklia" && $0.kind == .city })
    // round 535: a word that gives a satellite its name may stand between the two; an English
    // country's possessive before a mission's word; a mission without a host is not placed in
    // the country that sends it
    let satellite = extract("Il satellite, battezzato KazSat-Agro, sarà costruito ad Astana.", lang: "it")
    #expect(satellite.entities.contains { $0.kind == .project && $0.label == "KazSat-Agro" })
    let possessive = extract("China's embassy in Bishkek did not respond. Russia's embassy said nothing about Russia's plans.", lang: "en")
    #expect(possessive.entities.contains { $0.id == "embassy-of-china-in-kyrgyzstan" && $0.mentions.contains { $0.text == "China's embassy in Bishkek" } })
    #expect(possessive.entities.contains { $0.id == "china" })
    #expect(possessive.entities.contains { $0.id == "embassy-of-russia" })
    #expect(!possessive.relations.contains { $0.source == "embassy-of-russia" && $0.target == "russia" && $0.kind == .locatedIn })
    // round 536: a street named after a place bears its name as it stands (streets of a country
    // still name none); a brand after a noun of its goods; a contract form's acronym names no body
    let street = extract("Торговый дом работает на улице Хэнань в Урумчи. На проспектах и улицах Казахстана много машин.", lang: "ru")
    #expect(street.entities.contains { $0.kind == .project && $0.label == "улица Хэнань" })
    #expect(!street.entities.contains { $0.id == "henan" })
    #expect(street.entities.contains { $0.id == "kazakhstan" })
    #expect(!street.entities.contains { $0.kind == .project && $0.label.contains("Казахстан") })
    let brand = extract("В торговом доме продают мёд и казахстанский шоколад «Рахат».", lang: "ru")
    #expect(brand.entities.contains { $0.kind == .organization && $0.mentions.contains { $0.text == "Рахат" } })
    let epc = extract("PowerChina served as the EPC contractor, and Huaneng will run the plant.", lang: "en")
    #expect(!epc.entities.contains { $0.label == "EPC" })
    #expect(epc.entities.contains { $0.id == "china-huaneng" })
    // round 537: a river after its cue bears a hyphenated town's name; two villages a comma
    // joins before a Kazakh plural cue
    let river = extract("Жители говорят, что в реке Ат-Башы погибла рыба.", lang: "ru")
    #expect(river.entities.contains { $0.kind == .region && $0.label == "река Ат-Башы" })
    #expect(!river.entities.contains { $0.kind == .city })
    let villages = extract("Кешен Қонаев пен маңындағы Шеңгелді, Заречный ауылдарын таза сумен қамтамасыз етеді. Жоба Тұрғынбеков басқарады.", lang: "kk")
    #expect(!villages.entities.contains { $0.kind == .person })  // (a common noun opening a sentence is no given name)
    #expect(villages.entities.filter { $0.kind == .city }.map(\.label).sorted() == ["Konayev", "Заречный", "Шеңгелді"])
    // round 538: two villages after their country in the genitive; a Kyrgyz region's Kazakh name
    // as the Russian writes it; a group and its subsidiary, an Italian bank
    let genitiveVillages = extract("Жол Қырғызстанның Арпа, Макмал ауылдары арқылы өтеді. Жалал-Абад облысында жол салынды.", lang: "kk")
    #expect(genitiveVillages.entities.contains { $0.id == "jalal-abad-region" })
    #expect(Set(genitiveVillages.entities.filter { $0.kind == .city }.map(\.label)) == ["Арпа", "Макмал"])
    let group = extract("Il gruppo italiano Maire, attraverso la controllata Tecnimont, ha firmato; il finanziamento è di Intesa Sanpaolo.", lang: "it")
    #expect(Set(group.entities.filter { $0.kind == .organization }.map(\.id)) == ["maire-tecnimont", "tecnimont", "intesa-sanpaolo"])
  }

  @Test("a mention that opens a quote keeps the quote that closes it (a catalogue alias, a named forum, a straight quote); a portfolio right after a declined role keeps the name after it declined")
  func quotedMentionsAndPortfolios() {
    var doc = Document(path: "t.txt", text: "Кредит выдал АО «Банк развития Казахстана» в Астане. В Алматы прошёл форум «Алматы – Урумчи». Ещё откроют завод «Алтын» и «Береке».")
    doc.language = "ru"
    let quoted = Self.extractor.extract(doc)
    #expect(quoted.entities.first { $0.id == "development-bank-of-kazakhstan" }?.mentions.map(\.text) == ["АО «Банк развития Казахстана»"])
    #expect(quoted.entities.contains { $0.kind == .event && $0.mentions.contains { $0.text == "форум «Алматы – Урумчи»" } })
    for e in quoted.entities {
      for m in e.mentions {
        // every mention's quotes pair up, and its text is the document's slice at its offsets
        #expect(m.text.filter { $0 == "«" }.count == m.text.filter { $0 == "»" }.count, "\(m.text)")
        #expect(doc.slice(m.start, m.end) == m.text)
      }
    }
    let straight = extract("The \"Oil and Gas of Turkmenistan\" conference opened in Ashgabat.", lang: "en")
    #expect(straight.entities.allSatisfy { $0.mentions.allSatisfy { $0.text.filter { $0 == "\"" }.count % 2 == 0 } })
    let portfolio = extract("В Астане прошла встреча министра по инвестициям Айбека Тулегенова с коллегой.", lang: "ru")
    #expect(portfolio.entities.contains { $0.kind == .person && $0.label == "Aybek Tulegenov" })
  }

  @Test("a page's character references and inline tags read as the page shows them: names joined by \"&nbsp;\", an apostrophe written \"&#8217;\", a name across <b> tags; offsets stay the page's, texts read as shown; a row of links stays apart")
  func pagePadding() throws {
    let html = "<p>Президент Касым-Жомарт&nbsp;Токаев встретился с Си&nbsp;Цзиньпином. Xi&#8217;an International Trade &amp; Logistics Park и <b>Нурлан</b> Жакупов.</p>"
    let doc = try Loader.decode(Array(html.utf8), path: "p.html")
    #expect(doc.scalars.count == html.unicodeScalars.count)
    #expect(!doc.padding.isEmpty)
    let x = ExtractorTests.extractor.extract(doc)
    let tokayev = try #require(x.entities.first { $0.label == "Kassym-Jomart Tokayev" })
    let m = try #require(tokayev.mentions.first)
    // (the offsets are the page's: they span the reference's padding; the text is as shown)
    #expect(m.text == "Касым-Жомарт Токаев")
    #expect(doc.slice(m.start, m.end).hasPrefix("Касым-Жомарт") && doc.slice(m.start, m.end).hasSuffix("Токаев"))
    #expect(m.end - m.start == "Касым-Жомарт&nbsp;Токаев".unicodeScalars.count)
    #expect(x.entities.contains { $0.label == "Xi Jinping" })
    #expect(x.entities.contains { $0.label == "Nurlan Zhakupov" })
    #expect(x.entities.contains { $0.kind == .project && $0.label == "Xi’an International Trade & Logistics Park" })
    // (evidence too: the sentence's offsets are the page's, its text as shown)
    let met = try #require(x.relations.first { $0.kind == .metWith })
    let ev = try #require(met.evidence.first)
    #expect(ev.text.hasPrefix("Президент Касым-Жомарт Токаев встретился"))
    #expect(doc.sentenceIndex(containing: ev.start) == ev.sentence)
    // (a row of links is no name)
    let row = try Loader.decode(Array("<div id=\"top\"><a href=\"/p\">Politics</a> <a href=\"/s\">Society</a> <a href=\"/l\">Log in</a></div><p>Trade rose.</p>".utf8), path: "r.html")
    #expect(ExtractorTests.extractor.extract(row).entities.isEmpty)
  }

  @Test("round 540: a continent's adjective before 'region' names no region; a place's name before it does")
  func round540Rules() {
    let en = extract("Trade with the Central Asian region grew, the Andijan region said.")
    #expect(!en.entities.contains { $0.kind == .region && $0.label.hasSuffix("Asian region") })
    #expect(en.entities.contains { $0.id == "andijan-region" })
  }
}

/// Every rule looks at tokens around a cue; near a document's first or last token those
/// windows are short. Each line of every probe article, whole and with its first words cut
/// off (so that a cue lands on the first or second token), and each line cut after its middle
/// word, is extracted as a document of its own: none may trap (a trap aborts the run).
@Suite struct FragmentTests {
  @Test("fragments of the probe articles extract without trapping", arguments: ["ru", "en", "it", "kk"])
  func fragments(_ language: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("examples/probes")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasSuffix(".json") && $0.hasPrefix(language + "-") }.sorted()
    #expect(names.count >= 60)
    let extractor = ExtractorTests.extractor
    var documents = 0
    for name in names {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      for (i, line) in lines.enumerated() {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        let next = i + 1 < lines.count ? "\n" + lines[i + 1] : ""
        var pieces = (0..<min(3, words.count)).map { words.dropFirst($0).joined(separator: " ") + next }
        if words.count > 2 { pieces.append(words.prefix(words.count / 2 + 1).joined(separator: " ")) }
        for p in pieces {
          _ = extractor.extract(Document(path: name, text: p))
          documents += 1
        }
      }
    }
    #expect(documents > 1000)
  }

  @Test("unbalanced quotes end every scan: a stray closing quote before an opening one once looped forever")
  func strayQuotes() {
    var documents: [Document] = []
    for text in ["Title\n\nExpress\" spokesperson \"Central\n", "Express\" said \"Central Asia Gas", "Компания» сообщил «Центральный", "Società\" ha detto \"Centrale",
      "Ltd\" and \"Beta\" and \"Gamma", "«Alpha» «Beta", "\"\"\"", "» « \" “ ” „"]
    {
      for language in [nil, "en", "ru", "it", "kk"] as [String?] {
        var d = Document(path: "t.txt", text: text)
        if let language { d.language = language }
        documents.append(d)
      }
    }
    // (the corpus's own words, shuffled, with quotes and punctuation strewn among them; the
    // generator's seed is fixed, so a failure names a reproducible text)
    struct Mix: RandomNumberGenerator {
      var state: UInt64
      mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
      }
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("examples/probes")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(names.count > 100)
    var rng = Mix(state: 7)
    let marks = ["\"", "«", "»", "“", "”", "„", ",", ".", "—", "-", "(", ")", ":", "'", "–"]
    for _ in 0..<250 {
      guard let name = names.randomElement(using: &rng), let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
      let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
      guard words.count > 20 else { continue }
      let start = Int.random(in: 0..<(words.count - 15), using: &rng)
      var piece = Array(words[start..<min(words.count, start + Int.random(in: 3...15, using: &rng))]).shuffled(using: &rng)
      for i in piece.indices where Int.random(in: 0..<4, using: &rng) == 0 {
        let mark = marks.randomElement(using: &rng)!
        piece[i] = Bool.random(using: &rng) ? mark + piece[i] : piece[i] + mark
      }
      documents.append(Document(path: name, text: "Title\n\n" + piece.joined(separator: " ") + "\n"))
    }
    // (run on a thread of its own against a deadline: an endless loop cannot be cancelled, so
    // the test fails at the deadline instead of hanging the run; the spinning thread ends with
    // the process)
    let extractor = ExtractorTests.extractor
    let all = documents
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      for d in all { _ = extractor.extract(d) }
      done.signal()
    }
    #expect(done.wait(timeout: .now() + 600) == .success, "the extractor did not finish within ten minutes: an endless loop")
  }

}

