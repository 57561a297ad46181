/* cmd_history.c - commands that read the database (history, findings, diff,
 * show), write triage and baselines, and explain rules from the corpus.
 * Each cmd_<name> parses its own options, prints text or JSON, and returns
 * an exit code (cli.h). */
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "baseline.h"
#include "cli.h"
#include "cmd.h"

/* A JSON string of s; invalid UTF-8 (a file name in another encoding) becomes U+FFFD. */
static json_t *jstr(const char *s) {
  json_t *j = json_string(s);
  if (j) return j;
  char *clean = gl_utf8_sanitize(s);
  j = json_string(clean);
  free(clean);
  return j;
}

const char history_usage[] =
    "usage: growlint history [--db PATH] [--format text|json] [--limit N]\n"
    "\n"
    "Lists the recorded runs, newest first: status, units, findings, how many\n"
    "are new and how many were fixed relative to the run before, and the git\n"
    "commit analysed.\n";
const char findings_usage[] =
    "usage: growlint findings [--db PATH] [--format text|json] [--run ID]\n"
    "                         [--state new|unchanged|reopened|fixed] [--rule RULE]\n"
    "                         [--path GLOB] [--triage false-positive|intentional|confirmed|none]\n"
    "\n"
    "Lists the findings of a run (default: the newest run).\n";
const char diff_usage[] =
    "usage: growlint diff [--db PATH] [--format text|json] RUN_A RUN_B\n"
    "\n"
    "Compares two runs: findings introduced in RUN_B, fixed since RUN_A, unchanged.\n";
const char show_usage[] =
    "usage: growlint show [--db PATH] [--format text|json] ID\n"
    "\n"
    "Shows one finding (by id or fingerprint): the whole trace, the suggested fix,\n"
    "its triage, and the corpus example of its rule.\n";
const char triage_usage[] =
    "usage: growlint triage [--db PATH] ID --as false-positive|intentional|confirmed --reason TEXT\n"
    "\n"
    "Records a decision about a finding (by id or fingerprint). Triage belongs to\n"
    "the fingerprint, so it outlives runs. A false positive or an intentional\n"
    "finding is still recorded but no longer fails 'growlint check'.\n";
const char baseline_usage[] =
    "usage: growlint baseline [--db PATH] [--run ID] --write FILE\n"
    "\n"
    "Writes the findings of a run (default: the newest complete run) to a\n"
    "portable baseline file (fingerprint, rule, path, symbol) for\n"
    "'growlint check --fail-on new --baseline FILE'.\n";
const char explain_usage[] =
    "usage: growlint explain RULE\n"
    "\n"
    "Prints the rule's rationale, then a mistake from the corpus beside each\n"
    "correct way of writing it (\"Mistake -> Correct Way\").\n";

/* Options every query command shares. */
typedef struct {
  const char *db;
  const char *format;
  const char *run;
  const char *state, *rule, *path, *triage, *as, *reason, *write, *limit;
  char *pos[4];        /* positional arguments (borrowed) */
  int npos;
  char *cwd;           /* owned */
} Opts;

/* Parses argv against the allowed option names; prints usage errors. */
static int parse(const char *cmd, const char *usage, int argc, char **argv, const char *allowed, Opts *o) {
  o->format = "text";
  o->cwd = getcwd(NULL, 0);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage, stdout);
      return -1;
    }
    static const char *const names[] = {"--db", "--format", "--run", "--state", "--rule", "--path",
                                        "--triage", "--as", "--reason", "--write", "--limit"};
    const char **slots[] = {&o->db, &o->format, &o->run, &o->state, &o->rule, &o->path,
                            &o->triage, &o->as, &o->reason, &o->write, &o->limit};
    int matched = 0;
    for (size_t n = 0; n < sizeof names / sizeof *names && !matched; n++) {
      if (!strstr(allowed, names[n])) continue;
      int r = cli_opt(argc, argv, &i, names[n], slots[n]);
      if (r < 0) {
        fprintf(stderr, "growlint %s: error: option '%s' needs a value\n", cmd, a);
        return 0;
      }
      matched = r;
    }
    if (matched) continue;
    if (a[0] == '-' && a[1]) {
      fprintf(stderr, "growlint %s: error: unknown option '%s'\n%s", cmd, a, usage);
      return 0;
    }
    if (o->npos == 4) {
      fprintf(stderr, "growlint %s: error: unexpected argument '%s'\n%s", cmd, a, usage);
      return 0;
    }
    o->pos[o->npos++] = argv[i];
  }
  if (strcmp(o->format, "text") && strcmp(o->format, "json")) {
    fprintf(stderr, "growlint %s: error: unknown format '%s' (expected text or json)\n", cmd, o->format);
    return 0;
  }
  return 1;
}

