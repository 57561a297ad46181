/* extract.c - walks one libclang translation unit and emits facts.
 *
 * The walk is a recursive descent over cursors (walk -> walk_children) that
 * keeps the context the decision needs (README "What growlint reports") on
 * the C stack: the enclosing function, the loop context and the innermost
 * repeating loop, whether the current expression is a callee, a call
 * argument or an `if` condition, and the local reference aliases of storages
 * seen in the current function. walk dispatches each statement or expression
 * kind that makes facts to a helper of its own (walk_for, walk_while,
 * walk_call, walk_assign, ...).
 *
 * Invariants: no CXCursor, CXType or CXSourceLocation leaves this file; every
 * fact carries owned copies (facts.h). Declarations from system headers are
 * never visited. Each storage key gets one storage fact per unit.
 */
#include "extract.h"

#include "loops.h"

#include <clang-c/Index.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct Extractor {
  CXIndex index;          /* outlives every translation unit */
  const RuleSet *rs;      /* borrowed */
  double parse_s;         /* seconds in clang_parseTranslationUnit2 */
  double walk_s;          /* seconds walking for facts */
  StrMap ignored;         /* options clang did not know, ignored (values unused) */
  StrMap roots;           /* folder -> project root (char*, owned), for identities */
  StrMap paths;           /* file -> its path relative to its project root (char*, owned) */
};

static double seconds_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void extract_times(const Extractor *ex, double *parse_s, double *walk_s) {
  *parse_s = ex->parse_s;
  *walk_s = ex->walk_s;
}

/* What an expression names. */
typedef enum { T_NONE = 0, T_STORAGE, T_PARAM } TargetKind;

typedef struct {
  TargetKind kind;
  AccessPath path;      /* owned: what it names */
  char *key;            /* owned: path_string(&path), the storage key for a storage */
  char *symbol;         /* owned: name as written */
  char *display;        /* owned: g_server.sessions */
  StorageKind skind;    /* for a storage */
  CXCursor decl;        /* VarDecl, ParmDecl or FieldDecl of the container */
  CXCursor owner;       /* for a field: the static object's VarDecl */
  int has_owner;
} Target;

typedef struct {
  CXCursor var;         /* the local alias variable */
  Target target;        /* what it aliases (owned strings) */
  int guard;            /* a guard object made from target (a static wrapper): var-> and *var name the
                           wrapped field of target, var itself names nothing (resolve_guard) */
} Alias;

/* A seen-set of strings (storage keys already emitted in this unit). */
typedef struct {
  char **slots;
  size_t cap, len;
} KeySet;

typedef struct {
  const RuleSet *rs;    /* borrowed */
  Facts *facts;         /* borrowed: where facts go */
  CXTranslationUnit tu;
  Lang lang;            /* the unit's language (its storages') */
  /* function context */
  char *func;           /* owned USR of the enclosing function, NULL at file scope */
  CXCursor func_cursor; /* the enclosing function (null cursor for lambdas) */
  CXCursor lambda_op;   /* in a lambda: its call operator, whose parameters param_index numbers */
  LoopCtx loop;         /* of the current site */
  int loop_is_for;      /* innermost loop is a bounded for / range-for */
  CXSourceLocation loop_loc; /* innermost unbounded loop */
  /* expression context */
  int in_callee;        /* walking the callee expression of a call */
  int in_arg;           /* walking a direct argument of a call */
  int in_cond;          /* walking an if / ?: condition */
  int in_branch;        /* under an if or ?: arm, a switch case, the right of && or || since the innermost
                           loop (or the function) began: FactCall.cond */
  CXCursor arg_callee;  /* the callee when in_arg */
  int arg_index;        /* the argument's position when in_arg */
  CXCursor outer_call;  /* the callee of the innermost enclosing call (null cursor when none) */
  int outer_index;      /* the position of the argument being walked in it */
  PtrVec aliases;       /* Alias*, reset per function */
  PtrVec found_keys;    /* char* "TARGET\nKEY": keys this path has found in a container
                           (if (m.count(k)) ..., if (m.find(k) == m.end()) return;) */
  KeySet emitted;       /* storage keys with a storage fact */
  int lambda_this;      /* walking a lambda written in a member function: `this` is the lambda's (captured) */
  int main_loop;        /* the function being walked has an outermost loop that never ends or runs on a flag */
  int in_compare;       /* walking an operand of a comparison (==, !=, <, ...): a function named there is
                           compared, not stored (cmd->proc == multiCommand) */
  int obj_read;         /* walking the object of a member call that only reads it (a const method, or one a
                           model calls a lookup, size or iterate): m[k].empty() looks m[k] up */
  char *slot;           /* borrowed: the slot ("slot:ID") the value being walked is stored into, NULL when none */
  int slot_call;        /* the arguments of the call being walked are stored into slot (std::function) */
  char *data;           /* borrowed: the data field ("data:ID") the value being walked is stored into, NULL when
                           none (facts.h FACT_DATA_PREFIX) */
  CXCursor passed[8];   /* the data fields the call through a slot being walked is given from its own object
                           (c->fn(c->arg)): OP_PASS, not reads that escape */
  unsigned npassed;
  CXCursor assign_lhs;  /* the left operand of the assignment being walked (null cursor when none): written */
  CXCursor conds[16];   /* the conditions of the ifs whose then-branch is being walked, innermost last */
  unsigned nconds;
  int cond_leaves;      /* the if whose condition is being walked leaves (return, break, ...) when it holds */
  /* file name cache */
  CXFile last_file;
  char *last_path;      /* owned */
  unsigned lambda_seq;
  StrMap *roots;        /* borrowed from the Extractor: folder -> its project root */
  StrMap *paths;        /* borrowed from the Extractor: file -> its project path */
  StrMap ordinal_ids;   /* raw USR of a static local or lambda -> its identity (owned):
                           each is computed once per unit, not at every reference */
  StrMap accessors;     /* raw USR of a function returning a reference or pointer -> Target* (owned; kind
                           T_NONE when it does not return one storage): the storage it hands out */
  int accessor_depth;   /* accessors being resolved (one returning another's result) */
  PtrVec fresh;         /* Fresh*: handles created by an earlier statement of an enclosing block */
  StrMap singletons;    /* raw USR of a class -> CXCursor* (owned) of its singleton accessor, or
                           &no_singleton: singleton_accessor, computed once per class */
  StrMap shapes;        /* canonical record type spelling -> the model its fields make it (borrowed), or
                           &no_shape: rules_model_for_shape, computed once per type */
  int handles_scanned;  /* handles_declared has been computed */
  PtrVec handles_declared; /* const ContainerModel* (borrowed): the handle models one of whose functions
                              this unit declares (a handle model applies only in such a unit) */
  CXType init_type;     /* the type an initializer list initialises when its own cursor says void (a
                           class with a constructor, written {a, b}: libclang shows the list, not the call) */
  PtrVec defs;          /* FactOp* (OP_DEFINED): this unit's definitions of variables of external linkage,
                           kept only when the unit roots a program (keep_definitions) */
} Visit;

/* A handle that a statement of the block being walked has just created
 * (g = dictCreate(...)): what the statements after it add in the same loop
 * context fills the new, empty container (walk_compound). */
typedef struct {
  char *key;                 /* owned: the storage's key */
  char *func;                /* owned: the function (or lambda) whose block created it */
  int repeats;               /* the create's loop context may repeat */
  CXSourceLocation loop_loc; /* then its innermost repeating loop */
} Fresh;

/* How many locals deep a value is followed (ncap = cap * 2; n = ncap * sizeof *p),
 * and how many accessors or realloc wrappers deep a call is. */
enum { LOCAL_DEPTH = 3 };

static void walk(Visit *v, CXCursor c);
static char *usr_of(Visit *v, CXCursor c);

/* ---------- small libclang helpers ---------- */

static char *str_take(CXString s) {
  const char *c = clang_getCString(s);
  char *r = gl_xstrdup(c ? c : "");
  clang_disposeString(s);
  return r;
}

static char *raw_usr(CXCursor c) {
  CXCursor t = clang_getSpecializedCursorTemplate(c);
  if (!clang_Cursor_isNull(t)) c = t;
  return str_take(clang_getCursorUSR(c));
}

static int in_system(CXCursor c) {
  return clang_Location_isInSystemHeader(clang_getCursorLocation(c));
}

static Loc loc_of(Visit *v, CXSourceLocation sl) {
  CXFile file = NULL;
  unsigned line = 0, col = 0;
  clang_getExpansionLocation(sl, &file, &line, &col, NULL);
  Loc l = {NULL, line, col};
  if (!file) {
    l.file = gl_xstrdup("");
    return l;
  }
  if (file != v->last_file || !v->last_path) {
    free(v->last_path);
    char *p = str_take(clang_File_tryGetRealPathName(file));
    if (!*p) {
      free(p);
      p = str_take(clang_getFileName(file));
      char *real = gl_realpath(p);
      if (real) { free(p); p = real; }
    }
    v->last_path = p;
    v->last_file = file;
  }
  l.file = gl_xstrdup(v->last_path);
  return l;
}

static Loc cursor_loc(Visit *v, CXCursor c) { return loc_of(v, clang_getCursorLocation(c)); }

typedef struct {
  CXCursor *items;
  unsigned n, cap;
} Kids;

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  Kids *k = d;
  if (k->n == k->cap) {
    k->cap = k->cap ? k->cap * 2 : 8;
    k->items = gl_xrealloc(k->items, k->cap * sizeof *k->items);
  }
  k->items[k->n++] = c;
  return CXChildVisit_Continue;
}

/* The parameters of a function or function template, in order. */
static enum CXChildVisitResult parm_decl_cb(CXCursor c, CXCursor parent, CXClientData d) {
  return clang_getCursorKind(c) == CXCursor_ParmDecl ? collect(c, parent, d) : CXChildVisit_Continue;
}

static Kids kids_of(CXCursor c) {
  Kids k = {0};
  clang_visitChildren(c, collect, &k);
  return k;
}

static int is_wrapper(enum CXCursorKind k) {
  return k == CXCursor_UnexposedExpr || k == CXCursor_ParenExpr || k == CXCursor_CStyleCastExpr ||
         k == CXCursor_CXXStaticCastExpr || k == CXCursor_CXXFunctionalCastExpr ||
         k == CXCursor_CXXConstCastExpr || k == CXCursor_CXXReinterpretCastExpr;
}

/* Skips implicit conversions, parentheses and casts down to one child. */
static CXCursor strip(CXCursor c) {
  for (int guard = 0; guard < 32 && is_wrapper(clang_getCursorKind(c)); guard++) {
    Kids k = kids_of(c);
    CXCursor next = clang_getNullCursor();
    for (unsigned i = 0; i < k.n; i++) {
      enum CXCursorKind kk = clang_getCursorKind(k.items[i]);
      if (clang_isExpression(kk)) next = k.items[i]; /* the last expression child */
    }
    free(k.items);
    if (clang_Cursor_isNull(next)) break;
    c = next;
  }
  return c;
}

/* Appends "a::b::" for the scopes enclosing a declaration whose parent is p;
 * inline namespaces (std::__cxx11), anonymous namespaces and extern "C"
 * blocks are not part of a name. */
static void prefix_into(CXCursor p, StrBuf *sb) {
  enum CXCursorKind pk = clang_getCursorKind(p);
  if (clang_Cursor_isNull(p) || pk == CXCursor_TranslationUnit || clang_isInvalid(pk)) return;
  prefix_into(clang_getCursorSemanticParent(p), sb);
  if (pk == CXCursor_LinkageSpec || pk == CXCursor_UnexposedDecl) return;
  if (pk == CXCursor_Namespace && clang_Cursor_isInlineNamespace(p)) return;
  char *ps = str_take(clang_getCursorSpelling(p));
  if (*ps) sb_appendf(sb, "%s::", ps);
  free(ps);
}

static void qualified_into(CXCursor c, StrBuf *sb) {
  prefix_into(clang_getCursorSemanticParent(c), sb);
  char *s = str_take(clang_getCursorSpelling(c));
  sb_append(sb, s);
  free(s);
}

static char *qualified_name(CXCursor c) {
  StrBuf sb = {0};
  qualified_into(c, &sb);
  return sb_steal(&sb);
}

/* The qualified name of a class type's template (std::vector) or class. */
static char *class_name_of_type(CXType t) {
  t = clang_getCanonicalType(clang_getNonReferenceType(t));
  if (t.kind == CXType_Unexposed) { /* std::list<Element> in a template: the class template it names */
    CXCursor d = clang_getTypeDeclaration(t);
    return clang_getCursorKind(d) == CXCursor_ClassTemplate ? qualified_name(d) : NULL;
  }
  if (t.kind != CXType_Record) return NULL;
  CXCursor d = clang_getTypeDeclaration(t);
  CXCursor tmpl = clang_getSpecializedCursorTemplate(d);
  return qualified_name(clang_Cursor_isNull(tmpl) ? d : tmpl);
}

static int is_self_referential_pointer(CXType t) {
  t = clang_getCanonicalType(t);
  if (t.kind != CXType_Pointer) return 0;
  CXType pointee = clang_getCanonicalType(clang_getPointeeType(t));
  if (pointee.kind != CXType_Record) return 0;
  CXCursor rec = clang_getTypeDeclaration(pointee);
  if (in_system(rec)) return 0; /* FILE links its streams; it is not the program's list */
  Kids k = kids_of(rec);
  int found = 0;
  for (unsigned i = 0; i < k.n && !found; i++) {
    if (clang_getCursorKind(k.items[i]) != CXCursor_FieldDecl) continue;
    CXType ft = clang_getCanonicalType(clang_getCursorType(k.items[i]));
    if (ft.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(ft)), pointee))
      found = 1;
  }
  free(k.items);
  return found;
}

/* The type t points to, also when t is a typedef of a pointer (whose
 * spelled pointee libclang does not give). */
static CXType pointee_of(CXType t) {
  CXType p = clang_getPointeeType(t);
  if (p.kind == CXType_Invalid) p = clang_getPointeeType(clang_getCanonicalType(t));
  return p;
}

/* Records in the Visit each handle model that names the function declared at c. */
static enum CXChildVisitResult declared_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  Visit *v = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_LinkageSpec || k == CXCursor_Namespace) return CXChildVisit_Recurse; /* extern "C" { } */
  if (k != CXCursor_FunctionDecl) return CXChildVisit_Continue;
  char *name = str_take(clang_getCursorSpelling(c));
  for (size_t i = 0; i < v->rs->models.len; i++) {
    const ContainerModel *m = v->rs->models.items[i];
    if (m->family != FAMILY_HANDLE || !m->types.len) continue;
    int known = 0;
    for (size_t j = 0; j < v->handles_declared.len && !known; j++) known = v->handles_declared.items[j] == m;
    for (int op = 1; op < OPK_COUNT && !known; op++)
      if (rules_name_in(&m->ops[op], name)) {
        pv_push(&v->handles_declared, (void *)m);
        known = 1;
      }
  }
  free(name);
  return CXChildVisit_Continue;
}

/* Does this unit declare a function of handle model m? A model matches a
 * type by its name only (dict, list), so a project's own `struct list` with
 * functions of its own keeps the family its shape gives it. */
static int handle_declared(Visit *v, const ContainerModel *m) {
  if (!m->declared) return 1;
  if (!v->handles_scanned) {
    v->handles_scanned = 1;
    clang_visitChildren(clang_getTranslationUnitCursor(v->tu), declared_cb, v);
  }
  for (size_t i = 0; i < v->handles_declared.len; i++)
    if (v->handles_declared.items[i] == m) return 1;
  return 0;
}

static const char no_shape = 0; /* a record that no model's fields describe (Visit.shapes) */

static enum CXVisitorResult shape_field_cb(CXCursor field, CXClientData d) {
  PtrVec *names_types = d;
  pv_push(&names_types[0], str_take(clang_getCursorSpelling(field)));
  pv_push(&names_types[1], str_take(clang_getTypeSpelling(clang_getCursorType(field))));
  return CXVisit_Continue;
}

/* The model whose `fields:` record type t has (a queue head TAILQ_HEAD(jobq, job),
 * a struct with a UT_hash_handle), or NULL. */
static const ContainerModel *shape_model(Visit *v, CXType t) {
  CXType can = clang_getCanonicalType(t);
  if (can.kind != CXType_Record || !rules_has_shapes(v->rs)) return NULL;
  char *key = str_take(clang_getTypeSpelling(can));
  const void *known = sm_get(&v->shapes, key);
  if (!known) {
    PtrVec names_types[2] = {{0}, {0}};
    clang_Type_visitFields(can, shape_field_cb, names_types);
    const ContainerModel *m = rules_model_for_shape(v->rs, &names_types[0], &names_types[1]);
    pv_free(&names_types[0], free);
    pv_free(&names_types[1], free);
    known = m ? (const void *)m : (const void *)&no_shape;
    sm_put(&v->shapes, key, (void *)known);
  }
  free(key);
  return known == &no_shape ? NULL : known;
}

/* The model of a container declared with type t, or NULL. */
static const ContainerModel *model_of_type(Visit *v, CXType t) {
  const RuleSet *rs = v->rs;
  CXType nr = clang_getNonReferenceType(t);
  char *cls = class_name_of_type(nr);
  if (cls) {
    const ContainerModel *m = rules_model_for_type(rs, cls);
    free(cls);
    if (m && m->family == FAMILY_HANDLE && !handle_declared(v, m)) m = NULL;
    return m ? m : shape_model(v, nr);
  }
  CXType can = clang_getCanonicalType(nr);
  if (can.kind != CXType_Pointer) return NULL;
  /* C handles: match the pointee as written (GHashTable) or its record (_GHashTable) */
  CXType pointee = pointee_of(nr);
  if (pointee.kind == CXType_Invalid) return NULL;
  char *sp = str_take(clang_getTypeSpelling(clang_getUnqualifiedType(pointee)));
  const ContainerModel *m = rules_model_for_type(rs, sp);
  free(sp);
  if (!m) {
    CXType cp = clang_getCanonicalType(pointee);
    if (cp.kind == CXType_Record) {
      char *rn = qualified_name(clang_getTypeDeclaration(cp));
      m = rules_model_for_type(rs, rn);
      free(rn);
    }
  }
  if (m && m->family == FAMILY_HANDLE && !handle_declared(v, m)) m = NULL;
  if (!m) m = shape_model(v, pointee);
  if (m) return m;
  if (is_self_referential_pointer(can)) return rules_model_family(rs, FAMILY_LIST);
  return rules_model_family(rs, FAMILY_REALLOC);
}

static int is_integer_type(CXType t) {
  t = clang_getCanonicalType(t);
  return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum;
}

static int is_const_pointee(CXType t) {
  t = clang_getNonReferenceType(t);
  CXType p = clang_getCanonicalType(t).kind == CXType_Pointer ? pointee_of(t) : t;
  if (p.kind == CXType_Invalid) return 0;
  return clang_isConstQualifiedType(p) || clang_isConstQualifiedType(clang_getCanonicalType(p));
}

/* ---------- targets ---------- */

static void target_free(Target *t) {
  path_free(&t->path); free(t->key); free(t->symbol); free(t->display);
  memset(t, 0, sizeof *t);
}

/* Sets t's path to a copy of these parts, and its key. */
static void target_path(Target *t, RootKind root, const char *func, int index, const char *key, const char *field) {
  AccessPath p = {root, (char *)func, index, (char *)key, (char *)field};
  path_free(&t->path);
  free(t->key);
  t->path = path_copy(&p);
  t->key = path_string(&t->path);
}

/* Sets t's path to base's with ".field" appended. */
static void target_field(Target *t, const AccessPath *base, const char *field) {
  char *f = gl_xasprintf("%s.%s", base->field, field);
  target_path(t, base->root, base->func, base->index, base->key, f);
  free(f);
}

static Target target_copy(const Target *t) {
  Target c = *t;
  c.path = path_copy(&t->path);
  c.key = gl_xstrdup(t->key);
  c.symbol = gl_xstrdup(t->symbol);
  c.display = gl_xstrdup(t->display);
  return c;
}

static StorageKind storage_kind(CXCursor var) {
  CXCursor p = clang_getCursorSemanticParent(var);
  enum CXCursorKind pk = clang_getCursorKind(p);
  if (pk == CXCursor_FunctionDecl || pk == CXCursor_CXXMethod || pk == CXCursor_Constructor ||
      pk == CXCursor_Destructor || pk == CXCursor_FunctionTemplate || pk == CXCursor_ConversionFunction)
    return SK_STATIC_LOCAL;
  if (pk == CXCursor_ClassDecl || pk == CXCursor_StructDecl || pk == CXCursor_ClassTemplate ||
      pk == CXCursor_UnionDecl)
    return SK_STATIC_MEMBER;
  if (clang_getCursorLinkage(var) == CXLinkage_Internal) return SK_FILE_STATIC;
  if (pk == CXCursor_Namespace) return SK_NAMESPACE;
  return SK_GLOBAL;
}

static int param_index(Visit *v, CXCursor parm) {
  if (clang_Cursor_isNull(v->func_cursor)) {
    int n = clang_Cursor_isNull(v->lambda_op) ? -1 : clang_Cursor_getNumArguments(v->lambda_op);
    for (int i = 0; i < n; i++)
      if (clang_equalCursors(clang_Cursor_getArgument(v->lambda_op, (unsigned)i), parm)) return i;
    return -1;
  }
  int n = clang_Cursor_getNumArguments(v->func_cursor);
  for (int i = 0; i < n; i++)
    if (clang_equalCursors(clang_Cursor_getArgument(v->func_cursor, i), parm)) return i;
  if (n >= 0 || clang_getCursorKind(v->func_cursor) != CXCursor_FunctionTemplate) return -1;
  Kids params = {0}; /* a function template: libclang counts no arguments */
  clang_visitChildren(v->func_cursor, parm_decl_cb, &params);
  int found = -1;
  for (unsigned i = 0; i < params.n && found < 0; i++)
    if (clang_equalCursors(params.items[i], parm)) found = (int)i;
  free(params.items);
  return found;
}

static int resolve(Visit *v, CXCursor expr, Target *out);
static int pointee_target(Visit *v, Target *t);

static int owned_display(const char *display);

/* out = the field `field` (named fname, taken) of the object w names: its
 * path, display (g_server.sessions, g_manager->m_data), declaration and owner. */
static void field_target(Target *out, const Target *w, char *fname, CXCursor field) {
  target_field(out, &w->path, fname);
  out->display = gl_xasprintf("%s%s%s", w->display, owned_display(w->display) ? "" : ".", fname);
  out->symbol = fname;
  out->skind = SK_FIELD;
  out->decl = field;
  out->owner = w->has_owner ? w->owner : w->decl;
}

/* The display of an object owned by a static smart pointer ends in "->"
 * (g_manager->), so that its fields read g_manager->m_data. */
static int owned_display(const char *display) {
  size_t n = strlen(display);
  return n >= 2 && !strcmp(display + n - 2, "->");
}

/* A variable or parameter reference: a storage, a parameter, or what a
 * local alias stands for. */
static int resolve_decl_ref(Visit *v, CXCursor c, Target *out) {
  CXCursor ref = clang_getCursorReferenced(c);
  enum CXCursorKind rk = clang_getCursorKind(ref);
  if (rk != CXCursor_VarDecl && rk != CXCursor_ParmDecl) return 0;
  for (size_t i = 0; i < v->aliases.len; i++) {
    Alias *a = v->aliases.items[i];
    if (clang_equalCursors(a->var, ref)) {
      if (a->guard) return 0;
      *out = target_copy(&a->target);
      return 1;
    }
  }
  if (rk == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(ref) == 1) {
    out->kind = T_STORAGE;
    char *usr = usr_of(v, ref);
    target_path(out, ROOT_STORAGE, "", -1, usr, "");
    free(usr);
    out->symbol = str_take(clang_getCursorSpelling(ref));
    out->display = gl_xstrdup(out->symbol);
    out->skind = storage_kind(ref);
    out->decl = ref;
    return *out->key != '\0' || (target_free(out), 0);
  }
  if (rk == CXCursor_ParmDecl && v->func) {
    int idx = param_index(v, ref);
    if (idx < 0) return 0;
    out->kind = T_PARAM;
    target_path(out, ROOT_PARAM, v->func, idx, "", "");
    out->symbol = str_take(clang_getCursorSpelling(ref));
    out->display = gl_xstrdup(out->symbol);
    out->decl = ref;
    return 1;
  }
  return 0;
}

/* A field: of `this` in a member function, of a static object (obj.field),
 * or of a parameter. */
static int resolve_member(Visit *v, CXCursor c, Target *out) {
  CXCursor field = clang_getCursorReferenced(c);
  if (clang_getCursorKind(field) != CXCursor_FieldDecl) return 0;
  Kids kids = kids_of(c);
  int ok = 0;
  CXCursor base_expr = kids.n >= 1 ? strip(kids.items[0]) : clang_getNullCursor();
  free(kids.items);
  char *fname = str_take(clang_getCursorSpelling(field));
  if (clang_Cursor_isNull(base_expr) || clang_getCursorKind(base_expr) == CXCursor_CXXThisExpr) {
    /* this->field inside a member function: an effect on whatever object it runs on */
    if (v->func && ((!clang_Cursor_isNull(v->func_cursor) && clang_getCursorKind(v->func_cursor) != CXCursor_FunctionDecl) ||
                    (clang_Cursor_isNull(v->func_cursor) && v->lambda_this))) {
      out->kind = T_PARAM;
      AccessPath self = {ROOT_THIS, v->func, -1, "", ""};
      target_field(out, &self, fname);
      out->display = gl_xstrdup(fname);
      out->symbol = fname;
      out->decl = field;
      return 1;
    }
    free(fname);
    return 0;
  }
  /* obj.field on a static object, or through a parameter; a static
   * pointer's ptr->field reaches a heap object that may come and go */
  int arrow = clang_getCanonicalType(clang_getCursorType(base_expr)).kind == CXType_Pointer &&
              clang_getCursorKind(base_expr) != CXCursor_CallExpr; /* instance()->items: a static object */
  Target base;
  int based = resolve(v, base_expr, &base);
  if (based && arrow && base.kind == T_STORAGE) pointee_target(v, &base);
  if (based && (base.kind == T_PARAM || !arrow)) {
    out->kind = base.kind;
    target_field(out, &base.path, fname);
    out->display = gl_xasprintf("%s%s%s", base.display, owned_display(base.display) ? "" : ".", fname);
    out->symbol = fname;
    fname = NULL;
    out->skind = SK_FIELD;
    out->decl = field;
    out->owner = base.has_owner ? base.owner : base.decl;
    out->has_owner = base.kind == T_STORAGE;
    ok = 1;
  }
  if (base.key) target_free(&base);
  free(fname);
  return ok;
}

/* Resolves an expression to the storage or parameter it names. */
/* ---------- identity ----------
 * A USR is unique across a program except where clang makes it unique per
 * file: an internal-linkage name carries its file's base name, and a
 * function-local one also its offset in the file. growlint's identity (the
 * fingerprint of README "JSON output"): an internal-linkage name carries its
 * file's path relative to the project root (the nearest folder with .git above it), so
 * that net/util.cpp and disk/util.cpp keep two g_items apart; a
 * function-local static is its function's identity, its name and its
 * ordinal among the same-named statics there, never a line or an offset, so
 * that inserting a line keeps it (a lambda is its enclosing function's
 * identity and its ordinal among that function's lambdas). */

/* The project root of a folder (cached in v->roots, owned). */
static const char *root_of(Visit *v, const char *dir) {
  const char *known = sm_get(v->roots, dir);
  if (known) return known;
  char *d = gl_xstrdup(dir), *root = NULL;
  while (!root) {
    char *git = gl_path_join(d, ".git");
    if (gl_is_dir(git) || gl_is_file(git)) root = gl_xstrdup(d);
    free(git);
    if (root || !strcmp(d, "/") || !*d) break;
    char *up = gl_path_dirname(d);
    int stuck = !strcmp(up, d); /* "." or a name without a folder: nothing above it */
    free(d);
    d = up;
    if (stuck) break;
  }
  free(d);
  if (!root) root = gl_xstrdup("/");
  sm_put(v->roots, dir, root);
  return root;
}

/* The declaration's file relative to its project root (owned). */
static char *project_path(Visit *v, CXCursor decl) {
  CXFile file = NULL;
  clang_getSpellingLocation(clang_getCursorLocation(clang_getCanonicalCursor(decl)), &file, NULL, NULL, NULL);
  if (!file) return gl_xstrdup("");
  /* the real path libclang resolved (against the unit's working directory,
   * not growlint's): a name relative to the unit's folder names different
   * files in different units, and growlint may run from anywhere */
  char *path = str_take(clang_File_tryGetRealPathName(file));
  if (!*path) {
    free(path);
    path = str_take(clang_getFileName(file));
  }
  const char *known = sm_get(v->paths, path);
  if (known) {
    free(path);
    return gl_xstrdup(known);
  }
  char *real = gl_realpath(path);
  char *dir = gl_path_dirname(real ? real : path);
  char *rel = gl_path_relative(real ? real : path, root_of(v, dir));
  sm_put(v->paths, path, gl_xstrdup(rel));
  free(dir);
  free(real);
  free(path);
  return rel;
}

/* Is the class of this method a lambda's closure type? */
static int is_lambda_method(CXCursor fn) {
  CXCursor cls = clang_getCursorSemanticParent(fn);
  if (clang_getCursorKind(cls) != CXCursor_ClassDecl) return 0;
  char *name = str_take(clang_getCursorSpelling(cls));
  int lambda = !*name || !strncmp(name, "(lambda", 7);
  free(name);
  return lambda;
}

typedef struct {
  unsigned before;   /* matching cursors that start before the target */
  unsigned target;   /* the target's offset */
  const char *name;  /* static locals: the name; NULL: count lambdas */
} Ordinal;

static enum CXChildVisitResult ordinal_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  Ordinal *o = d;
  unsigned off = 0;
  clang_getSpellingLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
  enum CXCursorKind k = clang_getCursorKind(c);
  if (o->name ? (k == CXCursor_VarDecl && clang_Cursor_getStorageClass(c) == CX_SC_Static)
              : k == CXCursor_LambdaExpr) {
    char *name = o->name ? str_take(clang_getCursorSpelling(c)) : NULL;
    if (off < o->target && (!name || !strcmp(name, o->name))) o->before++;
    free(name);
  }
  return CXChildVisit_Recurse;
}

/* How many static locals named name (or lambdas, name NULL) start before
 * offset target inside scope. */
static unsigned ordinal_in(CXCursor scope, const char *name, unsigned target) {
  Ordinal o = {0, target, name};
  clang_visitChildren(scope, ordinal_cb, &o);
  return o.before;
}

static char *identity_of_function(Visit *v, CXCursor fn);
static int is_function_kind(enum CXCursorKind k);

/* A lambda's call operator: the enclosing function and the lambda's ordinal. */
static char *lambda_identity(Visit *v, CXCursor method) {
  char *raw = raw_usr(method);
  const char *known = sm_get(&v->ordinal_ids, raw);
  if (known) {
    free(raw);
    return gl_xstrdup(known);
  }
  CXCursor cls = clang_getCursorSemanticParent(method), outer = clang_getCursorSemanticParent(cls);
  unsigned off = 0;
  clang_getSpellingLocation(clang_getCursorLocation(cls), NULL, NULL, NULL, &off);
  CXCursor def = clang_getCursorDefinition(outer);
  char *outer_id = identity_of_function(v, clang_Cursor_isNull(def) ? outer : def);
  unsigned n = clang_Cursor_isNull(def) ? 0 : ordinal_in(def, NULL, off);
  char *id = gl_xasprintf("%s@lambda#%u", outer_id, n);
  free(outer_id);
  sm_put(&v->ordinal_ids, raw, gl_xstrdup(id));
  free(raw);
  return id;
}

