#!/usr/bin/env python3
"""Command-line tests: what a user sees from growlint (output, exit codes,
error messages). Run: cli_test.py --growlint BIN [unittest args]."""
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
RULES = os.path.join(os.path.dirname(HERE), "rules")
GROWLINT = None


def run(*args, cwd=None, db=None):
    cmd = [GROWLINT] + list(args)
    if db is not None:
        cmd[2:2] = ["--db", db]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-test-")
        self.db = os.path.join(self.tmp, "g.db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def check(self, *args, cwd=FIX):
        return run("check", *args, cwd=cwd, db=self.db)


class TextOutput(Base):
    def test_finding_is_printed_in_clang_style_with_notes_and_fix(self):
        p = self.check("basic")
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout.splitlines(), [
            "basic/server.cpp:5:26: warning: 'g_log' (std::vector<std::string>) has static storage duration "
            "and only ever grows: it grows in code that repeats and nothing in the program removes its "
            "elements [growth-global-container]",
            "basic/server.cpp:8:39: note: 'g_log' grows here (push_back)",
            "basic/server.cpp:13:5: note: 'remember' is called here by 'main', inside a loop that repeats for every input it reads",
            "basic/server.cpp:12:3: note: this loop repeats for every input it reads, so the growth repeats",
            "basic/server.cpp:5:26: note: suggested fix (bounded): cap 'g_log' (std::vector<std::string>, "
            "server.cpp:5), because nothing reads all of 'g_log' after filling it: before it grows (push_back in "
            "'remember', server.cpp:8), erase its oldest element once it holds kMaxLog, or make it a std::deque "
            "and pop_front(), or a ring buffer; for example: if (g_log.size() >= kMaxLog) "
            "g_log.erase(g_log.begin());",
        ])
        self.assertEqual(p.stderr, "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)\n")

    def test_clean_program_exits_zero_and_prints_nothing(self):
        p = self.check("two-units")
        self.assertEqual((p.returncode, p.stdout), (0, ""))
        self.assertEqual(p.stderr, "growlint: 0 findings in 2 units (run 1: 0 new, 0 fixed)\n")


class JsonOutput(Base):
    def test_json_has_the_documented_fields(self):
        p = self.check("--format", "json", "basic")
        self.assertEqual(p.returncode, 1)
        doc = json.loads(p.stdout)
        self.assertEqual(doc["units"], 1)
        self.assertEqual(doc["failed_units"], [])
        [f] = doc["findings"]
        self.assertEqual((f["rule"], f["symbol"], f["container"], f["file"], f["line"], f["column"], f["fix"]),
                         ("growth-global-container", "g_log", "g_log", "basic/server.cpp", 5, 26, "bounded"))
        self.assertEqual([(n["file"], n["line"], n["column"]) for n in f["notes"]],
                         [("basic/server.cpp", 8, 39), ("basic/server.cpp", 13, 5), ("basic/server.cpp", 12, 3),
                          ("basic/server.cpp", 5, 26)])
        self.assertEqual(f["notes"][0]["message"], "'g_log' grows here (push_back)")
        self.assertRegex(f["fingerprint"], "^[0-9a-f]{16}$")

    def test_unknown_format_is_a_usage_error(self):
        p = self.check("--format", "xml", "basic")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, "growlint check: error: unknown format 'xml' (expected one of: text, json, sarif, codequality)\n")


class TwoUnits(Base):
    def test_grown_in_one_unit_and_cleared_in_the_other_is_silent(self):
        p = self.check("--format", "json", "two-units")
        self.assertEqual(p.returncode, 0)
        self.assertEqual(json.loads(p.stdout)["findings"], [])

    def test_the_growing_unit_alone_is_reported(self):
        p = self.check("--format", "json", "two-units/producer.cpp")
        self.assertEqual(p.returncode, 1)
        self.assertEqual([f["symbol"] for f in json.loads(p.stdout)["findings"]], ["g_queue"])


