#!/usr/bin/env python3
"""Reliability and security: bad input gets a clear error and the rest is
still analysed; hostile build files load nothing; the history database
survives corruption, read-only files, concurrent runs, SIGKILL and a full
disk. Run: robustness_test.py --growlint BIN [unittest args]."""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")
SERVER = open(os.path.join(FIX, "basic", "server.cpp")).read()
GROWLINT = None


class Dir(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="growlint-robust-")
        self.db = os.path.join(self.dir, "g.db")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, data, mode="w"):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(data)
        return path

    def g(self, *args, env=None, db=True, text=True):
        cmd = [GROWLINT, *args]
        if db and args and args[0] == "check":
            cmd[2:2] = ["--db", self.db]
        return subprocess.run(cmd, cwd=self.dir, capture_output=True, text=text,
                              env=dict(os.environ, **(env or {})))

    def runs(self, db=None):
        with sqlite3.connect(db or self.db) as c:
            return c.execute("SELECT id, status FROM run ORDER BY id").fetchall()


class BadInput(Dir):
    def test_folder_with_no_sources(self):
        os.mkdir(os.path.join(self.dir, "docs"))
        self.write("docs/readme.txt", "nothing here")
        p = self.g("check", "docs")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint check: error: no C or C++ sources found in the given paths\n"))

    def test_empty_file_is_fine(self):
        self.write("empty.c", "")
        p = self.g("check", "empty.c")
        self.assertEqual((p.returncode, p.stdout), (0, ""))

    def test_binary_file_named_c_is_a_parse_failure_and_the_rest_is_analysed(self):
        self.write("blob.c", bytes(random.Random(7).randrange(256) for _ in range(4096)), "wb")
        self.write("server.cpp", SERVER)
        p = self.g("check", "--format", "json", ".")
        self.assertEqual(p.returncode, 3)
        self.assertIn("growlint check: error: blob.c could not be parsed completely", p.stderr)
        doc = json.loads(p.stdout)
        self.assertEqual((doc["failed_units"], [f["symbol"] for f in doc["findings"]]), (["blob.c"], ["g_log"]))

    def test_missing_header(self):
        self.write("m.c", '#include "not-there.h"\nint x;\n')
        p = self.g("check", "m.c")
        self.assertEqual(p.returncode, 3)
        self.assertIn("m.c:1:10: error: 'not-there.h' file not found", p.stderr)

    def test_non_utf8_in_a_source_and_in_a_file_name(self):
        self.write("latin1.c", b"/* caf\xe9 */\nint x;\n", "wb")
        self.assertEqual(self.g("check", "latin1.c").returncode, 0)
        name = os.path.join(os.fsencode(self.dir), b"caf\xe9.cpp")
        with open(name, "wb") as f:
            f.write(SERVER.encode())
        p = subprocess.run([GROWLINT, "check", "--db", self.db, "--format", "json", name], cwd=self.dir,
                           capture_output=True)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(json.loads(p.stdout)["findings"][0]["file"], "caf\ufffd.cpp")
        p = subprocess.run([GROWLINT, "check", "--db", self.db, "--format", "sarif", name], cwd=self.dir,
                           capture_output=True)
        self.assertEqual(p.returncode, 1)
        json.loads(p.stdout)

    def test_file_names_with_spaces_quotes_semicolons_newlines_and_escapes(self):
        name = 'we ird;"q"\n\x1b[31mname.cpp'
        self.write(name, SERVER)
        p = self.g("check", name)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertNotIn("\x1b", p.stdout)
        self.assertTrue(p.stdout.startswith('we ird;"q"\\x0a\\x1b[31mname.cpp:5:26: warning: '), p.stdout[:80])
        p = self.g("check", "--format", "json", name)
        self.assertEqual(json.loads(p.stdout)["findings"][0]["file"], name)

    def test_a_20_megabyte_source(self):
        body = "".join(f"static int f{i}(int x) {{ int s = 0; for (int k = 0; k < x; k++) s += k * {i}; return s; }}\n"
                       for i in range(230000))
        self.write("big.c", body)
        self.assertGreater(os.path.getsize(os.path.join(self.dir, "big.c")), 20_000_000)
        p = self.g("check", "big.c")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr[-500:])

    def test_deeply_nested_code(self):
        self.write("deep.c", "int f(void) { return " + "(" * 5000 + "1" + ")" * 5000 + "; }\n")
        self.write("nested.c", "int g(int x) {\n" + "if (x) {\n" * 200 + "x++;\n" + "}\n" * 200 + "return x; }\n")
        p = self.g("check", "--format", "json", ".")
        self.assertEqual(p.returncode, 3)
        self.assertEqual(json.loads(p.stdout)["failed_units"], ["deep.c"])
        self.assertIn("bracket nesting level exceeded maximum of 256", p.stderr)

    def test_compile_database_pointing_at_a_missing_directory(self):
        self.write("a.c", "int a;\n")
        self.write("build/compile_commands.json", json.dumps(
            [{"directory": "/no/such/dir", "file": os.path.join(self.dir, "a.c"), "arguments": ["cc", "-c", "a.c"]}]))
        p = self.g("check", "-p", "build")
        self.assertEqual(p.returncode, 3)
        self.assertIn("a.c: error: the compile database's directory for this unit does not exist: /no/such/dir",
                      p.stderr)

    def test_compile_database_entry_without_arguments(self):
        self.write("build/compile_commands.json", json.dumps([{"directory": "/tmp", "file": "a.c"}]))
        p = self.g("check", "-p", "build")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint check: error: build/compile_commands.json: entry 0 "
                                                       "needs 'arguments' (a list of strings) or 'command' (a string)\n"))

    def test_compile_database_that_is_not_an_array(self):
        self.write("build/compile_commands.json", '{"directory": "/tmp"}')
        p = self.g("check", "-p", "build")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint check: error: build/compile_commands.json: a compile "
                                                       "database must be a JSON array of entries\n"))


