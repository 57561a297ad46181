#!/usr/bin/env python3
"""Tests of the facts cache, changed-files mode, parallel analysis, sharding
and interruption. Run: scale_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
GROWLINT = None

HEADER = "#pragma once\n#include <vector>\nextern std::vector<int> g_shared;\nvoid touch(int v);\n"
UNIT_A = '#include "shared.h"\nvoid touch(int v) { g_shared.push_back(v); }\n'
UNIT_B = '#include "shared.h"\nstd::vector<int> g_shared;\nint next();\nint main() { for (;;) touch(next()); }\n'
UNIT_C = "int helper(int x) { return x * 2; }\n"


class Project(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="growlint-scale-")
        self.db = os.path.join(self.dir, "g.db")
        for name, text in (("shared.h", HEADER), ("a.cpp", UNIT_A), ("b.cpp", UNIT_B), ("c.cpp", UNIT_C)):
            self.write(name, text)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, text):
        with open(os.path.join(self.dir, name), "w") as f:
            f.write(text)

    def check(self, *args, db=None):
        return subprocess.run([GROWLINT, "check", "--db", db or self.db, "--format", "json", *args], cwd=self.dir,
                              capture_output=True, text=True)

    def cached(self, run):
        with sqlite3.connect(self.db) as db:
            return dict(db.execute("SELECT substr(u.file, length(u.file) - 4), ru.cached FROM run_unit ru "
                                   "JOIN unit u ON u.id = ru.unit_id WHERE ru.run_id = ?", (run,)).fetchall())

    def symbols(self, p):
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return [(f["symbol"], f["line"], f["fingerprint"]) for f in json.loads(p.stdout)["findings"]]


class Cache(Project):
    def test_nothing_changed_comes_from_the_cache_with_the_same_findings(self):
        first = self.symbols(self.check("."))
        second = self.symbols(self.check("."))
        self.assertEqual(first, second)
        self.assertEqual(self.cached(1), {"a.cpp": 0, "b.cpp": 0, "c.cpp": 0})
        self.assertEqual(self.cached(2), {"a.cpp": 1, "b.cpp": 1, "c.cpp": 1})

    def test_a_changed_header_reanalyses_the_units_that_include_it_and_no_others(self):
        self.check(".")
        self.write("shared.h", HEADER + "// a comment\n")
        self.check(".")
        self.assertEqual(self.cached(2), {"a.cpp": 0, "b.cpp": 0, "c.cpp": 1})

    def test_a_changed_unit_is_reanalysed_alone(self):
        self.check(".")
        self.write("c.cpp", UNIT_C + "int other() { return 1; }\n")
        self.check(".")
        self.assertEqual(self.cached(2), {"a.cpp": 1, "b.cpp": 1, "c.cpp": 0})

    def test_other_arguments_or_rules_invalidate_the_cache(self):
        self.check(".")
        self.check(".", "--", "-DX=1")
        self.assertEqual(self.cached(2), {"a.cpp": 0, "b.cpp": 0, "c.cpp": 0})
        rules = os.path.join(self.dir, "rules")
        shutil.copytree(os.path.join(TOP, "rules"), rules)
        with open(os.path.join(rules, "extra.yaml"), "w") as f:
            f.write("entries:\n  register: [my_register]\n")
        self.check(".", "--rules", rules)
        self.assertEqual(self.cached(3), {"a.cpp": 0, "b.cpp": 0, "c.cpp": 0})

    def test_no_cache_parses_everything(self):
        self.check(".")
        self.check(".", "--no-cache")
        self.assertEqual(self.cached(2), {"a.cpp": 0, "b.cpp": 0, "c.cpp": 0})


class Changed(Project):
    def test_changed_mode_reanalyses_only_affected_units_and_keeps_cross_unit_answers(self):
        self.check(".")
        # the growth is now cleared in c.cpp: only c.cpp is re-analysed, the link still sees a.cpp and b.cpp
        self.write("c.cpp", '#include "shared.h"\nvoid drain() { g_shared.clear(); }\n')
        p = self.check("--changed", "c.cpp")
        self.assertEqual(self.symbols(p), [])
        self.assertEqual(self.cached(2), {"a.cpp": 1, "b.cpp": 1, "c.cpp": 0})
        self.write("c.cpp", UNIT_C)
        p = self.check("--changed", "shared.h", "c.cpp")
        self.assertEqual([s[0] for s in self.symbols(p)], ["g_shared"])
        self.assertEqual(self.cached(3), {"a.cpp": 0, "b.cpp": 0, "c.cpp": 0})

    def test_changed_mode_without_a_cache_says_so_and_builds_it(self):
        p = self.check("--changed", "a.cpp")
        self.assertIn("growlint check: no facts cache yet in", p.stderr)
        self.assertIn("analysing every unit now; later runs with --changed will reuse it", p.stderr)


class Parallel(Project):
    def test_two_jobs_give_the_same_findings_and_facts_as_one(self):
        one = self.symbols(self.check(".", "-j", "1", "--no-cache"))
        two = self.symbols(self.check(".", "-j", "2", "--no-cache"))
        self.assertEqual(one, two)

    def test_bad_job_count(self):
        p = self.check(".", "-j", "0")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: -j needs a number of jobs from 1 to 256, not '0'\n"))

    def test_no_progress_line_when_stderr_is_not_a_terminal(self):
        p = subprocess.run([GROWLINT, "check", "--db", self.db, "."], cwd=self.dir, capture_output=True, text=True)
        self.assertNotIn("\r", p.stderr)
        self.assertNotIn("units,", p.stderr)


class Shards(Project):
    def test_merged_shards_equal_an_unsharded_run(self):
        corpus = os.path.join(TOP, "corpus", "growth-global-container", "call-chain-two-units", "mistake")
        for name in os.listdir(corpus):
            shutil.copy(os.path.join(corpus, name), self.dir)
        whole = self.symbols(self.check(".", db=os.path.join(self.dir, "whole.db")))
        self.assertTrue(whole)
        shards = []
        for i in (1, 2, 3):
            db = os.path.join(self.dir, f"s{i}.db")
            p = self.check(".", "--shard", f"{i}/3", db=db)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertRegex(p.stderr, rf"^growlint: shard {i}/3: \d+ units? analysed into ")
            shards.append(db)
        p = subprocess.run([GROWLINT, "merge", *shards, "--db", os.path.join(self.dir, "merged.db"), "--format",
                            "json"], cwd=self.dir, capture_output=True, text=True)
        self.assertEqual(self.symbols(p), whole)
        self.assertEqual(json.loads(p.stdout)["units"], 5)

    def test_bad_shard_and_merge_inputs(self):
        p = self.check(".", "--shard", "4/3")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: --shard needs I/N with 1 <= I <= N, not '4/3'\n"))
        p = subprocess.run([GROWLINT, "merge", "nope.db", "--db", "out.db"], cwd=self.dir, capture_output=True,
                           text=True)
        self.assertEqual((p.returncode, p.stderr), (2, "growlint merge: error: no such database: 'nope.db'\n"))


class Interrupt(unittest.TestCase):
    def test_sigint_stops_cleanly_and_records_the_run_as_interrupted(self):
        with tempfile.TemporaryDirectory() as d:
            for i in range(40):
                with open(os.path.join(d, f"u{i}.cpp"), "w") as f:
                    f.write("#include <map>\n#include <string>\n#include <regex>\nint f%d() { return 0; }\n" % i)
            db = os.path.join(d, "g.db")
            p = subprocess.Popen([GROWLINT, "check", "-j", "1", "--db", db, "."], cwd=d, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
            time.sleep(1.5)
            p.send_signal(signal.SIGINT)
            out, err = p.communicate(timeout=60)
            self.assertEqual(p.returncode, 130, err)
            self.assertRegex(err, r"growlint check: interrupted after \d+ of 40 units; run 1 is recorded as interrupted")
            with sqlite3.connect(db) as c:
                self.assertEqual(c.execute("SELECT status FROM run").fetchall(), [("interrupted",)])
            q = subprocess.run([GROWLINT, "check", "--db", db, "u0.cpp"], cwd=d, capture_output=True, text=True)
            self.assertEqual(q.returncode, 0, q.stderr)
            with sqlite3.connect(db) as c:
                self.assertEqual(c.execute("SELECT id, status FROM run ORDER BY id").fetchall(),
                                 [(1, "interrupted"), (2, "complete")])


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: scale_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
