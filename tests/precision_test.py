#!/usr/bin/env python3
"""Precision on real code (issue 10): gcc-only compiler options do not make
a unit incomplete, and clang's warnings are not forwarded; a registration
counts for a program only where its main may reach it.
Run: precision_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

GROWLINT = None

LEAK_C = """#include <stdlib.h>
static int *g_items;
static int g_n;
void on_request(int x) { g_items = realloc(g_items, (g_n + 1) * sizeof *g_items); g_items[g_n++] = x; }
int main(void) { for (;;) on_request(1); }
"""


class RealFlags(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="growlint-precision-")
        with open(os.path.join(self.root, "leak.c"), "w") as f:
            f.write(LEAK_C)

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def check(self, *extra):
        return subprocess.run([GROWLINT, "check", "leak.c", "--db", "g.db", "--", *extra], cwd=self.root,
                              capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"))

    def test_gcc_only_options_are_ignored_with_one_warning_and_the_unit_is_complete(self):
        p = self.check("-fvect-cost-model=very-cheap", "-fno-tree-loop-distribute-patterns", "-Wall")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stderr.splitlines(), [
            "growlint check: warning: ignored 2 compiler options that clang does not know: "
            "-fno-tree-loop-distribute-patterns -fvect-cost-model=very-cheap",
            "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)"])

    def test_gcc_only_warning_options_print_nothing(self):
        p = self.check("-Wimplicit-fallthrough=3", "-Wno-format-truncation", "-Wlogical-op", "-Wall", "-Wextra")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stderr.splitlines(), ["growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)"])


CONN_H = """struct conn { int fd; struct conn *jq_next; };
extern struct conn *g_jobq;
void conn_jq_append(struct conn *c);
void conn_accepted(int fd);
"""
CONN_C = """#include <stdlib.h>
#include "conn.h"
void ev_register(int fd, void (*cb)(void *ctx), void *ctx);
struct conn *g_jobq;
void conn_jq_append(struct conn *c) { c->jq_next = g_jobq; g_jobq = c; }
static void conn_on_event(void *ctx) { conn_jq_append(ctx); }
void conn_accepted(int fd) { struct conn *c = calloc(1, sizeof *c); c->fd = fd; ev_register(fd, conn_on_event, c); }
"""
SERVER_C = """#include <stddef.h>
#include "conn.h"
int wait_accept(void);
void run_jobs(struct conn *q);
int main(void) { for (;;) { conn_accepted(wait_accept()); struct conn *q = g_jobq; g_jobq = NULL; run_jobs(q); } }
"""
TEST_C = """#include "conn.h"
int main(void) { struct conn c = {0}; conn_jq_append(&c); return g_jobq != &c; }
"""


class RegistrationReach(unittest.TestCase):
    """lighttpd's unit tests share connections.c, whose fdevent_register only
    server.c's main reaches: in a test program the callback never runs."""

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="growlint-reach-")
        self.write("conn.h", CONN_H)
        self.write("conn.c", CONN_C)
        self.write("server.c", SERVER_C)
        self.write("test_conn.c", TEST_C)

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def write(self, name, text):
        with open(os.path.join(self.root, name), "w") as f:
            f.write(text)

    def findings(self, *files):
        p = subprocess.run([GROWLINT, "check", *files, "--db", "g.db", "--format", "json"], cwd=self.root,
                           capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"))
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return [f["container"] for f in json.loads(p.stdout)["findings"]]

    def test_a_registration_the_test_program_never_reaches_does_not_count(self):
        self.assertEqual(self.findings("conn.c", "server.c", "test_conn.c"), [])

    def test_the_same_registration_counts_where_main_reaches_it(self):
        self.write("server.c", SERVER_C.replace("struct conn *q = g_jobq; g_jobq = NULL; run_jobs(q);",
                                                "run_jobs(g_jobq);"))
        self.assertEqual(self.findings("conn.c", "server.c", "test_conn.c"), ["g_jobq"])

    def test_a_loop_the_test_program_never_reaches_does_not_repeat_in_it(self):
        self.write("pump.c", '#include "conn.h"\nint more(void);\n'
                   'void pump(struct conn *c) { while (more()) conn_jq_append(c); }\n')
        self.write("server.c", SERVER_C.replace("conn_accepted(wait_accept());", "pump(0);")
                   .replace("int wait_accept(void);", "void pump(struct conn *c);"))
        self.assertEqual(self.findings("conn.c", "pump.c", "server.c", "test_conn.c"), [])

    def test_a_table_at_file_scope_counts_where_its_slot_is_used(self):
        # lighttpd's plugin tables: a handler in a static table runs where the table is read
        self.write("table.c", '#include "conn.h"\nstruct plugin { void (*handle)(struct conn *); };\n'
                   'extern void register_plugin(const struct plugin *p);\n'
                   'static const struct plugin p = { .handle = conn_jq_append };\n'
                   'void table_init(void) { register_plugin(&p); }\n')
        self.write("server.c", SERVER_C.replace("int main(void) {", "void table_init(void);\nint main(void) { table_init();"))
        self.assertEqual(self.findings("conn.c", "table.c", "server.c", "test_conn.c"), [])
        self.write("test_conn.c", TEST_C.replace("int main(void) {", "void table_init(void);\nint main(void) { table_init();"))
        self.assertEqual(self.findings("conn.c", "table.c", "server.c", "test_conn.c"), ["g_jobq"])

    def test_a_library_keeps_every_registration(self):
        self.assertEqual(self.findings("conn.c"), ["g_jobq"])

    def test_a_static_function_no_unit_refers_to_runs_before_main(self):
        # a constructor: nothing calls it, it runs anyway, so what it registers counts
        self.write("plugin.c", '#include "conn.h"\n'
                   'static void __attribute__((constructor)) plugin_init(void) { conn_accepted(0); }\n')
        self.assertEqual(self.findings("conn.c", "server.c", "test_conn.c", "plugin.c"), ["g_jobq"])

    def test_an_external_function_no_unit_refers_to_is_not_reached(self):
        # found by dlsym only: growlint does not see the call (README "Limits")
        self.write("plugin.c", '#include "conn.h"\nvoid plugin_init(void) { conn_accepted(0); }\n')
        self.assertEqual(self.findings("conn.c", "server.c", "test_conn.c", "plugin.c"), [])

WALK_C = """#include <stdlib.h>
struct user { int id; struct user *next; };
static struct user *userlist;
int next_login(void);
static void add_user(int id) {
  struct user *newul = userlist;
  while (newul) { if (newul->id == id) return; newul = newul->next; }
  NEW
  newul->next = userlist;
  userlist = newul;
}
int main(void) { for (;;) add_user(next_login()); }
"""


class UnlinkAtTheAssignment(unittest.TestCase):
    """`userlist = newul` is an unlink only when newul's last assignment before
    it loads a node's link; a walk cursor given a new node is an insertion."""

    def findings(self, new):
        root = tempfile.mkdtemp(prefix="growlint-walk-")
        try:
            with open(os.path.join(root, "walk.c"), "w") as f:
                f.write(WALK_C.replace("NEW", new))
            p = subprocess.run([GROWLINT, "check", "walk.c", "--db", "g.db", "--format", "json"], cwd=root,
                               capture_output=True, text=True)
            self.assertIn(p.returncode, (0, 1), p.stderr)
            return [f["container"] for f in json.loads(p.stdout)["findings"]]
        finally:
            shutil.rmtree(root, ignore_errors=True)

    def test_a_cursor_given_a_new_node_feeds_the_list(self):
        self.assertEqual(self.findings("newul = calloc(1, sizeof *newul);"), ["userlist"])

    def test_a_cursor_last_loaded_from_a_link_unlinks(self):
        self.assertEqual(self.findings("newul = calloc(1, sizeof *newul); newul = userlist->next;"), [])


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: precision_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
