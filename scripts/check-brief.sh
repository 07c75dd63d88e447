#!/usr/bin/env bash
# Acceptance check of a report's brief, as a reader gets it: on screen and printed on A4.
#   render        brief.html renders in headless Chromium (Debian package `chromium`) to a
#                 picture that is not blank;
#   content       the rendered page has its sections, at least 3 SVG figures that each draw
#                 something, the map, and the appendix's SHA-256 fingerprints (in English
#                 also the usual headings);
#   geojson       network.geojson, when the folder has one, parses and every feature has a geometry;
#   labels        no two <text> of the same SVG overlap by more than 1 px both across and down,
#                 and no <text> sticks out of its SVG by more than 1 px (measured in the laid-out
#                 page by a script injected into a temporary copy of the brief);
#   pages         printed to PDF (A4, the brief's @page), no page but the last is mostly blank,
#                 and the last page holds more than a few lines (rasterized with pdftoppm,
#                 text read with pdftotext, Debian package `poppler-utils`);
#   untranslated  no text marked untranslated (⟦…⟧, written when the report was made with
#                 CORRIDOR_MARK_UNTRANSLATED=1).
# Every check runs; each failure is printed with what to look at, and the exit status is 1 when
# one failed (66 when there is no brief, 69 when the browser cannot run).
# Usage: scripts/check-brief.sh [REPORT_FOLDER [PNG]]
#   (defaults: Reports/ots-calibrated-2025, and the picture in ${TMPDIR:-/tmp}/corridor-brief.png;
#   the printed brief is left beside it as .pdf). With CHECK_BRIEF_RESULTS=FILE, one line per
#   check, "CHECK<TAB>pass|fail<TAB>DETAIL", each followed by its problems as
#   "CHECK<TAB>problem<TAB>TEXT", is appended to FILE (scripts/check-reports.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-Reports/ots-calibrated-2025}"
brief="$folder/brief.html"
[[ -f "$brief" ]] || { echo "check-brief: no $brief; run scripts/run.sh first" >&2; exit 66; }

install() { # Debian package $1
  echo "check-brief: installing $1 (Debian package)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y "$1" >&2; else sudo apt-get install -y "$1" >&2; fi
}
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then install chromium; browser="$(command -v chromium)"; fi
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || install poppler-utils

png="${2:-${TMPDIR:-/tmp}/corridor-brief.png}"
pdf="${png%.png}.pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Injected at the end of a copy of the brief: once the page is loaded and its fonts are ready,
# measures every top-level SVG and its texts (getBoundingClientRect, CSS px) and writes the result
# as JSON into a <script type="application/json">, which is never displayed: the layout measured
# is the brief's own.
export CHECK_BRIEF_MEASURE_JS="$(cat <<'JS'
(function () {
  function own(text) { // the text of a <text>, without the tooltips of <title> children
    return Array.from(text.childNodes).filter(function (n) { return n.nodeName !== 'title'; })
      .map(function (n) { return n.textContent; }).join('').replace(/\s+/g, ' ').trim();
  }
  function rect(el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
  function measure() {
    var result = { lang: document.documentElement.lang || '', headings: [], forced: [], svgs: [] };
    var heading = '';
    document.querySelectorAll('h2, svg').forEach(function (el) {
      if (el.tagName.toLowerCase() === 'h2') {
        heading = el.textContent.replace(/\s+/g, ' ').trim();
        result.headings.push(heading);
        var block = el.closest('section') || el;
        if (/page|always|left|right/.test(getComputedStyle(block).breakBefore)) result.forced.push(heading);
        return;
      }
      if (el.ownerSVGElement) return;
      var figure = el.closest('figure');
      var caption = figure && figure.querySelector('figcaption');
      var texts = [];
      el.querySelectorAll('text').forEach(function (t) {
        var box = rect(t), s = own(t);
        if (s && box[2] > box[0] && box[3] > box[1]) texts.push({ text: s, box: box });
      });
      var drawn = 0;
      el.querySelectorAll('path, line, rect, circle, ellipse, polyline, polygon, text').forEach(function (s) {
        var box = rect(s);
        if (box[2] > box[0] || box[3] > box[1]) drawn += 1;
      });
      result.svgs.push({
        index: result.svgs.length, heading: heading, label: el.getAttribute('aria-label') || '',
        caption: caption ? caption.textContent.replace(/\s+/g, ' ').trim() : '',
        box: rect(el), texts: texts, drawn: drawn,
        map: el.classList.contains('corridor-map')
          || el.querySelector('.rail, .road, .water, .gained, .lost') !== null
      });
    });
    // Blocks wider than the page's text column: printed on A4, their right part is cut off.
    var page = document.body.getBoundingClientRect();
    var section = '';
    result.wide = [];
    document.querySelectorAll('h2, table, figure, p, svg').forEach(function (el) {
      if (el.tagName.toLowerCase() === 'h2') { section = el.textContent.replace(/\s+/g, ' ').trim(); return; }
      if (el.ownerSVGElement) return;
      var over = el.getBoundingClientRect().right - page.right;
      if (over > 1) result.wide.push({ tag: el.tagName.toLowerCase(), heading: section, over: over });
    });
    var out = document.createElement('script');
    out.type = 'application/json';
    out.id = 'corridor-check-result';
    out.textContent = JSON.stringify(result).replace(/</g, '\\u003c');
    document.body.appendChild(out);
  }
  window.addEventListener('load', function () {
    document.fonts.ready.then(measure); // getBoundingClientRect lays the page out first
  });
})();
JS
)"

