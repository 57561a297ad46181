// Correct (bounded): the list is capped at MAX_SESSIONS: the oldest session is unlinked and freed first.
// A count beside the list ('g_sessions_count') says when it is full; the first entry is the oldest
// (list_add_tail appends), so it is taken off by its own link (list_del) and freed.
// expect-no-findings

#include <stdlib.h>

#include "list-mini.h"

struct session {
  int fd;
  struct list_head link;
};

int accept_client(void); /* blocks for the next connection */
void serve(struct session *s);

static struct list_head g_sessions = LIST_HEAD_INIT(g_sessions);
static size_t g_sessions_count;
#define MAX_SESSIONS 1024 /* the most 'g_sessions' keeps */

int main(void) {
  for (;;) {
    struct session *s = calloc(1, sizeof *s);
    if (!s)
      abort();
    s->fd = accept_client();
    if (g_sessions_count >= MAX_SESSIONS) {
      struct session *old = list_first_entry(&g_sessions, struct session, link);
      list_del(&old->link);
      free(old);
      g_sessions_count--;
    }
    list_add_tail(&s->link, &g_sessions);
    g_sessions_count++;
    serve(s);
  }
}
