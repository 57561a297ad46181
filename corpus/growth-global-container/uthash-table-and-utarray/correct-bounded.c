// Correct (bounded): the table forgets its oldest client once it holds MAX_CLIENTS, and the history erases its oldest line past MAX_HISTORY.
// Before a new client is added, the first one added (the table's head) is deleted (HASH_DEL) and
// freed once the table is full; before a line is appended, the first line is erased (utarray_erase).
// expect-no-findings

#include "uthash-mini.h"

struct client {
  int id;
  char status[32];
  UT_hash_handle hh;
};

int next_message(char *status); /* blocks for the next message: its client and status */
void publish(const struct client *c);

static struct client *g_clients;
static UT_array *g_history;
#define MAX_CLIENTS 4096 /* the most 'g_clients' keeps */
#define MAX_HISTORY 100  /* the most 'g_history' keeps */

int main(void) {
  utarray_new(g_history, sizeof(char[32]));
  for (;;) {
    char status[32] = {0};
    int id = next_message(status);
    struct client *c = 0;
    HASH_FIND_INT(g_clients, &id, c);
    if (!c) {
      if (HASH_COUNT(g_clients) >= MAX_CLIENTS) {
        struct client *old = g_clients;
        HASH_DEL(g_clients, old);
        free(old);
      }
      c = calloc(1, sizeof *c);
      if (!c)
        abort();
      c->id = id;
      HASH_ADD_INT(g_clients, id, c);
    }
    memcpy(c->status, status, sizeof status);
    if (utarray_len(g_history) >= MAX_HISTORY) utarray_erase(g_history, 0, 1);
    utarray_push_back(g_history, status);
    publish(c);
  }
}