python3 - "$browser" "$folder" "$png" "$pdf" "$work" "${CHECK_BRIEF_RESULTS:-}" <<'PY'
import glob, html, json, os, pathlib, re, struct, subprocess, sys, zlib

browser, folder, png, pdf, work, results_file = sys.argv[1:7]
brief = os.path.realpath(os.path.join(folder, "brief.html"))
url = pathlib.Path(brief).as_uri()
MEASURE_JS = os.environ["CHECK_BRIEF_MEASURE_JS"]
FLAGS = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--allow-file-access-from-files", "--no-first-run", "--no-default-browser-check",
         f"--user-data-dir={work}/profile"]
results = []  # (check, passed, detail, problems)


def record(check, passed, detail, problems=()):
    results.append((check, passed, detail, problems))
    print(f"{check:<13} {'pass' if passed else 'FAIL'}  {detail}")
    for line in problems:
        print(f"    {line}")


def browse(*args, output=None):
    """Runs Chromium on `args`; returns its stdout, or stops with exit 69 on failure."""
    try:
        run = subprocess.run(FLAGS + list(args), capture_output=True, timeout=180)
    except subprocess.TimeoutExpired:
        sys.exit(f"check-brief: chromium did not finish within 180 s: {' '.join(args)}")
    if run.returncode != 0 or (output and not os.path.exists(output)):
        err = run.stderr.decode(errors="replace").strip().splitlines()[-5:]
        print(f"check-brief: chromium failed ({run.returncode}) on {' '.join(args)}:", *err,
              sep="\n  ", file=sys.stderr)
        sys.exit(69)
    return run.stdout.decode("utf-8", errors="replace")


