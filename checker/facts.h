/* facts.h - the facts extract emits for one translation unit (DESIGN.md).
 *
 * A Facts value owns every string in it: nothing here points into libclang.
 * Storage keys are the variable's USR, plus ".field" per field for a field of
 * a static object. Operations on a function parameter use the target
 * "param:<function USR>#<index>" and become parameter effects at link time.
 */
#ifndef GROWLINT_FACTS_H
#define GROWLINT_FACTS_H

#include "util.h"

/* Loop context of a site: the innermost loop that repeats, else whether a
 * bounded loop encloses it. README "How loops are judged". */
enum {
  LOOP_NONE = 0,      /* not in a loop (or in one that runs once) */
  LOOP_BOUNDED = 1,   /* a loop that ends: a counter, cursor, iterator, a file read to its end */
  LOOP_UNBOUNDED = 2, /* a loop that never ends: for (;;), while (true) */
  LOOP_FLAG = 3,      /* a loop that repeats until a run flag changes: while (running) */
  LOOP_INPUT = 4,     /* a loop that repeats for every input it reads: requests, stdin, sockets, events */
  LOOP_POLL = 5       /* the outermost loop of a function, whose condition calls a function: it is a main
                         loop (LOOP_INPUT) when its function is a thread's entry, else it is bounded */
};
/* Does a site in this loop context run again and again? (LOOP_POLL: link decides.) */
static inline int loop_repeats(int loop) { return loop >= LOOP_UNBOUNDED && loop <= LOOP_INPUT; }
static inline int loop_may_repeat(int loop) { return loop >= LOOP_UNBOUNDED; }

typedef struct {
  char *file;     /* absolute path */
  unsigned line;  /* 1-based */
  unsigned col;   /* 1-based */
} Loc;

typedef struct {
  char *key;      /* identity: USR[.field...] */
  char *symbol;   /* name as written (the field name for a field) */
  char *display;  /* g_server.sessions */
  char *kind;     /* global | namespace-scope | file-static | static-member | static-local | field */
  char *model;    /* matched model type */
  char *family;   /* class | handle | realloc | list */
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
} FactFunction;

typedef struct {
  char *func;     /* USR of the long-lived function */
  char *reason;   /* "its address is passed to 'signal'" */
  Loc loc;        /* where that happens */
  char *from;     /* USR of the function where that happens, "" at file scope */
  int loop;       /* LOOP_* there */
  Loc loop_loc;   /* innermost unbounded loop there */
  char *via;      /* USR of a project function it is passed to, "" when none */
  int via_index;  /* the parameter it is passed as */
} FactEntry;

typedef struct {
  char *caller;   /* USR */
  char *callee;   /* USR */
  char *callee_name;
  int loop;       /* LOOP_* of the call site */
  Loc loc;        /* call site */
  Loc loop_loc;   /* innermost unbounded loop, when loop == LOOP_UNBOUNDED */
} FactCall;

typedef struct {
  char *target;   /* storage key or param:<usr>#<i> */
  char *func;     /* enclosing function USR, "" at file scope */
  char *kind;     /* grow shrink reset guard escape lookup iterate counter tail */
  char *detail;   /* method or function name, or the counter key for 'counter' */
  int loop;
  Loc loc;
  Loc loop_loc;
} FactOp;

typedef struct {
  char *target;   /* storage key passed as an argument */
  char *caller;   /* USR */
  char *callee;   /* USR */
  char *callee_name;
  int index;      /* parameter index */
  int mut;        /* passed so that the callee may modify it */
  int loop;
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

void facts_free(Facts *f); /* frees the contents; f itself is the caller's */
void loc_free(Loc *l);
Loc loc_copy(const Loc *l);

#endif
