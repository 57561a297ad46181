/* report_html.c - the static HTML report (report_html.h).
 *
 * The page is built in one StrBuf and written once, atomically. Everything
 * that comes from the input (paths, messages, source lines, reasons) goes
 * through put_text, which escapes HTML and replaces invalid UTF-8, so a
 * finding can never inject markup or script into the page.
 *
 * The findings are rendered on the server side, so the page reads well
 * without its script: the script only hides the findings the filters
 * exclude (each <article> carries data-rule, data-state, data-triage and
 * data-path) and toggles the chart's series. Each finding's marks (its
 * declaration and every note but the fix) are drawn under the source lines
 * they point at, a caret at the column, grouped by file, with two lines of
 * context; the fix note is shown apart, as the text reporter ends with it.
 * Source lines are read when the page is written; a fixed finding's marks
 * are listed without them, since its file has changed since it was seen.
 */
#include "report_html.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { CONTEXT = 2 }; /* source lines shown around a mark */

void html_finding_free(void *p) {
  HtmlFinding *f = p;
  if (!f) return;
  free(f->fingerprint); free(f->rule); free(f->container); free(f->file); free(f->message); free(f->fix);
  free(f->state); free(f->triage); free(f->triage_reason); free(f->triage_from); free(f->suppressed);
  free(f->notes_json);
  free(f);
}

void html_run_free(void *p) {
  HtmlRun *r = p;
  if (!r) return;
  free(r->started); free(r->status); free(r->git_commit);
  free(r);
}

/* ---------- text ---------- */

/* Appends s HTML-escaped, invalid UTF-8 replaced; NULL appends nothing. */
static void put_text(StrBuf *sb, const char *s) {
  if (!s) return;
  char *clean = gl_utf8_sanitize(s);
  for (const char *p = clean; *p; p++) {
    switch (*p) {
    case '&': sb_append(sb, "&amp;"); break;
    case '<': sb_append(sb, "&lt;"); break;
    case '>': sb_append(sb, "&gt;"); break;
    case '"': sb_append(sb, "&quot;"); break;
    case '\'': sb_append(sb, "&#39;"); break;
    default: sb_appendn(sb, p, 1);
    }
  }
  free(clean);
}

/* What a note is, for its colour and its class: ORDER as note_kinds' names. */
typedef enum {
  MARK_DECL,  /* the container's declaration (the warning itself) */
  MARK_OWNER, /* the static object holding a field */
  MARK_GROW,  /* a repeating grow site */
  MARK_CHAIN, /* a call on the way from the loop or entry to the grow site */
  MARK_LOOP,  /* the loop that repeats */
  MARK_ENTRY, /* the long-lived entry (a thread, a callback) */
  MARK_FIX,   /* the suggested fix */
  MARK_NOTE   /* any other note */
} MarkKind;

static const char *const mark_names[] = {"decl", "owner", "grow", "chain", "loop", "entry", "fix", "note"};

/* A note's kind, from the words link.c writes it with. */
static MarkKind note_kind(const char *message) {
  static const struct { const char *words; int at_start; MarkKind kind; } kinds[] = {
      {"suggested fix", 1, MARK_FIX},
      {"this loop ", 1, MARK_LOOP},
      {"' grows here (", 0, MARK_GROW},
      {"' is long-lived: ", 0, MARK_ENTRY},
      {"' is called here by '", 0, MARK_CHAIN},
      {"' is the static object that holds it", 0, MARK_OWNER},
  };
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
    if (kinds[i].at_start ? !strncmp(message, kinds[i].words, strlen(kinds[i].words))
                          : strstr(message, kinds[i].words) != NULL)
      return kinds[i].kind;
  return MARK_NOTE;
}

/* ---------- source files ---------- */

/* A source file split into lines; lines NULL when it could not be read. */
typedef struct {
  char *text;    /* owned; the lines point into it */
  char **lines;  /* owned array of nlines pointers */
  size_t nlines;
} Source;

static void source_free(void *p) {
  Source *s = p;
  if (!s) return;
  free(s->text);
  free(s->lines);
  free(s);
}

