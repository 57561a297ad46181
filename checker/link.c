/* link.c - the decision (DESIGN.md "The decision") and the trace of why a
 * growth repeats.
 *
 * Data: every fact of a program (DESIGN.md "The decision": a unit that
 * defines main and the units that define none, or every unit when none
 * does) is loaded once into hash maps keyed by storage key, target and
 * function USR; programs are linked one after the other. Repetition is a breadth-first walk
 * over the call graph from the roots (long-lived entries, calls inside
 * unbounded loops), so each reached function keeps the shortest chain back
 * to its root; that chain becomes the notes of a finding.
 */
#include "link.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "advice.h"

typedef struct {
  FactStorage s;      /* owned copy */
} SNode;

typedef struct {
  char *func;         /* reached function */
  char *parent;       /* caller that reaches it, NULL for a root */
  Loc site;           /* the call site (or the entry's location) */
  char *reason;       /* root entry: why it is long-lived; NULL otherwise */
  Loc loop_loc;       /* root loop: the loop that repeats */
  int is_loop_root;   /* the loop's context (LOOP_UNBOUNDED, LOOP_FLAG, LOOP_INPUT) when a root, else 0 */
} Reach;

typedef struct {
  const RuleSet *rs;
  StrMap storages;    /* key -> SNode* */
  PtrVec order;       /* SNode* in key order (borrowed from storages) */
  StrMap ops;         /* storage key -> PtrVec* of FactOp* on it */
  StrMap fn_ops;      /* function USR -> PtrVec* of FactOp*: what it does with its function parameters */
  StrMap calls;       /* caller -> PtrVec* of FactCall* */
  PtrVec loop_calls;  /* FactCall* borrowed: calls inside unbounded loops */
  PtrVec entries;     /* FactEntry* owned */
  StrMap names;       /* usr -> char* name */
  StrMap reach;       /* usr -> Reach* */
  StrMap slot_calls;  /* slot -> PtrVec* of FactCall* (borrowed from calls): calls through a function slot */
  PtrVec slot_keys;   /* char* (borrowed from slot_calls' first call or ops' key): every slot called through, once */
  StrMap copies;      /* slot -> 1: a slot some other slot's value is copied into (merge_slot_copies) */
  PtrVec typed_funcs; /* FactFunction* owned: the defined functions of external linkage with their type */
  StrMap tail_groups; /* list group -> non-NULL when a pointer of that group is a fed tail */
  int tail_groups_ready;
  StrMap defined;     /* usr -> non-NULL: functions the program defines */
  StrMap defined_vars; /* root key -> non-NULL: variables of external linkage this program's main unit defines */
  StrMap runs;        /* usr -> non-NULL: code the program may run ("" file scope); empty for a library */
  int have_runs;
  char *main_usr;     /* the program's main, NULL for a library */
  StrMap callers;     /* callee -> PtrVec* of FactCall* (borrowed from calls), built on first use */
  StrMap long_lived;  /* usr -> non-NULL: the functions of the entries left after pruning */
  int callers_ready;
} Link;

static FactOp *op_copy(const FactOp *o) {
  FactOp *c = gl_xcalloc(1, sizeof *c);
  c->target = path_copy(&o->target); c->func = gl_xstrdup(o->func); c->kind = o->kind;
  c->detail = gl_xstrdup(o->detail); c->loop = o->loop;
  c->loc = loc_copy(&o->loc); c->loop_loc = loc_copy(&o->loop_loc);
  c->key_arg = o->key_arg;
  return c;
}

static void ops_list_destroy(void *p) {
  pv_free(p, fact_op_free);
  free(p);
}

static void calls_list_destroy(void *p) {
  pv_free(p, fact_call_free);
  free(p);
}

static void snode_destroy(void *p) {
  SNode *n = p;
  fact_storage_clear(&n->s);
  free(n);
}

static void reach_destroy(void *p) {
  Reach *r = p;
  free(r->func); free(r->parent); free(r->reason);
  loc_free(&r->site); loc_free(&r->loop_loc);
  free(r);
}

static int on_storage(void *ctx, const FactStorage *s) {
  Link *l = ctx;
  if (sm_get(&l->storages, s->key)) return 0;
  SNode *n = gl_xcalloc(1, sizeof *n);
  n->s.key = gl_xstrdup(s->key); n->s.symbol = gl_xstrdup(s->symbol); n->s.display = gl_xstrdup(s->display);
  n->s.kind = s->kind; n->s.lang = s->lang; n->s.model = gl_xstrdup(s->model); n->s.family = s->family;
  n->s.type = gl_xstrdup(s->type); n->s.elem = gl_xstrdup(s->elem); n->s.owning = s->owning;
  n->s.is_def = s->is_def; n->s.loc = loc_copy(&s->loc); n->s.owner_loc = loc_copy(&s->owner_loc);
  sm_put(&l->storages, s->key, n);
  pv_push(&l->order, n);
  return 0;
}

/* Ops on storages by storage key; ops on a function's parameters by function. */
static int on_op(void *ctx, const FactOp *o) {
  Link *l = ctx;
  if (o->kind == OP_DEFINED) { /* which variables this program's units define: not an op on a container */
    if (o->target.key) sm_put(&l->defined_vars, o->target.key, (void *)1);
    return 0;
  }
  StrMap *map = o->target.root == ROOT_STORAGE ? &l->ops : &l->fn_ops;
  char *key = o->target.root == ROOT_STORAGE ? path_string(&o->target) : gl_xstrdup(o->target.func);
  PtrVec *list = sm_get(map, key);
  if (!list) {
    list = gl_xcalloc(1, sizeof *list);
    sm_put(map, key, list);
  }
  FactOp *x = op_copy(o);
  const char *last = o->target.field ? strrchr(o->target.field, '.') : NULL;
  if (x->kind == OP_COUNTER && o->target.root == ROOT_STORAGE && last &&
      !strncmp(x->detail, FACT_SIBLING_PREFIX, strlen(FACT_SIBLING_PREFIX))) {
    /* the count beside the array in the same object: g_ids.len for g_ids.data */
    char *sib = gl_xasprintf("%.*s.%s", (int)(strlen(key) - strlen(last)), key,
                             x->detail + strlen(FACT_SIBLING_PREFIX));
    free(x->detail);
    x->detail = sib;
  }
  pv_push(list, x);
  free(key);
  return 0;
}

static int on_call(void *ctx, const FactCall *c) {
  Link *l = ctx;
  PtrVec *list = sm_get(&l->calls, c->caller);
  if (!list) {
    list = gl_xcalloc(1, sizeof *list);
    sm_put(&l->calls, c->caller, list);
  }
  FactCall *x = gl_xcalloc(1, sizeof *x);
  x->caller = gl_xstrdup(c->caller); x->callee = gl_xstrdup(c->callee);
  x->callee_name = gl_xstrdup(c->callee_name); x->loop = c->loop;
  x->loc = loc_copy(&c->loc); x->loop_loc = loc_copy(&c->loop_loc);
  x->const_args = c->const_args; x->cond = c->cond;
  x->sig = gl_xstrdup(c->sig ? c->sig : "");
  pv_push(list, x);
  if (loop_may_repeat(x->loop)) pv_push(&l->loop_calls, x);
  if (!strncmp(x->callee, FACT_SLOT_PREFIX, strlen(FACT_SLOT_PREFIX))) {
    PtrVec *through = sm_get(&l->slot_calls, x->callee);
    if (!through) {
      through = gl_xcalloc(1, sizeof *through);
      sm_put(&l->slot_calls, x->callee, through);
      pv_push(&l->slot_keys, x->callee);
    }
    pv_push(through, x);
  }
  return 0;
}

