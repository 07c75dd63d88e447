#!/usr/bin/env python3
"""Writes the corpus of adversarial inputs for Benchmarks/malformed-inputs.sh.

Usage: malformed_corpus.py OUTDIR

Writes the input files under OUTDIR and OUTDIR/cases.tsv, one case a line, tab-separated:

    name  class  codes  located  stdin  ARG...

- name:    the case's name, unique.
- class:   basic, crash, hang, memory, accepted-wrongly, bom, located, guards (outputs that
           must not overwrite inputs, values that must not slip through) or control.
- codes:   the acceptable exit codes, comma-separated ("65", "0,65").
- located: "-" when the message need not be located, else an extended regular expression
           (grep -E) that the first error message must match: the input file's name and, for
           scenario files, a ":LINE:COL:" position (for hub and TNTP data files ":LINE:").
- stdin:   "-" for /dev/null, else a FIFO to open read-write as standard input (reads block and
           never see an end of file, like a terminal nobody types in).
- ARG...:  the corridor command-line arguments, one a field; paths are absolute, inside OUTDIR.

Scenario cases start from Scenarios/examples/two-corridors.yaml and
Scenarios/ots-baseline-2025.yaml; the hub (AP, CAB) and TNTP data is synthetic, written here in
the OR-Library and TNTP layouts, so the corpus needs nothing outside the repository.
"""
import os
import random
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(REPO, "Scenarios", "examples", "two-corridors.yaml")
BASELINE = os.path.join(REPO, "Scenarios", "ots-baseline-2025.yaml")
INT64_MAX = "9223372036854775807"
CLASSES = ["basic", "crash", "hang", "memory", "accepted-wrongly", "bom", "located", "guards",
           "control"]


class Corpus:
    def __init__(self, out):
        self.out = out
        self.cases = []
        self.names = set()

    def path(self, *parts):
        return os.path.join(self.out, *parts)

    def write(self, name, text, *, newline="\n", bom=False):
        """Writes text (str or bytes) to OUTDIR/name and returns the absolute path."""
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text if isinstance(text, bytes) else text.replace("\n", newline).encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
        with open(path, "wb") as handle:
            handle.write(data)
        return path

    def case(self, name, klass, codes, args, located="-", stdin="-"):
        assert name not in self.names, name
        assert klass in CLASSES, klass
        assert "\t" not in "".join(map(str, args))
        self.names.add(name)
        codes = ",".join(str(c) for c in (codes if isinstance(codes, (list, tuple)) else [codes]))
        self.cases.append([name, klass, codes, located, stdin, *map(str, args)])

    def finish(self):
        with open(self.path("cases.tsv"), "w", encoding="utf-8") as handle:
            handle.write("# name\tclass\tcodes\tlocated\tstdin\targs...\n")
            for row in sorted(self.cases, key=lambda row: CLASSES.index(row[1])):
                handle.write("\t".join(row) + "\n")


def at(name, line=None, column=True):
    """The located pattern: the file's name, then :LINE:COL: (scenarios) or :LINE: (data).

    line: None for any line, a number, or a tuple of the lines that are all right."""
    pattern = re.escape(os.path.basename(name)).replace("\\-", "-")
    if line is None:
        number = "[0-9]+"
    elif isinstance(line, tuple):
        number = "(" + "|".join(map(str, line)) + ")"
    else:
        number = str(line)
    return pattern + ":" + number + (":[0-9]+:" if column else ":")


def named(name):
    """The located pattern for a message about a whole file: its name must appear."""
    return re.escape(os.path.basename(name)).replace("\\-", "-")


def replace(text, old, new, count=1):
    """text with old replaced by new, checking that old occurs exactly count times."""
    found = text.count(old)
    if found != count:
        raise SystemExit(f"malformed_corpus: expected {count} of {old!r} in the base, found {found}")
    return text.replace(old, new)


