/* units.h - the translation units to analyse: from paths (files and
 * directories) or from a compile_commands.json, with the compiler
 * arguments libclang needs.
 */
#ifndef GROWLINT_UNITS_H
#define GROWLINT_UNITS_H

#include "facts.h"
#include "util.h"

typedef struct {
  char *file;       /* absolute path of the main file */
  char *directory;  /* working directory for the arguments */
  PtrVec args;      /* char*: compiler arguments without compiler, file, -c, -o */
  Lang lang;        /* its language (units_lang), which picks its front end */
} Unit;

void unit_free(void *u);
/* The language libclang parses file in with these arguments: the last
 * "-x LANG", else a -std= of C or C++, else the extension (.c and .h are C);
 * a .py file is Python. */
Lang units_lang(const char *file, const char *const *args, int nargs);
/* The arguments joined by spaces, as stored in the database (owned). */
char *unit_args_string(const Unit *u);

/* Collects units from files and directories (recursively). Directories
 * contribute sources (.c .cc .cpp .cxx), and headers (.h .hh .hpp .hxx)
 * only when they hold no sources; files given by name are always units.
 * extra (char*) is appended to every unit's arguments. */
GlResult units_from_paths(char *const *paths, int n, const PtrVec *extra, PtrVec *out, GlError *err);

/* Reads BUILD_DIR/compile_commands.json; when n > 0 keeps the entries whose
 * file is one of paths or lies under one of them. Arguments that would make
 * libclang load code (plugins) are dropped and reported in *dropped. */
GlResult units_from_cdb(const char *build_dir, char *const *paths, int n, const PtrVec *extra, PtrVec *out,
                        StrBuf *dropped, GlError *err);

/* The same, from the text of a compile database (name is for messages). */
GlResult units_parse_cdb(const char *text, size_t len, const char *name, char *const *paths, int n,
                         const PtrVec *extra, PtrVec *out, StrBuf *dropped, GlError *err);

/* Splits a shell-style command line as compile databases write it. */
void units_split_command(const char *cmd, PtrVec *out);

#endif
