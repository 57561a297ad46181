/* rules.c - loads rule texts, container models and entry models from YAML.
 *
 * Each file is one YAML mapping with any of the top-level keys
 *   rules, fixes, containers, entries, owning_elements, shrink_functions,
 *   grow_functions, read_functions, alloc_functions, disable
 * (see rules/README.md). Unknown keys, unknown names (families, storage
 * kinds, languages, inherited models) and wrongly typed values are errors
 * that name the file, the line and the key. Later files add to earlier ones.
 * A model's `inherits:` is resolved when it is loaded, against the models
 * loaded before it, so every model holds its complete op lists. The digest
 * covers every loaded byte so the facts cache can tell when the rules
 * changed.
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
    [OPK_LOOKUP] = "lookup", [OPK_SIZE] = "size", [OPK_ITERATE] = "iterate", [OPK_CREATE] = "create",
    [OPK_LINK] = "link",     [OPK_UNLINK] = "unlink"};
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

/* A string or a list of strings. */
static GlResult get_names(Loader *ld, yaml_node_t *v, const char *key, PtrVec *out) {
  if (scalar(v)) {
    pv_push(out, gl_xstrdup(scalar(v)));
    return GL_OK;
  }
  return get_string_list(ld, v, key, out);
}

static const char *const lang_list = "c, c++, python";

/* ORDER REASON */
static const char *const reason_names[] = {
    [REASON_LOG] = "log", [REASON_LOOKUP] = "lookup", [REASON_CACHE] = "cache",
    [REASON_BATCH] = "batch", [REASON_OWNING] = "owning", [REASON_OBSERVER] = "observer",
    [REASON_SEARCH] = "search"};
_Static_assert(sizeof reason_names / sizeof *reason_names == REASON_COUNT, "reason_names[] follows FixReason");

const char *rules_reason_name(FixReason r) {
  return (unsigned)r < REASON_COUNT ? reason_names[r] : "?";
}

static int reason_parse(const char *name) {
  for (int i = 0; i < REASON_COUNT; i++)
    if (!strcmp(reason_names[i], name)) return i;
  return -1;
}

/* Sets the bit of each name of v in *mask: families, storage kinds or languages. */
static GlResult get_mask(Loader *ld, yaml_node_t *v, const char *key, unsigned *mask) {
  PtrVec names = {0};
  GlResult rc = get_names(ld, v, key, &names);
  for (size_t i = 0; i < names.len && rc == GL_OK; i++) {
    const char *n = names.items[i];
    int bit = -1;
    Lang lang;
    if (!strcmp(key, "family")) bit = facts_family_parse(n);
    else if (!strcmp(key, "kind")) bit = facts_storage_kind_parse(n);
    else if (!strcmp(key, "reason")) bit = reason_parse(n);
    else if (facts_lang_parse(n, &lang)) bit = (int)lang;
    if (bit >= 0) {
      *mask |= 1u << bit;
      continue;
    }
    char *what = !strcmp(key, "family") ? gl_xasprintf("unknown family '%s' (class, handle, realloc, list)", n)
               : !strcmp(key, "kind") ? gl_xasprintf("unknown storage kind '%s' (global, namespace-scope, "
                                                     "file-static, static-member, static-local, field)", n)
               : !strcmp(key, "reason") ? gl_xasprintf("unknown reason '%s' (log, lookup, cache, batch, owning, "
                                                       "observer)", n)
               : gl_xasprintf("unknown language '%s' (%s)", n, lang_list);
    rc = bad(ld, v, key, what);
    free(what);
  }
  pv_free(&names, free);
  return rc;
}

/* One key of an applies-to: family, kind, lang or type (and for a fix text
 * reason and grow). *handled is 0 for any other key. */
static GlResult applies_key(Loader *ld, const char *k, yaml_node_t *v, AppliesTo *a, int fix, int *handled) {
  *handled = 1;
  if (!strcmp(k, "family")) return get_mask(ld, v, k, &a->families);
  if (!strcmp(k, "kind")) return get_mask(ld, v, k, &a->kinds);
  if (!strcmp(k, "lang")) return get_mask(ld, v, k, &a->langs);
  if (!strcmp(k, "type")) return get_names(ld, v, k, &a->models);
  if (fix && !strcmp(k, "reason")) return get_mask(ld, v, k, &a->reasons);
  if (fix && !strcmp(k, "grow")) return get_names(ld, v, k, &a->grows);
  *handled = 0;
  return GL_OK;
}

