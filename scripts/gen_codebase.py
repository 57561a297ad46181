#!/usr/bin/env python3
"""Generate a deterministic synthetic C or C++ code base for benchmarks.

C: N units (unitNNNN.c, 150-300 lines each) using only <stdio.h>, <stdlib.h>
and <string.h> plus 2-3 of 20 shared project headers (include/proj_hNN.h), with
functions, for/while/do loops, structs, static and global variables, qsort
callbacks, a correct static realloc buffer and a correct static free list, and
about 2% corpus-style mistakes: a static pointer grown by realloc in `for (;;)`
or a static linked list fed by head insertion in `for (;;)`.

C++: N units (unitNNNN.cpp) including <vector>, <string>, <unordered_map>,
<map>, <memory>, <algorithm> plus 2 of 10 shared project headers
(include/cproj_hNN.hpp), with classes, virtual overrides, lambdas, loops, a
correct static memo with a size guard, and about 2% mistakes: a global
std::vector pushed in `while (true)`.

Every unit is generated from its own seed (seed, index), so the first K units
of a code base of N >= K units are the same files whatever N is.

Writes DIR/compile_commands.json in the `arguments` form, `directory` = DIR,
and DIR/expected.json (the mistakes: file, container, rule).

usage: scripts/gen_codebase.py {c,cpp} DIR [--units N] [--seed S]
"""
import argparse
import json
import os
import random

C_HEADERS = 20
CPP_HEADERS = 10


def _mistake_units(n, seed, rate=0.02, salt=0):
    """Indices of the units that carry a mistake: one at a seeded place in each block of 1/rate units,
    so that a code base's first K units are the same whatever its size."""
    block = round(1 / rate)
    r = random.Random(seed * 7919 + salt)
    out = set()
    for lo in range(0, n, block):
        i = lo + r.randrange(block)
        if i < n:
            out.add(i)
    return out


# ---------------------------------------------------------------- C ----------

def c_header(k):
    H = f"h{k:02d}"
    return f"""/* proj_{H}.h: shared project header {k} */
#ifndef PROJ_{H.upper()}_H
#define PROJ_{H.upper()}_H

#include <stddef.h>

#define {H.upper()}_LIMIT {32 + 8 * k}
#define {H.upper()}_NAME_LEN 32

enum {H}_kind {{ {H.upper()}_NONE, {H.upper()}_SMALL, {H.upper()}_LARGE, {H.upper()}_HUGE }};

struct {H}_record {{
  int id;
  enum {H}_kind kind;
  double weight;
  char name[{H.upper()}_NAME_LEN];
  struct {H}_record *next;
}};

struct {H}_stats {{
  long count;
  double sum;
  double min;
  double max;
}};

static inline int {H}_clamp(int v, int lo, int hi) {{
  return v < lo ? lo : (v > hi ? hi : v);
}}

static inline enum {H}_kind {H}_classify(double w) {{
  if (w <= 0.0)
    return {H.upper()}_NONE;
  if (w < {10 + k}.0)
    return {H.upper()}_SMALL;
  if (w < {100 + k}.0)
    return {H.upper()}_LARGE;
  return {H.upper()}_HUGE;
}}

static inline void {H}_stats_add(struct {H}_stats *s, double v) {{
  if (s->count == 0 || v < s->min)
    s->min = v;
  if (s->count == 0 || v > s->max)
    s->max = v;
  s->sum += v;
  s->count++;
}}

int {H}_score(const struct {H}_record *r);
void {H}_describe(const struct {H}_record *r, char *out, size_t len);

#endif
"""


def c_header_impl(k):
    """Definitions of header k's functions, placed in unit k."""
    H = f"h{k:02d}"
    return f"""
int {H}_score(const struct {H}_record *r) {{
  int score = r->id % {H.upper()}_LIMIT;
  switch (r->kind) {{
  case {H.upper()}_NONE:
    break;
  case {H.upper()}_SMALL:
    score += 1;
    break;
  case {H.upper()}_LARGE:
    score += 10;
    break;
  case {H.upper()}_HUGE:
    score += 100;
    break;
  }}
  return {H}_clamp(score + (int)r->weight, 0, 1000);
}}

void {H}_describe(const struct {H}_record *r, char *out, size_t len) {{
  snprintf(out, len, "%s#%d (%.2f)", r->name, r->id, r->weight);
}}
"""


