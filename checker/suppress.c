/* suppress.c - finds inline suppression comments (suppress.h).
 *
 * Only comment text counts: the markers are looked for after a line or block comment opener
 * on the line. A rule list is a comma-separated list of ids or globs inside
 * brackets (growlint) or parentheses (NOLINT).
 */
#include "suppress.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

static const char *find_in(const char *s, size_t len, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= len; i++)
    if (!memcmp(s + i, needle, n)) return s + i;
  return NULL;
}

/* Does the list [p, end) of ids or globs name rule? */
static int list_names(const char *p, const char *end, const char *rule) {
  while (p < end) {
    while (p < end && (*p == ' ' || *p == ',' || *p == '\t')) p++;
    const char *q = p;
    while (q < end && *q != ',' && *q != ' ' && *q != '\t') q++;
    if (q > p) {
      char *id = gl_xstrndup(p, (size_t)(q - p));
      int match = fnmatch(id, rule, 0) == 0;
      free(id);
      if (match) return 1;
    }
    p = q;
  }
  return 0;
}

static char *trimmed(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == ':' || *p == '-')) p++;
  while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '/' || end[-1] == '*'))
    end--;
  return gl_xstrndup(p, (size_t)(end - p));
}

/* NOLINT or NOLINTNEXTLINE at m: returns 1 when it covers rule. */
static int nolint_covers(const char *m, const char *end, size_t skip, const char *rule, char **reason) {
  const char *p = m + skip;
  if (p < end && *p == '(') {
    const char *close = memchr(p, ')', (size_t)(end - p));
    if (!close || !list_names(p + 1, close, rule)) return 0;
    *reason = trimmed(close + 1, end);
    return 1;
  }
  if (p < end && ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_')) return 0;
  *reason = trimmed(p, end);
  return 1;
}

/* `growlint: ignore[rules] reason` in the comment that runs from comment to
 * end, the same in every language: whether it names rule (*reason: its
 * reason, owned). */
static int ignore_marker(const char *comment, const char *end, const char *rule, char **reason) {
  const char *g = find_in(comment, (size_t)(end - comment), "growlint: ignore[");
  if (!g) return 0;
  const char *open = g + strlen("growlint: ignore[");
  const char *close = memchr(open, ']', (size_t)(end - open));
  if (!close || !list_names(open, close, rule)) return 0;
  *reason = trimmed(close + 1, end);
  return 1;
}

int suppress_line(const char *text, size_t len, const char *rule, int same_line, char **reason) {
  *reason = NULL;
  const char *end = text + len;
  const char *c1 = find_in(text, len, "//"), *c2 = find_in(text, len, "/*");
  const char *comment = c1 && (!c2 || c1 < c2) ? c1 : c2;
  if (!comment) return 0;
  size_t clen = (size_t)(end - comment);
  if (ignore_marker(comment, end, rule, reason)) return 1;
  const char *nl = find_in(comment, clen, "NOLINTNEXTLINE");
  if (nl) return !same_line && nolint_covers(nl, end, strlen("NOLINTNEXTLINE"), rule, reason);
  const char *n = find_in(comment, clen, "NOLINT");
  if (n && same_line) return nolint_covers(n, end, strlen("NOLINT"), rule, reason);
  return 0;
}

/* A Python line: `# growlint: ignore[rules] reason` (this line or the line
 * before), `# noqa: rules reason` or a bare `# noqa` (this line only). */
static int suppress_python_line(const char *text, size_t len, const char *rule, int same_line, char **reason) {
  *reason = NULL;
  const char *end = text + len;
  const char *comment = memchr(text, '#', len);
  if (!comment) return 0;
  size_t clen = (size_t)(end - comment);
  if (ignore_marker(comment, end, rule, reason)) return 1;
  const char *n = find_in(comment, clen, "noqa");
  if (!n || !same_line) return 0;
  const char *p = n + strlen("noqa");
  if (p >= end || *p != ':') { /* a bare noqa covers every rule */
    *reason = trimmed(p, end);
    return 1;
  }
  const char *q = ++p;
  while (q < end && (*q == ' ' || *q == '\t')) q++;
  const char *list_end = q;
  while (list_end < end && *list_end != ' ' && *list_end != '\t') list_end++;
  if (!list_names(q, list_end, rule)) return 0;
  *reason = trimmed(list_end, end);
  return 1;
}

static int line_span(const SuppressCache *c, unsigned line, const char **start, size_t *len) {
  if (!c->text || line == 0) return 0;
  const char *p = c->text, *end = c->text + c->len;
  for (unsigned l = 1; l < line; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return 0;
    p = nl + 1;
  }
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  *start = p;
  *len = (size_t)((nl ? nl : end) - p);
  return 1;
}

/* The NOLINTBEGIN or NOLINTEND marker of kind (skip: its length) in the
 * comment of the line [text, end) covers rule: 1, with *reason (owned) for a
 * BEGIN. A marker without a list covers every rule. */
static int region_marker(const char *text, const char *end, const char *kind, const char *rule, char **reason) {
  const char *c1 = find_in(text, (size_t)(end - text), "//"), *c2 = find_in(text, (size_t)(end - text), "/*");
  const char *comment = c1 && (!c2 || c1 < c2) ? c1 : c2;
  if (!comment) return 0;
  const char *m = find_in(comment, (size_t)(end - comment), kind);
  if (!m) return 0;
  char *why = NULL;
  int covers = nolint_covers(m, end, strlen(kind), rule, &why);
  if (covers && reason) *reason = why;
  else free(why);
  return covers;
}

/* Is line inside a NOLINTBEGIN(rule) ... NOLINTEND(rule) region (both
 * marker lines included)? *reason (owned) is the outermost BEGIN's text. */
static int in_region(const SuppressCache *c, unsigned line, const char *rule, char **reason) {
  if (!c->text) return 0;
  const char *p = c->text, *end = c->text + c->len;
  int depth = 0;
  for (unsigned l = 1; l <= line && p <= end; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    char *why = NULL;
    if (region_marker(p, le, "NOLINTBEGIN", rule, &why)) {
      if (!depth++) {
        free(*reason);
        *reason = why;
      } else {
        free(why);
      }
    } else if (l < line && depth && region_marker(p, le, "NOLINTEND", rule, NULL)) {
      depth--;
    }
    if (!nl) break;
    p = nl + 1;
  }
  if (!depth) {
    free(*reason);
    *reason = NULL;
  }
  return depth > 0;
}

int suppress_check(SuppressCache *cache, const char *file, unsigned line, const char *rule, char **reason) {
  *reason = NULL;
  if (!cache->file || strcmp(cache->file, file)) {
    free(cache->file);
    free(cache->text);
    cache->file = gl_xstrdup(file);
    cache->text = gl_read_file(file, &cache->len, NULL);
  }
  const char *s;
  size_t n;
  int (*on_line)(const char *, size_t, const char *, int, char **) =
      gl_has_suffix(file, ".py") ? suppress_python_line : suppress_line;
  if (line_span(cache, line, &s, &n) && on_line(s, n, rule, 1, reason)) return 1;
  if (line_span(cache, line - 1, &s, &n) && on_line(s, n, rule, 0, reason)) return 1;
  return in_region(cache, line, rule, reason);
}

void suppress_cache_free(SuppressCache *cache) {
  if (!cache) return;
  free(cache->file);
  free(cache->text);
  cache->file = cache->text = NULL;
}
