// Mistake: the server queues a notice for every NOTIFY it serves and never
// sends or frees them. The command table and its handlers are shared by the
// server and the client, but only the server dispatches through the table.
#include "commands.h"

#include <stdlib.h>
#include <string.h>

struct notice {
  char *text;
  struct notice *next;
};

static struct notice *g_notices;  // expect-finding: growth-linked-list fix=bounded

void notify(const char *arg) {
  struct notice *n = malloc(sizeof *n);
  if (!n) return;
  n->text = strdup(arg);
  n->next = g_notices;
  g_notices = n;  // expect-note: 'g_notices' grows here (insert)
}

struct command command_table[] = {{"notify", notify}};
size_t ncommands = sizeof command_table / sizeof command_table[0];
