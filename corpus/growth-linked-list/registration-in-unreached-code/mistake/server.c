// Mistake: the server queues every ready connection on a global job list that nothing ever detaches.
// server.c and test_conn.c are two programs (each defines main) sharing conn.c: the event
// callback registered in conn_accepted() runs in the server, which never empties g_jobq.

#include "conn.h"

int wait_accept(void);           /* blocks for the next connection */
void run_jobs(struct conn *q);   /* serves the queued connections */

int main(void) {
  for (;;) {
    conn_accepted(wait_accept());
    run_jobs(g_jobq);
  }
}
