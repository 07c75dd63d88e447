#!/usr/bin/env bash
# Robustness check: a report folder is never left half old, half new. Runs
#   corridor run Scenarios/examples/two-corridors.yaml --out DIR --replications 2 \
#     --date 2026-01-01 --quiet --seed S
# again and again, killing it with SIGKILL after a random delay (spread over a clean run's
# duration, most of them around its report-writing phase), with the seed alternating between
# two values whose reports differ ("old" and "new"). After every kill DIR must hold exactly the
# complete old or the complete new report (same files, same SHA-256 as the two references made
# first), never a mix; after the next, unkilled run, no hidden temporary file or folder (a name
# starting with '.') other than a lock file may be left inside DIR or next to it. Then two runs
# start together on the same DIR: exactly one must succeed, the other must exit non-zero with a
# message, and DIR must be one complete report.
# Prints a summary and exits 1 on any failure.
#
# Usage: Benchmarks/report-kill.sh [TRIES]   (default 90)
# Environment:
#   CORRIDOR_BIN=PATH  use this binary instead of building the release product
#   CONCURRENT_ROUNDS=N  rounds of the two-runs test (default 3)
#   KILL_SEED=N        seed of the random delays (default: from the clock; printed)
#   VERBOSE=1          print each try: delay, killed or finished, what the folder held
set -euo pipefail
cd "$(dirname "$0")/.."

tries="${1:-90}"
rounds="${CONCURRENT_ROUNDS:-3}"
seed_old=1
seed_new=2
scenario=Scenarios/examples/two-corridors.yaml
if [ -z "${CORRIDOR_BIN:-}" ]; then
  scripts/setup.sh
  swift build -c release --product corridor >&2
  CORRIDOR_BIN="$(swift build -c release --show-bin-path)/corridor"
fi
bin="$CORRIDOR_BIN"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
parent="$work/target"   # holds DIR only, so anything else in it was left by corridor
dir="$parent/report"
mkdir "$parent"
KILL_SEED="${KILL_SEED:-$(( $(date +%s) % 32768 ))}"
RANDOM=$KILL_SEED

fail() { echo "report-kill: $*" >&2; exit 1; }
now_ns() { date +%s%N; }

# The command, ended by a seed. Started directly (never through a function or subshell) when
# in the background, so that $! is corridor itself and the SIGKILL reaches it.
corridor_cmd=("$bin" run "$scenario" --out "$dir" --replications 2 --date 2026-01-01 --quiet --seed)
corridor_run() { # SEED STDERR_FILE
  "${corridor_cmd[@]}" "$1" >/dev/null 2>"$2"
}

# "SHA-256  ./path" of every file in a folder, no hidden file or folder, sorted; empty when
# the folder is missing.
manifest() { # FOLDER
  [ -d "$1" ] || return 0
  (cd "$1" && find . -name '.?*' -prune -o -type f -print0 | sort -z | xargs -0r sha256sum)
}

# Hidden entries inside DIR or next to it, except a lock file.
leftovers() {
  find "$parent" -mindepth 1 -name '.?*' ! \( -type f -iname '*lock*' \) -print -prune |
    sed "s|^$parent/||"
}

# Which report a folder holds: old, new, or mix (anything else, a missing folder included).
state() {
  local now
  now="$(manifest "$dir")"
  if [ "$now" = "$old_manifest" ]; then echo old
  elif [ "$now" = "$new_manifest" ]; then echo new
  else echo mix
  fi
}

# For a mix: each file and whether it is the old one, the new one, neither or missing.
explain_mix() {
  manifest "$dir" > "$work/now.sha"
  awk '
    FILENAME == ARGV[1] { old[$2] = $1; names[$2] = 1; next }
    FILENAME == ARGV[2] { new[$2] = $1; names[$2] = 1; next }
    { now[$2] = $1; names[$2] = 1 }
    END {
      for (n in names) {
        what = !(n in now) ? "missing" : (now[n] == old[n] && now[n] == new[n]) ? "same in both" \
          : now[n] == old[n] ? "old" : now[n] == new[n] ? "new" : "neither (partial?)"
        printf "    %-20s %s\n", n, what
      }
    }' "$work/old.sha" "$work/new.sha" "$work/now.sha" | sort
}

