#!/usr/bin/env python3
"""Benchmark: growlint at scale, side by side with clang and clang-tidy (issue #4).

Generates (scripts/gen_codebase.py, deterministic, seeded) a C code base of
about 1,000 units and a C++ code base of about 200 units, each with a
compile_commands.json, and measures in one run:

  1. cold run, one job (`-j 1 --no-cache`, fresh database) against
     `clang-19 -fsyntax-only` over the same units one after another
     (same arguments, run from the entry's directory)          target <= 1.15x
  2. cold run, one job, against clang-tidy-19 with
     `--checks=-*,bugprone-use-after-move` over the same compile database
     (`run-clang-tidy-19 -j 1` when present, else one clang-tidy-19 invocation
     with every file; --tidy chooses)                           target: faster
  3. `-j 2` against `-j 1`, cold                                 target >= 1.7x
  4. warm run, nothing changed (same database, cache on), against cold
                                                                 target <= 5%
  5. one changed C unit (a comment appended) with the cache, against that
     unit's own `clang-19 -fsyntax-only` time x 2 + the warm time
                                                                 target <= 1x
     and the same change with `--changed FILE` (same reference and target)
  6. peak RSS of a cold 1,000-unit run against a cold 100-unit run (a compile
     database of the first 100 entries)                         target <= 1.25x

  7. Python (issue 13): a cold run (`-j 1 --no-cache`, fresh database) over a
     few hundred generated Python modules (--py-units, default 300; one module
     in 50 holds the origin mistake) against `python3 -m py_compile` over the
     same files (one process, bytecode into a temporary folder): the ratio is
     printed, with no target

1-6 for the C code base, 1-4 for the C++ code base, 7 for Python. Every growlint run but the
`-j 2` one uses `-j 1`; each growlint run must report exactly the generated
mistakes and no failed unit, and the changed-unit runs must take all other units
from the cache. Wall clock with time.perf_counter; CPU time (user + system) and
peak RSS are the child's, from os.wait4. The cold runs and the references are
the best of --repeat runs, the warm and changed runs the best of --repeat-cheap.

Rows marked "info" have no target; they show where the time goes: CPU-time
versions of the wall-clock rows (steadier when other processes load the
machine), libclang's parse alone in one process (through ctypes, with growlint's
parse options), --shard 1/1 (analysis without the whole-program link), CPU per
unit at 1,000 against 100 units, and peak RSS at -j 2.

Reports go to a file in the work directory, never to /dev/null: growlint's
--output writes FILE.tmp and renames it over FILE, which as root would replace
the /dev/null device with a regular file.

The exit code is 1 when a command failed (its error is printed under the
table), else 0, whatever the PASS/FAIL verdicts.

usage: scripts/bench_scale.py [--quick] [--growlint build/growlint] [--keep DIR]
                              [--repeat 1] [--repeat-cheap 3] [--tidy auto|run|single]
                              [--only c|cpp|python] [--no-info] [--c-units N] [--cpp-units N]
                              [--py-units N]
"""
import argparse
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_codebase  # noqa: E402

CLANG = "clang-19"
TIDY = "clang-tidy-19"
RUN_TIDY = "run-clang-tidy-19"
TIDY_CHECKS = "-*,bugprone-use-after-move"

COMMANDS = []  # (label, cwd, argv) to reproduce
STATS = {}  # label -> growlint's --stats line of the first run with that label


class Failed(Exception):
    pass


def note_cmd(label, argv, cwd=None):
    if not any(label == l for l, _, _ in COMMANDS):
        COMMANDS.append((label, cwd, argv))


