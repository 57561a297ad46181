/* Unit tests for rules.c: loading models and rules, classifying operations. */
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "rules.h"

static const char *dir;

static void loads_the_shipped_rules(void) {
  RuleSet *rs = NULL;
  GlError err = {{0}};
  CHECK(rules_load(dir, &rs, &err) == GL_OK);
  if (!rs) return;
  CHECK(rules_find(rs, "growth-global-container") != NULL);
  CHECK(rules_find(rs, "no-such-rule") == NULL);
  CHECK_STR(rules_fix(rs, "weak-reference")->name, "weak-reference");
  CHECK(rs->digest && strlen(rs->digest) == 16);
  rules_free(rs);
}

static void classifies_member_functions_per_model(void) {
  RuleSet *rs = NULL;
  GlError err = {{0}};
  CHECK(rules_load(dir, &rs, &err) == GL_OK);
  if (!rs) return;
  const ContainerModel *v = rules_model_for_type(rs, "std::vector");
  const ContainerModel *m = rules_model_for_type(rs, "std::map");
  CHECK(v && m);
  CHECK(rules_classify(v, "push_back") == OPK_GROW);
  CHECK(rules_classify(v, "clear") == OPK_SHRINK);
  CHECK(rules_classify(v, "size") == OPK_SIZE);
  CHECK(rules_classify(v, "at") == OPK_NONE);
  CHECK(rules_classify(m, "operator[]") == OPK_GROW);
  CHECK(rules_classify(m, "find") == OPK_LOOKUP);
  CHECK(rules_classify_any(rs, "pop_front") == OPK_SHRINK);
  CHECK(rules_model_for_type(rs, "std::array") == NULL);
  CHECK(rules_model_family(rs, FAMILY_REALLOC) != NULL);
  rules_free(rs);
}

static void name_lists_match_prefixes(void) {
  PtrVec names = {0};
  pv_push(&names, gl_xstrdup("std::*"));
  pv_push(&names, gl_xstrdup("qsort"));
  CHECK(rules_name_in(&names, "std::sort"));
  CHECK(rules_name_in(&names, "qsort"));
  CHECK(!rules_name_in(&names, "qsort_r"));
  CHECK(!rules_name_in(&names, "stdx::sort"));
  pv_free(&names, free);
}

static void bad_yaml_names_file_and_line(void) {
  const char *path = "/tmp/growlint-test-bad.yaml";
  FILE *f = fopen(path, "w");
  fputs("rules:\n  - id: x\n    message: [not, a, string]\n", f);
  fclose(f);
  RuleSet *rs = gl_xcalloc(1, sizeof *rs);
  GlError err = {{0}};
  CHECK(rules_load_file(rs, path, &err) == GL_EINPUT);
  CHECK_STR(err.msg, "/tmp/growlint-test-bad.yaml:3: 'message': expected a string");
  f = fopen(path, "w");
  fputs("rules: [\n", f);
  fclose(f);
  CHECK(rules_load_file(rs, path, &err) == GL_EINPUT);
  CHECK(strstr(err.msg, "YAML syntax error") != NULL);
  rules_free(rs);
  remove(path);
}

static void missing_directory_is_an_input_error(void) {
  RuleSet *rs = NULL;
  GlError err = {{0}};
  CHECK(rules_load("/nonexistent/rules", &rs, &err) == GL_EINPUT);
  CHECK(rs == NULL);
  CHECK_STR(err.msg, "cannot open rules directory '/nonexistent/rules'");
}

/* The shipped rules (rules/ and rules/models/), or NULL after a failed check. */
static RuleSet *shipped(void) {
  RuleSet *rs = NULL;
  GlError err = {{0}};
  CHECK(rules_load(dir, &rs, &err) == GL_OK);
  return rs;
}

/* Loads text as one file named "t.yaml" into a new RuleSet; NULL (and err) on failure. */
static RuleSet *load_text(const char *text, GlError *err) {
  RuleSet *rs = gl_xcalloc(1, sizeof *rs);
  if (rules_load_text(rs, "t.yaml", text, strlen(text), NULL, err) != GL_OK) {
    rules_free(rs);
    return NULL;
  }
  return rs;
}

