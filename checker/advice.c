/* advice.c - chooses a finding's fix from the evidence and writes its note
 * (advice.h).
 *
 * The choice, in order: elements that own what others own (std::shared_ptr)
 * -> weak-reference; raw pointers to objects that their own class adds
 * (observers registered in a constructor or a register call) ->
 * weak-reference; read in full after it is filled and never looked up (a
 * batch) -> cleanup, where it is read; otherwise (a log, a cache, a
 * seen-set, a list searched before each insertion) -> bounded. The note is
 *   "suggested fix (FIX): " TEXT "; for example: " EXAMPLE
 * with the placeholders of the fix text written for the container filled
 * from one table of variables (vars[]); {because} is the reason phrase of
 * reasons[], itself filled from the same table. A text's `patch:` makes its
 * example a patch to review when the source reads as expected: "guard" puts
 * it before the grow statement (with a named maximum after the
 * declaration), "release" at the end of the block that reads the container
 * in full. The patch is only ever insertions (Edit).
 */
#include "advice.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ORDER REASON: why each fix is suggested, as the note says it. */
static const char *const reasons[] = {
    [REASON_LOG] = "nothing reads all of '{c}' after filling it",
    [REASON_LOOKUP] = "'{c}' is only looked up by key",
    [REASON_CACHE] = "'{c}' is looked up by key as well as read in full (a cache, not a batch)",
    [REASON_BATCH] = "'{consumer}' ({consumer_at}) reads all of it after it is filled (a batch)",
    [REASON_OWNING] = "its elements are {elem}, which keep each {pointee} alive as long as it holds them",
    [REASON_OBSERVER] = "each {pointee} is added in '{grow_fn}' ({grow_at}) and nothing removes it when it is "
                        "destroyed",
    [REASON_SEARCH] = "'{consumer}' ({consumer_at}) walks all of it only to search it, before it grows",
};
_Static_assert(sizeof reasons / sizeof *reasons == REASON_COUNT, "reasons[] follows FixReason");

/* The placeholders, in the order of the variables' table; ORDER VAR. */
typedef enum {
  V_THE, V_BECAUSE, V_C, V_NAME, V_TYPE, V_ELEM, V_POINTEE, V_NODE, V_NEXT, V_TAIL, V_MAX,
  V_GROW_SITE, V_GROW_FN, V_GROW_AT, V_CONSUMER, V_CONSUMER_AT, V_COUNT, V_COUNTS, V_ITS_COUNTS, V_COUNT_
} Var;

/* ORDER VAR: each placeholder's name and what explain shows for it. */
static const struct {
  const char *name;
  const char *generic;
} vars[] = {
    [V_THE] = {"the", "the container c"},
    [V_BECAUSE] = {"because", "because of what the program does with it"},
    [V_C] = {"c", "c"},
    [V_NAME] = {"name", "c"},
    [V_TYPE] = {"type", "T"},
    [V_ELEM] = {"elem", "E"},
    [V_POINTEE] = {"pointee", "T"},
    [V_NODE] = {"node", "struct node"},
    [V_NEXT] = {"next", "next"},
    [V_TAIL] = {"tail", "tail"},
    [V_MAX] = {"max", "MAX"},
    [V_GROW_SITE] = {"grow_site", "GROW in 'F', FILE:LINE"},
    [V_GROW_FN] = {"grow_fn", "F"},
    [V_GROW_AT] = {"grow_at", "FILE:LINE"},
    [V_CONSUMER] = {"consumer", "F"},
    [V_CONSUMER_AT] = {"consumer_at", "FILE:LINE"},
    [V_COUNT] = {"count", "count"},
    [V_COUNTS] = {"counts", "count"},
    [V_ITS_COUNTS] = {"its_counts", "its count"},
};
_Static_assert(sizeof vars / sizeof *vars == V_COUNT_, "vars[] follows Var");

/* Writes tmpl with each {placeholder} replaced by val[placeholder] (or, with
 * val NULL, by its generic word); unknown ones stay as written. */
