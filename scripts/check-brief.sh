#!/usr/bin/env bash
# Acceptance check of a report: the brief opens in a real browser, and the GIS layer parses.
#   - renders brief.html with headless Chromium (Debian package `chromium`, installed when
#     missing) to a PNG, and fails on a browser error or an empty picture;
#   - checks the rendered page holds the charts and the map (SVG elements drawn);
#   - parses network.geojson, when the folder has one, and checks every feature has a geometry.
# Usage: scripts/check-brief.sh [REPORT_FOLDER [PNG]]
#   (defaults: Reports/ots-calibrated-2025, and the picture in ${TMPDIR:-/tmp}/corridor-brief.png)
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-Reports/ots-calibrated-2025}"
brief="$folder/brief.html"
[[ -f "$brief" ]] || { echo "check-brief: no $brief; run scripts/run.sh first" >&2; exit 66; }

browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "check-brief: installing chromium (Debian package)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y chromium >&2; else sudo apt-get install -y chromium >&2; fi
  browser="$(command -v chromium)"
fi

png="${2:-${TMPDIR:-/tmp}/corridor-brief.png}"
dom="$(mktemp --suffix=.html)"
trap 'rm -f "$dom"' EXIT
url="file://$(realpath "$brief")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files)
# A page as tall as the brief, at about the width of A4 at 96 dpi.
timeout 120 "$browser" "${flags[@]}" --window-size=800,4200 --screenshot="$png" "$url" 2>/dev/null
timeout 120 "$browser" "${flags[@]}" --dump-dom "$url" >"$dom" 2>/dev/null

python3 - "$png" "$dom" "$folder/network.geojson" <<'PY'
import json, struct, sys, zlib
png, dom, geojson = sys.argv[1:4]
data = open(png, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
width, height = struct.unpack(">II", data[16:24])
# Decode the image to count non-white pixels: charts and map must have drawn something.
chunks, pos = [], 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT": chunks.append(data[pos + 8:pos + 8 + length])
    pos += 12 + length
raw = zlib.decompress(b"".join(chunks))
depth = data[24]; colour = data[25]
channels = {2: 3, 6: 4}[colour]
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
share = ink / (width * height)
assert share > 0.01, f"the rendered brief is almost blank ({share:.3%} ink)"
page = open(dom, encoding="utf-8").read()
svgs = page.count("<svg")
for needle in ["Key findings", "Time against distance", "Hours to clear", "line width by annual flow", "SHA-256"]:
    assert needle in page, f"the rendered page lacks '{needle}'"
assert svgs >= 3, f"only {svgs} SVG charts in the rendered page"
import os
layer = "no network.geojson (a comparison folder)"
if os.path.exists(geojson):
    features = json.load(open(geojson))["features"]
    missing = [f.get("properties", {}).get("id") for f in features if not (f.get("geometry") or {}).get("coordinates")]
    assert not missing, f"features without geometry: {missing[:5]}"
    layer = f"network.geojson: {len(features)} features, all with geometry"
print(f"brief.html rendered by Chromium: {width}x{height} px, {share:.1%} ink, {svgs} SVG charts; {layer}")
PY
echo "the rendered brief: $png"