class CUnit:
    def __init__(self, idx, seed, headers, mistake):
        self.i = idx
        self.p = f"u{idx:04d}"
        self.r = random.Random(seed * 1000003 + idx)
        self.headers = headers
        self.mistake = mistake
        self.fn = 0
        self.statics = []  # static function names: (name, kind)

    def name(self, what):
        self.fn += 1
        return f"{self.p}_{what}_{self.fn}"

    # each template returns (code, callsite) where callsite uses `acc`, `buf`, `vals`, `n`
    def t_sum(self):
        f = self.name("sum")
        m = self.r.randint(2, 9)
        return f"""static long {f}(const int *v, size_t n) {{
  long acc = 0;
  for (size_t i = 0; i < n; ++i) {{
    if (v[i] % {m} == 0)
      acc += (long)v[i] * 2;
    else
      acc -= v[i];
  }}
  return acc;
}}
""", f"acc += {f}(vals, n);"

    def t_words(self):
        f = self.name("words")
        return f"""static int {f}(const char *s) {{
  int words = 0;
  int in_word = 0;
  while (*s) {{
    if (*s == ' ' || *s == '\\t' || *s == '\\n') {{
      in_word = 0;
    }} else if (!in_word) {{
      in_word = 1;
      words++;
    }}
    s++;
  }}
  return words;
}}
""", f"acc += {f}(buf);"

    def t_records(self):
        H = self.r.choice(self.headers)
        f = self.name("records")
        c = self.name("cmp")
        cnt = self.r.randint(4, 16)
        return f"""static int {c}(const void *a, const void *b) {{
  const struct {H}_record *x = a;
  const struct {H}_record *y = b;
  if (x->weight < y->weight)
    return -1;
  if (x->weight > y->weight)
    return 1;
  return x->id - y->id;
}}

static double {f}(const int *v, size_t n) {{
  struct {H}_record recs[{cnt}];
  struct {H}_stats st = {{0, 0.0, 0.0, 0.0}};
  size_t m = n < {cnt} ? n : {cnt};
  for (size_t i = 0; i < m; i++) {{
    recs[i].id = (int)i + v[i];
    recs[i].weight = v[i] * 0.5 + (double)i;
    recs[i].kind = {H}_classify(recs[i].weight);
    recs[i].next = NULL;
    snprintf(recs[i].name, sizeof recs[i].name, "rec-%zu", i);
  }}
  qsort(recs, m, sizeof recs[0], {c});
  for (size_t i = 0; i < m; i++)
    {H}_stats_add(&st, recs[i].weight + {H}_score(&recs[i]));
  return st.count ? st.sum / (double)st.count : 0.0;
}}
""", f"acc += (long){f}(vals, n);"

    def t_local_list(self):
        f = self.name("list")
        return f"""struct {f}_node {{
  int value;
  struct {f}_node *next;
}};

static int {f}(const int *v, size_t n) {{
  struct {f}_node *head = NULL;
  int total = 0;
  for (size_t i = 0; i < n; i++) {{
    struct {f}_node *node = malloc(sizeof *node);
    if (!node)
      break;
    node->value = v[i];
    node->next = head;
    head = node;
  }}
  while (head) {{
    struct {f}_node *next = head->next;
    total += head->value;
    free(head);
    head = next;
  }}
  return total;
}}
""", f"acc += {f}(vals, n);"

    def t_format(self):
        f = self.name("format")
        return f"""static size_t {f}(char *out, size_t len, const int *v, size_t n) {{
  size_t used = 0;
  out[0] = '\\0';
  for (size_t i = 0; i < n && used + 16 < len; i++) {{
    char item[16];
    int w = snprintf(item, sizeof item, "%d,", v[i]);
    if (w <= 0)
      break;
    memcpy(out + used, item, (size_t)w);
    used += (size_t)w;
    out[used] = '\\0';
  }}
  if (used > 0 && out[used - 1] == ',')
    out[--used] = '\\0';
  return strlen(out);
}}
""", f"acc += (long){f}(buf, sizeof buf, vals, n);"

    def t_state(self):
        f = self.name("state")
        return f"""enum {f}_st {{ {f.upper()}_IDLE, {f.upper()}_NUM, {f.upper()}_SEP, {f.upper()}_DONE }};

static int {f}(const char *s) {{
  enum {f}_st st = {f.upper()}_IDLE;
  int numbers = 0;
  const char *p = s;
  do {{
    char c = *p;
    switch (st) {{
    case {f.upper()}_IDLE:
      if (c >= '0' && c <= '9') {{
        st = {f.upper()}_NUM;
        numbers++;
      }}
      break;
    case {f.upper()}_NUM:
      if (c == ',')
        st = {f.upper()}_SEP;
      else if (c == '\\0')
        st = {f.upper()}_DONE;
      break;
    case {f.upper()}_SEP:
      st = (c >= '0' && c <= '9') ? {f.upper()}_NUM : {f.upper()}_IDLE;
      if (st == {f.upper()}_NUM)
        numbers++;
      break;
    case {f.upper()}_DONE:
      break;
    }}
  }} while (*p++ && st != {f.upper()}_DONE);
  return numbers;
}}
""", f"acc += {f}(buf);"

    def t_matrix(self):
        f = self.name("matrix")
        d = self.r.randint(3, 6)
        return f"""static long {f}(const int *v, size_t n) {{
  long a[{d}][{d}], b[{d}][{d}], c[{d}][{d}];
  for (int i = 0; i < {d}; i++)
    for (int j = 0; j < {d}; j++) {{
      a[i][j] = n ? v[(size_t)(i * {d} + j) % n] : i;
      b[i][j] = i == j ? 1 : j - i;
      c[i][j] = 0;
    }}
  for (int i = 0; i < {d}; i++)
    for (int j = 0; j < {d}; j++)
      for (int k = 0; k < {d}; k++)
        c[i][j] += a[i][k] * b[k][j];
  long trace = 0;
  for (int i = 0; i < {d}; i++)
    trace += c[i][i];
  return trace;
}}
""", f"acc += {f}(vals, n);"

    def t_counter(self):
        f = self.name("counter")
        return f"""static unsigned long {f}_calls;
static int {f}_level = {self.r.randint(1, 9)};

static int {f}(int delta) {{
  {f}_calls++;
  {f}_level += delta;
  if ({f}_level > 100)
    {f}_level = 100;
  if ({f}_level < 0)
    {f}_level = 0;
  return {f}_level + (int)({f}_calls % 7);
}}
""", f"acc += {f}((int)(acc % 5) - 2);"

    def t_realloc_ok(self):
        f = self.name("outbuf")
        return f"""static char *{f}_data;
static size_t {f}_len, {f}_cap;

static void {f}_append(const char *s) {{
  size_t n = strlen(s);
  if ({f}_len + n + 1 > {f}_cap) {{
    size_t cap = {f}_cap ? {f}_cap * 2 : 64;
    while (cap < {f}_len + n + 1)
      cap *= 2;
    char *p = realloc({f}_data, cap);
    if (!p)
      return;
    {f}_data = p;
    {f}_cap = cap;
  }}
  memcpy({f}_data + {f}_len, s, n + 1);
  {f}_len += n;
}}

static size_t {f}_flush(FILE *out) {{
  size_t n = {f}_len;
  if (n)
    fputs({f}_data, out);
  {f}_len = 0;
  return n;
}}
""", f"{f}_append(buf);\n  acc += (long){f}_flush(stdout);"

    def t_free_list(self):
        f = self.name("pool")
        return f"""struct {f}_item {{
  char key[24];
  int uses;
  struct {f}_item *next;
}};

static struct {f}_item *{f}_free;
static int {f}_nfree;

static struct {f}_item *{f}_get(void) {{
  struct {f}_item *it = {f}_free;
  if (it) {{
    {f}_free = it->next;
    {f}_nfree--;
    return it;
  }}
  return calloc(1, sizeof *it);
}}

static void {f}_put(struct {f}_item *it) {{
  if ({f}_nfree >= 16) {{
    free(it);
    return;
  }}
  it->next = {f}_free;
  {f}_free = it;
  {f}_nfree++;
}}

static int {f}(const char *key) {{
  struct {f}_item *it = {f}_get();
  if (!it)
    return 0;
  strncpy(it->key, key, sizeof it->key - 1);
  it->uses++;
  int r = (int)strlen(it->key) + it->uses;
  {f}_put(it);
  return r;
}}
""", f"acc += {f}(buf);"

    def t_search(self):
        f = self.name("search")
        return f"""static long {f}(const int *v, size_t n, int key) {{
  size_t lo = 0, hi = n;
  long steps = 0;
  while (lo < hi) {{
    size_t mid = lo + (hi - lo) / 2;
    steps++;
    if (v[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }}
  return lo < n && v[lo] == key ? (long)lo : -steps;
}}
""", f"acc += {f}(vals, n, (int)(acc & 63));"

    def t_hash(self):
        f = self.name("hash")
        return f"""static unsigned long {f}(const char *s) {{
  unsigned long h = {self.r.randint(1000, 9999)}UL;
  int c;
  while ((c = (unsigned char)*s++) != 0)
    h = ((h << 5) + h) ^ (unsigned long)c;
  return h;
}}
""", f"acc ^= (long)({f}(buf) & 0xffff);"

    TEMPLATES = ["t_sum", "t_words", "t_records", "t_local_list", "t_format", "t_state", "t_matrix",
                 "t_counter", "t_realloc_ok", "t_free_list", "t_search", "t_hash"]

    def mistake_code(self):
        """A corpus-style mistake; returns (code, callsite, container, rule)."""
        if self.i % 2 == 0:
            g = f"{self.p}_seen"
            return f"""static int *{g};
static size_t {g}_count;

int {self.p}_next_reading(void);

void {self.p}_collect(void) {{
  for (;;) {{
    int v = {self.p}_next_reading();
    if (v < 0)
      break;
    {g} = realloc({g}, ({g}_count + 1) * sizeof *{g});
    if (!{g})
      abort();
    {g}[{g}_count++] = v;
  }}
}}
""", None, g, "growth-realloc-array"
        g = f"{self.p}_undo"
        return f"""struct {self.p}_cmd {{
  int op;
  struct {self.p}_cmd *next;
}};

static struct {self.p}_cmd *{g};

int {self.p}_next_command(void);

void {self.p}_editor_loop(void) {{
  for (;;) {{
    struct {self.p}_cmd *c = malloc(sizeof *c);
    if (!c)
      abort();
    c->op = {self.p}_next_command();
    c->next = {g};
    {g} = c;
    if ({g}->op == 0)
      break;
  }}
}}
""", None, g, "growth-linked-list"

    def render(self, header_impl):
        target = self.r.randint(150, 300)
        head = [f"/* unit {self.i}: generated by gen_codebase.py */",
                "#include <stdio.h>", "#include <stdlib.h>", "#include <string.h>", ""]
        for h in self.headers:
            head.append(f'#include "proj_{h}.h"')
        head.append("")
        prev = f"unit{self.i - 1:04d}_run" if self.i > 0 else None
        if prev:
            head.append(f"int {prev}(int arg);")
        head.append(f"int unit{self.i:04d}_run(int arg);")
        head.append("")
        head.append(f"int {self.p}_global_errors;")
        head.append(f"static const char *{self.p}_label = \"unit {self.i}\";")
        head.append("")
        body = []
        calls = []
        if header_impl:
            body.append(header_impl)
        expected = None
        if self.mistake:
            code, _, cont, rule = self.mistake_code()
            body.append(code)
            expected = (cont, rule)
        tail_lines = 30  # the run function
        order = self.TEMPLATES[:]
        self.r.shuffle(order)
        k = 0
        while True:
            cur = sum(s.count("\n") for s in head) + sum(s.count("\n") + 1 for s in body) + tail_lines + len(calls)
            if cur >= target:
                break
            t = order[k % len(order)]
            k += 1
            code, call = getattr(self, t)()
            if cur >= 150 and cur + code.count("\n") + call.count("\n") + 2 > 300:
                break
            body.append(code)
            calls.append(call)
        run = [f"int unit{self.i:04d}_run(int arg) {{",
               "  int vals[32];",
               "  char buf[256];",
               "  size_t n = (size_t)(arg & 31) + 1;",
               "  long acc = 0;",
               "  for (size_t i = 0; i < n; i++)",
               f"    vals[i] = (int)((i * {self.r.randint(3, 97)} + (size_t)arg) % 101);",
               f"  snprintf(buf, sizeof buf, \"%s: 1,2, 3 %d\", {self.p}_label, arg);"]
        for c in calls:
            run += ["  " + line if not line.startswith("  ") else line for line in c.split("\n")]
        if prev:
            run.append(f"  if (arg > 0)")
            run.append(f"    acc += {prev}(arg - 1);")
        run += ["  if (acc < 0)",
                f"    {self.p}_global_errors++;",
                "  return (int)(acc & 0x7fffffff);",
                "}", ""]
        return "\n".join(head) + "\n" + "\n".join(body) + "\n" + "\n".join(run), expected


