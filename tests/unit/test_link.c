/* Unit tests for link.c: the decision over hand-written facts. */
#include <sqlite3.h>
#include <stdlib.h>

#include "check.h"
#include "link.h"

static RuleSet *rs;
static const char *path = "/tmp/growlint-link-test.db";

static Loc L(unsigned line) {
  Loc l = {gl_xstrdup("/p/a.cpp"), line, 1};
  return l;
}

static void storage(Facts *f, const char *key, const char *family, const char *kind, int owning) {
  FactStorage *s = gl_xcalloc(1, sizeof *s);
  s->key = gl_xstrdup(key); s->symbol = gl_xstrdup(key); s->display = gl_xstrdup(key);
  s->kind = (StorageKind)facts_storage_kind_parse(kind); s->model = gl_xstrdup("std::vector");
  s->family = (ModelFamily)facts_family_parse(family);
  s->type = gl_xstrdup("T"); s->elem = gl_xstrdup(""); s->owning = owning; s->is_def = 1;
  s->loc = L(1); s->owner_loc.file = gl_xstrdup("");
  pv_push(&f->storages, s);
}

/* A storage root from "key.field...". */
static AccessPath storage_path(const char *target) {
  const char *dot = strchr(target, '.');
  size_t n = dot ? (size_t)(dot - target) : strlen(target);
  AccessPath p = {ROOT_STORAGE, gl_xstrdup(""), -1, gl_xstrndup(target, n), gl_xstrdup(dot ? dot : "")};
  return p;
}

static void op(Facts *f, const char *target, const char *func, const char *kind, const char *detail, int loop,
               unsigned line) {
  FactOp *o = gl_xcalloc(1, sizeof *o);
  o->target = storage_path(target); o->func = gl_xstrdup(func); o->kind = (FactOpKind)facts_op_parse(kind);
  o->detail = gl_xstrdup(detail); o->loop = loop; o->loc = L(line); o->loop_loc = L(loop == 2 ? 2 : 0);
  pv_push(&f->ops, o);
}

static void entry(Facts *f, const char *func) {
  FactEntry *e = gl_xcalloc(1, sizeof *e);
  e->func = gl_xstrdup(func); e->reason = gl_xstrdup("it is a callback"); e->loc = L(9);
  pv_push(&f->entries, e);
}

/* Saves f as the only unit of a new run and returns "symbol:fix ..." of the findings. */
static char *decide(Facts *f) {
  remove(path);
  Store *st = NULL;
  GlError err = {{0}};
  StrBuf sb = {0};
  if (store_open(path, &st, &err) != GL_OK) return gl_xstrdup(err.msg);
  RunInfo info = {"/", "0", "c", "t", NULL, NULL, 0, NULL};
  int64_t run = 0;
  store_run_begin(st, &info, &run, &err);
  store_unit_save(st, run, "/p/a.cpp", "/p", "", "ok", 0, "", f, NULL, NULL, &err);
  PtrVec out = {0};
  CHECK(link_run(st, run, rs, &out, NULL, &err) == GL_OK);
  for (size_t i = 0; i < out.len; i++) {
    Finding *fi = out.items[i];
    sb_appendf(&sb, "%s%s:%s:%s", i ? " " : "", fi->symbol, fi->rule, fi->fix);
  }
  pv_free(&out, link_finding_free);
  store_close(st);
  facts_free(f);
  remove(path);
  return sb_steal(&sb);
}

static void growth_in_an_unbounded_loop_is_reported(void) {
  Facts f = {0};
  storage(&f, "g", "class", "global", 0);
  op(&f, "g", "c:@F@main#", "grow", "push_back", 2, 5);
  char *r = decide(&f);
  CHECK_STR(r, "g:growth-global-container:bounded");
  free(r);
}

static void growth_in_a_bounded_loop_outside_repeating_code_is_silent(void) {
  Facts f = {0};
  storage(&f, "g", "class", "global", 0);
  op(&f, "g", "c:@F@main#", "grow", "push_back", 1, 5);
  char *r = decide(&f);
  CHECK_STR(r, "");
  free(r);
}

