/* main.c - the command layer: parses the command line, runs one
 * subcommand from the table, prints, and chooses the exit code. Nothing
 * below this file prints to the user or exits.
 *
 * Exit codes (README.md "Exit codes"):
 *   0  no findings            1  findings
 *   2  usage, configuration or input error (nothing was analysed)
 *   3  analysis incomplete: a unit could not be parsed (findings of the
 *      rest are still reported and recorded)
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract.h"
#include "link.h"
#include "report.h"
#include "rules.h"
#include "store.h"
#include "units.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INCOMPLETE = 3 };

typedef int (*CmdFn)(int argc, char **argv);

static int cmd_check(int argc, char **argv);
static int cmd_rules(int argc, char **argv);
static int cmd_version(int argc, char **argv);
static int cmd_help(int argc, char **argv);

static const struct {
  const char *name;
  CmdFn fn;
  const char *summary;
} commands[] = {
    {"check", cmd_check, "analyse C and C++ sources for long-lived containers that only grow"},
    {"rules", cmd_rules, "list the rules"},
    {"version", cmd_version, "print the growlint and libclang versions"},
    {"help", cmd_help, "show help for a command"},
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
    "  --format FORMAT    text (default) or json\n"
    "  --db PATH          the history database (default: .growlint/growlint.db\n"
    "                     under the project root: the nearest folder above the\n"
    "                     current one that holds .git, else the current folder)\n"
    "  --rules DIR        load rules and models from DIR instead of the installed ones\n"
    "  -h, --help         show this help\n"
    "  --                 pass the remaining arguments to the compiler\n"
    "\n"
    "exit codes: 0 no findings, 1 findings, 2 usage or input error,\n"
    "            3 analysis incomplete (a unit could not be parsed)\n";

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

/* Flushes stdout and turns a failed write into an error exit. */
static int finish(int code) {
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "growlint: error: cannot write output: %s\n", strerror(errno));
    return EXIT_USAGE;
  }
  return code;
}

static char *exe_dir(void) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return NULL;
  buf[n] = '\0';
  return gl_path_dirname(buf);
}

/* The rules directory: --rules, else next to an installed binary, else the
 * source tree's (a build that was not installed). */
static char *default_rules_dir(void) {
  char *dir = exe_dir();
  if (dir) {
    char *installed = gl_path_join(dir, "../share/growlint/rules");
    free(dir);
    if (gl_is_dir(installed)) return installed;
    free(installed);
  }
  if (gl_is_dir(GROWLINT_INSTALL_RULES_DIR)) return gl_xstrdup(GROWLINT_INSTALL_RULES_DIR);
  return gl_xstrdup(GROWLINT_SOURCE_RULES_DIR);
}

static int load_rules(const char *dir_opt, RuleSet **rs) {
  GlError err = {{0}};
  char *dir = dir_opt ? gl_xstrdup(dir_opt) : default_rules_dir();
  GlResult rc = rules_load(dir, rs, &err);
  free(dir);
  if (rc != GL_OK) {
    fprintf(stderr, "growlint: error: %s\n", err.msg);
    return 0;
  }
  return 1;
}

static char *project_root(const char *cwd) {
  char *dir = gl_xstrdup(cwd);
  for (;;) {
    char *git = gl_path_join(dir, ".git");
    int found = gl_is_dir(git) || gl_is_file(git);
    free(git);
    if (found) return dir;
    if (!strcmp(dir, "/")) break;
    char *up = gl_path_dirname(dir);
    free(dir);
    dir = up;
  }
  free(dir);
  return gl_xstrdup(cwd);
}

static int ensure_parent_dir(const char *path, GlError *err) {
  char *dir = gl_path_dirname(path);
  int ok = 1;
  if (!gl_is_dir(dir) && mkdir(dir, 0777) != 0) {
    gl_error_set(err, "cannot create '%s': %s", dir, strerror(errno));
    ok = 0;
  }
  free(dir);
  return ok;
}

typedef struct {
  const char *build_dir;   /* -p */
  const char *format;      /* --format */
  const char *db;          /* --db */
  const char *rules;       /* --rules */
  char **paths;            /* borrowed from argv */
  int npaths;
  PtrVec extra;            /* char* borrowed: arguments after -- */
} CheckOpts;

