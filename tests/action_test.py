#!/usr/bin/env python3
"""The CI recipes work as written (issue 14): action.yml is a composite
action whose inputs are declared and never pasted into shell text, and whose
check step, run with bash, writes the SARIF log and reports growlint's exit
code; the README's workflow uses the action with declared inputs; the
database kept in a CI cache makes history, states and --baseline REF work in
a fresh checkout; the README's GitLab job writes the Code Quality report with
a cache of .growlint/.

Run: action_test.py --growlint BIN [unittest args]. Needs PyYAML (python3-yaml)."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
FIX = os.path.join(HERE, "fixtures")
GROWLINT = None
with open(os.path.join(FIX, "basic", "server.cpp")) as _f:
    SERVER = _f.read()
with open(os.path.join(TOP, "action.yml")) as _f:
    ACTION = yaml.safe_load(_f)
with open(os.path.join(TOP, "README.md")) as _f:
    README = _f.read()
GIT = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]


def readme_yaml(heading):
    """The first yaml block after the heading in README.md, parsed."""
    section = README.split(heading + "\n", 1)[1]
    return yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])


def step(step_id=None, name=None):
    for s in ACTION["runs"]["steps"]:
        if (step_id and s.get("id") == step_id) or (name and s.get("name") == name):
            return s
    raise KeyError(step_id or name)


class ActionYml(unittest.TestCase):
    def test_is_a_composite_action_with_bash_steps(self):
        self.assertEqual(ACTION["runs"]["using"], "composite")
        for s in ACTION["runs"]["steps"]:
            if "run" in s:
                self.assertEqual(s.get("shell"), "bash", s["name"])
            else:
                self.assertIn("uses", s, s["name"])

    def test_every_input_used_is_declared(self):
        text = open(os.path.join(TOP, "action.yml")).read()
        used = set(re.findall(r"inputs\.([a-z-]+)", text))
        self.assertEqual(used - set(ACTION["inputs"]), set())

    def test_no_expression_in_shell_text(self):
        for s in ACTION["runs"]["steps"]:
            self.assertNotIn("${{", s.get("run", ""), f"step '{s['name']}' pastes an expression into shell text")

    def test_cache_is_keyed_by_branch_with_restore_keys(self):
        cache = step(name="Restore the growlint database")
        self.assertTrue(cache["uses"].startswith("actions/cache@"))
        self.assertEqual(cache["with"]["path"], ".growlint")
        self.assertEqual(cache["with"]["key"], "growlint-db-${{ github.ref_name }}-${{ github.sha }}")
        self.assertEqual(cache["with"]["restore-keys"].splitlines(),
                         ["growlint-db-${{ github.ref_name }}-",
                          "growlint-db-${{ github.event.repository.default_branch }}-"])

    def test_readme_workflow_uses_the_action_with_declared_inputs(self):
        wf = readme_yaml("### GitHub Actions")
        steps = wf["jobs"]["growlint"]["steps"]
        [uses] = [s for s in steps if s.get("uses", "").startswith("growlint/growlint@")]
        self.assertEqual(set(uses["with"]) - set(ACTION["inputs"]), set())
        self.assertEqual(wf["jobs"]["growlint"]["permissions"]["security-events"], "write")


# The Debian package of each pkg-config module CMakeLists.txt requires.
DEV_PACKAGES = {"sqlite3": "libsqlite3-dev", "jansson": "libjansson-dev", "yaml-0.1": "libyaml-dev",
                "libxxhash": "libxxhash-dev", "tree-sitter": "libtree-sitter-dev"}


def build_packages():
    """What building growlint needs from the distribution, read from CMakeLists.txt: the
    compiler and tools, libclang 19, each pkg-config module's -dev package, python3 (the
    tests' CMakeLists requires it) and npm (the Python grammar is fetched with npm pack)."""
    with open(os.path.join(TOP, "CMakeLists.txt")) as f:
        cmake = f.read()
    modules = [m for line in re.findall(r"pkg_check_modules\(\w+ REQUIRED IMPORTED_TARGET ([^)]*)\)", cmake)
               for m in line.split()]
    missing = [m for m in modules if m not in DEV_PACKAGES]
    assert not missing, f"add the Debian package of {missing} to DEV_PACKAGES"
    return {"build-essential", "cmake", "pkg-config", "libclang-19-dev", "clang-19", "python3", "npm"} | {
        DEV_PACKAGES[m] for m in modules}


