import Foundation

/// Blanks out markup and page noise while keeping every other character at its offset.
///
/// News pages arrive with navigation, "read also" blocks, image tags with data URIs,
/// bylines' platform links and polls. Instead of deleting them (which would shift every
/// later offset) the cleaner overwrites them with spaces, so evidence offsets stay valid
/// against the original text.
enum Cleaner {
  static func clean(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var s = markupFree(input)
    blankFrontMatter(&s)
    blankNoiseLines(&s)
    return s
  }

  /// Front-matter keys whose values are the article's own words or date; every other key's
  /// value (source, author, tags, layout …) describes the page, not the story.
  static let frontMatterTextKeys: Set<String> = ["title", "subtitle", "headline", "description", "summary", "date", "dateline", "lead"]

  /// A Markdown page's YAML front matter ("---" lines around "key: value" lines at the very
  /// top): the fences and keys go, and so do the values of the keys that describe the page
  /// ("source: Central Asia Metals Review" names the publisher, no actor of the story). O(block).
  static func blankFrontMatter(_ s: inout [Unicode.Scalar]) {
    var i = 0
    while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\u{FEFF}" { i += 1 }
    func line(from a: Int) -> Int { var e = a; while e < s.count, s[e] != "\n" { e += 1 }; return e }
    func isFence(_ a: Int, _ e: Int) -> Bool { e - a >= 3 && s[a..<e].allSatisfy { $0 == "-" || $0 == " " } && s[a] == "-" }
    let firstEnd = line(from: i)
    guard isFence(i, firstEnd) else { return }
    var lines: [(Int, Int)] = []
    var a = firstEnd + 1
    while a < s.count, a < 4000 {
      let e = line(from: a)
      if isFence(a, e) {
        blank(&s, i, firstEnd)
        blank(&s, a, e)
        for (la, le) in lines {
          guard let colon = s[la..<le].firstIndex(of: ":") else { continue }
          let key = String(String.UnicodeScalarView(s[la..<colon].map(Normalizer.lower))).trimmingCharacters(in: .whitespaces)
          blank(&s, la, frontMatterTextKeys.contains(key) ? colon + 1 : le)
        }
        return
      }
      // (every line inside is a "key: value" pair, a list item or blank; a rule opening
      // ordinary text is no front matter)
      let key = s[a..<e].prefix { $0 != ":" }
      guard s[a..<e].allSatisfy({ $0 == " " }) || s[a..<e].first(where: { $0 != " " }) == "-"
        || key.count < e - a && !key.isEmpty && key.allSatisfy({ Normalizer.isAlphabetic($0) || $0 == "_" || $0 == "-" })
      else { return }
      lines.append((a, e))
      a = e + 1
    }
  }

  /// The text with markup and URLs blanked but page-furniture lines kept (where a dateline
  /// that shares a line with a photo credit can still be read).
  static func markupFree(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var s = input
    blankTags(&s)
    blankURLs(&s)
    return s
  }

  /// `<image>…</image>`, any leftover `<tag …>`, Markdown images `![alt](url)`.
  static func blankTags(_ s: inout [Unicode.Scalar]) {
    var i = 0
    let n = s.count
    while i < n {
      if s[i] == "<" {
        // <image>…</image> (or <img …>) with its content, e.g. a data URI
        if let close = findTagEnd(s, from: i) {
          let name = tagName(s, from: i + 1)
          if name == "image" || name == "img" || name == "script" || name == "style" {
            let endTag = Array("</\(name)>".unicodeScalars)
            let stop = find(endTag, in: s, from: close) ?? close
            let end = stop == close ? close + 1 : stop + endTag.count
            blank(&s, i, min(end, n))
            i = end
            continue
          }
          if !name.isEmpty || (i + 1 < n && (s[i + 1] == "/" || s[i + 1] == "!")) {
            blank(&s, i, close + 1)
            i = close + 1
            continue
          }
        }
      } else if s[i] == "!" && i + 1 < n && s[i + 1] == "[" {
        if let rb = firstIndex(of: "]", in: s, from: i + 2, limit: 400), rb + 1 < n, s[rb + 1] == "(",
          let rp = firstIndex(of: ")", in: s, from: rb + 2, limit: 100_000)
        {
          blank(&s, i, rp + 1)
          i = rp + 1
          continue
        }
      }
      i += 1
    }
  }

