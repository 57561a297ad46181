#!/usr/bin/env python3
"""Fix texts are data per language and container family (rules/rules.yaml):
what a user is told for each corpus mistake and by `growlint explain`; and
the patches of mechanical fixes (--export-fixes, SARIF fixes, show --patch).
Run: fixes_test.py --growlint BIN [unittest args]."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")
GLIB = os.path.join(CORPUS, "growth-global-container", "glib-hash-table-timer")
GROWLINT = None

def glib_bounded(name, decl, grow, maximum):
    """The bounded note of a GLib table: g_hash_table_* calls on the table's own name."""
    return (f"suggested fix (bounded): cap '{name}' (GHashTable *, {decl}), because nothing reads all of '{name}' "
            f"after filling it: before it grows (g_hash_table_insert in 'on_tick', {grow}), remove entries once it "
            f"holds {maximum} (g_hash_table_remove), or empty it once per period (g_hash_table_remove_all); for "
            f"example: if (g_hash_table_size({name}) >= {maximum}) g_hash_table_remove_all({name});")


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
        self.assertIn("or make it a std::deque and pop_front()", note)

    def test_a_realloc_array_is_told_a_ring_or_free_and_reset(self):
        notes = self.fix_notes(os.path.join(CORPUS, "growth-realloc-array", "realloc-global-count", "mistake.c"))
        [note] = notes
        self.assertTrue(note.startswith("suggested fix (cleanup): release 'g_items' (int *, mistake.c:12) after use"))
        self.assertTrue(note.endswith("; for example: free(g_items); g_items = NULL; g_count = 0;"))


