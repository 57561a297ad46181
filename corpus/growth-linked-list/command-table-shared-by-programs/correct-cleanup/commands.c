// Correct way (cleanup): the server sends and frees the queued notices after
// each request it serves. The client shares the command table and its
// handlers but never dispatches through the table, so in the client nothing
// calls notify: the clean-up in the server's main unit is all it needs.
// expect-no-findings
#include "commands.h"

#include <stdlib.h>
#include <string.h>

struct notice {
  char *text;
  struct notice *next;
};

static struct notice *g_notices;

void send_text(const char *text);

void notify(const char *arg) {
  struct notice *n = malloc(sizeof *n);
  if (!n) return;
  n->text = strdup(arg);
  n->next = g_notices;
  g_notices = n;
}

void flush_notices(void) {
  while (g_notices) {
    struct notice *n = g_notices;
    g_notices = n->next;
    send_text(n->text);
    free(n->text);
    free(n);
  }
}

struct command command_table[] = {{"notify", notify}};
size_t ncommands = sizeof command_table / sizeof command_table[0];
