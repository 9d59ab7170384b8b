import Foundation
import Testing

@testable import TextIngest

@Suite struct LoaderTests {
  func tempDir() -> String {
    let d = NSTemporaryDirectory() + "relgraph-ingest-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }

  @Test("invalid UTF-8 names the byte offset; the rest of the directory still loads")
  func invalidUTF8() throws {
    let d = tempDir()
    defer { try? FileManager.default.removeItem(atPath: d) }
    _ = FileManager.default.createFile(atPath: d + "/good.txt", contents: Data("Алматы и Шанхай.".utf8))
    var bad = Data("Astana ".utf8)
    bad.append(contentsOf: [0xC3, 0x28, 0x41])
    _ = FileManager.default.createFile(atPath: d + "/bad.txt", contents: bad)
    let batch = try Loader.load([d])
    #expect(batch.documents.count == 1)
    #expect(batch.warnings == [.invalidUTF8(path: d + "/bad.txt", byteOffset: 7)])
  }

  @Test("binary and empty files are skipped with a warning")
  func binaryAndEmpty() throws {
    let d = tempDir()
    defer { try? FileManager.default.removeItem(atPath: d) }
    _ = FileManager.default.createFile(atPath: d + "/a.txt", contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]))
    _ = FileManager.default.createFile(atPath: d + "/b.md", contents: Data("  \n".utf8))
    _ = FileManager.default.createFile(atPath: d + "/c.txt", contents: Data("Kazakhstan and China signed an agreement.".utf8))
    let batch = try Loader.load([d])
    #expect(batch.documents.map { ($0.path as NSString).lastPathComponent } == ["c.txt"])
    #expect(batch.warnings.contains(.binary(path: d + "/a.txt")))
    #expect(batch.warnings.contains(.empty(path: d + "/b.md")))
  }

  @Test("a missing path and a directory without texts are errors")
  func missing() {
    #expect(throws: IngestError.missing(path: "/nonexistent/relgraph")) { try Loader.load(["/nonexistent/relgraph"]) }
    let d = tempDir()
    defer { try? FileManager.default.removeItem(atPath: d) }
    _ = FileManager.default.createFile(atPath: d + "/x.pdf", contents: Data("%PDF".utf8))
    #expect(throws: IngestError.noTexts(path: d)) { try Loader.load([d]) }
  }

  @Test("HTML: tags, scripts and entities are blanked in place, so offsets stay valid")
  func html() throws {
    let html = "<html><head><script>var x = 'Пекин';</script></head><body><p>Генконсул &laquo;Китая&raquo; в <b>Алматы</b></p><nav>Главная | Новости</nav></body></html>"
    let doc = try Loader.decode(Array(html.utf8), path: "x.html")
    #expect(!doc.text.contains("Пекин"))
    #expect(!doc.text.contains("Главная"))
    let r = doc.text.range(of: "Алматы")!
    let start = doc.text.unicodeScalars.distance(from: doc.text.unicodeScalars.startIndex, to: r.lowerBound)
    #expect(doc.slice(start, start + 6) == "Алматы")
    // "&laquo;" becomes "«" followed by padding, so later offsets do not move
    #expect(doc.text.contains("«      Китая»"))
    #expect(doc.scalars.count == html.unicodeScalars.count)
    // (that padding, and an inline tag's blanks after its first, are recorded: without them
    // the text reads as the page shows it, each scalar's offset kept)
    let (compact, offsets) = doc.compacted()
    #expect(compact.text.contains("Генконсул «Китая» в  Алматы"))
    #expect(offsets.count == compact.scalars.count + 1 && offsets.last == doc.scalars.count)
    #expect(compact.scalars.indices.allSatisfy { compact.scalars[$0] == doc.scalars[offsets[$0]] })
    #expect(compact.language == doc.language && compact.contentHash == doc.contentHash)
    // (HTML 4's named letters and signs, looked up as written: "&Egrave;" is "È")
    let named = try Loader.decode(Array("<p>&Egrave; la citt&agrave; di T&uuml;rkmengaz: 5&nbsp;&euro; &times; 2.</p>".utf8), path: "n.html").compacted().document.text
    #expect(named.contains("È la città di Türkmengaz: 5 € × 2."))
    // (a plain text has none)
    #expect(try Loader.decode(Array("Генконсул  Китая".utf8), path: "x.txt").padding.isEmpty)
  }

  @Test("HTML: a container whose class or id names furniture (footers and copyright lines too) is blanked whole, nested containers included; a title's closing site name is blanked, its headline kept")
  func htmlFurniture() throws {
    let html = """
      <html><head><title>Китай построит завод в Актобе | Новости Азии</title></head><body>
      <div class="top-menu"><a href="/">Главная</a> <div><a href="/asia">Азия</a></div> <a href="/kg">Кыргызстан</a></div>
      <p>Завод построят в Актобе.</p>
      <div id="related_news"><h3>Leggi anche</h3><a href="/1">Uzbekistan, nuova ferrovia</a></div>
      <div class="article-body"><p>Работы начнутся в Алматы.</p></div>
      </body></html>
      """
    let doc = try Loader.decode(Array(html.utf8), path: "x.html")
    #expect(doc.text.contains("Китай построит завод в Актобе"))
    #expect(!doc.text.contains("Новости Азии"))
    #expect(!doc.text.contains("Главная") && !doc.text.contains("Азия") && !doc.text.contains("Кыргызстан"))
    #expect(!doc.text.contains("Uzbekistan"))
    #expect(doc.text.contains("Завод построят в Актобе.") && doc.text.contains("Работы начнутся в Алматы."))
    #expect(doc.scalars.count == html.unicodeScalars.count)
    // (a footer or copyright container is furniture too, the article before it kept)
    let footer = "<div class=\"article\"><p>Trade rose in Khujand.</p></div>\n<div class=\"copyright\">© Asia-Plus Media Group</div><div id=\"site-footer\">Contacts</div>\n"
    let text = try Loader.decode(Array(footer.utf8), path: "f.html").text
    #expect(text.contains("Trade rose in Khujand.") && !text.contains("Asia-Plus") && !text.contains("Contacts"))
    // (a short title keeps its words: no headline stands before the dash)
    #expect(try Loader.decode(Array("<title>Казахстан - Китай</title>".utf8), path: "t.html").text.contains("Казахстан - Китай"))
  }

  @Test("page noise lines and image tags with data URIs are blanked")
  func noise() {
    let t = "<image>data:image/png;base64,AAAA</image>\nАстана принимает саммит.\nЧитайте также: новости Шанхая\nПодписывайтесь на нас в Telegram и Instagram\n"
    let doc = Document(path: "n.txt", text: t)
    #expect(doc.text.contains("Астана принимает саммит."))
    #expect(!doc.text.contains("Шанхая"))
    #expect(!doc.text.contains("Telegram"))
    #expect(!doc.text.contains("base64"))
    #expect(doc.scalars.count == t.unicodeScalars.count)
  }

  @Test("a furniture heading that ends in a colon takes the headlines under it, up to an empty line; blanked markup does not count as words")
  func readAlsoLists() {
    let t = "Текст о Казахстане.\n\nНовости по теме:\nВ Шымкенте откроют парк\nАктау получит порт\n\nТекст продолжается в Алматы.\n"
    let doc = Document(path: "n.txt", text: t)
    #expect(!doc.text.contains("Шымкенте") && !doc.text.contains("Актау"))
    #expect(doc.text.contains("Текст продолжается в Алматы."))
    let html = "<p>Текст.</p>\n<div class=\"more\"><b>Читайте также:</b>     <a href=\"/n/1\">Садыр Жапаров принял делегацию провинции Шэньси</a></div>\n"
    #expect(!Document(path: "n.html", text: html).text.contains("Жапаров"))
  }

  @Test("every list heading is a furniture line, so a heading with no colon is read: \"More from Regions\" takes the headlines under it")
  func listHeadingsAreFurniture() {
    for h in NoiseLines.listHeadings {
      let line = h.prefix(1).uppercased() + h.dropFirst() + " Regions"
      #expect(NoiseLines.isNoise(line), "\(line)")
      #expect(NoiseLines.isListHeading(Array(line.unicodeScalars)[...]), "\(line)")
    }
    let t = "Text about Fergana.\n\nMore from Regions\nNamangan textile park adds two factories\n\nText goes on in Andijan.\n"
    let doc = Document(path: "m.txt", text: t)
    #expect(!doc.text.contains("Namangan"))
    #expect(doc.text.contains("Text goes on in Andijan."))
  }

  @Test("a site's navigation path is noise; a headline with slashes or a dash list, or a date and place between a bar, is not")
  func breadcrumbs() {
    #expect(NoiseLines.isNoise("Home > Esteri > Asia"))
    #expect(NoiseLines.isNoise("Басты бет / Аймақ / Жетісу"))
    #expect(NoiseLines.isNoise("Главная / Регионы / Туркестанская область"))
    #expect(NoiseLines.isNoise("Economy » Transport » Railways"))
    #expect(NoiseLines.isNoise("Viaggi | Asia centrale"))
    #expect(NoiseLines.isNoise("24.kg | Новости Кыргызстана"))
    // (a date and the place the story was filed from, after or before a bar, is a dateline)
    #expect(!NoiseLines.isNoise("November 22, 2032 | URUMQI"))
    #expect(!NoiseLines.isNoise("Жетісу облысы | 18.11.2026"))
    #expect(!NoiseLines.isNoise("Kazakhstan / China"))
    #expect(!NoiseLines.isNoise("Astana – Beijing – Urumqi: new flights"))
    #expect(!NoiseLines.isNoise("Товарооборот вырос на 20% / Доля экспорта превысила половину / Это рекорд."))
    // (a Markdown table's row of short cells is the article's data)
    #expect(!NoiseLines.isNoise("| Uzbekneftegaz | Sinopec | Bukhara refinery | $980 m |"))
  }

  @Test("a Markdown menu of links is noise; a sentence with links, or one link, is not")
  func markdownMenus() {
    #expect(NoiseLines.isNoise("[Home](/) · [Economia](/economia) · [Asia](/asia)"))
    #expect(NoiseLines.isNoise("[Главная](/) | [Экономика](/economy)"))
    #expect(!NoiseLines.isNoise("[Asia](/asia)"))
    #expect(!NoiseLines.isNoise("Il treno parte da [Almaty](/almaty) e arriva a [Urumqi](/urumqi)."))
    let line = Array("**Urgench, 14 dicembre** — [Esteri](/esteri) · [Asia](/asia)".unicodeScalars)
    #expect(NoiseLines.trailingLinkList(line[...]) == 25)  // (from the dash)
    #expect(NoiseLines.trailingLinkList(Array("Si vedano [Almaty](/a) e [Urumqi](/u)".unicodeScalars)[...]) == nil)
    // (a dateline opening a line that reads as a breadcrumb stays; its menu goes)
    let dated = Cleaner.clean(Array("**Астана, 17 маусым 2032** | [Экономика](/kk/economy) | [Аймақтар](/kk/regions)\n".unicodeScalars))
    let kept = String(String.UnicodeScalarView(dated)).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(kept.contains("Астана, 17 маусым 2032") && !kept.contains("Экономика"))
    #expect(NoiseLines.isDateline(Array("*Dushanbe, June 15, 2032*".unicodeScalars)[...]))
    #expect(!NoiseLines.isDateline(Array("Главная".unicodeScalars)[...]))
  }
}