def png_ink_share(path):
    """The share of pixels of a PNG darker than light grey."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    chunks, pos = [], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            chunks.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    channels = {2: 3, 6: 4}[data[25]]
    stride = width * channels
    ink, prev, i = 0, bytearray(stride), 0
    for _ in range(height):
        f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]; c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        ink += sum(1 for x in range(0, stride, channels) if min(line[x:x + 3]) < 200)
        prev = line
    return width, height, ink / (width * height)


def measure():
    """Lays out a copy of the brief with MEASURE_JS and returns what the script measured."""
    page = open(brief, encoding="utf-8").read()
    base = '<base href="' + html.escape(pathlib.Path(os.path.dirname(brief)).as_uri()) + '/">'
    page = re.sub(r"<head>", "<head>" + base, page, count=1)
    script = "<script>" + MEASURE_JS + "</script>"
    page = page.replace("</body>", script + "</body>", 1) if "</body>" in page else page + script
    copy = os.path.join(work, "measured.html")
    open(copy, "w", encoding="utf-8").write(page)
    # The width of A4 less the brief's margins at 96 px per inch is 688 px; the body is
    # 182 mm wide at most, so at 800 px the page is laid out as printed.
    for budget in (5000, 30000):  # virtual ms; a second try on a busy machine
        dom = browse("--window-size=800,1200", f"--virtual-time-budget={budget}", "--dump-dom",
                     pathlib.Path(copy).as_uri())
        found = re.search(r'<script type="application/json" id="corridor-check-result">(.*?)</script>',
                          dom, re.S)
        if found:
            break
    if not found:
        sys.exit("check-brief: the injected measuring script wrote no result; is JavaScript "
                 "blocked or did the page fail to load?")
    return dom, json.loads(found.group(1))


def svg_name(svg):
    where = svg["heading"] or "(before any heading)"
    what = svg["caption"] or svg["label"] or f"SVG {svg['index'] + 1}"
    return f"«{where}» › «{what}»"


def box_text(b, svg):
    """A box in px from the top left corner of its SVG."""
    x, y = svg["box"][0], svg["box"][1]
    return f"[{b[0] - x:.1f},{b[1] - y:.1f} – {b[2] - x:.1f},{b[3] - y:.1f}]"


def check_labels(svgs):
    """Overlapping texts within one SVG, and texts outside their SVG, by SVG."""
    tolerance = 1.0  # px: anti-aliased edges of boxes that merely touch
    problems, overlaps, outside = [], 0, 0
    for svg in svgs:
        texts, (left, top, right, bottom) = svg["texts"], svg["box"]
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                across = min(a["box"][2], b["box"][2]) - max(a["box"][0], b["box"][0])
                down = min(a["box"][3], b["box"][3]) - max(a["box"][1], b["box"][1])
                if across > tolerance and down > tolerance:
                    overlaps += 1
                    problems.append(f"{svg_name(svg)}: «{a['text']}» {box_text(a['box'], svg)} overlaps "
                                    f"«{b['text']}» {box_text(b['box'], svg)} by {across:.1f}×{down:.1f} px")
            x0, y0, x1, y1 = a["box"]
            out = max(left - x0, top - y0, x1 - right, y1 - bottom)
            if out > tolerance:
                outside += 1
                problems.append(f"{svg_name(svg)}: «{a['text']}» {box_text(a['box'], svg)} sticks out of "
                                f"its SVG {box_text(svg['box'], svg)} by {out:.1f} px")
    count = sum(len(s["texts"]) for s in svgs)
    detail = (f"{count} texts in {len(svgs)} SVGs: {overlaps} overlapping pairs, "
              f"{outside} texts outside their SVG (boxes in px from the SVG's top left)")
    return not problems, detail, problems


def pgm(path):
    """Width, height and grey bytes of a binary PGM written by pdftoppm -gray."""
    data = open(path, "rb").read()
    fields = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    return width, height, data[fields.end():fields.end() + width * height]


def page_margins_mm(page):
    """Top and bottom margins of the brief's @page rule, in mm (15 mm when not found)."""
    rule = re.search(r"@page\s*{[^}]*?margin:\s*([\d.]+)mm(?:\s+([\d.]+)mm(?:\s+([\d.]+)mm)?)?", page)
    if not rule:
        return 15.0, 15.0
    top = float(rule.group(1))
    return top, float(rule.group(3) or top)


def check_pages(headings, forced):
    # Printed as the reader prints it: A4 from the brief's @page, no browser header or footer.
    browse("--no-pdf-header-footer", f"--print-to-pdf={pdf}", url, output=pdf)
    dpi = 50  # a 9.5 pt line of text is about 7 px high: enough to see where the ink ends
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(work, "page")], check=True)
    pages = sorted(glob.glob(os.path.join(work, "page-*.pgm")))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True,
                          text=True).stdout.split("\f")
    top_mm, bottom_mm = page_margins_mm(open(brief, encoding="utf-8").read())
    # "Mostly blank": the content of a page (its lowest inked row, a pixel darker than 200 of
    # 255; table rules and shaded headers are lighter) ends above half of the printable height.
    # The brief keeps figures, table rows and a heading with what follows whole, so a page
    # normally ends with a gap no taller than the block pushed to the next page; a gap of more
    # than half the page (about 134 mm of A4's 267) means a block taller than half a page was
    # pushed over, and a reader takes the half-empty page for missing content: the block or the
    # order must change. A page followed by a section the brief starts on a new page by design
    # (CSS break-before: page, as the map and the appendix) is not counted, but listed. The
    # last page fails when its content ends within the first 10 % of the printable height
    # (about 27 mm, five lines of body text): lines that belong on the previous page, a sheet
    # printed for nothing in a meeting pack.
    least_full, least_last = 0.50, 0.10
    norm = lambda s: " ".join(s.split())
    lines_of = lambda n: [norm(l) for l in (text[n - 1] if n <= len(text) else "").splitlines() if l.strip()]
    fills, problems, notes = [], [], []
    current = "(before the first heading)"  # the last section heading printed so far
    for number, path in enumerate(pages, start=1):
        width, height, grey = pgm(path)
        px_per_mm = height / 297.0 if height > width else height / 210.0
        top, bottom = top_mm * px_per_mm, height - bottom_mm * px_per_mm
        inked = [y for y in range(height) if min(grey[y * width:(y + 1) * width]) < 200]
        fill = max(0.0, (inked[-1] + 1 - top) / (bottom - top)) if inked else 0.0
        fills.append(fill)
        lines = lines_of(number)
        for line in lines:
            current = next((h for h in headings if line == norm(h) or line.startswith(norm(h) + " ")),
                           current)
        last = number == len(pages)
        limit = least_last if last else least_full
        if fill >= limit:
            continue
        following = lines_of(number + 1) if not last else []
        ends = f"ends with «{lines[-1][:90]}»" if lines else "has no text"
        then = f"; page {number + 1} starts with «{following[0][:90]}»" if following else ""
        kind = "last page holds almost nothing" if last else "mostly blank"
        message = (f"page {number} of {len(pages)} {kind}: content fills {fill:.0%} of the printable "
                   f"height (at least {limit:.0%} needed), in section «{current}»; it {ends}{then}")
        by_design = following and any(following[0] == norm(h) for h in forced)
        (notes if by_design else problems).append(
            message + (" (a section that starts a new page by design; not counted)" if by_design else ""))
    detail = f"{len(pages)} A4 pages, filled " + " ".join(f"{f:.0%}" for f in fills)
    return not problems, detail, problems + notes


