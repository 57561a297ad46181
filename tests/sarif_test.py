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
with open(os.path.join(FIX, "basic", "server.cpp")) as _f:
    SERVER_TEXT = _f.read()

RULE_IDS = ["growth-global-container", "growth-unbounded-memo", "growth-static-local", "growth-realloc-array",
            "growth-linked-list"]
FIXES_HELP = (  # the texts written for the storages growth-global-container reports (rules/rules.yaml)
    "\n"
    "\nFixes:"
    "\n- bounded (python, class, functools.lru_cache): bound the container c, because of what the program "
    "does with it: functools.lru_cache(maxsize=N) keeps the N most recently used results; for example: @f"
    "unctools.lru_cache(maxsize=MAX)"
    "\n- bounded (python, class, builtins.dict, collections.OrderedDict, collections.defaultdict, collecti"
    "ons.Counter): cap the container c, because of what the program does with it: before it grows (GROW i"
    "n 'F', FILE:LINE), evict the oldest entry once it holds MAX (an OrderedDict with popitem(last=False)"
    "), or memoise with functools.lru_cache(maxsize=N); for example: if len(c) >= MAX: c.popitem(last=Fal"
    "se)  # c = collections.OrderedDict()"
    "\n- bounded (python, class, builtins.set): cap the container c, because of what the program does with"
    " it: before it grows (GROW in 'F', FILE:LINE), clear() it once it holds MAX, or remember the most re"
    "cent ones in a collections.deque(maxlen=N); for example: if len(c) >= MAX: c.clear()"
    "\n- bounded (python, class, builtins.bytearray): cap the container c, because of what the program doe"
    "s with it: write the bytes out and empty it (del c[:]) once it holds MAX bytes, or keep the last chu"
    "nks in a collections.deque(maxlen=N); for example: if len(c) >= MAX: sink.write(c); del c[:]"
    "\n- bounded (python, class, io.StringIO, io.BytesIO): cap the container c, because of what the progra"
    "m does with it: write it out and empty it (seek(0) and truncate()) once it holds MAX characters, or "
    "keep the last lines in a collections.deque(maxlen=N); for example: if c.tell() >= MAX: sink.write(c."
    "getvalue()); c.seek(0); c.truncate()"
    "\n- bounded (python, class): cap the container c, because of what the program does with it: a collect"
    "ions.deque(maxlen=N) drops the oldest element as new ones arrive; for example: c = collections.deque"
    "(maxlen=MAX)"
    "\n- bounded (c++, class, std::*map): cap the container c, because of what the program does with it: b"
    "efore it grows (GROW in 'F', FILE:LINE), evict an entry once it holds MAX: the least recently used ("
    "an LRU: a std::list of keys in use order beside it), or simply the first, or clear() it once per per"
    "iod (an epoch); for example: if (c.size() >= MAX) c.erase(c.begin());"
    "\n- bounded (c++, class, std::*set): cap the container c, because of what the program does with it: f"
    "orget old entries: before it grows (GROW in 'F', FILE:LINE), clear() it once it holds MAX, or clear("
    ") it at the end of each period (an epoch), or keep an expiry time per entry; for example: if (c.size"
    "() >= MAX) c.clear();"
    "\n- bounded (c++, class, std::queue, std::stack, std::priority_queue): cap the container c, because o"
    "f what the program does with it: before it grows (GROW in 'F', FILE:LINE), pop() an element once it "
    "holds MAX; for example: if (c.size() >= MAX) c.pop();"
    "\n- bounded (c++, class, std::basic_ostringstream, std::basic_stringstream): cap the container c, bec"
    "ause of what the program does with it: after it grows (GROW in 'F', FILE:LINE), write out what it ho"
    "lds and empty it (str(\"\")) once it holds MAX characters (tellp()); for example: if (c.tellp() >= MAX"
    ") c.str(\"\");"
    "\n- bounded (c++, class, std::basic_string): cap the container c, because of what the program does wi"
    "th it: after it grows (GROW in 'F', FILE:LINE), drop its oldest characters past MAX; for example: if"
    " (c.size() > MAX) c.erase(0, c.size() - MAX);"
    "\n- bounded (c++, class, std::deque, std::list, grown by push_front|emplace_front|prepend_range|front"
    "_inserter): cap the container c, because of what the program does with it: before it grows (GROW in "
    "'F', FILE:LINE), pop_back() its oldest element once it holds MAX, or use a ring buffer; for example:"
    " if (c.size() >= MAX) c.pop_back();"
    "\n- bounded (c++, class, std::deque, std::list): cap the container c, because of what the program doe"
    "s with it: before it grows (GROW in 'F', FILE:LINE), pop_front() its oldest element once it holds MA"
    "X, or use a ring buffer; for example: if (c.size() >= MAX) c.pop_front();"
    "\n- bounded (c++, class, std::forward_list): cap the container c, because of what the program does wi"
    "th it: it has no size(), so count its elements beside it and, before it grows (GROW in 'F', FILE:LIN"
    "E), clear() it once the count reaches MAX, or make it a std::deque and pop_back() past MAX; for exam"
    "ple: if (c_size >= MAX) { c.clear(); c_size = 0; } ++c_size;"
    "\n- bounded (c++, class, std::vector): cap the container c, because of what the program does with it:"
    " before it grows (GROW in 'F', FILE:LINE), erase its oldest element once it holds MAX, or make it a "
    "std::deque and pop_front(), or a ring buffer; for example: if (c.size() >= MAX) c.erase(c.begin());"
    "\n- bounded (c++, class): cap the container c, because of what the program does with it: before it gr"
    "ows (GROW in 'F', FILE:LINE), remove its oldest element once it holds MAX (a ring buffer, a std::deq"
    "ue with pop_front(), an LRU); for example: if (c.size() >= MAX) c.erase(c.begin());"
    "\n- bounded (handle, GHashTable): cap the container c, because of what the program does with it: befo"
    "re it grows (GROW in 'F', FILE:LINE), remove entries once it holds MAX (g_hash_table_remove), or emp"
    "ty it once per period (g_hash_table_remove_all); for example: if (g_hash_table_size(c) >= MAX) g_has"
    "h_table_remove_all(c);"
    "\n- bounded (handle, GPtrArray): cap the container c, because of what the program does with it: befor"
    "e it grows (GROW in 'F', FILE:LINE), remove its oldest elements once it holds MAX (g_ptr_array_remov"
    "e_range); for example: if (c->len >= MAX) g_ptr_array_remove_range(c, 0, c->len - MAX + 1);"
    "\n- bounded (handle, GArray): cap the container c, because of what the program does with it: before i"
    "t grows (GROW in 'F', FILE:LINE), remove its oldest elements once it holds MAX (g_array_remove_range"
    "); for example: if (c->len >= MAX) g_array_remove_range(c, 0, c->len - MAX + 1);"
    "\n- bounded (handle, GQueue): cap the container c, because of what the program does with it: before i"
    "t grows (GROW in 'F', FILE:LINE), pop its oldest element once it holds MAX (g_queue_pop_head) and fr"
    "ee it; for example: if (g_queue_get_length(c) >= MAX) g_free(g_queue_pop_head(c));"
    "\n- bounded (handle, GList): cap the container c, because of what the program does with it: count its"
    " elements and, before it grows (GROW in 'F', FILE:LINE), delete its oldest link once it holds MAX (g"
    "_list_delete_link); for example: if (c_len >= MAX) { GList *old = g_list_last(c); g_free(old->data);"
    " c = g_list_delete_link(c, old); c_len--; }"
    "\n- bounded (handle, GSList): cap the container c, because of what the program does with it: count it"
    "s elements and, before it grows (GROW in 'F', FILE:LINE), delete its oldest link once it holds MAX ("
    "g_slist_delete_link); for example: if (c_len >= MAX) { GSList *old = g_slist_last(c); g_free(old->da"
    "ta); c = g_slist_delete_link(c, old); c_len--; }"
    "\n- bounded (handle, dict): cap the container c, because of what the program does with it: before it "
    "grows (GROW in 'F', FILE:LINE), delete an entry once it holds MAX (dictDelete), or empty it once per"
    " period (dictEmpty); for example: if (dictSize(c) >= MAX) dictEmpty(c, NULL);"
    "\n- bounded (handle, list): cap the container c, because of what the program does with it: before it "
    "grows (GROW in 'F', FILE:LINE), delete its oldest node once it holds MAX (listDelNode on listFirst);"
    " for example: if (listLength(c) >= MAX) listDelNode(c, listFirst(c));"
    "\n- bounded (handle, kh_*_t, kh_*_s): cap the container c, because of what the program does with it: "
    "before it grows (GROW in 'F', FILE:LINE), delete entries once it holds MAX (kh_del), or empty it onc"
    "e per period (kh_clear, with the instance's name, as in T); for example: if (kh_size(c) >= MAX) kh_c"
    "lear(NAME, c); /* NAME: the instance, kh_NAME_t */"
    "\n- bounded (handle, ngx_array_t): cap the container c, because of what the program does with it: bef"
    "ore it grows (GROW in 'F', FILE:LINE), set its count back to zero once it holds MAX (nelts = 0: the "
    "next pushes reuse the memory it has); for example: if (c.nelts >= MAX) c.nelts = 0; /* c->nelts thro"
    "ugh a pointer */"
    "\n- bounded (handle, ngx_list_t): cap the container c, because of what the program does with it: crea"
    "te it with room for MAX elements in its first part (ngx_list_create(pool, MAX, size)) and, before it"
    " grows (GROW in 'F', FILE:LINE), empty it once that part is full: zero the part's count and make it "
    "the last part again, so that it never takes another part from its pool; for example: if (c->part.nel"
    "ts >= MAX) { c->part.nelts = 0; c->last = &c->part; }"
    "\n- bounded (handle, TAILQ_HEAD, STAILQ_HEAD, SIMPLEQ_HEAD): cap the container c, because of what the"
    " program does with it: count its elements and, before it grows (GROW in 'F', FILE:LINE), take off an"
    "d free its first element once it holds MAX (FIRST and REMOVE or REMOVE_HEAD of its kind of queue); f"
    "or example: if (c_count >= MAX) { struct ELEM *old = TAILQ_FIRST(&c); TAILQ_REMOVE(&c, old, FIELD); "
    "free(old); c_count--; } /* ELEM, FIELD: its element type and link field */"
    "\n- bounded (handle, SLIST_HEAD): cap the container c, because of what the program does with it: coun"
    "t its elements and, before it grows (GROW in 'F', FILE:LINE), take off and free its first element on"
    "ce it holds MAX (SLIST_REMOVE_HEAD; a TAILQ drops the oldest instead); for example: if (c_count >= M"
    "AX) { struct ELEM *old = SLIST_FIRST(&c); SLIST_REMOVE_HEAD(&c, FIELD); free(old); c_count--; } /* E"
    "LEM, FIELD: its element type and link field */"
    "\n- bounded (handle, LIST_HEAD): cap the container c, because of what the program does with it: count"
    " its elements and, before it grows (GROW in 'F', FILE:LINE), take off and free an element once it ho"
    "lds MAX (LIST_FIRST and LIST_REMOVE: a LIST has no tail, so its first element is the newest; keep a "
    "TAILQ to drop the oldest); for example: if (c_count >= MAX) { struct ELEM *old = LIST_FIRST(&c); LIS"
    "T_REMOVE(old, FIELD); free(old); c_count--; } /* ELEM, FIELD: its element type and link field */"
    "\n- bounded (handle, ngx_queue_t): cap the container c, because of what the program does with it: cou"
    "nt its elements and, before it grows (GROW in 'F', FILE:LINE), unlink and free its oldest element on"
    "ce it holds MAX (ngx_queue_head, ngx_queue_data, ngx_queue_remove); for example: if (c_count >= MAX)"
    " { ngx_queue_t *q = ngx_queue_head(&c); ELEM *old = ngx_queue_data(q, ELEM, FIELD); ngx_queue_remove"
    "(q); free(old); c_count--; } /* ELEM, FIELD: its element type and link field */"
    "\n- bounded (handle, list_head): cap the container c, because of what the program does with it: count"
    " its elements and, before it grows (GROW in 'F', FILE:LINE), unlink and free its first element once "
    "it holds MAX (list_first_entry, list_del on its link); for example: if (c_count >= MAX) { struct ELE"
    "M *old = list_first_entry(&c, struct ELEM, FIELD); list_del(&old->FIELD); free(old); c_count--; } /*"
    " ELEM, FIELD: its element type and link field */"
    "\n- bounded (handle, UT_hash_table_head): cap the container c, because of what the program does with "
    "it: before it grows (GROW in 'F', FILE:LINE), delete and free its oldest entry (the first added) onc"
    "e it holds MAX (HASH_COUNT, HASH_DEL; HASH_CNT and HASH_DELETE when its handle field is not named hh"
    "); for example: if (HASH_COUNT(c) >= MAX) { ELEM *old = c; HASH_DEL(c, old); free(old); } /* ELEM: i"
    "ts element type */"
    "\n- bounded (handle, UT_array): cap the container c, because of what the program does with it: before"
    " it grows (GROW in 'F', FILE:LINE), erase its oldest element once it holds MAX (utarray_erase); for "
    "example: if (utarray_len(c) >= MAX) utarray_erase(c, 0, 1);"
    "\n- bounded (handle): cap the container c, because of what the program does with it: before it grows "
    "(GROW in 'F', FILE:LINE), remove its oldest element with the library's remove function once it holds"
    " MAX; for example: if (length(c) >= MAX) remove_oldest(c);"
    "\n- cleanup (python, class, functools.lru_cache): release what the container c holds, because of what"
    " the program does with it: call cache_clear() on the function when a batch or a period ends; for exa"
    "mple: c.cache_clear()"
    "\n- cleanup (python, class): empty the container c after use, because of what the program does with i"
    "t: clear() it at the end of 'F', after it has been processed, or del the entries that are done; for "
    "example: c.clear()"
    "\n- cleanup (c++, class, std::queue, std::stack, std::priority_queue): empty the container c as it is"
    " processed, because of what the program does with it: in 'F', pop() each element once it has been pr"
    "ocessed; for example: while (!c.empty()) c.pop();"
    "\n- cleanup (c++, class, std::basic_ostringstream, std::basic_stringstream): empty the container c af"
    "ter use, because of what the program does with it: give it new, empty contents (str(\"\")) at the end "
    "of 'F', after what it holds has been written out (clear() only resets its error state); for example:"
    " c.str(\"\");"
    "\n- cleanup (c++, class): empty the container c after use, because of what the program does with it: "
    "clear() it at the end of 'F', after it has been processed (or swap it with an empty one, or make it "
    "local); for example: c.clear();"
    "\n- cleanup (handle, GHashTable): empty the container c after use, because of what the program does w"
    "ith it: at the end of 'F', after it has been processed, remove its entries (g_hash_table_remove_all)"
    "; for example: g_hash_table_remove_all(c);"
    "\n- cleanup (handle, GPtrArray): empty the container c after use, because of what the program does wi"
    "th it: at the end of 'F', after it has been processed, drop its elements (g_ptr_array_set_size); for"
    " example: g_ptr_array_set_size(c, 0);"
    "\n- cleanup (handle, GArray): empty the container c after use, because of what the program does with "
    "it: at the end of 'F', after it has been processed, drop its elements (g_array_set_size); for exampl"
    "e: g_array_set_size(c, 0);"
    "\n- cleanup (handle, GQueue): empty the container c as it is processed, because of what the program d"
    "oes with it: in 'F', pop each element as it is processed (g_queue_pop_head); for example: while (!g_"
    "queue_is_empty(c)) g_free(g_queue_pop_head(c));"
    "\n- cleanup (handle, GList): release the container c after use, because of what the program does with"
    " it: at the end of 'F', after it has been processed, free the list and its elements (g_list_free_ful"
    "l) and start a new one; for example: g_list_free_full(c, g_free); c = NULL;"
    "\n- cleanup (handle, GSList): release the container c after use, because of what the program does wit"
    "h it: at the end of 'F', after it has been processed, free the list and its elements (g_slist_free_f"
    "ull) and start a new one; for example: g_slist_free_full(c, g_free); c = NULL;"
    "\n- cleanup (handle, dict): empty the container c after use, because of what the program does with it"
    ": at the end of 'F', after it has been processed, remove its entries (dictEmpty); for example: dictE"
    "mpty(c, NULL);"
    "\n- cleanup (handle, list): empty the container c after use, because of what the program does with it"
    ": at the end of 'F', after it has been processed, delete its nodes (listEmpty); for example: listEmp"
    "ty(c);"
    "\n- cleanup (handle, kh_*_t, kh_*_s): empty the container c after use, because of what the program do"
    "es with it: at the end of 'F', after it has been processed, remove its entries (kh_clear, with the i"
    "nstance's name, as in T); for example: kh_clear(NAME, c); /* NAME: the instance, kh_NAME_t */"
    "\n- cleanup (handle, ngx_array_t): empty the container c after use, because of what the program does "
    "with it: at the end of 'F', after it has been processed, set its count back to zero (nelts = 0); for"
    " example: c.nelts = 0; /* c->nelts through a pointer */"
    "\n- cleanup (handle, ngx_list_t): empty the container c after use, because of what the program does w"
    "ith it: at the end of 'F', after it has been processed, zero the count of its first part and make th"
    "at part the last again (the parts after the first stay in its pool: size the first part for a batch)"
    "; for example: c->part.nelts = 0; c->last = &c->part;"
    "\n- cleanup (handle, TAILQ_HEAD, STAILQ_HEAD, SIMPLEQ_HEAD, SLIST_HEAD): release what the container c"
    " holds after use, because of what the program does with it: at the end of 'F', after it has been pro"
    "cessed, take off and free each element (FIRST and REMOVE or REMOVE_HEAD of its kind of queue); for e"
    "xample: while (!TAILQ_EMPTY(&c)) { struct ELEM *e = TAILQ_FIRST(&c); TAILQ_REMOVE(&c, e, FIELD); fre"
    "e(e); } /* ELEM, FIELD: its element type and link field */"
    "\n- cleanup (handle, LIST_HEAD): release what the container c holds after use, because of what the pr"
    "ogram does with it: at the end of 'F', after it has been processed, take off and free each element ("
    "LIST_FIRST and LIST_REMOVE); for example: while (!LIST_EMPTY(&c)) { struct ELEM *e = LIST_FIRST(&c);"
    " LIST_REMOVE(e, FIELD); free(e); } /* ELEM, FIELD: its element type and link field */"
    "\n- cleanup (handle, ngx_queue_t): release what the container c holds after use, because of what the "
    "program does with it: at the end of 'F', after it has been processed, unlink and free each element ("
    "ngx_queue_head, ngx_queue_data, ngx_queue_remove); for example: while (!ngx_queue_empty(&c)) { ngx_q"
    "ueue_t *q = ngx_queue_head(&c); ELEM *e = ngx_queue_data(q, ELEM, FIELD); ngx_queue_remove(q); free("
    "e); } /* ELEM, FIELD: its element type and link field */"
    "\n- cleanup (handle, list_head): release what the container c holds after use, because of what the pr"
    "ogram does with it: at the end of 'F', after it has been processed, unlink and free each element (li"
    "st_first_entry, list_del); for example: while (!list_empty(&c)) { struct ELEM *e = list_first_entry("
    "&c, struct ELEM, FIELD); list_del(&e->FIELD); free(e); } /* ELEM, FIELD: its element type and link f"
    "ield */"
    "\n- cleanup (handle, UT_hash_table_head): release what the container c holds after use, because of wh"
    "at the program does with it: at the end of 'F', after it has been processed, delete and free each en"
    "try (HASH_ITER, HASH_DEL; HASH_DELETE when its handle field is not named hh); for example: ELEM *e, "
    "*tmp; HASH_ITER(hh, c, e, tmp) { HASH_DEL(c, e); free(e); } /* ELEM: its element type */"
    "\n- cleanup (handle, UT_array): empty the container c after use, because of what the program does wit"
    "h it: at the end of 'F', after it has been processed, drop its elements (utarray_clear); for example"
    ": utarray_clear(c);"
    "\n- cleanup (handle): empty the container c after use, because of what the program does with it: at t"
    "he end of 'F', after it has been processed, remove its elements with the library's remove or free fu"
    "nction; for example: remove_all(c);"
    "\n- weak-reference (python, class, builtins.dict, collections.OrderedDict, collections.defaultdict): "
    "stop owning what others own in the container c, because of what the program does with it: a weakref."
    "WeakValueDictionary forgets an object once nothing else holds it; for example: c = weakref.WeakValue"
    "Dictionary()"
    "\n- weak-reference (python, class): stop owning what others own in the container c, because of what t"
    "he program does with it: a weakref.WeakSet forgets an object once nothing else holds it; for example"
    ": c = weakref.WeakSet()"
    "\n- weak-reference (c++, class, std::*set, reason observer): stop keeping dead objects in the contain"
    "er c, because of what the program does with it: remove it in T's destructor (or its unregister call)"
    "; for example: T::~T() { c.erase(this); }"
    "\n- weak-reference (c++, class, std::list, std::forward_list, reason observer): stop keeping dead obj"
    "ects in the container c, because of what the program does with it: remove it in T's destructor (or i"
    "ts unregister call); for example: T::~T() { c.remove(this); }"
    "\n- weak-reference (c++, class, reason observer): stop keeping dead objects in the container c, becau"
    "se of what the program does with it: remove it in T's destructor (or its unregister call); for examp"
    "le: T::~T() { c.erase(std::remove(c.begin(), c.end(), this), c.end()); }"
    "\n- weak-reference (c++, class, std::*map): stop owning through the container c, because of what the "
    "program does with it: hold std::weak_ptr<T> instead, and erase the expired entries where it grows (G"
    "ROW in 'F', FILE:LINE); for example: for (auto it = c.begin(); it != c.end();) it = it->second.expir"
    "ed() ? c.erase(it) : std::next(it);"
    "\n- weak-reference (c++, class, std::*set): stop owning through the container c, because of what the "
    "program does with it: hold ids (or std::weak_ptr<T> in a container that does not order by pointer), "
    "and erase the entries whose object is gone where it grows (GROW in 'F', FILE:LINE); for example: for"
    " (auto it = c.begin(); it != c.end();) it = it->expired() ? c.erase(it) : std::next(it);"
    "\n- weak-reference (c++, class): stop owning through the container c, because of what the program doe"
    "s with it: hold std::weak_ptr<T> instead, and erase the expired entries where it grows (GROW in 'F',"
    " FILE:LINE); for example: c.erase(std::remove_if(c.begin(), c.end(), [](const std::weak_ptr<T> &w) {"
    " return w.expired(); }), c.end());"
    "\n- weak-reference (handle, realloc, list): stop owning through the container c, because of what the "
    "program does with it: hold an id or a handle and look the object up when it is needed, instead of an"
    " owning pointer; for example: /* c holds ids */ obj = find_by_id(id); if (!obj) forget(id);")


