#!/usr/bin/env bash
# Benchmark: static traffic assignment on the five TNTP networks, corridor against the peer
# AequilibraE (biconjugate Frank-Wolfe), side by side in one run. Reports iterations and
# seconds to relative gaps 1e-4, 1e-6 and 1e-8, the time ratio (AequilibraE s / corridor s),
# whole-process wall time, peak memory, the final objectives, and corridor's final gap as
# recomputed by the independent evaluator (shared/benchmarks/peers/tntp_io.py) from its flows.
# Goal: on ChicagoSketch and Barcelona, reach 1e-6 at least 10x faster than AequilibraE.
#
# Usage: Benchmarks/assignment-tntp.sh [--markdown FILE] [NETWORK...]
#   NETWORK: SiouxFalls Anaheim Barcelona Winnipeg ChicagoSketch (default: all five)
# Environment:
#   NETWORKS="A B"      networks, when none are given as arguments
#   MARKDOWN=FILE       also write the tables as Markdown (same as --markdown)
#   CORRIDOR_BIN=PATH   use this corridor binary instead of building the release product
#   TNTP_DIR=DIR        data folder (default: ../shared/benchmarks/tntp from the repository root)
#   PEERS_DIR=DIR       peer scripts (default: ../shared/benchmarks/peers)
#   OUR_RUNS=3          corridor runs per network; the median (by solver seconds) is reported
#   OUR_MAX_ITER=1000   corridor iteration budget (target gap 1e-8)
#   PEER=aequilibrae    set PEER=none to skip AequilibraE
#   PEER_MAX_ITER=1000  AequilibraE iteration budget
#   PEER_RGAP=1e-8      AequilibraE target gap
#   PEER_CORES=0        AequilibraE threads (0: its default, all cores)
#   PYTHON=python3      interpreter with aequilibrae, pandas, numpy and scipy
#   KEEP_WORK=1         keep the folder of raw outputs (its path is printed)
# Exit status: 0 when every run succeeded and the evaluator agrees with corridor's gap;
# 1 otherwise (also when the data folder or the peer is missing). The goal verdict is
# printed, not turned into the exit status.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

markdown="${MARKDOWN:-}"
nets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --markdown) markdown="${2:?--markdown needs a file}"; shift 2 ;;
    --markdown=*) markdown="${1#--markdown=}"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "assignment-tntp: unknown option $1" >&2; exit 64 ;;
    *) nets+=("$1"); shift ;;
  esac
