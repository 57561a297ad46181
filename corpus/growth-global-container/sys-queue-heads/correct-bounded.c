// Correct (bounded): the TAILQ keeps the last MAX_DONE jobs and the SLIST at most MAX_FAILURES failures.
// Each queue counts its elements; once it is full, the first element is taken off (TAILQ_REMOVE,
// SLIST_REMOVE_HEAD) and freed before a new one is linked in.
// expect-no-findings

#include <stdlib.h>

#include "queue-mini.h"

struct job {
  int id;
  int failed;
  TAILQ_ENTRY(job) done_link;
};

struct failure {
  int id;
  SLIST_ENTRY(failure) link;
};

int next_job(void); /* blocks for the next job */
int run_job(int id);

static TAILQ_HEAD(job_list, job) g_done;
static SLIST_HEAD(, failure) g_failures;
static size_t g_done_count, g_failures_count;
#define MAX_DONE 256    /* the most 'g_done' keeps */
#define MAX_FAILURES 32 /* the most 'g_failures' keeps */

int main(void) {
  TAILQ_INIT(&g_done);
  for (;;) {
    struct job *j = calloc(1, sizeof *j);
    if (!j)
      abort();
    j->id = next_job();
    j->failed = run_job(j->id);
    if (g_done_count >= MAX_DONE) {
      struct job *old = TAILQ_FIRST(&g_done);
      TAILQ_REMOVE(&g_done, old, done_link);
      free(old);
      g_done_count--;
    }
    TAILQ_INSERT_TAIL(&g_done, j, done_link);
    g_done_count++;
    if (j->failed) {
      struct failure *f = calloc(1, sizeof *f);
      if (!f)
        abort();
      f->id = j->id;
      if (g_failures_count >= MAX_FAILURES) {
        struct failure *old = SLIST_FIRST(&g_failures);
        SLIST_REMOVE_HEAD(&g_failures, link);
        free(old);
        g_failures_count--;
      }
      SLIST_INSERT_HEAD(&g_failures, f, link);
      g_failures_count++;
    }
  }
}
