#!/usr/bin/env python3
"""Tests of growlint in a team's workflow across clones and CI (issue 14):
the committed triage file, rule selection with clang-tidy's globs, GitLab's
Code Quality report. Run: workflow_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")
GROWLINT = None
SERVER = open(os.path.join(FIX, "basic", "server.cpp")).read()
WARNING = ("server.cpp:5:26: warning: 'g_log' (std::vector<std::string>) has static storage duration and only ever "
           "grows: it grows in code that repeats and nothing in the program removes its elements "
           "[growth-global-container]")
FP = "87f9c304f4d81eff"
GIT = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]


class Clone(unittest.TestCase):
    """A git repository holding server.cpp, committed."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-wf-")
        self.repo = os.path.join(self.tmp, "origin")
        os.mkdir(self.repo)
        self.git(self.repo, "init", "-q")
        self.write("server.cpp", SERVER)
        self.git(self.repo, "add", "-A")
        self.git(self.repo, "commit", "-qm", "first")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def git(self, cwd, *args):
        return subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout

    def write(self, name, text, repo=None):
        with open(os.path.join(repo or self.repo, name), "w") as f:
            f.write(text)

    def read(self, name, repo=None):
        with open(os.path.join(repo or self.repo, name)) as f:
            return f.read()

    def g(self, *args, cwd=None):
        return subprocess.run([GROWLINT, *args], cwd=cwd or self.repo, capture_output=True, text=True)

    def clone(self, name="fresh"):
        dest = os.path.join(self.tmp, name)
        subprocess.run(["git", "clone", "-q", self.repo, dest], check=True, capture_output=True)
        return dest


TRIAGED_FILE = f'''# growlint triage: decisions about findings, by fingerprint (README.md "Triage that travels with the code").
# Written by 'growlint triage ID --as STATE --reason TEXT --file' and 'growlint triage --export'.
triage:
- fingerprint: "{FP}"
  state: intentional
  reason: "at most 16 peers, by protocol"
  by: "Ann"
  at: "DATE"
  symbol: "g_log"
  path: "server.cpp"
'''


