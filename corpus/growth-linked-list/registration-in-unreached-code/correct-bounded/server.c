// Correct (bounded): the job list keeps at most MAX_JOBQ connections.
// Its nodes are counted; before one is linked in at the head, the oldest (the
// last node) is unlinked and freed once the list holds MAX_JOBQ.

// expect-no-findings

#include "conn.h"

int wait_accept(void);           /* blocks for the next connection */
void run_jobs(struct conn *q);   /* serves the queued connections */

int main(void) {
  for (;;) {
    conn_accepted(wait_accept());
    run_jobs(g_jobq);
  }
}
