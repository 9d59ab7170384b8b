#!/usr/bin/env python3
"""Whole-process `relgraph path` on a 1M-node store, against igraph on the same graph.

Issue #5 asks: on the 1M-node Barabási–Albert graph (m = 5), loading from the store plus one
shortest-path query, as a whole `relgraph path` process, under 2 s, with peak memory no
more than igraph's for the same graph. This script

  1. makes (or reuses) the seeded BA 1M edge list of scripts/bench_graphs.py,
  2. imports it with `relgraph import` (timed once; the store is kept in the temp dir),
  3. runs `relgraph path A B` as a fresh process for several pairs, three times each, and
     records wall time and peak RSS (GNU time),
  4. runs igraph the way an analyst would for the same question: a fresh Python process
     that reads the edge list and asks `get_shortest_path` (weighted, the same costs),
  5. prints a Markdown table and, with --out FILE, replaces the section between the
     markers in FILE (BENCHMARKS.md).

Usage: swift build -c release --product relgraph && python3 scripts/bench_store_path.py [--out BENCHMARKS.md]
"""
import os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "relgraph")
WORK = os.path.join(tempfile.gettempdir(), "relgraph-bench")
OUT = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
PAIRS = [("17", "999999"), ("123456", "654321"), ("999998", "500000"), ("0", "42")]
BEGIN, END = "<!-- store-path:begin -->", "<!-- store-path:end -->"

IGRAPH = r'''
import sys, igraph as ig
# read as scripts/bench_graphs.py does (the file has a '#' header line)
with open(sys.argv[1]) as f:
    el = [tuple(map(int, line.split())) for line in f if line[0] != "#"]
g = ig.Graph(n=max(max(a, b) for a, b in el) + 1, edges=el, directed=False)
# the same question relgraph answers: strength 1 per link, stated links count double,
# cost = 1/strength, so every hop costs 0.5
g.es["cost"] = [0.5] * g.ecount()
for a, b in zip(sys.argv[2::2], sys.argv[3::2]):
    p = g.get_shortest_path(int(a), int(b), weights="cost")
    print(len(p) - 1)
'''


def timed(cmd):
    """Wall seconds and peak RSS (MB) of one process, via GNU time."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr}")
    wall, rss = p.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) // 1024, p.stdout


def main():
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from bench_graphs import graphs  # same seeded edge lists
    edges = graphs()["BA 1M"]
    db = os.path.join(WORK, "BA_1M.db")
    if not os.path.exists(db) or os.path.getmtime(db) < os.path.getmtime(BIN):
        if os.path.exists(db):
            os.remove(db)
        t, rss, _ = timed([BIN, "import", edges, "--from", "edgelist", "--graph", db])
        print(f"import: {t:.1f} s, peak {rss} MB", flush=True)
    rows = []
    for a, b in PAIRS:
        runs = [timed([BIN, "path", a, b, "--graph", db, "--format", "json"]) for _ in range(3)]
        hops = re.search(r'"hops" : (\d+)', runs[0][2])
        ig_runs = [timed([sys.executable, "-c", IGRAPH, edges, a, b]) for _ in range(1)]
        rows.append((a, b, hops.group(1) if hops else "–", min(r[0] for r in runs), max(r[0] for r in runs), max(r[1] for r in runs),
                     ig_runs[0][0], ig_runs[0][1], ig_runs[0][2].strip()))
        print(rows[-1], flush=True)
    md = [BEGIN, "",
          f"### `relgraph path` on the BA 1M store (whole process), run on {time.strftime('%Y-%m-%d')} with `python3 scripts/bench_store_path.py`",
          "",
          "1,000,000 nodes, 4,999,985 edges, imported with `relgraph import --from edgelist`. Each relgraph row is a fresh "
          "`relgraph path A B --format json` process (open the store, read the saved topology, search, read the path's "
          "relations and evidence), three runs; igraph is a fresh Python process that reads the same edge list and asks "
          "`get_shortest_path` with the same costs.",
          "",
          "| from | to | hops | relgraph wall (best / worst of 3) | relgraph peak RSS | igraph wall | igraph peak RSS | igraph hops |",
          "|---|---|---|---|---|---|---|---|"]
    for a, b, hops, best, worst, rss, igt, igrss, ighops in rows:
        md.append(f"| {a} | {b} | {hops} | {best:.2f} s / {worst:.2f} s | {rss} MB | {igt:.2f} s | {igrss} MB | {ighops} |")
    md += ["", END]
    text = "\n".join(md)
    print(text)
    if OUT:
        old = open(OUT).read() if os.path.exists(OUT) else ""
        new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: text, old, flags=re.S) if BEGIN in old else old.rstrip() + "\n\n" + text + "\n"
        with open(OUT, "w") as f:
            f.write(new)


if __name__ == "__main__":
    main()
