/* frontend_python.c - Python modules -> facts, with tree-sitter
 * (frontend_python.h; README "Python").
 *
 * Two passes over a module's tree:
 *  1. the module's names (imports anywhere in the file, module-level
 *     assignments, functions, classes and their attributes); every name
 *     bound to an unbounded container constructor becomes a storage, and so
 *     does a class attribute;
 *  2. a walk of every statement, with a Scope per function (its parameters,
 *     its locals, its `global` names, its local aliases of storages) and the
 *     loop context of the current site, emitting functions, calls, entries,
 *     operations on access paths and arguments.
 * Data: nothing from tree-sitter outlives pyfront_extract; facts hold owned
 * copies. Storage keys, function identities and access paths are symbolic
 * dotted names (frontend_python.h), so link joins modules by equality.
 * What a method does to a container comes from the Python container models
 * (rules/models/python.yaml); which decorators, calls and base classes make
 * a function long-lived from the entries of rules/python.yaml.
 */
#include "frontend_python.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);

#define GRAMMAR_VERSION "0.23.6"
#define MAX_SYNTAX_ERRORS 20

struct PyFront {
  const RuleSet *rs;  /* borrowed */
  TSParser *parser;   /* owned */
  double parse_s, walk_s;
};

/* The kind of a module-level name. */
enum { NAME_VAR = 1, NAME_FUNC, NAME_CLASS };

typedef struct {
  const RuleSet *rs;
  const char *src;    /* the module's text (borrowed) */
  const char *file;   /* absolute path (borrowed) */
  char *mod;          /* dotted module name (owned) */
  char *mod_usr;      /* "py:MOD.<module>": the module's own code (owned) */
  StrMap imports;     /* local name -> dotted target (char*, owned) */
  StrMap modules;     /* local names bound by `import a.b` / `import a.b as x`: modules, not containers */
  StrMap names;       /* module-level name -> (void*)NAME_* */
  StrMap models;      /* storage key -> const ContainerModel* defined in this module */
  StrMap def_at;      /* storage key -> start byte + 1 of its defining assignment */
  StrMap class_of;    /* module-level variable -> "py:MOD.CLASS" of the class it is an instance of (owned) */
  StrMap init_of;     /* class name -> TSNode* of its __init__ (owned, in owned) */
  Facts *out;         /* borrowed */
  PtrVec owned;       /* char*: strings held by the maps above */
} PyMod;

/* A function's (or the module's) names. */
typedef struct Scope {
  const char *func;       /* usr of the function ("py:MOD.<module>" at module level) */
  const char *prefix;     /* "py:MOD.C." in a class body, usr + "." in a function */
  const char *cls;        /* "py:MOD.C" for a method, else NULL */
  char *self_name;        /* a method's first parameter, else NULL (owned) */
  int is_module;
  int is_main;            /* a function named main */
  StrMap params;          /* name -> (void*)(index + 2): index -1 is self */
  StrMap locals;          /* name -> (void*)1: bound in the function */
  StrMap globals;         /* name -> (void*)1: declared global or nonlocal */
  StrMap aliases;         /* local -> AccessPath* (owned) */
  StrMap memos;           /* parameter with a mutable default -> its storage key (char*, owned) */
  StrMap defs;            /* nested def -> its usr (char*, owned) */
  int func_is_class_body; /* a class body: func is the enclosing code's, cls the class */
  char *handler_base;     /* a class body: the request-handler base class that makes its methods entries */
  const struct Scope *parent;
} Scope;

typedef struct {
  PyMod *m;
  Scope *s;
  LoopCtx loop;           /* of the current site */
  TSNode loop_node;       /* the loop that makes it repeat (when loop_may_repeat) */
  TSNode operand;         /* the comparison operand being walked (len(x) there is a guard) */
} Walk;

/* ---------- small helpers ---------- */

static char *text_of(const PyMod *m, TSNode n) {
  uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
  return gl_xstrndup(m->src + a, b - a);
}

static int is(TSNode n, const char *type) { return !ts_node_is_null(n) && !strcmp(ts_node_type(n), type); }

static TSNode field(TSNode n, const char *name) { return ts_node_child_by_field_name(n, name, (uint32_t)strlen(name)); }

static Loc loc_of(const PyMod *m, TSNode n) {
  TSPoint p = ts_node_start_point(n);
  Loc l = {gl_xstrdup(m->file), p.row + 1, p.column + 1};
  return l;
}

static TSNode null_node(void) {
  TSNode n;
  memset(&n, 0, sizeof n);
  return n;
}

static Loc no_loc(void) {
  Loc l = {gl_xstrdup(""), 0, 0};
  return l;
}

static TSNode unparen(TSNode n) {
  while (is(n, "parenthesized_expression") && ts_node_named_child_count(n) == 1) n = ts_node_named_child(n, 0);
  return n;
}