  /// Bare URLs and data URIs carry no entities of their own.
  static func blankURLs(_ s: inout [Unicode.Scalar]) {
    let prefixes = ["http://", "https://", "data:", "www."].map { Array($0.unicodeScalars) }
    var i = 0
    while i < s.count {
      var matched = false
      for p in prefixes where i + p.count <= s.count && s[i] == p[0] && (1..<p.count).allSatisfy({ s[i + $0] == p[$0] }) {
        if i > 0, s[i - 1].properties.isAlphabetic { continue }
        var j = i
        while j < s.count, !s[j].properties.isWhitespace, s[j] != "\"", s[j] != ")" { j += 1 }
        blank(&s, i, j)
        i = j
        matched = true
        break
      }
      if !matched { i += 1 }
    }
  }

  /// Lines that are page furniture in any of our languages.
  /// (A furniture line that ends in a colon heads a list: "Новости по теме:", "Read also:".
  /// The short lines right after it, up to a blank line, are the list's headlines.)
  static func blankNoiseLines(_ s: inout [Unicode.Scalar]) {
    var start = 0
    var listLines = 0  // headlines still expected after a furniture heading
    while start < s.count {
      var end = start
      while end < s.count, s[end] != "\n" { end += 1 }
      var last = end
      while last > start, s[last - 1].properties.isWhitespace { last -= 1 }
      if last == start {
        // (an empty line ends the list; a line of blanked markup, "<ul>", does not)
        if end - start < 2 { listLines = 0 }
      } else if listLines > 0, s[start..<last].reduce(1, { $1 == " " ? $0 + 1 : $0 }) <= 24 {
        blank(&s, start, end)
        listLines -= 1
      } else {
        // (a menu of links closing the line, looked for once)
        let menu = NoiseLines.trailingLinkList(s[start..<last])
        if let menu, NoiseLines.isDateline(s[start..<menu]) {
          // ("**Астана, 17 маусым 2032** | [Экономика](/economy) | [Аймақтар](/regions)" reads
          // as a breadcrumb of three short parts, but its first part is the story's dateline:
          // only the menu goes)
          listLines = 0
          blank(&s, menu, end)
        } else if NoiseLines.isNoise(s[start..<end]) {
          // (Markdown emphasis may close the heading: "**Читайте также:**")
          var colon = last - 1
          while colon > start, s[colon] == "*" || s[colon] == "_" { colon -= 1 }
          listLines = s[colon] == ":" || NoiseLines.isListHeading(s[start..<last]) ? 5 : 0
          blank(&s, start, end)
        } else {
          listLines = 0
          // ("6 ноября 2026 · Ташкент · Рубрика: Экономика": a section's label and what follows
          // it go, the date and place before it stay)
          if let label = NoiseLines.sectionLabel(s[start..<last]) { blank(&s, label, end) }
          // ("**Urgench, 14 dicembre** — [Esteri](/esteri) · [Asia](/asia)": a menu of links
          // closing a line after a dash or bar goes, the dateline before it stays)
          else if let menu { blank(&s, menu, end) }
        }
      }
      start = end + 1
    }
  }

  static func blank(_ s: inout [Unicode.Scalar], _ from: Int, _ to: Int) {
    var k = from
    while k < to && k < s.count {
      if s[k] != "\n" { s[k] = " " }
      k += 1
    }
  }

  static func findTagEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
    firstIndex(of: ">", in: s, from: i + 1, limit: 2000)
  }

  static func tagName(_ s: [Unicode.Scalar], from i: Int) -> String {
    var j = i
    var name = ""
    while j < s.count, s[j].properties.isASCIIHexDigit || ("a"..."z").contains(s[j]) || ("A"..."Z").contains(s[j]) || ("0"..."9").contains(s[j]) {
      name.unicodeScalars.append(s[j])
      j += 1
    }
    guard j < s.count, s[j] == ">" || s[j] == " " || s[j] == "/" || s[j] == "\n" else { return "" }
    return name.lowercased()
  }

  static func firstIndex(of c: Unicode.Scalar, in s: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
    var j = from
    while j < s.count && j < from + limit {
      if s[j] == c { return j }
      j += 1
    }
    return nil
  }

  static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from: Int) -> Int? {
    guard !needle.isEmpty, s.count >= needle.count else { return nil }
    var i = from
    while i + needle.count <= s.count {
      var ok = true
      for k in 0..<needle.count where Normalizer.lower(s[i + k]) != needle[k] {
        ok = false
        break
      }
      if ok { return i }
      i += 1
    }
    return nil
  }
}

