// Mistake: every reading is appended to a realloc'd global array that is never freed or reset.
// process_all() sums the whole array whenever a report is due, but g_count only
// ever increases, so the array grows by one int per reading for the life of the daemon.

#include <stddef.h>
#include <stdlib.h>

int next_reading(void); /* blocks for the next sensor value */
int report_due(void);   /* true once a minute */
void report(long total, size_t n);

static int *g_items;  // expect-finding: growth-realloc-array fix=cleanup
static size_t g_count;

static void process_all(void) {
  long total = 0;
  for (size_t i = 0; i < g_count; i++)
    total += g_items[i];
  report(total, g_count);
}

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    int v = next_reading();
    g_items = realloc(g_items, (g_count + 1) * sizeof *g_items);  // expect-note: 'g_items' grows here (realloc)
    if (!g_items)
      abort();
    g_items[g_count++] = v;
    if (report_due())
      process_all();
  }
}