static void a_model_inherits_adds_and_overrides_op_lists(void) {
  GlError err = {{0}};
  RuleSet *rs = load_text("containers:\n"
                          "  - name: base\n"
                          "    family: handle\n"
                          "    arg: 1\n"
                          "    grow: [put]\n"
                          "    shrink: [drop, trim]\n"
                          "  - type: acme::Box\n"
                          "    inherits: base\n"
                          "    grow: [stuff]\n"
                          "    size: [trim]\n",
                          &err);
  CHECK(rs != NULL);
  if (!rs) return;
  const ContainerModel *m = rules_model_for_type(rs, "acme::Box");
  CHECK(m && m->family == FAMILY_HANDLE && m->arg == 1);
  CHECK(m && rules_classify(m, "put") == OPK_GROW);   /* inherited */
  CHECK(m && rules_classify(m, "stuff") == OPK_GROW); /* added */
  CHECK(m && rules_classify(m, "drop") == OPK_SHRINK);
  CHECK(m && rules_classify(m, "trim") == OPK_SIZE);  /* overridden: no longer a shrink */
  CHECK(rules_model_for_type(rs, "base") == NULL);    /* abstract: never matched */
  rules_free(rs);
}

static void a_model_type_may_be_a_list_or_a_pattern_and_an_exact_type_wins(void) {
  GlError err = {{0}};
  RuleSet *rs = load_text("containers:\n"
                          "  - type: [acme::Bag, acme::Sack]\n"
                          "    grow: [put]\n"
                          "  - type: \"acme::*Map\"\n"
                          "    grow: [set]\n"
                          "  - type: acme::TreeMap\n"
                          "    inherits: \"acme::*Map\"\n"
                          "    shrink: [prune]\n",
                          &err);
  CHECK(rs != NULL);
  if (!rs) return;
  const ContainerModel *sack = rules_model_for_type(rs, "acme::Sack");
  CHECK(sack && rules_classify(sack, "put") == OPK_GROW);
  const ContainerModel *hash = rules_model_for_type(rs, "acme::HashMap");
  CHECK(hash && rules_classify(hash, "set") == OPK_GROW && rules_classify(hash, "prune") == OPK_NONE);
  const ContainerModel *tree = rules_model_for_type(rs, "acme::TreeMap");
  CHECK(tree && rules_classify(tree, "set") == OPK_GROW && rules_classify(tree, "prune") == OPK_SHRINK);
  CHECK(rules_model_for_type(rs, "acme::Mapping") == NULL);
  CHECK(rules_glob("std::*map", "std::unordered_map") && !rules_glob("std::*map", "std::set"));
  rules_free(rs);
}

static void the_shipped_std_models_share_lists_through_inheritance(void) {
  RuleSet *rs = shipped();
  if (!rs) return;
  const ContainerModel *l = rules_model_for_type(rs, "std::list");
  const ContainerModel *um = rules_model_for_type(rs, "std::unordered_map");
  const ContainerModel *us = rules_model_for_type(rs, "std::unordered_multiset");
  CHECK(l && rules_classify(l, "pop_front") == OPK_SHRINK && rules_classify(l, "splice") == OPK_GROW);
  CHECK(l && rules_classify(l, "swap") == OPK_SHRINK && rules_classify(l, "operator=") == OPK_RESET);
  CHECK(um && rules_classify(um, "reserve") == OPK_RESET && rules_classify(um, "at") == OPK_LOOKUP);
  CHECK(us && rules_classify(us, "reserve") == OPK_NONE && rules_classify(us, "extract") == OPK_SHRINK);
  rules_free(rs);
}