static void a_callback_repeats_and_iteration_suggests_cleanup(void) {
  Facts f = {0};
  storage(&f, "g", "class", "static-local", 0);
  op(&f, "g", "c:@F@cb#", "grow", "push_back", 0, 5);
  op(&f, "g", "c:@F@other#", "iterate", "range-for", 1, 6);
  entry(&f, "c:@F@cb#");
  char *r = decide(&f);
  CHECK_STR(r, "g:growth-static-local:cleanup");
  free(r);
}

static void any_shrink_reset_guard_or_escape_silences(void) {
  const char *kinds[] = {"shrink", "reset", "guard", "escape"};
  for (int i = 0; i < 4; i++) {
    Facts f = {0};
    storage(&f, "g", "class", "global", 1);
    op(&f, "g", "c:@F@main#", "grow", "push_back", 2, 5);
    op(&f, "g", "", kinds[i], "x", 0, 7);
    char *r = decide(&f);
    CHECK_STR(r, "");
    free(r);
  }
}

static void owning_elements_suggest_weak_reference(void) {
  Facts f = {0};
  storage(&f, "g", "class", "global", 1);
  op(&f, "g", "c:@F@main#", "grow", "push_back", 2, 5);
  char *r = decide(&f);
  CHECK_STR(r, "g:growth-global-container:weak-reference");
  free(r);
}

static void a_counter_reset_silences_a_realloc_array(void) {
  Facts f = {0};
  storage(&f, "a", "realloc", "file-static", 0);
  op(&f, "a", "c:@F@main#", "grow", "realloc", 2, 5);
  op(&f, "a", "c:@F@main#", "counter", "n", 2, 5);
  op(&f, "n", "c:@F@drain#", "reset", "=", 0, 8);
  char *r = decide(&f);
  CHECK_STR(r, "");
  free(r);
}

static void resetting_the_enclosing_object_silences_a_field(void) {
  Facts f = {0};
  storage(&f, "s.items", "class", "field", 0);
  op(&f, "s.items", "c:@F@main#", "grow", "push_back", 2, 5);
  op(&f, "s", "c:@F@main#", "reset", "=", 0, 8);
  char *r = decide(&f);
  CHECK_STR(r, "");
  free(r);
}

static void a_list_tail_pointer_is_not_reported(void) {
  Facts f = {0};
  storage(&f, "tail", "list", "file-static", 0);
  op(&f, "tail", "c:@F@main#", "grow", "insert", 2, 5);
  op(&f, "tail", "c:@F@main#", "tail", "->next", 2, 4);
  char *r = decide(&f);
  CHECK_STR(r, "");
  free(r);
}

/* g.buf passed to vec_push(struct vec *v): vec_push's op on {param 0, .data}
 * becomes an op on g.buf.data at the call site. */
static void an_op_on_a_parameter_field_applies_to_the_argument(void) {
  Facts f = {0};
  storage(&f, "g.buf.data", "realloc", "field", 0);
  FactOp *o = gl_xcalloc(1, sizeof *o);
  AccessPath p = {ROOT_PARAM, "c:@F@vec_push", 0, "", ".data"};
  o->target = path_copy(&p); o->func = gl_xstrdup("c:@F@vec_push"); o->kind = OP_GROW;
  o->detail = gl_xstrdup("realloc"); o->loc = L(3); o->loop_loc = L(0);
  pv_push(&f.ops, o);
  FactArg *a = gl_xcalloc(1, sizeof *a);
  a->target = storage_path("g.buf");
  a->caller = gl_xstrdup("c:@F@main#"); a->callee = gl_xstrdup("c:@F@vec_push"); a->callee_name = gl_xstrdup("vec_push");
  a->index = 0; a->mut = 1; a->loop = LOOP_UNBOUNDED; a->loc = L(5); a->loop_loc = L(4);
  pv_push(&f.args, a);
  FactFunction *fn = gl_xcalloc(1, sizeof *fn);
  fn->usr = gl_xstrdup("c:@F@vec_push"); fn->name = gl_xstrdup("vec_push"); fn->is_def = 1; fn->loc = L(2);
  pv_push(&f.functions, fn);
  char *r = decide(&f);
  CHECK_STR(r, "g.buf.data:growth-realloc-array:bounded");
  free(r);
}

