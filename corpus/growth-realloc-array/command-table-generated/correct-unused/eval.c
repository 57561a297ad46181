// Correct (unused): the command table is one of the sources, and it has no EVAL.
// eval_command is dead code here: no table holds it.
// expect-no-findings
#include <stdlib.h>
#include <string.h>

#include "server.h"

static char **g_scripts;
static size_t g_nscripts;

void eval_command(struct client *c) {
  char **grown = realloc(g_scripts, (g_nscripts + 1) * sizeof *g_scripts);
  if (!grown) return;
  g_scripts = grown;
  g_scripts[g_nscripts++] = strdup(c->arg);
}
