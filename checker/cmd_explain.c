/* cmd_explain.c - the commands that describe the rules: `rules` lists them,
 * `explain RULE` prints a rule's rationale and fixes, then each correct way
 * of its corpus case beside the mistake ("Mistake -> Correct Way").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "advice.h"
#include "cmd.h"
#include "corpus.h"
#include "report.h"

typedef struct {
  const char *checks; /* --checks GLOBS, or NULL */
  const char *format; /* --format text|json, or NULL: text */
} RulesOpts;

static const Option rules_options[] = {
    OPT_RULES("list the rules and models of DIR instead of the installed ones"),
    OPT_CONFIG("the project configuration (default: .growlint.yaml found\n"
               "walking up from the current folder)"),
    OPT_STRING(0, "checks", RulesOpts, checks, "GLOBS",
               "switch rules on or off as 'check --checks' does: '-*,growth-global-*'"),
    OPT_STRING(0, "format", RulesOpts, format, "FORMAT",
               "text (default) or json (with each rule's rationale and help\nin Markdown)"),
    OPT_END(),
};

static int rules_prepare(Cmd *c) {
  const RulesOpts *o = c->opts;
  if (!cmd_want_args(c, 0, NULL)) return 0;
  if (o->format && strcmp(o->format, "text") && strcmp(o->format, "json")) {
    cli_error(c->name, "unknown format '%s' (expected text or json)", o->format);
    return 0;
  }
  c->config_from = gl_xstrdup(c->cwd);
  return 1;
}

const CmdSpec rules_spec = {"growlint rules [--rules DIR] [--config FILE] [--checks GLOBS]",
    "Lists every rule: whether it is on (after the configuration's rules and checks, then --checks), its severity "
    "and its title.",
    rules_options, sizeof(RulesOpts), rules_prepare, NULL};