class BadInput(Base):
    def test_missing_path(self):
        p = self.check("does/not/exist.cpp")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, "growlint check: error: no such file or directory: 'does/not/exist.cpp'\n")

    def test_not_a_source_file(self):
        p = self.check("custom-model/acme.yaml")
        self.assertEqual(p.returncode, 2)
        self.assertIn("is not a C or C++ file", p.stderr)

    def test_syntax_error_shows_clang_errors_and_analyses_the_rest(self):
        p = self.check("--format", "json", "syntax-error")
        self.assertEqual(p.returncode, 3)
        self.assertIn("broken.cpp:5:26: error: expected ';' after expression", p.stderr)
        self.assertIn("growlint check: error: syntax-error/broken.cpp could not be parsed completely (1 error); "
                      "the other units are still analysed", p.stderr)
        doc = json.loads(p.stdout)
        self.assertEqual(doc["failed_units"], ["syntax-error/broken.cpp"])
        self.assertIn("g_fine", [f["symbol"] for f in doc["findings"]])
        with sqlite3.connect(self.db) as db:
            self.assertEqual(db.execute("SELECT status FROM run").fetchall(), [("incomplete",)])
            self.assertEqual(sorted(db.execute("SELECT status, errors FROM run_unit").fetchall()),
                             [("error", 1), ("ok", 0)])

    def test_missing_compile_database(self):
        p = self.check("-p", self.tmp)
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, f"growlint check: error: no compile database: '{self.tmp}/compile_commands.json' "
                                   "does not exist (generate it with cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or bear)\n")

    def test_malformed_compile_database(self):
        with open(os.path.join(self.tmp, "compile_commands.json"), "w") as f:
            f.write('[{"directory": "/tmp", "file": "a.c"')
        p = self.check("-p", self.tmp)
        self.assertEqual(p.returncode, 2)
        self.assertRegex(p.stderr, r"^growlint check: error: .*compile_commands.json:1:\d+: malformed compile database: ")

    def test_compile_database_entry_with_wrong_types(self):
        with open(os.path.join(self.tmp, "compile_commands.json"), "w") as f:
            json.dump([{"directory": "/tmp", "file": 3, "arguments": []}], f)
        p = self.check("-p", self.tmp)
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, f"growlint check: error: {self.tmp}/compile_commands.json: entry 0 needs string "
                                   "fields 'directory' and 'file'\n")

    def test_database_path_that_cannot_be_written(self):
        p = run("check", "--db", "/proc/growlint/g.db", "basic", cwd=FIX)
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith("growlint check: error: cannot open database '/proc/growlint/g.db'"),
                        p.stderr)

    def test_unknown_option(self):
        p = self.check("--frobnicate")
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith("growlint check: error: unknown option '--frobnicate'"))

    def test_nothing_to_analyse(self):
        p = self.check()
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith("growlint check: error: nothing to analyse"))


class CompileDatabase(Base):
    def write_cdb(self, defines):
        src = os.path.join(FIX, "cdb", "worker.c")
        entry = {"directory": os.path.join(FIX, "cdb"), "file": "worker.c",
                 "arguments": ["cc", "-std=c11"] + defines + ["-c", "worker.c", "-o", "worker.o"]}
        with open(os.path.join(self.tmp, "compile_commands.json"), "w") as f:
            json.dump([entry], f)
        return src

    def test_entry_arguments_are_honoured(self):
        self.write_cdb(["-DWITH_HISTORY"])
        p = self.check("--format", "json", "-p", self.tmp)
        self.assertEqual(p.returncode, 1, p.stderr)
        [f] = json.loads(p.stdout)["findings"]
        self.assertEqual((f["rule"], f["symbol"], f["line"], f["fix"]), ("growth-realloc-array", "history", 4, "bounded"))

    def test_dump_facts_reads_the_compile_database_and_extra_arguments(self):
        src = self.write_cdb([])
        dump = lambda *extra: run("dump-facts", "--rules", RULES, "-p", self.tmp, src, *extra, cwd=FIX).stdout
        self.assertNotIn("storage key=", dump())
        with_define = dump("--", "-DWITH_HISTORY")
        self.assertIn("unit file=cdb/worker.c lang=c frontend=libclang", with_define)
        self.assertIn("kind=file-static lang=c family=realloc", with_define)

    def test_without_the_define_there_is_no_growth(self):
        self.write_cdb([])
        p = self.check("-p", self.tmp)
        self.assertEqual((p.returncode, p.stdout), (0, ""))

    def test_extra_arguments_after_double_dash(self):
        self.write_cdb([])
        p = self.check("-p", self.tmp, "--", "-DWITH_HISTORY")
        self.assertEqual(p.returncode, 1)

    def test_paths_filter_the_entries(self):
        self.write_cdb(["-DWITH_HISTORY"])
        p = self.check("-p", self.tmp, "basic")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, "growlint check: error: no C or C++ sources found in the given paths\n")

    def test_plugin_arguments_are_dropped(self):
        self.write_cdb(["-fplugin=/tmp/evil.so", "-Xclang", "-load", "-Xclang", "/tmp/evil.so", "-DWITH_HISTORY"])
        p = self.check("-p", self.tmp)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("warning: ignored compiler arguments that could load code or read more arguments from a file: -fplugin=/tmp/evil.so "
                      "-Xclang -load -Xclang /tmp/evil.so", p.stderr)


