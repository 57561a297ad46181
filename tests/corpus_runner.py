#!/usr/bin/env python3
"""Runs growlint on corpus cases and checks the inline expectations.

A case folder holds programs: every file or sub-folder whose name starts with
"mistake" or "correct" is one program (a folder: all its sources together).
Sources state what growlint must report, in the spirit of clang's -verify:

    std::vector<int> g;  // expect-finding: growth-global-container fix=bounded
    // expect-no-findings

The runner fails on any finding that was not expected, on any expectation
that was not found, on a wrong exit code, and on a correct program without
"expect-no-findings".

usage: corpus_runner.py --growlint BIN [--rules DIR] CASE_DIR...
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SOURCE_EXTS = (".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx")
EXPECT_RE = re.compile(r"expect-finding:\s*([\w-]+)\s+fix=([\w-]+)")


def programs(case_dir):
    for name in sorted(os.listdir(case_dir)):
        if name.startswith(("mistake", "correct")):
            yield name, os.path.join(case_dir, name)


def sources(path):
    if os.path.isfile(path):
        return [path]
    found = []
    for root, _, files in os.walk(path):
        found += [os.path.join(root, f) for f in files if f.endswith(SOURCE_EXTS)]
    return sorted(found)


def expectations(files):
    expected, no_findings = set(), False
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                for rule, fix in EXPECT_RE.findall(line):
                    expected.add((os.path.realpath(f), lineno, rule, fix))
                if "expect-no-findings" in line:
                    no_findings = True
    return expected, no_findings


def run_program(growlint, rules, name, path, tmp):
    errors = []
    files = sources(path)
    expected, no_findings = expectations(files)
    if name.startswith("correct") and (expected or not no_findings):
        errors.append(f"{name}: a correct program must say expect-no-findings and expect nothing")
    if name.startswith("mistake") and not expected:
        errors.append(f"{name}: a mistake program must expect at least one finding")
    db = os.path.join(tmp, "growlint.db")
    cmd = [growlint, "check", "--format", "json", "--db", db, path]
    if rules:
        cmd += ["--rules", rules]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        return errors + [f"{name}: growlint exited {proc.returncode}:\n{proc.stderr}"]
    report = json.loads(proc.stdout)
    got = set()
    for f in report["findings"]:
        got.add((os.path.realpath(f["file"]), f["line"], f["rule"], f["fix"]))
    for e in sorted(expected - got):
        errors.append(f"{name}: expected finding not reported: {e[0]}:{e[1]}: {e[2]} fix={e[3]}")
    for g in sorted(got - expected):
        errors.append(f"{name}: unexpected finding: {g[0]}:{g[1]}: {g[2]} fix={g[3]}")
    want_code = 1 if expected else 0
    if proc.returncode != want_code:
        errors.append(f"{name}: exit code {proc.returncode}, expected {want_code}")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--growlint", required=True)
    ap.add_argument("--rules")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    failures, count = [], 0
    for case in args.cases:
        progs = list(programs(case))
        if not any(n.startswith("mistake") for n, _ in progs):
            failures.append(f"{case}: no mistake program")
        for name, path in progs:
            count += 1
            with tempfile.TemporaryDirectory() as tmp:
                errs = run_program(args.growlint, args.rules, name, path, tmp)
            failures += [f"{case}/{e}" for e in errs]
            print(f"{'FAIL' if errs else 'ok  '} {case}/{name}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"{count} programs, {len(failures)} problems")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
