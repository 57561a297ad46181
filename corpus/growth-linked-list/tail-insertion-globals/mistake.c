// Mistake: a scheduler appends every job to a global list and re-runs the whole list each tick.
// Jobs are linked at the tail in the request loop and run_pending() walks the
// list from the head, but finished jobs are never unlinked or freed.

#include <stdlib.h>

struct job {
  int id;
  int done;
  struct job *next;
};

int read_job(int *id); /* blocks for the next job request; 0 on shutdown */
int tick_due(void);
void execute(int id);

static struct job *g_first;  // expect-finding: growth-linked-list fix=cleanup
static struct job *g_last;

static void run_pending(void) {
  for (struct job *j = g_first; j; j = j->next) {
    if (!j->done) {
      execute(j->id);
      j->done = 1;
    }
  }
}

int main(void) {
  int id;
  while (read_job(&id)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    struct job *j = calloc(1, sizeof *j);
    if (!j)
      abort();
    j->id = id;
    if (g_last)
      g_last->next = j;
    else
      g_first = j;  // expect-note: 'g_first' grows here (insert)
    g_last = j;
    if (tick_due())
      run_pending();
  }
  return 0;
}