static void fill(StrBuf *sb, const char *tmpl, char *const *val) {
  for (const char *p = tmpl; *p;) {
    const char *open = strchr(p, '{');
    if (!open) { sb_append(sb, p); return; }
    sb_appendn(sb, p, (size_t)(open - p));
    size_t n = strspn(open + 1, "abcdefghijklmnopqrstuvwxyz_");
    if (open[1 + n] != '}') { /* a brace of the code, not a placeholder */
      sb_appendn(sb, open, 1);
      p = open + 1;
      continue;
    }
    const char *close = open + 1 + n;
    int found = -1;
    for (int i = 0; i < V_COUNT_ && found < 0; i++)
      if (strlen(vars[i].name) == n && !strncmp(open + 1, vars[i].name, n)) found = i;
    if (found >= 0) sb_append(sb, val ? val[found] : vars[found].generic);
    else sb_appendn(sb, open, n + 2);
    p = close + 1;
  }
}

char *advice_generic(const char *tmpl) {
  StrBuf sb = {0};
  fill(&sb, tmpl ? tmpl : "", NULL);
  return sb_steal(&sb);
}

static const char *base_name(const char *path) {
  const char *slash = path ? strrchr(path, '/') : NULL;
  return slash ? slash + 1 : path ? path : "";
}

static char *at(const Loc *l) { return gl_xasprintf("%s:%u", base_name(l->file), l->line); }

/* s without leading and trailing blanks, "const ", "struct ", "class " and trailing '*' (owned). */
static char *bare_type(const char *s, int strip_star) {
  while (*s == ' ') s++;
  for (int again = 1; again;) {
    again = 0;
    static const char *const words[] = {"const ", "struct ", "class "};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
      if (!strncmp(s, words[i], strlen(words[i]))) { s += strlen(words[i]); again = 1; }
  }
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || (strip_star && s[n - 1] == '*'))) n--;
  return gl_xstrndup(s, n);
}

/* What an element points to: T of smart_ptr<T>, of T *; for a C array
 * (no element type) the type its pointer points to. */
static char *pointee_of(const FactStorage *s) {
  const char *e = s->elem && *s->elem ? s->elem : NULL;
  if (!e) {
    char *t = gl_xstrdup(s->type ? s->type : "");
    char *star = strrchr(t, '*');
    if (star) *star = '\0';
    char *r = bare_type(t, 0);
    free(t);
    return r;
  }
  const char *lt = strchr(e, '<'), *gt = strrchr(e, '>');
  if (lt && gt && gt > lt) {
    char *inner = gl_xstrndup(lt + 1, (size_t)(gt - lt - 1));
    char *r = bare_type(inner, 1);
    free(inner);
    return r;
  }
  return bare_type(e, 1);
}

/* The container's name without g_ s_ m_ prefixes and leading and trailing '_'. */
static char *stem(const char *symbol) {
  const char *p = symbol;
  if ((p[0] == 'g' || p[0] == 's' || p[0] == 'm') && p[1] == '_' && p[2]) p += 2;
  while (p[0] == '_' && p[1]) p++;
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '_') n--;
  return gl_xstrndup(p, n);
}

/* A named maximum: kMaxSeenPayloads in C++, MAX_SEEN_PAYLOADS in C (and Python). */
static char *max_name(const FactStorage *s) {
  char *st = stem(s->symbol && *s->symbol ? s->symbol : "items");
  StrBuf sb = {0};
  if (s->lang == LANG_CXX) {
    sb_append(&sb, "kMax");
    for (const char *p = st; *p; p++) {
      if (*p == '_') continue;
      char c = (p == st || p[-1] == '_') ? (char)toupper((unsigned char)*p) : *p;
      sb_appendn(&sb, &c, 1);
    }
  } else {
    sb_append(&sb, "MAX_");
    for (const char *p = st; *p; p++) {
      char c = (char)toupper((unsigned char)*p);
      sb_appendn(&sb, &c, 1);
    }
  }
  free(st);
  return sb_steal(&sb);
}

/* The count of a realloc'd array from its storage key: c:f.c@g_count -> g_count,
 * c:@F@remember@n#0 -> n, c:@g_buf.n -> g_buf.n. */
static char *count_name(const char *key) {
  const char *at_sign = strrchr(key, '@');
  const char *p = at_sign ? at_sign + 1 : key;
  return gl_xstrndup(p, strcspn(p, "#"));
}

