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
    h.combine(Self.hashBytes(text, seed: 0))
  }

  /// Sets and dictionaries ask for this rather than `hash(into:)`: one FNV-1a pass over the
  /// bytes, finished with MurmurHash3's 64-bit mixer so that the low bits, which pick the
  /// bucket, depend on every byte. SipHash (what `Hasher` runs) costs several times more on
  /// words of a few bytes, and protection against chosen-key flooding is not needed for a
  /// lexicon lookup. Cost: O(bytes).
  @inline(__always)
  public func _rawHashValue(seed: Int) -> Int { Self.hashBytes(text, seed: seed) }

  @inline(__always)
  static func hashBytes(_ s: String, seed: Int) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bitPattern: Int64(seed))
    let done: Void? = s.utf8.withContiguousStorageIfAvailable { p in
      for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    }
    if done == nil { for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
    h ^= h >> 33; h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33; h &*= 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return Int(bitPattern: UInt(h))
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

  /// A map whose keys are keys already; a key that is not NFC is normalised (the check is
  /// one pass over its scalars).
  public init(keyed d: [WordKey: Value]) {
    if d.keys.allSatisfy({ WordKey.same(Normalizer.nfc($0.text), $0.text) }) {
      storage = d
    } else {
      storage = Dictionary(d.map { (WordKey(Normalizer.nfc($0.key.text)), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
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

extension String {
  /// Whether this string's UTF-8 starts with `prefix`'s UTF-8.
  ///
  /// For NFC strings (every document and lexicon word here) this is `hasPrefix` without its
  /// grapheme walk: `hasPrefix` on non-ASCII text compares `Character` by `Character`, which
  /// breaks graphemes on both sides; this is one `memcmp`. Cost: O(prefix length).
  @inlinable
  public func hasBytePrefix(_ prefix: String) -> Bool {
    let a = utf8, b = prefix.utf8
    let n = b.count
    guard n <= a.count else { return false }
    guard n > 0 else { return true }
    return a.withContiguousStorageIfAvailable { x in
      b.withContiguousStorageIfAvailable { y in memcmp(x.baseAddress!, y.baseAddress!, n) == 0 }
    }.flatMap { $0 } ?? a.starts(with: b)
  }

  /// Whether this string's UTF-8 ends with `suffix`'s UTF-8: `hasSuffix` for NFC strings,
  /// without the grapheme walk (see ``hasBytePrefix(_:)``). Cost: O(suffix length).
  @inlinable
  public func hasByteSuffix(_ suffix: String) -> Bool {
    let a = utf8, b = suffix.utf8
    let n = b.count, m = a.count
    guard n <= m else { return false }
    guard n > 0 else { return true }
    return a.withContiguousStorageIfAvailable { x in
      b.withContiguousStorageIfAvailable { y in memcmp(x.baseAddress! + (m - n), y.baseAddress!, n) == 0 }
    }.flatMap { $0 } ?? a.dropFirst(m - n).elementsEqual(b)
  }
}
