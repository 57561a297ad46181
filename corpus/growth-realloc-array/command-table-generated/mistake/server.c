// Mistake: EVAL caches every script it is sent, and the server never drops one.
// The command table is generated at build time, so no analysed unit stores
// eval_command in it; the server calls its commands through the table's proc
// slot, the only slot of that type, for every request.
#include <string.h>

#include "server.h"

int read_request(struct client *c);
void reply(struct client *c, const char *text);

void ping_command(struct client *c) { reply(c, "PONG"); }

static void dispatch(struct client *c) {
  for (size_t i = 0; i < command_count; i++)
    if (!strcmp(command_table[i].name, c->name)) command_table[i].proc(c);  // expect-note: 'eval_command' is called here by 'dispatch'
}

int main(void) {
  struct client c;
  while (read_request(&c)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    dispatch(&c);  // expect-note: 'dispatch' is called here by 'main', inside a loop that repeats for every input it reads
  }
}
