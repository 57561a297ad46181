// Correct (bounded): the LIST is capped at MAX_PENDING: once full, its first request is taken off and freed.
// A count beside the head ('g_pending_count') says when it is full; LIST_FIRST and LIST_REMOVE take
// one request off (the newest: a LIST has no tail) before the next is linked in.
// expect-no-findings

#include <stdlib.h>

#include "list-queue-mini.h"

struct request {
  int id;
  LIST_ENTRY(request) link;
};

int next_request(void); /* blocks for the next request */
void start(struct request *r);

static LIST_HEAD(request_list, request) g_pending;
static size_t g_pending_count;
#define MAX_PENDING 4096 /* the most 'g_pending' keeps */

int main(void) {
  LIST_INIT(&g_pending);
  for (;;) {
    struct request *r = calloc(1, sizeof *r);
    if (!r)
      abort();
    r->id = next_request();
    if (g_pending_count >= MAX_PENDING) {
      struct request *old = LIST_FIRST(&g_pending);
      LIST_REMOVE(old, link);
      free(old);
      g_pending_count--;
    }
    LIST_INSERT_HEAD(&g_pending, r, link);
    g_pending_count++;
    start(r);
  }
}
