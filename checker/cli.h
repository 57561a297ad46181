/* cli.h - what the commands share: exit codes, the one way to print an
 * error, warning or note, the project root and the default database,
 * opening the database for queries, git facts, the project configuration.
 * Only the command layer (main.c, cmd.c, options.c, cmd_*.c) uses it.
 */
#ifndef GROWLINT_CLI_H
#define GROWLINT_CLI_H

#include <stdarg.h>

#include "rules.h"
#include "store.h"
#include "util.h"

enum {
  EXIT_CLEAN = 0,       /* no findings (that fail the run) */
  EXIT_FINDINGS = 1,    /* findings that fail the run */
  EXIT_USAGE = 2,       /* usage, configuration or input error */
  EXIT_INCOMPLETE = 3,  /* a unit could not be parsed */
  EXIT_INTERRUPTED = 130 /* SIGINT or SIGTERM: the run is recorded as interrupted */
};

/* Nearest folder at or above dir holding .git, else dir (owned). */
char *cli_project_root(const char *dir);
/* --db, else the configuration's db, else ROOT/.growlint/growlint.db (owned). */
char *cli_db_path(const char *opt, const ProjectConfig *cfg, const char *root);
/* Opens an existing database for the query commands; prints the error. */
Store *cli_open_existing(const char *cmd, const char *path);
/* Runs git with argv in dir and returns its first output line (owned), or NULL. */
char *cli_git(const char *dir, const char *const *args);
/* Finds .growlint.yaml walking up from dir; NULL when there is none (owned). */
char *cli_find_config(const char *dir);
/* Finds the file name walking up from dir; NULL when there is none (owned). */
char *cli_find_upward(const char *dir, const char *name);
/* The configuration of a run over files (files or folders; those that do not
 * exist are skipped): the .growlint.yaml nearest to each, walking up from its
 * folder as clang-tidy does. *config is its path (owned), or NULL when none
 * has one; *from the first file that has it (borrowed). A run links one
 * program under one configuration: 0 after printing an error naming two
 * files whose nearest configurations differ. */
int cli_config_of_files(const char *cmd, char *const *files, size_t n, const char *cwd, char **config,
                        const char **from);
/* The error for file (nearest configuration cfg) and other (nearest
 * configuration other_cfg, NULL for none), paths shown from cwd. */
void cli_config_conflict(const char *cmd, const char *file, const char *cfg, const char *other, const char *other_cfg,
                         const char *cwd);
/* Loads the rules directory (dir or the installed one) and the project
 * configuration (config_path, or found from search_dir); prints errors. */
int cli_load_rules(const char *cmd, const char *dir, const char *config_path, const char *search_dir, RuleSet **rs,
                   ProjectConfig *cfg);
/* The rules directory and the corpus directory of this installation (owned). */
char *cli_rules_dir(void);
char *cli_corpus_dir(void);

/* The one way a command speaks on standard error: "growlint CMD: error: MESSAGE\n"
 * ("growlint: error: ..." when cmd is NULL); likewise warning and note. */
void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_warning(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_note(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "growlint CMD: MESSAGE\n": progress and summaries, without a level. */
void cli_message(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An error in how the command was called: the error, then
 * "Run 'growlint CMD --help' for usage." */
void cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
