/* rules.c - loads rule texts, container models and entry models from YAML.
 *
 * Each file is one YAML mapping with any of the top-level keys
 *   rules, fixes, containers, entries, owning_elements, shrink_functions,
 *   disable
 * (see rules/README.md). Unknown keys and wrongly typed values are errors
 * that name the file, the line and the key. Later files add to earlier ones.
 * The digest covers every loaded byte so the facts cache can tell when the
 * rules changed.
 */
#include "rules.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include <yaml.h>

/* ORDER OPK */
static const char *const op_keys[] = {
    [OPK_NONE] = NULL, [OPK_GROW] = "grow", [OPK_SHRINK] = "shrink", [OPK_RESET] = "reset",
    [OPK_LOOKUP] = "lookup", [OPK_SIZE] = "size", [OPK_ITERATE] = "iterate"};
_Static_assert(sizeof op_keys / sizeof *op_keys == OPK_COUNT, "op_keys[] follows OpKind");

/* Loader state for one file. */
typedef struct {
  const char *path;     /* borrowed file name for messages */
  yaml_document_t doc;  /* the parsed document */
  GlError *err;         /* borrowed */
  ProjectConfig *cfg;   /* borrowed; non-NULL when loading a project configuration */
} Loader;

static unsigned line_of(yaml_node_t *n) { return (unsigned)n->start_mark.line + 1; }

static GlResult bad(Loader *ld, yaml_node_t *n, const char *key, const char *what) {
  gl_error_set(ld->err, "%s:%u: '%s': %s", ld->path, n ? line_of(n) : 0, key, what);
  return GL_EINPUT;
}

static yaml_node_t *node(Loader *ld, int id) { return yaml_document_get_node(&ld->doc, id); }

static const char *scalar(yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static GlResult get_string(Loader *ld, yaml_node_t *v, const char *key, char **out) {
  const char *s = scalar(v);
  if (!s) return bad(ld, v, key, "expected a string");
  free(*out);
  *out = gl_xstrdup(s);
  return GL_OK;
}

static GlResult get_string_list(Loader *ld, yaml_node_t *v, const char *key, PtrVec *out) {
  if (!v || v->type != YAML_SEQUENCE_NODE) return bad(ld, v, key, "expected a list of strings");
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    const char *s = scalar(node(ld, *it));
    if (!s) return bad(ld, node(ld, *it), key, "expected a string in the list");
    pv_push(out, gl_xstrdup(s));
  }
  return GL_OK;
}

static void rule_free(void *p) {
  Rule *r = p;
  if (!r) return;
  free(r->id); free(r->title); free(r->severity); free(r->message); free(r->rationale);
  free(r);
}

static void fix_free(void *p) {
  Fix *f = p;
  if (!f) return;
  free(f->name); free(f->text); free(f->example);
  free(f);
}

static void model_free(void *p) {
  ContainerModel *m = p;
  if (!m) return;
  free(m->type);
  for (int i = 0; i < OPK_COUNT; i++) pv_free(&m->ops[i], free);
  free(m);
}

#define FOR_PAIRS(ld, map, pair) \
  for (yaml_node_pair_t *pair = (map)->data.mapping.pairs.start; pair < (map)->data.mapping.pairs.top; pair++)

static GlResult load_rule(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "rules", "expected a mapping per rule");
  Rule *r = gl_xcalloc(1, sizeof *r);
  GlResult rc = GL_OK;
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    if (!k) { rc = bad(ld, v, "rules", "expected a string key"); break; }
    char **slot = !strcmp(k, "id") ? &r->id : !strcmp(k, "title") ? &r->title
                : !strcmp(k, "severity") ? &r->severity : !strcmp(k, "message") ? &r->message
                : !strcmp(k, "rationale") ? &r->rationale : NULL;
    if (!slot) { rc = bad(ld, node(ld, pair->key), k, "unknown key in a rule"); break; }
    if ((rc = get_string(ld, v, k, slot)) != GL_OK) break;
  }
  if (rc == GL_OK && (!r->id || !r->message)) rc = bad(ld, map, "rules", "a rule needs 'id' and 'message'");
  if (rc == GL_OK && r->severity && strcmp(r->severity, "warning") && strcmp(r->severity, "error"))
    rc = bad(ld, map, "severity", "must be 'warning' or 'error'");
  if (rc != GL_OK) { rule_free(r); return rc; }
  if (!r->severity) r->severity = gl_xstrdup("warning");
  pv_push(&rs->rules, r);
  return GL_OK;
}