static void applies_free(AppliesTo *a) {
  pv_free(&a->models, free);
  pv_free(&a->grows, free);
}

static void rule_free(void *p) {
  Rule *r = p;
  if (!r) return;
  free(r->id); free(r->title); free(r->severity); free(r->message); free(r->rationale);
  applies_free(&r->applies);
  free(r);
}

static void fix_free(void *p) {
  Fix *f = p;
  if (!f) return;
  free(f->name); free(f->text); free(f->example); free(f->patch);
  applies_free(&f->when);
  free(f);
}

static void model_free(void *p) {
  ContainerModel *m = p;
  if (!m) return;
  free(m->type);
  free(m->name);
  pv_free(&m->types, free);
  pv_free(&m->fields, free);
  pv_free(&m->field_types, free);
  for (int i = 0; i < OPK_COUNT; i++) pv_free(&m->ops[i], free);
  free(m);
}

#define FOR_PAIRS(ld, map, pair) \
  for (yaml_node_pair_t *pair = (map)->data.mapping.pairs.start; pair < (map)->data.mapping.pairs.top; pair++)

/* applies_to: {family: ..., kind: ..., lang: ..., type: ...} */
static GlResult load_applies(Loader *ld, yaml_node_t *map, AppliesTo *a) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "applies_to", "expected a mapping of family, kind, lang, type");
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    int handled = 0;
    GlResult rc = k ? applies_key(ld, k, node(ld, pair->value), a, 0, &handled) : GL_OK;
    if (rc != GL_OK) return rc;
    if (!handled) return bad(ld, node(ld, pair->key), k ? k : "?", "unknown key in 'applies_to' (family, kind, lang, type)");
  }
  return GL_OK;
}

static GlResult load_rule(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "rules", "expected a mapping per rule");
  Rule *r = gl_xcalloc(1, sizeof *r);
  GlResult rc = GL_OK;
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    if (!k) { rc = bad(ld, v, "rules", "expected a string key"); break; }
    if (!strcmp(k, "applies_to")) {
      if ((rc = load_applies(ld, v, &r->applies)) != GL_OK) break;
      continue;
    }
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

/* One text of a fix: {text, example} plus the applies-to keys it is written for. */
static GlResult load_fix_text(Loader *ld, const char *name, yaml_node_t *v, RuleSet *rs) {
  if (!v || v->type != YAML_MAPPING_NODE)
    return bad(ld, v, name, "expected {text, example} (with family, kind, lang, type, reason, grow to narrow it)");
  Fix *f = gl_xcalloc(1, sizeof *f);
  f->name = gl_xstrdup(name);
  pv_push(&rs->fixes, f);
  FOR_PAIRS(ld, v, fp) {
    const char *k = scalar(node(ld, fp->key));
    yaml_node_t *fv = node(ld, fp->value);
    int handled = 0;
    GlResult rc = k ? applies_key(ld, k, fv, &f->when, 1, &handled) : GL_OK;
    if (rc != GL_OK) return rc;
    if (handled) continue;
    char **slot = k && !strcmp(k, "text") ? &f->text : k && !strcmp(k, "example") ? &f->example
                : k && !strcmp(k, "patch") ? &f->patch : NULL;
    if (!slot) return bad(ld, node(ld, fp->key), k ? k : "?", "unknown key in a fix");
    if ((rc = get_string(ld, fv, k, slot)) != GL_OK) return rc;
  }
  if (!f->text) return bad(ld, v, name, "a fix needs a 'text'");
  if (f->patch && strcmp(f->patch, "guard") && strcmp(f->patch, "release"))
    return bad(ld, v, "patch", "expected 'guard' or 'release'");
  return GL_OK;
}

