import Foundation
import RelgraphKit
import Testing

@testable import relgraph

/// Bad input: a clear one-line error, the SPEC's exit code, never a stack trace.
@Suite(.serialized) struct BadInputTests {
  static let store: URL = {
    let d = E2E.tempDir()
    let db = d.appendingPathComponent("g.db")
    try! E2E.run(["build", "examples/corpus", "--graph", db.path])
    return db
  }()

  func expectClean(_ r: E2E.Result, status: Int32, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.status == status, "exit \(r.status): \(r.stderr)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(fragment), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
    #expect(!r.stderr.contains("Backtrace") && !r.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
  }

  @Test("missing file or directory") func missing() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    expectClean(try E2E.run(["build", "/nonexistent/texts", "--graph", d.appendingPathComponent("x.db").path]), status: 65, "no such file or directory")
  }

  @Test("a missing or malformed gold file") func badGold() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let missing = try E2E.run(["eval", "--gold", d.appendingPathComponent("none.json").path, "examples/corpus"])
    expectClean(missing, status: 65, "cannot read gold file")
    #expect(!missing.stderr.contains("NSCocoaErrorDomain"))
    try Data(#"{"documents": [{"file": "a.txt"}]}"#.utf8).write(to: d.appendingPathComponent("g.json"))
    let malformed = try E2E.run(["eval", "--gold", d.appendingPathComponent("g.json").path, "examples/corpus"])
    expectClean(malformed, status: 65, "missing field \"entities\"")
    #expect(!malformed.stderr.contains("Error Domain"))
  }

  @Test("a directory with no texts") func noTexts() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    try Data("%PDF".utf8).write(to: d.appendingPathComponent("a.pdf"))
    expectClean(try E2E.run(["build", d.path, "--graph", d.appendingPathComponent("x.db").path]), status: 65, "contains no .txt")
  }

  @Test("an empty file") func emptyFile() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    try Data().write(to: d.appendingPathComponent("e.txt"))
    expectClean(try E2E.run(["extract", d.appendingPathComponent("e.txt").path]), status: 65, "is empty")
  }

  @Test("invalid UTF-8 warns with file and byte offset; the rest builds") func invalidUTF8() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    try Data("Астана и Пекин подписали соглашение.".utf8).write(to: d.appendingPathComponent("ok.txt"))
    try Data([0x41, 0x42, 0xFF, 0x43]).write(to: d.appendingPathComponent("bad.txt"))
    let r = try E2E.run(["build", d.path, "--graph", d.appendingPathComponent("x.db").path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("bad.txt is not valid UTF-8 (first bad byte at offset 2)"))
    #expect(r.stderr.contains("added 1 document"))
  }

  @Test("a binary file is skipped with a warning") func binary() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    try Data("Almaty and Shanghai are twin cities.".utf8).write(to: d.appendingPathComponent("ok.txt"))
    try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]).write(to: d.appendingPathComponent("prog.txt"))
    let r = try E2E.run(["build", d.path, "--graph", d.appendingPathComponent("x.db").path])
    #expect(r.status == 0 && r.stderr.contains("looks like a binary file"))
  }

  @Test("an unknown entity lists the closest names") func unknownEntity() throws {
    expectClean(try E2E.run(["show", "Almatyy", "--graph", Self.store.path]), status: 65, "closest: Almaty (almaty)")
    expectClean(try E2E.run(["path", "Nobody Atall", "Almaty", "--graph", Self.store.path]), status: 65, "unknown entity")
  }

  @Test("two entities with no path: a clear 'not connected', exit 0") func notConnected() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let el = d.appendingPathComponent("g.edges")
    try "a b\nc d\n".write(to: el, atomically: true, encoding: .utf8)
    let db = d.appendingPathComponent("g.db").path
    #expect(try E2E.run(["import", el.path, "--from", "edgelist", "--graph", db]).status == 0)
    let r = try E2E.run(["path", "a", "d", "--graph", db])
    #expect(r.status == 0 && r.stdout.contains("not connected"))
    let j = try E2E.json(try E2E.run(["path", "a", "d", "--graph", db, "--format", "json"]).stdout)
    #expect(j["connected"] as? Bool == false && (j["paths"] as? [Any])?.isEmpty == true)
  }

  @Test("unknown engine or format lists what is available") func unknownEngine() throws {
    let e = try E2E.run(["render", "--graph", Self.store.path, "--output", "/tmp/x.svg", "--engine", "nosuch"])
    #expect(e.status == 64 && e.stderr.contains("sfdp"))
    let f = try E2E.run(["render", "--graph", Self.store.path, "--output", "/tmp/x.bmp"])
    #expect(f.status == 64 && f.stderr.contains(".svg, .png, .pdf, .dot"))
  }

  @Test("an unwritable output path is a clear error") func unwritable() throws {
    expectClean(try E2E.run(["render", "--graph", Self.store.path, "--output", "/nonexistent/dir/x.svg"]), status: 1, "output directory /nonexistent/dir does not exist")
    expectClean(try E2E.run(["export", "--graph", Self.store.path, "--format", "json", "--output", "/proc/x.json"]), status: 1, "cannot write")
  }

  @Test("a store file that is not a relgraph store") func notAStore() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let p = d.appendingPathComponent("notes.db")
    try "just some text".write(to: p, atomically: true, encoding: .utf8)
    expectClean(try E2E.run(["entities", "--graph", p.path]), status: 65, "is not a relgraph graph store")
    expectClean(try E2E.run(["entities", "--graph", d.appendingPathComponent("none.db").path]), status: 65, "no graph store at")
  }

  @Test("a malformed edge list and GraphML name the line") func malformedImports() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    try "a b 1\nb c x\n".write(to: d.appendingPathComponent("e.txt"), atomically: true, encoding: .utf8)
    expectClean(try E2E.run(["import", d.appendingPathComponent("e.txt").path, "--from", "edgelist", "--graph", d.appendingPathComponent("g.db").path]), status: 65, "line 2")
    try "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\"/>\n</graph></graphml>".write(to: d.appendingPathComponent("g.graphml"), atomically: true, encoding: .utf8)
    expectClean(try E2E.run(["import", d.appendingPathComponent("g.graphml").path, "--from", "graphml", "--graph", d.appendingPathComponent("g2.db").path]), status: 65, "line 4")
  }

  @Test("a malformed --catalog names its line") func badCatalog() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    try "{\"entities\": [\n{\"id\": \"x\",\n \"label\" \"X\"}]}".write(to: d.appendingPathComponent("c.json"), atomically: true, encoding: .utf8)
    expectClean(try E2E.run(["extract", "examples/corpus/en-01-wind-farm.txt", "--catalog", d.appendingPathComponent("c.json").path]), status: 65, "line 3")
  }

  @Test("usage errors exit 64") func usage() throws {
    #expect(try E2E.run(["centrality", "--graph", Self.store.path]).status == 64)
    #expect(try E2E.run(["nosuchcommand"]).status == 64)
  }
}

@Suite struct CLIParsingTests {
  @Test("commands parse in-process; bad flags throw")
  func parsing() throws {
    _ = try Relgraph.parseAsRoot(["path", "A", "B", "--graph", "g.db", "--k", "3", "--cost", "unit"])
    _ = try Relgraph.parseAsRoot(["render", "--graph", "g.db", "--output", "x.svg", "--engine", "sfdp", "--cluster", "country"])
    #expect(throws: (any Error).self) { try Relgraph.parseAsRoot(["centrality", "--graph", "g.db", "--measure", "nosuch"]) }
    #expect(throws: (any Error).self) { try Relgraph.parseAsRoot(["path", "A", "B", "--graph", "g.db", "--k", "0"]) }
  }

  @Test("help text is golden", arguments: ["path", "render", "centrality"])
  func help(_ command: String) throws {
    let text = Relgraph.helpMessage(for: try #require(Relgraph.configuration.subcommands.first { $0.configuration.commandName == command || String(describing: $0).lowercased() == command }), columns: 100)
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/help-\(command).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil { try text.write(to: url, atomically: true, encoding: .utf8) }
    #expect(text == (try String(contentsOf: url, encoding: .utf8)))
  }
}