static GlResult load_fixes(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "fixes", "expected a mapping");
  FOR_PAIRS(ld, map, pair) {
    const char *name = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    if (!name || !v || v->type != YAML_MAPPING_NODE) return bad(ld, v, "fixes", "expected 'name: {text, example}'");
    if (strcmp(name, "bounded") && strcmp(name, "cleanup") && strcmp(name, "weak-reference"))
      return bad(ld, node(ld, pair->key), name, "unknown fix (bounded, cleanup, weak-reference)");
    Fix *f = gl_xcalloc(1, sizeof *f);
    f->name = gl_xstrdup(name);
    pv_push(&rs->fixes, f);
    FOR_PAIRS(ld, v, fp) {
      const char *k = scalar(node(ld, fp->key));
      char **slot = k && !strcmp(k, "text") ? &f->text : k && !strcmp(k, "example") ? &f->example : NULL;
      if (!slot) return bad(ld, node(ld, fp->key), k ? k : "?", "unknown key in a fix");
      GlResult rc = get_string(ld, node(ld, fp->value), k, slot);
      if (rc != GL_OK) return rc;
    }
  }
  return GL_OK;
}

static GlResult load_model(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "containers", "expected a mapping per model");
  ContainerModel *m = gl_xcalloc(1, sizeof *m);
  pv_push(&rs->models, m);
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    GlResult rc = GL_OK;
    if (!k) return bad(ld, v, "containers", "expected a string key");
    if (!strcmp(k, "type")) {
      rc = get_string(ld, v, k, &m->type);
    } else if (!strcmp(k, "family")) {
      const char *s = scalar(v);
      int family = facts_family_parse(s);
      if (family >= 0) m->family = (ModelFamily)family;
      else rc = bad(ld, v, k, "must be one of class, handle, realloc, list");
    } else if (!strcmp(k, "arg")) {
      const char *s = scalar(v);
      char *end = NULL;
      long n = s ? strtol(s, &end, 10) : -1;
      if (!s || *end || n < 0 || n > 16) rc = bad(ld, v, k, "expected an argument index 0..16");
      else m->arg = (int)n;
    } else {
      int idx = 0;
      for (int i = 1; i < OPK_COUNT; i++) if (!strcmp(k, op_keys[i])) idx = i;
      if (!idx) return bad(ld, node(ld, pair->key), k, "unknown key in a container model");
      rc = get_string_list(ld, v, k, &m->ops[idx]);
    }
    if (rc != GL_OK) return rc;
  }
  if (!m->type) return bad(ld, map, "type", "a container model needs a 'type'");
  return GL_OK;
}

static GlResult load_entries(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "entries", "expected a mapping");
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    PtrVec *dst = k && !strcmp(k, "register") ? &rs->entry_register
                : k && !strcmp(k, "transient") ? &rs->entry_transient
                : k && !strcmp(k, "once") ? &rs->entry_once
                : k && !strcmp(k, "forward") ? &rs->entry_forward : NULL;
    if (!dst)
      return bad(ld, node(ld, pair->key), k ? k : "?", "unknown key in 'entries' (register, once, transient, forward)");
    GlResult rc = get_string_list(ld, v, k, dst);
    if (rc != GL_OK) return rc;
  }
  return GL_OK;
}

/* Configuration: rules: {id: on|off} */
static GlResult load_switches(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "rules", "expected a mapping of rule id to on or off");
  FOR_PAIRS(ld, map, pair) {
    const char *id = scalar(node(ld, pair->key));
    const char *val = scalar(node(ld, pair->value));
    if (!id || !rules_find(rs, id)) return bad(ld, node(ld, pair->key), id ? id : "?", "unknown rule id");
    int on = val && (!strcmp(val, "on") || !strcmp(val, "true") || !strcmp(val, "yes"));
    int off = val && (!strcmp(val, "off") || !strcmp(val, "false") || !strcmp(val, "no"));
    if (!on && !off) return bad(ld, node(ld, pair->value), id, "expected on or off");
    for (size_t i = 0; i < rs->disabled.len; i++) /* the last word wins */
      if (!strcmp(rs->disabled.items[i], id)) ((char *)rs->disabled.items[i])[0] = '\0';
    if (off) pv_push(&rs->disabled, gl_xstrdup(id));
  }
  return GL_OK;
}

static GlResult load_config_key(Loader *ld, const char *k, yaml_node_t *v, RuleSet *rs, int *handled) {
  ProjectConfig *cfg = ld->cfg;
  *handled = 1;
  if (!strcmp(k, "rules")) return load_switches(ld, v, rs);
  if (!strcmp(k, "exclude")) return get_string_list(ld, v, k, &cfg->exclude);
  if (!strcmp(k, "db")) {
    char *db = NULL;
    GlResult rc = get_string(ld, v, k, &db);
    if (rc != GL_OK) return rc;
    char *dir = gl_path_dirname(ld->path);
    free(cfg->db);
    cfg->db = gl_path_join(dir, db);
    free(dir);
    free(db);
    return GL_OK;
  }
  if (!strcmp(k, "fail_on")) {
    const char *s = scalar(v);
    if (!s || (strcmp(s, "any") && strcmp(s, "new") && strcmp(s, "none")))
      return bad(ld, v, k, "expected any, new or none");
    free(cfg->fail_on);
    cfg->fail_on = gl_xstrdup(s);
    return GL_OK;
  }
  *handled = 0;
  return GL_OK;
}

