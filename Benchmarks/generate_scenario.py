#!/usr/bin/env python3
"""Writes a large synthetic scenario for the load-and-validate benchmark.

Usage: generate_scenario.py NODES LINKS OUT.yaml [SEED] [--corridors N]

The network is a random geometric graph over Kazakhstan (every node in KZ, so the
plausibility checks stay quiet): a chain through all nodes keeps
it connected, and the remaining links join nearby nodes. Every tenth node is a border
checkpoint with road and rail processes, every 25th a gauge change, every 20th a hub. Link
entries run both ways, so the file's LINKS entries give 2 x LINKS directed links. Demand
joins 1,000 city pairs, sized so that no facility is loaded above capacity.

--corridors N (default 0) adds N named corridors, each through 3 to 6 waypoints taken in
order along the chain of nodes, so every corridor has a route. With 0 the file is the same,
byte for byte, as without the option.
"""
import argparse
import random


def main() -> None:
    parser = argparse.ArgumentParser(description="Writes a synthetic benchmark scenario.")
    parser.add_argument("nodes", type=int)
    parser.add_argument("links", type=int)
    parser.add_argument("out")
    parser.add_argument("seed", type=int, nargs="?", default=1)
    parser.add_argument("--corridors", type=int, default=0, metavar="N",
                        help="named corridors to add (default 0)")
    arguments = parser.parse_args()
    nodes, links, out = arguments.nodes, arguments.links, arguments.out
    if arguments.corridors < 0 or (arguments.corridors > 0 and nodes < 6):
        parser.error("--corridors needs N >= 0, and at least 6 nodes when N > 0")
    rng = random.Random(arguments.seed)
    lines = [
        "# Synthetic benchmark scenario written by Benchmarks/generate_scenario.py.",
        "scenario: synthetic-%d-%d" % (nodes, links),
        "name: Synthetic network, %d nodes and %d link entries" % (nodes, links),
        "settings: {tonnes_per_teu: 12}",
        "commodities:",
        "  - {id: general, value_usd_per_teu: 40000}",
        "  - {id: bulk, value_usd_per_teu: 15000, time_cost_percent_per_day: 0.6}",
        "nodes:",
    ]
    coords = []
    cities = []
    for i in range(nodes):
        lat = round(rng.uniform(41, 55), 4)
        lon = round(rng.uniform(47, 87), 4)
        coords.append((lat, lon))
        nid = "N%05d" % i
        if i % 10 == 5:
            lines += [
                "  - id: %s" % nid,
                "    kind: checkpoint",
                "    country: KZ",
                "    lat: %s" % lat,
                "    lon: %s" % lon,
                "    checkpoint:",
                "      countries: [KZ, UZ]",
                "      processes:",
                "        - mode: road",
                "          opening_hours: Mon-Sat 07:00-22:00",
                "          fee_usd_per_teu: 40",
                "          stages:",
                "            - {id: documents, lanes: 40, service_hours: {mean: 0.3, cv: 0.7}}",
                "            - {id: inspection, lanes: 20, service_hours: {mean: 1.2, cv: 1}, probability: 0.2}",
                "        - mode: rail",
                "          stages:",
                "            - {id: documents, lanes: 6, service_hours: 2}",
            ]
        elif i % 25 == 0:
            lines.append(
                "  - {id: %s, kind: gauge_change, country: KZ, lat: %s, lon: %s, "
                "gauge_change: {transshipment_hours: {mean: 2, cv: 0.5}, cost_usd_per_teu: 120}}"
                % (nid, lat, lon))
        elif i % 20 == 0:
            lines.append(
                "  - {id: %s, kind: hub, country: KZ, lat: %s, lon: %s, "
                "hub: {dwell_hours: 24, handling_usd_per_teu: 80, capacity_teu_per_year: 5000000}}"
                % (nid, lat, lon))
        else:
            kind = "city" if i % 3 == 0 else "junction"
            if kind == "city":
                cities.append(nid)
            lines.append(
                "  - {id: %s, kind: %s, country: KZ, lat: %s, lon: %s}" % (nid, kind, lat, lon))
    lines.append("links:")
    pairs = set()

    def add(a: int, b: int) -> None:
        if a == b or (a, b) in pairs or (b, a) in pairs:
            return
        pairs.add((a, b))
        (la, oa), (lb, ob) = coords[a], coords[b]
        km = round(max(1.0, ((la - lb) ** 2 + (oa - ob) ** 2) ** 0.5 * 95), 1)
        lines.append(
            "  - {from: N%05d, to: N%05d, mode: road, km: %s, speed_kmh: 55, "
            "tariff_usd_per_teu_km: 1.1}" % (a, b, km))

    for i in range(nodes - 1):
        add(i, i + 1)
    while len(pairs) < links:
        a = rng.randrange(nodes)
        add(a, min(nodes - 1, max(0, a + rng.randint(-40, 40))))
    lines.append("demand:")
    seen = set()
    while len(seen) < 1000:
        a, b = rng.sample(cities, 2)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        commodity = "general" if len(seen) % 2 else "bulk"
        lines.append(
            "  - {from: %s, to: %s, commodity: %s, teu_per_year: %d}"
            % (a, b, commodity, rng.randint(10, 500)))
    if arguments.corridors > 0:
        lines += corridors(arguments.corridors, nodes, random.Random(arguments.seed + 7919))
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def corridors(count: int, nodes: int, rng: random.Random) -> list:
    """count corridors, each through 3 to 6 distinct nodes in increasing chain order.

    The chain N00000 - N00001 - ... links every node to the next, so consecutive waypoints are
    always connected. Ids and names are unique (the index is in both).
    """
    lines = ["corridors:"]
    for k in range(1, count + 1):
        waypoints = rng.randint(3, 6)
        span = rng.randint(waypoints, max(waypoints, min(nodes, 600)))
        start = rng.randrange(nodes - span + 1)
        via = sorted(rng.sample(range(start, start + span), waypoints))
        lines.append(
            "  - {id: corridor-%04d, name: \"Synthetic corridor %d, N%05d to N%05d\", via: [%s]}"
            % (k, k, via[0], via[-1], ", ".join("N%05d" % i for i in via)))
    return lines


if __name__ == "__main__":
    main()
