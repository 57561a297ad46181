// Mistake: the idle list never loses a session; only timers, a different kind of element, are unlinked.
// forget_timer() takes a struct timer off by its link (list_del(&t->link)); that says nothing of the
// sessions linked into 'g_idle' by their idle_link, which stay there for ever.

#include <stdlib.h>

#include "list-mini.h"

struct session {
  int fd;
  struct list_head idle_link;
};

struct timer {
  long due;
  struct list_head link;
};

int accept_client(void); /* blocks for the next connection */
void serve(struct session *s);
struct timer *next_due_timer(void);

static struct list_head g_idle = LIST_HEAD_INIT(g_idle);  // expect-finding: growth-global-container fix=bounded

static void forget_timer(struct timer *t) { list_del(&t->link); }

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct session *s = calloc(1, sizeof *s);
    if (!s)
      abort();
    s->fd = accept_client();
    list_add(&s->idle_link, &g_idle);  // expect-note: 'g_idle' grows here (list_add)
    serve(s);
    forget_timer(next_due_timer());
  }
}
