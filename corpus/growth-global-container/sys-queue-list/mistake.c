// Mistake: every pending request is put on a sys/queue LIST, and no request is ever taken off it.
// LIST_INSERT_HEAD links each request into 'g_pending' by its 'link' field; nothing calls
// LIST_REMOVE on a request, so the list keeps every request the server was sent.

#include <stdlib.h>

#include "list-queue-mini.h"

struct request {
  int id;
  LIST_ENTRY(request) link;
};

int next_request(void); /* blocks for the next request */
void start(struct request *r);

static LIST_HEAD(request_list, request) g_pending;  // expect-finding: growth-global-container fix=bounded

int main(void) {
  LIST_INIT(&g_pending);
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct request *r = calloc(1, sizeof *r);
    if (!r)
      abort();
    r->id = next_request();
    LIST_INSERT_HEAD(&g_pending, r, link);  // expect-note: 'g_pending' grows here (LIST_INSERT_HEAD)
    start(r);
  }
}
