#!/usr/bin/env python3
"""SARIF output tests: what GitHub code scanning reads from
`growlint check --format sarif`, field by field, and what Microsoft's SARIF
Multitool says of it (schema and SARIF rules, plus its GitHub ingestion rules).

Run: sarif_test.py --growlint BIN [--npm-dir DIR] [unittest args]

The Multitool (@microsoft/sarif-multitool, from npm) is installed into DIR
(default: an "npm" folder next to BIN, that is build/npm) when it is not there
yet. The validation tests are skipped, saying so, only when npm is missing
(the script then exits 77, which ctest shows as "Skipped"); a failed install or
a validator that does not run fails them.
"""
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "fixtures")
GROWLINT = None
NPM_DIR = None
MULTITOOL_PACKAGE = "@microsoft/sarif-multitool@5.7.0"

RULE_IDS = ["growth-global-container", "growth-unbounded-memo", "growth-static-local", "growth-realloc-array",
            "growth-linked-list"]
FIXES_HELP = (  # the texts written for the storages growth-global-container reports (rules/rules.yaml)
    "\n\nFixes:"
    "\n- bounded (c++, class, std::*map): keep a fixed number of entries: an LRU cache, or erase the "
    "least recently used entry once it holds a maximum number; for example: if (m.size() >= "
    "kMaxEntries) { m.erase(lru.back()); lru.pop_back(); } lru.push_front(k); m.emplace(k, v);"
    "\n- bounded (c++, class, std::*set): forget old entries: clear() it when it reaches a maximum "
    "size or at the end of each period, or give each entry an expiry time; for example: if "
    "(seen.size() >= kMaxSeen) seen.clear(); seen.insert(id);"
    "\n- bounded (c++, class, std::queue, std::stack, std::priority_queue): keep a fixed number of "
    "elements: pop() past a maximum size; for example: if (q.size() >= kMax) q.pop(); q.push(x);"
    "\n- bounded (c++, class, std::basic_string): keep a fixed length: drop the oldest characters "
    "past a maximum length; for example: s += x; if (s.size() > kMaxLen) s.erase(0, s.size() - "
    "kMaxLen);"
    "\n- bounded (c++, class): keep a fixed number of elements: cap it (a ring buffer, a std::deque "
    "with pop_front() past a maximum length, an LRU); for example: if (q.size() >= kMax) "
    "q.pop_front(); q.push_back(x);"
    "\n- bounded (python, class, functools.lru_cache): bound the cache: "
    "functools.lru_cache(maxsize=N) keeps the N most recently used results; for example: "
    "@functools.lru_cache(maxsize=1024)"
    "\n- bounded (python, class, builtins.dict, collections.OrderedDict, collections.defaultdict, "
    "collections.Counter): keep a fixed number of entries: evict the oldest past a maximum (an "
    "OrderedDict with popitem(last=False)), or memoise with functools.lru_cache(maxsize=N); for "
    "example: if len(d) >= MAX_ENTRIES: d.popitem(last=False)  # d = collections.OrderedDict()"
    "\n- bounded (python, class, builtins.set): forget old entries: clear() it when it reaches a "
    "maximum size, or remember the most recent ones in a collections.deque(maxlen=N); for example: "
    "if len(seen) >= MAX_SEEN: seen.clear()"
    "\n- bounded (python, class, io.StringIO, io.BytesIO, builtins.bytearray): keep a fixed length: "
    "empty the buffer once it is written out (seek(0) and truncate()), or keep the last lines in a "
    "collections.deque(maxlen=N); for example: out.write(buf.getvalue()); buf.seek(0); "
    "buf.truncate()"
    "\n- bounded (python, class): keep a fixed number of elements: a collections.deque(maxlen=N) "
    "drops the oldest as new ones arrive; for example: cache = collections.deque(maxlen=1000)"
    "\n- bounded (handle, GHashTable): keep a fixed number of entries: remove entries past a maximum "
    "size (g_hash_table_remove), or empty it per period (g_hash_table_remove_all); for example: if "
    "(g_hash_table_size(t) >= MAX_ENTRIES) g_hash_table_remove_all(t); g_hash_table_insert(t, key, "
    "value);"
    "\n- bounded (handle, GPtrArray): keep a fixed number of elements: remove the oldest past a "
    "maximum length (g_ptr_array_remove_range); for example: if (a->len >= MAX_ITEMS) "
    "g_ptr_array_remove_range(a, 0, a->len - MAX_ITEMS + 1); g_ptr_array_add(a, item);"
    "\n- bounded (handle, GArray): keep a fixed number of elements: remove the oldest past a maximum "
    "length (g_array_remove_range); for example: if (a->len >= MAX_ITEMS) g_array_remove_range(a, "
    "0, a->len - MAX_ITEMS + 1); g_array_append_vals(a, &x, 1);"
    "\n- bounded (handle, GQueue): keep a fixed number of elements: pop the oldest past a maximum "
    "length (g_queue_pop_head); for example: if (g_queue_get_length(q) >= MAX_ITEMS) "
    "free_item(g_queue_pop_head(q)); g_queue_push_tail(q, item);"
    "\n- bounded (handle, GList): keep a fixed number of elements: delete the oldest link past a "
    "maximum length (g_list_delete_link); for example: if (n >= MAX_ITEMS) { GList *old = "
    "g_list_last(l); free_item(old->data); l = g_list_delete_link(l, old); n--; } l = "
    "g_list_prepend(l, item); n++;"
    "\n- bounded (handle, GSList): keep a fixed number of elements: delete the oldest link past a "
    "maximum length (g_slist_delete_link); for example: if (n >= MAX_ITEMS) { GSList *old = "
    "g_slist_last(l); free_item(old->data); l = g_slist_delete_link(l, old); n--; } l = "
    "g_slist_prepend(l, item); n++;"
    "\n- bounded (handle): keep a fixed number of elements: remove the oldest with the library's "
    "remove function past a maximum size; for example: if (length(h) >= MAX_ITEMS) "
    "remove_oldest(h); add(h, item);"
    "\n- cleanup (c++, class, std::queue, std::stack, std::priority_queue): release what was "
    "processed: pop() each element as it is processed; for example: while (!q.empty()) { "
    "process(q.front()); q.pop(); }"
    "\n- cleanup (c++, class): release what was processed: clear() or erase() it after use, swap it "
    "with an empty one, or make it local; for example: process(batch); batch.clear();"
    "\n- cleanup (python, class, functools.lru_cache): release what was processed: call "
    "cache_clear() on the function when a batch or a period ends; for example: handle_batch(batch); "
    "lookup.cache_clear()"
    "\n- cleanup (python, class): release what was processed: clear() it after processing, or del "
    "the entries that are done; for example: process(batch); batch.clear()"
    "\n- cleanup (handle, GHashTable): release what was processed: g_hash_table_remove_all() after "
    "processing; for example: g_hash_table_foreach(t, process, NULL); g_hash_table_remove_all(t);"
    "\n- cleanup (handle, GPtrArray): release what was processed: g_ptr_array_set_size(a, 0) after "
    "processing; for example: g_ptr_array_foreach(a, process, NULL); g_ptr_array_set_size(a, 0);"
    "\n- cleanup (handle, GArray): release what was processed: g_array_set_size(a, 0) after "
    "processing; for example: process(a->data, a->len); g_array_set_size(a, 0);"
    "\n- cleanup (handle, GQueue): release what was processed: pop each element as it is processed "
    "(g_queue_pop_head); for example: while ((item = g_queue_pop_head(q))) process(item);"
    "\n- cleanup (handle, GList): release what was processed: free the list and its elements after "
    "processing (g_list_free_full) and start a new one; for example: g_list_foreach(l, process, "
    "NULL); g_list_free_full(l, free_item); l = NULL;"
    "\n- cleanup (handle, GSList): release what was processed: free the list and its elements after "
    "processing (g_slist_free_full) and start a new one; for example: g_slist_foreach(l, process, "
    "NULL); g_slist_free_full(l, free_item); l = NULL;"
    "\n- cleanup (handle): release what was processed: remove its elements with the library's remove "
    "or free function after processing; for example: process_all(h); remove_all(h);"
    "\n- weak-reference (c++, class): do not own what others own: hold std::weak_ptr and purge "
    "expired entries; for example: std::vector<std::weak_ptr<Session>> v; std::erase_if(v, [](auto "
    "&w) { return w.expired(); });"
    "\n- weak-reference (python, class, builtins.dict, collections.OrderedDict, "
    "collections.defaultdict): do not own what others own: a weakref.WeakValueDictionary forgets an "
    "object once nothing else holds it; for example: sessions = weakref.WeakValueDictionary()"
    "\n- weak-reference (python, class): do not own what others own: a weakref.WeakSet forgets an "
    "object once nothing else holds it; for example: instances = weakref.WeakSet()"
    "\n- weak-reference (handle, realloc, list): do not own what others own: hold an id or a handle "
    "and look the object up when it is needed, instead of an owning pointer; for example: ids[n++] "
    "= session->id; /* later: s = session_find(ids[i]); if (!s) forget(i); */")


