// Correct (bounded): the dispatched reload keeps at most MAX_ROUTES routes: the oldest is unlinked first.
// A count beside the list says when it is full; the last node is the oldest (routes are linked in
// at the head), so it is unlinked and freed before a new route is linked in.
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
static size_t g_routes_count;
#define MAX_ROUTES 1024 /* the most 'g_routes' keeps */

const char *route_at(size_t i); /* the configured routes, then NULL */
const char *next_request(void);
void serve(const char *request, int flags);

static void load_routes(const char *arg) {
  for (size_t i = 0; route_at(i) != NULL; i++) {
    if (g_routes_count >= MAX_ROUTES) {
      struct route **p = &g_routes;
      while ((*p)->next) p = &(*p)->next;
      free(*p);
      *p = NULL;
      g_routes_count--;
    }
    struct route *r = malloc(sizeof *r);
    if (!r) return;
    r->path = route_at(i);
    r->next = g_routes;
    g_routes = r;
    g_routes_count++;
  }
  (void)arg;
}

static void serve_request(const char *arg) { serve(arg, 0); }

static struct spec g_specs[] = {{load_routes, 1}, {serve_request, 2}, {NULL, 0}};

static void dispatch(int flags, const char *arg) {
  for (struct spec *s = g_specs; s->proc != NULL; s++)
    if (s->flags == flags) s->proc(arg);
}

int main(void) {
  load_routes(NULL);
  for (;;) {
    const char *request = next_request();
    dispatch(request[0] == 'r' ? 1 : 2, request);
  }
}