def gen_c(root, n, seed=1):
    os.makedirs(os.path.join(root, "include"), exist_ok=True)
    for k in range(C_HEADERS):
        with open(os.path.join(root, "include", f"proj_h{k:02d}.h"), "w") as f:
            f.write(c_header(k))
    mistakes = _mistake_units(n, seed, salt=1)
    entries, expected = [], []
    for i in range(n):
        r = random.Random(seed * 31 + i)
        hs = sorted(r.sample(range(C_HEADERS), r.choice([2, 2, 3])))
        impl = ""
        if i < C_HEADERS:  # unit k defines header k's functions
            if i not in hs:
                hs = sorted(hs + [i])[:3] if len(hs) < 3 else sorted(hs[:2] + [i])
            impl = c_header_impl(i)
        u = CUnit(i, seed, [f"h{k:02d}" for k in hs], i in mistakes)
        text, exp = u.render(impl)
        name = f"unit{i:04d}.c"
        with open(os.path.join(root, name), "w") as f:
            f.write(text)
        entries.append({"directory": root, "file": name,
                        "arguments": ["cc", "-std=c17", "-Iinclude", "-c", name, "-o", f"unit{i:04d}.o"]})
        if exp:
            expected.append({"file": name, "container": exp[0], "rule": exp[1]})
    _write_cdb(root, entries, expected)
    return entries, expected


