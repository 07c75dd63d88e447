#!/usr/bin/env bash
# End to end through a real Slurm: plans a small sweep three times, runs one copy on this
# machine and submits the others as job arrays of 3 and of 8 shards, each with its dependent
# merge, on a one-node cluster (scripts/slurm-one-node.sh), and checks that the merged reports
# are the same bytes. Needs root (Slurm runs jobs as their user); installs Slurm and munge when missing.
#   CORRIDOR_BIN  the corridor binary (default .build/debug/corridor, built by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${CORRIDOR_BIN:-.build/debug/corridor}")
[ -x "$bin" ] || { echo "test-sweep-slurm: no corridor binary at $bin; build it first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sweep=Scenarios/sweeps/two-corridors.yaml
# The brief's date comes from SOURCE_DATE_EPOCH in both merges (sbatch passes the environment).
export SOURCE_DATE_EPOCH=1767225600
start=$(date +%s)

"$bin" sweep plan "$sweep" --out "$work/local" >/dev/null
"$bin" sweep run "$work/local" --of 1 --jobs 2 2>/dev/null
"$bin" sweep merge "$work/local" >/dev/null

for shards in 3 8; do
  "$bin" sweep plan "$sweep" --out "$work/cluster$shards" >/dev/null
  "$bin" sweep slurm "$work/cluster$shards" --shards "$shards" >/dev/null
done

submit_and_wait() {  # submit_and_wait FOLDER
  local ids array merge state
  ids=$("$1/slurm/submit.sh")
  array=$(awk '$1 == "array" { print $2 }' <<<"$ids")
  merge=$(awk '$1 == "merge" { print $2 }' <<<"$ids")
  [ -n "$array" ] && [ -n "$merge" ] || { echo "submit.sh printed no job ids: $ids" >&2; return 1; }
  while [ -n "$(squeue -h -j "$array,$merge" 2>/dev/null)" ]; do sleep 0.3; done
  state=$(scontrol show job "$merge" | grep -o 'JobState=[A-Z_]*' || true)
  if [ "$state" != JobState=COMPLETED ]; then
    echo "merge job $merge ended with ${state:-no state}" >&2
    cat "$1/slurm/logs/"*.out >&2 || true
    return 1
  fi
}
export -f submit_and_wait
scripts/slurm-one-node.sh run -- bash -c "submit_and_wait '$work/cluster3' && submit_and_wait '$work/cluster8'"

for shards in 3 8; do
  for ((i = 0; i < shards; i++)); do
    [ -s "$work/cluster$shards/shards/$i.json" ] || { echo "shard $i of $shards was not written" >&2; exit 1; }
  done
  if ! diff -r "$work/local/report" "$work/cluster$shards/report" >&2; then
    echo "test-sweep-slurm: FAILED: the report merged from $shards Slurm array tasks differs from the local one" >&2
    exit 1
  fi
done
echo "test-sweep-slurm: the reports merged from 3 and from 8 Slurm array tasks equal the local one byte for byte ($(( $(date +%s) - start )) s)"
