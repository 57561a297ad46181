// Correct (bounded): the handler the library calls for every event keeps a ring.
// on_data allocates MAX_CHUNKS slots once and writes at g_nchunks modulo
// MAX_CHUNKS, freeing the chunk it replaces: the last MAX_CHUNKS are kept.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

char *copy_text(const char *s);  // a copy on the heap

#define MAX_CHUNKS 1024 /* the most chunks 'g_chunks' keeps */

struct event_handlers {
  void (*on_data)(const char *data);
};

static char **g_chunks;
static size_t g_nchunks;

static void on_data(const char *data) {
  if (!g_chunks) g_chunks = calloc(MAX_CHUNKS, sizeof *g_chunks);
  if (!g_chunks) abort();
  free(g_chunks[g_nchunks % MAX_CHUNKS]);
  g_chunks[g_nchunks % MAX_CHUNKS] = copy_text(data);
  g_nchunks++;
}

static const struct event_handlers handlers = {on_data};

int events_run(const struct event_handlers *h);  // the library: calls h->on_data for every event

int main(void) {
  handlers.on_data("hello");
  return events_run(&handlers);
}