static void a_project_model_may_inherit_a_shipped_one(void) {
  GlError err = {{0}};
  RuleSet *rs = shipped();
  if (!rs) return;
  const char *text = "containers:\n  - type: acme::SmallVec\n    inherits: std::vector\n    shrink: [purge]\n";
  CHECK(rules_load_text(rs, ".growlint.yaml", text, strlen(text), NULL, &err) == GL_OK);
  const ContainerModel *m = rules_model_for_type(rs, "acme::SmallVec");
  CHECK(m && m->family == FAMILY_CLASS);
  CHECK(m && rules_classify(m, "emplace_back") == OPK_GROW && rules_classify(m, "purge") == OPK_SHRINK);
  rules_free(rs);
}

static void glib_constructors_are_create_not_reset(void) {
  RuleSet *rs = shipped();
  if (!rs) return;
  const ContainerModel *t = rules_model_for_type(rs, "GHashTable");
  CHECK(t && t->family == FAMILY_HANDLE && t->arg == 0);
  CHECK(t && rules_classify(t, "g_hash_table_new_full") == OPK_CREATE);
  CHECK(t && rules_classify(t, "g_hash_table_remove") == OPK_SHRINK);
  const ContainerModel *a = rules_model_for_type(rs, "GPtrArray");
  CHECK(a && rules_classify(a, "g_ptr_array_sized_new") == OPK_CREATE);
  CHECK(rules_name_in(&rs->entry_register, "g_timeout_add"));
  rules_free(rs);
}

static void the_models_folder_is_loaded_after_the_rules(void) {
  system("rm -rf /tmp/growlint-rules-dir && mkdir -p /tmp/growlint-rules-dir/models");
  FILE *f = fopen("/tmp/growlint-rules-dir/rules.yaml", "w");
  fputs("rules:\n  - id: r\n    message: m\n", f);
  fclose(f);
  f = fopen("/tmp/growlint-rules-dir/models/acme.yaml", "w");
  fputs("containers:\n  - type: acme::Bag\n    grow: [put]\n", f);
  fclose(f);
  RuleSet *rs = NULL;
  GlError err = {{0}};
  CHECK(rules_load("/tmp/growlint-rules-dir", &rs, &err) == GL_OK);
  CHECK(rs && rules_model_for_type(rs, "acme::Bag") != NULL);
  rules_free(rs);
  system("rm -rf /tmp/growlint-rules-dir");
}

static const char *rule_of(const RuleSet *rs, ModelFamily family, StorageKind kind, Lang lang) {
  StorageTraits st = {family, kind, lang, "std::vector", REASON_LOG, NULL};
  const Rule *r = rules_rule_for(rs, &st);
  return r ? r->id : "(none)";
}

static void a_storage_gets_the_first_rule_that_applies(void) {
  GlError err = {{0}};
  RuleSet *rs = shipped();
  if (!rs) return;
  CHECK_STR(rule_of(rs, FAMILY_REALLOC, SK_STATIC_LOCAL, LANG_C), "growth-realloc-array");
  CHECK_STR(rule_of(rs, FAMILY_REALLOC, SK_FIELD, LANG_CXX), "growth-realloc-array");
  CHECK_STR(rule_of(rs, FAMILY_LIST, SK_FILE_STATIC, LANG_C), "growth-linked-list");
  CHECK_STR(rule_of(rs, FAMILY_CLASS, SK_STATIC_LOCAL, LANG_CXX), "growth-static-local");
  CHECK_STR(rule_of(rs, FAMILY_HANDLE, SK_STATIC_LOCAL, LANG_C), "growth-static-local");
  CHECK_STR(rule_of(rs, FAMILY_CLASS, SK_STATIC_MEMBER, LANG_CXX), "growth-global-container");
  CHECK_STR(rule_of(rs, FAMILY_HANDLE, SK_GLOBAL, LANG_C), "growth-global-container");
  rules_free(rs);
  rs = load_text("rules:\n"
                 "  - id: only-c-lists\n    message: m\n    applies_to: {family: list, lang: c}\n"
                 "  - id: anything\n    message: m\n",
                 &err);
  CHECK(rs != NULL);
  if (!rs) return;
  CHECK_STR(rule_of(rs, FAMILY_LIST, SK_GLOBAL, LANG_C), "only-c-lists");
  CHECK_STR(rule_of(rs, FAMILY_LIST, SK_GLOBAL, LANG_CXX), "anything");
  rules_free(rs);
}