/* A USR with a file's base name in it ("c:util.cpp@g_items") gets the
 * file's project path instead; offsets ("c:x.cpp@71@F@f#@memo") stay. */
static char *with_project_path(Visit *v, CXCursor decl, char *usr) {
  const char *at = strchr(usr, '@');
  if (strncmp(usr, "c:", 2) || !at || at == usr + 2 || memchr(usr + 2, '.', (size_t)(at - usr - 2)) == NULL)
    return usr;
  char *path = project_path(v, decl);
  char *r = gl_xasprintf("c:%s%s", path, at);
  free(path);
  free(usr);
  return r;
}

static char *identity_of_function(Visit *v, CXCursor fn) {
  enum CXCursorKind k = clang_getCursorKind(fn);
  if ((k == CXCursor_CXXMethod) && is_lambda_method(fn)) return lambda_identity(v, fn);
  /* a member function template of a class template, called on a specialization
   * (g_log.with(f) on guarded<std::vector<int>>): libclang names it by the
   * specialization; its definition is the one written in the class template */
  CXCursor parent = clang_getCursorSemanticParent(fn);
  if (k == CXCursor_CXXMethod && !clang_Cursor_isNull(clang_getSpecializedCursorTemplate(parent))) {
    CXCursor t = fn;
    for (int up = 0; up < 3; up++) {
      CXCursor next = clang_getSpecializedCursorTemplate(t);
      if (clang_Cursor_isNull(next)) break;
      t = next;
    }
    if (clang_getCursorKind(t) == CXCursor_FunctionTemplate &&
        clang_getCursorKind(clang_getCursorSemanticParent(t)) == CXCursor_ClassTemplate)
      return with_project_path(v, t, raw_usr(t));
  }
  return with_project_path(v, fn, raw_usr(fn));
}

static int is_static_local(CXCursor c) {
  if (clang_getCursorKind(c) != CXCursor_VarDecl || clang_Cursor_getStorageClass(c) != CX_SC_Static) return 0;
  enum CXCursorKind pk = clang_getCursorKind(clang_getCursorSemanticParent(c));
  return pk == CXCursor_FunctionDecl || pk == CXCursor_CXXMethod || pk == CXCursor_Constructor ||
         pk == CXCursor_Destructor || pk == CXCursor_FunctionTemplate || pk == CXCursor_ConversionFunction;
}

/* The identity of what c declares or refers to (owned). */
static char *usr_of(Visit *v, CXCursor c) {
  if (is_static_local(c)) {
    char *raw = raw_usr(c);
    const char *known = sm_get(&v->ordinal_ids, raw);
    if (known) {
      free(raw);
      return gl_xstrdup(known);
    }
    CXCursor fn = clang_getCursorSemanticParent(c);
    char *fn_id = identity_of_function(v, fn);
    char *name = str_take(clang_getCursorSpelling(c));
    unsigned off = 0;
    clang_getSpellingLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &off);
    CXCursor def = clang_getCursorDefinition(fn);
    unsigned n = ordinal_in(clang_Cursor_isNull(def) ? fn : def, name, off);
    char *id = gl_xasprintf("%s@%s#%u", fn_id, name, n);
    free(fn_id);
    free(name);
    sm_put(&v->ordinal_ids, raw, gl_xstrdup(id));
    free(raw);
    return id;
  }
  if (is_function_kind(clang_getCursorKind(c))) return identity_of_function(v, c);
  return with_project_path(v, c, raw_usr(c));
}

static int resolve(Visit *v, CXCursor expr, Target *out);

/* Resolve e in the context of function def (its parameters, its locals). */
static int resolve_in(Visit *v, CXCursor def, CXCursor e, Target *out) {
  char *saved_func = v->func;
  CXCursor saved_cursor = v->func_cursor;
  PtrVec saved_aliases = v->aliases;
  memset(&v->aliases, 0, sizeof v->aliases);
  v->func = usr_of(v, def);
  v->func_cursor = def;
  int ok = resolve(v, e, out);
  free(v->func);
  v->func = saved_func;
  v->func_cursor = saved_cursor;
  v->aliases = saved_aliases;
  return ok;
}

typedef struct {
  Visit *v;
  CXCursor def;         /* the accessor's definition */
  Target found;         /* the storage every return hands out so far */
  int n, bad;           /* returns seen; one that does not return found */
} AccessorScan;

static enum CXChildVisitResult accessor_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  AccessorScan *as = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_LambdaExpr) return CXChildVisit_Continue;
  if (k != CXCursor_ReturnStmt) return CXChildVisit_Recurse;
  Kids kk = kids_of(c);
  CXCursor e = kk.n ? strip(kk.items[0]) : clang_getNullCursor();
  free(kk.items);
  if (clang_getCursorKind(e) == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf) {
    Kids ik = kids_of(e);
    e = ik.n ? ik.items[0] : clang_getNullCursor();
    free(ik.items);
  }
  Target t;
  as->n++;
  if (clang_Cursor_isNull(e) || !resolve_in(as->v, as->def, e, &t)) {
    as->bad = 1;
  } else {
    if (t.kind != T_STORAGE || (as->found.key && strcmp(as->found.key, t.key))) as->bad = 1;
    if (!as->found.key && t.kind == T_STORAGE) as->found = target_copy(&t);
    target_free(&t);
  }
  return as->bad ? CXChildVisit_Break : CXChildVisit_Continue;
}

static void accessor_destroy(void *p) {
  target_free(p);
  free(p);
}

/* F() where F (a free function or a static member function defined in this
 * unit) returns a reference or pointer to one long-lived object: a Meyers
 * singleton (`static T &instance() { static T t; return t; }`), an accessor
 * (`std::map<int, S> &sessions() { return g_sessions; }`). The call names
 * that object; each accessor is read once per unit. */
static const Target *accessor_target(Visit *v, CXCursor def);

static int resolve_accessor(Visit *v, CXCursor call, Target *out) {
  CXCursor fn = clang_getCursorReferenced(call);
  enum CXCursorKind fk = clang_getCursorKind(fn);
  if (fk != CXCursor_FunctionDecl && !(fk == CXCursor_CXXMethod && clang_CXXMethod_isStatic(fn))) return 0;
  CXType rt = clang_getCursorResultType(fn);
  if (rt.kind != CXType_LValueReference && clang_getCanonicalType(rt).kind != CXType_Pointer) return 0;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_Cursor_isNull(def)) return 0;
  const Target *known = accessor_target(v, def);
  if (!known || known->kind != T_STORAGE) return 0;
  *out = target_copy(known);
  return 1;
}

/* The one storage accessor definition def returns on every return; NULL
 * (or a T_NONE target) when it returns anything else. */
static const Target *accessor_target(Visit *v, CXCursor def) {
  char *raw = str_take(clang_getCursorUSR(def));
  Target *known = sm_get(&v->accessors, raw);
  if (!known && v->accessor_depth < LOCAL_DEPTH) {
    AccessorScan as = {v, def, {0}, 0, 0};
    v->accessor_depth++;
    clang_visitChildren(def, accessor_cb, &as);
    v->accessor_depth--;
    known = gl_xcalloc(1, sizeof *known);
    if (as.n && !as.bad && as.found.key) *known = as.found;
    else if (as.found.key) target_free(&as.found);
    sm_put(&v->accessors, raw, known);
  }
  free(raw);
  return known;
}

/* The class object a static smart pointer owns (g_manager->, through the
 * pointer class's operator->: std::unique_ptr, std::shared_ptr or the
 * program's own): NULL cursor when ptr is not such a pointer. */
static int declares_arrow(CXCursor cls) {
  Kids k = kids_of(cls);
  int found = 0;
  for (unsigned i = 0; i < k.n && !found; i++) {
    char *name = str_take(clang_getCursorSpelling(k.items[i]));
    found = clang_getCursorKind(k.items[i]) == CXCursor_CXXMethod && !strcmp(name, "operator->");
    free(name);
  }
  free(k.items);
  return found;
}

static CXCursor owned_class(CXCursor ptr_decl) {
  CXType pt = clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(ptr_decl)));
  if (pt.kind != CXType_Record || clang_Type_getNumTemplateArguments(pt) < 1) return clang_getNullCursor();
  CXCursor cls = clang_getTypeDeclaration(pt), tmpl = clang_getSpecializedCursorTemplate(cls);
  if (!declares_arrow(cls) && (clang_Cursor_isNull(tmpl) || !declares_arrow(tmpl))) return clang_getNullCursor();
  CXType obj = clang_getCanonicalType(clang_Type_getTemplateArgumentAsType(pt, 0));
  if (obj.kind != CXType_Record) return clang_getNullCursor();
  CXCursor d = clang_getTypeDeclaration(obj);
  return in_system(d) ? clang_getNullCursor() : d;
}

/* The object a static smart pointer owns (README "Static owners"), named by
 * g_manager->: created once and kept for the life of the process, its fields
 * are the static's containers (key: the pointer's, display "g_manager->"). */
static int owned_target(Visit *v, const Target *ptr, Target *out) {
  memset(out, 0, sizeof *out);
  if (ptr->kind != T_STORAGE || clang_Cursor_isNull(ptr->decl)) return 0;
  CXCursor cls = owned_class(ptr->decl);
  if (clang_Cursor_isNull(cls)) return 0;
  (void)v;
  out->kind = T_STORAGE;
  target_path(out, ROOT_STORAGE, "", -1, ptr->path.key, ptr->path.field);
  out->symbol = gl_xstrdup(ptr->symbol);
  out->display = gl_xasprintf("%s->", ptr->display);
  out->skind = ptr->skind;
  out->decl = cls;
  out->owner = ptr->has_owner ? ptr->owner : ptr->decl;
  out->has_owner = 1;
  return 1;
}

/* g_manager-> (a call of the pointer class's operator->) on a static smart pointer. */
static int resolve_owned(Visit *v, CXCursor call, Target *out) {
  memset(out, 0, sizeof *out);
  char *name = str_take(clang_getCursorSpelling(call));
  int arrow = !strcmp(name, "operator->");
  free(name);
  if (!arrow) return 0;
  Kids k = kids_of(call);
  Target ptr;
  int ok = 0;
  for (unsigned i = 0; i < k.n && !ok; i++) { /* the object, and the operator's name */
    memset(&ptr, 0, sizeof ptr);
    ok = clang_getCursorKind(strip(k.items[i])) == CXCursor_DeclRefExpr && resolve_decl_ref(v, strip(k.items[i]), &ptr);
  }
  free(k.items);
  if (!ok) return 0;
  ok = owned_target(v, &ptr, out);
  target_free(&ptr);
  return ok;
}

/* The record (or modelled container) a function hands out by mutable
 * reference or pointer; a null cursor when it returns anything else. */
static CXCursor returned_object(CXCursor fn) {
  CXType rt = clang_getCursorResultType(fn);
  CXType obj = clang_getCanonicalType(rt);
  if (rt.kind == CXType_LValueReference || obj.kind == CXType_LValueReference) obj = clang_getNonReferenceType(obj);
  else if (obj.kind == CXType_Pointer) obj = clang_getPointeeType(obj);
  else return clang_getNullCursor();
  obj = clang_getCanonicalType(obj);
  if (obj.kind != CXType_Record || clang_isConstQualifiedType(obj)) return clang_getNullCursor();
  return clang_getTypeDeclaration(obj);
}

/* F() where F (a free function or a static member function of the project)
 * returns a mutable reference or pointer to an object and is defined in
 * another unit: the call names F's return, {return, F}, which link reads as
 * the storage F's own unit says it returns (FACT_IDX_RETURN). */
static int resolve_return(Visit *v, CXCursor call, Target *out) {
  CXCursor fn = clang_getCursorReferenced(call);
  enum CXCursorKind fk = clang_getCursorKind(fn);
  if (fk != CXCursor_FunctionDecl && !(fk == CXCursor_CXXMethod && clang_CXXMethod_isStatic(fn))) return 0;
  if (in_system(fn) || !clang_Cursor_isNull(clang_getCursorDefinition(fn))) return 0;
  CXCursor obj = returned_object(fn);
  if (clang_Cursor_isNull(obj)) return 0;
  char *usr = usr_of(v, fn);
  out->kind = T_PARAM;
  target_path(out, ROOT_RETURN, usr, -1, "", "");
  free(usr);
  char *name = str_take(clang_getCursorSpelling(fn));
  out->symbol = gl_xasprintf("%s()", name);
  out->display = gl_xstrdup(out->symbol);
  free(name);
  out->decl = obj;
  return 1;
}

/* A static raw pointer to an object of the program (not a modelled
 * container, not a list head): P-> names whatever every assignment of P in
 * the program makes it point to (points_to), {return, "points:" KEY}; link
 * reads it as that object when all agree (README "Static owners"). Converts
 * t in place; returns 0 and leaves t when it is no such pointer. */
#define POINTS_PREFIX "points:"
static CXCursor pointee_record(const ContainerModel *m, CXCursor decl) {
  CXType ty = clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(decl)));
  if ((m && m->family != FAMILY_REALLOC) || ty.kind != CXType_Pointer) return clang_getNullCursor();
  CXType obj = clang_getCanonicalType(clang_getPointeeType(ty));
  if (obj.kind != CXType_Record) return clang_getNullCursor();
  CXCursor d = clang_getTypeDeclaration(obj);
  return in_system(d) ? clang_getNullCursor() : d;
}

static int pointee_target(Visit *v, Target *t) {
  if (t->kind != T_STORAGE || clang_Cursor_isNull(t->decl)) return 0;
  CXCursor rec = pointee_record(model_of_type(v, clang_getCursorType(t->decl)), t->decl);
  if (clang_Cursor_isNull(rec)) return 0;
  Target p = {0};
  p.kind = T_PARAM;
  char *func = gl_xasprintf(POINTS_PREFIX "%s", t->key);
  target_path(&p, ROOT_RETURN, func, -1, "", "");
  free(func);
  p.symbol = gl_xasprintf("%s->", t->symbol);
  p.display = gl_xstrdup(p.symbol);
  p.decl = rec;
  target_free(t);
  *t = p;
  return 1;
}

static int guard_source(Visit *v, CXCursor e, int depth, Target *out);

/* The field of a static wrapper object whose type is want: the one field
 * of that type (an empty cursor when none or several have it). */
typedef struct {
  CXType want;
  CXCursor found;
  int n;
} FieldOfType;

static enum CXVisitorResult field_of_type_cb(CXCursor field, CXClientData d) {
  FieldOfType *ft = d;
  if (clang_equalTypes(clang_getCanonicalType(clang_getCursorType(field)), ft->want)) {
    ft->found = field;
    ft->n++;
  }
  return CXVisit_Continue;
}

/* g->x or (*g).x on a guard object g made from a static wrapper (`auto g =
 * g_history.acquire();`, README "Wrappers"): the guard's operator-> or
 * operator* hands out the wrapped value, which is the wrapper's one field of
 * that type. */
static int resolve_guard(Visit *v, CXCursor call, Target *out) {
  char *name = str_take(clang_getCursorSpelling(call));
  int deref = !strcmp(name, "operator->") || !strcmp(name, "operator*");
  free(name);
  if (!deref) return 0;
  CXType rt = clang_getCanonicalType(clang_getCursorType(call));
  CXType want = rt.kind == CXType_Pointer ? clang_getPointeeType(rt) : clang_getNonReferenceType(rt);
  want = clang_getCanonicalType(want);
  if (want.kind != CXType_Record) return 0;
  Kids k = kids_of(call);
  const Alias *guard = NULL;
  Target made = {0}; /* g_history.acquire()->lines: a guard made on the spot */
  int have_made = 0;
  for (unsigned i = 0; i < k.n && !guard && !have_made; i++) {
    CXCursor e = strip(k.items[i]);
    if (clang_getCursorKind(e) == CXCursor_CallExpr && i == 0) {
      CXType gt = clang_getCanonicalType(clang_getCursorType(e));
      have_made = gt.kind == CXType_Record && !in_system(clang_getTypeDeclaration(gt)) && guard_source(v, e, 0, &made);
      continue;
    }
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr) continue;
    CXCursor ref = clang_getCursorReferenced(e);
    for (size_t j = 0; j < v->aliases.len && !guard; j++) {
      const Alias *a = v->aliases.items[j];
      if (a->guard && clang_equalCursors(a->var, ref)) guard = a;
    }
  }
  free(k.items);
  if (!guard && !have_made) return 0;
  const Target *w = guard ? &guard->target : &made;
  FieldOfType ft = {want, clang_getNullCursor(), 0};
  clang_Type_visitFields(clang_getCanonicalType(clang_getCursorType(w->decl)), field_of_type_cb, &ft);
  if (ft.n != 1) {
    if (have_made) target_free(&made);
    return 0;
  }
  char *fname = str_take(clang_getCursorSpelling(ft.found));
  out->kind = w->kind;
  field_target(out, w, fname, ft.found);
  out->has_owner = w->kind == T_STORAGE;
  if (have_made) target_free(&made);
  return 1;
}

static int resolve(Visit *v, CXCursor expr, Target *out) {
  memset(out, 0, sizeof *out);
  CXCursor c = strip(expr);
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_DeclRefExpr) return resolve_decl_ref(v, c, out);
  if (k == CXCursor_MemberRefExpr) return resolve_member(v, c, out);
  if (k == CXCursor_CallExpr)
    return resolve_owned(v, c, out) || resolve_guard(v, c, out) || resolve_accessor(v, c, out) ||
           resolve_return(v, c, out);
  return 0;
}

/* ---------- emitting facts ---------- */

static size_t key_hash(const char *s) {
  size_t h = 1469598103934665603u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

/* Returns 1 when key was not in the set (and adds it). */
static int keyset_add(KeySet *ks, const char *key) {
  if ((ks->len + 1) * 2 > ks->cap) {
    size_t cap = ks->cap ? ks->cap * 2 : 64;
    char **slots = gl_xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < ks->cap; i++) {
      if (!ks->slots[i]) continue;
      size_t j = key_hash(ks->slots[i]) & (cap - 1);
      while (slots[j]) j = (j + 1) & (cap - 1);
      slots[j] = ks->slots[i];
    }
    free(ks->slots);
    ks->slots = slots;
    ks->cap = cap;
  }
  size_t j = key_hash(key) & (ks->cap - 1);
  while (ks->slots[j]) {
    if (!strcmp(ks->slots[j], key)) return 0;
    j = (j + 1) & (ks->cap - 1);
  }
  ks->slots[j] = gl_xstrdup(key);
  ks->len++;
  return 1;
}

static void keyset_free(KeySet *ks) {
  for (size_t i = 0; i < ks->cap; i++) free(ks->slots[i]);
  free(ks->slots);
  memset(ks, 0, sizeof *ks);
}

static int owning_type(const RuleSet *rs, CXType t) {
  char *n = class_name_of_type(t);
  int r = n && rules_name_in(&rs->owning, n);
  free(n);
  return r;
}

static enum CXChildVisitResult mapped_type_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_TypedefDecl && k != CXCursor_TypeAliasDecl) return CXChildVisit_Continue;
  CXString n = clang_getCursorSpelling(c);
  int found = !strcmp(clang_getCString(n), "mapped_type");
  clang_disposeString(n);
  if (found) *(int *)d = 1;
  return found ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* Does class type t (or the template it specializes) declare a mapped_type,
 * as the standard's maps and the hash maps modelled on them do? */
static int declares_mapped_type(CXType t) {
  CXCursor d = clang_getTypeDeclaration(clang_getCanonicalType(t)); /* through typedefs: using m_t = std::map<...> */
  if (clang_Cursor_isNull(d)) return 0;
  CXCursor tmpl = clang_getSpecializedCursorTemplate(d);
  if (!clang_Cursor_isNull(tmpl)) { /* the template's definition, not a forward declaration of it */
    CXCursor def = clang_getCursorDefinition(tmpl);
    d = clang_Cursor_isNull(def) ? tmpl : def;
  }
  int found = 0;
  clang_visitChildren(d, mapped_type_cb, &found);
  return found;
}

static void ensure_storage(Visit *v, const Target *t, const ContainerModel *m) {
  if (t->kind != T_STORAGE || !m || !keyset_add(&v->emitted, t->key)) return;
  FactStorage *s = gl_xcalloc(1, sizeof *s);
  CXCursor decl = t->decl;
  if (clang_getCursorKind(decl) == CXCursor_VarDecl) {
    CXCursor def = clang_getCursorDefinition(decl);
    if (!clang_Cursor_isNull(def)) decl = def;
  }
  CXType ty = clang_getCursorType(decl);
  s->key = gl_xstrdup(t->key);
  s->symbol = gl_xstrdup(t->symbol);
  s->display = gl_xstrdup(t->display);
  s->kind = t->skind;
  s->lang = v->lang;
  CXType nr = clang_getNonReferenceType(ty);
  char *cls = m->family == FAMILY_CLASS ? class_name_of_type(nr) : NULL; /* what a type pattern matched */
  s->model = cls ? cls : gl_xstrdup(m->type);
  s->family = m->family;
  s->type = str_take(clang_getTypeSpelling(ty));
  if (strstr(s->type, "(unnamed ") || strstr(s->type, "(anonymous ")) { /* SLIST_HEAD(, job) g: no name, a path */
    free(s->type);
    s->type = gl_xstrdup(m->type);
  }
  int nargs = clang_Type_getNumTemplateArguments(nr);
  /* a map's element is what it maps to (std::map<K, V>: V); a set's or a sequence's, its first argument */
  unsigned at = nargs > 1 && declares_mapped_type(nr) ? 1 : 0;
  s->elem = nargs > 0 ? str_take(clang_getTypeSpelling(clang_Type_getTemplateArgumentAsType(nr, at)))
                      : gl_xstrdup("");
  for (int i = 0; i < nargs && i < 2; i++)
    if (owning_type(v->rs, clang_Type_getTemplateArgumentAsType(nr, (unsigned)i))) s->owning = 1;
  if (t->has_owner) {
    CXCursor owner = t->owner;
    CXCursor def = clang_getCursorDefinition(owner);
    if (!clang_Cursor_isNull(def)) owner = def;
    s->is_def = clang_isCursorDefinition(owner);
    s->owner_loc = cursor_loc(v, owner);
  } else {
    s->is_def = clang_isCursorDefinition(decl);
    s->owner_loc.file = gl_xstrdup("");
  }
  s->loc = cursor_loc(v, decl);
  pv_push(&v->facts->storages, s);
}

static Loc loop_loc_now(Visit *v) {
  if (loop_may_repeat(v->loop)) return loc_of(v, v->loop_loc);
  Loc l = {gl_xstrdup(""), 0, 0};
  return l;
}

/* Was storage t created by an earlier statement of an enclosing block, in
 * the loop context of the current site? Then growth here fills the handle
 * just created ({ g = dictCreate(...); addNames(g, names); }), once per
 * creation, and is not growth of what the storage held before. */
static int is_fresh(Visit *v, const Target *t) {
  if (t->kind != T_STORAGE) return 0;
  int repeats = loop_may_repeat(v->loop);
  for (size_t i = 0; i < v->fresh.len; i++) {
    const Fresh *f = v->fresh.items[i];
    if (strcmp(f->key, t->key) || strcmp(f->func, v->func ? v->func : "") || f->repeats != repeats) continue;
    if (!repeats || clang_equalLocations(f->loop_loc, v->loop_loc)) return 1;
  }
  return 0;
}

static FactOp *emit_op(Visit *v, const Target *t, const ContainerModel *m, FactOpKind kind,
                       const char *detail, CXCursor site) {
  if (t->kind == T_NONE) return NULL;
  if (kind == OP_GROW && m && m->family == FAMILY_HANDLE && is_fresh(v, t)) return NULL;
  /* a storage fact only for what may be reported: link needs the rest as ops only */
  if (t->kind == T_STORAGE && (kind == OP_GROW || kind == OP_INSERT || kind == OP_TAIL))
    ensure_storage(v, t, m);
  FactOp *o = gl_xcalloc(1, sizeof *o);
  o->target = path_copy(&t->path);
  o->func = gl_xstrdup(v->func ? v->func : "");
  o->kind = kind;
  o->detail = gl_xstrdup(detail ? detail : "");
  o->loop = v->loop;
  o->loc = cursor_loc(v, site);
  o->loop_loc = loop_loc_now(v);
  pv_push(&v->facts->ops, o);
  return o;
}

/* The fact a model's operation becomes (k is not OPK_NONE). */
static FactOpKind op_of_model(OpKind k) {
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

static void emit_entry(Visit *v, const char *func_usr, const char *reason, CXCursor site) {
  FactEntry *e = gl_xcalloc(1, sizeof *e);
  e->func = gl_xstrdup(func_usr);
  e->reason = gl_xstrdup(reason);
  e->loc = cursor_loc(v, site);
  e->from = gl_xstrdup(v->func ? v->func : "");
  e->loop = v->loop;
  e->loop_loc = loop_loc_now(v);
  /* passed to a function of the project: what that function does with the
   * parameter decides at link time (forwarded to pthread_create: runs once) */
  char *callee = v->in_arg && !clang_Cursor_isNull(v->arg_callee) ? qualified_name(v->arg_callee) : NULL;
  if (v->slot && (!v->in_arg || v->slot_call)) { /* stored in the program's own slot */
    e->via = gl_xstrdup(v->slot);
    e->via_index = FACT_VIA_SLOT;
  } else if (v->data && !v->in_arg) { /* stored in a data field beside a slot: link follows its calls */
    e->via = gl_xstrdup(v->data);
    e->via_index = FACT_VIA_DATA;
  } else if (callee && !in_system(v->arg_callee) && !rules_name_in(&v->rs->entry_register, callee)) {
    e->via = usr_of(v, v->arg_callee);
    e->via_index = v->arg_index;
  } else {
    e->via = gl_xstrdup("");
  }
  free(callee);
  pv_push(&v->facts->entries, e);
}

static int is_constant_key(CXCursor e);

/* A call of callee at site; args[0..nargs) are its arguments (parameter i is
 * args[i]), which say which arguments are constants. */
static void emit_call_args(Visit *v, const char *callee, const char *callee_name, CXCursor site,
                           const CXCursor *args, unsigned nargs) {
  if (!v->func) return;
  FactCall *c = gl_xcalloc(1, sizeof *c);
  c->caller = gl_xstrdup(v->func);
  c->callee = gl_xstrdup(callee);
  c->callee_name = gl_xstrdup(callee_name);
  c->loop = v->loop;
  c->loc = cursor_loc(v, site);
  c->loop_loc = loop_loc_now(v);
  c->cond = v->in_branch;
  for (unsigned i = 0; i < nargs && i < 32; i++)
    if (is_constant_key(args[i])) c->const_args |= 1u << i;
  pv_push(&v->facts->calls, c);
}

static void emit_call(Visit *v, const char *callee, const char *callee_name, CXCursor site) {
  emit_call_args(v, callee, callee_name, site, NULL, 0);
}

/* ---------- walking ---------- */

typedef struct {
  Visit *v;
} ChildCtx;

static enum CXChildVisitResult child_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  walk(((ChildCtx *)d)->v, c);
  return CXChildVisit_Continue;
}

static void walk_children(Visit *v, CXCursor c) {
  ChildCtx ctx = {v};
  clang_visitChildren(c, child_cb, &ctx);
}

/* Walks a child with the expression flags cleared. */
static void walk_plain(Visit *v, CXCursor c) {
  int a = v->in_arg, ce = v->in_callee, co = v->in_cond;
  v->in_arg = v->in_callee = v->in_cond = 0;
  walk(v, c);
  v->in_arg = a; v->in_callee = ce; v->in_cond = co;
}

static int is_function_kind(enum CXCursorKind k) {
  return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
         k == CXCursor_Destructor || k == CXCursor_ConversionFunction || k == CXCursor_FunctionTemplate;
}

/* Is this `for` header's condition empty (for (;;))? Looks at the tokens
 * between the `for` keyword and the body only. */
static int for_without_condition(Visit *v, CXCursor forstmt, CXCursor body) {
  CXSourceRange r = clang_getRange(clang_getRangeStart(clang_getCursorExtent(forstmt)),
                                   clang_getRangeStart(clang_getCursorExtent(body)));
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(v->tu, r, &toks, &n);
  int depth = 0, semis = 0, cond_tokens = 0, inc_tokens = 0, result = 0;
  for (unsigned i = 0; i < n; i++) {
    char *s = str_take(clang_getTokenSpelling(v->tu, toks[i]));
    if (!strcmp(s, "(")) depth++;
    else if (!strcmp(s, ")")) { depth--; if (depth == 0) { free(s); break; } }
    else if (depth == 1 && !strcmp(s, ";")) semis++;
    else if (depth >= 1 && semis == 1) cond_tokens++;
    else if (depth >= 1 && semis == 2) inc_tokens++;
    free(s);
  }
  /* for (j = 0;; j++) { if (t[j].name == NULL) break; ... }: a cursor walked to its end */
  if (semis >= 2 && cond_tokens == 0) result = !(inc_tokens && loops_body_breaks(body));
  clang_disposeTokens(v->tu, toks, n);
  return result;
}

/* Is the walk inside the body of main()? */
static int in_main(Visit *v) {
  if (clang_Cursor_isNull(v->func_cursor)) return 0;
  char *name = str_take(clang_getCursorSpelling(v->func_cursor));
  int is_main = !strcmp(name, "main");
  free(name);
  return is_main;
}

static void walk_loop(Visit *v, CXCursor c, int kind, int is_for) {
  if (v->loop == LOOP_NONE && (kind == LOOP_UNBOUNDED || kind == LOOP_FLAG)) v->main_loop = 1;
  int saved = v->loop, saved_for = v->loop_is_for, saved_branch = v->in_branch;
  v->in_branch = 0;
  CXSourceLocation saved_loc = v->loop_loc;
  if (loop_may_repeat(kind)) {
    v->loop = kind;
    v->loop_loc = clang_getCursorLocation(c);
  } else if (v->loop == LOOP_NONE) {
    v->loop = LOOP_BOUNDED;
  }
  v->loop_is_for = is_for;
  walk_children(v, c);
  v->in_branch = saved_branch;
  v->loop = saved;
  v->loop_is_for = saved_for;
  v->loop_loc = saved_loc;
}

static void alias_free(void *p) {
  Alias *a = p;
  target_free(&a->target);
  free(a);
}

/* A constructor: a member initializer of a function-value field (run(f))
 * stores its expression in that field's slot. */
static char *slot_of_decl(Visit *v, CXCursor d);
static int holds_fn_values(CXType t);

static void walk_constructor(Visit *v, CXCursor ctor) {
  Kids k = kids_of(ctor);
  char *slot = NULL;
  for (unsigned i = 0; i < k.n; i++) {
    CXCursor c = k.items[i];
    enum CXCursorKind ck = clang_getCursorKind(c);
    if (ck == CXCursor_MemberRef) {
      free(slot);
      CXCursor field = clang_getCursorReferenced(c);
      slot = clang_getCursorKind(field) == CXCursor_FieldDecl && holds_fn_values(clang_getCursorType(field))
                 ? slot_of_decl(v, field)
                 : NULL;
      continue;
    }
    if (slot && clang_isExpression(ck)) {
      v->slot = slot;
      walk(v, c);
      v->slot = NULL;
      free(slot);
      slot = NULL;
      continue;
    }
    walk(v, c);
  }
  free(slot);
  free(k.items);
}

