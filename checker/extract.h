/* extract.h - parse one translation unit with libclang and emit its facts.
 *
 * No rule logic lives here: extract reports what the code does to
 * long-lived containers (facts.h); link decides what that means.
 * An Extractor owns one CXIndex, which outlives every translation unit it
 * parses; it is not thread-safe (use one per worker).
 */
#ifndef GROWLINT_EXTRACT_H
#define GROWLINT_EXTRACT_H

#include "facts.h"
#include "rules.h"
#include "units.h"
#include "util.h"

typedef struct Extractor Extractor;

/* rs is borrowed and must outlive the extractor. */
Extractor *extract_new(const RuleSet *rs);
void extract_free(Extractor *ex);

/* Parses u (its file with its arguments, in its directory) and appends its
 * facts to *out (owned by the caller); its storages carry u->lang. Clang's diagnostics of severity error and above are appended to
 * diags, one per line, in clang's format; *n_errors counts them.
 * Returns GL_OK (even with errors: the facts of what parsed are kept),
 * or GL_EPARSE when libclang could not produce a translation unit. */
GlResult extract_unit(Extractor *ex, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err);

/* Seconds spent so far by this extractor: parsing (libclang) and walking
 * the AST for facts. */
void extract_times(const Extractor *ex, double *parse_s, double *walk_s);

/* Adds to into (values unused) the compiler options that clang did not know
 * and ignored in the units this extractor parsed (gcc's -f and -m options). */
void extract_ignored_options(const Extractor *ex, StrMap *into);

/* "clang version 19.1.7 ..." (owned by the caller). */
char *extract_clang_version(void);

#endif
