// Correct (cleanup): each tick runs the pending jobs and then unlinks and frees them.
// After run_pending() both ends of the list are NULL again, so the list only
// holds the jobs received since the previous tick.

// expect-no-findings

#include <stdlib.h>

struct job {
  int id;
  struct job *next;
};

int read_job(int *id); /* blocks for the next job request; 0 on shutdown */
int tick_due(void);
void execute(int id);

static struct job *g_first;
static struct job *g_last;

static void run_pending(void) {
  while (g_first) {
    struct job *j = g_first;
    g_first = j->next;
    execute(j->id);
    free(j);
  }
  g_last = NULL;
}

int main(void) {
  int id;
  while (read_job(&id)) {
    struct job *j = calloc(1, sizeof *j);
    if (!j)
      abort();
    j->id = id;
    if (g_last)
      g_last->next = j;
    else
      g_first = j;
    g_last = j;
    if (tick_due())
      run_pending();
  }
  return 0;
}
