// Mistake: every accepted connection is queued on a global ngx_queue_t and never taken off it.
// ngx_queue_insert_tail links each connection's 'queue' field into
// g_conns; nothing ever calls ngx_queue_remove on a connection, so the queue
// (and every connection on it) grows for as long as the worker runs.
#include <stdlib.h>

#include "queue-mini.h"

typedef struct {
  int fd;
  ngx_queue_t queue;
} conn_t;

int accept_next(void); /* blocks for the next connection */
void serve(conn_t *c);

static ngx_queue_t g_conns;  // expect-finding: growth-global-container fix=bounded

int main(void) {
  ngx_queue_init(&g_conns);
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    conn_t *c = malloc(sizeof *c);
    if (!c) continue;
    c->fd = accept_next();
    ngx_queue_insert_tail(&g_conns, &c->queue);  // expect-note: 'g_conns' grows here (ngx_queue_insert_tail)
    serve(c);
  }
}
