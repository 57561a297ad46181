// Mistake: the server queues a reply per request and sends them, but never empties the queue.
// The tool shares reply.c but not the server's state: it is another program.
#include <stdio.h>

#include "state.h"

int main(void) {
  char line[256];
  while (fgets(line, sizeof line, stdin)) queue_reply(line);
  return 0;
}
