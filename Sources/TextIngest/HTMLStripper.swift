/// Turns HTML into text of the same length: tags become spaces (a block tag's first
/// character becomes a newline so paragraphs stay sentences), character references become
/// their character padded with spaces, script/style/nav/header/footer content is blanked.
public enum HTMLStripper {
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
  ]

  /// Blanks the site's name that a page title ends with ("… | Новости регионов", "… - Asia
  /// News Italia"): after the last spaced bar or dash, at most five words, when at least three
  /// stand before it. The headline stays; the outlet is no entity of the story.
  static func blankSiteName(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
    var k = range.upperBound - 2
    while k > range.lowerBound {
      if out[k - 1] == " ", out[k + 1] == " ", ["|", "-", "–", "—"].contains(out[k]) { break }
      k -= 1
    }
    guard k > range.lowerBound else { return }
    func words(_ r: Range<Int>) -> Int { String(String.UnicodeScalarView(out[r])).split(whereSeparator: \.isWhitespace).count }
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
        for x in i...j where out[x] != "\n" { out[x] = " " }
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
          if name.hasPrefix("#x") || name.hasPrefix("#X") { rep = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) } else if name.hasPrefix("#") { rep = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) } else { rep = entities[name.lowercased()] }
          if let rep {
            out[i] = rep
            for x in (i + 1)...j { out[x] = " " }
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