/* The link field of a list's head insertion "->next = head" (next), else "next". */
static char *next_field(const char *link) {
  const char *arrow = link ? strstr(link, "->") : NULL;
  if (!arrow) return gl_xstrdup("next");
  arrow += 2;
  size_t n = strcspn(arrow, " =");
  return n ? gl_xstrndup(arrow, n) : gl_xstrdup("next");
}

static const char *line_at(const char *text, unsigned n, size_t *len);

static int is_ident_char(char ch) { return isalnum((unsigned char)ch) || ch == '_'; }

/* The count a realloc'd array is written at, as the source of its grow site
 * writes it: X of the first "C[X++] =" in that file (C the container, X a
 * name or a field: n, g_buf.n, s->n); NULL when there is none (owned). Its
 * capacity may size the realloc instead (realloc(p, ncap * sizeof *p) with
 * ncap from g_cap), so the counter of the evidence is not always the count.
 * A plain "C[X] =" is not taken: it may be an index of a loop. */
static char *index_in_source(const Evidence *ev) {
  const FactOp *g = ev->grow;
  const char *c = ev->s->display;
  if (!g || !g->loc.file || !c || !*c) return NULL;
  char *text = gl_read_file(g->loc.file, NULL, NULL);
  char *found = NULL;
  size_t cn = strlen(c);
  for (const char *p = text ? strstr(text, c) : NULL; p && !found; p = strstr(p + 1, c)) {
    if ((p > text && (is_ident_char(p[-1]) || p[-1] == '.' || p[-1] == '>')) || p[cn] != '[') continue;
    const char *x = p + cn + 1, *end = x;
    while (*end == ' ') end++;
    const char *start = end;
    while (is_ident_char(*end) || *end == '.' || (end[0] == '-' && end[1] == '>')) end += end[0] == '-' ? 2 : 1;
    const char *name_end = end;
    int inc = !strncmp(end, "++", 2);
    if (inc) end += 2;
    while (*end == ' ') end++;
    if (name_end == start || isdigit((unsigned char)*start) || *end != ']') continue;
    end++;
    while (*end == ' ') end++;
    if (end[0] != '=' || end[1] == '=') continue;
    if (inc) found = gl_xstrndup(start, (size_t)(name_end - start));
  }
  free(text);
  return found;
}

/* The link field of a list fed at its head, as the source writes it: X of
 * "->X = C;" (C the container) on the grow line or one of the five lines
 * before it; NULL when none is found (owned). */
static char *next_field_in_source(const Evidence *ev) {
  const FactOp *g = ev->grow;
  if (!g || !g->loc.file || !ev->s->display) return NULL;
  char *text = gl_read_file(g->loc.file, NULL, NULL);
  char *found = NULL;
  char *tail = gl_xasprintf(" = %s;", ev->s->display);
  for (unsigned n = g->loc.line; text && !found && n > 0 && n + 5 >= g->loc.line; n--) {
    size_t len = 0;
    const char *l = line_at(text, n, &len);
    char *line = l ? gl_xstrndup(l, len) : NULL;
    char *at = line ? strstr(line, tail) : NULL;
    if (at) {
      char *end = at;
      while (end > line && (isalnum((unsigned char)end[-1]) || end[-1] == '_')) end--;
      if (end < at && end - line >= 2 && end[-1] == '>' && end[-2] == '-') found = gl_xstrndup(end, (size_t)(at - end));
    }
    free(line);
  }
  free(tail);
  free(text);
  return found;
}

/* The identifier-or-member expression (x, g_q.tail, s->tail) that ends
 * just before end in line, or an empty span. */
static const char *lvalue_start(const char *line, const char *end) {
  const char *p = end;
  while (p > line) {
    if (is_ident_char(p[-1]) || p[-1] == '.') p--;
    else if (p - line >= 2 && p[-1] == '>' && p[-2] == '-') p -= 2;
    else break;
  }
  while (p < end && !(isalpha((unsigned char)*p) || *p == '_')) p++; /* not from a digit or an arrow */
  return p;
}

