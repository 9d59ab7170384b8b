import EntityExtraction
import Foundation
import GRDB

// Partial reads and the derived-data cache: what a query on a million-node store needs
// without materialising the whole ``PropertyGraph`` (which costs seconds per million
// relations, evidence included).

extension GraphStore {
  /// A counter bumped by every write transaction (`add`, `replace`). Derived data stored
  /// with ``saveCache(_:revision:)`` is valid only while the revision it was computed at is
  /// still the store's revision.
  public func revision() throws -> Int {
    try db.read { try Self.revision($0) }
  }

  static func revision(_ db: Database) throws -> Int {
    Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'revision'") ?? "0") ?? 0
  }

  static func bumpRevision(_ db: Database) throws {
    let next = try revision(db) + 1
    try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('revision', ?)", arguments: [String(next)])
  }

  /// Stores named blobs computed from the store's content at `revision`, replacing any
  /// older ones, in one transaction. Nothing is written when the store has moved on since
  /// (a concurrent build): the blobs would be stale at birth.
  public func saveCache(_ blobs: [String: Data], revision: Int) throws {
    try db.write { db in
      guard try Self.revision(db) == revision else { return }
      try db.execute(sql: "CREATE TABLE IF NOT EXISTS cache (name TEXT PRIMARY KEY, revision INTEGER NOT NULL, value BLOB NOT NULL)")
      try db.execute(sql: "DELETE FROM cache")
      let insert = try db.makeStatement(sql: "INSERT INTO cache VALUES (?, ?, ?)")
      for (name, value) in blobs.sorted(by: { $0.key < $1.key }) { try insert.execute(arguments: [name, revision, value]) }
    }
  }

  /// Reads the cached blobs with these names, each handed to `body` without a copy (the
  /// bytes are valid only during the call). Returns false, having read nothing, when any is
  /// missing or was computed at an older revision (the store changed since).
  public func readCache(_ names: [String], _ body: (_ name: String, _ value: Data) throws -> Void) throws -> Bool {
    try db.read { db in
      guard try db.tableExists("cache") else { return false }
      let rev = try Self.revision(db)
      let valid = try Int.fetchOne(db, sql: "SELECT count(*) FROM cache WHERE revision = ? AND name IN (\(names.map { _ in "?" }.joined(separator: ",")))", arguments: StatementArguments([rev] + names))
      guard valid == Set(names).count else { return false }
      for name in names {
        let rows = try Row.fetchCursor(db, sql: "SELECT value FROM cache WHERE name = ?", arguments: [name])
        while let row = try rows.next() { try row.withUnsafeData(atIndex: 0) { try body(name, $0 ?? Data()) } }
      }
      return true
    }
  }

  /// Streams what a topology needs, in the order ``load()`` produces it: node ids by id
  /// (then endpoints missing from the entity table, in relation order), and relations by
  /// (source, target, kind). Returns the revision the stream was read at.
  public func streamTopology(node: (String) throws -> Void, edge: (_ source: String, _ target: String, _ weight: Double, _ stated: Bool) throws -> Void) throws -> Int {
    try db.read { db in
      let ids = try String.fetchCursor(db, sql: "SELECT id FROM entities ORDER BY id")
      while let id = try ids.next() { try node(id) }
      let rows = try Row.fetchCursor(db, sql: "SELECT source, target, kind, weight FROM relations ORDER BY source, target, kind")
      let co = RelationKind.coMentioned.rawValue
      while let row = try rows.next() {
        let kind: String? = row[2]
        try edge(row[0], row[1], row[3], kind != co)
      }
      return try Self.revision(db)
    }
  }

  /// The nodes with these ids (with names and aliases), keyed by id; unknown ids are left out.
  public func nodes(_ ids: [String]) throws -> [String: Node] {
    try db.read { db in
      var out: [String: Node] = [:]
      for id in Set(ids) {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entities WHERE id = ?", arguments: [id]) else { continue }
        let aliases = try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", arguments: [id])
        out[id] = Self.node(row, aliases: aliases)
      }
      return out
    }
  }

  /// Every node with its names, without relations: what name resolution needs.
  public func loadNodes() throws -> PropertyGraph {
    try db.read { try Self.readNodes($0) }
  }

  static func readNodes(_ db: Database) throws -> PropertyGraph {
    var aliases: [String: [String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT entity, alias FROM aliases ORDER BY entity, alias") {
      aliases[row["entity"], default: []].append(row["alias"])
    }
    var g = PropertyGraph()
    for row in try Row.fetchAll(db, sql: "SELECT * FROM entities ORDER BY id") {
      g.upsert(Self.node(row, aliases: aliases[row["id"]] ?? []))
    }
    return g
  }

  static func node(_ row: Row, aliases: [String]) -> Node {
    let raw: String = row["labels"]
    let labels = raw == "{}" ? [:] : (try? JSONDecoder().decode([String: String].self, from: Data(raw.utf8))) ?? [:]
    return Node(id: row["id"], label: row["label"], kind: (row["kind"] as String?).flatMap(EntityKind.init(rawValue:)), subkind: row["subkind"], labels: labels, aliases: aliases, parent: row["parent"])
  }

  /// All relations between two entities, either direction, with their evidence, in
  /// ``load()``'s order. Uses the (source, target, kind) index: cost independent of the
  /// store's size.
  public func relations(between a: String, _ b: String) throws -> [Edge] {
    try db.read { db in
      var docs: [Int64: String] = [:]
      var out: [Edge] = []
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM relations WHERE (source = ? AND target = ?) OR (source = ? AND target = ?) ORDER BY source, target, kind",
        arguments: [a, b, b, a])
      for row in rows {
        let rid: Int64 = row["id"]
        var evidence: [EdgeEvidence] = []
        for ev in try Row.fetchAll(db, sql: "SELECT * FROM evidence WHERE relation = ? ORDER BY document, start", arguments: [rid]) {
          let doc: Int64? = ev["document"]
          var path = ""
          if let d = doc {
            if docs[d] == nil { docs[d] = try String.fetchOne(db, sql: "SELECT path FROM documents WHERE id = ?", arguments: [d]) ?? "" }
            path = docs[d]!
          }
          evidence.append(EdgeEvidence(document: path, sentence: ev["sentence"], start: ev["start"], end: ev["end"], text: ev["text"], date: ev["date"]))
        }
        let kind = (row["kind"] as String?).flatMap(RelationKind.init(rawValue:))
        out.append(Edge(source: row["source"], target: row["target"], kind: kind, role: row["role"], date: row["date"], weight: row["weight"], origin: EdgeSource(rawValue: row["origin"]) ?? .text, evidence: evidence))
      }
      return out
    }
  }
}