def file_uri_of_dir(path):
    """file:///abs/dir/ as growlint writes %SRCROOT%: percent-encoded, trailing slash."""
    return "file://" + urllib.parse.quote(os.path.realpath(path)) + "/"


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-sarif-")
        self.db = os.path.join(self.tmp, "g.db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def check(self, *args, cwd=FIX, fmt="sarif"):
        return subprocess.run([GROWLINT, "check", "--format", fmt, "--db", self.db] + list(args),
                              capture_output=True, text=True, cwd=cwd)

    def sarif(self, *args, cwd=FIX, code=1):
        """The SARIF log of `growlint check --format sarif ARGS` run in cwd, which must exit with code."""
        p = self.check(*args, cwd=cwd)
        self.assertEqual(p.returncode, code, p.stderr)
        return json.loads(p.stdout)


class SarifLog(Base):
    def test_log_is_sarif_2_1_0_with_one_run_of_growlint(self):
        log = self.sarif("basic")
        self.assertEqual((log["$schema"], log["version"], len(log["runs"])),
                         ("https://json.schemastore.org/sarif-2.1.0.json", "2.1.0", 1))
        driver = log["runs"][0]["tool"]["driver"]
        self.assertEqual((driver["name"], driver["version"], driver["informationUri"]),
                         ("growlint", "0.1.0", "https://github.com/growlint/growlint"))

    def test_driver_describes_every_rule_of_the_rule_set(self):
        rules = self.sarif("basic")["runs"][0]["tool"]["driver"]["rules"]
        self.assertEqual([r["id"] for r in rules], RULE_IDS,
                         "every rule of the RuleSet, in order (checker/main.c must set Report.rules)")
        self.assertEqual([r["name"] for r in rules],
                         ["GrowthGlobalContainer", "GrowthUnboundedMemo", "GrowthStaticLocal", "GrowthReallocArray",
                          "GrowthLinkedList"])
        rule = rules[0]
        self.assertEqual(rule["shortDescription"]["text"],
                         "a global, namespace-scope, file-static or static member container only ever grows")
        self.assertEqual(rule["fullDescription"]["text"],
                         "A container with static storage duration lives as long as the process. When it is "
                         "appended to in an event loop, a request handler or a callback and nothing ever removes "
                         "elements, a long-running server, worker or daemon grows without limit until it runs out "
                         "of memory. Short programs end before it matters; servers do not.")
        self.assertEqual(rule["help"]["text"], rule["fullDescription"]["text"] + FIXES_HELP)
        self.assertNotIn("std::", rules[3]["help"]["text"], "growth-realloc-array is offered C fixes only")
        self.assertEqual(rule["defaultConfiguration"], {"level": "warning"})

    def test_result_points_at_the_declaration_relative_to_srcroot(self):
        run = self.sarif("basic")["runs"][0]
        self.assertEqual(run["originalUriBaseIds"], {"%SRCROOT%": {"uri": file_uri_of_dir(FIX)}})
        [res] = run["results"]
        self.assertEqual((res["ruleId"], res["ruleIndex"], res["level"]), ("growth-global-container", 0, "warning"))
        self.assertEqual(res["message"]["text"],
                         "'g_log' (std::vector<std::string>) has static storage duration and only ever grows: it "
                         "grows in code that repeats and nothing in the program removes its elements")
        [loc] = res["locations"]
        self.assertEqual(loc["physicalLocation"], {
            "artifactLocation": {"uri": "basic/server.cpp", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 5, "startColumn": 26},
        })

    def test_notes_are_related_locations_numbered_from_one(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        related = res["relatedLocations"]
        self.assertEqual(len(related), 4)
        self.assertEqual([(r["id"], r["physicalLocation"]["artifactLocation"]["uri"],
                           r["physicalLocation"]["region"]["startLine"],
                           r["physicalLocation"]["region"]["startColumn"]) for r in related],
                         [(1, "basic/server.cpp", 8, 39), (2, "basic/server.cpp", 13, 5),
                          (3, "basic/server.cpp", 12, 3), (4, "basic/server.cpp", 5, 26)])
        self.assertEqual(related[0]["message"]["text"], "'g_log' grows here (push_back)")
        self.assertEqual(related[0]["physicalLocation"]["artifactLocation"]["uriBaseId"], "%SRCROOT%")

    def test_partial_fingerprint_is_the_json_fingerprint(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        p = self.check("basic", fmt="json")
        [finding] = json.loads(p.stdout)["findings"]
        self.assertRegex(finding["fingerprint"], "^[0-9a-f]{16}$")
        self.assertEqual(res["partialFingerprints"], {"growlintFingerprint/v1": finding["fingerprint"]})

    def test_properties_carry_fix_symbol_and_container(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        self.assertEqual(res["properties"], {"fix": "bounded", "symbol": "g_log", "container": "g_log"})

    def test_clean_run_is_a_successful_invocation_without_results(self):
        run = self.sarif("two-units", code=0)["runs"][0]
        self.assertEqual((run["results"], run["invocations"]), ([], [{"executionSuccessful": True}]))

    def test_unit_that_does_not_parse_is_an_error_notification(self):
        run = self.sarif("syntax-error", code=3)["runs"][0]
        [inv] = run["invocations"]
        self.assertFalse(inv["executionSuccessful"])
        self.assertEqual(inv["toolExecutionNotifications"], [{
            "level": "error",
            "message": {"text": "syntax-error/broken.cpp could not be parsed completely; "
                                "the other units are still analysed."},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "syntax-error/broken.cpp", "uriBaseId": "%SRCROOT%"}}}],
        }])

    def test_paths_with_spaces_and_non_ascii_are_percent_encoded(self):
        root = os.path.join(self.tmp, "my project")
        os.makedirs(os.path.join(root, "src dir"))
        shutil.copy(os.path.join(FIX, "basic", "server.cpp"), os.path.join(root, "src dir", "sérver 100%.cpp"))
        run = self.sarif(".", cwd=root)["runs"][0]
        self.assertEqual(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], file_uri_of_dir(root))
        self.assertTrue(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/my%20project/"))
        [res] = run["results"]
        self.assertEqual(res["locations"][0]["physicalLocation"]["artifactLocation"],
                         {"uri": "src%20dir/s%C3%A9rver%20100%25.cpp", "uriBaseId": "%SRCROOT%"})

    def test_file_outside_the_current_directory_gets_an_absolute_file_uri(self):
        sub = os.path.join(self.tmp, "elsewhere")
        os.makedirs(sub)
        [res] = self.sarif(os.path.join(FIX, "basic"), cwd=sub)["runs"][0]["results"]
        self.assertEqual(res["locations"][0]["physicalLocation"]["artifactLocation"],
                         {"uri": "file://" + urllib.parse.quote(os.path.join(os.path.realpath(FIX), "basic",
                                                                             "server.cpp"))})


def multitool_command():
    """The argv prefix that runs the Multitool, installing it into NPM_DIR when
    it is missing; skips the test when npm is absent, fails when the install does."""
    if not shutil.which("npm") or not shutil.which("npx"):
        raise unittest.SkipTest("npm is not installed, so Microsoft's SARIF Multitool "
                                f"({MULTITOOL_PACKAGE}) cannot be installed: SARIF validation NOT run")
    if not os.path.exists(os.path.join(NPM_DIR, "node_modules", ".bin", "sarif-multitool")):
        os.makedirs(NPM_DIR, exist_ok=True)
        p = subprocess.run(["npm", "install", "--prefix", NPM_DIR, "--no-audit", "--no-fund", MULTITOOL_PACKAGE],
                           capture_output=True, text=True, timeout=600)
        if p.returncode != 0:
            raise AssertionError(f"npm install --prefix {NPM_DIR} {MULTITOOL_PACKAGE} failed "
                                 f"(exit {p.returncode}):\n{p.stdout}{p.stderr}")
    return ["npx", "--no", "--prefix", NPM_DIR, "sarif-multitool"]


class MultitoolValidation(Base):
    """`sarif-multitool validate FILE --rule-kind Sarif Gh -o LOG` checks the
    schema, the SARIF rules and GitHub's ingestion rules. It exits 0 even when
    it finds errors, so its own SARIF log is read: no result may be an error
    or a warning (its notes are advice, such as numeric rule ids)."""

    def validate(self, log):
        path = os.path.join(self.tmp, "growlint.sarif")
        out = os.path.join(self.tmp, "validation.sarif")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(log, f)
        # the npm wrapper runs the tool through a shell: quote what it passes on
        args = ["validate", path, "--output", out, "--log", "ForceOverwrite", "--rule-kind", "Sarif", "Gh"]
        p = subprocess.run(multitool_command() + [shlex.quote(a) for a in args],
                           capture_output=True, text=True, timeout=600)
        console = p.stdout + p.stderr
        self.assertEqual(p.returncode, 0, console)
        self.assertTrue(os.path.exists(out), "the Multitool wrote no validation log:\n" + console)
        with open(out, encoding="utf-8") as f:
            [run] = json.load(f)["runs"]
        problems = [f"{r.get('ruleId')} {r.get('level', 'warning')}: {r['message']}"
                    for r in run.get("results", []) if r.get("level", "warning") in ("error", "warning")]
        for inv in run.get("invocations", []):
            self.assertTrue(inv.get("executionSuccessful"), console)
            problems += [f"tool {n.get('level')}: {n['message']}"
                         for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", [])
                         if n.get("level", "warning") in ("error", "warning")]
        self.assertEqual(problems, [], console)

    def test_log_of_a_run_with_a_finding_is_valid(self):
        self.validate(self.sarif("basic"))

    def test_log_of_a_run_with_a_failed_unit_is_valid(self):
        self.validate(self.sarif("syntax-error", code=3))

    def test_log_with_percent_encoded_paths_is_valid(self):
        root = os.path.join(self.tmp, "my project")
        os.makedirs(root)
        shutil.copy(os.path.join(FIX, "basic", "server.cpp"), os.path.join(root, "sérver 100%.cpp"))
        self.validate(self.sarif(".", cwd=root))

    def test_validator_reports_a_broken_log(self):
        log = self.sarif("basic")
        del log["runs"][0]["results"][0]["message"]
        with self.assertRaisesRegex(AssertionError, "JSON1002"):
            self.validate(log)


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--growlint" not in args:
        sys.exit("usage: sarif_test.py --growlint BIN [--npm-dir DIR] [unittest args]")
    i = args.index("--growlint")
    GROWLINT = os.path.abspath(args[i + 1])
    del args[i:i + 2]
    NPM_DIR = os.path.join(os.path.dirname(GROWLINT), "npm")
    if "--npm-dir" in args:
        i = args.index("--npm-dir")
        NPM_DIR = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    result = unittest.main(argv=[sys.argv[0]] + args, verbosity=2, exit=False).result
    # 77: ctest's SKIP_RETURN_CODE for this test, so that a skipped validation shows as "Skipped"
    sys.exit(1 if not result.wasSuccessful() else 77 if result.skipped else 0)
