/* loops.c - what a while or do loop's condition says about how often its body
 * runs (loops.h). Part of the libclang front end.
 *
 * The rule (README "How loops are judged"):
 *   - a constant condition that is true (`while (1)`, `while (true)`) never
 *     ends: LOOP_UNBOUNDED; a constant false one (`do { } while (0)`) runs once;
 *   - a run flag (`while (running)`, `while (!g_stop)`, `while (!loop->stop)`,
 *     `while (!quit.load())`, `while (state != STOPPING)`): a bool, atomic or
 *     volatile global, static or field, or a non-local integer or enum,
 *     alone, negated or compared for (in)equality with a constant:
 *     LOOP_FLAG, it repeats until the flag changes; a local bool used so
 *     (`do { ... } while (retry)`) is a run flag only in a main loop, as below;
 *   - a condition that waits for input (`recv`, `accept`, `epoll_wait`,
 *     `poll`, `select`, `read`, or reads `stdin` / `std::cin`): LOOP_INPUT,
 *     it repeats for every input; reading any other stream to its end (`fgets`,
 *     `std::getline` on a file) is loading a file, not serving: bounded;
 *   - the outermost loop of a function whose condition calls a function
 *     (`while (read_request(&r))`) or tests a local flag is LOOP_POLL: the program's main loop
 *     (it reads requests) when the function is main() or a thread's entry,
 *     which extract and link decide; bounded anywhere else;
 *   - a loop without an end condition that reads in one of its first three
 *     statements and leaves with `if (...) break;` is judged by that read
 *     (loops_reads_until_end): a file read to its end is bounded, a wait for
 *     input is LOOP_INPUT;
 *   - anything else (a cursor `while (p)`, a countdown `while (i--)`, an
 *     iterator `while (it != end)`, a comparison `while (n > 0)`, a call
 *     `while (next(&x))`) is bounded: the body advances it toward its end.
 * No libclang object outlives the call.
 */
#include "loops.h"

#include <stdlib.h>
#include <string.h>

/* Functions that wait for the next request, packet or event. */
static const char *const waits_for_input[] = {
    "accept", "accept4", "recv", "recvfrom", "recvmsg", "recvmmsg", "read", "readv", "epoll_wait",
    "epoll_pwait", "poll", "ppoll", "select", "pselect", "kevent", "msgrcv", "mq_receive", "sigwait",
    "sigwaitinfo", "zmq_recv", "zmq_msg_recv", "zmq_poll", "nn_recv", "SSL_read", "event_base_loop",
    "event_base_dispatch", "uv_run", "g_main_context_iteration", NULL};

/* Functions that read a stream: input when the stream is stdin or std::cin,
 * loading a file otherwise. */
static const char *const reads_stream[] = {
    "fgets", "getline", "getdelim", "getc", "fgetc", "getchar", "fread", "fscanf", "scanf", "gets",
    "operator>>", "getc_unlocked", "fgets_unlocked", NULL};

static int in_list(const char *const *list, const char *name) {
  for (size_t i = 0; list[i]; i++)
    if (!strcmp(list[i], name)) return 1;
  return 0;
}

static char *spelling(CXCursor c) {
  CXString s = clang_getCursorSpelling(c);
  const char *t = clang_getCString(s);
  char *r = strdup(t ? t : "");
  clang_disposeString(s);
  return r;
}

typedef struct {
  int input;     /* a call that waits for input */
  int stream;    /* a call that reads a stream */
  int std_input; /* stdin or std::cin is named */
  int call;      /* a call of any other function */
  int argv;      /* a parameter shaped like main's argv (char **) is named */
} CondScan;

