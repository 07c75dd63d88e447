#!/usr/bin/env python3
"""Makes the brief map's base layer from Natural Earth 1:50m admin-0 countries.

Usage: scripts/make-basemap.py [--out Sources/CorridorReports/Map/Basemap]

Natural Earth is public domain. Its 1:50m countries come here from Debian's package
r-cran-rnaturalearthdata (fetched with `apt-get download`, unpacked with `dpkg-deb -x`),
where they are stored as R objects in a lazy-load database; the PyPI package `rdata`
(`pip install rdata==1.1.0`) reads R's serialization format.

The script keeps the countries that touch the cut box (the OTS scenario's main cluster of
nodes with a margin, see BOX), finds the borders (edges that run along another country)
and the coastline (the other edges, which include the Caspian shore: Natural Earth leaves
the Caspian out of every country), simplifies each border or coast arc with Douglas-Peucker
(once for an arc two countries share exactly, so that they stay joined), clips to the box,
rounds to 0.01 degree and writes `basemap.txt`:

    corridor-basemap 1
    box WEST SOUTH EAST NORTH          the cut box, degrees
    focus WEST SOUTH EAST NORTH        the region the map frames, degrees
    unit 0.01                          degrees per coordinate step
    C ADM0_A3 ISO_A2 NAME              a country; its rings follow
    R x y dx dy dx dy ...              an outer ring (first point absolute, then steps)
    H x y dx dy ...                    a hole of the country above
    B x y dx dy ...                    a border line between two countries
    S x y dx dy ...                    a coastline or shore line

Lines starting with `#` are comments. The output is the same bytes for the same package.
"""

import argparse
import gzip
import lzma
import math
import os
import subprocess
import sys
import tempfile
import warnings

PACKAGE = "r-cran-rnaturalearthdata"
# The region the map frames: the OTS scenario's nodes but the far ends (Duisburg, Xi'an,
# Lianyungang, Nhava Sheva), which the map names at its edge.
FOCUS = (20.0, 24.0, 92.0, 60.0)  # west, south, east, north (degrees)
# The cut box: the region with room for the corners of a conic map of it.
BOX = (12.0, 18.0, 102.0, 64.0)
TOLERANCE = 0.02  # Douglas-Peucker tolerance, degrees (about 2 km; 0.3 px at A4 scale)
UNIT = 0.01  # output grid, degrees
MIN_RING_AREA = 0.02  # square degrees; smaller islands are left out
CELL = 0.5  # degrees, grid of the edge index
SHARED = 0.02  # degrees: an edge this close to another country is a border


def fetch(workdir):
    """Downloads and unpacks the Debian package; returns its version and data folder."""
    subprocess.run(["apt-get", "download", PACKAGE], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    deb = next(f for f in sorted(os.listdir(workdir)) if f.endswith(".deb"))
    subprocess.run(["dpkg-deb", "-x", deb, "root"], cwd=workdir, check=True)
    version = deb.split("_")[1]
    return version, os.path.join(workdir, "root/usr/lib/R/site-library/rnaturalearthdata/data")


def r_object(folder, name):
    """One object of an R lazy-load database (Rdata.rdx index, Rdata.rdb xz chunks)."""
    import rdata
    with open(os.path.join(folder, "Rdata.rdx"), "rb") as f:
        index = rdata.conversion.convert(rdata.parser.parse_data(gzip.decompress(f.read())))
    offset, length = (int(v) for v in index["variables"][name])
    with open(os.path.join(folder, "Rdata.rdb"), "rb") as f:
        f.seek(offset)
        chunk = f.read(length)
    if chunk[4:5] != b"Z":
        sys.exit(f"{name}: expected an xz chunk, found type {chunk[4:5]!r}")
    raw = lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=[
        {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}]).decompress(chunk[5:])
    return plain(rdata.parser.parse_data(raw).object)


