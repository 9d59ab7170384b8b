#!/usr/bin/env bash
# The main job: installs what is missing, builds relgraph, builds the example corpus's graph
# and renders its diagrams into graphs/. Run from anywhere: scripts/example.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --product relgraph
BIN=$(swift build --show-bin-path)/relgraph
DB=$(mktemp -d)/example.db
trap 'rm -rf "$(dirname "$DB")"' EXIT
"$BIN" build examples/corpus --graph "$DB"
"$BIN" export --graph "$DB" --format json --output graphs/example.json
"$BIN" export --graph "$DB" --format dot --output graphs/example.dot
"$BIN" export --graph "$DB" --format graphml --output graphs/example.graphml
"$BIN" render --graph "$DB" --cluster country --stated-only --title "China–Kazakhstan relations: example corpus (stated relations)" --output graphs/example.svg
"$BIN" render --graph "$DB" --cluster country --stated-only --title "China–Kazakhstan relations: example corpus (stated relations)" --output graphs/example.png
"$BIN" render --graph "$DB" --focus Almaty --depth 1 --title "Almaty and its links" --output graphs/almaty.svg
"$BIN" render --graph "$DB" --focus Almaty --depth 1 --title "Almaty and its links" --output graphs/almaty.png
"$BIN" render --graph "$DB" --path "Габит Сыздыкбеков" "Wang Yi" --title "How Gabit Syzdykbekov and Wang Yi are linked" --output graphs/path.svg
"$BIN" render --graph "$DB" --path "Габит Сыздыкбеков" "Wang Yi" --title "How Gabit Syzdykbekov and Wang Yi are linked" --output graphs/path.png
echo "graphs/ regenerated: example.{json,dot,graphml,svg,png}, almaty.{svg,png}, path.{svg,png}" >&2
