/* Unit tests for facts.c: the vocabulary's name tables. */
#include <stdlib.h>

#include "check.h"
#include "facts.h"

static void every_op_kind_has_a_name_that_parses_back(void) {
  for (int i = 0; i < OP_COUNT; i++) {
    const char *n = facts_op_name((FactOpKind)i);
    CHECK(strcmp(n, "?") != 0);
    CHECK(facts_op_parse(n) == i);
  }
  CHECK_STR(facts_op_name(OP_CREATE), "create");
  CHECK_STR(facts_op_name(OP_FN_LONG), "fn-long");
  CHECK(facts_op_parse("no-such-op") == -1);
  CHECK_STR(facts_op_name(OP_COUNT), "?");
}

static void storage_kinds_families_loops_and_languages_have_names(void) {
  for (int i = 0; i < SK_COUNT; i++)
    CHECK(facts_storage_kind_parse(facts_storage_kind_name((StorageKind)i)) == i);
  for (int i = 0; i < FAMILY_COUNT; i++) CHECK(facts_family_parse(facts_family_name((ModelFamily)i)) == i);
  CHECK_STR(facts_storage_kind_name(SK_NAMESPACE), "namespace-scope");
  CHECK_STR(facts_family_name(FAMILY_REALLOC), "realloc");
  CHECK_STR(facts_loop_name(LOOP_UNBOUNDED), "unbounded");
  CHECK(LOOP_UNBOUNDED == 2); /* stored as an integer: values never change */
  Lang l = LANG_C;
  CHECK(facts_lang_parse("c++", &l) && l == LANG_CXX);
  CHECK(!facts_lang_parse("cobol", &l) && l == LANG_CXX);
}

int main(void) {
  RUN(every_op_kind_has_a_name_that_parses_back);
  RUN(storage_kinds_families_loops_and_languages_have_names);
  return check_failures ? 1 : 0;
}
