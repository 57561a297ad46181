// Correct (cleanup): a peer's entry is removed (g_hash_table_remove) once the peer has left.
// The table created at start-up holds only the peers still connected: every tick either
// records a peer's status or forgets a peer that said goodbye.

// expect-no-findings

#include "glib-mini.h"

const gchar *next_peer(void); /* the peer that reported in since the last tick */
gboolean peer_left(const gchar *peer);
gchar *peer_status(const gchar *peer);

static GHashTable *g_last_status;

static gboolean on_tick(gpointer data) {
  (void)data;
  const gchar *peer = next_peer();
  if (!peer)
    return TRUE;
  if (peer_left(peer))
    g_hash_table_remove(g_last_status, peer);
  else
    g_hash_table_insert(g_last_status, g_strdup(peer), peer_status(peer));
  return TRUE;
}

int main(void) {
  g_last_status = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  g_timeout_add(1000, on_tick, NULL);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
