#!/usr/bin/env python3
"""Tests of growlint in a team's workflow: history states, fingerprints,
triage, baselines and --fail-on, suppressions, configuration, --output and
the query commands. Run: history_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")
GROWLINT = None

SERVER = open(os.path.join(FIX, "basic", "server.cpp")).read()
FIXED = SERVER.replace("void remember(const std::string &r) { g_log.push_back(r); }",
                       "void remember(const std::string &r) { g_log.push_back(r); if (g_log.size() > 64) g_log.clear(); }")


class Workflow(unittest.TestCase):
    """A git repository with one source file and its database."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-hist-")
        self.repo = os.path.join(self.tmp, "repo")
        os.mkdir(self.repo)
        self.git("init", "-q")
        self.write(SERVER)
        self.commit("first")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def git(self, *args):
        return subprocess.run(["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=self.repo,
                              check=True, capture_output=True, text=True).stdout.strip()

    def write(self, text, name="server.cpp"):
        with open(os.path.join(self.repo, name), "w") as f:
            f.write(text)

    def commit(self, msg):
        self.git("add", "-A")
        self.git("commit", "-qm", msg)

    def run_g(self, *args):
        return subprocess.run([GROWLINT, *args], cwd=self.repo, capture_output=True, text=True)

    def check(self, *args):
        return self.run_g("check", "server.cpp", *args)

    def json_of(self, *args):
        p = self.run_g(*args)
        self.assertEqual(p.returncode, 0, p.stderr)
        return json.loads(p.stdout)

    def db(self):
        return sqlite3.connect(os.path.join(self.repo, ".growlint", "growlint.db"))


class History(Workflow):
    def test_fingerprint_survives_fifty_lines_inserted_above(self):
        first = json.loads(self.check("--format", "json").stdout)["findings"][0]
        self.write("// padding\n" * 50 + SERVER)
        second = json.loads(self.check("--format", "json").stdout)["findings"][0]
        self.assertEqual(second["line"], first["line"] + 50)
        self.assertEqual(second["fingerprint"], first["fingerprint"])
        rows = self.json_of("findings", "--run", "2", "--format", "json")["findings"]
        self.assertEqual([(r["state"], r["fingerprint"]) for r in rows], [("unchanged", first["fingerprint"])])

    def test_fingerprint_changes_when_the_container_does(self):
        first = json.loads(self.check("--format", "json").stdout)["findings"][0]
        self.write(SERVER.replace("g_log", "g_journal"))
        second = json.loads(self.check("--format", "json").stdout)["findings"][0]
        self.assertNotEqual(second["fingerprint"], first["fingerprint"])

    def test_states_new_unchanged_fixed_reopened(self):
        self.check()
        self.check()
        self.write(FIXED)
        self.check()
        self.write(SERVER)
        self.check()
        with self.db() as db:
            rows = db.execute("SELECT run_id, state FROM finding ORDER BY run_id").fetchall()
        self.assertEqual(rows, [(1, "new"), (2, "unchanged"), (3, "fixed"), (4, "reopened")])
        runs = self.json_of("history", "--format", "json")["runs"]
        self.assertEqual([(r["id"], r["status"], r["findings"], r["new"], r["fixed"]) for r in runs],
                         [(4, "complete", 1, 1, 0), (3, "complete", 0, 0, 1), (2, "complete", 1, 0, 0),
                          (1, "complete", 1, 1, 0)])

    def test_run_records_git_commit_branch_and_versions(self):
        self.check()
        run = self.json_of("history", "--format", "json")["runs"][0]
        self.assertEqual(run["git_commit"], self.git("rev-parse", "HEAD"))
        self.assertEqual(run["git_branch"], self.git("rev-parse", "--abbrev-ref", "HEAD"))
        self.assertEqual(run["tool_version"], "0.1.0")
        self.assertIn("clang version 19", run["clang_version"])

    def test_history_text(self):
        self.check()
        p = self.run_g("history")
        lines = p.stdout.splitlines()
        self.assertEqual(lines[0].split(), ["RUN", "STARTED", "STATUS", "UNITS", "FINDINGS", "NEW", "FIXED", "COMMIT"])
        self.assertEqual(lines[1].split()[2:7], ["complete", "1", "1", "1", "0"])

    def test_diff_reports_introduced_fixed_unchanged(self):
        self.write(FIXED)
        self.check()
        self.write(SERVER)
        self.check()
        d = self.json_of("diff", "1", "2", "--format", "json")
        self.assertEqual([f["symbol"] for f in d["introduced"]], ["g_log"])
        self.assertEqual((d["fixed"], d["unchanged"]), ([], []))
        p = self.run_g("diff", "2", "1")
        self.assertEqual(p.stdout.splitlines()[0], "fixed:")
        self.assertRegex(p.stdout.splitlines()[1], r"^  server.cpp:5:26: growth-global-container 'g_log' \[[0-9a-f]{16}\]$")

    def test_findings_filters(self):
        self.check()
        for args, n in ((["--state", "new"], 1), (["--state", "fixed"], 0), (["--rule", "growth-linked-list"], 0),
                        (["--path", "*.cpp"], 1), (["--path", "other/*"], 0), (["--triage", "none"], 1)):
            rows = self.json_of("findings", "--format", "json", *args)["findings"]
            self.assertEqual(len(rows), n, args)

    def test_show_prints_trace_fix_triage_and_corpus(self):
        self.check()
        p = self.run_g("show", "1")
        self.assertEqual(p.returncode, 0)
        lines = p.stdout.splitlines()
        self.assertRegex(lines[0], r"^finding 1 of run 1: new, fingerprint [0-9a-f]{16}$")
        self.assertTrue(lines[1].startswith("server.cpp:5:26: warning: 'g_log'"))
        self.assertIn("server.cpp:12:3: note: this loop repeats for every input it reads, so the growth repeats", lines)
        self.assertIn("triage: none", lines)
        self.assertTrue(any(l.startswith("corpus example: ") and "growth-global-container" in l for l in lines))


class FailOn(Workflow):
    def test_triaged_false_positive_is_stored_but_does_not_fail(self):
        self.assertEqual(self.check().returncode, 1)
        p = self.run_g("triage", "1", "--as", "false-positive", "--reason", "the peer list is fixed")
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout, r"^finding 1 \(fingerprint [0-9a-f]{16}\) triaged as false-positive\n$")
        p = self.check()
        self.assertEqual(p.returncode, 0)
        self.assertIn("warning: 'g_log'", p.stdout)
        rows = self.json_of("findings", "--format", "json")["findings"]
        self.assertEqual((rows[0]["triage"], rows[0]["triage_reason"]), ("false-positive", "the peer list is fixed"))

    def test_confirmed_still_fails(self):
        self.check()
        self.run_g("triage", "1", "--as", "confirmed", "--reason", "real")
        self.assertEqual(self.check().returncode, 1)

    def test_fail_on_none_and_any(self):
        self.assertEqual(self.check("--fail-on", "none").returncode, 0)
        self.assertEqual(self.check("--fail-on", "any").returncode, 1)

    def test_fail_on_new_against_the_previous_run(self):
        self.assertEqual(self.check("--fail-on", "new").returncode, 1)
        self.assertEqual(self.check("--fail-on", "new").returncode, 0)

    def test_fail_on_new_against_a_baseline_file(self):
        self.check()
        p = self.run_g("baseline", "--write", "growlint-baseline.json")
        self.assertEqual(p.stdout, "wrote 1 finding of run 1 to growlint-baseline.json\n")
        with open(os.path.join(self.repo, "growlint-baseline.json")) as f:
            base = json.load(f)
        self.assertEqual(base["growlint_baseline"], 1)
        self.assertEqual([(b["rule"], b["path"], b["symbol"]) for b in base["findings"]],
                         [("growth-global-container", "server.cpp", "g_log")])
        self.assertEqual(self.check("--fail-on", "new", "--baseline", "growlint-baseline.json").returncode, 0)
        self.write(SERVER.replace("g_log", "g_journal"))
        p = self.check("--fail-on", "new", "--baseline", "growlint-baseline.json")
        self.assertEqual(p.returncode, 1)

    def test_fail_on_new_against_a_run_id_and_a_git_ref(self):
        self.check()
        self.write(SERVER.replace("g_log", "g_journal"))
        self.commit("rename")
        self.assertEqual(self.check("--fail-on", "new", "--baseline", "1").returncode, 1)
        self.assertEqual(self.check("--fail-on", "new", "--baseline", "HEAD~1").returncode, 1)
        self.assertEqual(self.check("--fail-on", "new", "--baseline", "HEAD").returncode, 0)

    def test_bad_baselines(self):
        self.check()
        self.write("{\"findings\": 3}", "not-a-baseline.json")
        for ref, msg in (("not-a-baseline.json", "growlint check: error: not-a-baseline.json: not a growlint baseline "
                                                 "(expected {\"growlint_baseline\": 1, \"findings\": [...]})\n"),
                         ("99", "growlint check: error: --baseline 99: no such run\n"),
                         ("no-such-ref", "growlint check: error: --baseline 'no-such-ref' is not a baseline file, "
                                         "a run id or a git ref\n")):
            p = self.check("--baseline", ref)
            self.assertEqual((p.returncode, p.stderr), (2, msg))