static const char *fix_text(const RuleSet *rs, const char *fix, ModelFamily family, Lang lang, const char *model) {
  StorageTraits st = {family, SK_GLOBAL, lang, model, REASON_LOG, NULL};
  const Fix *f = rules_fix_for(rs, fix, &st);
  return f ? f->text : "(none)";
}

static void fix_texts_follow_the_language_and_the_family(void) {
  RuleSet *rs = shipped();
  if (!rs) return;
  const char *fixes[] = {"bounded", "cleanup", "weak-reference"};
  const ModelFamily c_families[] = {FAMILY_REALLOC, FAMILY_LIST, FAMILY_HANDLE};
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) /* a C family is told C, also in a C++ unit */
      for (Lang lang = LANG_C; lang <= LANG_CXX; lang++) {
        const char *t = fix_text(rs, fixes[i], c_families[j], lang, j == 2 ? "GHashTable" : "*");
        CHECK(strcmp(t, "(none)") && !strstr(t, "std::") && !strstr(t, "pop_front"));
      }
    CHECK(strcmp(fix_text(rs, fixes[i], FAMILY_CLASS, LANG_CXX, "std::vector"), "(none)"));
  }
  CHECK(strstr(fix_text(rs, "bounded", FAMILY_HANDLE, LANG_C, "GHashTable"), "g_hash_table_remove") != NULL);
  CHECK(strstr(fix_text(rs, "bounded", FAMILY_HANDLE, LANG_C, "GSList"), "g_slist_delete_link") != NULL);
  CHECK(strstr(fix_text(rs, "cleanup", FAMILY_HANDLE, LANG_C, "GQueue"), "g_queue_pop_head") != NULL);
  CHECK(strstr(fix_text(rs, "bounded", FAMILY_REALLOC, LANG_C, "*realloc"), "ring") != NULL);
  CHECK(strstr(fix_text(rs, "cleanup", FAMILY_REALLOC, LANG_C, "*realloc"), "free it and reset {its_counts}") != NULL);
  CHECK(strstr(fix_text(rs, "bounded", FAMILY_CLASS, LANG_CXX, "std::vector"), "std::deque") != NULL);
  const char *memo = fix_text(rs, "bounded", FAMILY_CLASS, LANG_CXX, "std::unordered_map");
  CHECK(strstr(memo, "LRU") != NULL && !strstr(memo, "pop_front"));
  CHECK(strstr(fix_text(rs, "weak-reference", FAMILY_CLASS, LANG_CXX, "std::vector"), "std::weak_ptr") != NULL);
  rules_free(rs);
}

static void a_rule_offers_only_the_fix_texts_of_its_families(void) {
  RuleSet *rs = shipped();
  if (!rs) return;
  PtrVec fixes = {0};
  rules_fixes_of_rule(rs, rules_find(rs, "growth-realloc-array"), &fixes);
  int names = 0;
  for (size_t i = 0; i < fixes.len; i++) {
    const Fix *f = fixes.items[i];
    CHECK(!strstr(f->text, "std::") && !(f->example && strstr(f->example, "std::")));
    names |= !strcmp(f->name, "bounded") ? 1 : !strcmp(f->name, "cleanup") ? 2 : 4;
  }
  CHECK(names == 7);
  CHECK(fixes.len == 3); /* the plain texts after them are never told to a realloc array */
  char *label = rules_fix_label(fixes.items[0]);
  CHECK_STR(label, "bounded (realloc)");
  free(label);
  pv_free(&fixes, NULL);
  rules_free(rs);
}

/* Loads text and returns the error message (empty when it loaded). */
static void load_error_is(const char *text, const char *want) {
  GlError err = {{0}};
  RuleSet *rs = load_text(text, &err);
  CHECK(rs == NULL);
  CHECK_STR(err.msg, want);
  rules_free(rs);
}

