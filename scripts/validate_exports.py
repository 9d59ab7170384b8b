#!/usr/bin/env python3
"""Reads relgraph's exports back with NetworkX (and parses the Cypher script) and checks that
nodes, edges and attributes survived.

usage: validate_exports.py DIR   (DIR holds g.json, g.graphml, g.gexf, g-nodes.csv,
                                  g-relationships.csv, g.cypher from `relgraph export`)
Prints one line per format and exits non-zero on the first mismatch."""
import csv, json, os, re, sys

import networkx as nx

d = sys.argv[1]
ref = json.load(open(os.path.join(d, "g.json"), encoding="utf-8"))
nodes = {n["id"]: n for n in ref["nodes"]}
edges = [(e["source"], e["target"], e["key"]) for e in ref["edges"]]
fail = False


def check(name, ok, detail=""):
    global fail
    print(f"{'ok  ' if ok else 'FAIL'} {name} {detail}")
    fail |= not ok


# node-link JSON
g = nx.node_link_graph(ref, edges="edges")
check("json", set(g.nodes) == set(nodes) and g.number_of_edges() == len(edges)
      and all(g.nodes[n]["kind"] == nodes[n]["kind"] for n in nodes)
      and all(g.has_edge(s, t, k) for s, t, k in edges), f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

# GraphML
gm = nx.read_graphml(os.path.join(d, "g.graphml"))
gm_edges = sorted((s, t, a.get("kind")) for s, t, a in gm.edges(data=True))
check("graphml", set(gm.nodes) == set(nodes) and gm_edges == sorted(edges)
      and all(gm.nodes[n].get("label") == nodes[n]["label"] for n in nodes)
      and all(isinstance(a.get("weight"), float) for _, _, a in gm.edges(data=True))
      and all(json.loads(a["evidence"]) is not None for _, _, a in gm.edges(data=True)), f"{gm.number_of_nodes()} nodes")

# GEXF
gx = nx.read_gexf(os.path.join(d, "g.gexf"))
check("gexf", set(gx.nodes) == set(nodes) and gx.number_of_edges() == len(edges)
      and all(gx.nodes[n].get("label") == nodes[n]["label"] for n in nodes), f"{gx.number_of_edges()} edges")

# CSV (Neo4j bulk import headers)
with open(os.path.join(d, "g-nodes.csv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
with open(os.path.join(d, "g-relationships.csv"), encoding="utf-8") as f:
    rels = list(csv.DictReader(f))
check("csv", {r["id:ID"] for r in rows} == set(nodes) and len(rels) == len(edges)
      and set(rels[0].keys()) >= {":START_ID", ":END_ID", ":TYPE", "weight:double"} if rels else False)

# Cypher: every statement is a MERGE/MATCH…CREATE/CREATE CONSTRAINT with balanced quotes
text = open(os.path.join(d, "g.cypher"), encoding="utf-8").read()
stmts = [s for s in re.split(r";\n", text) if s.strip() and not s.strip().startswith("//")]
def balanced(s):
    inq, esc = False, False
    for ch in s:
        if esc: esc = False; continue
        if ch == "\\": esc = True; continue
        if ch == "'": inq = not inq
    return not inq
check("cypher", all(balanced(s) and re.match(r"\s*(MERGE|MATCH|CREATE)", s) for s in stmts)
      and sum(1 for s in stmts if s.lstrip().startswith("MERGE")) == len(nodes)
      and sum(1 for s in stmts if s.lstrip().startswith("MATCH")) == len(edges), f"{len(stmts)} statements")
sys.exit(1 if fail else 0)