def run(argv, cwd=None, ok=(0,)):
    """Runs argv; returns (seconds, peak RSS in KiB, returncode, stdout, stderr, CPU seconds)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        try:
            p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as e:  # e.g. the binary is being relinked by a concurrent build
            raise Failed(f"cannot run {argv[0]}: {e}")
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        so, se = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if ok is not None and p.returncode not in ok:
        raise Failed(f"exit {p.returncode}: {' '.join(shlex.quote(a) for a in argv)}"
                     + (f" (in {cwd})" if cwd else "") + "\n" + se[-3000:])
    return dt, ru.ru_maxrss, p.returncode, so, se, ru.ru_utime + ru.ru_stime


def best(n, fn):
    """min over n calls of fn() -> (seconds, rss, ...); returns the fastest tuple and the max RSS."""
    res = [fn() for _ in range(max(1, n))]
    fastest = min(res, key=lambda r: r[0])
    return fastest, max(r[1] for r in res)


class Growlint:
    def __init__(self, exe, work, shown):
        self.exe, self.work, self.n, self.shown = exe, work, 0, shown
        # --stats (where the time went) when this growlint has it
        helptext = subprocess.run([exe, "check", "--help"], capture_output=True, text=True).stdout
        self.stats = "--stats" in helptext

    def check(self, build_dir, db, *extra, label=None, expect_findings=None):
        self.n += 1
        report = os.path.join(self.work, f"report{self.n}.json")
        argv = [self.exe, "check", "-p", build_dir, *extra, "--db", db, "--format", "json", "--output", report]
        if self.stats:
            argv.insert(2, "--stats")
        if label:
            note_cmd(label, [self.shown] + argv[1:])
        # 0 no findings, 1 findings; anything else (2 usage/input, 3 unit failed) is a failure to report
        dt, rss, _, _, se, cpu = run(argv, ok=(0, 1))
        rep = {}
        if os.path.exists(report):  # --shard writes no report
            with open(report) as f:
                rep = json.load(f)
        elif "--shard" not in extra:
            raise Failed(f"no report written: {' '.join(argv)}\n{se[-2000:]}")
        if rep.get("failed_units"):
            raise Failed(f"units failed: {rep['failed_units'][:5]}\n{se[-2000:]}")
        if expect_findings is not None and len(rep["findings"]) != expect_findings:
            raise Failed(f"{len(rep['findings'])} findings, expected {expect_findings}: {' '.join(argv)}\n{se[-2000:]}")
        lines = se.strip().splitlines()
        summary = next((l for l in reversed(lines) if " in " in l and "unit" in l and "time:" not in l), "")
        if label and self.stats:
            st = next((l for l in lines if l.startswith("growlint: time:")), None)
            if st:
                STATS.setdefault(label, st[len("growlint: "):])
        return dt, rss, summary, rep, cpu

    def fresh_db(self, tag):
        self.n += 1
        d = os.path.join(self.work, f"{tag}{self.n}.db")
        for s in ("", "-wal", "-shm"):
            if os.path.exists(d + s):
                os.remove(d + s)
        return d


def syntax_argv(entry):
    """The entry's arguments for clang-19 -fsyntax-only: no compiler, no -c, no -o FILE."""
    a = entry["arguments"][1:]
    out, i = [], 0
    while i < len(a):
        if a[i] == "-c":
            i += 1
            continue
        if a[i] == "-o":
            i += 2
            continue
        out.append(a[i])
        i += 1
    return [CLANG, "-fsyntax-only"] + out


def clang_sequential(entries):
    """Wall seconds and summed CPU seconds of clang-19 -fsyntax-only on each unit in turn."""
    t0, cpu = time.perf_counter(), 0.0
    for e in entries:
        cpu += run(syntax_argv(e), cwd=e["directory"])[5]
    return time.perf_counter() - t0, cpu


