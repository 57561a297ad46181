/* triage.c - reads and writes the committed triage file (triage.h).
 *
 * Data: a list of TriageEntry, one per fingerprint. Reading checks every
 * key and value and names the file, the line and the key of the first
 * problem; a fingerprint given twice is an error, so that two decisions
 * about one finding cannot silently disagree. Writing sorts the entries by
 * fingerprint and emits them with libyaml (strings quoted), through a
 * temporary file renamed into place.
 */
#include "triage.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static const char *const states[] = {"false-positive", "intentional", "confirmed", NULL};

int triage_state_ok(const char *s) {
  for (const char *const *p = states; *p; p++)
    if (!strcmp(s, *p)) return 1;
  return 0;
}

void triage_entry_free(void *p) {
  TriageEntry *e = p;
  if (!e) return;
  free(e->fingerprint);
  free(e->state);
  free(e->reason);
  free(e->by);
  free(e->at);
  free(e->symbol);
  free(e->path);
  free(e);
}

static int cmp_entry(const void *a, const void *b) {
  const TriageEntry *x = *(TriageEntry *const *)a, *y = *(TriageEntry *const *)b;
  return strcmp(x->fingerprint, y->fingerprint);
}

/* ---------- reading ---------- */

typedef struct {
  const char *name;     /* the file, for messages (borrowed) */
  yaml_document_t doc;
  GlError *err;         /* borrowed */
} Reader;

static unsigned line_of(const yaml_node_t *n) { return (unsigned)n->start_mark.line + 1; }

static GlResult bad(Reader *rd, const yaml_node_t *n, const char *key, const char *what) {
  gl_error_set(rd->err, "%s:%u: '%s': %s", rd->name, n ? line_of(n) : 0, key, what);
  return GL_EINPUT;
}

static yaml_node_t *node(Reader *rd, int id) { return yaml_document_get_node(&rd->doc, id); }

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* One key of an entry into its field; *slot is the field's address. */
static char **field(TriageEntry *e, const char *k) {
  static const struct {
    const char *key;
    size_t offset;
  } fields[] = {{"fingerprint", offsetof(TriageEntry, fingerprint)}, {"state", offsetof(TriageEntry, state)},
                {"reason", offsetof(TriageEntry, reason)},           {"by", offsetof(TriageEntry, by)},
                {"at", offsetof(TriageEntry, at)},                   {"symbol", offsetof(TriageEntry, symbol)},
                {"path", offsetof(TriageEntry, path)}};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (!strcmp(k, fields[i].key)) return (char **)((char *)e + fields[i].offset);
  return NULL;
}

static GlResult read_entry(Reader *rd, yaml_node_t *map, TriageEntry *e) {
  if (map->type != YAML_MAPPING_NODE)
    return bad(rd, map, "triage", "expected a mapping with fingerprint, state and reason");
  e->line = line_of(map);
  for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
    yaml_node_t *kn = node(rd, p->key), *vn = node(rd, p->value);
    const char *k = scalar(kn), *v = scalar(vn);
    char **slot = k ? field(e, k) : NULL;
    if (!slot) return bad(rd, kn, k ? k : "?", "unknown key (fingerprint, state, reason, by, at, symbol, path)");
    if (*slot) return bad(rd, kn, k, "given twice");
    if (!v) return bad(rd, vn, k, "expected a string");
    *slot = gl_xstrdup(v);
  }
  if (!e->fingerprint) return bad(rd, map, "fingerprint", "missing");
  if (!*e->fingerprint || strspn(e->fingerprint, "0123456789abcdef") != strlen(e->fingerprint))
    return bad(rd, map, "fingerprint", "expected a fingerprint (lower-case hexadecimal digits)");
  if (!e->state) return bad(rd, map, "state", "missing (false-positive, intentional or confirmed)");
  if (!triage_state_ok(e->state)) return bad(rd, map, "state", "expected false-positive, intentional or confirmed");
  if (!e->reason || !*e->reason) return bad(rd, map, "reason", e->reason ? "must not be empty" : "missing");
  return GL_OK;
}

static GlResult read_top(Reader *rd, PtrVec *out) {
  yaml_node_t *root = yaml_document_get_root_node(&rd->doc);
  if (!root) return GL_OK; /* an empty file: no triage */
  if (root->type != YAML_MAPPING_NODE) return bad(rd, root, "(top)", "expected a mapping with the key 'triage'");
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
    yaml_node_t *kn = node(rd, p->key), *v = node(rd, p->value);
    const char *k = scalar(kn);
    if (!k || strcmp(k, "triage")) return bad(rd, kn, k ? k : "?", "unknown key (triage)");
    if (v->type == YAML_SCALAR_NODE && !*scalar(v)) continue; /* "triage:" with nothing */
    if (v->type != YAML_SEQUENCE_NODE) return bad(rd, v, "triage", "expected a list of entries");
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
      TriageEntry *e = gl_xcalloc(1, sizeof *e);
      pv_push(out, e);
      GlResult rc = read_entry(rd, node(rd, *it), e);
      if (rc != GL_OK) return rc;
    }
  }
  if (out->len) qsort(out->items, out->len, sizeof *out->items, cmp_entry);
  for (size_t i = 1; i < out->len; i++) {
    const TriageEntry *a = out->items[i - 1], *b = out->items[i];
    if (!strcmp(a->fingerprint, b->fingerprint)) {
      const TriageEntry *later = a->line > b->line ? a : b, *first = a->line > b->line ? b : a;
      gl_error_set(rd->err, "%s:%u: 'fingerprint': %s is triaged twice (also at line %u)", rd->name, later->line,
                   later->fingerprint, first->line);
      return GL_EINPUT;
    }
  }
  return GL_OK;
}

