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

typedef struct {
  const char *build_dir; /* -p */
} DumpOpts;

static const Option dump_facts_options[] = {
    OPT_STRING('p', NULL, DumpOpts, build_dir, "BUILD_DIR", "read BUILD_DIR/compile_commands.json (FILEs select entries)"),
    OPT_RULES("load rules and models from DIR instead of the installed ones"),
    OPT_CONFIG("the project configuration (its models and extra_args; default:\n"
               ".growlint.yaml found walking up from the FILEs)"),
    OPT_REST("pass the remaining arguments to the compiler"),
    OPT_END(),
};

/* The configuration is the one nearest to the FILEs, as for check. */
static int dump_facts_prepare(Cmd *c) {
  if (!c->args.len) {
    cli_usage_error(c->name, "no FILE given");
    return 0;
  }
  char *cfg = NULL;
  const char *from = NULL;
  if (c->common.config) return 1;
  if (!cli_config_of_files(c->name, (char *const *)c->args.items, c->args.len, c->cwd, &cfg, &from)) return 0;
  c->config_from = cfg ? gl_path_dirname(cfg) : gl_xstrdup(c->cwd);
  free(cfg);
  return 1;
}

const CmdSpec dump_facts_spec = {"growlint dump-facts [options] FILE... [-- COMPILER-ARGS...]",
    "Prints every fact the front end extracts from each unit, one per line: storages, functions, entries, "
    "calls, operations on access paths, arguments and included project files. Paths are relative to the "
    "current folder. Nothing is recorded in the database.",
    dump_facts_options, sizeof(DumpOpts), dump_facts_prepare,
    "exit codes: 0 done, 2 usage or input error, 3 a unit could not be parsed completely (its errors go to "
    "standard error, its facts are printed)"};

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
    cli_error("dump-facts", "%s: no front end for %s", shown, facts_lang_name(u->lang));
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

int cmd_dump_facts(Cmd *c) {
  const DumpOpts *o = c->opts;
  PtrVec units = {0};
  StrBuf dropped = {0};
  GlError err = {{0}};
  PtrVec rest = {0};
  cmd_absolute_rest(c, &rest);
  char **files = (char **)c->args.items;
  GlResult rc = o->build_dir
                    ? units_from_cdb(o->build_dir, files, (int)c->args.len, &c->rest, &units, &dropped, &err)
                    : units_from_paths(files, (int)c->args.len, &c->rest, &units, &err);
  int code = EXIT_USAGE;
  if (rc != GL_OK) {
    cli_error(c->name, "%s", err.msg);
  } else {
    int complete = 1;
    for (size_t i = 0; i < units.len; i++) complete &= dump_unit(c->rs, units.items[i], c->cwd);
    code = complete ? EXIT_CLEAN : EXIT_INCOMPLETE;
  }
  pv_free(&units, unit_free);
  pv_free(&rest, free);
  sb_free(&dropped);
  return code;
}
