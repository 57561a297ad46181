// Mistake: a request loop in main.c records every latency in a realloc'd array in stats.c.
// record_latency() is defined in another translation unit, but it is still
// called once per request, and neither unit ever frees or resets the array.

#include <stdio.h>
#include <stdlib.h>

#include "stats.h"

int *g_latencies;  // expect-finding: growth-realloc-array fix=cleanup
size_t g_nlatencies;

void record_latency(int ms) {
  g_latencies = realloc(g_latencies, (g_nlatencies + 1) * sizeof *g_latencies);  // expect-note: 'g_latencies' grows here (realloc)
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
