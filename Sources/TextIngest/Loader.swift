import Foundation

/// Why a path could not be ingested.
public enum IngestError: Error, Equatable, CustomStringConvertible {
  case missing(path: String)
  case unreadable(path: String, reason: String)
  case invalidUTF8(path: String, byteOffset: Int)
  case binary(path: String)
  case empty(path: String)
  case noTexts(path: String)

  public var description: String {
    switch self {
    case .missing(let p): "no such file or directory: \(p)"
    case .unreadable(let p, let r): "cannot read \(p): \(r)"
    case .invalidUTF8(let p, let o): "\(p) is not valid UTF-8 (first bad byte at offset \(o)); skipped"
    case .binary(let p): "\(p) looks like a binary file; skipped"
    case .empty(let p): "\(p) is empty; skipped"
    case .noTexts(let p): "\(p) contains no .txt, .md, .html or .htm files"
    }
  }
}

/// Reads files and directories into ``Document`` values.
public enum Loader {
  /// File extensions that ingest reads.
  public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

  /// The result of collecting inputs: documents read, and per-file problems (warnings).
  public struct Batch: Sendable {
    public var documents: [Document] = []
    public var warnings: [IngestError] = []
  }

  /// Expands files and directories (recursively, sorted by path) and reads every text.
  ///
  /// A missing input or a directory without texts throws: the user named it, so it is an
  /// error. A bad *file inside* a directory (invalid UTF-8, binary, empty) is a warning so
  /// the rest of the corpus still builds.
  public static func load(_ inputs: [String]) throws(IngestError) -> Batch {
    var batch = Batch()
    let fm = FileManager.default
    for input in inputs {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: input, isDirectory: &isDir) else { throw .missing(path: input) }
      if isDir.boolValue {
        let files = textFiles(under: input)
        if files.isEmpty { throw .noTexts(path: input) }
        for f in files {
          do { batch.documents.append(try read(f)) } catch { batch.warnings.append(error) }
        }
      } else {
        do { batch.documents.append(try read(input)) } catch {
          switch error {
          case .missing, .unreadable: throw error
          default: batch.warnings.append(error)
          }
        }
      }
    }
    return batch
  }

  /// Every file with a known extension below a directory, sorted by path.
  public static func textFiles(under dir: String) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
    var out: [String] = []
    while let rel = e.nextObject() as? String {
      let ext = (rel as NSString).pathExtension.lowercased()
      if extensions.contains(ext) { out.append((dir as NSString).appendingPathComponent(rel)) }
    }
    return out.sorted()
  }

  /// Reads one file: checks for binary content and UTF-8 validity, strips HTML when the
  /// extension says so.
  public static func read(_ path: String) throws(IngestError) -> Document {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    let bytes = [UInt8](data)
    return try decode(bytes, path: path)
  }

  /// Decodes bytes as a document (exposed for stdin and tests).
  public static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> Document {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: path) }
    if looksBinary(bytes) { throw .binary(path: path) }
    if let bad = firstInvalidUTF8(bytes) { throw .invalidUTF8(path: path, byteOffset: bad) }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text = " " + text.dropFirst() }
    let ext = (path as NSString).pathExtension.lowercased()
    if ext == "html" || ext == "htm" {
      text = HTMLStripper.strip(text)
    } else if ext == "md" || ext == "markdown" {
      text = markEmphasis(text)
    }
    return Document(path: path, text: text)
  }

  /// Marks Markdown's opening emphasis delimiters ("**Shandong Ruyi**", "_Kabar_") as padding
  /// (``Document/paddingMark``): a run of one to three "*" or "_" with a word's letter after
  /// it and a blank, punctuation or the line's start before it, so that "cinese **Shandong Ruyi**"
  /// reads as one phrase. A closing run stays, as a link's end does in a page: "**28 July,
  /// Ashgabat** — Turkmen Oil and Gas" keeps the town out of the event's name. A bullet
  /// ("* item") and a word's inner "_" ("econom_kz") stay too. O(n).
  static func markEmphasis(_ text: String) -> String {
    var s = Array(text.unicodeScalars)
    let n = s.count
    var i = 0
    while i < n {
      guard s[i] == "*" || s[i] == "_" else { i += 1; continue }
      var e = i
      while e < n, s[e] == s[i] { e += 1 }
      let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
      let after: Unicode.Scalar? = e < n ? s[e] : nil
      let wordBefore = before.map(Normalizer.isWordScalar) ?? false
      let wordAfter = after.map(Normalizer.isWordScalar) ?? false
      if e - i <= 3, wordAfter, !wordBefore {
        for k in i..<e { s[k] = Document.paddingMark }
      }
      i = e
    }
    return String(String.UnicodeScalarView(s))
  }

  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(8192)
    if head.contains(0) { return true }
    let control = head.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
    return control * 20 > head.count
  }

  /// Offset of the first byte that starts an invalid UTF-8 sequence, or nil.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      let len: Int
      if b < 0x80 { i += 1; continue } else if b >= 0xC2 && b <= 0xDF { len = 2 } else if b >= 0xE0 && b <= 0xEF { len = 3 } else if b >= 0xF0 && b <= 0xF4 { len = 4 } else { return i }
      if i + len > n { return i }
      for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return i }
      if len == 3 {
        let b1 = bytes[i + 1]
        if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return i }
      } else if len == 4 {
        let b1 = bytes[i + 1]
        if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return i }
      }
      i += len
    }
    return nil
  }
}
