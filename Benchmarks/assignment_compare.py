#!/usr/bin/env python3
"""Reads the files Benchmarks/assignment-tntp.sh leaves in its work folder and prints the
side-by-side report of corridor and AequilibraE on the TNTP networks (Markdown on request).

usage: assignment_compare.py line   WORK NETWORK
       assignment_compare.py report WORK NETWORK... [--gaps 1e-4,1e-6,1e-8] [--markdown FILE]

Per network, WORK/NETWORK/ holds:
  settings              "toll_factor distance_factor"
  ours-K.json           corridor assign --json of run K (K = 1..runs)
  ours-K.time           "/usr/bin/time -f '%M %e'" of run K: peak KB, wall seconds
  ours-K.wall           wall seconds of run K's whole process, to the millisecond
  ours-K.err, ours-K.rc standard error and exit status of run K
  eval.txt, eval.rc     tntp_io.py on the flows of the median run
  peer.txt, peer.err, peer.time, peer.wall, peer.rc   aequilibrae_tntp.py
Standard library only.
"""
import json
import math
import re
import sys
from pathlib import Path

GOAL_NETWORKS = ("ChicagoSketch", "Barcelona")
GOAL_GAP = 1e-6
GOAL_RATIO = 10.0


def read(path):
    try:
        return Path(path).read_text()
    except OSError:
        return None


def read_rc(path):
    text = read(path)
    try:
        return int(text.strip()) if text is not None else None
    except ValueError:
        return None


def read_time(path):
    """(peak MB, wall seconds) from a '%M %e' file; the last line holds them."""
    text = read(path)
    if not text:
        return None, None
    for line in reversed(text.strip().splitlines()):
        parts = line.split()
        if len(parts) == 2:
            try:
                return int(parts[0]) / 1024.0, float(parts[1])
            except ValueError:
                continue
    return None, None


def read_wall(path, fallback):
    text = read(path)
    try:
        return float(text) if text else fallback
    except ValueError:
        return fallback


def tail(text, n=3):
    lines = [l for l in (text or "").strip().splitlines() if l.strip()]
    return " | ".join(lines[-n:])


