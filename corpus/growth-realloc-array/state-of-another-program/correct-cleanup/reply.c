// Correct way (cleanup): the server frees the queued replies once it has sent them.
// The tool's loop calls queue_reply too, but server.pending is defined by the
// server's main unit: in the tool's program it does not exist.
// expect-no-findings
#include <stdlib.h>
#include <string.h>

#include "state.h"

void queue_reply(const char *text) {
  char **grown = realloc(server.pending, (server.npending + 1) * sizeof *server.pending);
  if (!grown) return;
  server.pending = grown;
  server.pending[server.npending++] = strdup(text);
}