static int parse_check(int argc, char **argv, CheckOpts *o) {
  o->format = "text";
  o->paths = gl_xcalloc((size_t)argc + 1, sizeof *o->paths);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slot = !strcmp(a, "-p") ? &o->build_dir : !strcmp(a, "--format") ? &o->format
                      : !strcmp(a, "--db") ? &o->db : !strcmp(a, "--rules") ? &o->rules : NULL;
    if (slot) {
      if (i + 1 >= argc) {
        fprintf(stderr, "growlint check: error: option '%s' needs a value\n", a);
        return 0;
      }
      *slot = argv[++i];
    } else if (!strncmp(a, "--format=", 9)) {
      o->format = a + 9;
    } else if (!strncmp(a, "--db=", 5)) {
      o->db = a + 5;
    } else if (!strncmp(a, "-p", 2) && a[2]) {
      o->build_dir = a + 2;
    } else if (!strcmp(a, "--")) {
      for (i++; i < argc; i++) pv_push(&o->extra, argv[i]);
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(check_usage, stdout);
      return -1;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "growlint check: error: unknown option '%s'\n%s", a, "Run 'growlint check --help' for usage.\n");
      return 0;
    } else {
      o->paths[o->npaths++] = argv[i];
    }
  }
  if (!report_for(o->format)) {
    fprintf(stderr, "growlint check: error: unknown format '%s' (expected one of: %s)\n", o->format,
            report_formats());
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

static int cmd_check(int argc, char **argv) {
  CheckOpts o = {0};
  int parsed = parse_check(argc, argv, &o);
  if (parsed <= 0) {
    free(o.paths);
    pv_free(&o.extra, NULL);
    return parsed < 0 ? finish(EXIT_CLEAN) : EXIT_USAGE;
  }
  int code = EXIT_USAGE;
  GlError err = {{0}};
  RuleSet *rs = NULL;
  PtrVec units = {0}, findings = {0}, failed = {0};
  StrBuf dropped = {0};
  Store *st = NULL;
  Extractor *ex = NULL;
  char *cwd = getcwd(NULL, 0), *root = NULL, *db_path = NULL, *clang_version = extract_clang_version();
  char *cmdline = command_line(argc, argv);
  int64_t run_id = 0;
  GlResult rc;

  if (!cwd || !load_rules(o.rules, &rs)) goto cleanup;
  rc = o.build_dir ? units_from_cdb(o.build_dir, o.paths, o.npaths, &o.extra, &units, &dropped, &err)
                   : units_from_paths(o.paths, o.npaths, &o.extra, &units, &err);
  if (rc != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  if (dropped.len)
    fprintf(stderr, "growlint check: warning: ignored compiler arguments that would load code: %s\n",
            sb_cstr(&dropped));
  if (!units.len) {
    fprintf(stderr, "growlint check: error: no C or C++ sources found in the given paths\n");
    goto cleanup;
  }
  root = project_root(cwd);
  db_path = o.db ? gl_xstrdup(o.db) : gl_path_join(root, ".growlint/growlint.db");
  if (!o.db && !ensure_parent_dir(db_path, &err)) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  RunInfo info = {root, GROWLINT_VERSION, clang_version, cmdline};
  if ((rc = store_open(db_path, &st, &err)) != GL_OK || (rc = store_run_begin(st, &info, &run_id, &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  ex = extract_new(rs);
  for (size_t i = 0; i < units.len; i++) {
    Unit *u = units.items[i];
    Facts facts = {0};
    StrBuf diags = {0};
    int nerr = 0;
    GlError uerr = {{0}};
    extract_unit(ex, u->file, (const char *const *)u->args.items, (int)u->args.len, u->directory, &facts, &diags,
                 &nerr, &uerr);
    if (nerr) {
      fputs(sb_cstr(&diags), stderr);
      char *shown = gl_path_relative(u->file, cwd);
      fprintf(stderr, "growlint check: error: %s could not be parsed completely (%d error%s); "
                      "the other units are still analysed\n", shown, nerr, nerr == 1 ? "" : "s");
      free(shown);
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
  if ((rc = link_run(st, run_id, rs, &findings, &err)) != GL_OK || (rc = link_save(st, run_id, &findings, &err)) != GL_OK ||
      (rc = store_run_finish(st, run_id, failed.len ? "incomplete" : "complete", (int)units.len, (int)findings.len,
                             &err)) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  Report rep = {&findings, &failed, (int)units.len, run_id, cwd, clang_version};
  if (report_for(o.format)(stdout, &rep, &err) != GL_OK) {
    fprintf(stderr, "growlint check: error: %s\n", err.msg);
    goto cleanup;
  }
  if (!strcmp(o.format, "text"))
    fprintf(stderr, "growlint: %zu finding%s in %zu unit%s (run %lld)%s\n", findings.len,
            findings.len == 1 ? "" : "s", units.len, units.len == 1 ? "" : "s", (long long)run_id,
            failed.len ? "; analysis incomplete" : "");
  code = finish(failed.len ? EXIT_INCOMPLETE : findings.len ? EXIT_FINDINGS : EXIT_CLEAN);

cleanup:
  extract_free(ex);
  store_close(st);
  pv_free(&findings, link_finding_free);
  pv_free(&failed, free);
  pv_free(&units, unit_free);
  sb_free(&dropped);
  rules_free(rs);
  free(cwd);
  free(root);
  free(db_path);
  free(clang_version);
  free(cmdline);
  free(o.paths);
  pv_free(&o.extra, NULL);
  return code;
}

static int cmd_rules(int argc, char **argv) {
  const char *dir = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(rules_usage, stdout);
      return finish(EXIT_CLEAN);
    } else if (!strcmp(argv[i], "--rules") && i + 1 < argc) {
      dir = argv[++i];
    } else {
      fprintf(stderr, "growlint rules: error: unexpected argument '%s'\n%s", argv[i], rules_usage);
      return EXIT_USAGE;
    }
  }
  RuleSet *rs = NULL;
  if (!load_rules(dir, &rs)) return EXIT_USAGE;
  for (size_t i = 0; i < rs->rules.len; i++) {
    const Rule *r = rs->rules.items[i];
    printf("%-26s %-8s %s%s\n", r->id, r->severity, r->title ? r->title : "",
           rules_enabled(rs, r->id) ? "" : " (disabled)");
  }
  rules_free(rs);
  return finish(EXIT_CLEAN);
}

static int cmd_version(int argc, char **argv) {
  (void)argc;
  (void)argv;
  char *v = extract_clang_version();
  printf("growlint %s\nlibclang: %s\n", GROWLINT_VERSION, v);
  free(v);
  return finish(EXIT_CLEAN);
}

static int cmd_help(int argc, char **argv) {
  if (argc < 2) {
    usage(stdout);
    return finish(EXIT_CLEAN);
  }
  if (!strcmp(argv[1], "check")) fputs(check_usage, stdout);
  else if (!strcmp(argv[1], "rules")) fputs(rules_usage, stdout);
  else if (!strcmp(argv[1], "version") || !strcmp(argv[1], "help")) usage(stdout);
  else {
    fprintf(stderr, "growlint help: error: unknown command '%s'\n", argv[1]);
    return EXIT_USAGE;
  }
  return finish(EXIT_CLEAN);
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