def line_of(text, needle):
    """The 1-based line of the first occurrence of needle."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1


# --- Scenario cases -------------------------------------------------------------------------


def basic_cases(c, example, baseline):
    """The malformed files the benchmark always had."""
    c.case("truncated", "basic", 65,
           ["validate", c.write("basic/truncated.yaml", baseline[: len(baseline) // 2])],
           located=at("truncated.yaml"))
    rng = random.Random(7)
    blob = b"\x7fELF\x02\x01\x01\x00" + bytes(rng.getrandbits(8) for _ in range(2 * 1024 * 1024))
    c.case("binary", "basic", 65, ["validate", c.write("basic/binary.yaml", blob)],
           located=named("binary.yaml"))
    path = c.path("basic", "nested-50mb.yaml")
    with open(path, "w") as handle:
        handle.write("scenario: s\nnodes:\n")
        chunk = "- [[[1, 2], [3]], [[4]]]\n" * 10000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    c.case("nested-50mb", "basic", 65, ["validate", path], located=named("nested-50mb.yaml"))
    path = c.path("basic", "flat-15mb.yaml")
    with open(path, "w") as handle:
        handle.write("scenario: s\ncommodities: []\nlinks: []\ndemand: []\nnodes:\n")
        handle.write("  - 1\n" * 2_500_000)
    c.case("flat-15mb", "basic", 65, ["validate", path], located=at("flat-15mb.yaml"))
    path = c.write("basic/brackets.yaml", "scenario: s\nnodes: " + "[" * 1_000_000)
    c.case("brackets", "basic", 65, ["validate", path], located=named("brackets.yaml"))
    c.write("basic/chain/s0.yaml", example)
    for i in range(1, 10001):
        c.write(f"basic/chain/s{i}.yaml", f"scenario: s{i}\nextends: s{i - 1}.yaml\n")
    c.case("extends-chain-10000", "basic", 65, ["validate", c.path("basic/chain/s10000.yaml")],
           located="s[0-9]+\\.yaml:2:[0-9]+:")
    c.write("basic/cycle-a.yaml", "scenario: a\nextends: cycle-b.yaml\n")
    c.write("basic/cycle-b.yaml", "scenario: b\nextends: cycle-a.yaml\n")
    c.case("extends-cycle", "basic", 65, ["validate", c.path("basic/cycle-a.yaml")],
           located="cycle-[ab]\\.yaml:2:[0-9]+:")
    c.case("empty", "basic", 65, ["validate", c.write("basic/empty.yaml", "")],
           located=named("empty.yaml"))


IRK_DOCUMENTS = "{id: documents, lanes: 4, service_hours: {mean: 0.5, cv: 0.8}}"
IRK_STAGE_ROAD = "{from: KSG, to: IRK, mode: road, km: 240, speed_kmh: 40, tariff_usd_per_teu_km: 1.2}"
ROAD_DEMAND = "{from: URC, to: TAS, commodity: general, tonnes_per_year: 70000}"


def lanes_line(example, value):
    text = replace(example, IRK_DOCUMENTS,
                   "{id: documents, lanes: " + value + ", service_hours: {mean: 0.5, cv: 0.8}}")
    return text, line_of(text, "id: documents")


def with_measure(example, changes):
    """The example with one measure of the given change lines (indented YAML text)."""
    return example + "\nmeasures:\n  - id: probe\n    name: Probe\n    changes:\n" + changes


def scenario_crash_cases(c, example):
    text, line = lanes_line(example, "{value: " + INT64_MAX + "}")
    path = c.write("crash/lanes-int64.yaml", text)
    for command in ("describe", "validate"):
        c.case(f"lanes-int64-{command}", "crash", 65, [command, path],
               located=at(path, line))
    c.case("lanes-int64-assign", "crash", 65,
           ["assign", path, "--out", c.path("out", "lanes-int64-assign")], located=at(path, line))
    text, line = lanes_line(example, "1e300")
    path = c.write("crash/lanes-1e300.yaml", text)
    c.case("lanes-1e300", "crash", 65, ["validate", path], located=at(path, line))
    text = with_measure(example,
                        "      - stage: {checkpoint: IRK, mode: road, stage: documents}\n"
                        "        set: {lanes: " + INT64_MAX + "}\n")
    # The change's line (docs/scenario-format.md) or the value's line.
    change = line_of(text, "- stage: {checkpoint: IRK")
    path = c.write("crash/measure-set-lanes-int64.yaml", text)
    c.case("measure-set-lanes-int64", "crash", 65, ["describe", path],
           located=at(path, (change, change + 1)))
    text = with_measure(example,
                        "      - stage: {checkpoint: IRK, mode: road, stage: documents}\n"
                        "        scale: {lanes: 1e300}\n")
    path = c.write("crash/measure-scale-lanes-1e300.yaml", text)
    c.case("measure-scale-lanes-1e300", "crash", 65, ["describe", path],
           located=at(path, (change, change + 1)))
    text = with_measure(example,
                        "      - stage: {checkpoint: IRK, mode: road}\n"
                        "        scale: {service_hours: 1e308}\n")
    path = c.write("crash/measure-scale-service-1e308.yaml", text)
    c.case("measure-scale-service-1e308", "crash", [0, 65],
           ["assign", path, "--out", c.path("out", "measure-scale-service-1e308")])


# --- Hub data (AP, CAB) ---------------------------------------------------------------------


def ap_text(n=10, seed=3, flows=None, coordinate=None, p=3, chi="3", alpha="0.75", delta="2",
            bad_flow_row=None):
    """An instance in OR-Library's AP layout. flows overrides every flow; coordinate puts the
    nodes at +coordinate and -coordinate in turn."""
    rng = random.Random(seed)
    lines = [str(n)]
    for i in range(n):
        x, y = f"{rng.uniform(0, 50000):.6f}", f"{rng.uniform(0, 50000):.6f}"
        if coordinate:
            x = y = coordinate if i % 2 == 0 else "-" + coordinate
        lines.append(f"{x} {y}")
    for i in range(n):
        row = [flows or f"{rng.uniform(0, 120):.6f}" for _ in range(n)]
        if bad_flow_row == i:
            row[3] = "12.5x"
        lines.append(" ".join(row))
    lines += [str(p), chi, alpha, delta]
    return "\n".join(lines) + "\n"


def cab_text(n=5, seed=5, flow=None, cost=None, bad_line=None):
    """The CAB layout: 'param: W C :=' and one 'i j W C' line per ordered pair, then ';'."""
    rng = random.Random(seed)
    lines = ["param:       W           C    :="]
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if i == j:
                lines.append(f"{i:2d} {j:2d}        0.          0")
                continue
            w = flow or f"{rng.randint(100, 30000)}."
            d = cost or f"{rng.uniform(100, 2500):.4f}"
            lines.append(f"{i:2d} {j:2d} {w:>12} {d:>12}")
    if bad_line is not None:
        lines[bad_line - 1] = " 2  3     6469.   57,6.96"
    lines[-1] += ";"
    return "\n".join(lines) + "\n"


def hub_cases(c):
    ap = c.write("hub/ap-valid.txt", ap_text())
    c.case("ap-valid", "control", 0, ["hubs", "--ap", ap, "--p", "3", "--quiet"])
    cab = c.write("hub/cab-valid.txt", cab_text())
    c.case("cab-valid", "control", 0,
           ["hubs", "--cab", cab, "--n", "5", "--p", "2", "--alpha", "0.2", "--quiet"])
    # Values near the largest double: no objective can be represented, or it barely can.
    huge = "1.7e308"
    variants = {
        "ap-flows-1e308": (ap_text(flows=huge), [65]),
        "ap-coordinates-1e308": (ap_text(coordinate="1.7e308"), [65]),
        "ap-chi-1e308": (ap_text(chi=huge), [65]),
        "ap-alpha-1e308": (ap_text(alpha=huge), [0, 65]),
        "ap-delta-1e308": (ap_text(delta=huge), [65]),
        "ap-flows-1e154": (ap_text(flows="1e154"), [0, 65]),
    }
    for name, (text, codes) in variants.items():
        path = c.write(f"hub/{name}.txt", text)
        c.case(name, "crash", codes, ["hubs", "--ap", path, "--p", "3", "--quiet"])
        c.case(name + "-multiple", "crash", codes,
               ["hubs", "--ap", path, "--p", "3", "--allocation", "multiple", "--quiet"])
    path = c.write("hub/fixed-costs-1e308.txt", " ".join(["1.7e308"] * 10) + "\n")
    c.case("ap-fixed-costs-1e308", "crash", [0, 65],
           ["hubs", "--ap", ap, "--fixed-costs", path, "--quiet"])
    path = c.write("hub/capacities-1e-308.txt", " ".join(["1e-308"] * 10) + "\n")
    c.case("ap-capacities-1e-308", "crash", [0, 65],
           ["hubs", "--ap", ap, "--p", "3", "--capacities", path, "--quiet"])
    path = c.write("hub/cab-flows-1e308.txt", cab_text(flow="1.7e308"))
    for allocation in ("single", "multiple"):
        c.case(f"cab-flows-1e308-{allocation}", "crash", 65,
               ["hubs", "--cab", path, "--n", "5", "--p", "2", "--alpha", "0.2",
                "--allocation", allocation, "--quiet"])
    path = c.write("hub/cab-costs-1e308.txt", cab_text(cost="1.7e308"))
    for allocation in ("single", "multiple"):
        c.case(f"cab-costs-1e308-{allocation}", "crash", 65,
               ["hubs", "--cab", path, "--n", "5", "--p", "2", "--alpha", "0.2",
                "--allocation", allocation, "--quiet"])
    c.case("cab-alpha-1e308", "crash", [64, 65],
           ["hubs", "--cab", cab, "--n", "5", "--p", "2", "--alpha", "1.7e308", "--quiet"])
    c.case("cab-alpha-nan", "accepted-wrongly", [64, 65],
           ["hubs", "--cab", cab, "--n", "5", "--p", "2", "--alpha", "nan", "--quiet"])
    # Three cities at distances near 1e308: the search must not loop on infinite costs.
    path = c.write("hub/cab3-costs-1e308.txt", cab_text(n=3, cost="1e308"))
    c.case("cab3-costs-1e308", "hang", [0, 65],
           ["hubs", "--cab", path, "--n", "3", "--p", "2", "--alpha", "0.2", "--quiet"])
    c.case("cab3-costs-1e308-multiple", "hang", [0, 65],
           ["hubs", "--cab", path, "--n", "3", "--p", "2", "--alpha", "0.2",
            "--allocation", "multiple", "--quiet"])
    # Malformed lines: the message names the file and the line.
    text = cab_text(bad_line=8)
    path = c.write("hub/cab-bad-line.txt", text)
    c.case("cab-bad-line", "located", 65,
           ["hubs", "--cab", path, "--n", "5", "--p", "2", "--alpha", "0.2", "--quiet"],
           located=at(path, 8, column=False))
    path = c.write("hub/cab-missing-pair.txt", "\n".join(cab_text().splitlines()[:-3]) + ";\n")
    c.case("cab-missing-pair", "located", 65,
           ["hubs", "--cab", path, "--n", "5", "--p", "2", "--alpha", "0.2", "--quiet"],
           located=named(path))
    path = c.write("hub/ap-bad-token.txt", ap_text(bad_flow_row=4))
    c.case("ap-bad-token", "located", 65, ["hubs", "--ap", path, "--p", "3", "--quiet"],
           located=at(path, 1 + 10 + 5, column=False))
    full = ap_text()
    path = c.write("hub/ap-truncated.txt", full[: len(full) // 2])
    c.case("ap-truncated", "located", 65, ["hubs", "--ap", path, "--p", "3", "--quiet"],
           located=named(path))
    path = c.write("hub/fixed-costs-bad.txt", "\n".join(["25000"] * 6 + ["-3"] + ["25000"] * 3) + "\n")
    c.case("ap-fixed-costs-bad", "located", 65,
           ["hubs", "--ap", ap, "--fixed-costs", path, "--quiet"],
           located=at(path, 7, column=False))
    path = c.write("hub/capacities-short.txt", "\n".join(["900"] * 7) + "\n")
    c.case("ap-capacities-short", "located", 65,
           ["hubs", "--ap", ap, "--p", "3", "--capacities", path, "--quiet"],
           located=named(path))


def hub_scenario_cases(c, baseline):
    path = c.write("hub/scenario-valid.yaml", baseline)
    c.case("hub-scenario-valid", "control", 0, ["hubs", path, "--p", "2", "--quiet"])
    old = "candidate: true, fixed_cost_usd_per_year: 3000000"
    text = replace(baseline, old, "candidate: true, fixed_cost_usd_per_yr: 3000000")
    path = c.write("hub/scenario-misspelt-key.yaml", text)
    c.case("hub-scenario-misspelt-key", "located", 65, ["hubs", path, "--p", "2", "--quiet"],
           located=at(path, line_of(text, "fixed_cost_usd_per_yr")))
    text = replace(baseline, old, "candidate: true, fixed_cost_usd_per_year: -3000000")
    path = c.write("hub/scenario-negative-cost.yaml", text)
    c.case("hub-scenario-negative-cost", "located", 65, ["hubs", path, "--p", "2", "--quiet"],
           located=at(path, line_of(text, "-3000000")))
    text = replace(baseline, old, "candidate: true, fixed_cost_usd_per_year: 1.7e308")
    path = c.write("hub/scenario-cost-1e308.yaml", text)
    c.case("hub-scenario-cost-1e308", "crash", [0, 65], ["hubs", path, "--p", "2", "--quiet"])
    c.case("hub-scenario-keep-open-unknown", "located", [64, 65],
           ["hubs", c.path("hub/scenario-valid.yaml"), "--p", "2", "--keep-open", "NOSUCHHUB",
            "--quiet"], located="NOSUCHHUB")


# --- TNTP -----------------------------------------------------------------------------------


def tntp_files(side=4, zones=4, header=None, link=None, demand="100.0", bad_link_line=False,
               bad_trips_line=False):
    """A side x side grid as TNTP net and trips text. link(fields) may change a link's fields."""
    node = lambda r, k: r * side + k + 1
    links = []
    for r in range(side):
        for k in range(side):
            for dr, dk in ((0, 1), (1, 0)):
                if r + dr < side and k + dk < side:
                    a, b = node(r, k), node(r + dr, k + dk)
                    links += [(a, b), (b, a)]
    meta = {"NUMBER OF ZONES": str(zones), "NUMBER OF NODES": str(side * side),
            "FIRST THRU NODE": "1", "NUMBER OF LINKS": str(len(links))}
    meta.update(header or {})
    net = [f"<{tag}> {value}" for tag, value in meta.items()]
    net += ["<END OF METADATA>", "", "",
            "~\tinit_node\tterm_node\tcapacity\tlength\tfree_flow_time\tb\tpower\tspeed\ttoll\tlink_type\t;"]
    for index, (a, b) in enumerate(links):
        fields = [str(a), str(b), "4000.0", "6", "6", "0.15", "4", "0", "0", "1"]
        if link:
            fields = link(index, fields)
        if bad_link_line and index == 9:
            fields[2] = "4,000.0"
        net.append("\t" + "\t".join(fields) + "\t;")
    trips = [f"<NUMBER OF ZONES> {zones}", f"<TOTAL OD FLOW> {100.0 * zones * (zones - 1)}",
             "<END OF METADATA>", "", ""]
    for o in range(1, zones + 1):
        trips.append(f"Origin \t{o} ")
        entries = []
        for d in range(1, zones + 1):
            volume = "0.0" if d == o else demand
            if bad_trips_line and o == 2 and d == 3:
                volume = "1OO.0"
            entries.append(f"{d:5d} : {volume:>8};")
        trips.append("    " + "  ".join(entries))
        trips.append("")
    return "\n".join(net) + "\n", "\n".join(trips) + "\n"


