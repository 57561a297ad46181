#!/usr/bin/env python3
"""The README tells the truth about what can be checked cheaply:

- every command of its Usage block is a command of `growlint help`, and
  every command of `growlint help` is in the Usage block;
- every repository path it names (checker/..., tests/..., rules/...,
  scripts/..., corpus/..., .ci/...) exists, placeholders (NAME, RULE, CASE,
  globs) aside;
- the schema version it states is STORE_SCHEMA_VERSION.

Usage: docs_test.py --growlint PATH --root SOURCE_DIR
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path


def usage_commands(readme):
    block = readme.split("## Usage", 1)[1].split("```", 2)[1]
    return {m.group(1) for m in re.finditer(r"^growlint ([a-z][a-z-]*)", block, re.M)}


def help_commands(growlint):
    out = subprocess.run([growlint, "help"], capture_output=True, text=True, check=True).stdout
    block = out.split("commands:", 1)[1].split("\n\n", 1)[0]
    return {line.split()[0] for line in block.splitlines() if line.strip()}


PLACEHOLDER = re.compile(r"NAME|RULE|CASE|[*{}]|\.\.\.")


def named_paths(text):
    for m in re.finditer(r"(?<![\w./-])((?:checker|tests|rules|scripts|corpus|\.ci)/[\w./+-]*[\w+])", text):
        path = m.group(1)
        if not PLACEHOLDER.search(path):
            yield path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--growlint", required=True)
    ap.add_argument("--root", required=True)
    args = ap.parse_args()
    root = Path(args.root)
    readme = (root / "README.md").read_text()
    failures = []

    documented, known = usage_commands(readme), help_commands(args.growlint)
    for cmd in sorted(documented - known):
        failures.append(f"README Usage names 'growlint {cmd}', which `growlint help` does not list")
    for cmd in sorted(known - documented):
        failures.append(f"`growlint help` lists '{cmd}', which README Usage does not show")

    for doc in ("README.md", "corpus/README.md"):
        for path in sorted(set(named_paths((root / doc).read_text()))):
            if not (root / path).exists():
                failures.append(f"{doc} names '{path}', which does not exist")

    version = re.search(r"#define STORE_SCHEMA_VERSION (\d+)", (root / "checker/store.h").read_text()).group(1)
    stated = re.search(r"schema\s+version, currently (\d+)", readme)
    if not stated or stated.group(1) != version:
        failures.append(f"README states schema version {stated and stated.group(1)}, the code has {version}")

    for f in failures:
        print("FAIL:", f)
    print(f"docs: {len(documented)} commands, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