# --- The two reference reports, and the timing of a clean run -----------------------------
corridor_run "$seed_old" "$work/err" || fail "the clean run failed: $(head -3 "$work/err")"
old_manifest="$(manifest "$dir")"
corridor_run "$seed_new" "$work/err" || fail "the clean run failed: $(head -3 "$work/err")"
new_manifest="$(manifest "$dir")"
[ -n "$old_manifest" ] || fail "the clean run wrote no files to $dir"
[ "$old_manifest" != "$new_manifest" ] || fail "seeds $seed_old and $seed_new give the same report"
cut -c67- <<<"$old_manifest" | diff -q - <(cut -c67- <<<"$new_manifest") >/dev/null ||
  fail "the old and new reports hold different sets of files"
printf '%s\n' "$old_manifest" > "$work/old.sha"
printf '%s\n' "$new_manifest" > "$work/new.sha"
files=$(wc -l < "$work/old.sha")
differing=$(diff "$work/old.sha" "$work/new.sha" | grep -c '^<' || true)

# Five clean runs, alternating seeds: their duration, and when the report files were written
# (modification times, relative to the start), which is where most kills should land.
durations=() write_starts=() write_ends=()
for k in 1 2 3 4 5; do
  seed=$([ $((k % 2)) -eq 1 ] && echo "$seed_old" || echo "$seed_new")
  start=$(now_ns)
  corridor_run "$seed" "$work/err" || fail "a clean run failed: $(head -3 "$work/err")"
  end=$(now_ns)
  [ "$(state)" = "$([ "$seed" = "$seed_old" ] && echo old || echo new)" ] ||
    fail "a clean run with seed $seed did not reproduce its reference report"
  durations+=("$(( (end - start) / 1000 ))")
  read -r first last < <(find "$dir" -type f -printf '%T@\n' | sort -n |
    awk -v s="$start" 'NR == 1 { a = $1 } { b = $1 } END { printf "%d %d\n", a * 1e6 - s / 1e3, b * 1e6 - s / 1e3 }')
  write_starts+=("$first") write_ends+=("$last")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
run_us=$(median "${durations[@]}")
write_from_us=$(median "${write_starts[@]}")
write_to_us=$(median "${write_ends[@]}")
# What starting `sleep` costs beyond its delay, taken off every delay.
start=$(now_ns); sleep 0.001; end=$(now_ns)
sleep_cost_us=$(( (end - start) / 1000 - 1000 ))
current=$([ "$seed" = "$seed_old" ] && echo old || echo new)
printf 'report-kill: %d files in a report (%d differ between seeds %d and %d); a clean run takes %.1f ms, writing its files from %.1f to %.1f ms (file times); delay seed %d\n' \
  "$files" "$differing" "$seed_old" "$seed_new" "$(bc <<<"scale=1; $run_us / 1000")" \
  "$(bc <<<"scale=1; $write_from_us / 1000")" "$(bc <<<"scale=1; $write_to_us / 1000")" "$KILL_SEED"

# A delay in seconds: a quarter uniform over the whole run, the rest around the writing phase
# (file times have a coarse clock, a few ms: from 8 ms before the first file's time to 8 ms
# after the last one's, within the run), less what starting `sleep` costs.
pick_delay() {
  awk -v r1="$RANDOM" -v r2="$RANDOM" -v run="$run_us" -v from="$write_from_us" \
    -v to="$write_to_us" -v cost="$sleep_cost_us" 'BEGIN {
      u = r2 / 32768
      if (r1 < 8192) d = u * run
      else {
        lo = from - 8000; if (lo < 0) lo = 0
        hi = to + 8000; if (hi > run) hi = run
        if (hi < lo) hi = lo
        d = lo + u * (hi - lo)
      }
      d -= cost; if (d < 0) d = 0
      printf "%.4f", d / 1e6
    }'
}

