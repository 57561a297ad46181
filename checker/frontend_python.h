/* frontend_python.h - parse one Python module with tree-sitter (the runtime
 * from Debian, the grammar of npm's tree-sitter-python compiled in) and emit
 * the same facts as the C and C++ front end (facts.h, README "Python").
 *
 * Identities are symbolic, so that a module's facts never depend on another
 * module having been parsed: a module-level name is "py:MODULE.NAME" (the
 * module's dotted name from its package folders), a class attribute
 * "py:MODULE.CLASS.NAME", a function "py:MODULE.QUALNAME"; an imported name
 * resolves to the identity its own module gives it (`from app import state`
 * makes `state.events` "py:app.state.events").
 * A PyFront owns one TSParser; it is not thread-safe (one per worker).
 */
#ifndef GROWLINT_FRONTEND_PYTHON_H
#define GROWLINT_FRONTEND_PYTHON_H

#include "facts.h"
#include "rules.h"
#include "units.h"
#include "util.h"

typedef struct PyFront PyFront;

/* rs is borrowed and must outlive the front end. */
PyFront *pyfront_new(const RuleSet *rs);
void pyfront_free(PyFront *pf); /* accepts NULL */

/* Parses the module u->file and appends its facts to *out (owned by the
 * caller). Syntax errors are appended to diags, one per line
 * ("FILE:LINE:COL: error: invalid syntax ..."), and counted in *n_errors;
 * the rest of the module is still analysed. Returns GL_OK (also with
 * syntax errors), or GL_EPARSE when the file could not be read. */
GlResult pyfront_extract(PyFront *pf, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err);

/* Seconds spent so far: parsing, and walking the trees for facts. */
void pyfront_times(const PyFront *pf, double *parse_s, double *walk_s);

/* "0.23.6 (tree-sitter language ABI 14)": the grammar's version (owned by the caller). */
char *pyfront_version(void);

/* The dotted module name of a Python file: its base name without ".py",
 * prefixed by the folders above it that hold an __init__.py ("app.state"
 * for app/state.py when app/__init__.py exists; "app" for app/__init__.py).
 * Owned by the caller. */
char *pyfront_module_name(const char *file);

#endif