static void bad_names_in_models_rules_and_fixes_name_file_line_and_key(void) {
  load_error_is("containers:\n  - type: acme::Box\n    inherits: acme::Nothing\n",
                "t.yaml:3: 'inherits': unknown model 'acme::Nothing' (a model inherits one loaded before it)");
  load_error_is("containers:\n  - type: acme::Box\n    family: handle\n    shrink: [join@one]\n",
                "t.yaml:4: 'shrink': 'join@one': after '@' comes the index of the argument it acts on, 0..16");
  load_error_is("containers:\n  - type: acme::Box\n    family: handle\n    shrink: [\"join@17\"]\n",
                "t.yaml:4: 'shrink': 'join@17': after '@' comes the index of the argument it acts on, 0..16");
  load_error_is("containers:\n  - type: acme::Box\n    family: klass\n",
                "t.yaml:3: 'family': unknown family 'klass' (class, handle, realloc, list)");
  load_error_is("rules:\n  - id: r\n    message: m\n    applies_to:\n      lang: [c, cobol]\n",
                "t.yaml:5: 'lang': unknown language 'cobol' (c, c++, python)");
  load_error_is("rules:\n  - id: r\n    message: m\n    applies_to: {kind: heap}\n",
                "t.yaml:4: 'kind': unknown storage kind 'heap' (global, namespace-scope, file-static, "
                "static-member, static-local, field)");
  load_error_is("rules:\n  - id: r\n    message: m\n    applies_to: {families: class}\n",
                "t.yaml:4: 'families': unknown key in 'applies_to' (family, kind, lang, type)");
  load_error_is("fixes:\n  bounded:\n    - lang: c\n      family: [realloc, array]\n      text: t\n",
                "t.yaml:4: 'family': unknown family 'array' (class, handle, realloc, list)");
  load_error_is("fixes:\n  bounded:\n    - lang: c\n      example: e\n",
                "t.yaml:3: 'bounded': a fix needs a 'text'");
}

/* A handle model's op name may say which argument it acts on ("listJoin@1"):
 * listJoin(l, o) grows l (the model's arg 0) and empties o. */
static void a_handle_op_may_name_the_argument_it_acts_on(void) {
  GlError err = {{0}};
  RuleSet *rs = load_text("containers:\n"
                          "  - type: list\n"
                          "    family: handle\n"
                          "    arg: 0\n"
                          "    grow: [listAddNodeTail, listJoin]\n"
                          "    shrink: [\"listJoin@1\", \"move_*@2\"]\n",
                          &err);
  CHECK(rs != NULL);
  if (!rs) return;
  const ContainerModel *m = rules_model_for_type(rs, "list");
  CHECK(m && rules_classify_arg(m, "listJoin", 0) == OPK_GROW);
  CHECK(m && rules_classify_arg(m, "listJoin", 1) == OPK_SHRINK);
  CHECK(m && rules_classify_arg(m, "listJoin", 2) == OPK_NONE);
  CHECK(m && rules_classify_arg(m, "listAddNodeTail", 0) == OPK_GROW);
  CHECK(m && rules_classify_arg(m, "listAddNodeTail", 1) == OPK_NONE); /* the value, not the list */
  CHECK(m && rules_classify_arg(m, "move_all", 2) == OPK_SHRINK);
  CHECK(m && rules_classify_arg(m, "move_all", 0) == OPK_NONE);
  CHECK(m && rules_classify(m, "listJoin") == OPK_GROW); /* by name alone: the model's own argument */
  rules_free(rs);
}

/* khash: every instance's type (kh_peer_t) and functions (kh_put_peer) match by pattern. */
static void the_khash_model_matches_every_instance(void) {
  RuleSet *rs = shipped();
  if (!rs) return;
  const ContainerModel *m = rules_model_for_type(rs, "kh_peer_t");
  CHECK(m && m->family == FAMILY_HANDLE && m->arg == 0);
  CHECK(m == rules_model_for_type(rs, "kh_str_s"));
  CHECK(m && rules_classify_arg(m, "kh_put_peer", 0) == OPK_GROW);
  CHECK(m && rules_classify_arg(m, "kh_del_peer", 0) == OPK_SHRINK);
  CHECK(m && rules_classify_arg(m, "kh_get_peer", 0) == OPK_LOOKUP);
  CHECK(m && rules_classify_arg(m, "kh_init_peer", 0) == OPK_CREATE);
  CHECK(rules_model_for_type(rs, "khint_t") == NULL);
  const ContainerModel *l = rules_model_for_type(rs, "list");
  CHECK(l && rules_classify_arg(l, "listJoin", 0) == OPK_GROW);
  CHECK(l && rules_classify_arg(l, "listJoin", 1) == OPK_SHRINK);
  rules_free(rs);
}

