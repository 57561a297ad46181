// Correct (bounded): the broker's session table drops its oldest session once it holds MAX_SESSIONS.
// Its handle field is by_id_hh, so the count and the removal name it (HASH_CNT, HASH_DELETE):
// the first session added is taken out of 'g_broker.sessions' and freed before a new one is added.
// expect-no-findings

#include "uthash-mini.h"

struct session {
  int id;
  UT_hash_handle by_id_hh;
};

struct broker {
  int port;
  struct session *sessions;
};

static struct broker g_broker;
#define MAX_SESSIONS 10000 /* the most 'g_broker.sessions' keeps */

int next_connection(void); /* blocks for the next client: its session id */
void serve(struct session *s);

int main(void) {
  for (;;) {
    struct session *s = calloc(1, sizeof *s);
    if (!s)
      abort();
    s->id = next_connection();
    if (HASH_CNT(by_id_hh, g_broker.sessions) >= MAX_SESSIONS) {
      struct session *old = g_broker.sessions;
      HASH_DELETE(by_id_hh, g_broker.sessions, old);
      free(old);
    }
    HASH_ADD(by_id_hh, g_broker.sessions, id, sizeof(int), s);
    serve(s);
  }
}
