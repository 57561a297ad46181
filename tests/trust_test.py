#!/usr/bin/env python3
"""Findings a team can trust from one commit to the next (issue 9): one
container is one finding, with the same fingerprint tomorrow; each program is
linked on its own; the pre-commit path never uses stale facts.
Run: trust_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

GROWLINT = None


class Project(unittest.TestCase):
    """A temporary project folder with its own database."""

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="growlint-trust-")
        os.mkdir(os.path.join(self.root, ".git"))  # marks the project root

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def run_g(self, *args):
        return subprocess.run([GROWLINT, *args], cwd=self.root, capture_output=True, text=True,
                              env=dict(os.environ, NO_COLOR="1"))

    def findings(self, *args):
        p = self.run_g("check", "--format", "json", *args)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return json.loads(p.stdout)["findings"], p


NET = """#include <vector>
static std::vector<int> g_items;
void net_on_packet(int x) { g_items.push_back(x); }
int main() { for (;;) net_on_packet(1); }
"""
DISK = """#include <vector>
static std::vector<int> g_items;
void disk_add(int x) { g_items.push_back(x); }
void disk_flush() { g_items.clear(); }
"""
NET_C = """#include <stdlib.h>
static int *g_items; static size_t g_n;
void net_on_packet(int x) { g_items = realloc(g_items, (g_n + 1) * sizeof *g_items); g_items[g_n++] = x; }
int main(void) { for (;;) net_on_packet(1); }
"""
DISK_C = """#include <stdlib.h>
static int *g_items; static size_t g_n;
void disk_add(int x) { g_items = realloc(g_items, (g_n + 1) * sizeof *g_items); g_items[g_n++] = x; }
void disk_flush(void) { free(g_items); g_items = NULL; g_n = 0; }
"""


class Identity(Project):
    def test_file_statics_of_one_name_in_two_folders_are_two_containers(self):
        self.write("net/util.cpp", NET)
        self.write("disk/util.cpp", DISK)
        found, p = self.findings("net", "disk")
        self.assertEqual([(f["file"], f["line"], f["symbol"]) for f in found], [("net/util.cpp", 2, "g_items")], p.stderr)
        self.assertEqual([n["file"] for n in found[0]["notes"] if n["file"] != "net/util.cpp"], [])

    def test_c_file_statics_of_one_name_in_two_folders_are_two_containers(self):
        self.write("a/store.c", NET_C)
        self.write("b/store.c", DISK_C)
        found, p = self.findings("a", "b")
        self.assertEqual([(f["file"], f["line"], f["symbol"]) for f in found], [("a/store.c", 2, "g_items")], p.stderr)

    def test_relative_names_in_a_compile_database_from_a_folder_outside_any_repository(self):
        # each entry names its file relative to its own folder, as CMake's and
        # bear's databases may; growlint runs from a folder that is in no git
        # repository: identities come from each file's real path (it hung here)
        self.write("inc/common.h", "static inline int twice(int x) { return 2 * x; }\n")
        self.write("a/store.c", '#include "common.h"\n' + NET_C.replace("(1)", "(twice(1))"))
        self.write("b/store.c", '#include "common.h"\n' + DISK_C)
        db = [{"directory": os.path.join(self.root, d), "file": "store.c",
               "arguments": ["cc", "-I../inc", "-c", "store.c"]} for d in ("a", "b")]
        self.write("build/compile_commands.json", json.dumps(db))
        outside = tempfile.mkdtemp(prefix="growlint-outside-")
        self.addCleanup(shutil.rmtree, outside, True)
        p = subprocess.run([GROWLINT, "check", "--format", "json", "-p", os.path.join(self.root, "build"),
                            "--db", os.path.join(outside, "g.db")], cwd=outside, capture_output=True, text=True,
                           timeout=60)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = json.loads(p.stdout)["findings"]
        self.assertEqual([(os.path.relpath(f["file"], self.root), f["line"], f["symbol"]) for f in found],
                         [("a/store.c", 3, "g_items")], p.stderr)

    EVERY_KIND = """#include <map>