class FitNotes(Base):
    """The note names the container, its type and place, says why this fix,
    and its example uses the container's own name and members."""

    def note(self, case, name):
        folder = os.path.join(CORPUS, case)
        db = os.path.join(self.tmp, "g.db")
        p = subprocess.run([GROWLINT, "check", "--db", db, name], capture_output=True, text=True, cwd=folder)
        self.assertEqual(p.returncode, 1, p.stderr)
        notes = [line for line in p.stdout.splitlines() if ": note: suggested fix" in line]
        self.assertEqual(len(notes), 1, p.stdout)
        return notes[0]

    def test_c_realloc_array_read_in_full_is_freed_where_it_is_processed(self):
        self.assertEqual(self.note("growth-realloc-array/realloc-global-count", "mistake.c"),
            "mistake.c:12:13: note: suggested fix (cleanup): release 'g_items' (int *, mistake.c:12) after use, "
            "because 'process_all' (mistake.c:18) reads all of it after it is filled (a batch): at the end of "
            "'process_all', after it has been processed, free it and reset its count 'g_count'; for example: "
            "free(g_items); g_items = NULL; g_count = 0;")

    def test_c_realloc_array_with_a_capacity_writes_its_ring_at_its_count(self):
        """The realloc is sized by the capacity ('g_cap'), but the ring is indexed by the
        count the program writes at ('g_lines[g_nlines++] = line')."""
        self.assertEqual(self.note("growth-realloc-array/checked-realloc-temporary", "mistake.c"),
            "mistake.c:9:15: note: suggested fix (bounded): cap 'g_lines' (char **, mistake.c:9), because nothing "
            "reads all of 'g_lines' after filling it: instead of the realloc (realloc in 'main', mistake.c:17), "
            "allocate MAX_LINES elements once and write at 'g_nlines' modulo MAX_LINES (a ring; readers walk at "
            "most MAX_LINES elements), or stop appending once 'g_nlines' reaches MAX_LINES; for example: if "
            "(!g_lines) g_lines = calloc(MAX_LINES, sizeof *g_lines); g_lines[g_nlines % MAX_LINES] = x; "
            "g_nlines++;")

    def test_c_realloc_batch_with_a_capacity_resets_count_and_capacity(self):
        folder = os.path.join(self.tmp, "w")
        os.makedirs(os.path.join(folder, ".git"))
        with open(os.path.join(folder, "batch.c"), "w") as f:
            f.write("#include <stdlib.h>\n"
                    "int next_item(int *v);\n"
                    "void use(int v);\n"
                    "static int *g_items;\n"
                    "static size_t g_n, g_cap;\n"
                    "static void drain(void) {\n"
                    "  for (size_t i = 0; i < g_n; i++)\n"
                    "    use(g_items[i]);\n"
                    "}\n"
                    "int main(void) {\n"
                    "  int v;\n"
                    "  while (next_item(&v)) {\n"
                    "    if (g_n == g_cap) {\n"
                    "      size_t ncap = g_cap ? g_cap * 2 : 16;\n"
                    "      int *tmp = realloc(g_items, ncap * sizeof *tmp);\n"
                    "      if (!tmp) return 1;\n"
                    "      g_items = tmp;\n"
                    "      g_cap = ncap;\n"
                    "    }\n"
                    "    g_items[g_n++] = v;\n"
                    "    if (g_n == 64) drain();\n"
                    "  }\n"
                    "  return 0;\n"
                    "}\n")
        self.assertEqual(self.note(folder, "batch.c"),
            "batch.c:4:13: note: suggested fix (cleanup): release 'g_items' (int *, batch.c:4) after use, because "
            "'drain' (batch.c:8) reads all of it after it is filled (a batch): at the end of 'drain', after it has "
            "been processed, free it and reset its count 'g_n' and its capacity 'g_cap'; for example: "
            "free(g_items); g_items = NULL; g_n = g_cap = 0;")

    def test_c_list_fed_at_its_head_frees_its_last_node_past_a_maximum(self):
        self.assertEqual(self.note("growth-linked-list/head-insertion", "mistake.c"),
            "mistake.c:15:21: note: suggested fix (bounded): cap 'g_head' (struct node *, mistake.c:15), because "
            "nothing reads all of 'g_head' after filling it: count its nodes and, before one is linked in (insert "
            "in 'main', mistake.c:24), unlink and free the oldest (the last node) once it holds MAX_HEAD; for "
            "example: if (g_head_count >= MAX_HEAD) { struct node **p = &g_head; while ((*p)->next) "
            "p = &(*p)->next; free(*p); *p = NULL; g_head_count--; }")

    def test_c_list_fed_at_its_head_walks_its_own_link_field(self):
        self.assertEqual(self.note("growth-linked-list/registration-in-unreached-code", "mistake"),
            "mistake/conn.c:12:14: note: suggested fix (bounded): cap 'g_jobq' (struct conn *, conn.c:12), because "
            "nothing reads all of 'g_jobq' after filling it: count its nodes and, before one is linked in (insert in "
            "'conn_jq_append', conn.c:16), unlink and free the oldest (the last node) once it holds MAX_JOBQ; for "
            "example: if (g_jobq_count >= MAX_JOBQ) { struct conn **p = &g_jobq; while ((*p)->jq_next) "
            "p = &(*p)->jq_next; free(*p); *p = NULL; g_jobq_count--; }")

    def test_c_list_fed_at_its_tail_and_walked_is_drained_where_it_is_walked(self):
        self.assertEqual(self.note("growth-linked-list/tail-insertion-globals", "mistake.c"),
            "mistake.c:17:20: note: suggested fix (cleanup): release 'g_first' (struct job *, mistake.c:17) after "
            "use, because 'run_pending' (mistake.c:21) reads all of it after it is filled (a batch): at the end of "
            "'run_pending', after it has been processed, pop and free each node and reset its tail pointer "
            "'g_last'; for example: while (g_first) { struct job *n = g_first; g_first = n->next; free(n); } "
            "g_last = NULL;")

    def test_c_list_fed_at_its_tail_pops_its_first_node_and_resets_its_tail(self):
        self.assertEqual(self.note("growth-linked-list/tail-insertion-static-struct", "mistake.c"),
            "mistake.c:19:15: note: suggested fix (bounded): cap 'g_queue.head' (struct msg *, mistake.c:19), "
            "because nothing reads all of 'g_queue.head' after filling it: count its nodes and, before one is "
            "linked in (insert in 'client_thread', mistake.c:33), pop and free the oldest (the first node) once it "
            "holds MAX_HEAD, and reset its tail pointer 'g_queue.tail' when that empties it; for example: if "
            "(g_queue_head_count >= MAX_HEAD) { struct msg *old = g_queue.head; g_queue.head = old->next; if "
            "(!g_queue.head) g_queue.tail = NULL; free(old); g_queue_head_count--; }")

    def test_c_list_searched_before_each_insertion_is_capped_not_drained(self):
        """add_user walks the list to skip a known name and then links a new node in:
        a search before it grows, not a batch read after it is filled, so freeing every
        node at the end of add_user would be wrong."""
        self.assertEqual(self.note("growth-linked-list/walk-cursor-reused-for-new-node", "mistake.c"),
            "mistake.c:16:21: note: suggested fix (bounded): cap 'userlist' (struct user *, mistake.c:16), because "
            "'add_user' (mistake.c:19) walks all of it only to search it, before it grows: count its nodes and, "
            "before one is linked in (insert in 'add_user', mistake.c:30), unlink and free the oldest (the last "
            "node) once it holds MAX_USERLIST; for example: if (userlist_count >= MAX_USERLIST) { struct user **p = "
            "&userlist; while ((*p)->next) p = &(*p)->next; free(*p); *p = NULL; userlist_count--; }")

    def test_c_list_fed_at_its_head_and_walked_unlinks_what_it_has_processed(self):
        """run_due fires only the timers that are due: freeing every node at its end would drop
        the others; the note says to unlink each node once it has been processed."""
        self.assertEqual(self.note("growth-linked-list/unlink-is-removal", "mistake.c"),
            "mistake.c:14:22: note: suggested fix (cleanup): release 'g_timers' (struct timer *, mistake.c:14) as it "
            "is processed, because 'run_due' (mistake.c:26) reads all of it after it is filled (a batch): in "
            "'run_due', unlink and free each node once it has been processed (every node, when it processes them "
            "all); for example: for (struct timer **p = &g_timers; *p;) { struct timer *n = *p; if (done(n)) { *p = "
            "n->next; free(n); } else p = &n->next; }")

    def test_glib_table_is_told_g_hash_table_calls_on_its_own_name(self):
        self.assertEqual(self.note("growth-global-container/glib-hash-table-timer", "mistake.c"),
            "mistake.c:10:20: note: suggested fix (bounded): cap 'g_last_status' (GHashTable *, mistake.c:10), "
            "because nothing reads all of 'g_last_status' after filling it: before it grows (g_hash_table_insert "
            "in 'on_tick', mistake.c:16), remove entries once it holds MAX_LAST_STATUS (g_hash_table_remove), or "
            "empty it once per period (g_hash_table_remove_all); for example: if "
            "(g_hash_table_size(g_last_status) >= MAX_LAST_STATUS) g_hash_table_remove_all(g_last_status);")

    def test_cxx_vector_log_erases_its_oldest_past_a_named_maximum(self):
        self.assertEqual(self.note("growth-global-container/vector-log-event-loop", "mistake.cpp"),
            "mistake.cpp:17:26: note: suggested fix (bounded): cap 'g_log' (std::vector<std::string>, "
            "mistake.cpp:17), because nothing reads all of 'g_log' after filling it: before it grows (push_back in "
            "'main', mistake.cpp:30), erase its oldest element once it holds kMaxLog, or make it a std::deque and "
            "pop_front(), or a ring buffer; for example: if (g_log.size() >= kMaxLog) g_log.erase(g_log.begin());")

    def test_cxx_map_memo_is_told_an_lru_because_it_is_only_looked_up(self):
        self.assertEqual(self.note("growth-static-local/memo-unordered-map", "mistake.cpp"),
            "mistake.cpp:13:47: note: suggested fix (bounded): cap 'memo' (std::unordered_map<std::string, int>, "
            "mistake.cpp:13), because 'memo' is only looked up by key: before it grows (emplace in 'lookup', "
            "mistake.cpp:18), evict an entry once it holds kMaxMemo: the least recently used (an LRU: a std::list "
            "of keys in use order beside it), or simply the first, or clear() it once per period (an epoch); for "
            "example: if (memo.size() >= kMaxMemo) "
            "memo.erase(memo.begin());")

    def test_cxx_set_of_seen_ids_is_told_an_epoch_clear_or_an_expiry(self):
        self.assertEqual(self.note("growth-global-container/seen-set-file-static", "mistake.cpp"),
            "mistake.cpp:13:40: note: suggested fix (bounded): cap 'seen_payloads' "
            "(std::unordered_set<std::string>, mistake.cpp:13), because 'seen_payloads' is only looked up by key: "
            "forget old entries: before it grows (insert in 'main', mistake.cpp:24), clear() it once it holds "
            "kMaxSeenPayloads, or clear() it at the end of each period (an epoch), or keep an expiry time per "
            "entry; for example: if (seen_payloads.size() >= kMaxSeenPayloads) seen_payloads.clear();")

    def test_cxx_shared_ptr_elements_are_told_weak_ptr_of_their_own_type(self):
        self.assertEqual(self.note("growth-global-container/field-of-static-object-shared-ptr", "mistake.cpp"),
            "mistake.cpp:18:41: note: suggested fix (weak-reference): stop owning through 'g_server.sessions' "
            "(std::vector<std::shared_ptr<Session>>, mistake.cpp:18), because its elements are "
            "std::shared_ptr<Session>, which keep each Session alive as long as it holds them: hold "
            "std::weak_ptr<Session> instead, and erase the expired entries where it grows (push_back in 'main', "
            "mistake.cpp:28); for example: g_server.sessions.erase(std::remove_if(g_server.sessions.begin(), "
            "g_server.sessions.end(), [](const std::weak_ptr<Session> &w) { return w.expired(); }), "
            "g_server.sessions.end());")

    def test_cxx_map_of_shared_ptr_is_told_weak_ptr_of_what_it_maps_to(self):
        self.assertEqual(self.note("growth-global-container/map-of-shared-owners", "mistake.cpp"),
            "mistake.cpp:17:56: note: suggested fix (weak-reference): stop owning through 'g_by_user' "
            "(std::map<std::string, std::shared_ptr<Session>>, mistake.cpp:17), because its elements are "
            "std::shared_ptr<Session>, which keep each Session alive as long as it holds them: hold "
            "std::weak_ptr<Session> instead, and erase the expired entries where it grows (operator[] in 'main', "
            "mistake.cpp:23); for example: for (auto it = g_by_user.begin(); it != g_by_user.end();) it = "
            "it->second.expired() ? g_by_user.erase(it) : std::next(it);")

    def test_cxx_map_named_by_a_typedef_is_told_weak_ptr_of_what_it_maps_to(self):
        note = self.note("growth-global-container/map-of-shared-owners", "mistake-typedef.cpp")
        self.assertIn("because its elements are std::shared_ptr<Session>, which keep each Session alive as long as "
                      "it holds them: hold std::weak_ptr<Session> instead", note)

    def test_cxx_observer_list_is_told_to_unregister_in_the_destructor(self):
        self.assertEqual(self.note("growth-global-container/constructor-in-loop", "mistake.cpp"),
            "mistake.cpp:13:24: note: suggested fix (weak-reference): stop keeping dead objects in "
            "'g_all_sessions' (std::vector<Session *>, mistake.cpp:13), because each Session is added in "
            "'Session::Session' (mistake.cpp:17) and nothing removes it when it is destroyed: remove it in "
            "Session's destructor (or its unregister call); for example: Session::~Session() { "
            "g_all_sessions.erase(std::remove(g_all_sessions.begin(), g_all_sessions.end(), this), "
            "g_all_sessions.end()); }")

    def test_every_note_names_its_container_and_says_why(self):
        count = 0
        for name, path in list(mistakes(".c")) + list(mistakes(".cpp")):
            for f in self.findings(path):
                [note] = [n["message"] for n in f["notes"] if n["message"].startswith("suggested fix")]
                count += 1
                self.assertIn(f"'{f['container']}' ({f['type']}, ", note, name)
                self.assertIn(", because ", note, name)
                self.assertIn(f"for example: ", note, name)
                self.assertNotIn("{", note.split("for example:")[0], name)
        self.assertGreaterEqual(count, 40)

    def test_every_note_is_the_same_in_text_json_and_sarif_and_in_its_language(self):
        """For every corpus mistake: the text report's note, the JSON note and the SARIF
        related location are the same words; a C note has no C++ in it, a Python note no
        C or C++, a C++ example no C allocation."""
        words = {"c": ("std::", "pop_front", "constexpr", "::"), "python": ("std::", "free(", "realloc", "->", "::"),
                 "c++": ("calloc", "free(")}
        count = 0
        for name, path in list(mistakes(".c")) + list(mistakes(".cpp")) + list(mistakes(".py")):
            files = [path] if os.path.isfile(path) else [os.path.join(r, f) for r, _, fs in os.walk(path) for f in fs]
            lang = ("python" if any(f.endswith(".py") for f in files) else
                    "c++" if any(f.endswith(".cpp") for f in files) else "c")
            out = {}
            for fmt in ("text", "json", "sarif"):
                db = os.path.join(self.tmp, fmt + ".db")
                p = subprocess.run([GROWLINT, "check", "--format", fmt, "--db", db, os.path.basename(path)],
                                   capture_output=True, text=True, cwd=os.path.dirname(path))
                self.assertEqual(p.returncode, 1, (name, fmt, p.stderr))
                out[fmt] = p.stdout
            text = sorted(l.split(": note: ", 1)[1] for l in out["text"].splitlines() if ": note: suggested fix" in l)
            js = sorted(n["message"] for f in json.loads(out["json"])["findings"] for n in f["notes"]
                        if n["message"].startswith("suggested fix"))
            sarif = sorted(l["message"]["text"] for r in json.loads(out["sarif"])["runs"][0]["results"]
                           for l in r.get("relatedLocations", []) if l["message"]["text"].startswith("suggested fix"))
            self.assertEqual(text, js, name)
            self.assertEqual(sarif, js, name)
            for note in js:
                count += 1
                example = note.split("; for example: ", 1)[-1] if lang == "c++" else note
                for word in words[lang]:
                    self.assertNotIn(word, example, (name, note))
        self.assertGreaterEqual(count, 90)

    def test_sarif_carries_the_same_note(self):
        path = os.path.join(CORPUS, "growth-global-container", "vector-log-event-loop", "mistake.cpp")
        [f] = self.findings(path)
        db = os.path.join(self.tmp, "s.db")
        p = subprocess.run([GROWLINT, "check", "--format", "sarif", "--db", db, path], capture_output=True, text=True)
        [res] = json.loads(p.stdout)["runs"][0]["results"]
        self.assertEqual(res["relatedLocations"][-1]["message"]["text"], f["notes"][-1]["message"])
        self.assertIn("g_log.erase(g_log.begin())", res["relatedLocations"][-1]["message"]["text"])


