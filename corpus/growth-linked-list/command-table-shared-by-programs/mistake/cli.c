// Mistake: the server queues a notice for every NOTIFY it serves and never
// sends or frees them. The command table and its handlers are shared by the
// server and the client, but only the server dispatches through the table.
#include <stdio.h>

#include "commands.h"

int main(int argc, char **argv) {
  for (size_t i = 0; i < ncommands; i++) printf("%s\n", command_table[i].name);
  return argc > 1 && argv[1][0] == 'x';
}
