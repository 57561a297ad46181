// Mistake: the handler table is handed to a library the program cannot see,
// which calls its handlers for every event; main's own call through the table
// at start-up does not make the handler run once.
#include <stdlib.h>

char *copy_text(const char *s);  // a copy on the heap

struct event_handlers {
  void (*on_data)(const char *data);
};

static char **g_chunks;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nchunks;

static void on_data(const char *data) {
  g_chunks = realloc(g_chunks, (g_nchunks + 1) * sizeof *g_chunks);  // expect-note: 'g_chunks' grows here (realloc)
  if (!g_chunks) abort();
  g_chunks[g_nchunks++] = copy_text(data);
}

static const struct event_handlers handlers = {on_data};  // expect-note: 'on_data' is long-lived: the address of 'on_data' is stored, so it can be called at any time

int events_run(const struct event_handlers *h);  // the library: calls h->on_data for every event

int main(void) {
  handlers.on_data("hello");
  return events_run(&handlers);
}
