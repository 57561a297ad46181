// Correct way (cleanup): the server flushes the notices after each request;
// the client shares the command table but never dispatches through it.
// expect-no-findings
#include <stdio.h>

#include "commands.h"

int main(int argc, char **argv) {
  for (size_t i = 0; i < ncommands; i++) printf("%s\n", command_table[i].name);
  return argc > 1 && argv[1][0] == 'x';
}
