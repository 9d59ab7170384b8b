import EntityExtraction
import Foundation
import GRDB
import Testing
import TextIngest

@testable import GraphModel

@Suite struct GraphStoreTests {
  static let extractor = try! Extractor.standard()

  func tempPath() -> String { NSTemporaryDirectory() + "relgraph-store-\(UUID().uuidString).db" }

  /// Removes a test database with SQLite's side files.
  func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }

  func items(_ texts: [String]) -> [(Document, DocumentExtraction)] {
    texts.enumerated().map { i, t in
      let d = Document(path: "doc\(i).txt", text: t)
      return (d, Self.extractor.extract(d))
    }
  }

  @Test("the same document twice adds nothing")
  func idempotent() throws {
    let path = tempPath()
    defer { removeDatabase(path) }
    let s = try GraphStore(path: path, create: true)
    let batch = items(["Токаев встретился с Си Цзиньпином в Астане."])
    let first = try s.add(batch, catalog: Self.extractor.catalog)
    let second = try s.add(batch, catalog: Self.extractor.catalog)
    #expect(first.documentsAdded == 1)
    #expect(second.documentsAdded == 0 && second.documentsSkipped == 1)
    #expect(first.entities == second.entities && first.relations == second.relations)
  }

  @Test("a build that fails part-way leaves the store exactly as it was")
  func transactional() throws {
    let path = tempPath()
    defer { removeDatabase(path) }
    let s = try GraphStore(path: path, create: true)
    _ = try s.add(items(["Алматы и Шанхай стали городами-побратимами."]), catalog: Self.extractor.catalog)
    let before = try s.counts()
    // make the second document's insert fail half-way through
    let q = try DatabaseQueue(path: path)
    try q.write { try $0.execute(sql: "CREATE TRIGGER boom BEFORE INSERT ON mentions WHEN NEW.entity = 'tashkent' BEGIN SELECT RAISE(ABORT, 'injected failure'); END") }
    #expect(throws: (any Error).self) { try s.add(self.items(["Делегация Бишкека прибыла в Ташкент."]), catalog: Self.extractor.catalog) }
    let after = try s.counts()
    #expect(before.documents == after.documents && before.entities == after.entities && before.relations == after.relations)
  }

  @Test("a file that is not a relgraph store is refused")
  func notAStore() throws {
    let p = tempPath()
    defer { removeDatabase(p); removeDatabase(p + "2") }
    try "hello".write(toFile: p, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.notAStore(path: p)) { try GraphStore(path: p) }
    let q = try DatabaseQueue(path: p + "2")
    try q.write { try $0.execute(sql: "CREATE TABLE t(x)") }
    #expect(throws: StoreError.notAStore(path: p + "2")) { try GraphStore(path: p + "2") }
    #expect(throws: StoreError.missing(path: p + "3")) { try GraphStore(path: p + "3") }
  }

  @Test("relations merge across documents; weight grows with evidence; catalogue containment is added")
  func merging() throws {
    let path = tempPath()
    defer { removeDatabase(path) }
    let s = try GraphStore(path: path, create: true)
    _ = try s.add(items(["Алматы и Шанхай стали городами-побратимами.", "Almaty and Shanghai are sister cities since 2014."]), catalog: Self.extractor.catalog)
    let g = try s.load()
    let twin = g.edges.first { $0.kind == .twinnedWith }
    #expect(twin?.weight == 2)
    #expect(twin?.evidence.count == 2)
    #expect(g.edges.contains { $0.source == "almaty" && $0.target == "kazakhstan" && $0.kind == .partOf && $0.origin == .catalog })
  }
}

@Suite struct EntityResolverTests {
  static let graph: PropertyGraph = {
    var g = PropertyGraph()
    g.upsert(Node(id: "kassym-jomart-tokayev", label: "Kassym-Jomart Tokayev", kind: .person, labels: ["ru": "Касым-Жомарт Токаев"], aliases: ["Tokayev", "Токаев"]))
    g.upsert(Node(id: "almaty", label: "Almaty", kind: .city, labels: ["ru": "Алматы"], aliases: ["Alma-Ata"]))
    g.upsert(Node(id: "almaty-region", label: "Almaty Region", kind: .region, labels: ["ru": "Алматинская область"]))
    return g
  }()

  @Test("resolved by id, label, alias in any script and inflection", arguments: ["Токаева", "Tokayev", "Tokaev", "kassym-jomart-tokayev", "Касым-Жомарта Токаева", "TOKAYEV"])
  func resolves(_ name: String) throws {
    #expect(try EntityResolver(Self.graph).resolve(name) == "kassym-jomart-tokayev")
  }

  @Test("a node's own name outranks another node's alias; two aliases stay ambiguous")
  func ownNameFirst() throws {
    var g = Self.graph
    g.upsert(Node(id: "navoi", label: "Navoi", kind: .city, labels: ["ru": "Навои"]))
    g.upsert(Node(id: "navoi-fez", label: "zona economica libera \"Navoi\"", kind: .project, aliases: ["Navoi", "Alma-Ata"]))
    #expect(try EntityResolver(g).resolve("Navoi") == "navoi")
    #expect(try EntityResolver(g).resolve("Навои") == "navoi")
    #expect(throws: EntityResolver.Failure.ambiguous(name: "Alma-Ata", candidates: ["Almaty (almaty)", "zona economica libera \"Navoi\" (navoi-fez)"])) {
      try EntityResolver(g).resolve("Alma-Ata")
    }
  }

  @Test("an unknown name lists the closest candidates")
  func unknown() {
    #expect(throws: EntityResolver.Failure.self) { try EntityResolver(Self.graph).resolve("Almatyy") }
    do { _ = try EntityResolver(Self.graph).resolve("Almatyy") } catch {
      #expect(error.description.contains("Almaty (almaty)"))
    }
  }
}