/* Enters a function-like body with a fresh context. */
static void walk_function_body(Visit *v, CXCursor fn, char *usr, CXCursor body_parent) {
  char *saved_func = v->func;
  CXCursor saved_cursor = v->func_cursor;
  int saved_loop = v->loop, saved_for = v->loop_is_for;
  PtrVec saved_aliases = v->aliases;
  int a = v->in_arg, ce = v->in_callee, co = v->in_cond, br = v->in_branch;
  CXCursor saved_outer = v->outer_call;
  v->outer_call = clang_getNullCursor();
  CXType saved_type = v->init_type;
  v->init_type.kind = CXType_Invalid;
  v->in_branch = 0;
  v->func = usr;
  v->func_cursor = fn;
  v->loop = LOOP_NONE;
  v->loop_is_for = 0;
  memset(&v->aliases, 0, sizeof v->aliases);
  PtrVec saved_found = v->found_keys;
  memset(&v->found_keys, 0, sizeof v->found_keys);
  v->in_arg = v->in_callee = v->in_cond = 0;
  char *saved_slot = v->slot, *saved_data = v->data;
  int saved_slot_call = v->slot_call;
  unsigned saved_npassed = v->npassed;
  CXCursor saved_lhs = v->assign_lhs;
  v->slot = v->data = NULL;
  v->slot_call = 0;
  v->npassed = 0;
  v->assign_lhs = clang_getNullCursor();
  unsigned saved_nconds = v->nconds;
  v->nconds = 0;
  if (clang_getCursorKind(body_parent) == CXCursor_Constructor) walk_constructor(v, body_parent);
  else walk_children(v, body_parent);
  v->nconds = saved_nconds;
  v->slot = saved_slot;
  v->data = saved_data;
  v->slot_call = saved_slot_call;
  v->npassed = saved_npassed;
  v->assign_lhs = saved_lhs;
  pv_free(&v->aliases, alias_free);
  v->aliases = saved_aliases;
  pv_free(&v->found_keys, free);
  v->found_keys = saved_found;
  v->func = saved_func;
  v->func_cursor = saved_cursor;
  v->loop = saved_loop;
  v->loop_is_for = saved_for;
  v->in_arg = a; v->in_callee = ce; v->in_cond = co;
  v->in_branch = br;
  v->outer_call = saved_outer;
  v->init_type = saved_type;
}

static int realloc_like(Visit *v, CXCursor fn, int depth);

/* A function of the program that grows like realloc, by its body (not by a
 * model's name): marked for the units that call it without seeing it. */
static void mark_realloc_wrapper(Visit *v, CXCursor fn, const char *usr) {
  const ContainerModel *ra = rules_model_family(v->rs, FAMILY_REALLOC);
  if (!ra || clang_getCursorKind(fn) != CXCursor_FunctionDecl ||
      clang_getCanonicalType(clang_getCursorResultType(fn)).kind != CXType_Pointer)
    return;
  char *name = str_take(clang_getCursorSpelling(fn));
  int modelled = rules_classify(ra, name) != OPK_NONE;
  free(name);
  if (modelled || !realloc_like(v, fn, 0)) return;
  Target t = {0};
  t.kind = T_PARAM; /* an op only: no storage fact */
  char *key = gl_xasprintf(FACT_WRAPPER_PREFIX "%s", usr);
  target_path(&t, ROOT_STORAGE, "", -1, key, "");
  free(key);
  emit_op(v, &t, NULL, OP_RESIZE, "realloc wrapper", fn);
  target_free(&t);
}

/* The method a virtual method overrides at the root of its hierarchy
 * (itself when it overrides none). */
static CXCursor root_virtual(CXCursor m) {
  for (int depth = 0; depth < 16; depth++) {
    CXCursor *over = NULL;
    unsigned n = 0;
    clang_getOverriddenCursors(m, &over, &n);
    CXCursor next = n ? over[0] : clang_getNullCursor();
    clang_disposeOverriddenCursors(over);
    if (!n) break;
    m = next;
  }
  return m;
}

/* The function slot of a virtual method of the program (README "Function
 * slots"): every override is stored in it, and a call of the method
 * through an object calls through it; NULL when the hierarchy's root is a
 * library's (the library calls it). */
static char *virtual_slot(Visit *v, CXCursor method) {
  CXCursor root = root_virtual(method);
  if (in_system(root)) return NULL;
  char *usr = usr_of(v, root);
  char *slot = gl_xasprintf(FACT_SLOT_PREFIX "virtual:%s", usr);
  free(usr);
  return slot;
}

/* ---------- singletons (README "Singletons") ---------- */

static void emit_fields(Visit *v, const Target *t);

/* The static member function of class cls (its definition) that hands out
 * an object of cls itself by mutable reference or pointer (Instance(),
 * Get()); a null cursor when it has none. Read once per class and unit
 * (Visit.singletons). A class template's members are not looked at. */
static const char no_singleton = 0; /* a class without such a function (Visit.singletons) */
static CXCursor singleton_accessor(Visit *v, CXCursor cls) {
  enum CXCursorKind ck = clang_getCursorKind(cls);
  if ((ck != CXCursor_ClassDecl && ck != CXCursor_StructDecl) || in_system(cls)) return clang_getNullCursor();
  char *raw = str_take(clang_getCursorUSR(cls));
  const void *known = sm_get(&v->singletons, raw);
  if (!known) {
    CXCursor found = clang_getNullCursor(), canon = clang_getCanonicalCursor(cls);
    Kids k = kids_of(cls);
    for (unsigned i = 0; i < k.n && clang_Cursor_isNull(found); i++) {
      CXCursor m = k.items[i];
      if (clang_getCursorKind(m) != CXCursor_CXXMethod || !clang_CXXMethod_isStatic(m)) continue;
      CXCursor obj = returned_object(m);
      if (!clang_Cursor_isNull(obj) && clang_equalCursors(clang_getCanonicalCursor(obj), canon)) found = m;
    }
    free(k.items);
    if (clang_Cursor_isNull(found)) {
      known = &no_singleton;
    } else {
      CXCursor *copy = gl_xcalloc(1, sizeof *copy);
      *copy = found;
      known = copy;
    }
    sm_put(&v->singletons, raw, (void *)known);
  }
  free(raw);
  return known == &no_singleton ? clang_getNullCursor() : *(const CXCursor *)known;
}

static void singleton_destroy(void *p) {
  if (p != &no_singleton) free(p);
}

/* The class whose object a variable declaration c or a `new` expression of
 * type ty makes, when that class has a singleton accessor (a null cursor
 * otherwise): another object of it. The static object that the accessor
 * hands out is none: a static data member of the class (Instance_), a
 * function-local static (Meyers). */
static CXCursor singleton_class_of(Visit *v, CXType ty) {
  CXType can = clang_getCanonicalType(ty);
  if (can.kind != CXType_Record) return clang_getNullCursor();
  CXCursor cls = clang_getCursorDefinition(clang_getTypeDeclaration(can));
  if (clang_Cursor_isNull(cls) || clang_Cursor_isNull(singleton_accessor(v, cls))) return clang_getNullCursor();
  return cls;
}

/* Another object of a singleton class made here (`T local;`, `new T`,
 * a global T): an arg at FACT_IDX_INSTANCE on the class, once per class
 * and function, so that link binds no member of that class to the
 * singleton object (its `this` may be the other one). */
static void note_instance(Visit *v, CXCursor cls, CXCursor site) {
  char *cusr = usr_of(v, cls);
  char *key = gl_xasprintf("instance#%s#%s", cusr, v->func ? v->func : "");
  if (keyset_add(&v->emitted, key)) {
    FactArg *fa = gl_xcalloc(1, sizeof *fa);
    fa->target = (AccessPath){ROOT_LOCAL, gl_xstrdup(v->func ? v->func : ""), -1, gl_xstrdup(""), gl_xstrdup("")};
    fa->caller = gl_xstrdup(cusr);
    fa->callee = gl_xstrdup(cusr);
    fa->callee_name = qualified_name(cls);
    fa->index = FACT_IDX_INSTANCE;
    fa->loop = v->loop;
    fa->loc = cursor_loc(v, site);
    fa->loop_loc = loop_loc_now(v);
    pv_push(&v->facts->args, fa);
  }
  free(key);
  free(cusr);
}

/* A variable whose type is a singleton class, other than the object its
 * accessor hands out (a static data member of the class, a static local). */
static void note_instance_decl(Visit *v, CXCursor var) {
  if (clang_Cursor_getStorageClass(var) == CX_SC_Extern || is_static_local(var)) return;
  CXCursor cls = singleton_class_of(v, clang_getCursorType(var));
  if (clang_Cursor_isNull(cls)) return;
  CXCursor parent = clang_getCursorSemanticParent(var);
  if (clang_equalCursors(clang_getCanonicalCursor(parent), clang_getCanonicalCursor(cls))) return;
  note_instance(v, cls, var);
}

/* `new T` of a singleton class T, other than in a static member function
 * of T (the accessor that makes its one object: `static T *t = new T;`). */
static void note_instance_new(Visit *v, CXCursor e) {
  CXType pt = clang_getCanonicalType(clang_getCursorType(e));
  if (pt.kind != CXType_Pointer) return;
  CXCursor cls = singleton_class_of(v, clang_getPointeeType(pt));
  if (clang_Cursor_isNull(cls)) return;
  CXCursor fn = v->func_cursor;
  if (!clang_Cursor_isNull(fn) && clang_getCursorKind(fn) == CXCursor_CXXMethod && clang_CXXMethod_isStatic(fn) &&
      clang_equalCursors(clang_getCanonicalCursor(clang_getCursorSemanticParent(fn)), clang_getCanonicalCursor(cls)))
    return;
  note_instance(v, cls, e);
}

/* A member function fn of a singleton class (one with a static member
 * function that hands out a static object of the class: Instance() {
 * return Instance_; }, or a Meyers singleton) runs on that object when no
 * call the program shows binds its `this`: its callers are in units not
 * analysed, or call it through code growlint cannot follow. Says so with
 * an arg at FACT_IDX_SINGLETON on that object, or on the accessor's return
 * when its body is in another unit (link reads it through FACT_IDX_RETURN);
 * link applies it only to a member whose `this` no arg binds, in a program
 * that makes no other object of the class (FACT_IDX_INSTANCE; store.c
 * "sarg"). */
static void bind_singleton_this(Visit *v, CXCursor fn, const char *usr) {
  if (clang_getCursorKind(fn) != CXCursor_CXXMethod || clang_CXXMethod_isStatic(fn)) return;
  CXCursor cls = clang_getCursorDefinition(clang_getCursorSemanticParent(fn));
  if (clang_Cursor_isNull(cls)) return;
  CXCursor acc = singleton_accessor(v, cls);
  if (clang_Cursor_isNull(acc)) return;
  Target t = {0};
  CXCursor def = clang_getCursorDefinition(acc);
  if (!clang_Cursor_isNull(def)) {
    const Target *known = accessor_target(v, def);
    if (!known || known->kind != T_STORAGE) return;
    t = target_copy(known);
    emit_fields(v, &t);
  } else {
    char *ausr = usr_of(v, acc);
    t.kind = T_PARAM;
    target_path(&t, ROOT_RETURN, ausr, -1, "", "");
    free(ausr);
  }
  FactArg *fa = gl_xcalloc(1, sizeof *fa);
  fa->target = path_copy(&t.path);
  fa->caller = usr_of(v, cls);
  fa->callee = gl_xstrdup(usr);
  fa->callee_name = qualified_name(fn);
  fa->index = FACT_IDX_SINGLETON;
  fa->mut = FACT_ARG_CAPTURE; /* it runs on its own: its ops keep their own site and loop */
  fa->loop = LOOP_NONE;
  fa->loc = cursor_loc(v, fn);
  fa->loop_loc = (Loc){gl_xstrdup(""), 0, 0};
  pv_push(&v->facts->args, fa);
  target_free(&t);
}

static void visit_function(Visit *v, CXCursor c) {
  if (!clang_isCursorDefinition(c)) return;
  long override_entry = -1; /* the index of its entry as an override the framework calls */
  char *usr = usr_of(v, c);
  mark_realloc_wrapper(v, c, usr);
  FactFunction *f = gl_xcalloc(1, sizeof *f);
  f->usr = gl_xstrdup(usr);
  f->name = qualified_name(c);
  f->is_def = 1;
  f->loc = cursor_loc(v, c);
  f->sig = clang_getCursorKind(c) == CXCursor_FunctionDecl && clang_getCursorLinkage(c) == CXLinkage_External
               ? str_take(clang_getTypeSpelling(clang_getCanonicalType(clang_getCursorType(c))))
               : gl_xstrdup("");
  pv_push(&v->facts->functions, f);
  bind_singleton_this(v, c, usr);
  if (clang_getCursorKind(c) == CXCursor_CXXMethod) {
    CXCursor *over = NULL;
    unsigned n = 0;
    clang_getOverriddenCursors(c, &over, &n);
    if (n > 0) {
      char *base = qualified_name(over[0]);
      char *reason = gl_xasprintf("it overrides the virtual function '%s', which the framework calls", base);
      emit_entry(v, usr, reason, c);
      override_entry = (long)v->facts->entries.len - 1;
      char *slot = virtual_slot(v, c); /* the program's own virtual: its calls through objects are the calls */
      if (slot) {
        FactEntry *e = v->facts->entries.items[v->facts->entries.len - 1];
        free(e->via);
        e->via = slot;
        e->via_index = FACT_VIA_SLOT;
      }
      free(reason);
      free(base);
    }
    clang_disposeOverriddenCursors(over);
  }
  int saved_main_loop = v->main_loop;
  v->main_loop = 0;
  walk_function_body(v, c, usr, c);
  if (override_entry >= 0 && v->main_loop) {
    /* run() { start-up; for (;;) serve(); }: whoever calls it starts a main loop that does not return, as a
     * thread's entry does: its loops repeat, its start-up runs once per start (README "Function slots");
     * the entry stays, as a root that runs (link.c compute_reach: not a repeating one) */
    Target t = {0};
    t.kind = T_PARAM;
    target_path(&t, ROOT_PARAM, usr, -1, "", "");
    emit_op(v, &t, NULL, OP_THREAD, FACT_MAIN_LOOP, c);
    target_free(&t);
  }
  v->main_loop = saved_main_loop;
  free(usr);
}

enum { ENTRY_NONE = 0, ENTRY_LONG_LIVED, ENTRY_ONCE };

/* What passing (or storing) a function or lambda means here: long-lived
 * (with *reason, owned), run once where it is registered (a thread entry,
 * atexit), or nothing (qsort and std:: algorithms call it while they run). */
static int entry_kind(Visit *v, const char *what, char **reason) {
  *reason = NULL;
  if (!v->in_arg) {
    *reason = gl_xasprintf("%s is stored, so it can be called at any time", what);
    return ENTRY_LONG_LIVED;
  }
  if (clang_Cursor_isNull(v->arg_callee)) {
    *reason = gl_xasprintf("%s is passed as an argument", what);
    return ENTRY_LONG_LIVED;
  }
  char *name = qualified_name(v->arg_callee);
  int kind = ENTRY_NONE;
  if (rules_name_in(&v->rs->entry_once, name)) {
    kind = ENTRY_ONCE;
  } else if (rules_name_in(&v->rs->entry_register, name)) {
    *reason = gl_xasprintf("%s is registered with '%s' as a long-lived callback", what, name);
    kind = ENTRY_LONG_LIVED;
  } else if (!rules_name_in(&v->rs->entry_transient, name)) {
    *reason = gl_xasprintf("%s is passed to '%s', which may call it at any time", what, name);
    kind = ENTRY_LONG_LIVED;
  }
  free(name);
  return kind;
}

/* A function started once where it is registered (a thread's entry): a call
 * from here, and an op "thread-entry" on the function itself, so that link
 * knows that its outermost polling loop is that thread's main loop. */
static void emit_thread_entry(Visit *v, const char *usr, const char *name, CXCursor c) {
  emit_call(v, usr, name, c);
  Target t = {0};
  t.kind = T_PARAM;
  target_path(&t, ROOT_PARAM, usr, -1, "", "");
  emit_op(v, &t, NULL, OP_THREAD, name, c);
  target_free(&t);
}

static enum CXChildVisitResult call_operator_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  if (clang_getCursorKind(c) != CXCursor_CXXMethod) return CXChildVisit_Continue;
  char *name = str_take(clang_getCursorSpelling(c));
  int is_call = !strcmp(name, "operator()");
  free(name);
  if (!is_call) return CXChildVisit_Continue;
  *(CXCursor *)d = c;
  return CXChildVisit_Break;
}

/* A lambda's identity: its call operator's (lambda_identity: the enclosing
 * function's and the lambda's ordinal there), so that calls through a
 * variable holding the lambda (record(x)) reach the body walked here; its
 * place only when the closure type cannot be seen. */
static char *lambda_usr(Visit *v, CXCursor lambda, const Loc *l) {
  CXCursor cls = clang_getTypeDeclaration(clang_getCursorType(lambda)), op = clang_getNullCursor();
  if (!clang_Cursor_isNull(cls)) clang_visitChildren(cls, call_operator_cb, &op);
  if (!clang_Cursor_isNull(op)) return identity_of_function(v, op);
  return gl_xasprintf("lambda:%s:%u:%u", l->file, l->line, l->col);
}

static void bind_path(Visit *v, const AccessPath *from, const char *callee, const char *callee_name, int index,
                      CXCursor site);
static int in_method(Visit *v);

static void visit_lambda(Visit *v, CXCursor c) {
  Loc l = cursor_loc(v, c);
  char *usr = lambda_usr(v, c, &l);
  FactFunction *f = gl_xcalloc(1, sizeof *f);
  f->usr = gl_xstrdup(usr);
  const char *base = strrchr(l.file, '/');
  f->name = gl_xasprintf("lambda at %s:%u", base ? base + 1 : l.file, l.line);
  f->is_def = 1;
  f->loc = l;
  pv_push(&v->facts->functions, f);
  char *reason = NULL;
  int kind = v->in_arg ? entry_kind(v, "the lambda", &reason) : ENTRY_NONE;
  if (kind == ENTRY_LONG_LIVED) emit_entry(v, usr, reason, c);
  else if (kind == ENTRY_ONCE) emit_thread_entry(v, usr, f->name, c);
  else emit_call(v, usr, f->name, c); /* it runs where it is written */
  free(reason);
  /* a lambda written in a member function runs on that object when it
   * captures `this` ([this], [&], [=]): its `this` is the enclosing one, bound
   * as a capture (mut FACT_ARG_CAPTURE: it runs on its own, so what it does to
   * the object keeps its own site and repetition; store.c "lifted") */
  int saved_this = v->lambda_this, captures = in_method(v);
  if (captures) {
    AccessPath self = {ROOT_THIS, v->func, -1, "", ""};
    bind_path(v, &self, usr, f->name, -1, c);
    ((FactArg *)v->facts->args.items[v->facts->args.len - 1])->mut = FACT_ARG_CAPTURE;
  }
  v->lambda_this = captures;
  CXCursor saved_op = v->lambda_op, cls = clang_getTypeDeclaration(clang_getCursorType(c));
  v->lambda_op = clang_getNullCursor();
  if (!clang_Cursor_isNull(cls)) clang_visitChildren(cls, call_operator_cb, &v->lambda_op);
  walk_function_body(v, clang_getNullCursor(), usr, c);
  v->lambda_op = saved_op;
  v->lambda_this = saved_this;
  free(usr);
}

static void visit_function_ref(Visit *v, CXCursor c, CXCursor fn) {
  if (v->in_callee || v->in_compare) return;
  char *name = qualified_name(fn);
  char *what = gl_xasprintf("the address of '%s'", name);
  char *reason = NULL;
  int kind = entry_kind(v, what, &reason);
  char *usr = usr_of(v, fn);
  if (kind == ENTRY_LONG_LIVED) emit_entry(v, usr, reason, c);
  else if (kind == ENTRY_ONCE) emit_thread_entry(v, usr, name, c);
  free(usr);
  free(reason);
  free(what);
  free(name);
}

static int is_dependent(CXType t) {
  CXType c = clang_getCanonicalType(clang_getNonReferenceType(t));
  return c.kind == CXType_Unexposed || c.kind == CXType_Invalid;
}

/* What a function does with a function-pointer parameter: calls it
 * (fn-call), hands it to a thread start (fn-once) or to something that only
 * calls it while it runs (fn-none), or keeps or registers it (fn-long). */
static void visit_fn_param(Visit *v, CXCursor c, CXCursor parm) {
  CXType t = clang_getCanonicalType(clang_getCursorType(parm));
  if (!v->func) return;
  if (is_dependent(t)) {
    /* a template's `F f` (or `F &f`): called, or handed on, it is read the
     * same way, so that f(x) in visit_all(F f) calls the functor handed to
     * it; any other use of a value of a template's type says nothing */
    if (!v->in_callee && !(v->in_arg && !clang_Cursor_isNull(v->arg_callee))) return;
  } else {
    if (t.kind != CXType_Pointer) return;
    enum CXTypeKind pk = clang_getCanonicalType(clang_getPointeeType(t)).kind;
    if (pk != CXType_FunctionProto && pk != CXType_FunctionNoProto) return;
  }
  int idx = param_index(v, parm);
  if (idx < 0) return;
  /* compared (fn == NULL) or tested (if (fn)): neither kept nor called */
  if (!v->in_callee && !v->in_arg && !v->slot && (v->in_compare || v->in_cond)) return;
  FactOpKind kind = OP_FN_LONG;
  char *reason = NULL;
  const char *into = "";
  if (v->in_callee) {
    kind = OP_FN_CALL;
  } else if (v->slot && (!v->in_arg || v->slot_call)) {
    into = v->slot; /* kept in the program's own slot (fn = f, a constructor's run(f)): link follows the slot */
  } else if (v->in_arg && !clang_Cursor_isNull(v->arg_callee)) {
    int k = entry_kind(v, "it", &reason);
    kind = k == ENTRY_ONCE ? OP_FN_ONCE : k == ENTRY_NONE ? OP_FN_NONE : OP_FN_LONG;
  }
  free(reason);
  Target t2 = {0};
  t2.kind = T_PARAM;
  target_path(&t2, ROOT_PARAM, v->func, idx, "", "");
  emit_op(v, &t2, NULL, kind, into, c);
  target_free(&t2);
}

/* ---------- function slots ----------
 * A function address stored in the program's own variable, or in a field of
 * a struct the project declares (a slot), runs where the program calls
 * through that slot: kw[i].fn(arg), g_hook(), (this->*handler)(x), cb_().
 * A store is an entry whose via is the slot; a call through it is a call
 * whose callee is the slot; the slot escapes (an escape op on it) when its
 * value is passed on or stored elsewhere, or when a table holding it is
 * handed to a function (link checks that the program defines that
 * function). facts.h FACT_SLOT_PREFIX; link.c resolve_slots decides. */

/* Does a value of type t hold a function to call: a function pointer, a
 * pointer to member function, a std::function? */
static int is_fn_value_type(CXType t) {
  t = clang_getCanonicalType(clang_getNonReferenceType(t));
  if (t.kind == CXType_Pointer || t.kind == CXType_MemberPointer) {
    enum CXTypeKind pk = clang_getCanonicalType(clang_getPointeeType(t)).kind;
    return pk == CXType_FunctionProto || pk == CXType_FunctionNoProto;
  }
  char *cls = class_name_of_type(t);
  int fn = cls && (!strcmp(cls, "std::function") || !strcmp(cls, "std::move_only_function"));
  free(cls);
  return fn;
}

/* Is the class d std::function (or std::move_only_function)? */
static int is_fn_object_class(CXCursor d) {
  enum CXCursorKind k = clang_getCursorKind(d);
  if (k != CXCursor_ClassDecl && k != CXCursor_StructDecl && k != CXCursor_ClassTemplate) return 0;
  CXCursor tmpl = clang_getSpecializedCursorTemplate(d);
  char *name = qualified_name(clang_Cursor_isNull(tmpl) ? d : tmpl);
  int fn = !strcmp(name, "std::function") || !strcmp(name, "std::move_only_function");
  free(name);
  return fn;
}

/* Is t (or what it points to, or its elements) a function value? */
static int holds_fn_values(CXType t) {
  t = clang_getCanonicalType(t);
  while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
    t = clang_getCanonicalType(clang_getArrayElementType(t));
  return is_fn_value_type(t);
}

/* The slot a variable or field declares (owned, "slot:ID"); NULL when it is
 * declared in a system header (a library's struct: the library calls it). */
static char *slot_of_decl(Visit *v, CXCursor d) {
  enum CXCursorKind k = clang_getCursorKind(d);
  if ((k != CXCursor_VarDecl && k != CXCursor_FieldDecl) || in_system(d)) return NULL;
  char *id = k == CXCursor_VarDecl ? usr_of(v, d) : raw_usr(d);
  char *slot = *id ? gl_xasprintf(FACT_SLOT_PREFIX "%s", id) : NULL;
  free(id);
  return slot;
}

static enum CXVisitorResult has_slot_cb(CXCursor field, CXClientData d) {
  if (!is_fn_value_type(clang_getCursorType(field))) return CXVisit_Continue;
  *(int *)d = 1;
  return CXVisit_Break;
}

/* The data field key (owned, FACT_DATA_PREFIX + its USR) of field d, or
 * NULL: only a `void *` field of a record the project declares that also
 * declares a function slot (a deferred-call record: struct call { void
 * (*fn)(void *); void *arg; }) is one. */
static char *data_of_decl(CXCursor d) {
  if (clang_getCursorKind(d) != CXCursor_FieldDecl || in_system(d)) return NULL;
  CXType t = clang_getCanonicalType(clang_getCursorType(d));
  if (t.kind != CXType_Pointer || clang_getCanonicalType(clang_getPointeeType(t)).kind != CXType_Void) return NULL;
  CXType rec = clang_getCanonicalType(clang_getCursorType(clang_getCursorSemanticParent(d)));
  int has_slot = 0;
  if (rec.kind == CXType_Record) clang_Type_visitFields(rec, has_slot_cb, &has_slot);
  if (!has_slot) return NULL;
  char *id = raw_usr(d);
  char *key = *id ? gl_xasprintf(FACT_DATA_PREFIX "%s", id) : NULL;
  free(id);
  return key;
}

/* The data field key (owned) a member expression e names, or NULL. */
static char *data_of(CXCursor e) {
  e = strip(e);
  if (clang_getCursorKind(e) != CXCursor_MemberRefExpr) return NULL;
  return data_of_decl(clang_getCursorReferenced(e));
}

/* The object expression of member expression e (obj in obj.f, p in p->f), or
 * the null cursor. */
static CXCursor member_base(CXCursor e) {
  Kids k = kids_of(e);
  CXCursor b = k.n ? k.items[0] : clang_getNullCursor();
  free(k.items);
  return b;
}

/* Do expressions a and b name the same object, without side effects: the
 * same variable, the same field of the same object, *p, p[i] with the same
 * index variable or constant? Compared by structure, depth 8 at most. */
static int same_object(CXCursor a, CXCursor b, int depth) {
  if (depth > 8 || clang_Cursor_isNull(a) || clang_Cursor_isNull(b)) return 0;
  a = strip(a);
  b = strip(b);
  enum CXCursorKind k = clang_getCursorKind(a);
  if (k != clang_getCursorKind(b)) return 0;
  switch (k) {
    case CXCursor_DeclRefExpr:
      return clang_equalCursors(clang_getCursorReferenced(a), clang_getCursorReferenced(b));
    case CXCursor_MemberRefExpr:
      return clang_equalCursors(clang_getCursorReferenced(a), clang_getCursorReferenced(b)) &&
             same_object(member_base(a), member_base(b), depth + 1);
    case CXCursor_UnaryOperator:
      if (clang_getCursorUnaryOperatorKind(a) != clang_getCursorUnaryOperatorKind(b) ||
          (clang_getCursorUnaryOperatorKind(a) != CXUnaryOperator_Deref &&
           clang_getCursorUnaryOperatorKind(a) != CXUnaryOperator_AddrOf))
        return 0;
      return same_object(member_base(a), member_base(b), depth + 1);
    case CXCursor_ArraySubscriptExpr: {
      Kids ka = kids_of(a), kb = kids_of(b);
      int same = ka.n == 2 && kb.n == 2 && same_object(ka.items[0], kb.items[0], depth + 1);
      if (same) {
        CXCursor ia = strip(ka.items[1]), ib = strip(kb.items[1]);
        if (clang_getCursorKind(ia) == CXCursor_IntegerLiteral && clang_getCursorKind(ib) == CXCursor_IntegerLiteral) {
          CXEvalResult ea = clang_Cursor_Evaluate(ia), eb = clang_Cursor_Evaluate(ib);
          same = ea && eb && clang_EvalResult_getAsLongLong(ea) == clang_EvalResult_getAsLongLong(eb);
          if (ea) clang_EvalResult_dispose(ea);
          if (eb) clang_EvalResult_dispose(eb);
        } else {
          same = same_object(ia, ib, depth + 1) && clang_getCursorKind(ia) == CXCursor_DeclRefExpr;
        }
      }
      free(ka.items);
      free(kb.items);
      return same;
    }
    default:
      return 0;
  }
}

/* The slot an expression names (owned), NULL when none: a variable or a
 * field; table[i] and *p name the slot of table and p, obj.*pm that of pm. */
static char *slot_of(Visit *v, CXCursor e) {
  for (int guard = 0; guard < 8; guard++) {
    e = strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    int deref = k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref;
    int ptrmem = k == CXCursor_BinaryOperator && (clang_getCursorBinaryOperatorKind(e) == CXBinaryOperator_PtrMemD ||
                                                  clang_getCursorBinaryOperatorKind(e) == CXBinaryOperator_PtrMemI);
    if (k != CXCursor_ArraySubscriptExpr && !deref && !ptrmem) break;
    Kids kk = kids_of(e);
    CXCursor next = kk.n ? kk.items[ptrmem ? kk.n - 1 : 0] : clang_getNullCursor();
    free(kk.items);
    if (clang_Cursor_isNull(next)) return NULL;
    e = next;
  }
  enum CXCursorKind k = clang_getCursorKind(e);
  if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr) return NULL;
  return slot_of_decl(v, clang_getCursorReferenced(e));
}

/* An escape op on a slot; detail names the function it is handed to. */
static void emit_slot_escape(Visit *v, const char *slot, const char *to, CXCursor site) {
  Target t = {0};
  t.kind = T_STORAGE;
  target_path(&t, ROOT_STORAGE, "", -1, slot, "");
  emit_op(v, &t, NULL, OP_ESCAPE, to, site);
  target_free(&t);
}

/* A read of a function value that is not a call through it: passed to a
 * function, or stored in another slot, it escapes. */
static void slot_read(Visit *v, CXCursor c) {
  if (v->in_callee || !(v->in_arg || v->slot) || v->slot_call) return;
  if (!is_fn_value_type(clang_getCursorType(c))) return;
  char *slot = slot_of_decl(v, clang_getCursorReferenced(c));
  if (!slot) return;
  /* stored into another slot of the program (prevcmd = c->cmd->proc): "=" and that slot, which link follows */
  char *to = v->in_arg && !clang_Cursor_isNull(v->arg_callee) ? usr_of(v, v->arg_callee)
             : !v->in_arg && v->slot && strcmp(v->slot, slot) ? gl_xasprintf("=%s", v->slot)
                                                               : gl_xstrdup("");
  emit_slot_escape(v, slot, to, c);
  free(to);
  free(slot);
}

/* A read of a data field (facts.h FACT_DATA_PREFIX) that is not written,
 * compared, tested, or given to a call through a slot of its own object:
 * its value escapes, to the function it is passed to or to "" (unknown). */