/* g_s.add() in a loop, where S::add does this->items.push_back(): the
 * {this, .items} op lands on g_s.items; a parameter index of another
 * function does not match. */
static void an_op_on_this_applies_to_the_object_of_the_call(void) {
  Facts f = {0};
  storage(&f, "g_s.items", "class", "field", 0);
  const char *funcs[] = {"c:@S@S@F@add#", "c:@F@other#"};
  for (int i = 0; i < 2; i++) {
    FactOp *o = gl_xcalloc(1, sizeof *o);
    AccessPath p = {i ? ROOT_PARAM : ROOT_THIS, (char *)funcs[i], i ? 0 : -1, "", ".items"};
    o->target = path_copy(&p); o->func = gl_xstrdup(funcs[i]); o->kind = i ? OP_SHRINK : OP_GROW;
    o->detail = gl_xstrdup("push_back"); o->loc = L(3); o->loop_loc = L(0);
    pv_push(&f.ops, o);
  }
  FactArg *a = gl_xcalloc(1, sizeof *a);
  a->target = storage_path("g_s");
  a->caller = gl_xstrdup("c:@F@main#"); a->callee = gl_xstrdup(funcs[0]); a->callee_name = gl_xstrdup("S::add");
  a->index = -1; a->mut = 1; a->loop = LOOP_UNBOUNDED; a->loc = L(5); a->loop_loc = L(4);
  pv_push(&f.args, a);
  FactFunction *fn = gl_xcalloc(1, sizeof *fn); /* defined: not an escape into unseen code */
  fn->usr = gl_xstrdup(funcs[0]); fn->name = gl_xstrdup("S::add"); fn->is_def = 1; fn->loc = L(2);
  pv_push(&f.functions, fn);
  char *r = decide(&f);
  CHECK_STR(r, "g_s.items:growth-global-container:bounded");
  free(r);
}

static Finding *finding(const char *symbol) {
  Finding *f = gl_xcalloc(1, sizeof *f);
  f->fingerprint = gl_xstrdup(symbol); f->rule = gl_xstrdup("growth-global-container");
  f->symbol = gl_xstrdup(symbol); f->container = gl_xstrdup(symbol); f->fix = gl_xstrdup("bounded");
  f->message = gl_xstrdup("m"); f->loc = L(1);
  return f;
}

