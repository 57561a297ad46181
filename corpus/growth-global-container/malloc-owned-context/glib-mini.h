/* glib-mini.h - the few GLib declarations this case uses, spelled as in
 * <glib.h>, so that the case parses where GLib is not installed. */
#ifndef GLIB_MINI_H
#define GLIB_MINI_H

#include <stddef.h>

#define TRUE 1
#define FALSE 0

typedef int gboolean;
typedef unsigned int guint;
typedef void *gpointer;
typedef const void *gconstpointer;
typedef char gchar;

typedef struct _GHashTable GHashTable;
typedef struct _GMainLoop GMainLoop;
typedef struct _GMainContext GMainContext;

typedef guint (*GHashFunc)(gconstpointer key);
typedef gboolean (*GEqualFunc)(gconstpointer a, gconstpointer b);
typedef void (*GDestroyNotify)(gpointer data);
typedef gboolean (*GSourceFunc)(gpointer user_data);

guint g_str_hash(gconstpointer v);
gboolean g_str_equal(gconstpointer v1, gconstpointer v2);
gchar *g_strdup(const gchar *str);
void g_free(gpointer mem);

GHashTable *g_hash_table_new(GHashFunc hash_func, GEqualFunc key_equal_func);
GHashTable *g_hash_table_new_full(GHashFunc hash_func, GEqualFunc key_equal_func, GDestroyNotify key_destroy_func,
                                  GDestroyNotify value_destroy_func);
gboolean g_hash_table_insert(GHashTable *hash_table, gpointer key, gpointer value);
gboolean g_hash_table_remove(GHashTable *hash_table, gconstpointer key);
void g_hash_table_remove_all(GHashTable *hash_table);
guint g_hash_table_size(GHashTable *hash_table);

guint g_timeout_add(guint interval, GSourceFunc function, gpointer data);
GMainLoop *g_main_loop_new(GMainContext *context, gboolean is_running);
void g_main_loop_run(GMainLoop *loop);

#endif