# ---------------------------------------------------------------- C++ --------

def cpp_header(k):
    H = f"H{k:02d}"
    return f"""// cproj_h{k:02d}.hpp: shared project header {k}
#pragma once
#include <string>
#include <vector>

namespace proj{k:02d} {{

constexpr int k{H}Limit = {16 + k * 4};

struct Item {{
  int id = 0;
  double weight = 0.0;
  std::string name;
}};

class Shape {{
public:
  virtual ~Shape() = default;
  virtual double area() const = 0;
  virtual std::string name() const {{ return "shape{k}"; }}
}};

inline int clamp(int v, int lo, int hi) {{ return v < lo ? lo : (v > hi ? hi : v); }}

inline double total_weight(const std::vector<Item> &items) {{
  double s = 0.0;
  for (const auto &it : items)
    s += it.weight;
  return s;
}}

int score(const Item &it);

}}  // namespace proj{k:02d}
"""


def cpp_header_impl(k):
    return f"""
namespace proj{k:02d} {{
int score(const Item &it) {{
  int s = it.id % k{f"H{k:02d}"}Limit;
  for (char c : it.name)
    s += c == 'x' ? 3 : 1;
  return clamp(s + static_cast<int>(it.weight), 0, 1000);
}}
}}  // namespace proj{k:02d}
"""


