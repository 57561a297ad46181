// Correct way (bounded): the server keeps the last MAX_NOTICES notices only;
// the command table is shared with the client, which never dispatches it.
// expect-no-findings
#include <string.h>

#include "commands.h"

int next_request(char *name, char *arg);

int main(void) {
  char name[64], arg[256];
  while (next_request(name, arg)) {
    for (size_t i = 0; i < ncommands; i++)
      if (!strcmp(command_table[i].name, name)) command_table[i].proc(arg);
  }
  return 0;
}
