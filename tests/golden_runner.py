#!/usr/bin/env python3
"""Golden tests of the front ends: `growlint dump-facts` of each source in
tests/golden (NAME.c, NAME.cpp, NAME.py) must equal NAME.facts, line for line.

    golden_runner.py --growlint BIN [--rules DIR] [--update] [NAME...]

--update rewrites the .facts files from the current output (review the diff).
Paths in the output are relative to tests/golden, where dump-facts runs.
"""
import argparse
import difflib
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
SOURCES = (".c", ".cpp", ".py")


def dump(growlint, rules, source):
    cmd = [growlint, "dump-facts", "--rules", rules, source]
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write("%s: exit %d\n%s" % (" ".join(cmd), p.returncode, p.stderr))
    return p.returncode, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--growlint", required=True)
    ap.add_argument("--rules", default=os.path.join(HERE, "..", "..", "rules"))
    ap.add_argument("--update", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    sources = sorted(f for f in os.listdir(HERE) if f.endswith(SOURCES))
    if args.names:
        sources = [s for s in sources if os.path.splitext(s)[0] in args.names]
    failed = 0
    for source in sources:
        golden = os.path.join(HERE, os.path.splitext(source)[0] + ".facts")
        code, out = dump(os.path.abspath(args.growlint), os.path.abspath(args.rules), source)
        if code != 0:
            failed += 1
            continue
        if args.update:
            with open(golden, "w") as f:
                f.write(out)
            print("updated %s" % os.path.basename(golden))
            continue
        want = open(golden).read() if os.path.exists(golden) else ""
        if out != want:
            failed += 1
            sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), out.splitlines(True),
                                                       os.path.basename(golden), "dump-facts " + source))
        print("%s %s" % ("ok  " if out == want else "FAIL", source))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
