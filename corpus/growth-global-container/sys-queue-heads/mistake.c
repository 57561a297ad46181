// Mistake: a dispatcher keeps every job it has run in a TAILQ and every failed job in an SLIST, and never takes one off.
// TAILQ_INSERT_TAIL and SLIST_INSERT_HEAD are macros that link the new element into the head
// declared by TAILQ_HEAD and SLIST_HEAD; nothing removes an element, so both grow with every job.

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

static TAILQ_HEAD(job_list, job) g_done;  // expect-finding: growth-global-container fix=bounded
static SLIST_HEAD(, failure) g_failures;  // expect-finding: growth-global-container fix=bounded

int main(void) {
  TAILQ_INIT(&g_done);
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    struct job *j = calloc(1, sizeof *j);
    if (!j)
      abort();
    j->id = next_job();
    j->failed = run_job(j->id);
    TAILQ_INSERT_TAIL(&g_done, j, done_link);  // expect-note: 'g_done' grows here (TAILQ_INSERT_TAIL)
    if (j->failed) {
      struct failure *f = calloc(1, sizeof *f);
      if (!f)
        abort();
      f->id = j->id;
      SLIST_INSERT_HEAD(&g_failures, f, link);  // expect-note: 'g_failures' grows here (SLIST_INSERT_HEAD)
    }
  }
}