#include <string>
#include <vector>
std::vector<int> g_global;
static std::vector<int> g_file_static;
namespace app { std::vector<int> ns_items; }
struct Registry { static std::vector<int> members; std::vector<int> field; };
std::vector<int> Registry::members;
Registry g_registry;
void handle(int x) {
  g_global.push_back(x);
  g_file_static.push_back(x);
  app::ns_items.push_back(x);
  Registry::members.push_back(x);
  g_registry.field.push_back(x);
  static std::map<int, int> memo;
  memo[x] = x;
  auto remember = [](int y) {
    static std::vector<int> seen;
    seen.push_back(y);
  };
  remember(x);
}
int next_event();
int main() { for (;;) handle(next_event()); }
"""

    def fingerprints(self):
        found, p = self.findings("every.cpp")
        return {f["container"]: f["fingerprint"] for f in found}

    def test_inserting_lines_above_any_container_keeps_every_fingerprint(self):
        self.write("every.cpp", self.EVERY_KIND)
        before = self.fingerprints()
        self.assertEqual(sorted(before), ["g_file_static", "g_global", "g_registry.field", "members", "memo",
                                          "ns_items", "seen"])
        shifted = self.EVERY_KIND.replace("#include <map>", "// a comment\n// another\n#include <map>")
        shifted = shifted.replace("  static std::map", "  int unused = 0; (void)unused;\n  static std::map")
        shifted = shifted.replace("    static std::vector<int> seen;", "    int z = y;\n    (void)z;\n"
                                  "    static std::vector<int> seen;")
        self.write("every.cpp", shifted)
        self.assertEqual(self.fingerprints(), before)


SERVER = """#include "log.h"
int main() {
  for (;;) log_add("request");
}
"""
LOG_H = """#include <string>
#include <vector>
extern std::vector<std::string> g_log;
void log_add(const std::string &s);
"""
LOG = """#include "log.h"
std::vector<std::string> g_log;
void log_add(const std::string &s) { g_log.push_back(s); }
"""
TEST_LOG = """#include "log.h"
int main() {
  log_add("x");
  g_log.clear();
  return 0;
}
"""


class Programs(Project):
    def write_compile_db(self, programs):
        entries = [{"directory": self.root, "file": os.path.join(self.root, f),
                    "arguments": ["c++", "-std=c++17", "-c", f]} for f in programs]
        os.makedirs(os.path.join(self.root, "build"), exist_ok=True)
        with open(os.path.join(self.root, "build", "compile_commands.json"), "w") as f:
            json.dump(entries, f)

    def test_a_tests_clear_does_not_hide_the_servers_leak(self):
        for name, text in (("log.h", LOG_H), ("log.cpp", LOG), ("server.cpp", SERVER), ("test_log.cpp", TEST_LOG)):
            self.write(name, text)
        self.write_compile_db(["log.cpp", "server.cpp", "test_log.cpp"])
        found, p = self.findings("-p", "build")
        self.assertEqual([(f["file"], f["line"], f["symbol"]) for f in found], [("log.cpp", 2, "g_log")], p.stderr)
        self.assertIn("growlint: linked 2 programs (server.cpp, test_log.cpp)\n", p.stderr)

    def test_changed_and_merged_shards_link_programs_the_same_way(self):
        for name, text in (("log.h", LOG_H), ("log.cpp", LOG), ("server.cpp", SERVER), ("test_log.cpp", TEST_LOG)):
            self.write(name, text)
        self.findings(".")
        found, p = self.findings(".", "--changed", "test_log.cpp")
        self.assertEqual([(f["file"], f["line"], f["symbol"]) for f in found], [("log.cpp", 2, "g_log")], p.stderr)
        self.assertIn("growlint: linked 2 programs (server.cpp, test_log.cpp)\n", p.stderr)
        for i in (1, 2):
            p = self.run_g("check", ".", "--shard", f"{i}/2", "--db", f"s{i}.db")
            self.assertEqual(p.returncode, 0, p.stderr)
        p = self.run_g("merge", "s1.db", "s2.db", "--db", "all.db", "--format", "json")
        self.assertEqual([(f["file"], f["line"], f["symbol"]) for f in json.loads(p.stdout)["findings"]],
                         [("log.cpp", 2, "g_log")], p.stderr)
        self.assertIn("growlint: linked 2 programs (server.cpp, test_log.cpp)\n", p.stderr)

    def test_a_library_without_main_keeps_every_function_callable(self):
        self.write("log.h", LOG_H)
        self.write("log.cpp", LOG + "void log_reset() { g_log.clear(); }\n")
        found, p = self.findings("log.cpp")
        self.assertEqual(found, [])
        self.assertNotIn("linked", p.stderr)  # one program: nothing more is said

    def test_a_function_named_in_programs_roots_a_program_as_main_does(self):
        # the server's entry is app_main (a framework's main calls it): without
        # `programs:` only the test's main roots a program, and its clear()
        # hides the server's leak; named in .growlint.yaml it roots its own
        server = SERVER.replace("int main()", "int app_main()")
        for name, text in (("log.h", LOG_H), ("log.cpp", LOG), ("server.cpp", server), ("test_log.cpp", TEST_LOG)):
            self.write(name, text)
        self.write_compile_db(["log.cpp", "server.cpp", "test_log.cpp"])
        found, p = self.findings("-p", "build", "--no-cache")
        self.assertEqual(found, [], p.stderr)
        self.assertNotIn("linked", p.stderr)
        self.write(".growlint.yaml", "programs: [app_main]\n")
        found, p = self.findings("-p", "build")
        self.assertEqual([(f["file"], f["line"], f["symbol"]) for f in found], [("log.cpp", 2, "g_log")], p.stderr)
        self.assertIn("growlint: linked 2 programs (server.cpp, test_log.cpp)\n", p.stderr)
        self.write(".growlint.yaml", "programs: app_main\n")
        p = self.run_g("check", "-p", "build")
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertEqual(p.stderr, f"growlint check: error: {os.path.realpath(self.root)}/.growlint.yaml:1: "
                                   "'programs': expected a list of strings\n")

    def test_a_clear_in_the_same_program_still_counts(self):
        for name, text in (("log.h", LOG_H), ("log.cpp", LOG + "void log_rotate() { g_log.clear(); }\n"),
                           ("server.cpp", SERVER.replace('log_add("request");', '{ log_add("request"); log_rotate(); }')
                            .replace('#include "log.h"', '#include "log.h"\nvoid log_rotate();'))):
            self.write(name, text)
        self.write_compile_db(["log.cpp", "server.cpp"])
        found, p = self.findings("-p", "build")
        self.assertEqual(found, [], p.stderr)
        self.assertNotIn("linked", p.stderr)


class Changed(Project):
    """--changed (the pre-commit path) never uses facts that are stale."""

    def test_another_growlint_build_never_reuses_cached_facts(self):
        # same version string, another executable (a rebuilt front end):
        # its facts could differ, so every unit is parsed again
        self.write("a.cpp", NET)
        other = os.path.join(self.root, "growlint-rebuilt")
        shutil.copy(GROWLINT, other)
        with open(other, "ab") as f:
            f.write(b"\0")
        p = self.run_g("check", "a.cpp")
        self.assertIn("(run 1: 1 new, 0 fixed)\n", p.stderr)
        p = self.run_g("check", "a.cpp")
        self.assertIn("(run 2: 0 new, 0 fixed, 1 unit from the cache)\n", p.stderr)
        p = subprocess.run([other, "check", "a.cpp"], cwd=self.root, capture_output=True, text=True)
        self.assertIn("(run 3: 0 new, 0 fixed)\n", p.stderr)

    HEADER_LEAK = """#include <vector>