static GlResult load_top(Loader *ld, RuleSet *rs) {
  yaml_node_t *root = yaml_document_get_root_node(&ld->doc);
  if (!root) return GL_OK; /* empty file */
  if (root->type != YAML_MAPPING_NODE) return bad(ld, root, "(top)", "expected a mapping at the top level");
  FOR_PAIRS(ld, root, pair) {
    const char *k = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    GlResult rc = GL_OK;
    if (!k) return bad(ld, v, "(top)", "expected a string key");
    if (ld->cfg) {
      int handled = 0;
      rc = load_config_key(ld, k, v, rs, &handled);
      if (rc != GL_OK) return rc;
      if (handled) continue;
      if (strcmp(k, "containers") && strcmp(k, "entries") && strcmp(k, "owning_elements") &&
          strcmp(k, "shrink_functions"))
        return bad(ld, node(ld, pair->key), k,
                   "unknown key (rules, containers, entries, owning_elements, shrink_functions, exclude, db, fail_on)");
    }
    if (!strcmp(k, "rules") || !strcmp(k, "containers")) {
      if (v->type != YAML_SEQUENCE_NODE) return bad(ld, v, k, "expected a list");
      for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top && rc == GL_OK; it++)
        rc = k[0] == 'r' ? load_rule(ld, node(ld, *it), rs) : load_model(ld, node(ld, *it), rs);
    } else if (!strcmp(k, "fixes")) {
      rc = load_fixes(ld, v, rs);
    } else if (!strcmp(k, "entries")) {
      rc = load_entries(ld, v, rs);
    } else if (!strcmp(k, "owning_elements")) {
      rc = get_string_list(ld, v, k, &rs->owning);
    } else if (!strcmp(k, "shrink_functions")) {
      rc = get_string_list(ld, v, k, &rs->shrink_funcs);
    } else if (!strcmp(k, "disable")) {
      rc = get_string_list(ld, v, k, &rs->disabled);
    } else {
      return bad(ld, node(ld, pair->key), k, "unknown top-level key");
    }
    if (rc != GL_OK) return rc;
  }
  return GL_OK;
}

static void digest_add(RuleSet *rs, const char *data, size_t len) {
  XXH64_hash_t h = XXH3_64bits_withSeed(data, len, 0);
  if (rs->digest) h ^= strtoull(rs->digest, NULL, 16) * 31u;
  free(rs->digest);
  rs->digest = gl_xasprintf("%016llx", (unsigned long long)h);
}

static GlResult load_text(RuleSet *rs, const char *path, const char *text, size_t len, ProjectConfig *cfg,
                          GlError *err);

static GlResult load_file(RuleSet *rs, const char *path, ProjectConfig *cfg, GlError *err) {
  size_t len = 0;
  char *text = gl_read_file(path, &len, err);
  if (!text) return GL_EINPUT;
  GlResult rc = load_text(rs, path, text, len, cfg, err);
  free(text);
  return rc;
}

GlResult rules_load_text(RuleSet *rs, const char *name, const char *text, size_t len, ProjectConfig *cfg,
                         GlError *err) {
  return load_text(rs, name, text, len, cfg, err);
}

static GlResult load_text(RuleSet *rs, const char *path, const char *text, size_t len, ProjectConfig *cfg,
                          GlError *err) {
  digest_add(rs, text, len);
  Loader ld = {.path = path, .err = err, .cfg = cfg};
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
  GlResult rc = GL_OK;
  if (!yaml_parser_load(&parser, &ld.doc)) {
    gl_error_set(err, "%s:%zu: YAML syntax error: %s", path, parser.problem_mark.line + 1,
                 parser.problem ? parser.problem : "unknown");
    rc = GL_EINPUT;
  } else {
    rc = load_top(&ld, rs);
    yaml_document_delete(&ld.doc);
  }
  yaml_parser_delete(&parser);
  return rc;
}

GlResult rules_load_file(RuleSet *rs, const char *path, GlError *err) { return load_file(rs, path, NULL, err); }

GlResult rules_load_config(RuleSet *rs, const char *path, ProjectConfig *cfg, GlError *err) {
  free(cfg->path);
  cfg->path = gl_xstrdup(path);
  return load_file(rs, path, cfg, err);
}

