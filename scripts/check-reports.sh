#!/usr/bin/env bash
# Acceptance check of the reports in every language: builds corridor (release) once, then for
# English, Russian and Turkish writes the calibrated baseline's report beside its observations
# and its comparison with digital-customs-2027, both dated 2026-11-30, and checks each brief with
# scripts/check-brief.sh (render, content, GeoJSON, overlapping labels, blank pages) and for
# the ids of named places, crossings and corridors in the text (codes belong in CSV files), each
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

# Lists the texts marked ⟦…⟧ in brief $1 into $2 and appends the check's line to results file
# $3; with the English brief of the same report as $4, also lists the passages of brief $1 that
# are word for word those of the English brief and read as English (two words or more, one of
# them a common English word): texts that never reach the phrasebook, which no mark can show.
# Those are counted in the detail but do not fail the check (titles of English sources are kept).
untranslated() {
  python3 - "$@" <<'PY'
import html, re, sys
from html.parser import HTMLParser
brief, listing, results = sys.argv[1:4]
english = sys.argv[4] if len(sys.argv) > 4 else ""


class Texts(HTMLParser):
    """The visible text passages of a page, whitespace collapsed."""
    def __init__(self):
        super().__init__()
        self.skip, self.found = 0, []
    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script")
    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script") and self.skip > 0
    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.skip:
            self.found.append(text)


def texts(path):
    parser = Texts()
    parser.feed(open(path, encoding="utf-8").read())
    return parser.found


COMMON = set("the of and to in by with for per at from is are on as or each its their than "
             "which not be this that all more no one".split())
page = html.unescape(open(brief, encoding="utf-8").read())
marks = re.findall(r"⟦(.*?)⟧", page, re.S)
unique = sorted(set(" ".join(m.split()) for m in marks))
leftovers = []
if english:
    source = set(texts(english))
    for text in texts(brief):
        plain = text.replace("⟦", "").replace("⟧", "")
        words = re.findall(r"(?<![\w-])[A-Za-z]+(?![\w-])", plain)  # not parts of ids like kz-rail
        if (plain in source and len(words) >= 2 and any(w.lower() in COMMON for w in words)
                and plain not in leftovers):
            leftovers.append(plain)
with open(listing, "w", encoding="utf-8") as out:
    out.write("".join(f"⟦{m}⟧\n" for m in unique))
    if english:
        out.write(f"\n# {len(leftovers)} passages word for word as in the English brief:\n")
        out.write("".join(f"{t}\n" for t in leftovers))
extra = f"; {len(leftovers)} passages as in the English brief" if english else ""
with open(results, "a", encoding="utf-8") as out:
    out.write(f"untranslated\t{'fail' if marks else 'pass'}\t{len(marks)} texts marked untranslated "
              f"({len(unique)} different){extra}; listed in {listing}\n")
    shown = 20
    out.writelines(f"untranslated\tproblem\t⟦{m}⟧\n" for m in unique[:shown])
    if len(unique) > shown:
        out.write(f"untranslated\tproblem\t… {len(unique) - shown} more in {listing}\n")
print(f"untranslated  {'FAIL' if marks else 'pass'}  {len(marks)} marked texts, {len(unique)} different{extra}")
for m in unique:
    print(f"    ⟦{m}⟧")
PY
}

# Appends to results file $2 whether brief $1 shows the id of a node, crossing or corridor that
# the scenario files name (ids belong in the CSV files only); the file list of the appendix,
# styles and tooltips are left out.
codes() {
  python3 -c "import yaml" 2>/dev/null || pip install -q pyyaml >&2
  python3 - "$@" "$base" "$variant" <<'PY'
import html, os, re, sys
import yaml
brief, results, *scenarios = sys.argv[1:]
ids, seen = set(), set()
while scenarios:
    path = scenarios.pop()
    if path in seen:
        continue
    seen.add(path)
    data = yaml.safe_load(open(path, encoding="utf-8")) or {}
    for key in ("nodes", "crossings", "corridors"):
        for entry in data.get(key) or []:
            if isinstance(entry, dict) and entry.get("name") and entry.get("name") != entry.get("id"):
                ids.add(str(entry["id"]))
    if data.get("extends"):
        scenarios.append(os.path.join(os.path.dirname(path), data["extends"]))
page = open(brief, encoding="utf-8").read().split("<h3>Scenario files")[0]
page = re.sub(r"<(style|title)>.*?</\1>", " ", page, flags=re.S)
text = html.unescape(re.sub(r"<[^>]+>", " ", page))
words = set(re.split(r"[^\w-]+", text))
found = sorted(ids & words)
with open(results, "a", encoding="utf-8") as out:
    out.write(f"codes\t{'fail' if found else 'pass'}\t{len(found)} of the scenario's {len(ids)} "
              "named ids in the brief's text\n")
    out.writelines(f"codes\tproblem\t{code}\n" for code in found)
print(f"codes         {'FAIL' if found else 'pass'}  {len(found)} of {len(ids)} named ids in the text"
      + (": " + ", ".join(found) if found else ""))
PY
}

checks=(report render content geojson labels pages codes untranslated workbook)
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
    codes "$dir/brief.html" "$results"
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
        english=()
        [[ -f "$work/$kind-en/brief.html" ]] && english=("$work/$kind-en/brief.html")
        untranslated "$marked/brief.html" "$work/$name-untranslated.txt" "$results" "${english[@]}"
      else
        printf 'untranslated\tfail\tthe marked run failed: see %s\n' "$work/logs/$name-marked.log" \
          >>"$results"
      fi
    else
      printf 'untranslated\tskip\tEnglish is the source language\n' >>"$results"
    fi
  done
done

# The table, then each failure with its problems: the last result line of a check in a results
# file is its result, and the problem lines after it are its problems.
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
            if status == "problem":
                found[check][2].append(detail)
            else:
                found[check] = (status, detail, [])
        cells = []
        for check in checks:
            status, detail, problems = found.get(check, ("skip", "", []))
            cells.append({"pass": "pass", "fail": "FAIL"}.get(status, "-"))
            if status == "fail":
                failed.append(f"{kind} {language} {check}: {detail}")
                failed += [f"    {problem}" for problem in problems]
        rows.append([kind, language] + cells)
header = ["report", "language"] + checks
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
print()
for row in [header, ["-" * w for w in widths]] + rows:
    print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
print()
for line in failed:
    print(line if line.startswith(" ") else f"FAIL {line}")
print(f"reports, logs, screenshots and printed briefs: {work}")
sys.exit(1 if failed else 0)
PY
