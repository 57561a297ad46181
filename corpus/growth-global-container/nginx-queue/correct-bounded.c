// Correct (bounded): the queue keeps at most MAX_CONNS connections.
// A count of the queued connections is kept beside g_conns; past the maximum
// the oldest one (the head) is unlinked and freed before the next is linked in.
// expect-no-findings
#include <stdlib.h>

#include "queue-mini.h"

#define MAX_CONNS 1024

typedef struct {
  int fd;
  ngx_queue_t queue;
} conn_t;

int accept_next(void); /* blocks for the next connection */
void serve(conn_t *c);

static ngx_queue_t g_conns;
static size_t g_conns_count;

int main(void) {
  ngx_queue_init(&g_conns);
  for (;;) {
    conn_t *c = malloc(sizeof *c);
    if (!c) continue;
    c->fd = accept_next();
    if (g_conns_count >= MAX_CONNS) {
      ngx_queue_t *q = ngx_queue_head(&g_conns);
      conn_t *old = ngx_queue_data(q, conn_t, queue);
      ngx_queue_remove(q);
      free(old);
      g_conns_count--;
    }
    ngx_queue_insert_tail(&g_conns, &c->queue);
    g_conns_count++;
    serve(c);
  }
}