@Suite struct LanguageAndSegmentationTests {
  @Test("language detection", arguments: [
    ("Президент Казахстана провёл переговоры с председателем КНР в Астане.", "ru"),
    ("The president of Kazakhstan held talks with the Chinese leader in Astana.", "en"),
    ("Il presidente del Kazakistan ha incontrato il leader cinese ad Astana per discutere della cooperazione.", "it"),
    ("Қазақстан Президенті Астанада Қытай басшысымен келіссөз жүргізді және екі ел арасындағы ынтымақтастықты талқылады.", "kk"),
    ("哈萨克斯坦总统在阿斯塔纳会见中国国家主席。", "zh"),
  ])
  func language(_ pair: (String, String)) {
    #expect(LanguageDetector.detect(Array(pair.0.unicodeScalars)) == pair.1)
  }

  @Test("sentences end at . ! ? and line breaks, not at abbreviations or initials")
  func sentences() {
    let t = "В 2024 г. товарооборот вырос. Мэр Ж. Иванов встретил гостей! Новый абзац\nЗаголовок"
    let s = Array(t.unicodeScalars)
    let spans = Segmenter.sentences(in: s).map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
    #expect(spans == ["В 2024 г. товарооборот вырос.", "Мэр Ж. Иванов встретил гостей!", "Новый абзац", "Заголовок"])
  }