class Suppression(unittest.TestCase):
    def test_inline_suppressions_are_recorded_not_reported(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "g.db")
            p = subprocess.run([GROWLINT, "check", "--db", db, "--format", "json", "suppress/suppressed.cpp"], cwd=FIX,
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertEqual([f["symbol"] for f in json.loads(p.stdout)["findings"]], ["g_lines"])
            with sqlite3.connect(db) as c:
                rows = c.execute("SELECT symbol, suppressed FROM finding ORDER BY line").fetchall()
            self.assertEqual(rows, [("g_peers", "bounded by the protocol: at most 16 peers"),
                                    ("g_names", "replayed on restart"), ("g_tags", "suppressed inline"),
                                    ("g_lines", None)])


class Config(Workflow):
    def test_rules_off_exclude_fail_on_and_db_from_the_config(self):
        self.write("rules:\n  growth-global-container: off\n", ".growlint.yaml")
        self.assertEqual((self.check().returncode, self.check().stdout), (0, ""))
        self.write("exclude: ['*.cpp']\n", ".growlint.yaml")
        p = self.check()
        self.assertEqual((p.returncode, p.stderr), (2, "growlint check: error: no C or C++ sources found in the given paths\n"))
        self.write("fail_on: none\ndb: state/history.db\n", ".growlint.yaml")
        self.assertEqual(self.check().returncode, 0)
        self.assertTrue(os.path.isfile(os.path.join(self.repo, "state", "history.db")))

    def test_config_is_found_walking_up(self):
        os.mkdir(os.path.join(self.repo, "src"))
        shutil.move(os.path.join(self.repo, "server.cpp"), os.path.join(self.repo, "src", "server.cpp"))
        self.write("rules:\n  growth-global-container: off\n", ".growlint.yaml")
        p = self.run_g("check", "src/server.cpp")
        self.assertEqual((p.returncode, p.stdout), (0, ""))

    def test_unknown_keys_and_bad_values_name_file_line_and_key(self):
        cfg = os.path.join(self.repo, ".growlint.yaml")
        for text, msg in (("fail_on: new\ncolour: always\n", f"{cfg}:2: 'colour': unknown key (rules, checks, "
                           "containers, entries, owning_elements, shrink_functions, grow_functions, read_functions, "
                           "alloc_functions, programs, exclude, db, fail_on, compile_database, extra_args)"),
                          ("fail_on: sometimes\n", f"{cfg}:1: 'fail_on': expected any, new or none"),
                          ("rules:\n  no-such-rule: off\n", f"{cfg}:2: 'no-such-rule': unknown rule id"),
                          ("rules: [\n", f"{cfg}:2: YAML syntax error: did not find expected node content")):
            self.write(text, ".growlint.yaml")
            p = self.check()
            self.assertEqual((p.returncode, p.stderr), (2, f"growlint check: error: {msg}\n"), text)

    def test_entry_models_in_the_config(self):
        shutil.copy(os.path.join(FIX, "thread-class", "bind.cpp"), os.path.join(self.repo, "bind.cpp"))
        p = self.run_g("check", "--format", "json", "bind.cpp")
        [f] = json.loads(p.stdout)["findings"]
        self.assertEqual(f["notes"][1]["message"], "'threadFunc2' is long-lived: the address of 'threadFunc2' is "
                                                   "passed to 'Thread::Thread', which may call it at any time")
        self.write("entries:\n  once: ['Thread::*']\n", ".growlint.yaml")
        p = self.run_g("check", "--format", "json", "bind.cpp")
        self.assertEqual((p.returncode, json.loads(p.stdout)["findings"]), (0, []))

    def test_extra_container_model_in_the_config(self):
        shutil.copy(os.path.join(FIX, "custom-model", "bag.cpp"), os.path.join(self.repo, "bag.cpp"))
        with open(os.path.join(FIX, "custom-model", "acme.yaml")) as f:
            self.write(f.read(), ".growlint.yaml")
        p = self.run_g("check", "--format", "json", "bag.cpp")
        self.assertEqual([f["symbol"] for f in json.loads(p.stdout)["findings"]], ["g_bag"])


class OutputAndErrors(Workflow):
    def test_output_file(self):
        p = self.check("--format", "json", "--output", "report.json")
        self.assertEqual((p.returncode, p.stdout), (1, ""))
        with open(os.path.join(self.repo, "report.json")) as f:
            self.assertEqual(json.load(f)["findings"][0]["symbol"], "g_log")

    def test_output_to_a_device_writes_to_it_and_leaves_it_a_device(self):
        p = self.check("--format", "json", "--output", "/dev/null")
        self.assertEqual((p.returncode, p.stdout), (1, ""), p.stderr)
        import stat
        self.assertTrue(stat.S_ISCHR(os.stat("/dev/null").st_mode))

    def test_unknown_ids_and_rules(self):
        self.check()
        for args, msg in ((["show", "99"], "growlint show: error: no finding '99' in the database\n"),
                          (["show", "deadbeefdeadbeef"], "growlint show: error: no finding 'deadbeefdeadbeef' in the database\n"),
                          (["triage", "7", "--as", "confirmed", "--reason", "x"], "growlint triage: error: no finding '7' in the database\n"),
                          (["triage", "1", "--as", "maybe", "--reason", "x"], "growlint triage: error: unknown triage 'maybe' (expected false-positive, intentional, confirmed or none)\n"),
                          (["diff", "1", "5"], "growlint diff: error: no run 5 in the database\n"),
                          (["findings", "--run", "x"], "growlint findings: error: 'x' is not a run id\n"),
                          (["findings", "--state", "old"], "growlint findings: error: unknown state 'old'\n"),
                          (["explain", "no-such-rule"], "growlint explain: error: unknown rule 'no-such-rule' (see 'growlint rules')\n")):
            p = self.run_g(*args)
            self.assertEqual((p.returncode, p.stderr), (2, msg), args)

    def test_query_without_a_database(self):
        p = self.run_g("history")
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith("growlint history: error: no database at "), p.stderr)

    def test_database_from_a_newer_growlint_is_refused_and_left_alone(self):
        self.check()
        with self.db() as db:
            db.execute("PRAGMA user_version = 99")
        p = self.check()
        self.assertEqual(p.returncode, 2)
        self.assertIn("database schema version 99 is newer than this growlint supports (9)", p.stderr)
        with self.db() as db:
            self.assertEqual(db.execute("SELECT COUNT(*) FROM run").fetchone(), (1,))

    def test_version_1_database_is_migrated_without_losing_runs(self):
        path = os.path.join(self.tmp, "v1.db")
        shutil.copy(os.path.join(FIX, "schema-v1.db"), path)  # written by growlint's first schema
        p = self.check("--db", path)
        self.assertEqual(p.returncode, 1, p.stderr)
        with sqlite3.connect(path) as db:
            self.assertEqual(db.execute("PRAGMA user_version").fetchone(), (9,))
            self.assertEqual(db.execute("SELECT id, status FROM run").fetchall(), [(1, "complete"), (2, "complete")])
            self.assertEqual(db.execute("SELECT run_id, symbol, state FROM finding ORDER BY run_id").fetchall(),
                             [(1, "g_log", "new"), (2, "g_log", "unchanged")])


class Explain(unittest.TestCase):
    def test_explain_shows_rationale_and_mistake_beside_correct_way(self):
        p = subprocess.run([GROWLINT, "explain", "growth-realloc-array"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0)
        lines = p.stdout.splitlines()
        self.assertEqual(lines[:2], ["growth-realloc-array: a static C array grown with realloc is never shrunk or",
                                     "    freed"])
        heads = [l for l in lines if l.startswith("Mistake (")]
        self.assertTrue(heads and all("-> Correct Way (correct-" in h for h in heads), heads)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: history_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
