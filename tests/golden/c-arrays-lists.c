/* Golden facts of the C front end: realloc arrays with their counts, a
 * scratch buffer resized afresh, list heads and tails, a parameter field. */
#include <stdlib.h>

struct node { struct node *next; int v; };

/* A handle container, declared here so that GLib need not be installed. */
typedef struct _GHashTable GHashTable;
void g_hash_table_insert(GHashTable *t, void *k, void *v);
unsigned g_hash_table_size(GHashTable *t);
void *g_hash_table_lookup(GHashTable *t, const void *k);
static GHashTable *g_table;          /* grow, lookup, size */

static int *g_items;                 /* grown with its count: grow + counter */
static size_t g_count;
static char *g_scratch;              /* sized afresh: resize */
static struct node *g_head;          /* head insertion: insert + linkhead */
static struct node *g_first, *g_last; /* tail insertion: tail */

struct vec { int *data; size_t len; };
static struct vec g_vec;

void vec_push(struct vec *v, int x) { /* param root, path .data */
  v->data = realloc(v->data, (v->len + 1) * sizeof *v->data);
  v->data[v->len++] = x;
}

void add(int x) {
  g_items = realloc(g_items, (g_count + 1) * sizeof *g_items);
  g_items[g_count++] = x;
}

void scratch(size_t n) { g_scratch = realloc(g_scratch, n); }

unsigned remember(void *k) {
  if (!g_hash_table_lookup(g_table, k)) g_hash_table_insert(g_table, k, k);
  return g_hash_table_size(g_table);
}

void push_head(int v) {
  struct node *n = malloc(sizeof *n);
  n->v = v;
  n->next = g_head;
  g_head = n;
}

void push_tail(struct node *n) {
  if (g_last) g_last->next = n;
  else g_first = n;
  g_last = n;
}

void drain(void) {
  for (size_t i = 0; i < g_count; i++) (void)g_items[i]; /* iterate */
  g_count = 0;                                            /* reset */
  free(g_scratch);
  g_scratch = NULL;                                       /* shrink */
}

int main(void) {
  for (;;) {
    add(1);
    vec_push(&g_vec, 2);
    scratch(64);
    push_head(3);
    remember(&g_vec);
  }
}
