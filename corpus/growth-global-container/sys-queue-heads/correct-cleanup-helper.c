// Correct (cleanup): the finished jobs are reaped by a helper that takes the queue's head and removes every job.
// reap() receives the head as a pointer and takes each job off with TAILQ_REMOVE; the main loop
// calls it after every batch, so the TAILQ holds at most one batch of jobs.
// expect-no-findings

#include <stdlib.h>

#include "queue-mini.h"

struct job {
  int id;
  TAILQ_ENTRY(job) done_link;
};

int next_job(void); /* blocks for the next job */
int batch_done(void);
void report(int id);

static TAILQ_HEAD(job_list, job) g_done;

static void reap(struct job_list *done) {
  while (!TAILQ_EMPTY(done)) {
    struct job *j = TAILQ_FIRST(done);
    TAILQ_REMOVE(done, j, done_link);
    report(j->id);
    free(j);
  }
}

int main(void) {
  TAILQ_INIT(&g_done);
  for (;;) {
    struct job *j = calloc(1, sizeof *j);
    if (!j)
      abort();
    j->id = next_job();
    TAILQ_INSERT_TAIL(&g_done, j, done_link);
    if (batch_done())
      reap(&g_done);
  }
}
