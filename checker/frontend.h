/* frontend.h - the front ends: one row per parser that turns a unit into
 * facts (README "Facts and access paths"). Everything after a front end (analyse,
 * store, link, report) sees only the facts of facts.h and never names the
 * parser behind them.
 *
 * Adding a language: a new row in frontend.c whose functions parse one unit
 * and fill a Facts, and the language in facts.h's Lang.
 */
#ifndef GROWLINT_FRONTEND_H
#define GROWLINT_FRONTEND_H

#include "facts.h"
#include "rules.h"
#include "units.h"
#include "util.h"

typedef struct {
  const char *name;                  /* "libclang": what the run records */
  const Lang *langs;                 /* the languages it parses */
  int nlangs;
  const char *const *sources;        /* NULL-terminated extensions of main files (".c") */
  const char *const *headers;        /* NULL-terminated extensions of headers, analysed through sources */
  char *(*version)(void);            /* its version (owned by the caller) */
  /* A parser state for one worker (not thread-safe); rs is borrowed and
   * outlives it. close accepts NULL. */
  void *(*open)(const RuleSet *rs);
  void (*close)(void *state);
  /* Parses u and appends its facts to *out (owned by the caller); errors of
   * the code go to diags, one per line, counted in *n_errors. GL_OK also
   * when the code has errors (the facts of what parsed are kept); GL_EPARSE
   * when the unit could not be parsed at all. */
  GlResult (*extract)(void *state, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err);
  /* Seconds spent so far by state: parsing, and walking for facts. */
  void (*times)(const void *state, double *parse_s, double *walk_s);
  /* Adds to into (values unused) the compiler options that state's parser
   * did not know and ignored; NULL when a front end takes no options. */
  void (*ignored_options)(const void *state, StrMap *into);
} FrontEnd;

/* The front end of a language; NULL when growlint has none for it. */
const FrontEnd *frontend_for(Lang lang);
/* Rows of the table, in order: i < frontend_count(). */
size_t frontend_count(void);
const FrontEnd *frontend_at(size_t i);

/* Is name a main file (a source) or a header of some front end? */
int frontend_is_source(const char *name);
int frontend_is_header(const char *name);

/* The C and C++ front end's version (owned): what JSON and SARIF report as
 * clang_version. */
char *frontend_clang_version(void);
/* "name version" of every front end, one per line, into buf (truncated to
 * size, always terminated): what a run records. */
void frontend_versions(char *buf, size_t size);

#endif
