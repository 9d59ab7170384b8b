/// Turns HTML into text of the same length: tags become spaces (a block tag's first
/// character becomes a newline so paragraphs stay sentences), character references become
/// their character padded with spaces, script/style/nav/header/footer content is blanked.
public enum HTMLStripper {
  static let blockTags: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "blockquote", "figure", "figcaption", "title", "dd", "dt",
  ]
  static let skipTags: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "figcaption", "button", "select"]
  static let entities: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
    "mdash": "—", "ndash": "–", "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    "bdquo": "„", "copy": "©", "reg": "®", "deg": "°", "middot": "·", "shy": " ",
  ]

  public static func strip(_ html: String) -> String {
    var s = Array(html.unicodeScalars)
    var i = 0
    var skipDepth: [String] = []
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
        if blockTags.contains(name) || skipTags.contains(name) { out[i] = "\n" }
        if skipTags.contains(name) {
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