/* The tail pointer of a list fed at its tail, as the source writes it: T
 * of "T->F = X;" near the grow statement "C = X;" (within six lines of
 * it, T not C), with F, the link field, into *next; NULL when none is
 * found (owned; *next untouched then). */
static char *tail_in_source(const Evidence *ev, char **next) {
  const FactOp *g = ev->grow;
  const char *c = ev->s->display;
  if (!g || !g->loc.file || !c || !*c) return NULL;
  char *text = gl_read_file(g->loc.file, NULL, NULL);
  size_t len = 0, cn = strlen(c);
  const char *gline = text ? line_at(text, g->loc.line, &len) : NULL;
  /* X of the grow statement "C = X;" at the grow site */
  const char *at = gline && g->loc.col >= 1 && g->loc.col <= len ? gline + g->loc.col - 1 : NULL;
  char *x = NULL;
  if (at && !strncmp(at, c, cn)) {
    const char *v = at + cn;
    while (*v == ' ') v++;
    if (v[0] == '=' && v[1] != '=') {
      v++;
      while (*v == ' ') v++;
      size_t n = 0;
      while (is_ident_char(v[n])) n++;
      if (n && v[n] == ';') x = gl_xstrndup(v, n);
    }
  }
  char *tail = NULL;
  char *pattern = x ? gl_xasprintf(" = %s;", x) : NULL;
  unsigned first = g->loc.line > 6 ? g->loc.line - 6 : 1;
  for (unsigned n = first; pattern && !tail && n <= g->loc.line + 6; n++) {
    const char *l = line_at(text, n, &len);
    if (!l) break;
    char *line = gl_xstrndup(l, len);
    for (char *hit = strstr(line, pattern); hit && !tail; hit = strstr(hit + 1, pattern)) {
      const char *lhs = lvalue_start(line, hit);
      const char *arrow = NULL;
      for (const char *q = lhs; q + 1 < hit; q++)
        if (q[0] == '-' && q[1] == '>') arrow = q;
      if (!arrow || arrow == lhs || arrow + 2 == hit) continue;
      const char *f = arrow + 2;
      while (f < hit && is_ident_char(*f)) f++;
      if (f != hit) continue; /* T->F, F a plain field */
      char *t = gl_xstrndup(lhs, (size_t)(arrow - lhs));
      if (strcmp(t, c) && strcmp(t, x)) {
        tail = t;
        free(*next);
        *next = gl_xstrndup(arrow + 2, (size_t)(hit - arrow - 2));
      } else {
        free(t);
      }
    }
    free(line);
  }
  free(pattern);
  free(x);
  free(text);
  return tail;
}

/* Raw pointers to objects of a class that one of its own member functions
 * adds (this, from a constructor or a register call): observers whose
 * lifetime ends elsewhere. */
static int is_observer(const Evidence *ev, const char *pointee) {
  const FactStorage *s = ev->s;
  if (s->family != FAMILY_CLASS || !s->elem || !strchr(s->elem, '*') || strchr(s->elem, '<')) return 0;
  size_t n = strlen(pointee);
  return n && ev->grow_fn && !strncmp(ev->grow_fn, pointee, n) && !strncmp(ev->grow_fn + n, "::", 2);
}

/* Is the full read a search before the growth: written in the function
 * that grows it (neither op lifted there from a call: "push_back in
 * Server::on_message"), above the grow site and outside the loop that
 * repeats the growth there (walk the list for a known name, then link a new
 * node in)? Then nothing reads what was filled afterwards: not a batch. */
static int search_before_growth(const Evidence *ev) {
  const FactOp *it = ev->iterate, *g = ev->grow;
  if (!it || !g || !it->func || !g->func || strcmp(it->func, g->func) || !it->loc.file || !g->loc.file ||
      strcmp(it->loc.file, g->loc.file) || it->loc.line >= g->loc.line)
    return 0;
  if ((it->detail && strstr(it->detail, " in ")) || (g->detail && strstr(g->detail, " in "))) return 0;
  return !(g->loop_loc.file && *g->loop_loc.file && g->loop_loc.line <= it->loc.line);
}