APPLY = shutil.which("clang-apply-replacements-19") or shutil.which("clang-apply-replacements")
CLANG = shutil.which("clang-19") or shutil.which("clang")
PATCH = shutil.which("patch")
GIT = shutil.which("git")


class Patches(Base):
    """--export-fixes: for every corpus mistake whose fix is mechanical, the
    patch applies with clang-apply-replacements, the result compiles, and
    growlint is then silent on it. growlint itself never changes a file."""

    def export(self, folder, name):
        fixes = os.path.join(folder, "fixes.yaml")
        p = subprocess.run([GROWLINT, "check", "--db", os.path.join(self.tmp, "g.db"), "--export-fixes", fixes, name],
                           capture_output=True, text=True, cwd=folder)
        self.assertEqual(p.returncode, 1, p.stderr)
        os.remove(os.path.join(self.tmp, "g.db"))
        with open(fixes) as f:
            return f.read()

    def test_the_vector_log_patch_is_a_guard_and_a_named_maximum(self):
        work = os.path.join(self.tmp, "w")
        shutil.copytree(os.path.join(CORPUS, "growth-global-container", "vector-log-event-loop"), work)
        with open(os.path.join(work, "mistake.cpp")) as f:
            before = f.read()
        yaml = self.export(work, "mistake.cpp")
        with open(os.path.join(work, "mistake.cpp")) as f:
            self.assertEqual(f.read(), before, "never applied unasked")
        self.assertIn('ReplacementText: "constexpr std::size_t kMaxLog = 1024;  // the most \'g_log\' keeps '
                      '(growlint)\\n"', yaml)
        self.assertIn('ReplacementText: "if (g_log.size() >= kMaxLog) g_log.erase(g_log.begin());\\n    "', yaml)

    def show_patches(self, work, name):
        """The unified diffs of `growlint show ID --patch` for each finding of
        program name in work (the project root), joined."""
        db = os.path.join(self.tmp, "show.db")
        p = subprocess.run([GROWLINT, "check", "--format", "json", "--db", db, name], capture_output=True, text=True,
                           cwd=work)
        diffs = []
        for f in json.loads(p.stdout)["findings"]:
            s = subprocess.run([GROWLINT, "show", "--patch", "--db", db, str(f["id"])], capture_output=True,
                               text=True, cwd=work)
            self.assertIn(s.returncode, (0, 1), s.stderr)
            self.assertEqual(s.returncode == 0, s.stdout != "", (name, s.stderr))
            diffs.append(s.stdout)
        os.remove(db)
        return "".join(diffs)

    @unittest.skipUnless(APPLY and CLANG and PATCH, "clang-apply-replacements-19, clang-19 and patch are needed")
    def test_every_mechanical_patch_applies_compiles_and_silences_growlint(self):
        """--export-fixes with clang-apply-replacements, and show --patch with
        patch -p1, make the same file."""
        patched = []
        for name, path in list(mistakes(".c")) + list(mistakes(".cpp")):
            work = os.path.join(self.tmp, name.replace("/", "_"))
            folder = os.path.isdir(path)  # a program of several units: the folder is the program
            shutil.copytree(path if folder else os.path.dirname(path), work)
            os.mkdir(os.path.join(work, ".git"))  # the project root
            base = "." if folder else os.path.basename(path)
            yaml = self.export(work, base)
            if "ReplacementText" not in yaml:
                self.assertEqual(self.show_patches(work, base), "", name)
                continue
            diff = self.show_patches(work, base)
            by_diff = os.path.join(self.tmp, "by-diff")
            shutil.rmtree(by_diff, ignore_errors=True)
            shutil.copytree(work, by_diff)
            p = subprocess.run([PATCH, "-p1", "--no-backup-if-mismatch"], input=diff, capture_output=True, text=True,
                               cwd=by_diff)
            self.assertEqual(p.returncode, 0, f"{name}: {p.stdout}{p.stderr}\n{diff}")
            for other in os.listdir(work):  # only this program's patch
                if not folder and other.endswith((".c", ".cpp")) and other != base:
                    os.remove(os.path.join(work, other))
            p = subprocess.run([APPLY, work], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, f"{name}: {p.stderr}")
            units = sorted(f for f in os.listdir(work) if f.endswith((".c", ".cpp")))
            for unit in units:
                with open(os.path.join(work, unit)) as a, open(os.path.join(by_diff, unit)) as b:
                    self.assertEqual(b.read(), a.read(), f"{name}: show --patch and --export-fixes differ\n{diff}")
                std = "-std=c++17" if unit.endswith(".cpp") else "-std=c17"
                p = subprocess.run([CLANG, "-fsyntax-only", std, unit], capture_output=True, text=True, cwd=work)
                self.assertEqual(p.returncode, 0, f"{name}: {p.stderr}")
            db = os.path.join(self.tmp, "after.db")
            p = subprocess.run([GROWLINT, "check", "--format", "json", "--db", db, base], capture_output=True,
                               text=True, cwd=work)
            os.remove(db)
            fixed = re.findall(r'Message: "\'([^\']+)\'', yaml)  # the containers the patch caps or releases
            left = [f["container"] for f in json.loads(p.stdout)["findings"]]
            self.assertEqual([c for c in left if c in fixed], [], name)
            self.assertEqual(p.returncode, 1 if left else 0, name)
            patched.append(name)
        self.assertGreaterEqual(len(patched), 16, patched)
        for case in ("growth-global-container/vector-log-event-loop/mistake.cpp",
                     "growth-static-local/memo-unordered-map/mistake.cpp",
                     "growth-global-container/seen-set-file-static/mistake.cpp",
                     "growth-global-container/glib-hash-table-timer/mistake.c",
                     # cleanup: clear() or free and reset where it is read in full
                     "growth-global-container/reference-alias-batch/mistake.cpp",
                     "growth-global-container/shrink-spellings/mistake.cpp",
                     "growth-realloc-array/realloc-global-count/mistake.c",
                     "growth-realloc-array/realloc-across-units/mistake",
                     "growth-linked-list/tail-insertion-globals/mistake.c"):
            self.assertIn(case, patched)

    def test_a_c_batch_is_freed_and_its_count_reset_at_the_end_of_its_consumer(self):
        work = os.path.join(self.tmp, "w")
        shutil.copytree(os.path.join(CORPUS, "growth-realloc-array", "realloc-global-count"), work)
        os.mkdir(os.path.join(work, ".git"))
        self.assertEqual(self.show_patches(work, "mistake.c"),
            "--- a/mistake.c\n"
            "+++ b/mistake.c\n"
            "@@ -17,6 +17,7 @@\n"
            "   for (size_t i = 0; i < g_count; i++)\n"
            "     total += g_items[i];\n"
            "   report(total, g_count);\n"
            "+  free(g_items); g_items = NULL; g_count = 0;\n"
            " }\n"
            " \n"
            " int main(void) {\n")

    def test_a_c_list_fed_at_its_tail_is_drained_and_its_tail_reset_at_the_end_of_its_consumer(self):
        work = os.path.join(self.tmp, "w")
        shutil.copytree(os.path.join(CORPUS, "growth-linked-list", "tail-insertion-globals"), work)
        os.mkdir(os.path.join(work, ".git"))
        self.assertEqual(self.show_patches(work, "mistake.c"),
            "--- a/mistake.c\n"
            "+++ b/mistake.c\n"
            "@@ -24,6 +24,7 @@\n"
            "       j->done = 1;\n"
            "     }\n"
            "   }\n"
            "+  while (g_first) { struct job *n = g_first; g_first = n->next; free(n); } g_last = NULL;\n"
            " }\n"
            " \n"
            " int main(void) {\n")

    def test_a_release_goes_before_the_consumers_last_return(self):
        work = os.path.join(self.tmp, "w")
        os.makedirs(os.path.join(work, ".git"))
        with open(os.path.join(work, "batch.cpp"), "w") as f:  # code from its first byte
            f.write("#include <vector>\nbool next(int *v);\nvoid send(int v);\nbool due();\n"
                    "std::vector<int> g_batch;\n\nstatic int flush_all() {\n  for (int v : g_batch)\n    send(v);\n"
                    "  return 0;\n}\n\nint main() {\n  int v;\n  while (next(&v)) {\n    g_batch.push_back(v);\n"
                    "    if (due()) flush_all();\n  }\n}\n")
        self.assertEqual(self.show_patches(work, "batch.cpp"),
            "--- a/batch.cpp\n"
            "+++ b/batch.cpp\n"
            "@@ -7,6 +7,7 @@\n"
            " static int flush_all() {\n"
            "   for (int v : g_batch)\n"
            "     send(v);\n"
            "+  g_batch.clear();\n"
            "   return 0;\n"
            " }\n"
            " \n")

    def test_a_cxx_batch_is_cleared_where_it_is_sent(self):
        work = os.path.join(self.tmp, "w")
        shutil.copytree(os.path.join(CORPUS, "growth-global-container", "shrink-spellings"), work)
        os.mkdir(os.path.join(work, ".git"))
        self.assertEqual(self.show_patches(work, "mistake.cpp"),
            "--- a/mistake.cpp\n"
            "+++ b/mistake.cpp\n"
            "@@ -18,6 +18,7 @@\n"
            "     if (send_due()) {\n"
            "       for (const std::string &m : g_outbox)\n"
            "         send(m);\n"
            "+      g_outbox.clear();\n"
            "     }\n"
            "   }\n"
            "   return 0;\n")

    def test_sarif_carries_the_patch_as_fixes(self):
        path = os.path.join(CORPUS, "growth-static-local", "memo-unordered-map", "mistake.cpp")
        p = subprocess.run([GROWLINT, "check", "--format", "sarif", "--db", os.path.join(self.tmp, "s.db"), path],
                           capture_output=True, text=True)
        [res] = json.loads(p.stdout)["runs"][0]["results"]
        [fix] = res["fixes"]
        [change] = fix["artifactChanges"]
        self.assertEqual([(r["deletedRegion"], r["insertedContent"]["text"]) for r in change["replacements"]], [
            ({"startLine": 14, "startColumn": 1, "endLine": 14, "endColumn": 1},
             "  constexpr std::size_t kMaxMemo = 1024;  // the most 'memo' keeps (growlint)\n"),
            ({"startLine": 18, "startColumn": 3, "endLine": 18, "endColumn": 3},
             "if (memo.size() >= kMaxMemo) memo.erase(memo.begin());\n  "),
        ])