/* The file at path, read once per page (cache: path -> Source*). */
static const Source *source_get(StrMap *cache, const char *path) {
  Source *s = sm_get(cache, path);
  if (s) return s;
  s = gl_xcalloc(1, sizeof *s);
  GlError err = {{0}};
  size_t len = 0;
  if (*path && (s->text = gl_read_file(path, &len, &err)) && !memchr(s->text, '\0', len)) {
    size_t cap = 64;
    s->lines = gl_xmalloc(cap * sizeof *s->lines);
    for (char *p = s->text; *p;) {
      if (s->nlines == cap) s->lines = gl_xrealloc(s->lines, (cap *= 2) * sizeof *s->lines);
      s->lines[s->nlines++] = p;
      char *nl = strchr(p, '\n');
      if (!nl) break;
      *nl = '\0';
      if (nl > p && nl[-1] == '\r') nl[-1] = '\0';
      p = nl + 1;
    }
  } else {
    free(s->text);
    s->text = NULL;
  }
  sm_put(cache, path, s);
  return s;
}

/* ---------- one finding ---------- */

typedef struct {
  const char *file;    /* borrowed from the finding or its notes */
  unsigned line, col;
  MarkKind kind;
  char *message;       /* owned */
  size_t order;        /* the note's place, so that marks on one line keep the finding's order */
} Mark;

