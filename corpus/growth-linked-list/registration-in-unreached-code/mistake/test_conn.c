// Mistake: the server queues every ready connection on a global job list that nothing ever detaches.
// server.c and test_conn.c are two programs (each defines main) sharing conn.c: the event
// callback registered in conn_accepted() runs in the server, which never empties g_jobq.

#include <assert.h>

#include "conn.h"

int main(void) {
  struct conn c = {0};
  conn_jq_append(&c);
  assert(g_jobq == &c && !c.jq_next);
  return 0;
}
