/* options.h - command-line options as a declarative table, one parser and
 * one usage printer for every command (git's parse_options is the model).
 *
 * A command declares its options once, with their help:
 *
 *   static const Option check_options[] = {
 *       OPT_STRING('p', NULL, CheckOpts, build_dir, "BUILD_DIR", "read BUILD_DIR/compile_commands.json"),
 *       OPT_BOOL(0, "stats", CheckOpts, stats, "print where the time went"),
 *       OPT_INT('j', NULL, CheckOpts, jobs, "N", "analyse N units in parallel", "jobs", 1, 256),
 *       OPT_END(),
 *   };
 *
 * A value lives at an offset in a struct the caller hands to opts_parse:
 * OPT_IN_COMMAND entries in the command's own option struct, OPT_IN_COMMON
 * entries in the struct every command shares (cmd.h's CmdCommon). The macros
 * check at compile time that the field has the type the entry writes.
 *
 * Syntax: "--name=VALUE" and "--name VALUE"; "-x VALUE" and "-xVALUE" for a
 * short name; a switch (OPT_BOOL) takes no value; "-h" and "--help" ask for
 * the usage; "--" ends the options (with OPT_REST in the table, what follows
 * is kept apart, as the compiler arguments of `check`); a lone "-" is an
 * argument. A syntax error (an unknown option, a missing value, a value
 * given to a switch) is printed by cli_usage_error, with the hint to run
 * --help; a bad number by cli_error, naming the option and its range.
 */
#ifndef GROWLINT_OPTIONS_H
#define GROWLINT_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

#include "util.h"

typedef enum {
  OPT_T_END,     /* ends a table */
  OPT_T_BOOL,    /* int: 1 when given; takes no value */
  OPT_T_STRING,  /* const char *: borrowed from argv; the last one given wins */
  OPT_T_INT,     /* int: a decimal number from min to max */
  OPT_T_LIST,    /* PtrVec of const char * (borrowed from argv): every occurrence is appended */
  OPT_T_INCLUDE, /* not an option: the entries of another table, at an offset in this struct */
  OPT_T_REST     /* not an option: the arguments after "--" are kept apart from the positional ones */
} OptType;

typedef enum {
  OPT_IN_COMMAND, /* the value is in the command's option struct */
  OPT_IN_COMMON   /* the value is in the options every command shares */
} OptBase;

typedef struct Option {
  OptType type;
  char short_name;             /* 'p' for -p, or 0 */
  const char *long_name;       /* "format" for --format, or NULL */
  OptBase base;                /* which struct the value is in */
  size_t offset;               /* where the value is in that struct */
  const char *argh;            /* the value's name in the usage ("FILE"); NULL for a switch */
  const char *help;            /* the usage text; lines after the first are joined with '\n' */
  const char *what;            /* OPT_T_INT: what is counted, for errors ("jobs") */
  int min, max;                /* OPT_T_INT: the accepted range */
  const struct Option *table;  /* OPT_T_INCLUDE: the included table */
} Option;

/* offsetof(T, f), and a compile error unless T.f has type V (pointer subtraction needs compatible types). */
#define OPT_OFFSET_(T, f, V) (offsetof(T, f) + 0 * sizeof(&((T *)0)->f - (V *)0))

#define OPT_STRING_AT(base, s, l, T, f, a, h) {OPT_T_STRING, s, l, base, OPT_OFFSET_(T, f, const char *), a, h, NULL, 0, 0, NULL}
#define OPT_BOOL(s, l, T, f, h) {OPT_T_BOOL, s, l, OPT_IN_COMMAND, OPT_OFFSET_(T, f, int), NULL, h, NULL, 0, 0, NULL}
#define OPT_STRING(s, l, T, f, a, h) OPT_STRING_AT(OPT_IN_COMMAND, s, l, T, f, a, h)
#define OPT_INT(s, l, T, f, a, h, what, lo, hi) \
  {OPT_T_INT, s, l, OPT_IN_COMMAND, OPT_OFFSET_(T, f, int), a, h, what, lo, hi, NULL}
#define OPT_STRING_LIST(s, l, T, f, a, h) {OPT_T_LIST, s, l, OPT_IN_COMMAND, OPT_OFFSET_(T, f, PtrVec), a, h, NULL, 0, 0, NULL}
/* The options of table, their values in the struct at T.f (which has table's type). */
#define OPT_INCLUDE(T, f, sub) {OPT_T_INCLUDE, 0, NULL, OPT_IN_COMMAND, offsetof(T, f), NULL, NULL, NULL, 0, 0, sub}
/* Arguments after "--" are kept apart (Cmd.rest); h says what they are for. */
#define OPT_REST(h) {OPT_T_REST, 0, NULL, OPT_IN_COMMAND, 0, NULL, h, NULL, 0, 0, NULL}
#define OPT_END() {OPT_T_END, 0, NULL, OPT_IN_COMMAND, 0, NULL, NULL, NULL, 0, 0, NULL}

typedef enum {
  OPTS_OK,    /* parsed: the values are set */
  OPTS_HELP,  /* -h or --help: the caller prints the usage and exits 0 */
  OPTS_ERROR  /* a usage error, already printed */
} OptsResult;

/* Parses argv[1..argc-1] of command cmd against table. Values are written
 * into bases[OPT_IN_COMMAND] and bases[OPT_IN_COMMON] (zeroed by the caller,
 * so an option not given stays 0 / NULL / empty). Positional arguments are
 * appended to args, the arguments after "--" to rest when the table has
 * OPT_REST (else to args); both borrow from argv. */
OptsResult opts_parse(const char *cmd, const Option *table, void *const bases[2], int argc, char **argv, PtrVec *args,
                      PtrVec *rest);

/* Prints "options:" and one entry per option of table, -h and "--" included. */
void opts_usage(FILE *out, const Option *table);

/* Frees the lists (OPT_T_LIST) that opts_parse filled in bases; the strings are borrowed. */
void opts_free(const Option *table, void *const bases[2]);

#endif