def project_root(path):
    """The project root growlint takes for %SRCROOT%: the nearest folder at or above path holding .git, else path."""
    d = os.path.realpath(path)
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            return d
        if d == "/":
            return os.path.realpath(path)
        d = os.path.dirname(d)


# the fixtures as URIs relative to %SRCROOT%: "tests/fixtures/" in a git checkout of growlint
FIX_URI = os.path.relpath(os.path.realpath(FIX), project_root(FIX)) + "/"


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
        self.assertEqual(run["originalUriBaseIds"], {"%SRCROOT%": {"uri": file_uri_of_dir(project_root(FIX))}})
        [res] = run["results"]
        self.assertEqual((res["ruleId"], res["ruleIndex"], res["level"]), ("growth-global-container", 0, "warning"))
        self.assertEqual(res["message"]["text"],
                         "'g_log' (std::vector<std::string>) has static storage duration and only ever grows: it "
                         "grows in code that repeats and nothing in the program removes its elements. See "
                         "[where it grows](1), [why that repeats](3) and [the suggested fix](4).")
        [loc] = res["locations"]
        self.assertEqual(loc["physicalLocation"], {
            "artifactLocation": {"uri": FIX_URI + "basic/server.cpp", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 5, "startColumn": 26},
        })

    def test_notes_are_related_locations_numbered_from_one(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        related = res["relatedLocations"]
        self.assertEqual(len(related), 4)
        self.assertEqual([(r["id"], r["physicalLocation"]["artifactLocation"]["uri"],
                           r["physicalLocation"]["region"]["startLine"],
                           r["physicalLocation"]["region"]["startColumn"]) for r in related],
                         [(1, FIX_URI + "basic/server.cpp", 8, 39), (2, FIX_URI + "basic/server.cpp", 13, 5),
                          (3, FIX_URI + "basic/server.cpp", 12, 3), (4, FIX_URI + "basic/server.cpp", 5, 26)])
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
        self.assertEqual(res["properties"], {"fix": "bounded", "symbol": "g_log", "container": "g_log",
                                             "state": "new"})

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
                "artifactLocation": {"uri": FIX_URI + "syntax-error/broken.cpp", "uriBaseId": "%SRCROOT%"}}}],
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


