#!/usr/bin/env python3
"""Benchmark: history queries on a large history.

Builds a database with growlint's own schema (a real `growlint check` creates
it), fills it with RUNS runs of FINDINGS findings each (a tenth of the
fingerprints change from run to run), then times `growlint history`,
`growlint findings --state new` and `growlint diff` side by side and prints
each against the one-second budget.

usage: scripts/bench_history.py [--growlint build/growlint] [--runs 200] [--findings 1000]
"""
import argparse
import os
import sqlite3
import subprocess
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t
        if p.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {p.stderr}")
        best = dt if best is None else min(best, dt)
    return best, len(p.stdout.splitlines())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--growlint", default=os.path.join(TOP, "build", "growlint"))
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--findings", type=int, default=1000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "history.db")
        subprocess.run([a.growlint, "check", "--db", db, os.path.join(TOP, "tests", "fixtures", "basic")],
                       capture_output=True, check=False)
        t0 = time.perf_counter()
        with sqlite3.connect(db) as c:
            c.execute("DELETE FROM finding")
            c.execute("DELETE FROM run")
            for r in range(1, a.runs + 1):
                c.execute("INSERT INTO run(id, started, finished, status, units, findings, new_findings, "
                          "fixed_findings) VALUES (?, '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 'complete', "
                          "500, ?, ?, ?)", (r, a.findings, a.findings // 10, a.findings // 10))
                rows = []
                for i in range(a.findings):
                    gen = (r + i) // 10 if i % 10 == 0 else 0  # a tenth of the containers change each run
                    fp = f"{i:08x}{gen:08x}"
                    state = "unchanged" if r > 1 and i % 10 else "new"
                    rows.append((r, fp, "growth-global-container", f"g_{i}", f"g_{i}", f"/src/f{i % 300}.cpp",
                                 i % 900 + 1, 5, "bounded", "msg", "[]", state))
                c.executemany("INSERT INTO finding(run_id, fingerprint, rule, symbol, container, file, line, col, "
                              "fix, message, notes, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        print(f"database: {a.runs} runs x {a.findings} findings, filled in {time.perf_counter() - t0:.1f} s")
        g = a.growlint
        cases = [("history", [g, "history", "--db", db]),
                 ("findings --state new", [g, "findings", "--db", db, "--state", "new"]),
                 ("diff (last two runs)", [g, "diff", "--db", db, str(a.runs - 1), str(a.runs)]),
                 ("findings --format json", [g, "findings", "--db", db, "--format", "json"])]
        print(f"{'query':28} {'seconds':>8} {'lines':>7} {'of budget (1 s)':>16}")
        worst = 0.0
        for name, cmd in cases:
            dt, lines = timed(cmd)
            worst = max(worst, dt)
            print(f"{name:28} {dt:8.3f} {lines:7d} {dt / 1.0:15.1%}")
        print(f"slowest query: {worst:.3f} s ({'within' if worst < 1.0 else 'OVER'} the one-second budget)")


if __name__ == "__main__":
    main()
