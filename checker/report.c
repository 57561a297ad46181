/* report.c - clang-style text and JSON reporters, chosen from a table.
 *
 * Text: one "file:line:col: warning: MESSAGE [rule]" line per finding, then
 * "note:" lines in the finding's order. JSON: one object (schema in
 * README.md). Control characters in names and messages are escaped in text
 * output so that file names cannot drive the terminal.
 */
#include "report.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "link.h"

static char *shown_path(const Report *r, const char *path) { return gl_path_relative(path, r->cwd); }

/* Writes s with control characters escaped. */
static void put_safe(FILE *out, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p < 0x20 || *p == 0x7f) fprintf(out, "\\x%02x", *p);
    else fputc(*p, out);
  }
}

static void put_loc(FILE *out, const Report *r, const Loc *l) {
  char *p = shown_path(r, l->file);
  put_safe(out, p);
  fprintf(out, ":%u:%u: ", l->line, l->col);
  free(p);
}

static GlResult report_text(FILE *out, const Report *r, GlError *err) {
  (void)err;
  for (size_t i = 0; i < r->findings->len; i++) {
    const Finding *f = r->findings->items[i];
    put_loc(out, r, &f->loc);
    fprintf(out, "%s: ", f->severity);
    put_safe(out, f->message);
    fprintf(out, " [%s]\n", f->rule);
    for (size_t j = 0; j < f->notes.len; j++) {
      const Note *n = f->notes.items[j];
      put_loc(out, r, &n->loc);
      fputs("note: ", out);
      put_safe(out, n->message);
      fputc('\n', out);
    }
  }
  return GL_OK;
}

static json_t *jloc(const Report *r, const Loc *l, json_t *obj) {
  char *p = shown_path(r, l->file);
  json_object_set_new(obj, "file", json_string(p));
  json_object_set_new(obj, "line", json_integer(l->line));
  json_object_set_new(obj, "column", json_integer(l->col));
  free(p);
  return obj;
}

static GlResult report_json(FILE *out, const Report *r, GlError *err) {
  json_t *root = json_object();
  json_object_set_new(root, "tool", json_string("growlint"));
  json_object_set_new(root, "version", json_string(GROWLINT_VERSION));
  json_object_set_new(root, "clang_version", json_string(r->clang_version ? r->clang_version : ""));
  json_object_set_new(root, "run_id", json_integer(r->run_id));
  json_object_set_new(root, "units", json_integer(r->units));
  json_t *failed = json_array();
  for (size_t i = 0; r->failed && i < r->failed->len; i++) {
    char *p = shown_path(r, r->failed->items[i]);
    json_array_append_new(failed, json_string(p));
    free(p);
  }
  json_object_set_new(root, "failed_units", failed);
  json_t *arr = json_array();
  for (size_t i = 0; i < r->findings->len; i++) {
    const Finding *f = r->findings->items[i];
    json_t *o = json_object();
    json_object_set_new(o, "rule", json_string(f->rule));
    json_object_set_new(o, "severity", json_string(f->severity));
    json_object_set_new(o, "symbol", json_string(f->symbol));
    json_object_set_new(o, "container", json_string(f->container));
    json_object_set_new(o, "kind", json_string(f->kind));
    json_object_set_new(o, "type", json_string(f->type));
    jloc(r, &f->loc, o);
    json_object_set_new(o, "fix", json_string(f->fix));
    json_object_set_new(o, "message", json_string(f->message));
    json_object_set_new(o, "fingerprint", json_string(f->fingerprint));
    json_t *notes = json_array();
    for (size_t j = 0; j < f->notes.len; j++) {
      const Note *n = f->notes.items[j];
      json_t *no = jloc(r, &n->loc, json_object());
      json_object_set_new(no, "message", json_string(n->message));
      json_array_append_new(notes, no);
    }
    json_object_set_new(o, "notes", notes);
    json_array_append_new(arr, o);
  }
  json_object_set_new(root, "findings", arr);
  int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(root);
  fputc('\n', out);
  if (rc != 0) {
    gl_error_set(err, "cannot write the JSON report");
    return GL_EIO;
  }
  return GL_OK;
}

static const struct {
  const char *name;
  ReportFn fn;
} formats[] = {
    {"text", report_text},
    {"json", report_json},
};

ReportFn report_for(const char *format) {
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
    if (!strcmp(formats[i].name, format)) return formats[i].fn;
  return NULL;
}

const char *report_formats(void) { return "text, json"; }