class HostileBuildFiles(Dir):
    def test_plugins_in_the_compile_database_are_never_loaded(self):
        plugin = os.path.join(self.dir, "evil.so")
        subprocess.run(["cc", "-shared", "-fPIC", "-o", plugin, os.path.join(HERE, "faults", "plugin.c")], check=True)
        marker = os.path.join(self.dir, "marker")
        # the plugin works: loading it leaves the marker
        subprocess.run([sys.executable, "-c", f"import ctypes; ctypes.CDLL({plugin!r})"],
                       env=dict(os.environ, GROWLINT_PLUGIN_MARKER=marker), check=True)
        self.assertTrue(os.path.exists(marker))
        os.remove(marker)
        self.write("server.cpp", SERVER)
        self.write("args.rsp", f"-fplugin={plugin}\n")
        args = ["c++", "-std=c++17", f"-fplugin={plugin}", f"-fpass-plugin={plugin}", "-Xclang", "-load", "-Xclang",
                plugin, "-Xclang", "-add-plugin", "-Xclang", "evil", "@args.rsp", "--config", "evil.cfg",
                "-c", "server.cpp"]
        self.write("build/compile_commands.json", json.dumps([{"directory": self.dir, "file": "server.cpp",
                                                               "arguments": args}]))
        p = self.g("check", "-p", "build", env={"GROWLINT_PLUGIN_MARKER": marker})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertFalse(os.path.exists(marker))
        self.assertIn("growlint check: warning: ignored compiler arguments that could load code or read more "
                      f"arguments from a file: -fplugin={plugin} -fpass-plugin={plugin} -Xclang -load -Xclang {plugin} "
                      "-Xclang -add-plugin -Xclang evil @args.rsp --config evil.cfg", p.stderr)


