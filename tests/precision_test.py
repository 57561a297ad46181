#!/usr/bin/env python3
"""Precision on real builds (issue 10): gcc-only compiler options do not make
a unit incomplete, and clang's warnings are not forwarded.
Run: precision_test.py --growlint BIN [unittest args]."""
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


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: precision_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
