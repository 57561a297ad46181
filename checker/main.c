/* main.c - the command layer: the table of subcommands, `check`, `rules`,
 * `version` and `help` (the history commands are in cmd_history.c). Only
 * this layer prints and chooses the exit code (cli.h, README.md "Exit codes").
 */
#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "baseline.h"
#include "cli.h"
#include "cmd.h"
#include "analyse.h"
#include "frontend.h"
#include "link.h"
#include "report.h"
#include "rules.h"
#include "store.h"
#include "suppress.h"
#include "units.h"


typedef int (*CmdFn)(int argc, char **argv);

static int cmd_check(int argc, char **argv);
static int cmd_rules(int argc, char **argv);
static int cmd_merge(int argc, char **argv);
static int cmd_version(int argc, char **argv);
static int cmd_help(int argc, char **argv);

static const struct {
  const char *name;
  CmdFn fn;
  const char *summary;
  const char *usage;
} commands[] = {
    {"check", cmd_check, "analyse C and C++ sources for long-lived containers that only grow", NULL},
    {"history", cmd_history, "list the recorded runs with their totals", history_usage},
    {"findings", cmd_findings, "list the findings of a run, with filters", findings_usage},
    {"diff", cmd_diff, "compare the findings of two runs", diff_usage},
    {"show", cmd_show, "show one finding: trace, fix and the corpus example", show_usage},
    {"triage", cmd_triage, "mark a finding false-positive, intentional or confirmed", triage_usage},
    {"baseline", cmd_baseline, "write a baseline file of a run's findings", baseline_usage},
    {"explain", cmd_explain, "explain a rule: rationale, mistake and correct ways", explain_usage},
    {"merge", cmd_merge, "merge shard databases and link them as one program", NULL},
    {"dump-facts", cmd_dump_facts, "print the facts the front end extracts from each unit", dump_facts_usage},
    {"rules", cmd_rules, "list the rules", NULL},
    {"version", cmd_version, "print the growlint and libclang versions", NULL},
    {"help", cmd_help, "show help for a command", NULL},
};

static const char check_usage[] =
    "usage: growlint check [options] [PATH...] [-- COMPILER-ARGS...]\n"
    "\n"
    "Analyses the C and C++ files named by PATH (files, or directories searched\n"
    "recursively for .c .cc .cpp .cxx sources) and reports containers with static\n"
    "storage duration that only ever grow in code that repeats.\n"
    "\n"
    "Without -p, C files parse as C17 and C++ files as C++17, with each file's\n"
    "folder on the include path. With -p, the compile database decides, and PATHs\n"
    "only select which of its entries are analysed.\n"
    "\n"
    "options:\n"
    "  -p BUILD_DIR       read BUILD_DIR/compile_commands.json\n"
    "  --format FORMAT    text (default), json or sarif\n"
    "  --output FILE      write the report to FILE instead of standard output\n"
    "  --db PATH          the history database (default: .growlint/growlint.db\n"
    "                     under the project root: the nearest folder above the\n"
    "                     current one that holds .git, else the current folder)\n"
    "  --fail-on POLICY   which findings fail the run: any (default), new, none\n"
    "  --baseline REF     what 'new' is relative to: a run id, a git ref (its last\n"
    "                     complete run) or a baseline file (default: the previous\n"
    "                     complete run)\n"
    "  --config FILE      the project configuration (default: .growlint.yaml found\n"
    "                     walking up from the analysed files)\n"
    "  --rules DIR        load rules and models from DIR instead of the installed ones\n"
    "  -j N               analyse N units in parallel (default: the number of cores)\n"
    "  --no-cache         parse every unit even when its stored facts are still valid\n"
    "  --stats            print where the time went (parse, walk, database, link)\n"
    "  --changed          the PATHs are changed files: re-analyse the units that are or\n"
    "                     include them, take every other unit (of the compile database,\n"
    "                     or of the last complete run) from the facts cache\n"
    "  --shard I/N        analyse the I-th of N deterministic shares of the units into\n"
    "                     the database, without linking (see 'growlint merge')\n"
    "  -h, --help         show this help\n"
    "  --                 pass the remaining arguments to the compiler\n"
    "\n"
    "exit codes: 0 nothing fails the run, 1 findings that fail the run,\n"
    "            2 usage or input error, 3 analysis incomplete (a unit could not\n"
    "            be parsed), 130 interrupted\n";

static const char rules_usage[] =
    "usage: growlint rules [--rules DIR]\n"
    "\n"
    "Lists every rule with its severity and title.\n";

