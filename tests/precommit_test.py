#!/usr/bin/env python3
"""Integration test with the real pre-commit: a commit that adds a mistake
from the corpus is rejected with the finding printed; a commit of its correct
version passes. Uses this repository's .pre-commit-hooks.yaml at its HEAD
commit. Run: precommit_test.py --growlint BIN [unittest args]."""
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


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: precommit_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
