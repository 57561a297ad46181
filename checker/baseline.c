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

GlResult baseline_parse(const char *text, size_t len, const char *name, PtrVec *out, GlError *err) {
  json_error_t jerr;
  json_t *root = json_loadb(text, len, 0, &jerr);
  if (!root) {
    gl_error_set(err, "%s:%d:%d: not a growlint baseline: %s", name, jerr.line, jerr.column, jerr.text);
    return GL_EINPUT;
  }
  GlResult rc = GL_OK;
  json_t *version = json_object_get(root, "growlint_baseline"), *list = json_object_get(root, "findings");
  if (!json_is_object(root) || !json_is_integer(version) || !json_is_array(list)) {
    gl_error_set(err, "%s: not a growlint baseline (expected {\"growlint_baseline\": 1, \"findings\": [...]})", name);
    rc = GL_EINPUT;
  } else if (json_integer_value(version) != 1) {
    gl_error_set(err, "%s: baseline version %lld is not supported (expected 1)", name,
                 (long long)json_integer_value(version));
    rc = GL_EINPUT;
  }
  size_t i;
  json_t *e;
  if (rc == GL_OK) {
    json_array_foreach(list, i, e) {
      json_t *fp = json_object_get(e, "fingerprint");
      if (!json_is_string(fp)) {
        gl_error_set(err, "%s: finding %zu has no string 'fingerprint'", name, i);
        rc = GL_EINPUT;
        break;
      }
      BaselineEntry *b = gl_xcalloc(1, sizeof *b);
      b->fingerprint = gl_xstrdup(json_string_value(fp));
      b->rule = gl_xstrdup(json_is_string(json_object_get(e, "rule")) ? json_string_value(json_object_get(e, "rule")) : "");
      b->path = gl_xstrdup(json_is_string(json_object_get(e, "path")) ? json_string_value(json_object_get(e, "path")) : "");
      b->symbol = gl_xstrdup(json_is_string(json_object_get(e, "symbol")) ? json_string_value(json_object_get(e, "symbol")) : "");
      pv_push(out, b);
    }
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