static void usage(FILE *out) {
  fputs("usage: growlint <command> [options]\n       growlint --version\n\ncommands:\n", out);
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fputs("\nRun 'growlint help COMMAND' or 'growlint COMMAND --help' for a command's options.\n", out);
}

int cmd_finish(int code) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "growlint: error: cannot write output: %s\n", strerror(errno));
    return EXIT_USAGE;
  }
  return code;
}

static double mono_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static volatile sig_atomic_t interrupted;

static void on_signal(int sig) { interrupted = sig; }

typedef struct {
  const char *build_dir;   /* -p */
  const char *format;      /* --format */
  const char *output;      /* --output */
  const char *db;          /* --db */
  const char *rules;       /* --rules */
  const char *config;      /* --config */
  const char *fail_on;     /* --fail-on */
  const char *baseline;    /* --baseline */
  const char *jobs;        /* -j */
  const char *shard;       /* --shard I/N */
  int no_cache;            /* --no-cache */
  int stats;               /* --stats */
  int changed;             /* --changed: PATHs are changed files */
  int shard_i, shard_n;    /* parsed --shard */
  char **paths;            /* borrowed from argv */
  int npaths;
  PtrVec extra;            /* char* borrowed: arguments after -- */
} CheckOpts;

static int parse_check(int argc, char **argv, CheckOpts *o) {
  o->paths = gl_xcalloc((size_t)argc + 1, sizeof *o->paths);
  static const char *const names[] = {"-p", "--format", "--output", "--db", "--rules", "--config", "--fail-on",
                                      "--baseline", "-j", "--shard"};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slots[] = {&o->build_dir, &o->format, &o->output, &o->db, &o->rules, &o->config, &o->fail_on,
                            &o->baseline, &o->jobs, &o->shard};
    int matched = 0;
    for (size_t n = 0; n < sizeof names / sizeof *names && !matched; n++) {
      int r = cli_opt(argc, argv, &i, names[n], slots[n]);
      if (r < 0) {
        fprintf(stderr, "growlint check: error: option '%s' needs a value\n", a);
        return 0;
      }
      matched = r;
    }
    if (matched) continue;
    if (!strncmp(a, "-p", 2) && a[2]) {
      o->build_dir = a + 2;
    } else if (!strncmp(a, "-j", 2) && a[2]) {
      o->jobs = a + 2;
    } else if (!strcmp(a, "--no-cache")) {
      o->no_cache = 1;
    } else if (!strcmp(a, "--stats")) {
      o->stats = 1;
    } else if (!strcmp(a, "--changed")) {
      o->changed = 1;
    } else if (!strcmp(a, "--")) {
      for (i++; i < argc; i++) pv_push(&o->extra, argv[i]);
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(check_usage, stdout);
      return -1;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "growlint check: error: unknown option '%s'\nRun 'growlint check --help' for usage.\n", a);
      return 0;
    } else {
      o->paths[o->npaths++] = argv[i];
    }
  }
  if (o->format && !report_for(o->format)) {
    fprintf(stderr, "growlint check: error: unknown format '%s' (expected one of: %s)\n", o->format,
            report_formats());
    return 0;
  }
  if (o->fail_on && strcmp(o->fail_on, "any") && strcmp(o->fail_on, "new") && strcmp(o->fail_on, "none")) {
    fprintf(stderr, "growlint check: error: unknown --fail-on policy '%s' (expected any, new or none)\n", o->fail_on);
    return 0;
  }
  if (o->jobs && (atoi(o->jobs) < 1 || atoi(o->jobs) > 256 || strspn(o->jobs, "0123456789") != strlen(o->jobs))) {
    fprintf(stderr, "growlint check: error: -j needs a number of jobs from 1 to 256, not '%s'\n", o->jobs);
    return 0;
  }
  if (o->shard) {
    char slash = 0;
    int used = 0;
    if (sscanf(o->shard, "%d%c%d%n", &o->shard_i, &slash, &o->shard_n, &used) != 3 || slash != '/' ||
        o->shard[used] || o->shard_n < 1 || o->shard_i < 1 || o->shard_i > o->shard_n) {
      fprintf(stderr, "growlint check: error: --shard needs I/N with 1 <= I <= N, not '%s'\n", o->shard);
      return 0;
    }
  }
  if (o->changed && o->npaths == 0) {
    fprintf(stderr, "growlint check: error: --changed needs the changed files as PATHs\n");
    return 0;
  }
  if (!o->build_dir && o->npaths == 0) {
    fprintf(stderr, "growlint check: error: nothing to analyse: give files or directories, or -p BUILD_DIR\n"
                    "Run 'growlint check --help' for usage.\n");
    return 0;
  }
  return 1;
}