LIBCLANG_PARSE = r"""
import ctypes, json, os, sys, time
lib = ctypes.CDLL(sys.argv[1])
lib.clang_createIndex.restype = ctypes.c_void_p
lib.clang_createIndex.argtypes = [ctypes.c_int, ctypes.c_int]
lib.clang_parseTranslationUnit2.restype = ctypes.c_int
lib.clang_parseTranslationUnit2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p),
                                            ctypes.c_int, ctypes.c_void_p, ctypes.c_uint, ctypes.c_uint,
                                            ctypes.POINTER(ctypes.c_void_p)]
lib.clang_disposeTranslationUnit.argtypes = [ctypes.c_void_p]
idx = lib.clang_createIndex(0, 0)
OPTS = 0x200 | 0x4000  # KeepGoing | IgnoreNonErrorsFromIncludedFiles, as growlint's extract.c
t0, c0 = time.perf_counter(), time.process_time()
for e in json.load(open(sys.argv[2])):
    a = e["arguments"][1:]
    args, i = ["-working-directory=" + e["directory"]], 0
    while i < len(a):
        if a[i] == "-o":
            i += 2
            continue
        if a[i] not in ("-c", e["file"]):
            args.append(a[i])
        i += 1
    argv = (ctypes.c_char_p * len(args))(*[x.encode() for x in args])
    tu = ctypes.c_void_p()
    rc = lib.clang_parseTranslationUnit2(idx, os.path.join(e["directory"], e["file"]).encode(), argv, len(args),
                                         None, 0, OPTS, ctypes.byref(tu))
    if rc != 0:
        sys.exit("libclang error %d on %s" % (rc, e["file"]))
    lib.clang_disposeTranslationUnit(tu)
print(time.perf_counter() - t0, time.process_time() - c0)  # wall, CPU of every thread (libclang parses on its own)
"""


def libclang_in_process(build_dir):
    """Every unit parsed by libclang in one process, as growlint parses them, and nothing else."""
    lib = "/usr/lib/llvm-19/lib/libclang-19.so.1"  # what CMakeLists.txt links (LLVM_ROOT)
    if not os.path.exists(lib):
        import ctypes.util
        lib = ctypes.util.find_library("clang-19") or ctypes.util.find_library("clang")
        if not lib:
            raise Failed("libclang 19 not found")
    argv = [sys.executable, "-c", LIBCLANG_PARSE, lib, os.path.join(build_dir, "compile_commands.json")]
    note_cmd("libclang parse only, in one process (python3 ctypes; the script is LIBCLANG_PARSE in bench_scale.py)",
             [sys.executable, "-c", "\"$LIBCLANG_PARSE\"", lib, os.path.join(build_dir, "compile_commands.json")])
    wall, cpu = map(float, run(argv)[3].split())
    return wall, cpu


def clang_tidy(build_dir, entries, mode):
    if mode == "run":
        argv = [RUN_TIDY, "-p", build_dir, "-j", "1", "-clang-tidy-binary", shutil.which(TIDY),
                f"-checks={TIDY_CHECKS}", "-quiet"]
    else:
        argv = [TIDY, "-p", build_dir, f"--checks={TIDY_CHECKS}", "--quiet"] + \
               [os.path.join(e["directory"], e["file"]) for e in entries]
    note_cmd(f"clang-tidy ({'run-clang-tidy-19 -j 1' if mode == 'run' else 'one clang-tidy-19 invocation'})",
             argv if mode == "run" else argv[:5] + ["<every unit's path>"])
    dt, _, _, _, _, cpu = run(argv)
    return dt, cpu


ROWS = []


def row(metric, g, ref, ratio, target, ok, unit="s"):
    def fmt(v):
        if v is None:
            return "-"
        if isinstance(v, str):
            return v
        return f"{v / 1024:.1f} MiB" if unit == "KiB" else f"{v:.3f}"
    verdict = "-" if ok is None else ("PASS" if ok else "FAIL")
    ROWS.append((metric, fmt(g), fmt(ref), "-" if ratio is None else f"{ratio:.3f}x", target, verdict))
    print(f"  {metric}: {fmt(g)} vs {fmt(ref)} -> {ROWS[-1][3]} ({target}) {verdict}", file=sys.stderr, flush=True)


def error_row(metric, target, exc):
    ROWS.append((metric, "ERROR", "-", "-", target, "FAIL"))
    ERRORS.append((metric, str(exc)))
    print(f"  {metric}: ERROR\n{exc}", file=sys.stderr, flush=True)


ERRORS = []


