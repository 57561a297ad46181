// Mistake: the server queues a reply per request and sends them, but never empties the queue.
// reply.c is shared by the server and by a command-line tool; the queue,
// server.pending, is defined by the server's main unit, so it is the server's.
#include <stdlib.h>
#include <string.h>

#include "state.h"

void queue_reply(const char *text) {
  char **grown = realloc(server.pending, (server.npending + 1) * sizeof *server.pending);  // expect-note: 'server.pending' grows here (realloc)
  if (!grown) return;
  server.pending = grown;
  server.pending[server.npending++] = strdup(text);
}
