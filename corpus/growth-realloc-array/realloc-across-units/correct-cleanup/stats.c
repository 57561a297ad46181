// Correct (cleanup): reset.c frees the latency array and resets its count after each summary.
// The array is grown in stats.c and released in a third unit; the program as
// a whole keeps only the latencies since the last summary.

// expect-no-findings

#include <stdio.h>
#include <stdlib.h>

#include "stats.h"

int *g_latencies;
size_t g_nlatencies;

void record_latency(int ms) {
  g_latencies = realloc(g_latencies, (g_nlatencies + 1) * sizeof *g_latencies);
  if (!g_latencies)
    abort();
  g_latencies[g_nlatencies++] = ms;
}

void print_summary(void) {
  long total = 0;
  for (size_t i = 0; i < g_nlatencies; i++)
    total += g_latencies[i];
  printf("requests=%zu total=%ldms\n", g_nlatencies, total);
}