static int on_entry(void *ctx, const FactEntry *e) {
  Link *l = ctx;
  FactEntry *x = gl_xcalloc(1, sizeof *x);
  x->func = gl_xstrdup(e->func); x->reason = gl_xstrdup(e->reason); x->loc = loc_copy(&e->loc);
  x->from = gl_xstrdup(e->from); x->loop = e->loop; x->loop_loc = loc_copy(&e->loop_loc);
  x->via = gl_xstrdup(e->via); x->via_index = e->via_index;
  pv_push(&l->entries, x);
  return 0;
}

static const char *fname(Link *l, const char *usr) {
  const char *n = sm_get(&l->names, usr);
  return n ? n : usr;
}

static int kind_is(const FactOp *o, FactOpKind k) { return o->kind == k; }

/* Does a site in loop context `loop` of function func repeat? The outermost
 * polling loop of a function (LOOP_POLL) repeats only when the function is a
 * program's main() or a thread's entry: then it is the main loop that reads
 * the requests. */
static int runs_main_loop(Link *l, const char *func);

static int loop_repeats_in(Link *l, int loop, const char *func) {
  if (loop != LOOP_POLL) return loop_repeats(loop);
  if (!strcmp(fname(l, func), "main")) return 1;
  if (runs_main_loop(l, func)) return 0; /* its main loop is the one that never ends */
  PtrVec *ops = sm_get(&l->fn_ops, func);
  for (size_t i = 0; ops && i < ops->len; i++)
    if (kind_is(ops->items[i], OP_THREAD)) return 1;
  return 0;
}

static void add_call(Link *l, const char *caller, const char *callee, const char *name, int loop, const Loc *loc,
                     const Loc *loop_loc) {
  FactCall c = {(char *)caller, (char *)callee, (char *)name, loop, *loc, *loop_loc, 0, 0, NULL};
  on_call(l, &c);
}

static int slot_escapes(Link *l, const char *slot, const StrMap *referenced);

static FactEntry *entry_new(const char *func, const char *reason, const Loc *loc, const char *from, int loop,
                            const Loc *loop_loc, const char *via, int via_index) {
  FactEntry *x = gl_xcalloc(1, sizeof *x);
  x->func = gl_xstrdup(func); x->reason = gl_xstrdup(reason); x->loc = loc_copy(loc);
  x->from = gl_xstrdup(from); x->loop = loop; x->loop_loc = loc_copy(loop_loc);
  x->via = gl_xstrdup(via); x->via_index = via_index;
  return x;
}

/* A function handed to a function of the project (create_worker(fn)) is
 * long-lived only if that function keeps it or registers it; when it only
 * calls it or starts a thread with it, the function runs where it is handed
 * over, like a call. Entries so resolved become calls; the rest stay entries. */
static void resolve_via(Link *l) {
  size_t w = 0;
  for (size_t i = 0; i < l->entries.len; i++) {
    FactEntry *e = l->entries.items[i];
    int keep = 1;
    if (*e->via && sm_get(&l->names, e->via)) { /* the project defines it */
      PtrVec *ops = sm_get(&l->fn_ops, e->via);
      int stored = 0, seen = 0, other_slots = 0;
      const char *slot = NULL; /* the one slot of the program it keeps the pointer in (fn = f) */
      for (size_t j = 0; ops && j < ops->len; j++) {
        const FactOp *o = ops->items[j];
        if (o->target.root != ROOT_PARAM || o->target.index != e->via_index) continue;
        if (kind_is(o, OP_FN_LONG) && *o->detail) {
          if (slot && strcmp(slot, o->detail)) other_slots = 1;
          slot = o->detail;
        } else {
          stored |= kind_is(o, OP_FN_LONG);
        }
        seen = 1;
      }
      if (slot && !stored && !other_slots) { /* as if stored in that slot here: resolve_slots follows it */
        free(e->via);
        e->via = gl_xstrdup(slot);
        e->via_index = FACT_VIA_SLOT;
        l->entries.items[w++] = e;
        continue;
      }
      if (seen && !stored && !slot) { /* only when what it does with the pointer was seen */
        keep = 0;
        if (*e->from) add_call(l, e->from, e->func, fname(l, e->func), e->loop, &e->loc, &e->loop_loc);
      }
    }
    if (keep) l->entries.items[w++] = e;
    else fact_entry_free(e);
  }
  l->entries.len = w;
}

/* A function whose address is stored in a data field beside a slot (a
 * deferred-call record: {.fn = run_later, .arg = (void *)parse_users}; README
 * "Function slots") is an argument of the functions stored in that slot
 * where the program calls the slot with the field of the same object
 * (c->fn(c->arg)): at each such call it is passed to each of those
 * functions as that parameter, an entry that resolve_via follows. It stays
 * long-lived when the field is read anywhere else or handed to code the
 * program does not show (an escape), when no call through the slot is seen,
 * when nothing of the program is stored in the slot, or when the slot
 * escapes. When nothing of this program reads the field (the records are
 * run by another program's main unit: a test tool sharing the units),
 * nothing calls the function here: the entry goes. referenced:
 * store_referenced. */
static void resolve_data(Link *l, const StrMap *referenced) {
  size_t n = l->entries.len;
  PtrVec added = {0};
  char *drop = gl_xcalloc(n + 1, 1);
  for (size_t i = 0; i < n; i++) {
    const FactEntry *e = l->entries.items[i];
    if (e->via_index != FACT_VIA_DATA) continue;
    /* "data:ID FUNC": the record's initializer stores FUNC in its slot: only FUNC is given the field */
    const char *sp = strchr(e->via, ' ');
    char *key = sp ? gl_xstrndup(e->via, (size_t)(sp - e->via)) : gl_xstrdup(e->via);
    const char *paired = sp ? sp + 1 : NULL;
    if (slot_escapes(l, key, referenced)) {
      free(key);
      continue;
    }
    PtrVec *ops = sm_get(&l->ops, key);
    free(key);
    if (!ops || !ops->len) { /* never read here */
      drop[i] = 1;
      continue;
    }
    size_t mark = added.len;
    int ok = 0; /* a call through a slot passes the field, and every such slot holds functions of the program */
    for (size_t j = 0; ops && j < ops->len; j++) {
      const FactOp *o = ops->items[j];
      if (!kind_is(o, OP_PASS)) continue;
      char *end = NULL;
      long k = strtol(o->detail, &end, 10);
      const char *slot = end && *end == ' ' ? end + 1 : "";
      PtrVec *through = sm_get(&l->slot_calls, slot);
      ok = k >= 0 && through && !slot_escapes(l, slot, referenced);
      size_t before = added.len;
      for (size_t m = 0; ok && m < n; m++) {
        const FactEntry *f = l->entries.items[m];
        if (f->via_index != FACT_VIA_SLOT || strcmp(f->via, slot) || (paired && strcmp(f->func, paired))) continue;
        char *reason = gl_xasprintf("the address of '%s' is passed to '%s', which may call it at any time",
                                    fname(l, e->func), fname(l, f->func));
        for (size_t c = 0; c < through->len; c++) {
          const FactCall *call = through->items[c];
          pv_push(&added, entry_new(e->func, reason, &call->loc, call->caller, call->loop, &call->loop_loc, f->func,
                                    (int)k));
        }
        free(reason);
      }
      if (!ok || added.len == before) {
        ok = 0;
        break;
      }
    }
    if (ok) {
      drop[i] = 1;
    } else {
      while (added.len > mark) fact_entry_free(added.items[--added.len]);
    }
  }
  size_t w = 0;
  for (size_t i = 0; i < n; i++) {
    if (drop[i]) fact_entry_free(l->entries.items[i]);
    else l->entries.items[w++] = l->entries.items[i];
  }
  l->entries.len = w;
  for (size_t i = 0; i < added.len; i++) pv_push(&l->entries, added.items[i]);
  pv_free(&added, NULL);
  free(drop);
}