class TriageFile(Clone):
    def triage_with_file(self):
        self.assertEqual(self.g("check", "server.cpp").returncode, 1)
        return self.g("triage", "1", "--as", "intentional", "--reason", "at most 16 peers, by protocol", "--file",
                      "--by", "Ann")

    def test_triage_file_writes_the_decision_in_the_documented_shape(self):
        p = self.triage_with_file()
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, f"finding 1 (fingerprint {FP}) triaged as intentional\n"
                                   "recorded in .growlint-triage.yaml: commit it to share the decision\n")
        text = self.read(".growlint-triage.yaml")
        date = text.split('at: "')[1][:10]
        self.assertRegex(date, r"^\d{4}-\d\d-\d\d$")
        self.assertEqual(text, TRIAGED_FILE.replace("DATE", date))

    def test_a_triage_made_in_one_clone_applies_in_a_fresh_clones_run(self):
        self.assertEqual(self.triage_with_file().returncode, 0)
        self.git(self.repo, "add", ".growlint-triage.yaml")
        self.git(self.repo, "commit", "-qm", "triage g_log")
        fresh = self.clone()
        self.assertFalse(os.path.exists(os.path.join(fresh, ".growlint")))
        p = self.g("check", "server.cpp", cwd=fresh)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], WARNING + " [triaged intentional]")
        self.assertEqual(p.stderr, "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)\n")

    def test_without_the_file_the_fresh_clone_fails(self):
        self.triage_with_file()
        os.remove(os.path.join(self.repo, ".growlint-triage.yaml"))
        fresh = self.clone()
        p = self.g("check", "server.cpp", cwd=fresh)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout.splitlines()[0], WARNING)

    def test_the_file_is_found_from_a_subfolder_of_the_project(self):
        os.mkdir(os.path.join(self.repo, "src"))
        shutil.move(os.path.join(self.repo, "server.cpp"), os.path.join(self.repo, "src", "server.cpp"))
        self.write(".growlint-triage.yaml", f'triage:\n  - fingerprint: "{FP}"\n    state: false-positive\n'
                                            '    reason: "only in tests"\n')
        p = self.g("check", "server.cpp", cwd=os.path.join(self.repo, "src"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.splitlines()[0].endswith("[triaged false-positive]"))

    def test_the_file_wins_over_the_database_and_triage_without_file_says_so(self):
        self.assertEqual(self.triage_with_file().returncode, 0)
        p = self.g("triage", "1", "--as", "confirmed", "--reason", "a real leak")
        self.assertEqual(p.returncode, 0)
        self.assertEqual(p.stderr, "growlint triage: warning: .growlint-triage.yaml triages it as intentional, and "
                                   "the file wins in 'check'; add --file to change it there\n")
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.splitlines()[0].endswith("[triaged intentional]"))

    def fresh_clone_with_the_file(self):
        """A fresh clone whose only triage is the committed file's; checked once."""
        self.assertEqual(self.triage_with_file().returncode, 0)
        self.git(self.repo, "add", ".growlint-triage.yaml")
        self.git(self.repo, "commit", "-qm", "triage g_log")
        fresh = self.clone()
        self.assertEqual(self.g("check", "server.cpp", cwd=fresh).returncode, 0)
        return fresh

    def test_findings_shows_the_files_triage(self):
        fresh = self.fresh_clone_with_the_file()
        p = self.g("findings", cwd=fresh)
        self.assertEqual((p.returncode, p.stderr), (0, ""))
        self.assertEqual(p.stdout.splitlines()[1].split(), ["1", "new", "intentional", "server.cpp:5:26",
                                                            "growth-global-container", "g_log"])
        f = json.loads(self.g("findings", "--format", "json", cwd=fresh).stdout)["findings"][0]
        self.assertEqual((f["triage"], f["triage_reason"], f["triage_from"]),
                         ("intentional", "at most 16 peers, by protocol", ".growlint-triage.yaml"))

    def test_findings_triage_filter_reads_the_file(self):
        fresh = self.fresh_clone_with_the_file()
        self.assertEqual(len(self.g("findings", "--triage", "intentional", cwd=fresh).stdout.splitlines()), 2)
        self.assertEqual(self.g("findings", "--triage", "none", cwd=fresh).stdout.splitlines()[1:], [])

    def test_show_shows_the_files_triage_and_where_it_comes_from(self):
        fresh = self.fresh_clone_with_the_file()
        p = self.g("show", "1", cwd=fresh)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("\ntriage: intentional: at most 16 peers, by protocol (in .growlint-triage.yaml)\n", p.stdout)
        os.mkdir(os.path.join(fresh, "src"))
        p = self.g("show", FP, cwd=os.path.join(fresh, "src"))
        # above the current folder, the file is named by its absolute path, as every path outside it
        self.assertIn("\ntriage: intentional: at most 16 peers, by protocol "
                      f"(in {os.path.realpath(fresh)}/.growlint-triage.yaml)\n", p.stdout)

    def test_show_says_when_the_triage_is_the_databases(self):
        self.g("check", "server.cpp")
        self.g("triage", "1", "--as", "confirmed", "--reason", "leaks per request")
        p = self.g("show", "1")
        self.assertIn("\ntriage: confirmed: leaks per request (in the database)\n", p.stdout)
        self.assertEqual(json.loads(self.g("show", "1", "--format", "json").stdout)["triage_from"], "database")

    def test_the_file_wins_over_the_database_in_findings_and_show(self):
        self.assertEqual(self.triage_with_file().returncode, 0)
        self.g("triage", "1", "--as", "confirmed", "--reason", "a real leak")
        self.assertEqual(self.g("findings").stdout.splitlines()[1].split()[2], "intentional")
        self.assertIn("\ntriage: intentional: at most 16 peers, by protocol (in .growlint-triage.yaml)\n",
                      self.g("show", "1").stdout)

    def test_export_writes_the_databases_triage_to_the_file(self):
        self.g("check", "server.cpp")
        self.assertEqual(self.g("triage", FP, "--as", "confirmed", "--reason", "leaks per request").returncode, 0)
        p = self.g("triage", "--export")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, "wrote 1 triage decision to .growlint-triage.yaml (1 from the database)\n")
        text = self.read(".growlint-triage.yaml")
        date = text.split('at: "')[1][:10]
        self.assertEqual(text.split("\n", 2)[2], f'''triage:
- fingerprint: "{FP}"
  state: confirmed
  reason: "leaks per request"
  at: "{date}"
  symbol: "g_log"
  path: "server.cpp"
''')

    def test_export_keeps_decisions_only_the_file_has(self):
        self.g("check", "server.cpp")
        self.write(".growlint-triage.yaml", 'triage:\n  - fingerprint: "00aa"\n    state: intentional\n'
                                            '    reason: "elsewhere"\n')
        p = self.g("triage", "--export")
        self.assertEqual(p.stdout, "wrote 1 triage decision to .growlint-triage.yaml (0 from the database)\n")
        self.assertIn('fingerprint: "00aa"', self.read(".growlint-triage.yaml"))

    def test_export_with_an_id_is_a_usage_error(self):
        self.g("check", "server.cpp")
        p = self.g("triage", "1", "--export")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, "growlint triage: error: --export takes no finding, --as, --reason, --file or "
                                   "--by\nRun 'growlint triage --help' for usage.\n")

    def bad_file(self, text):
        self.write(".growlint-triage.yaml", text)
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stdout, "")
        self.assertFalse(os.path.exists(os.path.join(self.repo, ".growlint", "growlint.db")), "no run is recorded")
        return p.stderr

    def test_bad_state_names_file_line_and_key(self):
        path = os.path.join(self.repo, ".growlint-triage.yaml")
        self.assertEqual(self.bad_file(f'triage:\n  - fingerprint: "{FP}"\n    state: wontfix\n    reason: "x"\n'),
                         f"growlint check: error: {path}:2: 'state': expected false-positive, intentional or "
                         "confirmed\n")

    def test_unknown_key_names_it(self):
        path = os.path.join(self.repo, ".growlint-triage.yaml")
        self.assertEqual(self.bad_file(f'triage:\n  - fingerprint: "{FP}"\n    state: confirmed\n    reason: "x"\n'
                                       '    owner: me\n'),
                         f"growlint check: error: {path}:5: 'owner': unknown key (fingerprint, state, reason, by, at, "
                         "symbol, path)\n")

    def test_missing_reason(self):
        path = os.path.join(self.repo, ".growlint-triage.yaml")
        self.assertEqual(self.bad_file(f'triage:\n  - fingerprint: "{FP}"\n    state: confirmed\n'),
                         f"growlint check: error: {path}:2: 'reason': missing\n")

    def test_a_fingerprint_triaged_twice(self):
        path = os.path.join(self.repo, ".growlint-triage.yaml")
        entry = f'  - fingerprint: "{FP}"\n    state: confirmed\n    reason: "x"\n'
        self.assertEqual(self.bad_file("triage:\n" + entry + entry),
                         f"growlint check: error: {path}:5: 'fingerprint': {FP} is triaged twice (also at line 2)\n")

    def test_unknown_top_level_key(self):
        path = os.path.join(self.repo, ".growlint-triage.yaml")
        self.assertEqual(self.bad_file("triages: []\n"),
                         f"growlint check: error: {path}:1: 'triages': unknown key (triage)\n")

    def test_yaml_syntax_error(self):
        path = os.path.join(self.repo, ".growlint-triage.yaml")
        self.assertEqual(self.bad_file('triage:\n  - fingerprint: "abc\n'),
                         f"growlint check: error: {path}:3: YAML syntax error: found unexpected end of stream\n")

    def test_an_empty_file_triages_nothing(self):
        self.write(".growlint-triage.yaml", "")
        self.assertEqual(self.g("check", "server.cpp").returncode, 1)


