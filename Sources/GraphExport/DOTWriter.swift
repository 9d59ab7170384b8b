import EntityExtraction
import Foundation
import GraphModel

/// Writes a ``PropertyGraph`` as DOT text that Graphviz reads back exactly.
///
/// Output is byte-identical for the same graph and options: nodes are sorted by id, edges
/// by (source, target, kind), every ID and value is quoted, user text goes only through
/// ``DOTEscaping/escString(_:)``. Styling follows the entity kind (shape + an Okabe–Ito
/// colour-blind-safe palette, with a legend); stated relations are solid and labelled,
/// `co_mentioned` thin and grey; pen width grows with strength.
public struct DOTWriter: Sendable {
  public enum Cluster: String, Sendable, CaseIterable { case none, country, community }

  public struct Options: Sendable {
    public var title: String?
    /// Label language (`en`, `ru`, `it`, `kk`, `zh`); falls back to the canonical label.
    public var language: String?
    public var cluster: Cluster = .none
    /// community id per node (for `.community` clustering and colouring)
    public var communities: [String: Int] = [:]
    /// scores per node id in [0, 1] for node size (e.g. normalised PageRank)
    public var sizeBy: [String: Double] = [:]
    /// edges to highlight (a path), as "source|target"
    public var highlight: Set<String> = []
    public var legend = true
    public var showCoMentions = true
    /// layout-engine hints
    public var engine: String = "dot"
    public init() {}
  }

  public var options: Options
  public init(options: Options = Options()) { self.options = options }

  // MARK: - Style tables

  /// Okabe & Ito (2008) palette: distinguishable with every common colour-vision deficiency.
  static let style: [EntityKind: (shape: String, fill: String, font: String)] = [
    .person: ("ellipse", "#E69F00", "#000000"),
    .organization: ("box", "#56B4E9", "#000000"),
    .city: ("circle", "#009E73", "#FFFFFF"),
    .region: ("hexagon", "#F0E442", "#000000"),
    .project: ("component", "#CC79A7", "#000000"),
    .event: ("octagon", "#D55E00", "#FFFFFF"),
  ]
  static let unknownStyle = (shape: "ellipse", fill: "#DDDDDD", font: "#000000")

  public func write(_ g: PropertyGraph) -> String {
    var out = ""
    write(g, to: &out)
    return out
  }

  /// Appends the DOT text for `g` to `out`.
  public func write(_ g: PropertyGraph, to out: inout String) {
    let nodes = g.nodes.sorted { $0.id < $1.id }
    let big = nodes.count > 300
    out += "digraph relgraph {\n"
    out += "  graph [charset=\"UTF-8\", fontname=\"DejaVu Sans\", fontsize=12, outputorder=\"edgesfirst\", "
    // dot ranks left to right; the force-directed engines remove overlaps and pack
    // disconnected parts (the legend among them) side by side
    // Spline routing is what makes force-directed layouts slow (200 nodes: 21 s with splines,
    // 0.1 s without), so those engines draw straight edges; above 2,000 nodes overlap removal
    // runs without extra spacing.
    if options.engine == "dot" {
      out += "rankdir=\"LR\", nodesep=\"0.25\", ranksep=\"0.6\", " + (big ? "splines=\"false\"" : "splines=\"true\"")
      // dot's network-simplex and crossing-minimisation passes grow fast: bound them on large graphs
      if big { out += ", nslimit=\"2\", nslimit1=\"2\", mclimit=\"0.5\", searchsize=\"30\"" }
    } else if nodes.count > 2000 {
      out += "overlap=\"false\", splines=\"false\""
    } else {
      out += "overlap=\"prism\", overlap_scaling=\"-4\", sep=\"+8\", pack=\"true\", packmode=\"graph\", splines=\"false\""
    }
    if let t = options.title { out += ", label=\(DOTEscaping.escString(t)), labelloc=\"t\", fontsize=16" }
    out += "];\n"
    out += "  node [fontname=\"DejaVu Sans\", fontsize=10, style=\"filled\", penwidth=\"0.8\", color=\"#333333\"];\n"
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#555555\", arrowsize=\"0.6\"];\n"

    var byCluster: [String: [Node]] = [:]
    var loose: [Node] = []
    let homes = options.cluster == .country ? Self.homeCountries(g) : [:]
    for n in nodes {
      if let c = clusterKey(n, g, homes: homes) { byCluster[c, default: []].append(n) } else { loose.append(n) }
    }
    for key in byCluster.keys.sorted() {
      let members = byCluster[key]!
      let title = options.cluster == .community ? "Community \(key)" : (g.node(key)?.label(in: options.language) ?? key)
      out += "  subgraph \(DOTEscaping.id("cluster_" + DOTEscaping.stableHash(key))) {\n"
      out += "    label=\(DOTEscaping.escString(title)); style=\"rounded,dashed\"; color=\"#888888\"; fontsize=11;\n"
      for n in members { out += "    " + nodeStatement(n) + "\n" }
      out += "  }\n"
    }
    for n in loose { out += "  " + nodeStatement(n) + "\n" }

    let edges = g.edges.filter { options.showCoMentions || $0.kind != .coMentioned }.sorted { ($0.source, $0.target, $0.kind?.rawValue ?? "") < ($1.source, $1.target, $1.kind?.rawValue ?? "") }
    for (i, e) in edges.enumerated() { out += "  " + edgeStatement(e, index: i) + "\n" }
    if options.legend { writeLegend(kinds: Set(nodes.compactMap(\.kind)), to: &out) }
    out += "}\n"
  }

