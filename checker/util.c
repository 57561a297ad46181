/* util.c - result codes, error buffers, owned strings, buffers, vectors, paths.
 *
 * Invariants: a StrBuf's data is NULL or NUL-terminated at len; a PtrVec's
 * items[0..len) are owned by the vector until pv_free.
 */
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void gl_error_set(GlError *err, const char *fmt, ...) {
  if (!err) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
}

static void oom(void) {
  fputs("growlint: out of memory\n", stderr);
  abort();
}

void *gl_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom();
  return p;
}

void *gl_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) oom();
  return p;
}

void *gl_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) oom();
  return q;
}

char *gl_xstrdup(const char *s) {
  if (!s) return NULL;
  return gl_xstrndup(s, strlen(s));
}

char *gl_xstrndup(const char *s, size_t n) {
  char *p = gl_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *gl_xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) oom();
  char *p = gl_xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}

static void sb_reserve(StrBuf *sb, size_t extra) {
  size_t need = sb->len + extra + 1;
  if (need <= sb->cap) return;
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap < need) cap *= 2;
  sb->data = gl_xrealloc(sb->data, cap);
  sb->cap = cap;
}

void sb_appendn(StrBuf *sb, const char *s, size_t n) {
  sb_reserve(sb, n);
  memcpy(sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
}

void sb_append(StrBuf *sb, const char *s) { sb_appendn(sb, s, strlen(s)); }

void sb_appendf(StrBuf *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  sb_reserve(sb, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  sb->len += (size_t)n;
}

const char *sb_cstr(const StrBuf *sb) { return sb->data ? sb->data : ""; }

char *sb_steal(StrBuf *sb) {
  char *p = sb->data ? sb->data : gl_xstrdup("");
  sb->data = NULL;
  sb->len = sb->cap = 0;
  return p;
}

void sb_free(StrBuf *sb) {
  if (!sb) return;
  free(sb->data);
  sb->data = NULL;
  sb->len = sb->cap = 0;
}

void pv_push(PtrVec *v, void *item) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->items = gl_xrealloc(v->items, v->cap * sizeof *v->items);
  }
  v->items[v->len++] = item;
}

void pv_free(PtrVec *v, void (*destroy)(void *)) {
  if (!v) return;
  if (destroy)
    for (size_t i = 0; i < v->len; i++) destroy(v->items[i]);
  free(v->items);
  v->items = NULL;
  v->len = v->cap = 0;
}

char *gl_path_join(const char *dir, const char *name) {
  if (!dir || !*dir || name[0] == '/') return gl_xstrdup(name);
  size_t n = strlen(dir);
  return gl_xasprintf("%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", name);
}

char *gl_path_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return gl_xstrdup(".");
  if (slash == path) return gl_xstrdup("/");
  return gl_xstrndup(path, (size_t)(slash - path));
}

char *gl_realpath(const char *path) {
  char buf[PATH_MAX];
  if (!realpath(path, buf)) return NULL;
  return gl_xstrdup(buf);
}

char *gl_path_relative(const char *path, const char *base) {
  size_t n = base ? strlen(base) : 0;
  if (n && strncmp(path, base, n) == 0 && path[n] == '/') return gl_xstrdup(path + n + 1);
  return gl_xstrdup(path);
}

int gl_has_suffix(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

int gl_is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int gl_is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *gl_read_file(const char *path, size_t *len, GlError *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    gl_error_set(err, "cannot open '%s': %s", path, strerror(errno));
    return NULL;
  }
  StrBuf sb = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sb_appendn(&sb, chunk, n);
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    gl_error_set(err, "cannot read '%s'", path);
    sb_free(&sb);
    return NULL;
  }
  if (len) *len = sb.len;
  return sb_steal(&sb);
}

static size_t sm_hash(const char *s) {
  size_t h = 1469598103934665603u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

static size_t sm_slot(const StrMap *m, const char *key) {
  size_t j = sm_hash(key) & (m->cap - 1);
  while (m->keys[j] && strcmp(m->keys[j], key)) j = (j + 1) & (m->cap - 1);
  return j;
}

void *sm_get(const StrMap *m, const char *key) {
  if (!m->cap) return NULL;
  size_t j = sm_slot(m, key);
  return m->keys[j] ? m->vals[j] : NULL;
}

void sm_put(StrMap *m, const char *key, void *val) {
  if ((m->len + 1) * 2 > m->cap) {
    StrMap n = {gl_xcalloc(m->cap ? m->cap * 2 : 64, sizeof(char *)),
                gl_xcalloc(m->cap ? m->cap * 2 : 64, sizeof(void *)), m->cap ? m->cap * 2 : 64, m->len};
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->keys[i]) continue;
      size_t j = sm_slot(&n, m->keys[i]);
      n.keys[j] = m->keys[i];
      n.vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    *m = n;
  }
  size_t j = sm_slot(m, key);
  if (!m->keys[j]) {
    m->keys[j] = gl_xstrdup(key);
    m->len++;
  }
  m->vals[j] = val;
}

void sm_free(StrMap *m, void (*destroy)(void *)) {
  if (!m) return;
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    free(m->keys[i]);
    if (destroy) destroy(m->vals[i]);
  }
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

char *gl_utf8_sanitize(const char *s) {
  StrBuf sb = {0};
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t n = *p < 0x80 ? 1 : (*p >> 5) == 0x6 ? 2 : (*p >> 4) == 0xe ? 3 : (*p >> 3) == 0x1e ? 4 : 0;
    size_t ok = n;
    for (size_t i = 1; i < n && ok; i++)
      if ((p[i] & 0xc0) != 0x80) ok = 0;
    if (ok) {
      sb_appendn(&sb, (const char *)p, n);
      p += n;
    } else {
      sb_append(&sb, "\xef\xbf\xbd"); /* U+FFFD */
      p++;
    }
  }
  return sb_steal(&sb);
}

void gl_escape_controls(StrBuf *out, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p < 0x20 || *p == 0x7f) sb_appendf(out, "\\x%02x", *p);
    else sb_appendn(out, (const char *)p, 1);
  }
}