RULES_ALL_ON = """\
growth-global-container    on  warning  a global, namespace-scope, file-static or static member container only ever grows
growth-unbounded-memo      on  warning  a Python function memoised without a bound (functools.cache, lru_cache(maxsize=None)) runs in code that repeats
growth-static-local        on  warning  a function-local static container only ever grows
growth-realloc-array       on  warning  a static C array grown with realloc is never shrunk or freed
growth-linked-list         on  warning  a static C linked list is fed but never drained
"""
NO_MATCH = ("matches no rule (growth-global-container, growth-unbounded-memo, growth-static-local, "
            "growth-realloc-array, growth-linked-list)")


class Checks(Clone):
    """clang-tidy's rule selection: --checks and the configuration's checks:."""

    def on_off(self, *args):
        p = self.g("rules", *args)
        self.assertEqual(p.returncode, 0, p.stderr)
        return [line.split()[1] for line in p.stdout.splitlines()]

    def test_rules_shows_every_rule_on_by_default(self):
        p = self.g("rules")
        self.assertEqual((p.returncode, p.stdout, p.stderr), (0, RULES_ALL_ON, ""))

    def test_rules_shows_which_checks_switch_on(self):
        self.assertEqual(self.on_off("--checks=-*,growth-global-*"), ["on", "off", "off", "off", "off"])
        self.assertEqual(self.on_off("--checks", "-*, growth-*-local ,growth-linked-list"), ["off", "off", "on", "off", "on"])
        self.assertEqual(self.on_off("--checks", "-growth-global-container"), ["off", "on", "on", "on", "on"])

    def test_later_globs_win(self):
        self.assertEqual(self.on_off("--checks", "growth-global-container,-growth-*"), ["off", "off", "off", "off", "off"])

    def test_check_with_the_rule_switched_off_reports_nothing(self):
        p = self.g("check", "server.cpp", "--checks=-*,growth-static-*")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)

    def test_check_with_the_rule_switched_on_reports_it(self):
        p = self.g("check", "server.cpp", "--checks=-*,growth-global-*")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], WARNING)

    def test_switching_a_rule_off_does_not_mark_its_findings_fixed(self):
        self.assertEqual(self.g("check", "server.cpp").returncode, 1)
        p = self.g("check", "server.cpp", "--checks=-growth-global-container")
        self.assertEqual((p.returncode, p.stdout, p.stderr),
                         (0, "", "growlint: 0 findings in 1 unit (run 2: 0 new, 0 fixed, 1 unit from the cache)\n"))
        runs = json.loads(self.g("history", "--format", "json").stdout)["runs"]
        self.assertEqual([(r["id"], r["findings"], r["new"], r["fixed"]) for r in runs], [(2, 0, 0, 0), (1, 1, 1, 0)])
        self.assertEqual(self.g("findings", "--run", "2", "--state", "fixed").stdout.splitlines()[1:], [])
        # the run did not look at the rule: what it would have said is unknown, as for a unit that did not parse
        self.assertEqual(self.g("diff", "1", "2").stdout,
                         f"unknown:\n  server.cpp:5:26: growth-global-container 'g_log' [{FP}]\n")
        # switched on again, the finding is the one it was: unchanged, not new or reopened
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stderr, "growlint: 1 finding in 1 unit (run 3: 0 new, 0 fixed, 1 unit from the cache)\n")
        self.assertEqual(json.loads(self.g("findings", "--format", "json").stdout)["findings"][0]["state"],
                         "unchanged")
        self.assertEqual(self.g("diff", "1", "3").stdout,
                         f"unchanged:\n  server.cpp:5:26: growth-global-container 'g_log' [{FP}]\n")

    def test_a_rule_switched_off_in_the_configuration_does_not_mark_its_findings_fixed(self):
        self.g("check", "server.cpp")
        self.write(".growlint.yaml", "checks: '-growth-global-*'\n")
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(self.g("history").stdout.splitlines()[1].split()[3:7], ["1", "0", "0", "0"])

    def test_configuration_checks_then_the_command_line(self):
        self.write(".growlint.yaml", 'checks: "-*,growth-static-local"\n')
        self.assertEqual(self.on_off(), ["off", "off", "on", "off", "off"])
        self.assertEqual(self.g("check", "server.cpp").returncode, 0)
        self.assertEqual(self.on_off("--checks", "growth-global-*"), ["on", "off", "on", "off", "off"])
        self.assertEqual(self.g("check", "server.cpp", "--checks", "growth-global-*").returncode, 1)

    def test_configuration_checks_as_a_list(self):
        self.write(".growlint.yaml", 'checks:\n  - "-*"\n  - "growth-realloc-array"\n')
        self.assertEqual(self.on_off(), ["off", "off", "off", "on", "off"])

    def test_a_glob_that_matches_no_rule_is_an_error(self):
        p = self.g("check", "server.cpp", "--checks", "-*,growth-glbal-*")
        self.assertEqual((p.returncode, p.stdout), (2, ""))
        self.assertEqual(p.stderr, f"growlint check: error: --checks: 'growth-glbal-*' {NO_MATCH}\n")
        self.assertFalse(os.path.exists(os.path.join(self.repo, ".growlint", "growlint.db")), "no run is recorded")

    def test_a_bad_glob_in_the_configuration_names_file_line_and_key(self):
        self.write(".growlint.yaml", "fail_on: new\nchecks: \"-*,nope\"\n")
        p = self.g("rules")
        cfg = os.path.join(self.repo, ".growlint.yaml")
        self.assertEqual((p.returncode, p.stderr), (2, f"growlint rules: error: {cfg}:2: 'checks': 'nope' {NO_MATCH}\n"))