static const char *keep(PyMod *m, char *s) {
  pv_push(&m->owned, s);
  return s;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void alias_destroy(void *p) {
  path_free(p);
  free(p);
}

static AccessPath storage_path(const char *key) {
  AccessPath p = {ROOT_STORAGE, gl_xstrdup(""), -1, gl_xstrdup(key), gl_xstrdup("")};
  return p;
}

static int has_path(const AccessPath *p) { return p->key != NULL; }

/* ---------- module names ---------- */

char *pyfront_module_name(const char *file) {
  const char *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  size_t n = strlen(base);
  if (n > 3 && !strcmp(base + n - 3, ".py")) n -= 3;
  char *name = gl_xstrndup(base, n);
  char *dir = gl_path_dirname(file);
  if (!strcmp(name, "__init__")) { /* a package: its folder's name */
    const char *d = strrchr(dir, '/');
    free(name);
    name = gl_xstrdup(d ? d + 1 : dir);
    char *up = gl_path_dirname(dir);
    free(dir);
    dir = up;
  }
  for (int depth = 0; depth < 64; depth++) {
    char *init = gl_path_join(dir, "__init__.py");
    int pkg = gl_is_file(init);
    free(init);
    const char *d = strrchr(dir, '/');
    if (!pkg || !d || !d[1]) break;
    char *longer = gl_xasprintf("%s.%s", d + 1, name);
    free(name);
    name = longer;
    char *up = gl_path_dirname(dir);
    free(dir);
    dir = up;
  }
  free(dir);
  return name;
}

/* The dotted name of a relative import (`from ..pkg import x`): "." is this
 * module's package. Owned. */
static char *relative_module(const PyMod *m, TSNode rel) {
  int dots = 0;
  char *rest = NULL;
  for (uint32_t i = 0; i < ts_node_child_count(rel); i++) {
    TSNode c = ts_node_child(rel, i);
    if (is(c, "import_prefix")) dots = (int)(ts_node_end_byte(c) - ts_node_start_byte(c));
    else if (is(c, "dotted_name")) rest = text_of(m, c);
  }
  char *pkg = gl_xstrdup(m->mod);
  int is_init = gl_has_suffix(m->file, "/__init__.py");
  for (int i = is_init ? 1 : 0; i < dots; i++) {
    char *dot = strrchr(pkg, '.');
    if (dot) *dot = '\0';
    else pkg[0] = '\0';
  }
  char *r = rest ? (*pkg ? gl_xasprintf("%s.%s", pkg, rest) : gl_xstrdup(rest)) : gl_xstrdup(pkg);
  free(pkg);
  free(rest);
  return r;
}

static void put_import(PyMod *m, const char *local, char *target /* owned */) {
  if (!sm_get(&m->imports, local)) sm_put(&m->imports, local, (void *)keep(m, target));
  else free(target);
}

/* import a.b [as x]; from M import n [as x] (anywhere in the file). */
static void collect_import(PyMod *m, TSNode n) {
  int from = is(n, "import_from_statement");
  char *module = NULL;
  if (from) {
    TSNode mn = field(n, "module_name");
    module = is(mn, "relative_import") ? relative_module(m, mn) : text_of(m, mn);
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
    TSNode c = ts_node_named_child(n, i);
    if (from && ts_node_start_byte(c) == ts_node_start_byte(field(n, "module_name"))) continue;
    TSNode name = is(c, "aliased_import") ? field(c, "name") : c;
    TSNode alias = is(c, "aliased_import") ? field(c, "alias") : null_node();
    if (!is(name, "dotted_name")) continue;
    char *dotted = text_of(m, name);
    char *target = from ? (*module ? gl_xasprintf("%s.%s", module, dotted) : gl_xstrdup(dotted)) : gl_xstrdup(dotted);
    if (!ts_node_is_null(alias)) {
      char *a = text_of(m, alias);
      if (!from) sm_put(&m->modules, a, (void *)1);
      put_import(m, a, target);
      free(a);
    } else if (from) {
      put_import(m, dotted, target);
    } else { /* import a.b binds a */
      char *dot = strchr(dotted, '.');
      if (dot) *dot = '\0';
      free(target);
      sm_put(&m->modules, dotted, (void *)1);
      put_import(m, dotted, gl_xstrdup(dotted));
    }
    free(dotted);
  }
  free(module);
}

static void collect_imports(PyMod *m, TSNode n) {
  if (is(n, "import_statement") || is(n, "import_from_statement")) {
    collect_import(m, n);
    return;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) collect_imports(m, ts_node_named_child(n, i));
}

/* The dotted name an expression spells with imports resolved
 * ("collections.deque" for `deque` after `from collections import deque`);
 * NULL when it is not a dotted name. Owned. */
static char *dotted_of(const PyMod *m, TSNode n) {
  n = unparen(n);
  if (is(n, "identifier")) {
    char *name = text_of(m, n);
    const char *target = sm_get(&m->imports, name);
    if (target) {
      free(name);
      return gl_xstrdup(target);
    }
    return name;
  }
  if (is(n, "attribute")) {
    char *obj = dotted_of(m, field(n, "object"));
    if (!obj) return NULL;
    char *attr = text_of(m, field(n, "attribute"));
    char *r = gl_xasprintf("%s.%s", obj, attr);
    free(obj);
    free(attr);
    return r;
  }
  return NULL;
}

/* ---------- containers ---------- */

static int is_py_model(const ContainerModel *mo) {
  return mo->family == FAMILY_CLASS && mo->types.len && strchr(mo->type, '.') && !strstr(mo->type, "::");
}

/* Is the value given to maxlen= (or deque's second argument) a bound? */
static int bounded_deque(const PyMod *m, TSNode args) {
  int positional = 0;
  for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
    TSNode a = ts_node_named_child(args, i);
    if (is(a, "keyword_argument")) {
      char *k = text_of(m, field(a, "name"));
      int maxlen = !strcmp(k, "maxlen") && !is(field(a, "value"), "none");
      free(k);
      if (maxlen) return 1;
    } else if (++positional == 2 && !is(a, "none")) {
      return 1;
    }
  }
  return 0;
}

/* The model an expression constructs, when it is an unbounded container of a
 * Python model: a literal, a comprehension, or a constructor call. */
static const ContainerModel *constructed(const PyMod *m, TSNode v) {
  v = unparen(v);
  const char *type = NULL;
  if (is(v, "list") || is(v, "list_comprehension")) type = "builtins.list";
  else if (is(v, "dictionary") || is(v, "dictionary_comprehension")) type = "builtins.dict";
  else if (is(v, "set") || is(v, "set_comprehension")) type = "builtins.set";
  if (type) return rules_model_for_type(m->rs, type);
  if (!is(v, "call")) return NULL;
  char *name = dotted_of(m, field(v, "function"));
  if (!name) return NULL;
  char *canon = strchr(name, '.') || sm_get(&m->names, name) ? gl_xstrdup(name) : gl_xasprintf("builtins.%s", name);
  const ContainerModel *mo = rules_model_for_type(m->rs, canon);
  if (mo && !is_py_model(mo)) mo = NULL;
  if (mo && !strcmp(canon, "collections.deque") && bounded_deque(m, field(v, "arguments"))) mo = NULL;
  free(canon);
  free(name);
  return mo;
}

/* What a storage shows as its type: "list", "collections.deque". */
static const char *shown_type(const ContainerModel *mo) {
  return !strncmp(mo->type, "builtins.", 9) ? mo->type + 9 : mo->type;
}

static void add_storage(PyMod *m, const char *key, const char *symbol, const char *display, StorageKind kind,
                        const ContainerModel *mo, const char *type, TSNode at, int is_def, int owning) {
  FactStorage *s = gl_xcalloc(1, sizeof *s);
  s->key = gl_xstrdup(key);
  s->symbol = gl_xstrdup(symbol);
  s->display = gl_xstrdup(display);
  s->kind = kind;
  s->lang = LANG_PYTHON;
  s->model = gl_xstrdup(mo->type);
  s->family = FAMILY_CLASS;
  s->type = gl_xstrdup(type ? type : shown_type(mo));
  s->elem = gl_xstrdup("");
  s->owning = owning;
  s->is_def = is_def;
  s->loc = loc_of(m, at);
  s->owner_loc = no_loc();
  pv_push(&m->out->storages, s);
  if (is_def) sm_put(&m->models, key, (void *)mo);
}

/* ---------- pass 1: the module's names ---------- */

/* The containers a module-level instance holds: `self.attr = <container>`
 * in its class's __init__ become fields of the instance (obj.attr), grown
 * through `this` in the methods called on it. */
static void instance_fields(PyMod *m, const char *obj, TSNode obj_node, const char *cls) {
  TSNode *init = sm_get(&m->init_of, cls);
  if (!init) return;
  TSNode params = field(*init, "parameters"), body = field(*init, "body");
  if (!ts_node_named_child_count(params)) return;
  TSNode self = ts_node_named_child(params, 0);
  if (!is(self, "identifier")) return;
  char *self_name = text_of(m, self);
  for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
    TSNode st = ts_node_named_child(body, i);
    TSNode a = is(st, "expression_statement") ? ts_node_named_child(st, 0) : null_node();
    TSNode left = is(a, "assignment") ? field(a, "left") : null_node();
    if (!is(left, "attribute") || !is(field(left, "object"), "identifier")) continue;
    char *who = text_of(m, field(left, "object"));
    const ContainerModel *mo = strcmp(who, self_name) ? NULL : constructed(m, field(a, "right"));
    free(who);
    if (!mo) continue;
    char *attr = text_of(m, field(left, "attribute"));
    char *key = gl_xasprintf("py:%s.%s.%s", m->mod, obj, attr), *display = gl_xasprintf("%s.%s", obj, attr);
    add_storage(m, key, attr, display, SK_FIELD, mo, NULL, left, 1, 0);
    FactStorage *s = m->out->storages.items[m->out->storages.len - 1];
    loc_free(&s->owner_loc);
    s->owner_loc = loc_of(m, obj_node);
    free(key);
    free(display);
    free(attr);
  }
  free(self_name);
}