  @Test("words keep offsets in any script: Cyrillic, Kazakh, CJK, Arabic, combining marks")
  func words() {
    let t = "Қазақстан—China 中国 مرحبا Ñandú e\u{301}"
    let s = Array(t.unicodeScalars)
    let w = Segmenter.words(in: s)
    #expect(w.map(\.folded) == ["қазақстан", "china", "中国", "مرحبا", "ñandú", "e\u{301}"])
    for tok in w { #expect(tok.end > tok.start) }
  }

  @Test("dates in four languages", arguments: [
    ("9 января 2025 года в Алматы", "2025-01-09"), ("On 16 June 2025 the leaders met", "2025-06-16"),
    ("il 27 maggio 2022 a Roma", "2022-05-27"), ("2025 жылғы 16 маусымда Астанада", "2025-06-16"),
    ("03.01.2024, 10:27", "2024-01-03"), ("2022-05-29 15:17:55", "2022-05-29"), ("May 29, 2022", "2022-05-29"),
    ("в марте 2023 года", "2023-03"), ("2025 жылғы 12 наурызда", "2025-03-12"), ("2024 жылғы 3 қазанда", "2024-10-03"),
    ("12 марта 2025 года", "2025-03-12"), ("5 мая 2024 года", "2024-05-05"), ("Sept 9, 2023", "2023-09-09"),
  ])
  func dates(_ pair: (String, String)) {
    #expect(DateFinder.dates(in: Array(pair.0.unicodeScalars)).first?.iso == pair.1)
  }

  @Test("NFC: a decomposed letter and its precomposed form give the same text")
  func nfc() {
    let a = Document(path: "a", text: "Ерболат Досаев и\u{306}")
    let b = Document(path: "b", text: "Ерболат Досаев й")
    #expect(a.text == b.text)
  }
}

@Suite struct NFCTests {
  @Test("the NFC fast path: every scalar it calls stable is NFC alone, no combining mark, and left alone after a letter")
  func fastPathAgrees() {
    var checked = 0
    for v in UInt32(0)..<0xA000 where Normalizer.isStableUnderNFC(v) {
      guard let u = Unicode.Scalar(v) else { continue }
      let alone = String(String.UnicodeScalarView([u]))
      // compare scalars: String's == is canonical equivalence and would hide a change
      #expect(alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([u]), "U+\(String(v, radix: 16)) changes under NFC")
      #expect(u.properties.canonicalCombiningClass == .notReordered, "U+\(String(v, radix: 16)) is a combining mark")
      for base in ["a", "и", "е", "A"] {
        let pair = base + alone
        #expect(pair.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(pair.unicodeScalars), "\(base) + U+\(String(v, radix: 16)) composes")
      }
      checked += 1
    }
    #expect(checked > 20_000)
    // decomposed text still goes through Foundation
    let decomposed = "Казахстан и\u{0306}"  // и + combining breve
    #expect(Normalizer.nfc(decomposed).unicodeScalars.last == "й")
    #expect(Array(Normalizer.nfc("\u{2000}").unicodeScalars) == ["\u{2002}"])
  }
}
