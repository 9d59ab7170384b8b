/// Turns HTML into text of the same length: tags become spaces (a block tag's first
/// character becomes a newline so paragraphs stay sentences), character references become
/// their character padded with spaces, script/style/nav/header/footer content is blanked.
/// The padding of a reference and the blanks of an inline tag after its first are written as
/// ``Document/paddingMark``, which ``Document`` records as ``Document/padding`` and turns into
/// spaces.
public enum HTMLStripper {
  static let paddingMark = Document.paddingMark

  static let blockTags: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "blockquote", "figure", "figcaption", "title", "dd", "dt",
  ]
  static let skipTags: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "figcaption", "button", "select"]
  /// Words of a `class` or `id` that mark a container as page furniture rather than the
  /// article (the "unlikely candidates" of Arc90's Readability, which Mozilla's reader view
  /// keeps): menus, breadcrumbs, share bars, "related" and "read also" blocks, comments, tag
  /// lists, banners, newsletter boxes, footers and copyright lines. Matched against the
  /// attribute's words split at non-letters ("related-news" → "related").
  static let furnitureWords: Set<String> = [
    "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sidebar", "related", "readalso",
    "comment", "comments", "tags", "banner", "advert", "advertisement", "ads", "promo", "subscribe", "newsletter", "cookie", "cookies", "popup",
    "footer", "copyright",
  ]
  /// Tags that may hold furniture (a span or link inside the text never does).
  /// (Not `p`, whose end tag HTML lets a page leave out.)
  static let containerTags: Set<String> = ["div", "ul", "ol", "section", "table"]

  /// Whether a start tag's `class` or `id` names furniture (see ``furnitureWords``).
  static func isFurniture(_ inner: String) -> Bool {
    let lower = inner.lowercased()
    for attr in ["class=", "id="] {
      var rest = lower[...]
      while let r = rest.range(of: attr) {
        // (a whole attribute name: "data-id=" is not "id=")
        let before = r.lowerBound == rest.startIndex ? " " : rest[rest.index(before: r.lowerBound)]
        rest = rest[r.upperBound...]
        guard before == " " || before == "\t" || before == "\n", let q = rest.first, q == "\"" || q == "'" else { continue }
        let value = rest.dropFirst().prefix { $0 != q }
        let words = value.split { !$0.isLetter }.map(String.init)
        if words.contains(where: furnitureWords.contains) { return true }
        if value.contains("read-also") || value.contains("read_also") || value.contains("see-also") { return true }
      }
    }
    return false
  }

  static let entities: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
    "mdash": "—", "ndash": "–", "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    "bdquo": "„", "copy": "©", "reg": "®", "deg": "°", "middot": "·", "shy": "\u{AD}",
    // (the accented letters and typographic signs of HTML 4's table: "citt&agrave;", "T&uuml;rkmengaz",
    // "&euro;"; looked up as written, the lower-case name after: "&Egrave;" is "È")
    "agrave": "\u{E0}", "aacute": "\u{E1}", "acirc": "\u{E2}", "atilde": "\u{E3}", "auml": "\u{E4}", "aring": "\u{E5}", "aelig": "\u{E6}",
    "ccedil": "\u{E7}", "egrave": "\u{E8}", "eacute": "\u{E9}", "ecirc": "\u{EA}", "euml": "\u{EB}", "igrave": "\u{EC}", "iacute": "\u{ED}",
    "icirc": "\u{EE}", "iuml": "\u{EF}", "eth": "\u{F0}", "ntilde": "\u{F1}", "ograve": "\u{F2}", "oacute": "\u{F3}", "ocirc": "\u{F4}",
    "otilde": "\u{F5}", "ouml": "\u{F6}", "oslash": "\u{F8}", "ugrave": "\u{F9}", "uacute": "\u{FA}", "ucirc": "\u{FB}", "uuml": "\u{FC}",
    "yacute": "\u{FD}", "thorn": "\u{FE}", "yuml": "\u{FF}", "szlig": "\u{DF}", "Agrave": "\u{C0}", "Aacute": "\u{C1}", "Acirc": "\u{C2}",
    "Atilde": "\u{C3}", "Auml": "\u{C4}", "Aring": "\u{C5}", "AElig": "\u{C6}", "Ccedil": "\u{C7}", "Egrave": "\u{C8}", "Eacute": "\u{C9}",
    "Ecirc": "\u{CA}", "Euml": "\u{CB}", "Igrave": "\u{CC}", "Iacute": "\u{CD}", "Icirc": "\u{CE}", "Iuml": "\u{CF}", "ETH": "\u{D0}",
    "Ntilde": "\u{D1}", "Ograve": "\u{D2}", "Oacute": "\u{D3}", "Ocirc": "\u{D4}", "Otilde": "\u{D5}", "Ouml": "\u{D6}", "Oslash": "\u{D8}",
    "Ugrave": "\u{D9}", "Uacute": "\u{DA}", "Ucirc": "\u{DB}", "Uuml": "\u{DC}", "Yacute": "\u{DD}", "THORN": "\u{DE}", "oelig": "\u{153}",
    "OElig": "\u{152}", "scaron": "\u{161}", "Scaron": "\u{160}", "Yuml": "\u{178}", "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}",
    "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}", "times": "\u{D7}", "divide": "\u{F7}", "plusmn": "\u{B1}", "micro": "\u{B5}",
    "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}", "sup1": "\u{B9}", "sup2": "\u{B2}", "sup3": "\u{B3}", "ordf": "\u{AA}",
    "ordm": "\u{BA}", "iexcl": "\u{A1}", "iquest": "\u{BF}", "not": "\u{AC}", "bull": "\u{2022}", "trade": "\u{2122}", "sbquo": "\u{201A}",
    "prime": "\u{2032}", "Prime": "\u{2033}", "permil": "\u{2030}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "dagger": "\u{2020}",
    "Dagger": "\u{2021}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}",
    "rlm": "\u{200F}", "minus": "\u{2212}", "circ": "\u{2C6}", "tilde": "\u{2DC}", "acute": "\u{B4}", "cedil": "\u{B8}", "uml": "\u{A8}",
    "macr": "\u{AF}", "brvbar": "\u{A6}", "curren": "\u{A4}", "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}",
    "hyphen": "\u{2010}",
  ]

  /// Blanks the site's name that a page title ends with ("… | Новости регионов", "… - Asia
  /// News Italia"): after the last spaced bar or dash, at most five words, when at least three
  /// stand before it. The headline stays; the outlet is no entity of the story.
  static func blankSiteName(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
    var k = range.upperBound - 2
    while k > range.lowerBound {
      if out[k - 1] == " " || out[k - 1] == paddingMark, out[k + 1] == " " || out[k + 1] == paddingMark, ["|", "-", "–", "—"].contains(out[k]) { break }
      k -= 1
    }
    guard k > range.lowerBound else { return }
    func words(_ r: Range<Int>) -> Int { String(String.UnicodeScalarView(out[r])).split(whereSeparator: { $0.isWhitespace || $0 == Character(paddingMark) }).count }
    guard words(range.lowerBound..<k) >= 3, case let tail = words((k + 1)..<range.upperBound), tail >= 1, tail <= 5 else { return }
    for x in k..<range.upperBound where out[x] != "\n" { out[x] = " " }
  }

  public static func strip(_ html: String) -> String {
    var s = Array(html.unicodeScalars)
    var i = 0
    var skipDepth: [String] = []
    var titleStart: Int?
    var out = s
    while i < s.count {
      let c = s[i]
      if c == "<" {
        var j = i + 1
        while j < s.count, s[j] != ">" { j += 1 }
        if j >= s.count { break }
        let inner = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        let closing = inner.hasPrefix("/")
        let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
        // comments
        if inner.hasPrefix("!--") {
          var k = i + 4
          while k + 2 < s.count, !(s[k] == "-" && s[k + 1] == "-" && s[k + 2] == ">") { k += 1 }
          for x in i..<min(k + 3, s.count) where out[x] != "\n" { out[x] = " " }
          i = k + 3
          continue
        }
        // (an inline tag outside skipped content leaves one blank and padding: "<b>Kassym-Jomart</b>
        // Tokayev" reads as two words a space apart; a link's end stays blanks, which keep the
        // items of a row of links apart: "<a>Politics</a> <a>Society</a>")
        let inline = skipDepth.isEmpty && !blockTags.contains(name) && !skipTags.contains(name) && !name.isEmpty && !(closing && name == "a")
        for x in i...j where out[x] != "\n" { out[x] = inline && x > i ? paddingMark : " " }
        if name == "title" { if closing, let t = titleStart { blankSiteName(&out, t..<i) } else { titleStart = j + 1 } }
        if blockTags.contains(name) || skipTags.contains(name) { out[i] = "\n" }
        // (a container is skipped whole when its class names furniture; inside a skipped one,
        // its own tag name is counted so that a nested <div> does not end the skip early)
        let furniture = !closing && containerTags.contains(name) && isFurniture(inner)
        if skipTags.contains(name) || furniture || skipDepth.contains(name) {
          if closing { if let k = skipDepth.lastIndex(of: name) { skipDepth.remove(at: k) } } else if !inner.hasSuffix("/") { skipDepth.append(name) }
        }
        i = j + 1
        continue
      }
      if !skipDepth.isEmpty {
        if out[i] != "\n" { out[i] = " " }
        i += 1
        continue
      }
      if c == "&" {
        var j = i + 1
        while j < s.count, j - i < 10, s[j] != ";", s[j].properties.isAlphabetic || s[j] == "#" || ("0"..."9").contains(s[j]) { j += 1 }
        if j < s.count, s[j] == ";" {
          let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
          var rep: Unicode.Scalar?
          if name.hasPrefix("#x") || name.hasPrefix("#X") { rep = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) } else if name.hasPrefix("#") { rep = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) } else { rep = entities[name] ?? entities[name.lowercased()] }
          if let rep {
            out[i] = rep
            for x in (i + 1)...j { out[x] = paddingMark }
            i = j + 1
            continue
          }
        }
      }
      i += 1
    }
    s = out
    return String(String.UnicodeScalarView(s))
  }
}
