/* main.c - growlint's entry point: the command table and dispatch.
 *
 * Each command lives in the cmd_<name>.c named for it (cmd.h); cmd.c's
 * dispatcher parses a command's options from its table, does the preamble
 * its flags ask for and checks that standard output was written. Only
 * `help` and `version` live here: they speak about the table itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "frontend.h"

static int cmd_help(Cmd *c);
static int cmd_version(Cmd *c);

static const Option no_options[] = {OPT_END()};

static const CmdSpec help_spec = {"growlint help [COMMAND]",
    "Lists the commands, or shows a command's usage and options.",
    no_options, 0, NULL, NULL};

static const CmdSpec version_spec = {"growlint version\ngrowlint --version",
    "Prints the versions of growlint and of libclang.",
    no_options, 0, NULL, NULL};

/* The commands, in the order 'growlint help' lists them.
 *
 * Adding a command is one row here, and nothing else in this file or in the
 * dispatcher: write cmd_<name>.c with `int cmd_<name>(Cmd *c)` and its
 * `const CmdSpec <name>_spec` (usage, description, option table, optional
 * prepare hook), declare both in cmd.h, add the file to CMakeLists.txt, and
 * give the row the preamble it needs (CMD_RULES, CMD_CONFIG, CMD_DB_PATH,
 * CMD_DB): parsing, --help, `growlint help NAME` and the checked flush of
 * standard output come with the row. */
static const Command commands[] = {
    {"check", cmd_check, &check_spec, "analyse C and C++ sources for long-lived containers that only grow",
     CMD_RULES | CMD_CONFIG | CMD_DB_PATH},
    {"history", cmd_history, &history_spec, "list the recorded runs with their totals", CMD_DB},
    {"findings", cmd_findings, &findings_spec, "list the findings of a run, with filters", CMD_DB | CMD_RULES},
    {"diff", cmd_diff, &diff_spec, "compare the findings of two runs", CMD_DB},
    {"show", cmd_show, &show_spec, "show one finding: trace, fix and the corpus example", CMD_DB},
    {"triage", cmd_triage, &triage_spec, "mark a finding false-positive, intentional or confirmed", CMD_DB},
    {"baseline", cmd_baseline, &baseline_spec, "write a baseline file of a run's findings", CMD_DB},
    {"report", cmd_report, &report_spec, "write a static HTML report: findings with filters, history chart", CMD_DB},
    {"explain", cmd_explain, &explain_spec, "explain a rule: rationale, mistake and correct ways", CMD_RULES},
    {"merge", cmd_merge, &merge_spec, "merge shard databases and link them as one program",
     CMD_RULES | CMD_DB_PATH},
    {"dump-facts", cmd_dump_facts, &dump_facts_spec, "print the facts the front end extracts from each unit",
     CMD_RULES | CMD_CONFIG},
    {"rules", cmd_rules, &rules_spec, "list the rules and which are on", CMD_RULES | CMD_CONFIG},
    {"version", cmd_version, &version_spec, "print the growlint and libclang versions", 0},
    {"help", cmd_help, &help_spec, "show help for a command", 0},
};

enum { NCOMMANDS = sizeof commands / sizeof *commands };

static const Command *find_command(const char *name) {
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (!strcmp(name, commands[i].name)) return &commands[i];
  return NULL;
}

static void usage(FILE *out) {
  int width = 0;
  for (size_t i = 0; i < NCOMMANDS; i++)
    if ((int)strlen(commands[i].name) > width) width = (int)strlen(commands[i].name);
  fputs("usage: growlint <command> [options]\n       growlint --version\n\ncommands:\n", out);
  for (size_t i = 0; i < NCOMMANDS; i++) fprintf(out, "  %-*s %s\n", width, commands[i].name, commands[i].summary);
  fputs("\nRun 'growlint help COMMAND' or 'growlint COMMAND --help' for a command's options.\n", out);
}

static int cmd_help(Cmd *c) {
  if (!cmd_want_args(c, c->args.len ? 1 : 0, "at most one command")) return EXIT_USAGE;
  if (!c->args.len) {
    usage(stdout);
    return EXIT_CLEAN;
  }
  const Command *command = find_command(c->args.items[0]);
  if (!command) {
    cli_error(c->name, "unknown command '%s'", (const char *)c->args.items[0]);
    return EXIT_USAGE;
  }
  cmd_print_usage(stdout, command->spec);
  return EXIT_CLEAN;
}

static int cmd_version(Cmd *c) {
  if (!cmd_want_args(c, 0, NULL)) return EXIT_USAGE;
  char *v = frontend_clang_version();
  printf("growlint %s\nlibclang: %s\n", GROWLINT_VERSION, v);
  free(v);
  for (size_t i = 0; i < frontend_count(); i++) { /* the other front ends' parsers */
    const FrontEnd *fe = frontend_at(i);
    if (frontend_for(LANG_CXX) == fe) continue;
    char *fv = fe->version();
    printf("%s: %s\n", fe->name, fv);
    free(fv);
  }
  return EXIT_CLEAN;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *name = argv[1];
  if (!strcmp(name, "--version") || !strcmp(name, "-V")) name = "version";
  else if (!strcmp(name, "--help") || !strcmp(name, "-h")) name = "help";
  const Command *command = find_command(name);
  if (!command) {
    cli_error(NULL, "unknown command '%s'", argv[1]);
    usage(stderr);
    return EXIT_USAGE;
  }
  argv[1] = (char *)command->name; /* messages name the command, also for --version */
  return cmd_dispatch(command, argc - 1, argv + 1);
}