class CodeQuality(Clone):
    def test_codequality_is_gitlabs_report_with_paths_from_the_project_root(self):
        os.mkdir(os.path.join(self.repo, "src"))
        shutil.move(os.path.join(self.repo, "server.cpp"), os.path.join(self.repo, "src", "server.cpp"))
        p = self.g("check", "server.cpp", "--format", "codequality", cwd=os.path.join(self.repo, "src"))
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(json.loads(p.stdout), [{
            "description": WARNING.split(": warning: ")[1].rsplit(" [", 1)[0],
            "check_name": "growth-global-container",
            "fingerprint": FP,
            "severity": "major",
            "location": {"path": "src/server.cpp", "lines": {"begin": 5}},
        }])
        self.assertEqual(p.stderr, "")

    def test_codequality_lists_only_what_is_to_be_fixed(self):
        """Code Quality has no dismissal field: findings suppressed inline or triaged
        false-positive or intentional (in the database or the triage file) are left out;
        confirmed and untriaged ones stay."""
        names = ["g_open", "g_false", "g_meant", "g_real", "g_quiet", "g_filed"]
        decls = "".join(f"std::vector<std::string> {n};{'  // NOLINT(growth-global-container) replayed' if n == 'g_quiet' else ''}\n"
                        for n in names)
        body = "".join(f"    {n}.push_back(line);\n" for n in names)
        self.write("server.cpp", "#include <iostream>\n#include <string>\n#include <vector>\n" + decls +
                   "int main() {\n  std::string line;\n  while (std::getline(std::cin, line)) {\n" + body +
                   "  }\n}\n")
        p = self.g("check", "server.cpp", "--format", "json")
        self.assertEqual(p.returncode, 1, p.stderr)
        fp = {f["symbol"]: f["fingerprint"] for f in json.loads(p.stdout)["findings"]}
        self.assertEqual(sorted(fp), sorted(n for n in names if n != "g_quiet"))
        for name, state in (("g_false", "false-positive"), ("g_meant", "intentional"), ("g_real", "confirmed")):
            p = self.g("triage", fp[name], "--as", state, "--reason", "checked")
            self.assertEqual(p.returncode, 0, p.stderr)
        p = self.g("triage", fp["g_filed"], "--as", "intentional", "--reason", "bounded by protocol", "--file")
        self.assertEqual(p.returncode, 0, p.stderr)
        p = self.g("triage", fp["g_filed"], "--as", "none")
        self.assertEqual(p.returncode, 0, p.stderr)  # only the triage file holds it now
        p = self.g("check", "server.cpp", "--format", "codequality")
        self.assertEqual(p.returncode, 1, p.stderr)
        issues = json.loads(p.stdout)
        self.assertEqual([(i["fingerprint"], i["location"]["lines"]["begin"]) for i in issues],
                         [(fp["g_open"], 4), (fp["g_real"], 7)])

    def test_codequality_of_a_clean_program_is_an_empty_list(self):
        self.write("server.cpp", "int main() { return 0; }\n")
        p = self.g("check", "server.cpp", "--format", "codequality", "--output", "gl-code-quality-report.json")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(json.loads(self.read("gl-code-quality-report.json")), [])


LOG_H = ("#pragma once\n#include <string>\n#include <vector>\nextern std::vector<std::string> g_log;\n"
         "void remember(const std::string &r);\n")
SERVER_SRC = ("#include \"log.h\"\n#include <iostream>\nstd::vector<std::string> g_log;\n"
              "void remember(const std::string &r) { g_log.push_back(r); }\nint main() {\n  std::string line;\n"
              "  while (std::getline(std::cin, line))\n    remember(line);\n}\n")
NO_CDB = ("growlint check: warning: no compile database in 'build' (build/compile_commands.json does not exist yet): "
          "analysing the changed files with compile_flags.txt where there is one, else with default flags (gnu17 and "
          "gnu++17, each file's folder on the include path); configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON for the "
          "project's own flags\n")