def bench(lang, n, work, gl, a):
    tag = "C" if lang == "c" else "C++"
    root = os.path.join(work, f"{lang}-{n}")
    t = time.perf_counter()
    if lang == "c":
        entries, expected = gen_codebase.gen_c(root, n, a.seed)
    else:
        entries, expected = gen_codebase.gen_cpp(root, n, a.seed + 1)
    lines = sum(sum(1 for _ in open(os.path.join(root, e["file"]))) for e in entries)
    print(f"[{tag}] generated {n} units ({lines} lines, {len(expected)} mistakes) in {root} "
          f"({time.perf_counter() - t:.1f} s)", file=sys.stderr, flush=True)
    nx = len(expected)
    P = f"{tag} {n}u"

    # Measured in the order clang, cold -j 1, cold -j 2, clang-tidy, so that each pair of a ratio
    # runs back to back and load from other processes is as alike as it can be for both.
    def attempt(fn):
        try:
            return fn(), None
        except Failed as e:
            return None, e

    note_cmd(f"{tag}: clang-19 -fsyntax-only, each unit in turn (from the cdb directory)", syntax_argv(entries[0]), root)
    r_ref, e_ref = attempt(lambda: best(a.repeat, lambda: clang_sequential(entries)))
    r_cold, e_cold = attempt(lambda: best(a.repeat, lambda: gl.check(
        root, gl.fresh_db(f"{lang}-cold"), "-j", "1", "--no-cache", label=f"{tag}: cold, one job",
        expect_findings=nx)))
    r_par, e_par = attempt(lambda: best(a.repeat, lambda: gl.check(
        root, gl.fresh_db(f"{lang}-j2"), "-j", "2", "--no-cache", label=f"{tag}: cold, two jobs",
        expect_findings=nx)))
    r_tidy, e_tidy = attempt(lambda: best(a.repeat, lambda: clang_tidy(root, entries, a.tidy)))
    r_parse = e_parse = None
    if lang == "c" and not a.no_info:
        r_parse, e_parse = attempt(lambda: best(a.repeat, lambda: libclang_in_process(root)))

    cold = cold_rss = cold_cpu = par = par_rss = par_cpu = None
    if r_cold:
        (cold, _, summary, _, cold_cpu), cold_rss = r_cold
        print(f"  cold -j 1: {summary}", file=sys.stderr)
    if r_par:
        (par, _, _, _, par_cpu), par_rss = r_par

    # 1. cold -j 1 against clang -fsyntax-only, one unit after another
    m = f"{P} cold -j1 vs clang -fsyntax-only, sequential"
    if e_cold or e_ref:
        error_row(m, "<= 1.15x", e_cold or e_ref)
    else:
        (ref, ref_cpu), _ = r_ref
        row(m, cold, ref, cold / ref, "<= 1.15x", cold / ref <= 1.15)
        if not a.no_info:
            row(f"{m}, CPU time (info)", cold_cpu, ref_cpu, cold_cpu / ref_cpu, "info", None)
    if r_parse and cold is not None:
        (parse, parse_cpu), _ = r_parse
        row(f"{P} cold -j1 vs libclang parse only, in-process (info)", cold, parse, cold / parse, "info", None)
        row(f"{P} cold -j1 vs libclang parse only, in-process, CPU time (info)", cold_cpu, parse_cpu,
            cold_cpu / parse_cpu, "info", None)
    elif e_parse:
        error_row(f"{P} cold -j1 vs libclang parse only (info)", "info", e_parse)

    # 2. against clang-tidy
    m = f"{P} cold -j1 vs clang-tidy ({'run-clang-tidy -j1' if a.tidy == 'run' else 'one invocation'})"
    if e_cold or e_tidy:
        error_row(m, "< 1.00x", e_tidy or e_cold)
    else:
        (tidy, tidy_cpu), _ = r_tidy
        row(m, cold, tidy, cold / tidy, "< 1.00x", cold < tidy)
        if not a.no_info:
            row(f"{P} cold -j1 vs clang-tidy, CPU time (info)", cold_cpu, tidy_cpu, cold_cpu / tidy_cpu, "info", None)

    # 3. -j 2 against -j 1
    m = f"{P} -j2 throughput vs -j1 (speed-up)"
    if e_cold or e_par:
        error_row(m, ">= 1.70x", e_par or e_cold)
    else:
        row(m, par, cold, cold / par, ">= 1.70x", cold / par >= 1.7)
        if not a.no_info:
            row(f"{P} -j2 vs -j1, CPU time (info)", par_cpu, cold_cpu, par_cpu / cold_cpu, "info", None)

    # 4. warm, nothing changed
    warm = None
    db = gl.fresh_db(f"{lang}-warm")
    try:
        gl.check(root, db, "-j", "1", expect_findings=nx)  # fills the cache
        (warm, _, summary, _, _), _ = best(a.repeat_cheap, lambda: gl.check(
            root, db, "-j", "1", label=f"{tag}: warm, nothing changed (after one run on the same db)",
            expect_findings=nx))
        print(f"  warm: {summary}", file=sys.stderr)
        if cold is not None:
            row(f"{P} warm (nothing changed) vs cold -j1", warm, cold, warm / cold, "<= 0.05x", warm / cold <= 0.05)
    except Failed as e:
        error_row(f"{P} warm (nothing changed) vs cold -j1", "<= 0.05x", e)

    if lang != "c":
        return

    # 5. one changed unit
    if warm is not None:
        victim = entries[n // 2]
        path = os.path.join(root, victim["file"])
        with open(path) as f:
            original = f.read()
        edits = [0]

        def touch():
            edits[0] += 1
            with open(path, "a") as f:
                f.write(f"/* bench edit {edits[0]} */\n")

        try:
            note_cmd(f"{tag}: the changed unit's own clang-19 -fsyntax-only", syntax_argv(victim), root)
            (unit_t, _), _ = best(a.repeat_cheap, lambda: run(syntax_argv(victim), cwd=root)[:2])
            ref = 2 * unit_t + warm

            def changed():
                touch()
                r = gl.check(root, db, "-j", "1", label=f"{tag}: one unit changed (append a comment to {victim['file']})",
                             expect_findings=nx)
                if f"{n - 1} units from the cache" not in r[2]:
                    raise Failed(f"expected {n - 1} units from the cache: {r[2]}")
                return r

            (chg, _, summary, _, _), _ = best(a.repeat_cheap, changed)
            print(f"  changed: {summary}", file=sys.stderr)
            row(f"{P} one unit changed vs 2 x its clang + warm", chg, ref, chg / ref, "<= 1.00x", chg <= ref)

            def changed_mode():
                touch()
                return gl.check(root, db, "-j", "1", "--changed", path,
                                label=f"{tag}: one unit changed, --changed FILE", expect_findings=nx)

            (chm, _, summary, _, _), _ = best(a.repeat_cheap, changed_mode)
            print(f"  --changed: {summary}", file=sys.stderr)
            row(f"{P} --changed FILE vs 2 x its clang + warm", chm, ref, chm / ref, "<= 1.00x", chm <= ref)
        except Failed as e:
            error_row(f"{P} one unit changed vs 2 x its clang + warm", "<= 1.00x", e)
        finally:
            with open(path, "w") as f:
                f.write(original)

    # 6. peak memory: n units against the first 100
    if cold_rss is not None:
        sub = os.path.join(work, f"{lang}-first100")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "compile_commands.json"), "w") as f:
            json.dump(entries[:100], f, indent=1)
        nx100 = sum(1 for x in expected if x["file"] in {e["file"] for e in entries[:100]})
        try:
            (t100, _, _, _, cpu100), rss100 = best(a.repeat, lambda: gl.check(
                sub, gl.fresh_db(f"{lang}-100"), "-j", "1", "--no-cache",
                label=f"{tag}: cold, one job, first 100 entries", expect_findings=nx100))
            row(f"{P} peak RSS, cold -j1 {n} units vs 100 units", cold_rss, rss100, cold_rss / rss100,
                "<= 1.25x", cold_rss / rss100 <= 1.25, unit="KiB")
            if not a.no_info:
                row(f"{P} CPU per unit, cold -j1 {n} units vs 100 (info)", cold_cpu / n * 1000, cpu100 / 100 * 1000,
                    (cold_cpu / n) / (cpu100 / 100), "info (ms/unit)", None)
        except Failed as e:
            error_row(f"{P} peak RSS, cold -j1 {n} units vs 100 units", "<= 1.25x", e)
        if par is not None and not a.no_info:
            row(f"{P} peak RSS, cold -j2 vs -j1 (info)", par_rss, cold_rss, par_rss / cold_rss, "info", None,
                unit="KiB")

    # informational: analysis without the whole-program link (a single shard)
    if cold is not None and not a.no_info:
        try:
            (sh, _, _, _, sh_cpu), _ = best(a.repeat, lambda: gl.check(
                root, gl.fresh_db(f"{lang}-shard"), "-j", "1", "--no-cache", "--shard", "1/1",
                label=f"{tag}: cold, one job, --shard 1/1 (no link) (info)"))
            row(f"{P} cold -j1 --shard 1/1 (no link) vs cold -j1, CPU time (info)", sh_cpu, cold_cpu, sh_cpu / cold_cpu,
                "info", None)
        except Failed as e:
            error_row(f"{P} cold -j1 --shard 1/1 (info)", "info", e)


