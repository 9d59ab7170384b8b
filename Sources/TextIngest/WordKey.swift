import Foundation

/// A word compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which for non-ASCII text
/// walks the normalisation tables on every lookup. Words in relgraph are NFC already (every
/// document is normalised on ingest, every lexicon key on construction), so byte equality
/// is canonical equality and the tables can be skipped: hashing is one pass of the hasher
/// over the bytes, comparison one `memcmp`.
public struct WordKey: Hashable, Sendable {
  public let text: String

  /// A key for a word that is NFC already (document tokens and their stems).
  @inline(__always)
  public init(_ nfcText: String) { text = nfcText }

  @inline(__always)
  public static func == (a: WordKey, b: WordKey) -> Bool { same(a.text, b.text) }

  @inline(__always)
  public func hash(into h: inout Hasher) {
    var t = text
    t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Byte-wise order of two strings' UTF-8 (for NFC strings the same as `<`: UTF-8 byte
  /// order is scalar order).
  public static func less(_ a: String, _ b: String) -> Bool {
    var x = a, y = b
    return x.withUTF8 { p in
      y.withUTF8 { q in
        let n = min(p.count, q.count)
        let c = n == 0 ? 0 : memcmp(p.baseAddress!, q.baseAddress!, n)
        return c != 0 ? c < 0 : p.count < q.count
      }
    }
  }

  /// Whether two strings have the same UTF-8 bytes (for NFC strings: whether they are equal).
  @inline(__always)
  public static func same(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var x = a, y = b
    return x.withUTF8 { p in
      y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
    }
  }
}

/// A dictionary keyed by NFC words, looked up by bytes (see ``WordKey``). Keys given to it
/// are normalised to NFC once, on construction.
public struct WordMap<Value>: ExpressibleByDictionaryLiteral {
  public private(set) var storage: [WordKey: Value]

  public init(dictionaryLiteral elements: (String, Value)...) {
    storage = Dictionary(elements.map { (WordKey(Normalizer.nfc($0.0)), $0.1) }, uniquingKeysWith: { a, _ in a })
  }

  public init(_ d: [String: Value]) {
    storage = Dictionary(d.map { (WordKey(Normalizer.nfc($0.key)), $0.value) }, uniquingKeysWith: { a, _ in a })
  }

  @inline(__always)
  public subscript(_ word: String) -> Value? { storage[WordKey(word)] }

  public var count: Int { storage.count }
}

extension WordMap: Sendable where Value: Sendable {}

/// A set of NFC words, looked up by bytes (see ``WordKey``).
public struct WordSet: ExpressibleByArrayLiteral, Sendable {
  public private(set) var storage: Set<WordKey>

  public init(arrayLiteral elements: String...) { self.init(elements) }

  public init<S: Sequence>(_ words: S) where S.Element == String {
    storage = Set(words.map { WordKey(Normalizer.nfc($0)) })
  }

  @inline(__always)
  public func contains(_ word: String) -> Bool { storage.contains(WordKey(word)) }

  public var count: Int { storage.count }
}