class CMakeProjectWithoutABuild(Clone):
    """The pre-commit recipe (args: [-p, build]) in a fresh clone of a project
    with an include folder, before anything is built."""

    def setUp(self):
        super().setUp()
        os.remove(os.path.join(self.repo, "server.cpp"))
        os.makedirs(os.path.join(self.repo, "include"))
        os.makedirs(os.path.join(self.repo, "src"))
        self.write("include/log.h", LOG_H)
        self.write("src/server.cpp", SERVER_SRC)

    def test_without_compile_flags_it_says_why_the_include_is_missing(self):
        p = self.g("check", "--fail-on", "new", "--changed", "-p", "build", "src/server.cpp")
        self.assertEqual(p.returncode, 3)
        self.assertTrue(p.stderr.startswith(NO_CDB), p.stderr)
        self.assertIn("error: 'log.h' file not found", p.stderr)

    def test_compile_flags_txt_gives_the_include_folder(self):
        self.write("compile_flags.txt", "-Iinclude\n-DNDEBUG\n")
        p = self.g("check", "--fail-on", "new", "--changed", "-p", "build", "src/server.cpp")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertTrue(p.stderr.startswith(NO_CDB), p.stderr)
        self.assertEqual(p.stdout.splitlines()[0],
                         "src/server.cpp:3:26: warning: 'g_log' (std::vector<std::string>) has static storage duration"
                         " and only ever grows: it grows in code that repeats and nothing in the program removes its "
                         "elements [growth-global-container] [new]")

    def test_a_changed_header_alone_is_analysed_where_the_sources_include_it(self):
        # a fresh clone has no facts cache: every source under the project root is analysed
        self.write("compile_flags.txt", "-Iinclude\n")
        p = self.g("check", "--fail-on", "new", "--changed", "-p", "build", "include/log.h")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertTrue(p.stderr.startswith(NO_CDB), p.stderr)
        self.assertTrue(p.stdout.startswith("src/server.cpp:3:26: warning: 'g_log' "), p.stdout)
        self.assertEqual(p.stderr.splitlines()[-1], "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)")

    def test_compile_flags_txt_without_a_build_folder(self):
        self.write("compile_flags.txt", "-Iinclude\n")
        p = self.g("check", "src")
        self.assertEqual((p.returncode, p.stderr.splitlines()[-1]),
                         (1, "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)"))

    def test_a_missing_compile_database_is_still_an_error_outside_pre_commit(self):
        p = self.g("check", "-p", "build", "src/server.cpp")
        self.assertEqual(p.returncode, 2)

    WARNING_SRC = ("src/server.cpp:3:26: warning: 'g_log' (std::vector<std::string>) has static storage duration and "
                   "only ever grows: it grows in code that repeats and nothing in the program removes its elements "
                   "[growth-global-container]")

    def write_cdb(self, folder):
        os.makedirs(os.path.join(self.repo, folder), exist_ok=True)
        self.write(f"{folder}/compile_commands.json", json.dumps([{
            "directory": self.repo, "file": "src/server.cpp",
            "arguments": ["c++", "-std=c++17", "-Iinclude", "-c", "src/server.cpp"]}]))

    def test_compile_database_in_the_configuration_is_read_without_p(self):
        self.write_cdb("out")
        self.write(".growlint.yaml", "compile_database: out\n")
        p = self.g("check")
        self.assertEqual((p.returncode, p.stdout.splitlines()[0]), (1, self.WARNING_SRC), p.stderr)
        self.assertEqual(p.stderr, "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)\n")
        # relative to the configuration's folder, wherever growlint runs from
        p = self.g("check", "server.cpp", cwd=os.path.join(self.repo, "src"))
        self.assertEqual((p.returncode, p.stdout.splitlines()[0]), (1, self.WARNING_SRC.replace("src/", "")),
                         p.stderr)
        p = self.g("check", "--dump-config")
        self.assertIn(f'\ncompile_database: "{os.path.realpath(self.repo)}/out"  # the configuration\'s '
                      "compile_database\n", p.stdout)

    def test_p_wins_over_the_configurations_compile_database(self):
        self.write_cdb("out")
        self.write(".growlint.yaml", "compile_database: nowhere\n")
        p = self.g("check", "-p", "out")
        self.assertEqual(p.returncode, 1, p.stderr)

    def test_a_missing_compile_database_of_the_configuration_is_an_error(self):
        self.write(".growlint.yaml", "compile_database: out\n")
        p = self.g("check")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, f"growlint check: error: no compile database: '{os.path.realpath(self.repo)}/out' "
                                   "does not exist (generate it with cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or bear)\n")

    def test_extra_args_in_the_configuration_are_added_relative_to_its_folder(self):
        self.write(".growlint.yaml", "extra_args: [-Iinclude, -DNDEBUG]\n")
        p = self.g("check", "server.cpp", cwd=os.path.join(self.repo, "src"))
        self.assertEqual((p.returncode, p.stdout.splitlines()[0]), (1, self.WARNING_SRC.replace("src/", "")),
                         p.stderr)
        p = self.g("check", "--dump-config")
        self.assertIn(f'\nextra_args:\n  - "-I{os.path.realpath(self.repo)}/include"  # the configuration\'s, '
                      'paths relative to its folder\n  - "-DNDEBUG"  # the configuration\'s, paths relative to its '
                      'folder\n', p.stdout)

    def test_extra_args_also_apply_with_a_compile_database(self):
        self.write_cdb("out")
        cdb = json.loads(self.read("out/compile_commands.json"))
        cdb[0]["arguments"].remove("-Iinclude")
        self.write("out/compile_commands.json", json.dumps(cdb))
        self.assertEqual(self.g("check", "-p", "out").returncode, 3)
        self.write(".growlint.yaml", "extra_args: [-I, include]\n")
        p = self.g("check", "-p", "out")
        self.assertEqual(p.returncode, 1, p.stderr)

    def test_extra_args_must_be_a_list_of_strings(self):
        self.write(".growlint.yaml", "extra_args: -Iinclude\n")
        p = self.g("check", "src")
        self.assertEqual((p.returncode, p.stderr),
                         (2, f"growlint check: error: {os.path.realpath(self.repo)}/.growlint.yaml:1: 'extra_args': "
                             "expected a list of strings\n"))