class GitHubShowsItWell(Base):
    """What GitHub code scanning makes of the log (issue 14): links from the
    message, the repeat chain as a code flow, suppressions, baselineState,
    %SRCROOT% at the project root, rule help in Markdown with a page per rule."""

    def repo(self, text=None):
        root = os.path.join(self.tmp, "project")
        os.makedirs(os.path.join(root, "src"))
        subprocess.run(["git", "init", "-q", root], check=True)
        with open(os.path.join(root, "src", "server.cpp"), "w") as f:
            f.write(text if text is not None else SERVER_TEXT)
        return root

    def test_srcroot_is_the_project_root_wherever_growlint_runs(self):
        root = self.repo()
        run = self.sarif("server.cpp", cwd=os.path.join(root, "src"))["runs"][0]
        self.assertEqual(run["originalUriBaseIds"], {"%SRCROOT%": {"uri": file_uri_of_dir(root)}})
        self.assertEqual(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
                         {"uri": "src/server.cpp", "uriBaseId": "%SRCROOT%"})

    def test_the_repeat_chain_is_a_code_flow_from_the_loop_to_the_grow_site(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        [flow] = res["codeFlows"]
        [thread] = flow["threadFlows"]
        self.assertEqual([(t["location"]["physicalLocation"]["region"]["startLine"], t["location"]["message"]["text"],
                           t["nestingLevel"]) for t in thread["locations"]],
                         [(12, "this loop repeats for every input it reads, so the growth repeats", 0),
                          (13, "'remember' is called here by 'main', inside a loop that repeats for every input "
                               "it reads", 1),
                          (8, "'g_log' grows here (push_back)", 2)])

    def test_every_link_in_the_message_names_a_related_location(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        ids = {r["id"] for r in res["relatedLocations"]}
        import re
        links = [int(m) for m in re.findall(r"\]\((\d+)\)", res["message"]["text"])]
        self.assertEqual(links, [1, 3, 4])
        self.assertTrue(set(links) <= ids)

    def test_baseline_state_follows_the_findings_state(self):
        [res] = self.sarif("basic")["runs"][0]["results"]
        self.assertEqual(res["baselineState"], "new")
        [res] = self.sarif("basic")["runs"][0]["results"]
        self.assertEqual(res["baselineState"], "unchanged")

    def test_an_inline_suppression_is_a_suppressed_result(self):
        text = SERVER_TEXT.replace(
            "std::vector<std::string> g_log;",
            "std::vector<std::string> g_log;  // NOLINT(growth-global-container) replayed on restart")
        self.assertIn("NOLINT", text)
        root = self.repo(text)
        [res] = self.sarif("src/server.cpp", cwd=root, code=0)["runs"][0]["results"]
        self.assertEqual(res["suppressions"], [{"kind": "inSource", "status": "accepted",
                                                "justification": "replayed on restart"}])

    def test_a_triaged_finding_is_suppressed_with_its_reason(self):
        root = self.repo()
        self.sarif("src/server.cpp", cwd=root)
        p = subprocess.run([GROWLINT, "triage", "1", "--as", "intentional", "--reason", "at most 16 peers",
                            "--db", self.db], cwd=root, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        [res] = self.sarif("src/server.cpp", cwd=root, code=0)["runs"][0]["results"]
        self.assertEqual(res["suppressions"], [{"kind": "external", "status": "accepted",
                                                "justification": "triaged intentional: at most 16 peers"}])
        self.assertEqual(res["baselineState"], "unchanged")

    def test_a_confirmed_finding_is_not_suppressed(self):
        root = self.repo()
        self.sarif("src/server.cpp", cwd=root)
        subprocess.run([GROWLINT, "triage", "1", "--as", "confirmed", "--reason", "real", "--db", self.db], cwd=root,
                       check=True, capture_output=True)
        [res] = self.sarif("src/server.cpp", cwd=root)["runs"][0]["results"]
        self.assertNotIn("suppressions", res)

    def test_rules_have_markdown_help_and_a_page_in_the_repository(self):
        rules = self.sarif("basic")["runs"][0]["tool"]["driver"]["rules"]
        for rule in rules:
            self.assertEqual(rule["helpUri"],
                             f"https://github.com/growlint/growlint/blob/main/docs/rules/{rule['id']}.md")
            page = os.path.join(os.path.dirname(HERE), "docs", "rules", rule["id"] + ".md")
            self.assertTrue(os.path.exists(page), page)
        md = rules[0]["help"]["markdown"]
        self.assertTrue(md.startswith("**a global, namespace-scope, file-static or static member container only "
                                      "ever grows**\n\nA container with static storage duration"), md)
        self.assertIn("\n- **bounded (c++, class, std::\\*map)**: cap the container c", md)
        self.assertIn("for example: `` if (c.size() >= MAX) c.erase(c.begin()); ``", md)
        self.assertTrue(md.endswith("Mistakes and correct ways from growlint's corpus: [growth-global-container]"
                                    "(https://github.com/growlint/growlint/blob/main/docs/rules/"
                                    "growth-global-container.md)"), md)


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

    def test_log_with_suppressions_and_code_flows_is_valid(self):
        root = os.path.join(self.tmp, "p")
        os.makedirs(root)
        text = SERVER_TEXT
        with open(os.path.join(root, "a.cpp"), "w") as f:
            f.write(text)
        with open(os.path.join(root, "b.cpp"), "w") as f:
            f.write(text.replace("g_log", "g_old").replace("std::vector<std::string> g_old;",
                                                           "std::vector<std::string> g_old;  // NOLINT"))
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
