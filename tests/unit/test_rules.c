/* Unit tests for rules.c: loading models and rules, classifying operations. */
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

int main(int argc, char **argv) {
  dir = argc > 1 ? argv[1] : "rules";
  RUN(loads_the_shipped_rules);
  RUN(classifies_member_functions_per_model);
  RUN(name_lists_match_prefixes);
  RUN(bad_yaml_names_file_and_line);
  RUN(missing_directory_is_an_input_error);
  return check_failures ? 1 : 0;
}
