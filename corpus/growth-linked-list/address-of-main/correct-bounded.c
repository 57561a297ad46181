// Correct (bounded): the serving loop keeps at most MAX_ROUTES routes: the oldest is unlinked first.
// A count beside the list says when it is full; the last node is the oldest (routes are linked in at
// the head), so it is unlinked and freed before a new route is linked in.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

struct route {
  const char *path;
  struct route *next;
};

static struct route *g_routes;
static size_t g_routes_count;
#define MAX_ROUTES 1024 /* the most 'g_routes' keeps */
static int g_static_build;

const char *next_request(void);
void serve(const char *request);
int lookup_symbol(const void *addr, const char **name); /* the dynamic linker's */
int main(void);

static int symbol_of(const void *addr, const char **name) { return lookup_symbol(addr, name); }

static void check_static_build(void) {
  const char *name = NULL;
  g_static_build = !symbol_of((const void *)&main, &name);
}

int main(void) {
  check_static_build();
  for (;;) {
    if (g_routes_count >= MAX_ROUTES) {
      struct route **p = &g_routes;
      while ((*p)->next) p = &(*p)->next;
      free(*p);
      *p = NULL;
      g_routes_count--;
    }
    struct route *r = malloc(sizeof *r);
    if (!r) return 1;
    r->path = next_request();
    r->next = g_routes;
    g_routes = r;
    g_routes_count++;
    serve(r->path);
  }
}
