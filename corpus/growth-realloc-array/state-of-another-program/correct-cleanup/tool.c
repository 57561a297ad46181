// Correct way (cleanup): the server frees the queued replies once it has sent them.
// The tool reads its input to the end, queueing a reply per line through the
// shared reply.c; the server's state is not part of this program.
// expect-no-findings
#include <stdio.h>

#include "state.h"

int main(void) {
  char line[256];
  while (fgets(line, sizeof line, stdin)) queue_reply(line);
  return 0;
}