def plain(o):
    """An R object as Python: pairlists and S4 objects as dicts, vectors as lists."""
    from rdata.parser import RObjectType as T
    if o.info.type == T.REF:
        o = o.referenced_object
    t = o.info.type
    attributes = plain(o.attributes) if o.attributes is not None else {}
    if t == T.LIST:
        out = {}
        while o is not None and o.info.type == T.LIST:
            tag = o.tag.referenced_object if o.tag is not None and o.tag.info.type == T.REF else o.tag
            key = plain(tag.value) if tag is not None and tag.info.type == T.SYM else str(len(out))
            out[key] = plain(o.value[0])
            o = o.value[1]
        return out
    if t == T.SYM:
        return plain(o.value)
    if t == T.CHAR:
        return None if o.value is None else o.value.decode("utf-8", "replace")
    if t == T.S4:
        return attributes
    if t == T.VEC:
        items = [plain(c) for c in o.value]
        return dict(zip(attributes["names"], items)) if "names" in attributes else items
    if t == T.STR:
        return [plain(c) for c in o.value]
    if t in (T.REAL, T.INT, T.LGL):
        values = [float(v) for v in o.value]
        if "dim" in attributes:  # column-major matrix of points: x column, then y column
            rows = int(attributes["dim"][0])
            return list(zip(values[:rows], values[rows:]))
        if "levels" in attributes:
            return [attributes["levels"][int(i) - 1] if i > 0 else None for i in values]
        return values
    return None


def countries(folder):
    """(adm0_a3, iso_a2, name, [(is_hole, ring)]) for each country touching the box."""
    layer = r_object(folder, "countries50")
    data = layer["data"]
    out = []
    for i, polygons in enumerate(layer["polygons"]):
        rings = [(bool(p["hole"][0]), [tuple(pt) for pt in p["coords"]])
                 for p in polygons["Polygons"]]
        xs = [x for _, r in rings for x, _ in r]
        ys = [y for _, r in rings for _, y in r]
        if max(xs) < BOX[0] or min(xs) > BOX[2] or max(ys) < BOX[1] or min(ys) > BOX[3]:
            continue
        out.append((data["adm0_a3"][i], data["iso_a2"][i], data["name"][i], rings))
    return sorted(out)


def douglas_peucker(points, tolerance):
    """The indices Douglas-Peucker keeps of `points` (first and last always)."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        length = math.hypot(bx - ax, by - ay)
        best, far = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > best:
                best, far = d, i
        if far >= 0 and best > tolerance:
            keep.add(far)
            stack += [(a, far), (far, b)]
    return sorted(keep)


def segment_index(shapes):
    """Every ring edge, filed by the grid cells (CELL degrees) its bounding box touches."""
    cells = {}
    for code, _, _, rings in shapes:
        for _, ring in rings:
            for p, q in zip(ring, ring[1:]):
                for cx in range(math.floor((min(p[0], q[0]) - SHARED) / CELL),
                                math.floor((max(p[0], q[0]) + SHARED) / CELL) + 1):
                    for cy in range(math.floor((min(p[1], q[1]) - SHARED) / CELL),
                                    math.floor((max(p[1], q[1]) + SHARED) / CELL) + 1):
                        cells.setdefault((cx, cy), []).append((code, p, q))
    return cells


def distance(point, p, q):
    """The distance from `point` to the segment p-q, in degrees."""
    (x, y), (ax, ay), (bx, by) = point, p, q
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy)
                                               / (dx * dx + dy * dy)))
    return math.hypot(x - ax - t * dx, y - ay - t * dy)


def neighbour(cells, code, p, q):
    """The country (other than `code`) whose boundary runs along the edge p-q, or None.

    Natural Earth's neighbours do not always share vertices, so an edge is a border when
    its middle lies within SHARED degrees of another country's boundary."""
    middle = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
    cell = (math.floor(middle[0] / CELL), math.floor(middle[1] / CELL))
    best, owner = SHARED, None
    for other, a, b in cells.get(cell, []):
        if other != code:
            d = distance(middle, a, b)
            if d < best or (d == best and owner is not None and other < owner):
                best, owner = d, other
    return owner


def runs(ring, sides):
    """A closed ring cut where the country on the other side changes: (side, points)."""
    edges = len(ring) - 1
    cuts = [i for i in range(edges) if sides[i] != sides[i - 1]] or [0]
    out = []
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else edges + cuts[0]
        out.append((sides[start], [ring[i % edges] for i in range(start, end + 1)]))
    return out


def canonical(arc):
    """An arc in one fixed direction, so both countries sharing it simplify it alike."""
    return min(tuple(arc), tuple(reversed(arc)))


def simplify(shapes):
    """Countries with simplified rings, and the border and coast lines."""
    cells = segment_index(shapes)
    kept = {}
    borders, coasts = [], []
    out = []
    for code, iso, name, rings in shapes:
        simple = []
        for hole, ring in rings:
            sides = [neighbour(cells, code, p, q) for p, q in zip(ring, ring[1:])]
            points = []
            for side, arc in runs(ring, sides):
                key = canonical(arc)
                if key not in kept:
                    kept[key] = [key[i] for i in douglas_peucker(list(key), TOLERANCE)]
                line = kept[key] if key == tuple(arc) else list(reversed(kept[key]))
                points += line[:-1]
                if side is None:
                    coasts.append(line)
                elif code < side:
                    borders.append(line)
            if len(points) >= 3:
                simple.append((hole, points + points[:1]))
        out.append((code, iso, name, simple))
    return out, sorted(borders), sorted(coasts)


