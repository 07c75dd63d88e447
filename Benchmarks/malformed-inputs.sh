#!/usr/bin/env bash
# Benchmark: adversarial inputs must give a quick, bounded, located refusal (or a correct
# answer), never a crash, a hang or a memory blow-up. Benchmarks/malformed_corpus.py writes the
# corpus and its cases.tsv (the case, its class, its acceptable exit codes, whether and where
# the message must be located, its arguments); this script runs every case, one at a time, under
# a 10 s timeout (SIGKILL) and GNU time, and prints: case, class, wanted codes, exit, seconds,
# peak MB, OK/FAIL (with the reasons) and the first message.
# A case fails when it runs 10 s or more, peaks above 1024 MB, exits outside its set, dies from
# a signal (exit >= 128), or gives an unlocated message where one must be located.
# Exits 1 when any case fails.
#
# Usage: Benchmarks/malformed-inputs.sh [CLASS]
#   CLASS: basic crash hang memory accepted-wrongly bom located guards control (default: all)
# Environment:
#   CORRIDOR_BIN=PATH  use this binary instead of building the release product
#   KEEP_CORPUS=1      keep the corpus folder (its path is printed) instead of deleting it
set -euo pipefail
cd "$(dirname "$0")/.."

classes="basic crash hang memory accepted-wrongly bom located guards control"
only="${1:-}"
if [ -n "$only" ] && [[ " $classes " != *" $only "* ]]; then
  echo "malformed-inputs: unknown class '$only'; expected one of: $classes" >&2
  exit 64
fi
limit_seconds=10
limit_mb=1024
# Guards for the machine, not pass marks: address space (a runaway allocation fails at 6 GB
# instead of taking the machine's memory) and the size of any file a case writes (its stderr).
guard_vm_kb=$((6 * 1024 * 1024))
guard_file_kb=$((200 * 1024))

if [ -z "${CORRIDOR_BIN:-}" ]; then
  scripts/setup.sh
  swift build -c release --product corridor >&2
  CORRIDOR_BIN="$(swift build -c release --show-bin-path)/corridor"
fi
bin="$CORRIDOR_BIN"
work="$(mktemp -d)"
if [ "${KEEP_CORPUS:-0}" = 1 ]; then
  echo "malformed-inputs: corpus kept in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
python3 Benchmarks/malformed_corpus.py "$work/corpus" >&2

printf '%-32s %-16s %-8s %4s %6s %7s  %-14s %s\n' \
  case class want exit seconds "peak MB" result "first message"
failed=0
passed=0
failures=()
while IFS=$'\t' read -r -a field; do
  [[ "${field[0]}" == \#* ]] && continue
  name="${field[0]}" class="${field[1]}" codes="${field[2]}" located="${field[3]}"
  stdin="${field[4]}"
  args=("${field[@]:5}")
  [ -n "$only" ] && [ "$class" != "$only" ] && continue
  [ "$stdin" = - ] && stdin=/dev/null

  # One case: stdin opened read-write (a FIFO then blocks instead of ending), stdout dropped.
  start=$(date +%s.%N)
  set +e
  (
    ulimit -v "$guard_vm_kb" -f "$guard_file_kb"
    exec /usr/bin/time -f %M -o "$work/mem" \
      timeout --foreground -s KILL "$limit_seconds" "$bin" "${args[@]}"
  ) <>"$stdin" >/dev/null 2>"$work/err"
  code=$?
  set -e
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  peak_kb=$(tail -1 "$work/mem" 2>/dev/null | tr -cd '0-9')
  peak_mb=$(( ${peak_kb:-0} / 1024 ))

  # The first message: the first line that says error, else the first line with text.
  message=$(grep -a -m1 -i 'error' "$work/err" || grep -a -m1 '[^[:space:]]' "$work/err" || true)
  message=$(printf '%s' "$message" | tr -d '\r' | tr '[:cntrl:]' '?' | sed "s|$work/corpus/||g")

  reasons=()
  if awk -v s="$seconds" -v l="$limit_seconds" 'BEGIN { exit !(s >= l - 0.05) }'; then
    reasons+=(time)
  elif [ "$code" -ge 128 ]; then
    reasons+=("signal $((code - 128))")
  fi
  [ "$peak_mb" -gt "$limit_mb" ] && reasons+=(memory)
  if [[ ",$codes," != *",$code,"* ]] && [ "$code" -lt 128 ]; then reasons+=(exit); fi
  if [ "$located" != - ] && [ "$code" -ne 0 ] && [ "$code" -lt 128 ] &&
    ! printf '%s' "$message" | grep -Eq -- "$located"; then
    reasons+=(unlocated)
  fi
  if [ ${#reasons[@]} -eq 0 ]; then
    result=OK
    passed=$((passed + 1))
  else
    result="FAIL($(IFS=,; echo "${reasons[*]}"))"
    failed=$((failed + 1))
    failures+=("$name")
  fi
  printf '%-32s %-16s %-8s %4s %6s %7s  %-14s %s\n' "$name" "$class" "$codes" "$code" \
    "$seconds" "$peak_mb" "$result" "${message:0:100}"
done < "$work/corpus/cases.tsv"

echo
echo "malformed-inputs: $passed OK, $failed FAIL${only:+ (class $only)}"
if [ "$failed" -gt 0 ]; then
  echo "failed: ${failures[*]}"
  exit 1
fi
