// Mistake: a GLib hash table created at start-up is filled by a timer callback and never emptied.
// Every tick of the g_timeout_add callback records the peer that reported in; nothing ever
// removes a peer, so the table holds every peer ever seen for as long as the main loop runs.

#include "glib-mini.h"

const gchar *next_peer(void); /* the peer that reported in since the last tick */
gchar *peer_status(const gchar *peer);

static GHashTable *g_last_status;  // expect-finding: growth-global-container fix=bounded

static gboolean on_tick(gpointer data) {
  (void)data;
  const gchar *peer = next_peer();
  if (peer)
    g_hash_table_insert(g_last_status, g_strdup(peer), peer_status(peer));  // expect-note: 'g_last_status' grows here (g_hash_table_insert)
  return TRUE;
}

int main(void) {
  g_last_status = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  g_timeout_add(1000, on_tick, NULL);  // expect-note: 'on_tick' is long-lived: the address of 'on_tick' is registered with 'g_timeout_add' as a long-lived callback
  GMainLoop *loop = g_main_loop_new(NULL, FALSE);
  g_main_loop_run(loop);
  return 0;
}
