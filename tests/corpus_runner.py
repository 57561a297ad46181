#!/usr/bin/env python3
"""Runs growlint on corpus cases and checks the inline expectations.

A case folder holds programs: every file or sub-folder whose name starts with
"mistake" or "correct" is one program (a folder: all its sources together).
Sources state what growlint must report, in the spirit of clang's -verify:

    std::vector<int> g;  // expect-finding: growth-global-container fix=bounded
    // expect-no-findings
    for (;;) {  // expect-note: this loop never ends, so the growth repeats

"expect-finding" pins a finding (its line, rule and suggested fix: fix= also
pins the "suggested fix (FIX): ..." note at the declaration). "expect-note"
pins every other note growlint prints for the program's findings, on the line
the note points to; the syntax is described in corpus/README.md and by
parse_notes() below.

The runner fails on any finding that was not expected, on any expectation
that was not found, on a note that was printed but not expected (or expected
but not printed, or printed at another line), on a finding whose fix note is
missing or not at its declaration, on a wrong exit code, and on a correct
program without "expect-no-findings".

A case also fails when a mistake is told a fix (bounded, cleanup,
weak-reference) that no correct program of its language shows: each fix a
mistake's findings suggest needs a program named correct-KIND or
correct-KIND-... (KIND: bounded, cleanup, weakref) with sources in the same
language, which follows the suggestion (growlint is silent on it, as on every
correct program). A correct program that reallocs one pointer twice fails too
(the corpus has no double realloc in a correct way).

usage: corpus_runner.py --growlint BIN [--rules DIR] CASE_DIR...
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SOURCE_EXTS = (".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx", ".py")
EXPECT_RE = re.compile(r"expect-finding:\s*([\w-]+)\s+fix=([\w-]+)")
FIX_NOTE_RE = re.compile(r"suggested fix \(([\w-]+)\): \S")

# expect-note[@+N|@-N][ xCOUNT]: TEXT
# TEXT runs to the end of the line or to the next comment that starts another
# expectation ("// expect-..." in C and C++, "# expect-..." in Python).
NOTE_HEAD = r"{c}\s*expect-note(?:@([+-]\d+))?(?:\s+x(\d+))?\s*:"
NOTE_TEXT = r"\s*(.*?)\s*(?={c}\s*expect-|$)"


def shown(path):
    """A path as messages show it: relative to the current folder when under it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def comment_marker(path):
    return "#" if path.endswith(".py") else "//"


class NoteExpectation:
    """One expect-note: the text (literal, with {{regex}} parts) at a line, count times."""

    def __init__(self, path, line, text, count, written_at):
        self.path, self.line, self.text, self.count = path, line, text, count
        self.written_at = written_at
        self.regex = note_regex(text)

    def matches(self, message):
        return self.regex.fullmatch(message) is not None


def note_regex(text):
    """TEXT is literal except {{...}}, which is a Python regular expression
    (as in FileCheck); the whole message must match."""
    parts, pos = [], 0
    for m in re.finditer(r"\{\{(.*?)\}\}", text):
        parts.append(re.escape(text[pos:m.start()]))
        parts.append("(?:" + m.group(1) + ")")
        pos = m.end()
    parts.append(re.escape(text[pos:]))
    return re.compile("".join(parts), re.S)


