import EntityExtraction
import TextIngest

/// Resolves what a user typed to a node: id, label, any alias in any script and
/// inflection ("Токаева", "Tokayev", "kassym-jomart-tokayev").
public struct EntityResolver: Sendable {
  public enum Failure: Error, CustomStringConvertible, Equatable {
    case unknown(name: String, suggestions: [String])
    case ambiguous(name: String, candidates: [String])
    public var description: String {
      switch self {
      case .unknown(let n, let s):
        s.isEmpty ? "unknown entity \"\(n)\"" : "unknown entity \"\(n)\"; closest: \(s.joined(separator: ", "))"
      case .ambiguous(let n, let c): "\"\(n)\" is ambiguous: \(c.joined(separator: ", "))"
      }
    }
  }

  let graph: PropertyGraph
  /// folded name → node ids
  let exact: [String: Set<String>]
  /// stem key of the name → node ids
  let stemmed: [String: Set<String>]

  public init(_ graph: PropertyGraph) {
    self.graph = graph
    var ex: [String: Set<String>] = [:]
    var st: [String: Set<String>] = [:]
    for n in graph.nodes {
      for name in [n.id, n.label] + Array(n.labels.values) + n.aliases {
        ex[Self.fold(name), default: []].insert(n.id)
        st[Self.stemKey(name), default: []].insert(n.id)
        st[Transliteration.nameKey(name), default: []].insert(n.id)
        // a person by surname alone ("Сыздыкбекова", "Tokayev")
        if n.kind == .person, let last = Segmenter.words(in: Array(name.unicodeScalars)).last, last.folded.count > 3 {
          st[Morphology.stem(last.folded), default: []].insert(n.id)
        }
      }
    }
    exact = ex
    stemmed = st
  }

  static func fold(_ s: String) -> String {
    Normalizer.fold(s.precomposedStringWithCanonicalMapping).split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
  }

  static func stemKey(_ s: String) -> String {
    Segmenter.words(in: Array(s.precomposedStringWithCanonicalMapping.unicodeScalars)).map { Morphology.stem($0.folded) }.joined(separator: " ")
  }

  /// The node id a name refers to.
  public func resolve(_ name: String) throws(Failure) -> String {
    if graph.node(name) != nil { return name }
    if let ids = exact[Self.fold(name)] { return try one(name, ids) }
    // inflected: try every stem reading of every token
    let words = Segmenter.words(in: Array(name.precomposedStringWithCanonicalMapping.unicodeScalars))
    if !words.isEmpty {
      var keys: [[String]] = [[]]
      for w in words {
        let cands = Morphology.candidates(w.folded)
        keys = keys.flatMap { k in cands.map { k + [$0] } }.prefix(64).map { $0 }
      }
      var found = Set<String>()
      for k in keys { if let ids = stemmed[k.joined(separator: " ")] { found.formUnion(ids) } }
      if let ids = stemmed[Transliteration.nameKey(name)] { found.formUnion(ids) }
      if !found.isEmpty { return try one(name, found) }
    }
    throw .unknown(name: name, suggestions: suggestions(for: name))
  }

  func one(_ name: String, _ ids: Set<String>) throws(Failure) -> String {
    if ids.count == 1 { return ids.first! }
    // a node's own name outranks another's alias ("Navoi" is the town, though a free
    // economic zone "Navoi" lists it as an alias)
    let key = Self.fold(name)
    let named = ids.filter { id in graph.node(id).map { n in ([n.label] + Array(n.labels.values)).contains { Self.fold($0) == key } } ?? false }
    if named.count == 1 { return named.first! }
    throw .ambiguous(name: name, candidates: ids.sorted().map { id in "\(graph.node(id)?.label ?? id) (\(id))" })
  }

  /// The closest names by edit distance over folded labels and aliases.
  public func suggestions(for name: String, limit: Int = 5) -> [String] {
    let q = Array(Self.fold(name))
    var best: [(Int, String)] = []
    for n in graph.nodes {
      var d = Int.max
      for cand in [n.id, n.label] + Array(n.labels.values) + n.aliases {
        d = min(d, Self.distance(q, Array(Self.fold(cand))))
      }
      best.append((d, n.label == n.id ? n.id : "\(n.label) (\(n.id))"))
    }
    best.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    let cut = max(3, q.count / 2)
    return best.prefix(limit).filter { $0.0 <= cut }.map(\.1)
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = prev
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[b.count]
  }
}
