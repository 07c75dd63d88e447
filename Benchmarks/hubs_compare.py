#!/usr/bin/env python3
"""Runs corridor hubs and the textbook-model peers (HiGHS, glpsol) on the same hub instances.

Arguments: DATA_DIR PEER_SCRIPT TIER...  (see Benchmarks/hubs.sh). Prints one table per tier
and the totals; the peers run only on single-allocation p-hub median instances, the only
problem their script builds.
"""
import json, os, re, subprocess, sys, tempfile, time

data, peer, tiers = sys.argv[1], sys.argv[2], sys.argv[3:]
corridor = os.environ["CORRIDOR_BIN"]
peer_limit = float(os.environ.get("PEER_TIME_LIMIT", "120"))
own_limit = os.environ.get("CORRIDOR_TIME_LIMIT", "600")
with_peers = os.environ.get("PEERS", "1") != "0"


def run_corridor(args):
    start = time.perf_counter()
    out = subprocess.run([corridor, "hubs", *args, "--time-limit", own_limit, "--json"],
                         capture_output=True, text=True)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        return {"status": f"exit {out.returncode}", "objective": None, "bound": None, "seconds": wall,
                "error": out.stderr.strip()[:200]}
    result = json.loads(out.stdout)
    result["wall"] = wall
    return result


def run_highs(args):
    try:
        out = subprocess.run(["python3", peer, *args, "--time-limit", str(peer_limit)],
                             capture_output=True, text=True, timeout=peer_limit * 3 + 60)
        return json.loads(out.stdout.strip().splitlines()[-1])
    except Exception as error:  # a crash or timeout of the peer is reported, not fatal
        return {"status": f"failed: {type(error).__name__}", "objective": None, "bound": None,
                "seconds": None}


def run_glpsol(args):
    with tempfile.TemporaryDirectory() as folder:
        mps = os.path.join(folder, "model.mps")
        subprocess.run(["python3", peer, *args, "--time-limit", "0.001", "--write-mps", mps],
                       capture_output=True, text=True)
        start = time.perf_counter()
        out = subprocess.run(["glpsol", "--freemps", mps, "--tmlim", str(int(peer_limit)),
                              "--mipgap", "1e-6"], capture_output=True, text=True,
                             timeout=peer_limit * 3 + 60)
        wall = time.perf_counter() - start
    text = out.stdout
    status = "optimal" if "INTEGER OPTIMAL SOLUTION FOUND" in text else (
        "time_limit" if "TIME LIMIT EXCEEDED" in text else "other")
    objective = bound = None
    for line in text.splitlines():
        match = re.match(r"[+*]\s*\d+:\s*mip\s*=\s*(\S+)\s*>=\s*(\S+)", line)
        if match:
            objective = float(match.group(1)) if match.group(1) != "not" else None
            try:
                bound = float(match.group(2))
            except ValueError:
                pass
    if status == "optimal" and objective is not None:
        bound = objective
    return {"status": status, "objective": objective, "bound": bound, "seconds": round(wall, 2)}


def instances(tier):
    ap = os.path.join(data, "AP")
    cab = os.path.join(data, "CAB", "cab25.txt")
    if tier == "cab":
        for n in (10, 15, 20, 25):
            for p in (1, 2, 3, 4):
                for alpha in (0.2, 0.4, 0.6, 0.8, 1.0):
                    args = ["--cab", cab, "--n", str(n), "--p", str(p), "--alpha", str(alpha)]
                    yield f"CAB{n} p{p} a{alpha}", args, args
    elif tier in ("ap50", "ma50"):
        for n in (10, 20, 25, 40, 50):
            for p in (2, 3, 4, 5):
                args = ["--ap", os.path.join(ap, f"{n}.5"), "--p", str(p)]
                if tier == "ma50":
                    yield f"AP{n} p{p} multiple", args + ["--allocation", "multiple"], None
                else:
                    yield f"AP{n} p{p}", args, args
    elif tier == "csahlp":
        for n in (10, 20, 25, 40, 50):
            for cost in "LT":
                for cap in "LT":
                    args = ["--ap", os.path.join(ap, f"{n}.5"),
                            "--fixed-costs", os.path.join(ap, f"Fcost{cost}.{n}"),
                            "--capacities", os.path.join(ap, f"Cap{cap}.{n}")]
                    yield f"CSAHLP {n}{cost}{cap}", args, None
    elif tier in ("ap100", "ap200"):
        n = tier[2:]
        for p in (5, 10, 15, 20):
            args = ["--ap", os.path.join(ap, f"{n}.5"), "--p", str(p)]
            yield f"AP{n} p{p}", args, args


def fmt(value, digits=2):
    return "–" if value is None else f"{value:,.{digits}f}"


for tier in tiers:
    print(f"\n## {tier}\n")
    header = "| instance | corridor objective | bound | status | s |"
    rule = "|---|---:|---:|---|---:|"
    if with_peers and tier not in ("ma50", "csahlp"):
        header += " HiGHS objective | HiGHS status | HiGHS s | glpsol status | glpsol s |"
        rule += "---:|---|---:|---|---:|"
    print(header)
    print(rule)
    totals = {"corridor": 0.0, "highs": 0.0, "glpsol": 0.0}
    worst = 0.0
    for name, ours_args, peer_args in instances(tier):
        ours = run_corridor(ours_args)
        seconds = ours.get("seconds") or 0.0
        totals["corridor"] += seconds
        worst = max(worst, seconds)
        row = (f"| {name} | {fmt(ours.get('objective'))} | {fmt(ours.get('bound'))} | "
               f"{ours.get('status')} | {seconds:.2f} |")
        if with_peers and peer_args is not None:
            highs = run_highs(peer_args)
            glpk = run_glpsol(peer_args)
            totals["highs"] += highs.get("seconds") or peer_limit
            totals["glpsol"] += glpk.get("seconds") or peer_limit
            row += (f" {fmt(highs.get('objective'))} | {highs.get('status')} | "
                    f"{fmt(highs.get('seconds'))} | {glpk.get('status')} | {fmt(glpk.get('seconds'))} |")
        print(row, flush=True)
    line = f"\n{tier}: corridor {totals['corridor']:.1f} s in total, slowest {worst:.2f} s"
    if with_peers and tier not in ("ma50", "csahlp"):
        line += (f"; HiGHS {totals['highs']:.1f} s; glpsol {totals['glpsol']:.1f} s "
                 f"(peers capped at {peer_limit:.0f} s an instance)")
    print(line)