static Store *open_db(const char *cmd, Opts *o) {
  char *root = cli_project_root(o->cwd ? o->cwd : ".");
  char *path = cli_db_path(o->db, NULL, root);
  Store *st = cli_open_existing(cmd, path);
  free(root);
  free(path);
  return st;
}

static int parse_run(const char *cmd, Store *st, const char *text, int64_t *run) {
  GlError err = {{0}};
  int found = 0;
  if (!text || !*text || strspn(text, "0123456789") != strlen(text) || strlen(text) > 15) {
    fprintf(stderr, "growlint %s: error: '%s' is not a run id\n", cmd, text ? text : "");
    return 0;
  }
  *run = strtoll(text, NULL, 10);
  if (store_run_get(st, *run, NULL, NULL, &found, &err) != GL_OK || !found) {
    fprintf(stderr, "growlint %s: error: no run %s in the database\n", cmd, text);
    return 0;
  }
  return 1;
}

static char *shown(const Opts *o, const char *path) { return gl_path_relative(path, o->cwd); }

static json_t *finding_json(const Opts *o, const FindingRow *f) {
  char *p = shown(o, f->file);
  json_error_t jerr;
  json_t *notes = json_loads(f->notes_json, 0, &jerr);
  if (!notes) notes = json_array();
  size_t i;
  json_t *n;
  json_array_foreach(notes, i, n) {
    char *np = shown(o, json_string_value(json_object_get(n, "file")) ? json_string_value(json_object_get(n, "file")) : "");
    json_object_set_new(n, "file", jstr(np));
    free(np);
  }
  json_t *j = json_object();
  json_object_set_new(j, "id", json_integer(f->id));
  json_object_set_new(j, "run_id", json_integer(f->run_id));
  json_object_set_new(j, "fingerprint", jstr(f->fingerprint));
  json_object_set_new(j, "rule", jstr(f->rule));
  json_object_set_new(j, "symbol", jstr(f->symbol));
  json_object_set_new(j, "container", jstr(f->container));
  json_object_set_new(j, "file", jstr(p));
  json_object_set_new(j, "line", json_integer(f->line));
  json_object_set_new(j, "column", json_integer(f->col));
  json_object_set_new(j, "fix", jstr(f->fix));
  json_object_set_new(j, "message", jstr(f->message));
  json_object_set_new(j, "state", jstr(f->state));
  json_object_set_new(j, "suppressed", f->suppressed ? jstr(f->suppressed) : json_null());
  json_object_set_new(j, "triage", f->triage ? jstr(f->triage) : json_null());
  json_object_set_new(j, "triage_reason", f->triage_reason ? jstr(f->triage_reason) : json_null());
  json_object_set_new(j, "notes", notes);
  free(p);
  return j;
}

static int print_json(json_t *j) {
  int rc = json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(j);
  fputc('\n', stdout);
  return rc == 0;
}

/* ---------- history ---------- */

typedef struct {
  const Opts *o;
  json_t *arr;
} Ctx;

static int history_row(void *ctx, const RunRow *r) {
  Ctx *c = ctx;
  if (c->arr) {
    json_array_append_new(
        c->arr, json_pack("{s:I, s:o, s:o, s:o, s:i, s:i, s:i, s:i, s:o, s:o, s:o, s:o}", "id", (json_int_t)r->id,
                          "started", jstr(r->started), "finished", r->finished ? jstr(r->finished) : json_null(),
                          "status", jstr(r->status), "units", r->units, "findings", r->findings, "new", r->new_findings,
                          "fixed", r->fixed_findings, "git_commit",
                          r->git_commit ? jstr(r->git_commit) : json_null(), "git_branch",
                          r->git_branch ? jstr(r->git_branch) : json_null(), "tool_version", jstr(r->tool_version),
                          "clang_version", jstr(r->clang_version)));
    return 0;
  }
  printf("%-5lld %-20s %-11s %5d %8d %5d %5d  %.12s%s%s%s\n", (long long)r->id, r->started, r->status, r->units,
         r->findings, r->new_findings, r->fixed_findings, r->git_commit ? r->git_commit : "-",
         r->git_branch ? " (" : "", r->git_branch ? r->git_branch : "", r->git_branch ? ")" : "");
  return 0;
}

