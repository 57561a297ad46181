// Correct (closed): each session unlinks itself from the list when its connection closes.
// close_session() takes the session off by its own link (list_del(&s->link)) without naming the
// list: growlint knows that sessions linked by 'link' leave whichever list holds them.
// expect-no-findings

#include <stdlib.h>

#include "list-mini.h"

struct session {
  int fd;
  struct list_head link;
};

int accept_client(void); /* blocks for the next connection */
int serve(struct session *s); /* 0 once the client has closed */

static struct list_head g_sessions = LIST_HEAD_INIT(g_sessions);

static void close_session(struct session *s) {
  list_del(&s->link);
  free(s);
}

int main(void) {
  for (;;) {
    struct session *s = calloc(1, sizeof *s);
    if (!s)
      abort();
    s->fd = accept_client();
    list_add_tail(&s->link, &g_sessions);
    if (!serve(s))
      close_session(s);
  }
}