def apt_installs(script):
    """The packages of every 'apt-get install' in a shell script (continued lines joined)."""
    words = set()
    for cmd in re.findall(r"apt-get install ([^\n;&|]*)", script.replace("\\\n", " ")):
        words |= {w for w in cmd.split() if not w.startswith("-")}
    return words


class Dependencies(unittest.TestCase):
    def test_the_action_installs_what_the_build_needs(self):
        run = step(name="Install growlint's dependencies")["run"]
        # GitHub's runners have python3 and npm; the step installs npm only where it is missing
        self.assertEqual(build_packages() - {"python3", "npm"} - apt_installs(run), set())
        self.assertIn("command -v npm", run)
        self.assertIn("npm", apt_installs(run))

    def test_the_readme_gitlab_job_installs_what_the_build_needs(self):
        script = "\n".join(readme_yaml("### GitLab CI")["growlint"]["script"])
        self.assertEqual(build_packages() - apt_installs(script), set())


class Repo(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-action-")
        self.origin = os.path.join(self.tmp, "origin")
        os.mkdir(self.origin)
        self.git(self.origin, "init", "-q", "-b", "main")
        with open(os.path.join(self.origin, "server.cpp"), "w") as f:
            f.write(SERVER)
        self.git(self.origin, "add", "-A")
        self.git(self.origin, "commit", "-qm", "first")
        self.work = os.path.join(self.tmp, "work")  # the runner's workspace: the same path every run
        self.env = dict(os.environ, PATH=os.path.dirname(GROWLINT) + os.pathsep + os.environ["PATH"], NO_COLOR="1")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def git(self, cwd, *args):
        return subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()

    def fresh_checkout(self):
        shutil.rmtree(self.work, ignore_errors=True)
        subprocess.run(["git", "clone", "-q", self.origin, self.work], check=True, capture_output=True)

    def run_step(self, s, inputs, extra_env=None):
        """Runs a run step with bash as the runner would: its env with the inputs' values."""
        values = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
        values.update(inputs)
        env = dict(self.env, GITHUB_OUTPUT=os.path.join(self.tmp, "github_output"), RUNNER_TEMP=self.tmp)
        open(env["GITHUB_OUTPUT"], "w").close()
        for k, v in s.get("env", {}).items():
            env[k] = re.sub(r"\$\{\{ inputs\.([a-z-]+) \}\}", lambda m: values[m.group(1)], v)
        env.update(extra_env or {})
        p = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", s["run"]], cwd=self.work,
                           env=env, capture_output=True, text=True)
        with open(env["GITHUB_OUTPUT"]) as f:
            outputs = dict(line.split("=", 1) for line in f.read().splitlines())
        return p, outputs


class CheckStep(Repo):
    def test_check_step_writes_sarif_and_reports_the_exit_code(self):
        self.fresh_checkout()
        p, out = self.run_step(step("check"), {"fail-on": "any"})
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(out, {"exit-code": "1"})
        with open(os.path.join(self.work, "growlint.sarif")) as f:
            [res] = json.load(f)["runs"][0]["results"]
        self.assertEqual(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "server.cpp")
        p, _ = self.run_step(step(name="Fail as growlint check does"), {}, {"GROWLINT_EXIT": "1"})
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, "::error::growlint: findings fail the run (see the code scanning alerts)\n")

    def test_inputs_are_arguments_not_shell_code(self):
        self.fresh_checkout()
        p, out = self.run_step(step("check"), {"args": "--checks=-*,growth-static-* $(touch pwned)"})
        self.assertFalse(os.path.exists(os.path.join(self.work, "pwned")))
        self.assertEqual(out, {"exit-code": "2"})  # '$(touch' is not a path
        p, out = self.run_step(step("check"), {"args": "--checks=-*,growth-static-*"})
        self.assertEqual(out, {"exit-code": "0"}, p.stderr)

    def test_passing_step_succeeds(self):
        self.fresh_checkout()
        p, _ = self.run_step(step(name="Fail as growlint check does"), {}, {"GROWLINT_EXIT": "0"})
        self.assertEqual((p.returncode, p.stdout), (0, "growlint: nothing fails the run\n"))