static void data_read(Visit *v, CXCursor c) {
  if (v->in_compare || (v->in_cond && !v->in_arg) || clang_equalCursors(c, v->assign_lhs)) return;
  for (unsigned i = 0; i < v->npassed; i++)
    if (clang_equalCursors(c, v->passed[i])) return;
  char *data = data_of_decl(clang_getCursorReferenced(c));
  if (!data) return;
  char *to = v->in_arg && !clang_Cursor_isNull(v->arg_callee) ? usr_of(v, v->arg_callee) : gl_xstrdup("");
  emit_slot_escape(v, data, to, c);
  free(to);
  free(data);
}

/* A call through slot `through` (callee, a member expression) given data
 * fields of the object the slot is read from (c->fn(c->arg1, c->arg2)): an
 * OP_PASS on each, "K SLOT" for argument K, and the argument is remembered
 * in v->passed so that its walk is no escape. */
static void pass_own_data(Visit *v, const char *through, CXCursor callee, const Kids *k, unsigned args_from) {
  callee = strip(callee);
  if (clang_getCursorKind(callee) != CXCursor_MemberRefExpr) return;
  CXCursor rec = clang_getCursorSemanticParent(clang_getCursorReferenced(callee));
  CXCursor base = member_base(callee);
  for (unsigned i = args_from; i < k->n && v->npassed < sizeof v->passed / sizeof v->passed[0]; i++) {
    CXCursor a = strip(k->items[i]);
    if (clang_getCursorKind(a) != CXCursor_MemberRefExpr) continue;
    CXCursor f = clang_getCursorReferenced(a);
    if (!clang_equalCursors(clang_getCursorSemanticParent(f), rec) || !same_object(member_base(a), base, 0)) continue;
    char *data = data_of_decl(f);
    if (!data) continue;
    char *detail = gl_xasprintf("%u %s", i - args_from, through);
    Target t = {0};
    t.kind = T_STORAGE;
    target_path(&t, ROOT_STORAGE, "", -1, data, "");
    emit_op(v, &t, NULL, OP_PASS, detail, a);
    target_free(&t);
    v->passed[v->npassed++] = a;
    free(detail);
    free(data);
  }
}

typedef struct {
  Visit *v;
  const char *to;
  CXCursor site;
} TableEscape;

static enum CXVisitorResult table_field_cb(CXCursor field, CXClientData d) {
  TableEscape *te = d;
  char *data = data_of_decl(field); /* the record's data go with it */
  if (data) emit_slot_escape(te->v, data, te->to, te->site);
  free(data);
  if (!is_fn_value_type(clang_getCursorType(field))) return CXVisit_Continue;
  char *slot = slot_of_decl(te->v, field);
  if (slot) emit_slot_escape(te->v, slot, te->to, te->site);
  free(slot);
  return CXVisit_Continue;
}

/* A table (a struct, or an array of them, or a pointer to one) handed to
 * the function `to`: every function field of it escapes there. */
static void table_escape(Visit *v, CXCursor arg, const char *to) {
  CXType t = clang_getCanonicalType(clang_getCursorType(arg));
  for (int guard = 0; guard < 4; guard++) {
    if (t.kind == CXType_Pointer || t.kind == CXType_LValueReference || t.kind == CXType_RValueReference)
      t = clang_getCanonicalType(clang_getPointeeType(t));
    else if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
      t = clang_getCanonicalType(clang_getArrayElementType(t));
    else break;
  }
  if (t.kind != CXType_Record || in_system(clang_getTypeDeclaration(t))) return;
  TableEscape te = {v, to, arg};
  clang_Type_visitFields(t, table_field_cb, &te);
}

/* A record's initializer that stores a function in a data field and others
 * in its slots ({.fct = register_section, .arg2 = (void *)parse_users}):
 * the data goes to those functions, so each data entry emitted since
 * first_entry names them, one entry per function (facts.h
 * FACT_DATA_PREFIX: via "data:ID FUNC"). slots: the slots of the record's
 * fields given a value. */
static void pair_record_data(Visit *v, size_t first_entry, const PtrVec *slots) {
  PtrVec *es = &v->facts->entries;
  size_t end = es->len;
  PtrVec funcs = {0}; /* borrowed USRs of the functions stored in those slots */
  for (size_t i = first_entry; i < end; i++) {
    const FactEntry *e = es->items[i];
    if (e->via_index != FACT_VIA_SLOT) continue;
    for (size_t j = 0; j < slots->len; j++)
      if (!strcmp(e->via, slots->items[j])) {
        pv_push(&funcs, e->func);
        break;
      }
  }
  for (size_t i = first_entry; i < end && funcs.len; i++) {
    FactEntry *e = es->items[i];
    if (e->via_index != FACT_VIA_DATA || strchr(e->via, ' ')) continue;
    char *key = e->via;
    for (size_t j = 0; j < funcs.len; j++) {
      FactEntry *x = e;
      if (j > 0) {
        x = gl_xcalloc(1, sizeof *x);
        x->func = gl_xstrdup(e->func); x->reason = gl_xstrdup(e->reason); x->loc = loc_copy(&e->loc);
        x->from = gl_xstrdup(e->from); x->loop = e->loop; x->loop_loc = loc_copy(&e->loop_loc);
        x->via_index = FACT_VIA_DATA;
        pv_push(es, x);
      }
      x->via = gl_xasprintf("%s %s", key, (const char *)funcs.items[j]);
    }
    free(key);
  }
  pv_free(&funcs, NULL);
}

/* Walks an initializer list: an element of a struct is stored in its field
 * (by designator or by position), an element of an array in the array's
 * slot. */
/* The constructor of record type t that an initializer list of n elements
 * calls, when one can tell ({"name", fn} for test_t(const char *, fn_t, bool
 * = false)): the only one, copy and move aside, taking at least n
 * arguments, or the only one taking exactly n; a null cursor otherwise, and
 * for a type without a user-declared constructor (an aggregate). */
static CXCursor list_constructor(CXType t, unsigned n) {
  CXCursor cls = clang_getTypeDeclaration(t), atleast = clang_getNullCursor(), exact = clang_getNullCursor();
  int n_atleast = 0, n_exact = 0;
  Kids k = kids_of(cls);
  for (unsigned i = 0; i < k.n; i++) {
    CXCursor m = k.items[i];
    if (clang_getCursorKind(m) != CXCursor_Constructor || clang_CXXConstructor_isCopyConstructor(m) ||
        clang_CXXConstructor_isMoveConstructor(m))
      continue;
    int na = clang_Cursor_getNumArguments(m);
    if (na < 0 || (unsigned)na < n) continue;
    atleast = m;
    n_atleast++;
    if ((unsigned)na == n) {
      exact = m;
      n_exact++;
    }
  }
  free(k.items);
  return n_atleast == 1 ? atleast : n_exact == 1 ? exact : clang_getNullCursor();
}

static void walk_init_list(Visit *v, CXCursor c) {
  CXType t = clang_getCanonicalType(clang_getCursorType(c));
  if ((t.kind == CXType_Void || t.kind == CXType_Invalid) && v->init_type.kind != CXType_Invalid)
    t = clang_getCanonicalType(v->init_type);
  CXType saved_type = v->init_type;
  Kids kk = kids_of(c);
  char *saved = v->slot, *saved_data = v->data;
  int a = v->in_arg, ce = v->in_callee, sc = v->slot_call;
  v->in_arg = v->in_callee = v->slot_call = 0;
  CXCursor ctor = t.kind == CXType_Record && !in_system(clang_getTypeDeclaration(t)) ? list_constructor(t, kk.n)
                                                                                    : clang_getNullCursor();
  if (!clang_Cursor_isNull(ctor)) { /* each element is an argument of the constructor */
    CXCursor saved_callee = v->arg_callee;
    int saved_index = v->arg_index;
    v->slot = NULL;
    for (unsigned i = 0; i < kk.n; i++) {
      CXCursor parm = clang_Cursor_getArgument(ctor, i);
      v->init_type = clang_getCursorType(parm);
      v->in_arg = 1;
      v->arg_callee = ctor;
      v->arg_index = (int)i;
      walk(v, kk.items[i]);
    }
    v->arg_callee = saved_callee;
    v->arg_index = saved_index;
    free(kk.items);
    v->init_type = saved_type;
    v->slot = saved;
    v->in_arg = a; v->in_callee = ce; v->slot_call = sc;
    return;
  }
  if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray)
    v->init_type = clang_getArrayElementType(t);
  else
    v->init_type.kind = CXType_Invalid;
  CXCursor *fc = NULL; /* the record's fields, in order */
  unsigned nf = 0;
  if (t.kind == CXType_Record) {
    Kids f = kids_of(clang_getTypeDeclaration(t));
    fc = gl_xcalloc(f.n + 1, sizeof *fc);
    for (unsigned i = 0; i < f.n; i++)
      if (clang_getCursorKind(f.items[i]) == CXCursor_FieldDecl) fc[nf++] = f.items[i];
    free(f.items);
  }
  size_t first_entry = v->facts->entries.len;
  PtrVec slots = {0}; /* char*: the slots of this record's fields given a value here */
  for (unsigned i = 0; i < kk.n; i++) {
    char *slot = NULL, *data = NULL;
    if (t.kind == CXType_Record) {
      CXCursor field = i < nf ? fc[i] : clang_getNullCursor();
      Kids ek = kids_of(kk.items[i]); /* .name = value: a designator names the field */
      if (ek.n && clang_getCursorKind(ek.items[0]) == CXCursor_MemberRef)
        field = clang_getCursorReferenced(ek.items[0]);
      free(ek.items);
      if (!clang_Cursor_isNull(field) && holds_fn_values(clang_getCursorType(field))) slot = slot_of_decl(v, field);
      else if (!clang_Cursor_isNull(field)) data = data_of_decl(field);
      v->slot = slot;
      if (clang_Cursor_isNull(field)) v->init_type.kind = CXType_Invalid;
      else v->init_type = clang_getCursorType(field);
      v->data = data;
    } else {
      v->slot = saved;
      v->data = saved_data;
    }
    walk(v, kk.items[i]);
    if (slot) pv_push(&slots, slot);
    free(data);
  }
  pair_record_data(v, first_entry, &slots);
  pv_free(&slots, free);
  free(fc);
  free(kk.items);
  v->init_type = saved_type;
  v->slot = saved;
  v->data = saved_data;
  v->in_arg = a; v->in_callee = ce; v->slot_call = sc;
}

/* ---------- intrusive-list elements (list_add(&s->link, &head), LIST_REMOVE(r, link)) ---------- */

/* The element key (FACT_ELEM_PREFIX) of an element expression e, owned, or
 * NULL: &x->f or &x.f names the record of x and its link field f (a Linux
 * list_head); a pointer to a record names that record, with the link field
 * `field` the macro names (LIST_REMOVE(r, link)). */
static char *element_key(CXCursor e, const char *field) {
  e = strip(e);
  if (clang_getCursorKind(e) == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf) {
    Kids k = kids_of(e);
    CXCursor m = k.n ? strip(k.items[0]) : clang_getNullCursor();
    free(k.items);
    if (clang_Cursor_isNull(m) || clang_getCursorKind(m) != CXCursor_MemberRefExpr) return NULL;
    CXCursor f = clang_getCursorReferenced(m);
    if (clang_getCursorKind(f) != CXCursor_FieldDecl) return NULL;
    char *rec = raw_usr(clang_getCursorSemanticParent(f));
    char *name = str_take(clang_getCursorSpelling(f));
    char *key = *rec ? gl_xasprintf(FACT_ELEM_PREFIX "%s#%s", rec, name) : NULL;
    free(rec);
    free(name);
    return key;
  }
  if (!field) return NULL;
  CXType t = clang_getCanonicalType(clang_getCursorType(e));
  if (t.kind != CXType_Pointer) return NULL;
  CXType rt = clang_getCanonicalType(clang_getPointeeType(t));
  if (rt.kind != CXType_Record) return NULL;
  char *rec = raw_usr(clang_getTypeDeclaration(rt));
  char *key = *rec ? gl_xasprintf(FACT_ELEM_PREFIX "%s#%s", rec, field) : NULL;
  free(rec);
  return key;
}

/* The element key of a bare link pointer (ngx_queue_remove(q) with
 * ngx_queue_t *q, list_del(pos)): it names no record, only the link's own
 * struct, "elem:*" and that struct's USR; owned, or NULL. A list whose head
 * is that struct (a head and the links are one type) links it too
 * (head_wild_key), so such an unlink empties every list of that kind. */
static char *wild_element_key(CXCursor e) {
  CXType t = clang_getCanonicalType(clang_getCursorType(strip(e)));
  if (t.kind != CXType_Pointer) return NULL;
  CXType rt = clang_getCanonicalType(clang_getPointeeType(t));
  if (rt.kind != CXType_Record) return NULL;
  char *rec = raw_usr(clang_getTypeDeclaration(rt));
  char *key = *rec ? gl_xasprintf(FACT_ELEM_PREFIX "*%s", rec) : NULL;
  free(rec);
  return key;
}

/* The wildcard element key of a list head t whose own struct is its links' (ngx_queue_t, list_head). */
static char *head_wild_key(const Target *t) {
  CXType ht = clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(t->decl)));
  if (ht.kind != CXType_Record) return NULL;
  char *rec = raw_usr(clang_getTypeDeclaration(ht));
  char *key = *rec ? gl_xasprintf(FACT_ELEM_PREFIX "*%s", rec) : NULL;
  free(rec);
  return key;
}

/* An op on an element key: OP_SHRINK for an unlink, OP_ELEMENTS (on the
 * list head t) for a link. */
static void emit_element_shrink(Visit *v, const char *key, const char *name, CXCursor site) {
  Target t = {0};
  t.kind = T_STORAGE;
  target_path(&t, ROOT_STORAGE, "", -1, key, "");
  emit_op(v, &t, NULL, OP_SHRINK, name, site);
  target_free(&t);
}

/* Effects of passing args[from..] to callee (a function, method or constructor). */
static void visit_args(Visit *v, CXCursor callee, const char *callee_name, CXCursor *args, unsigned n,
                       unsigned from) {
  int nparams = clang_Cursor_isNull(callee) ? -1 : clang_Cursor_getNumArguments(callee);
  char *callee_usr = clang_Cursor_isNull(callee) ? gl_xstrdup("") : usr_of(v, callee);
  PtrVec links = {0}; /* char*: the element keys this call links into the list it grows */
  for (unsigned i = from; i < n; i++) {
    OpKind ek = rules_classify_element(v->rs, callee_name, (int)(i - from));
    char *key = ek != OPK_NONE ? element_key(args[i], NULL) : NULL;
    if (!key && ek == OPK_UNLINK) key = wild_element_key(args[i]);
    if (key && ek == OPK_UNLINK) emit_element_shrink(v, key, callee_name, args[i]);
    if (key && ek == OPK_UNLINK) free(key);
    else if (key) pv_push(&links, key);
  }
  for (unsigned i = from; i < n; i++) {
    if (rules_classify_element(v->rs, callee_name, (int)(i - from)) != OPK_NONE) continue;
    CXCursor a = strip(args[i]);
    int is_addr = 0;
    if (clang_getCursorKind(a) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(a) == CXUnaryOperator_AddrOf) {
      Kids k = kids_of(a);
      if (k.n) a = k.items[0];
      free(k.items);
      is_addr = 1;
    }
    Target t;
    if (!resolve(v, a, &t)) continue;
    int idx = (int)(i - from);
    CXType decl_type = clang_getCursorType(t.decl);
    const ContainerModel *m = model_of_type(v, decl_type);
    char *cls = class_name_of_type(decl_type);
    int is_class = cls != NULL;
    free(cls);
    OpKind fk = !m || m->family == FAMILY_CLASS ? OPK_NONE
                : m->family == FAMILY_HANDLE       ? rules_classify_arg(m, callee_name, idx)
                                                   : rules_classify(m, callee_name);
    const char *short_name = strrchr(callee_name, ':');
    short_name = short_name ? short_name + 1 : callee_name;
    /* g << x as a free operator: the container is its left operand */
    if (m && m->family == FAMILY_CLASS && idx == 0 && !strncmp(short_name, "operator", 8))
      fk = rules_classify(m, short_name);
    if (rules_name_in(&v->rs->read_funcs, callee_name)) {
      /* std::begin(g), std::size(g): a read, no escape */
    } else if (m && idx == 0 && rules_name_in(&v->rs->grow_funcs, callee_name)) {
      emit_op(v, &t, m, OP_GROW, short_name, args[i]); /* std::back_inserter(g) */
    } else if (rules_name_in(&v->rs->shrink_funcs, callee_name) || (is_class && !strcmp(short_name, "swap")) ||
               (is_class && m && m->family == FAMILY_CLASS && (clang_Cursor_isNull(callee) || in_system(callee)) &&
                (!strcmp(short_name, "splice") || !strcmp(short_name, "splice_after") ||
                 !strcmp(short_name, "merge")))) {
      /* work.splice(work.end(), batch), a.merge(b): the elements move out of the argument (also in a
       * template, where the call names no callee yet) */
      emit_op(v, &t, m, OP_SHRINK, callee_name, args[i]);
    } else if (fk != OPK_NONE &&
               !(m->family == FAMILY_REALLOC && fk == OPK_GROW)) { /* p = realloc(p, n): the assignment's */
      emit_op(v, &t, m, op_of_model(fk), m->family == FAMILY_CLASS ? short_name : callee_name, args[i]);
      for (size_t j = 0; fk == OPK_GROW && j < links.len; j++) emit_op(v, &t, m, OP_ELEMENTS, links.items[j], args[i]);
      char *wild = fk == OPK_GROW && links.len ? head_wild_key(&t) : NULL;
      if (wild) emit_op(v, &t, m, OP_ELEMENTS, wild, args[i]);
      free(wild);
    } else {
      int mut = 0;
      CXType pt = {0};
      int have_param = nparams > idx;
      if (have_param) pt = clang_getCursorType(clang_Cursor_getArgument(callee, (unsigned)idx));
      if (is_addr) {
        mut = !have_param || !is_const_pointee(pt);
      } else if (is_class) {
        mut = have_param && clang_getCanonicalType(pt).kind != CXType_Record &&
              (pt.kind == CXType_LValueReference || pt.kind == CXType_RValueReference ||
               clang_getCanonicalType(pt).kind == CXType_LValueReference ||
               clang_getCanonicalType(pt).kind == CXType_RValueReference) &&
              !is_const_pointee(pt);
        /* a dependent (template) parameter type: assume it may modify */
        if (have_param && clang_getCanonicalType(pt).kind == CXType_Unexposed) mut = 1;
      } else if (m && m->family == FAMILY_HANDLE) {
        mut = !have_param || !is_const_pointee(pt);
      }
      if (mut && m && m->family == FAMILY_HANDLE && is_fresh(v, &t)) mut = 0; /* filling a handle just created */
      if (mut && t.kind == T_STORAGE) ensure_storage(v, &t, m);
      /* a struct of the program handed over by address or reference (vec_push(&g_ids, x)), or a
       * parameter pointing to one passed on (vec_push(v, x) in a wrapper): the callee's ops on
       * its fields are the struct's (README "Access paths") */
      int record = 0;
      CXType ppt = have_param ? clang_getCanonicalType(clang_getNonReferenceType(pt)) : pt;
      if (have_param && ppt.kind == CXType_Pointer) ppt = clang_getCanonicalType(clang_getPointeeType(ppt));
      int to_record = have_param && ppt.kind == CXType_Record && !in_system(callee); /* not memset(&g, 0, n) */
      if (to_record && !m && mut && clang_getCanonicalType(clang_getNonReferenceType(decl_type)).kind == CXType_Record) {
        record = !in_system(clang_getTypeDeclaration(clang_getCanonicalType(clang_getNonReferenceType(decl_type))));
        if (record && t.kind == T_STORAGE) emit_fields(v, &t);
      } else if (to_record && m && m->family == FAMILY_REALLOC && !is_addr && t.kind == T_PARAM && !*t.path.field &&
                 !clang_Cursor_isNull(pointee_record(m, t.decl)) && have_param && !is_const_pointee(pt)) {
        record = 1;
      }
      if (record || (mut && m)) {
        FactArg *fa = gl_xcalloc(1, sizeof *fa);
        fa->target = path_copy(&t.path);
        fa->caller = gl_xstrdup(v->func ? v->func : "");
        fa->callee = gl_xstrdup(callee_usr);
        fa->callee_name = gl_xstrdup(callee_name);
        fa->index = idx;
        fa->mut = record ? FACT_ARG_RECORD : 1;
        fa->loop = v->loop;
        fa->loc = cursor_loc(v, args[i]);
        fa->loop_loc = loop_loc_now(v);
        pv_push(&v->facts->args, fa);
      }
    }
    target_free(&t);
  }
  pv_free(&links, free);
  free(callee_usr);
}


/* Storage facts for the container fields of a static object whose member
 * functions may act on them through `this`. */
typedef struct {
  Visit *v;
  const Target *owner;
  int depth;
} FieldScan;

static enum CXVisitorResult field_cb(CXCursor field, CXClientData d) {
  FieldScan *fs = d;
  CXType ft = clang_getCursorType(field);
  const ContainerModel *m = model_of_type(fs->v, ft);
  char *fname = str_take(clang_getCursorSpelling(field));
  Target t = {0};
  t.kind = T_STORAGE;
  field_target(&t, fs->owner, fname, field);
  t.has_owner = 1;
  if (m && (m->family == FAMILY_CLASS || m->family == FAMILY_HANDLE)) {
    ensure_storage(fs->v, &t, m);
  } else if (!m && fs->depth < 2 && clang_getCanonicalType(ft).kind == CXType_Record) {
    FieldScan inner = {fs->v, &t, fs->depth + 1};
    clang_Type_visitFields(clang_getCanonicalType(ft), field_cb, &inner);
  }
  target_free(&t);
  return CXVisit_Continue;
}

/* A growable array of the program's own is a pointer field beside an
 * integer field in one struct (struct vec { long *data; size_t len, cap; }):
 * of a static object of such a struct (or one a static pointer owns), each
 * data pointer is a realloc'd array field, reached through the functions
 * the object's address is handed to (vec_push(&g_ids, x) growing v->data,
 * counted by v->len: FACT_SIBLING_PREFIX). */
typedef struct {
  Visit *v;
  int ints;
  PtrVec ptrs; /* CXCursor* (owned): the pointer fields */
} ArrayScan;

static enum CXVisitorResult array_field_cb(CXCursor field, CXClientData d) {
  ArrayScan *as = d;
  CXType ft = clang_getCanonicalType(clang_getCursorType(field));
  if (is_integer_type(ft)) {
    as->ints++;
  } else if (ft.kind == CXType_Pointer) {
    enum CXTypeKind pk = clang_getCanonicalType(clang_getPointeeType(ft)).kind;
    const ContainerModel *m = model_of_type(as->v, ft);
    if (pk != CXType_FunctionProto && pk != CXType_FunctionNoProto && pk != CXType_Void && m &&
        m->family == FAMILY_REALLOC) {
      CXCursor *c = gl_xcalloc(1, sizeof *c);
      *c = field;
      pv_push(&as->ptrs, c);
    }
  }
  return CXVisit_Continue;
}

static void emit_array_fields(Visit *v, const Target *t, CXType rec) {
  if (rec.kind != CXType_Record || in_system(clang_getTypeDeclaration(rec))) return;
  ArrayScan as = {v, 0, {0}};
  clang_Type_visitFields(rec, array_field_cb, &as);
  for (size_t i = 0; as.ints && i < as.ptrs.len; i++) {
    CXCursor field = *(CXCursor *)as.ptrs.items[i];
    Target f = {0};
    f.kind = T_STORAGE;
    field_target(&f, t, str_take(clang_getCursorSpelling(field)), field);
    f.has_owner = 1;
    ensure_storage(v, &f, model_of_type(v, clang_getCursorType(field)));
    target_free(&f);
  }
  pv_free(&as.ptrs, free);
}

/* obj.method(...) on a static object (or a parameter): what the method
 * does to `this` happens to obj. */
static void emit_fields(Visit *v, const Target *t) {
  char *key = gl_xasprintf("%s#fields", t->key);
  if (keyset_add(&v->emitted, key)) {
    FieldScan fs = {v, t, 0};
    CXType rec = clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(t->decl)));
    clang_Type_visitFields(rec, field_cb, &fs);
    if (t->kind == T_STORAGE) emit_array_fields(v, t, rec);
  }
  free(key);
}

static void bind_this(Visit *v, const Target *t, CXCursor method, const char *name, CXCursor site) {
  if (t->kind == T_STORAGE) emit_fields(v, t);
  FactArg *fa = gl_xcalloc(1, sizeof *fa);
  fa->target = path_copy(&t->path);
  fa->caller = gl_xstrdup(v->func ? v->func : "");
  fa->callee = usr_of(v, method);
  fa->callee_name = gl_xstrdup(name);
  fa->index = -1;
  fa->mut = 1;
  fa->loop = v->loop;
  fa->loc = cursor_loc(v, site);
  fa->loop_loc = loop_loc_now(v);
  pv_push(&v->facts->args, fa);
}

static void slot_calls_list_free(void *p) {
  pv_free(p, NULL);
  free(p);
}

/* The object a member function runs on, or a thread's argument, handed on:
 * from (a storage, `this` or a parameter of the current function) becomes
 * `this` (index -1) or parameter index of callee. Both are arg facts: link
 * applies the callee's ops to a storage, and lifts them through `this` or a
 * parameter to the callers' arguments, across units (store.c "lifted"). */
static void bind_path(Visit *v, const AccessPath *from, const char *callee, const char *callee_name, int index,
                      CXCursor site) {
  FactArg *fa = gl_xcalloc(1, sizeof *fa);
  fa->target = path_copy(from);
  fa->caller = gl_xstrdup(v->func ? v->func : "");
  fa->callee = gl_xstrdup(callee);
  fa->callee_name = gl_xstrdup(callee_name);
  fa->index = index;
  fa->mut = 1;
  fa->loop = v->loop;
  fa->loc = cursor_loc(v, site);
  fa->loop_loc = loop_loc_now(v);
  pv_push(&v->facts->args, fa);
}

/* Is the walk inside a non-static member function (where `this` is)? */
static int in_method(Visit *v) {
  if (v->func && clang_Cursor_isNull(v->func_cursor)) return v->lambda_this;
  if (!v->func) return 0;
  enum CXCursorKind k = clang_getCursorKind(v->func_cursor);
  return (k == CXCursor_CXXMethod && !clang_CXXMethod_isStatic(v->func_cursor)) || k == CXCursor_Constructor ||
         k == CXCursor_Destructor;
}

/* resolve(), and `this` in a member function. */
static int resolve_self(Visit *v, CXCursor e, Target *out) {
  if (clang_getCursorKind(strip(e)) != CXCursor_CXXThisExpr) return resolve(v, e, out);
  memset(out, 0, sizeof *out);
  if (!in_method(v)) return 0;
  out->kind = T_PARAM;
  target_path(out, ROOT_THIS, v->func, -1, "", "");
  out->symbol = gl_xstrdup("this");
  out->display = gl_xstrdup("this");
  out->decl = v->func_cursor;
  return 1;
}

/* A thread started with a function of the program and an argument
 * (pthread_create(&t, 0, entry, arg), std::thread(&S::run, this)): the
 * argument after the function is that function's first parameter, or its
 * `this` for a member function. */
static void bind_thread_pair(Visit *v, CXCursor fn_arg, CXCursor arg);

/* The function or member function that e names (f or &f), else a null cursor. */
static CXCursor function_named(CXCursor e) {
  CXCursor a = strip(e);
  if (clang_getCursorKind(a) == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(a) == CXUnaryOperator_AddrOf) {
    Kids ak = kids_of(a);
    a = ak.n ? strip(ak.items[0]) : a;
    free(ak.items);
  }
  CXCursor fn = clang_getCursorReferenced(a);
  enum CXCursorKind fk = clang_getCursorKind(fn);
  if (clang_getCursorKind(a) != CXCursor_DeclRefExpr || (fk != CXCursor_FunctionDecl && fk != CXCursor_CXXMethod))
    return clang_getNullCursor();
  return fn;
}

static int is_forwarder(Visit *v, const char *name);

/* The call e is when it calls a function that hands its function argument
 * on (std::bind(&S::run, this): rules/entries.yaml `forward`), else a null
 * cursor. */
static CXCursor forwarder_call(Visit *v, CXCursor e) {
  for (int depth = 0; depth < 4; depth++) {
    e = strip(e);
    if (clang_getCursorKind(e) == CXCursor_CallExpr) {
      CXCursor fn = clang_getCursorReferenced(e);
      char *name = clang_Cursor_isNull(fn) ? NULL : qualified_name(fn);
      int fwd = name && is_forwarder(v, name) && clang_Cursor_getNumArguments(e) > 0;
      free(name);
      if (fwd) return e;
    }
    Kids k = kids_of(e); /* a temporary, a conversion to the thread's callable */
    CXCursor next = k.n == 1 ? k.items[0] : clang_getNullCursor();
    free(k.items);
    if (clang_Cursor_isNull(next)) break;
    e = next;
  }
  return clang_getNullCursor();
}

static void bind_thread_arg(Visit *v, const Kids *k, unsigned args_from) {
  for (unsigned i = args_from; i < k->n; i++) {
    CXCursor fwd = i + 1 == k->n || clang_Cursor_isNull(function_named(k->items[i])) ? forwarder_call(v, k->items[i])
                                                                                     : clang_getNullCursor();
    if (!clang_Cursor_isNull(fwd)) { /* std::thread(std::bind(&S::run, this)): the pair inside */
      int n = clang_Cursor_getNumArguments(fwd);
      Kids inner = {gl_xcalloc((size_t)n + 1, sizeof(CXCursor)), 0, (unsigned)n + 1};
      for (int j = 0; j < n; j++) inner.items[inner.n++] = clang_Cursor_getArgument(fwd, (unsigned)j);
      bind_thread_arg(v, &inner, 0);
      free(inner.items);
      return;
    }
    if (i + 1 >= k->n || clang_Cursor_isNull(function_named(k->items[i]))) continue;
    bind_thread_pair(v, k->items[i], k->items[i + 1]);
    return;
  }
}

/* The parameter index of e in function fn when e names one of its
 * parameters, else -1. */
static int param_named(CXCursor fn, CXCursor e) {
  e = strip(e);
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr) return -1;
  CXCursor p = clang_getCursorReferenced(e);
  int n = clang_Cursor_getNumArguments(fn);
  for (int i = 0; i < n; i++)
    if (clang_equalCursors(clang_Cursor_getArgument(fn, (unsigned)i), p)) return i;
  return -1;
}

typedef struct {
  Visit *v;
  CXCursor fn;     /* the wrapper's definition */
  int fn_param;    /* its parameter that is the thread's function, or -1 */
  int arg_param;   /* its parameter that is the thread's argument */
} ThreadWrap;

static enum CXChildVisitResult thread_wrap_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  ThreadWrap *tw = d;
  if (clang_getCursorKind(c) != CXCursor_CallExpr) return CXChildVisit_Recurse;
  CXCursor callee = clang_getCursorReferenced(c);
  if (clang_Cursor_isNull(callee)) return CXChildVisit_Recurse;
  char *name = qualified_name(callee);
  int once = rules_name_in(&tw->v->rs->entry_once, name);
  free(name);
  int n = clang_Cursor_getNumArguments(c);
  for (int i = 0; once && i + 1 < n; i++) {
    int f = param_named(tw->fn, clang_Cursor_getArgument(c, (unsigned)i));
    int a = f >= 0 ? param_named(tw->fn, clang_Cursor_getArgument(c, (unsigned)i + 1)) : -1;
    if (f >= 0 && a >= 0) {
      tw->fn_param = f;
      tw->arg_param = a;
      return CXChildVisit_Break;
    }
  }
  return CXChildVisit_Recurse;
}

