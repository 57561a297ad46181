// Mistake: the registry is allocated once at start-up and held by a static
// pointer, so it lives as long as the process; every name a client sends is
// appended to its realloc'd array and nothing ever removes one.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct registry {
  char **names;  // expect-finding: growth-realloc-array fix=bounded
  size_t count;
};

static struct registry *g_reg;  // expect-note: 'g_reg' is the static object that holds it

static void remember(const char *name) {
  char **p = realloc(g_reg->names, (g_reg->count + 1) * sizeof *p);  // expect-note: 'g_reg->names' grows here (realloc)
  if (!p) abort();
  g_reg->names = p;
  g_reg->names[g_reg->count++] = strdup(name);
}

int main(void) {
  char line[256];
  g_reg = calloc(1, sizeof *g_reg);
  if (!g_reg) return 1;
  while (fgets(line, sizeof line, stdin))  // expect-note: this loop repeats for every input it reads, so the growth repeats
    remember(line);  // expect-note: 'remember' is called here by 'main', inside a loop that repeats for every input it reads
  return 0;
}
