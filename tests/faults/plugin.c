/* A "plugin" that leaves a marker file if anything ever loads it: the
 * hostile build-file tests prove growlint never does. */
#include <stdio.h>
#include <stdlib.h>

__attribute__((constructor)) static void leave_marker(void) {
  const char *path = getenv("GROWLINT_PLUGIN_MARKER");
  FILE *f = fopen(path ? path : "/tmp/growlint-plugin-ran", "w");
  if (f) {
    fputs("the plugin ran\n", f);
    fclose(f);
  }
}