/* Does code this program does not show call through slot? Yes when its
 * value is passed on or stored elsewhere (an escape to ""), or when a table
 * holding it is handed to a function no unit of the run defines. A function
 * that only another program's main unit defines is no unseen code: the
 * caller that hands the table to it is not linked into this program
 * (Redis's blocked.c hands a command to slowlogPushCurrentCommand, which only
 * server.c defines, in redis-cli's program). referenced: store_referenced. */
static int slot_escapes_from(Link *l, const char *slot, const StrMap *referenced, int depth) {
  PtrVec *ops = sm_get(&l->ops, slot);
  for (size_t i = 0; ops && i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (!kind_is(o, OP_ESCAPE)) continue;
    if (!strncmp(o->detail, FACT_SLOT_PREFIX, strlen(FACT_SLOT_PREFIX))) { /* handed to what another slot holds */
      if (strcmp(o->detail, slot) && (depth >= 4 || slot_escapes_from(l, o->detail, referenced, depth + 1))) return 1;
      continue;
    }
    if (o->detail[0] == '=' && !strncmp(o->detail + 1, FACT_SLOT_PREFIX, strlen(FACT_SLOT_PREFIX))) {
      /* stored into another slot: harmless while nothing calls through that one or hands it on */
      const char *into = o->detail + 1; /* the calls through it are this slot's (merge_slot_copies) */
      if (strcmp(into, slot) && (depth >= 4 || slot_escapes_from(l, into, referenced, depth + 1))) return 1;
      continue;
    }
    if (!*o->detail) return 1;
    if (sm_get(&l->names, o->detail)) continue;
    char *def = gl_xasprintf(STORE_DEFINED_PREFIX "%s", o->detail);
    int elsewhere = sm_get(referenced, def) != NULL;
    free(def);
    if (!elsewhere) return 1;
  }
  return 0;
}

/* Is slot's value handed on at all: passed, copied or its table handed to
 * any function (of the program or not)? */
static int slot_handed_on(Link *l, const char *slot) {
  PtrVec *ops = sm_get(&l->ops, slot);
  for (size_t i = 0; ops && i < ops->len; i++)
    if (kind_is(ops->items[i], OP_ESCAPE)) return 1;
  return 0;
}

static int slot_escapes(Link *l, const char *slot, const StrMap *referenced) {
  return slot_escapes_from(l, slot, referenced, 0);
}

/* A function stored in a slot of the program (its own variable, a field of a
 * struct it declares) runs where the program calls through that slot (README
 * "Function slots"): each such call, with its loop context, becomes a call
 * of the function, and the entry goes. It stays long-lived when no call
 * through the slot is seen in this program, or when the slot escapes; but
 * when another program of the run calls through the slot and this one does
 * not (it shares the table's unit, not the code that dispatches it: Redis's
 * command table in redis-cli), nothing in this program calls it: the entry
 * goes. referenced: every callee of the run. */
static void resolve_slots(Link *l, const StrMap *referenced) {
  size_t w = 0;
  for (size_t i = 0; i < l->entries.len; i++) {
    FactEntry *e = l->entries.items[i];
    PtrVec *through = e->via_index == FACT_VIA_SLOT ? sm_get(&l->slot_calls, e->via) : NULL;
    if (e->via_index == FACT_VIA_SLOT && !through && sm_get(referenced, e->via) && !slot_escapes(l, e->via, referenced)) {
      fact_entry_free(e); /* dispatched by another program only */
      continue;
    }
    if (e->via_index == FACT_VIA_SLOT && !through && !sm_get(referenced, e->via) && !slot_handed_on(l, e->via) &&
        strncmp(e->via, FACT_SLOT_PREFIX "virtual:", strlen(FACT_SLOT_PREFIX "virtual:"))) { /* the framework calls those */
      fact_entry_free(e); /* a table whose functions are only compared (s->proc == proc): nothing calls them there */
      continue;
    }
    if (!through || slot_escapes(l, e->via, referenced)) {
      l->entries.items[w++] = e;
      continue;
    }
    for (size_t j = 0; j < through->len; j++) {
      const FactCall *c = through->items[j];
      add_call(l, c->caller, e->func, fname(l, e->func), c->loop, &c->loc, &c->loop_loc);
    }
    fact_entry_free(e);
  }
  l->entries.len = w;
}

/* Adds to `into` (no duplicates) the calls through the slots that slot's
 * value is copied into (an escape "=slot:..."), transitively, depth 4. */
static void copied_calls(Link *l, const char *slot, PtrVec *into, int depth) {
  PtrVec *ops = sm_get(&l->ops, slot);
  for (size_t i = 0; ops && depth < 4 && i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (!kind_is(o, OP_ESCAPE) || o->detail[0] != '=' ||
        strncmp(o->detail + 1, FACT_SLOT_PREFIX, strlen(FACT_SLOT_PREFIX)) || !strcmp(o->detail + 1, slot))
      continue;
    PtrVec *through = sm_get(&l->slot_calls, o->detail + 1);
    for (size_t j = 0; through && j < through->len; j++) {
      size_t k = 0;
      while (k < into->len && into->items[k] != through->items[j]) k++;
      if (k == into->len) pv_push(into, through->items[j]);
    }
    sm_put(&l->copies, o->detail + 1, (void *)1);
    copied_calls(l, o->detail + 1, into, depth + 1);
  }
}

/* A slot's value copied into another slot before the call (run =
 * commands[i].run; ... if (run) run(arg); a local, a field, a global): each
 * call through the copy is a call through the slot it was copied from, so
 * the functions stored in the table run there (resolve_slots), with that
 * call's loop. The copy is then no escape (slot_escapes_from), and no slot
 * that no code fills (l->copies: resolve_unfilled_slots). */
static void merge_slot_copies(Link *l) {
  for (size_t i = 0; i < l->ops.cap; i++) {
    const char *slot = l->ops.keys[i];
    if (!slot || strncmp(slot, FACT_SLOT_PREFIX, strlen(FACT_SLOT_PREFIX))) continue;
    PtrVec *through = sm_get(&l->slot_calls, slot), fresh = {0};
    copied_calls(l, slot, through ? through : &fresh, 0);
    if (fresh.len) { /* called only through its copies */
      through = gl_xcalloc(1, sizeof *through);
      *through = fresh;
      sm_put(&l->slot_calls, slot, through);
      pv_push(&l->slot_keys, (char *)slot);
    }
  }
}

/* Does func compare slot's value with fn (c->proc == fn: an op "guard" on
 * the slot)? Then it tells fn apart where it calls through the slot. */
static int compared_in(Link *l, const char *slot, const char *fn, const char *func) {
  PtrVec *ops = sm_get(&l->ops, slot);
  for (size_t i = 0; ops && i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (kind_is(o, OP_GUARD) && !strcmp(o->detail, fn) && !strcmp(o->func, func)) return 1;
  }
  return 0;
}

/* A slot the program calls through but that no seen code fills (no
 * function is stored in it): what it holds comes from code growlint does
 * not see, such as a command table generated at build time. A function of
 * the program with external linkage that no unit of the run calls,
 * registers or stores, whose type is the slot's function type, can only
 * run through such code: each call through the slot calls it (README
 * "Function slots"). filled: the slots some entry of the program is stored
 * in (before resolve_slots turns them into calls). */