static int count_findings(void) {
  sqlite3 *db = NULL;
  sqlite3_stmt *s = NULL;
  int n = -1;
  sqlite3_open(path, &db);
  if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM finding", -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    n = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

/* A finding the database refuses: nothing of the batch stays, and the
 * store can still record the next batch. */
static void a_failed_save_rolls_back(void) {
  remove(path);
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return;
  RunInfo info = {"/", "0", "c", "t", NULL, NULL, 0, NULL};
  int64_t run = 0;
  CHECK(store_run_begin(st, &info, &run, &err) == GL_OK);
  sqlite3 *db = NULL;
  sqlite3_open(path, &db);
  sqlite3_exec(db, "CREATE TRIGGER refuse BEFORE INSERT ON finding WHEN NEW.symbol = 'bad' "
                   "BEGIN SELECT RAISE(ABORT, 'injected failure'); END", NULL, NULL, NULL);
  sqlite3_close(db);
  PtrVec batch = {0};
  pv_push(&batch, finding("good"));
  pv_push(&batch, finding("bad"));
  CHECK(link_save(st, run, &batch, &err) == GL_EIO);
  CHECK(strstr(err.msg, "injected failure") != NULL);
  pv_free(&batch, link_finding_free);
  pv_push(&batch, finding("good"));
  CHECK(link_save(st, run, &batch, &err) == GL_OK);
  pv_free(&batch, link_finding_free);
  store_close(st);
  CHECK(count_findings() == 1);
  remove(path);
}

static void function(Facts *f, const char *usr, const char *name) {
  FactFunction *fn = gl_xcalloc(1, sizeof *fn);
  fn->usr = gl_xstrdup(usr); fn->name = gl_xstrdup(name); fn->is_def = 1; fn->loc = L(3);
  pv_push(&f->functions, fn);
}

/* Links lib.cpp (g), server.cpp (main grows g in for (;;)) and test.cpp
 * (main; shrinks g when test_shrinks) as one run: "symbols|programs". */
static char *link_programs(int server_main, int test_shrinks) {
  remove(path);
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return gl_xstrdup(err.msg);
  RunInfo info = {"/", "0", "c", "t", NULL, NULL, 0, NULL};
  int64_t run = 0;
  store_run_begin(st, &info, &run, &err);
  Facts lib = {0}, server = {0}, test = {0};
  storage(&lib, "g", "class", "global", 0);
  if (server_main) function(&server, "c:@F@main#", "main");
  op(&server, "g", "c:@F@main#", "grow", "push_back", 2, 5);
  function(&test, "c:@F@main#", "main");
  function(&test, "c:@F@helper#", "helper");
  if (test_shrinks) op(&test, "g", "c:@F@main#", "shrink", "clear", 0, 7);
  store_unit_save(st, run, "/p/lib.cpp", "/p", "", "ok", 0, "", &lib, NULL, NULL, &err);
  store_unit_save(st, run, "/p/test.cpp", "/p", "", "ok", 0, "", &test, NULL, NULL, &err);
  store_unit_save(st, run, "/p/server.cpp", "/p", "", "ok", 0, "", &server, NULL, NULL, &err);
  PtrVec out = {0}, programs = {0};
  CHECK(link_run(st, run, rs, &out, &programs, &err) == GL_OK);
  StrBuf sb = {0};
  for (size_t i = 0; i < out.len; i++) sb_appendf(&sb, "%s%s", i ? " " : "", ((Finding *)out.items[i])->symbol);
  sb_append(&sb, "|");
  for (size_t i = 0; i < programs.len; i++) sb_appendf(&sb, "%s%s", i ? " " : "", (char *)programs.items[i]);
  pv_free(&out, link_finding_free);
  pv_free(&programs, free);
  store_close(st);
  facts_free(&lib); facts_free(&server); facts_free(&test);
  remove(path);
  return sb_steal(&sb);
}

static void each_main_is_a_program_of_its_own(void) {
  char *r = link_programs(1, 1); /* the test's clear is not the server's */
  CHECK_STR(r, "g|/p/server.cpp /p/test.cpp");
  free(r);
  r = link_programs(1, 0); /* reported once, not once per program */
  CHECK_STR(r, "g|/p/server.cpp /p/test.cpp");
  free(r);
  r = link_programs(0, 1); /* one main: server.cpp is code the test program may call */
  CHECK_STR(r, "|/p/test.cpp");
  free(r);
}

int main(int argc, char **argv) {
  GlError err = {{0}};
  if (rules_load(argc > 1 ? argv[1] : "rules", &rs, &err) != GL_OK) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  RUN(growth_in_an_unbounded_loop_is_reported);
  RUN(a_failed_save_rolls_back);
  RUN(an_op_on_a_parameter_field_applies_to_the_argument);
  RUN(an_op_on_this_applies_to_the_object_of_the_call);
  RUN(growth_in_a_bounded_loop_outside_repeating_code_is_silent);
  RUN(a_callback_repeats_and_iteration_suggests_cleanup);
  RUN(any_shrink_reset_guard_or_escape_silences);
  RUN(owning_elements_suggest_weak_reference);
  RUN(a_counter_reset_silences_a_realloc_array);
  RUN(resetting_the_enclosing_object_silences_a_field);
  RUN(a_list_tail_pointer_is_not_reported);
  RUN(each_main_is_a_program_of_its_own);
  rules_free(rs);
  return check_failures ? 1 : 0;
}