/// Recognises whole lines of page furniture: navigation, "read also", polls, app and
/// social-network promotions, cookie banners, error-report prompts.
public enum NoiseLines {
  /// Headings of a list of other stories, which head the list with no colon ("More from
  /// Regions", "Читайте также", "Leggi anche"). The test runs only on lines ``cues`` already
  /// marks as furniture, so each heading is one of those cues.
  static let listHeadings: [String] = [
    "more from", "read also", "read more", "most read", "you may also like",
    "читайте также", "читать также", "новости по теме", "материалы по теме", "похожие новости", "другие новости", "больше новостей", "самое читаемое",
    "leggi anche", "potrebbe interessarti", "altre notizie", "articoli correlati", "notizie correlate", "i più letti",
    "тақырыпқа қатысты", "басқа жаңалықтар", "оқи отырыңыз",
  ]

  /// Whether a line of five words or fewer opens with a list heading (after Markdown's "#",
  /// "*" or "_"). O(line).
  static func isListHeading(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
    guard v.count < 80 else { return false }
    let l = Normalizer.string(ArraySlice(v.map(Normalizer.lower))).trimmingCharacters(in: CharacterSet(charactersIn: " #*_>\t"))
    guard l.split(separator: " ").count <= 5 else { return false }
    return listHeadings.contains { l.hasPrefix($0) }
  }

  static let cues: [String] = [
    // ru
    "читайте также", "читать также", "новости по теме", "материалы по теме", "читайте по теме", "похожие новости", "нашли ошибку", "выделите ошибку", "ctrl + enter",
    "ctrl+enter", "подписывайтесь", "на наших страницах в", "ваше мнение", "читаемое", "самые свежие новости",
    "все права защищены", "использование материалов", "фото:", "фото ", "источник:", "поделиться",
    "мы используем cookie", "если вы располагаете информацией", "указанная точка зрения", "теги:", "тэги:", "опрос:",
    "читайте нас", "мы в соцсетях", "подпишитесь", "просмотров:", "views:", "другие новости", "самое читаемое",
    "популярное за", "лента новостей", "telegram-канал", "больше новостей",
    // en
    "read also", "read more", "related news", "related articles", "your location:", "share this", "follow us",
    "all rights reserved", "cookie", "subscribe", "hotspot ranking", "photo courtesy", "photo:", "download the app",
    "sign up for", "advertisement", "related:", "see also:", "also read:", "tags:", "poll:", "newsletter", "more from",
    "most read", "you may also like", "recommended for you", "trending now", "terms of use", "privacy policy",
    // it
    "leggi anche", "potrebbe interessarti", "tutti i diritti riservati", "seguici su", "iscriviti", "tag:", "foto:",
    "sondaggio", "ti è piaciuto", "condividi:", "altre notizie", "i più letti", "più letti", "articoli correlati", "notizie correlate",
    "leggi altro", "approfondisci:",
    // kk
    "сондай-ақ оқыңыз", "оқи отырыңыз", "барлық құқықтар қорғалған", "жазылыңыз", "тағы оқыңыз", "сауалнама",
    "арнамыздан оқыңыз", "telegram-арна", "тегтер:", "басқа жаңалықтар", "көп оқылған", "тақырып бойынша:", "тақырыпқа қатысты",
    "арнасынан оқыңыз", "парақшамыздан", "бізді оқыңыз",
  ]
  static let platforms: [String] = [
    "telegram", "instagram", "facebook", "twitter", "whatsapp", "youtube", "tiktok", "vk.com", "вконтакте",
    "одноклассники", "app store", "google play", "android", "ios",
    // (a channel's or profile's address counts as a platform too: "[Telegram](https://t.me/…)")
    "t.me/", "vk.com/", "instagram.com/", "facebook.com/", "x.com/", "twitter.com/", "youtube.com/",
  ]

  /// Words that label a page's section before a colon ("Рубрика: Экономика").
  static let sectionLabels: Set<String> = ["рубрика", "раздел", "section", "category", "sezione", "categoria", "айдар", "санат"]

