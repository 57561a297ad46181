// Correct way (cleanup): the server flushes the notices after each request;
// the client shares the command table but never dispatches through it.
// expect-no-findings
#include <string.h>

#include "commands.h"

int next_request(char *name, char *arg);
void flush_notices(void);

int main(void) {
  char name[64], arg[256];
  while (next_request(name, arg)) {
    for (size_t i = 0; i < ncommands; i++)
      if (!strcmp(command_table[i].name, name)) command_table[i].proc(arg);
    flush_notices();
  }
  return 0;
}
