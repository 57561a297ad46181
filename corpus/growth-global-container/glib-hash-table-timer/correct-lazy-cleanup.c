// Correct (cleanup): the lazily created table forgets a peer (g_hash_table_remove) once it has left.
// The callback still creates the table on first use, but it removes what it no longer needs,
// so the table holds only the peers still connected.

// expect-no-findings

#include "glib-mini.h"

const gchar *next_peer(void); /* the peer that reported in since the last tick */
gboolean peer_left(const gchar *peer);

static GHashTable *g_seen_peers;

static gboolean on_tick(gpointer data) {
  (void)data;
  if (!g_seen_peers)
    g_seen_peers = g_hash_table_new(g_str_hash, g_str_equal);
  const gchar *peer = next_peer();
  if (!peer)
    return TRUE;
  if (peer_left(peer))
    g_hash_table_remove(g_seen_peers, peer);
  else
    g_hash_table_insert(g_seen_peers, g_strdup(peer), NULL);
  return TRUE;
}

int main(void) {
  g_timeout_add(1000, on_tick, NULL);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
