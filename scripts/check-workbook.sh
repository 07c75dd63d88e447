#!/usr/bin/env bash
# Acceptance check of a report's workbook: report.xlsx holds what the CSV files hold, and a
# real spreadsheet program opens it.
#   - reads report.xlsx with openpyxl (installed with pip when missing) and checks that every
#     CSV file of the folder has its sheet (named in the Sources sheet, the last one), with the
#     CSV column ids in its second row and, below, the same cells: a number within 1e-9
#     relative of the CSV's, the same text, a blank for an empty cell, and nothing more;
#   - converts the workbook to PDF with LibreOffice headless (Debian package
#     libreoffice-calc-nogui, installed when missing) and checks the PDF has at least a page
#     per sheet.
# Exits 1 with a message on the first kind of mismatch found (every mismatch is listed).
# Usage: scripts/check-workbook.sh [REPORT_FOLDER]   (default Reports/ots-calibrated-2025)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-Reports/ots-calibrated-2025}"
workbook="$folder/report.xlsx"
[[ -f "$workbook" ]] || { echo "check-workbook: no $workbook; run corridor run or compare first" >&2; exit 66; }

if ! python3 -c "import openpyxl" 2>/dev/null; then
  echo "check-workbook: installing openpyxl (pip)" >&2
  python3 -m pip install --quiet openpyxl >&2 || python3 -m pip install --quiet --user openpyxl >&2
fi

python3 - "$folder" <<'PY'
import csv, math, os, re, sys
import openpyxl

folder = sys.argv[1]
book = openpyxl.load_workbook(os.path.join(folder, "report.xlsx"))
sources = book.worksheets[-1]
problems = []
number = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")

# The Sources sheet names the sheet of each CSV file: sheet in column A, file in column B.
sheet_of = {}
for row in sources.iter_rows(values_only=True):
    if len(row) > 1 and isinstance(row[1], str) and row[1].endswith(".csv"):
        if row[0] not in book.sheetnames:
            problems.append(f"Sources names sheet {row[0]!r} for {row[1]}, and there is none")
        sheet_of[row[1]] = row[0]

files = sorted(name for name in os.listdir(folder) if name.endswith(".csv"))
for name in files:
    if name not in sheet_of:
        problems.append(f"{name} has no sheet in report.xlsx")
for name in sorted(set(sheet_of) - set(files)):
    problems.append(f"report.xlsx has a sheet for {name}, which is not in {folder}")
tables = [s for s in book.sheetnames[:-1] if s not in sheet_of.values()]
if tables:
    problems.append(f"sheets without a CSV file: {', '.join(tables)}")

def same(cell, text, where):
    if text == "":
        if cell is not None:
            problems.append(f"{where}: CSV empty, workbook {cell!r}")
    elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if not number.match(text):
            problems.append(f"{where}: CSV text {text!r}, workbook number {cell!r}")
        else:
            value = float(text)
            if abs(cell - value) > 1e-9 * max(abs(value), abs(cell)) and abs(cell - value) > 1e-300:
                problems.append(f"{where}: CSV {text}, workbook {cell!r}")
    elif cell != text:
        problems.append(f"{where}: CSV {text!r}, workbook {cell!r}")

cells = 0
for name in files:
    if name not in sheet_of or sheet_of[name] not in book.sheetnames:
        continue
    sheet = book[sheet_of[name]]
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    grid = [list(r) for r in sheet.iter_rows(values_only=True)]
    width = max([len(r) for r in rows] + [sheet.max_column])
    # Row 1: captions; row 2: CSV ids; then the data rows.
    if len(grid) != len(rows) + 1:
        problems.append(f"{name}: {len(rows) - 1} data rows, sheet {sheet.title!r} has {len(grid) - 2}")
    if any(c in (None, "") for c in (grid[0] if grid else [None])[: len(rows[0])]):
        problems.append(f"{name}: a column without a caption in sheet {sheet.title!r}")
    for r, row in enumerate(rows):
        line = grid[r + 1] if r + 1 < len(grid) else []
        for c in range(width):
            text = row[c] if c < len(row) else ""
            cell = line[c] if c < len(line) else None
            same(cell, text, f"{name} line {r + 1} column {c + 1} (sheet {sheet.title!r})")
            cells += 1

if problems:
    print("check-workbook: report.xlsx differs from the CSV files:", file=sys.stderr)
    for p in problems[:50]:
        print("  " + p, file=sys.stderr)
    if len(problems) > 50:
        print(f"  … and {len(problems) - 50} more", file=sys.stderr)
    sys.exit(1)
print(f"check-workbook: {len(files)} CSV files, {cells} cells, the same in report.xlsx")
PY

office="$(command -v soffice || command -v libreoffice || true)"
if [[ -z "$office" ]]; then
  echo "check-workbook: installing libreoffice-calc-nogui (Debian package)" >&2
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    libreoffice-calc-nogui >/dev/null
  office="$(command -v soffice || command -v libreoffice)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that a LibreOffice already open elsewhere does not take the job.
if ! timeout 300 "$office" -env:UserInstallation="file://$work/profile" --headless \
  --convert-to pdf --outdir "$work" "$workbook" >"$work/log" 2>&1; then
  echo "check-workbook: LibreOffice could not convert $workbook:" >&2
  cat "$work/log" >&2
  exit 1
fi
python3 - "$work/report.pdf" "$workbook" <<'PY'
import re, sys, zipfile
pdf_path, workbook = sys.argv[1:3]
try:
    pdf = open(pdf_path, "rb").read()
except OSError:
    sys.exit("check-workbook: LibreOffice wrote no PDF of " + workbook)
if not pdf.startswith(b"%PDF"):
    sys.exit("check-workbook: the conversion of " + workbook + " is not a PDF")
pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
sheets = len(re.findall(rb"<sheet ", zipfile.ZipFile(workbook).read("xl/workbook.xml")))
if pages < sheets:
    sys.exit(f"check-workbook: the PDF of {workbook} has {pages} pages for {sheets} sheets")
print(f"check-workbook: LibreOffice opens report.xlsx: {sheets} sheets, {pages} PDF pages")
PY
