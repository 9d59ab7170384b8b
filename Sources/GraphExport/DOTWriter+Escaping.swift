/// Quoting and escaping for DOT text (see shared/GRAPHVIZ.md §4.4 item 10).
///
/// Two layers matter. The DOT grammar: inside a quoted string only `\"` is an escape, so an
/// ID may not end in a backslash and `\\` stays two characters. The escString layer, which
/// Graphviz applies to `label`, `tooltip`, `id`, `xlabel`, `URL`: there `\N \G \E \T \H \L`
/// expand, `\n \l \r` break lines and `\\` is a backslash. User text goes only into
/// escString attributes, escaped so nothing expands; node and edge IDs are ours.
public enum DOTEscaping {
  /// A quoted escString: `"`, `\` escaped; newlines become `\n` (centred line break).
  public static func escString(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    var previousCR = false
    for c in s.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n":
        if !previousCR { out += "\\n" }
      case "\r": out += "\\n"
      case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += " "
      default: out.unicodeScalars.append(c)
      }
      previousCR = c == "\r"
    }
    return out + "\""
  }

  /// A quoted DOT ID. Only call with IDs we generate (ASCII slugs, `n123`); anything else is
  /// replaced by a stable synthetic ID because the grammar cannot express every string.
  public static func id(_ s: String) -> String {
    let safe = !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\\" && $0 != "\"" && $0.value >= 0x20 && $0 != "\u{7F}" }
    if safe { return "\"" + s + "\"" }
    return "\"x" + stableHash(s) + "\""
  }

  /// FNV-1a 64 in hex: the same input gives the same synthetic ID on every run.
  public static func stableHash(_ s: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return String(h, radix: 16)
  }
}
