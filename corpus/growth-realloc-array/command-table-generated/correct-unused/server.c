// Correct (unused): the command table is one of the sources, and it has no EVAL.
// commands.c fills the proc slot with ping_command only; eval_command is
// defined but nothing calls it or stores it, so its growth never runs.
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
