/* cmd_check.c - `check` and `merge`: analyse units into a run, or merge the
 * shard databases of `check --shard`, then the end both share: link,
 * suppress, record, classify against the baseline, report, choose the exit
 * code (README.md "Exit codes").
 *
 * check's steps, in order: find the units (paths, or a compile database,
 * or the changed files), open the database, begin a run, analyse the units
 * (stopping between units on SIGINT/SIGTERM), then finish the run. A run
 * that fails after it began is recorded as failed or interrupted, never as
 * complete.
 */
#include <errno.h>
#include <fnmatch.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analyse.h"
#include "baseline.h"
#include "cmd.h"
#include "extract.h"
#include "frontend.h"
#include "link.h"
#include "report.h"
#include "suppress.h"
#include "triage.h"
#include "units.h"

/* The options of the report, shared by check and merge. */
typedef struct {
  const char *format;   /* --format: text, json or sarif (NULL: text) */
  const char *output;   /* --output FILE, or NULL for standard output */
  const char *fail_on;  /* --fail-on: any, new or none (NULL: the configuration's, else any) */
  const char *baseline; /* --baseline REF, or NULL */
  int only_failing;     /* --only-failing */
  const char *export_fixes; /* --export-fixes FILE: the patches as clang-tidy replacements YAML, or NULL */
} ReportOpts;

static const Option report_options[] = {
    OPT_STRING(0, "format", ReportOpts, format, "FORMAT", "text (default), json, sarif or codequality (GitLab)"),
    OPT_STRING(0, "output", ReportOpts, output, "FILE", "write the report to FILE instead of standard output"),
    OPT_STRING(0, "fail-on", ReportOpts, fail_on, "POLICY", "which findings fail the run: any (default), new, none"),
    OPT_STRING(0, "baseline", ReportOpts, baseline, "REF",
               "what 'new' is relative to: a run id, a git ref (its last\n"
               "complete run) or a baseline file (default: the previous\n"
               "complete run of a clean work tree)"),
    OPT_BOOL(0, "only-failing", ReportOpts, only_failing, "report only the findings that fail the run"),
    OPT_STRING(0, "export-fixes", ReportOpts, export_fixes, "FILE",
               "write the patches of mechanical fixes to FILE as clang-tidy\n"
               "replacements YAML (clang-apply-replacements applies them);\n"
               "nothing is changed unasked"),
    OPT_END(),
};

static int report_opts_ok(const char *cmd, const ReportOpts *r) {
  if (r->format && !report_for(r->format)) {
    cli_error(cmd, "unknown format '%s' (expected one of: %s)", r->format, report_formats());
    return 0;
  }
  if (r->fail_on && strcmp(r->fail_on, "any") && strcmp(r->fail_on, "new") && strcmp(r->fail_on, "none")) {
    cli_error(cmd, "unknown --fail-on policy '%s' (expected any, new or none)", r->fail_on);
    return 0;
  }
  return 1;
}

typedef struct {
  ReportOpts report;
  const char *build_dir;  /* -p */
  const char *shard;      /* --shard I/N */
  const char *checks;     /* --checks GLOBS (clang-tidy's syntax), or NULL */
  PtrVec exclude;         /* --exclude GLOB (repeatable): const char* borrowed from argv */
  int quiet;              /* --quiet: no summary on standard error */
  int dump_config;        /* --dump-config: print the effective configuration and stop */
  int verify_config;      /* --verify-config: check the configuration and triage files and stop */
  int cdb_from_config;    /* build_dir is the configuration's compile_database, not -p */
  int jobs;               /* -j; 0: the number of cores */
  int no_cache;           /* --no-cache */
  int stats;              /* --stats */
  int changed;            /* --changed: the PATHs are changed files */
  int shard_i, shard_n;   /* --shard, parsed by check_prepare */
} CheckOpts;

static const Option check_options[] = {
    OPT_STRING('p', NULL, CheckOpts, build_dir, "BUILD_DIR", "read BUILD_DIR/compile_commands.json"),
    OPT_INCLUDE(CheckOpts, report, report_options),
    OPT_STRING(0, "checks", CheckOpts, checks, "GLOBS",
               "switch rules on or off as clang-tidy does: '-*,growth-global-*'\n"
               "(after the configuration's rules and checks)"),
    OPT_STRING_LIST(0, "exclude", CheckOpts, exclude, "GLOB",
                    "do not analyse the units whose path matches GLOB (relative\n"
                    "to the current folder, or absolute); repeatable, added to\n"
                    "the configuration's exclude"),
    OPT_BOOL(0, "quiet", CheckOpts, quiet, "print no summary on standard error, only warnings and errors"),
    OPT_BOOL(0, "dump-config", CheckOpts, dump_config,
             "print the effective configuration, where each value comes\n"
             "from, and stop"),
    OPT_BOOL(0, "verify-config", CheckOpts, verify_config,
             "check the configuration and the triage file, and stop"),
    OPT_DB("the history database (default: .growlint/growlint.db\n"
           "under the project root: the nearest folder above the\n"
           "current one that holds .git, else the current folder)"),
    OPT_CONFIG("the project configuration (default: .growlint.yaml found\n"
               "walking up from the analysed files)"),
    OPT_RULES("load rules and models from DIR instead of the installed ones"),
    OPT_INT('j', NULL, CheckOpts, jobs, "N", "analyse N units in parallel (default: the number of cores)", "jobs", 1,
            256),
    OPT_BOOL(0, "no-cache", CheckOpts, no_cache, "parse every unit even when its stored facts are still valid"),
    OPT_BOOL(0, "stats", CheckOpts, stats, "print where the time went (parse, walk, database, link)"),
    OPT_BOOL(0, "changed", CheckOpts, changed,
             "the PATHs are changed files: re-analyse the units that are or\n"
             "include them, take every other unit (of the compile database,\n"
             "or of the last complete run) from the facts cache"),
    OPT_STRING(0, "shard", CheckOpts, shard, "I/N",
               "analyse the I-th of N deterministic shares of the units into\n"
               "the database, without linking (see 'growlint merge')"),
    OPT_REST("pass the remaining arguments to the compiler"),
    OPT_END(),
};

/* The folder of p (p itself when it is a folder), or NULL when p does not exist (owned). */
static char *folder_of(const char *p) {
  char *real = gl_realpath(p);
  if (!real || gl_is_dir(real)) return real;
  char *dir = gl_path_dirname(real);
  free(real);
  return dir;
}

/* Where to look for .growlint.yaml (and .growlint-triage.yaml): the folder
 * of the configuration nearest to the analysed files, walking up from each
 * as clang-tidy does (cli_config_of_files): the PATHs; without PATHs but
 * with -p, the compile database's entries, wherever the build folder is;
 * else the current folder, then the build folder. NULL after printing the
 * error when the analysed files have different nearest configurations; with
 * --config, from the first PATH or the current folder (owned). */
