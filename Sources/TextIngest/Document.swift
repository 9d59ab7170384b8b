import Foundation

/// One ingested text: the cleaned document text plus what ingest learned about it.
///
/// Offsets everywhere in relgraph are Unicode-scalar offsets into ``text``
/// (end exclusive), as Python's `str` slicing counts. Cleaning never moves a
/// character: markup and page noise are overwritten with spaces of the same
/// length, so an offset in ``text`` is also an offset into the NFC-normalised
/// original file.
public struct Document: Sendable, Hashable {
  /// The path the document came from (as given by the user), or a label such as `<stdin>`.
  public var path: String
  /// The cleaned text (NFC; markup and noise blanked out with spaces).
  public var text: String
  /// ``text`` as Unicode scalars, for O(1) offset access.
  public let scalars: [Unicode.Scalar]
  /// ISO 639-1 code of the detected language (`ru`, `en`, `it`, `kk`, `zh`) or `und`.
  public var language: String
  /// Publication date found in the header or dateline, ISO 8601 (`2025-01-09`, `2024-03`).
  public var date: String?
  /// SHA-256-free content hash (FNV-1a 64 of the original bytes, hex) used to skip re-ingesting.
  public var contentHash: String
  /// Sentences in document order.
  public var sentences: [Sentence]
  /// The word tokens of ``scalars`` (``Segmenter/words(in:from:to:)``), found once for the
  /// date finder and the extractor.
  public let tokens: [Segmenter.Token]
  /// Offsets (ascending) of the blanks that stand only to keep later offsets in place: the
  /// padding after a page's decoded character reference ("&nbsp;" is one space and five
  /// blanks) and the blanks of an inline tag after its first ("<b>", "</a>"). A reader that
  /// wants the text as the page shows it, names joined as they are, skips them
  /// (``compacted()``). Empty for plain text.
  public let padding: [Int]
  /// The private-use scalar with which a reader marks padding in the text it hands to
  /// ``init(path:text:language:date:contentHash:)`` (``HTMLStripper``, Markdown's emphasis in
  /// ``Loader``): recorded in ``padding``, then a blank.
  public static let paddingMark: Unicode.Scalar = "\u{E000}"

  public init(path: String, text: String, language: String? = nil, date: String? = nil, contentHash: String? = nil) {
    self.path = path
    let nfc = Normalizer.nfc(text)
    var raw = Array(nfc.unicodeScalars)
    // (a reader marks its padding with ``paddingMark``, which becomes a blank)
    var padding: [Int] = []
    for i in raw.indices where raw[i] == Self.paddingMark {
      padding.append(i)
      raw[i] = " "
    }
    self.padding = padding
    let cleaned = Cleaner.clean(raw)
    self.scalars = cleaned
    self.text = Normalizer.string(cleaned[...])
    self.language = language ?? LanguageDetector.detect(cleaned)
    self.sentences = Segmenter.sentences(in: cleaned)
    self.tokens = Segmenter.words(in: cleaned)
    // a dateline often shares its line with a photo credit or a byline, which are blanked as
    // noise: then the date is read from the head of the text with only markup blanked
    self.date = date ?? DateFinder.publicationDate(in: cleaned, tokens: tokens) ?? DateFinder.publicationDate(in: Cleaner.markupFree(Array(raw.prefix(800))))
    self.contentHash = contentHash ?? Hashing.fnv1a64Hex(Array(nfc.utf8))
  }

  /// A document already cleaned, language and date known (``compacted()``'s result).
  init(path: String, cleaned: [Unicode.Scalar], language: String, date: String?, contentHash: String) {
    self.path = path
    self.scalars = cleaned
    self.text = Normalizer.string(cleaned[...])
    self.language = language
    self.sentences = Segmenter.sentences(in: cleaned)
    self.tokens = Segmenter.words(in: cleaned)
    self.date = date
    self.contentHash = contentHash
    self.padding = []
  }

  /// The text without its ``padding``, as a document of its own (same path, language, date
  /// and hash), with each of its offsets' place in this one: `offsets[i]` is the offset here
  /// of the compacted text's scalar `i`, and `offsets[count]` is this text's length. Names a
  /// page wrote with a character reference or across an inline tag ("Касым-Жомарт&nbsp;Токаев",
  /// "Xi&#8217;an", "<b>Kassym-Jomart</b> Tokayev") read in it as they do in plain text.
  /// O(n).
  public func compacted() -> (document: Document, offsets: [Int]) {
    var kept: [Unicode.Scalar] = []
    var offsets: [Int] = []
    kept.reserveCapacity(scalars.count - padding.count)
    offsets.reserveCapacity(scalars.count - padding.count + 1)
    var p = 0
    for i in scalars.indices {
      if p < padding.count, padding[p] == i {
        p += 1
        continue
      }
      kept.append(scalars[i])
      offsets.append(i)
    }
    offsets.append(scalars.count)
    return (Document(path: path, cleaned: kept, language: language, date: date, contentHash: contentHash), offsets)
  }

  /// The substring between two scalar offsets (end exclusive), clamped to the text.
  public func slice(_ start: Int, _ end: Int) -> String {
    let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
    return Normalizer.string(scalars[lo..<hi])
  }

  /// The index of the sentence containing a scalar offset.
  public func sentenceIndex(containing offset: Int) -> Int? {
    var lo = 0, hi = sentences.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let s = sentences[mid]
      if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
    }
    return nil
  }
}

/// A sentence span: scalar offsets into ``Document/text`` (end exclusive).
public struct Sentence: Sendable, Hashable {
  public var start: Int
  public var end: Int
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

enum Hashing {
  static func fnv1a64Hex(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
