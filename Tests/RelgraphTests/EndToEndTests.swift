import Foundation
import RelgraphKit
import Testing

/// The user's journeys, through the built binary.
@Suite(.serialized) struct EndToEndTests {
  @Test("seeds: path from Чэн Шулянь to Jiang Wei with evidence taken from the documents for every hop",
    .enabled(if: E2E.hasShared, "needs ../shared"))
  func seedsPath() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("seeds.db").path
    #expect(try E2E.run(["build", E2E.shared.appendingPathComponent("corpus/seeds").path, "--graph", db]).status == 0)
    let r = try E2E.run(["path", "Чэн Шулянь", "Jiang Wei", "--graph", db, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let j = try E2E.json(r.stdout)
    #expect(j["from"] as? String == "cheng-shulian" && j["to"] as? String == "jiang-wei")
    let path = try #require((j["paths"] as? [[String: Any]])?.first)
    let nodes = try #require(path["nodes"] as? [[String: Any]]).map { $0["id"] as! String }
    let edges = try #require(path["edges"] as? [[String: Any]])
    // every hop has at least one relation whose evidence text occurs in its document at its offsets
    for (a, b) in zip(nodes, nodes.dropFirst()) {
      let hop = edges.filter { Set([$0["source"] as! String, $0["target"] as! String]) == Set([a, b]) }
      #expect(!hop.isEmpty, "hop \(a)–\(b)")
      let texts = hop.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }.filter { $0["text"] != nil }
      #expect(!texts.isEmpty, "hop \(a)–\(b) has text evidence")
      for ev in texts {
        let doc = try String(contentsOfFile: ev["document"] as! String, encoding: .utf8).precomposedStringWithCanonicalMapping
        let sc = Array(doc.unicodeScalars)
        let s = ev["start"] as! Int, e = ev["end"] as! Int
        #expect(String(String.UnicodeScalarView(sc[s..<e])) == ev["text"] as! String)
      }
    }
    // stated relations, not only co-mentions, carry the path where the texts state them
    #expect(edges.contains { ($0["kind"] as? String) == "holds_role" })
    for f in ["svg", "png"] {
      let out = d.appendingPathComponent("seeds.\(f)").path
      #expect(try E2E.run(["render", "--graph", db, "--output", out]).status == 0)
      #expect(FileManager.default.fileExists(atPath: out))
    }
  }

  @Test("seeds: entity F1 ≥ 0.95, kind accuracy ≥ 0.95, relation pair recall ≥ 0.85, same-kind ≥ 0.75",
    .enabled(if: E2E.hasShared, "needs ../shared"))
  func seedsEval() throws {
    let r = try E2E.run(["eval", "--gold", E2E.shared.appendingPathComponent("gold/seeds.json").path, E2E.shared.appendingPathComponent("corpus/seeds").path, "--format", "json"])
    let j = try E2E.json(r.stdout)
    #expect((j["entity_f1"] as! Double) >= 0.95)
    #expect((j["kind_accuracy"] as! Double) >= 0.95)
    #expect((j["relation_pair_recall"] as! Double) >= 0.85)
    #expect((j["relation_typed_recall"] as! Double) >= 0.75)
  }