static char *command_line(int argc, char **argv) {
  StrBuf sb = {0};
  sb_append(&sb, "growlint");
  for (int i = 0; i < argc; i++) sb_appendf(&sb, " %s", argv[i]);
  return sb_steal(&sb);
}

/* Where to look for .growlint.yaml: the first path's folder, else the build folder, else cwd. */
static char *config_search_dir(const CheckOpts *o, const char *cwd) {
  const char *p = o->npaths ? o->paths[0] : o->build_dir ? o->build_dir : cwd;
  char *real = gl_realpath(p);
  if (!real) return gl_xstrdup(cwd);
  if (gl_is_dir(real)) return real;
  char *dir = gl_path_dirname(real);
  free(real);
  return dir;
}

/* Drops the units the configuration excludes (globs against the path
 * relative to the configuration's folder, and the absolute path). */
static void apply_excludes(PtrVec *units, const ProjectConfig *cfg) {
  if (!cfg->exclude.len) return;
  char *base = gl_path_dirname(cfg->path);
  size_t w = 0;
  for (size_t i = 0; i < units->len; i++) {
    Unit *u = units->items[i];
    char *rel = gl_path_relative(u->file, base);
    int out = 0;
    for (size_t g = 0; g < cfg->exclude.len && !out; g++)
      out = fnmatch(cfg->exclude.items[g], rel, 0) == 0 || fnmatch(cfg->exclude.items[g], u->file, 0) == 0;
    free(rel);
    if (out) unit_free(u);
    else units->items[w++] = u;
  }
  units->len = w;
  free(base);
}

typedef struct {
  StrMap state;   /* fingerprint -> char* state */
  StrMap triage;  /* fingerprint -> char* triage status */
} RunStates;

static int collect_state(void *ctx, const FindingRow *f) {
  RunStates *rs = ctx;
  if (!strcmp(f->state, "fixed")) return 0;
  sm_put(&rs->state, f->fingerprint, gl_xstrdup(f->state));
  if (f->triage) sm_put(&rs->triage, f->fingerprint, gl_xstrdup(f->triage));
  return 0;
}

static int collect_fingerprint(void *ctx, const FindingRow *f) {
  if (strcmp(f->state, "fixed")) sm_put(ctx, f->fingerprint, (void *)1);
  return 0;
}

/* Resolves --baseline to a set of fingerprints; prints errors. */
static int load_baseline(Store *st, const char *ref, const char *root, StrMap *fps) {
  GlError err = {{0}};
  if (gl_is_file(ref)) {
    PtrVec entries = {0};
    GlResult rc = baseline_read(ref, &entries, &err);
    for (size_t i = 0; i < entries.len; i++) sm_put(fps, ((BaselineEntry *)entries.items[i])->fingerprint, (void *)1);
    pv_free(&entries, baseline_entry_free);
    if (rc != GL_OK) fprintf(stderr, "growlint check: error: %s\n", err.msg);
    return rc == GL_OK;
  }
  int64_t run = 0;
  if (*ref && strspn(ref, "0123456789") == strlen(ref)) {
    int found = 0;
    run = strtoll(ref, NULL, 10);
    if (store_run_get(st, run, NULL, NULL, &found, &err) != GL_OK || !found) {
      fprintf(stderr, "growlint check: error: --baseline %s: no such run\n", ref);
      return 0;
    }
  } else {
    char *spec = gl_xasprintf("%s^{commit}", ref);
    const char *args[] = {"rev-parse", "--verify", "--quiet", spec, NULL};
    char *commit = cli_git(root, args);
    free(spec);
    if (!commit) {
      fprintf(stderr, "growlint check: error: --baseline '%s' is not a baseline file, a run id or a git ref\n", ref);
      return 0;
    }
    store_last_complete_run(st, 0, commit, 1, &run, &err);
    if (!run) {
      fprintf(stderr, "growlint check: error: --baseline %s: no complete run of a clean work tree was recorded "
                      "for commit %.12s\n", ref, commit);
      free(commit);
      return 0;
    }
    free(commit);
  }
  FindingFilter flt = {.run_id = run};
  if (store_findings(st, &flt, collect_fingerprint, fps, &err) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    return 0;
  }
  return 1;
}

/* Opens the report's destination: standard output, or a temporary file
 * renamed over --output once it is complete. */
