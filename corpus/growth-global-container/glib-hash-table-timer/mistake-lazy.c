// Mistake: the timer callback creates the GLib hash table on first use and fills it on every tick.
// Creating the table (g_hash_table_new) is not emptying it: after the first tick the callback
// only inserts, so the table grows for as long as the main loop runs.

#include "glib-mini.h"

const gchar *next_peer(void); /* the peer that reported in since the last tick */

static GHashTable *g_seen_peers;  // expect-finding: growth-global-container fix=bounded

static gboolean on_tick(gpointer data) {
  (void)data;
  if (!g_seen_peers)
    g_seen_peers = g_hash_table_new(g_str_hash, g_str_equal);
  const gchar *peer = next_peer();
  if (peer)
    g_hash_table_insert(g_seen_peers, g_strdup(peer), NULL);  // expect-note: 'g_seen_peers' grows here (g_hash_table_insert)
  return TRUE;
}

int main(void) {
  g_timeout_add(1000, on_tick, NULL);  // expect-note: 'on_tick' is long-lived: the address of 'on_tick' is registered with 'g_timeout_add' as a long-lived callback
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