/* A call of the program's own thread helper (start_detached(fn, arg), whose
 * body hands its two parameters to pthread_create): the thread's function
 * gets the argument, as with pthread_create itself. Only a helper this unit
 * defines, and only when the call hands it a function. */
static void bind_thread_wrapper(Visit *v, CXCursor callee, const Kids *k, unsigned args_from) {
  int has_fn = 0;
  for (unsigned i = args_from; i < k->n && !has_fn; i++) has_fn = !clang_Cursor_isNull(function_named(k->items[i]));
  if (!has_fn || in_system(callee)) return;
  CXCursor def = clang_getCursorDefinition(callee);
  if (clang_Cursor_isNull(def) || in_system(def)) return;
  ThreadWrap tw = {v, def, -1, -1};
  clang_visitChildren(def, thread_wrap_cb, &tw);
  if (tw.fn_param < 0 || args_from + (unsigned)tw.fn_param >= k->n || args_from + (unsigned)tw.arg_param >= k->n)
    return;
  bind_thread_pair(v, k->items[args_from + (unsigned)tw.fn_param], k->items[args_from + (unsigned)tw.arg_param]);
}

/* Binds arg to the first parameter (or `this`) of the function fn_arg names. */
static void bind_thread_pair(Visit *v, CXCursor fn_arg, CXCursor arg) {
  CXCursor fn = function_named(fn_arg);
  if (clang_Cursor_isNull(fn) || in_system(fn)) return;
  enum CXCursorKind fk = clang_getCursorKind(fn);
  Target t;
  if (resolve_self(v, arg, &t)) {
    char *usr = usr_of(v, fn), *name = qualified_name(fn);
    int index = fk == CXCursor_CXXMethod && !clang_CXXMethod_isStatic(fn) ? -1 : 0;
    bind_path(v, &t.path, usr, name, index, arg);
    free(usr);
    free(name);
    target_free(&t);
  }
}

/* Closes what a member function does to its object over the binds of the
 * unit: a shrink, reset, guard or escape on `this` (or a parameter) of a
 * callee is one on what the caller handed it, so that run() clearing
 * this->pending_ through drain() counts for the object a thread was started
 * with (`pthread_create(..., &S::entry, this)`, then
 * static_cast<S *>(arg)->run()). The lifted op keeps the site of the
 * original; link applies the outermost one to a storage through its arg.
 * Within one unit, a bounded number of rounds. */
/* How many fields a path has (".a.b": 2). A lifted op whose path would
 * pass LIFT_FIELDS is not followed (as link's lifting, store.c): a walk
 * over a recursive structure (node->next->lock()) hands `this` on through
 * ever longer paths. */
enum { LIFT_FIELDS = 8 };
static size_t fields_in(const char *path) {
  size_t n = 0;
  for (; *path; path++) n += *path == '.';
  return n;
}

static void lift_shrinks(Visit *v) {
  StrMap by_callee = {0}; /* "FUNC#INDEX" -> PtrVec* of FactOp* (borrowed) */
  KeySet seen = {0};
  for (size_t i = 0; i < v->facts->ops.len; i++) {
    FactOp *o = v->facts->ops.items[i];
    if (o->target.root != ROOT_THIS && o->target.root != ROOT_PARAM) continue;
    if (o->kind != OP_SHRINK && o->kind != OP_RESET && o->kind != OP_GUARD && o->kind != OP_ESCAPE) continue;
    char *key = gl_xasprintf("%s#%d", o->target.func, o->target.index);
    PtrVec *list = sm_get(&by_callee, key);
    if (!list) {
      list = gl_xcalloc(1, sizeof *list);
      sm_put(&by_callee, key, list);
    }
    pv_push(list, o);
    free(key);
  }
  PtrVec binds = {0}; /* borrowed FactArg*: the args of `this` or a parameter */
  for (size_t i = 0; i < v->facts->args.len; i++)
    if (((FactArg *)v->facts->args.items[i])->target.root != ROOT_STORAGE) pv_push(&binds, v->facts->args.items[i]);
  for (int round = 0; round < 8; round++) {
    int added = 0;
    for (size_t b = 0; b < binds.len; b++) {
      const FactArg *a = binds.items[b];
      char *key = gl_xasprintf("%s#%d", a->callee, a->index);
      PtrVec *list = sm_get(&by_callee, key);
      free(key);
      for (size_t j = 0; list && j < list->len; j++) {
        const FactOp *o = list->items[j];
        if ((a->index < 0) != (o->target.root == ROOT_THIS)) continue;
        if (fields_in(a->target.field) + fields_in(o->target.field) > LIFT_FIELDS) continue;
        char *field = gl_xasprintf("%s%s", a->target.field, o->target.field);
        AccessPath p = {a->target.root, a->target.func, a->target.index, a->target.key, field};
        char *ps = path_string(&p);
        char *id = gl_xasprintf("%s\n%d\n%s:%u:%u", ps, (int)o->kind, o->loc.file, o->loc.line, o->loc.col);
        if (keyset_add(&seen, id)) {
          FactOp *n = gl_xcalloc(1, sizeof *n);
          n->target = path_copy(&p);
          n->func = gl_xstrdup(a->caller);
          n->kind = o->kind;
          n->detail = gl_xstrdup(o->detail);
          n->loop = a->loop;
          n->loc = loc_copy(&o->loc);
          n->loop_loc = loc_copy(&a->loop_loc);
          pv_push(&v->facts->ops, n);
          char *nk = gl_xasprintf("%s#%d", p.func, p.index);
          PtrVec *nl = sm_get(&by_callee, nk);
          if (!nl) {
            nl = gl_xcalloc(1, sizeof *nl);
            sm_put(&by_callee, nk, nl);
          }
          pv_push(nl, n);
          free(nk);
          added++;
        }
        free(id);
        free(ps);
        free(field);
      }
    }
    if (!added) break;
  }
  sm_free(&by_callee, slot_calls_list_free);
  keyset_free(&seen);
  pv_free(&binds, NULL);
}

static int is_forwarder(Visit *v, const char *name) { return rules_name_in(&v->rs->entry_forward, name); }

/* ---------- keyed growth that is a lookup ----------
 * m[k] on a path where m.count(k), m.contains(k) or m.find(k) != m.end()
 * held finds an existing element; a key that is a literal or an enumerator
 * can add one element per distinct constant, ever. Keys are compared by
 * their spelling (the tokens of the argument). */

static char *tokens_of(Visit *v, CXCursor c) {
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(v->tu, clang_getCursorExtent(c), &toks, &n);
  StrBuf sb = {0};
  for (unsigned i = 0; i < n; i++) {
    char *t = str_take(clang_getTokenSpelling(v->tu, toks[i]));
    sb_append(&sb, t);
    free(t);
  }
  clang_disposeTokens(v->tu, toks, n);
  char *r = gl_xstrdup(sb_cstr(&sb));
  sb_free(&sb);
  return r;
}

static int is_associative(const ContainerModel *m) {
  return (strstr(m->type, "map") || strstr(m->type, "set")) && !strstr(m->type, "multi");
}

static int is_constant_key(CXCursor e) {
  for (int depth = 0; depth < 8; depth++) {
    e = strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_StringLiteral || k == CXCursor_IntegerLiteral || k == CXCursor_CharacterLiteral ||
        k == CXCursor_CXXBoolLiteralExpr)
      return 1;
    if (k == CXCursor_DeclRefExpr)
      return clang_getCursorKind(clang_getCursorReferenced(e)) == CXCursor_EnumConstantDecl;
    Kids kk = kids_of(e);
    if (k == CXCursor_ConditionalOperator) { /* ok ? "ok" : "failed": one of two constants */
      int both = kk.n == 3 && is_constant_key(kk.items[1]) && is_constant_key(kk.items[2]);
      free(kk.items);
      return both;
    }
    /* std::string("tls"): a constructor's first argument (the others are defaults) */
    int one = kk.n >= 1 && (k == CXCursor_CallExpr || (k == CXCursor_UnexposedExpr && kk.n == 1));
    CXCursor next = one ? kk.items[0] : e;
    free(kk.items);
    if (!one) return 0;
    e = next; /* std::string("tls"): the constructor's one argument */
  }
  return 0;
}

/* 1 + the index of the current function's parameter that e names, or 0
 * (FactOp.key_arg): m[name] where name is a parameter. */
static int param_number(Visit *v, CXCursor e) {
  e = strip(e);
  for (int depth = 0; depth < 4 && clang_getCursorKind(e) != CXCursor_DeclRefExpr; depth++) {
    Kids kk = kids_of(e); /* std::string(name): a copy of the parameter */
    enum CXCursorKind k = clang_getCursorKind(e);
    int one = kk.n == 1 && (k == CXCursor_CallExpr || k == CXCursor_UnexposedExpr);
    CXCursor next = one ? strip(kk.items[0]) : e;
    free(kk.items);
    if (!one) return 0;
    e = next;
  }
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr || clang_Cursor_isNull(v->func_cursor)) return 0;
  CXCursor ref = clang_getCursorReferenced(e);
  if (clang_getCursorKind(ref) != CXCursor_ParmDecl) return 0;
  int n = clang_Cursor_getNumArguments(v->func_cursor);
  for (int i = 0; i < n && i < 32; i++)
    if (clang_equalCursors(clang_Cursor_getArgument(v->func_cursor, (unsigned)i), ref)) return i + 1;
  return 0;
}

static int keyed_lookup(Visit *v, const Target *t, const ContainerModel *m, CXCursor *args, unsigned n,
                        unsigned from) {
  if (!is_associative(m) || from >= n) return 0;
  if (is_constant_key(args[from])) return 1;
  char *key = tokens_of(v, args[from]);
  char *entry = gl_xasprintf("%s\n%s", t->key, key);
  int found = 0;
  for (size_t i = 0; i < v->found_keys.len && !found; i++) found = !strcmp(v->found_keys.items[i], entry);
  free(entry);
  free(key);
  return found;
}

/* The container and key of `m.count(k)`, `m.contains(k)` or `m.find(k)`
 * (method in *method), "TARGET\nKEY" (owned), or NULL. */
static char *key_check(Visit *v, CXCursor e, int *is_find) {
  e = strip(e);
  if (clang_getCursorKind(e) != CXCursor_CallExpr) return NULL;
  char *name = str_take(clang_getCursorSpelling(e));
  int find = !strcmp(name, "find"), presence = find || !strcmp(name, "count") || !strcmp(name, "contains");
  free(name);
  Kids k = kids_of(e);
  char *r = NULL;
  if (presence && k.n == 2 && clang_getCursorKind(strip(k.items[0])) == CXCursor_MemberRefExpr) {
    Kids mk = kids_of(strip(k.items[0]));
    Target t;
    if (mk.n && resolve(v, mk.items[0], &t)) {
      char *key = tokens_of(v, k.items[1]);
      r = gl_xasprintf("%s\n%s", t.key, key);
      free(key);
      target_free(&t);
    }
    free(mk.items);
  }
  free(k.items);
  *is_find = find;
  return r;
}

/* Is c an overloaded operator== (*eq = 2) or operator!= (*eq = 1)? */
static int is_find_compare(CXCursor c, int *eq) {
  char *name = str_take(clang_getCursorSpelling(c));
  *eq = !strcmp(name, "operator==") ? 2 : !strcmp(name, "operator!=") ? 1 : 0;
  free(name);
  return *eq != 0;
}

/* Adds to *present the keys cond proves present when true, to *absent those
 * it proves present when false. */
static void key_checks(Visit *v, CXCursor cond, PtrVec *present, PtrVec *absent) {
  CXCursor c = strip(cond);
  enum CXCursorKind k = clang_getCursorKind(c);
  Kids kk = kids_of(c);
  int is_find = 0, eq = 0;
  char *check = NULL;
  if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot && kk.n == 1) {
    key_checks(v, kk.items[0], absent, present);
  } else if (k == CXCursor_BinaryOperator && kk.n == 2) {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    if (op == CXBinaryOperator_LAnd) { /* both hold when it is true */
      PtrVec ignored = {0};
      key_checks(v, kk.items[0], present, &ignored);
      key_checks(v, kk.items[1], present, &ignored);
      pv_free(&ignored, free);
    } else if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE || op == CXBinaryOperator_GT) {
      long long zero = -1;
      CXEvalResult ev = clang_Cursor_Evaluate(kk.items[1]);
      if (ev) {
        if (clang_EvalResult_getKind(ev) == CXEval_Int) zero = clang_EvalResult_getAsLongLong(ev);
        clang_EvalResult_dispose(ev);
      }
      check = key_check(v, kk.items[0], &is_find);
      /* find(k) != end() and count(k) != 0 / > 0 prove presence; == proves absence */
      if (check && (is_find || zero == 0)) pv_push(op == CXBinaryOperator_EQ ? absent : present, check);
      else free(check);
    }
  } else if (k == CXCursor_CallExpr && kk.n == 3 && is_find_compare(c, &eq)) {
    /* m.find(k) == m.end() through the iterator's operator== / operator!= */
    check = key_check(v, kk.items[0], &is_find);
    if (check && is_find) pv_push(eq == 2 ? absent : present, check);
    else free(check);
  } else if ((check = key_check(v, c, &is_find)) != NULL) {
    if (!is_find) pv_push(present, check); /* if (m.count(k)), if (m.contains(k)) */
    else free(check);
  }
  free(kk.items);
}

/* Does this statement leave the enclosing block (return, continue, break)? */
static int leaves(CXCursor s) {
  enum CXCursorKind k = clang_getCursorKind(s);
  if (k == CXCursor_ReturnStmt || k == CXCursor_ContinueStmt || k == CXCursor_BreakStmt) return 1;
  if (k != CXCursor_CompoundStmt) return 0;
  Kids kk = kids_of(s);
  int r = kk.n && leaves(kk.items[kk.n - 1]);
  free(kk.items);
  return r;
}

/* if (COND) THEN [else ELSE]: the keys COND proves present are found in
 * THEN, those it proves absent in ELSE, and, when THEN leaves the block
 * (`if (m.find(k) == m.end()) return;`), in the rest of the function. */
static void walk_if(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  unsigned ci = 0;
  while (ci < kk.n && !clang_isExpression(clang_getCursorKind(kk.items[ci]))) ci++;
  PtrVec present = {0}, absent = {0};
  if (ci + 1 < kk.n) key_checks(v, kk.items[ci], &present, &absent);
  for (unsigned i = 0; i < kk.n; i++) {
    size_t mark = v->found_keys.len;
    PtrVec *add = i == ci + 1 ? &present : i == ci + 2 ? &absent : NULL;
    for (size_t j = 0; add && j < add->len; j++) pv_push(&v->found_keys, gl_xstrdup(add->items[j]));
    int co = v->in_cond, br = v->in_branch, cl = v->cond_leaves;
    v->in_cond = i == ci && ci + 1 < kk.n;
    v->cond_leaves = v->in_cond && leaves(kk.items[ci + 1]);
    if (i > ci) v->in_branch = 1;
    int then = i == ci + 1 && v->nconds < sizeof v->conds / sizeof v->conds[0];
    if (then) v->conds[v->nconds++] = kk.items[ci];
    walk(v, kk.items[i]);
    if (then) v->nconds--;
    v->cond_leaves = cl;
    v->in_cond = co;
    v->in_branch = br;
    while (v->found_keys.len > mark) free(v->found_keys.items[--v->found_keys.len]);
  }
  if (ci + 2 == kk.n && leaves(kk.items[ci + 1])) /* no else, and THEN leaves: absent keys are found after */
    for (size_t j = 0; j < absent.len; j++) pv_push(&v->found_keys, gl_xstrdup(absent.items[j]));
  pv_free(&present, free);
  pv_free(&absent, free);
  free(kk.items);
}

/* g_manager = std::make_unique<Manager>(...) (or its initialiser): the
 * owned object is built by a constructor of its class, which runs here on
 * it; each constructor the class declares is bound (which one runs is not
 * worked out), with a call from here (from file scope: ""). */
typedef struct {
  Visit *v;
  const Target *owned;
  CXCursor site;
} OwnedCtors;

static enum CXChildVisitResult owned_ctor_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  OwnedCtors *oc = d;
  if (clang_getCursorKind(c) != CXCursor_Constructor) return CXChildVisit_Continue;
  Visit *v = oc->v;
  char *name = qualified_name(c);
  bind_this(v, oc->owned, c, name, oc->site);
  ((FactArg *)v->facts->args.items[v->facts->args.len - 1])->mut = 0; /* not an escape */
  FactCall *fc = gl_xcalloc(1, sizeof *fc);
  fc->caller = gl_xstrdup(v->func ? v->func : "");
  fc->callee = usr_of(v, c);
  fc->callee_name = name;
  fc->loop = v->loop;
  fc->loc = cursor_loc(v, oc->site);
  fc->loop_loc = loop_loc_now(v);
  pv_push(&v->facts->calls, fc);
  return CXChildVisit_Continue;
}

static void bind_owned_construction(Visit *v, const Target *ptr, CXCursor site) {
  Target owned;
  if (!owned_target(v, ptr, &owned)) return;
  OwnedCtors oc = {v, &owned, site};
  clang_visitChildren(owned.decl, owned_ctor_cb, &oc);
  target_free(&owned);
}

/* A static smart pointer assigned or reset in a loop owns one object after
 * another: that is a reset of what it owns (its key is the owned fields'
 * prefix). Set once, at start-up or at shutdown, it is not. */
static void owner_assigned(Visit *v, const Target *t, const char *short_name, CXCursor c) {
  if (t->kind != T_STORAGE || clang_Cursor_isNull(owned_class(t->decl))) return;
  int assign = !strcmp(short_name, "operator=");
  if (!assign && strcmp(short_name, "reset")) return;
  if (loop_may_repeat(v->loop)) emit_op(v, t, NULL, OP_RESET, short_name, c);
  if (assign) bind_owned_construction(v, t, c);
}

/* Does expression c mention key (directly or through fields)? */
typedef struct {
  Visit *v;
  const char *key;
  int found;
  int static_var;       /* mentions any static-storage non-const variable */
  int depth;            /* locals followed so far; LOCAL_DEPTH: none (a guard's limit is read as written) */
} Mention;

static Mention mentions(Visit *v, CXCursor c, const char *key, int follow);

/* The operation a member call (or an operator call) does on its object obj:
 * a modelled container's method by its model, an unmodelled call on a
 * dependent-type parameter by any model, `=` a reset; a non-const method of
 * the program called on a record binds `this`. k/args_from locate the
 * arguments (for keyed lookups). */
/* ---------- a wrapper that hands its value to a callable ----------
 * `template <class F> void with(F f) { std::lock_guard<std::mutex> l(m_); f(value_); }`:
 * g_log.with([&](auto &v) { v.push_back(x); }) does to g_log.value_ what
 * the lambda does to its parameter (README "Wrappers"). */

typedef struct {
  CXCursor parm;   /* the member function's callable parameter */
  CXCursor field;  /* out: the field of `this` it is called with */
  int arg;         /* out: as which argument of the callable */
  int found;
} HandScan;

static enum CXChildVisitResult hand_scan_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  HandScan *hs = d;
  if (clang_getCursorKind(c) != CXCursor_CallExpr) return CXChildVisit_Recurse;
  Kids k = kids_of(c);
  unsigned callee = k.n;
  for (unsigned i = 0; i < k.n && i < 2 && callee == k.n; i++) { /* f(x), or f.operator()(x) */
    CXCursor e = strip(k.items[i]);
    if (clang_getCursorKind(e) == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(e), hs->parm))
      callee = i;
  }
  for (unsigned i = callee + 1, n = 0; i < k.n && !hs->found; i++) {
    CXCursor a = strip(k.items[i]);
    if (clang_getCursorKind(a) == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(a)) == CXCursor_CXXMethod)
      continue; /* the operator's own name */
    if (clang_getCursorKind(a) == CXCursor_MemberRefExpr &&
        clang_getCursorKind(clang_getCursorReferenced(a)) == CXCursor_FieldDecl) {
      Kids mk = kids_of(a);
      int of_this = !mk.n || clang_getCursorKind(strip(mk.items[0])) == CXCursor_CXXThisExpr;
      free(mk.items);
      if (of_this) {
        hs->field = clang_getCursorReferenced(a);
        hs->arg = (int)n;
        hs->found = 1;
      }
    }
    n++;
  }
  free(k.items);
  return hs->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

typedef struct {
  const char *name;
  CXCursor found;
} FieldNamed;

static enum CXVisitorResult field_named_cb(CXCursor field, CXClientData d) {
  FieldNamed *fn = d;
  char *n = str_take(clang_getCursorSpelling(field));
  if (!strcmp(n, fn->name)) fn->found = field;
  free(n);
  return clang_Cursor_isNull(fn->found) ? CXVisit_Continue : CXVisit_Break;
}

/* obj.m(..., lambda, ...) where m calls the lambda's parameter with a field
 * of its object: the lambda's parameter is that field of obj. */
static void hands_value_to_callable(Visit *v, CXCursor c, CXCursor obj, CXCursor ref, const Kids *k,
                                    unsigned args_from) {
  if (clang_Cursor_isNull(obj) || clang_getCursorKind(ref) != CXCursor_CXXMethod || in_system(ref)) return;
  /* the written definition: through the template a specialization comes from
   * (guarded<std::vector<int>>::with<L> -> guarded<std::vector<int>>::with -> guarded<T>::with) */
  CXCursor cur = ref, def = clang_getNullCursor();
  for (int up = 0; up < 4 && !clang_Cursor_isNull(cur); up++) {
    def = clang_getCursorDefinition(cur);
    if (!clang_Cursor_isNull(def) && clang_getCursorKind(def) != CXCursor_CXXMethod) break; /* the pattern's */
    cur = clang_getSpecializedCursorTemplate(cur);
  }
  if (clang_Cursor_isNull(def)) return;
  for (unsigned i = args_from; i < k->n; i++) {
    CXCursor lam = strip(k->items[i]);
    if (clang_getCursorKind(lam) != CXCursor_LambdaExpr) continue;
    /* the definition's parameter at this argument's place */
    Kids dk = kids_of(def);
    CXCursor parm = clang_getNullCursor();
    for (unsigned j = 0, n = 0; j < dk.n; j++) {
      if (clang_getCursorKind(dk.items[j]) != CXCursor_ParmDecl) continue;
      if (n++ == i - args_from) parm = dk.items[j];
    }
    free(dk.items);
    if (clang_Cursor_isNull(parm)) continue;
    HandScan hs = {parm, clang_getNullCursor(), 0, 0};
    clang_visitChildren(def, hand_scan_cb, &hs);
    Target w;
    if (!hs.found || !resolve(v, obj, &w)) continue;
    char *fname = str_take(clang_getCursorSpelling(hs.field));
    FieldNamed fn = {fname, clang_getNullCursor()};
    clang_Type_visitFields(clang_getCanonicalType(clang_getCursorType(w.decl)), field_named_cb, &fn);
    if (w.kind == T_STORAGE && !clang_Cursor_isNull(fn.found)) {
      Target t = {0};
      t.kind = T_STORAGE;
      field_target(&t, &w, gl_xstrdup(fname), fn.found);
      t.has_owner = 1;
      const ContainerModel *m = model_of_type(v, clang_getCursorType(fn.found));
      if (m) ensure_storage(v, &t, m);
      Loc l = cursor_loc(v, lam);
      char *usr = lambda_usr(v, lam, &l);
      const char *base = strrchr(l.file, '/');
      char *lname = gl_xasprintf("lambda at %s:%u", base ? base + 1 : l.file, l.line);
      bind_path(v, &t.path, usr, lname, hs.arg, c);
      free(lname);
      free(usr);
      loc_free(&l);
      target_free(&t);
    }
    free(fname);
    target_free(&w);
  }
}

static void call_on_object(Visit *v, CXCursor c, CXCursor obj, CXCursor ref, int known, const char *name,
                           const char *short_name, const Kids *k, unsigned args_from) {
  Target t;
  if (known && clang_getCursorKind(ref) == CXCursor_CXXMethod && !in_system(ref) && !clang_CXXMethod_isStatic(ref) &&
      (clang_Cursor_isNull(obj) || clang_getCursorKind(strip(obj)) == CXCursor_CXXThisExpr) && in_method(v)) {
    AccessPath self = {ROOT_THIS, v->func, -1, "", ""}; /* drain() or this->drain(): the same object */
    char *usr = usr_of(v, ref);
    bind_path(v, &self, usr, name, -1, c);
    free(usr);
    return;
  }
  if (clang_Cursor_isNull(obj) || !resolve(v, obj, &t)) return;
  if (clang_getCanonicalType(clang_getCursorType(obj)).kind == CXType_Pointer) pointee_target(v, &t); /* p->run() */
  const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
  if (!m) owner_assigned(v, &t, short_name, c);
  OpKind kind = OPK_NONE;
  if (m && m->family == FAMILY_CLASS) kind = rules_classify(m, short_name);
  else if (!m && t.kind == T_PARAM && is_dependent(clang_getCursorType(t.decl)))
    kind = rules_classify_any(v->rs, short_name);
  if (!strcmp(short_name, "operator=") && (m || t.kind == T_PARAM)) kind = OPK_RESET;
  if (kind == OPK_RESET && args_from < k->n && !strcmp(short_name, "resize") &&
      mentions(v, k->items[args_from], t.key, 1).found) {
    /* sized from itself: g.resize(g.size() + n) grows, g.resize(g.size() - 1) shrinks */
    CXCursor size = strip(k->items[args_from]);
    if (clang_getCursorKind(size) == CXCursor_BinaryOperator) {
      enum CXBinaryOperatorKind bop = clang_getCursorBinaryOperatorKind(size);
      if (bop == CXBinaryOperator_Add || bop == CXBinaryOperator_Mul) kind = OPK_GROW;
      else if (bop == CXBinaryOperator_Sub || bop == CXBinaryOperator_Div || bop == CXBinaryOperator_Shr)
        kind = OPK_SHRINK;
    }
  }
  if (kind == OPK_RESET && args_from >= k->n && !strcmp(short_name, "str"))
    kind = OPK_ITERATE; /* g.str() reads a string stream; g.str("") empties it */
  CXType obj_type = clang_getCanonicalType(clang_getCursorType(obj)); /* p->run() on a parameter, or a cast of one */
  int param_ptr = t.kind == T_PARAM && obj_type.kind == CXType_Pointer &&
                  clang_getCanonicalType(clang_getPointeeType(obj_type)).kind == CXType_Record;
  if ((!m || param_ptr) && known && !in_system(ref) && !clang_CXXMethod_isConst(ref) && !clang_CXXMethod_isStatic(ref) &&
      (clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(t.decl))).kind == CXType_Record ||
       param_ptr))
    bind_this(v, &t, ref, name, c);
  if (kind == OPK_SIZE && v->in_cond) {
    /* handled by the comparison that contains it */
  } else if (kind == OPK_GROW && m && (keyed_lookup(v, &t, m, k->items, k->n, args_from) ||
                                        (v->obj_read && !strcmp(short_name, "operator[]")))) {
    /* a key known to be there, or one of a fixed set; m[k].empty(): m[k] only read */
    emit_op(v, &t, m, OP_LOOKUP, short_name, c);
  } else if (kind != OPK_NONE && kind != OPK_SIZE) {
    FactOp *o = emit_op(v, &t, m, op_of_model(kind), short_name, c);
    if (o && kind == OPK_GROW && m && is_associative(m) && args_from < k->n)
      o->key_arg = param_number(v, k->items[args_from]);
  }
  target_free(&t);
}

/* Walks a call's children: those before args_from (the callee) with
 * in_callee, the arguments with in_arg and the function they are passed to
 * (std::bind(f, ...) and std::function(f) hand it on to their own receiver). */
static void walk_call_children(Visit *v, const Kids *k, unsigned args_from, int known, CXCursor ref,
                               const char *name, int reads_object) {
  CXCursor saved_outer = v->outer_call;
  int saved_outer_index = v->outer_index;
  int forwards = known && !clang_Cursor_isNull(saved_outer) && is_forwarder(v, name);
  int saved_read = v->obj_read, saved_compare = v->in_compare;
  v->in_compare = 0; /* register(f) == 0: f is passed, not compared */
  for (unsigned i = 0; i < k->n; i++) {
    int a = v->in_arg, ce = v->in_callee;
    CXCursor saved_callee = v->arg_callee;
    v->obj_read = i < args_from && reads_object;
    if (i < args_from) {
      v->in_callee = 1;
      v->in_arg = 0;
    } else {
      v->in_callee = 0;
      v->in_arg = 1;
      if (forwards) {
        v->arg_callee = saved_outer;
        v->arg_index = saved_outer_index;
      } else {
        v->arg_callee = known ? ref : clang_getNullCursor();
        v->arg_index = (int)(i - args_from);
        v->outer_call = v->arg_callee;
        v->outer_index = v->arg_index;
      }
    }
    walk(v, k->items[i]);
    v->in_arg = a;
    v->in_callee = ce;
    v->arg_callee = saved_callee;
    v->outer_call = saved_outer;
    v->outer_index = saved_outer_index;
  }
  v->obj_read = saved_read;
  v->in_compare = saved_compare;
}

/* A call and function slots: a call through a slot (g_hook(), kw[i].fn(x),
 * (this->*h)(), cb_() on a std::function) is a call whose callee is the
 * slot; a table passed to a function escapes there. Returns 1 when the
 * call's arguments are stored in a slot (std::function's constructor or
 * operator=), with *slot (owned) set to it for operator= and to v->slot for
 * a constructor. */
static int call_through_slot(Visit *v, CXCursor c, CXCursor ref, int known, const char *short_name, const Kids *k,
                             unsigned args_from, char **slot) {
  *slot = NULL;
  int is_fn_object = known && in_system(ref) && is_fn_object_class(clang_getCursorSemanticParent(ref));
  CXCursor obj = clang_getNullCursor();
  if (is_fn_object && k->n && !strncmp(short_name, "operator", 8)) obj = k->items[0];
  if (is_fn_object && clang_getCursorKind(ref) == CXCursor_Constructor) {
    *slot = v->slot ? gl_xstrdup(v->slot) : NULL;
    return *slot != NULL;
  }
  if (is_fn_object && !clang_Cursor_isNull(obj) && !strcmp(short_name, "operator=")) {
    *slot = slot_of(v, obj);
    return *slot != NULL;
  }
  char *through = NULL;
  if (is_fn_object && !clang_Cursor_isNull(obj) && !strcmp(short_name, "operator()")) through = slot_of(v, obj);
  else if (!known && k->n) through = slot_of(v, k->items[0]);
  if (through) {
    char *display = str_take(clang_getCursorSpelling(c));
    emit_call(v, through, *display ? display : through, c);
    free(display);
    /* the function type of a function-pointer slot: link matches it against the functions it may hold */
    CXType ft = clang_getCanonicalType(clang_getCursorType(k->items[0]));
    if (ft.kind == CXType_Pointer) ft = clang_getCanonicalType(clang_getPointeeType(ft));
    FactCall *last = v->func && !is_fn_object && v->facts->calls.len ? v->facts->calls.items[v->facts->calls.len - 1]
                                                                      : NULL;
    if (last && !last->sig && (ft.kind == CXType_FunctionProto || ft.kind == CXType_FunctionNoProto))
      last->sig = str_take(clang_getTypeSpelling(ft));
    if (!known) pass_own_data(v, through, k->items[0], k, args_from);
  }
  if (is_fn_object || (known && rules_name_in(&v->rs->entry_transient, short_name))) {
    free(through);
    return 0;
  }
  /* a table handed to a call through another slot goes to the functions
   * stored there (cmd->getkeys_proc(cmd, ...)): link follows that slot */
  char *to = known ? usr_of(v, ref) : through ? through : gl_xstrdup("");
  if (known) free(through);
  for (unsigned i = args_from; i < k->n; i++) {
    CXCursor a = strip(k->items[i]);
    if (clang_getCursorKind(a) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(a) == CXUnaryOperator_AddrOf) {
      Kids ak = kids_of(a);
      if (ak.n) a = strip(ak.items[0]);
      free(ak.items);
    }
    table_escape(v, a, to);
  }
  free(to);
  return 0;
}

