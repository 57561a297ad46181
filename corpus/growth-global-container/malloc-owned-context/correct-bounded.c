// Correct (bounded): the context's peer table is emptied once it holds MAX_PEERS peers.
// Before each insertion the size is checked (g_hash_table_size) and a full table is emptied
// (g_hash_table_remove_all), so the table owned through 'g_ctx' never holds more than its cap.
// expect-no-findings

#include <stdlib.h>

#include "glib-mini.h"

struct context {
  GHashTable *peers;
  int port;
};

static struct context *g_ctx;
#define MAX_PEERS 4096 /* the most 'g_ctx->peers' keeps */
const char *accept_peer(void); /* blocks for the next peer and returns its name */
gpointer peer_state(const char *name);

int main(void) {
  g_ctx = calloc(1, sizeof *g_ctx);
  if (!g_ctx)
    return 1;
  g_ctx->peers = g_hash_table_new(NULL, NULL);
  g_ctx->port = 7000;
  for (;;) {
    const char *name = accept_peer();
    if (g_hash_table_size(g_ctx->peers) >= MAX_PEERS) g_hash_table_remove_all(g_ctx->peers);
    g_hash_table_insert(g_ctx->peers, (gpointer)name, peer_state(name));
  }
}