static FILE *open_output(const char *path, char **tmp) {
  *tmp = NULL;
  if (!path) return stdout;
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    /* a device or a pipe (/dev/null, /dev/stdout): write to it, never rename over it */
    FILE *f = fopen(path, "w");
    if (!f) fprintf(stderr, "growlint check: error: cannot write '%s': %s\n", path, strerror(errno));
    return f;
  }
  *tmp = gl_xasprintf("%s.tmp", path);
  FILE *f = fopen(*tmp, "w");
  if (!f) fprintf(stderr, "growlint check: error: cannot write '%s': %s\n", path, strerror(errno));
  return f;
}

static int close_output(FILE *f, const char *path, const char *tmp) {
  if (f == stdout) return 1;
  if (!tmp) {
    if (fclose(f) == 0) return 1;
    fprintf(stderr, "growlint check: error: cannot write '%s': %s\n", path, strerror(errno));
    return 0;
  }
  int ok = fclose(f) == 0 && rename(tmp, path) == 0;
  if (!ok) {
    fprintf(stderr, "growlint check: error: cannot write '%s': %s\n", path, strerror(errno));
    remove(tmp);
  }
  return ok;
}

/* What the end of a run needs: link, suppress, record, classify, report,
 * choose the exit code. Shared by check and merge. */
typedef struct {
  const char *cmd;          /* "check" or "merge" for messages */
  Store *st;
  int64_t run_id;
  const RuleSet *rs;
  const char *fail_on;      /* any | new | none */
  const char *baseline;     /* --baseline, or NULL */
  const char *root, *cwd, *clang_version;
  const char *format, *output;
  int units;
  const PtrVec *failed;     /* char*: units that did not parse */
  int cached;               /* units from the facts cache, for the summary */
  int in_git;               /* the root is a git work tree */
  const AnalyseResult *stats; /* print the time report when not NULL */
} Finish;

