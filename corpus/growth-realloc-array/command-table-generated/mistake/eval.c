// Mistake: EVAL caches every script it is sent, and the server never drops one.
// eval_command appends each script body to g_scripts; nothing frees them.
#include <stdlib.h>
#include <string.h>

#include "server.h"

static char **g_scripts;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nscripts;

void eval_command(struct client *c) {
  char **grown = realloc(g_scripts, (g_nscripts + 1) * sizeof *g_scripts);  // expect-note: 'g_scripts' grows here (realloc)
  if (!grown) return;
  g_scripts = grown;
  g_scripts[g_nscripts++] = strdup(c->arg);
}