class ClangTidyConventions(Clone):
    def test_nolintbegin_nolintend_suppresses_the_lines_between(self):
        self.write("server.cpp", SERVER.replace(
            "std::vector<std::string> g_log;",
            "// NOLINTBEGIN(growth-global-*) replayed on restart\nstd::vector<std::string> g_log;\n"
            "// NOLINTEND(growth-global-*)"))
        p = self.g("check", "server.cpp", "--format", "json")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(json.loads(p.stdout)["findings"], [])
        [row] = json.loads(self.g("findings", "--format", "json").stdout)["findings"]
        self.assertEqual(row["suppressed"], "replayed on restart")

    def test_nolintbegin_of_another_rule_or_after_nolintend_does_not(self):
        for text in ("// NOLINTBEGIN(growth-static-local)\nstd::vector<std::string> g_log;\n// NOLINTEND(growth-static-local)",
                     "// NOLINTBEGIN\n// NOLINTEND\nstd::vector<std::string> g_log;"):
            self.write("server.cpp", SERVER.replace("std::vector<std::string> g_log;", text))
            self.assertEqual(self.g("check", "server.cpp").returncode, 1, text)

    def test_quiet_prints_no_summary(self):
        p = self.g("check", "server.cpp", "--quiet")
        self.assertEqual((p.returncode, p.stderr), (1, ""))
        self.assertEqual(p.stdout.splitlines()[0], WARNING)

    def test_exclude_is_repeatable_and_relative_to_the_current_folder(self):
        os.makedirs(os.path.join(self.repo, "gen"))
        self.write("gen/other.cpp", SERVER.replace("g_log", "g_gen"))
        p = self.g("check", ".", "--exclude", "gen/*", "--exclude", "nothing/*")
        self.assertEqual(p.stderr.splitlines()[-1], "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)")
        p = self.g("check", ".", "--exclude", "gen/*", "--exclude", "server.cpp")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: no C or C++ sources found in the given paths\n"))

    def test_dump_config_shows_each_value_and_where_it_comes_from(self):
        self.write(".growlint.yaml", 'fail_on: new\nchecks: "-growth-linked-list"\nexclude: ["third_party/*"]\n')
        p = self.g("check", "--dump-config", "--exclude", "gen/*", "--checks", "-growth-realloc-array")
        self.assertEqual(p.returncode, 0, p.stderr)
        r = os.path.realpath(self.repo)
        self.assertEqual(p.stdout, f"""# the configuration 'growlint check' uses from {r}
config: "{r}/.growlint.yaml"  # found walking up from the analysed files
triage_file: null  # none found
db: "{r}/.growlint/growlint.db"  # the default: .growlint/growlint.db under the project root
project_root: "{r}"  # the nearest folder holding .git, else the current one
fail_on: new  # the configuration's fail_on
checks: "growth-global-container,growth-unbounded-memo,growth-static-local,-growth-realloc-array,-growth-linked-list"  # every rule, on or off (-): the configuration, then --checks
exclude:
  - "third_party/*"  # the configuration's, relative to its folder
  - "gen/*"  # --exclude, relative to the current folder
compile_database: null  # none: compile_flags.txt where there is one, else gnu17 and gnu++17 defaults
extra_args: []
""")
        self.assertFalse(os.path.exists(os.path.join(self.repo, ".growlint")), "nothing is analysed or recorded")

    def test_verify_config_accepts_good_files_and_names_the_first_problem(self):
        self.write(".growlint.yaml", "fail_on: new\n")
        self.write(".growlint-triage.yaml", f'triage:\n  - fingerprint: "{FP}"\n    state: confirmed\n'
                                            '    reason: "real"\n')
        p = self.g("check", "--verify-config")
        r = os.path.realpath(self.repo)
        self.assertEqual((p.returncode, p.stdout),
                         (0, f"{r}/.growlint.yaml: valid\n{r}/.growlint-triage.yaml: valid\n"))
        self.write(".growlint-triage.yaml", "triage: 3\n")
        p = self.g("check", "--verify-config")
        self.assertEqual((p.returncode, p.stderr),
                         (2, f"growlint check: error: {r}/.growlint-triage.yaml:1: 'triage': expected a list of "
                             "entries\n"))