def clip_ring(ring):
    """Sutherland-Hodgman clipping of a closed ring to the box."""
    west, south, east, north = BOX
    edges = [(0, west, True), (0, east, False), (1, south, True), (1, north, False)]
    points = ring[:-1]
    for axis, value, keep_above in edges:
        if not points:
            break
        inside = (lambda p: p[axis] >= value) if keep_above else (lambda p: p[axis] <= value)
        out = []
        for i, p in enumerate(points):
            q = points[i - 1]
            if inside(p) != inside(q):
                t = (value - q[axis]) / (p[axis] - q[axis])
                cut = [q[0] + t * (p[0] - q[0]), q[1] + t * (p[1] - q[1])]
                cut[axis] = value
                out.append(tuple(cut))
            if inside(p):
                out.append(p)
        points = out
    return points + points[:1] if points else []


def clip_segment(a, b):
    """The part of the segment a-b inside the box (Liang-Barsky), or None."""
    west, south, east, north = BOX
    low, high = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - west), (dx, east - a[0]), (-dy, a[1] - south), (dy, north - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            low = max(low, r)
        else:
            high = min(high, r)
        if low > high:
            return None
    start = a if low == 0 else (a[0] + low * dx, a[1] + low * dy)
    end = b if high == 1 else (a[0] + high * dx, a[1] + high * dy)
    return start, end


def clip_line(line):
    """The pieces of a polyline inside the box."""
    pieces, current = [], []
    for a, b in zip(line, line[1:]):
        part = clip_segment(a, b)
        if part is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        p, q = part
        if not current or current[-1] != p:
            if len(current) > 1:
                pieces.append(current)
            current = [p]
        current.append(q)
        if q != b:
            pieces.append(current)
            current = []
    if len(current) > 1:
        pieces.append(current)
    return pieces


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))) / 2


def encode(tag, points):
    """One line: the tag, the first point in grid steps, then the steps between points."""
    grid = [(round(x / UNIT), round(y / UNIT)) for x, y in points]
    steps = [grid[0]] + [(b[0] - a[0], b[1] - a[1]) for a, b in zip(grid, grid[1:])
                         if b != a]
    if len(steps) < 2:
        return None  # shorter than the grid step
    return tag + " " + " ".join(f"{x} {y}" for x, y in steps)


def write(out_dir, version, shapes, borders, coasts):
    lines = [
        "corridor-basemap 1",
        "# Natural Earth 1:50m admin-0 countries (public domain), from the Debian package",
        f"# {PACKAGE} {version}; made by scripts/make-basemap.py; tolerance {TOLERANCE} degrees",
        "box " + " ".join(f"{v:g}" for v in BOX),
        "focus " + " ".join(f"{v:g}" for v in FOCUS),
        f"unit {UNIT:g}",
    ]
    for code, iso, name, rings in shapes:
        body = []
        for hole, ring in rings:
            clipped = clip_ring(ring)
            if len(clipped) >= 4 and area(clipped) >= MIN_RING_AREA:
                body.append(encode("H" if hole else "R", clipped))
        body = [line for line in body if line]
        if body:
            lines.append(f"C {code} {iso if iso and iso != '-99' else '-'} {name}")
            lines += body
    for tag, group in (("B", borders), ("S", coasts)):
        for line in group:
            if tag == "S" and len(line) > 2 and line[0] == line[-1] and area(line) < MIN_RING_AREA:
                continue
            lines += [e for e in (encode(tag, piece) for piece in clip_line(line)) if e]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "basemap.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="Sources/CorridorReports/Map/Basemap")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    try:
        import rdata  # noqa: F401
    except ImportError:
        sys.exit("needs the PyPI package rdata: pip install rdata==1.1.0")
    with tempfile.TemporaryDirectory() as workdir:
        version, folder = fetch(workdir)
        shapes, borders, coasts = simplify(countries(folder))
    write(args.out, version, shapes, borders, coasts)
    print(f"wrote {args.out}/basemap.txt from {PACKAGE} {version}")


if __name__ == "__main__":
    main()