static FixReason choose(const Evidence *ev, const char *pointee, const char **fix) {
  if (ev->s->owning) { *fix = "weak-reference"; return REASON_OWNING; }
  if (is_observer(ev, pointee)) { *fix = "weak-reference"; return REASON_OBSERVER; }
  int search = search_before_growth(ev);
  if (ev->iterate && !ev->lookup && !search) { *fix = "cleanup"; return REASON_BATCH; }
  *fix = "bounded";
  return ev->iterate && ev->lookup ? REASON_CACHE : search ? REASON_SEARCH : ev->lookup ? REASON_LOOKUP : REASON_LOG;
}

/* How it grows, as fix texts are selected by (`grow:`): the grow op's name,
 * or for a list "head" or "tail". */
static const char *grow_kind(const Evidence *ev) {
  if (ev->s->family == FAMILY_LIST) return ev->link ? "head" : "tail";
  return ev->grow ? ev->grow->detail : NULL;
}

/* Fills val[] (owned strings) for the container of ev (registered: the
 * class of a Python instance registry, or NULL); returns whether the tail
 * pointer of a list fed at its tail was found in the source. */
static int set_vars(const Evidence *ev, FixReason reason, char *pointee, char **val, const char *registered) {
  const FactStorage *s = ev->s;
  const FactOp *g = ev->grow;
  /* the container as code names it: its display, but for a parameter's
   * default (is_duplicate(_seen=...)), the parameter's name */
  const char *code = strchr(s->display, '(') && s->symbol && *s->symbol ? s->symbol : s->display;
  val[V_C] = gl_xstrdup(code);
  val[V_NAME] = gl_xstrdup(code);
  for (char *p = val[V_NAME]; *p; p++)
    if (!isalnum((unsigned char)*p)) *p = '_';
  val[V_TYPE] = gl_xstrdup(s->type);
  val[V_ELEM] = registered ? gl_xasprintf("references to %s", registered)
                           : gl_xstrdup(s->elem && *s->elem ? s->elem : pointee);
  val[V_POINTEE] = pointee;
  size_t tn = strlen(s->type ? s->type : "");
  while (tn && (s->type[tn - 1] == '*' || s->type[tn - 1] == ' ')) tn--;
  val[V_NODE] = gl_xstrndup(s->type ? s->type : "", tn); /* struct node * -> struct node */
  val[V_NEXT] = s->family == FAMILY_LIST && ev->link ? next_field_in_source(ev) : NULL;
  if (!val[V_NEXT]) val[V_NEXT] = next_field(ev->link);
  val[V_TAIL] = s->family == FAMILY_LIST && !ev->link ? tail_in_source(ev, &val[V_NEXT]) : NULL;
  val[V_MAX] = max_name(s);
  val[V_GROW_FN] = gl_xstrdup(ev->grow_fn && *ev->grow_fn ? ev->grow_fn : "");
  val[V_GROW_AT] = g ? at(&g->loc) : gl_xstrdup("");
  if (!g) val[V_GROW_SITE] = gl_xstrdup("where it grows");
  else if (*val[V_GROW_FN]) val[V_GROW_SITE] = gl_xasprintf("%s in '%s', %s", g->detail, val[V_GROW_FN], val[V_GROW_AT]);
  else val[V_GROW_SITE] = gl_xasprintf("%s at %s", g->detail, val[V_GROW_AT]);
  val[V_CONSUMER] = gl_xstrdup(ev->iterate_fn ? ev->iterate_fn : "");
  val[V_CONSUMER_AT] = ev->iterate ? at(&ev->iterate->loc) : gl_xstrdup("");
  if (s->family == FAMILY_REALLOC) val[V_COUNT] = index_in_source(ev);
  if (!val[V_COUNT] && ev->count) val[V_COUNT] = count_name(ev->count); /* written through a pointer: v->data[v->len++] */
  char *counter = ev->counter ? count_name(ev->counter) : NULL;
  if (!val[V_COUNT]) val[V_COUNT] = counter ? gl_xstrdup(counter) : gl_xasprintf("%s_count", val[V_NAME]);
  if (counter && strcmp(counter, val[V_COUNT])) { /* sized by a capacity apart from its count */
    val[V_COUNTS] = gl_xasprintf("%s = %s", val[V_COUNT], counter);
    val[V_ITS_COUNTS] = gl_xasprintf("its count '%s' and its capacity '%s'", val[V_COUNT], counter);
  } else {
    val[V_COUNTS] = gl_xstrdup(val[V_COUNT]);
    val[V_ITS_COUNTS] = gl_xasprintf("its count '%s'", val[V_COUNT]);
  }
  free(counter);
  char *decl = at(&s->loc);
  val[V_THE] = gl_xasprintf("'%s' (%s, %s)", s->display, s->type, decl);
  free(decl);
  StrBuf why = {0};
  sb_append(&why, "because ");
  val[V_BECAUSE] = NULL;
  fill(&why, reasons[reason], val);
  val[V_BECAUSE] = sb_steal(&why);
  int tail_known = val[V_TAIL] != NULL;
  if (!val[V_TAIL]) val[V_TAIL] = gl_xstrdup(vars[V_TAIL].generic);
  return tail_known;
}

