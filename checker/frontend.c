/* frontend.c - the table of front ends (frontend.h).
 *
 * Two rows: libclang for C and C++ (extract.c), tree-sitter for Python
 * (frontend_python.c). A row's functions only
 * adapt the parser's own interface to the table's; the order of the rows
 * decides which front end a language gets when two could parse it.
 */
#include "frontend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "frontend_python.h"

static const Lang clang_langs[] = {LANG_C, LANG_CXX};
static const char *const clang_sources[] = {".c", ".cc", ".cpp", ".cxx", ".C", ".c++", NULL};
static const char *const clang_headers[] = {".h", ".hh", ".hpp", ".hxx", ".h++", NULL};

static void *clang_open(const RuleSet *rs) { return extract_new(rs); }
static void clang_close(void *state) { extract_free(state); }

static GlResult clang_extract(void *state, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err) {
  return extract_unit(state, u, out, diags, n_errors, err);
}

static void clang_times(const void *state, double *parse_s, double *walk_s) {
  extract_times(state, parse_s, walk_s);
}

static void clang_ignored(const void *state, StrMap *into) { extract_ignored_options(state, into); }

static const Lang python_langs[] = {LANG_PYTHON};
static const char *const python_sources[] = {".py", NULL};
static const char *const python_headers[] = {NULL};

static void *python_open(const RuleSet *rs) { return pyfront_new(rs); }
static void python_close(void *state) { pyfront_free(state); }

static GlResult python_extract(void *state, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err) {
  return pyfront_extract(state, u, out, diags, n_errors, err);
}

static void python_times(const void *state, double *parse_s, double *walk_s) {
  pyfront_times(state, parse_s, walk_s);
}

static const FrontEnd frontends[] = {
    {"libclang", clang_langs, 2, clang_sources, clang_headers, extract_clang_version, clang_open, clang_close,
     clang_extract, clang_times, clang_ignored},
    {"tree-sitter-python", python_langs, 1, python_sources, python_headers, pyfront_version, python_open,
     python_close, python_extract, python_times, NULL},
};

size_t frontend_count(void) { return sizeof frontends / sizeof *frontends; }
const FrontEnd *frontend_at(size_t i) { return i < frontend_count() ? &frontends[i] : NULL; }

const FrontEnd *frontend_for(Lang lang) {
  for (size_t i = 0; i < frontend_count(); i++)
    for (int j = 0; j < frontends[i].nlangs; j++)
      if (frontends[i].langs[j] == lang) return &frontends[i];
  return NULL;
}

static int ends_with_any(const char *name, const char *const *exts) {
  for (; *exts; exts++)
    if (gl_has_suffix(name, *exts)) return 1;
  return 0;
}

int frontend_is_source(const char *name) {
  for (size_t i = 0; i < frontend_count(); i++)
    if (ends_with_any(name, frontends[i].sources)) return 1;
  return 0;
}

int frontend_is_header(const char *name) {
  for (size_t i = 0; i < frontend_count(); i++)
    if (ends_with_any(name, frontends[i].headers)) return 1;
  return 0;
}

char *frontend_clang_version(void) {
  const FrontEnd *fe = frontend_for(LANG_CXX);
  return fe ? fe->version() : gl_xstrdup("");
}

void frontend_versions(char *buf, size_t size) {
  size_t at = 0;
  if (size) buf[0] = '\0';
  for (size_t i = 0; i < frontend_count() && at < size; i++) {
    char *v = frontends[i].version();
    int n = snprintf(buf + at, size - at, "%s%s %s", i ? "\n" : "", frontends[i].name, v);
    free(v);
    if (n < 0) break;
    at += (size_t)n;
  }
}