def check_content(dom, measured):
    problems = []
    svgs = measured["svgs"]
    empty = [svg_name(s) for s in svgs if s["drawn"] == 0 or s["box"][2] - s["box"][0] < 10]
    problems += [f"SVG draws nothing: {name}" for name in empty]
    if len(svgs) < 3:
        problems.append(f"only {len(svgs)} SVG figures in the rendered page (at least 3 expected)")
    if not any(s["map"] for s in svgs):
        problems.append("no map (an SVG with rail, road or water lines) in the rendered page")
    for wide in measured.get("wide", []):
        problems.append(f"a {wide['tag']} in section «{wide['heading']}» is {wide['over']:.0f} px wider "
                        "than the page's text column (cut off when printed)")
    if len(measured["headings"]) < 5:
        problems.append(f"only {len(measured['headings'])} section headings (at least 5 expected)")
    if not re.search(r"\b[0-9a-f]{64}\b", dom):
        problems.append("no SHA-256 fingerprint of a scenario file (the appendix is missing)")
    if measured["lang"] == "en":
        # A comparison maps the flow each what-if gains and loses; a run, the flows.
        flows = ("flow gained and lost" if "Comparison with the base" in dom
                 else "line width by annual flow")
        for needle in ["Key findings", "Time and cost against distance", "Hours to clear",
                       flows, "SHA-256"]:
            if needle not in dom:
                problems.append(f"the rendered page lacks '{needle}'")
    detail = (f"{len(svgs)} SVG figures, {len(measured['headings'])} sections, "
              f"language {measured['lang'] or '?'}")
    return not problems, detail, problems


def check_geojson():
    path = os.path.join(folder, "network.geojson")
    if not os.path.exists(path):
        return True, "no network.geojson (a comparison folder)", []
    try:
        features = json.load(open(path, encoding="utf-8"))["features"]
    except (ValueError, KeyError) as error:
        return False, f"network.geojson does not parse: {error}", []
    missing = [f.get("properties", {}).get("id") for f in features
               if not (f.get("geometry") or {}).get("coordinates")]
    if missing:
        return False, f"{len(missing)} features without geometry", [f"e.g. {missing[:5]}"]
    return True, f"network.geojson: {len(features)} features, all with geometry", []


def check_untranslated():
    marks = re.findall(r"⟦(.*?)⟧", html.unescape(open(brief, encoding="utf-8").read()), re.S)
    unique = sorted(set(" ".join(m.split()) for m in marks))
    detail = f"{len(marks)} texts marked untranslated ({len(unique)} different)"
    return not marks, detail, [f"⟦{m}⟧" for m in unique]


print(f"check-brief: {brief}")
browse("--window-size=800,4200", f"--screenshot={png}", url, output=png)
width, height, share = png_ink_share(png)
record("render", share > 0.01, f"{width}x{height} px screenshot, {share:.1%} ink ({png})")
dom, measured = measure()
record("content", *check_content(dom, measured))
record("geojson", *check_geojson())
record("labels", *check_labels(measured["svgs"]))
record("pages", *check_pages(measured["headings"], measured["forced"]))
record("untranslated", *check_untranslated())
print(f"the printed brief: {pdf}")
if results_file:
    with open(results_file, "a", encoding="utf-8") as out:
        for check, passed, detail, problems in results:
            out.write(f"{check}\t{'pass' if passed else 'fail'}\t{detail}\n")
            out.writelines(f"{check}\tproblem\t{line}\n" for line in problems)
sys.exit(0 if all(passed for _, passed, _, _ in results) else 1)
PY
