/* facts.c - destructors for the facts of one unit (facts.h). */
#include "facts.h"

#include <stdlib.h>
#include <string.h>

/* ORDER LANG */
static const char *const lang_names[] = {
    [LANG_C] = "c",
    [LANG_CXX] = "c++",
    [LANG_PYTHON] = "python",
};
_Static_assert(sizeof lang_names / sizeof *lang_names == LANG_COUNT, "lang_names[] follows Lang");

/* ORDER LOOP */
static const char *const loop_names[] = {
    [LOOP_NONE] = "none",
    [LOOP_BOUNDED] = "bounded",
    [LOOP_UNBOUNDED] = "unbounded",
    [LOOP_FLAG] = "flag",
    [LOOP_INPUT] = "input",
    [LOOP_POLL] = "poll",
};
_Static_assert(sizeof loop_names / sizeof *loop_names == LOOP_COUNT, "loop_names[] follows LoopCtx");

/* ORDER OP */
static const char *const op_names[] = {
    [OP_GROW] = "grow",        [OP_INSERT] = "insert",   [OP_RESIZE] = "resize",
    [OP_SHRINK] = "shrink",    [OP_RESET] = "reset",     [OP_CREATE] = "create",
    [OP_GUARD] = "guard",      [OP_ESCAPE] = "escape",   [OP_LOOKUP] = "lookup",
    [OP_ITERATE] = "iterate",  [OP_SIZE] = "size",       [OP_COUNTER] = "counter",
    [OP_TAIL] = "tail",        [OP_LINKHEAD] = "linkhead", [OP_FN_LONG] = "fn-long",
    [OP_FN_CALL] = "fn-call",  [OP_FN_ONCE] = "fn-once", [OP_FN_NONE] = "fn-none",
    [OP_THREAD] = "thread-entry",
};
_Static_assert(sizeof op_names / sizeof *op_names == OP_COUNT, "op_names[] follows FactOpKind");

/* ORDER STORAGE */
static const char *const storage_kind_names[] = {
    [SK_GLOBAL] = "global",
    [SK_NAMESPACE] = "namespace-scope",
    [SK_FILE_STATIC] = "file-static",
    [SK_STATIC_MEMBER] = "static-member",
    [SK_STATIC_LOCAL] = "static-local",
    [SK_FIELD] = "field",
};
_Static_assert(sizeof storage_kind_names / sizeof *storage_kind_names == SK_COUNT,
               "storage_kind_names[] follows StorageKind");

/* ORDER FAMILY */
static const char *const family_names[] = {
    [FAMILY_CLASS] = "class",
    [FAMILY_HANDLE] = "handle",
    [FAMILY_REALLOC] = "realloc",
    [FAMILY_LIST] = "list",
};
_Static_assert(sizeof family_names / sizeof *family_names == FAMILY_COUNT, "family_names[] follows ModelFamily");

/* ORDER ROOT */
static const char *const root_names[] = {
    [ROOT_STORAGE] = "storage",
    [ROOT_PARAM] = "param",
    [ROOT_THIS] = "this",
    [ROOT_RETURN] = "return",
    [ROOT_LOCAL] = "local",
};
_Static_assert(sizeof root_names / sizeof *root_names == ROOT_COUNT, "root_names[] follows RootKind");

static const char *name_in(const char *const *names, int n, int value) {
  return value >= 0 && value < n && names[value] ? names[value] : "?";
}

static int parse_in(const char *const *names, int n, const char *name) {
  for (int i = 0; name && i < n; i++)
    if (names[i] && !strcmp(names[i], name)) return i;
  return -1;
}

const char *facts_loop_name(LoopCtx loop) { return name_in(loop_names, LOOP_COUNT, (int)loop); }
const char *facts_op_name(FactOpKind op) { return name_in(op_names, OP_COUNT, (int)op); }
const char *facts_storage_kind_name(StorageKind kind) { return name_in(storage_kind_names, SK_COUNT, (int)kind); }
const char *facts_family_name(ModelFamily family) { return name_in(family_names, FAMILY_COUNT, (int)family); }
int facts_op_parse(const char *name) { return parse_in(op_names, OP_COUNT, name); }
int facts_storage_kind_parse(const char *name) { return parse_in(storage_kind_names, SK_COUNT, name); }
int facts_family_parse(const char *name) { return parse_in(family_names, FAMILY_COUNT, name); }
const char *facts_root_name(RootKind root) { return name_in(root_names, ROOT_COUNT, (int)root); }
int facts_root_parse(const char *name) { return parse_in(root_names, ROOT_COUNT, name); }

AccessPath path_copy(const AccessPath *p) {
  AccessPath c = {p->root, gl_xstrdup(p->func ? p->func : ""), p->index, gl_xstrdup(p->key ? p->key : ""),
                  gl_xstrdup(p->field ? p->field : "")};
  return c;
}

void path_free(AccessPath *p) {
  if (!p) return;
  free(p->func); free(p->key); free(p->field);
  p->func = p->key = p->field = NULL;
}

char *path_string(const AccessPath *p) {
  const char *key = p->key ? p->key : "", *field = p->field ? p->field : "";
  if (p->root == ROOT_STORAGE) return gl_xasprintf("%s%s", key, field);
  return gl_xasprintf("%s:%s#%d%s%s%s", facts_root_name(p->root), p->func ? p->func : "", p->index, *key ? ":" : "",
                      key, field);
}

const char *facts_lang_name(Lang lang) { return name_in(lang_names, LANG_COUNT, (int)lang); }

int facts_lang_parse(const char *name, Lang *out) {
  int i = parse_in(lang_names, LANG_COUNT, name);
  if (i >= 0) *out = (Lang)i;
  return i >= 0;
}

void loc_free(Loc *l) {
  if (!l) return;
  free(l->file);
  l->file = NULL;
}

Loc loc_copy(const Loc *l) {
  Loc c = {gl_xstrdup(l->file), l->line, l->col};
  return c;
}

static void storage_free(void *p) {
  FactStorage *s = p;
  free(s->key); free(s->symbol); free(s->display); free(s->model);
  free(s->type); free(s->elem);
  loc_free(&s->loc); loc_free(&s->owner_loc);
  free(s);
}

static void function_free(void *p) {
  FactFunction *f = p;
  free(f->usr); free(f->name); loc_free(&f->loc);
  free(f);
}

static void entry_free(void *p) {
  FactEntry *e = p;
  free(e->func); free(e->reason); loc_free(&e->loc);
  free(e->from); loc_free(&e->loop_loc); free(e->via);
  free(e);
}

static void call_free(void *p) {
  FactCall *c = p;
  free(c->caller); free(c->callee); free(c->callee_name);
  loc_free(&c->loc); loc_free(&c->loop_loc);
  free(c);
}

static void op_free(void *p) {
  FactOp *o = p;
  path_free(&o->target); free(o->func); free(o->detail);
  loc_free(&o->loc); loc_free(&o->loop_loc);
  free(o);
}

static void arg_free(void *p) {
  FactArg *a = p;
  path_free(&a->target); free(a->caller); free(a->callee); free(a->callee_name);
  loc_free(&a->loc); loc_free(&a->loop_loc);
  free(a);
}

void facts_free(Facts *f) {
  if (!f) return;
  pv_free(&f->storages, storage_free);
  pv_free(&f->functions, function_free);
  pv_free(&f->entries, entry_free);
  pv_free(&f->calls, call_free);
  pv_free(&f->ops, op_free);
  pv_free(&f->args, arg_free);
  pv_free(&f->deps, free);
}