static char *config_search_dir(const Cmd *c, const CheckOpts *o) {
  char *cfg = NULL;
  const char *from = NULL;
  if (!c->common.config && c->args.len &&
      !cli_config_of_files(c->name, (char *const *)c->args.items, c->args.len, c->cwd, &cfg, &from))
    return NULL;
  if (!c->common.config && !c->args.len && o->build_dir) {
    PtrVec entries = {0}, extra = {0}, files = {0};
    StrBuf dropped = {0};
    GlError err = {{0}};
    int ok = 1;
    if (units_from_cdb(o->build_dir, NULL, 0, &extra, &entries, &dropped, &err) == GL_OK) { /* else: said later */
      for (size_t i = 0; i < entries.len; i++) pv_push(&files, ((Unit *)entries.items[i])->file);
      ok = cli_config_of_files(c->name, (char *const *)files.items, files.len, c->cwd, &cfg, &from);
    }
    pv_free(&files, NULL);
    pv_free(&entries, unit_free);
    sb_free(&dropped);
    if (!ok) return NULL;
  }
  if (cfg) {
    char *dir = gl_path_dirname(cfg);
    free(cfg);
    return dir;
  }
  const char *candidates[] = {c->args.len ? c->args.items[0] : c->cwd, c->args.len ? NULL : o->build_dir};
  for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
    char *dir = candidates[i] ? folder_of(candidates[i]) : NULL;
    if (dir) return dir;
  }
  return gl_xstrdup(c->cwd);
}

/* A folder PATH may hold a file under another configuration than the one
 * the run found from the PATHs (a .growlint.yaml deeper in it): that is an
 * error naming both, as when PATHs disagree (config_search_dir). */
static int units_share_the_configuration(const Cmd *c, const PtrVec *units) {
  if (c->common.config) return 1;
  StrMap by_dir = {0}; /* folder -> its nearest configuration (owned), or "" */
  const char *odd = NULL, *odd_cfg = NULL, *other = c->args.len ? c->args.items[0] : c->cwd;
  int named = 0;
  for (size_t i = 0; i < units->len && (!odd || !named); i++) {
    const char *file = ((Unit *)units->items[i])->file;
    char *dir = gl_path_dirname(file), *cfg = sm_get(&by_dir, dir);
    if (!cfg) {
      char *found = cli_find_config(dir);
      sm_put(&by_dir, dir, cfg = found ? found : gl_xstrdup(""));
    }
    free(dir);
    int mine = c->cfg.path && !strcmp(cfg, c->cfg.path);
    if (*cfg && !mine && !odd) odd = file, odd_cfg = cfg;
    if (mine && !named) other = file, named = 1; /* a file under the run's configuration, to name */
  }
  if (odd) cli_config_conflict(c->name, odd, odd_cfg, other, c->cfg.path, c->cwd);
  sm_free(&by_dir, free);
  return odd == NULL;
}

static int check_prepare(Cmd *c) {
  CheckOpts *o = c->opts;
  if (!report_opts_ok(c->name, &o->report)) return 0;
  if (o->shard) {
    char slash = 0;
    int used = 0;
    if (sscanf(o->shard, "%d%c%d%n", &o->shard_i, &slash, &o->shard_n, &used) != 3 || slash != '/' ||
        o->shard[used] || o->shard_n < 1 || o->shard_i < 1 || o->shard_i > o->shard_n) {
      cli_error(c->name, "--shard needs I/N with 1 <= I <= N, not '%s'", o->shard);
      return 0;
    }
  }
  if (o->changed && !c->args.len) {
    cli_error(c->name, "--changed needs the changed files as PATHs");
    return 0;
  }
  c->config_from = config_search_dir(c, o);
  return c->config_from != NULL;
}

/* After the configuration is loaded: the compile database is -p's, else the
 * configuration's compile_database; pre-commit in a fresh clone (--changed)
 * goes on without one that is not built yet. 0 after printing the error
 * when there is nothing to analyse. */
static int settle_compile_database(Cmd *c) {
  CheckOpts *o = c->opts;
  if (!o->build_dir && c->cfg.compile_database) {
    o->build_dir = c->cfg.compile_database;
    o->cdb_from_config = 1;
  }
  if (o->changed && o->build_dir) {
    char *cdb = gl_path_join(o->build_dir, "compile_commands.json");
    if (!gl_is_file(cdb)) { /* pre-commit in a fresh clone: nothing is built yet */
      cli_warning(c->name, "no compile database in '%s' (%s does not exist yet): analysing the changed files with "
                  "compile_flags.txt where there is one, else with default flags (gnu17 and gnu++17, each file's folder "
                  "on the include path); configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON for the project's own flags",
                  o->build_dir, cdb);
      o->build_dir = NULL;
      o->cdb_from_config = 0;
    }
    free(cdb);
  }
  if (!o->build_dir && !c->args.len && !o->dump_config && !o->verify_config) {
    cli_usage_error(c->name, "nothing to analyse: give files or directories, or -p BUILD_DIR");
    return 0;
  }
  return 1;
}

const CmdSpec check_spec = {"growlint check [options] [PATH...] [-- COMPILER-ARGS...]",
    "Analyses the C and C++ files named by PATH (files, or directories searched recursively for .c .cc .cpp "
    ".cxx sources) and reports containers with static storage duration that only ever grow in code that repeats.\n"
    "Without -p, C files parse as gnu17 and C++ files as gnu++17 (clang's defaults), with each file's folder and compile_flags.txt's arguments. With -p, "
    "the compile database decides, and PATHs only select which of its entries are analysed.",
    check_options, sizeof(CheckOpts), check_prepare,
    "exit codes: 0 nothing fails the run, 1 findings that fail the run, 2 usage or input error, 3 analysis "
    "incomplete (a unit could not be parsed), 130 interrupted"};

static double mono_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *command_line(int argc, char **argv) {
  StrBuf sb = {0};
  sb_append(&sb, "growlint");
  for (int i = 0; i < argc; i++) sb_appendf(&sb, " %s", argv[i]);
  return sb_steal(&sb);
}

/* ---------- the end of a run, shared by check and merge ---------- */

/* What the end of a run needs. */
typedef struct {
  const char *cmd;            /* "check" or "merge" for messages */
  Store *st;
  int64_t run_id;
  const RuleSet *rs;
  const char *fail_on;        /* any | new | none */
  const char *baseline;       /* --baseline, or NULL */
  const StrMap *base;         /* the gate's baseline: fingerprint -> 1 (gate_baseline) */
  int64_t base_run;           /* the run the default baseline is, 0 when none or --baseline */
  int only_failing;           /* --only-failing */
  const char *root, *cwd, *clang_version;
  const char *format, *output;
  int units;
  const PtrVec *failed;       /* char*: units that did not parse */
  int cached;                 /* units from the facts cache, for the summary */
  const AnalyseResult *stats; /* print the time report when not NULL */
  const char *export_fixes;   /* --export-fixes FILE, or NULL */
  int quiet;                  /* --quiet: no summary */
  const StrMap *file_triage;  /* fingerprint -> TriageEntry* of .growlint-triage.yaml (borrowed), or NULL */
} Finish;

/* A recorded finding's row, by fingerprint. */
typedef struct {
  char *state, *triage, *triage_reason; /* owned; triage and its reason may be NULL */
  int64_t id;
} Recorded;

static void recorded_free(void *p) {
  Recorded *r = p;
  free(r->state);
  free(r->triage);
  free(r->triage_reason);
  free(r);
}

/* What finish_run works out, in order. */
typedef struct {
  PtrVec findings;   /* Finding* (owned) */
  PtrVec shown;      /* Finding* (borrowed from findings): reported, those that fail the gate first */
  PtrVec suppressed; /* Finding* (borrowed from findings): suppressed inline (SARIF lists them) */
  StrMap triage_reasons; /* fingerprint -> char* (owned): why a finding is triaged */
  StrMap recorded;   /* fingerprint -> Recorded* (owned) */
  int n_reported;    /* findings not suppressed */
  int n_new;         /* reported findings not in the gate's baseline */
  int n_fixed, n_suppressed, n_failing;
  int code;          /* the exit code */
  char *reason;      /* why (owned) */
  double link_s;
} Outcome;

