import EntityExtraction
import Foundation
import GRDB
import TextIngest

/// Why the store could not be used.
public enum StoreError: Error, CustomStringConvertible, Equatable {
  case notAStore(path: String)
  case missing(path: String)
  case database(path: String, message: String)

  public var description: String {
    switch self {
    case .notAStore(let p): "\(p) is not a relgraph graph store"
    case .missing(let p): "no graph store at \(p) (create one with `relgraph build INPUT --graph \(p)`)"
    case .database(let p, let m): "graph store \(p): \(m)"
    }
  }
}

/// What a build added.
public struct BuildReport: Sendable, Equatable {
  public var documentsAdded = 0
  public var documentsSkipped = 0
  public var entities = 0
  public var relations = 0
}

/// The graph store: an SQLite database (through GRDB) with documents, entities, aliases,
/// mentions, relations and evidence.
///
/// Every build runs in one transaction, so a build that fails part-way leaves the store as
/// it was; documents are keyed by content hash, so the same text twice adds nothing.
public struct GraphStore: Sendable {
  public let path: String
  let db: DatabaseQueue
  static let formatTag = "relgraph-store"
  static let version = 1

  /// Opens a store. `create: true` makes a new one when the file is missing.
  public init(path: String, create: Bool = false) throws(StoreError) {
    self.path = path
    let exists = FileManager.default.fileExists(atPath: path)
    if !exists && !create { throw .missing(path: path) }
    if exists {
      // a relgraph store is an SQLite file; check the magic before SQLite complains
      guard let h = FileHandle(forReadingAtPath: path) else { throw .database(path: path, message: "cannot open for reading") }
      let head = h.readData(ofLength: 16)
      try? h.close()
      if !head.isEmpty && String(decoding: head.prefix(15), as: UTF8.self) != "SQLite format 3" { throw .notAStore(path: path) }
    }
    do {
      var config = Configuration()
      config.busyMode = .timeout(5)
      db = try DatabaseQueue(path: path, configuration: config)
      try db.write { db in
        let hasMeta = try db.tableExists("meta")
        if !hasMeta {
          let userTables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type='table'") ?? 0
          if userTables > 0 { throw StoreError.notAStore(path: path) }
          try Self.createSchema(db)
        } else {
          let tag = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key='format'")
          if tag != Self.formatTag { throw StoreError.notAStore(path: path) }
        }
      }
    } catch let e as StoreError {
      throw e
    } catch let e as DatabaseError {
      if e.resultCode == .SQLITE_NOTADB { throw .notAStore(path: path) }
      throw .database(path: path, message: e.message ?? "\(e)")
    } catch {
      throw .database(path: path, message: "\(error)")
    }
  }

