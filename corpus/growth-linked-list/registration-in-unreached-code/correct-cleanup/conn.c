// Correct (cleanup): the server detaches the whole job queue on every pass of its loop.
// server.c and test_conn.c are two programs sharing conn.c; the test never resets g_jobq, but
// the callback conn_accepted() registers never runs there: only server.c's main reaches it.

// expect-no-findings

#include <stdlib.h>

#include "conn.h"

/* the event library: calls cb(ctx) whenever fd is ready */
void ev_register(int fd, void (*cb)(void *ctx), void *ctx);

struct conn *g_jobq;

void conn_jq_append(struct conn *c) {
  c->jq_next = g_jobq;
  g_jobq = c;
}

static void conn_on_event(void *ctx) {
  conn_jq_append(ctx);
}

void conn_accepted(int fd) {
  struct conn *c = calloc(1, sizeof *c);
  if (!c)
    abort();
  c->fd = fd;
  ev_register(fd, conn_on_event, c);
}
