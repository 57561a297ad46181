/* baseline.c - reads and writes baseline files (baseline.h) with jansson.
 * A file that is not a baseline is an input error naming what is wrong. */
#include "baseline.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void baseline_entry_free(void *p) {
  BaselineEntry *e = p;
  if (!e) return;
  free(e->fingerprint); free(e->rule); free(e->path); free(e->symbol);
  free(e);
}

/* The header of a baseline: {"growlint_baseline": 1, "findings": [...]}. */
static GlResult check_header(json_t *root, const char *name, GlError *err) {
  json_t *version = json_object_get(root, "growlint_baseline");
  if (!json_is_object(root) || !json_is_integer(version) || !json_is_array(json_object_get(root, "findings"))) {
    gl_error_set(err, "%s: not a growlint baseline (expected {\"growlint_baseline\": 1, \"findings\": [...]})", name);
    return GL_EINPUT;
  }
  if (json_integer_value(version) != 1) {
    gl_error_set(err, "%s: baseline version %lld is not supported (expected 1)", name,
                 (long long)json_integer_value(version));
    return GL_EINPUT;
  }
  return GL_OK;
}

/* A copy of e's string field key, "" when it has none. */
static char *field(json_t *e, const char *key) {
  json_t *v = json_object_get(e, key);
  return gl_xstrdup(json_is_string(v) ? json_string_value(v) : "");
}

GlResult baseline_parse(const char *text, size_t len, const char *name, PtrVec *out, GlError *err) {
  json_error_t jerr;
  json_t *root = json_loadb(text, len, 0, &jerr), *e;
  GlResult rc = root ? check_header(root, name, err) : GL_EINPUT;
  if (!root) gl_error_set(err, "%s:%d:%d: not a growlint baseline: %s", name, jerr.line, jerr.column, jerr.text);
  size_t i;
  json_array_foreach(rc == GL_OK ? json_object_get(root, "findings") : NULL, i, e) {
    if (!json_is_string(json_object_get(e, "fingerprint"))) {
      gl_error_set(err, "%s: finding %zu has no string 'fingerprint'", name, i);
      rc = GL_EINPUT;
      break;
    }
    BaselineEntry *b = gl_xcalloc(1, sizeof *b);
    b->fingerprint = field(e, "fingerprint");
    b->rule = field(e, "rule");
    b->path = field(e, "path");
    b->symbol = field(e, "symbol");
    pv_push(out, b);
  }
  json_decref(root);
  return rc;
}

GlResult baseline_read(const char *path, PtrVec *out, GlError *err) {
  size_t len = 0;
  char *text = gl_read_file(path, &len, err);
  if (!text) return GL_EINPUT;
  GlResult rc = baseline_parse(text, len, path, out, err);
  free(text);
  return rc;
}

GlResult baseline_write(const char *path, const PtrVec *entries, GlError *err) {
  json_t *root = json_object(), *list = json_array();
  json_object_set_new(root, "growlint_baseline", json_integer(1));
  for (size_t i = 0; i < entries->len; i++) {
    const BaselineEntry *b = entries->items[i];
    char *path = gl_utf8_sanitize(b->path), *symbol = gl_utf8_sanitize(b->symbol);
    json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s}", "fingerprint", b->fingerprint, "rule", b->rule,
                                          "path", path, "symbol", symbol));
    free(path);
    free(symbol);
  }
  json_object_set_new(root, "findings", list);
  char *tmp = gl_xasprintf("%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  GlResult rc = GL_OK;
  if (!f) {
    gl_error_set(err, "cannot write '%s': %s", path, strerror(errno));
    rc = GL_EIO;
  } else {
    int bad = json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 || fputc('\n', f) == EOF;
    bad = fclose(f) != 0 || bad;
    if (bad || rename(tmp, path) != 0) {
      gl_error_set(err, "cannot write '%s': %s", path, strerror(errno));
      remove(tmp);
      rc = GL_EIO;
    }
  }
  free(tmp);
  json_decref(root);
  return rc;
}