/* NAME = value at module level (or in a class body when cls is set). */
static void collect_binding(PyMod *m, TSNode assign, const char *cls) {
  TSNode left = field(assign, "left"), right = field(assign, "right");
  if (!is(left, "identifier")) return;
  char *name = text_of(m, left);
  if (!cls && !sm_get(&m->names, name)) sm_put(&m->names, name, (void *)NAME_VAR);
  const ContainerModel *mo = ts_node_is_null(right) ? NULL : constructed(m, right);
  char *key = cls ? gl_xasprintf("py:%s.%s.%s", m->mod, cls, name) : gl_xasprintf("py:%s.%s", m->mod, name);
  int first = !sm_get(&m->def_at, key);
  if (first) sm_put(&m->def_at, key, (void *)(uintptr_t)(ts_node_start_byte(assign) + 1));
  if (mo && first) {
    char *display = cls ? gl_xasprintf("%s.%s", cls, name) : gl_xstrdup(name);
    add_storage(m, key, name, display, cls ? SK_STATIC_MEMBER : SK_GLOBAL, mo, NULL, left, 1, 0);
    free(display);
  } else if (!cls && !mo && is(unparen(right), "call")) { /* obj = Class(...) */
    char *ctor = dotted_of(m, field(unparen(right), "function"));
    if (ctor && sm_get(&m->names, ctor) == (void *)NAME_CLASS && !sm_get(&m->class_of, name)) {
      sm_put(&m->class_of, name, (void *)keep(m, gl_xasprintf("py:%s.%s", m->mod, ctor)));
      instance_fields(m, name, left, ctor);
    }
    free(ctor);
  }
  free(key);
  free(name);
}

static TSNode definition_of(TSNode n) { return is(n, "decorated_definition") ? field(n, "definition") : n; }

static void collect_class(PyMod *m, TSNode cls) {
  char *name = text_of(m, field(cls, "name"));
  TSNode body = field(cls, "body");
  for (uint32_t i = 0; i < ts_node_named_child_count(body); i++) {
    TSNode st = ts_node_named_child(body, i);
    TSNode def = definition_of(st);
    if (is(def, "function_definition") && !sm_get(&m->init_of, name)) {
      char *fn = text_of(m, field(def, "name"));
      if (!strcmp(fn, "__init__")) {
        TSNode *copy = gl_xmalloc(sizeof *copy);
        *copy = def;
        keep(m, (char *)copy);
        sm_put(&m->init_of, name, copy);
      }
      free(fn);
    }
    if (is(st, "expression_statement") && is(ts_node_named_child(st, 0), "assignment"))
      collect_binding(m, ts_node_named_child(st, 0), name);
  }
  free(name);
}

/* Module-level statements, also inside if/try/with blocks (not in functions). */
static void collect_module(PyMod *m, TSNode block) {
  for (uint32_t i = 0; i < ts_node_named_child_count(block); i++) {
    TSNode st = ts_node_named_child(block, i);
    TSNode def = definition_of(st);
    if (is(def, "function_definition") || is(def, "class_definition")) {
      char *name = text_of(m, field(def, "name"));
      sm_put(&m->names, name, (void *)(intptr_t)(is(def, "class_definition") ? NAME_CLASS : NAME_FUNC));
      free(name);
      if (is(def, "class_definition")) collect_class(m, def);
    } else if (is(st, "expression_statement") && is(ts_node_named_child(st, 0), "assignment")) {
      collect_binding(m, ts_node_named_child(st, 0), NULL);
    } else if (is(st, "if_statement") || is(st, "try_statement") || is(st, "with_statement") ||
               is(st, "block") || is(st, "else_clause") || is(st, "elif_clause") || is(st, "except_clause") ||
               is(st, "finally_clause")) {
      collect_module(m, st);
    }
  }
}

/* ---------- names in a scope ---------- */

static void bind_targets(Scope *s, const PyMod *m, TSNode t) {
  if (is(t, "identifier")) {
    char *name = text_of(m, t);
    if (!sm_get(&s->globals, name)) sm_put(&s->locals, name, (void *)1);
    free(name);
    return;
  }
  if (is(t, "pattern_list") || is(t, "tuple_pattern") || is(t, "list_pattern") || is(t, "expression_list") ||
      is(t, "tuple") || is(t, "list") || is(t, "list_splat_pattern") || is(t, "parenthesized_expression"))
    for (uint32_t i = 0; i < ts_node_named_child_count(t); i++) bind_targets(s, m, ts_node_named_child(t, i));
}

/* The names a function binds (not inside nested functions, classes or lambdas). */
static void collect_locals(Scope *s, const PyMod *m, TSNode n) {
  if (is(n, "global_statement") || is(n, "nonlocal_statement")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
      char *name = text_of(m, ts_node_named_child(n, i));
      sm_put(&s->globals, name, (void *)1);
      sm_put(&s->locals, name, NULL);
      free(name);
    }
    return;
  }
  if (is(n, "function_definition") || is(n, "class_definition")) {
    bind_targets(s, m, field(n, "name"));
    return;
  }
  if (is(n, "lambda")) return;
  if (is(n, "assignment") || is(n, "augmented_assignment") || is(n, "for_statement") || is(n, "for_in_clause"))
    bind_targets(s, m, field(n, "left"));
  else if (is(n, "named_expression")) bind_targets(s, m, field(n, "name"));
  else if (is(n, "as_pattern_target") || is(n, "as_pattern")) bind_targets(s, m, ts_node_named_child(n, ts_node_named_child_count(n) - 1));
  else if (is(n, "aliased_import")) bind_targets(s, m, field(n, "alias"));
  else if (is(n, "import_from_statement") || is(n, "import_statement")) {
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
      TSNode c = ts_node_named_child(n, i);
      if (is(c, "dotted_name") && ts_node_named_child_count(c) > 0 &&
          ts_node_start_byte(c) != ts_node_start_byte(field(n, "module_name")))
        bind_targets(s, m, ts_node_named_child(c, 0));
    }
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) collect_locals(s, m, ts_node_named_child(n, i));
}

static void scope_free(Scope *s) {
  free(s->self_name);
  sm_free(&s->params, NULL);
  sm_free(&s->locals, NULL);
  sm_free(&s->globals, NULL);
  sm_free(&s->aliases, alias_destroy);
  sm_free(&s->memos, free);
  sm_free(&s->defs, free);
}

/* ---------- resolution: expressions -> access paths and functions ---------- */

/* A module-level name (or an imported one) -> its identity; NULL for a builtin. Owned. */
static char *module_key(const PyMod *m, const char *name) {
  const char *target = sm_get(&m->imports, name);
  if (target) return gl_xasprintf("py:%s", target);
  if (sm_get(&m->names, name)) return gl_xasprintf("py:%s.%s", m->mod, name);
  return NULL;
}

static AccessPath resolve(const Walk *w, TSNode n);

static AccessPath resolve_name(const Walk *w, const char *name) {
  AccessPath none = {0};
  for (const Scope *s = w->s; s; s = s->parent) {
    if (s->is_module) break;
    if (sm_get(&s->globals, name)) break;
    const char *memo = sm_get(&s->memos, name);
    if (memo) return storage_path(memo);
    intptr_t idx = (intptr_t)sm_get(&s->params, name);
    if (idx) {
      if (s != w->s) return none; /* a parameter of an enclosing function */
      AccessPath p = {idx == 1 ? ROOT_THIS : ROOT_PARAM, gl_xstrdup(s->func), (int)idx - 2, gl_xstrdup(""),
                      gl_xstrdup("")};
      return p;
    }
    const AccessPath *alias = sm_get(&s->aliases, name);
    if (alias) return path_copy(alias);
    if (sm_get(&s->locals, name) || sm_get(&s->defs, name)) return none;
  }
  char *key = module_key(w->m, name);
  if (!key) return none;
  AccessPath p = storage_path(key);
  free(key);
  return p;
}

