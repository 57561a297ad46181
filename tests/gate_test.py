#!/usr/bin/env python3
"""Tests of the gate (issue 9): one meaning of "new" in the summary, the text
and JSON reports and --fail-on; findings of units that did not parse are
unknown, never fixed; runs whose report could not be written are failed,
usage errors record no run; named files with -p are linked with the cached
facts of the other units. Run: gate_test.py --growlint BIN [unittest args]."""
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
GROW = "void remember(const std::string &r) { g_log.push_back(r); }"
FIXED = SERVER.replace(GROW, GROW[:-2] + " if (g_log.size() > 64) g_log.clear(); }")
BROKEN = SERVER.replace(GROW, GROW.replace("push_back(r)", "push_back(undeclared_x)"))
SECOND = """#include <string>
#include <vector>
std::vector<std::string> g_ids;
void keep(const std::string &s) { g_ids.push_back(s); }
"""
SECOND_OK = "#include <string>\nvoid keep(const std::string &) {}\n"
CALLS_LOOP = SERVER.replace("remember(req);", "remember(req);\n    keep(req);").replace(
    "int main() {", "void keep(const std::string &s);\nint main() {")

class Repo(unittest.TestCase):
    """A git repository with server.cpp committed, and its database."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-gate-")
        self.repo = os.path.join(self.tmp, "repo")
        os.mkdir(self.repo)
        self.git("init", "-q")
        self.write(FIXED)
        self.commit("first")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def git(self, *args):
        return subprocess.run(["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=self.repo,
                              check=True, capture_output=True, text=True).stdout.strip()

    def write(self, text, name="server.cpp"):
        path = os.path.join(self.repo, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def commit(self, msg):
        self.git("add", "-A")
        self.git("commit", "-qm", msg)

    def run_g(self, *args):
        return subprocess.run([GROWLINT, *args], cwd=self.repo, capture_output=True, text=True,
                              env=dict(os.environ, NO_COLOR="1"))

    def check(self, *args):
        return self.run_g("check", "server.cpp", *args)

    def runs(self):
        path = os.path.join(self.repo, ".growlint", "growlint.db")
        if not os.path.exists(path):
            return []
        with sqlite3.connect(path) as db:
            return db.execute("SELECT id, status FROM run ORDER BY id").fetchall()

    def warnings(self, p):
        return [line for line in p.stdout.splitlines() if ": warning: " in line]


class OneMeaningOfNew(Repo):
    def test_a_retried_check_on_uncommitted_changes_still_says_1_new(self):
        self.assertEqual(self.check("--fail-on", "new").returncode, 0)
        self.write(SERVER)
        first = self.check("--fail-on", "new")
        self.assertEqual(first.returncode, 1, first.stderr)
        self.assertIn("(run 2: 1 new,", first.stderr)
        again = self.check("--fail-on", "new")
        self.assertEqual(again.returncode, 1, again.stderr)
        self.assertIn("(run 3: 1 new,", again.stderr)

    def test_failing_findings_come_first_marked_new_then_the_baselined_ones(self):
        self.write(CALLS_LOOP)
        self.write(SECOND_OK, "zz.cpp")
        self.commit("one leak")
        self.assertEqual(self.run_g("check", "server.cpp", "zz.cpp").returncode, 1)
        self.assertEqual(self.run_g("baseline", "--write", "base.json").returncode, 0)
        self.write(SECOND, "zz.cpp")
        p = self.run_g("check", "server.cpp", "zz.cpp", "--fail-on", "new", "--baseline", "base.json")
        self.assertEqual(p.returncode, 1, p.stderr)
        w = self.warnings(p)
        self.assertEqual(len(w), 2, p.stdout)
        self.assertRegex(w[0], r"^zz\.cpp:3:26: warning: 'g_ids' .* \[growth-global-container\] \[new\]$")
        self.assertRegex(w[1], r"^server\.cpp:5:26: warning: 'g_log' .* \[growth-global-container\] \[baseline\]$")
        self.assertIn("1 new,", p.stderr)
        p = self.run_g("check", "server.cpp", "zz.cpp", "--fail-on", "new", "--baseline", "base.json",
                       "--only-failing")
        self.assertEqual([x.split(":")[0] for x in self.warnings(p)], ["zz.cpp"])

    def test_a_triaged_finding_is_marked_and_passes(self):
        self.write(SERVER)
        first = json.loads(self.check("--format", "json").stdout)["findings"][0]
        p = self.run_g("triage", first["fingerprint"], "--as", "intentional", "--reason", "replayed")
        self.assertEqual(p.returncode, 0, p.stderr)
        p = self.check()
        self.assertEqual(p.returncode, 0, p.stderr)
        [w] = self.warnings(p)
        self.assertTrue(w.endswith("[growth-global-container] [triaged intentional]"), w)


class Unknown(Repo):
    def test_findings_of_a_unit_that_did_not_parse_are_unknown_not_fixed(self):
        self.write(SERVER)
        self.commit("leak")
        self.assertEqual(self.check().returncode, 1)
        self.write(BROKEN)
        self.assertEqual(self.check().returncode, 3)
        hist = json.loads(self.run_g("history", "--format", "json").stdout)["runs"]
        self.assertEqual([(r["status"], r["fixed"]) for r in hist], [("incomplete", 0), ("complete", 0)])
        rows = json.loads(self.run_g("findings", "--run", "2", "--format", "json").stdout)["findings"]
        self.assertEqual([r["state"] for r in rows], ["unknown"])
        d = json.loads(self.run_g("diff", "1", "2", "--format", "json").stdout)
        self.assertEqual((d["fixed"], d["introduced"], d["unchanged"]), ([], [], []))
        self.assertEqual([f["symbol"] for f in d["unknown"]], ["g_log"])
        self.assertIn("unknown:", self.run_g("diff", "1", "2").stdout)


class RecordedRuns(Repo):
    def test_a_report_that_could_not_be_written_is_a_failed_run(self):
        p = self.check("--output", os.path.join(self.tmp, "missing", "r.txt"))
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertEqual(self.runs(), [(1, "failed")])

    def test_an_unknown_run_as_baseline_records_no_run(self):
        p = self.check("--baseline", "999", "--fail-on", "new")
        self.assertEqual(p.returncode, 2)
        self.assertIn("--baseline 999: no such run", p.stderr)
        self.assertEqual(self.runs(), [])

    def test_a_missing_baseline_file_says_no_such_file_and_records_no_run(self):
        p = self.check("--baseline", "missing-baseline.json", "--fail-on", "new")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, "growlint check: error: --baseline 'missing-baseline.json': no such file\n")
        self.assertEqual(self.runs(), [])


class JsonGate(Repo):
    def test_each_finding_carries_state_triage_suppression_id_and_whether_it_fails(self):
        self.write(CALLS_LOOP)
        self.write(SECOND_OK, "zz.cpp")
        self.commit("one leak")
        fp = json.loads(self.run_g("check", "server.cpp", "zz.cpp", "--format", "json").stdout)["findings"][0]
        fp = fp["fingerprint"]
        self.run_g("baseline", "--write", "base.json")
        self.write(SECOND, "zz.cpp")
        self.run_g("triage", fp, "--as", "confirmed", "--reason", "yes")
        p = self.run_g("check", "server.cpp", "zz.cpp", "--format", "json", "--fail-on", "new",
                       "--baseline", "base.json")
        self.assertEqual(p.returncode, 1, p.stderr)
        doc = json.loads(p.stdout)
        by = {f["symbol"]: f for f in doc["findings"]}
        self.assertEqual((by["g_log"]["state"], by["g_log"]["triage"], by["g_log"]["suppressed"],
                          by["g_log"]["baselined"], by["g_log"]["fails_gate"]),
                         ("unchanged", "confirmed", None, True, False))
        self.assertEqual((by["g_ids"]["state"], by["g_ids"]["triage"], by["g_ids"]["baselined"],
                          by["g_ids"]["fails_gate"]), ("new", None, False, True))
        self.assertIsInstance(by["g_ids"]["id"], int)
        rows = json.loads(self.run_g("findings", "--run", str(doc["run_id"]), "--format", "json").stdout)
        self.assertIn(by["g_ids"]["id"], [r["id"] for r in rows["findings"]])
        self.assertEqual(doc["exit"], {"code": 1, "fail_on": "new", "baseline": "base.json", "baseline_run": None,
                                       "failing": 1,
                                       "reason": "1 finding fails --fail-on new"})


LOG_CPP = """#include <string>
#include <vector>
std::vector<std::string> g_log;
void log_line(const std::string &s) { g_log.push_back(s); }
"""
MAIN_CPP = """#include <string>
void log_line(const std::string &s);
bool next_request(std::string &out);
int main() {
  std::string req;
  while (next_request(req)) log_line(req);
}
"""


class NamedFilesWithCdb(Repo):
    """check -p build src/log.cpp, as an editor or a hook runs it."""

    def setUp(self):
        super().setUp()
        self.write(LOG_CPP, "src/log.cpp")
        self.write(MAIN_CPP, "src/main.cpp")
        build = os.path.join(self.repo, "build")
        os.makedirs(build)
        entries = [{"directory": build, "file": os.path.join(self.repo, "src", n),
                    "arguments": ["c++", "-std=c++17", "-c", os.path.join(self.repo, "src", n)]}
                   for n in ("log.cpp", "main.cpp")]
        with open(os.path.join(build, "compile_commands.json"), "w") as f:
            json.dump(entries, f)
        self.commit("two units")

    def test_a_named_file_is_linked_with_the_cached_facts_of_the_other_units(self):
        self.assertEqual(self.run_g("check", "-p", "build").returncode, 1)
        p = self.run_g("check", "-p", "build", "src/log.cpp")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual([w.split(":")[0] for w in self.warnings(p)], ["src/log.cpp"])
        self.assertIn("'log_line' is called here by 'main'", p.stdout)

    def test_without_a_cache_it_says_callers_in_other_files_were_not_seen(self):
        p = self.run_g("check", "-p", "build", "src/log.cpp")
        self.assertIn("growlint check: note: no facts cache yet in ", p.stderr)
        self.assertIn("callers in other files were not seen", p.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: gate_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
