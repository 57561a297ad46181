/* Unit tests for extract.c: the facts of small snippets. */
#include <stdlib.h>

#include "check.h"
#include "extract.h"

static RuleSet *rs;

/* Extracts a snippet written to a temporary file; returns a summary line
 * "kind:detail:loop ..." of its ops in order. */
static char *ops_of(const char *name, const char *code, Facts *f) {
  char path[128];
  snprintf(path, sizeof path, "/tmp/growlint-extract-%s", name);
  FILE *fp = fopen(path, "w");
  fputs(code, fp);
  fclose(fp);
  Extractor *ex = extract_new(rs);
  StrBuf diags = {0};
  int nerr = 0;
  GlError err = {{0}};
  int is_c = gl_has_suffix(name, ".c");
  Unit u = {path, "/tmp", {0}, is_c ? LANG_C : LANG_CXX};
  if (!is_c) {
    pv_push(&u.args, "-x");
    pv_push(&u.args, "c++");
  }
  pv_push(&u.args, is_c ? "-std=c17" : "-std=c++17");
  extract_unit(ex, &u, f, &diags, &nerr, &err);
  pv_free(&u.args, NULL);
  CHECK(nerr == 0);
  if (nerr) fputs(sb_cstr(&diags), stderr);
  StrBuf sb = {0};
  for (size_t i = 0; i < f->ops.len; i++) {
    FactOp *o = f->ops.items[i];
    sb_appendf(&sb, "%s%s:%s:%d", i ? " " : "", facts_op_name(o->kind), o->detail, o->loop);
  }
  sb_free(&diags);
  extract_free(ex);
  remove(path);
  return sb_steal(&sb);
}

static void member_calls_and_loops(void) {
  Facts f = {0};
  char *ops = ops_of("a.cpp",
                     "#include <vector>\n#include <map>\nstd::vector<int> v; std::map<int,int> m;\n"
                     "void f(int k) { for (int i = 0; i < 3; i++) v.push_back(i); while (1) { m[k] = 2; v.clear(); } }\n",
                     &f);
  CHECK_STR(ops, "grow:push_back:1 grow:operator[]:2 shrink:clear:2");
  CHECK(f.storages.len == 2);
  if (f.storages.len == 2) CHECK(((FactStorage *)f.storages.items[0])->lang == LANG_CXX);
  free(ops);
  facts_free(&f);
}

static void for_without_condition_is_unbounded(void) {
  Facts f = {0};
  char *ops = ops_of("b.cpp", "#include <string>\nstd::string s;\nvoid f() { for (;;) s += \"x\"; for (int i=0;;i++) s += \"y\"; }\n", &f);
  CHECK_STR(ops, "grow:operator+=:2 grow:operator+=:2");
  free(ops);
  facts_free(&f);
}

static void aliases_and_fields_resolve_to_the_storage(void) {
  Facts f = {0};
  char *ops = ops_of("c.cpp",
                     "#include <deque>\nstruct S { std::deque<int> q; };\nstatic S g_s;\n"
                     "void f() { auto &r = g_s.q; r.push_back(1); }\n",
                     &f);
  CHECK_STR(ops, "grow:push_back:0");
  CHECK(f.storages.len == 1);
  if (f.storages.len == 1) {
    FactStorage *s = f.storages.items[0];
    CHECK_STR(s->display, "g_s.q");
    CHECK_STR(s->symbol, "q");
    CHECK_STR(facts_storage_kind_name(s->kind), "field");
    CHECK_STR(s->model, "std::deque");
    CHECK(s->loc.line == 2);
    CHECK(s->owner_loc.line == 3);
  }
  free(ops);
  facts_free(&f);
}

static void c_realloc_counter_and_reset(void) {
  Facts f = {0};
  char *ops = ops_of("d.c",
                     "#include <stdlib.h>\nstatic int *a; static size_t n;\n"
                     "void add(int x) { a = realloc(a, (n + 1) * sizeof *a); a[n++] = x; }\n"
                     "void drop(void) { n = 0; }\n",
                     &f);
  CHECK(strstr(ops, "grow:realloc:0") == ops);
  CHECK(strstr(ops, "counter:") != NULL);
  CHECK(strstr(ops, "reset:=:0") != NULL);
  CHECK(f.storages.len >= 1);
  if (f.storages.len >= 1) CHECK(((FactStorage *)f.storages.items[0])->lang == LANG_C);
  free(ops);
  facts_free(&f);
}

static void callbacks_become_entries(void) {
  Facts f = {0};
  char *ops = ops_of("e.c", "#include <signal.h>\nstatic void on_sig(int s) { (void)s; }\n"
                            "int main(void) { signal(SIGINT, on_sig); return 0; }\n", &f);
  CHECK(f.entries.len == 1);
  if (f.entries.len == 1) {
    FactEntry *e = f.entries.items[0];
    CHECK_STR(e->reason, "the address of 'on_sig' is registered with 'signal' as a long-lived callback");
  }
  free(ops);
  facts_free(&f);
}

int main(int argc, char **argv) {
  GlError err = {{0}};
  if (rules_load(argc > 1 ? argv[1] : "rules", &rs, &err) != GL_OK) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  RUN(member_calls_and_loops);
  RUN(for_without_condition_is_unbounded);
  RUN(aliases_and_fields_resolve_to_the_storage);
  RUN(c_realloc_counter_and_reset);
  RUN(callbacks_become_entries);
  rules_free(rs);
  return check_failures ? 1 : 0;
}