class CppUnit:
    def __init__(self, idx, seed, headers, mistake):
        self.i = idx
        self.p = f"u{idx:04d}"
        self.r = random.Random(seed * 1000033 + idx)
        self.headers = headers
        self.mistake = mistake
        self.fn = 0

    def name(self, what):
        self.fn += 1
        return f"{what}{self.fn}"

    def t_class(self):
        c = self.name("Account")
        return f"""class {c} {{
public:
  explicit {c}(std::string owner) : owner_(std::move(owner)) {{}}
  void deposit(long amount) {{
    history_.push_back(amount);
    balance_ += amount;
  }}
  bool withdraw(long amount) {{
    if (amount > balance_)
      return false;
    history_.push_back(-amount);
    balance_ -= amount;
    return true;
  }}
  long balance() const {{ return balance_; }}
  std::size_t operations() const {{ return history_.size(); }}
  const std::string &owner() const {{ return owner_; }}

private:
  std::string owner_;
  std::vector<long> history_;
  long balance_ = 0;
}};
""", f"""{{
    {c} a("owner" + std::to_string(arg));
    for (int v : vals)
      if (v % 2)
        a.deposit(v);
      else
        a.withdraw(v / 2);
    acc += a.balance() + static_cast<long>(a.operations() + a.owner().size());
  }}"""

    def t_lambda_sort(self):
        f = self.name("rank")
        return f"""static std::vector<int> {f}(std::vector<int> v, int pivot) {{
  std::sort(v.begin(), v.end(), [pivot](int a, int b) {{
    int da = a > pivot ? a - pivot : pivot - a;
    int db = b > pivot ? b - pivot : pivot - b;
    return da != db ? da < db : a < b;
  }});
  auto last = std::unique(v.begin(), v.end());
  v.erase(last, v.end());
  auto odd = std::count_if(v.begin(), v.end(), [](int x) {{ return x % 2 != 0; }});
  if (odd > 3)
    v.resize(v.size() / 2 + 1);
  return v;
}}
""", f"for (int x : {f}(vals, arg % 17))\n    acc += x;"

    def t_word_count(self):
        f = self.name("wordCount")
        return f"""static std::size_t {f}(const std::string &text) {{
  std::unordered_map<std::string, int> counts;
  std::string word;
  for (char c : text) {{
    if (c == ' ' || c == ',' || c == '.') {{
      if (!word.empty())
        ++counts[word];
      word.clear();
    }} else {{
      word += c;
    }}
  }}
  if (!word.empty())
    ++counts[word];
  std::size_t best = 0;
  for (const auto &kv : counts)
    best = std::max(best, static_cast<std::size_t>(kv.second) + kv.first.size());
  return best;
}}
""", f"acc += static_cast<long>({f}(text));"

    def t_ordered(self):
        f = self.name("histogram")
        return f"""static std::map<int, int> {f}(const std::vector<int> &v) {{
  std::map<int, int> h;
  for (int x : v)
    h[x / {self.r.randint(2, 10)}]++;
  auto it = h.begin();
  while (it != h.end()) {{
    if (it->second < 2)
      it = h.erase(it);
    else
      ++it;
  }}
  return h;
}}
""", f"for (const auto &kv : {f}(vals))\n    acc += kv.first * kv.second;"

    def t_shapes(self):
        H = self.r.choice(self.headers)
        c = self.name("Rect")
        d = self.name("Circle")
        f = self.name("areas")
        return f"""class {c} : public proj{H}::Shape {{
public:
  {c}(double w, double h) : w_(w), h_(h) {{}}
  double area() const override {{ return w_ * h_; }}
  std::string name() const override {{ return "rect"; }}

private:
  double w_, h_;
}};

class {d} : public proj{H}::Shape {{
public:
  explicit {d}(double r) : r_(r) {{}}
  double area() const override {{ return 3.14159 * r_ * r_; }}

private:
  double r_;
}};

static double {f}(const std::vector<int> &v) {{
  std::vector<std::unique_ptr<proj{H}::Shape>> shapes;
  for (std::size_t i = 0; i < v.size(); ++i) {{
    if (i % 2)
      shapes.push_back(std::make_unique<{c}>(v[i], i + 1.0));
    else
      shapes.push_back(std::make_unique<{d}>(v[i] * 0.5));
  }}
  double sum = 0.0;
  for (const auto &s : shapes)
    sum += s->area() + static_cast<double>(s->name().size());
  return sum;
}}
""", f"acc += static_cast<long>({f}(vals));"

    def t_items(self):
        H = self.r.choice(self.headers)
        f = self.name("items")
        return f"""static long {f}(const std::vector<int> &v) {{
  std::vector<proj{H}::Item> items;
  items.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {{
    proj{H}::Item it;
    it.id = static_cast<int>(i);
    it.weight = v[i] * 0.25;
    it.name = "item" + std::to_string(v[i]);
    items.push_back(std::move(it));
  }}
  std::sort(items.begin(), items.end(),
            [](const proj{H}::Item &a, const proj{H}::Item &b) {{ return a.weight < b.weight; }});
  long s = static_cast<long>(proj{H}::total_weight(items));
  for (const auto &it : items)
    s += proj{H}::score(it);
  return s;
}}
""", f"acc += {f}(vals);"

    def t_memo(self):
        f = self.name("fib")
        return f"""static long {f}(int n) {{
  static std::unordered_map<int, long> memo;
  if (n < 2)
    return n;
  auto it = memo.find(n);
  if (it != memo.end())
    return it->second;
  if (memo.size() > 256)
    memo.clear();
  long r = {f}(n - 1) + {f}(n - 2);
  memo[n] = r;
  return r;
}}
""", f"acc += {f}(arg % 40);"

    def t_template(self):
        f = self.name("reduce")
        return f"""template <typename T, typename F>
static T {f}(const std::vector<T> &v, T init, F op) {{
  T acc = init;
  std::size_t i = 0;
  while (i < v.size()) {{
    acc = op(acc, v[i]);
    ++i;
  }}
  return acc;
}}
""", f"acc += {f}(vals, 0, [](int a, int b) {{ return a + b * 2; }});"

    def t_shared(self):
        c = self.name("Node")
        f = self.name("graph")
        return f"""struct {c} {{
  int value = 0;
  std::vector<std::shared_ptr<{c}>> children;
  std::weak_ptr<{c}> parent;
}};

static int {f}(const std::vector<int> &v) {{
  auto root = std::make_shared<{c}>();
  std::shared_ptr<{c}> cur = root;
  for (int x : v) {{
    auto n = std::make_shared<{c}>();
    n->value = x;
    n->parent = cur;
    cur->children.push_back(n);
    if (x % 3 == 0)
      cur = n;
  }}
  int depth = 0;
  for (auto p = cur; p; p = p->parent.lock())
    ++depth;
  return depth + static_cast<int>(root->children.size());
}}
""", f"acc += {f}(vals);"

    def t_strings(self):
        f = self.name("join")
        return f"""static std::string {f}(const std::vector<int> &v, const std::string &sep) {{
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {{
    if (i)
      out += sep;
    out += std::to_string(v[i]);
  }}
  std::reverse(out.begin(), out.end());
  return out.substr(0, {self.r.randint(20, 80)});
}}
""", f"text += {f}(vals, \", \");\n  acc += static_cast<long>(text.size());"

    TEMPLATES = ["t_class", "t_lambda_sort", "t_word_count", "t_ordered", "t_shapes", "t_items", "t_memo",
                 "t_template", "t_shared", "t_strings"]

    def render(self, header_impl):
        target = self.r.randint(150, 300)
        head = [f"// unit {self.i}: generated by gen_codebase.py",
                "#include <algorithm>", "#include <map>", "#include <memory>", "#include <string>",
                "#include <unordered_map>", "#include <vector>", ""]
        for h in self.headers:
            head.append(f'#include "cproj_h{h}.hpp"')
        head.append("")
        prev = f"unit{self.i - 1:04d}_run" if self.i > 0 else None
        if prev:
            head.append(f"long {prev}(int arg);")
        head.append(f"long unit{self.i:04d}_run(int arg);")
        head.append("")
        body, calls, expected = [], [], None
        if header_impl:
            body.append(header_impl)
        if self.mistake:
            g = f"g_{self.p}_events"
            body.append(f"""std::vector<std::string> {g};
int {self.p}_next_event();

void {self.p}_event_loop() {{
  while (true) {{
    int e = {self.p}_next_event();
    if (e < 0)
      break;
    {g}.push_back("event " + std::to_string(e));
  }}
}}
""")
            expected = (g, "growth-global-container")
        body.append(f"namespace {self.p} {{\n")
        order = self.TEMPLATES[:]
        self.r.shuffle(order)
        k = 0
        tail_lines = 20
        while True:
            cur = sum(s.count("\n") for s in head) + sum(s.count("\n") + 1 for s in body) + tail_lines + 2 * len(calls)
            if cur >= target:
                break
            code, call = getattr(self, order[k % len(order)])()
            k += 1
            if cur >= 150 and cur + code.count("\n") + 2 * call.count("\n") + 4 > 300:
                break
            body.append(code)
            calls.append(call)
        body.append(f"}}  // namespace {self.p}\n")
        run = [f"long unit{self.i:04d}_run(int arg) {{",
               f"  using namespace {self.p};",
               "  std::vector<int> vals;",
               "  for (int i = 0; i < (arg & 15) + 4; ++i)",
               f"    vals.push_back((i * {self.r.randint(3, 97)} + arg) % 101);",
               "  std::string text = \"alpha beta, gamma. alpha\";",
               "  long acc = 0;"]
        for c in calls:
            run += ["  " + line if not line.startswith("  ") else line for line in c.split("\n")]
        if prev:
            run += ["  if (arg > 0)", f"    acc += {prev}(arg - 1);"]
        run += ["  return acc;", "}", ""]
        return "\n".join(head) + "\n" + "\n".join(body) + "\n" + "\n".join(run), expected