class Database(Dir):
    def baseline_runs(self, n=2):
        self.write("server.cpp", SERVER)
        for _ in range(n):
            self.assertEqual(self.g("check", "server.cpp").returncode, 1)
        return self.runs()

    def snapshot(self):
        with sqlite3.connect(self.db) as c:
            return (c.execute("SELECT id, status, findings FROM run ORDER BY id").fetchall(),
                    c.execute("SELECT run_id, fingerprint, state FROM finding ORDER BY run_id, fingerprint").fetchall(),
                    c.execute("PRAGMA integrity_check").fetchall())

    def test_garbage_database_is_an_error_and_left_as_it_was(self):
        data = b"not a database " * 300
        self.write("g.db", data, "wb")
        self.write("server.cpp", SERVER)
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 2)
        self.assertIn("file is not a database", p.stderr)
        with open(self.db, "rb") as f:
            self.assertEqual(f.read(), data)

    def test_truncated_database_is_an_error_and_left_as_it_was(self):
        self.baseline_runs(1)
        with sqlite3.connect(self.db) as c:
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with open(self.db, "rb") as f:
            data = f.read()[:5000]
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.db + suffix):
                os.remove(self.db + suffix)
        self.write("g.db", data, "wb")
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertRegex(p.stderr, r"growlint check: error: .*(malformed|not a database)")
        with open(self.db, "rb") as f:
            self.assertEqual(f.read(), data)

    @unittest.skipUnless(shutil.which("setpriv"), "needs setpriv to drop root")
    def test_read_only_database_and_folder(self):
        self.baseline_runs(1)
        before = self.snapshot()
        for p in (self.dir, self.db, self.db + "-wal", self.db + "-shm", os.path.join(self.dir, "server.cpp")):
            if os.path.exists(p):
                os.chmod(p, 0o755 if os.path.isdir(p) else 0o444)
        os.chmod(self.dir, 0o555)
        try:
            p = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", GROWLINT, "check",
                                "--db", self.db, "server.cpp"], cwd=self.dir, capture_output=True, text=True)
        finally:
            os.chmod(self.dir, 0o755)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertRegex(p.stderr, r"^growlint check: error: .*(readonly|read-only|unable to open)")
        self.assertEqual(self.snapshot(), before)

    def test_two_runs_at_the_same_time_both_complete(self):
        self.write("server.cpp", SERVER)
        for i in range(6):
            self.write(f"u{i}.cpp", "#include <map>\n#include <string>\nint f%d() { return 0; }\n" % i)
        procs = [subprocess.Popen([GROWLINT, "check", "-j", "1", "--db", self.db, "."], cwd=self.dir,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        codes = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
        self.assertEqual([c for c, _ in codes], [1, 1], codes)
        self.assertEqual(self.runs(), [(1, "complete"), (2, "complete")])

    def test_sigkill_at_any_point_leaves_no_half_written_complete_run(self):
        self.write("server.cpp", SERVER)
        for i in range(8):
            self.write(f"u{i}.cpp", "#include <map>\n#include <regex>\nint f%d() { return 0; }\n" % i)
        rng = random.Random(11)
        for _ in range(6):
            p = subprocess.Popen([GROWLINT, "check", "-j", "1", "--no-cache", "--db", self.db, "."], cwd=self.dir,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, 2.0))
            p.send_signal(signal.SIGKILL)
            p.wait()
        p = self.g("check", ".")
        self.assertEqual(p.returncode, 1, p.stderr)
        runs = self.runs()
        self.assertEqual(runs[-1][1], "complete")
        self.assertTrue(all(s in ("interrupted", "complete") for _, s in runs), runs)
        with sqlite3.connect(self.db) as c:
            self.assertEqual(c.execute("PRAGMA integrity_check").fetchall(), [("ok",)])
            for run_id, status in runs:
                if status == "complete":  # a complete run has its findings and totals
                    n = c.execute("SELECT COUNT(*) FROM finding WHERE run_id = ? AND state <> 'fixed'", (run_id,)).fetchone()[0]
                    self.assertEqual(c.execute("SELECT findings FROM run WHERE id = ?", (run_id,)).fetchone()[0], n)

    def test_sigterm_records_the_run_as_interrupted(self):
        for i in range(30):
            self.write(f"u{i}.cpp", "#include <map>\n#include <regex>\nint f%d() { return 0; }\n" % i)
        p = subprocess.Popen([GROWLINT, "check", "-j", "1", "--db", self.db, "."], cwd=self.dir,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate(timeout=60)
        self.assertEqual(p.returncode, 130, err)
        self.assertEqual(self.runs(), [(1, "interrupted")])

    def test_a_recursive_structure_handing_this_on_through_its_fields_ends(self):
        # drain() clears this->items and hands `this` on through next and child:
        # each lifted clear adds a field (.next.child.next...); past 8 fields
        # it is not followed (before: the paths doubled until memory ran out)
        self.write("tree.cpp", """#include <vector>
struct Node {
  Node *next = nullptr;
  Node *child = nullptr;
  std::vector<int> items;
  void drain() {
    items.clear();
    if (next) next->drain();
    if (child) child->drain();
  }
};
Node g_root;
int main() { for (;;) { g_root.items.push_back(1); g_root.drain(); } }
""")
        p = subprocess.run([GROWLINT, "check", "--no-cache", "--db", self.db, "tree.cpp"], cwd=self.dir,
                           capture_output=True, text=True, timeout=60)
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)
        self.assertIn("0 findings in 1 unit", p.stderr)

    def test_a_class_template_built_with_braces_from_a_function_object(self):
        # Runner<Tick>{t}: the constructor call's first children are the type's
        # TemplateRef and TypeRef, not arguments (growlint crashed on fish here)
        self.write("runner.cpp", """#include <vector>
template <class F> struct Runner {
  explicit Runner(F f) : f_(f) {}
  void run() { f_(); }
  F f_;
};
struct Tick { void operator()() {} };
std::vector<int> g_v;
int main() {
  Tick t;
  auto r = Runner<Tick>{t};
  r.run();
  for (;;) g_v.push_back(1);
}
""")
        p = subprocess.run([GROWLINT, "check", "--no-cache", "--db", self.db, "runner.cpp"], cwd=self.dir,
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("runner.cpp:8:18: warning: 'g_v' (std::vector<int>) has static storage duration", p.stdout)

    def test_a_second_sigterm_ends_a_run_that_does_not_stop(self):
        # the first SIGTERM asks growlint to stop between units; a unit that
        # takes long (or a hang) must not make it unkillable: the second ends it
        body = "".join("int f%d(int x) { return x * %d + (x >> 3); }\n" % (i, i) for i in range(150000))
        self.write("huge.c", body)
        p = subprocess.Popen([GROWLINT, "check", "-j", "1", "--no-cache", "--db", self.db, "huge.c"], cwd=self.dir,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(0.5)
        p.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate(timeout=120)
        self.assertEqual(p.returncode, -signal.SIGTERM, err)

    def test_a_failing_write_is_an_error_and_earlier_runs_are_intact(self):
        shim = os.path.join(self.dir, "enospc.so")
        subprocess.run(["cc", "-shared", "-fPIC", "-o", shim, os.path.join(HERE, "faults", "enospc.c"), "-ldl"],
                       check=True)
        self.baseline_runs(2)
        before = self.snapshot()
        self.write("server.cpp", SERVER.replace("g_log", "g_other"))
        for budget in (0, 3, 10, 30):
            asan = os.environ.get("ASAN_OPTIONS", "")  # an ASan build must accept a preloaded library
            p = self.g("check", "server.cpp", env={"LD_PRELOAD": shim, "GROWLINT_FAULT_WRITES": str(budget),
                                                   "ASAN_OPTIONS": asan + ":verify_asan_link_order=0"})
            self.assertEqual(p.returncode, 2, (budget, p.stderr))
            self.assertRegex(p.stderr, r"growlint check: error: .*(disk is full|disk I/O error)", budget)
            after = self.snapshot()
            self.assertEqual([r for r in after[0] if r[0] <= 2], before[0])
            self.assertEqual([r for r in after[1] if r[0] <= 2], before[1])
            self.assertEqual(after[2], [("ok",)])
        p = self.g("check", "server.cpp")
        self.assertEqual(p.returncode, 1, p.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: robustness_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