static void resolve_unfilled_slots(Link *l, const StrMap *referenced, const StrMap *filled) {
  for (size_t i = 0; i < l->slot_keys.len; i++) {
    const char *slot = l->slot_keys.items[i];
    PtrVec *through = sm_get(&l->slot_calls, slot);
    if (sm_get(filled, slot) || sm_get(&l->copies, slot) || !through || !through->len) continue;
    for (size_t j = 0; j < l->typed_funcs.len; j++) {
      const FactFunction *f = l->typed_funcs.items[j];
      if (sm_get(referenced, f->usr) || (l->main_usr && !strcmp(f->usr, l->main_usr))) continue;
      for (size_t k = 0; k < through->len; k++) {
        const FactCall *c = through->items[k];
        if (!*c->sig || strcmp(c->sig, f->sig) || compared_in(l, slot, f->usr, c->caller)) continue;
        add_call(l, c->caller, f->usr, fname(l, f->usr), c->loop, &c->loc, &c->loop_loc);
      }
    }
  }
}

/* The program's main is its root, never a long-lived entry: its address
 * taken (dladdr(&main, ...) to find the executable, a start address for a
 * symbol lookup) does not make it run again. C++ may not call it at all. */
static void drop_main_entries(Link *l) {
  if (!l->main_usr) return;
  size_t w = 0;
  for (size_t i = 0; i < l->entries.len; i++) {
    FactEntry *e = l->entries.items[i];
    if (strcmp(e->func, l->main_usr)) l->entries.items[w++] = e;
    else fact_entry_free(e);
  }
  l->entries.len = w;
}

static void slot_calls_destroy(void *p) {
  pv_free(p, NULL);
  free(p);
}

static int on_function(void *ctx, const FactFunction *f) {
  Link *l = ctx;
  if (f->is_def && f->sig && *f->sig) {
    FactFunction *t = gl_xcalloc(1, sizeof *t);
    t->usr = gl_xstrdup(f->usr); t->name = gl_xstrdup(f->name); t->sig = gl_xstrdup(f->sig);
    t->is_def = 1; t->loc = loc_copy(&f->loc);
    pv_push(&l->typed_funcs, t);
  }
  if (f->is_def) {
    sm_put(&l->defined, f->usr, (void *)1);
    if (!strcmp(f->name, "main") && !l->main_usr) l->main_usr = gl_xstrdup(f->usr);
  }
  /* rows come in no order: of two names for one USR (a lambda's and its
   * call operator's), keep the one that sorts first */
  char *known = sm_get(&l->names, f->usr);
  if (known && strcmp(f->name, known) >= 0) return 0;
  free(known);
  sm_put(&l->names, f->usr, gl_xstrdup(f->name));
  return 0;
}


/* A registration counts for a program only where the program may run it
 * (README "Programs"): the code reachable through calls and registrations
 * from its main, from file-scope code (initializers, overrides) and from
 * every function of internal linkage (a static function: its USR names its
 * file, "c:conn.c@F@init") that no unit of the run refers to: a constructor
 * that runs before main; and every Python module's own code, which runs when
 * the module is imported. An entry registered in a function the program
 * defines but never reaches goes (lighttpd's unit tests share
 * connections.c, whose fdevent_register only server.c's main reaches); so
 * does one stored in a table at file scope when no code that uses the
 * table's slot is reached (lighttpd's plugin tables). A library (no main)
 * keeps every entry. */
static int internal_linkage(const char *usr) {
  return !strncmp(usr, "c:", 2) && usr[2] && usr[2] != '@';
}

/* A Python module's own code ("py:app.<module>"): it runs when the module is
 * imported or run, like C's file-scope code. */
static int module_code(const char *usr) {
  size_t n = strlen(usr);
  return !strncmp(usr, "py:", 3) && n > 12 && !strcmp(usr + n - 9, ".<module>");
}

/* May the program run func (a function it defines)? Always in a library. */
static int may_run(Link *l, const char *func) {
  return !l->have_runs || !*func || !sm_get(&l->defined, func) || sm_get(&l->runs, func);
}

/* The functions that use slot: those that call through it or hand it on
 * (its escapes), "" for file-scope code. Appends borrowed USRs to out. */
static void slot_users(Link *l, const char *slot, PtrVec *out) {
  PtrVec *ops = sm_get(&l->ops, slot);
  for (size_t i = 0; ops && i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (kind_is(o, OP_ESCAPE)) pv_push(out, o->func);
  }
  PtrVec *through = sm_get(&l->slot_calls, slot);
  for (size_t i = 0; through && i < through->len; i++) pv_push(out, ((FactCall *)through->items[i])->caller);
}

/* Where entry e is registered: its function, or for a table at file scope
 * (`static const plugin p = {.init = mod_init}`) the functions that use the
 * slot (read the table: call through it, copy it out), when there are any. */
static void entry_sites(Link *l, const FactEntry *e, PtrVec *out) {
  out->len = 0;
  if (!*e->from && e->via_index == FACT_VIA_SLOT) slot_users(l, e->via, out);
  if (!out->len) pv_push(out, e->from);
}

static void prune_unreached_entries(Link *l, const StrMap *referenced) {
  if (!l->main_usr) return;
  StrMap from = {0}; /* usr -> PtrVec* of FactEntry* (borrowed) */
  StrMap seen = {0};
  PtrVec queue = {0}, sites = {0}; /* char*, borrowed */
  for (size_t i = 0; i < l->entries.len; i++) {
    FactEntry *e = l->entries.items[i];
    entry_sites(l, e, &sites);
    for (size_t j = 0; j < sites.len; j++) {
      PtrVec *list = sm_get(&from, sites.items[j]);
      if (!list) {
        list = gl_xcalloc(1, sizeof *list);
        sm_put(&from, sites.items[j], list);
      }
      pv_push(list, e);
    }
  }
#define REACH_PUSH(usr)                        \
  do {                                         \
    if (!sm_get(&seen, (usr))) {               \
      sm_put(&seen, (usr), (void *)1);         \
      pv_push(&queue, (void *)(usr));          \
    }                                          \
  } while (0)
  REACH_PUSH(l->main_usr);
  REACH_PUSH("");
  for (size_t i = 0; i < l->defined.cap; i++)
    if (l->defined.keys[i] && ((internal_linkage(l->defined.keys[i]) && !sm_get(referenced, l->defined.keys[i])) ||
                               module_code(l->defined.keys[i])))
      REACH_PUSH(l->defined.keys[i]);
  for (size_t q = 0; q < queue.len; q++) {
    const char *f = queue.items[q];
    PtrVec *out = sm_get(&l->calls, f);
    for (size_t i = 0; out && i < out->len; i++) REACH_PUSH(((FactCall *)out->items[i])->callee);
    PtrVec *reg = sm_get(&from, f);
    for (size_t i = 0; reg && i < reg->len; i++) REACH_PUSH(((FactEntry *)reg->items[i])->func);
  }
#undef REACH_PUSH
  size_t w = 0;
  for (size_t i = 0; i < l->entries.len; i++) {
    FactEntry *e = l->entries.items[i];
    entry_sites(l, e, &sites);
    int runs = 0;
    for (size_t j = 0; j < sites.len && !runs; j++) {
      const char *site = sites.items[j];
      runs = !*site || !sm_get(&l->defined, site) || sm_get(&seen, site);
    }
    if (runs) l->entries.items[w++] = e;
    else fact_entry_free(e);
  }
  l->entries.len = w;
  pv_free(&queue, NULL);
  pv_free(&sites, NULL);
  l->runs = seen; /* kept: a loop in code the program never runs does not repeat in it */
  l->have_runs = 1;
  sm_free(&from, slot_calls_destroy);
}

/* Start-up code run again from the loop (README "Loops"): a call in a loop
 * that runs only when a condition holds, of a function that the same caller
 * also calls outside any loop (`load_config(); for (;;) { if
 * (config_changed()) load_config(); ... }`), repeats when the configuration
 * is reloaded, not for every input: it does not make the growth repeat. */
