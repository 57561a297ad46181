// Correct way (cleanup): the server sends and frees the queued notices after
// each request it serves, in its main unit. The client shares the command
// table and hands a command to print_usage, which calls count_call: only the
// server defines that, so in the client nothing dispatches notify either.
// expect-no-findings
#include "commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct notice *g_notices;

void notify(const char *arg) {
  struct notice *n = malloc(sizeof *n);
  if (!n) return;
  n->text = strdup(arg);
  n->next = g_notices;
  g_notices = n;
}

struct command command_table[] = {{"notify", notify}};

/* hands a command record to count_call, which only the server defines: in
   the client's program this is no hand-off to code growlint cannot see */
void print_usage(struct command *cmd) {
  count_call(cmd);
  printf("%s ARG\n", cmd->name);
}
size_t ncommands = sizeof command_table / sizeof command_table[0];