def gen_cpp(root, n, seed=2):
    os.makedirs(os.path.join(root, "include"), exist_ok=True)
    for k in range(CPP_HEADERS):
        with open(os.path.join(root, "include", f"cproj_h{k:02d}.hpp"), "w") as f:
            f.write(cpp_header(k))
    mistakes = _mistake_units(n, seed, salt=2)
    entries, expected = [], []
    for i in range(n):
        r = random.Random(seed * 37 + i)
        hs = sorted(r.sample(range(CPP_HEADERS), 2))
        impl = ""
        if i < CPP_HEADERS:
            if i not in hs:
                hs = sorted([hs[0], i])
            impl = cpp_header_impl(i)
        u = CppUnit(i, seed, [f"{k:02d}" for k in hs], i in mistakes)
        text, exp = u.render(impl)
        name = f"unit{i:04d}.cpp"
        with open(os.path.join(root, name), "w") as f:
            f.write(text)
        entries.append({"directory": root, "file": name,
                        "arguments": ["c++", "-std=c++17", "-Iinclude", "-c", name, "-o", f"unit{i:04d}.o"]})
        if exp:
            expected.append({"file": name, "container": exp[0], "rule": exp[1]})
    _write_cdb(root, entries, expected)
    return entries, expected


def _write_cdb(root, entries, expected):
    with open(os.path.join(root, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    with open(os.path.join(root, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lang", choices=["c", "cpp"])
    ap.add_argument("dir")
    ap.add_argument("--units", type=int, default=None, help="default: 1000 (c), 200 (cpp)")
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    root = os.path.abspath(a.dir)
    if a.lang == "c":
        e, x = gen_c(root, a.units or 1000, a.seed if a.seed is not None else 1)
    else:
        e, x = gen_cpp(root, a.units or 200, a.seed if a.seed is not None else 2)
    print(f"{root}: {len(e)} units, {len(x)} mistakes")


if __name__ == "__main__":
    main()