def parse_notes(path, lineno, line):
    """The expect-note comments of one source line; returns (notes, errors)."""
    c = re.escape(comment_marker(path))
    head, text = NOTE_HEAD.format(c=c), NOTE_TEXT.format(c=c)
    notes, errors = [], []
    found = list(re.finditer(head + text, line))
    if line.count("expect-note") != len(found):
        errors.append(f"{shown(path)}:{lineno}: malformed expect-note (write '{comment_marker(path)} "
                      f"expect-note: TEXT', '@+N' / '@-N' and ' xCOUNT' before the colon)")
    for m in found:
        offset, count, body = m.group(1), m.group(2), m.group(3)
        if not body:
            errors.append(f"{shown(path)}:{lineno}: expect-note without a text")
            continue
        if count is not None and int(count) < 1:
            errors.append(f"{shown(path)}:{lineno}: expect-note count must be at least 1")
            continue
        try:
            notes.append(NoteExpectation(path, lineno + int(offset or 0), body,
                                         int(count or 1), lineno))
        except re.error as e:
            errors.append(f"{shown(path)}:{lineno}: bad {{{{regex}}}} in expect-note: {e}")
    return notes, errors


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
    expected, notes, errors, no_findings = set(), [], [], False
    for f in files:
        real = os.path.realpath(f)
        with open(f, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                for rule, fix in EXPECT_RE.findall(line):
                    expected.add((real, lineno, rule, fix))
                if "expect-no-findings" in line:
                    no_findings = True
                if "expect-note" in line:
                    n, e = parse_notes(real, lineno, line)
                    notes += n
                    errors += e
    return expected, notes, no_findings, errors


def check_fix_notes(findings):
    """Each finding's fix= is pinned by its expect-finding; the "suggested fix
    (FIX): ..." note must be there once, at the finding's own position, and
    name that fix. Returns the other notes and the errors."""
    others, errors = [], []
    for f in findings:
        where = f"{shown(f['path'])}:{f['line']}"
        fix_notes = [n for n in f["notes"] if n["message"].startswith("suggested fix")]
        if len(fix_notes) != 1:
            errors.append(f"{where}: finding '{f['container']}' has {len(fix_notes)} suggested-fix notes, expected 1")
        for n in fix_notes:
            m = FIX_NOTE_RE.match(n["message"])
            if not m or m.group(1) != f["fix"]:
                errors.append(f"{where}: suggested-fix note does not name fix {f['fix']}: {n['message']}")
            if (n["path"], n["line"], n["column"]) != (f["path"], f["line"], f["column"]):
                errors.append(f"{where}: suggested-fix note is at {n['path']}:{n['line']}:{n['column']}, "
                              f"not at the declaration")
        others += [n for n in f["notes"] if n not in fix_notes]
    return others, errors


def match_notes(expected, printed):
    """Matches printed notes (dicts with path, line, message) against
    NoteExpectations. Returns error strings: missing, unexpected, wrong line."""
    remaining = {id(e): e.count for e in expected}
    unexpected = []
    # Literal expectations first, so a {{regex}} does not take a note that a
    # literal one on the same line names exactly.
    order = sorted(expected, key=lambda e: "{{" in e.text)
    for n in printed:
        for e in order:
            if remaining[id(e)] and (e.path, e.line) == (n["path"], n["line"]) and e.matches(n["message"]):
                remaining[id(e)] -= 1
                break
        else:
            unexpected.append(n)
    missing = [(e, k) for e in expected for k in range(remaining[id(e)])]
    errors = []
    for e, _ in missing:
        moved = next((n for n in unexpected if n["path"] == e.path and e.matches(n["message"])), None)
        if moved is not None:
            unexpected.remove(moved)
            errors.append(f"{shown(e.path)}:{e.line}: note at the wrong line: expected here, printed at "
                          f"line {moved['line']}: {moved['message']}")
        else:
            errors.append(f"{shown(e.path)}:{e.line}: expected note not printed: {e.text}")
    for n in unexpected:
        errors.append(f"{shown(n['path'])}:{n['line']}: unexpected note: {n['message']}")
    return errors


# the file-name word of each fix a note suggests
FIX_FILE_WORD = {"bounded": "bounded", "cleanup": "cleanup", "weak-reference": "weakref"}
LANG_EXTS = {"c": (".c",), "c++": (".cc", ".cpp", ".cxx"), "python": (".py",)}
REALLOC_RE = re.compile(r"\brealloc\s*\(\s*([^,()]+?)\s*,")


def languages(path):
    """The languages of a program's sources (headers do not count)."""
    return {lang for lang, exts in LANG_EXTS.items() for f in sources(path) if f.endswith(exts)}


def strip_comments(text):
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)