/* A function object of the program (a class with an operator(), a variable
 * holding a lambda) passed to a function template of the program
 * (topo.eachPeer<PingAll &>(pf), visit_all(f)): the template's f(x) is a
 * dependent call that names no callee, so the object is handed over as a
 * lambda is: its operator() is long-lived, runs once, or runs here, as
 * entry_kind says for that callee. */
static void functor_args(Visit *v, CXCursor callee, const Kids *k, unsigned args_from) {
  if (in_system(callee)) return;
  CXCursor tmpl = clang_getCursorKind(callee) == CXCursor_FunctionTemplate ? callee
                                                                          : clang_getSpecializedCursorTemplate(callee);
  if (clang_Cursor_isNull(tmpl)) return;
  Kids params = {0};
  clang_visitChildren(tmpl, parm_decl_cb, &params);
  for (unsigned i = args_from; i < k->n; i++) {
    CXCursor a = strip(k->items[i]);
    /* Runner<Tick>{t}: the children of a constructor call start with the
     * type's TemplateRef and TypeRef, which are not arguments (and which
     * clang_getCursorType must not be asked about) */
    if (!clang_isExpression(clang_getCursorKind(a))) continue;
    if (i - args_from >= params.n || !is_dependent(clang_getCursorType(params.items[i - args_from]))) continue;
    if (clang_getCursorKind(a) == CXCursor_LambdaExpr) continue; /* visit_lambda */
    CXType t = clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(a)));
    if (t.kind != CXType_Record) continue;
    CXCursor cls = clang_getTypeDeclaration(t), op = clang_getNullCursor();
    if (clang_Cursor_isNull(cls) || in_system(cls)) continue;
    clang_visitChildren(cls, call_operator_cb, &op);
    if (clang_Cursor_isNull(op) || clang_getCursorKind(op) != CXCursor_CXXMethod) continue;
    char *usr = identity_of_function(v, op), *name = qualified_name(op);
    char *cname = qualified_name(cls);
    char *what = *cname ? gl_xasprintf("the function object '%s'", cname) : gl_xstrdup("the lambda");
    int a_in = v->in_arg, a_index = v->arg_index;
    CXCursor a_callee = v->arg_callee;
    v->in_arg = 1;
    v->arg_callee = callee;
    v->arg_index = (int)(i - args_from);
    char *reason = NULL;
    int kind = entry_kind(v, what, &reason);
    if (kind == ENTRY_LONG_LIVED) emit_entry(v, usr, reason, k->items[i]);
    else if (kind == ENTRY_ONCE) emit_thread_entry(v, usr, name, k->items[i]);
    else emit_call(v, usr, name, k->items[i]);
    v->in_arg = a_in;
    v->arg_index = a_index;
    v->arg_callee = a_callee;
    free(reason);
    free(what);
    free(cname);
    free(name);
    free(usr);
  }
  free(params.items);
}

/* Is a member call's callee written with a qualifier (Base::run(), obj.Base::run()),
 * which calls that class's function, not the object's override? */
static int qualified_callee(Visit *v, CXCursor member_ref) {
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(v->tu, clang_getCursorExtent(member_ref), &toks, &n);
  int qualified = 0; /* a :: after the last . or -> (ns::g_service->run() is not qualified) */
  for (unsigned i = 0; i < n; i++) {
    CXString sp = clang_getTokenSpelling(v->tu, toks[i]);
    const char *t = clang_getCString(sp);
    if (!strcmp(t, ".") || !strcmp(t, "->")) qualified = 0;
    else if (!strcmp(t, "::")) qualified = 1;
    clang_disposeString(sp);
  }
  clang_disposeTokens(v->tu, toks, n);
  return qualified;
}

/* Does member call obj.m() (or obj OP x) only read obj: m is const, or a
 * model (of obj's type) calls it a lookup, size or iterate, or it is an
 * obj[k] whose own element is only read (v->obj_read)? A const
 * conversion (operator bool() const, explicit or not) reads it too: !m[k],
 * if (m[k]), m[k] ? a : b and m[k] && x on a shared_ptr, a function or a
 * class of the program convert m[k] through an implicit member call. */
static int reads_object(Visit *v, CXCursor ref, enum CXCursorKind rk, int member_call, const Kids *k,
                        const char *short_name) {
  if (rk == CXCursor_ConversionFunction && member_call) return clang_CXXMethod_isConst(ref);
  if (rk != CXCursor_CXXMethod || clang_CXXMethod_isStatic(ref)) return 0;
  if (!member_call && strncmp(short_name, "operator", 8)) return 0;
  if (clang_CXXMethod_isConst(ref)) return 1;
  if (!k->n) return 0;
  CXCursor obj = strip(k->items[0]);
  if (member_call) {
    Kids mk = kids_of(obj);
    obj = mk.n ? strip(mk.items[0]) : clang_getNullCursor();
    free(mk.items);
  }
  if (clang_Cursor_isNull(obj) || !clang_isExpression(clang_getCursorKind(obj))) return 0;
  CXType ot = clang_getCursorType(obj);
  if (ot.kind == CXType_Invalid || ot.kind == CXType_Unexposed || ot.kind == CXType_Dependent) return 0;
  const ContainerModel *m = model_of_type(v, ot);
  if (!m || m->family != FAMILY_CLASS) return 0;
  OpKind kind = rules_classify(m, short_name);
  if (v->obj_read && kind == OPK_GROW && !strcmp(short_name, "operator[]"))
    return 1; /* !m[a][b], m[a][b].empty(): the element of an element only read */
  static const char *const reads[] = {"end", "cend", "rend", "crend", "empty", NULL}; /* no op of their own */
  for (size_t i = 0; reads[i]; i++)
    if (!strcmp(short_name, reads[i])) return 1;
  return kind == OPK_LOOKUP || kind == OPK_SIZE || kind == OPK_ITERATE;
}

/* A call: the operation on its object (member and operator calls), the call
 * fact, the args passed to a function that may modify them, then the children. */
/* The member a dependent member call names (m_queue.splice(...) in a class
 * template, where libclang spells neither the call nor its member): the
 * identifier after the last . or -> of the member expression; owned, "" when
 * none. */
static char *dependent_member_name(Visit *v, CXCursor member_ref) {
  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(v->tu, clang_getCursorExtent(member_ref), &toks, &n);
  char *name = gl_xstrdup("");
  for (unsigned i = 0; i + 1 < n; i++) {
    CXString sp = clang_getTokenSpelling(v->tu, toks[i]);
    const char *t = clang_getCString(sp);
    if ((!strcmp(t, ".") || !strcmp(t, "->")) && clang_getTokenKind(toks[i + 1]) == CXToken_Identifier) {
      free(name);
      name = str_take(clang_getTokenSpelling(v->tu, toks[i + 1]));
    }
    clang_disposeString(sp);
  }
  clang_disposeTokens(v->tu, toks, n);
  return name;
}

static void walk_call(Visit *v, CXCursor c) {
  CXCursor ref = clang_getCursorReferenced(c);
  enum CXCursorKind rk = clang_getCursorKind(ref);
  Kids k = kids_of(c);
  int known = is_function_kind(rk) || rk == CXCursor_Constructor;
  char *name = known ? qualified_name(ref) : str_take(clang_getCursorSpelling(c));
  char *short_name = str_take(clang_getCursorSpelling(known ? ref : c));
  unsigned args_from = 0;
  CXCursor head = k.n ? strip(k.items[0]) : clang_getNullCursor();
  int member_call = k.n && clang_getCursorKind(head) == CXCursor_MemberRefExpr;
  if (!known && member_call && !*short_name && clang_getCursorType(c).kind == CXType_Dependent) {
    free(name);
    free(short_name);
    name = dependent_member_name(v, head);
    short_name = gl_xstrdup(name);
  }

  if (rk == CXCursor_Constructor) {
    /* T<U>{x} and T(x): the type's TemplateRef / TypeRef come before the arguments */
    while (args_from < k.n && !clang_isExpression(clang_getCursorKind(k.items[args_from]))) args_from++;
  } else if ((rk == CXCursor_CXXMethod && (member_call || !strncmp(short_name, "operator", 8))) ||
             (!known && member_call)) {
    /* obj.m(args) or operator call obj OP args (S::f(args), a static member, is a plain call) */
    CXCursor obj = clang_getNullCursor();
    if (member_call) {
      Kids mk = kids_of(head);
      if (mk.n) obj = mk.items[0];
      free(mk.items);
      args_from = 1;
    } else if (k.n >= 2) {
      obj = k.items[0];
      args_from = 2; /* k[1] is the operator's name */
    }
    call_on_object(v, c, obj, ref, known, name, short_name, &k, args_from);
    if (known && member_call) hands_value_to_callable(v, c, obj, ref, &k, args_from);
  } else {
    args_from = 1; /* k[0] is the callee expression */
  }
  /* a free operator written as one (g << x): its children are the left
   * operand, the operator's name, then the right operand */
  Kids ops = {0};
  if (known && rk == CXCursor_FunctionDecl && !strncmp(short_name, "operator", 8) && k.n >= 3 &&
      clang_getCursorKind(strip(k.items[1])) == CXCursor_DeclRefExpr &&
      clang_equalCursors(clang_getCursorReferenced(strip(k.items[1])), ref)) {
    ops.items = gl_xcalloc(k.n - 1, sizeof *ops.items);
    ops.items[ops.n++] = k.items[0];
    for (unsigned i = 2; i < k.n; i++) ops.items[ops.n++] = k.items[i];
  }
  const Kids *ak = ops.items ? &ops : &k;
  unsigned ak_from = ops.items ? 0 : args_from;

  if (known && !in_system(ref)) {
    char *usr = usr_of(v, ref);
    emit_call_args(v, usr, name, c, ak->n > ak_from ? ak->items + ak_from : NULL,
                   ak->n > ak_from ? ak->n - ak_from : 0);
    free(usr);
    if (rk == CXCursor_CXXMethod && member_call && clang_CXXMethod_isVirtual(ref) && !qualified_callee(v, head)) {
      char *slot = virtual_slot(v, ref); /* svc->run(): any override of run; Base::run() is no dispatch */
      if (slot) emit_call(v, slot, name, c);
      free(slot);
    }
  }
  if (ak->n > ak_from)
    visit_args(v, known ? ref : clang_getNullCursor(), name, ak->items, ak->n, ak_from);
  free(ops.items);
  if (known && rules_name_in(&v->rs->entry_once, name)) bind_thread_arg(v, &k, args_from);
  else if (known) bind_thread_wrapper(v, ref, &k, args_from);
  if (known) functor_args(v, ref, &k, args_from);
  char *saved_slot = v->slot, *saved_data = v->data, *slot = NULL;
  int saved_slot_call = v->slot_call;
  unsigned saved_npassed = v->npassed;
  v->slot_call = call_through_slot(v, c, ref, known, short_name, &k, args_from, &slot);
  v->slot = v->slot_call ? slot : NULL;
  v->data = NULL;
  walk_call_children(v, &k, args_from, known, ref, name, reads_object(v, ref, rk, member_call, &k, short_name));
  v->slot = saved_slot;
  v->data = saved_data;
  v->slot_call = saved_slot_call;
  v->npassed = saved_npassed;
  free(slot);
  free(k.items);
  free(name);
  free(short_name);
}

static int is_null_literal(CXCursor c) {
  c = strip(c);
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_CXXNullPtrLiteralExpr || k == CXCursor_GNUNullExpr) return 1;
  if (k == CXCursor_IntegerLiteral) {
    CXEvalResult r = clang_Cursor_Evaluate(c);
    int zero = r && clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
    if (r) clang_EvalResult_dispose(r);
    return zero;
  }
  return 0;
}

/* A local variable of the function being walked: neither a storage nor a
 * reference alias of one (what resolve() does not name). */
static int is_plain_local(Visit *v, CXCursor ref) {
  if (clang_getCursorKind(ref) != CXCursor_VarDecl || clang_Cursor_hasVarDeclGlobalStorage(ref) == 1) return 0;
  for (size_t i = 0; i < v->aliases.len; i++)
    if (clang_equalCursors(((Alias *)v->aliases.items[i])->var, ref)) return 0;
  return 1;
}

/* The values a local variable takes: its initialiser and the right side of
 * every `var = X` in function fn (a null cursor: the initialiser only). */
typedef struct {
  CXCursor var;
  Kids out;             /* the values, appended */
} LocalSources;

static enum CXChildVisitResult local_source_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  LocalSources *ls = d;
  if (clang_getCursorKind(c) == CXCursor_BinaryOperator &&
      clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
    Kids k = kids_of(c);
    if (k.n == 2 && clang_getCursorKind(strip(k.items[0])) == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCursorReferenced(strip(k.items[0])), ls->var))
      collect(strip(k.items[1]), c, &ls->out);
    free(k.items);
  }
  return CXChildVisit_Recurse;
}

/* Owned: the values of local var in fn (free .items). */
static Kids local_sources(CXCursor var, CXCursor fn) {
  LocalSources ls = {var, {0}};
  Kids k = kids_of(var);
  if (k.n && clang_isExpression(clang_getCursorKind(k.items[k.n - 1]))) collect(strip(k.items[k.n - 1]), var, &ls.out);
  free(k.items);
  if (!clang_Cursor_isNull(fn)) clang_visitChildren(fn, local_source_cb, &ls);
  return ls.out;
}


static enum CXChildVisitResult mention_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  Mention *m = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr) {
    Target t;
    if (resolve(m->v, c, &t)) {
      if (m->key && !strncmp(t.key, m->key, strlen(m->key))) m->found = 1;
      if (t.kind == T_STORAGE && !clang_isConstQualifiedType(clang_getCursorType(t.decl))) m->static_var = 1;
      target_free(&t);
    } else if (k == CXCursor_DeclRefExpr && m->key && !m->found && m->depth < LOCAL_DEPTH &&
               is_plain_local(m->v, clang_getCursorReferenced(c))) {
      /* g_cap = ncap where ncap = g_cap * 2: the value comes from key */
      Kids src = local_sources(clang_getCursorReferenced(c), m->v->func_cursor);
      for (unsigned i = 0; i < src.n && !m->found; i++) {
        Mention sub = {m->v, m->key, 0, 0, m->depth + 1};
        mention_cb(src.items[i], src.items[i], &sub);
        clang_visitChildren(src.items[i], mention_cb, &sub);
        m->found = sub.found;
      }
      free(src.items);
    }
  }
  return CXChildVisit_Recurse;
}

/* follow: also through the values of locals (an assignment's right side;
 * not a guard's limit, read as written). */
static Mention mentions(Visit *v, CXCursor c, const char *key, int follow) {
  Mention m = {v, key, 0, 0, follow ? 0 : LOCAL_DEPTH};
  mention_cb(c, c, &m);
  clang_visitChildren(c, mention_cb, &m);
  return m;
}

/* The counters named in a realloc size expression: static integers other
 * than the array itself (g_count + 1, g_buf.n * 2, cap), and integer fields
 * beside the array in the object a parameter or a static pointer points to
 * (v->len + 1 for v->data: FACT_SIBLING_PREFIX "len", which link reads as
 * the field of that name beside the storage the op lands on). */
typedef struct {
  Visit *v;
  const char *array_key;
  const AccessPath *array; /* the array's path */
  PtrVec keys;          /* char*: counter keys (owned) */
  int depth;            /* locals followed so far (ncap = cap ? cap * 2 : 16) */
} CounterScan;

/* "~NAME" (owned) when path p is field NAME of the object whose field
 * `array` is (the same root, the same enclosing fields); NULL otherwise. */
static char *sibling_field(const AccessPath *array, const AccessPath *p) {
  if (!array || p->root != array->root || p->index != array->index || strcmp(p->func ? p->func : "", array->func ? array->func : "") ||
      strcmp(p->key ? p->key : "", array->key ? array->key : ""))
    return NULL;
  const char *af = array->field ? array->field : "", *pf = p->field ? p->field : "";
  const char *a_dot = strrchr(af, '.'), *p_dot = strrchr(pf, '.');
  if (!a_dot || !p_dot || a_dot - af != p_dot - pf || strncmp(af, pf, (size_t)(a_dot - af)) || !strcmp(af, pf))
    return NULL;
  return gl_xasprintf(FACT_SIBLING_PREFIX "%s", p_dot + 1);
}

static enum CXChildVisitResult counter_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  CounterScan *cs = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr) {
    Target t;
    if (resolve(cs->v, c, &t)) {
      if (t.kind == T_STORAGE && strcmp(t.key, cs->array_key) && is_integer_type(clang_getCursorType(t.decl)))
        pv_push(&cs->keys, gl_xstrdup(t.key));
      else if (t.kind == T_PARAM && is_integer_type(clang_getCursorType(t.decl))) {
        char *sib = sibling_field(cs->array, &t.path);
        if (sib) pv_push(&cs->keys, sib);
      }
      target_free(&t);
    } else if (k == CXCursor_DeclRefExpr && cs->depth < LOCAL_DEPTH &&
               is_plain_local(cs->v, clang_getCursorReferenced(c)) &&
               is_integer_type(clang_getCursorType(clang_getCursorReferenced(c)))) {
      /* a size through a local: ncap = cap ? cap * 2 : 16; realloc(p, ncap * sizeof *p) */
      Kids src = local_sources(clang_getCursorReferenced(c), cs->v->func_cursor);
      cs->depth++;
      for (unsigned i = 0; i < src.n; i++) {
        counter_cb(src.items[i], src.items[i], cs);
        clang_visitChildren(src.items[i], counter_cb, cs);
      }
      cs->depth--;
      free(src.items);
    }
    return CXChildVisit_Continue;
  }
  return CXChildVisit_Recurse;
}

static int is_link_of(CXCursor e, CXType list_type) {
  e = strip(e);
  return clang_getCursorKind(e) == CXCursor_MemberRefExpr &&
         clang_equalTypes(clang_getCanonicalType(clang_getCursorType(e)), list_type);
}

typedef struct {
  CXCursor var;     /* the local variable */
  CXType type;      /* the list's pointer type */
  unsigned use;     /* where it is read (file offset) */
  unsigned last;    /* the last assignment to it before use */
  int last_link;    /* that assignment loads a node's link */
} LinkLoad;

static unsigned start_offset(CXCursor c) {
  unsigned off = 0;
  clang_getExpansionLocation(clang_getRangeStart(clang_getCursorExtent(c)), NULL, NULL, NULL, &off);
  return off;
}

static enum CXChildVisitResult link_load_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  LinkLoad *ll = d;
  if (clang_getCursorKind(c) == CXCursor_BinaryOperator &&
      clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
    Kids k = kids_of(c);
    unsigned off = start_offset(c);
    if (k.n == 2 && clang_getCursorKind(strip(k.items[0])) == CXCursor_DeclRefExpr &&
        clang_equalCursors(clang_getCursorReferenced(strip(k.items[0])), ll->var) && off < ll->use &&
        off >= ll->last) {
      ll->last = off;
      ll->last_link = is_link_of(k.items[1], ll->type);
    }
    free(k.items);
  }
  return CXChildVisit_Recurse;
}

/* Is e a local variable loaded from a node's link (`next = node->next`) by
 * its last assignment before e (its initialiser, or an assignment earlier in
 * the function, in source order)? Assigning it to a list head moves the head
 * past a node: an unlink. A walk cursor given a new node since
 * (`p = p->next; ... p = calloc(...); head = p;`) is an insertion. */
static int loaded_from_link(Visit *v, CXCursor e, CXType list_type) {
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr) return 0;
  CXCursor var = clang_getCursorReferenced(e);
  if (clang_getCursorKind(var) != CXCursor_VarDecl || clang_Cursor_getStorageClass(var) == CX_SC_Static) return 0;
  Kids k = kids_of(var);
  LinkLoad ll = {var, list_type, start_offset(e), 0, 0};
  if (k.n) ll.last_link = is_link_of(k.items[k.n - 1], list_type);
  free(k.items);
  if (!clang_Cursor_isNull(v->func_cursor)) clang_visitChildren(v->func_cursor, link_load_cb, &ll);
  return ll.last_link;
}

/* One of a wrapper's return values: a call of a realloc-like function on
 * one of the wrapper's parameters. */
static int realloc_like(Visit *v, CXCursor fn, int depth);

static int returns_realloc_of_param(Visit *v, CXCursor e, int depth) {
  e = strip(e);
  if (clang_getCursorKind(e) != CXCursor_CallExpr || clang_Cursor_getNumArguments(e) < 1) return 0;
  CXCursor arg = strip(clang_Cursor_getArgument(e, 0));
  return clang_getCursorKind(arg) == CXCursor_DeclRefExpr &&
         clang_getCursorKind(clang_getCursorReferenced(arg)) == CXCursor_ParmDecl &&
         realloc_like(v, clang_getCursorReferenced(e), depth + 1);
}

typedef struct {
  Visit *v;
  CXCursor fn;          /* the wrapper's definition */
  int depth;
  int found;
} WrapScan;

static enum CXChildVisitResult wrap_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  WrapScan *ws = d;
  if (clang_getCursorKind(c) != CXCursor_ReturnStmt) return CXChildVisit_Recurse;
  Kids k = kids_of(c);
  CXCursor e = k.n ? strip(k.items[0]) : clang_getNullCursor();
  free(k.items);
  if (clang_Cursor_isNull(e)) return CXChildVisit_Continue;
  if (returns_realloc_of_param(ws->v, e, ws->depth)) {
    ws->found = 1;
  } else if (clang_getCursorKind(e) == CXCursor_DeclRefExpr) {
    /* q = realloc(p, n); if (!q) abort(); return q; */
    CXCursor var = clang_getCursorReferenced(e);
    if (clang_getCursorKind(var) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(var) != 1) {
      Kids src = local_sources(var, ws->fn);
      for (unsigned i = 0; i < src.n && !ws->found; i++)
        ws->found = returns_realloc_of_param(ws->v, src.items[i], ws->depth);
      free(src.items);
    }
  }
  return ws->found ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* Does calling fn grow like realloc: a modelled realloc, or a function of
 * this unit that returns a realloc-like call on one of its parameters
 * (a project's own wrapper, whatever its name: zrealloc, xrealloc_or_die),
 * wrappers of wrappers to a few levels. */
static int realloc_like(Visit *v, CXCursor fn, int depth) {
  const ContainerModel *ra = rules_model_family(v->rs, FAMILY_REALLOC);
  if (!ra) return 0;
  char *name = str_take(clang_getCursorSpelling(fn));
  int hit = rules_classify(ra, name) == OPK_GROW;
  free(name);
  if (hit || depth >= LOCAL_DEPTH) return hit;
  CXCursor def = clang_getCursorDefinition(fn);
  if (clang_getCursorKind(def) != CXCursor_FunctionDecl) return 0;
  WrapScan ws = {v, def, depth, 0};
  clang_visitChildren(def, wrap_cb, &ws);
  return ws.found;
}

/* Is the value of storage key copied into a local of the function being
 * walked (`done = g_list;` or `list *done = g_list;`)? */
typedef struct {
  Visit *v;
  const char *key;
  int found;
} CopyScan;

static int copies_key(Visit *v, CXCursor rhs, const char *key) {
  Target t;
  if (!resolve(v, rhs, &t)) return 0;
  int same = t.kind == T_STORAGE && !strcmp(t.key, key);
  target_free(&t);
  return same;
}

static enum CXChildVisitResult copy_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  CopyScan *cs = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
    Kids kk = kids_of(c);
    if (kk.n == 2 && clang_getCursorKind(strip(kk.items[0])) == CXCursor_DeclRefExpr &&
        is_plain_local(cs->v, clang_getCursorReferenced(strip(kk.items[0]))) &&
        copies_key(cs->v, kk.items[1], cs->key))
      cs->found = 1;
    free(kk.items);
  } else if (k == CXCursor_VarDecl && is_plain_local(cs->v, c)) {
    Kids kk = kids_of(c);
    if (kk.n && clang_isExpression(clang_getCursorKind(kk.items[kk.n - 1])) &&
        copies_key(cs->v, kk.items[kk.n - 1], cs->key))
      cs->found = 1;
    free(kk.items);
  }
  return cs->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* t = create(...) where the function also takes t's old value into a local
 * (done = g_list; g_list = listCreate(); ... listRelease(done)): the filled
 * container is handed over and t starts empty, a reset. */
static int hands_over(Visit *v, const Target *t) {
  if (t->kind != T_STORAGE || clang_Cursor_isNull(v->func_cursor)) return 0;
  CopyScan cs = {v, t->key, 0};
  clang_visitChildren(v->func_cursor, copy_cb, &cs);
  return cs.found;
}

/* p = CALL(...) on a modelled pointer t: a realloc of p grows it (with its
 * counters) or resizes it afresh; a model's own call on p is recorded with
 * its arguments; a create call makes a new handle; a list head gets a node;
 * anything else resets p. */
static void assign_from_call(Visit *v, const Target *t, const ContainerModel *m, CXCursor c, CXCursor rhs) {
  CXCursor fn = clang_getCursorReferenced(rhs);
  char *fname = str_take(clang_getCursorSpelling(fn));
  Mention self = mentions(v, rhs, t->key, 1);
  const ContainerModel *ra = rules_model_family(v->rs, FAMILY_REALLOC);
  OpKind fk = rules_classify(m, fname);
  /* p = xrealloc(p, n) with xrealloc defined in no unit seen here: both readings, link settles */
  CXCursor def = clang_getCursorDefinition(fn);
  int unseen = self.found && ra && m->family == FAMILY_REALLOC && fk == OPK_NONE &&
               clang_getCursorKind(fn) == CXCursor_FunctionDecl && clang_Cursor_isNull(def) && !in_system(fn) &&
               clang_getCanonicalType(clang_getCursorResultType(fn)).kind == CXType_Pointer;
  if (unseen) {
    char *usr = usr_of(v, fn);
    char *maybe = gl_xasprintf(FACT_MAYBE_WRAPPER "%s", usr);
    emit_op(v, t, m, OP_RESET, maybe, c);
    free(maybe);
    free(usr);
  }
  if (self.found && ra && (unseen || realloc_like(v, fn, 0))) {
    /* growth accumulates through a static count or capacity; a size
     * computed afresh each time (a scratch buffer resized to fit) does not */
    CounterScan cs = {v, t->key, &t->path, {0}, 0};
    clang_visitChildren(rhs, counter_cb, &cs);
    /* if (b->used + n + 1 > b->size) { ... realloc(b->ptr, b->size * 2) }, if (g_n == g_cap): the count
     * compared with the capacity that sizes it is a counter too (its reset bounds the capacity) */
    if (cs.keys.len && v->nconds) {
      CounterScan in_cond = {v, t->key, &t->path, {0}, 0};
      CXCursor cond = v->conds[v->nconds - 1];
      counter_cb(cond, cond, &in_cond);
      clang_visitChildren(cond, counter_cb, &in_cond);
      int compares = 0;
      for (size_t i = 0; i < in_cond.keys.len && !compares; i++)
        for (size_t j = 0; j < cs.keys.len && !compares; j++) compares = !strcmp(in_cond.keys.items[i], cs.keys.items[j]);
      for (size_t i = 0; compares && i < in_cond.keys.len; i++) {
        size_t j = 0;
        while (j < cs.keys.len && strcmp(in_cond.keys.items[i], cs.keys.items[j])) j++;
        if (j == cs.keys.len) pv_push(&cs.keys, gl_xstrdup(in_cond.keys.items[i]));
      }
      pv_free(&in_cond.keys, free);
    }
    emit_op(v, t, ra, cs.keys.len ? OP_GROW : OP_RESIZE, fname, c);
    for (size_t i = 0; i < cs.keys.len; i++) emit_op(v, t, ra, OP_COUNTER, cs.keys.items[i], c);
    pv_free(&cs.keys, free);
  } else if (self.found && fk != OPK_NONE) {
    /* h = g_slist_prepend(h, x): the call's own operation, recorded with its arguments */
  } else if (fk == OPK_CREATE) {
    /* t = g_hash_table_new(...): a new, empty handle, not a reset, unless the old one is handed over */
    emit_op(v, t, m, hands_over(v, t) ? OP_RESET : OP_CREATE, fname, c);
  } else if (m->family == FAMILY_LIST) {
    emit_op(v, t, m, self.found ? OP_GROW : OP_INSERT, "insert", c);
  } else {
    emit_op(v, t, m, OP_RESET, "=", c);
  }
  free(fname);
}

/* The value of local var that reallocates t (tmp = realloc(p, n) or its
 * initialiser), or a null cursor: `p = tmp` then grows p as the realloc
 * does, not a reset. */
static CXCursor realloc_source(Visit *v, const Target *t, CXCursor var) {
  CXCursor found = clang_getNullCursor();
  Kids src = local_sources(var, v->func_cursor);
  for (unsigned i = 0; i < src.n && clang_Cursor_isNull(found); i++) {
    CXCursor e = src.items[i];
    if (clang_getCursorKind(e) == CXCursor_CallExpr && mentions(v, e, t->key, 1).found &&
        realloc_like(v, clang_getCursorReferenced(e), 0))
      found = e;
  }
  free(src.items);
  return found;
}

/* head = EXPR on a list head t of pointer type ty (not a call): NULL empties
 * it, another node's link pops or unlinks, an address is a cursor, anything
 * else a new head. */
static void assign_list_head(Visit *v, const Target *t, const ContainerModel *m, CXType ty, CXCursor c,
                             CXCursor rhs) {
  if (is_null_literal(rhs)) {
    emit_op(v, t, m, OP_SHRINK, "= NULL", c);
  } else if (clang_getCursorKind(rhs) == CXCursor_MemberRefExpr &&
             clang_equalTypes(clang_getCanonicalType(clang_getCursorType(rhs)), ty)) {
    emit_op(v, t, m, OP_SHRINK, "pop", c);
  } else if (clang_getCursorKind(rhs) == CXCursor_UnaryOperator &&
             clang_getCursorUnaryOperatorKind(rhs) == CXUnaryOperator_AddrOf) {
    emit_op(v, t, m, OP_RESET, "points at an existing object", c); /* a cursor, not a new node */
  } else if (loaded_from_link(v, rhs, ty)) {
    emit_op(v, t, m, OP_SHRINK, "unlink", c); /* head = next, where next = node->next */
  } else {
    /* a new head: an insertion only if the old head is linked into a node
     * (n->next = head) or a sibling tail pointer is fed (link decides) */
    emit_op(v, t, m, OP_INSERT, "insert", c);
  }
}

/* lhs = rhs where lhs resolves to t: pointers by the helpers above, a static
 * integer set to a value that does not mention it is a count reset, a static
 * struct assigned whole is a reset of its fields. */
