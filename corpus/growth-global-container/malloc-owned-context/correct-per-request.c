// Correct (per-request): the static pointer gets a new context for every request, so it owns none for long.
// g_current = calloc(...) runs inside the loop: each request's context (and its table) is a new
// object, freed when the request is done, so g_current->peers is not one long-lived table.
// expect-no-findings

#include <stdlib.h>

#include "glib-mini.h"

struct context {
  GHashTable *peers;
  int port;
};

static struct context *g_current;
const char *accept_peer(void); /* blocks for the next peer and returns its name */
gpointer peer_state(const char *name);
void serve(struct context *ctx);
void destroy(struct context *ctx); /* destroys its table and frees it */

int main(void) {
  for (;;) {
    g_current = calloc(1, sizeof *g_current);
    if (!g_current)
      return 1;
    g_current->peers = g_hash_table_new(NULL, NULL);
    const char *name = accept_peer();
    g_hash_table_insert(g_current->peers, (gpointer)name, peer_state(name));
    serve(g_current);
    destroy(g_current);
  }
}