/* ---------- the patch of a mechanical fix ---------- */

/* Line n (1-based) of text and its length without the newline; NULL past the end. */
static const char *line_at(const char *text, unsigned n, size_t *len) {
  const char *p = text;
  for (unsigned i = 1; i < n && p; i++) {
    p = strchr(p, '\n');
    if (p) p++;
  }
  if (!p || !*p) return NULL;
  *len = strcspn(p, "\n");
  return p;
}

/* The length of a line's code: up to a // comment, without trailing blanks. */
static size_t code_len(const char *line, size_t len) {
  for (size_t i = 0; i + 1 < len; i++)
    if (line[i] == '/' && line[i + 1] == '/') { len = i; break; }
  while (len && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r')) len--;
  return len;
}

static size_t indent_of(const char *line, size_t len) {
  size_t i = 0;
  while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
  return i;
}

static void add_edit(Advice *out, const char *file, unsigned line, unsigned col, char *text) {
  Edit *e = gl_xcalloc(1, sizeof *e);
  e->file = gl_xstrdup(file);
  e->line = line;
  e->col = col;
  e->text = text;
  pv_push(&out->edits, e);
}

/* The last code line before line n (no blank, comment-only or preprocessor line), or NULL. */
static const char *code_before(const char *text, unsigned n, size_t *len) {
  while (--n > 0) {
    const char *l = line_at(text, n, len);
    size_t in = indent_of(l, *len), c = code_len(l, *len);
    if (c > in && l[in] != '#' && strncmp(l + in, "/*", 2) && (l[in] != '*')) {
      *len = c;
      return l;
    }
  }
  return NULL;
}

/* A size guard (the text's example) before the grow statement and a named
 * maximum after the declaration, when the source is shaped as expected:
 * the grow statement starts its line after the declaration in the same file,
 * and the declaration is one line. Under an if, else or loop without braces
 * the statement and its guard are braced together. */
static void make_guard_patch(const Evidence *ev, const char *guard, char *const *val, Advice *out) {
  const FactStorage *s = ev->s;
  const FactOp *g = ev->grow;
  if (!g || !s->loc.file || !g->loc.file || strcmp(s->loc.file, g->loc.file) || g->loc.line <= s->loc.line + 0 ||
      s->kind == SK_FIELD)
    return;
  char *text = gl_read_file(s->loc.file, NULL, NULL);
  size_t dl = 0, gl = 0, pl = 0;
  const char *decl = text ? line_at(text, s->loc.line, &dl) : NULL;
  const char *grow = text ? line_at(text, g->loc.line, &gl) : NULL;
  const char *prev = text ? code_before(text, g->loc.line, &pl) : NULL;
  size_t dc = decl ? code_len(decl, dl) : 0, gc = grow ? code_len(grow, gl) : 0, gi = grow ? indent_of(grow, gl) : 0;
  /* the statement starts the line: at the grow site (g_log.push_back), or with the grow call (g_hash_table_insert() */
  size_t dn = strlen(g->detail);
  int starts = grow && (gi + 1 == g->loc.col || (gi + dn < gl && !strncmp(grow + gi, g->detail, dn) && grow[gi + dn] == '('));
  int ok = decl && grow && prev && dc && decl[dc - 1] == ';' && starts && gc && grow[gc - 1] == ';';
  if (ok) {
    char last = prev[pl - 1];
    int braced = !(last == ';' || last == '{' || last == '}' || last == ':');
    char *max = s->lang == LANG_CXX
                    ? gl_xasprintf("%.*sconstexpr std::size_t %s = 1024;  // the most '%s' keeps (growlint)\n",
                                   (int)indent_of(decl, dl), decl, val[V_MAX], s->display)
                    : gl_xasprintf("#define %s 1024 /* the most '%s' keeps (growlint) */\n", val[V_MAX], s->display);
    add_edit(out, s->loc.file, s->loc.line + 1, 1, max);
    add_edit(out, g->loc.file, g->loc.line, (unsigned)gi + 1,
             braced ? gl_xasprintf("{ %s ", guard) : gl_xasprintf("%s\n%.*s", guard, (int)gi, grow));
    if (braced) add_edit(out, g->loc.file, g->loc.line, (unsigned)gc + 1, gl_xstrdup(" }"));
  }
  free(text);
}

/* The offset of the last byte of the comment or string or character
 * literal that starts at text[i], i when none starts there, or NO_END when
 * it does not end. */
#define NO_END ((size_t)-1)
static size_t skip_noncode(const char *text, size_t i) {
  char ch = text[i];
  if (ch == '/' && text[i + 1] == '/') {
    while (text[i + 1] && text[i + 1] != '\n') i++;
  } else if (ch == '/' && text[i + 1] == '*') {
    const char *end = strstr(text + i + 2, "*/");
    return end ? (size_t)(end - text) + 1 : NO_END;
  } else if (ch == '"' || ch == '\'') {
    for (i++; text[i] && text[i] != ch; i++)
      if (text[i] == '\\' && text[i + 1]) i++;
    return text[i] ? i : NO_END;
  }
  return i;
}

/* Where the block that holds byte offset `from` of text ends: the offset of
 * its closing brace; -1 when it does not close. */
static long block_end(const char *text, size_t from) {
  int depth = 0;
  for (size_t i = from; text[i]; i++) {
    if ((i = skip_noncode(text, i)) == NO_END) return -1;
    if (text[i] == '{') depth++;
    else if (text[i] == '}' && --depth < 0) return (long)i;
  }
  return -1;
}

/* The offset of the brace that opens the block closed at offset close, or -1. */
static long block_open(const char *text, size_t close) {
  long stack[256];
  int n = 0;
  for (size_t i = 0; text[i] && i <= close; i++) {
    if ((i = skip_noncode(text, i)) == NO_END) return -1;
    if (text[i] == '{') {
      if (n == (int)(sizeof stack / sizeof *stack)) return -1;
      stack[n++] = (long)i;
    } else if (text[i] == '}') {
      if (!n) return -1;
      if (i == close) return stack[n - 1];
      n--;
    }
  }
  return -1;
}

/* The 1-based line of offset off. */
static unsigned line_of(const char *text, size_t off) {
  unsigned n = 1;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n') n++;
  return n;
}

/* The release (the text's example: clear(), free and reset) at the end of
 * the block that reads the container in full, after it has been processed:
 * the end of the consuming function when it reads it at its top level, the
 * end of the branch that sends a batch when it reads it there. Inserted on a
 * line of its own before the closing brace (or before a last `return`), at
 * the indentation of the reading statement; only when that brace starts its
 * line. A field or a function-local static read in another function, and a
 * realloc'd array whose count is not known, get no patch. */
static void make_release_patch(const Evidence *ev, const char *release, const char *example_tmpl, int tail_known,
                               Advice *out) {
  const FactStorage *s = ev->s;
  const FactOp *it = ev->iterate;
  if (!it || !it->loc.file || s->kind == SK_FIELD) return;
  if (s->kind == SK_STATIC_LOCAL && (!ev->grow_fn || !ev->iterate_fn || strcmp(ev->grow_fn, ev->iterate_fn))) return;
  if (strstr(example_tmpl, "{count") && !ev->counter) return;
  if (strstr(example_tmpl, "{tail}") && !tail_known) return; /* a drained list would keep a dangling tail */
  char *text = gl_read_file(it->loc.file, NULL, NULL);
  size_t il = 0;
  const char *line = text ? line_at(text, it->loc.line, &il) : NULL;
  long end = line ? block_end(text, (size_t)(line - text)) : -1;
  long open = end >= 0 ? block_open(text, (size_t)end) : -1;
  if (open >= 0) {
    unsigned at = line_of(text, (size_t)end), first = line_of(text, (size_t)open) + 1;
    size_t bn = 0, pl = 0, fl = 0;
    const char *brace_line = line_at(text, at, &bn);
    const char *prev = code_before(text, at, &pl);
    /* the block's statements are indented as its first one */
    const char *first_line = first < at ? line_at(text, first, &fl) : NULL;
    while (first_line && first < at && code_len(first_line, fl) == indent_of(first_line, fl))
      first_line = ++first < at ? line_at(text, first, &fl) : NULL;
    int starts = brace_line && text + end == brace_line + indent_of(brace_line, bn) && first_line;
    if (starts && prev && prev > line) { /* a last return of the block, at its level */
      size_t pi = indent_of(prev, pl);
      if (pi == indent_of(first_line, fl) && !strncmp(prev + pi, "return", 6) &&
          !isalnum((unsigned char)prev[pi + 6]) && prev[pi + 6] != '_')
        at = line_of(text, (size_t)(prev - text));
    }
    if (starts)
      add_edit(out, it->loc.file, at, 1,
               gl_xasprintf("%.*s%s\n", (int)indent_of(first_line, fl), first_line, release));
  }
  free(text);
}

void advice_edit_free(void *p) {
  Edit *e = p;
  if (!e) return;
  free(e->file);
  free(e->text);
  free(e);
}

/* The class of a Python instance registry: C of a grow in 'C.__init__'
 * (Job.instances.append(self)), or NULL (owned). */
static char *python_registered_class(const Evidence *ev) {
  const char *fn = ev->grow_fn;
  size_t n = fn ? strlen(fn) : 0, tail = strlen(".__init__");
  if (ev->s->lang != LANG_PYTHON || (ev->s->elem && *ev->s->elem) || n <= tail || strcmp(fn + n - tail, ".__init__"))
    return NULL;
  const char *start = fn + n - tail;
  while (start > fn && start[-1] != '.') start--;
  return gl_xstrndup(start, (size_t)(fn + n - tail - start));
}

void advice_decide(const RuleSet *rs, const Evidence *ev, Advice *out) {
  memset(out, 0, sizeof *out);
  const FactStorage *s = ev->s;
  char *registered = python_registered_class(ev);
  char *pointee = registered ? gl_xstrdup(registered) : pointee_of(s);
  out->reason = choose(ev, pointee, &out->fix);
  StorageTraits st = {s->family, s->kind, s->lang, s->model, out->reason, grow_kind(ev)};
  const Fix *fx = rules_fix_for(rs, out->fix, &st);
  if (!fx) {
    free(pointee);
    free(registered);
    return;
  }
  char *val[V_COUNT_] = {0};
  int tail_known = set_vars(ev, out->reason, pointee, val, registered); /* takes pointee */
  free(registered);
  StrBuf sb = {0};
  sb_appendf(&sb, "suggested fix (%s): ", out->fix);
  fill(&sb, fx->text, val);
  if (fx->example && *fx->example) {
    sb_append(&sb, "; for example: ");
    fill(&sb, fx->example, val);
  }
  out->note = sb_steal(&sb);
  if (fx->patch && fx->example) {
    StrBuf ex = {0};
    fill(&ex, fx->example, val);
    if (!strcmp(fx->patch, "guard")) make_guard_patch(ev, sb_cstr(&ex), val, out);
    else if (!strcmp(fx->patch, "release")) make_release_patch(ev, sb_cstr(&ex), fx->example, tail_known, out);
    sb_free(&ex);
  }
  for (int i = 0; i < V_COUNT_; i++) free(val[i]);
}

void advice_clear(Advice *a) {
  if (!a) return;
  free(a->note);
  a->note = NULL;
  pv_free(&a->edits, advice_edit_free);
}
