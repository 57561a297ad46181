/* cmd_history.c - the commands that read the history database (history,
 * findings, diff, show, report), write triage and write baselines. Each command has
 * its option table and usage here; the dispatcher (cmd.c) parses them and
 * opens the database (CMD_DB) before the handler runs. Output is text, or
 * JSON with --format json.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "baseline.h"
#include "cmd.h"
#include "advice.h"
#include "corpus.h"
#include "link.h"
#include "report.h"
#include "report_html.h"
#include "triage.h"

#define jstr report_json_string

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The options of every query command; each table lists those it takes. */
typedef struct {
  const char *format;   /* --format text|json (NULL: text) */
  const char *run;      /* --run ID */
  const char *state;    /* --state */
  const char *rule;     /* --rule */
  const char *path;     /* --path GLOB */
  const char *triage;   /* --triage */
  const char *as;       /* triage --as */
  const char *reason;   /* triage --reason */
  const char *write;    /* baseline --write FILE */
  const char *by;       /* triage --by WHO */
  const char *html;     /* report --html DIR */
  int file;             /* triage --file: also into the triage file */
  int export_;          /* triage --export: the database's triage into the triage file */
  int limit;            /* history --limit N; 0: every run */
  int patch;            /* show --patch: the finding's patch as a unified diff */
} QueryOpts;

#define QUERY_DB OPT_DB("the database (default: .growlint/growlint.db under\nthe project root)")
#define QUERY_FORMAT OPT_STRING(0, "format", QueryOpts, format, "FORMAT", "text (default) or json")
#define QUERY_RUN(h) OPT_STRING(0, "run", QueryOpts, run, "ID", h)

/* Checks --format and the number of positional arguments. */
static int query_prepare(Cmd *c, size_t nargs, const char *what) {
  const QueryOpts *o = c->opts;
  if (o->format && strcmp(o->format, "text") && strcmp(o->format, "json")) {
    cli_error(c->name, "unknown format '%s' (expected text or json)", o->format);
    return 0;
  }
  return cmd_want_args(c, nargs, what);
}

static int is_json(const Cmd *c) {
  const QueryOpts *o = c->opts;
  return o->format && !strcmp(o->format, "json");
}

/* The run text names, which must be in the database; 0 after printing the error. */
static int parse_run(const Cmd *c, const char *text, int64_t *run) {
  GlError err = {{0}};
  int found = 0;
  if (!text || !*text || strspn(text, "0123456789") != strlen(text) || strlen(text) > 15) {
    cli_error(c->name, "'%s' is not a run id", text ? text : "");
    return 0;
  }
  *run = strtoll(text, NULL, 10);
  if (store_run_get(c->st, *run, NULL, NULL, &found, &err) != GL_OK || !found) {
    cli_error(c->name, "no run %s in the database", text);
    return 0;
  }
  return 1;
}

