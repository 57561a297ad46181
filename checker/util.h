/* util.h - small shared helpers: result codes, error buffers, owned strings,
 * growable byte buffers and pointer vectors.
 *
 * Every growable structure here is owned by whoever declared it and released
 * with its _free function; _free functions accept NULL / zeroed structures.
 * Allocation failure aborts the process (there is no useful recovery for a
 * checker that ran out of memory), so callers never check for NULL.
 */
#ifndef GROWLINT_UTIL_H
#define GROWLINT_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* One result code for every function that can fail. */
typedef enum {
  GL_OK = 0,     /* success */
  GL_EINPUT,     /* bad input from the user: path, file, option, data file */
  GL_EIO,        /* the world failed: a read, a write, a database */
  GL_EPARSE      /* a translation unit could not be parsed completely */
} GlResult;

/* Error messages live in a buffer the caller owns; setting one never allocates. */
typedef struct {
  char msg[1024]; /* NUL-terminated message, empty when no error */
} GlError;

void gl_error_set(GlError *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

void *gl_xmalloc(size_t n);
void *gl_xcalloc(size_t n, size_t size);
void *gl_xrealloc(void *p, size_t n);
char *gl_xstrdup(const char *s);            /* NULL in, NULL out */
char *gl_xstrndup(const char *s, size_t n);
char *gl_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable, always NUL-terminated byte buffer. */
typedef struct {
  char *data;   /* owned; NULL until the first append */
  size_t len;   /* bytes used, excluding the terminating NUL */
  size_t cap;   /* bytes allocated */
} StrBuf;

void sb_append(StrBuf *sb, const char *s);
void sb_appendn(StrBuf *sb, const char *s, size_t n);
void sb_appendf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *sb_cstr(const StrBuf *sb);      /* "" when empty; borrowed */
char *sb_steal(StrBuf *sb);                 /* caller owns the result; sb is reset */
void sb_free(StrBuf *sb);

/* A growable array of owned pointers, freed with the given destructor. */
typedef struct {
  void **items;   /* owned array of items */
  size_t len;     /* items used */
  size_t cap;     /* items allocated */
} PtrVec;

void pv_push(PtrVec *v, void *item);
void pv_free(PtrVec *v, void (*destroy)(void *));

/* Paths. All returned strings are owned by the caller. */
char *gl_path_join(const char *dir, const char *name);
char *gl_path_dirname(const char *path);
char *gl_realpath(const char *path);        /* NULL when the path does not exist */
/* path relative to base when path lies under base, else a copy of path */
char *gl_path_relative(const char *path, const char *base);
int gl_has_suffix(const char *s, const char *suffix);
int gl_is_dir(const char *path);
int gl_is_file(const char *path);
/* reads a whole file; returns NULL and sets err on failure */
char *gl_read_file(const char *path, size_t *len, GlError *err);

/* s with every invalid UTF-8 byte replaced by U+FFFD (owned). */
char *gl_utf8_sanitize(const char *s);
/* Appends s with control characters written as \xNN, so that text from the
 * input (file names, messages) cannot drive a terminal. */
void gl_escape_controls(StrBuf *out, const char *s);

/* A string-keyed hash map; keys are copied and owned, values are borrowed
 * unless the caller frees them (sm_free takes a destructor). */
typedef struct {
  char **keys;
  void **vals;
  size_t cap, len;
} StrMap;

void *sm_get(const StrMap *m, const char *key);   /* NULL when absent */
void sm_put(StrMap *m, const char *key, void *val); /* replaces */
void sm_free(StrMap *m, void (*destroy)(void *));
#endif
