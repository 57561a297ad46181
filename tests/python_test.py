#!/usr/bin/env python3
"""The Python front end as a user sees it (issue 13): exact findings and exit
codes of `growlint check` on Python modules, a syntax error in one function,
C and Python in one run, suppressions, .growlint.yaml excludes, dump-facts.
Run: python_test.py --growlint BIN [unittest args]."""
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(os.path.dirname(HERE), "rules")
GROWLINT = None

ORIGIN = """\
cache = []


def process(data):
    cache.append(data)


while True:
    process(input())
"""


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-py-")
        self.db = os.path.join(self.tmp, "g.db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(textwrap.dedent(text))
        return path

    def run_growlint(self, *args):
        return subprocess.run([GROWLINT] + list(args), capture_output=True, text=True, cwd=self.tmp)

    def check(self, *args):
        return self.run_growlint("check", "--rules", RULES, "--db", self.db, *args)


class Findings(Base):
    def test_the_origin_lesson_is_reported_with_its_loop_and_a_python_fix(self):
        self.write("app.py", ORIGIN)
        p = self.check("app.py")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stdout.splitlines(), [
            "app.py:1:1: warning: 'cache' (list) has static storage duration and only ever grows: it grows in "
            "code that repeats and nothing in the program removes its elements [growth-global-container]",
            "app.py:5:11: note: 'cache' grows here (append)",
            "app.py:9:5: note: 'process' is called here by '<module>', inside a loop that never ends",
            "app.py:8:1: note: this loop never ends, so the growth repeats",
            "app.py:1:1: note: suggested fix (bounded): cap 'cache' (list, app.py:1), because nothing reads all "
            "of 'cache' after filling it: a collections.deque(maxlen=N) drops the oldest element as new ones "
            "arrive; for example: cache = collections.deque(maxlen=MAX_CACHE)",
        ])
        self.assertEqual(p.stderr, "growlint: 1 finding in 1 unit (run 1: 1 new, 0 fixed)\n")

    def test_a_deque_with_maxlen_is_silent(self):
        self.write("app.py", "import collections\n" + ORIGIN.replace("[]", "collections.deque(maxlen=1000)"))
        p = self.check("app.py")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)

    def test_a_clear_in_another_module_is_seen(self):
        self.write("app.py", "import flush\n" + ORIGIN)
        self.write("flush.py", "from app import cache\n\n\ndef flush():\n    cache.clear()\n")
        p = self.check(".")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)
        self.assertEqual(p.stderr, "growlint: 0 findings in 2 units (run 1: 0 new, 0 fixed)\n")

    def test_c_and_python_in_one_folder_are_reported_in_one_run(self):
        self.write("app.py", ORIGIN)
        shutil.copy(os.path.join(HERE, "fixtures", "basic", "server.cpp"), self.tmp)
        p = self.check(".")
        self.assertEqual(p.returncode, 1, p.stderr)
        warnings = [l for l in p.stdout.splitlines() if ": warning: " in l]
        self.assertEqual([w.split(":")[0] + " [" + w.rsplit("[", 1)[1] for w in warnings],
                         ["app.py [growth-global-container]", "server.cpp [growth-global-container]"])
        self.assertIn("growlint: 2 findings in 2 units", p.stderr)


class Entries(Base):
    def test_a_route_decorator_makes_its_function_long_lived(self):
        self.write("app.py", "from flask import Flask\napp = Flask(__name__)\nhits = []\n\n\n"
                             "@app.patch('/x')\ndef x():\n    hits.append(1)\n")
        p = self.check("app.py")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("app.py:6:1: note: 'x' is long-lived: its decorator '@app.patch' registers it as a handler "
                      "that runs again and again", p.stdout)

    def test_mock_patch_is_not_an_http_patch_route(self):
        self.write("test_app.py", "from unittest import mock\nhits = []\n\n\n"
                                  "@mock.patch('os.getcwd')\ndef test_x(getcwd):\n    hits.append(1)\n")
        p = self.check("test_app.py")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)


