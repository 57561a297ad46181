// Correct way (bounded): the server keeps the last MAX_NOTICES notices only:
// notify counts the nodes and, once the list holds MAX_NOTICES, unlinks and
// frees the oldest (the last node) before it links in a new one.
// expect-no-findings
#include "commands.h"

#include <stdlib.h>
#include <string.h>

#define MAX_NOTICES 256

struct notice {
  char *text;
  struct notice *next;
};

static struct notice *g_notices;
static size_t g_notices_count;

void notify(const char *arg) {
  if (g_notices_count >= MAX_NOTICES) {
    struct notice **p = &g_notices;
    while ((*p)->next) p = &(*p)->next;
    free((*p)->text);
    free(*p);
    *p = NULL;
    g_notices_count--;
  }
  struct notice *n = malloc(sizeof *n);
  if (!n) return;
  n->text = strdup(arg);
  n->next = g_notices;
  g_notices = n;
  g_notices_count++;
}

struct command command_table[] = {{"notify", notify}};
size_t ncommands = sizeof command_table / sizeof command_table[0];
