import TextIngest

/// The closed set of relation kinds (SPEC: "Relation kinds").
public enum RelationKind: String, Sendable, Codable, CaseIterable, Comparable {
  case holdsRole = "holds_role", leads, memberOf = "member_of", partOf = "part_of", locatedIn = "located_in"
  case attended, organized, metWith = "met_with", visited, twinnedWith = "twinned_with"
  case partnerOf = "partner_of", cooperatesWith = "cooperates_with", builds, funds, operates, signed
  case coMentioned = "co_mentioned"

  /// Symmetric kinds are stored with source < target.
  public var isSymmetric: Bool {
    switch self {
    case .metWith, .twinnedWith, .partnerOf, .cooperatesWith, .coMentioned: true
    default: false
    }
  }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A span of text that names an entity.
public struct Mention: Sendable, Codable, Hashable {
  public var start: Int
  public var end: Int
  public var text: String
}

/// One piece of evidence for a relation: the sentence that states it.
public struct Evidence: Sendable, Codable, Hashable {
  public var document: String?
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var text: String
  public init(document: String? = nil, sentence: Int, start: Int, end: Int, text: String) {
    self.document = document
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
  }
}

/// An entity found in one document.
public struct ExtractedEntity: Sendable, Codable, Hashable {
  public var id: String
  public var label: String
  public var kind: EntityKind
  public var subkind: String?
  public var labels: [String: String]
  public var aliases: [String]
  public var parent: String?
  public var mentions: [Mention]
  /// Whether the entity came from the catalogue (as opposed to discovery rules).
  public var catalogued: Bool
}

/// A relation found in one document.
public struct ExtractedRelation: Sendable, Codable, Hashable {
  public var source: String
  public var target: String
  public var kind: RelationKind
  public var date: String?
  public var role: String?
  public var evidence: [Evidence]
  /// A catalogue fact about two entities of the text (no sentence states it).
  public var fromCatalog: Bool = false
}

/// Everything extracted from one document.
public struct DocumentExtraction: Sendable, Codable {
  public var file: String
  public var language: String
  public var date: String?
  public var entities: [ExtractedEntity]
  public var relations: [ExtractedRelation]

  public init(file: String, language: String, date: String?, entities: [ExtractedEntity], relations: [ExtractedRelation]) {
    self.file = file
    self.language = language
    self.date = date
    self.entities = entities
    self.relations = relations
  }
}
