/* facts.h - the facts extract emits for one translation unit (README "Facts and access paths").
 *
 * A Facts value owns every string in it: nothing here points into a parser.
 * Storage keys are the variable's identity (a USR), plus ".field" per field
 * for a field of a static object. Operations and arguments name what they act
 * on with an AccessPath; operations on a parameter or on `this` become
 * effects on the argument at each call site at link time.
 */
#ifndef GROWLINT_FACTS_H
#define GROWLINT_FACTS_H

#include <stdio.h>

#include "util.h"

/* The vocabulary of facts. Each enum has one name table in facts.c, kept
 * in step by the compiler (designated initialisers and a _Static_assert on
 * the count); the names are what the database, JSON and dump-facts show.
 * Adding a value: add it before the _COUNT, give it a name in facts.c
 * (grep "ORDER <ENUM>"), and say what it means here. */

/* The loop context of a site. Stored in the database as the integer value
 * (README "The database"), so existing values never change.
 * ORDER LOOP: loop_names[] in facts.c. */
typedef enum {
  LOOP_NONE = 0,      /* "none": not inside a loop (or in one that runs once: do { } while (0)) */
  LOOP_BOUNDED = 1,   /* "bounded": a loop that ends: a counter, cursor, iterator, a file read to its end */
  LOOP_UNBOUNDED = 2, /* "unbounded": a loop that never ends: for (;;), while (true) */
  LOOP_FLAG = 3,      /* "flag": repeats until a run flag changes: while (running), while (!g_stop) */
  LOOP_INPUT = 4,     /* "input": repeats for every input it reads: requests, stdin, sockets, events */
  LOOP_POLL = 5,      /* "poll": a function's outermost loop whose condition calls a function: the main loop
                         (as LOOP_INPUT) when the function is main() or a thread's entry, else bounded */
  LOOP_COUNT
} LoopCtx;
/* Does a site in this loop context run again and again? (LOOP_POLL: link decides.) */
static inline int loop_repeats(int loop) { return loop >= LOOP_UNBOUNDED && loop <= LOOP_INPUT; }
static inline int loop_may_repeat(int loop) { return loop >= LOOP_UNBOUNDED && loop < LOOP_COUNT; }

/* What an operation does to its access path.
 * ORDER OP: op_names[] in facts.c; the link queries in store.c name some. */
typedef enum {
  OP_GROW = 0,  /* "grow": adds elements */
  OP_INSERT,    /* "insert": head = n on a list head; growth when the old head is linked in */
  OP_RESIZE,    /* "resize": a realloc sized afresh (a scratch buffer), not growth */
  OP_SHRINK,    /* "shrink": removes elements */
  OP_RESET,     /* "reset": replaces the contents or the count (=, clear of a count) */
  OP_CREATE,    /* "create": a call constructs a new handle and stores it: not a reset */
  OP_GUARD,     /* "guard": its size is compared with a limit */
  OP_ESCAPE,    /* "escape": its address or a mutable reference leaves what growlint sees */
  OP_LOOKUP,    /* "lookup": a keyed lookup */
  OP_ITERATE,   /* "iterate": every element is walked */
  OP_SIZE,      /* "size": its size is read outside a guard */
  OP_COUNTER,   /* "counter": detail is the key of the count that sizes this array */
  OP_TAIL,      /* "tail": tail->next = n; this pointer is a list's tail */
  OP_LINKHEAD,  /* "linkhead": n->next = head; the old head is linked into a node */
  OP_FN_LONG,   /* "fn-long": a function-pointer parameter is kept or registered; detail: the slot
                   (FACT_SLOT_PREFIX) when it is kept in a slot of the program, "" otherwise */
  OP_FN_CALL,   /* "fn-call": a function-pointer parameter is called */
  OP_FN_ONCE,   /* "fn-once": a function-pointer parameter starts a thread (runs once) */
  OP_FN_NONE,   /* "fn-none": a function-pointer parameter is only called while a callee runs */
  OP_THREAD,    /* "thread-entry": the function (path key) is started as a thread's entry here */
  OP_ELEMENTS,  /* "elements": detail is the element key (FACT_ELEM_PREFIX) of what this list links */
  OP_DEFINED,   /* "defined": a unit that roots a program defines this variable of external linkage here */
  OP_PASS,      /* "pass": on a data field (FACT_DATA_PREFIX): a call through a slot of the same object is given
                   the field's value as an argument; detail "K SLOT": argument K, the slot (FACT_SLOT_PREFIX) */
  OP_COUNT
} FactOpKind;

