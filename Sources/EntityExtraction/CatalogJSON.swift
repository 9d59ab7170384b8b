/// A reader for the one JSON shape a catalogue has (`{"entities": [{"id": …, …}, …]}`),
/// straight from bytes to ``CatalogEntry`` values.
///
/// Foundation's `JSONDecoder` spends about 30 ms on the built-in catalogue (2,400 entries,
/// 0.8 MB), a fifth of a one-file command's start-up; this reads it in a few. It accepts
/// what the decoder accepts for this shape (RFC 8259 syntax, fields in any order, unknown
/// fields ignored, `null` for an optional field) and gives up on anything else: a syntax
/// error, a missing or mistyped field, an unknown kind, a repeated field, invalid UTF-8.
/// ``Catalog/load(_:)`` then runs the decoder, whose error names the problem and its line,
/// so the two readers never disagree on a file this one reads. Cost: O(bytes).
enum CatalogJSON {
  static func entries(_ bytes: [UInt8]) -> [CatalogEntry]? {
    bytes.withUnsafeBufferPointer { buffer -> [CatalogEntry]? in
      var r = Reader(b: buffer)
      return r.file()
    }
  }

  /// The byte offset of the first syntax error (RFC 8259) in a JSON text, or nil, so that a
  /// malformed catalogue can name its line on every platform (Foundation on Linux gives no
  /// position for syntax errors). The same reader walks the text, skipping values instead of
  /// building them. O(bytes).
  static func firstSyntaxError(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      var r = Reader(b: buffer)
      guard r.skipValue() else { return min(r.i, max(0, bytes.count - 1)) }
      r.ws()
      return r.i < bytes.count ? r.i : nil
    }
  }

  private struct Reader {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    mutating func ws() {
      while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    mutating func eat(_ c: UInt8) -> Bool {
      ws()
      guard i < b.count, b[i] == c else { return false }
      i += 1
      return true
    }

    mutating func peek() -> UInt8? {
      ws()
      return i < b.count ? b[i] : nil
    }

    /// `{"entities": [...]}` with any other top-level fields skipped; nothing after it.
    mutating func file() -> [CatalogEntry]? {
      var entries: [CatalogEntry]?
      let ok = object { key, r in
        guard key == "entities" else { return r.skipValue() }
        guard entries == nil, let e = r.array({ r in r.entry() }) else { return false }
        entries = e
        return true
      }
      ws()
      guard ok, i == b.count else { return nil }
      return entries
    }

    mutating func entry() -> CatalogEntry? {
      var id: String?, label: String?, kind: EntityKind?, subkind: String??, labels: [String: String]?
      var aliases: [String]?, parent: String??, adjectives: [String]??, validity: [String: String]??, namesake: String??
      let ok = object { key, r in
        switch key {
        case "id": return Self.once(&id, r.string())
        case "label": return Self.once(&label, r.string())
        case "kind": return Self.once(&kind, r.string().flatMap(EntityKind.init(rawValue:)))
        case "subkind": return Self.once(&subkind, r.nullable { r in r.string() })
        case "labels": return Self.once(&labels, r.stringMap())
        case "aliases": return Self.once(&aliases, r.array { r in r.string() })
        case "parent": return Self.once(&parent, r.nullable { r in r.string() })
        case "adjectives": return Self.once(&adjectives, r.nullable { r in r.array { r in r.string() } })
        case "validity": return Self.once(&validity, r.nullable { r in r.stringMap() })
        case "namesake": return Self.once(&namesake, r.nullable { r in r.string() })
        default: return r.skipValue()
        }
      }
      guard ok, let id, let label, let kind, let labels, let aliases else { return nil }
      var e = CatalogEntry(id: id, label: label, kind: kind, subkind: subkind ?? nil, labels: labels, aliases: aliases, parent: parent ?? nil)
      e.adjectives = adjectives ?? nil
      e.validity = validity ?? nil
      e.namesake = namesake ?? nil
      return e
    }

    /// Sets a field read for the first time; false for a repeated field or a failed read.
    static func once<T>(_ slot: inout T?, _ value: T?) -> Bool {
      guard slot == nil, let value else { return false }
      slot = value
      return true
    }

    /// `null` as `.some(nil)`, a value as `.some(value)`, a failed read as nil.
    mutating func nullable<T>(_ read: (inout Reader) -> T?) -> T?? {
      if literal("null") { return .some(nil) }
      return read(&self).map { .some($0) }
    }

    mutating func object(_ field: (String, inout Reader) -> Bool) -> Bool {
      guard eat(UInt8(ascii: "{")) else { return false }
      if eat(UInt8(ascii: "}")) { return true }
      repeat {
        guard let key = string(), eat(UInt8(ascii: ":")), field(key, &self) else { return false }
      } while eat(UInt8(ascii: ","))
      return eat(UInt8(ascii: "}"))
    }

    mutating func array<T>(_ element: (inout Reader) -> T?) -> [T]? {
      guard eat(UInt8(ascii: "[")) else { return nil }
      var out: [T] = []
      if eat(UInt8(ascii: "]")) { return out }
      repeat {
        guard let v = element(&self) else { return nil }
        out.append(v)
      } while eat(UInt8(ascii: ","))
      return eat(UInt8(ascii: "]")) ? out : nil
    }

    mutating func stringMap() -> [String: String]? {
      var out: [String: String] = [:]
      let ok = object { key, r in
        guard out[key] == nil, let v = r.string() else { return false }
        out[key] = v
        return true
      }
      return ok ? out : nil
    }

    mutating func literal(_ word: StaticString) -> Bool {
      ws()
      let n = word.utf8CodeUnitCount
      guard i + n <= b.count else { return false }
      for k in 0..<n where b[i + k] != word.utf8Start[k] { return false }
      i += n
      return true
    }

    /// A string with its escapes resolved; nil for a bad escape, a raw control character or
    /// invalid UTF-8.
    mutating func string() -> String? {
      guard eat(UInt8(ascii: "\"")) else { return nil }
      let start = i
      while i < b.count, b[i] != 0x22, b[i] != 0x5C, b[i] >= 0x20 { i += 1 }
      guard i < b.count else { return nil }
      if b[i] == 0x22 {
        defer { i += 1 }
        return String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
      }
      var bytes = Array(b[start..<i])
      while i < b.count {
        let c = b[i]
        if c == 0x22 {
          i += 1
          return String(validating: bytes, as: UTF8.self)
        }
        guard c >= 0x20 else { return nil }
        guard c == 0x5C else {
          bytes.append(c)
          i += 1
          continue
        }
        guard i + 1 < b.count else { return nil }
        i += 2
        switch b[i - 1] {
        case UInt8(ascii: "\""): bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C)
        case UInt8(ascii: "/"): bytes.append(0x2F)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
          guard var v = hex4() else { return nil }
          // a surrogate pair is one scalar; a lone surrogate is an error
          if v >= 0xD800 && v < 0xDC00 {
            guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == UInt8(ascii: "u") else { return nil }
            i += 2
            guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let s = Unicode.Scalar(v) else { return nil }
          bytes.append(contentsOf: UTF8.encode(s)!)
        default: return nil
        }
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard i + 4 <= b.count else { return nil }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let c = b[i]
        let d: UInt8
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
        default: return nil
        }
        v = v << 4 | UInt32(d)
        i += 1
      }
      return v
    }

    /// Skips any JSON value (an unknown field's).
    mutating func skipValue() -> Bool {
      switch peek() {
      case UInt8(ascii: "\""): return string() != nil
      case UInt8(ascii: "{"): return object { _, r in r.skipValue() }
      case UInt8(ascii: "["): return array { r in r.skipValue() ? true : nil } != nil
      case UInt8(ascii: "t"): return literal("true")
      case UInt8(ascii: "f"): return literal("false")
      case UInt8(ascii: "n"): return literal("null")
      case .some(let c) where c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")): return number()
      default: return false
      }
    }

    /// An RFC 8259 number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    mutating func number() -> Bool {
      func digits(_ r: inout Reader) -> Int {
        let s = r.i
        while r.i < r.b.count, r.b[r.i] >= 0x30, r.b[r.i] <= 0x39 { r.i += 1 }
        return r.i - s
      }
      if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
      if i < b.count, b[i] == UInt8(ascii: "0") { i += 1 } else if digits(&self) == 0 { return false }
      if i < b.count, b[i] == UInt8(ascii: ".") {
        i += 1
        guard digits(&self) > 0 else { return false }
      }
      if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
        i += 1
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard digits(&self) > 0 else { return false }
      }
      return true
    }
  }
}