int cmd_history(int argc, char **argv) {
  Opts o = {0};
  int p = parse("history", history_usage, argc, argv, "--db --format --limit", &o);
  int code = EXIT_USAGE;
  Store *st = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  if (o.npos) {
    fprintf(stderr, "growlint history: error: unexpected argument '%s'\n", o.pos[0]);
    goto done;
  }
  int limit = o.limit ? atoi(o.limit) : 0;
  if (o.limit && limit <= 0) {
    fprintf(stderr, "growlint history: error: --limit needs a positive number, not '%s'\n", o.limit);
    goto done;
  }
  if (!(st = open_db("history", &o))) goto done;
  Ctx c = {&o, !strcmp(o.format, "json") ? json_array() : NULL};
  if (!c.arr) printf("%-5s %-20s %-11s %5s %8s %5s %5s  %s\n", "RUN", "STARTED", "STATUS", "UNITS", "FINDINGS", "NEW",
                     "FIXED", "COMMIT");
  GlError err = {{0}};
  if (store_runs(st, limit, history_row, &c, &err) != GL_OK) {
    fprintf(stderr, "growlint history: error: %s\n", err.msg);
    json_decref(c.arr);
    goto done;
  }
  if (c.arr) print_json(json_pack("{s:o}", "runs", c.arr));
  code = cmd_finish(EXIT_CLEAN);
done:
  store_close(st);
  free(o.cwd);
  return code;
}

/* ---------- findings ---------- */

static int finding_line(void *ctx, const FindingRow *f) {
  Ctx *c = ctx;
  if (c->arr) {
    json_array_append_new(c->arr, finding_json(c->o, f));
    return 0;
  }
  char *p = shown(c->o, f->file);
  char *loc = gl_xasprintf("%s:%u:%u", p, f->line, f->col);
  printf("%-6lld %-10s %-15s %-40s %-25s %s%s\n", (long long)f->id, f->state, f->triage ? f->triage : "-", loc,
         f->rule, f->container, f->suppressed ? " (suppressed)" : "");
  free(loc);
  free(p);
  return 0;
}

/* The newest complete run; prints an error when there is none. */
static int latest_run(const char *cmd, Store *st, int64_t *run) {
  GlError err = {{0}};
  if (store_last_complete_run(st, 0, NULL, 0, run, &err) != GL_OK) {
    fprintf(stderr, "growlint %s: error: %s\n", cmd, err.msg);
    return 0;
  }
  if (!*run) {
    fprintf(stderr, "growlint %s: error: the database has no complete run yet\n", cmd);
    return 0;
  }
  return 1;
}

int cmd_findings(int argc, char **argv) {
  Opts o = {0};
  int p = parse("findings", findings_usage, argc, argv, "--db --format --run --state --rule --path --triage", &o);
  int code = EXIT_USAGE;
  Store *st = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  static const char *const states[] = {"new", "unchanged", "reopened", "fixed"};
  static const char *const triages[] = {"false-positive", "intentional", "confirmed", "none"};
  int ok_state = !o.state, ok_triage = !o.triage;
  for (int i = 0; i < 4; i++) {
    ok_state |= o.state && !strcmp(o.state, states[i]);
    ok_triage |= o.triage && !strcmp(o.triage, triages[i]);
  }
  if (!ok_state || !ok_triage) {
    fprintf(stderr, "growlint findings: error: unknown %s '%s'\n", ok_state ? "triage" : "state",
            ok_state ? o.triage : o.state);
    goto done;
  }
  if (!(st = open_db("findings", &o))) goto done;
  int64_t run = 0;
  if (o.run ? !parse_run("findings", st, o.run, &run) : !latest_run("findings", st, &run)) goto done;
  FindingFilter flt = {run, o.state, o.rule, o.path, o.triage};
  Ctx c = {&o, !strcmp(o.format, "json") ? json_array() : NULL};
  if (!c.arr) printf("%-6s %-10s %-15s %-40s %-25s %s\n", "ID", "STATE", "TRIAGE", "LOCATION", "RULE", "CONTAINER");
  GlError err = {{0}};
  if (store_findings(st, &flt, finding_line, &c, &err) != GL_OK) {
    fprintf(stderr, "growlint findings: error: %s\n", err.msg);
    json_decref(c.arr);
    goto done;
  }
  if (c.arr) print_json(json_pack("{s:I, s:o}", "run_id", (json_int_t)run, "findings", c.arr));
  code = cmd_finish(EXIT_CLEAN);
done:
  store_close(st);
  free(o.cwd);
  return code;
}

