#!/usr/bin/env python3
"""NetworkX as the oracle: writes Tests/GraphAlgorithmsTests/Fixtures/*.json and the
reference edge lists in graphs/reference/.

Each fixture holds the graph (node order = NodeIndex order; edges with strengths) and the
expected answers under NetworkX's conventions (shared/ORACLE.md): PageRank with tol=1e-12
and weight=None for unweighted runs, closeness with wf_improved=True, raw harmonic sums,
normalised betweenness, eigenvector/katz scaled to unit length. Weighted path measures use
cost = 1/strength (relgraph's `inverse` transform).

usage: python3 scripts/generate_fixtures.py   (networkx==3.6.1, scipy, numpy)
"""
import json, os, random
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Tests", "GraphAlgorithmsTests", "Fixtures")
REF = os.path.join(ROOT, "graphs", "reference")
os.makedirs(FIX, exist_ok=True)
os.makedirs(REF, exist_ok=True)


def named():
    g = {}
    g["karate"] = (nx.karate_club_graph(), False)
    g["florentine"] = (nx.florentine_families_graph(), False)
    g["lesmis"] = (nx.les_miserables_graph(), True)
    g["davis"] = (nx.davis_southern_women_graph(), False)
    g["path5"] = (nx.path_graph(5), False)
    g["star6"] = (nx.star_graph(5), False)
    g["complete5"] = (nx.complete_graph(5), False)
    rng = random.Random(42)
    r = nx.gnp_random_graph(60, 0.08, seed=42)
    for u, v in r.edges:
        r[u][v]["weight"] = rng.randint(1, 5)
    g["random-weighted"] = (r, True)
    d = nx.gnp_random_graph(50, 0.03, seed=7)  # disconnected
    g["random-disconnected"] = (d, False)
    dg = nx.gnp_random_graph(40, 0.08, seed=3, directed=True)
    for u, v in dg.edges:
        dg[u][v]["weight"] = rng.randint(1, 4)
    g["random-directed"] = (dg, True)
    return g


def clean(x):
    return {str(k): float(v) for k, v in x.items()}


def fixture(name, G, weighted):
    nodes = list(G.nodes)
    idx = {n: i for i, n in enumerate(nodes)}
    w = "weight" if weighted else None
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(range(len(nodes)))
    for u, v, data in G.edges(data=True):
        s = float(data.get("weight", 1)) if weighted else 1.0
        H.add_edge(idx[u], idx[v], weight=s, cost=1.0 / s)
    out = {"name": name, "directed": G.is_directed(), "weighted": weighted, "n": len(nodes),
           "labels": [str(n) for n in nodes],
           "edges": [[u, v, d["weight"]] for u, v, d in H.edges(data=True)]}
    e = {}
    order = list(range(len(nodes)))
    def vec(d):
        return [float(d[i]) for i in order]
    e["degree"] = vec(nx.degree_centrality(H))
    e["betweenness"] = vec(nx.betweenness_centrality(H, normalized=True))
    e["betweenness_raw"] = vec(nx.betweenness_centrality(H, normalized=False))
    e["closeness"] = vec(nx.closeness_centrality(H))
    e["harmonic"] = vec(nx.harmonic_centrality(H))
    e["pagerank"] = vec(nx.pagerank(H, alpha=0.85, weight=None, tol=1e-12, max_iter=10000))
    # personalised: restart at the first and the last node, equal shares
    e["pagerank_personalized"] = vec(nx.pagerank(H, alpha=0.85, personalization={order[0]: 1, order[-1]: 1}, weight=None, tol=1e-12, max_iter=10000))
    e["katz"] = vec(nx.katz_centrality_numpy(H, alpha=0.05, beta=1.0, weight=None))
    eb = nx.edge_betweenness_centrality(H, normalized=True)
    e["edge_betweenness"] = [[u, v, float(x)] for (u, v), x in sorted(eb.items())]
    if weighted:
        e["betweenness_weighted"] = vec(nx.betweenness_centrality(H, normalized=True, weight="cost"))
        e["closeness_weighted"] = vec(nx.closeness_centrality(H, distance="cost"))
        e["harmonic_weighted"] = vec(nx.harmonic_centrality(H, distance="cost"))
        e["pagerank_weighted"] = vec(nx.pagerank(H, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000))
        e["strength"] = [float(sum(d["weight"] for _, _, d in H.edges(i, data=True))) for i in order] if not H.is_directed() else None
        dist = nx.single_source_dijkstra_path_length(H, 0, weight="cost")
        e["dijkstra_from_0"] = [float(dist.get(i, float("inf"))) if i in dist else None for i in order]
    conn = nx.is_connected(H) if not H.is_directed() else nx.is_strongly_connected(H)
    if conn:
        e["eigenvector"] = vec(nx.eigenvector_centrality_numpy(H, weight=None))
    # every tied shortest path from the first to the last node (hops; and costs when weighted)
    last = len(nodes) - 1
    def all_paths(weight):
        try:
            return sorted(nx.all_shortest_paths(H, 0, last, weight=weight))
        except nx.NetworkXNoPath:
            return []
    e["all_shortest_paths"] = all_paths(None)
    if weighted:
        e["all_shortest_paths_weighted"] = all_paths("cost")
    bfs = nx.single_source_shortest_path_length(H, 0)
    e["bfs_from_0"] = [bfs.get(i) for i in order]
    U = H.to_undirected() if H.is_directed() else H
    e["components"] = sorted(len(c) for c in nx.connected_components(U))
    e["core_number"] = vec(nx.core_number(U)) if nx.number_of_selfloops(U) == 0 else None
    if not H.is_directed():
        comms = nx.community.louvain_communities(H, weight=None, seed=7)
        e["louvain_modularity"] = nx.community.modularity(H, comms, weight=None)
        e["articulation_points"] = sorted(nx.articulation_points(H))
        e["bridges"] = sorted(sorted(b) for b in nx.bridges(H))
    out["expected"] = e
    with open(os.path.join(FIX, name + ".json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
    with open(os.path.join(REF, name + ".edges"), "w") as f:
        f.write(f"# {name}: {len(nodes)} nodes, {H.number_of_edges()} edges; generated by scripts/generate_fixtures.py (networkx {nx.__version__})\n")
        for u, v, d in H.edges(data=True):
            f.write(f"{u} {v} {d['weight']:g}\n" if weighted else f"{u} {v}\n")


for name, (G, weighted) in named().items():
    fixture(name, G, weighted)
print("fixtures written to", FIX)
