#!/usr/bin/env python3
"""Graph-algorithm benchmark: relgraph against igraph, NetworKit, rustworkx and NetworkX,
in one run, on the same seeded graphs.

Graphs (generated with igraph's seeded generators, written once as edge lists):
  BA 10k / 100k / 1M nodes (Barabási–Albert, m = 5), ER 100k nodes (mean degree 10),
  planted partition 50k nodes (50 blocks of 1,000; mean degree ~10 inside, ~2 outside).
Each (tool, graph, measure) runs in its own process; the table reports the measure's time
(load excluded), the process's peak RSS, and relgraph's speed-up over each peer
(peer time / relgraph time; > 1 means relgraph is faster). relgraph runs on 1 thread and on
2 threads (RELGRAPH_THREADS). NetworkX runs only where it finishes in reasonable time.

usage: python3 scripts/bench_graphs.py [--quick] [--out BENCHMARKS.md]
needs: swift build -c release --product relgraph-bench; pip install igraph networkit rustworkx networkx
"""
import json, os, platform, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "relgraph-bench")
WORK = os.path.join(tempfile.gettempdir(), "relgraph-bench")
QUICK = "--quick" in sys.argv
# --only MEASURE: run just that measure's rows (printed; BENCHMARKS.md is not rewritten)
ONLY = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
OUT = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
os.makedirs(WORK, exist_ok=True)


def graphs():
    import igraph as ig, random
    specs = {"BA 10k": ("ba", 10_000), "BA 100k": ("ba", 100_000), "ER 100k": ("er", 100_000), "planted 50k": ("sbm", 50_000)}
    if not QUICK:
        specs["BA 1M"] = ("ba", 1_000_000)
    out = {}
    for name, (kind, n) in specs.items():
        path = os.path.join(WORK, name.replace(" ", "_") + ".edges")
        if not os.path.exists(path):
            random.seed(42)
            ig.set_random_number_generator(random)
            if kind == "ba":
                g = ig.Graph.Barabasi(n, 5)
            elif kind == "er":
                g = ig.Graph.Erdos_Renyi(n=n, m=n * 5)
            else:
                blocks, size = 50, n // 50
                pin, pout = 10 / size, 2 / (n - size)
                pref = [[pin if i == j else pout for j in range(blocks)] for i in range(blocks)]
                g = ig.Graph.SBM(pref, [size] * blocks)
            g.simplify()
            with open(path, "w") as f:
                f.write(f"# {name}: {g.vcount()} nodes, {g.ecount()} edges, seed 42\n")
                for e in g.es:
                    f.write(f"{e.source} {e.target}\n")
        out[name] = path
    return out


