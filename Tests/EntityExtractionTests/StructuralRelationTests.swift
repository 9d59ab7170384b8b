import EntityExtraction
import Testing
import TextIngest

/// Relations read from how names stand next to each other (``RelationRules`` structural
/// pass): containment by case and preposition, seats, subsidiaries, routes, parties to an
/// agreement, people together at a ceremony, roles whose body is named elsewhere. Each test
/// has the reading it must give and, where a near miss is likely, the one it must not.
@Suite struct StructuralRelationTests {
  func extract(_ text: String, _ name: String = "t.txt") -> DocumentExtraction {
    ExtractorTests.extractor.extract(Document(path: name, text: text))
  }
  func has(_ x: DocumentExtraction, _ s: String, _ k: RelationKind, _ t: String) -> Bool {
    x.relations.contains { $0.kind == k && (($0.source == s && $0.target == t) || (k.isSymmetric && $0.source == t && $0.target == s)) }
  }
  func id(_ x: DocumentExtraction, _ label: String) throws -> String {
    try #require(x.entities.first { $0.label == label || $0.mentions.contains { $0.text == label } }, "\(label)").id
  }

  @Test("Russian: a village in its district in its region by the genitive; an owner; a minister and the ministry of his portfolio; two people at one ceremony")
  func russianStructure() throws {
    let x = extract(
      """
      Около ста жителей села Сарыбулак Кеминского района Чуйской области пришли к руднику «Алтын-Дала», которым владеет китайская компания «Синьцзян Тяньшань Голд».

      Министерство энергетики Кыргызстана сообщило об этом. На церемонии присутствовали министр энергетики Таалайбек Ибраев и посол КНР в Кыргызстане Ду Дэвэнь.
      """, "ru.txt")
    let village = try id(x, "Сарыбулак"), district = try id(x, "Кеминского района"), mine = try id(x, "руднику «Алтын-Дала»")
    #expect(has(x, village, .partOf, district))
    #expect(has(x, district, .partOf, "chuy-region"))
    #expect(has(x, try id(x, "Синьцзян Тяньшань Голд"), .operates, mine))
    let ministry = try id(x, "Министерство энергетики Кыргызстана")
    #expect(has(x, "taalaybek-ibraev", .leads, ministry))
    #expect(has(x, ministry, .locatedIn, "kyrgyzstan"))
    #expect(has(x, "taalaybek-ibraev", .metWith, "du-dewen"))
    // (the catalogue's containment stays a catalogue fact: no pseudo-evidence is added to it)
    #expect(x.relations.allSatisfy { r in r.fromCatalog || r.evidence.allSatisfy { $0.text != "catalogue" } })
  }

  @Test("English: a subsidiary by the possessive, a district of a region, a seat before its body, a listing, a person of a body, a body chaired by a person, parties to an agreement")
  func englishStructure() throws {
    let x = extract(
      """
      PowerChina's subsidiary Sinohydro Bureau 8 will serve as the EPC contractor. The plant, located in the Yavan district of Khatlon Region, is developed by ACWA Power under an agreement with Barqi Tojik.

      Founded in 1993 and headquartered in Changji, TBEA is listed on the Shanghai Stock Exchange. Kate Mallinson of Chatham House said the deal was risky. The Cabinet of Ministers, chaired by Kokhir Rasulzoda, approved the loan.
      """, "en.txt")
    #expect(has(x, try id(x, "Sinohydro Bureau"), .partOf, "powerchina"))
    #expect(has(x, try id(x, "Yavan district"), .partOf, "khatlon-region"))
    #expect(has(x, "acwa-power", .signed, "barqi-tojik"))
    #expect(has(x, "tbea", .locatedIn, "changji"))
    #expect(has(x, "tbea", .memberOf, "shanghai-stock-exchange"))
    #expect(has(x, try id(x, "Kate Mallinson"), .holdsRole, try id(x, "Chatham House")))
    #expect(has(x, try id(x, "Kokhir Rasulzoda"), .leads, try id(x, "Cabinet of Ministers")))
  }

