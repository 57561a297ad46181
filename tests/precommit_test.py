#!/usr/bin/env python3
"""Integration test with the real pre-commit: a commit that adds a mistake
from the corpus is rejected with the finding printed; a commit of its correct
version passes. Uses this repository's .pre-commit-hooks.yaml at its HEAD
commit. Run: precommit_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
CASE = os.path.join(TOP, "corpus", "growth-global-container", "vector-log-event-loop")
GROWLINT = None


class PreCommit(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-precommit-")
        self.repo = os.path.join(self.tmp, "project")
        os.mkdir(self.repo)
        self.env = dict(os.environ, PATH=os.path.dirname(GROWLINT) + os.pathsep + os.environ["PATH"],
                        PRE_COMMIT_HOME=os.path.join(self.tmp, "cache"), NO_COLOR="1")
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=TOP, capture_output=True, text=True,
                             check=True).stdout.strip()
        self.git("init", "-q")
        with open(os.path.join(self.repo, ".pre-commit-config.yaml"), "w") as f:
            f.write(f"repos:\n  - repo: {TOP}\n    rev: {rev}\n    hooks:\n      - id: growlint\n")
        with open(os.path.join(self.repo, ".gitignore"), "w") as f:
            f.write(".growlint/\n")
        self.git("add", "-A")
        self.git("commit", "-qm", "setup")
        p = subprocess.run(["pre-commit", "install"], cwd=self.repo, env=self.env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def git(self, *args, check=True):
        return subprocess.run(["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=self.repo,
                              env=getattr(self, "env", None), capture_output=True, text=True, check=check)

    def commit_file(self, src):
        shutil.copy(src, os.path.join(self.repo, "server.cpp"))
        self.git("add", "server.cpp")
        return self.git("commit", "-m", "change server", check=False)

    def test_mistake_is_rejected_and_correct_version_passes(self):
        p = self.commit_file(os.path.join(CASE, "mistake.cpp"))
        out = p.stdout + p.stderr
        self.assertNotEqual(p.returncode, 0, out)
        self.assertIn("growlint (long-lived containers that only grow)", out)
        self.assertIn("Failed", out)
        self.assertRegex(out, r"server\.cpp:\d+:\d+: warning: 'g_log' .* \[growth-global-container\]")
        self.assertEqual(self.git("rev-list", "--count", "HEAD").stdout.strip(), "1")
        # trying again without fixing it is rejected again: a run on uncommitted changes is never the baseline
        p = self.git("commit", "-m", "change server", check=False)
        self.assertNotEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("[growth-global-container]", p.stdout + p.stderr)
        p = self.commit_file(os.path.join(CASE, "correct-bounded.cpp"))
        out = p.stdout + p.stderr
        self.assertEqual(p.returncode, 0, out)
        self.assertRegex(out, r"growlint \(long-lived containers that only grow\)\.+Passed")
        self.assertEqual(self.git("rev-list", "--count", "HEAD").stdout.strip(), "2")

    def test_a_python_mistake_is_rejected_and_its_correct_version_passes(self):
        case = os.path.join(TOP, "corpus", "growth-global-container", "python-cache-while-true")
        shutil.copy(os.path.join(case, "mistake.py"), os.path.join(self.repo, "app.py"))
        self.git("add", "app.py")
        p = self.git("commit", "-m", "add app", check=False)
        out = p.stdout + p.stderr
        self.assertNotEqual(p.returncode, 0, out)
        self.assertRegex(out, r"app\.py:11:1: warning: 'cache' \(list\) .* \[growth-global-container\]")
        shutil.copy(os.path.join(case, "correct-bounded.py"), os.path.join(self.repo, "app.py"))
        self.git("add", "app.py")
        p = self.git("commit", "-m", "add app", check=False)
        out = p.stdout + p.stderr
        self.assertEqual(p.returncode, 0, out)
        self.assertRegex(out, r"growlint \(long-lived containers that only grow\)\.+Passed")


LOG_H_OK = """#pragma once
#include <string>
inline void log_line(const std::string &) {}
"""
LOG_H_LEAK = """#pragma once
#include <string>
#include <vector>
inline std::vector<std::string> g_lines;
inline void log_line(const std::string &s) { g_lines.push_back(s); }
"""
LOG_H_FIXED = """#pragma once
#include <string>
#include <vector>
inline std::vector<std::string> g_lines;
inline void log_line(const std::string &s) {
  if (g_lines.size() >= 64) g_lines.clear();
  g_lines.push_back(s);
}
"""
MAIN_CPP = """#include <string>
#include "log.h"
bool next_request(std::string &out);
int main() {
  std::string req;
  while (next_request(req)) log_line(req);
}
"""
CMAKE = """cmake_minimum_required(VERSION 3.16)
project(demo CXX)
set(CMAKE_CXX_STANDARD 17)
add_library(demo src/main.cpp)
target_include_directories(demo PRIVATE include)
"""


class CMakeProject(unittest.TestCase):
    """The real pre-commit with `args: [-p, build]` on a CMake project whose
    headers live in include/: a leak added in a header is rejected, a retry
    without a fix is rejected again and says 1 new, a fix passes."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-precommit-cmake-")
        self.repo = os.path.join(self.tmp, "project")
        self.env = dict(os.environ, PATH=os.path.dirname(GROWLINT) + os.pathsep + os.environ["PATH"],
                        PRE_COMMIT_HOME=os.path.join(self.tmp, "cache"), NO_COLOR="1")
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=TOP, capture_output=True, text=True,
                             check=True).stdout.strip()
        self.write("CMakeLists.txt", CMAKE)
        self.write("include/log.h", LOG_H_OK)
        self.write("src/main.cpp", MAIN_CPP)
        self.write(".gitignore", ".growlint/\nbuild/\n")
        self.write(".pre-commit-config.yaml", f"repos:\n  - repo: {TOP}\n    rev: {rev}\n    hooks:\n"
                   "      - id: growlint\n        args: [-p, build]\n")
        self.configure()
        self.git("init", "-q")
        self.git("add", "-A")
        self.git("commit", "-qm", "setup")
        # CI (or a developer) has checked the clean tree once: the baseline and the facts cache
        p = subprocess.run([GROWLINT, "check", "-p", "build"], cwd=self.repo, env=self.env, capture_output=True,
                           text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        p = subprocess.run(["pre-commit", "install"], cwd=self.repo, env=self.env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.repo, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def configure(self):
        build = os.path.join(self.repo, "build")
        if shutil.which("cmake"):
            p = subprocess.run(["cmake", "-S", self.repo, "-B", build, "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            return
        os.makedirs(build)
        src = os.path.join(self.repo, "src", "main.cpp")
        with open(os.path.join(build, "compile_commands.json"), "w") as f:
            json.dump([{"directory": build, "file": src, "arguments": [
                "c++", "-std=c++17", "-I" + os.path.join(self.repo, "include"), "-c", src]}], f)

    def git(self, *args, check=True):
        return subprocess.run(["git", "-c", "user.email=t@t", "-c", "user.name=t", *args], cwd=self.repo,
                              env=self.env, capture_output=True, text=True, check=check)

    def commit_header(self, text):
        self.write("include/log.h", text)
        self.git("add", "include/log.h")
        return self.git("commit", "-m", "change log.h", check=False)

    def test_leak_in_a_header_is_rejected_again_on_retry_and_a_fix_passes(self):
        p = self.commit_header(LOG_H_LEAK)
        out = p.stdout + p.stderr
        self.assertNotEqual(p.returncode, 0, out)
        self.assertRegex(out, r"include/log\.h:4:\d+: warning: 'g_lines' .* \[growth-global-container\] \[new\]")
        self.assertIn(": 1 new,", out)
        self.assertEqual(self.git("rev-list", "--count", "HEAD").stdout.strip(), "1")
        p = self.git("commit", "-m", "change log.h", check=False)
        out = p.stdout + p.stderr
        self.assertNotEqual(p.returncode, 0, out)
        self.assertIn("[growth-global-container] [new]", out)
        self.assertIn(": 1 new,", out)
        self.assertEqual(self.git("rev-list", "--count", "HEAD").stdout.strip(), "1")
        p = self.commit_header(LOG_H_FIXED)
        out = p.stdout + p.stderr
        self.assertEqual(p.returncode, 0, out)
        self.assertRegex(out, r"growlint \(long-lived containers that only grow\)\.+Passed")
        self.assertEqual(self.git("rev-list", "--count", "HEAD").stdout.strip(), "2")


class FreshCloneWithoutABuild(CMakeProject):
    """The README's recipe as written (`args: [-p, build]`) in a fresh clone
    of that project, before anything is built: the hook says that there is
    no compile database yet and analyses the staged files with
    compile_flags.txt, which the project commits for its include folder."""

    def setUp(self):
        super().setUp()
        self.write("compile_flags.txt", "-Iinclude\n")
        self.git("add", "compile_flags.txt")
        self.git("commit", "-qm", "compile_flags.txt for pre-commit in a fresh clone")
        fresh = os.path.join(self.tmp, "fresh")
        subprocess.run(["git", "clone", "-q", self.repo, fresh], check=True, capture_output=True)
        self.repo = fresh
        self.assertFalse(os.path.exists(os.path.join(fresh, "build")))
        p = subprocess.run(["pre-commit", "install"], cwd=self.repo, env=self.env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_leak_in_a_header_is_rejected_again_on_retry_and_a_fix_passes(self):
        p = self.commit_header(LOG_H_LEAK)
        out = p.stdout + p.stderr
        self.assertNotEqual(p.returncode, 0, out)
        self.assertIn("growlint check: warning: no compile database in 'build' (build/compile_commands.json does not "
                      "exist yet): analysing the changed files with compile_flags.txt where there is one", out)
        self.assertRegex(out, r"include/log\.h:4:\d+: warning: 'g_lines' .* \[growth-global-container\] \[new\]")
        self.assertNotIn("file not found", out)
        p = self.commit_header(LOG_H_FIXED)
        out = p.stdout + p.stderr
        self.assertEqual(p.returncode, 0, out)
        self.assertRegex(out, r"growlint \(long-lived containers that only grow\)\.+Passed")

    def test_without_compile_flags_the_missing_header_is_printed(self):
        self.git("rm", "-q", "compile_flags.txt")
        p = self.commit_header(LOG_H_LEAK)
        out = p.stdout + p.stderr
        self.assertNotEqual(p.returncode, 0, out)
        self.assertIn("- exit code: 3", out)
        self.assertIn("'log.h' file not found", out)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: precommit_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