class RulesAreData(Base):
    def test_made_up_container_needs_only_a_model_file(self):
        rules = os.path.join(self.tmp, "rules")
        shutil.copytree(RULES, rules)
        p = self.check("--format", "json", "custom-model/bag.cpp")
        self.assertEqual((p.returncode, json.loads(p.stdout)["findings"]), (0, []))
        shutil.copy(os.path.join(FIX, "custom-model", "acme.yaml"), rules)
        p = self.check("--format", "json", "--rules", rules, "custom-model/bag.cpp")
        self.assertEqual(p.returncode, 1, p.stderr)
        [f] = json.loads(p.stdout)["findings"]
        self.assertEqual((f["symbol"], f["line"], f["notes"][0]["message"]),
                         ("g_bag", 9, "'g_bag' grows here (stuff)"))

    def test_malformed_rules_name_file_line_and_key(self):
        rules = os.path.join(self.tmp, "rules")
        shutil.copytree(RULES, rules)
        with open(os.path.join(rules, "zz-bad.yaml"), "w") as f:
            f.write("containers:\n  - type: acme::Box\n    grows: [put]\n")
        p = self.check("--rules", rules, "basic")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, f"growlint check: error: {rules}/zz-bad.yaml:3: 'grows': unknown key in a container model\n")

    def test_rules_lists_every_rule(self):
        p = run("rules")
        self.assertEqual(p.returncode, 0)
        self.assertEqual([l.split()[0] for l in p.stdout.splitlines()],
                         ["growth-global-container", "growth-unbounded-memo", "growth-static-local",
                          "growth-realloc-array",
                          "growth-linked-list"])


class DumpFacts(Base):
    def test_each_unit_prints_its_facts_one_per_line(self):
        p = run("dump-facts", "--rules", RULES, os.path.join(FIX, "basic"), cwd=FIX)
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = p.stdout.splitlines()
        self.assertTrue(lines[0].startswith("unit file=basic/"), lines[0])
        self.assertIn("lang=c++ frontend=libclang", lines[0])
        self.assertTrue(any(l.startswith("storage key=c:@g_log kind=global lang=c++ family=class") for l in lines),
                        p.stdout)
        self.assertTrue(any(l.startswith("op grow target=storage:c:@g_log path=\"\"") for l in lines), p.stdout)

    def test_a_unit_that_does_not_parse_exits_3(self):
        p = run("dump-facts", "--rules", RULES, os.path.join(FIX, "syntax-error"), cwd=FIX)
        self.assertEqual(p.returncode, 3, p.stderr)
        self.assertIn("error:", p.stderr)

    def test_no_file_is_a_usage_error(self):
        p = run("dump-facts")
        self.assertEqual(p.returncode, 2)
        self.assertIn("growlint dump-facts: error: no FILE given", p.stderr)