/* P = E on a static pointer to an object of the program: says what P points
 * to from now on, as an arg at FACT_IDX_RETURN on "points:" P's key: the
 * object `new` made here (owned by P, named P->) when this runs once, the
 * static object E names (&obj, or an accessor returning its address), or
 * else something growlint does not know ("?", which keeps P-> unknown).
 * A null pointer says nothing. */
static int points_to(Visit *v, const Target *p, CXCursor rec, CXCursor site, CXCursor rhs) {
  CXCursor e = strip(rhs);
  if (is_null_literal(e)) return 1;
  Target to = {0};
  int known = 0;
  int fresh = clang_getCursorKind(e) == CXCursor_CXXNewExpr;
  if (!fresh && clang_getCursorKind(e) == CXCursor_CallExpr) { /* g_ctx = calloc(1, sizeof *g_ctx) */
    CXCursor fn = clang_getCursorReferenced(e);
    char *fname = clang_Cursor_isNull(fn) ? NULL : str_take(clang_getCursorSpelling(fn));
    fresh = fname && rules_name_in(&v->rs->alloc_funcs, fname);
    free(fname);
  }
  if (fresh) {
    if (!loop_may_repeat(v->loop)) {
      to.kind = T_STORAGE;
      target_path(&to, ROOT_STORAGE, "", -1, p->path.key, p->path.field);
      to.symbol = gl_xstrdup(p->symbol);
      to.display = gl_xasprintf("%s->", p->display);
      to.skind = p->skind;
      to.decl = rec;
      to.owner = p->has_owner ? p->owner : p->decl;
      to.has_owner = 1;
      known = 1;
    }
  } else {
    CXCursor obj = e;
    int addr = clang_getCursorKind(e) == CXCursor_UnaryOperator &&
               clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf;
    if (addr) {
      Kids k = kids_of(e);
      obj = k.n ? strip(k.items[0]) : clang_getNullCursor();
      free(k.items);
    }
    if ((addr || clang_getCursorKind(e) == CXCursor_CallExpr) && !clang_Cursor_isNull(obj) && resolve(v, obj, &to)) {
      known = to.kind == T_STORAGE && clang_getCanonicalType(clang_getCursorType(to.decl)).kind == CXType_Record;
      if (!known) target_free(&to);
    }
  }
  if (known) emit_fields(v, &to);
  AccessPath unknown = {ROOT_STORAGE, "", -1, "?", ""};
  char *callee = gl_xasprintf(POINTS_PREFIX "%s", p->key);
  bind_path(v, known ? &to.path : &unknown, callee, p->display, FACT_IDX_RETURN, site);
  FactArg *fa = v->facts->args.items[v->facts->args.len - 1];
  fa->mut = 0;
  fa->loop = LOOP_NONE;
  free(callee);
  if (known) target_free(&to);
  return known;
}

static void assign_to_target(Visit *v, const Target *t, CXCursor c, CXCursor rhs) {
  CXType ty = clang_getCanonicalType(clang_getCursorType(t->decl));
  CXCursor rec = t->kind == T_STORAGE ? pointee_record(model_of_type(v, clang_getCursorType(t->decl)), t->decl)
                                      : clang_getNullCursor();
  if (!clang_Cursor_isNull(rec) && points_to(v, t, rec, c, rhs)) {
    /* one object, not an array: no reset of a count or of elements */
  } else if (ty.kind == CXType_Pointer) {
    const ContainerModel *m = model_of_type(v, clang_getCursorType(t->decl));
    CXCursor call = clang_getNullCursor();
    if (m && clang_getCursorKind(rhs) == CXCursor_DeclRefExpr && is_plain_local(v, clang_getCursorReferenced(rhs)))
      call = realloc_source(v, t, clang_getCursorReferenced(rhs));
    if (!clang_Cursor_isNull(call)) assign_from_call(v, t, m, call, call); /* p = tmp, tmp = realloc(p, n) */
    else if (clang_getCursorKind(rhs) == CXCursor_CallExpr && m) assign_from_call(v, t, m, c, rhs);
    else if (m && m->family == FAMILY_LIST) assign_list_head(v, t, m, ty, c, rhs);
    else if (m) emit_op(v, t, m, OP_RESET, "=", c);
  } else if (is_integer_type(ty) && t->kind == T_STORAGE) {
    Mention self = mentions(v, rhs, t->key, 1);
    if (!self.found || is_null_literal(rhs)) emit_op(v, t, NULL, OP_RESET, "=", c);
  } else if (is_integer_type(ty) && t->kind == T_PARAM && *t->path.field && is_null_literal(rhs)) {
    emit_op(v, t, NULL, OP_RESET, "=", c); /* v->len = 0: the count of the array beside it */
  } else if (ty.kind == CXType_Record && t->kind == T_STORAGE) {
    emit_op(v, t, NULL, OP_RESET, "=", c);
  }
}

/* X->next = rhs, a store into a node's link: `n->next = head` links the old
 * head of a list storage into a node; `tail->next = n` on a list storage
 * feeds it at the tail. */
static void assign_link(Visit *v, CXCursor c, CXCursor lhs, CXCursor rhs) {
  Target old_head;
  if (resolve(v, rhs, &old_head)) {
    const ContainerModel *m = model_of_type(v, clang_getCursorType(old_head.decl));
    if (old_head.kind == T_STORAGE && m && m->family == FAMILY_LIST &&
        clang_equalTypes(clang_getCanonicalType(clang_getCursorType(lhs)),
                         clang_getCanonicalType(clang_getCursorType(old_head.decl))))
      emit_op(v, &old_head, m, OP_LINKHEAD, "->next = head", c);
    target_free(&old_head);
  }
  if (is_null_literal(rhs)) return;
  Kids mk = kids_of(lhs);
  Target base;
  if (mk.n && resolve(v, mk.items[0], &base)) {
    const ContainerModel *m = model_of_type(v, clang_getCursorType(base.decl));
    if (m && m->family == FAMILY_LIST &&
        clang_equalTypes(clang_getCanonicalType(clang_getCursorType(lhs)),
                         clang_getCanonicalType(clang_getCursorType(base.decl))))
      emit_op(v, &base, m, OP_TAIL, "->next", c);
    target_free(&base);
  }
  free(mk.items);
}

/* lhs = rhs (k holds both): what it does to the target lhs names, and to a
 * list when lhs is a node's link. */
/* x.f = ... or x->a.f = ... on a handle x whose model lists the field path
 * (".nelts", ".part.nelts") among its shrinks or resets: nginx empties an
 * array by setting its count to zero (a->nelts = 0). */
static void assign_handle_field(Visit *v, CXCursor assign, CXCursor lhs) {
  char *fields = gl_xstrdup("");
  CXCursor e = lhs;
  for (int depth = 0; depth < 4 && clang_getCursorKind(e) == CXCursor_MemberRefExpr; depth++) {
    char *name = str_take(clang_getCursorSpelling(e));
    char *f = gl_xasprintf(".%s%s", name, fields);
    free(name);
    free(fields);
    fields = f;
    Kids k = kids_of(e);
    CXCursor base = k.n ? strip(k.items[0]) : clang_getNullCursor();
    free(k.items);
    if (clang_Cursor_isNull(base)) break;
    Target t;
    if (resolve(v, base, &t)) { /* g_list->part is no target of its own: look further down */
      const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
      OpKind ok = m && m->family == FAMILY_HANDLE ? rules_classify(m, fields) : OPK_NONE;
      if (ok == OPK_SHRINK || ok == OPK_RESET) emit_op(v, &t, m, op_of_model(ok), fields, assign);
      target_free(&t);
      if (m && m->family == FAMILY_HANDLE) break;
    }
    e = base;
  }
  free(fields);
}

/* a[n++] = x on a realloc'd array: n counts its elements (a static
 * integer, or the field beside the array: v->data[v->len++] = x), so that a
 * reset of n (n = 0 after a batch) keeps it in check even when a capacity
 * apart from n sizes the realloc (if (n == cap) ...). */
static void append_counter(Visit *v, CXCursor c, CXCursor lhs) {
  if (clang_getCursorKind(lhs) != CXCursor_ArraySubscriptExpr) return;
  Kids k = kids_of(lhs);
  CXCursor idx = k.n == 2 ? strip(k.items[1]) : clang_getNullCursor();
  Target a = {0}, n = {0};
  int ok = !clang_Cursor_isNull(idx) && clang_getCursorKind(idx) == CXCursor_UnaryOperator &&
           clang_getCursorUnaryOperatorKind(idx) == CXUnaryOperator_PostInc;
  if (ok) {
    Kids ik = kids_of(idx);
    ok = ik.n && resolve(v, ik.items[0], &n);
    free(ik.items);
  }
  const ContainerModel *ra = rules_model_family(v->rs, FAMILY_REALLOC);
  if (ok && ra && is_integer_type(clang_getCursorType(n.decl)) && resolve(v, k.items[0], &a)) {
    const ContainerModel *m = model_of_type(v, clang_getCursorType(a.decl));
    char *key = !m || m->family != FAMILY_REALLOC ? NULL
                : n.kind == T_STORAGE && a.kind == T_STORAGE && strcmp(n.key, a.key) ? gl_xstrdup(n.key)
                : n.kind == T_PARAM ? sibling_field(&a.path, &n.path)
                                    : NULL;
    if (key) {
      emit_op(v, &a, ra, OP_COUNTER, key, c);
      FactOp *o = v->facts->ops.len ? v->facts->ops.items[v->facts->ops.len - 1] : NULL;
      if (o && o->kind == OP_COUNTER && !strcmp(o->detail, key)) o->key_arg = 1; /* its elements are written at it */
    }
    free(key);
    target_free(&a);
  }
  if (ok) target_free(&n);
  free(k.items);
}

static void walk_assign(Visit *v, CXCursor c, Kids *k) {
  if (k->n < 2) return;
  CXCursor lhs = strip(k->items[0]), rhs = strip(k->items[1]);
  append_counter(v, c, lhs);
  Target t;
  if (resolve(v, lhs, &t)) {
    assign_to_target(v, &t, c, rhs);
    target_free(&t);
  }
  if (clang_getCursorKind(lhs) == CXCursor_MemberRefExpr) {
    assign_link(v, c, lhs, rhs);
    assign_handle_field(v, c, lhs);
  }
}

/* A size guard: if (SIZE(x) OP LIMIT) where LIMIT is a constant or a
 * per-call value, not another growing count. */
static int size_expr(Visit *v, CXCursor side, Target *t) {
  CXCursor s = strip(side);
  if (clang_getCursorKind(s) == CXCursor_CallExpr) {
    CXCursor ref = clang_getCursorReferenced(s);
    if (clang_getCursorKind(ref) != CXCursor_CXXMethod) return 0;
    char *mname = str_take(clang_getCursorSpelling(ref));
    Kids k = kids_of(s);
    int ok = 0;
    CXCursor head = k.n ? strip(k.items[0]) : clang_getNullCursor();
    if (k.n && clang_getCursorKind(head) == CXCursor_MemberRefExpr) {
      Kids mk = kids_of(head);
      if (mk.n && resolve(v, mk.items[0], t)) {
        const ContainerModel *m = model_of_type(v, clang_getCursorType(t->decl));
        ok = m && rules_classify(m, mname) == OPK_SIZE;
        if (!ok) target_free(t);
      }
      free(mk.items);
    }
    free(k.items);
    free(mname);
    return ok;
  }
  if (resolve(v, s, t)) {
    if (t->kind == T_STORAGE && is_integer_type(clang_getCursorType(t->decl))) return 1;
    if (t->kind == T_PARAM && *t->path.field && is_integer_type(clang_getCursorType(t->decl))) return 1;
    target_free(t);
  }
  return 0;
}

/* Does expression c name a field of the object whose field p is (v->cap
 * beside v->len)? */
typedef struct {
  Visit *v;
  const AccessPath *p;
  int found;
} SiblingScan;

static enum CXChildVisitResult sibling_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  SiblingScan *ss = d;
  Target t;
  if (clang_getCursorKind(c) == CXCursor_MemberRefExpr && resolve(ss->v, c, &t)) {
    char *sib = sibling_field(ss->p, &t.path);
    ss->found |= sib != NULL;
    free(sib);
    target_free(&t);
  }
  return ss->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

static int names_sibling(Visit *v, CXCursor c, const AccessPath *p) {
  SiblingScan ss = {v, p, 0};
  sibling_cb(c, c, &ss);
  if (!ss.found) clang_visitChildren(c, sibling_cb, &ss);
  return ss.found;
}

static void check_guard(Visit *v, CXCursor c, Kids *k) {
  if (k->n < 2) return;
  enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
  if (op < CXBinaryOperator_LT || op > CXBinaryOperator_NE) return;
  for (int side = 0; side < 2; side++) {
    Target t;
    if (!size_expr(v, k->items[side], &t)) continue;
    CXCursor other = k->items[1 - side];
    Mention m = mentions(v, other, t.key, 0);
    /* a count through a parameter: only a limit (v->len >= MAX), not a test of a state (c->state == 3)
     * nor the capacity beside the count (v->len == v->cap); a container's size compared with a field
     * beside it stays a cap (items_.size() >= max_items_) */
    if (t.kind == T_PARAM && is_integer_type(clang_getCursorType(t.decl)) &&
        ((op != CXBinaryOperator_LT && op != CXBinaryOperator_GT && op != CXBinaryOperator_LE &&
          op != CXBinaryOperator_GE) ||
         names_sibling(v, other, &t.path))) {
      target_free(&t);
      continue;
    }
    if (!is_null_literal(other) && !m.found && !m.static_var) {
      const ContainerModel *model = model_of_type(v, clang_getCursorType(t.decl));
      /* "size ==": an equality whose branch goes on (if (n == 64) flush()) stops nothing; a limit
       * (n >= MAX) or an equality that leaves (if (n == MAX) return) caps (link.c kept_in_check) */
      int equality = (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) && !v->cond_leaves;
      emit_op(v, &t, model, OP_GUARD, equality ? FACT_GUARD_EQUALITY : "size", c);
    }
    target_free(&t);
  }
}

static void walk_vardecl_init(Visit *v, CXCursor c);

static void var_target(Visit *v, CXCursor var, Target *t);

/* A variable of external linkage defined at file scope (a tentative C
 * definition `struct state server;` too): which unit defines it tells which
 * program it belongs to when several programs share units (link.c). */
static void note_definition(Visit *v, CXCursor c) {
  if (v->func || clang_Cursor_hasVarDeclGlobalStorage(c) != 1 || clang_getCursorLinkage(c) != CXLinkage_External ||
      in_system(c))
    return;
  enum CXCursorKind pk = clang_getCursorKind(clang_getCursorLexicalParent(c));
  int tentative = pk == CXCursor_TranslationUnit && clang_Cursor_getStorageClass(c) == CX_SC_None;
  if (!clang_isCursorDefinition(c) && !tentative) return; /* extern, or a static member declared in its class */
  Target t = {0};
  var_target(v, c, &t);
  FactOp *o = gl_xcalloc(1, sizeof *o);
  o->target = path_copy(&t.path);
  o->func = gl_xstrdup("");
  o->kind = OP_DEFINED;
  o->detail = gl_xstrdup("");
  o->loc = cursor_loc(v, c);
  o->loop_loc.file = gl_xstrdup("");
  pv_push(&v->defs, o);
  target_free(&t);
}

/* The definitions note_definition saw go into the facts when this unit
 * defines main or another program entry (.growlint.yaml programs:): only a
 * program's own unit can hold what no other program links. */
static void keep_definitions(Visit *v) {
  int roots = 0;
  for (size_t i = 0; i < v->facts->functions.len && !roots; i++) {
    const FactFunction *f = v->facts->functions.items[i];
    if (!f->is_def || !f->name) continue;
    roots = !strcmp(f->name, "main");
    for (size_t j = 0; j < v->rs->programs.len && !roots; j++) roots = !strcmp(f->name, v->rs->programs.items[j]);
  }
  for (size_t i = 0; i < v->defs.len; i++) {
    if (roots) pv_push(&v->facts->ops, v->defs.items[i]);
    else fact_op_free(v->defs.items[i]);
  }
  v->defs.len = 0;
  pv_free(&v->defs, NULL);
}

/* A variable: a function value it is initialised with is stored in its slot. */
static void walk_vardecl(Visit *v, CXCursor c) {
  note_instance_decl(v, c);
  note_definition(v, c);
  char *saved = v->slot, *slot = holds_fn_values(clang_getCursorType(c)) ? slot_of_decl(v, c) : NULL;
  char *saved_data = v->data;
  int a = v->in_arg, sc = v->slot_call;
  v->slot = slot;
  v->data = NULL;
  if (slot) v->in_arg = v->slot_call = 0;
  CXType saved_type = v->init_type;
  v->init_type = clang_getCursorType(c);
  walk_vardecl_init(v, c);
  v->init_type = saved_type;
  v->slot = saved;
  v->data = saved_data;
  v->in_arg = a; v->slot_call = sc;
  free(slot);
}

/* Is this member written in its class (not one the compiler declares,
 * which libclang does not list among the class's children)? */
typedef struct {
  CXCursor member;
  int found;
} MemberFind;

