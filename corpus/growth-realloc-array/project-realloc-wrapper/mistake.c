// Mistake: a static array grown in the main loop through the project's own realloc wrapper.
// zrealloc returns realloc of its argument (aborting on failure), so it grows the array
// as realloc does, whatever its name; every entry is kept and the array is never freed.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

int next_event(void);

static void *zrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size);
  if (p == NULL) {
    fprintf(stderr, "out of memory\n");
    abort();
  }
  return p;
}

static void *zrealloc_array(void *ptr, size_t n, size_t size) {
  return zrealloc(ptr, n * size);
}

static int *g_events;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nevents;

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    g_events = zrealloc_array(g_events, g_nevents + 1, sizeof *g_events);  // expect-note: 'g_events' grows here (zrealloc_array)
    g_events[g_nevents++] = next_event();
  }
}
