// Correct (bounded): the job list keeps at most MAX_JOBQ connections.
// Its nodes are counted; before one is linked in at the head, the oldest (the
// last node) is unlinked and freed once the list holds MAX_JOBQ.

// expect-no-findings

#include <stddef.h>
#include <stdlib.h>

#define MAX_JOBQ 1024 /* the most connections 'g_jobq' keeps */

#include "conn.h"

/* the event library: calls cb(ctx) whenever fd is ready */
void ev_register(int fd, void (*cb)(void *ctx), void *ctx);

struct conn *g_jobq;
static size_t g_jobq_count; /* how many nodes 'g_jobq' holds */

void conn_jq_append(struct conn *c) {
  if (g_jobq_count >= MAX_JOBQ) {
    struct conn **p = &g_jobq;
    while ((*p)->jq_next)
      p = &(*p)->jq_next;
    free(*p);
    *p = NULL;
    g_jobq_count--;
  }
  c->jq_next = g_jobq;
  g_jobq = c;
  g_jobq_count++;
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
