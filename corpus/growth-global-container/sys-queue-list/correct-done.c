// Correct (done): a request leaves the pending LIST when it completes, by its own link.
// on_done() is called for each finished request; LIST_REMOVE(r, link) names no head, but a
// request linked by 'link' can only be on 'g_pending', so the list loses what it gained.
// expect-no-findings

#include <stdlib.h>

#include "list-queue-mini.h"

struct request {
  int id;
  LIST_ENTRY(request) link;
};

int next_request(void); /* blocks for the next request */
struct request *start(struct request *r); /* returns a request that has finished, or 0 */

static LIST_HEAD(request_list, request) g_pending;

static void on_done(struct request *r) {
  LIST_REMOVE(r, link);
  free(r);
}

int main(void) {
  LIST_INIT(&g_pending);
  for (;;) {
    struct request *r = calloc(1, sizeof *r);
    if (!r)
      abort();
    r->id = next_request();
    LIST_INSERT_HEAD(&g_pending, r, link);
    struct request *done = start(r);
    if (done)
      on_done(done);
  }
}