def load_ours(folder):
    """The median run (by solver seconds) and facts over all runs."""
    runs = []
    k = 1
    while (folder / f"ours-{k}.rc").exists():
        rc = read_rc(folder / f"ours-{k}.rc")
        mb, wall = read_time(folder / f"ours-{k}.time")
        wall = read_wall(folder / f"ours-{k}.wall", wall)
        entry = {"k": k, "rc": rc, "mb": mb, "wall": wall, "err": read(folder / f"ours-{k}.err")}
        if rc == 0:
            try:
                entry["json"] = json.loads(read(folder / f"ours-{k}.json"))
            except (TypeError, ValueError) as e:
                entry["rc"] = "bad JSON"
                entry["err"] = f"{e}: {tail(read(folder / f'ours-{k}.json'))}"
        runs.append(entry)
        k += 1
    good = [r for r in runs if "json" in r]
    if not good:
        return {"ok": False, "runs": len(runs),
                "error": (f"exit {runs[0]['rc']}: {tail(runs[0]['err'])}" if runs else "not run")}
    good.sort(key=lambda r: r["json"]["seconds"])
    med = good[(len(good) - 1) // 2]
    walls = sorted(r["wall"] for r in good if r["wall"] is not None)
    data = med["json"]
    return {
        "ok": True,
        "runs": len(good),
        "median_k": med["k"],
        "json": data,
        "milestones": {m["gap"]: (m["iteration"], m["seconds"]) for m in data.get("milestones", [])},
        "seconds_all": [r["json"]["seconds"] for r in good],
        "mb": max((r["mb"] for r in good if r["mb"] is not None), default=None),
        "wall": walls[(len(walls) - 1) // 2] if walls else None,
    }


PEER_LINE = re.compile(
    r"iters=(\d+) final_rgap=(\S+) wall=([\d.]+)s \(setup ([\d.]+)s\)")
PEER_MS = re.compile(r"([\d.]+e[-+]\d+): (?:it (\d+) t=([\d.]+)s|not reached)")
PEER_BECK = re.compile(r"Beckmann=([-+\d.eE]+)")


def load_peer(folder):
    out = read(folder / "peer.txt")
    rc = read_rc(folder / "peer.rc")
    mb, wall = read_time(folder / "peer.time")
    wall = read_wall(folder / "peer.wall", wall)
    if out is None and rc is None:
        return {"ok": False, "error": "not run", "skipped": True}
    m = PEER_LINE.search(out or "")
    if rc != 0 or not m:
        return {"ok": False, "error": f"exit {rc}: {tail(read(folder / 'peer.err')) or tail(out)}"}
    ms = {}
    for g in PEER_MS.finditer(out):
        thr = float(g.group(1))
        ms[thr] = (int(g.group(2)), float(g.group(3))) if g.group(2) else None
    b = PEER_BECK.search(out)
    return {
        "ok": True,
        "iterations": int(m.group(1)),
        "final_gap": float(m.group(2)),
        "solve": float(m.group(3)),
        "setup": float(m.group(4)),
        "milestones": ms,
        "objective": float(b.group(1)) if b else None,
        "mb": mb,
        "wall": wall,
    }


def load_eval(folder):
    out = read(folder / "eval.txt")
    rc = read_rc(folder / "eval.rc")
    if out is None:
        return {"ok": False, "error": "not run"}
    g = re.search(r"relative gap\s*=\s*(\S+)", out)
    if rc != 0 or not g:
        return {"ok": False, "error": f"exit {rc}: {tail(read(folder / 'eval.err')) or tail(out)}"}
    num = lambda key: float(re.search(key + r"\s*=\s*(\S+)", out).group(1))
    return {"ok": True, "gap": float(g.group(1)), "objective": num("Beckmann objective"),
            "tstt": num(r"TSTT \(gen. cost\)"), "sptt": num("SPTT")}


def load(work, net):
    folder = Path(work) / net
    settings = (read(folder / "settings") or "0 0").split()
    return {
        "name": net,
        "toll": float(settings[0]),
        "dist": float(settings[1]),
        "ours": load_ours(folder),
        "peer": load_peer(folder),
        "eval": load_eval(folder),
    }


# ---------------------------------------------------------------- formatting

def fsec(s):
    if s is None:
        return "?"
    if s < 0.1:
        return f"{s:.4f}"
    if s < 10:
        return f"{s:.3f}"
    return f"{s:.1f}"


def fgap(g):
    return f"{g:.0e}".replace("e-0", "e-")


def fratio(r):
    return f"{r:.0f}×" if r >= 100 else f"{r:.1f}×" if r >= 10 else f"{r:.2f}×"


def ratio(r, gap):
    """(text, value, lower_bound?) of peer seconds / our seconds at one gap."""
    ours, peer = r["ours"], r["peer"]
    o = ours["milestones"].get(gap) if ours["ok"] else None
    if not ours["ok"] or not peer["ok"]:
        return "–", None, False
    p = peer["milestones"].get(gap, "absent")
    if o is None:
        return "– (ours n/r)", None, False
    if p == "absent":
        return "– (peer does not report this gap)", None, False
    if p is None:
        # not reached during its whole solve: the ratio is at least solve time / ours
        v = peer["solve"] / o[1] if o[1] > 0 else math.inf
        return f"> {fratio(v)} (peer n/r in {peer['solve']:.2f} s)", v, True
    if o[1] <= 0:
        return "–", None, False
    if p[1] == 0:
        return "– (peer time 0.00 s)", None, False
    v = p[1] / o[1]
    return fratio(v), v, False


def cell_ours(r, gap):
    if not r["ours"]["ok"]:
        return "failed"
    o = r["ours"]["milestones"].get(gap)
    return f"it {o[0]}, {fsec(o[1])} s" if o else "n/r"


def cell_peer(r, gap):
    p = r["peer"]
    if not p["ok"]:
        return "not run" if p.get("skipped") else "failed"
    if gap not in p["milestones"]:
        return "–"
    m = p["milestones"][gap]
    return f"it {m[0]}, {m[1]:.2f} s" if m else f"n/r ({p['iterations']} it)"


def settings_text(r):
    if r["toll"] or r["dist"]:
        return f"toll factor {r['toll']:g}, distance factor {r['dist']:g}"
    return "toll 0, distance 0"


def agreement(r):
    ours, ev = r["ours"], r["eval"]
    if not ours["ok"] or not ev["ok"]:
        return None, "evaluator " + (ev.get("error") or "not run") if ours["ok"] else "–"
    a, b = ours["json"]["relative_gap"], ev["gap"]
    ok = abs(a - b) <= 0.05 * max(abs(a), abs(b)) + 1e-12
    return ok, f"{b:.3e} ({'agrees' if ok else 'DISAGREES'})"


def objective_note(r):
    """Peer objective against ours, and a check against the lower bound ours proves."""
    ours, peer, ev = r["ours"], r["peer"], r["eval"]
    if not ours["ok"] or not peer["ok"] or peer["objective"] is None:
        return None, None
    our_obj = ours["json"]["objective"]
    rel = (peer["objective"] - our_obj) / abs(our_obj)
    note = None
    if ev["ok"]:
        # Beckmann is convex with gradient = cost: optimum >= f(v) - (TSTT - SPTT).
        bound = ev["objective"] - (ev["tstt"] - ev["sptt"])
        if peer["objective"] < bound:
            note = ("AequilibraE's objective is below the lower bound our evaluated flows prove "
                    f"({bound:.4f}): its flows are not feasible for this network, so its gaps "
                    "are not comparable (on Barcelona: the graph-compression bug of AequilibraE "
                    "1.7.2, ../shared/reference/assignment.md §2.3)")
    return rel, note


def text_network(r, gaps):
    ours, peer = r["ours"], r["peer"]
    out = [f"== {r['name']} ({settings_text(r)})"]
    if not ours["ok"]:
        out.append(f"   ours FAILED: {ours['error']}")
    if not peer["ok"] and not peer.get("skipped"):
        out.append(f"   AequilibraE FAILED: {peer['error']}")
    rows = [("gap", "ours (iteration, s)", "AequilibraE (iteration, s)", "time ratio AEQ/ours")]
    for g in gaps:
        rows.append((fgap(g), cell_ours(r, g), cell_peer(r, g), ratio(r, g)[0]))
    w = [max(len(row[i]) for row in rows) for i in range(4)]
    for i, row in enumerate(rows):
        out.append("   " + " | ".join(c.ljust(w[j]) for j, c in enumerate(row)).rstrip())
        if i == 0:
            out.append("   " + "-+-".join("-" * x for x in w))
    if ours["ok"]:
        j = ours["json"]
        ok, ev = agreement(r)
        out.append(f"   ours final: gap {j['relative_gap']:.3e} at iteration {j['iterations']}, "
                   f"solver {fsec(j['seconds'])} s (median of {ours['runs']}: "
                   f"{', '.join(fsec(s) for s in sorted(ours['seconds_all']))}); "
                   f"evaluator gap {ev}")
        out.append(f"   ours objective {j['objective']:.6f}")
    if peer["ok"]:
        out.append(f"   AequilibraE final: gap {peer['final_gap']:.3e} at iteration "
                   f"{peer['iterations']}, solve {peer['solve']:.2f} s (+ setup "
                   f"{peer['setup']:.2f} s)")
        rel, note = objective_note(r)
        if peer["objective"] is not None:
            extra = f" (relative to ours {rel:+.2e})" if rel is not None else ""
            out.append(f"   AequilibraE objective {peer['objective']:.6f}{extra}")
        if note:
            out.append(f"   NOTE: {note}")
    walls = []
    if ours["ok"]:
        walls.append(f"ours {fsec(ours['wall'])} s")
    if peer["ok"]:
        walls.append(f"AequilibraE {fsec(peer['wall'])} s")
    if walls:
        out.append("   whole-process wall time (reading included): " + ", ".join(walls))
    mems = []
    if ours["ok"] and ours["mb"] is not None:
        mems.append(f"ours {ours['mb']:.0f} MB")
    if peer["ok"] and peer["mb"] is not None:
        mems.append(f"AequilibraE {peer['mb']:.0f} MB")
    if mems:
        out.append("   peak memory: " + ", ".join(mems))
    return "\n".join(out)


def goal(results):
    """(lines, met?) for the 1e-6 speed goal on Chicago Sketch and Barcelona."""
    by = {r["name"]: r for r in results}
    parts, met = [], True
    for net in GOAL_NETWORKS:
        if net not in by:
            parts.append(f"{net} not measured")
            met = None if met is not False else False
            continue
        text, v, lower = ratio(by[net], GOAL_GAP)
        if objective_note(by[net])[1]:
            text += " (AequilibraE's flows infeasible: see the note)"
        parts.append(f"{net} {text}")
        if v is None or (lower and v < GOAL_RATIO):
            # no figure, or AequilibraE stopped before 1e-6 too soon to tell
            met = None if met is not False else False
        elif v < GOAL_RATIO:
            met = False
    verdict = {True: "met", False: "NOT met", None: "not decided (a network missing, failed, or AequilibraE stopped too early)"}[met]
    line = (f"goal: on ChicagoSketch and Barcelona, reach 1e-6 at least 10× faster than "
            f"AequilibraE: {'; '.join(parts)} -> {verdict}")
    return line, met


def memory_line(results):
    by = {r["name"]: r for r in results}
    r = by.get("ChicagoSketch")
    if not r or not r["ours"]["ok"] or r["ours"]["mb"] is None:
        return "memory: ChicagoSketch not measured"
    mb = r["ours"]["mb"]
    return (f"memory: ours on ChicagoSketch peaks at {mb:.0f} MB -> "
            f"{'under' if mb < 500 else 'NOT under'} 500 MB")


def markdown(results, gaps):
    out = ["| network | gap | corridor (it, s) | AequilibraE BFW (it, s) | ratio |",
           "|---|---|---|---|---|"]
    for r in results:
        for g in gaps:
            out.append(f"| {r['name']} | {fgap(g)} | {cell_ours(r, g)} | {cell_peer(r, g)} | "
                       f"{ratio(r, g)[0]} |")
    out += ["",
            "| network | corridor final gap (it) | evaluator gap | corridor objective | "
            "AequilibraE final gap (it) | AequilibraE objective (relative to corridor) | "
            "wall corridor / AequilibraE | peak MB corridor / AequilibraE |",
            "|---|---|---|---|---|---|---|---|"]
    for r in results:
        ours, peer = r["ours"], r["peer"]
        if ours["ok"]:
            j = ours["json"]
            c1 = f"{j['relative_gap']:.3e} ({j['iterations']})"
            ev = f"{r['eval']['gap']:.3e}" if r["eval"]["ok"] else "–"
            obj = f"{j['objective']:.4f}"
        else:
            c1 = ev = obj = "failed"
        if peer["ok"]:
            rel, note = objective_note(r)
            p1 = f"{peer['final_gap']:.2e} ({peer['iterations']})"
            p2 = (f"{peer['objective']:.4f} ({rel:+.1e})" if rel is not None else "–")
            if note:
                p2 += " **infeasible flows**"
        else:
            p1 = p2 = "not run" if peer.get("skipped") else "failed"
        wall = (f"{fsec(ours['wall']) if ours['ok'] else '–'} s / "
                f"{fsec(peer['wall']) if peer['ok'] else '–'} s")
        mem = (f"{ours['mb']:.0f} / " if ours["ok"] and ours["mb"] is not None else "– / ") + \
              (f"{peer['mb']:.0f}" if peer["ok"] and peer["mb"] is not None else "–")
        out.append(f"| {r['name']} | {c1} | {ev} | {obj} | {p1} | {p2} | {wall} | {mem} |")
    notes = [note for note in (objective_note(r)[1] for r in results) if note]
    out += ["", goal(results)[0].replace("goal:", "Goal:"), "", memory_line(results).replace(
        "memory:", "Memory:")]
    if notes:
        out += [""] + [f"Note ({r['name']}): {objective_note(r)[1]}."
                       for r in results if objective_note(r)[1]]
    return "\n".join(out) + "\n"


def cmd_line(work, net):
    r = load(work, net)
    ours, peer = r["ours"], r["peer"]
    bits = []
    if ours["ok"]:
        j = ours["json"]
        bits.append(f"ours gap {j['relative_gap']:.2e} in {j['iterations']} it, "
                    f"{fsec(j['seconds'])} s")
    else:
        bits.append(f"ours FAILED ({ours['error']})")
    if peer["ok"]:
        bits.append(f"AequilibraE gap {peer['final_gap']:.2e} in {peer['iterations']} it, "
                    f"{peer['solve']:.2f} s")
    elif not peer.get("skipped"):
        bits.append(f"AequilibraE FAILED ({peer['error']})")
    print(f"   {net}: " + "; ".join(bits), flush=True)


def cmd_report(work, nets, gaps, md_path):
    results = [load(work, n) for n in nets]
    print()
    for r in results:
        print(text_network(r, gaps))
        print()
    print(goal(results)[0])
    print(memory_line(results))
    agree = [(r["name"], agreement(r)[0]) for r in results if r["ours"]["ok"]]
    print("evaluator: " + ", ".join(
        f"{n} {'agrees' if ok else 'DISAGREES' if ok is False else 'not checked'}"
        for n, ok in agree))
    if md_path:
        Path(md_path).write_text(markdown(results, gaps))
        print(f"Markdown written to {md_path}")
    failed = any(not r["ours"]["ok"] or (not r["peer"]["ok"] and not r["peer"].get("skipped"))
                 or agreement(r)[0] is False for r in results)
    return 1 if failed else 0


def main(argv):
    if len(argv) >= 3 and argv[0] == "line":
        cmd_line(argv[1], argv[2])
        return 0
    if len(argv) >= 2 and argv[0] == "report":
        work, rest = argv[1], argv[2:]
        gaps, md, nets = [1e-4, 1e-6, 1e-8], None, []
        i = 0
        while i < len(rest):
            if rest[i] == "--gaps":
                gaps = [float(x) for x in rest[i + 1].replace(",", " ").split()]
                i += 2
            elif rest[i] == "--markdown":
                md = rest[i + 1] or None
                i += 2
            else:
                nets.append(rest[i])
                i += 1
        return cmd_report(work, nets, gaps, md)
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
