#!/usr/bin/env bash
# Benchmark: one checkpoint (M/M/c: 9 trucks/h, 10 lanes, 1 h mean service) in corridor and in
# SimPy (../shared/benchmarks/des/simpy_checkpoint.py) in the same run. Goals: at least 100x
# SimPy's trucks per second on one core; mean wait within 1 % of Erlang C at 10 million trucks;
# peak memory for 10 million trucks within 10 % of that for 1 million.
# Usage: Benchmarks/checkpoint-simpy.sh [SIMPY_TRUCKS]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

peer=../shared/benchmarks/des/simpy_checkpoint.py
if [ ! -f "$peer" ]; then
  echo "checkpoint-simpy: $peer is absent; this benchmark needs ../shared/benchmarks beside the project" >&2
  exit 1
fi
python3 -c "import simpy" 2>/dev/null || python3 -m pip install -q simpy >&2

if [ -z "${CORRIDOR_BIN:-}" ]; then
  swift build -c release --product corridor >&2
  CORRIDOR_BIN="$(swift build -c release --show-bin-path)/corridor"
fi
simpy_trucks="${1:-200000}"
erlang=0.6687315241076971

echo "SimPy, $simpy_trucks trucks:"
simpy_line=$(taskset -c 0 python3 "$peer" "$simpy_trucks")
echo "  $simpy_line"
simpy_rate=$(echo "$simpy_line" | sed -E 's/.*trucks_per_s=([0-9.]+).*/\1/')

run() {
  /usr/bin/time -f "%M" -o /tmp/checkpoint-mem.$$ taskset -c 0 "$CORRIDOR_BIN" checkpoint \
    --lanes 10 --arrivals-per-hour 9 --service-hours 1 --trucks "$1" --seed "$2" --json
}
printf '\ncorridor (one core, seed 1):\n'
printf '  %-12s %12s %12s %10s %14s %9s\n' trucks mean_wait "vs Erlang C" seconds trucks_per_s peak_MB
for n in 1000000 10000000; do
  json=$(run "$n" 1)
  mem=$(tail -1 /tmp/checkpoint-mem.$$)
  python3 - "$n" "$json" "$mem" "$erlang" <<'PY'
import json, sys
n, d, mem, erlang = int(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
total = n * 1.1  # the 10 % warm-up is simulated too
print(f"  {n:<12d} {d['mean_wait_hours']:12.5f} {100 * (d['mean_wait_hours'] / erlang - 1):+11.2f}% "
      f"{d['seconds']:10.3f} {total / d['seconds']:14.0f} {mem / 1024:9.1f}")
PY
  echo "$n $(echo "$json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["seconds"])') $mem" >> /tmp/checkpoint-runs.$$
done
printf '\n10 million trucks over seeds 1-5 (the spread of one run at 90 %% load):\n'
for s in 1 2 3 4 5; do
  run 10000000 "$s" | python3 -c "import json,sys; d=json.load(sys.stdin); print(f'  seed $s: mean wait {d[\"mean_wait_hours\"]:.5f} ({100*(d[\"mean_wait_hours\"]/$erlang-1):+.2f} % vs Erlang C)')"
done
python3 - "$simpy_rate" /tmp/checkpoint-runs.$$ <<'PY'
import sys
simpy = float(sys.argv[1])
rows = [l.split() for l in open(sys.argv[2])]
(n1, s1, m1), (n10, s10, m10) = [(int(a), float(b), int(c)) for a, b, c in rows]
rate = n10 * 1.1 / s10
print(f"\nratio: corridor {rate:,.0f} trucks/s vs SimPy {simpy:,.0f} trucks/s = {rate / simpy:,.0f}x (goal 100x: {'met' if rate / simpy >= 100 else 'NOT met'})")
print(f"memory: 10 million trucks {m10 / 1024:.1f} MB vs 1 million {m1 / 1024:.1f} MB = {100 * (m10 / m1 - 1):+.1f} % (goal within 10 %: {'met' if abs(m10 / m1 - 1) <= 0.10 else 'NOT met'})")
PY
rm -f /tmp/checkpoint-runs.$$ /tmp/checkpoint-mem.$$
