#!/usr/bin/env bash
# End to end through a real Slurm: plans a small sweep twice, runs one copy on this machine
# and submits the other as a job array of 3 shards with its dependent merge on a one-node
# cluster (scripts/slurm-one-node.sh), and checks that the two merged reports are the same
# bytes. Needs root (Slurm runs jobs as their user); installs Slurm and munge when missing.
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

"$bin" sweep plan "$sweep" --out "$work/cluster" >/dev/null
"$bin" sweep slurm "$work/cluster" --shards 3 >/dev/null

submit_and_wait() {
  local ids array merge state
  ids=$("$work/cluster/slurm/submit.sh")
  array=$(awk '$1 == "array" { print $2 }' <<<"$ids")
  merge=$(awk '$1 == "merge" { print $2 }' <<<"$ids")
  [ -n "$array" ] && [ -n "$merge" ] || { echo "submit.sh printed no job ids: $ids" >&2; return 1; }
  while [ -n "$(squeue -h -j "$array,$merge" 2>/dev/null)" ]; do sleep 0.3; done
  state=$(scontrol show job "$merge" | grep -o 'JobState=[A-Z_]*' || true)
  if [ "$state" != JobState=COMPLETED ]; then
    echo "merge job $merge ended with ${state:-no state}" >&2
    cat "$work/cluster/slurm/logs/"*.out >&2 || true
    return 1
  fi
}
export -f submit_and_wait
export work
scripts/slurm-one-node.sh run -- bash -c submit_and_wait

for i in 0 1 2; do
  [ -s "$work/cluster/shards/$i.json" ] || { echo "shard $i of 3 was not written" >&2; exit 1; }
done
if ! diff -r "$work/local/report" "$work/cluster/report" >&2; then
  echo "test-sweep-slurm: FAILED: the report merged through Slurm differs from the local one" >&2
  exit 1
fi
echo "test-sweep-slurm: the report merged from 3 Slurm array tasks equals the local one byte for byte ($(( $(date +%s) - start )) s)"
