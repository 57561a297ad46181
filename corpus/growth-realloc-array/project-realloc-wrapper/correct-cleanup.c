// Correct (cleanup): the same wrapper, and the events are released once a batch is handled.
// free() and a reset count after each batch keep the array from growing.
// expect-no-findings
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

int next_event(void);
void handle(const int *events, size_t n);

static void *zrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size);
  if (p == NULL) {
    fprintf(stderr, "out of memory\n");
    abort();
  }
  return p;
}

static int *g_events;
static size_t g_nevents;

int main(void) {
  for (;;) {
    g_events = zrealloc(g_events, (g_nevents + 1) * sizeof *g_events);
    g_events[g_nevents++] = next_event();
    if (g_nevents == 32) {
      handle(g_events, g_nevents);
      free(g_events);
      g_events = NULL;
      g_nevents = 0;
    }
  }
}