GlResult triage_parse(const char *text, size_t len, const char *name, PtrVec *out, GlError *err) {
  Reader rd = {.name = name, .err = err};
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
  GlResult rc = GL_OK;
  if (!yaml_parser_load(&parser, &rd.doc)) {
    gl_error_set(err, "%s:%zu: YAML syntax error: %s", name, parser.problem_mark.line + 1,
                 parser.problem ? parser.problem : "unknown");
    rc = GL_EINPUT;
  } else {
    rc = read_top(&rd, out);
    yaml_document_delete(&rd.doc);
  }
  yaml_parser_delete(&parser);
  if (rc != GL_OK) {
    pv_free(out, triage_entry_free);
    *out = (PtrVec){0};
  }
  return rc;
}

GlResult triage_read(const char *path, PtrVec *out, GlError *err) {
  size_t len = 0;
  char *text = gl_read_file(path, &len, err);
  if (!text) return GL_EINPUT;
  GlResult rc = triage_parse(text, len, path, out, err);
  free(text);
  return rc;
}

void triage_put(PtrVec *entries, TriageEntry *e) {
  for (size_t i = 0; i < entries->len; i++) {
    TriageEntry *old = entries->items[i];
    if (!strcmp(old->fingerprint, e->fingerprint)) {
      triage_entry_free(old);
      entries->items[i] = e;
      return;
    }
  }
  pv_push(entries, e);
}

/* ---------- writing ---------- */

/* Emits one event; 0 when the emitter failed. */
static int emit(yaml_emitter_t *em, yaml_event_t *ev, int made) { return made && yaml_emitter_emit(em, ev); }

static int emit_scalar(yaml_emitter_t *em, const char *s, int quoted) {
  yaml_event_t ev;
  char *clean = gl_utf8_sanitize(s);
  int ok = emit(em, &ev,
                yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)clean, (int)strlen(clean), !quoted, 1,
                                             quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_PLAIN_SCALAR_STYLE));
  free(clean);
  return ok;
}

static int emit_entry(yaml_emitter_t *em, const TriageEntry *e) {
  yaml_event_t ev;
  const char *keys[] = {"fingerprint", "state", "reason", "by", "at", "symbol", "path"};
  const char *vals[] = {e->fingerprint, e->state, e->reason, e->by, e->at, e->symbol, e->path};
  if (!emit(em, &ev, yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE))) return 0;
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
    if (vals[i] && (!emit_scalar(em, keys[i], 0) || !emit_scalar(em, vals[i], i != 1))) return 0;
  return emit(em, &ev, yaml_mapping_end_event_initialize(&ev));
}

static int emit_all(yaml_emitter_t *em, const PtrVec *entries) {
  yaml_event_t ev;
  if (!emit(em, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING)) ||
      !emit(em, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1)) ||
      !emit(em, &ev, yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE)) ||
      !emit_scalar(em, "triage", 0) ||
      !emit(em, &ev, yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE)))
    return 0;
  for (size_t i = 0; i < entries->len; i++)
    if (!emit_entry(em, entries->items[i])) return 0;
  return emit(em, &ev, yaml_sequence_end_event_initialize(&ev)) && emit(em, &ev, yaml_mapping_end_event_initialize(&ev)) &&
         emit(em, &ev, yaml_document_end_event_initialize(&ev, 1)) && emit(em, &ev, yaml_stream_end_event_initialize(&ev)) &&
         yaml_emitter_flush(em);
}

GlResult triage_write(const char *path, PtrVec *entries, GlError *err) {
  if (entries->len) qsort(entries->items, entries->len, sizeof *entries->items, cmp_entry);
  char *tmp = gl_xasprintf("%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  GlResult rc = GL_OK;
  if (!f) {
    gl_error_set(err, "cannot write '%s': %s", path, strerror(errno));
    free(tmp);
    return GL_EIO;
  }
  fputs("# growlint triage: decisions about findings, by fingerprint (README.md \"Triage that travels with the "
        "code\").\n# Written by 'growlint triage ID --as STATE --reason TEXT --file' and 'growlint triage --export'.\n",
        f);
  yaml_emitter_t em;
  yaml_emitter_initialize(&em);
  yaml_emitter_set_output_file(&em, f);
  yaml_emitter_set_unicode(&em, 1);
  yaml_emitter_set_width(&em, -1);
  int ok = emit_all(&em, entries);
  yaml_emitter_delete(&em);
  ok = fclose(f) == 0 && ok;
  if (!ok || rename(tmp, path) != 0) {
    gl_error_set(err, "cannot write '%s': %s", path, errno ? strerror(errno) : "the YAML emitter failed");
    remove(tmp);
    rc = GL_EIO;
  }
  free(tmp);
  return rc;
}