/* A parameter shaped like main's argv: char **, char *[] (also wide). */
static int is_argv(CXCursor decl) {
  if (clang_getCursorKind(decl) != CXCursor_ParmDecl) return 0;
  CXType t = clang_getCanonicalType(clang_getCursorType(decl));
  if (t.kind != CXType_Pointer) return 0;
  CXType p = clang_getCanonicalType(clang_getPointeeType(t));
  if (p.kind != CXType_Pointer) return 0;
  enum CXTypeKind ck = clang_getCanonicalType(clang_getPointeeType(p)).kind;
  return ck == CXType_Char_S || ck == CXType_Char_U || ck == CXType_SChar || ck == CXType_UChar ||
         ck == CXType_WChar;
}

static enum CXChildVisitResult scan_visit(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  CondScan *cs = d;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_CallExpr && k != CXCursor_DeclRefExpr) return CXChildVisit_Recurse;
  char *name = spelling(c);
  if (k == CXCursor_DeclRefExpr && is_argv(clang_getCursorReferenced(c))) cs->argv = 1;
  if (k == CXCursor_CallExpr && in_list(waits_for_input, name)) cs->input = 1;
  else if (in_list(reads_stream, name)) cs->stream = 1;
  else if (k == CXCursor_DeclRefExpr && (!strcmp(name, "stdin") || !strcmp(name, "cin"))) cs->std_input = 1;
  else if (k == CXCursor_CallExpr && *name) cs->call = 1;
  free(name);
  return CXChildVisit_Recurse;
}

typedef struct {
  CXCursor items[3];
  unsigned n;
} Few;

static enum CXChildVisitResult few_visit(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  Few *f = d;
  if (f->n < 3) f->items[f->n] = c;
  f->n++;
  return CXChildVisit_Continue;
}

static Few children(CXCursor c) {
  Few f = {.n = 0};
  clang_visitChildren(c, few_visit, &f);
  return f;
}

/* Parentheses, implicit conversions, casts, `!` and `.load()` removed. */
static CXCursor peel(CXCursor c) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(c);
    Few f = children(c);
    int wrapper = k == CXCursor_UnexposedExpr || k == CXCursor_ParenExpr || k == CXCursor_CStyleCastExpr ||
                  k == CXCursor_CXXStaticCastExpr || k == CXCursor_CXXFunctionalCastExpr ||
                  (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot);
    if (k == CXCursor_CallExpr && f.n == 1) {
      char *name = spelling(c);
      wrapper = !strcmp(name, "load") || !strcmp(name, "operator bool") || !strcmp(name, "operator!");
      free(name);
    }
    if (k == CXCursor_MemberRefExpr && f.n == 1 && clang_getCursorKind(peel(f.items[0])) != CXCursor_CXXThisExpr) {
      /* flag.load(): the member function's base is the flag */
      CXCursor ref = clang_getCursorReferenced(c);
      enum CXCursorKind rk = clang_getCursorKind(ref);
      if (rk == CXCursor_CXXMethod || rk == CXCursor_ConversionFunction) wrapper = 1;
    }
    if (!wrapper || f.n != 1) return c;
    c = f.items[0];
  }
  return c;
}

static int is_constant(CXCursor c, long long *value) {
  CXEvalResult r = clang_Cursor_Evaluate(c);
  if (!r) return 0;
  int ok = clang_EvalResult_getKind(r) == CXEval_Int;
  if (ok) *value = clang_EvalResult_getAsLongLong(r);
  clang_EvalResult_dispose(r);
  return ok;
}

static int is_local(CXCursor decl) {
  if (clang_getCursorKind(decl) == CXCursor_ParmDecl) return 1;
  if (clang_getCursorKind(decl) != CXCursor_VarDecl) return 0;
  enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
  if (sc == CX_SC_Static || sc == CX_SC_Extern) return 0;
  enum CXCursorKind pk = clang_getCursorKind(clang_getCursorSemanticParent(decl));
  return pk == CXCursor_FunctionDecl || pk == CXCursor_CXXMethod || pk == CXCursor_Constructor ||
         pk == CXCursor_Destructor || pk == CXCursor_FunctionTemplate || pk == CXCursor_LambdaExpr;
}

