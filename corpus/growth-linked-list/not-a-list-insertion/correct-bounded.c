// Correct (bounded): the signal handler keeps the last MAX_EVENTS events.
// Before a new event is pushed, the oldest (the last node) is unlinked and
// freed once the list holds MAX_EVENTS, so signals no longer grow it.
// expect-no-findings
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_EVENTS 64 /* the most events 'g_events' keeps */

struct event {
  int sig;
  struct event *next;
};

static struct event *g_events;
static size_t g_events_count; /* how many nodes 'g_events' holds */

static void on_signal(int sig) {
  struct event *e = malloc(sizeof *e);
  if (!e) return;
  e->sig = sig;
  if (g_events_count >= MAX_EVENTS) {
    struct event **p = &g_events;
    while ((*p)->next) p = &(*p)->next;
    free(*p);
    *p = NULL;
    g_events_count--;
  }
  e->next = g_events;
  g_events = e;
  g_events_count++;
}

int main(void) {
  signal(SIGUSR1, on_signal);
  for (;;) pause();
}