/* self.attr in a method: the class attribute when the class has one, else a field of `this`. */
static AccessPath resolve_attribute(const Walk *w, TSNode n) {
  AccessPath none = {0};
  TSNode obj = unparen(field(n, "object"));
  char *attr = text_of(w->m, field(n, "attribute"));
  AccessPath p = resolve(w, obj);
  if (has_path(&p)) {
    if (p.root == ROOT_THIS && !*p.field && w->s->cls) {
      char *key = gl_xasprintf("%s.%s", w->s->cls, attr);
      if (sm_get(&w->m->models, key)) {
        path_free(&p);
        p = storage_path(key);
        free(key);
        free(attr);
        return p;
      }
      free(key);
    }
    char **slot = p.root == ROOT_STORAGE && !*p.field ? &p.key : &p.field;
    char *longer = gl_xasprintf(slot == &p.key ? "%s.%s" : "%s.%s", *slot, attr);
    free(*slot);
    *slot = longer;
  }
  free(attr);
  return has_path(&p) ? p : none;
}

static AccessPath resolve(const Walk *w, TSNode n) {
  AccessPath none = {0};
  n = unparen(n);
  if (is(n, "identifier")) {
    char *name = text_of(w->m, n);
    AccessPath p = resolve_name(w, name);
    free(name);
    return p;
  }
  if (is(n, "attribute")) return resolve_attribute(w, n);
  return none;
}

/* The usr of the function a call or reference names, when the project may
 * define it; *shown gets its name as written. NULL otherwise. Owned. */
static char *resolve_function(const Walk *w, TSNode fn, char **shown) {
  fn = unparen(fn);
  *shown = NULL;
  if (is(fn, "identifier")) {
    char *name = text_of(w->m, fn);
    for (const Scope *s = w->s; s && !s->is_module; s = s->parent) {
      const char *usr = sm_get(&s->defs, name);
      if (usr) {
        *shown = name;
        return gl_xstrdup(usr);
      }
      if (sm_get(&s->locals, name) || sm_get(&s->params, name)) {
        free(name);
        return NULL;
      }
    }
    char *key = module_key(w->m, name);
    if (key && sm_get(&w->m->names, name) == (void *)NAME_CLASS) {
      char *init = gl_xasprintf("%s.__init__", key);
      free(key);
      key = init;
    }
    if (key) *shown = name;
    else free(name);
    return key;
  }
  if (!is(fn, "attribute")) return NULL;
  TSNode obj = unparen(field(fn, "object"));
  char *attr = text_of(w->m, field(fn, "attribute"));
  char *usr = NULL;
  AccessPath p = resolve(w, obj);
  if (has_path(&p) && p.root == ROOT_THIS && !*p.field && w->s->cls) {
    usr = gl_xasprintf("%s.%s", w->s->cls, attr);
  } else if (has_path(&p) && p.root == ROOT_STORAGE && !*p.field) {
    const char *cls = NULL;
    if (is(obj, "identifier")) {
      char *name = text_of(w->m, obj);
      cls = sm_get(&w->m->class_of, name);
      free(name);
    }
    usr = cls ? gl_xasprintf("%s.%s", cls, attr) : gl_xasprintf("%s.%s", p.key, attr);
  }
  path_free(&p);
  if (usr) *shown = text_of(w->m, fn);
  free(attr);
  return usr;
}

/* ---------- emitting facts ---------- */

static Loc loop_loc_now(const Walk *w) {
  return loop_may_repeat(w->loop) ? loc_of(w->m, w->loop_node) : no_loc();
}

static void emit_op(const Walk *w, const AccessPath *t, FactOpKind kind, const char *detail, TSNode site) {
  FactOp *o = gl_xcalloc(1, sizeof *o);
  o->target = path_copy(t);
  o->func = gl_xstrdup(w->s->func);
  o->kind = kind;
  o->detail = gl_xstrdup(detail ? detail : "");
  o->loop = w->loop;
  o->loc = loc_of(w->m, site);
  o->loop_loc = loop_loc_now(w);
  pv_push(&w->m->out->ops, o);
}

static void emit_call(const Walk *w, const char *callee, const char *name, TSNode site) {
  FactCall *c = gl_xcalloc(1, sizeof *c);
  c->caller = gl_xstrdup(w->s->func);
  c->callee = gl_xstrdup(callee);
  c->callee_name = gl_xstrdup(name);
  c->loop = w->loop;
  c->loc = loc_of(w->m, site);
  c->loop_loc = loop_loc_now(w);
  pv_push(&w->m->out->calls, c);
}

static void emit_arg(const Walk *w, const AccessPath *t, const char *callee, const char *name, int index,
                     TSNode site) {
  FactArg *a = gl_xcalloc(1, sizeof *a);
  a->target = path_copy(t);
  a->caller = gl_xstrdup(w->s->func);
  a->callee = gl_xstrdup(callee);
  a->callee_name = gl_xstrdup(name);
  a->index = index;
  a->mut = 1;
  a->loop = w->loop;
  a->loc = loc_of(w->m, site);
  a->loop_loc = loop_loc_now(w);
  pv_push(&w->m->out->args, a);
}

static void emit_entry(const Walk *w, const char *func, char *reason /* owned */, TSNode site) {
  FactEntry *e = gl_xcalloc(1, sizeof *e);
  e->func = gl_xstrdup(func);
  e->reason = reason;
  e->loc = loc_of(w->m, site);
  e->from = gl_xstrdup(w->s->func);
  e->loop = w->loop;
  e->loop_loc = loop_loc_now(w);
  e->via = gl_xstrdup("");
  e->via_index = -1;
  pv_push(&w->m->out->entries, e);
}

static void emit_function(const Walk *w, const char *usr, const char *name, TSNode at) {
  FactFunction *f = gl_xcalloc(1, sizeof *f);
  f->usr = gl_xstrdup(usr);
  f->name = gl_xstrdup(name);
  f->is_def = 1;
  f->loc = loc_of(w->m, at);
  pv_push(&w->m->out->functions, f);
}

/* Does name match one of the entry patterns of list that start with prefix ("@", "class:")? */
static const char *entry_match(const PtrVec *list, const char *prefix, const char *name) {
  size_t n = strlen(prefix);
  for (size_t i = 0; name && i < list->len; i++) {
    const char *pat = list->items[i];
    if (!strncmp(pat, prefix, n) && rules_glob(pat + n, name)) return pat;
  }
  return NULL;
}

/* The model of a storage defined in this module; NULL when unknown. */
static const ContainerModel *model_of(const Walk *w, const AccessPath *p) {
  if (p->root != ROOT_STORAGE || *p->field) return NULL;
  return sm_get(&w->m->models, p->key);
}

/* What a method does to a container: by its model when known, else by
 * every Python model (shrinks first). */
static OpKind classify(const Walk *w, const AccessPath *p, const char *method) {
  const ContainerModel *mo = model_of(w, p);
  if (mo) return rules_classify(mo, method);
  OpKind best = OPK_NONE;
  for (size_t i = 0; i < w->m->rs->models.len; i++) {
    const ContainerModel *x = w->m->rs->models.items[i];
    if (!is_py_model(x)) continue;
    OpKind k = rules_classify(x, method);
    if (k == OPK_SHRINK || k == OPK_RESET) return k;
    if (k != OPK_NONE && best == OPK_NONE) best = k;
  }
  return best;
}

static FactOpKind op_of(OpKind k) {
  switch (k) {
  case OPK_GROW: return OP_GROW;
  case OPK_SHRINK: return OP_SHRINK;
  case OPK_RESET: return OP_RESET;
  case OPK_LOOKUP: return OP_LOOKUP;
  case OPK_SIZE: return OP_SIZE;
  case OPK_CREATE: return OP_CREATE;
  default: return OP_ITERATE;
  }
}

/* Elements that are objects owned elsewhere: `self` (an instance registers itself). */
static int owns_object(const Walk *w, TSNode v) {
  v = unparen(v);
  if (is(v, "identifier")) {
    char *name = text_of(w->m, v);
    int self = w->s->self_name && !strcmp(name, w->s->self_name);
    free(name);
    return self;
  }
  return 0;
}


