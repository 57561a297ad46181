// Mistake: a context allocated once at start-up and held by a static pointer keeps every peer it meets.
// g_ctx = calloc(...) runs once, so 'g_ctx' points at one object for the life of the process and its
// fields live as long as a static's; each peer that connects is added to g_ctx->peers for ever.

#include <stdlib.h>

#include "glib-mini.h"

struct context {
  GHashTable *peers;  // expect-finding: growth-global-container fix=bounded
  int port;
};

static struct context *g_ctx;  // expect-note: 'g_ctx' is the static object that holds it
const char *accept_peer(void); /* blocks for the next peer and returns its name */
gpointer peer_state(const char *name);

int main(void) {
  g_ctx = calloc(1, sizeof *g_ctx);
  if (!g_ctx)
    return 1;
  g_ctx->peers = g_hash_table_new(NULL, NULL);
  g_ctx->port = 7000;
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    const char *name = accept_peer();
    g_hash_table_insert(g_ctx->peers, (gpointer)name, peer_state(name));  // expect-note: 'g_ctx->peers' grows here (g_hash_table_insert)
  }
}