class Database(Base):
    def test_run_units_facts_and_findings_are_recorded(self):
        self.check("basic")
        with sqlite3.connect(self.db) as db:
            self.assertEqual(db.execute("PRAGMA user_version").fetchone(), (9,))
            self.assertEqual(db.execute("SELECT id, status, units, findings FROM run").fetchall(),
                             [(1, "complete", 1, 1)])
            self.assertEqual(db.execute("SELECT status FROM run_unit").fetchall(), [("ok",)])
            self.assertEqual(db.execute("SELECT symbol, kind, model FROM storage").fetchall(),
                             [("g_log", "global", "std::vector")])
            # the unit defines main, so its definition of g_log is recorded (which program owns it)
            self.assertEqual(db.execute("SELECT kind, detail FROM op ORDER BY kind").fetchall(),
                             [("defined", ""), ("grow", "push_back")])
            self.assertEqual(db.execute("SELECT rule, symbol, line FROM finding").fetchall(),
                             [("growth-global-container", "g_log", 5)])

    def test_a_run_records_each_front_end_and_its_version(self):
        self.check("basic")
        with sqlite3.connect(self.db) as db:
            frontends, clang = db.execute("SELECT frontends, clang_version FROM run").fetchone()
        self.assertEqual(frontends, "libclang " + clang + "\ntree-sitter-python 0.23.6 (tree-sitter language ABI 14)")
        self.assertIn("clang version", clang)

    def test_default_database_lives_under_the_project_root(self):
        work = os.path.join(self.tmp, "proj")
        shutil.copytree(os.path.join(FIX, "basic"), os.path.join(work, "src"))
        os.mkdir(os.path.join(work, ".git"))
        p = run("check", "src", cwd=os.path.join(work))
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertTrue(os.path.isfile(os.path.join(work, ".growlint", "growlint.db")))


class Colour(Base):
    def on_a_terminal(self, env):
        import pty
        master, slave = pty.openpty()
        p = subprocess.Popen([GROWLINT, "check", "--db", self.db, "basic"], cwd=FIX, stdout=slave,
                             stderr=subprocess.DEVNULL, env=dict(os.environ, **env))
        p.wait()
        os.close(slave)
        data = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
        os.close(master)
        return data.decode()

    def test_colour_on_a_terminal(self):
        out = self.on_a_terminal({"NO_COLOR": ""})
        self.assertTrue(out.startswith("\x1b[1mbasic/server.cpp:5:26: \x1b[1;35mwarning:\x1b[0m"), repr(out[:80]))

    def test_no_color_turns_it_off(self):
        out = self.on_a_terminal({"NO_COLOR": "1"})
        self.assertTrue(out.startswith("basic/server.cpp:5:26: warning: 'g_log'"), repr(out[:80]))

    def test_no_colour_when_not_a_terminal(self):
        p = self.check("basic")
        self.assertNotIn("\x1b", p.stdout)


class Meta(unittest.TestCase):
    def test_version_names_growlint_and_libclang(self):
        p = run("--version")
        self.assertEqual(p.returncode, 0)
        lines = p.stdout.splitlines()
        self.assertRegex(lines[0], r"^growlint \d+\.\d+\.\d+$")
        self.assertRegex(lines[1], r"^libclang: .*clang version 19\.")

    def test_every_command_has_help(self):
        for cmd in ("check", "rules"):
            p = run(cmd, "--help")
            self.assertEqual(p.returncode, 0)
            self.assertTrue(p.stdout.startswith(f"usage: growlint {cmd}"))

    def test_unknown_command(self):
        p = run("frob")
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith("growlint: error: unknown command 'frob'"))


COMMANDS = ("check", "history", "findings", "diff", "show", "triage", "baseline", "explain", "merge", "rules",
            "version", "help")


class Help(unittest.TestCase):
    def test_every_command_prints_its_usage_with_help_or_h(self):
        for cmd in COMMANDS:
            for flag in ("--help", "-h"):
                p = run(cmd, flag)
                self.assertEqual((p.returncode, p.stderr), (0, ""), (cmd, flag))
                self.assertTrue(p.stdout.startswith(f"usage: growlint {cmd}"), (cmd, p.stdout))
                self.assertIn("\n  -h, --help", p.stdout, cmd)

    def test_help_command_prints_the_same_usage(self):
        for cmd in COMMANDS:
            self.assertEqual(run("help", cmd).stdout, run(cmd, "--help").stdout, cmd)

    def test_usage_lists_the_options_of_the_table_with_their_help(self):
        out = run("check", "--help").stdout
        self.assertIn("\n  -p BUILD_DIR       read BUILD_DIR/compile_commands.json\n", out)
        self.assertIn("\n  --fail-on POLICY   which findings fail the run: any (default), new, none\n", out)
        self.assertIn("\n  --no-cache         parse every unit even when its stored facts are still valid\n", out)
        self.assertIn("\n  --                 pass the remaining arguments to the compiler\n", out)
        self.assertIn("\n  --limit N          ", run("history", "--help").stdout)

    def test_help_without_a_command_lists_every_command(self):
        p = run("help")
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.startswith("usage: growlint <command> [options]\n"))
        for cmd in COMMANDS:
            self.assertIn(f"\n  {cmd} ", p.stdout)
        self.assertEqual(run("--help").stdout, p.stdout)

    def test_help_for_an_unknown_command(self):
        p = run("help", "frob")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint help: error: unknown command 'frob'\n"))


