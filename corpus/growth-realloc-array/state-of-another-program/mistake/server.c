// Mistake: the server queues a reply per request and sends them, but never empties the queue.
// Every request adds to server.pending and nothing frees it or resets the count.
#include <stddef.h>

#include "state.h"

struct server_state server;

const char *next_request(void);
void send_text(const char *text);

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    queue_reply(next_request());  // expect-note: 'queue_reply' is called here by 'main', inside a loop that never ends
    for (size_t i = 0; i < server.npending; i++) send_text(server.pending[i]);
  }
}
