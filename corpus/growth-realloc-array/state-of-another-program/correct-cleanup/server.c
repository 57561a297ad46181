// Correct way (cleanup): the server frees the queued replies once it has sent them.
// expect-no-findings
#include <stdlib.h>

#include "state.h"

struct server_state server;

const char *next_request(void);
void send_text(const char *text);

int main(void) {
  for (;;) {
    queue_reply(next_request());
    for (size_t i = 0; i < server.npending; i++) {
      send_text(server.pending[i]);
      free(server.pending[i]);
    }
    free(server.pending);
    server.pending = NULL;
    server.npending = 0;
  }
}
