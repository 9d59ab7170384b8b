import ArgumentParser
import Foundation
import RelgraphKit

enum EngineChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, dot, neato, fdp, sfdp, circo, twopi
}

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw the graph (or a focused part) through Graphviz, in-process: svg, png, pdf or dot.",
    discussion: "The format comes from the output file's extension. --engine auto uses dot up to \(Diagram.dotLimit) nodes and sfdp above.")
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "Output file: .svg, .png, .pdf or .dot.")
  var output: String
  @Option(name: .long, help: "Layout engine: auto, dot, neato, fdp, sfdp, circo, twopi.")
  var engine: EngineChoice = .auto
  @Option(name: .long, help: "Draw only this entity's neighbourhood.")
  var focus: String?
  @Option(name: .long, help: "Neighbourhood depth for --focus.")
  var depth = 1
  @Option(name: .long, help: "Keep the N most central entities and the links among them.")
  var top: Int?
  @Option(name: .long, help: "Measure for --top and --size-by.")
  var by: Measure = .pagerank
  @Option(name: .long, parsing: .upToNextOption, help: "Draw the shortest links between two entities, highlighted.")
  var path: [String] = []
  @Option(name: .long, help: "Only these entity kinds (comma-separated).")
  var kinds: String?
  @Option(name: .long, help: "Only relations with evidence dated on or after this ISO date.")
  var since: String?
  @Option(name: .long, help: "Only relations with evidence dated on or before this ISO date.")
  var until: String?
  @Option(name: .long, help: "Label language: en, ru, it, kk, zh (falls back to the canonical label).")
  var lang: String?
  @Option(name: .long, help: "Group nodes: none, country, community.")
  var cluster: DOTWriter.Cluster = .none
  @Option(name: .long, help: "Scale nodes by a centrality measure.")
  var sizeBy: Measure?
  @Flag(name: .long, help: "Leave out co-mention links (draw stated relations only).")
  var statedOnly = false
  @Option(name: .long, help: "Diagram title.")
  var title: String?
  @Option(name: .long, help: "Time limit in seconds for layout and rendering (0: none).")
  var timeout: UInt32 = 300

  func validate() throws {
    let ext = (output as NSString).pathExtension
    guard OutputFormat(fileExtension: ext) != nil else {
      throw ValidationError("unknown output format \".\(ext)\"; use one of: .svg, .png, .pdf, .dot")
    }
    if !path.isEmpty && path.count != 2 { throw ValidationError("--path takes exactly two entities") }
    if depth < 1 { throw ValidationError("--depth must be at least 1") }
    if let kinds {
      for k in kinds.split(separator: ",") where EntityKind(rawValue: String(k)) == nil {
        throw ValidationError("unknown kind \"\(k)\"; use: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
    }
  }

  func run() throws {
    try guarded {
      let g = try store.load()
      var r = DiagramRequest()
      r.focus = try focus.map { try resolve($0, in: g) }
      r.depth = depth
      r.top = top
      r.topBy = by
      if path.count == 2 { r.path = (try resolve(path[0], in: g), try resolve(path[1], in: g)) }
      r.kinds = kinds.map { Set($0.split(separator: ",").compactMap { EntityKind(rawValue: String($0)) }) }
      r.since = since
      r.until = until
      r.language = lang
      r.cluster = cluster
      r.sizeBy = sizeBy
      r.showCoMentions = !statedOnly
      r.title = title
      let format = OutputFormat(fileExtension: (output as NSString).pathExtension)!
      // the engine by size needs the selected subgraph's size; the DOT is written for it
      var dotText = try Diagram.dot(g, r, engine: .dot)
      let nodeCount = dotText.components(separatedBy: "[id=\"node-").count - 1
      let chosen: LayoutEngine = engine == .auto ? Diagram.engine(auto: nodeCount) : LayoutEngine(rawValue: engine.rawValue)!
      if chosen != .dot { dotText = try Diagram.dot(g, r, engine: chosen) }
      if format == .dot {
        try AtomicFile.write(dotText, to: output)
        Terminal.note("wrote \(output) (\(nodeCount) nodes)")
        return
      }
      let result: RenderResult
      Graphviz.setTimeLimit(seconds: timeout)
      defer { Graphviz.setTimeLimit(seconds: 0) }
      do { result = try Graphviz.render(dot: dotText, layout: chosen, format: format) } catch { throw CLIError.runtime("\(error)") }
      for d in result.diagnostics { Terminal.warn("graphviz: \(d.message)") }
      do { try AtomicFile.write(result.data, to: output) } catch { throw CLIError.runtime("\(error)") }
      Terminal.note("wrote \(output) (\(nodeCount) nodes, \(chosen.rawValue) layout)")
    }
  }
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Export the graph: dot, graphml, gexf, json (node-link), csv (Neo4j bulk import) or cypher.")
  @OptionGroup var store: GraphOption
  @Option(name: .long, help: "dot, graphml, gexf, json, csv or cypher.")
  var format: ExportFormat
  @Option(name: .long, help: "Output file (for csv: FILE gives FILE-nodes.csv and FILE-relationships.csv).")
  var output: String

  func run() throws {
    try guarded {
      let g = try store.load()
      do {
        switch format {
        case .dot: try AtomicFile.write(DOTWriter().write(g), to: output)
        case .json: try AtomicFile.write(Exporters.json(g), to: output)
        case .graphml: try AtomicFile.write(Exporters.graphML(g), to: output)
        case .gexf: try AtomicFile.write(Exporters.gexf(g), to: output)
        case .cypher: try AtomicFile.write(Exporters.cypher(g), to: output)
        case .csv:
          let base = output.hasSuffix(".csv") ? String(output.dropLast(4)) : output
          let (n, r) = Exporters.csvFiles(g)
          try AtomicFile.write(n, to: base + "-nodes.csv")
          try AtomicFile.write(r, to: base + "-relationships.csv")
        }
      } catch { throw CLIError.runtime("\(error)") }
      Terminal.note("wrote \(format.rawValue) export of \(g.nodeCount) nodes and \(g.edgeCount) edges to \(output)")
    }
  }
}

struct Doctor: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Report the Graphviz version, layout engines and output formats available in-process.")
  @Option(name: .long, help: "Output format: table or json.")
  var format: TableFormat = .table
  @Option(name: .long, help: "Render a sample graph N times and report resident memory after 10 and after N renders.")
  var leakCheck: Int?

  static func residentKB() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
    }
    return 0
  }

  func run() throws {
    try guarded {
      if let n = leakCheck {
        // relgraph's own kind of graph: labelled, styled nodes and edges, Cyrillic text (no
        // clusters: Graphviz 2.42 itself leaks across layouts of clustered graphs)
        var g = PropertyGraph()
        for (i, name) in ["Алматы", "Шанхай", "Kassym-Jomart Tokayev", "Belt and Road", "SCO"].enumerated() {
          g.upsert(Node(id: "n\(i)", label: name, kind: EntityKind.allCases[i]))
        }
        for i in 1..<5 { g.add(Edge(source: "n\(i - 1)", target: "n\(i)", kind: .cooperatesWith, weight: Double(i))) }
        let dot = DOTWriter().write(g)
        var after10 = 0
        for i in 0..<max(n, 10) {
          do { _ = try Graphviz.render(dot: dot, layout: i % 2 == 0 ? .dot : .neato, format: i % 3 == 0 ? .png : .svg) } catch { throw CLIError.runtime("\(error)") }
          if i == 9 { after10 = Self.residentKB() }
        }
        let afterN = Self.residentKB()
        if format == .json {
          Terminal.printJSON(["renders": max(n, 10), "rss_kb_after_10": after10, "rss_kb_after_n": afterN, "growth_kb": afterN - after10])
        } else {
          print("resident memory after 10 renders: \(after10) KB; after \(max(n, 10)): \(afterN) KB (growth \(afterN - after10) KB)")
        }
        return
      }
      let c = Graphviz.capabilities()
      let wantedEngines = LayoutEngine.allCases.map(\.rawValue)
      let wantedFormats = OutputFormat.allCases.filter { $0 != .xdot }.map(\.rawValue)
      let missing = wantedEngines.filter { !c.layouts.contains($0) } + wantedFormats.filter { $0 != "dot" && !c.formats.contains($0) }
      if format == .json {
        Terminal.printJSON(["graphviz": c.version, "layouts": c.layouts, "formats": c.formats, "missing": missing])
      } else {
        print("Graphviz \(c.version) (in-process through libgvc)")
        print("layouts: \(c.layouts.joined(separator: " "))")
        print("formats: \(c.formats.joined(separator: " "))")
        print(missing.isEmpty ? "everything relgraph uses is available" : "missing: \(missing.joined(separator: " "))")
      }
      if !missing.isEmpty { throw ExitCode.failure }
    }
  }
}
