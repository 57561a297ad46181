/* libFuzzer target: the YAML loader of rules files and of .growlint.yaml
 * (the first byte chooses which). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

static const char base[] = "rules:\n  - id: growth-global-container\n    message: m\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  RuleSet *rs = gl_xcalloc(1, sizeof *rs);
  GlError err = {{0}};
  rules_load_text(rs, "base.yaml", base, strlen(base), NULL, &err);
  if (data[0] & 1) {
    ProjectConfig cfg = {0};
    cfg.path = gl_xstrdup("/fuzz/.growlint.yaml");
    rules_load_text(rs, "/fuzz/.growlint.yaml", (const char *)data + 1, size - 1, &cfg, &err);
    rules_config_free(&cfg);
  } else {
    rules_load_text(rs, "fuzz.yaml", (const char *)data + 1, size - 1, NULL, &err);
  }
  /* exercise what was loaded */
  for (size_t i = 0; i < rs->models.len; i++) rules_classify(rs->models.items[i], "push_back");
  rules_classify_any(rs, "clear");
  rules_enabled(rs, "growth-global-container");
  rules_model_for_type(rs, "acme::Bag");
  StorageTraits st = {FAMILY_HANDLE, SK_STATIC_LOCAL, LANG_C, "GHashTable"};
  rules_rule_for(rs, &st);
  rules_fix_for(rs, "bounded", &st);
  for (size_t i = 0; i < rs->rules.len; i++) {
    PtrVec fixes = {0};
    rules_fixes_of_rule(rs, rs->rules.items[i], &fixes);
    for (size_t j = 0; j < fixes.len; j++) free(rules_fix_label(fixes.items[j]));
    pv_free(&fixes, NULL);
  }
  rules_free(rs);
  return 0;
}