static int reruns_startup(Link *l, const FactCall *c) {
  if (!c->cond) return 0;
  PtrVec *out = sm_get(&l->calls, c->caller);
  for (size_t i = 0; out && i < out->len; i++) {
    const FactCall *o = out->items[i];
    if (o->loop == LOOP_NONE && !strcmp(o->callee, c->callee)) return 1;
  }
  return 0;
}

/* Breadth-first from the roots; each function keeps its first (shortest)
 * chain, through a call that passes no constant when there is one (the
 * chain a constant key would not explain). */
/* Does func run a main loop when it is called (FACT_MAIN_LOOP)? */
static int runs_main_loop(Link *l, const char *func) {
  PtrVec *ops = sm_get(&l->fn_ops, func);
  for (size_t i = 0; ops && i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (kind_is(o, OP_THREAD) && !strcmp(o->detail, FACT_MAIN_LOOP)) return 1;
  }
  return 0;
}

static void compute_reach(Link *l) {
  PtrVec queue = {0}; /* borrowed Reach* */
  for (size_t i = 0; i < l->entries.len; i++) {
    FactEntry *e = l->entries.items[i];
    if (sm_get(&l->reach, e->func) || runs_main_loop(l, e->func)) continue; /* its loops repeat, not its start-up */
    Reach *r = gl_xcalloc(1, sizeof *r);
    r->func = gl_xstrdup(e->func);
    r->site = loc_copy(&e->loc);
    r->reason = gl_xstrdup(e->reason);
    r->loop_loc.file = gl_xstrdup("");
    sm_put(&l->reach, e->func, r);
    pv_push(&queue, r);
  }
  for (size_t n = 0; n < 2 * l->loop_calls.len; n++) {
    FactCall *c = l->loop_calls.items[n % l->loop_calls.len];
    if ((n < l->loop_calls.len) == (c->const_args != 0)) continue; /* calls without constants first */
    if (sm_get(&l->reach, c->callee) || !loop_repeats_in(l, c->loop, c->caller) || !may_run(l, c->caller) ||
        reruns_startup(l, c))
      continue;
    Reach *r = gl_xcalloc(1, sizeof *r);
    r->func = gl_xstrdup(c->callee);
    r->parent = gl_xstrdup(c->caller);
    r->site = loc_copy(&c->loc);
    r->loop_loc = loc_copy(&c->loop_loc);
    r->is_loop_root = c->loop;
    sm_put(&l->reach, c->callee, r);
    pv_push(&queue, r);
  }
  for (size_t q = 0; q < queue.len; q++) {
    Reach *cur = queue.items[q];
    PtrVec *out = sm_get(&l->calls, cur->func);
    size_t nout = out ? out->len : 0;
    for (size_t n = 0; n < 2 * nout; n++) {
      FactCall *c = out->items[n % nout];
      if ((n < nout) == (c->const_args != 0)) continue; /* calls without constants first */
      if (sm_get(&l->reach, c->callee)) continue;
      Reach *r = gl_xcalloc(1, sizeof *r);
      r->func = gl_xstrdup(c->callee);
      r->parent = gl_xstrdup(c->caller);
      r->site = loc_copy(&c->loc);
      r->loop_loc.file = gl_xstrdup("");
      sm_put(&l->reach, c->callee, r);
      pv_push(&queue, r);
    }
  }
  pv_free(&queue, NULL);
}

static void add_note(Finding *f, const Loc *loc, char *message /* owned */) {
  Note *n = gl_xcalloc(1, sizeof *n);
  n->loc = loc_copy(loc);
  n->message = message;
  pv_push(&f->notes, n);
}

static void note_free(void *p) {
  Note *n = p;
  loc_free(&n->loc);
  free(n->message);
  free(n);
}

void link_finding_free(void *p) {
  Finding *f = p;
  if (!f) return;
  free(f->rule); free(f->severity); free(f->symbol); free(f->container); free(f->key);
  free(f->fingerprint); free(f->fix); free(f->message); free(f->kind); free(f->type);
  loc_free(&f->loc);
  pv_free(&f->notes, note_free);
  pv_free(&f->edits, advice_edit_free);
  free(f->suppressed); free(f->state); free(f->triage);
  free(f);
}

/* Notes from a repeating grow op back to what makes it repeat. */
/* What is true of a repeating loop, as notes say it. */
static const char *loop_phrase(int loop) {
  switch (loop) {
  case LOOP_FLAG: return "repeats until its run flag changes";
  case LOOP_INPUT: case LOOP_POLL: return "repeats for every input it reads";
  default: return "never ends";
  }
}

static void trace(Link *l, Finding *f, const FactOp *grow) {
  if (loop_repeats_in(l, grow->loop, grow->func) && may_run(l, grow->func)) {
    add_note(f, &grow->loop_loc, gl_xasprintf("this loop %s, so the growth repeats", loop_phrase(grow->loop)));
    return;
  }
  const char *func = grow->func;
  for (int depth = 0; depth < 64; depth++) {
    Reach *r = sm_get(&l->reach, func);
    if (!r) return;
    if (r->reason) {
      add_note(f, &r->site, gl_xasprintf("'%s' is long-lived: %s", fname(l, func), r->reason));
      return;
    }
    if (r->is_loop_root) {
      add_note(f, &r->site, gl_xasprintf("'%s' is called here by '%s', inside a loop that %s", fname(l, func),
                                         fname(l, r->parent), loop_phrase(r->is_loop_root)));
      add_note(f, &r->loop_loc,
               gl_xasprintf("this loop %s, so the growth repeats", loop_phrase(r->is_loop_root)));
      return;
    }
    add_note(f, &r->site, gl_xasprintf("'%s' is called here by '%s'", fname(l, func), fname(l, r->parent)));
    func = r->parent;
  }
}


static const FactCall *reinit_call(Link *l, const char *key, const char *func, int depth);

/* Does an op on key empty it, other than a re-initialisation (reinit_call)?
 * The first re-initialisation seen goes to *reinit. */
static int has_op(Link *l, const char *key, FactOpKind kind);

static int empties(Link *l, const char *key, const FactOp *o, const FactCall **reinit) {
  /* only a container something creates afresh has a start-up initialiser: the walk up the
   * callers (reinit_call) is for those alone, not for every shrink of the program */
  if (!has_op(l, key, OP_CREATE)) return 1;
  const FactCall *r = reinit_call(l, key, o->func, 0);
  if (!r) return 1;
  if (!*reinit) *reinit = r;
  return 0;
}

/* Does anything on key or one of its enclosing objects keep it in check?
 * When only re-initialisations empty it, *reinit is the first. */
static int kept_in_check(Link *l, const char *key, const FactCall **reinit) {
  *reinit = NULL;
  PtrVec *ops = sm_get(&l->ops, key);
  for (size_t i = 0; ops && i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (kind_is(o, OP_GUARD)) return 1;
    if ((kind_is(o, OP_SHRINK) || kind_is(o, OP_RESET) || kind_is(o, OP_ESCAPE)) && empties(l, key, o, reinit)) return 1;
    if (kind_is(o, OP_ELEMENTS)) { /* an element of the kind it links is taken off by its own link */
      PtrVec *eops = sm_get(&l->ops, o->detail);
      for (size_t j = 0; eops && j < eops->len; j++)
        if (kind_is(eops->items[j], OP_SHRINK) && empties(l, key, eops->items[j], reinit)) return 1;
    }
    if (kind_is(o, OP_COUNTER)) {
      PtrVec *cops = sm_get(&l->ops, o->detail);
      for (size_t j = 0; cops && j < cops->len; j++) {
        const FactOp *c = cops->items[j];
        /* a count is capped by a limit, not by if (n == 64) flush() (lifted: "size == in F") */
        int cap = kind_is(c, OP_GUARD) && strncmp(c->detail, FACT_GUARD_EQUALITY, strlen(FACT_GUARD_EQUALITY));
        if (kind_is(c, OP_RESET) || cap || kind_is(c, OP_ESCAPE)) return 1;
      }
    }
  }
  /* a.b.c is also reset or handed away through a and a.b */
  char *prefix = gl_xstrdup(key);
  int found = 0;
  for (char *dot = strrchr(prefix, '.'); dot && !found; dot = strrchr(prefix, '.')) {
    *dot = '\0';
    PtrVec *pops = sm_get(&l->ops, prefix);
    for (size_t i = 0; pops && i < pops->len && !found; i++) {
      const FactOp *o = pops->items[i];
      found = (kind_is(o, OP_RESET) || kind_is(o, OP_ESCAPE) || kind_is(o, OP_SHRINK)) && empties(l, key, o, reinit);
    }
  }
  free(prefix);
  return found;
}