/* Is c (peeled) a variable or field that works as a run flag? */
static int is_flag(CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr) return 0;
  CXCursor decl = clang_getCursorReferenced(c);
  enum CXCursorKind dk = clang_getCursorKind(decl);
  if (dk != CXCursor_VarDecl && dk != CXCursor_ParmDecl && dk != CXCursor_FieldDecl) return 0;
  CXType t = clang_getCursorType(decl);
  CXType canon = clang_getCanonicalType(t);
  if (canon.kind == CXType_Bool) return 1;
  if (clang_isVolatileQualifiedType(t) || clang_isVolatileQualifiedType(canon)) return 1;
  if (canon.kind == CXType_Record || canon.kind == CXType_Elaborated) {
    CXString s = clang_getTypeSpelling(canon);
    int atomic = strstr(clang_getCString(s), "atomic") != NULL;
    clang_disposeString(s);
    return atomic;
  }
  int integral = (canon.kind >= CXType_Char_U && canon.kind <= CXType_Int128) || canon.kind == CXType_Enum;
  return integral && !is_local(decl);
}

/* 1: a run flag; 2: a local variable used as a flag (`do { ... } while (retry)`),
 * which is a run flag only in a main loop; 0: not a flag. */
static int flag_kind(CXCursor c) {
  if (!is_flag(c)) return 0;
  CXCursor decl = clang_getCursorReferenced(c);
  return clang_getCursorKind(c) == CXCursor_DeclRefExpr && is_local(decl) ? 2 : 1;
}

static int flag_condition(CXCursor cond) {
  CXCursor c = peel(cond);
  int k = flag_kind(c);
  if (k) return k;
  if (clang_getCursorKind(c) != CXCursor_BinaryOperator) return 0;
  enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
  if (op != CXBinaryOperator_EQ && op != CXBinaryOperator_NE) return 0;
  Few f = children(c);
  if (f.n != 2) return 0;
  long long v;
  if (is_constant(f.items[1], &v)) return flag_kind(peel(f.items[0]));
  if (is_constant(f.items[0], &v)) return flag_kind(peel(f.items[1]));
  return 0;
}

int loops_classify(CXCursor cond, int outermost, int in_main) {
  long long value = 0;
  if (clang_getCursorKind(cond) == CXCursor_VarDecl) return LOOP_BOUNDED; /* while (T x = next()) */
  if (is_constant(cond, &value)) return value ? LOOP_UNBOUNDED : LOOP_NONE;
  CondScan cs = {0, 0, 0, 0, 0};
  scan_visit(cond, clang_getNullCursor(), &cs);
  clang_visitChildren(cond, scan_visit, &cs);
  if (cs.input || (cs.stream && cs.std_input)) return LOOP_INPUT;
  if (cs.argv) return LOOP_BOUNDED; /* getopt(argc, argv, ...): the command line, read to its end */
  if (cs.stream) return LOOP_BOUNDED;
  int flag = flag_condition(cond);
  if (flag == 1 || (flag == 2 && outermost && in_main)) return LOOP_FLAG;
  if (!outermost || (!cs.call && !flag)) return LOOP_BOUNDED;
  return in_main && cs.call ? LOOP_INPUT : LOOP_POLL; /* main's own loop reads the requests */
}

/* Does a statement end the loop it is in: `break;`, `return ...;`, or
 * `{ ...; break; }`? */
static int ends_loop(CXCursor st) {
  enum CXCursorKind k = clang_getCursorKind(st);
  if (k == CXCursor_BreakStmt || k == CXCursor_ReturnStmt) return 1;
  if (k != CXCursor_CompoundStmt) return 0;
  Few f = children(st);
  for (unsigned i = 0; i < f.n && i < 3; i++)
    if (clang_getCursorKind(f.items[i]) == CXCursor_BreakStmt || clang_getCursorKind(f.items[i]) == CXCursor_ReturnStmt)
      return 1;
  return 0;
}

