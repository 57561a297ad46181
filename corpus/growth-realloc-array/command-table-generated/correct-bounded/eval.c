// Correct (bounded): EVAL keeps at most MAX_SCRIPTS scripts, dropping the oldest.
// g_scripts is allocated with MAX_SCRIPTS elements once and written at
// g_nscripts modulo MAX_SCRIPTS (a ring); the script it replaces is freed.
// expect-no-findings
#include <stdlib.h>
#include <string.h>

#include "server.h"

#define MAX_SCRIPTS 500

static char **g_scripts;
static size_t g_nscripts;

void eval_command(struct client *c) {
  if (!g_scripts) g_scripts = calloc(MAX_SCRIPTS, sizeof *g_scripts);
  if (!g_scripts) return;
  free(g_scripts[g_nscripts % MAX_SCRIPTS]);
  g_scripts[g_nscripts % MAX_SCRIPTS] = strdup(c->arg);
  g_nscripts++;
}