/* ---------- diff ---------- */

typedef struct {
  const Opts *o;
  json_t *groups[3];
  const char *last;
} DiffCtx;

static int diff_row(void *ctx, const char *change, const FindingRow *f) {
  DiffCtx *d = ctx;
  static const char *const names[] = {"fixed", "introduced", "unchanged"};
  if (d->groups[0]) {
    for (int i = 0; i < 3; i++)
      if (!strcmp(change, names[i])) json_array_append_new(d->groups[i], finding_json(d->o, f));
    return 0;
  }
  if (!d->last || strcmp(d->last, change)) printf("%s:\n", change);
  d->last = change;
  char *p = shown(d->o, f->file);
  printf("  %s:%u:%u: %s '%s' [%s]\n", p, f->line, f->col, f->rule, f->container, f->fingerprint);
  free(p);
  return 0;
}

int cmd_diff(int argc, char **argv) {
  Opts o = {0};
  int p = parse("diff", diff_usage, argc, argv, "--db --format", &o);
  int code = EXIT_USAGE;
  Store *st = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  if (o.npos != 2) {
    fprintf(stderr, "growlint diff: error: expected two run ids\n%s", diff_usage);
    goto done;
  }
  if (!(st = open_db("diff", &o))) goto done;
  int64_t a = 0, b = 0;
  if (!parse_run("diff", st, o.pos[0], &a) || !parse_run("diff", st, o.pos[1], &b)) goto done;
  int json = !strcmp(o.format, "json");
  DiffCtx d = {&o, {NULL, NULL, NULL}, NULL};
  if (json)
    for (int i = 0; i < 3; i++) d.groups[i] = json_array();
  GlError err = {{0}};
  if (store_diff(st, a, b, diff_row, &d, &err) != GL_OK) {
    fprintf(stderr, "growlint diff: error: %s\n", err.msg);
    for (int i = 0; i < 3; i++) json_decref(d.groups[i]);
    goto done;
  }
  if (json)
    print_json(json_pack("{s:I, s:I, s:o, s:o, s:o}", "run_a", (json_int_t)a, "run_b", (json_int_t)b, "introduced",
                         d.groups[1], "fixed", d.groups[0], "unchanged", d.groups[2]));
  else if (!d.last)
    printf("no findings in either run\n");
  code = cmd_finish(EXIT_CLEAN);
done:
  store_close(st);
  free(o.cwd);
  return code;
}

/* ---------- corpus ---------- */

static size_t count_correct(const char *dir) {
  DIR *d = opendir(dir);
  size_t n = 0;
  struct dirent *de;
  while (d && (de = readdir(d)))
    if (!strncmp(de->d_name, "correct", 7) && (gl_has_suffix(de->d_name, ".c") || gl_has_suffix(de->d_name, ".cpp")))
      n++;
  if (d) closedir(d);
  return n;
}

/* The case of rule in the corpus with a single-file mistake and the most
 * correct ways (the first by name among equals), owned; NULL when none. */
static char *corpus_case(const char *rule) {
  char *corpus = cli_corpus_dir();
  char *rule_dir = gl_path_join(corpus, rule);
  free(corpus);
  DIR *d = opendir(rule_dir);
  char *best = NULL;
  size_t best_n = 0;
  if (d) {
    struct dirent *de;
    while ((de = readdir(d))) {
      if (de->d_name[0] == '.') continue;
      char *dir = gl_path_join(rule_dir, de->d_name);
      char *m1 = gl_path_join(dir, "mistake.cpp"), *m2 = gl_path_join(dir, "mistake.c");
      size_t n = count_correct(dir);
      if ((gl_is_file(m1) || gl_is_file(m2)) && n &&
          (!best || n > best_n || (n == best_n && strcmp(dir, best) < 0))) {
        free(best);
        best = dir;
        best_n = n;
      } else {
        free(dir);
      }
      free(m1);
      free(m2);
    }
    closedir(d);
  }
  free(rule_dir);
  return best;
}