def net_line(net, index):
    """The line of the index-th link in a TNTP net text."""
    lines = net.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("~")) + 1
    return start + index + 1


def tntp_cases(c):
    def network(name, **options):
        net, trips = tntp_files(**options)
        c.write(f"tntp/{name}/grid_net.tntp", net)
        c.write(f"tntp/{name}/grid_trips.tntp", trips)
        return c.path("tntp", name, "grid"), net, trips

    def assign(stem, *extra):
        return ["assign", "--tntp", stem, "--gap", "1e-6", "--max-iterations", "200", *extra]

    stem, _, _ = network("valid")
    c.case("tntp-valid", "control", 0, assign(stem))

    def all_field(k, value):
        return lambda i, f: f[:k] + [value] + f[k + 1:]

    def one_field(k, value):
        return lambda i, f: f[:k] + [value] + f[k + 1:] if i == 5 else f

    for name, codes, options, extra in [
        ("tntp-capacity-1e308", [0, 65], {"link": all_field(2, "1.7e308")}, []),
        ("tntp-free-flow-1e308", [65], {"link": all_field(4, "1.7e308")}, []),
        ("tntp-length-1e308", [65], {"link": all_field(3, "1.7e308")}, ["--distance-factor", "1"]),
        ("tntp-toll-1e308", [65], {"link": all_field(8, "1.7e308")}, ["--toll-factor", "1"]),
        ("tntp-b-1e308", [0, 65], {"link": all_field(5, "1.7e308")}, []),
        ("tntp-power-1e308", [0, 65], {"link": all_field(6, "1.7e308")}, []),
        ("tntp-demand-1e308", [65], {"demand": "1.7e308"}, []),
        ("tntp-capacity-negative", [65], {"link": one_field(2, "-4000")}, []),
        ("tntp-free-flow-nan", [65], {"link": one_field(4, "nan")}, []),
        ("tntp-capacity-inf", [65], {"link": one_field(2, "inf")}, []),
        ("tntp-demand-negative", [65], {"demand": "-100.0"}, []),
        ("tntp-demand-nan", [65], {"demand": "nan"}, []),
        ("tntp-nodes-int64", [65], {"header": {"NUMBER OF NODES": INT64_MAX}}, []),
        ("tntp-nodes-10m", [0, 65], {"header": {"NUMBER OF NODES": "10000000"}}, []),
        ("tntp-links-int64", [65], {"header": {"NUMBER OF LINKS": INT64_MAX}}, []),
        ("tntp-first-thru-int64", [0, 65], {"header": {"FIRST THRU NODE": INT64_MAX}}, []),
    ]:
        stem, _, _ = network(name[5:], **options)
        c.case(name, "crash", codes, assign(stem, *extra))
    # More zones than nodes: the header contradicts itself.
    stem, _, _ = network("zones-int64", header={"NUMBER OF ZONES": INT64_MAX})
    c.case("tntp-zones-int64", "accepted-wrongly", 65, assign(stem))
    stem, net, _ = network("bad-link", bad_link_line=True)
    c.case("tntp-bad-link-line", "located", 65, assign(stem),
           located=at("grid_net.tntp", net_line(net, 9), column=False))
    stem, _, trips = network("bad-trips", bad_trips_line=True)
    c.case("tntp-bad-trips-line", "located", 65, assign(stem),
           located=at("grid_trips.tntp", line_of(trips, "1OO.0"), column=False))


