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

const char *facts_lang_name(Lang lang) {
  return (unsigned)lang < LANG_COUNT ? lang_names[lang] : "?";
}

int facts_lang_parse(const char *name, Lang *out) {
  for (int i = 0; i < LANG_COUNT; i++)
    if (name && !strcmp(name, lang_names[i])) {
      *out = (Lang)i;
      return 1;
    }
  return 0;
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
  free(s->key); free(s->symbol); free(s->display); free(s->kind); free(s->model);
  free(s->family); free(s->type); free(s->elem);
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
  free(o->target); free(o->func); free(o->kind); free(o->detail);
  loc_free(&o->loc); loc_free(&o->loop_loc);
  free(o);
}

static void arg_free(void *p) {
  FactArg *a = p;
  free(a->target); free(a->caller); free(a->callee); free(a->callee_name);
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