PY_MODULE = """\
\"\"\"Generated module {i} of a Python service (bench_scale.py).\"\"\"
import collections
import json

from svc import mod{prev} as prev

LIMIT = {i}
recent = collections.deque(maxlen=100)
{mistake}

class Handler{i}:
    registry = {{}}

    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, value):
        self.items.append(value)
        if len(self.items) > LIMIT:
            self.items.pop(0)

    def report(self):
        return json.dumps({{"name": self.name, "count": len(self.items)}})


def parse(line):
    parts = line.split(",")
    out = {{}}
    for k, v in zip(parts[::2], parts[1::2]):
        out[k.strip()] = v.strip()
    return out


def handle(line):
    record = parse(line)
    recent.append(record)
    key = record.get("id", "")
    if key in Handler{i}.registry:
        Handler{i}.registry[key].add(record)
    else:
        Handler{i}.registry[key] = Handler{i}(key)
    Handler{i}.registry.pop(key, None)
    return prev.handle(line) if LIMIT % 7 == 0 else record


def summary(values):
    totals = collections.Counter()
    for v in values:
        totals[v] += 1
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
"""

PY_MISTAKE = """
cache = []


def process(data):
    cache.append(data)


def serve(read):
    while True:
        process(read())
"""


def gen_python(root, n):
    """n modules in the package svc, every 50th with the origin mistake; returns (files, mistakes)."""
    pkg = os.path.join(root, "svc")
    os.makedirs(pkg, exist_ok=True)
    files = [os.path.join(pkg, "__init__.py")]
    with open(files[0], "w") as f:
        f.write("")
    mistakes = 0
    for i in range(n):
        mistake = PY_MISTAKE if i % 50 == 0 else ""
        mistakes += bool(mistake)
        path = os.path.join(pkg, f"mod{i}.py")
        with open(path, "w") as f:
            f.write(PY_MODULE.format(i=i, prev=max(i - 1, 0), mistake=mistake))
        files.append(path)
    return files, mistakes


