// Correct (cleanup): the array is freed and its count reset after each report.
// Each report covers the readings since the previous one; free() returns the
// memory and g_count = 0 starts the next batch from nothing.

// expect-no-findings

#include <stddef.h>
#include <stdlib.h>

int next_reading(void); /* blocks for the next sensor value */
int report_due(void);   /* true once a minute */
void report(long total, size_t n);

static int *g_items;
static size_t g_count;

static void process_all(void) {
  long total = 0;
  for (size_t i = 0; i < g_count; i++)
    total += g_items[i];
  report(total, g_count);
  free(g_items);
  g_items = NULL;
  g_count = 0;
}

int main(void) {
  for (;;) {
    int v = next_reading();
    g_items = realloc(g_items, (g_count + 1) * sizeof *g_items);
    if (!g_items)
      abort();
    g_items[g_count++] = v;
    if (report_due())
      process_all();
  }
}
