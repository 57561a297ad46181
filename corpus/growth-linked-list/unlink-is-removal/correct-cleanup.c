// Correct (cleanup): a fired timer is unlinked and freed. Unlinking moves the
// head to the removed node's successor (`g_timers = next`): that is a
// removal, not a new head.
// expect-no-findings
#include <stdlib.h>

struct timer {
  int id;
  long due;
  struct timer *next;
};

int next_request(int *id, long *due);
void fire(int id);

static struct timer *g_timers;

static void add_timer(int id, long due) {
  struct timer *t = calloc(1, sizeof *t);
  if (!t) abort();
  t->id = id;
  t->due = due;
  t->next = g_timers;
  g_timers = t;
}

static void run_due(long now) {
  struct timer *prev = NULL, *t = g_timers;
  while (t) {
    struct timer *next = t->next;
    if (t->due <= now) {
      fire(t->id);
      if (prev)
        prev->next = next;
      else
        g_timers = next;
      free(t);
    } else {
      prev = t;
    }
    t = next;
  }
}

int main(void) {
  int id;
  long due;
  while (next_request(&id, &due)) {
    add_timer(id, due);
    run_due(due);
  }
  return 0;
}