def bench_python(n, work, gl, a):
    print(f"== Python: {n} modules", file=sys.stderr, flush=True)
    root = os.path.join(work, "py")
    files, mistakes = gen_python(root, n)
    metric = f"python: cold -j1 vs python3 -m py_compile ({n} modules)"
    try:
        def cold():
            db = gl.fresh_db("py")
            report = os.path.join(work, "py-report.json")
            argv = [gl.exe, "check", "-j", "1", "--no-cache", "--db", db, "--format", "json", "--output", report, "svc"]
            note_cmd(metric + ": growlint", [gl.shown] + argv[1:], cwd=root)
            r = run(argv, cwd=root, ok=(0, 1))
            with open(report) as f:
                rep = json.load(f)
            if rep.get("failed_units") or len(rep["findings"]) != mistakes:
                raise Failed(f"{len(rep['findings'])} findings (expected {mistakes}), failed units "
                             f"{rep.get('failed_units', [])[:5]}\n{r[4][-2000:]}")
            return r

        def compile_all():
            prefix = tempfile.mkdtemp(prefix="pycache-", dir=work)
            argv = [sys.executable, "-m", "py_compile"] + [os.path.relpath(f, root) for f in files]
            note_cmd(metric + ": py_compile", ["PYTHONPYCACHEPREFIX=" + prefix] + argv[:3] + ["svc/*.py"], cwd=root)
            env = dict(os.environ, PYTHONPYCACHEPREFIX=prefix)
            t0 = time.perf_counter()
            p = subprocess.run(argv, cwd=root, env=env, capture_output=True, text=True)
            dt = time.perf_counter() - t0
            shutil.rmtree(prefix, ignore_errors=True)
            if p.returncode:
                raise Failed(f"py_compile: exit {p.returncode}\n{p.stderr[-2000:]}")
            return dt, 0

        g = best(a.repeat, cold)[0][0]
        ref = best(a.repeat, compile_all)[0][0]
        row(metric, g, ref, g / ref, "info (no target)", None)
    except Failed as e:
        error_row(metric, "info (no target)", e)