done
if [ ${#nets[@]} -eq 0 ]; then
  read -r -a nets <<< "${NETWORKS:-SiouxFalls Anaheim Barcelona Winnipeg ChicagoSketch}"
fi
case "$markdown" in ""|/*) ;; *) markdown="$root/$markdown" ;; esac

data="${TNTP_DIR:-$root/../shared/benchmarks/tntp}"
peers="${PEERS_DIR:-$root/../shared/benchmarks/peers}"
python="${PYTHON:-python3}"
our_runs="${OUR_RUNS:-3}"
our_max_iter="${OUR_MAX_ITER:-1000}"
peer="${PEER:-aequilibrae}"
peer_max_iter="${PEER_MAX_ITER:-1000}"
peer_rgap="${PEER_RGAP:-1e-8}"
peer_cores="${PEER_CORES:-0}"
helper="$root/Benchmarks/assignment_compare.py"

# --- inputs present? -------------------------------------------------------------------------
if [ ! -d "$data" ]; then
  echo "assignment-tntp: the TNTP data folder $data is absent." >&2
  echo "  It holds the Transportation Networks for Research instances (see" >&2
  echo "  ../shared/benchmarks/README.md); set TNTP_DIR to its location." >&2
  exit 1
fi
data="$(cd "$data" && pwd)"
for net in "${nets[@]}"; do
  for part in net trips; do
    if [ ! -f "$data/$net/${net}_$part.tntp" ]; then
      echo "assignment-tntp: $data/$net/${net}_$part.tntp is missing (network '$net')." >&2
      exit 1
    fi
  done
done
if [ ! -f "$peers/tntp_io.py" ]; then
  echo "assignment-tntp: the evaluator $peers/tntp_io.py is absent; set PEERS_DIR." >&2
  exit 1
fi
peers="$(cd "$peers" && pwd)"
if [ ! -x /usr/bin/time ]; then
  echo "assignment-tntp: /usr/bin/time (GNU time) is needed for peak memory: apt-get install time" >&2
  exit 1
fi
if ! "$python" -c 'import numpy, scipy' 2>/dev/null; then
  echo "assignment-tntp: the evaluator needs numpy and scipy: $python -m pip install numpy scipy" >&2
  exit 1
fi
if [ "$peer" != none ]; then
  if [ ! -f "$peers/aequilibrae_tntp.py" ]; then
    echo "assignment-tntp: the peer script $peers/aequilibrae_tntp.py is absent (PEER=none skips it)." >&2
    exit 1
  fi
  if ! "$python" -c 'import aequilibrae, pandas' 2>/dev/null; then
    echo "assignment-tntp: AequilibraE is not installed for $python:" >&2
    echo "  $python -m pip install aequilibrae pandas   (or PEER=none to skip the peer)" >&2
    exit 1
  fi
fi

# --- corridor binary -------------------------------------------------------------------------
if [ -n "${CORRIDOR_BIN:-}" ]; then
  bin="$CORRIDOR_BIN"
else
  scripts/setup.sh
  swift build -c release --product corridor >&2
  bin="$(swift build -c release --show-bin-path)/corridor"
fi
if [ ! -x "$bin" ]; then
  echo "assignment-tntp: no corridor binary at $bin" >&2
  exit 1
fi

work="$(mktemp -d)"
if [ "${KEEP_WORK:-0}" = 1 ]; then
  echo "raw outputs kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi

now() { date +%s.%N; }
# elapsed START END FILE: whole-process wall seconds, to the millisecond
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", b - a }' > "$3"; }

settings() {
  case "$1" in
    ChicagoSketch) echo "0.02 0.04" ;;
    *) echo "0 0" ;;
  esac
}

echo "TNTP assignment: corridor ($bin) against AequilibraE $(
  [ "$peer" = none ] && echo "(skipped)" ||
    "$python" -c 'import importlib.metadata as m; print(m.version("aequilibrae"))' 2>/dev/null
) BFW; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "data: $data; corridor: target 1e-8, $our_runs runs, budget $our_max_iter;" \
  "AequilibraE: target $peer_rgap, budget $peer_max_iter iterations"

for net in "${nets[@]}"; do
  dir="$work/$net"
  mkdir -p "$dir"
  read -r toll dist <<< "$(settings "$net")"
  echo "$toll $dist" > "$dir/settings"
  echo "-- $net (toll factor $toll, distance factor $dist)"

  # corridor: each run to 1e-8, flows written, peak memory and wall time of the whole process.
  for k in $(seq "$our_runs"); do
    set +e
    start=$(now)
    /usr/bin/time -f "%M %e" -o "$dir/ours-$k.time" \
      "$bin" assign --tntp "$data/$net/$net" --toll-factor "$toll" --distance-factor "$dist" \
      --gap 1e-8 --max-iterations "$our_max_iter" --flows-out "$dir/ours-$k.flow" --json \
      > "$dir/ours-$k.json" 2> "$dir/ours-$k.err"
    echo $? > "$dir/ours-$k.rc"
    elapsed "$start" "$(now)" "$dir/ours-$k.wall"
    set -e
  done

  # The independent evaluator on the flows of the median run.
  median=$("$python" - "$dir" "$our_runs" <<'PY'
import json, sys
runs = []
for k in range(1, int(sys.argv[2]) + 1):
    try:
        runs.append((json.load(open(f"{sys.argv[1]}/ours-{k}.json"))["seconds"], k))
    except Exception:
        pass
runs.sort()
print(runs[(len(runs) - 1) // 2][1] if runs else 0)
PY
  )
  if [ "$median" != 0 ]; then
    set +e
    (cd "$work" && "$python" "$peers/tntp_io.py" "$data/$net" "$net" "$toll" "$dist" \
      "$dir/ours-$median.flow") > "$dir/eval.txt" 2> "$dir/eval.err"
    echo $? > "$dir/eval.rc"
    set -e
  fi

  # AequilibraE: one run (it takes minutes); its milestones come from its own report.
  if [ "$peer" != none ]; then
    set +e
    start=$(now)
    (cd "$work" && AEQ_SHOW_PROGRESS=FALSE /usr/bin/time -f "%M %e" -o "$dir/peer.time" \
      "$python" "$peers/aequilibrae_tntp.py" "$data/$net" "$net" bfw "$peer_max_iter" \
      "$peer_rgap" "$toll" "$dist" "$peer_cores") > "$dir/peer.txt" 2> "$dir/peer.err"
    echo $? > "$dir/peer.rc"
    elapsed "$start" "$(now)" "$dir/peer.wall"
    set -e
  fi
  "$python" "$helper" line "$work" "$net"
done

"$python" "$helper" report "$work" "${nets[@]}" --markdown "$markdown"
