// Mistake: a timer daemon links every timer it is asked for at the head of a
// global list and never takes a fired timer out of it.
#include <stdlib.h>

struct timer {
  int id;
  long due;
  struct timer *next;
};

int next_request(int *id, long *due); /* blocks for the next request; 0 on shutdown */
void fire(int id);

static struct timer *g_timers;  // expect-finding: growth-linked-list fix=cleanup

static void add_timer(int id, long due) {
  struct timer *t = calloc(1, sizeof *t);
  if (!t) abort();
  t->id = id;
  t->due = due;
  t->next = g_timers;
  g_timers = t;  // expect-note: 'g_timers' grows here (insert)
}

static void run_due(long now) {
  for (struct timer *t = g_timers; t; t = t->next)
    if (t->due <= now) fire(t->id);
}

int main(void) {
  int id;
  long due;
  while (next_request(&id, &due)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    add_timer(id, due);  // expect-note: 'add_timer' is called here by 'main', inside a loop that repeats for every input it reads
    run_due(due);
  }
  return 0;
}
