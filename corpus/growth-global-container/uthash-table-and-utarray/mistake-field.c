// Mistake: a broker keeps its sessions in a uthash table that is a field of its global state, and never deletes one.
// HASH_ADD names the handle field first (by_id_hh), so the table is its second argument,
// 'g_broker.sessions'; a session whose client has gone stays in the table forever.

#include "uthash-mini.h"

struct session {
  int id;
  UT_hash_handle by_id_hh;
};

struct broker {
  int port;
  struct session *sessions;  // expect-finding: growth-global-container fix=bounded
};

static struct broker g_broker;  // expect-note: 'g_broker' is the static object that holds it

int next_connection(void); /* blocks for the next client: its session id */
void serve(struct session *s);

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct session *s = calloc(1, sizeof *s);
    if (!s)
      abort();
    s->id = next_connection();
    HASH_ADD(by_id_hh, g_broker.sessions, id, sizeof(int), s);  // expect-note: 'g_broker.sessions' grows here (HASH_ADD)
    serve(s);
  }
}
