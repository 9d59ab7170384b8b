import EntityExtraction
import Foundation
import GraphModel

/// The exchange formats relgraph writes.
public enum ExportFormat: String, Sendable, CaseIterable {
  case dot, graphml, gexf, json, csv, cypher
}

/// Writers for the standard exchange formats. Every writer sorts nodes by id and edges by
/// (source, target, kind), so output is byte-stable.
public enum Exporters {
  static func sortedEdges(_ g: PropertyGraph) -> [Edge] {
    g.edges.sorted { ($0.source, $0.target, $0.kind?.rawValue ?? "") < ($1.source, $1.target, $1.kind?.rawValue ?? "") }
  }

  static func evidenceJSON(_ e: Edge) -> String {
    let arr: [[String: Any]] = e.evidence.map { ev in
      var o: [String: Any] = ["document": ev.document, "sentence": ev.sentence, "start": ev.start, "end": ev.end, "text": ev.text]
      if let d = ev.date { o["date"] = d }
      return o
    }
    let data = (try? JSONSerialization.data(withJSONObject: e.origin == .catalog ? [["source": "catalog"]] : arr, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  // MARK: - JSON node-link

  /// NetworkX node-link JSON (`networkx.node_link_graph(data, edges="edges")`), also D3's
  /// shape: a directed multigraph keyed by relation kind.
  public static func json(_ g: PropertyGraph) -> String {
    let nodes: [[String: Any]] = g.nodes.sorted { $0.id < $1.id }.map { n in
      var o: [String: Any] = ["id": n.id, "label": n.label, "kind": n.kind?.rawValue ?? NSNull(), "aliases": n.aliases.sorted(), "labels": n.labels]
      o["subkind"] = n.subkind ?? NSNull()
      o["parent"] = n.parent ?? NSNull()
      return o
    }
    let edges: [[String: Any]] = sortedEdges(g).map { e in
      var o: [String: Any] = [
        "source": e.source, "target": e.target, "key": e.kind?.rawValue ?? "link", "kind": e.kind?.rawValue ?? NSNull(),
        "weight": e.weight, "symmetric": e.isSymmetric, "origin": e.origin.rawValue,
      ]
      o["date"] = e.date ?? NSNull()
      o["role"] = e.role ?? NSNull()
      o["evidence"] = e.origin == .catalog ? [["source": "catalog"]] : e.evidence.map { ev -> [String: Any] in
        var x: [String: Any] = ["document": ev.document, "sentence": ev.sentence, "start": ev.start, "end": ev.end, "text": ev.text]
        if let d = ev.date { x["date"] = d }
        return x
      }
      return o
    }
    let doc: [String: Any] = ["directed": true, "multigraph": true, "graph": ["name": "relgraph"], "nodes": nodes, "edges": edges]
    let data = (try? JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  // MARK: - XML helpers

  static func xml(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(c)
      default:
        // XML 1.0 forbids other control characters
        if c.value < 0x20 || (c.value >= 0xFFFE && c.value <= 0xFFFF) { out += " " } else { out.unicodeScalars.append(c) }
      }
    }
    return out
  }

  // MARK: - GraphML

  /// GraphML with typed attributes (strings, a double weight, a boolean); evidence is kept
  /// as a JSON string per edge. Reads back with `networkx.read_graphml`.
  public static func graphML(_ g: PropertyGraph) -> String {
    var o = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    o += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    let nodeKeys = ["label", "kind", "subkind", "parent", "aliases", "labels"]
    for k in nodeKeys { o += "  <key id=\"n_\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"string\"/>\n" }
    o += "  <key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
    o += "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    o += "  <key id=\"e_date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n"
    o += "  <key id=\"e_role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n"
    o += "  <key id=\"e_origin\" for=\"edge\" attr.name=\"origin\" attr.type=\"string\"/>\n"
    o += "  <key id=\"e_symmetric\" for=\"edge\" attr.name=\"symmetric\" attr.type=\"boolean\"/>\n"
    o += "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    o += "  <graph id=\"relgraph\" edgedefault=\"directed\">\n"
    for n in g.nodes.sorted(by: { $0.id < $1.id }) {
      o += "    <node id=\"\(xml(n.id))\">\n"
      o += "      <data key=\"n_label\">\(xml(n.label))</data>\n"
      if let k = n.kind { o += "      <data key=\"n_kind\">\(k.rawValue)</data>\n" }
      if let s = n.subkind { o += "      <data key=\"n_subkind\">\(xml(s))</data>\n" }
      if let p = n.parent { o += "      <data key=\"n_parent\">\(xml(p))</data>\n" }
      if !n.aliases.isEmpty { o += "      <data key=\"n_aliases\">\(xml(n.aliases.sorted().joined(separator: "|")))</data>\n" }
      if !n.labels.isEmpty {
        let lj = String(decoding: (try? JSONSerialization.data(withJSONObject: n.labels, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        o += "      <data key=\"n_labels\">\(xml(lj))</data>\n"
      }
      o += "    </node>\n"
    }
    for (i, e) in sortedEdges(g).enumerated() {
      o += "    <edge id=\"e\(i)\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\">\n"
      o += "      <data key=\"e_kind\">\(e.kind?.rawValue ?? "link")</data>\n"
      o += "      <data key=\"e_weight\">\(e.weight)</data>\n"
      if let d = e.date { o += "      <data key=\"e_date\">\(xml(d))</data>\n" }
      if let r = e.role { o += "      <data key=\"e_role\">\(xml(r))</data>\n" }
      o += "      <data key=\"e_origin\">\(e.origin.rawValue)</data>\n"
      o += "      <data key=\"e_symmetric\">\(e.isSymmetric)</data>\n"
      o += "      <data key=\"e_evidence\">\(xml(evidenceJSON(e)))</data>\n"
      o += "    </edge>\n"
    }
    o += "  </graph>\n</graphml>\n"
    return o
  }

  // MARK: - GEXF 1.3

  /// GEXF 1.3 for Gephi: typed attributes, and spells from the evidence dates so Gephi's
  /// timeline shows when each relation is attested.
  public static func gexf(_ g: PropertyGraph) -> String {
    var o = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    o += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
    o += "  <meta><creator>relgraph</creator><description>relationship graph</description></meta>\n"
    o += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
    o += "    <attributes class=\"node\">\n"
    for (i, k) in ["kind", "subkind", "parent", "aliases"].enumerated() { o += "      <attribute id=\"n\(i)\" title=\"\(k)\" type=\"string\"/>\n" }
    o += "    </attributes>\n    <attributes class=\"edge\">\n"
    // every edge is written directed (NetworkX reads no mixed graphs); symmetry is an attribute
    for (i, k) in [("kind", "string"), ("date", "string"), ("role", "string"), ("origin", "string"), ("evidence", "string"), ("symmetric", "boolean")].enumerated() {
      o += "      <attribute id=\"e\(i)\" title=\"\(k.0)\" type=\"\(k.1)\"/>\n"
    }
    o += "    </attributes>\n    <nodes>\n"
    for n in g.nodes.sorted(by: { $0.id < $1.id }) {
      o += "      <node id=\"\(xml(n.id))\" label=\"\(xml(n.label))\">\n        <attvalues>\n"
      for (i, v) in [n.kind?.rawValue, n.subkind, n.parent, n.aliases.isEmpty ? nil : n.aliases.sorted().joined(separator: "|")].enumerated() {
        if let v { o += "          <attvalue for=\"n\(i)\" value=\"\(xml(v))\"/>\n" }
      }
      o += "        </attvalues>\n      </node>\n"
    }
    o += "    </nodes>\n    <edges>\n"
    for (i, e) in sortedEdges(g).enumerated() {
      let kind = e.kind?.rawValue ?? "link"
      o += "      <edge id=\"\(i)\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\" weight=\"\(e.weight)\" label=\"\(kind)\" kind=\"\(kind)\">\n        <attvalues>\n"
      for (j, v) in [kind, e.date, e.role, e.origin.rawValue, evidenceJSON(e), String(e.isSymmetric)].enumerated() {
        if let v { o += "          <attvalue for=\"e\(j)\" value=\"\(xml(v))\"/>\n" }
      }
      o += "        </attvalues>\n"
      let dates = Set(e.evidence.compactMap(\.date) + [e.date].compactMap { $0 }).compactMap(gexfDate).sorted()
      if !dates.isEmpty {
        o += "        <spells>\n"
        for d in dates { o += "          <spell start=\"\(d)\" end=\"\(d)\"/>\n" }
        o += "        </spells>\n"
      }
      o += "      </edge>\n"
    }
    o += "    </edges>\n  </graph>\n</gexf>\n"
    return o
  }

  /// GEXF `date` needs a full yyyy-mm-dd: months and years become their first day.
  static func gexfDate(_ iso: String) -> String? {
    let p = iso.split(separator: "-")
    switch p.count {
    case 1: return "\(p[0])-01-01"
    case 2: return "\(p[0])-\(p[1])-01"
    case 3: return iso
    default: return nil
    }
  }

  // MARK: - CSV (Neo4j bulk import) and Cypher

  static func csv(_ s: String) -> String {
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) { return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    return s
  }

  /// Two CSV files with the headers `neo4j-admin database import` reads:
  /// nodes `id:ID,label,kind,subkind,aliases:string[],:LABEL` and relationships
  /// `:START_ID,:END_ID,:TYPE,weight:double,date,role,origin,evidence`.
  public static func csvFiles(_ g: PropertyGraph) -> (nodes: String, relationships: String) {
    var n = "id:ID,label,kind,subkind,aliases:string[],:LABEL\n"
    for x in g.nodes.sorted(by: { $0.id < $1.id }) {
      let label = x.kind.map { "Entity;" + $0.rawValue.capitalized } ?? "Entity"
      n += [x.id, x.label, x.kind?.rawValue ?? "", x.subkind ?? "", x.aliases.sorted().joined(separator: ";"), label].map(csv).joined(separator: ",") + "\n"
    }
    var r = ":START_ID,:END_ID,:TYPE,weight:double,date,role,origin,evidence\n"
    for e in sortedEdges(g) {
      r += [e.source, e.target, (e.kind?.rawValue ?? "link").uppercased(), String(e.weight), e.date ?? "", e.role ?? "", e.origin.rawValue, evidenceJSON(e)].map(csv).joined(separator: ",") + "\n"
    }
    return (n, r)
  }

  static func cypherString(_ s: String) -> String {
    var o = "'"
    for c in s.unicodeScalars {
      switch c {
      case "\\": o += "\\\\"
      case "'": o += "\\'"
      case "\n": o += "\\n"
      case "\r": o += "\\r"
      case "\t": o += "\\t"
      default: o.unicodeScalars.append(c)
      }
    }
    return o + "'"
  }

  /// A Cypher script: MERGE every node by id, CREATE every relationship with its properties.
  public static func cypher(_ g: PropertyGraph) -> String {
    var o = "// relgraph export: run with cypher-shell < graph.cypher\n"
    o += "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"
    for n in g.nodes.sorted(by: { $0.id < $1.id }) {
      let label = n.kind.map { ":" + $0.rawValue.capitalized } ?? ""
      o += "MERGE (n:Entity {id: \(cypherString(n.id))}) SET n\(label), n.label = \(cypherString(n.label)), n.kind = \(cypherString(n.kind?.rawValue ?? "")), n.aliases = [\(n.aliases.sorted().map(cypherString).joined(separator: ", "))];\n"
    }
    for e in sortedEdges(g) {
      let type = (e.kind?.rawValue ?? "link").uppercased()
      o += "MATCH (a:Entity {id: \(cypherString(e.source))}), (b:Entity {id: \(cypherString(e.target))}) CREATE (a)-[:\(type) {weight: \(e.weight), date: \(cypherString(e.date ?? "")), role: \(cypherString(e.role ?? "")), origin: \(cypherString(e.origin.rawValue)), evidence: \(cypherString(evidenceJSON(e)))}]->(b);\n"
    }
    return o
  }
}