void rules_config_free(ProjectConfig *cfg) {
  if (!cfg) return;
  free(cfg->path);
  pv_free(&cfg->exclude, free);
  free(cfg->db);
  free(cfg->fail_on);
  memset(cfg, 0, sizeof *cfg);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

GlResult rules_load(const char *dir, RuleSet **out, GlError *err) {
  *out = NULL;
  DIR *d = opendir(dir);
  if (!d) {
    gl_error_set(err, "cannot open rules directory '%s'", dir);
    return GL_EINPUT;
  }
  PtrVec names = {0};
  struct dirent *de;
  while ((de = readdir(d)))
    if (de->d_name[0] != '.' && gl_has_suffix(de->d_name, ".yaml")) pv_push(&names, gl_xstrdup(de->d_name));
  closedir(d);
  if (names.len) qsort(names.items, names.len, sizeof *names.items, cmp_str);
  RuleSet *rs = gl_xcalloc(1, sizeof *rs);
  GlResult rc = GL_OK;
  for (size_t i = 0; i < names.len && rc == GL_OK; i++) {
    char *path = gl_path_join(dir, names.items[i]);
    rc = rules_load_file(rs, path, err);
    free(path);
  }
  pv_free(&names, free);
  if (rc == GL_OK && !rs->rules.len) {
    gl_error_set(err, "rules directory '%s' defines no rules", dir);
    rc = GL_EINPUT;
  }
  if (rc != GL_OK) { rules_free(rs); return rc; }
  *out = rs;
  return GL_OK;
}

void rules_free(RuleSet *rs) {
  if (!rs) return;
  pv_free(&rs->rules, rule_free);
  pv_free(&rs->fixes, fix_free);
  pv_free(&rs->models, model_free);
  pv_free(&rs->entry_register, free);
  pv_free(&rs->entry_transient, free);
  pv_free(&rs->entry_once, free);
  pv_free(&rs->entry_forward, free);
  pv_free(&rs->owning, free);
  pv_free(&rs->shrink_funcs, free);
  pv_free(&rs->disabled, free);
  free(rs->digest);
  free(rs);
}

const Rule *rules_find(const RuleSet *rs, const char *id) {
  for (size_t i = 0; i < rs->rules.len; i++) {
    const Rule *r = rs->rules.items[i];
    if (!strcmp(r->id, id)) return r;
  }
  return NULL;
}

const Fix *rules_fix(const RuleSet *rs, const char *name) {
  for (size_t i = 0; i < rs->fixes.len; i++) {
    const Fix *f = rs->fixes.items[i];
    if (!strcmp(f->name, name)) return f;
  }
  return NULL;
}

const ContainerModel *rules_model_for_type(const RuleSet *rs, const char *qualified) {
  for (size_t i = rs->models.len; i-- > 0;) { /* later files override earlier ones */
    const ContainerModel *m = rs->models.items[i];
    if ((m->family == FAMILY_CLASS || m->family == FAMILY_HANDLE) && !strcmp(m->type, qualified)) return m;
  }
  return NULL;
}

const ContainerModel *rules_model_family(const RuleSet *rs, ModelFamily family) {
  for (size_t i = rs->models.len; i-- > 0;) {
    const ContainerModel *m = rs->models.items[i];
    if (m->family == family) return m;
  }
  return NULL;
}

int rules_name_in(const PtrVec *names, const char *qualified) {
  for (size_t i = 0; i < names->len; i++) {
    const char *n = names->items[i];
    size_t len = strlen(n);
    if (len >= 2 && n[len - 1] == '*') {
      if (!strncmp(qualified, n, len - 1)) return 1;
    } else if (!strcmp(n, qualified)) {
      return 1;
    }
  }
  return 0;
}

OpKind rules_classify(const ContainerModel *m, const char *op_name) {
  if (!m) return OPK_NONE;
  /* shrink and reset first: a name listed twice counts as the safer kind */
  static const OpKind order[] = {OPK_SHRINK, OPK_RESET, OPK_GROW, OPK_LOOKUP, OPK_SIZE, OPK_ITERATE};
  for (size_t i = 0; i < sizeof order / sizeof *order; i++)
    if (rules_name_in(&m->ops[order[i]], op_name)) return order[i];
  return OPK_NONE;
}

OpKind rules_classify_any(const RuleSet *rs, const char *op_name) {
  OpKind best = OPK_NONE;
  for (size_t i = 0; i < rs->models.len; i++) {
    const ContainerModel *m = rs->models.items[i];
    if (m->family != FAMILY_CLASS) continue;
    OpKind k = rules_classify(m, op_name);
    if (k == OPK_SHRINK || k == OPK_RESET) return k;
    if (k != OPK_NONE && best == OPK_NONE) best = k;
  }
  return best;
}

int rules_enabled(const RuleSet *rs, const char *id) { return !rules_name_in(&rs->disabled, id); }