  func clusterKey(_ n: Node, _ g: PropertyGraph, homes: [String: String]) -> String? {
    switch options.cluster {
    case .none: return nil
    case .community: return options.communities[n.id].map { String($0) }
    case .country: return homes[n.id]
    }
  }

  /// The country each node belongs to: up its containment chain, or else through what it
  /// leads, serves, belongs to or is located in (a mayor joins their city's country).
  static func homeCountries(_ g: PropertyGraph) -> [String: String] {
    func viaParents(_ id: String) -> String? {
      var cur = g.node(id)
      var hops = 0
      while let c = cur, hops < 6 {
        if c.kind == .region && c.subkind == "country" { return c.id }
        cur = c.parent.flatMap { g.node($0) }
        hops += 1
      }
      return nil
    }
    var home: [String: String] = [:]
    for n in g.nodes { if let c = viaParents(n.id) { home[n.id] = c } }
    let anchoring: Set<RelationKind> = [.leads, .holdsRole, .locatedIn, .partOf, .memberOf]
    for _ in 0..<2 {
      for e in g.edges.sorted(by: { ($0.source, $0.target) < ($1.source, $1.target) }) where home[e.source] == nil {
        guard let k = e.kind, anchoring.contains(k), let c = home[e.target], !Catalog.isMacroRegion(g.node(e.target)?.subkind) else { continue }
        // membership of an international body says nothing about a country
        if k == .memberOf { continue }
        home[e.source] = c
      }
    }
    return home
  }

  func nodeStatement(_ n: Node) -> String {
    let st = n.kind.flatMap { Self.style[$0] } ?? Self.unknownStyle
    let label = n.label(in: options.language)
    var attrs: [(String, String)] = [
      ("id", DOTEscaping.escString("node-" + n.id)),
      ("label", DOTEscaping.escString(label)),
      ("shape", "\"\(st.shape)\""),
      ("fillcolor", "\"\(st.fill)\""),
      ("fontcolor", "\"\(st.font)\""),
      ("class", DOTEscaping.escString("node kind-" + (n.kind?.rawValue ?? "unknown"))),
    ]
    var tip = label
    let others = ([n.label] + n.labels.keys.sorted().compactMap { n.labels[$0] }).filter { $0 != label }
    var seen = Set<String>()
    let names = others.filter { seen.insert($0).inserted }
    if !names.isEmpty { tip += "\n" + names.joined(separator: " · ") }
    tip += "\n" + (n.kind?.rawValue ?? "node") + (n.subkind.map { " (\($0))" } ?? "")
    attrs.append(("tooltip", DOTEscaping.escString(tip)))
    if n.kind == .city { attrs.append(("fixedsize", "\"false\"")) }
    if let s = options.sizeBy[n.id] {
      let fs = 9 + 14 * max(0, min(1, s))
      attrs.append(("fontsize", String(format: "\"%.1f\"", fs)))
      attrs.append(("penwidth", String(format: "\"%.1f\"", 0.8 + 2 * s)))
    }
    return DOTEscaping.id(n.id) + " [" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
  }