static int finish_run(const Finish *fi) {
  GlError err = {{0}};
  PtrVec findings = {0}, shown = {0};
  StrMap baseline = {0};
  RunStates states = {{0}, {0}};
  SuppressCache scache = {0};
  int code = EXIT_USAGE, n_new = 0, n_fixed = 0, n_suppressed = 0, n_failing = 0;
  char *out_tmp = NULL;
  GlResult rc;
  if (fi->baseline && !load_baseline(fi->st, fi->baseline, fi->root, &baseline)) {
    store_run_finish(fi->st, fi->run_id, "failed", fi->units, 0, &err);
    goto done;
  }
  /* --fail-on new without --baseline: new relative to the last complete run of a
   * clean work tree (runs on uncommitted changes, such as pre-commit's, never
   * become the baseline), or outside git to the previous complete run */
  int64_t base_run = 0;
  if (!fi->baseline && !strcmp(fi->fail_on, "new")) {
    store_last_complete_run(fi->st, fi->run_id, NULL, fi->in_git, &base_run, &err);
    FindingFilter bf = {.run_id = base_run};
    if (base_run) store_findings(fi->st, &bf, collect_fingerprint, &baseline, &err);
  }
  double link_start = mono_now();
  if ((rc = link_run(fi->st, fi->run_id, fi->rs, &findings, &err)) != GL_OK) {
    fprintf(stderr, "growlint %s: error: %s\n", fi->cmd, err.msg);
    store_run_finish(fi->st, fi->run_id, "failed", fi->units, 0, &err);
    goto done;
  }
  for (size_t i = 0; i < findings.len; i++) {
    Finding *f = findings.items[i];
    char *reason = NULL;
    if (suppress_check(&scache, f->loc.file, f->loc.line, f->rule, &reason)) {
      f->suppressed = *reason ? reason : (free(reason), gl_xstrdup("suppressed inline"));
      n_suppressed++;
    } else {
      free(reason);
    }
  }
  double link_s = mono_now() - link_start;
  const char *status = fi->failed->len ? "incomplete" : "complete";
  FindingFilter flt = {.run_id = fi->run_id};
  if ((rc = link_save(fi->st, fi->run_id, &findings, &err)) != GL_OK ||
      (rc = store_run_finish(fi->st, fi->run_id, status, fi->units, (int)findings.len, &err)) != GL_OK ||
      (rc = store_classify(fi->st, fi->run_id, &n_new, &n_fixed, &err)) != GL_OK ||
      (rc = store_findings(fi->st, &flt, collect_state, &states, &err)) != GL_OK) {
    fprintf(stderr, "growlint %s: error: %s\n", fi->cmd, err.msg);
    goto done;
  }
  for (size_t i = 0; i < findings.len; i++) {
    Finding *f = findings.items[i];
    const char *state = sm_get(&states.state, f->fingerprint), *triage = sm_get(&states.triage, f->fingerprint);
    f->state = gl_xstrdup(state ? state : "new");
    f->triage = gl_xstrdup(triage);
    f->baselined = sm_get(&baseline, f->fingerprint) != NULL;
    if (f->suppressed) continue;
    pv_push(&shown, f);
    int accepted = f->triage && (!strcmp(f->triage, "false-positive") || !strcmp(f->triage, "intentional"));
    int is_new = !f->baselined;
    if (!accepted && (!strcmp(fi->fail_on, "any") || (!strcmp(fi->fail_on, "new") && is_new))) n_failing++;
  }
  FILE *out = open_output(fi->output, &out_tmp);
  if (!out) goto done;
  const char *no_color = getenv("NO_COLOR");
  Report rep = {.findings = &shown, .failed = fi->failed, .units = fi->units, .run_id = fi->run_id, .cwd = fi->cwd,
                .clang_version = fi->clang_version, .rules = fi->rs,
                .color = out == stdout && isatty(fileno(stdout)) && !(no_color && *no_color)};
  rc = report_for(fi->format)(out, &rep, &err);
  if (!close_output(out, fi->output, out_tmp)) goto done;
  if (rc != GL_OK) {
    fprintf(stderr, "growlint %s: error: %s\n", fi->cmd, err.msg);
    goto done;
  }
  if (!strcmp(fi->format, "text") || fi->output) {
    fprintf(stderr, "growlint: %zu finding%s in %d unit%s (run %lld: %d new, %d fixed", shown.len,
            shown.len == 1 ? "" : "s", fi->units, fi->units == 1 ? "" : "s", (long long)fi->run_id, n_new, n_fixed);
    if (n_suppressed) fprintf(stderr, ", %d suppressed", n_suppressed);
    if (fi->cached) fprintf(stderr, ", %d unit%s from the cache", fi->cached, fi->cached == 1 ? "" : "s");
    fprintf(stderr, ")%s\n", fi->failed->len ? "; analysis incomplete" : "");
  }
  if (fi->stats)
    fprintf(stderr, "growlint: time: parse %.3fs, walk %.3fs (summed over workers), database %.3fs, link %.3fs; "
                    "%d units parsed, %d from the cache\n", fi->stats->parse_s, fi->stats->walk_s, fi->stats->store_s,
            link_s, fi->stats->parsed, fi->stats->cached);
  code = cmd_finish(fi->failed->len ? EXIT_INCOMPLETE : n_failing ? EXIT_FINDINGS : EXIT_CLEAN);
done:
  pv_free(&shown, NULL);
  pv_free(&findings, link_finding_free);
  sm_free(&baseline, NULL);
  sm_free(&states.state, free);
  sm_free(&states.triage, free);
  suppress_cache_free(&scache);
  free(out_tmp);
  return code;
}

/* A unit's shard: a hash of its main file, so that shares stay stable as files come and go. */
static int in_shard(const Unit *u, int i, int n) {
  size_t h = 5381;
  for (const char *p = u->file; *p; p++) h = h * 33 + (unsigned char)*p;
  return (int)(h % (size_t)n) == i - 1;
}

static int process_alive(long pid) { return pid > 0 && (kill((pid_t)pid, 0) == 0 || errno == EPERM); }

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Changed mode: the units to consider and which of them to re-analyse. */
static int changed_units(CheckOpts *o, Store *st, PtrVec *units, StrMap *changed, int *have_cache, StrBuf *dropped) {
  GlError err = {{0}};
  GlResult rc = GL_OK;
  *have_cache = 0;
  if (o->build_dir) {
    rc = units_from_cdb(o->build_dir, NULL, 0, &o->extra, units, dropped, &err);
  } else {
    int64_t last = 0;
    PtrVec files = {0};
    if (store_last_complete_run(st, 0, NULL, 0, &last, &err) == GL_OK && last)
      store_run_unit_files(st, last, &files, &err);
    for (int i = 0; i < o->npaths; i++) {
      char *real = gl_realpath(o->paths[i]);
      if (real && (gl_has_suffix(real, ".c") || gl_has_suffix(real, ".cc") || gl_has_suffix(real, ".cpp") ||
                   gl_has_suffix(real, ".cxx")))
        pv_push(&files, real);
      else
        free(real);
    }
    PtrVec existing = {0};
    for (size_t i = 0; i < files.len; i++)
      if (gl_is_file(files.items[i])) pv_push(&existing, files.items[i]);
    rc = existing.len ? units_from_paths((char *const *)existing.items, (int)existing.len, &o->extra, units, &err)
                      : GL_OK;
    pv_free(&existing, NULL);
    pv_free(&files, free);
  }
  if (rc != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    return 0;
  }
  for (int i = 0; i < o->npaths; i++) {
    char *real = gl_realpath(o->paths[i]);
    if (!real) continue; /* a deleted file: the units that included it are found through their other files */
    sm_put(changed, real, (void *)1);
    store_units_including(st, real, changed, &err);
    free(real);
  }
  int64_t any = 0;
  store_last_complete_run(st, 0, NULL, 0, &any, &err);
  *have_cache = any != 0;
  return 1;
}