PEER = r'''
import json, resource, sys, time
tool, path, measure, samples = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def edges():
    with open(path) as f:
        for line in f:
            if line[0] != "#":
                a, b = line.split()
                yield int(a), int(b)
t0 = time.perf_counter()
if tool == "igraph":
    import igraph as ig
    el = list(edges())
    g = ig.Graph(n=max(max(a, b) for a, b in el) + 1, edges=el, directed=False)
elif tool == "networkit":
    import networkit as nk
    nk.setNumberOfThreads(int(sys.argv[5]))
    g = nk.readGraph(path, nk.Format.EdgeListSpaceZero, commentPrefix="#", continuous=True, directed=False)
elif tool == "rustworkx":
    import rustworkx as rx
    el = list(edges())
    n = max(max(a, b) for a, b in el) + 1
    g = rx.PyGraph(multigraph=False)
    g.add_nodes_from(range(n))
    g.add_edges_from_no_data(el)
else:
    import networkx as nx
    g = nx.Graph()
    g.add_edges_from(edges())
load = time.perf_counter() - t0
t1 = time.perf_counter()
r = None
if tool == "igraph":
    if measure == "betweenness": r = max(g.betweenness())
    elif measure == "betweenness-sampled":
        import random; random.seed(42); src = random.sample(range(g.vcount()), samples); r = max(g.betweenness(sources=src))
    elif measure == "pagerank": r = max(g.pagerank())
    elif measure == "closeness": r = max(g.closeness())
    elif measure == "harmonic": r = max(g.harmonic_centrality())
    elif measure == "eigenvector": r = max(g.eigenvector_centrality())
    elif measure == "components": r = len(g.connected_components())
    elif measure == "bfs": r = len(g.bfs(0)[0])
    elif measure == "kcore": r = max(g.coreness())
    elif measure == "louvain": r = g.community_multilevel().modularity
    elif measure == "leiden": r = g.community_leiden(objective_function="modularity", n_iterations=2).modularity
    elif measure == "degree": r = max(g.degree())
elif tool == "networkit":
    import networkit as nk
    if measure == "betweenness": r = max(nk.centrality.Betweenness(g, normalized=True).run().scores())
    elif measure == "betweenness-sampled": r = max(nk.centrality.EstimateBetweenness(g, samples, True, True).run().scores())
    elif measure == "pagerank":
        pr = nk.centrality.PageRank(g, 0.85, 1e-10); pr.run(); r = max(pr.scores())
    elif measure == "closeness": r = max(nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.Generalized).run().scores())
    elif measure == "harmonic": r = max(nk.centrality.HarmonicCloseness(g, True).run().scores())
    elif measure == "eigenvector": r = max(nk.centrality.EigenvectorCentrality(g, 1e-10).run().scores())
    elif measure == "components": cc = nk.components.ConnectedComponents(g); cc.run(); r = cc.numberOfComponents()
    elif measure == "bfs": r = len([d for d in nk.distance.BFS(g, 0).run().getDistances() if d < 1e300])
    elif measure == "kcore": r = max(nk.centrality.CoreDecomposition(g).run().scores())
    elif measure == "louvain":
        c = nk.community.detectCommunities(g, algo=nk.community.PLM(g, refine=False), inspect=False); r = nk.community.Modularity().getQuality(c, g)
    elif measure == "leiden":
        c = nk.community.detectCommunities(g, algo=nk.community.ParallelLeiden(g), inspect=False); r = nk.community.Modularity().getQuality(c, g)
    elif measure == "degree": r = max(nk.centrality.DegreeCentrality(g).run().scores())
elif tool == "rustworkx":
    import rustworkx as rx
    if measure == "betweenness": r = max(rx.betweenness_centrality(g).values())
    elif measure == "pagerank": r = max(rx.pagerank(rx.PyDiGraph.from_adjacency_matrix(rx.adjacency_matrix(g)) if False else g.to_directed(), tol=1e-10).values())
    elif measure == "closeness": r = max(rx.closeness_centrality(g).values())
    elif measure == "eigenvector": r = max(rx.eigenvector_centrality(g, tol=1e-10).values())
    elif measure == "components": r = len(rx.connected_components(g))
    elif measure == "bfs": r = len(rx.bfs_successors(g, 0))
    elif measure == "kcore": r = max(rx.core_number(g).values())
    elif measure == "degree": r = max(g.degree(i) for i in g.node_indices())
else:
    import networkx as nx
    if measure == "betweenness": r = max(nx.betweenness_centrality(g).values())
    elif measure == "betweenness-sampled": r = max(nx.betweenness_centrality(g, k=samples, seed=42).values())
    elif measure == "pagerank": r = max(nx.pagerank(g, weight=None, tol=1e-10).values())
    elif measure == "closeness": r = max(nx.closeness_centrality(g).values())
    elif measure == "harmonic": r = max(nx.harmonic_centrality(g).values())
    elif measure == "components": r = nx.number_connected_components(g)
    elif measure == "bfs": r = len(nx.single_source_shortest_path_length(g, 0))
    elif measure == "kcore": r = max(nx.core_number(g).values())
    elif measure == "louvain": r = nx.community.modularity(g, nx.community.louvain_communities(g, seed=7, weight=None), weight=None)
    elif measure == "degree": r = max(nx.degree_centrality(g).values())
secs = time.perf_counter() - t1
if r is None: print(json.dumps({"skip": True})); sys.exit(0)
print(json.dumps({"load_seconds": load, "seconds": secs, "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "summary": str(r)}))
'''


def run_peer(tool, path, measure, samples=256, threads=1, timeout=900):
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = str(threads)
    try:
        p = subprocess.run([sys.executable, "-c", PEER, tool, path, measure, str(samples), str(threads)], capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["?"])[-1][:120]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def run_relgraph(path, measure, threads, samples=256):
    env = dict(os.environ, RELGRAPH_THREADS=str(threads))
    p = subprocess.run([BIN, "--edges", path, "--measure", measure, "--samples", str(samples)], capture_output=True, text=True, env=env, timeout=1800)
    if p.returncode != 0:
        return {"error": p.stderr.strip()[:120]}
    return json.loads(p.stdout.strip())