/* The program files of a case: mistake first, then each correct-* (owned strings). */
static void case_files(const char *dir, PtrVec *out) {
  DIR *d = opendir(dir);
  if (!d) return;
  PtrVec correct = {0};
  struct dirent *de;
  while ((de = readdir(d))) {
    if (!gl_has_suffix(de->d_name, ".c") && !gl_has_suffix(de->d_name, ".cpp")) continue;
    if (!strncmp(de->d_name, "mistake.", 8)) pv_push(out, gl_path_join(dir, de->d_name));
    else if (!strncmp(de->d_name, "correct", 7)) pv_push(&correct, gl_path_join(dir, de->d_name));
  }
  closedir(d);
  for (size_t i = 1; i < correct.len; i++) /* insertion sort: few files */
    for (size_t j = i; j > 0 && strcmp(correct.items[j - 1], correct.items[j]) > 0; j--) {
      void *t = correct.items[j];
      correct.items[j] = correct.items[j - 1];
      correct.items[j - 1] = t;
    }
  for (size_t i = 0; i < correct.len; i++) pv_push(out, correct.items[i]);
  pv_free(&correct, NULL);
}

static void split_lines(char *text, PtrVec *lines) {
  for (char *p = text; p && *p;) {
    char *nl = strchr(p, '\n');
    if (nl) *nl = '\0';
    pv_push(lines, p);
    p = nl ? nl + 1 : NULL;
  }
}

/* Prints two files side by side under the headings left -> right. */
static void side_by_side(const char *left_path, const char *right_path) {
  char *lt = gl_read_file(left_path, NULL, NULL), *rt = gl_read_file(right_path, NULL, NULL);
  PtrVec l = {0}, r = {0};
  split_lines(lt, &l);
  split_lines(rt, &r);
  int width = 20;
  for (size_t i = 0; i < l.len; i++)
    if ((int)strlen(l.items[i]) > width) width = (int)strlen(l.items[i]);
  if (width > 72) width = 72;
  const char *ln = strrchr(left_path, '/'), *rn = strrchr(right_path, '/');
  char *lh = gl_xasprintf("Mistake (%s)", ln ? ln + 1 : left_path);
  char *rh = gl_xasprintf("Correct Way (%s)", rn ? rn + 1 : right_path);
  printf("%-*s  ->  %s\n", width, lh, rh);
  for (int i = 0; i < width; i++) putchar('-');
  printf("      ");
  for (int i = 0; i < width; i++) putchar('-');
  putchar('\n');
  for (size_t i = 0; i < l.len || i < r.len; i++) {
    const char *a = i < l.len ? l.items[i] : "", *b = i < r.len ? r.items[i] : "";
    printf("%-*.*s  |   %s\n", width, width, a, b);
  }
  putchar('\n');
  free(lh);
  free(rh);
  pv_free(&l, NULL);
  pv_free(&r, NULL);
  free(lt);
  free(rt);
}

