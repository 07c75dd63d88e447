#!/usr/bin/env bash
# Benchmark: malformed inputs of every kind must give exit 65 and a message within seconds
# and bounded memory. Prints time, peak memory and the first message for each.
# Usage: Benchmarks/malformed-inputs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

swift build -c release --product corridor >&2
bin="$(swift build -c release --show-bin-path)/corridor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Truncated: the baseline cut in the middle.
base=Scenarios/ots-baseline-2025.yaml
[ -f "$base" ] || base=Scenarios/examples/two-corridors.yaml
head -c "$(( $(wc -c < "$base") / 2 ))" "$base" > "$work/truncated.yaml"
# Binary: an executable.
cp "$bin" "$work/binary.yaml"
# 50 MB of nested lists.
python3 - "$work/nested-50mb.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("scenario: s\nnodes:\n")
    chunk = "- [[[1, 2], [3]], [[4]]]\n" * 10000
    while f.tell() < 50 * 1024 * 1024:
        f.write(chunk)
PY
# Just under the 16 MB limit: a flat list of 2.5 million wrong items.
python3 - "$work/flat-15mb.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("scenario: s\ncommodities: []\nlinks: []\ndemand: []\nnodes:\n")
    f.write("  - 1\n" * 2_500_000)
PY
# A million nested brackets.
{ printf 'scenario: s\nnodes: '; head -c 1000000 /dev/zero | tr '\0' '['; } > "$work/brackets.yaml"
# A 10,000-level extends chain, and a cycle.
mkdir "$work/chain"
cp Scenarios/examples/two-corridors.yaml "$work/chain/s0.yaml"
python3 - "$work/chain" <<'PY'
import sys
for i in range(1, 10001):
    with open(f"{sys.argv[1]}/s{i}.yaml", "w") as f:
        f.write(f"scenario: s{i}\nextends: s{i-1}.yaml\n")
PY
printf 'scenario: a\nextends: b.yaml\n' > "$work/a.yaml"
printf 'scenario: b\nextends: a.yaml\n' > "$work/b.yaml"
: > "$work/empty.yaml"

printf '%-16s %5s %8s %9s  %s\n' input exit seconds "peak MB" "first message"
status=0
for name in truncated binary nested-50mb flat-15mb brackets chain/s10000 a empty; do
  file="$work/$name.yaml"
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M" -o "$work/mem" "$bin" validate "$file" >/dev/null 2>"$work/err"
  code=$?
  set -e
  end=$(date +%s.%N)
  message=$(head -1 "$work/err" | sed "s|$work/||" | cut -c1-90)
  printf '%-16s %5s %8.2f %9.0f  %s\n' "$name" "$code" "$(echo "$end - $start" | bc)" \
    "$(( $(tail -1 "$work/mem") / 1024 ))" "$message"
  [ "$code" -eq 65 ] || status=1
done
exit $status