/* fixes: {name: {text, example}} or {name: [{lang, family, type, text, example}, ...]} */
static GlResult load_fixes(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "fixes", "expected a mapping");
  FOR_PAIRS(ld, map, pair) {
    const char *name = scalar(node(ld, pair->key));
    yaml_node_t *v = node(ld, pair->value);
    if (!name || !v) return bad(ld, v, "fixes", "expected 'name: {text, example}'");
    if (strcmp(name, "bounded") && strcmp(name, "cleanup") && strcmp(name, "weak-reference"))
      return bad(ld, node(ld, pair->key), name, "unknown fix (bounded, cleanup, weak-reference)");
    GlResult rc = GL_OK;
    if (v->type == YAML_SEQUENCE_NODE) {
      for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top && rc == GL_OK; it++)
        rc = load_fix_text(ld, name, node(ld, *it), rs);
    } else {
      rc = load_fix_text(ld, name, v, rs);
    }
    if (rc != GL_OK) return rc;
  }
  return GL_OK;
}

/* The model called name (its `name:`, else one of its types), latest first; NULL when none. */
static const ContainerModel *model_named(const RuleSet *rs, const char *name) {
  for (size_t i = rs->models.len; i-- > 0;) {
    const ContainerModel *m = rs->models.items[i];
    if (m->name && !strcmp(m->name, name)) return m;
    for (size_t j = 0; j < m->types.len; j++)
      if (!strcmp(m->types.items[j], name)) return m;
  }
  return NULL;
}

static void remove_name(PtrVec *names, const char *name) {
  size_t w = 0;
  for (size_t i = 0; i < names->len; i++) {
    if (strcmp(names->items[i], name)) names->items[w++] = names->items[i];
    else free(names->items[i]);
  }
  names->len = w;
}

/* m takes base's op lists, then its own names are added; a name m lists
 * under one kind leaves the kinds base had it under (an override). */
static void inherit(ContainerModel *m, const ContainerModel *base, int family_set, int arg_set) {
  PtrVec merged[OPK_COUNT] = {{0}};
  for (int k = 1; k < OPK_COUNT; k++)
    for (size_t i = 0; i < base->ops[k].len; i++) pv_push(&merged[k], gl_xstrdup(base->ops[k].items[i]));
  for (int k = 1; k < OPK_COUNT; k++)
    for (size_t i = 0; i < m->ops[k].len; i++) {
      const char *n = m->ops[k].items[i];
      for (int j = 1; j < OPK_COUNT; j++) remove_name(&merged[j], n);
      pv_push(&merged[k], gl_xstrdup(n));
    }
  for (int k = 1; k < OPK_COUNT; k++) {
    pv_free(&m->ops[k], free);
    m->ops[k] = merged[k];
  }
  if (!family_set) m->family = base->family;
  if (!arg_set) m->arg = base->arg;
  if (!m->declared) m->declared = base->declared;
}

/* What a model's keys said beyond its lists. */
typedef struct {
  yaml_node_t *inherits; /* the value node of `inherits:`, NULL when absent */
  int family_set, arg_set;
} ModelKeys;

/* A model's list of operation names: "name", "prefix*", or either with
 * "@N", the index of the argument it acts on (rules_classify_arg). */
static GlResult get_op_names(Loader *ld, yaml_node_t *v, const char *key, PtrVec *out) {
  size_t from = out->len;
  GlResult rc = get_string_list(ld, v, key, out);
  for (size_t i = from; rc == GL_OK && i < out->len; i++) {
    const char *at = strchr(out->items[i], '@');
    if (!at) continue;
    char *end = NULL;
    long n = at[1] >= '0' && at[1] <= '9' ? strtol(at + 1, &end, 10) : -1;
    if (n < 0 || n > 16 || *end) {
      char *what = gl_xasprintf("'%s': after '@' comes the index of the argument it acts on, 0..16",
                                (char *)out->items[i]);
      rc = bad(ld, v, key, what);
      free(what);
    }
  }
  return rc;
}