/* What rules and fix texts are matched against (rules_rule_for, rules_fix_for). */
static StorageTraits traits_of(const FactStorage *s) {
  StorageTraits st = {s->family, s->kind, s->lang, s->model, REASON_LOG, NULL};
  return st;
}

/* Replaces {symbol} {container} {type} {kind} in a rule's message. */
static char *render(const char *tmpl, const FactStorage *s) {
  StrBuf sb = {0};
  for (const char *p = tmpl; *p;) {
    const char *open = strchr(p, '{');
    if (!open) { sb_append(&sb, p); break; }
    sb_appendn(&sb, p, (size_t)(open - p));
    const char *close = strchr(open, '}');
    if (!close) { sb_append(&sb, open); break; }
    size_t n = (size_t)(close - open - 1);
    const char *val = !strncmp(open + 1, "symbol", n) && n == 6 ? s->symbol
                    : !strncmp(open + 1, "container", n) && n == 9 ? s->display
                    : !strncmp(open + 1, "type", n) && n == 4 ? s->type
                    : !strncmp(open + 1, "kind", n) && n == 4 ? facts_storage_kind_name(s->kind) : NULL;
    if (val) sb_append(&sb, val);
    else sb_appendn(&sb, open, n + 2);
    p = close + 1;
  }
  return sb_steal(&sb);
}

static int has_op(Link *l, const char *key, FactOpKind kind) {
  PtrVec *ops = sm_get(&l->ops, key);
  for (size_t i = 0; ops && i < ops->len; i++)
    if (kind_is(ops->items[i], kind)) return 1;
  return 0;
}

/* The group of a list pointer: its enclosing object for a field, its file for a variable. */
static char *list_group(const FactStorage *s) {
  const char *dot = strrchr(s->key, '.');
  if (s->kind == SK_FIELD && dot) return gl_xasprintf("%s|%.*s", s->type, (int)(dot - s->key), s->key);
  return gl_xasprintf("%s|%s", s->type, s->loc.file);
}

/* Is an "insert" (head = n) on a list storage a real insertion? Yes when the
 * old head is linked into a node somewhere (n->next = head), or when a
 * sibling pointer of the same list type is a fed tail (tail->next = n). */
static int inserts_grow(Link *l, const FactStorage *s) {
  if (has_op(l, s->key, OP_LINKHEAD)) return 1;
  if (!l->tail_groups_ready) { /* once per link: the groups that have a fed tail */
    for (size_t i = 0; i < l->order.len; i++) {
      const FactStorage *o = &((SNode *)l->order.items[i])->s;
      if (o->family != FAMILY_LIST || !has_op(l, o->key, OP_TAIL)) continue;
      char *g = list_group(o);
      sm_put(&l->tail_groups, g, (void *)1);
      free(g);
    }
    l->tail_groups_ready = 1;
  }
  char *group = list_group(s);
  int found = sm_get(&l->tail_groups, group) != NULL && !has_op(l, s->key, OP_TAIL);
  free(group);
  return found;
}

/* The calls of func (borrowed FactCall*), NULL when none; the map of callers
 * and of long-lived functions is built on first use. */
static PtrVec *callers_of(Link *l, const char *func) {
  if (!l->callers_ready) {
    for (size_t i = 0; i < l->calls.cap; i++) {
      PtrVec *out = l->calls.keys[i] ? l->calls.vals[i] : NULL;
      for (size_t j = 0; out && j < out->len; j++) {
        FactCall *c = out->items[j];
        PtrVec *in = sm_get(&l->callers, c->callee);
        if (!in) {
          in = gl_xcalloc(1, sizeof *in);
          sm_put(&l->callers, c->callee, in);
        }
        pv_push(in, c);
      }
    }
    for (size_t i = 0; i < l->entries.len; i++) sm_put(&l->long_lived, ((FactEntry *)l->entries.items[i])->func, (void *)1);
    l->callers_ready = 1;
  }
  return sm_get(&l->callers, func);
}

/* Is func the start-up initialiser of key: it creates key afresh (OP_CREATE)
 * and code that does not repeat calls it (initServer() -> scriptingInit())? */
static int startup_init(Link *l, const char *key, const char *func) {
  PtrVec *ops = sm_get(&l->ops, key);
  int creates = 0;
  for (size_t i = 0; ops && i < ops->len && !creates; i++) {
    const FactOp *o = ops->items[i];
    creates = kind_is(o, OP_CREATE) && !strcmp(o->func, func);
  }
  PtrVec *in = creates ? callers_of(l, func) : NULL;
  for (size_t i = 0; in && i < in->len; i++) {
    const FactCall *c = in->items[i];
    if (c->loop == LOOP_NONE && *c->caller && !sm_get(&l->reach, c->caller)) return 1;
  }
  return 0;
}

/* Re-initialisation (README "Loops and resets"): the call that runs key's
 * start-up initialiser again on every path to func, when func makes it
 * (scripts_reset() { scripts_release(g); scripts_init(); }) or every caller
 * of func is on such a path (at most REINIT_DEPTH calls up); NULL otherwise.
 * What func empties then empties key only where that path is taken: a
 * command that resets the whole subsystem, not the code that grows it. */
#define REINIT_DEPTH 3
static const FactCall *reinit_call(Link *l, const char *key, const char *func, int depth) {
  if (!*func || depth > REINIT_DEPTH || startup_init(l, key, func)) return NULL;
  PtrVec *out = sm_get(&l->reach, func) ? sm_get(&l->calls, func) : NULL; /* at run time, not start-up itself */
  for (size_t i = 0; out && i < out->len; i++) {
    const FactCall *c = out->items[i];
    if (c->loop == LOOP_NONE && startup_init(l, key, c->callee)) return c;
  }
  PtrVec *in = callers_of(l, func);
  if (!in || !in->len || sm_get(&l->long_lived, func)) return NULL;
  const FactCall *first = NULL;
  for (size_t i = 0; i < in->len; i++) {
    const FactCall *r = reinit_call(l, key, ((const FactCall *)in->items[i])->caller, depth + 1);
    if (!r) return NULL;
    first = first ? first : r;
  }
  return first;
}

/* Is grow a keyed growth whose key is a parameter to which every call of
 * its function passes a constant (count_status("served"))? Then it adds one
 * element per distinct constant, ever. Not when the function is long-lived
 * (called by code the program does not show, with any key). */
static int constant_key_through_param(Link *l, const FactOp *grow) {
  if (!grow->key_arg || !*grow->func || grow->key_arg > 32) return 0;
  PtrVec *in = callers_of(l, grow->func);
  if (!in || !in->len || sm_get(&l->long_lived, grow->func)) return 0;
  unsigned bit = 1u << (grow->key_arg - 1);
  for (size_t i = 0; i < in->len; i++)
    if (!(((FactCall *)in->items[i])->const_args & bit)) return 0;
  return 1;
}

