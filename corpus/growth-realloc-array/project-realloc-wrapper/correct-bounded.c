// Correct (bounded): the events live in a ring of MAX_EVENTS ints, allocated once.
// Instead of growing the array through zrealloc_array, g_events gets MAX_EVENTS
// slots on first use and each event is written at g_nevents modulo MAX_EVENTS,
// over the oldest; readers walk at most MAX_EVENTS elements.
// expect-no-findings
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_EVENTS 4096 /* the most events 'g_events' keeps */

int next_event(void);

static int *g_events;
static size_t g_nevents;

int main(void) {
  for (;;) {
    if (!g_events) g_events = calloc(MAX_EVENTS, sizeof *g_events);
    if (!g_events) {
      fprintf(stderr, "out of memory\n");
      abort();
    }
    g_events[g_nevents % MAX_EVENTS] = next_event();
    g_nevents++;
  }
}