static enum CXChildVisitResult member_find_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  MemberFind *mf = d;
  if (clang_equalCursors(clang_getCanonicalCursor(c), mf->member)) {
    mf->found = 1;
    return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

static int user_declared(CXCursor member) {
  MemberFind mf = {clang_getCanonicalCursor(member), 0};
  clang_visitChildren(clang_getCursorSemanticParent(member), member_find_cb, &mf);
  return mf.found;
}

/* The target of a static variable itself (no field): its identity, names and kind. */
static void var_target(Visit *v, CXCursor var, Target *t) {
  t->kind = T_STORAGE;
  char *usr = usr_of(v, var);
  target_path(t, ROOT_STORAGE, "", -1, usr, "");
  free(usr);
  t->symbol = str_take(clang_getCursorSpelling(var));
  t->display = gl_xstrdup(t->symbol);
  t->skind = storage_kind(var);
  t->decl = var;
}

/* A static object built by a constructor of the program (`Manager
 * g_manager;`): the constructor runs on it, so what it does to `this` (a
 * lambda capturing `this` registered there) is done to the static object. */
static void bind_static_constructor(Visit *v, CXCursor var) {
  if (!clang_isCursorDefinition(var) || in_system(var)) return;
  if (!clang_Cursor_isNull(owned_class(var))) { /* std::unique_ptr<M> g = std::make_unique<M>() */
    Kids k = kids_of(var);
    int init = 0;
    for (unsigned i = 0; i < k.n; i++) /* a call that makes the object, not the empty pointer's constructor */
      init |= clang_isExpression(clang_getCursorKind(k.items[i])) &&
              clang_getCursorKind(clang_getCursorReferenced(strip(k.items[i]))) != CXCursor_Constructor;
    free(k.items);
    Target t = {0};
    if (init) {
      var_target(v, var, &t);
      if (*t.key) bind_owned_construction(v, &t, var);
      target_free(&t);
    }
    return;
  }
  CXType ty = clang_getCanonicalType(clang_getCursorType(var));
  if (ty.kind == CXType_Pointer) { /* static Manager *g = new Manager; static T *p = &obj; */
    Kids k = kids_of(var);
    CXCursor init = clang_getNullCursor();
    for (unsigned i = 0; i < k.n; i++)
      if (clang_isExpression(clang_getCursorKind(k.items[i]))) init = k.items[i];
    free(k.items);
    Target t = {0};
    if (!clang_Cursor_isNull(init)) {
      var_target(v, var, &t);
      CXCursor rec = pointee_record(model_of_type(v, clang_getCursorType(var)), var);
      LoopCtx saved = v->loop; /* a static's initializer runs once */
      v->loop = LOOP_NONE;
      if (*t.key && !clang_Cursor_isNull(rec)) points_to(v, &t, rec, var, init);
      v->loop = saved;
      target_free(&t);
    }
    return;
  }
  if (ty.kind != CXType_Record) return;
  Kids k = kids_of(var);
  CXCursor ctor = clang_getNullCursor(), site = clang_getNullCursor();
  for (unsigned i = 0; i < k.n && clang_Cursor_isNull(ctor); i++) {
    CXCursor e = strip(k.items[i]);
    CXCursor r = clang_getCursorReferenced(e);
    if (clang_getCursorKind(e) == CXCursor_CallExpr && clang_getCursorKind(r) == CXCursor_Constructor && !in_system(r)) {
      ctor = r;
      site = e;
    }
  }
  free(k.items);
  if (clang_Cursor_isNull(ctor) || !user_declared(ctor)) return;
  Target t = {0};
  var_target(v, var, &t);
  if (*t.key) {
    char *name = qualified_name(ctor);
    bind_this(v, &t, ctor, name, site);
    /* not an escape where the constructor has no body (an implicit one) */
    ((FactArg *)v->facts->args.items[v->facts->args.len - 1])->mut = 0;
    if (!v->func) { /* at file scope: the constructor runs at start-up, as a call from "" */
      FactCall *fc = gl_xcalloc(1, sizeof *fc);
      fc->caller = gl_xstrdup("");
      fc->callee = usr_of(v, ctor);
      fc->callee_name = gl_xstrdup(name);
      fc->loop = LOOP_NONE;
      fc->loc = cursor_loc(v, site);
      pv_push(&v->facts->calls, fc);
    }
    free(name);
  }
  target_free(&t);
}

/* Local variable var stands for target (owned, moved in): a reference or
 * pointer alias, or a guard made from a static wrapper (guard: only var->
 * and *var name its wrapped value). */
static void add_alias(Visit *v, CXCursor var, Target target, int guard) {
  Alias *a = gl_xcalloc(1, sizeof *a);
  a->var = var;
  a->target = target;
  a->guard = guard;
  pv_push(&v->aliases, a);
}

/* The static wrapper object a guard is made from: a member call on it
 * (g_history.acquire()) or a constructor given it (guard g(g_history)),
 * also through the guard's copy or move (in C++11, `auto g = w.acquire();`
 * moves the returned guard: an elidable construction whose constructor
 * libclang does not name). */
static int guard_source(Visit *v, CXCursor e, int depth, Target *out) {
  e = strip(e);
  if (clang_getCursorKind(e) != CXCursor_CallExpr || depth > 2) return 0;
  CXCursor ref = clang_getCursorReferenced(e);
  Kids k = kids_of(e);
  int ok = 0;
  if (clang_getCursorKind(ref) == CXCursor_CXXMethod && !clang_CXXMethod_isStatic(ref) && k.n &&
      clang_getCursorKind(strip(k.items[0])) == CXCursor_MemberRefExpr) {
    Kids mk = kids_of(strip(k.items[0]));
    ok = mk.n && resolve(v, mk.items[0], out);
    free(mk.items);
  } else if (clang_getCursorKind(ref) == CXCursor_Constructor ||
             (clang_isInvalid(clang_getCursorKind(ref)) && k.n == 1)) { /* C++11's elidable move of the guard */
    for (unsigned i = 0; i < k.n && !ok; i++) {
      if (!clang_isExpression(clang_getCursorKind(k.items[i]))) continue;
      ok = guard_source(v, k.items[i], depth + 1, out) || resolve(v, k.items[i], out);
    }
  }
  free(k.items);
  /* a static wrapper, or one of the object's own fields (this->queue_.acquire() in a member function) */
  int own_field = ok && out->kind == T_PARAM && out->path.root == ROOT_THIS;
  if (ok && ((out->kind != T_STORAGE && !own_field) ||
             clang_getCanonicalType(clang_getNonReferenceType(clang_getCursorType(out->decl))).kind != CXType_Record)) {
    target_free(out);
    ok = 0;
  }
  return ok;
}

static void walk_vardecl_init(Visit *v, CXCursor c) {
  if (clang_Cursor_hasVarDeclGlobalStorage(c) == 1) bind_static_constructor(v, c);
  if (clang_Cursor_hasVarDeclGlobalStorage(c) != 1 && v->func) {
    CXType ty = clang_getCursorType(c);
    Kids k = kids_of(c);
    CXCursor init = clang_getNullCursor();
    for (unsigned i = 0; i < k.n; i++)
      if (clang_isExpression(clang_getCursorKind(k.items[i]))) init = k.items[i];
    free(k.items);
    if (!clang_Cursor_isNull(init)) {
      CXCursor e = strip(init);
      int is_addr = clang_getCursorKind(e) == CXCursor_UnaryOperator &&
                    clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf;
      CXCursor inner = e;
      if (is_addr) {
        Kids ik = kids_of(e);
        if (ik.n) inner = ik.items[0];
        free(ik.items);
      }
      Target t;
      if ((ty.kind == CXType_LValueReference || ty.kind == CXType_RValueReference || is_addr) &&
          resolve(v, inner, &t)) {
        add_alias(v, c, t, 0);
        walk_children(v, init); /* nothing to record for the alias itself */
        return;
      }
      if (clang_getCanonicalType(ty).kind == CXType_Pointer && resolve(v, e, &t)) {
        if (pointee_target(v, &t)) { /* Tracker *t = instance_; t->track(a) */
          add_alias(v, c, t, 0);
          walk_children(v, init);
          return;
        }
        const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
        if (m && m->family == FAMILY_LIST) emit_op(v, &t, m, OP_ITERATE, "walk", c);
        target_free(&t);
      }
      CXType rec = clang_getCanonicalType(ty);
      if (rec.kind == CXType_Record && !model_of_type(v, ty) && !in_system(clang_getTypeDeclaration(rec)) &&
          guard_source(v, e, 0, &t)) { /* auto g = g_history.acquire(); g->lines.push_back(x) */
        add_alias(v, c, t, 1);
      }
    }
  }
  walk_children(v, c);
}

/* Does every caller of accessor fn see its body, so that a call of it names
 * what it returns (resolve_accessor) and handing it out is no escape? Yes
 * for an inline one (defined in its class, or `inline`: in every unit that
 * calls it) and for one of internal linkage (called in this unit only). */
static int accessor_seen_by_callers(CXCursor fn) {
  enum CXCursorKind fk = clang_getCursorKind(fn);
  if (fk != CXCursor_FunctionDecl && !(fk == CXCursor_CXXMethod && clang_CXXMethod_isStatic(fn))) return 0;
  return clang_Cursor_isFunctionInlined(fn) || clang_getCursorLinkage(fn) == CXLinkage_Internal;
}

/* A return of storage t by an accessor that callers in other units cannot
 * see into (a free or static member function returning a mutable reference
 * or pointer) that returns t on every return: says so once (an arg at index
 * FACT_IDX_RETURN, with the storage facts of t or of its container fields),
 * so that what callers do through the call happens to t (resolve_return).
 * Returns 0 when the function is no such accessor. */
static int accessor_returns(Visit *v, const Target *t, const ContainerModel *m, CXCursor site) {
  CXCursor fn = v->func_cursor;
  enum CXCursorKind fk = clang_getCursorKind(fn);
  if (fk != CXCursor_FunctionDecl && !(fk == CXCursor_CXXMethod && clang_CXXMethod_isStatic(fn))) return 0;
  if (clang_Cursor_isNull(returned_object(fn))) return 0;
  const Target *known = accessor_target(v, fn);
  if (!known || known->kind != T_STORAGE || strcmp(known->key, t->key)) return 0;
  char *key = gl_xasprintf("return#%s", v->func);
  if (keyset_add(&v->emitted, key)) {
    if (m) ensure_storage(v, t, m);
    else emit_fields(v, t);
    char *name = str_take(clang_getCursorSpelling(fn));
    bind_path(v, &t->path, v->func, name, FACT_IDX_RETURN, site);
    free(name);
    FactArg *fa = v->facts->args.items[v->facts->args.len - 1];
    fa->mut = 0;
    fa->loop = LOOP_NONE;
  }
  free(key);
  return 1;
}

static void walk_return(Visit *v, CXCursor c) {
  Kids k = kids_of(c);
  if (k.n && !clang_Cursor_isNull(v->func_cursor)) {
    CXType rt = clang_getCursorResultType(v->func_cursor);
    CXCursor e = strip(k.items[0]);
    int is_addr = clang_getCursorKind(e) == CXCursor_UnaryOperator &&
                  clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf;
    if (is_addr) {
      Kids ik = kids_of(e);
      if (ik.n) e = ik.items[0];
      free(ik.items);
    }
    int ref_out = (rt.kind == CXType_LValueReference || rt.kind == CXType_RValueReference ||
                   clang_getCanonicalType(rt).kind == CXType_Pointer) && !is_const_pointee(rt);
    Target t;
    if (ref_out && (is_addr || rt.kind != CXType_Pointer) && resolve(v, e, &t)) {
      const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
      if (t.kind == T_STORAGE && !accessor_seen_by_callers(v->func_cursor)) {
        if (accessor_returns(v, &t, m, c)) {
          /* the callers in other units name it through the call */
        } else if (m) {
          emit_op(v, &t, m, OP_ESCAPE, "return", c);
        }
      }
      target_free(&t);
    }
  }
  free(k.items);
  walk_children(v, c);
}

/* for (init; cond; inc): unbounded only with an empty condition, for (;;). */
static void walk_for(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  int unbounded = kk.n && for_without_condition(v, c, kk.items[kk.n - 1]) &&
                  !loops_reads_command_line(kk.items[kk.n - 1]);
  /* for (;;) { if (!fgets(...)) break; ... }: reads to its end, or for every input */
  int kind = unbounded ? loops_reads_until_end(kk.items[kk.n - 1]) : LOOP_BOUNDED;
  free(kk.items);
  walk_loop(v, c, kind, !unbounded);
}

/* for (x : range): bounded; a range-for over a modelled container iterates it. */
static void walk_range_for(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  if (kk.n >= 2) {
    Target t;
    if (resolve(v, kk.items[kk.n - 2], &t)) {
      const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
      if (m) emit_op(v, &t, m, OP_ITERATE, "range-for", kk.items[kk.n - 2]);
      target_free(&t);
    }
  }
  free(kk.items);
  walk_loop(v, c, LOOP_BOUNDED, 1);
}

/* Is loop c a statement of main's body that another loop follows? main has
 * one main loop, its last: a loop before it is start-up code. */
static int loop_before_main_loop(Visit *v, CXCursor c) {
  Kids fk = kids_of(v->func_cursor);
  CXCursor body = fk.n ? fk.items[fk.n - 1] : clang_getNullCursor();
  free(fk.items);
  if (clang_getCursorKind(body) != CXCursor_CompoundStmt) return 0;
  Kids st = kids_of(body);
  int seen = 0, later = 0;
  for (unsigned i = 0; i < st.n && !later; i++) {
    enum CXCursorKind k = clang_getCursorKind(st.items[i]);
    if (seen && (k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt)) later = 1;
    if (clang_equalCursors(st.items[i], c)) seen = 1;
  }
  free(st.items);
  return later;
}

/* while and do-while: loops_classify judges the condition (see loops.c). */
/* ---------- library macros (TAILQ_INSERT_TAIL, HASH_ADD_INT, utarray_push_back) ---------- */

/* What a macro argument written at offsets [off, last] of file f became in
 * the expansion: the expression under the invocation whose spelled extent
 * starts at off and reaches furthest without passing last (db.by_id, not db). */
typedef struct {
  CXFile file;
  unsigned off, last;  /* the argument's first and last token */
  CXCursor found;
  unsigned found_end;
} ArgFind;

static enum CXChildVisitResult arg_find_cb(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  ArgFind *af = d;
  if (clang_isExpression(clang_getCursorKind(c))) {
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile f = NULL, g = NULL;
    unsigned off = 0, end = 0;
    clang_getSpellingLocation(clang_getRangeStart(r), &f, NULL, NULL, &off);
    clang_getSpellingLocation(clang_getRangeEnd(r), &g, NULL, NULL, &end);
    if (f && g && clang_File_isEqual(f, af->file) && clang_File_isEqual(g, af->file) && off == af->off &&
        end <= af->last + 1 && (clang_Cursor_isNull(af->found) || end > af->found_end)) {
      af->found = c;
      af->found_end = end;
    }
  }
  return CXChildVisit_Recurse;
}

/* Does a handle model name the macro whose invocation starts at offset
 * off of file f (TAILQ_INSERT_TAIL, "HASH_ADD@1")? */
static int macro_modelled(Visit *v, CXFile f, unsigned off, size_t size) {
  unsigned end = size - off > 64 ? off + 64 : (unsigned)size;
  CXSourceRange range = clang_getRange(clang_getLocationForOffset(v->tu, f, off), clang_getLocationForOffset(v->tu, f, end));
  CXToken *toks = NULL;
  unsigned nt = 0;
  clang_tokenize(v->tu, range, &toks, &nt);
  int found = 0;
  if (nt && clang_getTokenKind(toks[0]) == CXToken_Identifier) {
    char *name = str_take(clang_getTokenSpelling(v->tu, toks[0]));
    size_t len = strlen(name);
    for (size_t i = 0; i < v->rs->models.len && !found; i++) {
      const ContainerModel *m = v->rs->models.items[i];
      if (m->family != FAMILY_HANDLE || !m->types.len) continue;
      for (int k = 1; k < OPK_COUNT && !found; k++)
        for (size_t j = 0; j < m->ops[k].len && !found; j++) {
          const char *n = m->ops[k].items[j];
          found = !strncmp(n, name, len) && (n[len] == '\0' || n[len] == '@');
        }
    }
    free(name);
  }
  clang_disposeTokens(v->tu, toks, nt);
  return found;
}

/* stmt is the expansion of a macro invocation `NAME(a0, a1, ...)` (a
 * do { } while (0) of sys/queue.h, uthash, utarray): when a model names
 * NAME for the container one of its arguments is, records that operation,
 * and returns 1: the expansion itself (its `head = add`, its address
 * takings) is the library's business and is not walked. 0 otherwise. */
static int macro_op(Visit *v, CXCursor stmt) {
  CXSourceLocation loc = clang_getCursorLocation(stmt);
  CXFile ef = NULL, sf = NULL;
  unsigned eoff = 0, soff = 0;
  clang_getExpansionLocation(loc, &ef, NULL, NULL, &eoff);
  clang_getSpellingLocation(loc, &sf, NULL, NULL, &soff);
  if (!ef || (sf && clang_File_isEqual(ef, sf) && eoff == soff)) return 0; /* written out, no macro */
  size_t size = 0;
  if (!clang_getFileContents(v->tu, ef, &size) || eoff >= size) return 0;
  if (!macro_modelled(v, ef, eoff, size)) return 0;
  unsigned end = size - eoff > 4096 ? eoff + 4096 : (unsigned)size;
  CXSourceRange range = clang_getRange(clang_getLocationForOffset(v->tu, ef, eoff),
                                       clang_getLocationForOffset(v->tu, ef, end));
  CXToken *toks = NULL;
  unsigned nt = 0;
  clang_tokenize(v->tu, range, &toks, &nt);
  int done = 0;
  if (nt >= 3 && clang_getTokenKind(toks[0]) == CXToken_Identifier) {
    char *name = str_take(clang_getTokenSpelling(v->tu, toks[0]));
    char *open = str_take(clang_getTokenSpelling(v->tu, toks[1]));
    if (!strcmp(open, "(")) {
      /* the arguments: where each begins, up to the closing parenthesis */
      unsigned starts[17], lasts[17], nargs = 0, depth = 0, arg_start = 2;
      for (unsigned i = 2; i < nt && nargs < 17; i++) {
        char *t = str_take(clang_getTokenSpelling(v->tu, toks[i]));
        int opens = !strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{");
        int closes = !strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}");
        int comma = !strcmp(t, ",");
        free(t);
        if (depth == 0 && (comma || closes)) {
          if (i > arg_start) {
            starts[nargs] = arg_start;
            lasts[nargs++] = i - 1;
          }
          arg_start = i + 1;
          if (closes) break;
        } else if (opens) {
          depth++;
        } else if (closes) {
          depth--;
        }
      }
      /* the link field an intrusive-list macro names: its last argument, one identifier */
      char *field = nargs >= 2 && starts[nargs - 1] == lasts[nargs - 1] &&
                            clang_getTokenKind(toks[starts[nargs - 1]]) == CXToken_Identifier
                        ? str_take(clang_getTokenSpelling(v->tu, toks[starts[nargs - 1]]))
                        : NULL;
      CXCursor found[17];
      PtrVec links = {0}; /* char*: the element keys this invocation links into the head it grows */
      for (unsigned a = 0; a < nargs; a++) {
        CXFile f = NULL;
        unsigned off = 0, last = 0;
        clang_getSpellingLocation(clang_getTokenLocation(v->tu, toks[starts[a]]), &f, NULL, NULL, &off);
        clang_getSpellingLocation(clang_getRangeEnd(clang_getTokenExtent(v->tu, toks[lasts[a]])), NULL, NULL, NULL,
                                  &last);
        ArgFind af = {f, off, last, clang_getNullCursor(), 0};
        clang_visitChildren(stmt, arg_find_cb, &af);
        found[a] = af.found;
        OpKind ek = clang_Cursor_isNull(af.found) ? OPK_NONE : rules_classify_element(v->rs, name, (int)a);
        char *key = ek != OPK_NONE ? element_key(af.found, field) : NULL;
        if (!key && ek == OPK_UNLINK) key = wild_element_key(af.found);
        if (key && ek == OPK_UNLINK) {
          emit_element_shrink(v, key, name, stmt);
          done = 1;
          free(key);
        } else if (key) {
          pv_push(&links, key);
        }
      }
      for (unsigned a = 0; a < nargs; a++) {
        if (clang_Cursor_isNull(found[a]) || rules_classify_element(v->rs, name, (int)a) != OPK_NONE) continue;
        CXCursor e = strip(found[a]);
        if (clang_getCursorKind(e) == CXCursor_UnaryOperator &&
            clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_AddrOf) {
          Kids k = kids_of(e);
          if (k.n) e = k.items[0];
          free(k.items);
        }
        Target t;
        if (!resolve(v, e, &t)) continue;
        const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
        OpKind ok = m && m->family == FAMILY_HANDLE ? rules_classify_arg(m, name, (int)a) : OPK_NONE;
        if (ok != OPK_NONE) {
          emit_op(v, &t, m, op_of_model(ok), name, stmt);
          for (size_t i = 0; ok == OPK_GROW && i < links.len; i++) emit_op(v, &t, m, OP_ELEMENTS, links.items[i], stmt);
          char *wild = ok == OPK_GROW && links.len ? head_wild_key(&t) : NULL;
          if (wild) emit_op(v, &t, m, OP_ELEMENTS, wild, stmt);
          free(wild);
          done = 1;
        }
        target_free(&t);
      }
      pv_free(&links, free);
      free(field);
    }
    free(open);
    free(name);
  }
  clang_disposeTokens(v->tu, toks, nt);
  return done;
}

static void walk_while(Visit *v, CXCursor c) {
  if (clang_getCursorKind(c) == CXCursor_DoStmt && macro_op(v, c)) return;
  Kids kk = kids_of(c);
  int kind = LOOP_BOUNDED;
  CXCursor cond = kk.n >= 2 ? (clang_getCursorKind(c) == CXCursor_DoStmt ? kk.items[kk.n - 1] : kk.items[0])
                            : clang_getNullCursor();
  if (kk.n >= 2) kind = loops_classify(cond, v->loop == LOOP_NONE, in_main(v));
  if (kind == LOOP_INPUT && in_main(v) && loops_classify(cond, v->loop == LOOP_NONE, 0) == LOOP_POLL &&
      loop_before_main_loop(v, c))
    kind = LOOP_BOUNDED; /* while (next_route(&r)) ... before main's own loop: start-up */
  if (kk.n >= 2 && kind == LOOP_UNBOUNDED &&
      loops_reads_command_line(clang_getCursorKind(c) == CXCursor_DoStmt ? kk.items[0] : kk.items[kk.n - 1]))
    kind = LOOP_BOUNDED; /* while (1) { c = getopt(argc, argv, ...); if (c == -1) break; ... } */
  if (kk.n >= 2 && kind == LOOP_UNBOUNDED &&
      loops_cursor_walk(clang_getCursorKind(c) == CXCursor_DoStmt ? kk.items[0] : kk.items[kk.n - 1]))
    kind = LOOP_BOUNDED; /* while (1) { x = name_at(j++); if (!x) break; ... }: a cursor walked to a sentinel */
  if (kk.n >= 2 && kind == LOOP_UNBOUNDED) /* while (1) { if (fscanf(f, ...) != 2) break; ... } */
    kind = loops_reads_until_end(clang_getCursorKind(c) == CXCursor_DoStmt ? kk.items[0] : kk.items[kk.n - 1]);
  free(kk.items);
  if (kind == LOOP_NONE) walk_children(v, c); /* do { } while (0): the body runs once */
  else walk_loop(v, c, kind, 0);
}

/* c ? a : b: only the condition is in a condition. */
/* COND ? A : B: the keys COND proves present are found in A, those it
 * proves absent in B (`m.count(k) ? m[k] : fallback` is a lookup). */
static void walk_conditional(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  PtrVec present = {0}, absent = {0};
  if (kk.n == 3) key_checks(v, kk.items[0], &present, &absent);
  for (unsigned i = 0; i < kk.n; i++) {
    size_t mark = v->found_keys.len;
    PtrVec *add = kk.n == 3 && i == 1 ? &present : kk.n == 3 && i == 2 ? &absent : NULL;
    for (size_t j = 0; add && j < add->len; j++) pv_push(&v->found_keys, gl_xstrdup(add->items[j]));
    int co = v->in_cond, br = v->in_branch;
    v->in_cond = i == 0;
    if (i > 0) v->in_branch = 1;
    walk(v, kk.items[i]);
    v->in_cond = co;
    v->in_branch = br;
    while (v->found_keys.len > mark) free(v->found_keys.items[--v->found_keys.len]);
  }
  pv_free(&present, free);
  pv_free(&absent, free);
  free(kk.items);
}

/* c->proc == record_id: the function this one compares a slot's value with
 * (an op "guard" on the slot, detail its USR). Where the program calls
 * through a slot that no seen code fills, such a function is one it tells
 * apart there, not one it calls blindly (link.c resolve_unfilled_slots). */
static void note_slot_compare(Visit *v, CXCursor a, CXCursor b) {
  if (!v->func) return;
  for (int side = 0; side < 2; side++) {
    CXCursor s = side ? b : a, f = strip(side ? a : b);
    if (clang_getCursorKind(f) == CXCursor_UnaryOperator) {
      Kids fk = kids_of(f);
      f = fk.n ? strip(fk.items[0]) : f;
      free(fk.items);
    }
    CXCursor fn = clang_getCursorReferenced(f);
    if (clang_getCursorKind(f) != CXCursor_DeclRefExpr || clang_getCursorKind(fn) != CXCursor_FunctionDecl) continue;
    char *slot = slot_of(v, s);
    if (!slot) continue;
    Target t = {0};
    t.kind = T_STORAGE;
    target_path(&t, ROOT_STORAGE, "", -1, slot, "");
    char *usr = usr_of(v, fn);
    emit_op(v, &t, NULL, OP_GUARD, usr, f);
    free(usr);
    target_free(&t);
    free(slot);
    return;
  }
}

/* a = b (resets, list feeds, ...) and, in a condition, a size guard; the
   operands are neither arguments nor callees. */
static void walk_binary(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
  if (op == CXBinaryOperator_Assign) walk_assign(v, c, &kk);
  else if (v->in_cond) check_guard(v, c, &kk);
  size_t mark = v->found_keys.len;
  if ((op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) && kk.n == 2) note_slot_compare(v, kk.items[0], kk.items[1]);
  for (unsigned i = 0; i < kk.n; i++) {
    if (i == 1 && op == CXBinaryOperator_LAnd) { /* m.count(k) && m[k]: the key is there on the right */
      PtrVec present = {0}, absent = {0};
      key_checks(v, kk.items[0], &present, &absent);
      for (size_t j = 0; j < present.len; j++) pv_push(&v->found_keys, gl_xstrdup(present.items[j]));
      pv_free(&present, free);
      pv_free(&absent, free);
    }
    int co = v->in_cond, br = v->in_branch;
    if (op == CXBinaryOperator_Assign) v->in_cond = 0;
    if (i == 1 && (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)) v->in_branch = 1;
    int a = v->in_arg, ce = v->in_callee, sc = v->slot_call, cmp = v->in_compare;
    v->in_compare = op >= CXBinaryOperator_LT && op <= CXBinaryOperator_NE; /* p == f compares f */
    char *saved_slot = v->slot, *slot = NULL; /* lhs = f: f is stored in lhs's slot */
    char *saved_data = v->data, *data = NULL;  /* c->arg = (void *)f: in a data field beside a slot */
    CXCursor saved_lhs = v->assign_lhs;
    if (op == CXBinaryOperator_Assign && i == 1 && holds_fn_values(clang_getCursorType(kk.items[0])))
      slot = slot_of(v, kk.items[0]);
    else if (op == CXBinaryOperator_Assign && i == 1)
      data = data_of(kk.items[0]);
    if (op == CXBinaryOperator_Assign || slot) v->slot = slot;
    if (op == CXBinaryOperator_Assign) v->data = data;
    v->assign_lhs = op == CXBinaryOperator_Assign && i == 0 ? strip(kk.items[0]) : clang_getNullCursor();
    v->in_arg = v->in_callee = v->slot_call = 0;
    walk(v, kk.items[i]);
    v->in_arg = a; v->in_callee = ce; v->slot_call = sc;
    v->in_compare = cmp;
    v->slot = saved_slot;
    v->data = saved_data;
    v->assign_lhs = saved_lhs;
    free(slot);
    free(data);
    v->in_cond = co;
    v->in_branch = br;
  }
  while (v->found_keys.len > mark) free(v->found_keys.items[--v->found_keys.len]);
  free(kk.items);
}

/* count -= n on a static integer resets a C count. */
static void walk_compound_assign(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
  Target t;
  if (kk.n && op == CXBinaryOperator_SubAssign && resolve(v, kk.items[0], &t)) {
    if (t.kind == T_STORAGE && is_integer_type(clang_getCursorType(t.decl)))
      emit_op(v, &t, NULL, OP_RESET, "-=", c);
    target_free(&t);
  }
  for (unsigned i = 0; i < kk.n; i++) walk_plain(v, kk.items[i]);
  free(kk.items);
}

/* Is c written inside decl's own declaration: its initializer pointing the
 * variable at itself (a list head made empty, LIST_HEAD_INIT(g) = {&g, &g})? */
static int within_decl(CXCursor decl, CXCursor c) {
  CXSourceRange r = clang_getCursorExtent(decl);
  CXFile f = NULL, g = NULL, h = NULL;
  unsigned start = 0, end = 0, at = 0;
  clang_getExpansionLocation(clang_getRangeStart(r), &f, NULL, NULL, &start);
  clang_getExpansionLocation(clang_getRangeEnd(r), &g, NULL, NULL, &end);
  clang_getExpansionLocation(clang_getCursorLocation(c), &h, NULL, NULL, &at);
  return f && g && h && clang_File_isEqual(f, h) && clang_File_isEqual(g, h) && at >= start && at < end;
}

/* count-- on a static integer resets a C count; &container outside an
   argument is an escape. */
static void walk_unary(Visit *v, CXCursor c) {
  enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
  Kids kk = kids_of(c);
  Target t;
  if (kk.n && (op == CXUnaryOperator_PostDec || op == CXUnaryOperator_PreDec) && resolve(v, kk.items[0], &t)) {
    if (t.kind == T_STORAGE && is_integer_type(clang_getCursorType(t.decl)))
      emit_op(v, &t, NULL, OP_RESET, "--", c);
    target_free(&t);
  } else if (kk.n && op == CXUnaryOperator_AddrOf && !v->in_arg && resolve(v, kk.items[0], &t)) {
    const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
    if (m && t.kind == T_STORAGE && !within_decl(t.decl, c)) emit_op(v, &t, m, OP_ESCAPE, "address taken", c);
    target_free(&t);
  }
  for (unsigned i = 0; i < kk.n; i++) {
    enum CXCursorKind rk = clang_getCursorKind(clang_getCursorReferenced(kk.items[i]));
    if (op == CXUnaryOperator_AddrOf && clang_getCursorKind(strip(kk.items[i])) == CXCursor_DeclRefExpr &&
        (rk == CXCursor_FunctionDecl || rk == CXCursor_CXXMethod))
      walk(v, kk.items[i]); /* &f passed as an argument is passed, as f is */
    else
      walk_plain(v, kk.items[i]);
  }
  free(kk.items);
}

/* p[i] on a realloc array inside a for loop iterates it (an index loop). */
static void walk_subscript(Visit *v, CXCursor c) {
  Kids kk = kids_of(c);
  Target t;
  if (kk.n && v->loop_is_for && resolve(v, kk.items[0], &t)) {
    const ContainerModel *m = model_of_type(v, clang_getCursorType(t.decl));
    if (m && m->family == FAMILY_REALLOC && clang_getCanonicalType(clang_getCursorType(t.decl)).kind == CXType_Pointer)
      emit_op(v, &t, m, OP_ITERATE, "index loop", c);
    target_free(&t);
  }
  for (unsigned i = 0; i < kk.n; i++) walk_plain(v, kk.items[i]);
  free(kk.items);
}

/* A name: a function (its address may be taken) or a function-pointer parameter. */
static void walk_decl_ref(Visit *v, CXCursor c) {
  CXCursor ref = clang_getCursorReferenced(c);
  enum CXCursorKind rk = clang_getCursorKind(ref);
  if (rk == CXCursor_FunctionDecl || rk == CXCursor_CXXMethod || rk == CXCursor_FunctionTemplate)
    visit_function_ref(v, c, ref);
  else if (rk == CXCursor_ParmDecl)
    visit_fn_param(v, c, ref);
  else if (rk == CXCursor_VarDecl)
    slot_read(v, c);
}

/* The walk: one helper per statement or expression kind that makes facts;
   anything else is walked through (an expression or statement as a plain
   operand: not an argument, not a callee). */
static void fresh_free(void *p) {
  Fresh *f = p;
  if (!f) return;
  free(f->key);
  free(f->func);
  free(f);
}

/* If statement c creates a handle (g = dictCreate(...)), remembers it as fresh. */
static void note_created(Visit *v, CXCursor c) {
  CXCursor e = strip(c);
  if (clang_getCursorKind(e) != CXCursor_BinaryOperator ||
      clang_getCursorBinaryOperatorKind(e) != CXBinaryOperator_Assign)
    return;
  Kids k = kids_of(e);
  Target t;
  if (k.n == 2 && clang_getCursorKind(strip(k.items[1])) == CXCursor_CallExpr && resolve(v, k.items[0], &t)) {
    const ContainerModel *m = t.kind == T_STORAGE ? model_of_type(v, clang_getCursorType(t.decl)) : NULL;
    char *fname = str_take(clang_getCursorSpelling(clang_getCursorReferenced(strip(k.items[1]))));
    if (m && m->family == FAMILY_HANDLE && rules_classify(m, fname) == OPK_CREATE) {
      Fresh *f = gl_xcalloc(1, sizeof *f);
      f->key = gl_xstrdup(t.key);
      f->func = gl_xstrdup(v->func ? v->func : "");
      f->repeats = loop_may_repeat(v->loop);
      f->loop_loc = v->loop_loc;
      pv_push(&v->fresh, f);
    }
    free(fname);
    target_free(&t);
  }
  free(k.items);
}

/* A block: a handle created by one statement is fresh for the statements
 * after it, to the end of the block. */
/* Where the macro invocation that statement c comes from begins (1), or 0
 * when c is written out. */
static int macro_invocation(CXCursor c, CXFile *f, unsigned *off) {
  CXSourceLocation loc = clang_getCursorLocation(c);
  CXFile sf = NULL;
  unsigned soff = 0;
  *f = NULL;
  clang_getExpansionLocation(loc, f, NULL, NULL, off);
  clang_getSpellingLocation(loc, &sf, NULL, NULL, &soff);
  return *f && !(sf && clang_File_isEqual(*f, sf) && *off == soff);
}

static void walk_compound(Visit *v, CXCursor c) {
  size_t mark = v->fresh.len;
  Kids k = kids_of(c);
  CXFile done_file = NULL; /* a modelled macro of plain statements (ngx_queue_insert_tail): */
  unsigned done_off = 0;   /* where it is invoked; its other statements are skipped */
  for (unsigned i = 0; i < k.n; i++) {
    CXFile f = NULL;
    unsigned off = 0;
    int from_macro = clang_getCursorKind(k.items[i]) == CXCursor_BinaryOperator && macro_invocation(k.items[i], &f, &off);
    if (from_macro && done_file && clang_File_isEqual(f, done_file) && off == done_off) continue;
    if (from_macro && macro_op(v, k.items[i])) {
      done_file = f;
      done_off = off;
      continue;
    }
    walk(v, k.items[i]);
    note_created(v, k.items[i]);
  }
  free(k.items);
  while (v->fresh.len > mark) fresh_free(v->fresh.items[--v->fresh.len]);
}

/* (&x)->f, as a macro writes x.f (TAILQ_FIRST(&g_done)): reads a field of x,
 * whose address goes nowhere. Walks x and returns 1; 0 for another member access. */
static int walk_member_of_address(Visit *v, CXCursor c) {
  Kids k = kids_of(c);
  CXCursor base = k.n ? strip(k.items[0]) : clang_getNullCursor();
  int done = 0;
  if (k.n == 1 && clang_getCursorKind(base) == CXCursor_UnaryOperator &&
      clang_getCursorUnaryOperatorKind(base) == CXUnaryOperator_AddrOf) {
    Kids bk = kids_of(base);
    for (unsigned i = 0; i < bk.n; i++) walk_plain(v, bk.items[i]);
    free(bk.items);
    done = 1;
  }
  free(k.items);
  return done;
}

static void walk_cursor(Visit *v, CXCursor c);

/* Walks c; an initializer list's expected type (Visit.init_type) reaches
 * only lists nested in lists and the conversions around them. */
static void walk(Visit *v, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_InitListExpr || k == CXCursor_UnexposedExpr || k == CXCursor_VarDecl ||
      v->init_type.kind == CXType_Invalid) {
    walk_cursor(v, c);
    return;
  }
  CXType saved = v->init_type;
  v->init_type.kind = CXType_Invalid;
  walk_cursor(v, c);
  v->init_type = saved;
}

static void walk_cursor(Visit *v, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  if (clang_isDeclaration(k) && in_system(c)) return;
  if (k == CXCursor_CXXNewExpr) note_instance_new(v, c);
  switch (k) {
    case CXCursor_FunctionDecl:
    case CXCursor_CXXMethod:
    case CXCursor_Constructor:
    case CXCursor_Destructor:
    case CXCursor_ConversionFunction:
    case CXCursor_FunctionTemplate: visit_function(v, c); return;
    case CXCursor_LambdaExpr: visit_lambda(v, c); return;
    case CXCursor_VarDecl: walk_vardecl(v, c); return;
    case CXCursor_CallExpr: walk_call(v, c); return;
    case CXCursor_ForStmt: walk_for(v, c); return;
    case CXCursor_CXXForRangeStmt: walk_range_for(v, c); return;
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt: walk_while(v, c); return;
    case CXCursor_IfStmt: walk_if(v, c); return;
    case CXCursor_CompoundStmt: walk_compound(v, c); return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
      int br = v->in_branch;
      v->in_branch = 1;
      walk_children(v, c);
      v->in_branch = br;
      return;
    }
    case CXCursor_ConditionalOperator: walk_conditional(v, c); return;
    case CXCursor_BinaryOperator: walk_binary(v, c); return;
    case CXCursor_CompoundAssignOperator: walk_compound_assign(v, c); return;
    case CXCursor_UnaryOperator: walk_unary(v, c); return;
    case CXCursor_ArraySubscriptExpr: walk_subscript(v, c); return;
    case CXCursor_ReturnStmt: walk_return(v, c); return;
    case CXCursor_DeclRefExpr: walk_decl_ref(v, c); return;
    case CXCursor_InitListExpr: walk_init_list(v, c); return;
    case CXCursor_MemberRefExpr:
      slot_read(v, c);
      data_read(v, c);
      if (walk_member_of_address(v, c)) return;
      break;
    case CXCursor_UnexposedExpr:
    case CXCursor_ParenExpr:
    case CXCursor_CStyleCastExpr:
    case CXCursor_CXXStaticCastExpr:
    case CXCursor_CXXFunctionalCastExpr:
    case CXCursor_CXXReinterpretCastExpr:
    case CXCursor_CXXConstCastExpr:
      walk_children(v, c); /* keeps in_callee / in_arg / in_cond */
      return;
    default:
      break;
  }
  if (clang_isExpression(k) || clang_isStatement(k)) {
    int a = v->in_arg, ce = v->in_callee;
    v->in_arg = v->in_callee = 0;
    walk_children(v, c);
    v->in_arg = a; v->in_callee = ce;
    return;
  }
  walk_children(v, c);
}

/* ---------- dependencies ---------- */

typedef struct {
  Visit *v;
  Facts *out;
  KeySet seen;
} DepScan;

/* Records every included file that is not a system header (the facts cache
 * re-analyses a unit when one of them changes). */
static void dep_cb(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData d) {
  DepScan *ds = d;
  if (depth == 0) return; /* the main file */
  if (clang_Location_isInSystemHeader(stack[0])) return;
  CXSourceLocation at = clang_getLocationForOffset(ds->v->tu, file, 0);
  if (clang_Location_isInSystemHeader(at)) return;
  char *p = str_take(clang_File_tryGetRealPathName(file));
  if (!*p) {
    free(p);
    p = str_take(clang_getFileName(file));
  }
  if (keyset_add(&ds->seen, p)) pv_push(&ds->out->deps, p);
  else free(p);
}

/* ---------- public ---------- */

Extractor *extract_new(const RuleSet *rs) {
  Extractor *ex = gl_xcalloc(1, sizeof *ex);
  ex->index = clang_createIndex(0, 0);
  ex->rs = rs;
  return ex;
}

void extract_free(Extractor *ex) {
  if (!ex) return;
  clang_disposeIndex(ex->index);
  sm_free(&ex->ignored, NULL);
  sm_free(&ex->roots, free);
  sm_free(&ex->paths, free);
  free(ex);
}

char *extract_clang_version(void) { return str_take(clang_getClangVersion()); }

/* The option of a driver diagnostic "unknown argument: '-fvect-cost-model=cheap'"
 * (owned), NULL for any other diagnostic. */
static char *unknown_option(CXDiagnostic d) {
  CXFile file = NULL;
  clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, NULL);
  if (file) return NULL;
  char *text = str_take(clang_getDiagnosticSpelling(d));
  static const char prefix[] = "unknown argument: '";
  char *opt = NULL;
  size_t len = strlen(text);
  if (!strncmp(text, prefix, sizeof prefix - 1) && len > sizeof prefix && text[len - 1] == '\'')
    opt = gl_xstrndup(text + sizeof prefix - 1, len - sizeof prefix);
  free(text);
  return opt;
}

void extract_ignored_options(const Extractor *ex, StrMap *into) {
  for (size_t i = 0; i < ex->ignored.cap; i++)
    if (ex->ignored.keys && ex->ignored.keys[i]) sm_put(into, ex->ignored.keys[i], (void *)1);
}

GlResult extract_unit(Extractor *ex, const Unit *u, Facts *out, StrBuf *diags, int *n_errors, GlError *err) {
  const char *file = u->file, *directory = u->directory;
  const char *const *args = (const char *const *)u->args.items;
  int nargs = (int)u->args.len;
  *n_errors = 0;
  if (directory && *directory && !gl_is_dir(directory)) {
    gl_error_set(err, "%s: the unit's directory does not exist: %s", file, directory);
    sb_appendf(diags, "%s: error: the compile database's directory for this unit does not exist: %s\n", file,
               directory);
    *n_errors = 1;
    return GL_EPARSE;
  }
  if (!gl_is_file(file)) {
    gl_error_set(err, "%s: no such file", file);
    sb_appendf(diags, "%s: error: no such file\n", file);
    *n_errors = 1;
    return GL_EPARSE;
  }
  const char **argv = gl_xcalloc((size_t)nargs + 3, sizeof *argv);
  int argc = 0;
  char *wd = directory && *directory ? gl_xasprintf("-working-directory=%s", directory) : NULL;
  if (wd) argv[argc++] = wd;
  for (int i = 0; i < nargs; i++) argv[argc++] = args[i];
  /* gcc's warning options that clang does not know would be printed by the
   * driver for every unit; warnings are never forwarded anyway */
  argv[argc++] = "-Wno-unknown-warning-option";
  CXTranslationUnit tu = NULL;
  unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  double t0 = seconds_now();
  enum CXErrorCode ec = clang_parseTranslationUnit2(ex->index, file, argv, argc, NULL, 0, opts, &tu);
  double t1 = seconds_now();
  ex->parse_s += t1 - t0;
  free(argv);
  free(wd);
  if (ec != CXError_Success || !tu) {
    gl_error_set(err, "%s: libclang could not parse this unit (error %d)", file, (int)ec);
    sb_appendf(diags, "%s: error: libclang could not parse this unit (error %d)\n", file, (int)ec);
    *n_errors = 1;
    return GL_EPARSE;
  }
  unsigned nd = clang_getNumDiagnostics(tu);
  for (unsigned i = 0; i < nd; i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
    char *dropped = sev >= CXDiagnostic_Error ? unknown_option(d) : NULL;
    if (dropped) {
      /* a compiler option clang does not know (gcc's): clang ignores it and
       * parses the unit completely, so it is no error of the unit */
      if (!sm_get(&ex->ignored, dropped)) sm_put(&ex->ignored, dropped, (void *)1);
      free(dropped);
    } else if (sev >= CXDiagnostic_Error) {
      char *s = str_take(clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions()));
      gl_escape_controls(diags, s);
      sb_append(diags, "\n");
      free(s);
      (*n_errors)++;
    }
    clang_disposeDiagnostic(d);
  }
  Visit v = {0};
  v.rs = ex->rs;
  v.facts = out;
  v.tu = tu;
  v.roots = &ex->roots;
  v.paths = &ex->paths;
  v.lang = u->lang;
  v.func_cursor = clang_getNullCursor();
  v.lambda_op = clang_getNullCursor();
  v.arg_callee = clang_getNullCursor();
  v.outer_call = clang_getNullCursor();
  walk_children(&v, clang_getTranslationUnitCursor(tu));
  lift_shrinks(&v);
  keep_definitions(&v);
  DepScan ds = {&v, out, {0}};
  clang_getInclusions(tu, dep_cb, &ds);
  keyset_free(&ds.seen);
  pv_free(&v.aliases, alias_free);
  keyset_free(&v.emitted);
  sm_free(&v.ordinal_ids, free);
  sm_free(&v.accessors, accessor_destroy);
  pv_free(&v.handles_declared, NULL);
  pv_free(&v.fresh, fresh_free);
  sm_free(&v.shapes, NULL);
  sm_free(&v.singletons, singleton_destroy);
  free(v.last_path);
  clang_disposeTranslationUnit(tu);
  ex->walk_s += seconds_now() - t1;
  return GL_OK;
}
