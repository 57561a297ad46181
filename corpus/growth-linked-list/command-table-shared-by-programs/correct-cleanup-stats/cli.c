// Correct way (cleanup): the server flushes the notices after each request;
// the client hands a command record to a function of the program that only reads it.
// expect-no-findings
#include <stdio.h>

#include "commands.h"

int main(int argc, char **argv) {
  for (size_t i = 0; i < ncommands; i++) print_usage(&command_table[i]);
  return argc > 1 && argv[1][0] == 'x';
}
