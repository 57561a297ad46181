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

/* Loop context of a site. */
enum { LOOP_NONE = 0, LOOP_BOUNDED = 1, LOOP_UNBOUNDED = 2 };

/* The language of a unit, and of each storage it declares.
 * ORDER LANG: lang_names[] in facts.c follows this order. */
typedef enum {
  LANG_C = 0,   /* C: "c" */
  LANG_CXX,     /* C++: "c++" */
  LANG_PYTHON,  /* Python: "python" (reserved: no front end yet) */
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
  char *kind;     /* global | namespace-scope | file-static | static-member | static-local | field */
  Lang lang;      /* the language of the unit that declared it */
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