class Robustness(Base):
    def test_a_nested_function_defined_twice_and_a_parameter_named_twice(self):
        # under the sanitizers (ctest in build-asan) this also proves that neither leaks
        self.write("app.py", """\
            import sys
            log = []


            def make(fast):
                if fast:
                    def add(x):
                        log.append(x)
                else:
                    def add(x):
                        log.append(x * 2)
                return add


            def bad(a=[], a=[]):
                pass


            while True:
                make(True)(sys.stdin.readline())
            """)
        p = self.check("app.py")
        # the grammar accepts a duplicate parameter (CPython's compiler rejects it); the nested add is
        # returned and called through make(True)(...), which growlint does not follow
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)


class SyntaxErrors(Base):
    def test_a_syntax_error_in_one_function_is_reported_and_the_rest_analysed(self):
        self.write("app.py", ORIGIN + "\n\ndef broken():\n    x = (1 +\n    return x\n")
        p = self.check("app.py")
        self.assertEqual(p.returncode, 3, p.stderr)
        self.assertIn("app.py:1:1: warning: 'cache' (list)", p.stdout)
        self.assertEqual(p.stderr.splitlines()[0],
                         os.path.join(os.path.realpath(self.tmp), "app.py") + ":13:5: error: invalid syntax in function 'broken'")

    def test_dump_facts_exits_incomplete_on_a_syntax_error(self):
        self.write("bad.py", "def f(:\n    pass\n")
        p = self.run_growlint("dump-facts", "--rules", RULES, "bad.py")
        self.assertEqual(p.returncode, 3)
        self.assertTrue(p.stdout.startswith("unit file=bad.py lang=python frontend=tree-sitter-python\n"))
        self.assertIn("bad.py:1:", p.stderr)

    def test_current_python_parses_without_errors(self):
        self.write("modern.py", """\
            type Pair[T] = tuple[T, T]


            def first[T](p: Pair[T]) -> T:
                match p:
                    case (a, _):
                        return a
                    case _:
                        raise ValueError(f"bad {p!r:>{10}}")
            """)
        p = self.run_growlint("dump-facts", "--rules", RULES, "modern.py")
        self.assertEqual((p.returncode, p.stderr), (0, ""))


class Suppressions(Base):
    def test_growlint_ignore_on_the_line_before(self):
        self.write("app.py", "# growlint: ignore[growth-global-container] replayed at start-up\n" + ORIGIN)
        p = self.check("app.py")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)

    def test_noqa_with_the_rule_on_the_line(self):
        self.write("app.py", ORIGIN.replace("cache = []", "cache = []  # noqa: growth-global-container"))
        p = self.check("app.py")
        self.assertEqual((p.returncode, p.stdout), (0, ""), p.stderr)

    def test_noqa_for_another_rule_does_not_suppress(self):
        self.write("app.py", ORIGIN.replace("cache = []", "cache = []  # noqa: E501"))
        p = self.check("app.py")
        self.assertEqual(p.returncode, 1, p.stderr)

    def test_growlint_yaml_excludes_python_paths(self):
        self.write("app.py", ORIGIN)
        self.write(".growlint.yaml", "exclude: ['*.py']\n")
        p = self.check(".")
        self.assertNotIn("warning", p.stdout)


class Version(Base):
    def test_version_names_the_python_grammar(self):
        p = self.run_growlint("--version")
        self.assertEqual(p.returncode, 0)
        self.assertEqual(p.stdout.splitlines()[2], "tree-sitter-python: 0.23.6 (tree-sitter language ABI 14)")


def main():
    global GROWLINT
    args = sys.argv[1:]
    i = args.index("--growlint")
    GROWLINT = os.path.abspath(args[i + 1])
    del args[i:i + 2]
    unittest.main(argv=[sys.argv[0]] + args)


if __name__ == "__main__":
    main()
