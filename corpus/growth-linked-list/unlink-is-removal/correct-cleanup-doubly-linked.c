// Correct (cleanup): a download queue kept as a doubly linked list. A
// finished job is unlinked (`next = job->next; ... g_jobs = next;`) and
// freed; the retry loop `do { ... } while (again)` outside main runs until a
// job could be queued, it does not repeat for the life of the process.
// expect-no-findings
#include <stdlib.h>

struct job {
  int id;
  int done;
  struct job *prev, *next;
};

int next_url(int *id);  /* blocks for the next request; 0 on shutdown */
int start(struct job *j);  /* 0 when the job must be retried */

static struct job *g_jobs, *g_last;

static struct job *remove_job(struct job *j) {
  struct job *next, *prev;
  next = j->next;
  prev = j->prev;
  if (prev)
    prev->next = next;
  else
    g_jobs = next;
  if (next)
    next->prev = prev;
  else
    g_last = prev;
  free(j);
  return next;
}

static void queue_job(int id) {
  int again;
  do {
    struct job *j = calloc(1, sizeof *j);
    if (!j) abort();
    j->id = id;
    j->prev = g_last;
    if (g_last)
      g_last->next = j;
    else
      g_jobs = j;
    g_last = j;
    again = !start(j);
  } while (again);
}

int main(void) {
  int id;
  while (next_url(&id)) {
    queue_job(id);
    for (struct job *j = g_jobs; j;) j = j->done ? remove_job(j) : j->next;
  }
  return 0;
}