int cmd_rules(Cmd *c) {
  const RulesOpts *o = c->opts;
  GlError err = {{0}};
  if (o->checks && rules_apply_checks(c->rs, o->checks, "--checks", &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return EXIT_USAGE;
  }
  if (o->format && !strcmp(o->format, "json")) {
    json_t *list = json_array();
    for (size_t i = 0; i < c->rs->rules.len; i++) {
      const Rule *r = c->rs->rules.items[i];
      char *md = report_rule_markdown(c->rs, r);
      json_array_append_new(list, json_pack("{s:s, s:b, s:s, s:s, s:s, s:s}", "id", r->id, "on",
                                            rules_enabled(c->rs, r->id), "severity", r->severity ? r->severity : "",
                                            "title", r->title ? r->title : "", "rationale",
                                            r->rationale ? r->rationale : "", "help_markdown", md));
      free(md);
    }
    report_write_json(stdout, json_pack("{s:o}", "rules", list));
    return EXIT_CLEAN;
  }
  for (size_t i = 0; i < c->rs->rules.len; i++) {
    const Rule *r = c->rs->rules.items[i];
    printf("%-26s %-3s %-8s %s\n", r->id, rules_enabled(c->rs, r->id) ? "on" : "off", r->severity,
           r->title ? r->title : "");
  }
  return EXIT_CLEAN;
}

static void split_lines(char *text, PtrVec *lines) {
  for (char *p = text; p && *p;) {
    char *nl = strchr(p, '\n');
    if (nl) *nl = '\0';
    pv_push(lines, p);
    p = nl ? nl + 1 : NULL;
  }
}

/* The width explain fits: the terminal's columns, else 80 (not a terminal). */
static int out_width(void) {
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
  return 80;
}

/* The length of the first piece of s that fits in width columns: up to
 * the last blank that fits, else width characters (a long word is split,
 * never cut off). */
static size_t piece(const char *s, size_t width) {
  size_t n = strlen(s);
  if (n <= width) return n;
  for (size_t i = width; i > width / 2; i--)
    if (s[i] == ' ') return i;
  return width;
}

/* Prints first and text word-wrapped to width, the lines after the first
 * after indent (first wraps too when it is long: a fix's label). */
static void print_wrapped(const char *first, const char *indent, const char *text, int width) {
  char *all = gl_xasprintf("%s%s", first, text);
  const char *lead = "";
  const char *p = all;
  do {
    size_t used = strlen(lead), room = (size_t)width > used + 20 ? (size_t)width - used : 20;
    size_t n = piece(p, room);
    while (n && p[n - 1] == ' ') n--;
    printf("%s%.*s\n", lead, (int)n, p);
    p += n;
    while (*p == ' ') p++;
    lead = indent;
  } while (*p);
  free(all);
}

static void print_rule(int width) {
  for (int i = 0; i < width; i++) putchar('-');
}

/* Prints two files side by side under the headings "Mistake -> Correct Way",
 * each in half of width; a line longer than its half continues on the next
 * row, so nothing (a comment least of all) is cut off. */
static void side_by_side(const char *left_path, const char *right_path, int total) {
  char *lt = gl_read_file(left_path, NULL, NULL), *rt = gl_read_file(right_path, NULL, NULL);
  PtrVec l = {0}, r = {0};
  split_lines(lt, &l);
  split_lines(rt, &r);
  int width = (total - 3) / 2; /* "left | right" */
  const char *ln = strrchr(left_path, '/'), *rn = strrchr(right_path, '/');
  char *lh = gl_xasprintf("Mistake (%s)", ln ? ln + 1 : left_path);
  char *rh = gl_xasprintf("Correct Way (%s)", rn ? rn + 1 : right_path);
  /* the right heading wraps in its own column when it is long */
  size_t room = (size_t)(total - width - 4 > 10 ? total - width - 4 : 10);
  const char *h = rh;
  for (int first = 1; first || *h; first = 0) {
    size_t n = strlen(h);
    if (n > room) { /* at its last blank that fits, else split */
      n = room;
      while (n && h[n] != ' ') n--;
      if (!n) n = room;
    }
    while (n && h[n - 1] == ' ') n--;
    if (first) printf("%-*s -> %.*s\n", width, lh, (int)n, h);
    else printf("%*s%.*s\n", width + 4, "", (int)n, h);
    h += n;
    while (*h == ' ') h++;
  }
  print_rule(width);
  printf("   ");
  print_rule(width);
  putchar('\n');
  for (size_t i = 0; i < l.len || i < r.len; i++) {
    const char *a = i < l.len ? l.items[i] : "", *b = i < r.len ? r.items[i] : "";
    if (!*a && !*b) printf("%*s |\n", width, "");
    while (*a || *b) {
      size_t na = piece(a, (size_t)width), nb = piece(b, (size_t)width);
      if (nb) printf("%-*.*s | %.*s\n", width, (int)na, a, (int)nb, b);
      else printf("%.*s%*s |\n", (int)na, a, width - (int)na, "");
      a += na;
      b += nb;
    }
  }
  putchar('\n');
  free(lh);
  free(rh);
  pv_free(&l, NULL);
  pv_free(&r, NULL);
  free(lt);
  free(rt);
}

typedef struct {
  const char *lang; /* --lang c|c++, NULL: both */
} ExplainOpts;

static const Option explain_options[] = {
    OPT_STRING(0, "lang", ExplainOpts, lang, "LANG", "only the fixes and corpus examples of LANG: c or c++ "
               "(default: both, C first for a C rule)"),
    OPT_END(),
};

static int explain_prepare(Cmd *c) {
  const ExplainOpts *o = c->opts;
  if (o->lang && strcmp(o->lang, "c") && strcmp(o->lang, "c++")) {
    cli_error(c->name, "--lang: expected c or c++, not '%s'", o->lang);
    return 0;
  }
  return cmd_want_args(c, 1, "one rule id");
}

const CmdSpec explain_spec = {"growlint explain [--lang c|c++] RULE",
    "Prints the rule's rationale and the fixes it suggests, then a mistake from the corpus beside each correct "
    "way of writing it (\"Mistake -> Correct Way\"), per language, fitted to the terminal's width (80 columns "
    "when not a terminal).",
    explain_options, sizeof(ExplainOpts), explain_prepare, NULL};

/* The languages a fix text is written for: its lang:, else its families'
 * (class: C++; handle, realloc, list: C), else both. Bit (1 << Lang). */
static unsigned fix_langs(const Fix *f) {
  if (f->when.langs) return f->when.langs;
  unsigned langs = 0;
  if (f->when.families & (1u << FAMILY_CLASS)) langs |= 1u << LANG_CXX;
  if (f->when.families & ~(1u << FAMILY_CLASS)) langs |= 1u << LANG_C;
  return langs ? langs : (1u << LANG_C) | (1u << LANG_CXX);
}

/* Is rule a C rule (it reports only C families or the C language)? Then C comes first. */
static int c_first(const Rule *r) {
  if (r->applies.langs) return !(r->applies.langs & (1u << LANG_CXX));
  return r->applies.families && !(r->applies.families & (1u << FAMILY_CLASS));
}

static void explain_lang(const Cmd *c, const Rule *r, Lang lang, int width) {
  const char *ext = lang == LANG_C ? ".c" : ".cpp";
  PtrVec fixes = {0}; /* the texts written for the storages this rule reports */
  rules_fixes_of_rule(c->rs, r, &fixes);
  int any = 0;
  for (size_t i = 0; i < fixes.len; i++) {
    const Fix *f = fixes.items[i];
    if (!(fix_langs(f) & (1u << lang))) continue;
    if (!any++) printf("%s fixes:\n", lang == LANG_C ? "C" : "C++");
    char *label = rules_fix_label(f), *text = advice_generic(f->text);
    char *head = gl_xasprintf("fix %s: ", label);
    print_wrapped(head, "    ", text, width);
    if (f->example) {
      char *example = advice_generic(f->example);
      print_wrapped("  for example: ", "    ", example, width);
      free(example);
    }
    free(head);
    free(label);
    free(text);
  }
  pv_free(&fixes, NULL);
  if (!any) return;
  putchar('\n');
  char *dir = corpus_case_lang(r->id, lang);
  if (!dir) {
    printf("(no %s corpus example installed for this rule)\n\n", lang == LANG_C ? "C" : "C++");
    return;
  }
  PtrVec files = {0};
  corpus_case_files(dir, &files);
  for (size_t i = 1; i < files.len; i++)
    if (gl_has_suffix(files.items[i], ext)) side_by_side(files.items[0], files.items[i], width);
  pv_free(&files, free);
  free(dir);
}

int cmd_explain(Cmd *c) {
  const ExplainOpts *o = c->opts;
  const Rule *r = rules_find(c->rs, c->args.items[0]);
  if (!r) {
    cli_error(c->name, "unknown rule '%s' (see 'growlint rules')", (const char *)c->args.items[0]);
    return EXIT_USAGE;
  }
  int width = out_width();
  char *title = gl_xasprintf("%s: %s", r->id, r->title ? r->title : "");
  print_wrapped("", "    ", title, width);
  free(title);
  putchar('\n');
  if (r->rationale) {
    char *flat = gl_xstrdup(r->rationale);
    for (char *p = flat; *p; p++)
      if (*p == '\n') *p = ' ';
    for (size_t n = strlen(flat); n && flat[n - 1] == ' '; n--) flat[n - 1] = '\0';
    print_wrapped("", "", flat, width);
    free(flat);
  }
  putchar('\n');
  Lang order[2] = {LANG_CXX, LANG_C};
  if (c_first(r)) { order[0] = LANG_C; order[1] = LANG_CXX; }
  for (int i = 0; i < 2; i++)
    if (!o->lang || !strcmp(o->lang, facts_lang_name(order[i]))) explain_lang(c, r, order[i], width);
  return EXIT_CLEAN;
}