class WhereConfigurationIsFound(Clone):
    def cdb(self, build):
        os.makedirs(build, exist_ok=True)
        src = os.path.join(os.path.realpath(self.repo), "server.cpp")
        with open(os.path.join(build, "compile_commands.json"), "w") as f:
            json.dump([{"directory": os.path.realpath(self.repo), "file": src,
                        "arguments": ["c++", "-std=c++17", "-c", src]}], f)

    def test_an_out_of_tree_build_folder_does_not_hide_the_projects_configuration(self):
        self.write(".growlint.yaml", "fail_on: none\n")
        build = os.path.join(self.tmp, "out-of-tree-build")
        self.cdb(build)
        p = self.g("check", "-p", build)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], WARNING)

    def test_a_build_folder_with_a_compile_database_is_mentioned_when_p_is_not_given(self):
        self.cdb(os.path.join(self.repo, "build"))
        p = self.g("check", "server.cpp")
        self.assertEqual(p.stderr.splitlines()[0], "growlint check: note: build/compile_commands.json exists: add "
                                                    "-p build to analyse with the project's own flags")


    ONE_CONFIG = ("one run links one program under one configuration; analyse them in separate runs, exclude one "
                  "of them, or choose the configuration with --config")

    def two_configurations(self, root="fail_on: none\n"):
        os.makedirs(os.path.join(self.repo, "lib"))
        self.write("lib/other.cpp", "int other(void) { return 1; }\n")
        self.write("lib/.growlint.yaml", "fail_on: any\n")
        if root is not None:
            self.write(".growlint.yaml", root)

    def test_the_configuration_nearest_to_the_analysed_files_applies(self):
        self.two_configurations()
        os.rename(os.path.join(self.repo, "server.cpp"), os.path.join(self.repo, "lib", "server.cpp"))
        self.assertEqual(self.g("check", "lib/server.cpp", "lib/other.cpp").returncode, 1)
        p = self.g("check", "--dump-config", "lib/server.cpp")
        self.assertIn(f'config: "{os.path.realpath(self.repo)}/lib/.growlint.yaml"  # found walking up', p.stdout)

    def test_files_under_different_configurations_are_an_error_naming_both(self):
        self.two_configurations()
        p = self.g("check", "server.cpp", "lib/other.cpp")
        self.assertEqual((p.returncode, p.stdout, p.stderr),
                         (2, "", "growlint check: error: 'lib/other.cpp' is under 'lib/.growlint.yaml' but "
                                 f"'server.cpp' is under '.growlint.yaml': {self.ONE_CONFIG}\n"))
        p = self.g("dump-facts", "server.cpp", "lib/other.cpp")
        self.assertEqual((p.returncode, p.stdout, p.stderr),
                         (2, "", "growlint dump-facts: error: 'lib/other.cpp' is under 'lib/.growlint.yaml' but "
                                 f"'server.cpp' is under '.growlint.yaml': {self.ONE_CONFIG}\n"))

    def test_a_configuration_deeper_in_a_folder_path_is_an_error_unless_excluded(self):
        self.two_configurations()
        p = self.g("check", ".")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: 'lib/other.cpp' is under 'lib/.growlint.yaml' but "
                             f"'server.cpp' is under '.growlint.yaml': {self.ONE_CONFIG}\n"))
        self.write(".growlint.yaml", "fail_on: none\nexclude: [lib/*]\n")
        p = self.g("check", ".")
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_a_configuration_deeper_in_a_folder_path_without_one_above(self):
        self.two_configurations(root=None)
        p = self.g("check", ".")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: 'lib/other.cpp' is under 'lib/.growlint.yaml' but '.' is under "
                             f"no configuration: {self.ONE_CONFIG}\n"))

    def test_config_chooses_the_configuration_of_files_under_different_ones(self):
        self.two_configurations()
        p = self.g("check", "--config", ".growlint.yaml", "server.cpp", "lib/other.cpp")
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_p_without_paths_finds_the_configuration_from_its_entries_wherever_growlint_runs(self):
        self.write(".growlint.yaml", "fail_on: none\n")
        build = os.path.join(self.tmp, "out-of-tree-build")
        self.cdb(build)
        p = self.g("check", "-p", build, "--db", os.path.join(self.tmp, "g.db"), cwd=self.tmp)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], "origin/" + WARNING)


class SmallThings(Clone):
    def test_triage_as_none_undoes_a_triage_in_the_database_and_the_file(self):
        self.g("check", "server.cpp")
        self.g("triage", "1", "--as", "intentional", "--reason", "bounded", "--file", "--by", "Ann")
        p = self.g("triage", "1", "--as", "none", "--file")
        self.assertEqual((p.returncode, p.stdout), (0, f"finding 1 (fingerprint {FP}): triage undone\n"
                                                       "removed from .growlint-triage.yaml: commit it to share the "
                                                       "decision\n"))
        self.assertNotIn(FP, self.read(".growlint-triage.yaml"))
        self.assertEqual(self.g("check", "server.cpp").returncode, 1)
        [row] = json.loads(self.g("findings", "--format", "json").stdout)["findings"]
        self.assertIsNone(row["triage"])
        p = self.g("triage", "1", "--as", "none")
        self.assertEqual(p.stdout, f"finding 1 (fingerprint {FP}): was not triaged\n")

    def test_triage_as_none_takes_no_reason(self):
        self.g("check", "server.cpp")
        p = self.g("triage", "1", "--as", "none", "--reason", "x")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint triage: error: --as none takes no --reason or --by\n"
                                                       "Run 'growlint triage --help' for usage.\n"))

    def test_show_and_triage_accept_a_fingerprint_prefix(self):
        self.g("check", "server.cpp")
        p = self.g("show", FP[:6])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[0], f"finding 1 of run 1: new, fingerprint {FP}")
        p = self.g("triage", FP[:4], "--as", "confirmed", "--reason", "real")
        self.assertEqual(p.stdout, f"finding {FP[:4]} (fingerprint {FP}) triaged as confirmed\n")

    def test_an_unknown_prefix_is_an_error(self):
        self.g("check", "server.cpp")
        p = self.g("show", "0000")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint show: error: no finding '0000' in the database\n"))

    def test_findings_of_an_unknown_rule_is_an_error(self):
        self.g("check", "server.cpp")
        p = self.g("findings", "--rule", "nosuch")
        self.assertEqual((p.returncode, p.stdout), (2, ""))
        self.assertEqual(p.stderr, "growlint findings: error: unknown rule 'nosuch' (rules: growth-global-container, "
                                   "growth-unbounded-memo, growth-static-local, growth-realloc-array, "
                                   "growth-linked-list)\n")
        p = self.g("findings", "--rule", "growth-static-local")
        self.assertEqual(p.returncode, 0)

    def test_the_summarys_new_never_counts_suppressed_findings(self):
        self.write("server.cpp", SERVER.replace("std::vector<std::string> g_log;",
                                                "std::vector<std::string> g_log;  // NOLINT"))
        p = self.g("check", "server.cpp")
        self.assertEqual((p.returncode, p.stderr),
                         (0, "growlint: 0 findings in 1 unit (run 1: 0 new, 0 fixed, 1 suppressed)\n"))

    def test_a_merged_run_keeps_the_commit_of_its_shards(self):
        head = self.git(self.repo, "rev-parse", "HEAD").strip()
        for i in (1, 2):
            p = self.g("check", "--shard", f"{i}/2", "--db", f"s{i}.db", "server.cpp")
            self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(self.g("merge", "s1.db", "s2.db", "--db", "out.db").returncode, 1)
        [run] = json.loads(self.g("history", "--db", "out.db", "--format", "json").stdout)["runs"]
        self.assertEqual(run["git_commit"], head)

    def test_diff_prints_each_groups_header_once(self):
        self.write("a.cpp", SERVER.replace("g_log", "g_a"))
        self.write("b.cpp", SERVER.replace("g_log", "g_b"))
        self.g("check", ".")
        os.remove(os.path.join(self.repo, "a.cpp"))
        self.write("c.cpp", SERVER.replace("g_log", "g_c"))
        self.g("check", ".")
        p = self.g("diff", "1", "2")
        lines = p.stdout.splitlines()
        self.assertEqual([l for l in lines if not l.startswith("  ")], ["fixed:", "introduced:", "unchanged:"])


