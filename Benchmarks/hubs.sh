#!/usr/bin/env bash
# Benchmark: exact hub location on the OR-Library AP and CAB instances, side by side in one run
# with the textbook single-allocation model (Ernst & Krishnamoorthy 1996) solved by HiGHS
# (../shared/benchmarks/peers/hub_ek_highs.py) and, through its --write-mps, by GLPK's own
# glpsol. Reports per instance: objective, bound, status and seconds of each solver.
# Goals: all 80 CAB single-allocation instances in under 60 s in total; every AP instance with
# n <= 50 in under 10 s; AP 100 and AP 200 in under 10 minutes each.
# Usage: Benchmarks/hubs.sh [TIER...]  tiers: cab ap50 ma50 csahlp ap100 ap200 (default: cab ap50 ma50 csahlp ap100)
#   PEER_TIME_LIMIT=S  time limit per instance for the peers (default 120 s)
#   CORRIDOR_TIME_LIMIT=S  time limit per instance for corridor (default 600 s, the AP 100/200 goal)
#   PEERS=0            run corridor only
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

data=../shared/benchmarks/hub
peer=../shared/benchmarks/peers/hub_ek_highs.py
if [ ! -d "$data" ] || [ ! -f "$peer" ]; then
  echo "hubs: $data or $peer is absent; this benchmark needs ../shared/benchmarks beside the project" >&2
  exit 1
fi
if [ "${PEERS:-1}" != 0 ]; then
  python3 -c "import highspy, numpy" 2>/dev/null || python3 -m pip install -q highspy numpy >&2
  command -v glpsol >/dev/null || apt-get install -y glpk-utils >&2
fi
if [ -z "${CORRIDOR_BIN:-}" ]; then
  swift build -c release --product corridor >&2
  CORRIDOR_BIN="$(swift build -c release --show-bin-path)/corridor"
fi
export CORRIDOR_BIN
tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=(cab ap50 ma50 csahlp ap100)
exec python3 Benchmarks/hubs_compare.py "$data" "$peer" "${tiers[@]}"
