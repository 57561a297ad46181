// Mistake: a scheduler shows the oldest pending timer on every tick but never takes a timer off its TAILQ.
// TAILQ_FIRST(&g_timers) only reads the head's first field, (&g_timers)->tqh_first: its address
// goes nowhere, so the queue is still the program's, and TAILQ_INSERT_TAIL grows it on every tick.

#include <stdlib.h>

#include "queue-mini.h"

struct timer {
  long due;
  TAILQ_ENTRY(timer) link;
};

long next_tick(void); /* blocks until the next tick: its time */
void show_oldest(long due);

static TAILQ_HEAD(timer_list, timer) g_timers;  // expect-finding: growth-global-container fix=bounded

int main(void) {
  TAILQ_INIT(&g_timers);
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct timer *t = calloc(1, sizeof *t);
    if (!t)
      abort();
    t->due = next_tick() + 1000;
    TAILQ_INSERT_TAIL(&g_timers, t, link);  // expect-note: 'g_timers' grows here (TAILQ_INSERT_TAIL)
    show_oldest(TAILQ_FIRST(&g_timers)->due);
  }
}