TOP = os.path.dirname(HERE)


class WithoutACompileDatabase(Clone):
    def setUp(self):
        super().setUp()
        os.makedirs(os.path.join(self.repo, "include"))
        os.makedirs(os.path.join(self.repo, "src"))
        self.write("include/log.h", LOG_H)
        self.write("src/server.cpp", SERVER_SRC)

    def test_arguments_after_double_dash_are_relative_to_the_current_folder(self):
        p = self.g("check", "src/server.cpp", "--", "-Iinclude")
        self.assertEqual(p.returncode, 1, p.stderr)
        p = self.g("check", "src/server.cpp", "--", "-I", "include")
        self.assertEqual(p.returncode, 1, p.stderr)

    def test_defaults_are_clangs_gnu_dialects(self):
        p = self.g("check", "src/server.cpp", "--", "-Iinclude")
        self.assertEqual(p.returncode, 1, p.stderr)
        import sqlite3
        db = sqlite3.connect(os.path.join(self.repo, ".growlint", "growlint.db"))
        [(args,)] = db.execute("SELECT args FROM unit").fetchall()
        db.close()
        self.assertTrue(args.startswith("-x c++ -std=gnu++17 -I"), args)

    def test_dump_facts_uses_the_configurations_extra_args(self):
        self.assertEqual(self.g("dump-facts", "src/server.cpp").returncode, 3)
        self.write(".growlint.yaml", "extra_args: [-Iinclude]\n")
        p = self.g("dump-facts", "src/server.cpp")
        self.assertEqual((p.returncode, p.stderr), (0, ""))
        self.assertIn("\nstorage key=c:@g_log kind=global", p.stdout)
        # found walking up from the file, relative to the configuration's folder
        p = self.g("dump-facts", "server.cpp", cwd=os.path.join(self.repo, "src"))
        self.assertEqual((p.returncode, p.stderr), (0, ""))

    def test_a_header_named_alone_is_cxx_when_it_uses_cxx(self):
        self.write("include/only.h", "namespace n { int f(); }\n")
        p = self.g("dump-facts", "include/only.h")
        self.assertEqual(p.stdout.splitlines()[0], "unit file=include/only.h lang=c++ frontend=libclang")
        self.write("include/plain.h", "int f(void);\n")
        p = self.g("dump-facts", "include/plain.h")
        self.assertEqual(p.stdout.splitlines()[0], "unit file=include/plain.h lang=c frontend=libclang")

    def test_a_header_named_alone_is_cxx_when_its_folder_has_cxx_sources(self):
        self.write("src/plain.h", "int f(void);\n")
        p = self.g("dump-facts", "src/plain.h")
        self.assertEqual(p.stdout.splitlines()[0], "unit file=src/plain.h lang=c++ frontend=libclang")


class ManPageAndCompletion(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-install-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def complete(self, line):
        """COMPREPLY of the installed-style completion for the words of line (the last may be empty)."""
        words = line.split(" ")
        script = (f"source {TOP}/scripts/growlint-completion.bash\n"
                  f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
                  "_growlint; printf '%s\\n' \"${COMPREPLY[@]}\"\n")
        env = dict(os.environ, PATH=os.path.dirname(GROWLINT) + os.pathsep + os.environ["PATH"])
        p = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
        self.assertEqual(p.returncode, 0, p.stderr)
        return [w for w in p.stdout.splitlines() if w]

    def test_completion_of_commands_options_and_values(self):
        self.assertEqual(self.complete("growlint tr"), ["triage"])
        self.assertEqual(self.complete("growlint check --fo"), ["--format"])
        self.assertEqual(self.complete("growlint check --format c"), ["codequality"])
        self.assertEqual(self.complete("growlint triage 1 --as "),
                         ["false-positive", "intentional", "confirmed", "none"])
        self.assertEqual(self.complete("growlint explain growth-s"), ["growth-static-local"])
        self.assertIn("--dump-config", self.complete("growlint check --"))

    def test_cmake_install_puts_the_man_page_and_the_completion_in_place(self):
        build = os.path.dirname(GROWLINT)
        p = subprocess.run(["cmake", "--install", build, "--prefix", self.tmp], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        man = os.path.join(self.tmp, "share", "man", "man1", "growlint.1")
        self.assertTrue(os.path.exists(man))
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "share", "bash-completion", "completions", "growlint")))
        p = subprocess.run(["man", "-l", man], capture_output=True, text=True, env=dict(os.environ, MANWIDTH="80"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("growlint - find long-lived C and C++ containers that only ever grow", p.stdout)


def main():
    global GROWLINT
    args = sys.argv[1:]
    i = args.index("--growlint")
    GROWLINT = os.path.abspath(args[i + 1])
    del args[i:i + 2]
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)


if __name__ == "__main__":
    main()
