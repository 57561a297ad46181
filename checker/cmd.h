/* cmd.h - what a command is: its row in main.c's command table, its spec
 * (usage text and option table) and the Cmd context the dispatcher hands it.
 *
 * The dispatcher (main.c) parses the command's options with its table,
 * answers -h/--help from the table, runs the spec's prepare hook (checks of
 * the arguments that need nothing else), then the common preamble the
 * command's flags ask for (rules, configuration, project root, database),
 * then the handler, and finally flushes and checks standard output. A
 * handler only does its own work, prints through cli_error and friends, and
 * returns an exit code (cli.h); the dispatcher frees what the Cmd holds.
 */
#ifndef GROWLINT_CMD_H
#define GROWLINT_CMD_H

#include "cli.h"
#include "options.h"

/* Options several commands share; the dispatcher reads them for the preamble. */
typedef struct {
  const char *db;      /* --db PATH */
  const char *config;  /* --config FILE */
  const char *rules;   /* --rules DIR */
} CmdCommon;

#define OPT_DB(h) OPT_STRING_AT(OPT_IN_COMMON, 0, "db", CmdCommon, db, "PATH", h)
#define OPT_CONFIG(h) OPT_STRING_AT(OPT_IN_COMMON, 0, "config", CmdCommon, config, "FILE", h)
#define OPT_RULES(h) OPT_STRING_AT(OPT_IN_COMMON, 0, "rules", CmdCommon, rules, "DIR", h)

typedef struct Cmd Cmd;

/* What a command declares about itself, apart from its row. */
typedef struct {
  const char *usage;       /* the synopsis, printed after "usage: "; further forms after '\n' */
  const char *about;       /* what the command does: paragraphs separated by '\n', wrapped when printed */
  const Option *options;   /* the option table (options.h), ending with OPT_END() */
  size_t opts_size;        /* the size of the struct the table's OPT_IN_COMMAND offsets point into */
  int (*prepare)(Cmd *c);  /* NULL, or checks the arguments before the preamble: 0 after printing the error */
  const char *epilogue;    /* NULL, or paragraphs printed after the options (exit codes) */
} CmdSpec;

/* The preamble the dispatcher does before the handler. */
enum {
  CMD_RULES = 1 << 0,   /* load the rules (--rules DIR, else the installed ones) into c->rs */
  CMD_CONFIG = 1 << 1,  /* with CMD_RULES: and the project configuration (--config, else
                           .growlint.yaml found from c->config_from) into c->cfg */
  CMD_DB_PATH = 1 << 2, /* the project root and the database's path (--db, else the configuration's
                           db, else ROOT/.growlint/growlint.db) into c->root and c->db_path */
  CMD_DB = 1 << 3 | CMD_DB_PATH /* and open that database, which must exist, into c->st */
};

typedef int (*CmdFn)(Cmd *c);

/* A row of the command table. */
typedef struct {
  const char *name;       /* growlint NAME */
  CmdFn run;              /* the handler: returns the exit code */
  const CmdSpec *spec;    /* usage and options */
  const char *summary;    /* one line for 'growlint help' */
  unsigned flags;         /* CMD_*: the preamble it needs */
} Command;

struct Cmd {
  const char *name;        /* the command's name, for messages */
  int argc;                /* the command's arguments; argv[0] is its name (borrowed from main) */
  char **argv;
  CmdCommon common;        /* the shared options */
  void *opts;              /* the command's option struct (spec->opts_size bytes, owned by the dispatcher) */
  PtrVec args;             /* char*: the positional arguments (borrowed from argv) */
  PtrVec rest;             /* char*: the arguments after "--" when the table has OPT_REST (borrowed) */
  char *cwd;               /* the current directory (owned) */
  char *config_from;       /* CMD_CONFIG: where to look for .growlint.yaml, set by prepare (owned), or NULL */
  RuleSet *rs;             /* CMD_RULES (owned) */
  ProjectConfig cfg;       /* CMD_CONFIG (owned) */
  char *root, *db_path;    /* CMD_DB_PATH (owned) */
  Store *st;               /* CMD_DB (owned) */
};

/* The handlers and specs; each lives in the cmd_<name>.c named for it. */
int cmd_check(Cmd *c);   /* cmd_check.c */
int cmd_merge(Cmd *c);
int cmd_history(Cmd *c); /* cmd_history.c */
int cmd_findings(Cmd *c);
int cmd_diff(Cmd *c);
int cmd_show(Cmd *c);
int cmd_triage(Cmd *c);
int cmd_baseline(Cmd *c);
int cmd_report(Cmd *c);
int cmd_explain(Cmd *c); /* cmd_explain.c */
int cmd_rules(Cmd *c);
int cmd_dump_facts(Cmd *c); /* cmd_dump_facts.c */
/* The compiler arguments of every unit: the configuration's extra_args, then
 * those after "--", their paths made absolute; fills out (owned) and points
 * c->rest at it (cmd_check.c). */
void cmd_absolute_rest(Cmd *c, PtrVec *out);

extern const CmdSpec check_spec, merge_spec, history_spec, findings_spec, diff_spec, show_spec, triage_spec,
    baseline_spec, report_spec, explain_spec, rules_spec, dump_facts_spec;

/* Runs command with argc/argv (argv[0] is its name); returns the exit code. */
int cmd_dispatch(const Command *command, int argc, char **argv);
/* Prints a command's usage: its text, its options, its epilogue. */
void cmd_print_usage(FILE *out, const CmdSpec *spec);

/* Arity checks for prepare hooks: 1 when c has exactly n positional
 * arguments, else prints "expected WHAT" (or "unexpected argument" when n
 * is 0) and returns 0. */
int cmd_want_args(Cmd *c, size_t n, const char *what);

#endif