  /// Where a section's capitalised label ("Рубрика:", "Sezione:", "Section:") starts in a line
  /// of 25 words or fewer, or nil. O(line).
  static func sectionLabel(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
    guard line.count < 400, line.contains(":"), line.reduce(1, { $1 == " " ? $0 + 1 : $0 }) <= 25 else { return nil }
    for c in line.indices where line[c] == ":" {
      var a = c
      while a > line.startIndex, Normalizer.isAlphabetic(line[a - 1]) { a -= 1 }
      guard a < c, Normalizer.isUpper(line[a]), c - a <= 9 else { continue }
      if sectionLabels.contains(String(String.UnicodeScalarView(line[a..<c].map(Normalizer.lower)))) { return a }
    }
    return nil
  }

  static let cueBytes = cues.map { Array($0.utf8) }
  static let platformBytes = platforms.map { Array($0.utf8) }

  /// True when a line is page furniture rather than article text.
  public static func isNoise(_ line: String) -> Bool { isNoise(Array(line.unicodeScalars)[...]) }

  /// The same test on a line given as scalars (no String built for the whole line).
  public static func isNoise(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
    // long lines are paragraphs: only their first 400 bytes can hold a furniture cue, so
    // only a prefix is trimmed and lower-cased (400 bytes are at most 400 scalars; trailing
    // space is trimmed first so that it never counts as words)
    func blank(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
    var lo = v.startIndex, hi = v.endIndex
    while lo < hi && blank(v[lo]) { lo += 1 }
    while hi > lo && blank(v[hi - 1]) { hi -= 1 }
    let l = Normalizer.string(ArraySlice(v[lo..<hi].prefix(420).map(Normalizer.lower)))
    if l.isEmpty { return false }
    let bytes = Array(l.utf8.prefix(400))
    // words, not spaces: blanked markup leaves runs of spaces inside a line
    var words = 1
    for k in 1..<max(1, bytes.count) where bytes[k] != 0x20 && bytes[k - 1] == 0x20 { words += 1 }
    if words > 60 { return false }
    let platformHits = platformBytes.filter { ByteSearch.contains(bytes, $0) }.count
    if platformHits >= 2 { return true }
    for (ci, c) in cues.enumerated() where ByteSearch.contains(bytes, cueBytes[ci]) {
      // a cue inside a long paragraph is usually real text ("photo" in a sentence)
      if words <= 25 || c.count > 14 { return true }
    }
    if l.hasPrefix("фото") || l.hasPrefix("photo") || l.hasPrefix("foto") { return words <= 12 }
    // (a Markdown table's row, "| Uzbekneftegaz | Sinopec | Bukhara refinery |", holds the
    // article's own data, however short its cells)
    if v[lo] == "|", v[hi - 1] == "|", hi - lo > 2 { return false }
    return words <= 16 && (isBreadcrumb(l) || isLinkList(v[lo..<hi]) || isLanguageMenu(l))
  }

  /// A page's language switcher: a line of at most eight words, each a language's own name
  /// ("Тоҷикӣ English", "Русский | Қазақша | English", "Italiano") or, two of them at least,
  /// its code ("RU | EN | KZ"). `l` is lower-cased. O(line).
  static func isLanguageMenu(_ l: String) -> Bool {
    let parts = l.split(whereSeparator: { " |/·•,".contains($0) })
    guard !parts.isEmpty, parts.count <= 8 else { return false }
    var names = 0, codes = 0
    for p in parts {
      let w = String(p)
      if languageEndonyms.contains(w) { names += 1 } else if languageCodes.contains(w) { codes += 1 } else { return false }
    }
    return names >= 1 || codes >= 2
  }
  /// Languages' names as a switcher writes them (lower-cased): each in its own language, and
  /// the field's in English.
  static let languageEndonyms: Set<String> = [
    "english", "русский", "қазақша", "казакша", "тоҷикӣ", "тоджикӣ", "тоҷики", "o'zbekcha", "oʻzbekcha", "o‘zbekcha", "o’zbekcha",
    "ўзбекча", "узбекча", "кыргызча", "türkmençe", "туркменче", "italiano", "deutsch", "français", "español", "türkçe", "中文", "简体中文",
    "繁體中文", "العربية", "русс", "russian", "kazakh", "chinese", "uzbek", "kyrgyz", "tajik", "turkmen",
  ]
  /// Two-letter and three-letter language and site codes a switcher lists ("RU | EN | KZ").
  static let languageCodes: Set<String> = ["en", "eng", "ru", "rus", "рус", "kz", "kk", "қаз", "каз", "uz", "ўз", "уз", "tj", "тҷ", "kg", "ky", "кыр", "it", "ita", "zh", "cn", "tm"]

  /// Where a Markdown menu of two links or more (see ``isLinkList(_:)``) starts when it closes
  /// a line after a dash, bar or middle dot, or nil. O(line).
  static func trailingLinkList(_ v: ArraySlice<Unicode.Scalar>) -> Int? {
    guard v.count < 400, v.last == ")", v.contains("]") else { return nil }
    // the links' openings, each after separators only back to the one before or the dash
    var i = v.endIndex
    var links = 0
    var start = i
    while i > v.startIndex {
      var k = i - 1
      while k > v.startIndex, v[k] == " " || "·•|,".unicodeScalars.contains(v[k]) { k -= 1 }
      guard v[k] == ")" else { break }
      guard let rb = v[v.startIndex..<k].lastIndex(of: "]"), rb + 1 < k, v[rb + 1] == "(", let lb = v[v.startIndex..<rb].lastIndex(of: "["), lb + 1 < rb,
        !v[(lb + 1)..<rb].contains("(")
      else { break }
      links += 1
      start = lb
      i = lb
    }
    guard links >= 2, start > v.startIndex else { return nil }
    var k = start - 1
    while k > v.startIndex, v[k] == " " { k -= 1 }
    return "—–|·".unicodeScalars.contains(v[k]) ? k : nil
  }

  /// A dateline: a short run (at most six words) holding a digit, as a date always does
  /// ("Астана, 17 маусым 2032", "*Dushanbe, June 15*"). O(part).
  static func isDateline(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
    var words = 0
    var inWord = false
    var digit = false
    for c in v {
      if c.properties.numericType == .decimal { digit = true }
      let space = c == " " || c == "\t" || c.properties.generalCategory == .spaceSeparator
      if !space, !inWord { words += 1 }
      inWord = !space
    }
    return digit && words <= 6
  }

  /// A Markdown menu: two links or more ("[Home](/) · [Economia](/economia) · [Asia](/asia)")
  /// with nothing but separators (· • | / , – —) and spaces between them. O(line).
  static func isLinkList(_ v: ArraySlice<Unicode.Scalar>) -> Bool {
    var links = 0
    var i = v.startIndex
    while i < v.endIndex {
      let c = v[i]
      if c == "[" {
        guard let rb = v[i...].firstIndex(of: "]"), rb > i + 1, rb + 1 < v.endIndex, v[rb + 1] == "(", let rp = v[(rb + 1)...].firstIndex(of: ")") else { return false }
        links += 1
        i = rp + 1
        continue
      }
      guard c == " " || c == "\t" || "·•|/,–—-".unicodeScalars.contains(c) || c.properties.generalCategory == .spaceSeparator else { return false }
      i += 1
    }
    return links >= 2
  }

  /// A site's navigation path ("Главная / Регионы / Туркестанская область", "Home > Esteri >
  /// Asia", "Басты бет / Аймақ"): short parts between spaced separators (/ > » › |), opening
  /// with a home word, or three parts or more of at most four words each, none ending a
  /// sentence. `l` is lower-cased.
  static func isBreadcrumb(_ l: String) -> Bool {
    var parts: [Substring] = []
    var rest = l[...]
    while let r = breadcrumbSeparators.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
      parts.append(rest[..<r.lowerBound])
      rest = rest[r.upperBound...]
    }
    parts.append(rest)
    let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
    guard trimmed.count >= 2, !trimmed.contains(where: \.isEmpty) else { return false }
    if breadcrumbHomes.contains(trimmed[0]) { return true }
    // two short sections between a bar or chevron ("Viaggi | Asia centrale"); not a date and
    // the place it was filed from ("November 22, 2032 | URUMQI"): a section's name holds no
    // year (four digits in a row; "24.kg | Новости Кыргызстана" is a breadcrumb)
    func holdsYear(_ p: String) -> Bool {
      var run = 0
      for c in p.unicodeScalars {
        run = ("0"..."9").contains(c) ? run + 1 : 0
        if run == 4 { return true }
      }
      return false
    }
    if trimmed.count == 2, l.contains("|") || l.contains("›") || l.contains(">"), !trimmed.contains(where: holdsYear),
      trimmed.allSatisfy({ $0.split(separator: " ").count <= 3 }), trimmed.map({ $0.split(separator: " ").count }).reduce(0, +) <= 5
    { return true }
    return trimmed.count >= 3 && trimmed.allSatisfy { p in
      p.split(separator: " ").count <= 4 && !(p.last.map { ".!?:;".contains($0) } ?? false)
    }
  }
  static let breadcrumbSeparators = [" / ", " > ", " » ", " › ", " | ", " → "]
  static let breadcrumbHomes: Set<String> = ["главная", "главная страница", "home", "homepage", "home page", "басты бет", "басты", "prima pagina", "首页"]
}

