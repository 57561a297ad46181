// Mistake: the server queues a notice for every NOTIFY it serves and never
// sends or frees them. The command table and its handlers are shared by the
// server and the client, but only the server dispatches through the table.
#include <string.h>

#include "commands.h"

int next_request(char *name, char *arg);

int main(void) {
  char name[64], arg[256];
  while (next_request(name, arg)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    for (size_t i = 0; i < ncommands; i++)
      if (!strcmp(command_table[i].name, name)) command_table[i].proc(arg);  // expect-note: 'notify' is called here by 'main', inside a loop that repeats for every input it reads
  }
  return 0;
}
