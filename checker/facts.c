/* facts.c - the vocabulary of facts (name tables), destructors, and the
 * text form of a unit's facts that dump-facts prints (facts.h). */
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
    [OP_THREAD] = "thread-entry", [OP_ELEMENTS] = "elements",
    [OP_DEFINED] = "defined", [OP_PASS] = "pass",
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
  fact_storage_clear(p);
  free(p);
}

void fact_function_free(void *p) {
  FactFunction *f = p;
  free(f->usr); free(f->name); free(f->sig); loc_free(&f->loc);
  free(f);
}

void fact_storage_clear(FactStorage *s) {
  free(s->key); free(s->symbol); free(s->display); free(s->model);
  free(s->type); free(s->elem);
  loc_free(&s->loc); loc_free(&s->owner_loc);
}

void fact_entry_free(void *p) {
  FactEntry *e = p;
  free(e->func); free(e->reason); loc_free(&e->loc);
  free(e->from); loc_free(&e->loop_loc); free(e->via);
  free(e);
}

void fact_call_free(void *p) {
  FactCall *c = p;
  free(c->caller); free(c->callee); free(c->callee_name); free(c->sig);
  loc_free(&c->loc); loc_free(&c->loop_loc);
  free(c);
}

void fact_op_free(void *p) {
  FactOp *o = p;
  path_free(&o->target); free(o->func); free(o->detail);
  loc_free(&o->loc); loc_free(&o->loop_loc);
  free(o);
}

void fact_arg_free(void *p) {
  FactArg *a = p;
  path_free(&a->target); free(a->caller); free(a->callee); free(a->callee_name);
  loc_free(&a->loc); loc_free(&a->loop_loc);
  free(a);
}

void facts_free(Facts *f) {
  if (!f) return;
  pv_free(&f->storages, storage_free);
  pv_free(&f->functions, fact_function_free);
  pv_free(&f->entries, fact_entry_free);
  pv_free(&f->calls, fact_call_free);
  pv_free(&f->ops, fact_op_free);
  pv_free(&f->args, fact_arg_free);
  pv_free(&f->deps, free);
}

/* ---------- dump-facts ---------- */

typedef struct {
  FILE *out;
  const char *base;   /* "DIR/" prefix removed from paths and USRs, or NULL */
} Dump;

/* s with every "BASE/" removed (owned). */
static char *relative(const Dump *d, const char *s) {
  if (!s) return gl_xstrdup("");
  if (!d->base || !*d->base) return gl_xstrdup(s);
  StrBuf sb = {0};
  size_t n = strlen(d->base);
  for (const char *p = s; *p;) {
    const char *hit = strstr(p, d->base);
    if (!hit || hit[n] != '/') {
      sb_append(&sb, p);
      break;
    }
    sb_appendn(&sb, p, (size_t)(hit - p));
    p = hit + n + 1;
  }
  return sb_steal(&sb);
}

/* " key=value", quoted when value is empty or holds spaces, quotes or controls. */
static void put(const Dump *d, const char *key, const char *value) {
  char *v = relative(d, value);
  int plain = *v != '\0';
  for (const char *c = v; *c && plain; c++) plain = *c > ' ' && *c != '"' && *c != '\\' && *c != '=' && *c != 0x7f;
  if (plain) {
    fprintf(d->out, " %s=%s", key, v);
  } else {
    fprintf(d->out, " %s=\"", key);
    for (const char *c = v; *c; c++) {
      if (*c == '"' || *c == '\\') fprintf(d->out, "\\%c", *c);
      else if ((unsigned char)*c < ' ' || *c == 0x7f) fprintf(d->out, "\\x%02x", (unsigned char)*c);
      else fputc(*c, d->out);
    }
    fputc('"', d->out);
  }
  free(v);
}

static void put_int(const Dump *d, const char *key, long value) { fprintf(d->out, " %s=%ld", key, value); }

static void put_loc(const Dump *d, const char *key, const Loc *l) {
  if (!l->file || !*l->file) return;
  char *f = relative(d, l->file);
  fprintf(d->out, " %s=%s:%u:%u", key, f, l->line, l->col);
  free(f);
}

/* " target=ROOT[:...] path=FIELD": storage:KEY, param:FUNC#INDEX,
 * this:FUNC, return:FUNC, local:FUNC#NAME. */
static void put_path(const Dump *d, const AccessPath *p) {
  StrBuf sb = {0};
  sb_appendf(&sb, "%s:", facts_root_name(p->root));
  if (p->root == ROOT_STORAGE) sb_append(&sb, p->key);
  else if (p->root == ROOT_PARAM) sb_appendf(&sb, "%s#%d", p->func, p->index);
  else if (p->root == ROOT_LOCAL) sb_appendf(&sb, "%s#%s", p->func, p->key);
  else sb_append(&sb, p->func);
  put(d, "target", sb_cstr(&sb));
  put(d, "path", p->field);
  sb_free(&sb);
}

