// Mistake: the same table of handlers, but the serving loop dispatches through it, reloading the routes on request.
// Each request names a handler; the loop calls it through the table (s->proc(arg)), so
// load_routes runs again for every "reload" request and links the routes in once more.
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

static struct route *g_routes;  // expect-finding: growth-linked-list fix=bounded

const char *route_at(size_t i); /* the configured routes, then NULL */
const char *next_request(void);
void serve(const char *request, int flags);

static void load_routes(const char *arg) {
  for (size_t i = 0; route_at(i) != NULL; i++) {
    struct route *r = malloc(sizeof *r);
    if (!r) return;
    r->path = route_at(i);
    r->next = g_routes;
    g_routes = r;  // expect-note: 'g_routes' grows here (insert)
  }
  (void)arg;
}

static void serve_request(const char *arg) { serve(arg, 0); }

static struct spec g_specs[] = {{load_routes, 1}, {serve_request, 2}, {NULL, 0}};

static void dispatch(int flags, const char *arg) {
  for (struct spec *s = g_specs; s->proc != NULL; s++)
    if (s->flags == flags) s->proc(arg);  // expect-note: 'load_routes' is called here by 'dispatch'
}

int main(void) {
  load_routes(NULL);
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    const char *request = next_request();
    dispatch(request[0] == 'r' ? 1 : 2, request);  // expect-note: 'dispatch' is called here by 'main', inside a loop that never ends
  }
}
