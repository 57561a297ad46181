// Correct (cleanup): the same registry is emptied when a client disconnects:
// its names are freed and its count goes back to zero.
// expect-no-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct registry {
  char **names;
  size_t count;
};

static struct registry *g_reg;

static void remember(const char *name) {
  char **p = realloc(g_reg->names, (g_reg->count + 1) * sizeof *p);
  if (!p) abort();
  g_reg->names = p;
  g_reg->names[g_reg->count++] = strdup(name);
}

static void forget_all(void) {
  for (size_t i = 0; i < g_reg->count; i++) free(g_reg->names[i]);
  free(g_reg->names);
  g_reg->names = NULL;
  g_reg->count = 0;
}

int main(void) {
  char line[256];
  g_reg = calloc(1, sizeof *g_reg);
  if (!g_reg) return 1;
  while (fgets(line, sizeof line, stdin)) {
    if (!strcmp(line, "bye\n")) forget_all();
    else remember(line);
  }
  return 0;
}