/* The storage duration and scope of a long-lived container.
 * ORDER STORAGE: storage_kind_names[] in facts.c. */
typedef enum {
  SK_GLOBAL = 0,     /* "global": external linkage at file scope */
  SK_NAMESPACE,      /* "namespace-scope": external linkage in a namespace */
  SK_FILE_STATIC,    /* "file-static": internal linkage */
  SK_STATIC_MEMBER,  /* "static-member": a static data member */
  SK_STATIC_LOCAL,   /* "static-local": a function-local static */
  SK_FIELD,          /* "field": a field of one of these */
  SK_COUNT
} StorageKind;

/* How a container model's type is recognised and its operations spelled.
 * ORDER FAMILY: family_names[] in facts.c. */
typedef enum {
  FAMILY_CLASS = 0,  /* "class": C++ class type; operations are member functions */
  FAMILY_HANDLE,     /* "handle": C pointer handle (GHashTable *); operations are functions */
  FAMILY_REALLOC,    /* "realloc": C pointer grown by a realloc-like function */
  FAMILY_LIST,       /* "list": C pointer to a self-referential struct (list head) */
  FAMILY_COUNT
} ModelFamily;

/* The root of an access path. ORDER ROOT: root_names[] in facts.c. */
typedef enum {
  ROOT_STORAGE = 0, /* "storage": a long-lived variable; key is its identity */
  ROOT_PARAM,       /* "param": parameter index of func */
  ROOT_THIS,        /* "this": the object member function func runs on (index -1) */
  ROOT_RETURN,      /* "return": the value func returns (reserved) */
  ROOT_LOCAL,       /* "local": the local variable key of func (reserved) */
  ROOT_COUNT
} RootKind;

/* An access path: a root plus a field path (README "Facts and access
 * paths"). g_server.sessions is {storage, "", -1, USR(g_server), ".sessions"};
 * `this->items` in S::add is {this, USR(S::add), -1, "", ".items"}; the
 * first parameter of vec_push is {param, USR(vec_push), 0, "", ""}. */
typedef struct {
  RootKind root;
  char *func;     /* param, this, return, local: the function's USR; "" for a storage */
  int index;      /* param: the parameter's index; -1 otherwise */
  char *key;      /* storage: the variable's identity (USR); local: its name; "" otherwise */
  char *field;    /* ".a.b" from the root, or "" */
} AccessPath;

AccessPath path_copy(const AccessPath *p);
void path_free(AccessPath *p);
/* The path as one string (owned): for a storage root, the storage key
 * (key + field: what FactStorage.key holds); otherwise
 * "ROOT:FUNC#INDEX[:KEY]FIELD", for messages, dumps and in-memory maps. */
char *path_string(const AccessPath *p);

/* Names of the vocabulary; "?" for a value out of range. */
const char *facts_loop_name(LoopCtx loop);
const char *facts_op_name(FactOpKind op);
const char *facts_storage_kind_name(StorageKind kind);
const char *facts_family_name(ModelFamily family);
const char *facts_root_name(RootKind root);
/* Name -> value; -1 when name is not one of the table's names. */
int facts_op_parse(const char *name);
int facts_storage_kind_parse(const char *name);
int facts_family_parse(const char *name);
int facts_root_parse(const char *name);

/* The language of a unit, and of each storage it declares.
 * ORDER LANG: lang_names[] in facts.c follows this order. */
typedef enum {
  LANG_C = 0,   /* C: "c" */
  LANG_CXX,     /* C++: "c++" */
  LANG_PYTHON,  /* Python: "python" (frontend_python.c) */
  LANG_COUNT
} Lang;

/* The name stored in the database and printed ("c", "c++", "python"). */
const char *facts_lang_name(Lang lang);
/* Parses a name of facts_lang_name; returns 0 (and leaves *out) when unknown. */
int facts_lang_parse(const char *name, Lang *out);

typedef struct {
  char *file;     /* absolute path */
  unsigned line;  /* 1-based */
  unsigned col;   /* 1-based */
} Loc;

typedef struct {
  char *key;      /* identity: USR[.field...] */
  char *symbol;   /* name as written (the field name for a field) */
  char *display;  /* g_server.sessions */
  StorageKind kind;
  Lang lang;      /* the language of the unit that declared it */
  char *model;    /* matched model type */
  ModelFamily family;
  char *type;     /* type spelling */
  char *elem;     /* element type spelling, may be "" */
  int owning;     /* elements are owning smart pointers */
  int is_def;     /* this is the defining declaration */
  Loc loc;        /* declaration (the field's, for a field) */
  Loc owner_loc;  /* for a field: the static object's declaration */
} FactStorage;

