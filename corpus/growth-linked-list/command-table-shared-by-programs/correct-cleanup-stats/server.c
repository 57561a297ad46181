// Correct way (cleanup): the server flushes the notices after each request;
// the client shares the command table but never dispatches through it.
// count_call, which commands.c calls, is the server's own.
// expect-no-findings
#include <stdlib.h>
#include <string.h>

#include "commands.h"

int next_request(char *name, char *arg);

static size_t g_counted;

void count_call(struct command *cmd) { g_counted += cmd->name[0] != 0; }
void send_text(const char *text);

static void flush_notices(void) {
  while (g_notices) {
    struct notice *n = g_notices;
    g_notices = n->next;
    send_text(n->text);
    free(n->text);
    free(n);
  }
}

int main(void) {
  char name[64], arg[256];
  while (next_request(name, arg)) {
    for (size_t i = 0; i < ncommands; i++)
      if (!strcmp(command_table[i].name, name)) command_table[i].proc(arg);
    flush_notices();
  }
  return 0;
}