static void dump_storage(const Dump *d, const FactStorage *x) {
  fputs("storage", d->out);
  put(d, "key", x->key);
  put(d, "kind", facts_storage_kind_name(x->kind));
  put(d, "lang", facts_lang_name(x->lang));
  put(d, "family", facts_family_name(x->family));
  put(d, "model", x->model);
  put(d, "type", x->type);
  put(d, "elem", x->elem);
  put(d, "symbol", x->symbol);
  put(d, "display", x->display);
  put_int(d, "owning", x->owning);
  put_int(d, "def", x->is_def);
  put_loc(d, "at", &x->loc);
  put_loc(d, "owner_at", &x->owner_loc);
  fputc('\n', d->out);
}

static void dump_function(const Dump *d, const FactFunction *x) {
  fputs("function", d->out);
  put(d, "usr", x->usr);
  put(d, "name", x->name);
  put_int(d, "def", x->is_def);
  if (x->sig && *x->sig) put(d, "sig", x->sig);
  put_loc(d, "at", &x->loc);
  fputc('\n', d->out);
}

static void dump_entry(const Dump *d, const FactEntry *x) {
  fputs("entry", d->out);
  put(d, "func", x->func);
  put(d, "reason", x->reason);
  put(d, "from", x->from);
  put(d, "loop", facts_loop_name(x->loop));
  if (x->via && *x->via) {
    put(d, "via", x->via);
    put_int(d, "via_index", x->via_index);
  }
  put_loc(d, "at", &x->loc);
  put_loc(d, "loop_at", &x->loop_loc);
  fputc('\n', d->out);
}

static void dump_call(const Dump *d, const FactCall *x) {
  fputs("call", d->out);
  put(d, "caller", x->caller);
  put(d, "callee", x->callee);
  put(d, "name", x->callee_name);
  put(d, "loop", facts_loop_name(x->loop));
  if (x->cond) put_int(d, "cond", x->cond);
  if (x->sig && *x->sig) put(d, "sig", x->sig);
  if (x->const_args) put_int(d, "const_args", (int)x->const_args);
  put_loc(d, "at", &x->loc);
  put_loc(d, "loop_at", &x->loop_loc);
  fputc('\n', d->out);
}

static void dump_op(const Dump *d, const FactOp *x) {
  fprintf(d->out, "op %s", facts_op_name(x->kind));
  put_path(d, &x->target);
  put(d, "func", x->func);
  put(d, "detail", x->detail);
  put(d, "loop", facts_loop_name(x->loop));
  if (x->key_arg && x->kind == OP_COUNTER) put_int(d, "written", 1); /* a[n++] = x */
  else if (x->key_arg) put_int(d, "key_param", x->key_arg - 1);
  put_loc(d, "at", &x->loc);
  put_loc(d, "loop_at", &x->loop_loc);
  fputc('\n', d->out);
}

static void dump_arg(const Dump *d, const FactArg *x) {
  fputs("arg", d->out);
  put_path(d, &x->target);
  put(d, "caller", x->caller);
  put(d, "callee", x->callee);
  put(d, "name", x->callee_name);
  put_int(d, "index", x->index);
  put_int(d, "mut", x->mut);
  put(d, "loop", facts_loop_name(x->loop));
  put_loc(d, "at", &x->loc);
  put_loc(d, "loop_at", &x->loop_loc);
  fputc('\n', d->out);
}

int facts_dump(FILE *out, const Facts *f, const char *base) {
  Dump d = {out, base};
  for (size_t i = 0; i < f->storages.len; i++) dump_storage(&d, f->storages.items[i]);
  for (size_t i = 0; i < f->functions.len; i++) dump_function(&d, f->functions.items[i]);
  for (size_t i = 0; i < f->entries.len; i++) dump_entry(&d, f->entries.items[i]);
  for (size_t i = 0; i < f->calls.len; i++) dump_call(&d, f->calls.items[i]);
  for (size_t i = 0; i < f->ops.len; i++) dump_op(&d, f->ops.items[i]);
  for (size_t i = 0; i < f->args.len; i++) dump_arg(&d, f->args.items[i]);
  for (size_t i = 0; i < f->deps.len; i++) {
    fputs("dep", out);
    put(&d, "file", f->deps.items[i]);
    fputc('\n', out);
  }
  return ferror(out) ? -1 : 0;
}