def double_reallocs(path):
    """Errors for each source of a C or C++ program that reallocs one pointer more than once."""
    errors = []
    for f in sources(path):
        if f.endswith(".py"):
            continue
        with open(f, encoding="utf-8") as fh:
            targets = REALLOC_RE.findall(strip_comments(fh.read()))
        for t in sorted({t for t in targets if targets.count(t) > 1}):
            errors.append(f"{shown(f)}: '{t}' is realloc'd {targets.count(t)} times: a correct way reallocs "
                          f"it once")
    return errors


def missing_correct_ways(told, progs):
    """told: {mistake name: (languages, {fix})}. Errors for each fix told to a
    mistake that no correct program of its language shows."""
    errors = []
    for name, (langs, fixes) in sorted(told.items()):
        for fix in sorted(fixes):
            word = "correct-" + FIX_FILE_WORD.get(fix, fix)
            shows = [n for n, p in progs if (os.path.splitext(n)[0] == word or n.startswith(word + "-"))
                     and langs <= languages(p)]
            if not shows:
                ext = "" if os.path.isdir(dict(progs)[name]) else os.path.splitext(name)[1]
                errors.append(f"{name}: growlint suggests fix {fix}, but no correct program of its language "
                              f"shows it (write {word}{ext}, following the suggestion)")
    return errors


def run_program(growlint, rules, name, path, tmp, told=None):
    """Runs one program and returns its errors; for a mistake, records in
    told[name] its languages and the fixes its findings suggest."""
    errors = []
    if name.startswith("correct"):
        errors += [f"{name}: {e}" for e in double_reallocs(path)]
    files = sources(path)
    expected, notes, no_findings, parse_errors = expectations(files)
    errors += [f"{name}: {e}" for e in parse_errors]
    if name.startswith("correct") and (expected or notes or not no_findings):
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
        f["path"] = os.path.realpath(f["file"])
        for n in f.get("notes", []):
            n["path"] = os.path.realpath(n["file"])
        got.add((f["path"], f["line"], f["rule"], f["fix"]))
    if told is not None and name.startswith("mistake"):
        told[name] = (languages(path), {f["fix"] for f in report["findings"]})
    for e in sorted(expected - got):
        errors.append(f"{name}: expected finding not reported: {shown(e[0])}:{e[1]}: {e[2]} fix={e[3]}")
    for g in sorted(got - expected):
        errors.append(f"{name}: unexpected finding: {shown(g[0])}:{g[1]}: {g[2]} fix={g[3]}")
    printed, fix_errors = check_fix_notes(report["findings"])
    errors += [f"{name}: {e}" for e in fix_errors]
    errors += [f"{name}: {e}" for e in match_notes(notes, printed)]
    want_code = 1 if expected else 0
    if proc.returncode != want_code:
        errors.append(f"{name}: exit code {proc.returncode}, expected {want_code}")
    return errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--growlint", required=True)
    ap.add_argument("--rules")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args(argv)
    failures, count = [], 0
    for case in args.cases:
        progs = list(programs(case))
        if not any(n.startswith("mistake") for n, _ in progs):
            failures.append(f"{case}: no mistake program")
        told = {}
        for name, path in progs:
            count += 1
            with tempfile.TemporaryDirectory() as tmp:
                errs = run_program(args.growlint, args.rules, name, path, tmp, told)
            failures += [f"{case}/{e}" for e in errs]
            print(f"{'FAIL' if errs else 'ok  '} {case}/{name}")
        failures += [f"{case}/{e}" for e in missing_correct_ways(told, progs)]
    for f in failures:
        print(f, file=sys.stderr)
    print(f"{count} programs, {len(failures)} problems")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
