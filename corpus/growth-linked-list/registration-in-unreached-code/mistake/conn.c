// Mistake: the server queues every ready connection on a global job list that nothing ever detaches.
// server.c and test_conn.c are two programs (each defines main) sharing conn.c: the event
// callback registered in conn_accepted() runs in the server, which never empties g_jobq.

#include <stdlib.h>

#include "conn.h"

/* the event library: calls cb(ctx) whenever fd is ready */
void ev_register(int fd, void (*cb)(void *ctx), void *ctx);

struct conn *g_jobq;  // expect-finding: growth-linked-list fix=bounded

void conn_jq_append(struct conn *c) {
  c->jq_next = g_jobq;
  g_jobq = c;  // expect-note: 'g_jobq' grows here (insert)
}

static void conn_on_event(void *ctx) {
  conn_jq_append(ctx);  // expect-note: 'conn_jq_append' is called here by 'conn_on_event'
}

void conn_accepted(int fd) {
  struct conn *c = calloc(1, sizeof *c);
  if (!c)
    abort();
  c->fd = fd;
  ev_register(fd, conn_on_event, c);  // expect-note: 'conn_on_event' is long-lived: the address of 'conn_on_event' is passed to 'ev_register', which may call it at any time
}