static GlResult model_key(Loader *ld, const char *k, yaml_node_t *kn, yaml_node_t *v, ContainerModel *m,
                          ModelKeys *mk) {
  if (!strcmp(k, "type")) return get_names(ld, v, k, &m->types);
  if (!strcmp(k, "name")) return get_string(ld, v, k, &m->name);
  if (!strcmp(k, "inherits")) {
    mk->inherits = v;
    return scalar(v) ? GL_OK : bad(ld, v, k, "expected the name or type of another model");
  }
  if (!strcmp(k, "family")) {
    unsigned mask = 0;
    GlResult rc = scalar(v) ? get_mask(ld, v, k, &mask) : bad(ld, v, k, "must be one of class, handle, realloc, list");
    for (int i = 0; rc == GL_OK && i < FAMILY_COUNT; i++)
      if (mask & (1u << i)) m->family = (ModelFamily)i;
    mk->family_set = 1;
    return rc;
  }
  if (!strcmp(k, "declared")) {
    const char *b = scalar(v);
    if (!b || (strcmp(b, "true") && strcmp(b, "false"))) return bad(ld, v, k, "expected true or false");
    m->declared = !strcmp(b, "true");
    return GL_OK;
  }
  if (!strcmp(k, "fields")) return get_string_list(ld, v, k, &m->fields);
  if (!strcmp(k, "field_types")) return get_string_list(ld, v, k, &m->field_types);
  if (!strcmp(k, "arg")) {
    const char *s = scalar(v);
    char *end = NULL;
    long n = s ? strtol(s, &end, 10) : -1;
    if (!s || *end || n < 0 || n > 16) return bad(ld, v, k, "expected an argument index 0..16");
    m->arg = (int)n;
    mk->arg_set = 1;
    return GL_OK;
  }
  for (int i = 1; i < OPK_COUNT; i++)
    if (!strcmp(k, op_keys[i])) return get_op_names(ld, v, k, &m->ops[i]);
  return bad(ld, kn, k, "unknown key in a container model");
}

static GlResult load_model(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "containers", "expected a mapping per model");
  ContainerModel *m = gl_xcalloc(1, sizeof *m);
  ModelKeys mk = {0};
  GlResult rc = GL_OK;
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    if (!k) { rc = bad(ld, node(ld, pair->value), "containers", "expected a string key"); break; }
    if ((rc = model_key(ld, k, node(ld, pair->key), node(ld, pair->value), m, &mk)) != GL_OK) break;
  }
  if (rc == GL_OK && !m->types.len && !m->name) rc = bad(ld, map, "type", "a container model needs a 'type'");
  if (rc == GL_OK && mk.inherits) {
    const ContainerModel *base = model_named(rs, scalar(mk.inherits));
    if (base) {
      inherit(m, base, mk.family_set, mk.arg_set);
    } else {
      char *what = gl_xasprintf("unknown model '%s' (a model inherits one loaded before it)", scalar(mk.inherits));
      rc = bad(ld, mk.inherits, "inherits", what);
      free(what);
    }
  }
  if (rc != GL_OK) { model_free(m); return rc; }
  m->type = gl_xstrdup(m->types.len ? m->types.items[0] : m->name);
  pv_push(&rs->models, m);
  return GL_OK;
}

