// Correct (bounded): the job list keeps at most MAX_JOBQ connections.
// Its nodes are counted; before one is linked in at the head, the oldest (the
// last node) is unlinked and freed once the list holds MAX_JOBQ.

// expect-no-findings

#include <assert.h>

#include "conn.h"

int main(void) {
  struct conn c = {0};
  conn_jq_append(&c);
  assert(g_jobq == &c && !c.jq_next);
  return 0;
}
