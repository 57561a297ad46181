/* libFuzzer target: inline suppression comments (suppress_line). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "suppress.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int same = 0; same < 2; same++) {
    char *reason = NULL;
    suppress_line((const char *)data, size, "growth-global-container", same, &reason);
    free(reason);
  }
  return 0;
}