typedef struct {
  char *usr;      /* function USR (synthesised for lambdas) */
  char *name;     /* qualified name */
  int is_def;     /* has a body in this unit */
  Loc loc;
  char *sig;      /* a C function of external linkage: its canonical type ("void (struct client *)"); else "" */
} FactFunction;

typedef struct {
  char *func;     /* USR of the long-lived function */
  char *reason;   /* "its address is passed to 'signal'" */
  Loc loc;        /* where that happens */
  char *from;     /* USR of the function where that happens, "" at file scope */
  LoopCtx loop;   /* there */
  Loc loop_loc;   /* innermost unbounded loop there */
  char *via;      /* USR of a project function it is passed to, "" when none */
  int via_index;  /* the parameter it is passed as; FACT_VIA_SLOT, FACT_VIA_DATA: stored in the slot or data
                     field via names */
} FactEntry;
/* A FactEntry stored in a slot of the program (a variable, or a field of a
 * struct the project declares) has via = the slot, FACT_SLOT_PREFIX + its
 * identity, and via_index = FACT_VIA_SLOT; a call through that slot is a
 * FactCall whose callee is the slot; an escape op on the slot (detail: the
 * identity of the function it is handed to, "" when unknown) says that code
 * the program may not see can call through it (README "Function slots"). */
#define FACT_SLOT_PREFIX "slot:"

/* The key of a kind of intrusive-list element: "elem:" + the element
 * record's USR + "#" + its link field. A list head has an OP_ELEMENTS op
 * naming it for each element it links (list_add(&s->link, &g_sessions)); an
 * element taken off by its own link (list_del(&s->link), LIST_REMOVE(r,
 * link)) is an OP_SHRINK on it, which empties every such list. */
#define FACT_ELEM_PREFIX "elem:"
#define FACT_VIA_SLOT (-2)

/* A data field of a record that also declares a function slot (a `void *`
 * field beside the slot of a deferred-call record: struct call { void
 * (*fn)(void *); void *arg; }) is keyed "data:" + the field's USR. A
 * function address stored in one is a FactEntry with via = that key and
 * via_index = FACT_VIA_DATA; a call through a slot of the record given the
 * field of the same object (c->fn(c->arg)) is an OP_PASS on the key; an
 * entry stored by a record's initializer that also stores FUNC in a slot of
 * the record has via = the key, a space and FUNC's USR (one entry per such
 * function): the field goes to that function only; any
 * other read of the field is an OP_ESCAPE on it (detail: the function it is
 * handed to, "" when unknown), as for a slot (README "Function slots"). */
#define FACT_DATA_PREFIX "data:"
#define FACT_VIA_DATA (-3)

/* The detail of an OP_COUNTER on an array reached through a parameter or a
 * static pointer (v->data = realloc(v->data, (v->len + 1) * ...)): "~" and
 * the name of the integer field beside the array in the same object. Link
 * reads it as that field of the storage the op lands on (g_ids.len for
 * g_ids.data). */
#define FACT_SIBLING_PREFIX "~"

/* The detail of an OP_GUARD that is an equality whose branch goes on
 * (if (n == 64) flush()): it caps no count (link.c kept_in_check); lifted,
 * it reads "size == in F". Any other guard's detail is "size". */
#define FACT_GUARD_EQUALITY "size =="

typedef struct {
  char *caller;   /* USR */
  char *callee;   /* USR */
  char *callee_name;
  LoopCtx loop;   /* of the call site */
  Loc loc;        /* call site */
  Loc loop_loc;   /* innermost unbounded loop, when loop == LOOP_UNBOUNDED */
  unsigned const_args; /* bit i: argument i is a constant (a literal, an enumerator); arguments past 31: 0 */
  int cond;       /* 1: under an if, ?:, switch, && or || inside its innermost loop (runs only when a
                     condition holds in that turn); 0: every turn, or outside any loop */
  char *sig;      /* a call through a slot of function-pointer type: the canonical function type; else "" */
} FactCall;

typedef struct {
  AccessPath target; /* what it acts on */
  char *func;     /* enclosing function USR, "" at file scope */
  FactOpKind kind;
  char *detail;   /* method or function name, or the counter key for OP_COUNTER */
  LoopCtx loop;
  Loc loc;
  Loc loop_loc;
  int key_arg;    /* keyed growth whose key is parameter key_arg - 1 of func (m[name] in
                     count(const std::string &name)); 0 when the key is anything else. On an
                     OP_COUNTER: 1 when the array's elements are written at that count (a[n++] = x),
                     0 when it sizes the realloc (n + 1, a capacity) */
} FactOp;

