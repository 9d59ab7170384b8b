#!/usr/bin/env python3
"""Relation cost as counted instructions: `relgraph extract` against `extract --entities-only`.

Wall-clock ratios on a shared 2-core machine move by ±10% between identical runs, which is
as large as the margin being measured. This script counts instructions under valgrind
(cachegrind, no cache simulation) instead: the same input gives the same count to within
a fraction of a percent. It runs

  1. a one-line document (catalogue load and process start-up: the fixed cost),
  2. the full pipeline on a generated ru/en/it/kk corpus,
  3. the entity-only pipeline on the same corpus,

and prints (2 − 1) / (3 − 1): what extracting relations costs per byte of text relative to
extracting entities alone, with the fixed cost taken out of both.

usage: python3 scripts/extract_cost.py [--mb 0.6]
needs: valgrind; swift build -c release --product relgraph
"""
import os, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_extract  # noqa: E402  (corpus generator)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "relgraph")
MB = float(sys.argv[sys.argv.index("--mb") + 1]) if "--mb" in sys.argv else 0.6


def instructions(*args):
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", BIN, *args],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if not m:
        sys.exit("valgrind printed no instruction count")
    return int(m.group(1).replace(",", ""))


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product relgraph")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, tiny = os.path.join(tmp, "corpus"), os.path.join(tmp, "tiny")
        bench_extract.generate(corpus, MB, ["ru", "en", "it", "kk"])
        os.makedirs(tiny)
        with open(os.path.join(tiny, "a.txt"), "w") as f:
            f.write("Astana hosted a forum.\n")
        base = instructions("extract", tiny, "--format", "json")
        full = instructions("extract", corpus, "--format", "json")
        ents = instructions("extract", corpus, "--format", "json", "--entities-only")
    print(f"fixed cost {base / 1e9:.2f} G instructions; on {MB} MB: full {(full - base) / 1e9:.2f} G, "
          f"entities only {(ents - base) / 1e9:.2f} G; relations cost ×{(full - base) / (ents - base):.2f} of the entity-only pipeline")


if __name__ == "__main__":
    main()