  @Test("Italian: a pair that signs together, a route's countries, a researcher's university and its town, a lender of the project spoken of")
  func italianStructure() throws {
    let x = extract(
      """
      Turkmengaz e la China National Petroleum Corporation hanno firmato un accordo ad Ashgabat.

      La nuova linea D del gasdotto Asia centrale-Cina dovrebbe attraversare Uzbekistan, Tagikistan e Kirghizistan. Secondo Marco Rossi, dell'Università di Padova, il progetto è strategico. Il finanziamento sarà garantito dalla Banca asiatica di sviluppo.
      """, "it.txt")
    #expect(has(x, "turkmengaz", .signed, "cnpc"))
    let line = "central-asia-china-gas-pipeline-line-d"
    for c in ["uzbekistan", "tajikistan", "kyrgyzstan"] { #expect(has(x, line, .locatedIn, c), "\(c)") }
    let university = try id(x, "Università di Padova")
    #expect(has(x, try id(x, "Marco Rossi"), .holdsRole, university))
    #expect(has(x, university, .locatedIn, "padua"))
    #expect(x.relations.contains { $0.kind == .funds && $0.source == "asian-development-bank" })
  }

  @Test("Kazakh: works in a town by the attributive locative (both of a pair), a town in its province by the genitive, an akim's trip abroad and his agreement, a railway's route")
  func kazakhStructure() throws {
    let x = extract(
      """
      Шымкенттегі «Оңтүстік Тоқыма» фабрикасы мен «Ақсу Жіп» фабрикасы жаңа жабдық алды.

      Қостанай облысының әкімі Құмар Ақсақалов Хэнань провинциясының Чжэнчжоу қаласында болып, «Yutong» компаниясымен автобус зауытын салу туралы келісті.

      Қытай – Қырғызстан – Өзбекстан темір жолының құрылысы басталды. Жол Қытайдың Кашгар қаласынан басталып, Андижан қаласына жетеді.
      """, "kk.txt")
    #expect(has(x, try id(x, "«Оңтүстік Тоқыма» фабрикасы"), .locatedIn, "shymkent"))
    #expect(has(x, try id(x, "«Ақсу Жіп» фабрикасы"), .locatedIn, "shymkent"))
    #expect(has(x, "zhengzhou", .partOf, "henan"))
    #expect(has(x, "kumar-aksakalov", .visited, "zhengzhou"))
    #expect(has(x, "kumar-aksakalov", .signed, "yutong"))
    // (not his own region's: an akim is at home in Kazakhstan)
    #expect(!has(x, "kumar-aksakalov", .visited, "kostanay-region"))
    let railway = "china-kyrgyzstan-uzbekistan-railway"
    #expect(has(x, railway, .locatedIn, "kashgar"))
    #expect(has(x, railway, .locatedIn, "andijon"))
  }

  @Test("near misses: countries a product goes to are no partners, a body named near another's seat is not seated there, a refused loan funds nothing, a bilateral name places nothing")
  func nearMisses() throws {
    let exports = extract("Kazakh wine exports remain small and go mostly to Russia and Kyrgyzstan.")
    #expect(!has(exports, "russia", .partnerOf, "kyrgyzstan"))
    let seat = extract("The academy will be based in Shchuchinsk, where Samruk-Kazyna has already funded a sports centre.")
    #expect(!seat.relations.contains { $0.kind == .locatedIn && $0.target == "shchuchinsk" })
    let loan = extract(
      "The Bishkek Thermal Power Plant was rebuilt by TBEA in 2017. He said the government would not take new loans from the Asian Development Bank. The financing of the plant's next stage will come from the Eurasian Development Bank."
    )
    #expect(!loan.relations.contains { $0.kind == .funds && $0.source == "asian-development-bank" })
    #expect(loan.relations.contains { $0.kind == .funds && $0.source == "eurasian-development-bank" })
    // (a bilateral name is no place of the body: "Base … Cina-Kazakistan" lies in neither)
    let base = extract("La Base di Cooperazione Logistica Cina-Kazakistan (Lianyungang) ha movimentato più container.", "it.txt")
    let b = try id(base, "Base di Cooperazione Logistica Cina-Kazakistan")
    #expect(has(base, b, .locatedIn, "lianyungang"))
    #expect(!has(base, b, .locatedIn, "kazakhstan") && !has(base, b, .locatedIn, "china"))
    // (a line between two towns lies at both ends, and "built by" names its builder)
    let line = extract("The Datka–Kemin power line was built by TBEA.")
    let l = try id(line, "Datka–Kemin power line")
    #expect(has(line, l, .locatedIn, "kemin"))
    #expect(has(line, "tbea", .builds, l))
  }

  @Test("the catalogue's containment reaches the nearest place the text names: a town its oblast when both are named, else its country")
  func nearestAncestor() throws {
    let both = extract("Завод построят в Экибастузе. Аким Павлодарской области поддержал проект.", "ru.txt")
    #expect(has(both, "ekibastuz", .partOf, "pavlodar-region"))
    let country = extract("Завод построят в Экибастузе, сообщили в правительстве Казахстана.", "ru.txt")
    #expect(has(country, "ekibastuz", .partOf, "kazakhstan"))
    let china = extract("Trains leave Xi'an for Almaty twice a week, the China Railway said; China plans more.")
    #expect(has(china, "xian", .partOf, "china"))
  }

  @Test("a town named like the project beside it: Khorgos alone is the town, Khorgos beside its dry port is the dry port")
  func namesakeTown() {
    let town = extract("Грузы идут в Китай через Хоргос и Алашанькоу.", "ru.txt")
    #expect(town.entities.contains { $0.id == "khorgos-town" && $0.kind == .city })
    #expect(!town.entities.contains { $0.id == "khorgos" })
    let hub = extract("Стороны обсудили развитие МЦПС «Хоргос». В прошлом году через Хоргос прошло больше грузов.", "ru.txt")
    #expect(hub.entities.contains { $0.id == "khorgos" && $0.mentions.count == 2 })
    #expect(!hub.entities.contains { $0.id == "khorgos-town" })
  }

  @Test("bodies: an arm named by its parent's words and a country, a member of a group, a partner named with 'insieme a', a delegation received")
  func bodiesTogether() throws {
    let arm = extract("Tianrui Group will build the smelter in Kazakhstan. The works are entrusted to the subsidiary Tianrui Kazakhstan.")
    #expect(has(arm, try id(arm, "Tianrui Kazakhstan"), .partOf, try id(arm, "Tianrui Group")))
    // (a function word shares nothing: two development banks are no parent and arm)
    let banks = extract("The Development Bank of Kazakhstan and the China Development Bank lent the money.")
    #expect(!banks.relations.contains { $0.kind == .partOf && $0.source == "development-bank-of-kazakhstan" })
    let group = extract("Il treno è stato organizzato da Nordtreni Logistics, società del gruppo Ferrovie dello Stato, insieme alla cinese Hengtong Logistics.", "it.txt")
    let cargo = try id(group, "Nordtreni Logistics")
    #expect(has(group, cargo, .partOf, try id(group, "Ferrovie dello Stato")))
    #expect(has(group, cargo, .partnerOf, try id(group, "Hengtong Logistics")))
    let delegation = extract("Аким Жамбылской области Ержан Кенжебаев принял делегацию компании «Ханьтянь Агро».", "ru.txt")
    #expect(has(delegation, try id(delegation, "Ержан Кенжебаев"), .metWith, try id(delegation, "Ханьтянь Агро")))
  }

  @Test("agreements: two countries that agree cooperate, two signers named after 'by' met and their bodies signed, a prime minister heads the government the text names")
  func agreements() throws {
    let countries = extract("Uzbekistan and China have agreed to build a second power line.")
    #expect(has(countries, "uzbekistan", .cooperatesWith, "china"))
    let signers = extract("The contract was signed in Tashkent by the chairman of Uzbekneftegaz, Bakhodir Sidikov, and the president of Sinopec, Zhao Dong.")
    #expect(has(signers, try id(signers, "Bakhodir Sidikov"), .metWith, try id(signers, "Zhao Dong")))
    #expect(has(signers, "uzbekneftegaz", .signed, "sinopec"))
    let pm = extract("Правительство Казахстана одобрило план. Премьер-министр Олжас Бектенов поручил ускорить работы.", "ru.txt")
    #expect(has(pm, "olzhas-bektenov", .leads, try id(pm, "Правительство Казахстана")))
    // (a head of state met "in a town with the president" leads no town)
    let visit = extract("Председатель компании встретился в Астане с президентом Касым-Жомартом Токаевым.", "ru.txt")
    #expect(!visit.relations.contains { $0.kind == .leads && $0.target == "astana" })
  }

  @Test("a linear work's noun after an article points back to the work named before: its route's places")
  func routeAnaphora() throws {
    let x = extract("Work resumed on the Tashkent–Osh highway. The 400-kilometre road will run through Angren and the Kamchik Pass to Andijan.")
    let road = try id(x, "Tashkent–Osh highway")
    #expect(has(x, road, .locatedIn, "angren"))
    #expect(has(x, road, .locatedIn, "andijon"))
  }
}
