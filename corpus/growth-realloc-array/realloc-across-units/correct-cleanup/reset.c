// Correct (cleanup): reset.c frees the latency array and resets its count after each summary.
// The array is grown in stats.c and released in a third unit; the program as
// a whole keeps only the latencies since the last summary.

// expect-no-findings

#include <stdlib.h>

#include "stats.h"

void reset_latencies(void) {
  free(g_latencies);
  g_latencies = NULL;
  g_nlatencies = 0;
}
