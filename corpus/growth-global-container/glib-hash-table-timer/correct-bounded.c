// Correct (bounded): the timer callback empties the table once it holds MAX_LAST_STATUS peers.
// Before each insert, g_hash_table_remove_all drops every status once the table
// is full; the next ticks fill it again with the peers that still report in.
// expect-no-findings

#include "glib-mini.h"

const gchar *next_peer(void); /* the peer that reported in since the last tick */
gchar *peer_status(const gchar *peer);

static GHashTable *g_last_status;
#define MAX_LAST_STATUS 1024 /* the most 'g_last_status' keeps */

static gboolean on_tick(gpointer data) {
  (void)data;
  const gchar *peer = next_peer();
  if (peer) {
    if (g_hash_table_size(g_last_status) >= MAX_LAST_STATUS) g_hash_table_remove_all(g_last_status);
    g_hash_table_insert(g_last_status, g_strdup(peer), peer_status(peer));
  }
  return TRUE;
}

int main(void) {
  g_last_status = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  g_timeout_add(1000, on_tick, NULL);
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
