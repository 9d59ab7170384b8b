#!/usr/bin/env bash
# Installs the system packages relgraph needs when they are missing (Debian/Ubuntu):
# libgraphviz-dev (libgvc, pkg-config "libgvc") and graphviz (its plugins and fonts).
set -euo pipefail
missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# libgvc demand-loads plugins listed in config6a; make sure the list exists
[ -n "$(ls /usr/lib/x86_64-linux-gnu/graphviz/config6* /usr/lib/*/graphviz/config6* 2>/dev/null)" ] || dot -c 2>/dev/null || true