typedef struct {
  AccessPath target; /* what is passed (a storage, or a parameter passed on) */
  char *caller;   /* USR */
  char *callee;   /* USR */
  char *callee_name;
  int index;      /* parameter index; -1 for the object of a member call (`this`) */
  int mut;        /* passed so that the callee may modify it; FACT_ARG_CAPTURE: `this` captured by a lambda */
  LoopCtx loop;
  Loc loc;
  Loc loop_loc;
} FactArg;

typedef struct {
  PtrVec storages;  /* FactStorage* */
  PtrVec functions; /* FactFunction* */
  PtrVec entries;   /* FactEntry* */
  PtrVec calls;     /* FactCall* */
  PtrVec ops;       /* FactOp* */
  PtrVec args;      /* FactArg* */
  PtrVec deps;      /* char*: the project (non-system) files the unit includes, absolute */
} Facts;

/* A realloc wrapper defined in a unit (a function that returns realloc of
 * a parameter, whatever its name) is marked by an op "resize" on the
 * pseudo storage FACT_WRAPPER_PREFIX + its USR. A unit that calls a
 * function it cannot see (p = xrealloc(p, n), defined in another unit)
 * records both readings: the growth (grow or resize, with counters) as if
 * it were a wrapper, and an op "reset" whose detail is FACT_MAYBE_WRAPPER +
 * its USR; link keeps the one the program's definition says (link.c
 * settle_wrapper_calls). */
#define FACT_WRAPPER_PREFIX "realloc-wrapper:"
#define FACT_MAYBE_WRAPPER "=?"

/* FactArg.mut of `this` captured by a lambda (callee): the lambda runs on
 * its own (a callback), so an op it does on `this` keeps the lambda as its
 * function, with its own site and loop, when lifted to the object. */
#define FACT_ARG_CAPTURE 2

/* FactArg.mut of a struct of the program handed over by address or
 * reference (vec_push(&g_ids, x)): what the callee does to the fields of
 * its parameter is done to the struct's, but handing the struct to a
 * function the run does not define is no escape of its fields (a
 * registration keeps it; it does not empty it). */
#define FACT_ARG_RECORD 3

/* FactArg.index of an accessor's return (README "Accessors"): callee, a
 * function defined in this unit whose callers elsewhere cannot see its
 * body, returns a reference or pointer to target (a storage) on every
 * return. A unit that calls it names the result {return, callee}; link
 * reads an op or an arg on that root as one on target. */
#define FACT_IDX_RETURN (-3)

/* FactArg.index of a singleton's member (README "Singletons"): callee, a
 * member function of a class whose static member function hands out a
 * static object of the class, runs on target (that object, or {return, the
 * accessor} when the accessor's body is in another unit) when no arg of the
 * program binds its `this`; caller is the class's identity, mut
 * FACT_ARG_CAPTURE (its ops keep their own site). */
#define FACT_IDX_SINGLETON (-4)

/* FactArg.index of another object of such a class (a local, a global, a
 * `new`): caller and callee are the class's identity, target is {local,
 * the function that makes it}. A program with one binds no member of that
 * class to the singleton object. */
#define FACT_IDX_INSTANCE (-5)

/* OpKind OP_THREAD with this detail: the function (an override the framework
 * calls) runs a loop that never ends, so a call of it starts a main loop, as
 * a thread's entry does: its start-up is not repeated by being long-lived. */
#define FACT_MAIN_LOOP "main loop"

void facts_free(Facts *f); /* frees the contents; f itself is the caller's */
/* Destructors of single facts (for PtrVec of owned facts); NULL is not accepted. */
void fact_storage_clear(FactStorage *s); /* frees the fields, not s */
void fact_entry_free(void *entry);
void fact_call_free(void *call);
void fact_function_free(void *function);
void fact_op_free(void *op);
void fact_arg_free(void *arg);

/* Prints every fact of f to out, one per line, in a stable text form
 * (`growlint dump-facts`; tests/golden): "storage key=... kind=global ...",
 * "op grow target=storage:KEY path=.data ...". Paths, and USRs that hold a
 * path, are printed relative to base (when not NULL). Values with spaces or
 * quotes are quoted with C escapes. Returns 0, or -1 when writing failed. */
int facts_dump(FILE *out, const Facts *f, const char *base);
void loc_free(Loc *l);
Loc loc_copy(const Loc *l);

#endif