class ShowPatch(Base):
    """growlint show ID --patch: the finding's patch (the edits of
    --export-fixes) as a unified diff that patch -p1 and git apply take at
    the project root; exit 1 and nothing on stdout when it has none."""

    def checked(self, case, name):
        work = os.path.join(self.tmp, "w")
        shutil.copytree(os.path.join(CORPUS, case), work)
        os.mkdir(os.path.join(work, ".git"))  # the project root
        p = subprocess.run([GROWLINT, "check", "--format", "json", name], capture_output=True, text=True, cwd=work)
        self.assertEqual(p.returncode, 1, p.stderr)
        return work, json.loads(p.stdout)["findings"]

    def show_patch(self, work, ident):
        return subprocess.run([GROWLINT, "show", "--patch", str(ident)], capture_output=True, text=True, cwd=work)

    def test_the_vector_log_patch_as_a_unified_diff(self):
        work, [f] = self.checked("growth-global-container/vector-log-event-loop", "mistake.cpp")
        p = self.show_patch(work, f["id"])
        self.assertEqual((p.returncode, p.stderr), (0, ""))
        self.assertEqual(p.stdout,
            "--- a/mistake.cpp\n"
            "+++ b/mistake.cpp\n"
            "@@ -15,6 +15,7 @@\n"
            " void dispatch(const Event &ev);\n"
            " \n"
            " std::vector<std::string> g_log;  // expect-finding: growth-global-container fix=bounded\n"
            "+constexpr std::size_t kMaxLog = 1024;  // the most 'g_log' keeps (growlint)\n"
            " \n"
            " static std::string describe(const Event &ev) {\n"
            "   char buf[64];\n"
            "@@ -27,6 +28,7 @@\n"
            "     Event ev;\n"
            "     if (!wait_event(&ev))\n"
            "       continue;\n"
            "+    if (g_log.size() >= kMaxLog) g_log.erase(g_log.begin());\n"
            "     g_log.push_back(describe(ev));  // expect-note: 'g_log' grows here (push_back)\n"
            "     std::fprintf(stderr, \"%s\\n\", g_log.back().c_str());\n"
            "     dispatch(ev);\n")

    def test_paths_are_relative_to_the_project_root_from_a_subfolder(self):
        work, [f] = self.checked("growth-global-container/vector-log-event-loop", "mistake.cpp")
        sub = os.path.join(work, "sub")
        os.mkdir(sub)
        p = subprocess.run([GROWLINT, "show", "--patch", f["fingerprint"]], capture_output=True, text=True, cwd=sub)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.startswith("--- a/mistake.cpp\n+++ b/mistake.cpp\n@@ -15,6 +15,7 @@\n"), p.stdout)

    @unittest.skipUnless(GIT, "git is needed")
    def test_git_apply_takes_it(self):
        work, [f] = self.checked("growth-static-local/memo-unordered-map", "mistake.cpp")
        os.rmdir(os.path.join(work, ".git"))
        subprocess.run([GIT, "init", "-q", "."], cwd=work, check=True)
        p = self.show_patch(work, f["id"])
        self.assertEqual(p.returncode, 0, p.stderr)
        a = subprocess.run([GIT, "apply", "-v", "-"], input=p.stdout, capture_output=True, text=True, cwd=work)
        self.assertEqual(a.returncode, 0, a.stderr)
        with open(os.path.join(work, "mistake.cpp")) as fh:
            text = fh.read()
        self.assertIn("  constexpr std::size_t kMaxMemo = 1024;  // the most 'memo' keeps (growlint)\n", text)
        self.assertIn("  if (memo.size() >= kMaxMemo) memo.erase(memo.begin());\n  memo.emplace(", text)

    def test_a_finding_without_a_patch_prints_nothing_and_exits_1(self):
        work, [f] = self.checked("growth-global-container/constructor-in-loop", "mistake.cpp")
        p = self.show_patch(work, f["id"])
        self.assertEqual((p.returncode, p.stdout, p.stderr), (1, "", f"growlint show: error: finding {f['id']} has no "
                         "patch: its weak-reference fix is not mechanical, or its source is not shaped for one (see its "
                         "suggested fix)\n"))

    def test_an_unknown_finding_exits_2(self):
        work, _ = self.checked("growth-global-container/vector-log-event-loop", "mistake.cpp")
        p = self.show_patch(work, 99)
        self.assertEqual((p.returncode, p.stdout, p.stderr), (2, "", "growlint show: error: no finding '99' in the "
                                                                     "database\n"))

    def test_a_file_changed_since_the_check_gets_no_patch_rather_than_a_wrong_one(self):
        work, [f] = self.checked("growth-global-container/vector-log-event-loop", "mistake.cpp")
        with open(os.path.join(work, "mistake.cpp"), "w") as fh:
            fh.write("int main() { return 0; }\n")
        p = self.show_patch(work, f["id"])
        self.assertEqual((p.returncode, p.stdout), (1, ""), p.stderr)


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
        self.assertEqual(note, "suggested fix (bounded): cap 'cache' (list, mistake.py:11), because nothing reads all of "
                               "'cache' after filling it: a collections.deque(maxlen=N) drops the oldest element as new "
                               "ones arrive; for example: cache = collections.deque(maxlen=MAX_CACHE)")

    def test_an_instance_registry_is_told_a_weakset(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "python-class-instances", "mistake.py"))
        self.assertIn("weakref.WeakSet", note)

    def test_a_mutable_default_is_named_in_code_as_the_function_names_it(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-static-local", "python-mutable-default", "mistake.py"))
        self.assertEqual(note, "suggested fix (bounded): cap 'is_duplicate(_seen=...)' (set, mistake.py:8), because "
                               "'_seen' is only looked up by key: before it grows (add in "
                               "'is_duplicate', mistake.py:11), clear() it once it holds MAX_SEEN, or remember the most "
                               "recent ones in a collections.deque(maxlen=N); for example: if len(_seen) >= MAX_SEEN: "
                               "_seen.clear()")

    def test_an_instance_registry_names_the_class_it_keeps_alive(self):
        [note] = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "python-class-instances", "mistake.py"))
        self.assertEqual(note, "suggested fix (weak-reference): stop owning what others own in 'Job.instances' (list, "
                               "mistake.py:9), because its elements are references to Job, which keep each Job alive "
                               "as long as it holds them: a weakref.WeakSet forgets an object once nothing else holds "
                               "it; for example: Job.instances = weakref.WeakSet()")

    def test_a_bytearray_is_told_members_a_bytearray_has(self):
        notes = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "python-silent-patterns", "mistake.py"))
        [note] = [n for n in notes if "'buf'" in n]
        self.assertEqual(note, "suggested fix (bounded): cap 'buf' (bytearray, mistake.py:11), because nothing reads all "
                               "of 'buf' after filling it: write the bytes out and empty it (del buf[:]) once it holds "
                               "MAX_BUF bytes, or keep the last chunks in a collections.deque(maxlen=N); for example: "
                               "if len(buf) >= MAX_BUF: sink.write(buf); del buf[:]")

    def test_a_string_buffer_is_not_told_to_write_itself_into_itself(self):
        """The buffer is named 'out': its example writes it to a sink, not out.write(out.getvalue())."""
        notes = self.fix_notes(os.path.join(CORPUS, "growth-global-container", "python-silent-patterns", "mistake.py"))
        [note] = [n for n in notes if "'out'" in n]
        self.assertEqual(note, "suggested fix (bounded): cap 'out' (io.StringIO, mistake.py:12), because nothing reads "
                               "all of 'out' after filling it: write it out and empty it (seek(0) and truncate()) once "
                               "it holds MAX_OUT characters, or keep the last lines in a collections.deque(maxlen=N); "
                               "for example: if out.tell() >= MAX_OUT: sink.write(out.getvalue()); out.seek(0); "
                               "out.truncate()")

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
            "mistake.c:10:20: note: " + glib_bounded("g_last_status", "mistake.c:10", "mistake.c:16", "MAX_LAST_STATUS"),
        ])

    def test_created_lazily_in_the_callback_is_reported(self):
        [f] = self.findings(os.path.join(GLIB, "mistake-lazy.c"))
        self.assertEqual((f["symbol"], f["rule"], f["fix"], f["notes"][-1]["message"]),
                         ("g_seen_peers", "growth-global-container", "bounded",
                          glib_bounded("g_seen_peers", "mistake-lazy.c:9", "mistake-lazy.c:17", "MAX_SEEN_PEERS")))

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

    def test_a_fix_text_patch_is_guard_or_release(self):
        rules = os.path.join(self.tmp, "rules")
        shutil.copytree(self.RULES, rules)
        path = os.path.join(rules, "rules.yaml")
        with open(path) as f:
            text = f.read()
        release = '      example: "{c}.clear();"\n      patch: release\n'
        self.assertIn(release, text)
        line = text[:text.index(release)].count("\n") - 2  # the fix's first line, its lang
        with open(path, "w") as f:
            f.write(text.replace(release, release.replace("release", "rewrite")))
        p = subprocess.run([GROWLINT, "check", "--rules", rules, "--db", os.path.join(self.tmp, "g.db"),
                            os.path.join(GLIB, "mistake.c")], capture_output=True, text=True)
        self.assertEqual((p.returncode, p.stderr), (2, f"growlint check: error: {path}:{line}: 'patch': expected "
                                                       "'guard' or 'release'\n"))

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
        self.assertIn("remove its oldest element once it holds kMaxIds", f["notes"][-1]["message"])