static int collect_recorded(void *ctx, const FindingRow *f) {
  Outcome *out = ctx;
  if (!strcmp(f->state, "fixed") || !strcmp(f->state, "unknown")) return 0;
  Recorded *r = gl_xcalloc(1, sizeof *r);
  r->state = gl_xstrdup(f->state);
  r->triage = f->triage ? gl_xstrdup(f->triage) : NULL;
  r->triage_reason = f->triage_reason ? gl_xstrdup(f->triage_reason) : NULL;
  r->id = f->id;
  sm_put(&out->recorded, f->fingerprint, r); /* one row per fingerprint and run */
  return 0;
}

static int collect_fingerprint(void *ctx, const FindingRow *f) {
  if (strcmp(f->state, "fixed")) sm_put(ctx, f->fingerprint, (void *)1);
  return 0;
}

/* The run a --baseline that is not a file names: a run id or a git ref; 0 after printing the error. */
static int64_t baseline_run(const char *cmd, Store *st, const char *ref, const char *root) {
  GlError err = {{0}};
  int64_t run = 0;
  if (*ref && strspn(ref, "0123456789") == strlen(ref)) {
    int found = 0;
    run = strtoll(ref, NULL, 10);
    if (store_run_get(st, run, NULL, NULL, &found, &err) != GL_OK || !found) {
      cli_error(cmd, "--baseline %s: no such run", ref);
      return 0;
    }
    return run;
  }
  char *spec = gl_xasprintf("%s^{commit}", ref);
  const char *args[] = {"rev-parse", "--verify", "--quiet", spec, NULL};
  char *commit = cli_git(root, args);
  free(spec);
  if (!commit) {
    if (gl_has_suffix(ref, ".json"))
      cli_error(cmd, "--baseline '%s': no such file", ref);
    else
      cli_error(cmd, "--baseline '%s' is not a baseline file, a run id or a git ref", ref);
    return 0;
  }
  store_last_complete_run(st, 0, commit, 1, &run, &err);
  if (!run)
    cli_error(cmd, "--baseline %s: no complete run of a clean work tree was recorded for commit %.12s", ref, commit);
  free(commit);
  return run;
}

/* The gate's baseline, what 'new' is relative to for both the summary and
 * --fail-on new: --baseline REF (a baseline file, a run id, a git ref),
 * else the last complete run of a clean work tree (runs on uncommitted
 * changes, such as pre-commit's, never become the baseline), or outside git
 * the last complete run. Resolved before the run is recorded, so that a
 * baseline that is not one records nothing; 0 after printing the error. */