static int cmd_check(int argc, char **argv) {
  CheckOpts o = {0};
  int parsed = parse_check(argc, argv, &o);
  if (parsed <= 0) {
    free(o.paths);
    pv_free(&o.extra, NULL);
    return parsed < 0 ? cmd_finish(EXIT_CLEAN) : EXIT_USAGE;
  }
  int code = EXIT_USAGE;
  GlError err = {{0}};
  RuleSet *rs = NULL;
  ProjectConfig cfg = {0};
  PtrVec units = {0};
  StrBuf dropped = {0};
  StrMap changed = {0};
  AnalyseResult res = {0};
  Store *st = NULL;
  char *cwd = getcwd(NULL, 0), *root = NULL, *db_path = NULL, *clang_version = frontend_clang_version();
  char *cmdline = command_line(argc, argv), *search = NULL, *commit = NULL, *branch = NULL;
  int64_t run_id = 0;
  GlResult rc;

  if (!cwd) goto cleanup;
  search = config_search_dir(&o, cwd);
  if (!cli_load_rules("check", o.rules, o.config, search, &rs, &cfg)) goto cleanup;
  root = cli_project_root(cwd);
  db_path = cli_db_path(o.db, &cfg, root);
  if (!o.db) { /* the default or the configured database: create its folder */
    char *dir = gl_path_dirname(db_path);
    if (!gl_is_dir(dir) && mkdir(dir, 0777) != 0) {
      fprintf(stderr, "growlint check: error: cannot create '%s': %s\n", dir, strerror(errno));
      free(dir);
      goto cleanup;
    }
    free(dir);
  }
  if (!o.changed) {
    rc = o.build_dir ? units_from_cdb(o.build_dir, o.paths, o.npaths, &o.extra, &units, &dropped, &err)
                     : units_from_paths(o.paths, o.npaths, &o.extra, &units, &err);
    if (rc != GL_OK) {
      fprintf(stderr, "growlint check: error: %s\n", err.msg);
      goto cleanup;
    }
  }
  if ((rc = store_open(db_path, &st, &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  int have_cache = 1;
  if (o.changed && !changed_units(&o, st, &units, &changed, &have_cache, &dropped)) goto cleanup;
  if (dropped.len)
    fprintf(stderr, "growlint check: warning: ignored compiler arguments that could load code or read more "
                    "arguments from a file: %s\n", sb_cstr(&dropped));
  if (o.changed && !have_cache)
    fprintf(stderr, "growlint check: no facts cache yet in '%s': analysing every unit now; "
                    "later runs with --changed will reuse it\n", db_path);
  apply_excludes(&units, &cfg);
  if (o.shard) {
    size_t w = 0;
    for (size_t i = 0; i < units.len; i++) {
      if (in_shard(units.items[i], o.shard_i, o.shard_n)) units.items[w++] = units.items[i];
      else unit_free(units.items[i]);
    }
    units.len = w;
  }
  if (!units.len && !o.shard) {
    fprintf(stderr, "growlint check: error: no C or C++ sources found in the given paths\n");
    goto cleanup;
  }
  const char *commit_args[] = {"rev-parse", "HEAD", NULL}, *branch_args[] = {"rev-parse", "--abbrev-ref", "HEAD", NULL};
  commit = cli_git(root, commit_args);
  branch = commit ? cli_git(root, branch_args) : NULL;
  const char *status_args[] = {"status", "--porcelain", "--untracked-files=no", NULL};
  char *changes = commit ? cli_git(root, status_args) : NULL;
  char frontends[512];
  frontend_versions(frontends, sizeof frontends);
  RunInfo info = {root, GROWLINT_VERSION, clang_version, cmdline, commit, branch, changes != NULL, frontends};
  free(changes);
  int stale = 0;
  if ((rc = store_reap_stale_runs(st, process_alive, &stale, &err)) != GL_OK ||
      (rc = store_run_begin(st, &info, &run_id, &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  if (stale) fprintf(stderr, "growlint check: note: %d earlier run%s ended without finishing (killed?): recorded as "
                             "interrupted\n", stale, stale == 1 ? "" : "s");
  struct sigaction sa = {0};
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  AnalyseOpts ao = {.rs = rs, .st = st, .run_id = run_id, .jobs = o.jobs ? atoi(o.jobs) : default_jobs(),
                    .cwd = cwd, .progress = isatty(2), .use_cache = !o.no_cache && have_cache,
                    .changed = o.changed ? &changed : NULL, .stop = &interrupted};
  rc = analyse_units(&ao, &units, &res, &err);
  if (rc != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    store_run_finish(st, run_id, "failed", res.done, 0, &err);
    goto cleanup;
  }
  if (res.interrupted) {
    fprintf(stderr, "growlint check: interrupted after %d of %zu units; run %lld is recorded as interrupted\n",
            res.done, units.len, (long long)run_id);
    store_run_finish(st, run_id, "interrupted", res.done, 0, &err);
    code = EXIT_INTERRUPTED;
    goto cleanup;
  }
  if (o.shard) {
    if (store_run_finish(st, run_id, res.failed.len ? "incomplete" : "complete", (int)units.len, 0, &err) != GL_OK) {
      fprintf(stderr, "growlint check: error: %s\n", err.msg);
      goto cleanup;
    }
    fprintf(stderr, "growlint: shard %d/%d: %zu unit%s analysed into %s (run %lld); link them with 'growlint merge'\n",
            o.shard_i, o.shard_n, units.len, units.len == 1 ? "" : "s", db_path, (long long)run_id);
    code = res.failed.len ? EXIT_INCOMPLETE : EXIT_CLEAN;
    goto cleanup;
  }
  Finish fi = {.cmd = "check", .st = st, .run_id = run_id, .rs = rs,
               .fail_on = o.fail_on ? o.fail_on : cfg.fail_on ? cfg.fail_on : "any", .baseline = o.baseline,
               .root = root, .cwd = cwd, .clang_version = clang_version, .format = o.format ? o.format : "text",
               .output = o.output, .units = (int)units.len, .failed = &res.failed, .cached = res.cached,
               .in_git = commit != NULL, .stats = o.stats ? &res : NULL};
  code = finish_run(&fi);

cleanup:
  store_close(st);
  analyse_result_free(&res);
  pv_free(&units, unit_free);
  sb_free(&dropped);
  sm_free(&changed, NULL);
  rules_config_free(&cfg);
  rules_free(rs);
  free(cwd);
  free(root);
  free(db_path);
  free(clang_version);
  free(cmdline);
  free(search);
  free(commit);
  free(branch);
  free(o.paths);
  pv_free(&o.extra, NULL);
  return code;
}

static const char merge_usage[] =
    "usage: growlint merge SHARD.db... --db OUT.db [--format text|json|sarif] [--output FILE]\n"
    "                      [--fail-on any|new|none] [--baseline REF] [--rules DIR]\n"
    "\n"
    "Merges the facts of shard databases written by 'growlint check --shard I/N'\n"
    "into OUT.db, links them as one program, records the run and reports it like\n"
    "'growlint check'.\n";

static int cmd_merge(int argc, char **argv) {
  const char *db = NULL, *format = "text", *output = NULL, *fail_on = "any", *baseline = NULL, *rules = NULL;
  PtrVec shards = {0};
  for (int i = 1; i < argc; i++) {
    const char **slots[] = {&db, &format, &output, &fail_on, &baseline, &rules};
    static const char *const names[] = {"--db", "--format", "--output", "--fail-on", "--baseline", "--rules"};
    int matched = 0;
    for (size_t n = 0; n < 6 && !matched; n++) {
      int r = cli_opt(argc, argv, &i, names[n], slots[n]);
      if (r < 0) {
        fprintf(stderr, "growlint merge: error: option '%s' needs a value\n", argv[i]);
        pv_free(&shards, NULL);
        return EXIT_USAGE;
      }
      matched = r;
    }
    if (matched) continue;
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(merge_usage, stdout);
      pv_free(&shards, NULL);
      return cmd_finish(EXIT_CLEAN);
    }
    if (argv[i][0] == '-') {
      fprintf(stderr, "growlint merge: error: unknown option '%s'\n%s", argv[i], merge_usage);
      pv_free(&shards, NULL);
      return EXIT_USAGE;
    }
    pv_push(&shards, argv[i]);
  }
  if (!db || !shards.len || !report_for(format)) {
    fprintf(stderr, "growlint merge: error: %s\n%s",
            !report_for(format) ? "unknown format" : "expected shard databases and --db OUT.db", merge_usage);
    pv_free(&shards, NULL);
    return EXIT_USAGE;
  }
  int code = EXIT_USAGE;
  GlError err = {{0}};
  RuleSet *rs = NULL;
  Store *st = NULL;
  PtrVec failed = {0};
  char *cwd = getcwd(NULL, 0), *root = cwd ? cli_project_root(cwd) : NULL, *clang_version = frontend_clang_version();
  char *cmdline = command_line(argc, argv);
  int64_t run_id = 0;
  int total = 0;
  if (!cwd || !cli_load_rules("merge", rules, NULL, NULL, &rs, NULL)) goto done;
  char frontends[512];
  frontend_versions(frontends, sizeof frontends);
  RunInfo info = {root, GROWLINT_VERSION, clang_version, cmdline, NULL, NULL, 0, frontends};
  if (store_open(db, &st, &err) != GL_OK || store_run_begin(st, &info, &run_id, &err) != GL_OK) {
    fprintf(stderr, "growlint merge: error: %s\n", err.msg);
    goto done;
  }
  for (size_t i = 0; i < shards.len; i++) {
    int n = 0;
    if (store_merge(st, run_id, shards.items[i], &n, &err) != GL_OK) {
      fprintf(stderr, "growlint merge: error: %s\n", err.msg);
      store_run_finish(st, run_id, "failed", total, 0, &err);
      goto done;
    }
    total += n;
  }
  Finish fi = {.cmd = "merge", .st = st, .run_id = run_id, .rs = rs, .fail_on = fail_on, .baseline = baseline,
               .root = root, .cwd = cwd, .clang_version = clang_version, .format = format, .output = output,
               .units = total, .failed = &failed};
  code = finish_run(&fi);
done:
  store_close(st);
  rules_free(rs);
  pv_free(&shards, NULL);
  free(cwd);
  free(root);
  free(clang_version);
  free(cmdline);
  return code;
}

static int cmd_rules(int argc, char **argv) {
  const char *dir = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(rules_usage, stdout);
      return cmd_finish(EXIT_CLEAN);
    } else if (!strcmp(argv[i], "--rules") && i + 1 < argc) {
      dir = argv[++i];
    } else {
      fprintf(stderr, "growlint rules: error: unexpected argument '%s'\n%s", argv[i], rules_usage);
      return EXIT_USAGE;
    }
  }
  RuleSet *rs = NULL;
  if (!cli_load_rules("rules", dir, NULL, NULL, &rs, NULL)) return EXIT_USAGE;
  for (size_t i = 0; i < rs->rules.len; i++) {
    const Rule *r = rs->rules.items[i];
    printf("%-26s %-8s %s%s\n", r->id, r->severity, r->title ? r->title : "",
           rules_enabled(rs, r->id) ? "" : " (disabled)");
  }
  rules_free(rs);
  return cmd_finish(EXIT_CLEAN);
}

static int cmd_version(int argc, char **argv) {
  (void)argc;
  (void)argv;
  char *v = frontend_clang_version();
  printf("growlint %s\nlibclang: %s\n", GROWLINT_VERSION, v);
  free(v);
  return cmd_finish(EXIT_CLEAN);
}

static int cmd_help(int argc, char **argv) {
  if (argc < 2) {
    usage(stdout);
    return cmd_finish(EXIT_CLEAN);
  }
  if (!strcmp(argv[1], "check")) fputs(check_usage, stdout);
  else if (!strcmp(argv[1], "rules")) fputs(rules_usage, stdout);
  else if (!strcmp(argv[1], "merge")) fputs(merge_usage, stdout);
  else {
    size_t i = 0;
    while (i < sizeof commands / sizeof *commands && strcmp(argv[1], commands[i].name)) i++;
    if (i == sizeof commands / sizeof *commands) {
      fprintf(stderr, "growlint help: error: unknown command '%s'\n", argv[1]);
      return EXIT_USAGE;
    }
    if (commands[i].usage) fputs(commands[i].usage, stdout);
    else usage(stdout);
  }
  return cmd_finish(EXIT_CLEAN);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) return cmd_version(argc - 1, argv + 1);
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) return cmd_help(1, argv + 1);
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    if (!strcmp(argv[1], commands[i].name)) return commands[i].fn(argc - 1, argv + 1);
  fprintf(stderr, "growlint: error: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return EXIT_USAGE;
}
