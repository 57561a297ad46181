// Mistake: a presence server adds every client it hears from to a uthash table and every status line to a utarray, and never deletes one.
// HASH_ADD_INT links a new client into 'g_clients' and utarray_push_back appends to 'g_history';
// both are macros, and no HASH_DEL, utarray_erase or utarray_clear ever runs on them.

#include "uthash-mini.h"

struct client {
  int id;
  char status[32];
  UT_hash_handle hh;
};

int next_message(char *status); /* blocks for the next message: its client and status */
void publish(const struct client *c);

static struct client *g_clients;  // expect-finding: growth-global-container fix=bounded
static UT_array *g_history;       // expect-finding: growth-global-container fix=bounded

int main(void) {
  utarray_new(g_history, sizeof(char[32]));
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    char status[32] = {0};
    int id = next_message(status);
    struct client *c = 0;
    HASH_FIND_INT(g_clients, &id, c);
    if (!c) {
      c = calloc(1, sizeof *c);
      if (!c)
        abort();
      c->id = id;
      HASH_ADD_INT(g_clients, id, c);  // expect-note: 'g_clients' grows here (HASH_ADD_INT)
    }
    memcpy(c->status, status, sizeof status);
    utarray_push_back(g_history, status);  // expect-note: 'g_history' grows here (utarray_push_back)
    publish(c);
  }
}