  func edgeStatement(_ e: Edge, index: Int) -> String {
    let kind = e.kind?.rawValue ?? "link"
    var attrs: [(String, String)] = [
      ("id", DOTEscaping.escString("edge-\(e.source)-\(kind)-\(e.target)")),
      ("class", DOTEscaping.escString("edge kind-" + kind + (e.origin == .catalog ? " catalog" : ""))),
    ]
    let width = 0.6 + 1.2 * log2(1 + max(0, e.weight))
    let highlighted = options.highlight.contains("\(e.source)|\(e.target)") || options.highlight.contains("\(e.target)|\(e.source)")
    if e.kind == .coMentioned {
      attrs.append(("color", "\"#AAAAAA\""))
      attrs.append(("penwidth", String(format: "\"%.2f\"", min(3, 0.4 + 0.3 * log2(1 + e.weight)))))
      attrs.append(("dir", "\"none\""))
      attrs.append(("weight", "\"1\""))
    } else {
      // Graphviz 2.42's dot double-frees on edge labels (virtual label nodes) inside
      // clustered graphs; `xlabel` is placed after layout and avoids that code path.
      let labelAttr = options.cluster != .none && options.engine == "dot" ? "xlabel" : "label"
      // imported edges without a kind carry no label (a "link" on every edge is noise and slow)
      if e.kind != nil { attrs.append((labelAttr, DOTEscaping.escString(e.role.map { "\(kind) (\($0))" } ?? kind))) }
      attrs.append(("penwidth", String(format: "\"%.2f\"", min(6, width))))
      if e.origin == .catalog { attrs.append(("style", "\"dashed\"")) }
      if e.isSymmetric { attrs.append(("dir", "\"none\"")) }
      attrs.append(("weight", "\"3\""))
    }
    if highlighted {
      attrs.append(("color", "\"#0072B2\""))
      attrs.append(("penwidth", "\"3.5\""))
      attrs.append(("fontcolor", "\"#0072B2\""))
    }
    var tip = "\(e.source) \(kind) \(e.target)"
    if let d = e.date { tip += " (\(d))" }
    if let ev = e.evidence.first {
      tip += "\n" + ev.text
      if e.evidence.count > 1 { tip += "\n(+\(e.evidence.count - 1) more)" }
    } else if e.origin == .catalog {
      tip += "\nsource: catalogue"
    }
    attrs.append(("tooltip", DOTEscaping.escString(String(tip.prefix(600)))))
    attrs.append(("labeltooltip", DOTEscaping.escString(String(tip.prefix(600)))))
    return DOTEscaping.id(e.source) + " -> " + DOTEscaping.id(e.target) + " [" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
  }

  /// The legend: a title node and one sample node per kind in a row. Plain nodes in a plain
  /// subgraph: Graphviz 2.42 leaks memory on every layout in its HTML-label parser and in
  /// cluster handling, which a renderer that runs many layouts cannot afford.
  func writeLegend(kinds: Set<EntityKind>, to out: inout String) {
    guard !kinds.isEmpty else { return }
    out += "  subgraph \"legend\" {\n"
    out += "    \"legend-title\" [label=\"Legend:  solid arrow = stated relation (labelled)  ·  dashed = catalogue fact  ·  thin grey = co-mentioned\","
    out += " shape=\"plaintext\", style=\"\", fontsize=9, class=\"legend\", tooltip=\"legend\"];\n"
    let ordered = EntityKind.allCases.filter { kinds.contains($0) }
    if let first = ordered.first { out += "    \"legend-title\" -> \(DOTEscaping.id("legend-" + first.rawValue)) [style=\"invis\"];\n" }
    for k in ordered {
      let st = Self.style[k]!
      out += "    \(DOTEscaping.id("legend-" + k.rawValue)) [label=\(DOTEscaping.escString(k.rawValue)), shape=\"\(st.shape)\", fillcolor=\"\(st.fill)\", fontcolor=\"\(st.font)\", fontsize=9, class=\"legend\", tooltip=\(DOTEscaping.escString(k.rawValue))];\n"
    }
    for (a, b) in zip(ordered, ordered.dropFirst()) {
      out += "    \(DOTEscaping.id("legend-" + a.rawValue)) -> \(DOTEscaping.id("legend-" + b.rawValue)) [style=\"invis\"];\n"
    }
    out += "  }\n"
  }
}
