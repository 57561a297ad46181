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
#include <unistd.h>

#include "baseline.h"
#include "cli.h"
#include "cmd.h"
#include "extract.h"
#include "link.h"
#include "report.h"
#include "rules.h"
#include "store.h"
#include "suppress.h"
#include "units.h"


typedef int (*CmdFn)(int argc, char **argv);

static int cmd_check(int argc, char **argv);
static int cmd_rules(int argc, char **argv);
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
    fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fputs("\nRun 'growlint help COMMAND' or 'growlint COMMAND --help' for a command's options.\n", out);
}

int cmd_finish(int code) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "growlint: error: cannot write output: %s\n", strerror(errno));
    return EXIT_USAGE;
  }
  return code;
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
  char **paths;            /* borrowed from argv */
  int npaths;
  PtrVec extra;            /* char* borrowed: arguments after -- */
} CheckOpts;

static int parse_check(int argc, char **argv, CheckOpts *o) {
  o->paths = gl_xcalloc((size_t)argc + 1, sizeof *o->paths);
  static const char *const names[] = {"-p", "--format", "--output", "--db", "--rules", "--config", "--fail-on",
                                      "--baseline"};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slots[] = {&o->build_dir, &o->format, &o->output, &o->db, &o->rules, &o->config, &o->fail_on,
                            &o->baseline};
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
    store_last_complete_run(st, 0, commit, &run, &err);
    if (!run) {
      fprintf(stderr, "growlint check: error: --baseline %s: no complete run was recorded for commit %.12s\n", ref,
              commit);
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
  *tmp = gl_xasprintf("%s.tmp", path);
  FILE *f = fopen(*tmp, "w");
  if (!f) fprintf(stderr, "growlint check: error: cannot write '%s': %s\n", path, strerror(errno));
  return f;
}

static int close_output(FILE *f, const char *path, const char *tmp) {
  if (f == stdout) return 1;
  int ok = fclose(f) == 0 && rename(tmp, path) == 0;
  if (!ok) {
    fprintf(stderr, "growlint check: error: cannot write '%s': %s\n", path, strerror(errno));
    remove(tmp);
  }
  return ok;
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
  PtrVec units = {0}, findings = {0}, failed = {0}, shown = {0};
  StrBuf dropped = {0};
  StrMap baseline = {0};
  RunStates states = {{0}, {0}};
  Store *st = NULL;
  Extractor *ex = NULL;
  SuppressCache scache = {0};
  FILE *out = NULL;
  char *cwd = getcwd(NULL, 0), *root = NULL, *db_path = NULL, *clang_version = extract_clang_version();
  char *cmdline = command_line(argc, argv), *search = NULL, *commit = NULL, *branch = NULL, *out_tmp = NULL;
  int64_t run_id = 0;
  int n_new = 0, n_fixed = 0, n_suppressed = 0, n_failing = 0;
  GlResult rc;

  if (!cwd) goto cleanup;
  search = config_search_dir(&o, cwd);
  if (!cli_load_rules("check", o.rules, o.config, search, &rs, &cfg)) goto cleanup;
  const char *fail_on = o.fail_on ? o.fail_on : cfg.fail_on ? cfg.fail_on : "any";
  rc = o.build_dir ? units_from_cdb(o.build_dir, o.paths, o.npaths, &o.extra, &units, &dropped, &err)
                   : units_from_paths(o.paths, o.npaths, &o.extra, &units, &err);
  if (rc != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  if (dropped.len)
    fprintf(stderr, "growlint check: warning: ignored compiler arguments that would load code: %s\n",
            sb_cstr(&dropped));
  apply_excludes(&units, &cfg);
  if (!units.len) {
    fprintf(stderr, "growlint check: error: no C or C++ sources found in the given paths\n");
    goto cleanup;
  }
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
  const char *commit_args[] = {"rev-parse", "HEAD", NULL}, *branch_args[] = {"rev-parse", "--abbrev-ref", "HEAD", NULL};
  commit = cli_git(root, commit_args);
  branch = commit ? cli_git(root, branch_args) : NULL;
  RunInfo info = {root, GROWLINT_VERSION, clang_version, cmdline, commit, branch};
  if ((rc = store_open(db_path, &st, &err)) != GL_OK || (rc = store_run_begin(st, &info, &run_id, &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  if (o.baseline && !load_baseline(st, o.baseline, root, &baseline)) {
    store_run_finish(st, run_id, "failed", 0, 0, &err);
    goto cleanup;
  }
  struct sigaction sa = {0};
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  ex = extract_new(rs);
  for (size_t i = 0; i < units.len; i++) {
    if (interrupted) {
      fprintf(stderr, "growlint check: interrupted after %zu of %zu units; run %lld is recorded as interrupted\n", i,
              units.len, (long long)run_id);
      store_run_finish(st, run_id, "interrupted", (int)i, 0, &err);
      code = EXIT_INTERRUPTED;
      goto cleanup;
    }
    Unit *u = units.items[i];
    Facts facts = {0};
    StrBuf diags = {0};
    int nerr = 0;
    GlError uerr = {{0}};
    extract_unit(ex, u->file, (const char *const *)u->args.items, (int)u->args.len, u->directory, &facts, &diags,
                 &nerr, &uerr);
    if (nerr) {
      fputs(sb_cstr(&diags), stderr);
      char *shown_path = gl_path_relative(u->file, cwd);
      fprintf(stderr, "growlint check: error: %s could not be parsed completely (%d error%s); "
                      "the other units are still analysed\n", shown_path, nerr, nerr == 1 ? "" : "s");
      free(shown_path);
      pv_push(&failed, gl_xstrdup(u->file));
    }
    char *args = unit_args_string(u);
    rc = store_unit_save(st, run_id, u->file, u->directory, args, nerr ? "error" : "ok", nerr, sb_cstr(&diags),
                         &facts, &err);
    free(args);
    sb_free(&diags);
    facts_free(&facts);
    if (rc != GL_OK) {
      fprintf(stderr, "growlint check: error: %s\n", err.msg);
      store_run_finish(st, run_id, "failed", (int)i, 0, &err);
      goto cleanup;
    }
  }
  if ((rc = link_run(st, run_id, rs, &findings, &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    store_run_finish(st, run_id, "failed", (int)units.len, 0, &err);
    goto cleanup;
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
  const char *status = failed.len ? "incomplete" : "complete";
  FindingFilter flt = {.run_id = run_id};
  if ((rc = link_save(st, run_id, &findings, &err)) != GL_OK ||
      (rc = store_run_finish(st, run_id, status, (int)units.len, (int)findings.len, &err)) != GL_OK ||
      (rc = store_classify(st, run_id, &n_new, &n_fixed, &err)) != GL_OK ||
      (rc = store_findings(st, &flt, collect_state, &states, &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
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
    int is_new = o.baseline ? !f->baselined : strcmp(f->state, "unchanged") != 0;
    if (!accepted && (!strcmp(fail_on, "any") || (!strcmp(fail_on, "new") && is_new))) n_failing++;
  }
  out = open_output(o.output, &out_tmp);
  if (!out) goto cleanup;
  const char *format = o.format ? o.format : "text";
  Report rep = {&shown, &failed, (int)units.len, run_id, cwd, clang_version};
  rc = report_for(format)(out, &rep, &err);
  if (!close_output(out, o.output, out_tmp)) goto cleanup;
  if (rc != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  if (!strcmp(format, "text") || o.output) {
    fprintf(stderr, "growlint: %zu finding%s in %zu unit%s (run %lld: %d new, %d fixed", shown.len,
            shown.len == 1 ? "" : "s", units.len, units.len == 1 ? "" : "s", (long long)run_id, n_new, n_fixed);
    if (n_suppressed) fprintf(stderr, ", %d suppressed", n_suppressed);
    fprintf(stderr, ")%s\n", failed.len ? "; analysis incomplete" : "");
  }
  code = cmd_finish(failed.len ? EXIT_INCOMPLETE : n_failing ? EXIT_FINDINGS : EXIT_CLEAN);

cleanup:
  extract_free(ex);
  store_close(st);
  pv_free(&shown, NULL);
  pv_free(&findings, link_finding_free);
  pv_free(&failed, free);
  pv_free(&units, unit_free);
  sb_free(&dropped);
  sm_free(&baseline, NULL);
  sm_free(&states.state, free);
  sm_free(&states.triage, free);
  suppress_cache_free(&scache);
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
  free(out_tmp);
  free(o.paths);
  pv_free(&o.extra, NULL);
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
  char *v = extract_clang_version();
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
