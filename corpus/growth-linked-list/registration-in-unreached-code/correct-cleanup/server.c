// Correct (cleanup): the server detaches the whole job queue on every pass of its loop.
// server.c and test_conn.c are two programs sharing conn.c; the test never resets g_jobq, but
// the callback conn_accepted() registers never runs there: only server.c's main reaches it.

// expect-no-findings

#include <stddef.h>

#include "conn.h"

int wait_accept(void);           /* blocks for the next connection */
void run_jobs(struct conn *q);   /* serves the queued connections */

int main(void) {
  for (;;) {
    conn_accepted(wait_accept());
    struct conn *q = g_jobq;
    g_jobq = NULL;  /* detached: run_jobs() serves and frees these */
    run_jobs(q);
  }
}