/// Substring search on UTF-8 bytes. String.contains compares Characters, which is far slower
/// and unnecessary for text that is already lower-cased or folded.
public enum ByteSearch {
  public static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    needle.withUnsafeBufferPointer { firstIndex(hay, $0) != nil }
  }

  /// Without copying the needle (a native string's UTF-8 is contiguous).
  public static func contains(_ hay: [UInt8], _ needle: String) -> Bool { firstIndex(hay, needle) != nil }

  /// Byte offset of the first occurrence of `needle` in `hay`, or nil.
  public static func firstIndex(_ hay: [UInt8], _ needle: String) -> Int? {
    if let r = needle.utf8.withContiguousStorageIfAvailable({ firstIndex(hay, $0) }) { return r }
    return Array(needle.utf8).withUnsafeBufferPointer { firstIndex(hay, $0) }
  }

  /// Naive search that tests the needle's second byte first: in UTF-8 Cyrillic the first
  /// byte of every letter is one of two lead bytes, the second tells letters apart.
  static func firstIndex(_ hay: [UInt8], _ nd: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = nd.baseAddress, nd.count <= hay.count else { return nd.isEmpty ? 0 : nil }
    let m = nd.count
    if m == 1 { return hay.firstIndex(of: nd[0]) }
    let b0 = nd[0], b1 = nd[1], bl = nd[m - 1]
    return hay.withUnsafeBufferPointer { h in
      let hb = h.baseAddress!
      var i = 0
      let last = h.count - m
      while i <= last {
        if hb[i + 1] == b1 && hb[i] == b0 && hb[i + m - 1] == bl && (m <= 3 || memcmp(hb + i + 2, base + 2, m - 2) == 0) { return i }
        i += 1
      }
      return nil
    }
  }

  /// The set of adjacent byte pairs in a text: a needle whose first two bytes never occur
  /// together cannot match, so testing dozens of cue words against one sentence costs one
  /// pass over the sentence plus a bit test per cue (8 KB of bits).
  public struct PairFilter {
    var bits = [UInt64](repeating: 0, count: 1024)
    /// words of ``bits`` that hold a set bit (cleared by the next ``load(_:)``)
    var touched: [Int] = []

    /// An empty filter, to be loaded with ``load(_:)`` (one filter serves many texts).
    public init() {}

    public init(_ hay: [UInt8]) { load(hay) }

    /// Replaces the text the filter describes. O(length of this text and the last one).
    public mutating func load(_ hay: [UInt8]) {
      bits.withUnsafeMutableBufferPointer { b in
        for w in touched { b[w] = 0 }
        touched.removeAll(keepingCapacity: true)
        guard hay.count >= 2 else { return }
        for i in 0..<(hay.count - 1) {
          let k = Int(hay[i]) << 8 | Int(hay[i + 1])
          if b[k >> 6] == 0 { touched.append(k >> 6) }
          b[k >> 6] |= 1 << UInt64(k & 63)
        }
      }
    }

    /// False only when the needle (UTF-8) cannot occur in the text.
    @inline(__always)
    public func mayContain(_ needle: [UInt8]) -> Bool {
      guard needle.count >= 2 else { return true }
      let k = Int(needle[0]) << 8 | Int(needle[1])
      return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// False only when the needle cannot occur in the text.
    public func mayContain(_ needle: String) -> Bool {
      var it = needle.utf8.makeIterator()
      guard let a = it.next(), let b = it.next() else { return true }
      let k = Int(a) << 8 | Int(b)
      return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
  }
}