# (graph, measure, peers); NetworkX only where it finishes in minutes
PLAN = [
    ("BA 10k", "betweenness", ["igraph", "networkit", "rustworkx"]),
    ("BA 10k", "closeness", ["igraph", "networkit", "rustworkx"]),
    ("BA 10k", "harmonic", ["igraph", "networkit"]),
    ("BA 10k", "pagerank", ["igraph", "networkit", "rustworkx", "networkx"]),
    ("BA 10k", "eigenvector", ["igraph", "networkit", "rustworkx"]),
    ("BA 10k", "louvain", ["igraph", "networkit", "networkx"]),
    ("BA 10k", "leiden", ["igraph", "networkit"]),
    ("BA 100k", "betweenness-sampled", ["igraph", "networkit"]),
    ("BA 100k", "pagerank", ["igraph", "networkit", "rustworkx", "networkx"]),
    ("BA 100k", "components", ["igraph", "networkit", "rustworkx", "networkx"]),
    ("BA 100k", "bfs", ["igraph", "networkit", "rustworkx", "networkx"]),
    ("BA 100k", "kcore", ["igraph", "networkit", "rustworkx"]),
    ("ER 100k", "pagerank", ["igraph", "networkit", "rustworkx"]),
    ("ER 100k", "betweenness-sampled", ["igraph", "networkit"]),
    ("planted 50k", "louvain", ["igraph", "networkit"]),
    ("planted 50k", "leiden", ["igraph", "networkit"]),
    ("BA 1M", "pagerank", ["igraph", "networkit", "rustworkx"]),
    ("BA 1M", "components", ["igraph", "networkit", "rustworkx"]),
    ("BA 1M", "bfs", ["igraph", "networkit", "rustworkx"]),
]


def fmt(r):
    if "seconds" in r:
        return f"{r['seconds']:.3f} s"
    return "timeout" if "timeout" in r else ("n/a" if r.get("skip") else "error")


def main():
    gs = graphs()
    rows = []
    for gname, measure, peers in PLAN:
        if gname not in gs or (ONLY and measure != ONLY):
            continue
        path = gs[gname]
        r1 = run_relgraph(path, measure, 1)
        r2 = run_relgraph(path, measure, 2)
        row = {"graph": gname, "measure": measure, "relgraph 1T": r1, "relgraph 2T": r2}
        for peer in peers:
            row[peer] = run_peer(peer, path, measure, threads=1)
            if peer == "networkit":
                row["networkit 2T"] = run_peer(peer, path, measure, threads=2)
        rows.append(row)
        line = " | ".join(f"{k}: {fmt(v)}" for k, v in row.items() if isinstance(v, dict))
        print(f"{gname:12} {measure:20} {line}", flush=True)
        if measure in ("louvain", "leiden"):
            print("    modularity: " + ", ".join(f"{k}: {v.get('summary', '–').split()[0]}" for k, v in row.items() if isinstance(v, dict) and "summary" in v), flush=True)
    tools = ["igraph", "networkit", "networkit 2T", "rustworkx", "networkx"]
    md = [f"# Benchmarks\n\nMachine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"run on {time.strftime('%Y-%m-%d')} with `python3 scripts/bench_graphs.py`.\n",
          "Times exclude loading; ratio = peer time / relgraph time (> 1: relgraph faster). "
          "relgraph 1T is compared with single-threaded peers, relgraph 2T with NetworKit on 2 threads. "
          "Peak RSS is the whole process (Python interpreter included for peers).\n",
          "| graph | measure | relgraph 1T | relgraph 2T | " + " | ".join(tools) + " | relgraph RSS | igraph RSS |",
          "|---|---|---|---|" + "---|" * len(tools) + "---|---|"]
    for row in rows:
        base1 = row["relgraph 1T"].get("seconds")
        base2 = row["relgraph 2T"].get("seconds")
        cells = []
        for t in tools:
            r = row.get(t)
            if not r:
                cells.append("–")
                continue
            base = base2 if t == "networkit 2T" else base1
            if "seconds" in r and base:
                cells.append(f"{r['seconds']:.3f} s (×{r['seconds'] / base:.1f})")
            else:
                cells.append(fmt(r))
        rss = lambda r: f"{r.get('peak_rss_kb', 0) // 1024} MB" if r and "peak_rss_kb" in r else "–"
        md.append(f"| {row['graph']} | {row['measure']} | {fmt(row['relgraph 1T'])} | {fmt(row['relgraph 2T'])} | " + " | ".join(cells)
                  + f" | {rss(row['relgraph 1T'])} | {rss(row.get('igraph'))} |")
    text = "\n".join(md) + "\n"
    print(text)
    if OUT and not ONLY:
        with open(OUT, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
