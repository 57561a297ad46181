/* libFuzzer target: the compile database parser (units_parse_cdb). */
#include <stddef.h>
#include <stdint.h>

#include "units.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  PtrVec out = {0};
  StrBuf dropped = {0};
  GlError err = {{0}};
  units_parse_cdb((const char *)data, size, "fuzz/compile_commands.json", NULL, 0, NULL, &out, &dropped, &err);
  pv_free(&out, unit_free);
  sb_free(&dropped);
  return 0;
}