/* The static object of a field's display: g_server of g_server.sessions,
 * g_manager of g_manager->m_data (an object a static smart pointer owns). */
static char *owner_of_display(const char *display) {
  const char *dot = strrchr(display, '.'), *arrow = strstr(display, "->");
  while (arrow && strstr(arrow + 2, "->")) arrow = strstr(arrow + 2, "->");
  const char *cut = dot && (!arrow || dot > arrow) ? dot : arrow;
  return gl_xstrndup(display, cut ? (size_t)(cut - display) : strlen(display));
}

/* Does the chain that makes func repeat (compute_reach) pass through the
 * function that re-initialises, or through the initialiser it calls? */
static int on_reach_chain(Link *l, const char *func, const FactCall *reinit) {
  const Reach *r = sm_get(&l->reach, func);
  for (int steps = 0; r && steps < 256; steps++) {
    if (!strcmp(r->func, reinit->caller) || !strcmp(r->func, reinit->callee)) return 1;
    r = r->parent ? sm_get(&l->reach, r->parent) : NULL;
  }
  return 0;
}

static Finding *decide(Link *l, const FactStorage *s) {
  PtrVec *ops = sm_get(&l->ops, s->key);
  const FactCall *reinit = NULL;
  if (!ops || kept_in_check(l, s->key, &reinit)) return NULL;
  int lookup = 0, tail = 0, inserts = -1;
  const FactOp *iterate = NULL, *counter = NULL, *linkhead = NULL; /* the evidence for the fix (advice.h) */
  const FactOp *count = NULL;
  PtrVec repeating = {0}; /* borrowed FactOp* */
  for (size_t i = 0; i < ops->len; i++) {
    const FactOp *o = ops->items[i];
    if (kind_is(o, OP_ITERATE)) iterate = iterate ? iterate : o;
    else if (kind_is(o, OP_COUNTER) && o->key_arg) count = count ? count : o;
    else if (kind_is(o, OP_COUNTER)) counter = counter ? counter : o;
    else if (kind_is(o, OP_LINKHEAD)) linkhead = linkhead ? linkhead : o;
    else if (kind_is(o, OP_LOOKUP)) lookup = 1;
    else if (kind_is(o, OP_TAIL)) tail = 1;
    else if ((kind_is(o, OP_GROW) || kind_is(o, OP_INSERT)) &&
             ((loop_repeats_in(l, o->loop, o->func) && may_run(l, o->func)) || (*o->func && sm_get(&l->reach, o->func))) &&
             !constant_key_through_param(l, o)) {
      if (kind_is(o, OP_INSERT) && inserts < 0) inserts = inserts_grow(l, s);
      if (kind_is(o, OP_GROW) || inserts) pv_push(&repeating, (void *)o);
    }
  }
  StorageTraits st = traits_of(s);
  const Rule *rule = rules_rule_for(l->rs, &st); /* the first rule that applies */
  if (reinit) { /* a growth on the re-initialisation's own path is emptied where it repeats */
    size_t w = 0;
    for (size_t i = 0; i < repeating.len; i++)
      if (!on_reach_chain(l, ((const FactOp *)repeating.items[i])->func, reinit)) repeating.items[w++] = repeating.items[i];
    repeating.len = w;
  }
  if (!repeating.len || tail || !rule || !rules_enabled(l->rs, rule->id)) {
    pv_free(&repeating, NULL);
    return NULL;
  }
  const FactOp *grow = repeating.items[0];
  Evidence ev = {s, grow, *grow->func ? fname(l, grow->func) : "", iterate,
                 iterate && *iterate->func ? fname(l, iterate->func) : NULL, lookup,
                 counter ? counter->detail : count ? count->detail : NULL, linkhead ? linkhead->detail : NULL,
                 count ? count->detail : NULL};
  Advice advice;
  advice_decide(l->rs, &ev, &advice);
  const char *fix = advice.fix;
  Finding *f = gl_xcalloc(1, sizeof *f);
  f->rule = gl_xstrdup(rule->id);
  f->severity = gl_xstrdup(rule->severity);
  f->symbol = gl_xstrdup(s->symbol);
  f->container = gl_xstrdup(s->display);
  f->key = gl_xstrdup(s->key);
  f->fix = gl_xstrdup(fix);
  f->kind = gl_xstrdup(facts_storage_kind_name(s->kind));
  f->type = gl_xstrdup(s->type);
  f->message = render(rule->message, s);
  f->loc = loc_copy(&s->loc);
  char *fp_src = gl_xasprintf("%s\n%s", rule->id, s->key);
  f->fingerprint = gl_xasprintf("%016llx", (unsigned long long)XXH3_64bits(fp_src, strlen(fp_src)));
  free(fp_src);

  if (s->kind == SK_FIELD && s->owner_loc.file && *s->owner_loc.file) {
    char *owner = owner_of_display(s->display);
    add_note(f, &s->owner_loc, gl_xasprintf("'%s' is the static object that holds it", owner));
    free(owner);
  }
  for (size_t i = 0; i < repeating.len && i < 5; i++) {
    const FactOp *o = repeating.items[i];
    add_note(f, &o->loc, gl_xasprintf("'%s' grows here (%s)%s", s->display, o->detail,
                                      *o->func ? "" : ""));
    if (i == 0) trace(l, f, o);
  }
  if (reinit) {
    add_note(f, &reinit->loc,
             gl_xasprintf("'%s' is emptied only when '%s' runs its initialisation '%s' again (here), not where it grows",
                          s->display, fname(l, reinit->caller), fname(l, reinit->callee)));
    PtrVec *in = callers_of(l, reinit->caller);
    if (in && in->len) {
      const FactCall *c = in->items[0];
      add_note(f, &c->loc, gl_xasprintf("'%s' is called here by '%s'", fname(l, c->callee), fname(l, c->caller)));
    }
  }
  if (advice.note) add_note(f, &s->loc, advice.note); /* takes the note */
  f->edits = advice.edits;                            /* and the patch */
  pv_free(&repeating, NULL);
  return f;
}

static int cmp_finding(const void *a, const void *b) {
  const Finding *x = *(Finding *const *)a, *y = *(Finding *const *)b;
  int c = strcmp(x->loc.file, y->loc.file);
  if (c) return c;
  if (x->loc.line != y->loc.line) return x->loc.line < y->loc.line ? -1 : 1;
  if (x->loc.col != y->loc.col) return x->loc.col < y->loc.col ? -1 : 1;
  c = strcmp(x->rule, y->rule);
  return c ? c : strcmp(x->container, y->container);
}

static void link_free(Link *l) {
  sm_free(&l->storages, snode_destroy);
  pv_free(&l->order, NULL);
  sm_free(&l->ops, ops_list_destroy);
  sm_free(&l->fn_ops, ops_list_destroy);
  pv_free(&l->loop_calls, NULL);
  sm_free(&l->calls, calls_list_destroy);
  pv_free(&l->entries, fact_entry_free);
  sm_free(&l->names, free);
  sm_free(&l->reach, reach_destroy);
  sm_free(&l->tail_groups, NULL);
  sm_free(&l->slot_calls, slot_calls_destroy);
  pv_free(&l->slot_keys, NULL);
  sm_free(&l->copies, NULL);
  sm_free(&l->defined_vars, NULL);
  pv_free(&l->typed_funcs, fact_function_free);
  sm_free(&l->defined, NULL);
  sm_free(&l->runs, NULL);
  sm_free(&l->callers, slot_calls_destroy);
  sm_free(&l->long_lived, NULL);
  free(l->main_usr);
}

/* Links one program: the units store_link_select chose. Appends its
 * findings to out, unsorted. */