class OptionSyntax(Base):
    """One parser serves every command: the same syntax and the same errors."""

    def test_value_after_equals_or_as_the_next_argument(self):
        for args in (["--format=json"], ["--format", "json"]):
            p = self.check(*args, "basic")
            self.assertEqual(p.returncode, 1, p.stderr)
            self.assertEqual(json.loads(p.stdout)["units"], 1)

    def test_short_option_with_its_value_attached(self):
        p = self.check("-j1", "--format", "json", "basic")
        self.assertEqual(p.returncode, 1, p.stderr)

    def test_unknown_option_is_the_same_error_for_every_command(self):
        for cmd in COMMANDS:
            p = run(cmd, "--frobnicate")
            self.assertEqual((p.returncode, p.stderr),
                             (2, f"growlint {cmd}: error: unknown option '--frobnicate'\n"
                                 f"Run 'growlint {cmd} --help' for usage.\n"), cmd)

    def test_missing_value(self):
        for cmd, opt in (("check", "--format"), ("history", "--db"), ("triage", "--reason"), ("merge", "--db")):
            p = run(cmd, opt)
            self.assertEqual((p.returncode, p.stderr),
                             (2, f"growlint {cmd}: error: option '{opt}' needs a value\n"
                                 f"Run 'growlint {cmd} --help' for usage.\n"), cmd)

    def test_a_switch_takes_no_value(self):
        p = self.check("--stats=yes", "basic")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: option '--stats' takes no value\n"
                             "Run 'growlint check --help' for usage.\n"))

    def test_bad_numbers(self):
        p = run("history", "--limit", "ten", db=os.path.join(self.tmp, "none.db"))
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint history: error: --limit needs a number of runs from 1 to 1000000, not 'ten'\n"))
        p = self.check("-j", "4x", "basic")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint check: error: -j needs a number of jobs from 1 to 256, not '4x'\n"))

    def test_double_dash_ends_the_options(self):
        p = run("explain", "--", "--frobnicate")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint explain: error: unknown rule '--frobnicate' (see 'growlint rules')\n"))

    def test_findings_takes_no_arguments(self):
        # it used to ignore them silently
        p = run("findings", "12", db=os.path.join(self.tmp, "none.db"))
        self.assertEqual((p.returncode, p.stderr), (2, "growlint findings: error: unexpected argument '12'\n"))


class WriteErrors(Base):
    """A report that could not be written is an error (exit 2), never a success."""

    def to_full(self, *args):
        with open("/dev/full", "w") as full:
            return subprocess.run([GROWLINT] + list(args), stdout=full, stderr=subprocess.PIPE, text=True, cwd=FIX)

    def test_report_to_a_full_standard_output(self):
        for fmt in ("text", "json", "sarif"):
            p = self.to_full("check", "--db", self.db, "--format", fmt, "basic")
            self.assertEqual((p.returncode, p.stderr),
                             (2, "growlint check: error: cannot write the report to standard output: "
                                 "No space left on device\n"), fmt)

    def test_report_to_a_full_output_file(self):
        for fmt in ("text", "json", "sarif"):
            p = self.check("--format", fmt, "--output", "/dev/full", "basic")
            self.assertEqual((p.returncode, p.stderr),
                             (2, "growlint check: error: cannot write the report to '/dev/full': "
                                 "No space left on device\n"), fmt)

    def test_other_commands_to_a_full_standard_output(self):
        p = self.to_full("rules")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint rules: error: cannot write to standard output: No space left on device\n"))
        p = self.to_full("--version")
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint version: error: cannot write to standard output: No space left on device\n"))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: cli_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