int cmd_explain(int argc, char **argv) {
  Opts o = {0};
  int p = parse("explain", explain_usage, argc, argv, "", &o);
  int code = EXIT_USAGE;
  RuleSet *rs = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  if (o.npos != 1) {
    fprintf(stderr, "growlint explain: error: expected one rule id\n%s", explain_usage);
    goto done;
  }
  if (!cli_load_rules("explain", NULL, NULL, NULL, &rs, NULL)) goto done;
  const Rule *r = rules_find(rs, o.pos[0]);
  if (!r) {
    fprintf(stderr, "growlint explain: error: unknown rule '%s' (see 'growlint rules')\n", o.pos[0]);
    goto done;
  }
  printf("%s: %s\n\n%s\n", r->id, r->title ? r->title : "", r->rationale ? r->rationale : "");
  PtrVec fixes = {0}; /* the texts written for the storages this rule reports */
  rules_fixes_of_rule(rs, r, &fixes);
  for (size_t i = 0; i < fixes.len; i++) {
    const Fix *f = fixes.items[i];
    char *label = rules_fix_label(f);
    printf("fix %s: %s\n", label, f->text);
    if (f->example) printf("  for example: %s\n", f->example);
    free(label);
  }
  pv_free(&fixes, NULL);
  putchar('\n');
  char *dir = corpus_case(r->id);
  if (dir) {
    PtrVec files = {0};
    case_files(dir, &files);
    for (size_t i = 1; i < files.len; i++) side_by_side(files.items[0], files.items[i]);
    pv_free(&files, free);
    free(dir);
  } else {
    printf("(no corpus example installed for this rule)\n");
  }
  code = cmd_finish(EXIT_CLEAN);
done:
  rules_free(rs);
  free(o.cwd);
  return code;
}

/* ---------- show ---------- */

static int show_row(void *ctx, const FindingRow *f) {
  Ctx *c = ctx;
  if (c->arr) {
    json_array_append_new(c->arr, finding_json(c->o, f));
    return 0;
  }
  char *p = shown(c->o, f->file);
  printf("finding %lld of run %lld: %s, fingerprint %s\n", (long long)f->id, (long long)f->run_id, f->state,
         f->fingerprint);
  printf("%s:%u:%u: warning: %s [%s]\n", p, f->line, f->col, f->message, f->rule);
  free(p);
  json_error_t jerr;
  json_t *notes = json_loads(f->notes_json, 0, &jerr);
  size_t i;
  json_t *n;
  json_array_foreach(notes, i, n) {
    const char *nf = json_string_value(json_object_get(n, "file"));
    char *np = shown(c->o, nf ? nf : "");
    printf("%s:%lld:%lld: note: %s\n", np, (long long)json_integer_value(json_object_get(n, "line")),
           (long long)json_integer_value(json_object_get(n, "column")),
           json_string_value(json_object_get(n, "message")) ? json_string_value(json_object_get(n, "message")) : "");
    free(np);
  }
  json_decref(notes);
  if (f->suppressed) printf("suppressed: %s\n", f->suppressed);
  printf("triage: %s%s%s\n", f->triage ? f->triage : "none", f->triage ? ": " : "",
         f->triage_reason ? f->triage_reason : "");
  char *dir = corpus_case(f->rule);
  if (dir) {
    PtrVec files = {0};
    case_files(dir, &files);
    char *rel = files.len ? shown(c->o, files.items[0]) : NULL;
    printf("corpus example: %s", rel ? rel : dir);
    for (size_t k = 1; k < files.len; k++) {
      const char *base = strrchr(files.items[k], '/');
      printf("%s%s", k == 1 ? " (correct ways: " : ", ", base ? base + 1 : (char *)files.items[k]);
    }
    printf("%s\n(run 'growlint explain %s' to see them side by side)\n", files.len > 1 ? ")" : "", f->rule);
    free(rel);
    pv_free(&files, free);
    free(dir);
  }
  return 0;
}

int cmd_show(int argc, char **argv) {
  Opts o = {0};
  int p = parse("show", show_usage, argc, argv, "--db --format", &o);
  int code = EXIT_USAGE;
  Store *st = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  if (o.npos != 1) {
    fprintf(stderr, "growlint show: error: expected one finding id or fingerprint\n%s", show_usage);
    goto done;
  }
  if (!(st = open_db("show", &o))) goto done;
  Ctx c = {&o, !strcmp(o.format, "json") ? json_array() : NULL};
  int found = 0;
  GlError err = {{0}};
  if (store_finding_get(st, o.pos[0], show_row, &c, &found, &err) != GL_OK || !found) {
    if (found) fprintf(stderr, "growlint show: error: %s\n", err.msg);
    else fprintf(stderr, "growlint show: error: no finding '%s' in the database\n", o.pos[0]);
    json_decref(c.arr);
    goto done;
  }
  if (c.arr) {
    json_t *one = json_incref(json_array_get(c.arr, 0));
    json_decref(c.arr);
    print_json(one);
  }
  code = cmd_finish(EXIT_CLEAN);
done:
  store_close(st);
  free(o.cwd);
  return code;
}