# --- Hangs ----------------------------------------------------------------------------------


def hang_cases(c, example, baseline):
    # A corridor of 10,000 waypoints, Xi'an and Istanbul in turn: every leg has a route.
    via = ", ".join(["XIA", "IST"] * 5000)
    text = baseline.rstrip("\n") + (
        "\n  - {id: shuttle, name: Xi'an-Istanbul shuttle, via: [" + via + "]}\n")
    path = c.write("hang/waypoints-10k.yaml", text)
    for command in ("validate", "describe"):
        c.case(f"waypoints-10k-{command}", "hang", [0, 65], [command, path])
    # extends: a stream that never ends, a FIFO nobody writes, endless zeros, a folder.
    fifo = c.path("hang", "nobody-writes.fifo")
    os.mkfifo(fifo)
    stdin_fifo = c.path("hang", "stdin.fifo")
    os.mkfifo(stdin_fifo)
    for name, base in [("extends-dev-stdin", "/dev/stdin"), ("extends-fifo", fifo),
                       ("extends-dev-zero", "/dev/zero"), ("extends-folder", c.path("hang"))]:
        text = f"scenario: {name}\nextends: {base}\nname: Follows a base that is no file\n"
        path = c.write(f"hang/{name}.yaml", text)
        c.case(name, "hang", 65, ["validate", path], located=at(path, 2),
               stdin=stdin_fifo if name == "extends-dev-stdin" else "-")
    c.case("fifo-as-scenario", "hang", [65, 66], ["validate", fifo], located=named(fifo))
    c.case("dev-stdin-as-scenario", "hang", [64, 65, 66], ["validate", "/dev/stdin"],
           stdin=stdin_fifo)
    # remove_nodes with 20,000 ids: all existing, and half unknown.
    extra = "".join(f"  - {{id: E{i:05d}, kind: junction, country: UZ, lat: 41, lon: 64}}\n"
                    for i in range(20000))
    grown = replace(example, "\nlinks:\n", "\n" + extra + "\nlinks:\n")
    ids = "".join(f"          - E{i:05d}\n" for i in range(20000))
    text = with_measure(grown, "      - remove_nodes:\n" + ids)
    c.case("remove-nodes-20k-existing", "hang", 0,
           ["validate", c.write("hang/remove-nodes-20k-existing.yaml", text)])
    ids = "".join(f"          - E{i:05d}\n" for i in range(10000))
    ids += "".join(f"          - U{i:05d}\n" for i in range(10000))
    grown = replace(example, "\nlinks:\n", "\n" + extra[: len(extra) // 2] + "\nlinks:\n")
    text = with_measure(grown, "      - remove_nodes:\n" + ids)
    path = c.write("hang/remove-nodes-20k-unknown.yaml", text)
    c.case("remove-nodes-20k-unknown", "hang", 65, ["validate", path], located=at(path))
    # 100,000 nodes and references misspelt so that "did you mean" has to search them all.
    many = "".join(f"  - {{id: N{i:06d}, kind: junction, country: UZ, lat: 41, lon: 64}}\n"
                   for i in range(100000))
    chain = "".join(f"  - {{from: N{i:06d}, to: N{i + 1:06d}, mode: road, km: 1, speed_kmh: 50}}\n"
                    for i in range(0, 100000, 1000))
    grown = replace(example, "\nlinks:\n", "\n" + many + "\nlinks:\n" + chain)
    c.case("nodes-100k-valid", "hang", 0,
           ["validate", c.write("hang/nodes-100k-valid.yaml", grown)])
    wrong = "  - {from: URC, to: N05432l, mode: road, km: 1, speed_kmh: 50}\n"
    text = replace(grown, "\nlinks:\n", "\nlinks:\n" + wrong)
    path = c.write("hang/did-you-mean-100k-one.yaml", text)
    c.case("did-you-mean-100k-one", "hang", 65, ["validate", path],
           located=at(path, line_of(text, "N05432l")))
    wrong = "".join(f"  - {{from: URC, to: N{i * 37:05d}l, mode: road, km: 1, speed_kmh: 50}}\n"
                    for i in range(2000))
    text = replace(grown, "\nlinks:\n", "\nlinks:\n" + wrong)
    path = c.write("hang/did-you-mean-100k-many.yaml", text)
    c.case("did-you-mean-100k-many", "hang", 65, ["validate", path],
           located=at(path, line_of(text, "N00000l")))
    c.case("run-days-1e308", "hang", [64, 65],
           ["run", EXAMPLE, "--out", c.path("out", "run-days-1e308"), "--replications", "1",
            "--days", "1e308", "--quiet"])


# --- Memory ---------------------------------------------------------------------------------


def memory_cases(c, example):
    # Merge keys that multiply: K has 2,000 keys, M merges K 900 times, 20,000 nodes are M.
    lines = ["scenario: merge-bomb", "commodities: []", "links: []", "demand: []",
             "shared:", "  k: &K"]
    lines += [f"    key{i:04d}: {i}" for i in range(2000)]
    lines += ["  m: &M", "    <<: [" + ", ".join(["*K"] * 900) + "]", "nodes:"]
    lines += ["  - *M"] * 20000
    path = c.write("memory/merge-keys.yaml", "\n".join(lines) + "\n")
    c.case("merge-keys-amplified", "memory", 65, ["validate", path], located=named(path))
    # The same amplification inside a node that is otherwise valid.
    text = replace(example, "  - {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.30, lon: 69.24}",
                   "  - &T {id: TAS, name: Tashkent, kind: city, country: UZ, lat: 41.30, lon: 69.24}\n"
                   "  - {<<: [" + ", ".join(["*T"] * 5000) + "], id: TAS2}")
    path = c.write("memory/merge-keys-5000.yaml", text)
    c.case("merge-keys-5000-in-node", "memory", [0, 65], ["validate", path])
    # Billion laughs: nine levels of ten aliases each (10^9 leaves), anchored in a note of the
    # first node (notes take any value), then used where the decoder has to walk them.
    laughs = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"
    for level in range(1, 10):
        laughs += f", l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]"
    urc = "  - {id: URC, name: Urumqi, kind: city, country: CN, lat: 43.83, lon: 87.62}"
    laughing = replace(example, urc, urc[:-1] + ", note: {" + laughs + "}}")
    for name, old, new, codes in [
        ("billion-laughs-via", "via: [URC, IRK, TAS]", "via: *l9", [65]),
        ("billion-laughs-note", "kind: city, country: UZ, lat: 41.30, lon: 69.24}",
         "kind: city, country: UZ, lat: 41.30, lon: 69.24, note: *l9}", [0, 65]),
        ("billion-laughs-empirical", IRK_DOCUMENTS,
         "{id: documents, lanes: 4, service_hours: {distribution: empirical, values: *l9}}", [65]),
    ]:
        text = replace(laughing, old, new)
        path = c.write(f"memory/{name}.yaml", text)
        c.case(name, "memory", codes, ["validate", path],
               located=at(path) if codes == [65] else "-")
    text = with_measure(laughing, "      - remove_nodes: *l9\n")
    path = c.write("memory/billion-laughs-remove.yaml", text)
    c.case("billion-laughs-remove", "memory", 65, ["validate", path], located=at(path))
    c.case("billion-laughs-note-run", "memory", [0, 65],
           ["run", c.path("memory/billion-laughs-note.yaml"), "--out",
            c.path("out", "billion-laughs-note-run"), "--replications", "1", "--days", "1", "--quiet"])
    # An unstable queue: the Irkeshtam road demand 1,400 times over, far above capacity.
    text = replace(example, ROAD_DEMAND,
                   ROAD_DEMAND.replace("tonnes_per_year: 70000", "tonnes_per_year: 98000000"))
    path = c.write("memory/unstable-queue.yaml", text)
    c.case("unstable-queue-run", "memory", 65,
           ["run", path, "--out", c.path("out", "unstable-queue"), "--replications", "1",
            "--days", "30", "--quiet"])
    # Ten years of it: a queue that grows without bound must not be held in memory.
    c.case("unstable-queue-run-3650-days", "memory", 65,
           ["run", path, "--out", c.path("out", "unstable-queue-3650"), "--replications", "1",
            "--days", "3650", "--quiet"])


# --- Accepted wrongly -------------------------------------------------------------------------


def accepted_wrongly_cases(c, example):
    text = replace(example, IRK_STAGE_ROAD, IRK_STAGE_ROAD.replace("speed_kmh: 40", "speed_kmh: 1e-310"))
    path = c.write("wrong/speed-1e-310.yaml", text)
    c.case("speed-1e-310", "accepted-wrongly", 65, ["validate", path],
           located=at(path, line_of(text, "1e-310")))
    text = replace(example, "tonnes_per_teu: 14 ", "tonnes_per_teu: 1e-300 ")
    path = c.write("wrong/tonnes-per-teu-1e-300.yaml", text)
    c.case("tonnes-per-teu-1e-300", "accepted-wrongly", 65, ["validate", path],
           located=at(path))
    for name, value in [("lanes-20000-value", "{value: 20000}"), ("lanes-20000", "20000"),
                        ("lanes-fraction-value", "{value: 2.5}"), ("lanes-zero-value", "{value: 0}")]:
        text, line = lanes_line(example, value)
        path = c.write(f"wrong/{name}.yaml", text)
        c.case(name, "accepted-wrongly", 65, ["validate", path], located=at(path, line))
    text = replace(example, "sailings_per_week: 5,", "sailings_per_week: 1e-310,")
    path = c.write("wrong/sailings-1e-310.yaml", text)
    c.case("sailings-1e-310", "accepted-wrongly", 65, ["validate", path],
           located=at(path, line_of(text, "1e-310")))
    text = replace(example, "vessel_capacity_teu: 350}", "vessel_capacity_teu: 1e-310}")
    path = c.write("wrong/vessel-1e-310.yaml", text)
    c.case("vessel-capacity-1e-310", "accepted-wrongly", 65, ["validate", path],
           located=at(path, line_of(text, "1e-310")))
    text = replace(example, "hours: 20\n", "hours: {mean: 1e-310}\n")
    path = c.write("wrong/hours-mean-1e-310.yaml", text)
    c.case("ferry-hours-mean-1e-310", "accepted-wrongly", [0, 65], ["validate", path])
    for name, date in [("run-date-feb-31", "2025-02-31"), ("run-date-month-13", "2025-13-01"),
                       ("run-date-year-99999", "99999-01-01"), ("run-date-day-0", "2025-01-00")]:
        c.case(name, "accepted-wrongly", 64,
               ["run", EXAMPLE, "--out", c.path("out", name), "--replications", "1", "--days", "1",
                "--date", date, "--quiet"])
    for name, days in [("run-days-nan", "nan"), ("run-days-negative", "-5"), ("run-days-inf", "inf")]:
        c.case(name, "accepted-wrongly", 64,
               ["run", EXAMPLE, "--out", c.path("out", name), "--replications", "1",
                "--days=" + days, "--quiet"])


# --- Byte-order marks, line ends, control characters ------------------------------------------


def bom_cases(c, example):
    c.case("example-valid", "control", 0, ["validate", c.write("bom/example.yaml", example)])
    c.case("bom-valid", "bom", 0, ["validate", c.write("bom/bom.yaml", example, bom=True)])
    c.case("crlf-valid", "bom", 0, ["validate", c.write("bom/crlf.yaml", example, newline="\r\n")])
    path = c.write("bom/bom-crlf.yaml", example, newline="\r\n", bom=True)
    c.case("bom-crlf-valid", "bom", 0, ["validate", path])
    c.case("bom-crlf-describe", "bom", 0, ["describe", path])
    # The example opens with comments; a BOM straight before the first key is the harder case.
    keyed = example[example.index("\nscenario:") + 1:]
    c.case("bom-key-first-valid", "bom", 0,
           ["validate", c.write("bom/bom-key-first.yaml", keyed, bom=True)])
    text = "\ufeffscenario: child\nextends: bom.yaml\nname: Follows a file with a BOM\n"
    c.case("bom-extends-bom", "bom", 0, ["validate", c.write("bom/bom-child.yaml", text)])
    lines = example.split("\n")
    assert lines[39].strip() == "lon: 51.22", lines[39]
    for name, edit, options in [
        ("ctrl-x01-line40", lambda s: s + "\x01", {}),
        ("ctrl-esc-line40", lambda s: s + "   # \x1b[31m red", {}),
        ("ctrl-esc-line40-bom-crlf", lambda s: s + "   # \x1b[31m red", {"bom": True, "newline": "\r\n"}),
        ("ctrl-x7f-line40", lambda s: s.replace("51.22", "51.2\x7f2"), {}),
    ]:
        edited = lines[:39] + [edit(lines[39])] + lines[40:]
        path = c.write(f"bom/{name}.yaml", "\n".join(edited), **options)
        c.case(name, "bom", 65, ["validate", path], located=at(path, 40))
    text = example.replace("Urumqi to Baku, two ways", "Urumqi to Baku,\u2028two ways")
    c.case("line-separator-in-name", "bom", [0, 65],
           ["validate", c.write("bom/line-separator.yaml", text)])
    # A Latin-1 byte (not UTF-8) on line 36.
    assert lines[35].strip() == "name: Aktau port", lines[35]
    data = "\n".join(lines).encode("utf-8").replace(b"name: Aktau port", b"name: Aktau p\xf6rt", 1)
    path = c.write("bom/latin1-line36.yaml", data)
    c.case("latin1-line36", "bom", 65, ["validate", path], located=named(path))


def located_scenario_cases(c, example):
    text = replace(example, "    lon: 51.22\n", "    lon: 51.22\n    lon_deg: 51.22\n")
    c.write("located/base-bad.yaml", text)
    line = line_of(text, "lon_deg")
    child = "scenario: child\nextends: base-bad.yaml\nname: Child of a broken base\n"
    c.case("extends-base-error", "located", 65,
           ["validate", c.write("located/child.yaml", child)],
           located=at("base-bad.yaml", line))
    c.case("describe-error", "located", 65, ["describe", c.path("located/base-bad.yaml")],
           located=at("base-bad.yaml", line))
    c.case("run-error", "located", 65,
           ["run", c.path("located/base-bad.yaml"), "--out", c.path("out", "run-error"), "--quiet"],
           located=at("base-bad.yaml", line))


def guard_cases(c, example, baseline):
    """Outputs that must not overwrite inputs or devices, and values that must not slip past
    the rules: YAML tags, escaped control characters, keys a distribution does not take, an id
    that is not a folder name, demand scaled past its range, a facility just over capacity,
    two variants with one id."""
    copy = c.write("guards/baseline-copy.yaml", baseline)
    c.case("write-scenario-over-input", "guards", 73,
           ["hubs", copy, "--p", "2", "--quiet", "--write-scenario", copy])
    c.case("write-lp-to-device", "guards", 73,
           ["hubs", "--ap", c.write("guards/ap.txt", ap_text()), "--p", "3", "--quiet",
            "--write-lp", "/dev/null"])
    c.case("checkpoint-json-one-truck", "guards", 0,
           ["checkpoint", "--lanes", "1", "--arrivals-per-hour", "0.5", "--service-hours", "1",
            "--trucks", "1", "--json"])
    edits = [
        ("yaml-tag", "km: 670,", "km: !!str 670,"),
        ("escaped-control-in-name", "name: Kashgar,", 'name: "Kash\\egar",'),
        ("distribution-extra-key", "transshipment_hours: {mean: 1.0, cv: 0.5}",
         "transshipment_hours: {distribution: exponential, mean: 1.0, cv: 0.5}"),
        ("scenario-id-dotdot", "scenario: two-corridors", 'scenario: ".."'),
    ]
    for name, old, new in edits:
        path = c.write(f"guards/{name}.yaml", replace(example, old, new))
        c.case(name, "guards", 65, ["validate", path], located=at(path))
    growth = replace(example, "demand:\n", "measures:\n  - id: boom\n    changes:\n"
                     + "".join("      - {demand: all, scale: 1000}\n" for _ in range(4)) + "demand:\n")
    path = c.write("guards/demand-scaled-past-range.yaml", growth)
    c.case("demand-scaled-past-range", "guards", 65, ["validate", path], located=at(path))
    # The Irkeshtam inspection stage just over its capacity: refused before simulating.
    path = c.write("guards/load-101.yaml", replace(example, ROAD_DEMAND,
                   ROAD_DEMAND.replace("tonnes_per_year: 70000", "tonnes_per_year: 4600000")))
    c.case("load-just-over-capacity", "guards", 65,
           ["simulate", path, "--replications", "8", "--days", "300"], located=named(path))
    c.case("compare-variants-one-id", "guards", 65,
           ["compare", BASELINE, EXAMPLE, EXAMPLE, "--quiet"], located=named("two-corridors.yaml"))


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: malformed_corpus.py OUTDIR")
    out = os.path.abspath(sys.argv[1])
    if any(ch.isspace() for ch in out):
        raise SystemExit("malformed_corpus: OUTDIR must not contain white space")
    os.makedirs(out, exist_ok=True)
    example = open(EXAMPLE, encoding="utf-8").read()
    baseline = open(BASELINE, encoding="utf-8").read()
    c = Corpus(out)
    basic_cases(c, example, baseline)
    scenario_crash_cases(c, example)
    hub_cases(c)
    hub_scenario_cases(c, baseline)
    tntp_cases(c)
    hang_cases(c, example, baseline)
    memory_cases(c, example)
    accepted_wrongly_cases(c, example)
    bom_cases(c, example)
    located_scenario_cases(c, example)
    guard_cases(c, example, baseline)
    c.finish()
    print(f"malformed_corpus: {len(c.cases)} cases in {out}/cases.tsv")


if __name__ == "__main__":
    main()