/* ---------- loop contexts (README "How loops are judged") ---------- */

static void walk(Walk *w, TSNode n);

/* A name a loop's condition reads: a run flag when it is module-level, an
 * attribute or a local of main or of module code; a local elsewhere is a
 * retry flag that ends. */
static LoopCtx flag_ctx(const Walk *w, TSNode n) {
  n = unparen(n);
  if (is(n, "attribute")) return LOOP_FLAG;
  if (is(n, "call")) { /* while not stop.is_set() */
    TSNode fn = field(n, "function");
    if (is(fn, "attribute")) {
      char *attr = text_of(w->m, field(fn, "attribute"));
      int flag = !strcmp(attr, "is_set") || !strcmp(attr, "is_running") || !strcmp(attr, "is_alive");
      free(attr);
      if (flag) return LOOP_FLAG;
    }
    return LOOP_POLL;
  }
  if (!is(n, "identifier")) return LOOP_BOUNDED;
  if (w->s->is_module || w->s->is_main) return LOOP_FLAG;
  char *name = text_of(w->m, n);
  int local = sm_get(&w->s->locals, name) || sm_get(&w->s->params, name);
  free(name);
  return local ? LOOP_BOUNDED : LOOP_FLAG;
}

static LoopCtx while_ctx(const Walk *w, TSNode cond) {
  cond = unparen(cond);
  if (is(cond, "true")) return LOOP_UNBOUNDED;
  if (is(cond, "integer")) {
    char *t = text_of(w->m, cond);
    int zero = !strcmp(t, "0");
    free(t);
    return zero ? LOOP_NONE : LOOP_UNBOUNDED;
  }
  if (is(cond, "not_operator")) return flag_ctx(w, field(cond, "argument"));
  if (is(cond, "identifier") || is(cond, "attribute") || is(cond, "call")) return flag_ctx(w, cond);
  if (is(cond, "named_expression")) return LOOP_POLL; /* while (data := conn.recv(1024)) */
  if (is(cond, "comparison_operator") && is(unparen(ts_node_named_child(cond, 0)), "named_expression"))
    return LOOP_POLL;
  return LOOP_BOUNDED;
}

static LoopCtx for_ctx(const Walk *w, TSNode stmt) {
  TSNode it = unparen(field(stmt, "right"));
  if (ts_node_child_count(stmt) && is(ts_node_child(stmt, 0), "async")) return LOOP_INPUT;
  char *name = dotted_of(w->m, is(it, "call") ? field(it, "function") : it);
  LoopCtx ctx = LOOP_BOUNDED;
  if (name && (!strcmp(name, "sys.stdin") || !strcmp(name, "sys.stdin.buffer") || !strcmp(name, "fileinput.input") ||
               !strcmp(name, "sys.stdin.readlines")))
    ctx = LOOP_INPUT;
  else if (name && !strcmp(name, "itertools.count") && is(it, "call"))
    ctx = LOOP_UNBOUNDED;
  else if (name && !strcmp(name, "iter") && is(it, "call") && ts_node_named_child_count(field(it, "arguments")) == 2)
    ctx = LOOP_POLL; /* iter(sock.recv, b"") */
  free(name);
  return ctx;
}

/* Walks body in loop context ctx: a loop that ends inside one that repeats
 * keeps the outer context; code at module level that polls is the main loop. */
static void walk_loop_body(Walk *w, TSNode loop, LoopCtx ctx, TSNode body) {
  LoopCtx saved = w->loop;
  TSNode saved_node = w->loop_node;
  if (ctx == LOOP_POLL && w->s->is_module) ctx = LOOP_INPUT;
  if (loop_may_repeat(saved) && !loop_repeats(ctx)) {
    /* keeps the outer loop, which repeats */
  } else if (ctx != LOOP_NONE) {
    w->loop = ctx;
    if (loop_may_repeat(ctx)) w->loop_node = loop;
  }
  walk(w, body);
  w->loop = saved;
  w->loop_node = saved_node;
}

static void walk_while(Walk *w, TSNode n) {
  walk(w, field(n, "condition"));
  walk_loop_body(w, n, while_ctx(w, field(n, "condition")), field(n, "body"));
  walk(w, field(n, "alternative"));
}

static void walk_for(Walk *w, TSNode n) {
  TSNode right = field(n, "right");
  AccessPath p = resolve(w, right);
  if (has_path(&p)) emit_op(w, &p, OP_ITERATE, "for", right);
  path_free(&p);
  walk(w, right);
  walk_loop_body(w, n, for_ctx(w, n), field(n, "body"));
  walk(w, field(n, "alternative"));
}

/* ---------- calls ---------- */

/* Builtins and library functions that only read a container passed to them. */
static const char *const readers[] = {
    "print", "str", "repr", "sorted", "list", "tuple", "set", "frozenset", "dict", "sum", "min", "max",
    "any", "all", "enumerate", "zip", "map", "filter", "iter", "reversed", "bool", "id", "hash", "isinstance",
    "type", "format", "json.dumps", "json.dump", "pickle.dumps", "pickle.dump", "copy.copy", "copy.deepcopy",
    "random.choice", "random.sample", "bytes", "memoryview", NULL};
static const char *const logger_methods[] = {"debug", "info", "warning", "warn", "error", "exception", "critical",
                                             "log", "join", "format", NULL};

static int in_list(const char *const *list, const char *name) {
  for (; name && *list; list++)
    if (!strcmp(*list, name)) return 1;
  return 0;
}

/* A function passed to a call that registers it, starts it once, or is a
 * project function. */
/* Does a name look like a constant (SIGHUP, MAX_SIZE) rather than a function? */
static int constant_name(const PyMod *m, TSNode n) {
  TSNode id = is(n, "attribute") ? field(n, "attribute") : n;
  if (!is(id, "identifier")) return 1;
  uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
  for (uint32_t i = a; i < b; i++)
    if (m->src[i] >= 'a' && m->src[i] <= 'z') return 0;
  return 1;
}

static void callback_arg(Walk *w, TSNode arg, const char *callee_text, TSNode site) {
  arg = unparen(arg);
  if (!(is(arg, "identifier") || is(arg, "attribute")) || constant_name(w->m, arg)) return;
  char *shown = NULL;
  char *usr = resolve_function(w, arg, &shown);
  if (!usr) return;
  const PtrVec *reg = &w->m->rs->entry_register, *once = &w->m->rs->entry_once;
  if (entry_match(once, "py:", callee_text)) {
    emit_call(w, usr, shown, site);
    AccessPath t = {ROOT_PARAM, usr, -1, (char *)"", (char *)""};
    emit_op(w, &t, OP_THREAD, shown, site);
  } else if (entry_match(reg, "py:", callee_text)) {
    emit_entry(w, usr, gl_xasprintf("it is registered with '%s' as a long-lived callback", callee_text), site);
  }
  free(usr);
  free(shown);
}

/* A container passed to a function: read by a builtin, grown or shrunk
 * by a project function (an arg), or handed to code growlint cannot see. */
static void container_arg(Walk *w, const AccessPath *p, const char *callee, const char *shown,
                          const char *callee_text, const char *method, int index, TSNode call, TSNode site) {
  if (callee_text && !strcmp(callee_text, "len")) {
    int guard = !ts_node_is_null(w->operand) && ts_node_eq(unparen(w->operand), call);
    emit_op(w, p, guard ? OP_GUARD : OP_SIZE, "len", site);
  } else if (in_list(readers, callee_text) || in_list(logger_methods, method)) {
    emit_op(w, p, OP_ITERATE, callee_text ? callee_text : method, site);
  } else if (callee) {
    emit_arg(w, p, callee, shown, index, site);
  } else {
    char *unknown = gl_xasprintf("py:?%s", callee_text ? callee_text : "");
    emit_arg(w, p, unknown, callee_text ? callee_text : "?", index, site);
    free(unknown);
  }
}

