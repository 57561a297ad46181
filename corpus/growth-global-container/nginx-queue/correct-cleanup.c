// Correct (cleanup): a connection leaves the queue when it closes.
// ngx_queue_remove unlinks the connection's 'queue' field from whichever
// queue holds connections by that field (g_conns) before it is freed.
// expect-no-findings
#include <stdlib.h>

#include "queue-mini.h"

typedef struct {
  int fd;
  ngx_queue_t queue;
} conn_t;

int accept_next(void); /* blocks for the next connection */
int serve(conn_t *c);  /* 0 once the connection is closed */

static ngx_queue_t g_conns;

static void close_conn(conn_t *c) {
  ngx_queue_remove(&c->queue);
  free(c);
}

int main(void) {
  ngx_queue_init(&g_conns);
  for (;;) {
    conn_t *c = malloc(sizeof *c);
    if (!c) continue;
    c->fd = accept_next();
    ngx_queue_insert_tail(&g_conns, &c->queue);
    if (!serve(c)) close_conn(c);
  }
}
