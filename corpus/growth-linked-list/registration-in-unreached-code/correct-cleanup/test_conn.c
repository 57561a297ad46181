// Correct (cleanup): the server detaches the whole job queue on every pass of its loop.
// server.c and test_conn.c are two programs sharing conn.c; the test never resets g_jobq, but
// the callback conn_accepted() registers never runs there: only server.c's main reaches it.

// expect-no-findings

#include <assert.h>

#include "conn.h"

int main(void) {
  struct conn c = {0};
  conn_jq_append(&c);
  assert(g_jobq == &c && !c.jq_next);
  return 0;
}
