/// Splits text into sentences and words, keeping scalar offsets.
///
/// Foundation on Linux has no `enumerateSubstrings(options: .bySentences)`, so this is ours:
/// a sentence ends at `.`, `!`, `?`, `…` followed by space and an upper-case letter, a
/// digit, a quote or a dash, or at a blank line/line break (news pages put headlines and
/// captions on lines of their own). Abbreviations (`г.`, `т.е.`, `Mr.`, initials) do not end
/// a sentence.
public enum Segmenter {
  static let abbreviations: Set<String> = [
    "г", "гг", "т", "е", "д", "др", "пр", "им", "ул", "млн", "млрд", "тыс", "руб", "см", "стр", "mr", "mrs",
    "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "sig", "dott", "on", "gen",
  ]

  public static func sentences(in s: [Unicode.Scalar]) -> [Sentence] {
    var out: [Sentence] = []
    var start = 0
    let n = s.count
    func emit(_ end: Int) {
      var a = start, b = end
      while a < b, s[a].properties.isWhitespace { a += 1 }
      while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
      if b > a { out.append(Sentence(start: a, end: b)) }
      start = end
    }
    var i = 0
    while i < n {
      let c = s[i]
      if c == "\n" {
        emit(i)
        start = i + 1
      } else if c == "." || c == "!" || c == "?" || c == "…" {
        var j = i + 1
        while j < n, s[j] == "." || s[j] == "!" || s[j] == "?" || s[j] == "\"" || s[j] == "»" || s[j] == "”" || s[j] == ")" { j += 1 }
        if j >= n {
          i = j
          continue
        }
        // "deliver a speech.Photo" — news scrapes often lose the space
        let nextIsSpace = s[j] == " " || s[j] == "\t"
        var k = j
        while k < n, s[k] == " " || s[k] == "\t" { k += 1 }
        guard k < n else { break }
        let nx = s[k]
        let startsSentence = nx.properties.isUppercase || "\"«“„—–-(".unicodeScalars.contains(nx) || ("0"..."9").contains(nx)
        if c == "." && isAbbreviation(s, before: i) {
          i = j
          continue
        }
        if startsSentence && (nextIsSpace || (nx.properties.isUppercase && k > 0 && s[k - 1].properties.isLowercase == false)) {
          emit(j)
        }
        i = j
        continue
      }
      i += 1
    }
    emit(n)
    return out
  }

  static func isAbbreviation(_ s: [Unicode.Scalar], before dot: Int) -> Bool {
    var j = dot
    var w = String.UnicodeScalarView()
    while j > 0, Normalizer.isWordScalar(s[j - 1]) {
      j -= 1
    }
    w.append(contentsOf: s[j..<dot])
    let word = String(w)
    if word.isEmpty { return false }
    if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }  // initials
    return abbreviations.contains(word.lowercased())
  }

  /// A word token: scalar span in the text plus its folded form.
  public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var folded: String
    /// Whether the token starts with an upper-case letter in the original text.
    public var capitalized: Bool
  }

  /// Whether the "&" at `amp` joins two runs of one to three Latin capitals into one acronym
  /// ("C&D", "AT&T", "P&G"): "Procter & Gamble" keeps its spaces and its three words. O(1).
  static func isAmpersandAcronym(_ s: [Unicode.Scalar], _ start: Int, _ amp: Int, _ end: Int) -> Bool {
    func capital(_ k: Int) -> Bool { s[k].isASCII && s[k].properties.isUppercase }
    guard amp - start >= 1, amp - start <= 3, (start..<amp).allSatisfy(capital) else { return false }
    var k = amp + 1
    while k < end, k - amp <= 3, capital(k) { k += 1 }
    return k > amp + 1 && k - amp <= 3 && !(k < end && Normalizer.isWordScalar(s[k]))
  }

  /// Word tokens: maximal runs of letters/digits. Hyphens, apostrophes and quotes separate
  /// tokens (`Касым-Жомарт` is two tokens, `dell’Università` is `dell` + `università`).
  public static func words(in s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [Token] {
    let end = to ?? s.count
    var out: [Token] = []
    var i = from
    while i < end {
      if Normalizer.isWordScalar(s[i]) {
        let st = i
        // (a soft hyphen or an invisible joiner between letters stays inside the word, and out
        // of its folded form: "Ерке\u{AD}штам" is Еркештам)
        var joiners = false
        while i < end, Normalizer.isWordScalar(s[i]) || i + 1 < end && Normalizer.isInvisibleJoiner(s[i]) && Normalizer.isWordScalar(s[i + 1])
          || s[i] == "&" && isAmpersandAcronym(s, st, i, end)
        {
          if !Normalizer.isWordScalar(s[i]) && s[i] != "&" { joiners = true }
          i += 1
        }
        // (a brand in camel case counts as capitalised: "iFlytek", "eBay"; not "mRNA"; asked
        // only of words that open in lower case)
        let capitalized = Normalizer.isUpper(s[st])
          || i - st >= 4 && s[st].isASCII && Normalizer.isUpper(s[st + 1]) && s[st + 2].isASCII && s[st + 2].properties.isLowercase
        let folded = joiners ? Normalizer.string(ArraySlice(s[st..<i].filter { !Normalizer.isInvisibleJoiner($0) }), folded: true) : Normalizer.string(s[st..<i], folded: true)
        out.append(Token(start: st, end: i, folded: folded, capitalized: capitalized))
      } else {
        i += 1
      }
    }
    return out
  }
}