/* Does an argument name a module, a class or a function rather than a
 * container (a handler class given to a server, a module)? Passing those is
 * no escape of their attributes. */
static int names_code(const Walk *w, TSNode v) {
  v = unparen(v);
  TSNode id = is(v, "attribute") ? field(v, "attribute") : v;
  if (!is(id, "identifier")) return 0;
  char *name = text_of(w->m, id);
  int code = 0;
  if (is(v, "identifier")) {
    intptr_t kind = (intptr_t)sm_get(&w->m->names, name);
    code = kind == NAME_FUNC || kind == NAME_CLASS || sm_get(&w->m->modules, name);
  }
  int upper = name[0] >= 'A' && name[0] <= 'Z', lower = 0;
  for (const char *p = name; *p; p++) lower |= *p >= 'a' && *p <= 'z';
  code |= upper && lower; /* CamelCase: a class */
  free(name);
  return code;
}

static void walk_arguments(Walk *w, TSNode call, const char *callee, const char *shown, const char *callee_text,
                           const char *method) {
  TSNode args = field(call, "arguments");
  if (!is(args, "argument_list")) return;
  int index = 0;
  for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
    TSNode a = ts_node_named_child(args, i);
    TSNode v = is(a, "keyword_argument") ? field(a, "value") : a;
    if (callee_text) callback_arg(w, v, callee_text, a);
    AccessPath p = names_code(w, v) ? (AccessPath){0} : resolve(w, v);
    if (has_path(&p)) container_arg(w, &p, callee, shown, callee_text, method, is(a, "keyword_argument") ? -2 : index, call, v);
    path_free(&p);
    if (!is(a, "keyword_argument")) index++;
  }
}

/* obj.method(...) on a container: grow, shrink, look up ... */
static int container_method(Walk *w, TSNode call, TSNode fn, const char *method) {
  AccessPath p = resolve(w, field(fn, "object"));
  if (!has_path(&p)) return 0;
  OpKind k = classify(w, &p, method);
  if (k != OPK_NONE) {
    emit_op(w, &p, op_of(k), method, field(fn, "attribute"));
    TSNode args = field(call, "arguments");
    if (k == OPK_GROW && model_of(w, &p) && ts_node_named_child_count(args) &&
        owns_object(w, ts_node_named_child(args, 0))) {
      /* a second row of the same storage: it only says that its elements are owned (owning=1) */
      const ContainerModel *mo = model_of(w, &p);
      const char *dot = strrchr(p.key, '.');
      size_t n = strlen(w->m->mod);
      const char *shown = !strncmp(p.key + 3, w->m->mod, n) && p.key[3 + n] == '.' ? p.key + 4 + n : p.key;
      add_storage(w->m, p.key, dot ? dot + 1 : p.key, shown, SK_GLOBAL, mo, NULL, call, 0, 1);
    }
  }
  path_free(&p);
  return k != OPK_NONE;
}

static void walk_call(Walk *w, TSNode call) {
  TSNode fn = unparen(field(call, "function"));
  char *method = is(fn, "attribute") ? text_of(w->m, field(fn, "attribute")) : NULL;
  int on_container = method && container_method(w, call, fn, method);
  char *shown = NULL, *callee = on_container ? NULL : resolve_function(w, fn, &shown);
  char *callee_text = dotted_of(w->m, fn);
  if (callee) emit_call(w, callee, shown, call);
  if (callee && is(fn, "attribute") && is(unparen(field(fn, "object")), "identifier")) {
    char *obj = text_of(w->m, unparen(field(fn, "object")));
    AccessPath p = sm_get(&w->m->class_of, obj) ? resolve(w, field(fn, "object")) : (AccessPath){0};
    if (has_path(&p) && p.root == ROOT_STORAGE) emit_arg(w, &p, callee, shown, -1, fn); /* obj.method(): its `this` */
    path_free(&p);
    free(obj);
  }
  if (!on_container) walk_arguments(w, call, callee, shown, callee_text, method);
  free(callee);
  free(shown);
  free(callee_text);
  free(method);
  TSNode saved = w->operand;
  w->operand = null_node();
  walk(w, is(fn, "attribute") ? field(fn, "object") : fn); /* the method itself is no reference */
  walk(w, field(call, "arguments"));
  w->operand = saved;
}

/* ---------- assignments ---------- */

static int constant_key(TSNode k) {
  k = unparen(k);
  return is(k, "string") || is(k, "integer") || is(k, "float") || is(k, "true") || is(k, "false") ||
         is(k, "none") || is(k, "concatenated_string");
}

/* d[k] = v: growth of a mapping (a constant key is a fixed set; a list's
 * item is replaced); a slice assignment replaces the contents. */
static void assign_subscript(Walk *w, TSNode target, int augmented) {
  AccessPath p = resolve(w, field(target, "value"));
  if (!has_path(&p)) return;
  TSNode key = field(target, "subscript");
  const ContainerModel *mo = model_of(w, &p);
  const char *type = mo ? mo->type : "";
  if (is(key, "slice")) emit_op(w, &p, OP_RESET, "[:]=", target);
  else if (constant_key(key)) emit_op(w, &p, OP_LOOKUP, "[]=", target);
  else if (!strcmp(type, "builtins.list") || !strcmp(type, "builtins.bytearray") ||
           !strcmp(type, "collections.deque") ||
           (augmented && (!strcmp(type, "builtins.dict") || !strcmp(type, "collections.OrderedDict"))))
    emit_op(w, &p, OP_LOOKUP, "[]=", target);
  else emit_op(w, &p, OP_GROW, augmented ? "[]+=" : "[]=", target);
  path_free(&p);
}

/* NAME = value: a reset of a storage (but its own definition), or a local
 * alias of a storage. */
static void assign_name(Walk *w, TSNode assign, TSNode target, TSNode value) {
  char *name = text_of(w->m, target);
  int local = !w->s->is_module && !sm_get(&w->s->globals, name) && sm_get(&w->s->locals, name);
  if (local) {
    AccessPath v = ts_node_is_null(value) ? (AccessPath){0} : resolve(w, value);
    if (has_path(&v)) {
      AccessPath *copy = gl_xcalloc(1, sizeof *copy);
      *copy = v;
      AccessPath *old = sm_get(&w->s->aliases, name);
      if (old) alias_destroy(old);
      sm_put(&w->s->aliases, name, copy);
    } else {
      AccessPath *old = sm_get(&w->s->aliases, name);
      if (old) alias_destroy(old);
      sm_put(&w->s->aliases, name, NULL);
    }
    free(name);
    return;
  }
  free(name);
  AccessPath p = resolve(w, target);
  if (has_path(&p) && p.root == ROOT_STORAGE) {
    uintptr_t at = (uintptr_t)sm_get(&w->m->def_at, p.key);
    if (at != ts_node_start_byte(assign) + 1) emit_op(w, &p, OP_RESET, "=", target);
  }
  path_free(&p);
}

static void walk_assign(Walk *w, TSNode n) {
  TSNode left = unparen(field(n, "left")), right = field(n, "right");
  if (is(left, "identifier")) assign_name(w, n, left, right);
  else if (is(left, "subscript")) assign_subscript(w, left, 0);
  else if (is(left, "attribute")) {
    AccessPath p = resolve(w, left);
    if (has_path(&p) && (p.root == ROOT_STORAGE || p.root == ROOT_THIS)) emit_op(w, &p, OP_RESET, "=", left);
    path_free(&p);
  }
  walk(w, left);
  walk(w, right);
}

