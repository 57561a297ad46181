/* cmd_dump_facts.c - `growlint dump-facts`: every fact of each unit, one
 * per line (facts_dump), as the front end of the unit's language emits it.
 * Nothing is recorded. Front-end tests are golden files of this output
 * (tests/golden), in the spirit of clang's c-index-test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cmd.h"
#include "frontend.h"
#include "units.h"

const char dump_facts_usage[] =
    "usage: growlint dump-facts [options] FILE... [-- COMPILER-ARGS...]\n"
    "\n"
    "Prints every fact the front end extracts from each unit, one per line:\n"
    "storages, functions, entries, calls, operations on access paths, arguments\n"
    "and included project files. Paths are relative to the current folder.\n"
    "Nothing is recorded in the database.\n"
    "\n"
    "options:\n"
    "  -p BUILD_DIR       read BUILD_DIR/compile_commands.json (FILEs select entries)\n"
    "  --rules DIR        load rules and models from DIR instead of the installed ones\n"
    "  --config FILE      the project configuration (its extra models)\n"
    "  -h, --help         show this help\n"
    "  --                 pass the remaining arguments to the compiler\n"
    "\n"
    "exit codes: 0 done, 2 usage or input error, 3 a unit could not be parsed\n"
    "            completely (its errors go to standard error, its facts are printed)\n";

typedef struct {
  const char *build_dir, *rules, *config;
  PtrVec files;   /* char*, borrowed from argv */
  PtrVec extra;   /* char*, borrowed from argv */
} DumpOpts;

/* 1 parsed, 0 help printed, -1 usage error (printed). */
static int parse(int argc, char **argv, DumpOpts *o) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int r = 0;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(dump_facts_usage, stdout);
      return 0;
    } else if (!strcmp(a, "--")) {
      for (i++; i < argc; i++) pv_push(&o->extra, argv[i]);
    } else if ((r = cli_opt(argc, argv, &i, "-p", &o->build_dir)) != 0 ||
               (r = cli_opt(argc, argv, &i, "--rules", &o->rules)) != 0 ||
               (r = cli_opt(argc, argv, &i, "--config", &o->config)) != 0) {
      if (r < 0) {
        fprintf(stderr, "growlint dump-facts: error: option '%s' needs a value\n%s", a, dump_facts_usage);
        return -1;
      }
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "growlint dump-facts: error: unknown option '%s'\n%s", a, dump_facts_usage);
      return -1;
    } else {
      pv_push(&o->files, argv[i]);
    }
  }
  if (!o->files.len) {
    fprintf(stderr, "growlint dump-facts: error: no FILE given\n%s", dump_facts_usage);
    return -1;
  }
  return 1;
}

/* Extracts and prints one unit; returns 1 when it parsed completely. */
static int dump_unit(const RuleSet *rs, const Unit *u, const char *cwd) {
  const FrontEnd *fe = frontend_for(u->lang);
  char *shown = gl_path_relative(u->file, cwd);
  printf("unit file=%s lang=%s frontend=%s\n", shown, facts_lang_name(u->lang), fe ? fe->name : "none");
  Facts facts = {0};
  StrBuf diags = {0};
  int nerr = 0;
  GlError err = {{0}};
  if (!fe) {
    fprintf(stderr, "growlint dump-facts: error: %s: no front end for %s\n", shown, facts_lang_name(u->lang));
    nerr = 1;
  } else {
    void *state = fe->open(rs);
    fe->extract(state, u, &facts, &diags, &nerr, &err);
    fe->close(state);
  }
  fputs(sb_cstr(&diags), stderr);
  facts_dump(stdout, &facts, cwd);
  facts_free(&facts);
  sb_free(&diags);
  free(shown);
  return nerr == 0;
}

int cmd_dump_facts(int argc, char **argv) {
  DumpOpts o = {0};
  int parsed = parse(argc, argv, &o), code = EXIT_USAGE;
  if (parsed <= 0) {
    pv_free(&o.files, NULL);
    pv_free(&o.extra, NULL);
    return parsed == 0 ? cmd_finish(EXIT_CLEAN) : EXIT_USAGE;
  }
  char *cwd = getcwd(NULL, 0);
  RuleSet *rs = NULL;
  ProjectConfig cfg = {0};
  PtrVec units = {0};
  StrBuf dropped = {0};
  GlError err = {{0}};
  if (!cwd || !cli_load_rules("dump-facts", o.rules, o.config, NULL, &rs, &cfg)) goto done;
  char **files = (char **)o.files.items;
  GlResult rc = o.build_dir ? units_from_cdb(o.build_dir, files, (int)o.files.len, &o.extra, &units, &dropped, &err)
                            : units_from_paths(files, (int)o.files.len, &o.extra, &units, &err);
  if (rc != GL_OK) {
    fprintf(stderr, "growlint dump-facts: error: %s\n", err.msg);
    goto done;
  }
  int complete = 1;
  for (size_t i = 0; i < units.len; i++) complete &= dump_unit(rs, units.items[i], cwd);
  code = cmd_finish(complete ? EXIT_CLEAN : EXIT_INCOMPLETE);
done:
  pv_free(&units, unit_free);
  sb_free(&dropped);
  rules_config_free(&cfg);
  rules_free(rs);
  free(cwd);
  pv_free(&o.files, NULL);
  pv_free(&o.extra, NULL);
  return code;
}
