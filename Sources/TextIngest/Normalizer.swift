/// Scalar-for-scalar folding used for matching: lower case, `ё`→`е`, every quote to `"`,
/// every dash to `-`, every space to ` `. One scalar in, one scalar out, so offsets in a
/// folded text are offsets in the original.
public enum Normalizer {
  @inline(__always)
  public static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
    let v = c.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32)! }
      return c
    }
    if v >= 0x410 && v <= 0x42F { return Unicode.Scalar(v + 32)! }  // А–Я
    if v >= 0x400 && v <= 0x40F { return Unicode.Scalar(v + 80)! }  // Ѐ–Џ
    if v < 0x530 { return Unicode.Scalar(lowerTable[Int(v)])! }
    if v >= 0x3000 && v < 0xA000 { return c }  // CJK: no case
    return lowerSlow(c)
  }

  static func lowerSlow(_ c: Unicode.Scalar) -> Unicode.Scalar {
    let m = c.properties.lowercaseMapping.unicodeScalars
    return m.count == 1 ? m.first! : c
  }

  /// ``lower(_:)`` for U+0000–U+052F (Latin, Greek, Cyrillic and its supplement), worked
  /// out once from the Unicode tables.
  static let lowerTable: [UInt32] = (0..<UInt32(0x530)).map { v in
    guard let c = Unicode.Scalar(v) else { return v }
    return lowerSlow(c).value
  }

  /// Whether a scalar is an upper-case letter (Unicode `Uppercase`), with the ASCII and
  /// basic Cyrillic letters answered without a property-table lookup.
  @inline(__always)
  public static func isUpper(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    if v >= 0x410 && v <= 0x44F { return v <= 0x42F }
    return c.properties.isUppercase
  }

  /// Unicode `Alphabetic`, with ASCII and basic Cyrillic answered without a table lookup.
  @inline(__always)
  public static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    if v >= 0x410 && v <= 0x44F { return true }
    return c.properties.isAlphabetic
  }

  /// Folds one scalar for matching.
  @inline(__always)
  public static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
    switch c.value {
    case 0x451, 0x401: return "е"  // ё Ё
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x60, 0xB4, 0x2BC: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: return "\""
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
    case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return " "
    default: return lower(c)
    }
  }

  /// The NFC form of a string. Most news text is already NFC: when every scalar lies in a
  /// block where no character takes part in canonical composition or decomposition (ASCII
  /// and Latin-1 letters below U+0300, Cyrillic letters U+0400–U+0482 and U+048A–U+04FF
  /// except the handful with decompositions, general punctuation, CJK ideographs…), the
  /// string is returned as is; otherwise Foundation normalises it. O(n) for the check.
  public static func nfc(_ s: String) -> String {
    for u in s.unicodeScalars where !isStableUnderNFC(u.value) { return s.precomposedStringWithCanonicalMapping }
    return s
  }

  /// Whether a scalar is left alone by NFC in any context: it has no canonical
  /// decomposition other than one NFC recomposes to itself, is no combining mark (so nothing
  /// reorders), and is no second element of a composition. Conservative: false for anything
  /// not checked. (U+2000/U+2001 decompose to U+2002/U+2003 and are excluded; U+302A–U+302F
  /// are combining marks.)
  @inline(__always)
  static func isStableUnderNFC(_ v: UInt32) -> Bool {
    switch v {
    case 0..<0xC0: return true  // ASCII, Latin-1 punctuation and signs
    case 0x400..<0x483, 0x48A..<0x530: return true  // Cyrillic and its supplement (Kazakh ә ғ қ ң ө ұ ү һ і), letters only
    case 0x2002..<0x2070, 0x20A0..<0x20C0: return true  // general punctuation, currency
    case 0x3000..<0x302A, 0x3030..<0x3040: return true  // CJK symbols and punctuation
    case 0x4E00..<0xA000: return true  // CJK unified ideographs
    default: return false
    }
  }

  /// A folded copy of a string (same scalar count).
  public static func fold(_ s: String) -> String {
    var v: [Unicode.Scalar] = []
    v.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars { v.append(c) }
    return string(v[...], folded: true)
  }

  /// Writes a scalar value as UTF-8 at `out[i...]` (room for four bytes is the caller's
  /// business) and returns how many bytes it wrote.
  @inline(__always)
  public static func putUTF8(_ v: UInt32, _ out: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
    if v < 0x80 {
      out[i] = UInt8(truncatingIfNeeded: v)
      return 1
    } else if v < 0x800 {
      out[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
      out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
      return 2
    } else if v < 0x10000 {
      out[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
      out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
      out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
      return 3
    }
    out[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
    out[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
    return 4
  }

  /// A string of scalars, optionally folded, UTF-8 encoded straight into the new string's
  /// storage: one allocation, no per-scalar append. O(n).
  public static func string(_ scalars: ArraySlice<Unicode.Scalar>, folded: Bool = false) -> String {
    scalars.withUnsafeBufferPointer { src in
      var length = 0
      for c0 in src {
        let v = folded ? fold(c0).value : c0.value
        length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
      }
      if length == 0 { return "" }
      return String(unsafeUninitializedCapacity: length) { buf in
        var i = 0
        for c0 in src { i += putUTF8(folded ? fold(c0).value : c0.value, buf, at: i) }
        return i
      }
    }
  }

  /// A soft hyphen (U+00AD), a zero-width joiner (U+200D) or a word joiner (U+2060): marks
  /// that web pages put inside words and that readers do not see.
  @inline(__always)
  public static func isInvisibleJoiner(_ c: Unicode.Scalar) -> Bool {
    c.value == 0xAD || c.value == 0x200D || c.value == 0x2060
  }

  /// Letters and digits count as word characters; so do combining marks inside a word.
  @inline(__always)
  public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 {
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }
    if v >= 0x400 && v <= 0x4FF { return true }
    let p = c.properties
    return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
  }
}