/* entries: {register|transient|once|forward: [function, ...]}: each key names a list of the RuleSet. */
static GlResult load_entries(Loader *ld, yaml_node_t *map, RuleSet *rs) {
  if (map->type != YAML_MAPPING_NODE) return bad(ld, map, "entries", "expected a mapping");
  const struct {
    const char *key;
    PtrVec *names; /* the functions listed under key */
  } keys[] = {
      {"register", &rs->entry_register},
      {"transient", &rs->entry_transient},
      {"once", &rs->entry_once},
      {"forward", &rs->entry_forward},
  };
  FOR_PAIRS(ld, map, pair) {
    const char *k = scalar(node(ld, pair->key));
    PtrVec *dst = NULL;
    for (size_t i = 0; k && !dst && i < sizeof keys / sizeof *keys; i++)
      if (!strcmp(k, keys[i].key)) dst = keys[i].names;
    if (!dst)
      return bad(ld, node(ld, pair->key), k ? k : "?", "unknown key in 'entries' (register, once, transient, forward)");
    GlResult rc = get_string_list(ld, node(ld, pair->value), k, dst);
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

/* Configuration: checks: "-*,growth-global-*" (clang-tidy's syntax), or a list of such strings. */
static GlResult load_checks(Loader *ld, yaml_node_t *v, RuleSet *rs) {
  PtrVec items = {0};
  GlResult rc = GL_OK;
  if (scalar(v)) pv_push(&items, gl_xstrdup(scalar(v)));
  else rc = get_string_list(ld, v, "checks", &items);
  char *origin = gl_xasprintf("%s:%u: 'checks'", ld->path, line_of(v));
  for (size_t i = 0; i < items.len && rc == GL_OK; i++) rc = rules_apply_checks(rs, items.items[i], origin, ld->err);
  free(origin);
  pv_free(&items, free);
  return rc;
}

static GlResult load_config_key(Loader *ld, const char *k, yaml_node_t *v, RuleSet *rs, int *handled) {
  ProjectConfig *cfg = ld->cfg;
  *handled = 1;
  if (!strcmp(k, "rules")) return load_switches(ld, v, rs);
  if (!strcmp(k, "exclude")) return get_string_list(ld, v, k, &cfg->exclude);
  if (!strcmp(k, "programs")) return get_string_list(ld, v, k, &rs->programs);
  if (!strcmp(k, "checks")) return load_checks(ld, v, rs);
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
  if (!strcmp(k, "extra_args")) return get_string_list(ld, v, k, &cfg->extra_args);
  if (!strcmp(k, "compile_database")) {
    char *cdb = NULL;
    GlResult rc = get_string(ld, v, k, &cdb);
    if (rc != GL_OK) return rc;
    char *dir = gl_path_dirname(ld->path);
    free(cfg->compile_database);
    cfg->compile_database = gl_path_join(dir, cdb);
    free(dir);
    free(cdb);
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
          strcmp(k, "shrink_functions") && strcmp(k, "grow_functions") && strcmp(k, "read_functions") &&
          strcmp(k, "alloc_functions"))
        return bad(ld, node(ld, pair->key), k,
                   "unknown key (rules, checks, containers, entries, owning_elements, shrink_functions, "
                   "grow_functions, read_functions, alloc_functions, programs, exclude, db, fail_on, compile_database, "
                   "extra_args)");
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
    } else if (!strcmp(k, "grow_functions")) {
      rc = get_string_list(ld, v, k, &rs->grow_funcs);
    } else if (!strcmp(k, "read_functions")) {
      rc = get_string_list(ld, v, k, &rs->read_funcs);
    } else if (!strcmp(k, "alloc_functions")) {
      rc = get_string_list(ld, v, k, &rs->alloc_funcs);
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
  free(cfg->compile_database);
  pv_free(&cfg->extra_args, free);
  memset(cfg, 0, sizeof *cfg);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends dir's *.yaml files, sorted by name, to names (owned paths). */
static int list_yaml(const char *dir, PtrVec *names) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  size_t first = names->len;
  struct dirent *de;
  while ((de = readdir(d)))
    if (de->d_name[0] != '.' && gl_has_suffix(de->d_name, ".yaml")) pv_push(names, gl_path_join(dir, de->d_name));
  closedir(d);
  if (names->len > first) qsort(names->items + first, names->len - first, sizeof *names->items, cmp_str);
  return 1;
}

GlResult rules_load(const char *dir, RuleSet **out, GlError *err) {
  *out = NULL;
  PtrVec paths = {0};
  if (!list_yaml(dir, &paths)) {
    gl_error_set(err, "cannot open rules directory '%s'", dir);
    return GL_EINPUT;
  }
  char *models = gl_path_join(dir, "models"); /* one model file per library, after the rules */
  list_yaml(models, &paths);
  free(models);
  RuleSet *rs = gl_xcalloc(1, sizeof *rs);
  GlResult rc = GL_OK;
  for (size_t i = 0; i < paths.len && rc == GL_OK; i++) rc = rules_load_file(rs, paths.items[i], err);
  pv_free(&paths, free);
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
  pv_free(&rs->programs, free);
  pv_free(&rs->entry_forward, free);
  pv_free(&rs->owning, free);
  pv_free(&rs->shrink_funcs, free);
  pv_free(&rs->grow_funcs, free);
  pv_free(&rs->read_funcs, free);
  pv_free(&rs->alloc_funcs, free);
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

int rules_glob(const char *pattern, const char *name) {
  const char *star = strchr(pattern, '*');
  if (!star) return !strcmp(pattern, name);
  size_t pre = (size_t)(star - pattern);
  if (strncmp(pattern, name, pre)) return 0;
  for (const char *p = name + pre;; p++) {
    if (rules_glob(star + 1, p)) return 1;
    if (!*p) return 0;
  }
}

/* Is m a class or handle model for this type: exactly (exact) or by a pattern? */
static int model_matches(const ContainerModel *m, const char *type, int exact) {
  if (m->family != FAMILY_CLASS && m->family != FAMILY_HANDLE) return 0;
  for (size_t i = 0; i < m->types.len; i++) {
    const char *t = m->types.items[i];
    if (exact ? !strcmp(t, type) : (strchr(t, '*') && rules_glob(t, type))) return 1;
  }
  return 0;
}

const ContainerModel *rules_model_for_type(const RuleSet *rs, const char *qualified) {
  for (int exact = 1; exact >= 0; exact--)
    for (size_t i = rs->models.len; i-- > 0;) { /* later files override earlier ones */
      const ContainerModel *m = rs->models.items[i];
      if (model_matches(m, qualified, exact)) return m;
    }
  return NULL;
}

const ContainerModel *rules_model_family(const RuleSet *rs, ModelFamily family) {
  for (size_t i = rs->models.len; i-- > 0;) {
    const ContainerModel *m = rs->models.items[i];
    if (m->family == family && m->types.len) return m;
  }
  return NULL;
}

static int all_in(const PtrVec *want, const PtrVec *have) {
  for (size_t i = 0; i < want->len; i++) {
    int found = 0;
    for (size_t j = 0; j < have->len && !found; j++) found = !strcmp(want->items[i], have->items[j]);
    if (!found) return 0;
  }
  return 1;
}

const ContainerModel *rules_model_for_shape(const RuleSet *rs, const PtrVec *names, const PtrVec *types) {
  for (size_t i = rs->models.len; i-- > 0;) {
    const ContainerModel *m = rs->models.items[i];
    if (m->family != FAMILY_HANDLE || (!m->fields.len && !m->field_types.len)) continue;
    if (all_in(&m->fields, names) && all_in(&m->field_types, types)) return m;
  }
  return NULL;
}

int rules_has_shapes(const RuleSet *rs) {
  for (size_t i = 0; i < rs->models.len; i++) {
    const ContainerModel *m = rs->models.items[i];
    if (m->fields.len || m->field_types.len) return 1;
  }
  return 0;
}

/* Does a (a rule's or a fix's applies-to) match the storage? */
static int applies(const AppliesTo *a, const StorageTraits *st) {
  if (a->families && !(a->families & (1u << st->family))) return 0;
  if (a->kinds && !(a->kinds & (1u << st->kind))) return 0;
  if (a->langs && !(a->langs & (1u << st->lang))) return 0;
  if (a->reasons && !(a->reasons & (1u << st->reason))) return 0;
  if (a->grows.len) {
    int found = 0;
    for (size_t i = 0; i < a->grows.len && !found; i++) found = st->grow && rules_glob(a->grows.items[i], st->grow);
    if (!found) return 0;
  }
  if (!a->models.len) return 1;
  for (size_t i = 0; i < a->models.len; i++)
    if (st->model && rules_glob(a->models.items[i], st->model)) return 1;
  return 0;
}

const Rule *rules_rule_for(const RuleSet *rs, const StorageTraits *st) {
  for (size_t i = 0; i < rs->rules.len; i++) {
    const Rule *r = rs->rules.items[i];
    if (applies(&r->applies, st)) return r;
  }
  return NULL;
}

const Fix *rules_fix_for(const RuleSet *rs, const char *name, const StorageTraits *st) {
  for (size_t i = 0; i < rs->fixes.len; i++) {
    const Fix *f = rs->fixes.items[i];
    if (!strcmp(f->name, name) && applies(&f->when, st)) return f;
  }
  return NULL;
}

/* Two masks meet when either is "any" or they share a bit. */
static int meet(unsigned a, unsigned b) { return !a || !b || (a & b); }

/* The families for which an earlier text of fix `name` in out is told to
 * every storage (no language, kind or type narrows it). */
static unsigned families_covered(const PtrVec *out, const char *name) {
  unsigned covered = 0;
  for (size_t i = 0; i < out->len; i++) {
    const Fix *f = out->items[i];
    if (!strcmp(f->name, name) && !f->when.langs && !f->when.kinds && !f->when.models.len && !f->when.reasons &&
        !f->when.grows.len)
      covered |= f->when.families ? f->when.families : ~0u;
  }
  return covered;
}

void rules_fixes_of_rule(const RuleSet *rs, const Rule *rule, PtrVec *out) {
  for (size_t i = 0; i < rs->fixes.len; i++) {
    const Fix *f = rs->fixes.items[i];
    const AppliesTo *a = &rule->applies, *b = &f->when;
    if (!meet(a->families, b->families) || !meet(a->kinds, b->kinds) || !meet(a->langs, b->langs)) continue;
    unsigned want = a->families ? a->families : ~0u;
    if ((families_covered(out, f->name) & want) == want) continue; /* never told: an earlier text always is */
    pv_push(out, (void *)f);
  }
}

char *rules_fix_label(const Fix *f) {
  StrBuf sb = {0};
  sb_append(&sb, f->name);
  const char *sep = " (";
  for (int l = 0; l < LANG_COUNT; l++)
    if (f->when.langs & (1u << l)) { sb_appendf(&sb, "%s%s", sep, facts_lang_name((Lang)l)); sep = ", "; }
  for (int k = 0; k < FAMILY_COUNT; k++)
    if (f->when.families & (1u << k)) { sb_appendf(&sb, "%s%s", sep, facts_family_name((ModelFamily)k)); sep = ", "; }
  for (int k = 0; k < SK_COUNT; k++)
    if (f->when.kinds & (1u << k)) { sb_appendf(&sb, "%s%s", sep, facts_storage_kind_name((StorageKind)k)); sep = ", "; }
  for (size_t i = 0; i < f->when.models.len; i++) { sb_appendf(&sb, "%s%s", sep, (char *)f->when.models.items[i]); sep = ", "; }
  for (int k = 0; k < REASON_COUNT; k++)
    if (f->when.reasons & (1u << k)) { sb_appendf(&sb, "%sreason %s", sep, rules_reason_name((FixReason)k)); sep = ", "; }
  for (size_t i = 0; i < f->when.grows.len; i++) {
    sb_appendf(&sb, "%s%s%s", sep, i ? "" : "grown by ", (char *)f->when.grows.items[i]);
    sep = i + 1 < f->when.grows.len ? "|" : ", ";
  }
  if (strcmp(sep, " (")) sb_append(&sb, ")");
  return sb_steal(&sb);
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
  static const OpKind order[] = {OPK_SHRINK, OPK_RESET, OPK_GROW, OPK_LOOKUP, OPK_SIZE, OPK_ITERATE, OPK_CREATE};
  for (size_t i = 0; i < sizeof order / sizeof *order; i++)
    if (rules_name_in(&m->ops[order[i]], op_name)) return order[i];
  return OPK_NONE;
}

OpKind rules_classify_any(const RuleSet *rs, const char *op_name) {
  OpKind best = OPK_NONE;
  for (size_t i = 0; i < rs->models.len; i++) {
    const ContainerModel *m = rs->models.items[i];
    if (m->family != FAMILY_CLASS || !m->types.len) continue;
    OpKind k = rules_classify(m, op_name);
    if (k == OPK_SHRINK || k == OPK_RESET) return k;
    if (k != OPK_NONE && best == OPK_NONE) best = k;
  }
  return best;
}

int rules_enabled(const RuleSet *rs, const char *id) { return !rules_name_in(&rs->disabled, id); }

/* Sets whether rule id is on: drops it from the disabled list, adds it back when off. */
static void rules_switch(RuleSet *rs, const char *id, int on) {
  size_t w = 0;
  for (size_t i = 0; i < rs->disabled.len; i++) {
    if (!strcmp(rs->disabled.items[i], id)) free(rs->disabled.items[i]);
    else rs->disabled.items[w++] = rs->disabled.items[i];
  }
  rs->disabled.len = w;
  if (!on) pv_push(&rs->disabled, gl_xstrdup(id));
}

GlResult rules_apply_checks(RuleSet *rs, const char *checks, const char *origin, GlError *err) {
  size_t n = rs->rules.len;
  int *on = gl_xcalloc(n ? n : 1, sizeof *on);
  GlResult rc = GL_OK;
  for (size_t r = 0; r < n; r++) on[r] = rules_enabled(rs, ((Rule *)rs->rules.items[r])->id);
  char *copy = gl_xstrdup(checks);
  for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok && rc == GL_OK; tok = strtok_r(NULL, ",", &save)) {
    while (*tok == ' ' || *tok == '\t' || *tok == '\n') tok++;
    size_t len = strlen(tok);
    while (len && (tok[len - 1] == ' ' || tok[len - 1] == '\t' || tok[len - 1] == '\n')) tok[--len] = '\0';
    if (!*tok) continue;
    int neg = *tok == '-';
    const char *glob = tok + neg;
    int matched = 0;
    for (size_t r = 0; r < n; r++)
      if (rules_glob(glob, ((Rule *)rs->rules.items[r])->id)) {
        on[r] = !neg;
        matched = 1;
      }
    if (!matched) {
      StrBuf ids = {0};
      for (size_t r = 0; r < n; r++) sb_appendf(&ids, "%s%s", r ? ", " : "", ((Rule *)rs->rules.items[r])->id);
      gl_error_set(err, "%s: '%s' matches no rule (%s)", origin, glob, sb_cstr(&ids));
      sb_free(&ids);
      rc = GL_EINPUT;
    }
  }
  for (size_t r = 0; r < n && rc == GL_OK; r++) rules_switch(rs, ((Rule *)rs->rules.items[r])->id, on[r]);
  free(copy);
  free(on);
  return rc;
}

/* Does entry n ("name", "prefix*", "name@N", "prefix*@N") name call op_name
 * acting on argument idx of a model whose own argument is arg? */
static int entry_names_arg(const char *n, const char *op_name, int idx, int arg) {
  const char *at = strchr(n, '@');
  size_t len = at ? (size_t)(at - n) : strlen(n);
  if ((at ? atoi(at + 1) : arg) != idx) return 0;
  if (len >= 2 && n[len - 1] == '*') return !strncmp(op_name, n, len - 1);
  return strlen(op_name) == len && !strncmp(op_name, n, len);
}

OpKind rules_classify_element(const RuleSet *rs, const char *op_name, int idx) {
  for (size_t i = 0; i < rs->models.len; i++) {
    const ContainerModel *m = rs->models.items[i];
    if (m->family != FAMILY_HANDLE) continue;
    for (OpKind k = OPK_LINK; k <= OPK_UNLINK; k++)
      for (size_t j = 0; j < m->ops[k].len; j++)
        if (entry_names_arg(m->ops[k].items[j], op_name, idx, 0)) return k;
  }
  return OPK_NONE;
}

OpKind rules_classify_arg(const ContainerModel *m, const char *op_name, int idx) {
  if (!m) return OPK_NONE;
  /* shrink and reset first, as rules_classify */
  static const OpKind order[] = {OPK_SHRINK, OPK_RESET, OPK_GROW, OPK_LOOKUP, OPK_SIZE, OPK_ITERATE, OPK_CREATE};
  for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
    const PtrVec *names = &m->ops[order[i]];
    for (size_t j = 0; j < names->len; j++)
      if (entry_names_arg(names->items[j], op_name, idx, m->arg)) return order[i];
  }
  return OPK_NONE;
}