static void walk_augmented(Walk *w, TSNode n) {
  TSNode left = unparen(field(n, "left")), op = field(n, "operator");
  char *o = text_of(w->m, op);
  if (is(left, "subscript")) {
    assign_subscript(w, left, 1);
  } else {
    AccessPath p = resolve(w, left);
    if (has_path(&p)) {
      if (!strcmp(o, "+=") || !strcmp(o, "|=")) emit_op(w, &p, OP_GROW, o, op);
      else if (!strcmp(o, "-=") || !strcmp(o, "&=")) emit_op(w, &p, OP_SHRINK, o, op);
    }
    path_free(&p);
  }
  free(o);
  walk(w, left);
  walk(w, field(n, "right"));
}

/* del d[k], del d[a:b] (shrink), del d (reset). */
static void walk_delete(Walk *w, TSNode n) {
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
    TSNode t = unparen(ts_node_named_child(n, i));
    if (is(t, "expression_list")) {
      walk_delete(w, t);
      continue;
    }
    AccessPath p = resolve(w, is(t, "subscript") ? field(t, "value") : t);
    if (has_path(&p)) emit_op(w, &p, is(t, "subscript") ? OP_SHRINK : OP_RESET, "del", t);
    path_free(&p);
  }
}

/* k in d, k not in d: a lookup. */
static void walk_comparison(Walk *w, TSNode n) {
  for (uint32_t i = 0; i + 1 < ts_node_child_count(n); i++) {
    TSNode c = ts_node_child(n, i);
    if (ts_node_is_named(c) || (!is(c, "in") && !is(c, "not in"))) continue;
    TSNode right = ts_node_next_named_sibling(c);
    AccessPath p = resolve(w, right);
    if (has_path(&p)) emit_op(w, &p, OP_LOOKUP, "in", right);
    path_free(&p);
  }
  TSNode saved = w->operand;
  for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) {
    w->operand = ts_node_named_child(n, i);
    walk(w, w->operand);
  }
  w->operand = saved;
}

/* ---------- functions and classes ---------- */

/* @functools.cache, @lru_cache(maxsize=None), @lru_cache(None): an unbounded memo. */
static const char *unbounded_memo(const PyMod *m, TSNode deco_expr) {
  TSNode call = is(deco_expr, "call") ? deco_expr : null_node();
  char *name = dotted_of(m, !ts_node_is_null(call) ? field(call, "function") : deco_expr);
  const char *type = NULL;
  if (name && !strcmp(name, "functools.cache")) type = "functools.cache";
  if (name && !strcmp(name, "functools.lru_cache") && !ts_node_is_null(call)) {
    TSNode args = field(call, "arguments");
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
      TSNode a = ts_node_named_child(args, i);
      int none = is(a, "none") && i == 0;
      if (is(a, "keyword_argument")) {
        char *k = text_of(m, field(a, "name"));
        none = !strcmp(k, "maxsize") && is(field(a, "value"), "none");
        free(k);
      }
      if (none) type = "functools.lru_cache(maxsize=None)";
    }
  }
  free(name);
  return type;
}

/* What the decorators of a function say: an entry (a route, a task), an
 * unbounded memo (a storage grown by every call), a static method. */
static int visit_decorators(Walk *w, TSNode decorated, const char *usr, const char *qual, TSNode name) {
  int is_static = 0;
  for (uint32_t i = 0; !ts_node_is_null(decorated) && i < ts_node_named_child_count(decorated); i++) {
    TSNode d = ts_node_named_child(decorated, i);
    if (!is(d, "decorator")) continue;
    TSNode e = unparen(ts_node_named_child(d, 0));
    TSNode callee = is(e, "call") ? field(e, "function") : e;
    char *raw = text_of(w->m, callee), *resolved = dotted_of(w->m, callee);
    is_static |= !strcmp(raw, "staticmethod");
    const char *memo = unbounded_memo(w->m, e);
    if (memo) {
      const ContainerModel *mo = rules_model_for_type(w->m->rs, "functools.lru_cache");
      if (mo) {
        const char *sym = strrchr(qual, '.');
        add_storage(w->m, usr, sym ? sym + 1 : qual, qual, SK_STATIC_LOCAL, mo, memo, name, 1, 0);
      }
    } else if (!entry_match(&w->m->rs->entry_transient, "@", resolved) &&
               (entry_match(&w->m->rs->entry_register, "@", raw) ||
                entry_match(&w->m->rs->entry_register, "@", resolved))) {
      emit_entry(w, usr, gl_xasprintf("its decorator '@%s' registers it as a handler that runs again and again", raw), d);
    }
    free(raw);
    free(resolved);
  }
  return is_static;
}

/* The parameters of a function: self, indices, mutable defaults (memos). */
static void collect_params(Walk *w, Scope *s, TSNode params, const char *qual, int method) {
  int index = method ? -1 : 0;
  for (uint32_t i = 0; i < ts_node_named_child_count(params); i++) {
    TSNode p = ts_node_named_child(params, i);
    TSNode name = is(p, "identifier") ? p : field(p, "name");
    if (is(p, "typed_parameter")) name = ts_node_named_child(p, 0);
    if (!is(name, "identifier")) continue;
    char *n = text_of(w->m, name);
    if (index == -1) s->self_name = gl_xstrdup(n);
    sm_put(&s->params, n, (void *)(intptr_t)(index + 2));
    TSNode value = field(p, "value");
    const ContainerModel *mo = ts_node_is_null(value) ? NULL : constructed(w->m, value);
    if (mo) {
      char *key = gl_xasprintf("%s(%s)", s->func, n), *display = gl_xasprintf("%s(%s=...)", qual, n);
      add_storage(w->m, key, n, display, SK_STATIC_LOCAL, mo, NULL, name, 1, 0);
      free(sm_get(&s->memos, n)); /* a parameter named twice (a syntax error) */
      sm_put(&s->memos, n, key);
      sm_put(&s->params, n, NULL);
      free(display);
    }
    free(n);
    index++;
  }
}

static void visit_def(Walk *w, TSNode def, TSNode decorated) {
  TSNode name = field(def, "name");
  char *n = text_of(w->m, name);
  char *usr = gl_xasprintf("%s%s", w->s->prefix, n);
  const char *qual = usr + strlen(w->m->mod) + 4; /* after "py:MOD." */
  Walk fw = {w->m, NULL, LOOP_NONE, null_node(), null_node()};
  emit_function(w, usr, qual, name);
  if (!w->s->is_module && !w->s->func_is_class_body) { /* a nested def (defined again: the later one) */
    free(sm_get(&w->s->defs, n));
    sm_put(&w->s->defs, n, gl_xstrdup(usr));
  }
  int is_static = visit_decorators(w, decorated, usr, qual, name);
  Scope s = {.func = usr, .is_main = w->s->is_module && !w->s->func_is_class_body && !strcmp(n, "main"),
             .cls = w->s->func_is_class_body ? w->s->cls : NULL,
             .parent = w->s->func_is_class_body ? w->s->parent : w->s};
  char *prefix = gl_xasprintf("%s.", usr);
  s.prefix = prefix;
  fw.s = &s;
  if (w->s->handler_base && (n[0] != '_' || !strcmp(n, "__call__")))
    emit_entry(w, usr, gl_xasprintf("its class derives from '%s', whose framework calls it for every request",
                                    w->s->handler_base), name);
  collect_params(&fw, &s, field(def, "parameters"), qual, s.cls && !is_static);
  collect_locals(&s, w->m, field(def, "body"));
  if (sm_get(&w->m->models, usr)) { /* an unbounded memo: every call with new arguments adds an entry */
    AccessPath t = storage_path(usr);
    emit_op(&fw, &t, OP_GROW, "each call with new arguments", name);
    path_free(&t);
  }
  walk(&fw, field(def, "body"));
  scope_free(&s);
  free(prefix);
  free(usr);
  free(n);
}