static int cmp_mark(const void *a, const void *b) {
  const Mark *x = *(Mark *const *)a, *y = *(Mark *const *)b;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static void mark_free(void *p) {
  Mark *m = p;
  free(m->message);
  free(m);
}

/* The row under a source line: spaces (tabs kept) up to the column, a caret, the message. */
static void put_mark_row(StrBuf *sb, const char *src_line, const Mark *m) {
  sb_appendf(sb, "<tr class=\"mark k-%s\"><td class=\"ln\"></td><td class=\"code\">", mark_names[m->kind]);
  StrBuf pad = {0};
  for (unsigned i = 1; src_line && i < m->col && src_line[i - 1]; i++) {
    unsigned char ch = (unsigned char)src_line[i - 1];
    if (ch == '\t') sb_append(&pad, "\t");
    else if ((ch & 0xC0) != 0x80) sb_append(&pad, " "); /* one space per character, not per byte */
  }
  sb_append(sb, sb_cstr(&pad));
  sb_free(&pad);
  sb_append(sb, "<span class=\"caret\">^</span> <span class=\"msg\">");
  put_text(sb, m->message);
  sb_append(sb, "</span></td></tr>\n");
}

/* One file's marks over its lines: windows of context, merged when they touch. */
static void put_file_marks(StrBuf *sb, const char *shown, const Source *src, PtrVec *marks) {
  qsort(marks->items, marks->len, sizeof *marks->items, cmp_mark);
  sb_append(sb, "<div class=\"src\"><div class=\"file\">");
  put_text(sb, shown);
  sb_append(sb, "</div><table>\n");
  size_t i = 0, last_shown = 0;
  while (i < marks->len) {
    const Mark *m = marks->items[i];
    size_t from = m->line > CONTEXT ? m->line - CONTEXT : 1, to = m->line + CONTEXT;
    size_t j = i; /* the marks of this window: those within reach of the window's end */
    while (j < marks->len && ((const Mark *)marks->items[j])->line <= to + CONTEXT + 1) {
      size_t end = ((const Mark *)marks->items[j])->line + CONTEXT;
      if (end > to) to = end;
      j++;
    }
    if (to > src->nlines) to = src->nlines;
    if (from <= last_shown) from = last_shown + 1;
    if (last_shown && from > last_shown + 1) sb_append(sb, "<tr class=\"gap\"><td class=\"ln\">&#8942;</td><td></td></tr>\n");
    for (size_t ln = from; ln <= to; ln++) {
      int marked = 0;
      for (size_t k = i; k < j; k++) marked |= ((const Mark *)marks->items[k])->line == ln;
      const Mark *first = NULL;
      for (size_t k = i; k < j && !first; k++)
        if (((const Mark *)marks->items[k])->line == ln) first = marks->items[k];
      sb_appendf(sb, "<tr class=\"line%s%s\" data-line=\"%zu\"><td class=\"ln\">%zu</td><td class=\"code\">",
                 marked ? " hl k-" : "", marked ? mark_names[first->kind] : "", ln, ln);
      put_text(sb, src->lines[ln - 1]);
      sb_append(sb, "</td></tr>\n");
      for (size_t k = i; k < j; k++)
        if (((const Mark *)marks->items[k])->line == ln) put_mark_row(sb, src->lines[ln - 1], marks->items[k]);
    }
    last_shown = to;
    i = j;
  }
  sb_append(sb, "</table></div>\n");
}

/* A mark whose source cannot be shown: a line of its own. */
static void put_loose_mark(StrBuf *sb, const char *shown, const Mark *m) {
  sb_appendf(sb, "<li class=\"k-%s\"><span class=\"loc\">", mark_names[m->kind]);
  put_text(sb, *shown ? shown : "?");
  sb_appendf(sb, ":%u:%u</span> ", m->line, m->col);
  put_text(sb, m->message);
  sb_append(sb, "</li>\n");
}

/* The finding's marks, grouped by file in the order the files first appear. */
static void put_marks(StrBuf *sb, const HtmlReport *r, const HtmlFinding *f, json_t *notes, StrMap *cache) {
  PtrVec all = {0}, files = {0}, loose = {0};
  Mark *decl = gl_xcalloc(1, sizeof *decl);
  *decl = (Mark){f->file, f->line, f->col, MARK_DECL, gl_xasprintf("'%s' is declared here", f->container), 0};
  pv_push(&all, decl);
  size_t i;
  json_t *n;
  json_array_foreach(notes, i, n) {
    const char *msg = json_string_value(json_object_get(n, "message"));
    const char *file = json_string_value(json_object_get(n, "file"));
    if (!msg || note_kind(msg) == MARK_FIX) continue;
    Mark *m = gl_xcalloc(1, sizeof *m);
    *m = (Mark){file ? file : "", (unsigned)json_integer_value(json_object_get(n, "line")),
                (unsigned)json_integer_value(json_object_get(n, "column")), note_kind(msg), gl_xstrdup(msg), i + 1};
    pv_push(&all, m);
  }
  for (i = 0; i < all.len; i++) {
    const char *file = ((Mark *)all.items[i])->file;
    int seen = 0;
    for (size_t k = 0; k < files.len && !seen; k++) seen = !strcmp(files.items[k], file);
    if (!seen) pv_push(&files, (void *)file);
  }
  /* a fixed finding's lines are those of the run that last saw it: its file has changed since */
  int fixed = !strcmp(f->state, "fixed");
  for (size_t k = 0; k < files.len; k++) {
    const char *file = files.items[k];
    const Source *src = source_get(cache, file);
    PtrVec here = {0};
    for (i = 0; i < all.len; i++) {
      Mark *m = all.items[i];
      if (strcmp(m->file, file)) continue;
      if (src->text && m->line >= 1 && m->line <= src->nlines && !fixed) pv_push(&here, m);
      else pv_push(&loose, m);
    }
    char *shown = gl_path_relative(file, r->root);
    if (here.len) put_file_marks(sb, shown, src, &here);
    free(shown);
    pv_free(&here, NULL);
  }
  if (loose.len) {
    sb_append(sb, "<ul class=\"loose\">\n");
    for (i = 0; i < loose.len; i++) {
      const Mark *m = loose.items[i];
      char *shown = gl_path_relative(m->file, r->root);
      put_loose_mark(sb, shown, m);
      free(shown);
    }
    sb_append(sb, "</ul>\n");
  }
  pv_free(&loose, NULL);
  pv_free(&files, NULL);
  pv_free(&all, mark_free);
}

static void put_finding(StrBuf *sb, const HtmlReport *r, const HtmlFinding *f, StrMap *cache) {
  char *shown = gl_path_relative(f->file, r->root);
  sb_append(sb, "<article class=\"finding\" id=\"f-");
  put_text(sb, f->fingerprint);
  sb_append(sb, "\" data-rule=\"");
  put_text(sb, f->rule);
  sb_append(sb, "\" data-state=\"");
  put_text(sb, f->state);
  sb_append(sb, "\" data-triage=\"");
  put_text(sb, f->triage ? f->triage : "none");
  sb_append(sb, "\" data-path=\"");
  put_text(sb, shown);
  sb_append(sb, "\">\n<header><span class=\"badge state state-");
  put_text(sb, f->state);
  sb_append(sb, "\">");
  put_text(sb, f->state);
  sb_append(sb, "</span> <span class=\"rule\">");
  put_text(sb, f->rule);
  sb_append(sb, "</span> <code class=\"container\">");
  put_text(sb, f->container);
  sb_append(sb, "</code> <span class=\"loc\">");
  put_text(sb, shown);
  sb_appendf(sb, ":%u:%u</span>", f->line, f->col);
  if (f->triage) {
    sb_append(sb, " <span class=\"badge triage triage-");
    put_text(sb, f->triage);
    sb_append(sb, "\">triaged ");
    put_text(sb, f->triage);
    sb_append(sb, "</span>");
  }
  if (f->suppressed) sb_append(sb, " <span class=\"badge suppressed\">suppressed</span>");
  sb_append(sb, "</header>\n<p class=\"message\">");
  put_text(sb, f->message);
  sb_append(sb, "</p>\n");
  if (f->triage) {
    sb_append(sb, "<p class=\"triage-reason\">triaged ");
    put_text(sb, f->triage);
    if (f->triage_from) {
      sb_append(sb, " in ");
      put_text(sb, f->triage_from);
    }
    sb_append(sb, ": ");
    put_text(sb, f->triage_reason);
    sb_append(sb, "</p>\n");
  }
  if (f->suppressed) {
    sb_append(sb, "<p class=\"suppressed-reason\">suppressed inline: ");
    put_text(sb, f->suppressed);
    sb_append(sb, "</p>\n");
  }
  json_error_t jerr;
  json_t *notes = json_loads(f->notes_json ? f->notes_json : "[]", 0, &jerr);
  if (!json_is_array(notes)) {
    json_decref(notes);
    notes = json_array();
  }
  put_marks(sb, r, f, notes, cache);
  size_t i;
  json_t *n;
  json_array_foreach(notes, i, n) {
    const char *msg = json_string_value(json_object_get(n, "message"));
    if (!msg || note_kind(msg) != MARK_FIX) continue;
    sb_append(sb, "<p class=\"fix\">");
    put_text(sb, msg);
    sb_append(sb, "</p>\n");
  }
  json_decref(notes);
  sb_appendf(sb, "<footer>fingerprint <code>");
  put_text(sb, f->fingerprint);
  sb_appendf(sb, "</code> &middot; <code>growlint show %lld</code></footer>\n</article>\n", (long long)f->id);
  free(shown);
}

/* ---------- filters ---------- */

static void put_option(StrBuf *sb, const char *value, const char *label) {
  sb_append(sb, "<option value=\"");
  put_text(sb, value);
  sb_append(sb, "\">");
  put_text(sb, label);
  sb_append(sb, "</option>");
}

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void put_filters(StrBuf *sb, const HtmlReport *r) {
  static const char *const states[] = {"new", "unchanged", "reopened", "fixed", "unknown"};
  static const char *const triages[] = {"none", "false-positive", "intentional", "confirmed"};
  PtrVec rules = {0};
  StrMap seen = {0};
  for (size_t i = 0; i < r->findings->len; i++) {
    const HtmlFinding *f = r->findings->items[i];
    if (!sm_get(&seen, f->rule)) {
      sm_put(&seen, f->rule, (void *)1);
      pv_push(&rules, f->rule);
    }
  }
  if (rules.len) qsort(rules.items, rules.len, sizeof *rules.items, cmp_cstr);
  sb_append(sb, "<form id=\"filters\" onsubmit=\"return false\">\n<label>rule <select id=\"f-rule\">");
  put_option(sb, "", "any");
  for (size_t i = 0; i < rules.len; i++) put_option(sb, rules.items[i], rules.items[i]);
  sb_append(sb, "</select></label>\n<label>state <select id=\"f-state\">");
  put_option(sb, "", "any");
  for (size_t i = 0; i < sizeof states / sizeof *states; i++) put_option(sb, states[i], states[i]);
  sb_append(sb, "</select></label>\n<label>triage <select id=\"f-triage\">");
  put_option(sb, "", "any");
  for (size_t i = 0; i < sizeof triages / sizeof *triages; i++) put_option(sb, triages[i], triages[i]);
  sb_append(sb, "</select></label>\n<label>path <input id=\"f-path\" type=\"search\" "
                "placeholder=\"text or glob: src/net/*\"></label>\n"
                "<button type=\"button\" id=\"f-reset\">show all</button>\n");
  sb_appendf(sb, "<span id=\"count\"><span id=\"shown\">%zu</span> of %zu findings shown</span>\n</form>\n",
             r->findings->len, r->findings->len);
  pv_free(&rules, NULL);
  sm_free(&seen, NULL);
}

/* ---------- the history chart ---------- */

enum { CW = 760, CH = 240, ML = 44, MR = 16, MT = 16, MB = 34 };

static void put_chart(StrBuf *sb, const HtmlReport *r) {
  const PtrVec *runs = r->runs;
  int max = 1;
  for (size_t i = 0; i < runs->len; i++) {
    const HtmlRun *run = runs->items[i];
    if (run->findings > max) max = run->findings;
    if (run->new_findings > max) max = run->new_findings;
    if (run->fixed_findings > max) max = run->fixed_findings;
  }
  double pw = CW - ML - MR, ph = CH - MT - MB, step = runs->len ? pw / (double)runs->len : pw;
  double bar = step * 0.3 > 18 ? 18 : step * 0.3;
#define Y(v) (MT + ph - ph * (double)(v) / (double)max)
  sb_appendf(sb, "<section id=\"history\"><h2>History</h2>\n<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                 "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"findings, new and fixed "
                 "per run\" data-runs=\"%zu\" data-max=\"%d\">\n",
             CW, CH, CW, CH, runs->len, max);
  /* axes and three ticks */
  for (int t = 0; t <= 2; t++) {
    int v = max * t / 2;
    sb_appendf(sb, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                   "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
               ML, CW - MR, Y(v), Y(v), ML - 6, Y(v) + 4, v);
  }
  /* the total as a line */
  sb_append(sb, "<polyline class=\"s-findings\" points=\"");
  for (size_t i = 0; i < runs->len; i++) {
    const HtmlRun *run = runs->items[i];
    sb_appendf(sb, "%s%.1f,%.1f", i ? " " : "", ML + step * ((double)i + 0.5), Y(run->findings));
  }
  sb_append(sb, "\"/>\n");
  size_t label_every = runs->len / 12 + 1;
  for (size_t i = 0; i < runs->len; i++) {
    const HtmlRun *run = runs->items[i];
    double cx = ML + step * ((double)i + 0.5);
    sb_appendf(sb, "<g class=\"run\" data-run=\"%lld\" data-findings=\"%d\" data-new=\"%d\" data-fixed=\"%d\" "
                   "data-status=\"",
               (long long)run->id, run->findings, run->new_findings, run->fixed_findings);
    put_text(sb, run->status);
    sb_appendf(sb, "\"><title>run %lld (", (long long)run->id);
    put_text(sb, run->status);
    sb_append(sb, ", ");
    put_text(sb, run->started);
    if (run->git_commit) sb_appendf(sb, ", %.12s", run->git_commit);
    sb_appendf(sb, "): %d findings, %d new, %d fixed</title>\n", run->findings, run->new_findings,
               run->fixed_findings);
    sb_appendf(sb, "<rect class=\"hit\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\"/>\n", ML + step * i, MT,
               step, ph);
    sb_appendf(sb, "<rect class=\"s-new\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>\n", cx - bar,
               Y(run->new_findings), bar, MT + ph - Y(run->new_findings));
    sb_appendf(sb, "<rect class=\"s-fixed\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>\n", cx,
               Y(run->fixed_findings), bar, MT + ph - Y(run->fixed_findings));
    sb_appendf(sb, "<circle class=\"s-findings\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>\n", cx, Y(run->findings));
    if (i % label_every == 0 || i + 1 == runs->len)
      sb_appendf(sb, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%lld</text>\n", cx,
                 CH - MB + 16, (long long)run->id);
    sb_append(sb, "</g>\n");
  }
  sb_appendf(sb, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">run</text>\n", ML + (int)pw / 2,
             CH - 4);
  sb_append(sb, "</svg>\n<p class=\"legend\">"
                "<button type=\"button\" data-series=\"findings\"><i class=\"sw s-findings\"></i>findings</button> "
                "<button type=\"button\" data-series=\"new\"><i class=\"sw s-new\"></i>new</button> "
                "<button type=\"button\" data-series=\"fixed\"><i class=\"sw s-fixed\"></i>fixed</button> "
                "<span id=\"run-detail\">click a run for its numbers</span></p>\n</section>\n");
#undef Y
}

/* ---------- the page ---------- */

static const char style[] =
    ":root{--fg:#1d2330;--muted:#5c6577;--line:#d9dee8;--bg:#f6f7fa;--grow:#c2410c;--loop:#7c3aed;"
    "--chain:#2563eb;--entry:#0f766e;--decl:#b91c1c;--owner:#a16207;--new:#ea580c;--fixed:#16a34a;--total:#334155}\n"
    "body{font:15px/1.45 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;"
    "padding:0 20px 40px}\n"
    "h1{font-size:22px;margin:20px 0 4px}h2{font-size:17px;margin:20px 0 8px}.meta{color:var(--muted);margin:0}\n"
    "code,.src{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}\n"
    "#filters{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:center;background:#fff;border:1px solid "
    "var(--line);border-radius:6px;padding:10px 12px;position:sticky;top:0;z-index:1}\n"
    "#filters select,#filters input{font:inherit;padding:2px 4px}#count{color:var(--muted);margin-left:auto}\n"
    ".finding{background:#fff;border:1px solid var(--line);border-radius:6px;margin:12px 0;padding:10px 14px}\n"
    ".finding header{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}.rule{font-weight:600}\n"
    ".loc{color:var(--muted)}.message{margin:6px 0}.badge{font-size:12px;border-radius:10px;padding:1px 8px;"
    "background:#e2e8f0}\n"
    ".state-new,.state-reopened{background:#ffedd5;color:#9a3412}.state-fixed{background:#dcfce7;color:#166534}"
    ".state-unknown{background:#fef9c3}.triage{background:#e0e7ff;color:#3730a3}.suppressed{background:#f1f5f9}\n"
    ".triage-reason,.suppressed-reason{color:var(--muted);margin:4px 0}\n"
    ".src{border:1px solid var(--line);border-radius:4px;margin:8px 0;overflow-x:auto}\n"
    ".src .file{background:#eef1f6;padding:2px 8px;border-bottom:1px solid var(--line)}\n"
    ".src table{border-collapse:collapse;width:100%}.src td{white-space:pre;padding:0 8px;tab-size:4}\n"
    ".src td.ln{color:var(--muted);text-align:right;width:1%;user-select:none;border-right:1px solid var(--line)}\n"
    "tr.hl td.code{background:#fff7ed}tr.mark td.code{font-weight:600}\n"
    ".k-grow{--k:var(--grow)}.k-loop{--k:var(--loop)}.k-chain{--k:var(--chain)}.k-entry{--k:var(--entry)}"
    ".k-decl{--k:var(--decl)}.k-owner{--k:var(--owner)}.k-note{--k:var(--muted)}\n"
    "tr.mark td.code{color:var(--k)}tr.hl td.code{box-shadow:inset 3px 0 var(--k)}.loose li{color:var(--k)}\n"
    ".fix{background:#f0fdf4;border-left:3px solid var(--fixed);padding:6px 10px;margin:8px 0;white-space:pre-wrap}\n"
    "footer{color:var(--muted);font-size:13px}#none-shown{color:var(--muted)}\n"
    "#chart{background:#fff;border:1px solid var(--line);border-radius:6px;max-width:100%;height:auto}\n"
    "#chart .grid{stroke:var(--line)}#chart .tick,#chart .axis{font-size:11px;fill:var(--muted)}\n"
    "#chart polyline.s-findings{fill:none;stroke:var(--total);stroke-width:2}#chart circle.s-findings{fill:var(--total)}\n"
    "#chart rect.s-new{fill:var(--new)}#chart rect.s-fixed{fill:var(--fixed)}#chart rect.hit{fill:transparent;"
    "cursor:pointer}#chart g.run.selected rect.hit{fill:#e2e8f0}\n"
    "#chart.hide-findings .s-findings,#chart.hide-new .s-new,#chart.hide-fixed .s-fixed{display:none}\n"
    ".legend button{font:inherit;background:#fff;border:1px solid var(--line);border-radius:4px;cursor:pointer}"
    ".legend button.off{opacity:.4;text-decoration:line-through}\n"
    ".sw{display:inline-block;width:10px;height:10px;margin-right:5px;border-radius:2px}.sw.s-findings{background:"
    "var(--total)}.sw.s-new{background:var(--new)}.sw.s-fixed{background:var(--fixed)}#run-detail{color:var(--muted);"
    "margin-left:8px}\n";

/* The page's behaviour: the filters hide findings, the legend hides a series,
 * a click on a run shows its numbers. Written for this page. */
static const char script[] =
    "(function () {\n"
    "  'use strict';\n"
    "  var byId = function (id) { return document.getElementById(id); };\n"
    "  var rule = byId('f-rule'), state = byId('f-state'), triage = byId('f-triage'), path = byId('f-path');\n"
    "  var findings = document.querySelectorAll('article.finding');\n"
    "  /* a path filter: text matches anywhere; with * or ? it is a glob over the path or a tail of it */\n"
    "  function pathTest(text) {\n"
    "    if (!text) return function () { return true; };\n"
    "    if (!/[*?]/.test(text)) return function (p) { return p.indexOf(text) >= 0; };\n"
    "    var re = '';\n"
    "    for (var i = 0; i < text.length; i++) {\n"
    "      var ch = text.charAt(i);\n"
    "      if (ch === '*') re += '.*';\n"
    "      else if (ch === '?') re += '[^/]';\n"
    "      else re += ch.replace(/[\\\\^$.|+()\\[\\]{}]/g, '\\\\$&');\n"
    "    }\n"
    "    var glob = new RegExp('(^|/)' + re + '$');\n"
    "    return function (p) { return glob.test(p); };\n"
    "  }\n"
    "  function apply() {\n"
    "    var onPath = pathTest(path.value.trim()), shown = 0;\n"
    "    for (var i = 0; i < findings.length; i++) {\n"
    "      var f = findings[i], d = f.dataset;\n"
    "      var keep = (!rule.value || d.rule === rule.value) && (!state.value || d.state === state.value) &&\n"
    "                 (!triage.value || d.triage === triage.value) && onPath(d.path);\n"
    "      f.hidden = !keep;\n"
    "      if (keep) shown++;\n"
    "    }\n"
    "    byId('shown').textContent = String(shown);\n"
    "    byId('none-shown').hidden = shown !== 0;\n"
    "  }\n"
    "  [rule, state, triage].forEach(function (e) { e.addEventListener('change', apply); });\n"
    "  path.addEventListener('input', apply);\n"
    "  byId('f-reset').addEventListener('click', function () {\n"
    "    rule.value = ''; state.value = ''; triage.value = ''; path.value = ''; apply();\n"
    "  });\n"
    "  var chart = byId('chart');\n"
    "  document.querySelectorAll('.legend button[data-series]').forEach(function (b) {\n"
    "    b.addEventListener('click', function () {\n"
    "      var off = b.classList.toggle('off');\n"
    "      chart.classList.toggle('hide-' + b.getAttribute('data-series'), off);\n"
    "    });\n"
    "  });\n"
    "  chart.querySelectorAll('g.run').forEach(function (g) {\n"
    "    g.addEventListener('click', function () {\n"
    "      chart.querySelectorAll('g.run.selected').forEach(function (o) { o.classList.remove('selected'); });\n"
    "      g.classList.add('selected');\n"
    "      var d = g.dataset;\n"
    "      byId('run-detail').textContent = 'run ' + d.run + ' (' + d.status + '): ' + d.findings +\n"
    "        ' findings, ' + d.new + ' new, ' + d.fixed + ' fixed';\n"
    "    });\n"
    "  });\n"
    "  apply();\n"
    "})();\n";

static char *page(const HtmlReport *r) {
  StrBuf sb = {0};
  StrMap cache = {0};
  sb_appendf(&sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"growlint %s\">\n"
                  "<title>growlint report: run %lld</title>\n<style>\n",
             r->tool_version, (long long)r->run_id);
  sb_append(&sb, style);
  sb_append(&sb, "</style>\n</head>\n<body>\n<h1>growlint report</h1>\n<p class=\"meta\">");
  const HtmlRun *this_run = NULL;
  for (size_t i = 0; i < r->runs->len; i++)
    if (((const HtmlRun *)r->runs->items[i])->id == r->run_id) this_run = r->runs->items[i];
  sb_appendf(&sb, "run <b id=\"run-id\">%lld</b>", (long long)r->run_id);
  if (this_run) {
    sb_append(&sb, ", ");
    put_text(&sb, this_run->started);
    if (this_run->git_commit) sb_appendf(&sb, ", commit <code>%.12s</code>", this_run->git_commit);
    sb_appendf(&sb, ": %d findings, %d new, %d fixed", this_run->findings, this_run->new_findings,
               this_run->fixed_findings);
  }
  sb_append(&sb, " &middot; project <code>");
  put_text(&sb, r->root);
  sb_append(&sb, "</code></p>\n");
  put_chart(&sb, r);
  sb_append(&sb, "<section id=\"findings\"><h2>Findings</h2>\n");
  put_filters(&sb, r);
  sb_append(&sb, "<p id=\"none-shown\" hidden>No finding matches these filters.</p>\n");
  for (size_t i = 0; i < r->findings->len; i++) put_finding(&sb, r, r->findings->items[i], &cache);
  sb_append(&sb, "</section>\n<script>\n");
  sb_append(&sb, script);
  sb_append(&sb, "</script>\n</body>\n</html>\n");
  sm_free(&cache, source_free);
  return sb_steal(&sb);
}

GlResult report_html_write(const char *dir, const HtmlReport *r, char **written, GlError *err) {
  *written = NULL;
  if (!gl_is_dir(dir) && mkdir(dir, 0777) != 0) {
    gl_error_set(err, "cannot create '%s': %s", dir, strerror(errno));
    return GL_EIO;
  }
  char *path = gl_path_join(dir, "index.html");
  char *tmp = gl_xasprintf("%s.tmp", path);
  char *html = page(r);
  GlResult rc = GL_OK;
  FILE *f = fopen(tmp, "w");
  int ok = f != NULL;
  if (ok) {
    errno = 0;
    ok = fputs(html, f) >= 0;
    ok = fclose(f) == 0 && ok;
  }
  int why = errno;
  if (ok && rename(tmp, path) != 0) {
    ok = 0;
    why = errno;
  }
  if (!ok) {
    gl_error_set(err, "cannot write '%s': %s", path, strerror(why ? why : EIO));
    if (f) remove(tmp);
    rc = GL_EIO;
    free(path);
  } else {
    *written = path;
  }
  free(html);
  free(tmp);
  return rc;
}
