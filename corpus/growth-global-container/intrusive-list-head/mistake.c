// Mistake: a server links every session it accepts into an intrusive list and never unlinks one.
// Each session embeds its link (struct list_head link) and list_add_tail() puts it on 'g_sessions';
// no list_del() ever takes a session off, so the list holds every connection the server has seen.

#include <stdlib.h>

#include "list-mini.h"

struct session {
  int fd;
  struct list_head link;
};

int accept_client(void); /* blocks for the next connection */
void serve(struct session *s);

static struct list_head g_sessions = LIST_HEAD_INIT(g_sessions);  // expect-finding: growth-global-container fix=bounded

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct session *s = calloc(1, sizeof *s);
    if (!s)
      abort();
    s->fd = accept_client();
    list_add_tail(&s->link, &g_sessions);  // expect-note: 'g_sessions' grows here (list_add_tail)
    serve(s);
  }
}
