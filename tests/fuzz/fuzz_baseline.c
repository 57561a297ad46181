/* libFuzzer target: baseline files (baseline_parse). */
#include <stddef.h>
#include <stdint.h>

#include "baseline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  PtrVec out = {0};
  GlError err = {{0}};
  baseline_parse((const char *)data, size, "fuzz-baseline.json", &out, &err);
  pv_free(&out, baseline_entry_free);
  return 0;
}