/* A model may match a record by its fields (a queue head declared by a
 * macro, a structure holding a UT_hash_handle), whatever the record's name. */
static void a_model_may_match_records_by_their_fields(void) {
  GlError err = {{0}};
  RuleSet *rs = load_text("containers:\n"
                          "  - type: TAILQ_HEAD\n"
                          "    family: handle\n"
                          "    fields: [tqh_first, tqh_last]\n"
                          "    grow: [TAILQ_INSERT_TAIL]\n"
                          "  - type: UT_hash_table_head\n"
                          "    family: handle\n"
                          "    field_types: [UT_hash_handle]\n"
                          "    grow: [HASH_ADD_INT]\n"
                          "  - type: list\n"
                          "    family: handle\n"
                          "    declared: true\n"
                          "    grow: [listAddNodeTail]\n",
                          &err);
  CHECK(rs != NULL);
  if (!rs) return;
  CHECK(rules_has_shapes(rs));
  PtrVec names = {0}, types = {0};
  pv_push(&names, gl_xstrdup("tqh_first"));
  pv_push(&types, gl_xstrdup("struct job *"));
  CHECK(rules_model_for_shape(rs, &names, &types) == NULL); /* tqh_last missing */
  pv_push(&names, gl_xstrdup("tqh_last"));
  pv_push(&types, gl_xstrdup("struct job **"));
  const ContainerModel *q = rules_model_for_shape(rs, &names, &types);
  CHECK(q && !strcmp(q->type, "TAILQ_HEAD"));
  pv_push(&names, gl_xstrdup("hh"));
  pv_push(&types, gl_xstrdup("UT_hash_handle"));
  const ContainerModel *h = rules_model_for_shape(rs, &names, &types); /* both match: the later model */
  CHECK(h && !strcmp(h->type, "UT_hash_table_head"));
  CHECK(rules_model_for_type(rs, "TAILQ_HEAD") == q); /* its type names it as well */
  const ContainerModel *l = rules_model_for_type(rs, "list");
  CHECK(l && l->declared && q && !q->declared);
  pv_free(&names, free);
  pv_free(&types, free);
  rules_free(rs);
  load_error_is("containers:\n  - type: list\n    family: handle\n    declared: yes\n",
                "t.yaml:4: 'declared': expected true or false");
}

int main(int argc, char **argv) {
  dir = argc > 1 ? argv[1] : "rules";
  RUN(loads_the_shipped_rules);
  RUN(classifies_member_functions_per_model);
  RUN(name_lists_match_prefixes);
  RUN(bad_yaml_names_file_and_line);
  RUN(missing_directory_is_an_input_error);
  RUN(a_model_inherits_adds_and_overrides_op_lists);
  RUN(a_model_type_may_be_a_list_or_a_pattern_and_an_exact_type_wins);
  RUN(the_shipped_std_models_share_lists_through_inheritance);
  RUN(a_project_model_may_inherit_a_shipped_one);
  RUN(glib_constructors_are_create_not_reset);
  RUN(the_models_folder_is_loaded_after_the_rules);
  RUN(a_storage_gets_the_first_rule_that_applies);
  RUN(fix_texts_follow_the_language_and_the_family);
  RUN(a_rule_offers_only_the_fix_texts_of_its_families);
  RUN(bad_names_in_models_rules_and_fixes_name_file_line_and_key);
  RUN(a_handle_op_may_name_the_argument_it_acts_on);
  RUN(the_khash_model_matches_every_instance);
  RUN(a_model_may_match_records_by_their_fields);
  return check_failures ? 1 : 0;
}