  @Test("eval agrees with shared/tools/score.py", .enabled(if: E2E.hasShared && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs ../shared and python3"))
  func agreesWithScorer() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let sys = d.appendingPathComponent("sys.json")
    try E2E.run(["extract", E2E.shared.appendingPathComponent("corpus/seeds").path]).stdout.write(to: sys, atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", E2E.shared.appendingPathComponent("tools/score.py").path, E2E.shared.appendingPathComponent("gold/seeds.json").path, sys.path, "--json"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let py = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let ours = try E2E.json(try E2E.run(["eval", "--gold", E2E.shared.appendingPathComponent("gold/seeds.json").path, E2E.shared.appendingPathComponent("corpus/seeds").path, "--format", "json"]).stdout)
    for k in ["entity_precision", "entity_recall", "entity_f1", "kind_accuracy", "relation_pair_recall", "relation_typed_recall", "tp", "fp", "fn"] {
      #expect((py[k] as! NSNumber).doubleValue == (ours[k] as! NSNumber).doubleValue, "\(k)")
    }
  }

  @Test("example corpus: entity F1 ≥ 0.90, stated relations precision ≥ 0.85 and recall ≥ 0.80 against examples/gold.json")
  func exampleEval() throws {
    let j = try E2E.json(try E2E.run(["eval", "--gold", "examples/gold.json", "examples/corpus", "--format", "json"]).stdout)
    #expect((j["entity_f1"] as! Double) >= 0.90)
    #expect((j["relation_precision"] as! Double) >= 0.85)
    #expect((j["relation_pair_recall"] as! Double) >= 0.80)
    let langs = j["by_language"] as! [String: [String: Any]]
    for l in ["ru", "en", "it", "kk"] { #expect((langs[l]?["f1"] as? Double ?? 0) >= 0.90, "\(l)") }
  }

  @Test("extraction is the same on one thread as on all (RELGRAPH_THREADS=1), in input order")
  func oneThread() throws {
    let args = ["extract", "examples/probes", "--format", "json"]
    let one = try E2E.run(args, env: ["RELGRAPH_THREADS": "1"]), all = try E2E.run(args)
    #expect(one.status == 0 && all.status == 0)
    #expect(one.stdout.count > 100_000)
    #expect(one.stdout == all.stdout)
  }

  /// examples/probes: the articles written for this project whose gold was written before
  /// the extractor saw them (each round's blind score is in the README; the rules were then
  /// generalised from their errors). A regression guard for names the catalogue lacks.
  @Test("probe articles: entity F1 ≥ 0.95 and ≥ 0.90 in every language against examples/probes/gold.json")
  func probeEval() throws {
    let j = try E2E.json(try E2E.run(["eval", "--gold", "examples/probes/gold.json", "examples/probes", "--format", "json"]).stdout)
    #expect((j["entity_f1"] as! Double) >= 0.95)
    let langs = j["by_language"] as! [String: [String: Any]]
    for l in ["ru", "en", "it", "kk"] { #expect((langs[l]?["f1"] as? Double ?? 0) >= 0.90, "\(l)") }
  }

  @Test("graphs/ is up to date with examples/corpus (regenerate with scripts/example.sh)")
  func graphsFresh() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("g.db").path
    #expect(try E2E.run(["build", "examples/corpus", "--graph", db]).status == 0)
    for (fmt, file) in [("json", "example.json"), ("dot", "example.dot")] {
      let out = d.appendingPathComponent(file).path
      #expect(try E2E.run(["export", "--graph", db, "--format", fmt, "--output", out]).status == 0)
      let fresh = try String(contentsOfFile: out, encoding: .utf8)
      let committed = try String(contentsOf: E2E.root.appendingPathComponent("graphs/\(file)"), encoding: .utf8)
      #expect(fresh == committed, "graphs/\(file) is stale: run scripts/example.sh")
    }
    let svg = try String(contentsOf: E2E.root.appendingPathComponent("graphs/example.svg"), encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("Almaty") && svg.contains("Kassym&#45;Jomart Tokayev"))
  }

  @Test("centrality JSON is sorted by score then id; every measure runs")
  func centrality() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("g.db").path
    try E2E.run(["build", "examples/corpus", "--graph", db])
    for m in Measure.allCases {
      let r = try E2E.run(["centrality", "--graph", db, "--measure", m.rawValue, "--format", "json", "--top", "10"])
      #expect(r.status == 0, "\(m): \(r.stderr)")
      let scores = try #require(try E2E.json(r.stdout)["scores"] as? [[String: Any]])
      #expect(scores.count == 10)
      for (a, b) in zip(scores, scores.dropFirst()) {
        let sa = a["score"] as! Double, sb = b["score"] as! Double
        #expect(sa > sb || (sa == sb && (a["id"] as! String) < (b["id"] as! String)))
      }
    }
  }

  @Test("neighbours, show, entities, communities, export in every format")
  func tour() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("g.db").path
    try E2E.run(["build", "examples/corpus", "--graph", db])
    #expect(try E2E.run(["neighbors", "Алматы", "--graph", db, "--depth", "2"]).stdout.contains("shanghai"))
    let show = try E2E.run(["show", "Сыздыкбекова", "--graph", db])
    #expect(show.status == 0 && show.stdout.contains("leads") && show.stdout.contains("Shymkent"))
    #expect(try E2E.run(["entities", "--graph", db, "--kind", "person", "--format", "csv"]).stdout.contains("ye-ning"))
    #expect(try E2E.json(try E2E.run(["communities", "--graph", db, "--format", "json"]).stdout)["modularity"] as! Double > 0.2)
    let leiden = try E2E.json(try E2E.run(["communities", "--graph", db, "--format", "json", "--method", "leiden"]).stdout)
    #expect(leiden["method"] as? String == "leiden" && leiden["modularity"] as! Double > 0.2)
    // personalised PageRank: the restart entity ranks first, and the JSON says where it restarts
    let ppr = try E2E.json(try E2E.run(["centrality", "--graph", db, "--measure", "pagerank", "--personalize", "Сыздыкбеков", "--format", "json", "--top", "3"]).stdout)
    #expect((ppr["scores"] as! [[String: Any]]).first?["id"] as? String == (ppr["personalize"] as? [String])?.first)
    #expect(try E2E.run(["centrality", "--graph", db, "--measure", "degree", "--personalize", "Almaty"]).status == 64)
    for f in ExportFormat.allCases {
      let out = d.appendingPathComponent("g.\(f.rawValue)").path
      let r = try E2E.run(["export", "--graph", db, "--format", f.rawValue, "--output", out])
      #expect(r.status == 0, "\(f): \(r.stderr)")
    }
    // the JSON export imports back with the same nodes and edges
    let back = d.appendingPathComponent("back.db").path
    #expect(try E2E.run(["import", d.appendingPathComponent("g.json").path, "--from", "json", "--graph", back]).status == 0)
    let a = try E2E.json(try E2E.run(["entities", "--graph", db, "--format", "json"]).stdout)["entities"] as! [Any]
    let b = try E2E.json(try E2E.run(["entities", "--graph", back, "--format", "json"]).stdout)["entities"] as! [Any]
    #expect(a.count == b.count)
  }

  @Test("every export reads back in NetworkX with the same nodes, edges and attributes",
    .enabled(if: E2E.pythonHasNetworkX, "needs python3 with networkx"))
  func exportsReadBack() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("g.db").path
    try E2E.run(["build", "examples/corpus", "--graph", db])
    for f in ExportFormat.allCases where f != .dot {
      #expect(try E2E.run(["export", "--graph", db, "--format", f.rawValue, "--output", d.appendingPathComponent("g.\(f.rawValue)").path]).status == 0)
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", E2E.root.appendingPathComponent("scripts/validate_exports.py").path, d.path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "\(text)")
    #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("ok") }.count == 5, "\(text)")
  }

  @Test("no leak across 1,000 renders: resident memory after 1,000 equals that after 10 (own process)",
    .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
  func noLeak() throws {
    let r = try E2E.run(["doctor", "--leak-check", "1000", "--format", "json"])
    let j = try E2E.json(r.stdout)
    #expect((j["growth_kb"] as! Int) < 1024, "resident memory grew by \(j["growth_kb"]!) KB over 990 renders")
  }

  @Test("a 20,000-node imported graph: --top 200 renders quickly (debug-build smoke bound); a layout over the time limit stops cleanly")
  func largeGraph() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    var text = ""
    var rng = SplitMix64(seed: 3)
    for v in 1..<20_000 {
      for _ in 0..<(Int.random(in: 0..<3, using: &rng) == 0 ? 2 : 1) {
        let u = Int(Double(v) * pow(Double.random(in: 0..<1, using: &rng), 2))
        text += "n\(u) n\(v) \(Int.random(in: 1...5, using: &rng))\n"
      }
    }
    try text.write(to: d.appendingPathComponent("big.edges"), atomically: true, encoding: .utf8)
    let db = d.appendingPathComponent("big.db").path
    #expect(try E2E.run(["import", d.appendingPathComponent("big.edges").path, "--from", "edgelist", "--graph", db]).status == 0)
    let t0 = Date()
    let top = try E2E.run(["render", "--graph", db, "--top", "200", "--output", d.appendingPathComponent("top.svg").path])
    #expect(top.status == 0 && top.stderr.contains("200 nodes, sfdp layout"), "\(top.stderr)")
    // The 5 s target is for the product: the release binary does this in 0.4 s (README,
    // "Measured speed"). Here the unoptimised debug binary runs beside parallel suites,
    // where it took 4.6 s, so the bound only catches a blow-up such as spline routing (21 s).
    #expect(Date().timeIntervalSince(t0) < 15)
    let slow = try E2E.run(["render", "--graph", db, "--engine", "dot", "--timeout", "1", "--output", d.appendingPathComponent("all.svg").path])
    #expect(slow.status == 1 && slow.stderr.contains("exceeded the time limit"))
    #expect(!FileManager.default.fileExists(atPath: d.appendingPathComponent("all.svg").path))
  }

  @Test("the Swift example program runs and prints a ranking and a path with evidence")
  func exampleProgram() throws {
    let p = Process()
    p.executableURL = E2E.binary.deletingLastPathComponent().appendingPathComponent("relgraph-example")
    p.arguments = ["examples/corpus"]
    p.currentDirectoryURL = E2E.root
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(text.contains("Top entities by PageRank:") && text.contains("Wang Yi") && text.contains("Gabit Syzdykbekov"))
  }

  @Test("a graph brought in as an edge list answers every analysis command")
  func imported() throws {
    let d = E2E.tempDir()
    defer { try? FileManager.default.removeItem(at: d) }
    let db = d.appendingPathComponent("k.db").path
    #expect(try E2E.run(["import", "graphs/reference/karate.edges", "--from", "edgelist", "--graph", db]).status == 0)
    let j = try E2E.json(try E2E.run(["centrality", "--graph", db, "--measure", "betweenness", "--format", "json", "--top", "1", "--cost", "unit"]).stdout)
    // karate: node 0 (Mr Hi) has the highest betweenness, 0.4376 (NetworkX)
    let top = (j["scores"] as! [[String: Any]])[0]
    #expect(top["id"] as? String == "0")
    #expect(abs((top["score"] as! Double) - 0.43763528138528146) < 1e-9)
    let p = try E2E.json(try E2E.run(["path", "15", "16", "--graph", db, "--format", "json", "--k", "3"]).stdout)
    #expect((p["paths"] as! [Any]).count == 3)
    let out = d.appendingPathComponent("k.svg").path
    #expect(try E2E.run(["render", "--graph", db, "--output", out, "--engine", "neato"]).status == 0)
  }
}
