// Correct (bounded): the table created on first use is emptied once it holds MAX_SEEN_PEERS peers.
// Before each insert, g_hash_table_remove_all drops every peer once the table is
// full, so it never holds more than MAX_SEEN_PEERS.
// expect-no-findings

#include "glib-mini.h"

const gchar *next_peer(void); /* the peer that reported in since the last tick */

static GHashTable *g_seen_peers;
#define MAX_SEEN_PEERS 1024 /* the most 'g_seen_peers' keeps */

static gboolean on_tick(gpointer data) {
  (void)data;
  if (!g_seen_peers)
    g_seen_peers = g_hash_table_new(g_str_hash, g_str_equal);
  const gchar *peer = next_peer();
  if (peer) {
    if (g_hash_table_size(g_seen_peers) >= MAX_SEEN_PEERS) g_hash_table_remove_all(g_seen_peers);
    g_hash_table_insert(g_seen_peers, g_strdup(peer), NULL);
  }
  return TRUE;
}

int main(void) {
  g_timeout_add(1000, on_tick, NULL);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
