// Mistake: a signal handler pushes a node onto a static list for every signal.
// The old head is linked into the new node (n->next = g_events) and nothing
// ever pops, so the list grows with every SIGUSR1 the daemon receives.
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

struct event {
  int sig;
  struct event *next;
};

static struct event *g_events;  // expect-finding: growth-linked-list fix=bounded

static void on_signal(int sig) {
  struct event *e = malloc(sizeof *e);
  if (!e) return;
  e->sig = sig;
  e->next = g_events;
  g_events = e;  // expect-note: 'g_events' grows here (insert)
}

int main(void) {
  signal(SIGUSR1, on_signal);  // expect-note: 'on_signal' is long-lived: the address of 'on_signal' is registered with 'signal' as a long-lived callback
  for (;;) pause();
}
