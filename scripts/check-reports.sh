#!/usr/bin/env bash
# Acceptance check of the reports in every language: builds corridor (release) once, then for
# English, Russian and Turkish writes the calibrated baseline's report beside its observations
# and its comparison with digital-customs-2027, both dated 2026-11-30, and checks each brief with
# scripts/check-brief.sh (render, content, GeoJSON, overlapping labels, blank pages), each
# workbook with scripts/check-workbook.sh when the folder has report.xlsx and that script exists,
# and, in Russian and Turkish, that no text is left untranslated: the same report is written
# again with CORRIDOR_MARK_UNTRANSLATED=1, which marks every text without a translation ⟦…⟧, and
# the marks are listed. The briefs checked for layout are the unmarked ones, as shipped.
# Ends with a table report × language × check (pass, FAIL, or - when it does not apply) and
# exits 1 when a check failed. About 10 to 20 minutes (ten runs of the scenario).
# Usage: scripts/check-reports.sh [WORK_FOLDER]
#   WORK_FOLDER (default: a new temporary folder) receives the reports, logs, screenshots and
#   printed briefs, and is kept. CHECK_LANGUAGES="en ru tr" chooses the languages.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
scripts/setup.sh || exit 69
swift build -c release --product corridor >&2 || exit 70
bin="$(swift build -c release --show-bin-path)/corridor"

work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/corridor-check-reports.XXXXXX")}"
mkdir -p "$work/logs"
work="$(realpath "$work")"
read -r -a languages <<<"${CHECK_LANGUAGES:-en ru tr}"
base=Scenarios/ots-calibrated-2025.yaml
variant=Scenarios/digital-customs-2027.yaml
observations=Scenarios/observations/ots-2025.yaml
date=2026-11-30

# Writes report $1 (run|compare) in language $2 into folder $3; the output goes to $4.
write_report() {
  local kind="$1" language="$2" out="$3" log="$4"
  rm -rf "$out"
  if [[ "$kind" == run ]]; then
    "$bin" run "$base" --observations "$observations" --language "$language" --out "$out" \
      --date "$date" >"$log" 2>&1
  else
    "$bin" compare "$base" "$variant" --observations "$observations" --language "$language" \
      --out "$out" --date "$date" >"$log" 2>&1
  fi
}

# Lists the texts marked ⟦…⟧ in brief $1 into $2; appends the check's line to results file $3.
untranslated() {
  python3 - "$1" "$2" "$3" <<'PY'
import html, re, sys
brief, listing, results = sys.argv[1:4]
marks = re.findall(r"⟦(.*?)⟧", html.unescape(open(brief, encoding="utf-8").read()), re.S)
unique = sorted(set(" ".join(m.split()) for m in marks))
open(listing, "w", encoding="utf-8").write("".join(f"⟦{m}⟧\n" for m in unique))
with open(results, "a", encoding="utf-8") as out:
    out.write(f"untranslated\t{'fail' if marks else 'pass'}\t{len(marks)} texts marked untranslated "
              f"({len(unique)} different), listed in {listing}\n")
print(f"untranslated  {'FAIL' if marks else 'pass'}  {len(marks)} marked texts, {len(unique)} different")
for m in unique:
    print(f"    ⟦{m}⟧")
PY
}

checks=(report render content geojson labels pages untranslated workbook)
for language in "${languages[@]}"; do
  for kind in run compare; do
    name="$kind-$language"
    dir="$work/$name"
    results="$work/$name.tsv"
    : >"$results"
    echo "== $kind in $language: $dir" >&2
    if ! write_report "$kind" "$language" "$dir" "$work/logs/$name.log"; then
      printf 'report\tfail\tcorridor %s failed: see %s\n' "$kind" "$work/logs/$name.log" >>"$results"
      tail -5 "$work/logs/$name.log" >&2
      continue
    fi
    printf 'report\tpass\t%s\n' "$dir" >>"$results"
    CHECK_BRIEF_RESULTS="$results" scripts/check-brief.sh "$dir" "$work/$name.png" \
      | tee "$work/logs/$name-brief.txt" || true
    if [[ -f "$dir/report.xlsx" && -x scripts/check-workbook.sh ]]; then
      if scripts/check-workbook.sh "$dir" >"$work/logs/$name-workbook.txt" 2>&1; then
        printf 'workbook\tpass\t%s\n' "$dir/report.xlsx" >>"$results"
      else
        printf 'workbook\tfail\tsee %s\n' "$work/logs/$name-workbook.txt" >>"$results"
        tail -20 "$work/logs/$name-workbook.txt"
      fi
    fi
    if [[ "$language" != en ]]; then
      marked="$work/$name-marked"
      if CORRIDOR_MARK_UNTRANSLATED=1 write_report "$kind" "$language" "$marked" \
        "$work/logs/$name-marked.log"; then
        untranslated "$marked/brief.html" "$work/$name-untranslated.txt" "$results"
      else
        printf 'untranslated\tfail\tthe marked run failed: see %s\n' "$work/logs/$name-marked.log" \
          >>"$results"
      fi
    else
      printf 'untranslated\tskip\tEnglish is the source language\n' >>"$results"
    fi
  done
done

# The table: the last line of a check in a results file is its result.
python3 - "$work" "${checks[*]}" "${languages[*]}" <<'PY'
import os, sys
work, checks, languages = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
rows, failed = [], []
for language in languages:
    for kind in ("run", "compare"):
        name = f"{kind}-{language}"
        found = {}
        path = os.path.join(work, f"{name}.tsv")
        for line in open(path, encoding="utf-8") if os.path.exists(path) else []:
            check, status, detail = line.rstrip("\n").split("\t", 2)
            found[check] = (status, detail)
        cells = []
        for check in checks:
            status, detail = found.get(check, ("skip", ""))
            cells.append({"pass": "pass", "fail": "FAIL"}.get(status, "-"))
            if status == "fail":
                failed.append(f"{kind} {language} {check}: {detail}")
        rows.append([kind, language] + cells)
header = ["report", "language"] + checks
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
print()
for row in [header, ["-" * w for w in widths]] + rows:
    print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
print()
for line in failed:
    print(f"FAIL {line}")
print(f"reports, logs, screenshots and printed briefs: {work}")
sys.exit(1 if failed else 0)
PY