/* ---------- triage ---------- */

static int copy_fingerprint(void *ctx, const FindingRow *f) {
  *(char **)ctx = gl_xstrdup(f->fingerprint);
  return 0;
}

int cmd_triage(int argc, char **argv) {
  Opts o = {0};
  int p = parse("triage", triage_usage, argc, argv, "--db --as --reason", &o);
  int code = EXIT_USAGE;
  Store *st = NULL;
  char *fp = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  if (o.npos != 1 || !o.as || !o.reason) {
    fprintf(stderr, "growlint triage: error: expected ID, --as and --reason\n%s", triage_usage);
    goto done;
  }
  if (strcmp(o.as, "false-positive") && strcmp(o.as, "intentional") && strcmp(o.as, "confirmed")) {
    fprintf(stderr, "growlint triage: error: unknown triage '%s' (expected false-positive, intentional or confirmed)\n",
            o.as);
    goto done;
  }
  if (!*o.reason) {
    fprintf(stderr, "growlint triage: error: --reason must not be empty\n");
    goto done;
  }
  if (!(st = open_db("triage", &o))) goto done;
  int found = 0;
  GlError err = {{0}};
  if (store_finding_get(st, o.pos[0], copy_fingerprint, &fp, &found, &err) != GL_OK || !found) {
    fprintf(stderr, "growlint triage: error: no finding '%s' in the database\n", o.pos[0]);
    goto done;
  }
  if (store_triage_set(st, fp, o.as, o.reason, &err) != GL_OK) {
    fprintf(stderr, "growlint triage: error: %s\n", err.msg);
    goto done;
  }
  printf("finding %s (fingerprint %s) triaged as %s\n", o.pos[0], fp, o.as);
  code = cmd_finish(EXIT_CLEAN);
done:
  free(fp);
  store_close(st);
  free(o.cwd);
  return code;
}

/* ---------- baseline ---------- */

typedef struct {
  const Opts *o;
  PtrVec *entries;
  const char *root;
} BaseCtx;

static int baseline_row(void *ctx, const FindingRow *f) {
  BaseCtx *b = ctx;
  if (!strcmp(f->state, "fixed")) return 0;
  BaselineEntry *e = gl_xcalloc(1, sizeof *e);
  e->fingerprint = gl_xstrdup(f->fingerprint);
  e->rule = gl_xstrdup(f->rule);
  e->path = gl_path_relative(f->file, b->root);
  e->symbol = gl_xstrdup(f->container);
  pv_push(b->entries, e);
  return 0;
}

static int root_of_run(void *ctx, const RunRow *r) {
  *(char **)ctx = gl_xstrdup(r->root);
  return 0;
}

int cmd_baseline(int argc, char **argv) {
  Opts o = {0};
  int p = parse("baseline", baseline_usage, argc, argv, "--db --run --write", &o);
  int code = EXIT_USAGE;
  Store *st = NULL;
  PtrVec entries = {0};
  char *root = NULL;
  if (p < 0) code = cmd_finish(EXIT_CLEAN);
  if (p <= 0) goto done;
  if (!o.write || o.npos) {
    fprintf(stderr, "growlint baseline: error: expected --write FILE\n%s", baseline_usage);
    goto done;
  }
  if (!(st = open_db("baseline", &o))) goto done;
  int64_t run = 0;
  if (o.run ? !parse_run("baseline", st, o.run, &run) : !latest_run("baseline", st, &run)) goto done;
  GlError err = {{0}};
  int found = 0;
  store_run_get(st, run, root_of_run, &root, &found, &err);
  BaseCtx b = {&o, &entries, root ? root : ""};
  FindingFilter flt = {.run_id = run};
  if (store_findings(st, &flt, baseline_row, &b, &err) != GL_OK || baseline_write(o.write, &entries, &err) != GL_OK) {
    fprintf(stderr, "growlint baseline: error: %s\n", err.msg);
    goto done;
  }
  printf("wrote %zu finding%s of run %lld to %s\n", entries.len, entries.len == 1 ? "" : "s", (long long)run, o.write);
  code = cmd_finish(EXIT_CLEAN);
done:
  pv_free(&entries, baseline_entry_free);
  free(root);
  store_close(st);
  free(o.cwd);
  return code;
}