  static func createSchema(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('format', '\(formatTag)'), ('version', '\(version)');
        CREATE TABLE documents (
          id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
          language TEXT NOT NULL, date TEXT, added TEXT NOT NULL);
        CREATE TABLE entities (
          id TEXT PRIMARY KEY, label TEXT NOT NULL, kind TEXT, subkind TEXT, parent TEXT,
          labels TEXT NOT NULL DEFAULT '{}');
        CREATE TABLE aliases (entity TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL,
          PRIMARY KEY (entity, alias));
        CREATE TABLE mentions (entity TEXT NOT NULL REFERENCES entities(id),
          document INTEGER NOT NULL REFERENCES documents(id), start INTEGER NOT NULL,
          "end" INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE relations (
          id INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, kind TEXT,
          role TEXT, date TEXT, origin TEXT NOT NULL, weight REAL NOT NULL DEFAULT 0,
          UNIQUE (source, target, kind));
        CREATE TABLE evidence (
          relation INTEGER NOT NULL REFERENCES relations(id), document INTEGER REFERENCES documents(id),
          sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
          date TEXT, UNIQUE (relation, document, start));
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE INDEX evidence_relation ON evidence(relation);
        """)
  }

  /// Whether a document with this content hash is already stored.
  public func contains(hash: String) throws -> Bool {
    try db.read { try Int.fetchOne($0, sql: "SELECT 1 FROM documents WHERE hash = ?", arguments: [hash]) != nil }
  }

  /// Adds documents and their extractions in one transaction, plus the catalogue's
  /// containment facts (`Almaty part_of Kazakhstan`) for every stored place.
  public func add(_ items: [(Document, DocumentExtraction)], catalog: Catalog) throws -> BuildReport {
    var report = BuildReport()
    try db.write { db in
      for (doc, x) in items {
        if try Int.fetchOne(db, sql: "SELECT 1 FROM documents WHERE hash = ?", arguments: [doc.contentHash]) != nil {
          report.documentsSkipped += 1
          continue
        }
        try db.execute(
          sql: "INSERT INTO documents (hash, path, language, date, added) VALUES (?, ?, ?, ?, ?)",
          arguments: [doc.contentHash, doc.path, doc.language, doc.date, ISO8601DateFormatter().string(from: Date())])
        let docID = db.lastInsertedRowID
        report.documentsAdded += 1
        for e in x.entities {
          try upsertEntity(db, Node(id: e.id, label: e.label, kind: e.kind, subkind: e.subkind, labels: e.labels, aliases: e.aliases, parent: e.parent))
          for m in e.mentions {
            try db.execute(sql: "INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", arguments: [e.id, docID, m.start, m.end, m.text])
          }
        }
        let parents = Dictionary(x.entities.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
        for r in x.relations {
          // (a text's catalogue fact that skips a level, "Urumqi part_of China" where the text
          // names no Xinjiang, is the chain `addContainment` stores link by link)
          if r.fromCatalog, ((parents[r.source] ?? nil) ?? catalog.entry(r.source)?.parent) != r.target { continue }
          let rid = try upsertRelation(db, source: r.source, target: r.target, kind: r.kind.rawValue, role: r.role, date: r.date, origin: r.fromCatalog ? .catalog : .text)
          for ev in r.evidence {
            try db.execute(
              sql: "INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)",
              arguments: [rid, docID, ev.sentence, ev.start, ev.end, ev.text, r.date])
          }
        }
      }
      try addContainment(db, catalog: catalog)
      try Self.bumpRevision(db)
      try db.execute(sql: "UPDATE relations SET weight = (SELECT count(*) FROM evidence WHERE relation = relations.id) WHERE origin = 'text'")
      report.entities = try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0
      report.relations = try Int.fetchOne(db, sql: "SELECT count(*) FROM relations") ?? 0
    }
    return report
  }

  /// Replaces the whole store content with a graph (used by `import`), in one transaction
  /// with prepared statements: duplicate edges (same source, target and kind) are merged in
  /// memory first, their strengths summed.
  public func replace(with graph: PropertyGraph) throws {
    try db.write { db in
      for t in ["evidence", "relations", "mentions", "aliases", "entities", "documents"] { try db.execute(sql: "DELETE FROM \(t)") }
      try Self.bumpRevision(db)
      let insertEntity = try db.makeStatement(sql: "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)")
      let insertAlias = try db.makeStatement(sql: "INSERT OR IGNORE INTO aliases VALUES (?, ?)")
      for n in graph.nodes {
        let labels = n.labels.isEmpty ? "{}" : String(decoding: try JSONEncoder.sorted.encode(n.labels), as: UTF8.self)
        try insertEntity.execute(arguments: [n.id, n.label, n.kind?.rawValue, n.subkind, n.parent, labels])
        for a in n.aliases where a != n.label { try insertAlias.execute(arguments: [n.id, a]) }
      }
      struct Key: Hashable { var s: String, t: String, k: String? }
      var order: [Key] = []
      var merged: [Key: Edge] = [:]
      for e in graph.edges {
        let key = Key(s: e.source, t: e.target, k: e.kind?.rawValue)
        if var m = merged[key] {
          m.weight += e.weight
          m.evidence += e.evidence
          if (e.date?.count ?? 0) > (m.date?.count ?? 0) { m.date = e.date }
          merged[key] = m
        } else {
          merged[key] = e
          order.append(key)
        }
      }
      let insertRelation = try db.makeStatement(sql: "INSERT INTO relations (source, target, kind, role, date, origin, weight) VALUES (?, ?, ?, ?, ?, ?, ?)")
      let insertEvidence = try db.makeStatement(sql: "INSERT OR IGNORE INTO evidence VALUES (?, NULL, ?, ?, ?, ?, ?)")
      for key in order {
        let e = merged[key]!
        try insertRelation.execute(arguments: [e.source, e.target, e.kind?.rawValue, e.role, e.date, e.origin.rawValue, e.weight])
        let rid = db.lastInsertedRowID
        for ev in e.evidence { try insertEvidence.execute(arguments: [rid, ev.sentence, ev.start, ev.end, ev.text, ev.date]) }
      }
    }
  }

  func upsertEntity(_ db: Database, _ n: Node) throws {
    let labelsJSON = String(decoding: try JSONEncoder.sorted.encode(n.labels), as: UTF8.self)
    if let row = try Row.fetchOne(db, sql: "SELECT labels, kind FROM entities WHERE id = ?", arguments: [n.id]) {
      var labels = (try? JSONDecoder().decode([String: String].self, from: Data((row["labels"] as String).utf8))) ?? [:]
      for (k, v) in n.labels where labels[k] == nil { labels[k] = v }
      let merged = String(decoding: try JSONEncoder.sorted.encode(labels), as: UTF8.self)
      try db.execute(
        sql: "UPDATE entities SET labels = ?, kind = coalesce(kind, ?), subkind = coalesce(subkind, ?), parent = coalesce(parent, ?) WHERE id = ?",
        arguments: [merged, n.kind?.rawValue, n.subkind, n.parent, n.id])
    } else {
      try db.execute(
        sql: "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [n.id, n.label, n.kind?.rawValue, n.subkind, n.parent, labelsJSON])
    }
    for a in n.aliases where a != n.label {
      try db.execute(sql: "INSERT OR IGNORE INTO aliases VALUES (?, ?)", arguments: [n.id, a])
    }
  }

  func upsertRelation(_ db: Database, source: String, target: String, kind: String?, role: String?, date: String?, origin: EdgeSource) throws -> Int64 {
    if let id = try Int64.fetchOne(db, sql: "SELECT id FROM relations WHERE source = ? AND target = ? AND kind IS ?", arguments: [source, target, kind]) {
      // keep the most precise date
      try db.execute(
        sql: "UPDATE relations SET role = coalesce(role, ?), date = CASE WHEN length(coalesce(?, '')) > length(coalesce(date, '')) THEN ? ELSE date END WHERE id = ?",
        arguments: [role, date, date, id])
      return id
    }
    try db.execute(
      sql: "INSERT INTO relations (source, target, kind, role, date, origin, weight) VALUES (?, ?, ?, ?, ?, ?, ?)",
      arguments: [source, target, kind, role, date, origin.rawValue, origin == .catalog ? 1.0 : 0.0])
    return db.lastInsertedRowID
  }

  /// Catalogue containment for every stored entity with a known parent, walking up the
  /// chain (city → region → country). Places are `part_of` their parent; organisations,
  /// projects and events are `located_in` it.
  func addContainment(_ db: Database, catalog: Catalog) throws {
    let rows = try Row.fetchAll(db, sql: "SELECT id, kind, parent FROM entities")
    var queue: [(String, String?, String?)] = rows.map { ($0["id"], $0["kind"], $0["parent"]) }
    var seen = Set<String>()
    while let (id, kind, parentOpt) = queue.popLast() {
      // a person's catalogue "parent" is their country, not a containment fact
      guard seen.insert(id).inserted, kind != "person" else { continue }
      let parent = parentOpt ?? catalog.entry(id)?.parent
      guard let p = parent, p != id else { continue }
      let stored = try Row.fetchOne(db, sql: "SELECT id FROM entities WHERE id = ?", arguments: [p]) != nil
      guard let pe = catalog.entry(p) ?? (stored ? CatalogEntry(id: p, label: p, kind: .region) : nil) else { continue }
      if try Int.fetchOne(db, sql: "SELECT 1 FROM entities WHERE id = ?", arguments: [p]) == nil {
        try upsertEntity(db, Node(id: pe.id, label: pe.label, kind: pe.kind, subkind: pe.subkind, labels: pe.labels, aliases: pe.aliases, parent: pe.parent))
      }
      let isPlace = kind == "city" || kind == "region"
      let rel: RelationKind = isPlace ? .partOf : .locatedIn
      _ = try upsertRelation(db, source: id, target: p, kind: rel.rawValue, role: nil, date: nil, origin: .catalog)
      queue.append((p, pe.kind.rawValue, pe.parent))
    }
  }

  // MARK: - Reading

  /// Loads the whole graph with evidence.
  public func load() throws -> PropertyGraph {
    try db.read { db in
      var g = try Self.readNodes(db)
      var docs: [Int64: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, path FROM documents") { docs[row["id"]] = row["path"] }
      var evidence: [Int64: [EdgeEvidence]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT * FROM evidence ORDER BY relation, document, start") {
        let doc: Int64? = row["document"]
        evidence[row["relation"], default: []].append(EdgeEvidence(document: doc.flatMap { docs[$0] } ?? "", sentence: row["sentence"], start: row["start"], end: row["end"], text: row["text"], date: row["date"]))
      }
      for row in try Row.fetchAll(db, sql: "SELECT * FROM relations ORDER BY source, target, kind") {
        let rid: Int64 = row["id"]
        let kind = (row["kind"] as String?).flatMap(RelationKind.init(rawValue:))
        g.add(Edge(source: row["source"], target: row["target"], kind: kind, role: row["role"], date: row["date"], weight: row["weight"], origin: EdgeSource(rawValue: row["origin"]) ?? .text, evidence: evidence[rid] ?? []))
      }
      return g
    }
  }

  /// Counts for a quick summary.
  public func counts() throws -> (documents: Int, entities: Int, relations: Int) {
    try db.read { db in
      (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
       try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0,
       try Int.fetchOne(db, sql: "SELECT count(*) FROM relations") ?? 0)
    }
  }
}

extension JSONEncoder {
  static var sorted: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }
}
