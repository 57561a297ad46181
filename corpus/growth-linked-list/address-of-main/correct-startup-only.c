// Correct (startup-only): main's address is handed to a symbol lookup, and the list is filled at start-up.
// check_static_build() passes &main to a helper that asks the dynamic linker where main lives; that
// does not make main run again, so the routes main links in before its serving loop stay start-up code.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

struct route {
  const char *path;
  struct route *next;
};

static struct route *g_routes;
static int g_static_build;

const char *route_at(size_t i); /* the configured routes, then NULL */
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
  for (size_t i = 0; route_at(i) != NULL; i++) {
    struct route *r = malloc(sizeof *r);
    if (!r) return 1;
    r->path = route_at(i);
    r->next = g_routes;
    g_routes = r;
  }
  for (;;) serve(next_request());
}