/* The newest complete run; prints an error when there is none. */
static int latest_run(const Cmd *c, int64_t *run) {
  GlError err = {{0}};
  if (store_last_complete_run(c->st, 0, NULL, 0, run, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return 0;
  }
  if (!*run) {
    cli_error(c->name, "the database has no complete run yet");
    return 0;
  }
  return 1;
}

/* --run ID, else the newest complete run. */
static int chosen_run(const Cmd *c, int64_t *run) {
  const QueryOpts *o = c->opts;
  return o->run ? parse_run(c, o->run, run) : latest_run(c, run);
}

static char *shown(const Cmd *c, const char *path) { return gl_path_relative(path, c->cwd); }

/* The decisions of the triage file the query commands read: the one found
 * walking up from the current folder, else the project root's. 'check'
 * reads it and lets it win over the database's triage; so do the queries. */
typedef struct {
  PtrVec entries;  /* TriageEntry* (owned) */
  StrMap by_fp;    /* fingerprint -> TriageEntry* (borrowed from entries) */
  char *shown;     /* the file's path as messages show it (owned), NULL when there is none */
} FileTriage;

static void file_triage_free(FileTriage *ft) {
  sm_free(&ft->by_fp, NULL);
  pv_free(&ft->entries, triage_entry_free);
  free(ft->shown);
}

/* Reads the triage file into ft when there is one; 0 after printing the error. */
static int file_triage_load(const Cmd *c, FileTriage *ft) {
  char *path = cli_find_upward(c->cwd, TRIAGE_FILE_NAME);
  if (!path && c->root) {
    path = gl_path_join(c->root, TRIAGE_FILE_NAME);
    if (!gl_is_file(path)) {
      free(path);
      path = NULL;
    }
  }
  if (!path) return 1;
  GlError err = {{0}};
  int ok = triage_read(path, &ft->entries, &err) == GL_OK;
  if (ok) {
    for (size_t i = 0; i < ft->entries.len; i++)
      sm_put(&ft->by_fp, ((TriageEntry *)ft->entries.items[i])->fingerprint, ft->entries.items[i]);
    ft->shown = gl_path_relative(path, c->cwd);
  } else {
    cli_error(c->name, "%s", err.msg);
  }
  free(path);
  return ok;
}

/* f with the triage file's decision in place of the database's (the file
 * wins, as in 'check'); *from says where the triage comes from: the file's
 * path, "the database", or NULL when the finding is not triaged. */
static FindingRow effective_triage(const FileTriage *ft, const FindingRow *f, const char **from) {
  FindingRow e = *f;
  const TriageEntry *t = ft ? sm_get(&ft->by_fp, f->fingerprint) : NULL;
  if (t) {
    e.triage = t->state;
    e.triage_reason = t->reason;
  }
  *from = t ? ft->shown : e.triage ? "database" : NULL;
  return e;
}

/* A finding as the query commands print it in JSON; note paths are shown
 * relative to the current directory; triage_from as effective_triage's *from. */
static json_t *finding_json(const Cmd *c, const FindingRow *f, const char *triage_from) {
  json_error_t jerr;
  json_t *notes = json_loads(f->notes_json, 0, &jerr);
  if (!notes) notes = json_array();
  size_t i;
  json_t *n;
  json_array_foreach(notes, i, n) {
    const char *nf = json_string_value(json_object_get(n, "file"));
    char *np = shown(c, nf ? nf : "");
    json_object_set_new(n, "file", jstr(np));
    free(np);
  }
  char *p = shown(c, f->file);
  json_t *j = json_pack("{s:I, s:I, s:o, s:o, s:o, s:o, s:o, s:i, s:i, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
                        "id", (json_int_t)f->id, "run_id", (json_int_t)f->run_id, "fingerprint", jstr(f->fingerprint),
                        "rule", jstr(f->rule), "symbol", jstr(f->symbol), "container", jstr(f->container), "file",
                        jstr(p), "line", (int)f->line, "column", (int)f->col, "fix", jstr(f->fix), "message",
                        jstr(f->message), "state", jstr(f->state), "suppressed",
                        f->suppressed ? jstr(f->suppressed) : json_null(), "triage",
                        f->triage ? jstr(f->triage) : json_null(), "triage_reason",
                        f->triage_reason ? jstr(f->triage_reason) : json_null(), "triage_from",
                        triage_from ? jstr(triage_from) : json_null(), "notes", notes);
  free(p);
  return j;
}

typedef struct Ctx Ctx;

/* What the row callbacks print with: text lines, or JSON into arr. */
struct Ctx {
  const Cmd *cmd;
  json_t *arr;                                       /* NULL for text */
  void (*text)(const Ctx *x, const FindingRow *f, const char *triage_from); /* prints a finding as text */
  const FileTriage *ft;                              /* the triage file's decisions, or NULL */
  const char *triage;                                /* findings --triage: keep only these (NULL: all) */
};

/* A finding row with its effective triage: into the JSON array, or printed as text. */
static int finding_row(void *ctx, const FindingRow *row) {
  Ctx *c = ctx;
  const char *from = NULL;
  FindingRow f = effective_triage(c->ft, row, &from);
  if (c->triage && strcmp(c->triage, f.triage ? f.triage : "none")) return 0;
  if (c->arr) json_array_append_new(c->arr, finding_json(c->cmd, &f, from));
  else c->text(c, &f, from);
  return 0;
}

/* Reports a failed store query; frees the JSON collected so far. */
static int query_failed(const Cmd *c, json_t *partial, const GlError *err) {
  cli_error(c->name, "%s", err->msg);
  json_decref(partial);
  return EXIT_USAGE;
}

/* ---------- history ---------- */

static const Option history_options[] = {
    QUERY_DB,
    QUERY_FORMAT,
    OPT_INT(0, "limit", QueryOpts, limit, "N", "the newest N runs only", "runs", 1, 1000000),
    OPT_END(),
};

static int history_prepare(Cmd *c) { return query_prepare(c, 0, NULL); }

const CmdSpec history_spec = {"growlint history [options]",
    "Lists the recorded runs, newest first: status, units, findings, how many are new and how many were fixed "
    "relative to the run before, and the git commit analysed.",
    history_options, sizeof(QueryOpts), history_prepare, NULL};

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

int cmd_history(Cmd *c) {
  const QueryOpts *o = c->opts;
  Ctx ctx = {c, is_json(c) ? json_array() : NULL, NULL, NULL, NULL};
  if (!ctx.arr)
    printf("%-5s %-20s %-11s %5s %8s %5s %5s  %s\n", "RUN", "STARTED", "STATUS", "UNITS", "FINDINGS", "NEW", "FIXED",
           "COMMIT");
  GlError err = {{0}};
  if (store_runs(c->st, o->limit, history_row, &ctx, &err) != GL_OK) return query_failed(c, ctx.arr, &err);
  if (ctx.arr) report_write_json(stdout, json_pack("{s:o}", "runs", ctx.arr));
  return EXIT_CLEAN;
}

/* ---------- findings ---------- */

static void finding_line(const Ctx *x, const FindingRow *f, const char *triage_from) {
  (void)triage_from;
  const Cmd *c = x->cmd;
  char *p = shown(c, f->file);
  char *loc = gl_xasprintf("%s:%u:%u", p, f->line, f->col);
  printf("%-6lld %-10s %-15s %-40s %-25s %s%s\n", (long long)f->id, f->state, f->triage ? f->triage : "-", loc,
         f->rule, f->container, f->suppressed ? " (suppressed)" : "");
  free(loc);
  free(p);
}

static const Option findings_options[] = {
    QUERY_DB,
    QUERY_FORMAT,
    QUERY_RUN("the run (default: the newest complete run)"),
    OPT_STRING(0, "state", QueryOpts, state, "STATE", "new, unchanged, reopened, fixed or unknown"),
    OPT_STRING(0, "rule", QueryOpts, rule, "RULE", "the findings of this rule"),
    OPT_STRING(0, "path", QueryOpts, path, "GLOB", "the findings in the files that match GLOB"),
    OPT_STRING(0, "triage", QueryOpts, triage, "TRIAGE", "false-positive, intentional, confirmed or none"),
    OPT_END(),
};

static int one_of(const char *value, const char *const *names) {
  while (*names && strcmp(value, *names)) names++;
  return *names != NULL;
}

static int findings_prepare(Cmd *c) {
  const QueryOpts *o = c->opts;
  static const char *const states[] = {"new", "unchanged", "reopened", "fixed", "unknown", NULL};
  static const char *const triages[] = {"false-positive", "intentional", "confirmed", "none", NULL};
  if (!query_prepare(c, 0, NULL)) return 0;
  if (o->state && !one_of(o->state, states)) cli_error(c->name, "unknown state '%s'", o->state);
  else if (o->triage && !one_of(o->triage, triages)) cli_error(c->name, "unknown triage '%s'", o->triage);
  else return 1;
  return 0;
}

const CmdSpec findings_spec = {"growlint findings [options]",
    "Lists the findings of a run (default: the newest complete run).",
    findings_options, sizeof(QueryOpts), findings_prepare, NULL};

static int count_row(void *ctx, const FindingRow *f) {
  (void)f;
  ++*(int *)ctx;
  return 0;
}

int cmd_findings(Cmd *c) {
  const QueryOpts *o = c->opts;
  int64_t run = 0;
  if (!chosen_run(c, &run)) return EXIT_USAGE;
  int recorded = 0; /* a rule of another rules directory (check --rules DIR) is known by its findings */
  FindingFilter by_rule = {.run_id = run, .rule = o->rule};
  GlError rerr = {{0}};
  if (o->rule && !rules_find(c->rs, o->rule)) store_findings(c->st, &by_rule, count_row, &recorded, &rerr);
  if (o->rule && !rules_find(c->rs, o->rule) && !recorded) {
    StrBuf ids = {0};
    for (size_t i = 0; i < c->rs->rules.len; i++)
      sb_appendf(&ids, "%s%s", i ? ", " : "", ((const Rule *)c->rs->rules.items[i])->id);
    cli_error(c->name, "unknown rule '%s' (rules: %s)", o->rule, sb_cstr(&ids));
    sb_free(&ids);
    return EXIT_USAGE;
  }
  /* the triage filter applies to the effective triage (the file's, else the database's) */
  FindingFilter flt = {run, o->state, o->rule, o->path, NULL};
  FileTriage ft = {0};
  if (!file_triage_load(c, &ft)) return EXIT_USAGE;
  Ctx ctx = {c, is_json(c) ? json_array() : NULL, finding_line, &ft, o->triage};
  if (!ctx.arr) printf("%-6s %-10s %-15s %-40s %-25s %s\n", "ID", "STATE", "TRIAGE", "LOCATION", "RULE", "CONTAINER");
  GlError err = {{0}};
  if (store_findings(c->st, &flt, finding_row, &ctx, &err) != GL_OK) {
    file_triage_free(&ft);
    return query_failed(c, ctx.arr, &err);
  }
  file_triage_free(&ft);
  if (ctx.arr) report_write_json(stdout, json_pack("{s:I, s:o}", "run_id", (json_int_t)run, "findings", ctx.arr));
  return EXIT_CLEAN;
}

/* ---------- diff ---------- */

static const Option db_format_options[] = {QUERY_DB, QUERY_FORMAT, OPT_END()};

static int diff_prepare(Cmd *c) { return query_prepare(c, 2, "two run ids"); }

const CmdSpec diff_spec = {"growlint diff [options] RUN_A RUN_B",
    "Compares two runs: findings introduced in RUN_B, fixed since RUN_A, unchanged, and unknown (RUN_B did "
    "not see them because a unit did not parse or their rule was switched off).",
    db_format_options, sizeof(QueryOpts), diff_prepare, NULL};

typedef struct {
  const Cmd *cmd;
  json_t *groups[4];  /* fixed, introduced, unchanged, unknown; NULL for text */
  const char *last;   /* the group of the last text line */
} DiffCtx;

static int diff_row(void *ctx, const char *change, const FindingRow *f) {
  DiffCtx *d = ctx;
  static const char *const names[] = {"fixed", "introduced", "unchanged", "unknown"};
  if (d->groups[0]) {
    for (int i = 0; i < 4; i++)
      if (!strcmp(change, names[i])) json_array_append_new(d->groups[i], finding_json(d->cmd, f, f->triage ? "database" : NULL));
    return 0;
  }
  /* change is borrowed from the row and does not outlive it: remember the group by its static name */
  const char *group = change;
  for (int i = 0; i < 4; i++)
    if (!strcmp(change, names[i])) group = names[i];
  if (!d->last || strcmp(d->last, group)) printf("%s:\n", group);
  d->last = group;
  char *p = shown(d->cmd, f->file);
  printf("  %s:%u:%u: %s '%s' [%s]\n", p, f->line, f->col, f->rule, f->container, f->fingerprint);
  free(p);
  return 0;
}

int cmd_diff(Cmd *c) {
  int64_t a = 0, b = 0;
  if (!parse_run(c, c->args.items[0], &a) || !parse_run(c, c->args.items[1], &b)) return EXIT_USAGE;
  int json = is_json(c);
  DiffCtx d = {c, {NULL, NULL, NULL, NULL}, NULL};
  for (int i = 0; json && i < 4; i++) d.groups[i] = json_array();
  GlError err = {{0}};
  if (store_diff(c->st, a, b, diff_row, &d, &err) != GL_OK) {
    json_decref(d.groups[1]);
    json_decref(d.groups[2]);
    json_decref(d.groups[3]);
    return query_failed(c, d.groups[0], &err);
  }
  if (json)
    report_write_json(stdout, json_pack("{s:I, s:I, s:o, s:o, s:o, s:o}", "run_a", (json_int_t)a, "run_b",
                                        (json_int_t)b, "introduced", d.groups[1], "fixed", d.groups[0], "unchanged",
                                        d.groups[2], "unknown", d.groups[3]));
  else if (!d.last)
    printf("no findings in either run\n");
  return EXIT_CLEAN;
}

/* ---------- finding ids ---------- */

typedef struct {
  const char *prefix;
  StrMap found;   /* fingerprint -> 1 */
} PrefixCtx;

static int prefix_row(void *ctx, const FindingRow *f) {
  PrefixCtx *p = ctx;
  if (!strncmp(f->fingerprint, p->prefix, strlen(p->prefix))) sm_put(&p->found, f->fingerprint, (void *)1);
  return 0;
}

static int prefix_run(void *ctx, const RunRow *r) {
  FindingFilter flt = {.run_id = r->id};
  GlError err = {{0}};
  struct { Store *st; PrefixCtx *p; } *x = ctx;
  store_findings(x->st, &flt, prefix_row, x->p, &err);
  return 0;
}

/* Calls cb with the finding id names: a row id, a fingerprint, or a unique
 * prefix (4 or more digits) of a fingerprint recorded in any run. Returns 0
 * after printing the error (no such finding, an ambiguous prefix). */
static int get_finding(const Cmd *c, const char *id, StoreFindingCb cb, void *ctx) {
  GlError err = {{0}};
  int found = 0;
  if (store_finding_get(c->st, id, cb, ctx, &found, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return 0;
  }
  if (found) return 1;
  size_t n = strlen(id);
  if (n >= 4 && n < 16 && strspn(id, "0123456789abcdef") == n && strspn(id, "0123456789") != n) {
    PrefixCtx p = {id, {0}};
    struct { Store *st; PrefixCtx *p; } x = {c->st, &p};
    store_runs(c->st, 0, prefix_run, &x, &err);
    if (p.found.len == 1) {
      for (size_t i = 0; i < p.found.cap; i++)
        if (p.found.keys[i]) store_finding_get(c->st, p.found.keys[i], cb, ctx, &found, &err);
    } else if (p.found.len > 1) {
      StrBuf sb = {0};
      PtrVec keys = {0};
      for (size_t i = 0; i < p.found.cap; i++)
        if (p.found.keys[i]) pv_push(&keys, p.found.keys[i]);
      if (keys.len) qsort(keys.items, keys.len, sizeof *keys.items, cmp_cstr);
      for (size_t i = 0; i < keys.len; i++) sb_appendf(&sb, "%s%s", i ? ", " : "", (char *)keys.items[i]);
      cli_error(c->name, "fingerprint prefix '%s' is ambiguous: %s", id, sb_cstr(&sb));
      sb_free(&sb);
      pv_free(&keys, NULL);
      sm_free(&p.found, NULL);
      return 0;
    }
    sm_free(&p.found, NULL);
    if (found) return 1;
  }
  cli_error(c->name, "no finding '%s' in the database", id);
  return 0;
}

/* ---------- show ---------- */

static int show_prepare(Cmd *c) { return query_prepare(c, 1, "one finding id or fingerprint"); }

static const Option show_options[] = {
    QUERY_DB, QUERY_FORMAT,
    OPT_BOOL(0, "patch", QueryOpts, patch,
             "print the finding's patch (the edits of --export-fixes) as a\n"
             "unified diff with paths relative to the project root, for\n"
             "'patch -p1' or 'git apply'; nothing is changed"),
    OPT_RULES("with --patch: the rules folder (as for check)"),
    OPT_CONFIG("with --patch: the project configuration (as for check)"),
    OPT_END()};

const CmdSpec show_spec = {"growlint show [options] ID",
    "Shows one finding (by id, fingerprint or a unique prefix of a fingerprint): the whole trace, the suggested fix, its triage, and the corpus "
    "example of its rule.\n"
    "With --patch it prints only the patch of a mechanical fix, made again from the facts the database holds for the "
    "finding's run and from the sources as they are now.",
    show_options, sizeof(QueryOpts), show_prepare,
    "Exit status with --patch: 0 the patch was printed; 1 the finding has no patch (its fix is not mechanical, or "
    "the source is not shaped for one; stdout is empty and stderr says so); 2 no such finding, or the patch cannot "
    "be made (the finding is no longer reported from the stored facts, or its file changed)."};

static void show_notes(const Cmd *c, const char *notes_json) {
  json_error_t jerr;
  json_t *notes = json_loads(notes_json, 0, &jerr);
  size_t i;
  json_t *n;
  json_array_foreach(notes, i, n) {
    const char *nf = json_string_value(json_object_get(n, "file"));
    const char *msg = json_string_value(json_object_get(n, "message"));
    char *np = shown(c, nf ? nf : "");
    printf("%s:%lld:%lld: note: %s\n", np, (long long)json_integer_value(json_object_get(n, "line")),
           (long long)json_integer_value(json_object_get(n, "column")), msg ? msg : "");
    free(np);
  }
  json_decref(notes);
}

/* "corpus example: FILE (correct ways: ...)" for rule, when the corpus has a case. */
static void show_corpus_example(const Cmd *c, const char *rule) {
  char *dir = corpus_case(rule);
  if (!dir) return;
  PtrVec files = {0};
  corpus_case_files(dir, &files);
  char *rel = files.len ? shown(c, files.items[0]) : NULL;
  printf("corpus example: %s", rel ? rel : dir);
  for (size_t k = 1; k < files.len; k++) {
    const char *base = strrchr(files.items[k], '/');
    printf("%s%s", k == 1 ? " (correct ways: " : ", ", base ? base + 1 : (char *)files.items[k]);
  }
  printf("%s\n(run 'growlint explain %s' to see them side by side)\n", files.len > 1 ? ")" : "", rule);
  free(rel);
  pv_free(&files, free);
  free(dir);
}

static void show_text(const Ctx *x, const FindingRow *f, const char *triage_from) {
  const Cmd *c = x->cmd;
  char *p = shown(c, f->file);
  printf("finding %lld of run %lld: %s, fingerprint %s\n", (long long)f->id, (long long)f->run_id, f->state,
         f->fingerprint);
  printf("%s:%u:%u: warning: %s [%s]\n", p, f->line, f->col, f->message, f->rule);
  free(p);
  show_notes(c, f->notes_json);
  if (f->suppressed) printf("suppressed: %s\n", f->suppressed);
  if (f->triage) printf("triage: %s: %s (in %s)\n", f->triage, f->triage_reason ? f->triage_reason : "",
                        strcmp(triage_from, "database") ? triage_from : "the database");
  else printf("triage: none\n");
  show_corpus_example(c, f->rule);
}

/* The finding a --patch is asked for: its row's run and fingerprint (owned). */
typedef struct {
  int64_t run_id, id;
  char *fingerprint;
} PatchWanted;

static int patch_row(void *ctx, const FindingRow *f) {
  PatchWanted *w = ctx;
  w->run_id = f->run_id;
  w->id = f->id;
  free(w->fingerprint);
  w->fingerprint = gl_xstrdup(f->fingerprint);
  return 0;
}

/* growlint show --patch ID: links the run's facts again (the same decision
 * and advice as check) and prints the edits of the finding with that
 * fingerprint as a unified diff. */
static int show_patch(Cmd *c, const char *id) {
  PatchWanted w = {0};
  PtrVec findings = {0};
  GlError err = {{0}};
  char *patch = NULL;
  int code = EXIT_USAGE;
  if (!get_finding(c, id, patch_row, &w)) goto cleanup;
  if (!cli_load_rules(c->name, c->common.rules, c->common.config, c->root, &c->rs, &c->cfg)) goto cleanup;
  if (link_run(c->st, w.run_id, c->rs, &findings, NULL, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto cleanup;
  }
  const Finding *f = NULL;
  for (size_t i = 0; i < findings.len && !f; i++)
    if (!strcmp(((const Finding *)findings.items[i])->fingerprint, w.fingerprint)) f = findings.items[i];
  if (!f) {
    cli_error(c->name, "finding %lld is not reported from the facts the database holds now; run 'growlint check' "
              "again", (long long)w.id);
    goto cleanup;
  }
  if (!f->edits.len) {
    cli_error(c->name, "finding %lld has no patch: its %s fix is not mechanical, or its source is not shaped for "
              "one (see its suggested fix)", (long long)w.id, f->fix);
    code = EXIT_FINDINGS;
    goto cleanup;
  }
  if (report_patch(&f->edits, c->root, &patch, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto cleanup;
  }
  fputs(patch, stdout);
  code = EXIT_CLEAN;
cleanup:
  free(patch);
  pv_free(&findings, link_finding_free);
  free(w.fingerprint);
  return code;
}

int cmd_show(Cmd *c) {
  const char *id = c->args.items[0];
  if (((const QueryOpts *)c->opts)->patch) return show_patch(c, id);
  FileTriage ft = {0};
  if (!file_triage_load(c, &ft)) return EXIT_USAGE;
  Ctx ctx = {c, is_json(c) ? json_array() : NULL, show_text, &ft, NULL};
  int found = get_finding(c, id, finding_row, &ctx);
  file_triage_free(&ft);
  if (!found) {
    json_decref(ctx.arr);
    return EXIT_USAGE;
  }
  if (ctx.arr) {
    json_t *one = json_incref(json_array_get(ctx.arr, 0));
    json_decref(ctx.arr);
    report_write_json(stdout, one);
  }
  return EXIT_CLEAN;
}

/* ---------- triage ---------- */

static const Option triage_options[] = {
    QUERY_DB,
    OPT_STRING(0, "as", QueryOpts, as, "STATUS", "false-positive, intentional or confirmed; none undoes a triage"),
    OPT_STRING(0, "reason", QueryOpts, reason, "TEXT", "why (required, except with --as none)"),
    OPT_BOOL(0, "file", QueryOpts, file,
             "also write the decision to .growlint-triage.yaml (found\n"
             "walking up from the current folder, else created at the\n"
             "project root), which 'check' reads in every clone"),
    OPT_STRING(0, "by", QueryOpts, by, "WHO", "with --file: who decided (default: git's user.name)"),
    OPT_BOOL(0, "export", QueryOpts, export_,
             "write every triage decision of the database to the triage\n"
             "file (decisions already in the file and not in the\n"
             "database are kept)"),
    OPT_END(),
};

static int triage_prepare(Cmd *c) {
  const QueryOpts *o = c->opts;
  if (o->export_) {
    if (c->args.len || o->as || o->reason || o->file || o->by)
      cli_usage_error(c->name, "--export takes no finding, --as, --reason, --file or --by");
    else return 1;
    return 0;
  }
  if (o->as && !strcmp(o->as, "none") && c->args.len == 1) {
    if (!o->reason && !o->by) return 1;
    cli_usage_error(c->name, "--as none takes no --reason or --by");
    return 0;
  }
  if (c->args.len != 1 || !o->as || !o->reason) cli_usage_error(c->name, "expected ID, --as and --reason");
  else if (!triage_state_ok(o->as))
    cli_error(c->name, "unknown triage '%s' (expected false-positive, intentional, confirmed or none)", o->as);
  else if (!*o->reason) cli_error(c->name, "--reason must not be empty");
  else if (o->by && !o->file) cli_usage_error(c->name, "--by needs --file");
  else return 1;
  return 0;
}

const CmdSpec triage_spec = {"growlint triage [options] ID --as STATUS --reason TEXT [--file]\n"
    "growlint triage [options] ID --as none [--file]\n"
    "growlint triage [options] --export",
    "Records a decision about a finding (by id or fingerprint). Triage belongs to the fingerprint, so it outlives "
    "runs. A false positive or an intentional finding is still recorded but no longer fails 'growlint check'.\n"
    "With --file the decision is also written to .growlint-triage.yaml, a file to commit: 'check' reads it in "
    "every clone and in CI, where the database starts empty, and it wins over the database's triage. --export "
    "writes every decision of the database to that file.",
    triage_options, sizeof(QueryOpts), triage_prepare, NULL};

/* What a triage needs of its finding. */
typedef struct {
  char *fingerprint, *container, *file; /* owned */
} Triaged;

static int copy_finding(void *ctx, const FindingRow *f) {
  Triaged *t = ctx;
  t->fingerprint = gl_xstrdup(f->fingerprint);
  t->container = gl_xstrdup(f->container);
  t->file = gl_xstrdup(f->file);
  return 0;
}

/* The triage file: the one found walking up from the current folder, else
 * ROOT/.growlint-triage.yaml (owned). */
static char *triage_file_path(const Cmd *c) {
  char *found = cli_find_upward(c->cwd, TRIAGE_FILE_NAME);
  return found ? found : gl_path_join(c->root, TRIAGE_FILE_NAME);
}

/* Reads the triage file at path when it exists; prints the error. */
static int read_triage_file(const Cmd *c, const char *path, PtrVec *entries) {
  GlError err = {{0}};
  if (!gl_is_file(path) || triage_read(path, entries, &err) == GL_OK) return 1;
  cli_error(c->name, "%s", err.msg);
  return 0;
}

static char *today(void) {
  time_t now = time(NULL);
  struct tm tm;
  char buf[32];
  gmtime_r(&now, &tm);
  strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return gl_xstrdup(buf);
}

/* Adds the decision to the triage file; 0 after printing the error. */
static int triage_into_file(const Cmd *c, const Triaged *t, const char *path) {
  const QueryOpts *o = c->opts;
  PtrVec entries = {0};
  GlError err = {{0}};
  if (!read_triage_file(c, path, &entries)) return 0;
  const char *name_args[] = {"config", "user.name", NULL};
  TriageEntry *e = gl_xcalloc(1, sizeof *e);
  e->fingerprint = gl_xstrdup(t->fingerprint);
  e->state = gl_xstrdup(o->as);
  e->reason = gl_xstrdup(o->reason);
  e->by = o->by ? gl_xstrdup(o->by) : cli_git(c->root, name_args);
  e->at = today();
  e->symbol = gl_xstrdup(t->container);
  e->path = gl_path_relative(t->file, c->root);
  triage_put(&entries, e);
  GlResult rc = triage_write(path, &entries, &err);
  if (rc != GL_OK) cli_error(c->name, "%s", err.msg);
  pv_free(&entries, triage_entry_free);
  return rc == GL_OK;
}

/* When the triage file decides otherwise about fp, says that the file wins in 'check'. */
static void warn_if_file_differs(const Cmd *c, const char *fp, const char *as) {
  char *path = cli_find_upward(c->cwd, TRIAGE_FILE_NAME);
  PtrVec entries = {0};
  GlError err = {{0}};
  if (path && triage_read(path, &entries, &err) == GL_OK) {
    for (size_t i = 0; i < entries.len; i++) {
      const TriageEntry *e = entries.items[i];
      if (!strcmp(e->fingerprint, fp) && strcmp(e->state, as)) {
        char *shown_path = gl_path_relative(path, c->cwd);
        cli_warning(c->name, "%s triages it as %s, and the file wins in 'check'; add --file to change it there",
                    shown_path, e->state);
        free(shown_path);
      }
    }
  }
  pv_free(&entries, triage_entry_free);
  free(path);
}

typedef struct {
  PtrVec *entries;   /* TriageEntry* (owned by the caller) */
  const char *root;  /* paths are written relative to it */
  int n;             /* decisions exported */
} ExportCtx;

static int export_row(void *ctx, const TriageRow *t) {
  ExportCtx *x = ctx;
  TriageEntry *e = gl_xcalloc(1, sizeof *e);
  e->fingerprint = gl_xstrdup(t->fingerprint);
  e->state = gl_xstrdup(t->status);
  e->reason = gl_xstrdup(t->reason);
  e->at = gl_xasprintf("%.10s", t->at);
  e->symbol = t->container ? gl_xstrdup(t->container) : NULL;
  e->path = t->file ? gl_path_relative(t->file, x->root) : NULL;
  /* keep who decided when the file knew it */
  for (size_t i = 0; i < x->entries->len; i++) {
    const TriageEntry *old = x->entries->items[i];
    if (!strcmp(old->fingerprint, e->fingerprint) && old->by) e->by = gl_xstrdup(old->by);
  }
  triage_put(x->entries, e);
  x->n++;
  return 0;
}

static int triage_export(Cmd *c) {
  char *path = triage_file_path(c);
  PtrVec entries = {0};
  GlError err = {{0}};
  ExportCtx x = {&entries, c->root, 0};
  int code = EXIT_USAGE;
  if (!read_triage_file(c, path, &entries)) goto done;
  if (store_triage_list(c->st, export_row, &x, &err) != GL_OK || triage_write(path, &entries, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto done;
  }
  char *shown_path = gl_path_relative(path, c->cwd);
  printf("wrote %zu triage decision%s to %s (%d from the database)\n", entries.len, entries.len == 1 ? "" : "s",
         shown_path, x.n);
  free(shown_path);
  code = EXIT_CLEAN;
done:
  pv_free(&entries, triage_entry_free);
  free(path);
  return code;
}

/* triage ID --as none: forgets the database's triage, and with --file the file's. */
static int triage_undo(Cmd *c, const Triaged *t, const char *path) {
  int removed = 0, in_file = 0;
  GlError err = {{0}};
  PtrVec entries = {0};
  if (store_triage_clear(c->st, t->fingerprint, &removed, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return EXIT_USAGE;
  }
  if (path && gl_is_file(path)) {
    if (!read_triage_file(c, path, &entries)) return EXIT_USAGE;
    size_t w = 0;
    for (size_t i = 0; i < entries.len; i++) {
      TriageEntry *e = entries.items[i];
      if (!strcmp(e->fingerprint, t->fingerprint)) {
        triage_entry_free(e);
        in_file = 1;
      } else {
        entries.items[w++] = e;
      }
    }
    entries.len = w;
    GlResult rc = in_file ? triage_write(path, &entries, &err) : GL_OK;
    pv_free(&entries, triage_entry_free);
    if (rc != GL_OK) {
      cli_error(c->name, "%s", err.msg);
      return EXIT_USAGE;
    }
  }
  printf("finding %s (fingerprint %s): %s\n", (const char *)c->args.items[0], t->fingerprint,
         removed || in_file ? "triage undone" : "was not triaged");
  if (in_file) {
    char *shown_path = gl_path_relative(path, c->cwd);
    printf("removed from %s: commit it to share the decision\n", shown_path);
    free(shown_path);
  } else if (!path) {
    warn_if_file_differs(c, t->fingerprint, "none");
  }
  return EXIT_CLEAN;
}

int cmd_triage(Cmd *c) {
  const QueryOpts *o = c->opts;
  if (o->export_) return triage_export(c);
  const char *id = c->args.items[0];
  Triaged t = {0};
  char *path = o->file ? triage_file_path(c) : NULL;
  int code = EXIT_USAGE;
  GlError err = {{0}};
  if (!get_finding(c, id, copy_finding, &t))
    ;
  else if (!strcmp(o->as, "none"))
    code = triage_undo(c, &t, path);
  else if (store_triage_set(c->st, t.fingerprint, o->as, o->reason, &err) != GL_OK)
    cli_error(c->name, "%s", err.msg);
  else if (path && !triage_into_file(c, &t, path))
    ;
  else {
    printf("finding %s (fingerprint %s) triaged as %s\n", id, t.fingerprint, o->as);
    if (path) {
      char *shown_path = gl_path_relative(path, c->cwd);
      printf("recorded in %s: commit it to share the decision\n", shown_path);
      free(shown_path);
    } else {
      warn_if_file_differs(c, t.fingerprint, o->as);
    }
    code = EXIT_CLEAN;
  }
  free(t.fingerprint);
  free(t.container);
  free(t.file);
  free(path);
  return code;
}

/* ---------- baseline ---------- */

static const Option baseline_options[] = {
    QUERY_DB,
    QUERY_RUN("the run (default: the newest complete run)"),
    OPT_STRING(0, "write", QueryOpts, write, "FILE", "the baseline file to write (required)"),
    OPT_END(),
};

static int baseline_prepare(Cmd *c) {
  const QueryOpts *o = c->opts;
  if (o->write && !c->args.len) return 1;
  cli_usage_error(c->name, "expected --write FILE");
  return 0;
}

const CmdSpec baseline_spec = {"growlint baseline [options] --write FILE",
    "Writes the findings of a run (default: the newest complete run) to a portable baseline file (fingerprint, "
    "rule, path, symbol) for 'growlint check --fail-on new --baseline FILE'.",
    baseline_options, sizeof(QueryOpts), baseline_prepare, NULL};

typedef struct {
  PtrVec *entries;  /* BaselineEntry* (owned by the caller) */
  const char *root; /* paths are written relative to the run's root */
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

int cmd_baseline(Cmd *c) {
  const QueryOpts *o = c->opts;
  PtrVec entries = {0};
  char *root = NULL;
  int64_t run = 0;
  int found = 0, code = EXIT_USAGE;
  GlError err = {{0}};
  if (!chosen_run(c, &run)) return EXIT_USAGE;
  store_run_get(c->st, run, root_of_run, &root, &found, &err);
  BaseCtx b = {&entries, root ? root : ""};
  FindingFilter flt = {.run_id = run};
  if (store_findings(c->st, &flt, baseline_row, &b, &err) != GL_OK || baseline_write(o->write, &entries, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
  } else {
    printf("wrote %zu finding%s of run %lld to %s\n", entries.len, entries.len == 1 ? "" : "s", (long long)run,
           o->write);
    code = EXIT_CLEAN;
  }
  pv_free(&entries, baseline_entry_free);
  free(root);
  return code;
}

/* ---------- report ---------- */

static const Option report_options[] = {
    QUERY_DB,
    QUERY_RUN("the run whose findings are listed (default: the newest\ncomplete run)"),
    OPT_STRING(0, "html", QueryOpts, html, "DIR", "write the report to DIR/index.html (required)"),
    OPT_END(),
};

static int report_prepare(Cmd *c) {
  const QueryOpts *o = c->opts;
  if (!o->html || !*o->html) {
    cli_usage_error(c->name, "expected --html DIR");
    return 0;
  }
  return cmd_want_args(c, 0, NULL);
}

const CmdSpec report_spec = {"growlint report [options] --html DIR",
    "Writes a self-contained static HTML report to DIR/index.html (nothing in it is loaded from the network): "
    "the findings of a run (default: the newest complete run) with filters by rule, state, triage and path, each "
    "with its notes drawn over the source lines (the grow site, the loop or entry, the chain between) and its "
    "suggested fix, and the history as a chart of findings, new and fixed per run. Triage is the triage file's "
    "where it has a decision, else the database's, as in 'check'.",
    report_options, sizeof(QueryOpts), report_prepare, NULL};

typedef struct {
  PtrVec *findings;       /* HtmlFinding* (owned by the caller) */
  const FileTriage *ft;
} HtmlCtx;

static int html_finding_row(void *ctx, const FindingRow *row) {
  HtmlCtx *x = ctx;
  const char *from = NULL;
  FindingRow f = effective_triage(x->ft, row, &from);
  HtmlFinding *h = gl_xcalloc(1, sizeof *h);
  h->id = f.id;
  h->fingerprint = gl_xstrdup(f.fingerprint);
  h->rule = gl_xstrdup(f.rule);
  h->container = gl_xstrdup(f.container);
  h->file = gl_xstrdup(f.file);
  h->message = gl_xstrdup(f.message);
  h->fix = gl_xstrdup(f.fix);
  h->state = gl_xstrdup(f.state);
  h->triage = gl_xstrdup(f.triage);
  h->triage_reason = gl_xstrdup(f.triage_reason);
  h->triage_from = from ? gl_xstrdup(strcmp(from, "database") ? from : "the database") : NULL;
  h->suppressed = gl_xstrdup(f.suppressed);
  h->notes_json = gl_xstrdup(f.notes_json);
  h->line = f.line;
  h->col = f.col;
  pv_push(x->findings, h);
  return 0;
}

static int html_run_row(void *ctx, const RunRow *r) {
  HtmlRun *h = gl_xcalloc(1, sizeof *h);
  h->id = r->id;
  h->started = gl_xstrdup(r->started);
  h->status = gl_xstrdup(r->status);
  h->git_commit = gl_xstrdup(r->git_commit);
  h->findings = r->findings;
  h->new_findings = r->new_findings;
  h->fixed_findings = r->fixed_findings;
  pv_push(ctx, h);
  return 0;
}

int cmd_report(Cmd *c) {
  const QueryOpts *o = c->opts;
  int64_t run = 0;
  if (!chosen_run(c, &run)) return EXIT_USAGE;
  FileTriage ft = {0};
  PtrVec findings = {0}, runs = {0};
  char *root = NULL, *written = NULL;
  int found = 0, code = EXIT_USAGE;
  GlError err = {{0}};
  HtmlCtx x = {&findings, &ft};
  FindingFilter flt = {.run_id = run};
  if (!file_triage_load(c, &ft)) goto done;
  if (store_run_get(c->st, run, root_of_run, &root, &found, &err) != GL_OK ||
      store_findings(c->st, &flt, html_finding_row, &x, &err) != GL_OK ||
      store_runs(c->st, 0, html_run_row, &runs, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto done;
  }
  for (size_t i = 0, j = runs.len ? runs.len - 1 : 0; i < j; i++, j--) { /* oldest first */
    void *t = runs.items[i];
    runs.items[i] = runs.items[j];
    runs.items[j] = t;
  }
  HtmlReport r = {run, root ? root : c->cwd, &findings, &runs, GROWLINT_VERSION};
  if (report_html_write(o->html, &r, &written, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto done;
  }
  printf("wrote %s: %zu finding%s of run %lld, %zu run%s of history\n", written, findings.len,
         findings.len == 1 ? "" : "s", (long long)run, runs.len, runs.len == 1 ? "" : "s");
  code = EXIT_CLEAN;
done:
  free(written);
  free(root);
  pv_free(&runs, html_run_free);
  pv_free(&findings, html_finding_free);
  file_triage_free(&ft);
  return code;
}
