// Correct (compared): a table pairs handlers with flags, and the program only compares its handlers.
// flags_of() walks the table to find a handler's flags (s->proc == proc); nothing calls through
// the table or hands it on, so storing load_routes there does not make it callable at any time:
// it runs once, from main, before the serving loop.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

typedef void handler_fn(const char *arg);

struct spec {
  handler_fn *proc;
  int flags;
};

struct route {
  const char *path;
  struct route *next;
};

static struct route *g_routes;

const char *route_at(size_t i); /* the configured routes, then NULL */
const char *next_request(void);
void serve(const char *request, int flags);

static void load_routes(const char *arg) {
  for (size_t i = 0; route_at(i) != NULL; i++) {
    struct route *r = malloc(sizeof *r);
    if (!r) return;
    r->path = route_at(i);
    r->next = g_routes;
    g_routes = r;
  }
  (void)arg;
}

static void serve_request(const char *arg) { serve(arg, 0); }

static struct spec g_specs[] = {{load_routes, 1}, {serve_request, 2}, {NULL, 0}};

static int flags_of(handler_fn *proc) {
  for (struct spec *s = g_specs; s->proc != NULL; s++)
    if (s->proc == proc) return s->flags;
  return 0;
}

int main(void) {
  load_routes(NULL);
  for (;;) serve(next_request(), flags_of(serve_request));
}
