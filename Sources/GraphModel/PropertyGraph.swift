import EntityExtraction

/// A node of the relationship graph: one real-world entity.
public struct Node: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  /// nil for nodes of imported graphs that carry no kind
  public var kind: EntityKind?
  public var subkind: String?
  public var labels: [String: String]
  public var aliases: [String]
  public var parent: String?

  public init(id: String, label: String, kind: EntityKind?, subkind: String? = nil, labels: [String: String] = [:], aliases: [String] = [], parent: String? = nil) {
    self.id = id
    self.label = label
    self.kind = kind
    self.subkind = subkind
    self.labels = labels
    self.aliases = aliases
    self.parent = parent
  }

  /// The label in a language, falling back to the canonical (English) label.
  public func label(in lang: String?) -> String {
    guard let lang, let l = labels[lang], !l.isEmpty else { return label }
    return l
  }
}

/// Evidence attached to an edge: where in which document the relation is stated.
public struct EdgeEvidence: Sendable, Hashable, Codable {
  public var document: String
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var text: String
  public var date: String?
  public init(document: String, sentence: Int, start: Int, end: Int, text: String, date: String? = nil) {
    self.document = document
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
    self.date = date
  }
}

/// Where an edge came from.
public enum EdgeSource: String, Sendable, Codable {
  case text, catalog, imported
}

/// A relation between two nodes, with every piece of its evidence.
public struct Edge: Sendable, Hashable, Codable {
  public var source: String
  public var target: String
  /// nil for edges of imported graphs that carry no kind
  public var kind: RelationKind?
  public var role: String?
  public var date: String?
  /// Strength: the number of evidence items (text), 1 for catalogue facts, or the imported weight.
  public var weight: Double
  public var origin: EdgeSource
  public var evidence: [EdgeEvidence]

  public init(source: String, target: String, kind: RelationKind?, role: String? = nil, date: String? = nil, weight: Double = 1, origin: EdgeSource = .text, evidence: [EdgeEvidence] = []) {
    self.source = source
    self.target = target
    self.kind = kind
    self.role = role
    self.date = date
    self.weight = weight
    self.origin = origin
    self.evidence = evidence
  }

  /// Symmetric relations have no direction.
  public var isSymmetric: Bool { kind?.isSymmetric ?? false }
  /// A stated relation (anything but co-occurrence).
  public var isStated: Bool { kind != .coMentioned }
}

/// The relationship graph as value-type arrays plus an id → index map.
///
/// Nodes and edges keep the order they were added in; exporters sort by id so output is
/// byte-stable.
public struct PropertyGraph: Sendable {
  public private(set) var nodes: [Node] = []
  public private(set) var edges: [Edge] = []
  public private(set) var nodeIndex: [String: Int] = [:]

  public init() {}

  public init(nodes: [Node], edges: [Edge]) {
    for n in nodes { upsert(n) }
    for e in edges { add(e) }
  }

  public var nodeCount: Int { nodes.count }
  public var edgeCount: Int { edges.count }

  public func node(_ id: String) -> Node? { nodeIndex[id].map { nodes[$0] } }

  /// Adds a node, or merges aliases/labels into the existing one.
  public mutating func upsert(_ n: Node) {
    if let i = nodeIndex[n.id] {
      var old = nodes[i]
      for a in n.aliases where !old.aliases.contains(a) { old.aliases.append(a) }
      for (k, v) in n.labels where old.labels[k] == nil { old.labels[k] = v }
      if old.kind == nil { old.kind = n.kind }
      if old.subkind == nil { old.subkind = n.subkind }
      if old.parent == nil { old.parent = n.parent }
      nodes[i] = old
    } else {
      nodeIndex[n.id] = nodes.count
      nodes.append(n)
    }
  }

  /// Adds an edge; both endpoints must exist (missing ones are created without a kind).
  public mutating func add(_ e: Edge) {
    for id in [e.source, e.target] where nodeIndex[id] == nil { upsert(Node(id: id, label: id, kind: nil)) }
    edges.append(e)
  }

  /// Edges touching a node.
  public func edges(of id: String) -> [Edge] { edges.filter { $0.source == id || $0.target == id } }

  /// The subgraph induced by a set of node ids.
  public func subgraph(_ ids: Set<String>) -> PropertyGraph {
    PropertyGraph(nodes: nodes.filter { ids.contains($0.id) }, edges: edges.filter { ids.contains($0.source) && ids.contains($0.target) })
  }

  /// The same graph with only the edges that pass a filter (nodes kept).
  public func filteringEdges(_ keep: (Edge) -> Bool) -> PropertyGraph {
    PropertyGraph(nodes: nodes, edges: edges.filter(keep))
  }
}