static int gate_baseline(const char *cmd, Store *st, const char *ref, const char *root, int in_git, StrMap *fps,
                         int64_t *base_run) {
  GlError err = {{0}};
  *base_run = 0;
  if (ref && gl_is_file(ref)) {
    PtrVec entries = {0};
    GlResult rc = baseline_read(ref, &entries, &err);
    for (size_t i = 0; i < entries.len; i++) sm_put(fps, ((BaselineEntry *)entries.items[i])->fingerprint, (void *)1);
    pv_free(&entries, baseline_entry_free);
    if (rc != GL_OK) cli_error(cmd, "%s", err.msg);
    return rc == GL_OK;
  }
  int64_t run = 0;
  if (ref) {
    run = baseline_run(cmd, st, ref, root);
    if (!run) return 0;
  } else {
    store_last_complete_run(st, 0, NULL, in_git, &run, &err);
    *base_run = run;
  }
  FindingFilter flt = {.run_id = run};
  if (run && store_findings(st, &flt, collect_fingerprint, fps, &err) != GL_OK) {
    cli_error(cmd, "%s", err.msg);
    return 0;
  }
  return 1;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* "growlint: linked N programs (a.cpp, b.cpp)", when there is more than one. */
static void say_programs(const Finish *fi, const PtrVec *programs) {
  if (programs->len < 2) return;
  StrBuf sb = {0};
  PtrVec shown = {0};
  for (size_t i = 0; i < programs->len; i++) pv_push(&shown, gl_path_relative(programs->items[i], fi->cwd));
  qsort(shown.items, shown.len, sizeof *shown.items, cmp_str);
  for (size_t i = 0; i < shown.len; i++) sb_appendf(&sb, "%s%s", i ? ", " : "", (char *)shown.items[i]);
  cli_message(NULL, "linked %zu programs (%s)", programs->len, sb_cstr(&sb));
  pv_free(&shown, free);
  sb_free(&sb);
}

/* Links the run (one program at a time) and marks the findings suppressed inline. */
static int link_findings(const Finish *fi, Outcome *out) {
  GlError err = {{0}};
  double start = mono_now();
  PtrVec programs = {0};
  GlResult rc = link_run(fi->st, fi->run_id, fi->rs, &out->findings, &programs, &err);
  if (rc == GL_OK && !fi->quiet) say_programs(fi, &programs);
  pv_free(&programs, free);
  if (rc != GL_OK) {
    cli_error(fi->cmd, "%s", err.msg);
    return 0;
  }
  SuppressCache scache = {0};
  for (size_t i = 0; i < out->findings.len; i++) {
    Finding *f = out->findings.items[i];
    char *reason = NULL;
    if (suppress_check(&scache, f->loc.file, f->loc.line, f->rule, &reason)) {
      f->suppressed = *reason ? reason : (free(reason), gl_xstrdup("suppressed inline"));
      out->n_suppressed++;
    } else {
      free(reason);
    }
  }
  suppress_cache_free(&scache);
  out->link_s = mono_now() - start;
  return 1;
}

/* Saves the findings, ends the run and classifies them against the previous run. */
static int record_findings(const Finish *fi, Outcome *out) {
  GlError err = {{0}};
  const char *status = fi->failed->len ? "incomplete" : "complete";
  FindingFilter flt = {.run_id = fi->run_id};
  int n_new = 0, ok = 1;
  PtrVec checked = {0}; /* a finding of a rule switched off is not fixed: the run did not look */
  for (size_t i = 0; i < fi->rs->rules.len; i++) {
    const Rule *r = fi->rs->rules.items[i];
    if (rules_enabled(fi->rs, r->id)) pv_push(&checked, r->id);
  }
  if (link_save(fi->st, fi->run_id, &out->findings, &err) != GL_OK ||
      store_run_finish(fi->st, fi->run_id, status, fi->units, (int)out->findings.len, &err) != GL_OK ||
      store_classify(fi->st, fi->run_id, &checked, &n_new, &out->n_fixed, &err) != GL_OK ||
      store_findings(fi->st, &flt, collect_recorded, out, &err) != GL_OK) {
    cli_error(fi->cmd, "%s", err.msg);
    ok = 0;
  }
  pv_free(&checked, NULL);
  return ok;
}

/* Does f fail the gate? Triaged false-positive or intentional never does;
 * --fail-on new: only when it is not in the gate's baseline. */
static int fails_gate(const Finish *fi, const Finding *f) {
  int accepted = f->triage && (!strcmp(f->triage, "false-positive") || !strcmp(f->triage, "intentional"));
  return !accepted && (!strcmp(fi->fail_on, "any") || (!strcmp(fi->fail_on, "new") && !f->baselined));
}

/* Gives each finding its state, triage, id, baseline mark and whether it
 * fails the gate; collects those reported, the failing ones first (with
 * --only-failing, only those), and counts them. */
static void judge_findings(const Finish *fi, Outcome *out) {
  PtrVec passing = {0};
  for (size_t i = 0; i < out->findings.len; i++) {
    Finding *f = out->findings.items[i];
    const Recorded *rec = sm_get(&out->recorded, f->fingerprint);
    f->state = gl_xstrdup(rec ? rec->state : "new");
    const TriageEntry *te = fi->file_triage ? sm_get(fi->file_triage, f->fingerprint) : NULL;
    /* the committed file is the team's reviewed decision: it wins over this database's */
    f->triage = te ? gl_xstrdup(te->state) : rec && rec->triage ? gl_xstrdup(rec->triage) : NULL;
    const char *why = te ? te->reason : rec ? rec->triage_reason : NULL;
    if (f->triage && why) sm_put(&out->triage_reasons, f->fingerprint, gl_xstrdup(why));
    f->id = rec ? rec->id : 0;
    f->baselined = sm_get(fi->base, f->fingerprint) != NULL;
    if (f->suppressed) {
      pv_push(&out->suppressed, f);
      continue;
    }
    out->n_reported++;
    out->n_new += !f->baselined;
    f->fails = fails_gate(fi, f);
    out->n_failing += f->fails;
    pv_push(f->fails ? &out->shown : &passing, f);
  }
  for (size_t i = 0; i < passing.len && !fi->only_failing; i++) pv_push(&out->shown, passing.items[i]);
  pv_free(&passing, NULL);
}

/* The exit code and why (README.md "Exit codes"). */
static void exit_code(const Finish *fi, Outcome *out) {
  size_t nf = fi->failed->len;
  if (nf) {
    out->code = EXIT_INCOMPLETE;
    out->reason = gl_xasprintf("analysis incomplete: %zu unit%s could not be parsed", nf, nf == 1 ? "" : "s");
  } else if (out->n_failing) {
    out->code = EXIT_FINDINGS;
    out->reason = gl_xasprintf("%d finding%s --fail-on %s", out->n_failing, out->n_failing == 1 ? " fails" : "s fail",
                               fi->fail_on);
  } else {
    out->code = EXIT_CLEAN;
    out->reason = gl_xasprintf("no finding fails --fail-on %s", fi->fail_on);
  }
}

/* Opens the report's destination: standard output, or a temporary file
 * renamed over --output once it is complete (*tmp, owned). */
static FILE *open_output(const char *cmd, const char *path, char **tmp) {
  *tmp = NULL;
  if (!path) return stdout;
  struct stat st;
  /* a device or a pipe (/dev/null, /dev/stdout): write to it, never rename over it */
  int special = stat(path, &st) == 0 && !S_ISREG(st.st_mode);
  if (!special) *tmp = gl_xasprintf("%s.tmp", path);
  FILE *f = fopen(special ? path : *tmp, "w");
  if (!f) cli_error(cmd, "cannot write '%s': %s", path, strerror(errno));
  return f;
}

/* Closes what open_output opened; a report that failed (ok == 0) is not renamed into place. */
static int close_output(const char *cmd, FILE *f, const char *path, const char *tmp, int ok) {
  if (f == stdout) return ok;
  int closed = fclose(f) == 0;
  if (ok && closed && (!tmp || rename(tmp, path) == 0)) return 1;
  if (ok) cli_error(cmd, "cannot write the report to '%s': %s", path, strerror(errno));
  if (tmp) remove(tmp);
  return 0;
}

/* --export-fixes FILE: the patches of the reported findings (written atomically). */
static int export_fixes(const Finish *fi, const Outcome *out) {
  if (!fi->export_fixes) return 1;
  char *tmp = NULL;
  FILE *f = open_output(fi->cmd, fi->export_fixes, &tmp);
  if (!f) {
    free(tmp);
    return 0;
  }
  GlError err = {{0}};
  GlResult rc = report_export_fixes(f, &out->shown, fi->export_fixes, &err);
  if (rc != GL_OK) cli_error(fi->cmd, "%s", err.msg);
  int ok = close_output(fi->cmd, f, fi->export_fixes, tmp, rc == GL_OK);
  free(tmp);
  return ok;
}

static int write_report(const Finish *fi, const Outcome *out) {
  char *tmp = NULL;
  FILE *f = open_output(fi->cmd, fi->output, &tmp);
  if (!f) {
    free(tmp);
    return 0;
  }
  const char *no_color = getenv("NO_COLOR");
  Report rep = {.findings = &out->shown, .failed = fi->failed, .units = fi->units, .run_id = fi->run_id,
                .cwd = fi->cwd, .root = fi->root, .suppressed = fi->only_failing ? NULL : &out->suppressed,
                .triage_reasons = &out->triage_reasons, .clang_version = fi->clang_version, .rules = fi->rs, .output = fi->output,
                .color = f == stdout && isatty(fileno(stdout)) && !(no_color && *no_color),
                .fail_on = fi->fail_on, .baseline = fi->baseline, .base_run = fi->base_run,
                .marks = fi->baseline || !strcmp(fi->fail_on, "new"), .exit_code = out->code,
                .failing = out->n_failing, .exit_reason = out->reason};
  GlError err = {{0}};
  GlResult rc = report_for(fi->format)(f, &rep, &err);
  if (rc != GL_OK) cli_error(fi->cmd, "%s", err.msg);
  int ok = close_output(fi->cmd, f, fi->output, tmp, rc == GL_OK);
  free(tmp);
  return ok && export_fixes(fi, out);
}

/* The summary on standard error: 'new' is relative to the gate's baseline,
 * as --fail-on new is. */
static void print_summary(const Finish *fi, const Outcome *out) {
  if (!fi->quiet && (!strcmp(fi->format, "text") || fi->output)) {
    StrBuf sb = {0};
    int n = out->n_reported;
    sb_appendf(&sb, "%d finding%s in %d unit%s (run %lld: %d new, %d fixed", n, n == 1 ? "" : "s", fi->units,
               fi->units == 1 ? "" : "s", (long long)fi->run_id, out->n_new, out->n_fixed);
    if (out->n_suppressed) sb_appendf(&sb, ", %d suppressed", out->n_suppressed);
    if (fi->cached) sb_appendf(&sb, ", %d unit%s from the cache", fi->cached, fi->cached == 1 ? "" : "s");
    sb_appendf(&sb, ")%s", fi->failed->len ? "; analysis incomplete" : "");
    cli_message(NULL, "%s", sb_cstr(&sb));
    sb_free(&sb);
  }
  const AnalyseResult *s = fi->stats;
  if (s)
    cli_message(NULL, "time: parse %.3fs, walk %.3fs (summed over workers), database %.3fs, link %.3fs; "
                      "%d units parsed, %d from the cache", s->parse_s, s->walk_s, s->store_s, out->link_s,
                s->parsed, s->cached);
}

static void outcome_free(Outcome *out) {
  pv_free(&out->shown, NULL);
  pv_free(&out->suppressed, NULL);
  sm_free(&out->triage_reasons, free);
  pv_free(&out->findings, link_finding_free);
  sm_free(&out->recorded, recorded_free);
  free(out->reason);
}

/* Links, suppresses, records, classifies and reports the run; the exit
 * code. A run whose report could not be written is recorded as failed. */
static int finish_run(const Finish *fi) {
  Outcome out = {0};
  GlError err = {{0}};
  int code = EXIT_USAGE;
  if (!link_findings(fi, &out)) {
    store_run_finish(fi->st, fi->run_id, "failed", fi->units, 0, &err);
    goto done;
  }
  if (!record_findings(fi, &out)) goto done;
  judge_findings(fi, &out);
  exit_code(fi, &out);
  if (!write_report(fi, &out)) {
    store_run_finish(fi->st, fi->run_id, "failed", fi->units, (int)out.findings.len, &err);
    goto done;
  }
  print_summary(fi, &out);
  code = out.code;
done:
  outcome_free(&out);
  return code;
}

/* The triage file (.growlint-triage.yaml) found walking up from dir, read
 * into entries (TriageEntry*, owned) and by_fp (fingerprint -> entry,
 * borrowed from entries); 0 after printing the error. */
static int load_triage_file(const char *cmd, const char *dir, PtrVec *entries, StrMap *by_fp) {
  char *path = cli_find_upward(dir, TRIAGE_FILE_NAME);
  GlError err = {{0}};
  GlResult rc = path ? triage_read(path, entries, &err) : GL_OK;
  free(path);
  if (rc != GL_OK) {
    cli_error(cmd, "%s", err.msg);
    return 0;
  }
  for (size_t i = 0; i < entries->len; i++) sm_put(by_fp, ((TriageEntry *)entries->items[i])->fingerprint, entries->items[i]);
  return 1;
}

/* A YAML double-quoted scalar of s (owned), for --dump-config. */
static char *yq(const char *s) {
  StrBuf sb = {0};
  sb_append(&sb, "\"");
  for (const char *p = s; *p; p++) {
    if (*p == '"' || *p == '\\') sb_appendf(&sb, "\\%c", *p);
    else if ((unsigned char)*p < 0x20) sb_appendf(&sb, "\\x%02x", (unsigned char)*p);
    else sb_appendn(&sb, p, 1);
  }
  sb_append(&sb, "\"");
  return sb_steal(&sb);
}

/* --dump-config: the configuration check would use from here, each value
 * with where it comes from, as YAML comments. */
static int dump_config(Cmd *c, const char *triage_path) {
  const CheckOpts *o = c->opts;
  const ReportOpts *ro = &o->report;
  char *v = NULL;
  printf("# the configuration 'growlint check' uses from %s\n", c->config_from);
  printf("config: %s  # %s\n", c->cfg.path ? (v = yq(c->cfg.path)) : "null",
         c->common.config ? "--config" : c->cfg.path ? "found walking up from the analysed files" : "none found");
  free(v);
  printf("triage_file: %s  # %s\n", triage_path ? (v = yq(triage_path)) : "null",
         triage_path ? "found walking up from the analysed files" : "none found");
  free(triage_path ? v : NULL);
  printf("db: %s  # %s\n", (v = yq(c->db_path)),
         c->common.db ? "--db" : c->cfg.db ? "the configuration's db" : "the default: .growlint/growlint.db under the project root");
  free(v);
  printf("project_root: %s  # the nearest folder holding .git, else the current one\n", (v = yq(c->root)));
  free(v);
  const char *fail_on = ro->fail_on ? ro->fail_on : c->cfg.fail_on ? c->cfg.fail_on : "any";
  printf("fail_on: %s  # %s\n", fail_on,
         ro->fail_on ? "--fail-on" : c->cfg.fail_on ? "the configuration's fail_on" : "the default");
  StrBuf on = {0};
  for (size_t i = 0; i < c->rs->rules.len; i++) {
    const Rule *r = c->rs->rules.items[i];
    sb_appendf(&on, "%s%s%s", i ? "," : "", rules_enabled(c->rs, r->id) ? "" : "-", r->id);
  }
  printf("checks: %s  # every rule, on or off (-): %s\n", (v = yq(sb_cstr(&on))),
         o->checks ? "the configuration, then --checks" : c->cfg.path ? "the rules' defaults, then the configuration"
                                                                      : "the rules' defaults");
  free(v);
  sb_free(&on);
  printf("exclude:");
  if (!c->cfg.exclude.len && !o->exclude.len) printf(" []");
  printf("\n");
  for (size_t i = 0; i < c->cfg.exclude.len; i++) {
    printf("  - %s  # the configuration's, relative to its folder\n", (v = yq(c->cfg.exclude.items[i])));
    free(v);
  }
  for (size_t i = 0; i < o->exclude.len; i++) {
    printf("  - %s  # --exclude, relative to the current folder\n", (v = yq(o->exclude.items[i])));
    free(v);
  }
  printf("compile_database: %s  # %s\n", o->build_dir ? (v = yq(o->build_dir)) : "null",
         o->cdb_from_config ? "the configuration's compile_database"
         : o->build_dir     ? "-p"
                            : "none: compile_flags.txt where there is one, else gnu17 and gnu++17 defaults");
  if (o->build_dir) free(v);
  printf("extra_args:%s\n", c->cfg.extra_args.len ? "" : " []");
  for (size_t i = 0; i < c->cfg.extra_args.len; i++) { /* the first arguments of c->rest, made absolute */
    printf("  - %s  # the configuration's, paths relative to its folder\n", (v = yq(c->rest.items[i])));
    free(v);
  }
  return EXIT_CLEAN;
}

/* Appends args (n of them) to out (owned copies) with the paths of path
 * options (-I DIR, -isystem DIR, -include FILE, ...) made absolute against base. */
static void absolute_args(const char *base, char *const *args, size_t n_args, PtrVec *out) {
  static const char *const path_flags[] = {"-I", "-isystem", "-iquote", "-idirafter", "-include", "-imacros",
                                           "-F", NULL};
  for (size_t i = 0; i < n_args; i++) {
    const char *a = args[i], *prev = i ? args[i - 1] : "";
    char *arg = NULL;
    for (size_t f = 0; path_flags[f] && !arg; f++) {
      size_t n = strlen(path_flags[f]);
      if (!strcmp(prev, path_flags[f]) && a[0] != '/' && a[0] != '-')
        arg = gl_path_join(base, a); /* -I DIR */
      else if (!strncmp(a, path_flags[f], n) && a[n] && a[n] != '/' && (n == 2 || f >= 4 || a[n] != '-')) {
        char *joined = gl_path_join(base, a + n); /* -IDIR */
        arg = gl_xasprintf("%s%s", path_flags[f], joined);
        free(joined);
      }
    }
    pv_push(out, arg ? arg : gl_xstrdup(a));
  }
}

/* The compiler arguments every unit gets: the configuration's extra_args
 * (relative to its folder), then those after "--" (relative to the current
 * folder, as a compiler run from there would read them; units are parsed
 * from their own folders, so their paths are made absolute). Fills out
 * (owned) and points c->rest at it. Also dump-facts'. */
void cmd_absolute_rest(Cmd *c, PtrVec *out) {
  if (c->cfg.extra_args.len) {
    char *dir = gl_path_dirname(c->cfg.path);
    absolute_args(dir, (char *const *)c->cfg.extra_args.items, c->cfg.extra_args.len, out);
    free(dir);
  }
  absolute_args(c->cwd, (char *const *)c->rest.items, c->rest.len, out);
  c->rest.len = 0;
  for (size_t i = 0; i < out->len; i++) pv_push(&c->rest, out->items[i]);
}

/* ---------- check ---------- */

static volatile sig_atomic_t interrupted;

/* The first SIGINT or SIGTERM stops between units; a second one (a unit
 * that takes long, or a hang) ends the process as the signal would. */
static void on_signal(int sig) {
  if (interrupted) {
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  interrupted = sig;
}

/* What check acquires along the way (released by check_release). */
typedef struct {
  PtrVec units;         /* Unit* (owned) */
  StrBuf dropped;       /* compiler arguments dropped for safety */
  StrMap changed;       /* --changed: main files to re-analyse */
  int changed_mode;     /* --changed, or named files with -p and a facts cache */
  int have_cache;       /* the database has a complete run whose facts can be reused */
  AnalyseResult res;
  char *clang_version, *cmdline, *commit, *branch, *changes;  /* owned */
  StrMap base;          /* the gate's baseline: fingerprint -> 1 */
  int64_t base_run;     /* the run the default baseline is */
  int64_t run_id;
  PtrVec rest;          /* char*: the arguments after "--" with their paths absolute (owned); c->rest points here */
  PtrVec triage;        /* TriageEntry* of the triage file (owned) */
  StrMap triage_by_fp;  /* fingerprint -> TriageEntry* (borrowed from triage) */
} CheckRun;

/* Drops the units that globs exclude: each glob against the path relative
 * to base, and against the absolute path. */
static void exclude_units(PtrVec *units, const PtrVec *globs, const char *base) {
  if (!globs->len) return;
  size_t w = 0;
  for (size_t i = 0; i < units->len; i++) {
    Unit *u = units->items[i];
    char *rel = gl_path_relative(u->file, base);
    int out = 0;
    for (size_t g = 0; g < globs->len && !out; g++)
      out = fnmatch(globs->items[g], rel, 0) == 0 || fnmatch(globs->items[g], u->file, 0) == 0;
    free(rel);
    if (out) unit_free(u);
    else units->items[w++] = u;
  }
  units->len = w;
}

/* Drops the units the configuration excludes (relative to its folder) and
 * those --exclude does (relative to the current folder). */
static void apply_excludes(PtrVec *units, const ProjectConfig *cfg, const PtrVec *cli, const char *cwd) {
  if (cfg->exclude.len) {
    char *base = gl_path_dirname(cfg->path);
    exclude_units(units, &cfg->exclude, base);
    free(base);
  }
  exclude_units(units, cli, cwd);
}

/* A unit's shard: a hash of its main file, so that shares stay stable as files come and go. */
static int in_shard(const Unit *u, int i, int n) {
  size_t h = 5381;
  for (const char *p = u->file; *p; p++) h = h * 33 + (unsigned char)*p;
  return (int)(h % (size_t)n) == i - 1;
}

static void keep_shard(PtrVec *units, int i, int n) {
  size_t w = 0;
  for (size_t k = 0; k < units->len; k++) {
    if (in_shard(units->items[k], i, n)) units->items[w++] = units->items[k];
    else unit_free(units->items[k]);
  }
  units->len = w;
}

static int process_alive(long pid) { return pid > 0 && (kill((pid_t)pid, 0) == 0 || errno == EPERM); }

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static int is_source(const char *path) {
  return gl_has_suffix(path, ".c") || gl_has_suffix(path, ".cc") || gl_has_suffix(path, ".cpp") ||
         gl_has_suffix(path, ".cxx");
}

/* Units of the compile database whose source was deleted since it was
 * written are skipped, with one warning naming them. */
static void skip_missing_sources(const Cmd *c, PtrVec *units) {
  StrBuf gone = {0};
  size_t w = 0, n = 0;
  for (size_t i = 0; i < units->len; i++) {
    Unit *u = units->items[i];
    if (gl_is_file(u->file)) {
      units->items[w++] = u;
      continue;
    }
    char *shown = gl_path_relative(u->file, c->cwd);
    sb_appendf(&gone, "%s%s", n++ ? " " : "", shown);
    free(shown);
    unit_free(u);
  }
  units->len = w;
  if (n)
    cli_warning(c->name, "skipped %zu unit%s of the compile database whose source no longer exists: %s", n,
                n == 1 ? "" : "s", sb_cstr(&gone));
  sb_free(&gone);
}

static size_t common_prefix(const char *a, const char *b) {
  size_t i = 0;
  while (a[i] && a[i] == b[i]) i++;
  return i;
}

/* A source named on the command line but not (yet) in the compile database
 * is analysed with the arguments of the entry nearest to it (the same
 * folder first), as clang-tidy does, and the user is told. */
static void interpolate_new_sources(const Cmd *c, CheckRun *r) {
  const CheckOpts *o = c->opts;
  PtrVec all = {0};
  StrBuf ignored = {0};
  GlError err = {{0}};
  for (size_t i = 0; i < c->args.len; i++) {
    char *real = gl_realpath(c->args.items[i]);
    int known = !real || !is_source(real) || !gl_is_file(real);
    for (size_t j = 0; !known && j < r->units.len; j++) known = !strcmp(((Unit *)r->units.items[j])->file, real);
    if (!known && !all.len && units_from_cdb(o->build_dir, NULL, 0, &c->rest, &all, &ignored, &err) != GL_OK) known = 1;
    const Unit *best = NULL;
    size_t best_len = 0;
    for (size_t j = 0; !known && j < all.len; j++) {
      const Unit *u = all.items[j];
      size_t len = common_prefix(u->file, real);
      if (!best || len > best_len) best = u, best_len = len;
    }
    if (!known && best) {
      Unit *nu = gl_xcalloc(1, sizeof *nu);
      nu->file = gl_xstrdup(real);
      nu->directory = gl_xstrdup(best->directory);
      for (size_t j = 0; j < best->args.len; j++) pv_push(&nu->args, gl_xstrdup(best->args.items[j]));
      pv_push(&r->units, nu);
      char *shown = gl_path_relative(real, c->cwd), *from = gl_path_relative(best->file, c->cwd);
      cli_note(c->name, "'%s' is not in the compile database: analysing it with the arguments of '%s'", shown, from);
      free(shown);
      free(from);
    }
    free(real);
  }
  pv_free(&all, unit_free);
  sb_free(&ignored);
}

/* Changed mode without a compile database: the units of the last complete
 * run and the changed sources, those that still exist. Without a last run
 * (pre-commit in a fresh clone, nothing built), every source under the
 * project root, as 'growlint check ROOT' finds them, so that a changed
 * header is analysed where the sources include it. */
static GlResult units_of_last_run(const Cmd *c, CheckRun *r, GlError *err) {
  int64_t last = 0;
  PtrVec files = {0}, existing = {0};
  if (store_last_complete_run(c->st, 0, NULL, 0, &last, err) == GL_OK && last)
    store_run_unit_files(c->st, last, &files, err);
  size_t root_len = strlen(c->root);
  if (!last) pv_push(&files, gl_xstrdup(c->root));
  for (size_t i = 0; i < c->args.len; i++) {
    char *real = gl_realpath(c->args.items[i]);
    int in_root = real && !last && !strncmp(real, c->root, root_len) && real[root_len] == '/';
    if (real && !in_root && (is_source(real) || gl_has_suffix(real, ".py"))) pv_push(&files, real); /* a Python module too */
    else free(real);
  }
  for (size_t i = 0; i < files.len; i++)
    if (gl_is_file(files.items[i]) || gl_is_dir(files.items[i])) pv_push(&existing, files.items[i]); /* the root */
  GlResult rc = existing.len
                    ? units_from_paths((char *const *)existing.items, (int)existing.len, &c->rest, &r->units, err)
                    : GL_OK;
  pv_free(&existing, NULL);
  pv_free(&files, free);
  return rc;
}

/* Changed mode: the units to consider and which of them to re-analyse. */
static int changed_units(const Cmd *c, CheckRun *r) {
  const CheckOpts *o = c->opts;
  GlError err = {{0}};
  GlResult rc = o->build_dir ? units_from_cdb(o->build_dir, NULL, 0, &c->rest, &r->units, &r->dropped, &err)
                             : units_of_last_run(c, r, &err);
  if (rc != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return 0;
  }
  for (size_t i = 0; i < c->args.len; i++) {
    char *real = gl_realpath(c->args.items[i]);
    if (!real) continue; /* a deleted file: the units that included it are found through their other files */
    sm_put(&r->changed, real, (void *)1);
    store_units_including(c->st, real, &r->changed, &err);
    free(real);
  }
  int64_t any = 0;
  store_last_complete_run(c->st, 0, NULL, 0, &any, &err);
  r->have_cache = any != 0;
  return 1;
}

/* Named files with -p (what an editor or a hook runs): with a facts cache,
 * every other unit of the compile database comes from it, so that the named
 * files are linked with the whole program, as with --changed; without one,
 * the user is told that callers in other files were not seen. */
static int named_with_cache(Cmd *c, CheckRun *r) {
  const CheckOpts *o = c->opts;
  int selected = r->units.len > 0; /* entries of the database, or a new source it does not hold yet */
  for (size_t i = 0; i < c->args.len && !selected; i++)
    selected = is_source(c->args.items[i]) && gl_is_file(c->args.items[i]);
  if (o->changed || o->shard || !o->build_dir || !c->args.len || !selected) return 1;
  GlError err = {{0}};
  int64_t any = 0;
  store_last_complete_run(c->st, 0, NULL, 0, &any, &err);
  if (!any) {
    cli_note(c->name, "no facts cache yet in '%s': the named files were analysed alone, so callers in other files "
                      "were not seen; 'growlint check -p %s' once links later runs with the whole program",
             c->db_path, o->build_dir);
    return 1;
  }
  pv_free(&r->units, unit_free);
  sb_free(&r->dropped);
  r->changed_mode = 1;
  return changed_units(c, r);
}

/* Creates the default or the configured database's folder; opens the
 * database; finds the units to analyse. */
static int find_units(Cmd *c, CheckRun *r) {
  const CheckOpts *o = c->opts;
  GlError err = {{0}};
  char *dir = c->common.db ? NULL : gl_path_dirname(c->db_path);
  int made = !dir || gl_is_dir(dir) || mkdir(dir, 0777) == 0;
  if (!made) cli_error(c->name, "cannot create '%s': %s", dir, strerror(errno));
  free(dir);
  if (!made) return 0;
  char *const *paths = (char *const *)c->args.items;
  GlResult rc = GL_OK;
  if (!o->build_dir && !o->changed) { /* clang-tidy users expect -p: say when a build is there */
    char *cdb = gl_path_join(c->root, "build/compile_commands.json");
    if (gl_is_file(cdb)) {
      char *build = gl_path_join(c->root, "build"), *shown = gl_path_relative(build, c->cwd);
      cli_note(c->name, "%s/compile_commands.json exists: add -p %s to analyse with the project's own flags", shown,
               shown);
      free(shown);
      free(build);
    }
    free(cdb);
  }
  if (!o->changed)
    rc = o->build_dir ? units_from_cdb(o->build_dir, paths, (int)c->args.len, &c->rest, &r->units, &r->dropped, &err)
                      : units_from_paths(paths, (int)c->args.len, &c->rest, &r->units, &err);
  if (rc == GL_OK) rc = store_open(c->db_path, &c->st, &err);
  if (rc != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return 0;
  }
  r->have_cache = 1;
  r->changed_mode = o->changed;
  if (o->changed && !changed_units(c, r)) return 0;
  if (!named_with_cache(c, r)) return 0;
  if (o->build_dir) {
    skip_missing_sources(c, &r->units);
    interpolate_new_sources(c, r);
  }
  if (r->dropped.len)
    cli_warning(c->name, "ignored compiler arguments that could load code or read more arguments from a file: %s",
                sb_cstr(&r->dropped));
  if (o->changed && !r->have_cache)
    cli_message(c->name, "no facts cache yet in '%s': analysing every unit now; "
                         "later runs with --changed will reuse it", c->db_path);
  apply_excludes(&r->units, &c->cfg, &o->exclude, c->cwd);
  if (!units_share_the_configuration(c, &r->units)) return 0;
  if (o->shard) keep_shard(&r->units, o->shard_i, o->shard_n);
  if (!r->units.len && !o->shard) {
    cli_error(c->name, "no C or C++ sources found in the given paths");
    return 0;
  }
  return 1;
}

/* The git commit, branch and changes of the work tree; the gate's baseline
 * (nothing is recorded when --baseline is not one). */
static int prepare_gate(Cmd *c, CheckRun *r) {
  const CheckOpts *o = c->opts;
  const char *commit_args[] = {"rev-parse", "HEAD", NULL}, *branch_args[] = {"rev-parse", "--abbrev-ref", "HEAD", NULL};
  const char *status_args[] = {"status", "--porcelain", "--untracked-files=no", NULL};
  r->commit = cli_git(c->root, commit_args);
  r->branch = r->commit ? cli_git(c->root, branch_args) : NULL;
  r->changes = r->commit ? cli_git(c->root, status_args) : NULL;
  return o->shard || gate_baseline(c->name, c->st, o->report.baseline, c->root, r->commit != NULL, &r->base,
                                   &r->base_run);
}

/* Records the start of the run with its git commit and branch; marks runs whose process is gone as interrupted. */
static int begin_run(Cmd *c, CheckRun *r) {
  char frontends[512];
  frontend_versions(frontends, sizeof frontends);
  RunInfo info = {c->root, GROWLINT_VERSION, r->clang_version, r->cmdline, r->commit, r->branch, r->changes != NULL,
                  frontends};
  GlError err = {{0}};
  int stale = 0;
  if (store_reap_stale_runs(c->st, process_alive, &stale, &err) != GL_OK ||
      store_run_begin(c->st, &info, &r->run_id, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return 0;
  }
  if (stale)
    cli_note(c->name, "%d earlier run%s ended without finishing (killed?): recorded as interrupted", stale,
             stale == 1 ? "" : "s");
  return 1;
}

/* Analyses the units; 0 after recording a failed or interrupted run (*code says which). */
static int analyse(Cmd *c, CheckRun *r, int *code) {
  const CheckOpts *o = c->opts;
  struct sigaction sa = {0};
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  AnalyseOpts ao = {.rs = c->rs, .st = c->st, .run_id = r->run_id, .jobs = o->jobs ? o->jobs : default_jobs(),
                    .cwd = c->cwd, .progress = isatty(2), .use_cache = !o->no_cache && r->have_cache,
                    .changed = r->changed_mode ? &r->changed : NULL, .stop = &interrupted};
  GlError err = {{0}};
  if (analyse_units(&ao, &r->units, &r->res, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    store_run_finish(c->st, r->run_id, "failed", r->res.done, 0, &err);
    return 0;
  }
  if (r->res.interrupted) {
    cli_message(c->name, "interrupted after %d of %zu units; run %lld is recorded as interrupted", r->res.done,
                r->units.len, (long long)r->run_id);
    store_run_finish(c->st, r->run_id, "interrupted", r->res.done, 0, &err);
    *code = EXIT_INTERRUPTED;
    return 0;
  }
  return 1;
}

/* --shard: the run ends without linking; 'growlint merge' links the shards. */
static int finish_shard(Cmd *c, CheckRun *r) {
  const CheckOpts *o = c->opts;
  GlError err = {{0}};
  size_t n = r->units.len;
  if (store_run_finish(c->st, r->run_id, r->res.failed.len ? "incomplete" : "complete", (int)n, 0, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    return EXIT_USAGE;
  }
  cli_message(NULL, "shard %d/%d: %zu unit%s analysed into %s (run %lld); link them with 'growlint merge'", o->shard_i,
              o->shard_n, n, n == 1 ? "" : "s", c->db_path, (long long)r->run_id);
  return r->res.failed.len ? EXIT_INCOMPLETE : EXIT_CLEAN;
}

static void check_release(CheckRun *r) {
  analyse_result_free(&r->res);
  pv_free(&r->units, unit_free);
  sb_free(&r->dropped);
  sm_free(&r->changed, NULL);
  free(r->clang_version);
  free(r->cmdline);
  free(r->commit);
  free(r->branch);
  free(r->changes);
  sm_free(&r->base, NULL);
  sm_free(&r->triage_by_fp, NULL);
  pv_free(&r->triage, triage_entry_free);
  pv_free(&r->rest, free);
}

int cmd_check(Cmd *c) {
  const CheckOpts *o = c->opts;
  CheckRun r = {.clang_version = frontend_clang_version(), .cmdline = command_line(c->argc, c->argv)};
  int code = EXIT_USAGE;
  GlError err = {{0}};
  if (o->checks && rules_apply_checks(c->rs, o->checks, "--checks", &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto done;
  }
  if (!settle_compile_database(c)) goto done;
  cmd_absolute_rest(c, &r.rest);
  if (!load_triage_file(c->name, c->config_from, &r.triage, &r.triage_by_fp)) goto done;
  if (o->dump_config || o->verify_config) {
    char *tp = cli_find_upward(c->config_from, TRIAGE_FILE_NAME);
    if (o->dump_config) {
      code = dump_config(c, tp);
    } else {
      printf("%s: valid\n", c->cfg.path ? c->cfg.path : "no .growlint.yaml found: the defaults");
      printf("%s: %s\n", tp ? tp : "no " TRIAGE_FILE_NAME " found", tp ? "valid" : "no triage from a file");
      code = EXIT_CLEAN;
    }
    free(tp);
    goto done;
  }
  if (!find_units(c, &r) ||
      !prepare_gate(c, &r) || !begin_run(c, &r) || !analyse(c, &r, &code))
    goto done;
  if (o->shard) {
    code = finish_shard(c, &r);
    goto done;
  }
  const ReportOpts *ro = &o->report;
  Finish fi = {.cmd = c->name, .st = c->st, .run_id = r.run_id, .rs = c->rs,
               .fail_on = ro->fail_on ? ro->fail_on : c->cfg.fail_on ? c->cfg.fail_on : "any",
               .baseline = ro->baseline, .base = &r.base, .base_run = r.base_run, .only_failing = ro->only_failing,
               .root = c->root, .cwd = c->cwd, .clang_version = r.clang_version,
               .format = ro->format ? ro->format : "text", .output = ro->output, .units = (int)r.units.len,
               .failed = &r.res.failed, .cached = r.res.cached,
               .stats = o->stats ? &r.res : NULL, .export_fixes = ro->export_fixes, .file_triage = &r.triage_by_fp,
               .quiet = o->quiet};
  code = finish_run(&fi);
done:
  check_release(&r);
  return code;
}

/* ---------- merge ---------- */

typedef struct {
  ReportOpts report;
} MergeOpts;

static const Option merge_options[] = {
    OPT_DB("the database to merge into (required)"),
    OPT_INCLUDE(MergeOpts, report, report_options),
    OPT_RULES("load rules and models from DIR instead of the installed ones"),
    OPT_END(),
};

static int merge_prepare(Cmd *c) {
  const MergeOpts *o = c->opts;
  if (!report_opts_ok(c->name, &o->report)) return 0;
  if (!c->common.db || !c->args.len) {
    cli_usage_error(c->name, "expected shard databases and --db OUT.db");
    return 0;
  }
  return 1;
}

const CmdSpec merge_spec = {"growlint merge [options] SHARD.db... --db OUT.db",
    "Merges the facts of shard databases written by 'growlint check --shard I/N' into OUT.db, links them "
    "(each program on its own), records the run and reports it like 'growlint check'.",
    merge_options, sizeof(MergeOpts), merge_prepare, NULL};

/* The git commit and branch the shards analysed (owned, NULL when unknown
 * or when the shards disagree): the newest complete run of each shard. */
typedef struct {
  char *commit, *branch;
} ShardGit;

static int shard_run_git(void *ctx, const RunRow *r) {
  ShardGit *g = ctx;
  g->commit = r->git_commit ? gl_xstrdup(r->git_commit) : NULL;
  g->branch = r->git_branch ? gl_xstrdup(r->git_branch) : NULL;
  return 0;
}

static void shards_git(const Cmd *c, char **commit, char **branch) {
  *commit = *branch = NULL;
  int disagree = 0;
  for (size_t i = 0; i < c->args.len && !disagree; i++) {
    Store *st = NULL;
    GlError err = {{0}};
    int64_t run = 0;
    int found = 0;
    ShardGit g = {NULL, NULL};
    if (!gl_is_file(c->args.items[i]) || store_open(c->args.items[i], &st, &err) != GL_OK) continue;
    if (store_last_complete_run(st, 0, NULL, 0, &run, &err) == GL_OK && run)
      store_run_get(st, run, shard_run_git, &g, &found, &err);
    store_close(st);
    if (g.commit && *commit && strcmp(g.commit, *commit)) disagree = 1;
    if (g.commit && !*commit) {
      *commit = g.commit;
      *branch = g.branch;
    } else {
      free(g.commit);
      free(g.branch);
    }
  }
  if (disagree) {
    cli_warning(c->name, "the shards analysed different commits: the merged run records none");
    free(*commit);
    free(*branch);
    *commit = *branch = NULL;
  }
}

int cmd_merge(Cmd *c) {
  const ReportOpts *ro = &((const MergeOpts *)c->opts)->report;
  GlError err = {{0}};
  PtrVec failed = {0};
  char *clang_version = frontend_clang_version(), *cmdline = command_line(c->argc, c->argv);
  int64_t run_id = 0;
  int total = 0, code = EXIT_USAGE;
  char frontends[512];
  frontend_versions(frontends, sizeof frontends);
  char *commit = NULL, *branch = NULL;
  shards_git(c, &commit, &branch);
  RunInfo info = {c->root, GROWLINT_VERSION, clang_version, cmdline, commit, branch, 0, frontends};
  StrMap base = {0}, triage_by_fp = {0};
  PtrVec triage = {0};
  int64_t base_run = 0;
  if (!load_triage_file(c->name, c->cwd, &triage, &triage_by_fp)) goto done;
  if (store_open(c->db_path, &c->st, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto done;
  }
  if (!gate_baseline(c->name, c->st, ro->baseline, c->root, 0, &base, &base_run)) goto done;
  if (store_run_begin(c->st, &info, &run_id, &err) != GL_OK) {
    cli_error(c->name, "%s", err.msg);
    goto done;
  }
  for (size_t i = 0; i < c->args.len; i++) {
    int n = 0;
    if (store_merge(c->st, run_id, c->args.items[i], &n, &err) != GL_OK) {
      cli_error(c->name, "%s", err.msg);
      store_run_finish(c->st, run_id, "failed", total, 0, &err);
      goto done;
    }
    total += n;
  }
  Finish fi = {.cmd = c->name, .st = c->st, .run_id = run_id, .rs = c->rs, .fail_on = ro->fail_on ? ro->fail_on : "any",
               .baseline = ro->baseline, .base = &base, .base_run = base_run, .only_failing = ro->only_failing,
               .root = c->root, .cwd = c->cwd, .clang_version = clang_version,
               .format = ro->format ? ro->format : "text", .output = ro->output, .units = total, .failed = &failed,
               .export_fixes = ro->export_fixes, .file_triage = &triage_by_fp};
  code = finish_run(&fi);
done:
  sm_free(&triage_by_fp, NULL);
  pv_free(&triage, triage_entry_free);
  sm_free(&base, NULL);
  free(commit);
  free(branch);
  free(clang_version);
  free(cmdline);
  return code;
}
