#!/usr/bin/env python3
"""Fix texts are data per language and container family (rules/rules.yaml):
what a user is told for each corpus mistake and by `growlint explain`.
Run: fixes_test.py --growlint BIN [unittest args]."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
GLIB = os.path.join(CORPUS, "growth-global-container", "glib-hash-table-timer")
GROWLINT = None

GLIB_BOUNDED = (
    "suggested fix (bounded): keep a fixed number of entries: remove entries past a maximum size "
    "(g_hash_table_remove), or empty it per period (g_hash_table_remove_all); for example: "
    "if (g_hash_table_size(t) >= MAX_ENTRIES) g_hash_table_remove_all(t); g_hash_table_insert(t, key, value);")


def mistakes(ext):
    """Every corpus mistake program whose sources end in ext: (name, path)."""
    for rule in sorted(os.listdir(CORPUS)):
        rule_dir = os.path.join(CORPUS, rule)
        if not os.path.isdir(rule_dir):
            continue
        for case in sorted(os.listdir(rule_dir)):
            case_dir = os.path.join(rule_dir, case)
            for name in sorted(os.listdir(case_dir)) if os.path.isdir(case_dir) else []:
                path = os.path.join(case_dir, name)
                if not name.startswith("mistake"):
                    continue
                files = [path] if os.path.isfile(path) else [
                    os.path.join(r, f) for r, _, fs in os.walk(path) for f in fs]
                if any(f.endswith(ext) for f in files):
                    yield f"{rule}/{case}/{name}", path


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-fixes-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def findings(self, path):
        db = os.path.join(self.tmp, "g.db")
        p = subprocess.run([GROWLINT, "check", "--format", "json", "--db", db, path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 1, p.stderr)
        os.remove(db)
        return json.loads(p.stdout)["findings"]

    def fix_notes(self, path):
        return [n["message"] for f in self.findings(path) for n in f["notes"]
                if n["message"].startswith("suggested fix")]


class FixNotes(Base):
    def test_no_c_finding_is_told_about_std(self):
        count = 0
        for name, path in mistakes(".c"):
            notes = self.fix_notes(path)
            self.assertTrue(notes, name)
            for note in notes:
                count += 1
                self.assertNotIn("std::", note, name)
                self.assertNotIn("pop_front", note, name)
        self.assertGreaterEqual(count, 10)

    def test_a_cxx_map_memo_is_not_told_pop_front(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-static-local", "memo-unordered-map", "mistake.cpp"))
        self.assertIn("LRU", note)
        self.assertNotIn("pop_front", note)

    def test_a_cxx_vector_log_keeps_the_deque_text(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "vector-log-event-loop",
                                             "mistake.cpp"))
        self.assertIn("std::deque with pop_front()", note)

    def test_a_realloc_array_is_told_a_ring_or_free_and_reset(self):
        notes = self.fix_notes(os.path.join(CORPUS, "growth-realloc-array", "realloc-global-count", "mistake.c"))
        self.assertEqual(notes, ["suggested fix (cleanup): release what was processed: free() it and reset its "
                                 "count after processing; for example: process_all(); free(items); items = NULL; "
                                 "count = 0;"])


class PythonFixNotes(Base):
    def test_no_python_finding_is_told_about_cxx_or_c(self):
        count = 0
        for name, path in mistakes(".py"):
            notes = self.fix_notes(path)
            self.assertTrue(notes, name)
            for note in notes:
                count += 1
                for word in ("std::", "pop_front", "free()", "g_hash_table", "realloc", ";"):
                    self.assertNotIn(word, note.split("; for example: ")[0], name)
        self.assertGreaterEqual(count, 10)

    def test_the_origin_lesson_is_told_a_deque_with_maxlen(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "python-cache-while-true", "mistake.py"))
        self.assertEqual(note, "suggested fix (bounded): keep a fixed number of elements: a collections.deque(maxlen=N) "
                               "drops the oldest as new ones arrive; for example: cache = collections.deque(maxlen=1000)")

    def test_an_instance_registry_is_told_a_weakset(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "python-class-instances", "mistake.py"))
        self.assertIn("weakref.WeakSet", note)

    def test_an_unbounded_lru_cache_is_told_a_maxsize(self):
        notes = self.fix_notes(os.path.join(CORPUS, "growth-unbounded-memo", "python-lru-cache", "mistake.py"))
        self.assertEqual(len(notes), 2)
        for note in notes:
            self.assertIn("functools.lru_cache(maxsize=N)", note)


class GLibTable(Base):
    def test_created_at_start_up_and_filled_by_a_timer_is_reported(self):
        db = os.path.join(self.tmp, "g.db")
        p = subprocess.run([GROWLINT, "check", "--db", db, "mistake.c"], capture_output=True, text=True, cwd=GLIB)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stdout.splitlines(), [
            "mistake.c:10:20: warning: 'g_last_status' (GHashTable *) has static storage duration and only ever "
            "grows: it grows in code that repeats and nothing in the program removes its elements "
            "[growth-global-container]",
            "mistake.c:16:25: note: 'g_last_status' grows here (g_hash_table_insert)",
            "mistake.c:22:23: note: 'on_tick' is long-lived: the address of 'on_tick' is registered with "
            "'g_timeout_add' as a long-lived callback",
            "mistake.c:10:20: note: " + GLIB_BOUNDED,
        ])

    def test_created_lazily_in_the_callback_is_reported(self):
        [f] = self.findings(os.path.join(GLIB, "mistake-lazy.c"))
        self.assertEqual((f["symbol"], f["rule"], f["fix"], f["notes"][-1]["message"]),
                         ("g_seen_peers", "growth-global-container", "bounded", GLIB_BOUNDED))

    def test_the_same_programs_that_also_remove_entries_are_silent(self):
        for name in ("correct-cleanup.c", "correct-lazy-cleanup.c"):
            db = os.path.join(self.tmp, name + ".db")
            p = subprocess.run([GROWLINT, "check", "--format", "json", "--db", db, os.path.join(GLIB, name)],
                               capture_output=True, text=True)
            self.assertEqual((p.returncode, json.loads(p.stdout)["findings"]), (0, []), name)


class ModelFiles(Base):
    RULES = os.path.join(os.path.dirname(HERE), "rules")

    def test_a_model_that_inherits_an_unknown_one_names_file_line_and_key(self):
        rules = os.path.join(self.tmp, "rules")
        shutil.copytree(self.RULES, rules)
        bad = os.path.join(rules, "models", "zz-acme.yaml")
        with open(bad, "w") as f:
            f.write("containers:\n  - type: acme::Ring\n    inherits: std::vectr\n")
        p = subprocess.run([GROWLINT, "check", "--rules", rules, "--db", os.path.join(self.tmp, "g.db"),
                            os.path.join(GLIB, "mistake.c")], capture_output=True, text=True)
        self.assertEqual((p.returncode, p.stderr), (2, f"growlint check: error: {bad}:3: 'inherits': unknown model "
                                                       "'std::vectr' (a model inherits one loaded before it)\n"))

    def test_a_project_model_file_may_inherit_a_shipped_model(self):
        src = os.path.join(self.tmp, "ids.cpp")
        with open(src, "w") as f:
            f.write("namespace acme {\n"
                    "template <class T> struct SmallVec { void push_back(const T &x); void clear(); };\n"
                    "}\n"
                    "acme::SmallVec<int> g_ids;\n"
                    "int next_id();\n"
                    "int main() {\n"
                    "  for (;;) g_ids.push_back(next_id());\n"
                    "}\n")
        db = os.path.join(self.tmp, "g.db")
        p = subprocess.run([GROWLINT, "check", "--format", "json", "--db", db, src], capture_output=True, text=True)
        self.assertEqual((p.returncode, json.loads(p.stdout)["findings"]), (0, []))
        rules = os.path.join(self.tmp, "rules")
        shutil.copytree(self.RULES, rules)
        with open(os.path.join(rules, "models", "zz-acme.yaml"), "w") as f:
            f.write("containers:\n  - type: acme::SmallVec\n    inherits: std::vector\n")
        p = subprocess.run([GROWLINT, "check", "--format", "json", "--rules", rules, "--db", db, src],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 1, p.stderr)
        [f] = json.loads(p.stdout)["findings"]
        self.assertEqual((f["symbol"], f["rule"], f["fix"], f["notes"][0]["message"]),
                         ("g_ids", "growth-global-container", "bounded", "'g_ids' grows here (push_back)"))
        self.assertIn("std::deque with pop_front()", f["notes"][-1]["message"])


class Explain(unittest.TestCase):
    def explain(self, rule):
        p = subprocess.run([GROWLINT, "explain", rule], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout.split("\n\nMistake")[0]

    def test_realloc_array_is_offered_c_fixes_only(self):
        head = self.explain("growth-realloc-array")
        self.assertNotIn("std::", head)
        self.assertIn("fix bounded (realloc): keep a fixed number of elements: a fixed-size ring", head)
        self.assertIn("fix cleanup (realloc): release what was processed: free() it and reset its count", head)

    def test_global_container_is_offered_the_cxx_and_the_glib_texts(self):
        head = self.explain("growth-global-container")
        self.assertIn("fix bounded (c++, class, std::*map): keep a fixed number of entries: an LRU cache", head)
        self.assertIn("fix bounded (handle, GHashTable):", head)
        self.assertIn("fix weak-reference (c++, class): do not own what others own: hold std::weak_ptr", head)
        self.assertNotIn("(realloc)", head)


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--growlint" in args:
        i = args.index("--growlint")
        GROWLINT = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    unittest.main(argv=[sys.argv[0]] + args)