class Explain(unittest.TestCase):
    def explain(self, rule, *args):
        p = subprocess.run([GROWLINT, "explain", *args, rule], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout

    def head(self, rule, *args):
        """The rationale and the fixes explain offers, without the corpus examples, with the wrapping undone."""
        kept, corpus = [], False
        for line in self.explain(rule, *args).splitlines():
            corpus = line.startswith("Mistake (") or (corpus and not line.endswith(" fixes:"))
            if not corpus:
                kept.append(line)
        return " ".join(" ".join(kept).split())

    def test_realloc_array_is_offered_c_fixes_only(self):
        head = self.head("growth-realloc-array")
        self.assertNotIn("std::", head)
        self.assertNotIn("C++ fixes:", head)
        self.assertIn("fix bounded (realloc): cap the container c, because of what the program does with it: "
                      "instead of the realloc (GROW in 'F', FILE:LINE), allocate MAX elements once", head)
        self.assertIn("fix cleanup (realloc): release the container c after use, because of what the program does "
                      "with it: at the end of 'F', after it has been processed, free it and reset its count", head)

    def test_global_container_is_offered_the_cxx_and_the_glib_texts(self):
        head = self.head("growth-global-container")
        self.assertIn("fix bounded (c++, class, std::*map): cap the container c", head)
        self.assertIn("fix bounded (handle, GHashTable):", head)
        self.assertIn("fix weak-reference (c++, class): stop owning through the container c, because of what the "
                      "program does with it: hold std::weak_ptr<T> instead", head)
        self.assertNotIn("(realloc)", head)

    def test_a_c_rule_shows_c_first_and_a_cxx_rule_cxx_first(self):
        out = self.explain("growth-global-container")
        self.assertLess(out.index("C++ fixes:"), out.index("\nC fixes:"))
        self.assertLess(out.index("Mistake (mistake.cpp)"), out.index("Mistake (mistake.c)"))

    def test_lang_c_shows_only_the_c_fixes_and_examples(self):
        out = self.explain("growth-global-container", "--lang", "c")
        self.assertNotIn("C++ fixes:", out)
        self.assertNotIn("mistake.cpp", out)
        self.assertNotIn("std::", self.head("growth-global-container", "--lang", "c"))
        self.assertIn("Mistake (mistake.c)", out)
        self.assertIn("fix bounded (handle, GHashTable): cap the container c", " ".join(out.split()))

    def test_lang_cxx_shows_only_the_cxx_fixes_and_examples(self):
        out = self.explain("growth-global-container", "--lang", "c++")
        self.assertNotIn("C fixes:", out)
        self.assertNotIn("Mistake (mistake.c)", out)
        self.assertNotIn("(handle", out)

    def test_a_bad_lang_is_a_usage_error(self):
        p = subprocess.run([GROWLINT, "explain", "--lang", "rust", "growth-linked-list"], capture_output=True,
                           text=True)
        self.assertEqual((p.returncode, p.stderr),
                         (2, "growlint explain: error: --lang: expected c or c++, not 'rust'\n"))

    def test_every_rule_fits_80_columns_in_every_language(self):
        """Long fix labels (a C++ text for three adaptor types) and long corpus file
        names wrap instead of running past the width."""
        rules = [l.split()[0] for l in subprocess.run([GROWLINT, "rules"], capture_output=True, text=True).stdout
                 .splitlines() if l.startswith("growth-")]
        self.assertGreaterEqual(len(rules), 5)
        for rule in rules:
            for args in ((), ("--lang", "c"), ("--lang", "c++")):
                out = self.explain(rule, *args)
                self.assertEqual([l for l in out.splitlines() if len(l) > 80], [], (rule, args))

    def test_a_long_fix_label_wraps_with_its_words_kept(self):
        head = self.head("growth-global-container", "--lang", "c++")
        self.assertIn("fix bounded (c++, class, std::deque, std::list, grown by push_front|emplace_front|prepend_range",
                      head)

    @staticmethod
    def shown_case(rule, mistake):
        """The case explain shows (corpus.c best_case): the one with a mistake
        file named so and the most correct-* files, the first by path on a tie."""
        cases = []
        for name in sorted(os.listdir(os.path.join(CORPUS, rule))):
            d = os.path.join(CORPUS, rule, name)
            n = sum(1 for f in os.listdir(d) if f.startswith("correct-"))
            if n and os.path.exists(os.path.join(d, mistake)):
                cases.append((-n, d))
        return min(cases)[1]

    def test_a_long_correct_way_name_wraps_in_its_column(self):
        out = self.explain("growth-global-container", "--lang", "c++")
        case = self.shown_case("growth-global-container", "mistake.cpp")
        longest = max((f for f in os.listdir(case) if f.startswith("correct-")), key=len)
        self.assertGreater(len("-> Correct Way (%s)" % longest), 38, "the shown case has no long name to wrap")
        self.assertIn("-> Correct Way\n" + " " * 42 + "(%s)\n" % longest, out)

    def test_fits_80_columns_and_cuts_no_line_of_the_corpus(self):
        out = self.explain("growth-realloc-array")
        self.assertEqual([l for l in out.splitlines() if len(l) > 80], [])
        # every word of every comment of the mistake is printed
        with open(os.path.join(self.shown_case("growth-realloc-array", "mistake.c"), "mistake.c")) as f:
            comment = " ".join(w for line in f if line.startswith("//") for w in line[2:].split())
        block = out.split("Mistake (mistake.c)")[1].splitlines()
        width = len(block[1].split(" ")[0])  # the dashes over the left column
        left = " ".join(l[:width].strip() for l in block[2:40])
        self.assertIn(comment, " ".join(left.replace("// ", "").split()))


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--growlint" in args:
        i = args.index("--growlint")
        GROWLINT = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    unittest.main(argv=[sys.argv[0]] + args)