static int same_loc(const Loc *a, const Loc *b) {
  return a->line == b->line && a->col == b->col && a->file && b->file && !strcmp(a->file, b->file);
}

/* p = xrealloc(p, n) where the calling unit could not see xrealloc: extract
 * recorded both readings (facts.h FACT_MAYBE_WRAPPER). When the program
 * defines xrealloc as a realloc wrapper (its FACT_WRAPPER_PREFIX mark), the
 * growth stays and the reset goes; otherwise the reset stays and the growth
 * (grow, resize, counter ops at that site) goes. */
static void settle_wrapper_calls(Link *l) {
  size_t prefix = strlen(FACT_MAYBE_WRAPPER);
  for (size_t i = 0; i < l->order.len; i++) {
    PtrVec *ops = sm_get(&l->ops, ((SNode *)l->order.items[i])->s.key);
    for (size_t j = 0; ops && j < ops->len; j++) {
      FactOp *r = ops->items[j];
      if (!kind_is(r, OP_RESET) || strncmp(r->detail, FACT_MAYBE_WRAPPER, prefix)) continue;
      char *mark = gl_xasprintf(FACT_WRAPPER_PREFIX "%s", r->detail + prefix);
      int wrapper = sm_get(&l->ops, mark) != NULL;
      free(mark);
      Loc at = loc_copy(&r->loc);
      if (!wrapper) { /* the reset stays, settled */
        free(r->detail);
        r->detail = gl_xstrdup("=");
      }
      size_t w = 0;
      for (size_t k = 0; k < ops->len; k++) {
        FactOp *o = ops->items[k];
        int drop = wrapper ? o == r
                           : (o == r ? 0 : same_loc(&o->loc, &at) &&
                                               (kind_is(o, OP_GROW) || kind_is(o, OP_RESIZE) || kind_is(o, OP_COUNTER)));
        if (drop) fact_op_free(o);
        else ops->items[w++] = o;
      }
      ops->len = w;
      loc_free(&at);
      j = (size_t)-1; /* the list changed: look again from the start */
    }
  }
}

/* Is storage s held by a variable that a unit of the run rooting another
 * program defines (run_defined: store_defined_vars) and no unit of this
 * program does? Then it is decided with the program that defines it. */
static int defined_elsewhere(Link *l, const FactStorage *s, const StrMap *run_defined) {
  PtrVec *ops = sm_get(&l->ops, s->key);
  if (!ops || !ops->len) return 0;
  const char *root = ((const FactOp *)ops->items[0])->target.key;
  return root && sm_get(run_defined, root) && !sm_get(&l->defined_vars, root);
}

/* run_defined: store_defined_vars, NULL when the run has one program */
static GlResult link_program(Store *st, int64_t run_id, const RuleSet *rs, const StrMap *referenced,
                             const StrMap *run_defined, PtrVec *out, GlError *err) {
  Link l = {.rs = rs};
  GlResult rc = store_each_storage(st, run_id, on_storage, &l, err);
  if (rc == GL_OK) rc = store_each_op(st, run_id, on_op, &l, err);
  if (rc == GL_OK) rc = store_each_call(st, run_id, on_call, &l, err);
  if (rc == GL_OK) rc = store_each_entry(st, run_id, on_entry, &l, err);
  if (rc == GL_OK) rc = store_each_function(st, run_id, on_function, &l, err);
  if (rc == GL_OK) {
    settle_wrapper_calls(&l);
    merge_slot_copies(&l);
    resolve_data(&l, referenced);
    resolve_via(&l);
    StrMap filled = {0};
    for (size_t i = 0; i < l.entries.len; i++) {
      const FactEntry *e = l.entries.items[i];
      if (e->via_index == FACT_VIA_SLOT) sm_put(&filled, e->via, (void *)1);
    }
    resolve_slots(&l, referenced);
    resolve_unfilled_slots(&l, referenced, &filled);
    sm_free(&filled, NULL);
    drop_main_entries(&l);
    prune_unreached_entries(&l, referenced);
    compute_reach(&l);
    for (size_t i = 0; i < l.order.len; i++) {
      const FactStorage *sto = &((SNode *)l.order.items[i])->s;
      if (run_defined && defined_elsewhere(&l, sto, run_defined)) continue; /* linked with the program that defines it */
      Finding *f = decide(&l, sto);
      if (f) pv_push(out, f);
    }
  }
  link_free(&l);
  return rc;
}

/* Moves the findings of found into out, but for those whose fingerprint an
 * earlier program reported (seen: fingerprint -> non-NULL). */
static void add_new_findings(PtrVec *found, PtrVec *out, StrMap *seen) {
  for (size_t i = 0; i < found->len; i++) {
    Finding *f = found->items[i];
    if (sm_get(seen, f->fingerprint)) {
      link_finding_free(f);
      continue;
    }
    sm_put(seen, f->fingerprint, (void *)1);
    pv_push(out, f);
  }
  found->len = 0;
}

GlResult link_run(Store *st, int64_t run_id, const RuleSet *rs, PtrVec *out, PtrVec *programs, GlError *err) {
  PtrVec progs = {0}, found = {0};
  StrMap seen = {0}, referenced = {0}, run_defined = {0};
  size_t first = out->len;
  GlResult rc = store_set_programs(st, &rs->programs, err);
  if (rc == GL_OK) rc = store_programs(st, run_id, &progs, err);
  if (rc == GL_OK && progs.len) rc = store_referenced(st, run_id, &referenced, err);
  if (rc == GL_OK && progs.len) rc = store_defined_vars(st, run_id, &run_defined, err);
  /* no unit defines main: one program of every unit (unit 0) */
  size_t n = progs.len ? progs.len : 1;
  for (size_t i = 0; i < n && rc == GL_OK; i++) {
    const StoreProgram *pr = progs.len ? progs.items[i] : NULL;
    rc = store_link_select(st, run_id, pr ? pr->unit_id : 0, err);
    if (rc == GL_OK) rc = link_program(st, run_id, rs, &referenced, pr ? &run_defined : NULL, &found, err);
    add_new_findings(&found, out, &seen);
    if (pr && programs) pv_push(programs, gl_xstrdup(pr->file));
  }
  if (out->len > first) qsort(out->items + first, out->len - first, sizeof *out->items, cmp_finding);
  pv_free(&found, link_finding_free);
  pv_free(&progs, store_program_free);
  sm_free(&seen, NULL);
  sm_free(&referenced, NULL);
  sm_free(&run_defined, NULL);
  return rc;
}

GlResult link_save(Store *st, int64_t run_id, const PtrVec *findings, GlError *err) {
  GlResult rc = store_begin(st, err);
  if (rc != GL_OK) return rc;
  for (size_t i = 0; i < findings->len && rc == GL_OK; i++) {
    const Finding *f = findings->items[i];
    json_t *notes = json_array();
    for (size_t j = 0; j < f->notes.len; j++) {
      const Note *n = f->notes.items[j];
      char *file = gl_utf8_sanitize(n->loc.file), *msg = gl_utf8_sanitize(n->message);
      json_array_append_new(notes, json_pack("{s:s, s:i, s:i, s:s}", "file", file, "line", (int)n->loc.line,
                                             "column", (int)n->loc.col, "message", msg));
      free(file);
      free(msg);
    }
    char *notes_json = json_dumps(notes, JSON_COMPACT);
    json_decref(notes);
    StoreFinding sf = {f->fingerprint, f->rule, f->symbol, f->container, f->loc.file, f->fix,
                       f->message, notes_json, f->loc.line, f->loc.col, f->suppressed};
    rc = store_finding_add(st, run_id, &sf, err);
    free(notes_json);
  }
  return store_end(st, rc, err);
}