/* The base class that makes a class a request handler (rules/python.yaml
 * "class:" entries), or NULL. Owned. */
static char *handler_base(const Walk *w, TSNode cls) {
  TSNode bases = field(cls, "superclasses");
  for (uint32_t i = 0; !ts_node_is_null(bases) && i < ts_node_named_child_count(bases); i++) {
    TSNode b = ts_node_named_child(bases, i);
    char *raw = text_of(w->m, b), *resolved = dotted_of(w->m, b);
    if (entry_match(&w->m->rs->entry_register, "class:", resolved) ||
        entry_match(&w->m->rs->entry_register, "class:", raw)) {
      free(raw);
      return resolved;
    }
    free(raw);
    free(resolved);
  }
  return NULL;
}

static void visit_class(Walk *w, TSNode cls, TSNode decorated) {
  (void)decorated;
  char *n = text_of(w->m, field(cls, "name"));
  char *usr = gl_xasprintf("%s%s", w->s->prefix, n), *prefix = gl_xasprintf("%s.", usr);
  Scope s = {.func = w->s->func, .prefix = prefix, .cls = usr, .func_is_class_body = 1, .parent = w->s,
             .is_module = w->s->is_module};
  s.handler_base = handler_base(w, cls);
  Walk cw = {w->m, &s, w->loop, w->loop_node, null_node()};
  walk(&cw, field(cls, "body"));
  free(s.handler_base);
  scope_free(&s);
  free(prefix);
  free(usr);
  free(n);
}

/* A method of a container taken as a value (fut.add_done_callback(pending.discard)):
 * a shrink or reset it names counts as one. */
static void walk_method_reference(Walk *w, TSNode n) {
  AccessPath p = resolve(w, field(n, "object"));
  if (has_path(&p)) {
    char *attr = text_of(w->m, field(n, "attribute"));
    OpKind k = classify(w, &p, attr);
    if (k == OPK_SHRINK || k == OPK_RESET) emit_op(w, &p, op_of(k), attr, field(n, "attribute"));
    free(attr);
  }
  path_free(&p);
}

static void walk(Walk *w, TSNode n) {
  if (ts_node_is_null(n)) return;
  if (is(n, "attribute")) walk_method_reference(w, n);
  const char *t = ts_node_type(n);
  if (!strcmp(t, "function_definition")) visit_def(w, n, null_node());
  else if (!strcmp(t, "class_definition")) visit_class(w, n, null_node());
  else if (!strcmp(t, "decorated_definition")) {
    TSNode def = field(n, "definition");
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++)
      if (is(ts_node_named_child(n, i), "decorator")) walk(w, ts_node_named_child(n, i));
    if (is(def, "class_definition")) visit_class(w, def, n);
    else visit_def(w, def, n);
  } else if (!strcmp(t, "while_statement")) walk_while(w, n);
  else if (!strcmp(t, "for_statement")) walk_for(w, n);
  else if (!strcmp(t, "assignment")) {
    if (w->s->func_is_class_body) walk(w, field(n, "right"));
    else walk_assign(w, n);
  } else if (!strcmp(t, "augmented_assignment")) walk_augmented(w, n);
  else if (!strcmp(t, "delete_statement")) walk_delete(w, n);
  else if (!strcmp(t, "call")) walk_call(w, n);
  else if (!strcmp(t, "comparison_operator")) walk_comparison(w, n);
  else if (!strcmp(t, "ERROR") || !strcmp(t, "import_statement") || !strcmp(t, "import_from_statement") ||
           !strcmp(t, "global_statement") || !strcmp(t, "nonlocal_statement")) return;
  else
    for (uint32_t i = 0; i < ts_node_named_child_count(n); i++) walk(w, ts_node_named_child(n, i));
}

/* ---------- syntax errors ---------- */

static void syntax_errors(const PyMod *m, TSNode n, StrBuf *diags, int *n_errors) {
  if (*n_errors >= MAX_SYNTAX_ERRORS || !ts_node_has_error(n)) return;
  int missing = ts_node_is_missing(n);
  if (missing || is(n, "ERROR")) {
    TSPoint p = ts_node_start_point(n);
    char *where = NULL;
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up))
      if (is(up, "function_definition")) {
        char *fn = text_of(m, field(up, "name"));
        where = gl_xasprintf(" in function '%s'", fn);
        free(fn);
        break;
      }
    if (missing) sb_appendf(diags, "%s:%u:%u: error: invalid syntax%s: missing '%s'\n", m->file, p.row + 1,
                            p.column + 1, where ? where : "", ts_node_type(n));
    else sb_appendf(diags, "%s:%u:%u: error: invalid syntax%s\n", m->file, p.row + 1, p.column + 1,
                    where ? where : "");
    free(where);
    (*n_errors)++;
    return;
  }
  for (uint32_t i = 0; i < ts_node_child_count(n); i++) syntax_errors(m, ts_node_child(n, i), diags, n_errors);
}

/* ---------- the front end ---------- */

PyFront *pyfront_new(const RuleSet *rs) {
  PyFront *pf = gl_xcalloc(1, sizeof *pf);
  pf->rs = rs;
  pf->parser = ts_parser_new();
  ts_parser_set_language(pf->parser, tree_sitter_python());
  return pf;
}

void pyfront_free(PyFront *pf) {
  if (!pf) return;
  ts_parser_delete(pf->parser);
  free(pf);
}

void pyfront_times(const PyFront *pf, double *parse_s, double *walk_s) {
  *parse_s = pf->parse_s;
  *walk_s = pf->walk_s;
}

char *pyfront_version(void) {
  return gl_xasprintf("%s (tree-sitter language ABI %u)", GRAMMAR_VERSION,
                      ts_language_version(tree_sitter_python()));
}

static void module_walk(PyMod *m, TSNode root) {
  collect_imports(m, root);
  collect_module(m, root);
  Scope s = {.func = m->mod_usr, .is_module = 1};
  char *prefix = gl_xasprintf("py:%s.", m->mod);
  s.prefix = prefix;
  Walk w = {m, &s, LOOP_NONE, null_node(), null_node()};
  TSNode first = root;
  emit_function(&w, m->mod_usr, "<module>", first);
  walk(&w, root);
  scope_free(&s);
  free(prefix);
}

GlResult pyfront_extract(PyFront *pf, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err) {
  size_t len = 0;
  char *src = gl_read_file(u->file, &len, err);
  if (!src) return GL_EPARSE;
  double t0 = now_s();
  TSTree *tree = ts_parser_parse_string(pf->parser, NULL, src, (uint32_t)len);
  double t1 = now_s();
  pf->parse_s += t1 - t0;
  if (!tree) {
    gl_error_set(err, "%s: the Python parser gave up", u->file);
    free(src);
    return GL_EPARSE;
  }
  PyMod m = {.rs = pf->rs, .src = src, .file = u->file, .out = out};
  m.mod = pyfront_module_name(u->file);
  m.mod_usr = gl_xasprintf("py:%s.<module>", m.mod);
  TSNode root = ts_tree_root_node(tree);
  module_walk(&m, root);
  syntax_errors(&m, root, diags, n_errors);
  sm_free(&m.imports, NULL);
  sm_free(&m.modules, NULL);
  sm_free(&m.names, NULL);
  sm_free(&m.models, NULL);
  sm_free(&m.def_at, NULL);
  sm_free(&m.class_of, NULL);
  sm_free(&m.init_of, NULL);
  pv_free(&m.owned, free);
  free(m.mod);
  free(m.mod_usr);
  ts_tree_delete(tree);
  free(src);
  pf->walk_s += now_s() - t1;
  return GL_OK;
}