# --- Kills ----------------------------------------------------------------------------------
killed=0 finished=0 mixes=0 leftover_tries=0 next_failures=0
after_old=0 after_new=0
for try in $(seq "$tries"); do
  if [ "$current" = old ]; then target=new seed=$seed_new; else target=old seed=$seed_old; fi
  delay=$(pick_delay)
  "${corridor_cmd[@]}" "$seed" >/dev/null 2>"$work/killed.err" &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true   # our child, not yet waited for: the pid is still ours
  status=0
  { wait "$pid"; } 2>/dev/null || status=$?
  if [ "$status" -eq 137 ]; then killed=$((killed + 1))
  elif [ "$status" -eq 0 ]; then finished=$((finished + 1))
  else fail "try $try: the run exited $status before the kill: $(head -3 "$work/killed.err")"
  fi

  found=$(state)
  if [ "${VERBOSE:-0}" = 1 ]; then
    echo "try $try: delay $delay s, $([ "$status" -eq 137 ] && echo killed || echo finished), was $current, writing $target, found $found"
  fi
  case "$found" in
    old) after_old=$((after_old + 1)) ;;
    new) after_new=$((after_new + 1)) ;;
    mix)
      mixes=$((mixes + 1))
      if [ "$mixes" -le 3 ]; then
        echo "try $try: MIX after a kill at ${delay} s (was $current, writing $target):"
        explain_mix
      fi
      ;;
  esac

  # The next run, not killed, must succeed, give its report and clean up what the kill left.
  if ! corridor_run "$seed" "$work/next.err"; then
    next_failures=$((next_failures + 1))
    echo "try $try: the run after the kill failed: $(head -1 "$work/next.err")"
    current=$(state)
    continue
  fi
  [ "$(state)" = "$target" ] || {
    next_failures=$((next_failures + 1))
    echo "try $try: the run after the kill did not leave the complete $target report"
  }
  current=$target
  left=$(leftovers)
  if [ -n "$left" ]; then
    leftover_tries=$((leftover_tries + 1))
    if [ "$leftover_tries" -le 3 ]; then
      echo "try $try: left after the next run completed: $(tr '\n' ' ' <<<"$left")"
    fi
    # Clear them, so each try counts only its own.
    while IFS= read -r entry; do rm -rf "${parent:?}/$entry"; done <<<"$left"
  fi
done

# --- Two runs at once on the same folder ---------------------------------------------------
concurrent_ok=0
concurrent_results=()
for round in $(seq "$rounds"); do
  "${corridor_cmd[@]}" "$seed_old" >/dev/null 2>"$work/a.err" &
  a=$!
  "${corridor_cmd[@]}" "$seed_new" >/dev/null 2>"$work/b.err" &
  b=$!
  sa=0 sb=0
  wait "$a" || sa=$?
  wait "$b" || sb=$?
  found=$(state)
  verdict=FAIL
  if [ "$sa" -eq 0 ] && [ "$sb" -ne 0 ] && [ -s "$work/b.err" ] && [ "$found" = old ]; then
    verdict=OK
  elif [ "$sb" -eq 0 ] && [ "$sa" -ne 0 ] && [ -s "$work/a.err" ] && [ "$found" = new ]; then
    verdict=OK
  fi
  message=$(cat "$work/a.err" "$work/b.err" | grep -m1 . | cut -c1-100 || true)
  left=$(leftovers)
  [ -z "$left" ] || verdict=FAIL
  [ "$verdict" = OK ] && concurrent_ok=$((concurrent_ok + 1))
  concurrent_results+=("round $round: exits $sa and $sb, folder $found${left:+, left: $(tr '\n' ' ' <<<"$left")}, ${message:+message: $message; }$verdict")
  [ -z "$left" ] || while IFS= read -r entry; do rm -rf "${parent:?}/$entry"; done <<<"$left"
done

# --- Summary --------------------------------------------------------------------------------
echo
echo "report-kill summary"
echo "  tries:                  $tries ($killed killed, $finished finished before the kill)"
echo "  folder after the kill:  $after_old old, $after_new new, $mixes mixed or incomplete"
echo "  leftovers:              $leftover_tries tries left hidden temporary files after the next run"
echo "  run after a kill:       $next_failures failed or gave a wrong report"
echo "  concurrent runs:        $concurrent_ok of $rounds rounds with exactly one success"
printf '    %s\n' "${concurrent_results[@]}"
if [ "$mixes" -eq 0 ] && [ "$leftover_tries" -eq 0 ] && [ "$next_failures" -eq 0 ] &&
  [ "$concurrent_ok" -eq "$rounds" ]; then
  echo "  result: OK"
else
  echo "  result: FAIL"
  exit 1
fi
