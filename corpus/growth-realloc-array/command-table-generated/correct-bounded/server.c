// Correct (bounded): EVAL keeps at most MAX_SCRIPTS scripts, dropping the oldest.
// The command table is generated at build time, so no analysed unit stores
// eval_command in it; the server calls its commands through the table's proc
// slot for every request, and eval.c caps what EVAL keeps.
// expect-no-findings
#include <string.h>

#include "server.h"

int read_request(struct client *c);
void reply(struct client *c, const char *text);

void ping_command(struct client *c) { reply(c, "PONG"); }

static void dispatch(struct client *c) {
  for (size_t i = 0; i < command_count; i++)
    if (!strcmp(command_table[i].name, c->name)) command_table[i].proc(c);
}

int main(void) {
  struct client c;
  while (read_request(&c)) {
    dispatch(&c);
  }
}