typedef struct {
  int argv_call; /* one of the first two statements calls a function with argv */
  int exit;      /* an `if (...) break;` (or return) among the statements */
  int index;     /* statements seen */
  CondScan reads; /* what the first three statements call */
} BodyScan;

static enum CXChildVisitResult body_visit(CXCursor c, CXCursor parent, CXClientData d) {
  (void)parent;
  BodyScan *bs = d;
  if (clang_getCursorKind(c) == CXCursor_IfStmt) {
    Few f = children(c);
    if (f.n >= 2 && ends_loop(f.items[1])) bs->exit = 1;
  }
  if (bs->index < 3) {
    CondScan cs = {0, 0, 0, 0, 0};
    scan_visit(c, clang_getNullCursor(), &cs);
    clang_visitChildren(c, scan_visit, &cs);
    if (bs->index < 2 && cs.argv && cs.call) bs->argv_call = 1;
    bs->reads.input |= cs.input;
    bs->reads.stream |= cs.stream;
    bs->reads.std_input |= cs.std_input;
  }
  bs->index++;
  return CXChildVisit_Continue;
}

int loops_reads_command_line(CXCursor body) {
  BodyScan bs = {0};
  if (clang_getCursorKind(body) != CXCursor_CompoundStmt) return 0;
  clang_visitChildren(body, body_visit, &bs);
  return bs.argv_call && bs.exit;
}

int loops_body_breaks(CXCursor body) {
  BodyScan bs = {0, 0, 3, {0}}; /* index 3: no scan of what it calls, only the exits */
  if (clang_getCursorKind(body) != CXCursor_CompoundStmt) return 0;
  clang_visitChildren(body, body_visit, &bs);
  return bs.exit;
}

int loops_reads_until_end(CXCursor body) {
  BodyScan bs = {0};
  if (clang_getCursorKind(body) != CXCursor_CompoundStmt) return LOOP_UNBOUNDED;
  clang_visitChildren(body, body_visit, &bs);
  if (!bs.exit) return LOOP_UNBOUNDED;
  if (bs.reads.input || (bs.reads.stream && bs.reads.std_input)) return LOOP_INPUT;
  return bs.reads.stream ? LOOP_BOUNDED : LOOP_UNBOUNDED;
}

/* Is e (stripped of implicit casts) a local integer variable incremented in
 * place: j++ or ++j on a variable declared in a function? */
static int local_increment(CXCursor e) {
  if (clang_getCursorKind(e) != CXCursor_UnaryOperator) return 0;
  enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
  if (op != CXUnaryOperator_PostInc && op != CXUnaryOperator_PreInc) return 0;
  Few f = children(e);
  if (!f.n) return 0;
  CXCursor r = peel(f.items[0]);
  if (clang_getCursorKind(r) != CXCursor_DeclRefExpr) return 0;
  CXCursor d = clang_getCursorReferenced(r);
  return clang_getCursorKind(d) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(d) == 0;
}

typedef struct {
  int found;
} CursorScan;

/* A local counter advanced where it is used: an argument of a call
 * (name_at(j++)) or an index (t[j++]). */
static enum CXChildVisitResult cursor_visit(CXCursor c, CXCursor parent, CXClientData d) {
  CursorScan *cs = d;
  enum CXCursorKind pk = clang_getCursorKind(parent);
  if ((pk == CXCursor_CallExpr || pk == CXCursor_ArraySubscriptExpr) && local_increment(peel(c))) {
    cs->found = 1;
    return CXChildVisit_Break;
  }
  if (clang_getCursorKind(c) == CXCursor_LambdaExpr) return CXChildVisit_Continue;
  return CXChildVisit_Recurse;
}

int loops_cursor_walk(CXCursor body) {
  if (!loops_body_breaks(body)) return 0;
  CursorScan cs = {0};
  clang_visitChildren(body, cursor_visit, &cs);
  return cs.found;
}