inline void enqueue(int x) {
  static std::vector<int> q;
  q.push_back(x);
}
"""
    HEADER_OK = """#include <vector>
inline void enqueue(int) {}
"""
    MAIN = """#include "include/q.h"
int main() { for (;;) enqueue(1); }
"""
    OTHER = "int other(void) { return 1; }\n"

    def test_changed_sees_a_leak_added_in_a_header_and_forgets_it_when_reverted(self):
        self.write("include/q.h", self.HEADER_OK)
        self.write("src/main.cpp", self.MAIN.replace("include/q.h", "../include/q.h"))
        self.write("src/other.cpp", self.OTHER)
        found, p = self.findings("src")
        self.assertEqual(found, [], p.stderr)
        self.write("include/q.h", self.HEADER_LEAK)
        found, p = self.findings("src", "--changed", "src/other.cpp")
        self.assertEqual([(f["file"], f["symbol"]) for f in found], [("include/q.h", "q")], p.stderr)
        self.write("include/q.h", self.HEADER_OK)
        found, p = self.findings("src", "--changed", "src/other.cpp")
        self.assertEqual(found, [], p.stderr)

    def test_a_deleted_file_is_no_longer_reported(self):
        self.write("src/main.cpp", NET)
        self.write("src/other.cpp", self.OTHER)
        found, p = self.findings("src")
        self.assertEqual(len(found), 1, p.stderr)
        os.remove(os.path.join(self.root, "src", "main.cpp"))
        found, p = self.findings("src", "--changed", "src/other.cpp")
        self.assertEqual(found, [], p.stderr)


class CompileDatabase(Project):
    """A compile database a little behind the tree, as in a pre-commit hook."""

    def cdb(self, files):
        entries = [{"directory": self.root, "file": f, "arguments": ["cc", "-std=c17", "-Iinclude", "-c", f]}
                   for f in files]
        os.makedirs(os.path.join(self.root, "build"), exist_ok=True)
        with open(os.path.join(self.root, "build", "compile_commands.json"), "w") as f:
            json.dump(entries, f)

    def test_a_deleted_source_is_skipped_with_a_warning(self):
        self.write("src/a.c", "int a(void) { return 1; }\n")
        self.cdb(["src/a.c", "src/gone.c"])
        p = self.run_g("check", "-p", "build")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stderr.splitlines(), [
            "growlint check: warning: skipped 1 unit of the compile database whose source no longer exists: src/gone.c",
            "growlint: 0 findings in 1 unit (run 1: 0 new, 0 fixed)"])

    def test_a_new_source_is_analysed_with_its_neighbours_arguments(self):
        self.write("include/limits.h", "#define CAP 4\n")
        self.write("src/a.c", '#include "limits.h"\nint a(void) { return CAP; }\n')
        self.write("src/new.c", NET_C.replace("#include <stdlib.h>", '#include <stdlib.h>\n#include "limits.h"'))
        self.cdb(["src/a.c"])
        for args in (["src/new.c"], ["--changed", "src/new.c"]):
            found, p = self.findings("-p", "build", *args)
            self.assertEqual([(f["file"], f["symbol"]) for f in found], [("src/new.c", "g_items")], p.stderr)
            self.assertIn("growlint check: note: 'src/new.c' is not in the compile database: "
                          "analysing it with the arguments of 'src/a.c'\n", p.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: trust_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