class CachedDatabase(Repo):
    """The cache recipe: .growlint/ saved after a run, restored into the next fresh checkout."""

    def save_cache(self):
        shutil.copytree(os.path.join(self.work, ".growlint"), os.path.join(self.tmp, "cache"), dirs_exist_ok=True)

    def restore_cache(self):
        shutil.copytree(os.path.join(self.tmp, "cache"), os.path.join(self.work, ".growlint"))

    def test_history_states_and_baseline_ref_work_across_fresh_checkouts(self):
        self.fresh_checkout()
        first = self.git(self.work, "rev-parse", "HEAD")
        p, out = self.run_step(step("check"), {"fail-on": "new"})
        self.assertEqual(out, {"exit-code": "1"}, p.stderr)
        self.save_cache()
        with open(os.path.join(self.origin, "README"), "w") as f:
            f.write("docs\n")
        self.git(self.origin, "add", "-A")
        self.git(self.origin, "commit", "-qm", "second")
        self.fresh_checkout()
        self.restore_cache()
        p, out = self.run_step(step("check"), {"fail-on": "new", "baseline": first})
        self.assertEqual(out, {"exit-code": "0"}, p.stderr)
        with open(os.path.join(self.work, "growlint.sarif")) as f:
            [res] = json.load(f)["runs"][0]["results"]
        self.assertEqual(res["baselineState"], "unchanged")
        hist = subprocess.run([GROWLINT, "history", "--format", "json"], cwd=self.work, capture_output=True,
                              text=True, check=True)
        runs = json.loads(hist.stdout)["runs"]
        self.assertEqual([(r["status"], r["new"]) for r in runs], [("complete", 0), ("complete", 1)])

    def test_without_the_cache_every_finding_is_new_and_baseline_ref_fails(self):
        self.fresh_checkout()
        first = self.git(self.work, "rev-parse", "HEAD")
        self.run_step(step("check"), {})
        self.fresh_checkout()
        p, out = self.run_step(step("check"), {"baseline": first})
        self.assertEqual(out, {"exit-code": "2"})
        self.assertIn("no complete run of a clean work tree was recorded for commit", p.stderr)


class GitLabJob(Repo):
    def test_readme_gitlab_job_caches_the_database_and_reports_code_quality(self):
        job = readme_yaml("### GitLab CI")["growlint"]
        self.assertEqual(job["cache"]["paths"], [".growlint/"])
        self.assertEqual(job["cache"]["key"], "growlint-db-$CI_COMMIT_REF_SLUG")
        self.assertEqual(job["artifacts"]["reports"]["codequality"], "gl-code-quality-report.json")
        [cmd] = [line for line in job["script"] if line.startswith("growlint ")]
        self.fresh_checkout()
        cmd = cmd.replace("-p build", "server.cpp")  # no CMake project here: the file itself
        p = subprocess.run(["bash", "-c", cmd], cwd=self.work, env=self.env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 1, p.stderr)
        with open(os.path.join(self.work, "gl-code-quality-report.json")) as f:
            [issue] = json.load(f)
        self.assertEqual((issue["check_name"], issue["location"]),
                         ("growth-global-container", {"path": "server.cpp", "lines": {"begin": 5}}))


def main():
    global GROWLINT
    args = sys.argv[1:]
    i = args.index("--growlint")
    GROWLINT = os.path.abspath(args[i + 1])
    del args[i:i + 2]
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)


if __name__ == "__main__":
    main()
