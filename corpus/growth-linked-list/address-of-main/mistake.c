// Mistake: the serving loop links a route in for every request; main's address taken does not hide it.
// check_static_build() passes &main to a symbol lookup (that does not make main run again); the
// routes grow in the loop that never ends, once per request, and none is ever unlinked.
#include <stddef.h>
#include <stdlib.h>

struct route {
  const char *path;
  struct route *next;
};

static struct route *g_routes;  // expect-finding: growth-linked-list fix=bounded
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
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct route *r = malloc(sizeof *r);
    if (!r) return 1;
    r->path = next_request();
    r->next = g_routes;
    g_routes = r;  // expect-note: 'g_routes' grows here (insert)
    serve(r->path);
  }
}