def snapshot(exe, work):
    """A copy of the binary and its rules, so that a concurrent rebuild cannot change growlint mid-run."""
    src_rules = os.path.join(os.path.dirname(exe), "..", "share", "growlint", "rules")
    if not os.path.isdir(src_rules):
        src_rules = os.path.join(TOP, "rules")  # what a binary in the build tree loads
    copy = os.path.join(work, "bin", "growlint")
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copy2(exe, copy)
    shutil.copytree(src_rules, os.path.join(work, "share", "growlint", "rules"), dirs_exist_ok=True)
    if subprocess.run([copy, "--version"], capture_output=True).returncode != 0:
        sys.exit(f"bench_scale: the copy of {exe} does not run (was it being rebuilt?)")
    return copy


def describe(exe):
    """growlint's version, the binary's hash and time, and the source tree's commit."""
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip().replace("\n", "; ")
    with open(exe, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:12]
    built = time.strftime("%H:%M:%S", time.localtime(os.stat(exe).st_mtime))
    git = subprocess.run(["git", "-C", TOP, "log", "-1", "--format=%h"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", TOP, "status", "--porcelain", "--", "checker", "CMakeLists.txt", "rules"],
                           capture_output=True, text=True).stdout.strip()
    return (f"{version}; binary sha256 {digest}, built {built}; tree {git or '?'}"
            f"{' with uncommitted changes under checker/ or rules/' if dirty else ''}")


def cpu_jiffies():
    """Busy CPU seconds of the whole machine so far (all cores), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    busy = v[0] + v[1] + v[2] + sum(v[5:8])  # user nice system irq softirq steal
    return busy / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--growlint", default=os.path.join(TOP, "build", "growlint"))
    ap.add_argument("--quick", action="store_true", help="200 C units and 50 C++ units")
    ap.add_argument("--c-units", type=int, default=None)
    ap.add_argument("--cpp-units", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each cold run and reference (best of)")
    ap.add_argument("--repeat-cheap", type=int, default=3, help="runs of each warm / changed run (best of)")
    ap.add_argument("--tidy", choices=["auto", "run", "single"], default="auto",
                    help="run: run-clang-tidy-19 -j 1; single: one clang-tidy-19 with every file; "
                         "auto: run when run-clang-tidy-19 is on PATH")
    ap.add_argument("--only", choices=["c", "cpp", "python"])
    ap.add_argument("--py-units", type=int, default=300, help="generated Python modules (row 7)")
    ap.add_argument("--no-info", action="store_true", help="skip the informational rows")
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (default: a temporary folder)")
    a = ap.parse_args()
    a.growlint = os.path.abspath(a.growlint)
    if a.tidy == "auto":
        a.tidy = "run" if shutil.which(RUN_TIDY) else "single"
    for tool in (a.growlint, CLANG, TIDY) + ((RUN_TIDY,) if a.tidy == "run" else ()):
        if not shutil.which(tool):
            sys.exit(f"bench_scale: {tool} not found")
    nc = a.c_units or (200 if a.quick else 1000)
    ncpp = a.cpp_units or (50 if a.quick else 200)
    if nc < 100:
        sys.exit("bench_scale: the C code base needs at least 100 units (the memory row uses the first 100)")

    t_start = time.perf_counter()
    busy0, self0 = cpu_jiffies(), os.times()
    load0 = os.getloadavg()
    if a.keep:
        work = os.path.abspath(a.keep)
        os.makedirs(work, exist_ok=True)
        ctx = None
    else:
        ctx = tempfile.TemporaryDirectory(prefix="growlint-bench-")
        work = ctx.name
    exe = snapshot(a.growlint, work)
    version = describe(exe)
    print(f"{version}; {os.cpu_count()} cores; load average {load0[0]:.2f} at start", file=sys.stderr, flush=True)
    try:
        gl = Growlint(exe, work, a.growlint)
        if a.only in (None, "c"):
            bench("c", nc, work, gl, a)
        if a.only in (None, "cpp"):
            bench("cpp", ncpp, work, gl, a)
        if a.only in (None, "python"):
            bench_python(a.py_units, work, gl, a)
    finally:
        total = time.perf_counter() - t_start
        load1 = os.getloadavg()
        head = ("metric", "growlint", "reference", "ratio", "target", "result")
        w = [max(len(r[i]) for r in ROWS + [head]) for i in range(len(head))]
        print()
        print(f"growlint at scale ({version}; {os.cpu_count()} cores; load average {load0[0]:.2f} at start, "
              f"{load1[0]:.2f} at end; seconds unless stated)")
        print("  ".join(h.ljust(w[i]) for i, h in enumerate(head)).rstrip())
        print("  ".join("-" * w[i] for i in range(len(head))))
        for r in ROWS:
            print("  ".join(c.ljust(w[i]) if i in (0, 4, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
        busy1, self1 = cpu_jiffies(), os.times()
        if busy0 is not None and busy1 is not None:
            ours = sum(self1[:4]) - sum(self0[:4])  # this script and every child it waited for
            others = max(0.0, (busy1 - busy0) - ours)
            share = others / (total * (os.cpu_count() or 1))
            print(f"\nother processes used {others:.0f} CPU seconds during the run, {share:.0%} of the machine's "
                  f"{os.cpu_count()} cores x {total:.0f} s")
            if share > 0.05:
                print("warning: so wall-clock figures are inflated unevenly, and -j 2 could not have two free cores; "
                      "the CPU-time rows are steadier. Rerun on an idle machine for the wall-clock targets.")
        if STATS:
            print("\nwhere growlint's time went (--stats; parse and walk are summed over workers):")
            for label, st in STATS.items():
                print(f"  {label}: {st}")
        fails = sum(1 for r in ROWS if r[5] == "FAIL")
        print(f"\n{sum(1 for r in ROWS if r[5] == 'PASS')} pass, {fails} fail; clang-tidy: "
              f"{'run-clang-tidy-19 -j 1' if a.tidy == 'run' else 'one clang-tidy-19 invocation with every file'}; "
              f"total {total:.0f} s")
        for metric, err in ERRORS:
            print(f"\nerror in '{metric}':\n{err}")
        print(f"\nto reproduce (the run used a copy of {a.growlint} made at its start; code bases: python3 scripts/gen_codebase.py c DIR --units "
              f"{nc} --seed {a.seed}; python3 scripts/gen_codebase.py cpp DIR --units {ncpp} --seed {a.seed + 1}"
              f"{'' if a.keep else '; the work folder below is deleted at exit, use --keep DIR to keep it'}):")
        for label, cwd, argv in COMMANDS:
            print(f"  # {label}")
            print(f"  {'cd ' + shlex.quote(cwd) + ' && ' if cwd else ''}{' '.join(shlex.quote(x) for x in argv)}")
        if ctx:
            ctx.cleanup()
    sys.exit(1 if ERRORS else 0)


if __name__ == "__main__":
    main()
