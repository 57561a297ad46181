// Mistake: a C filter remembers every line it reads from standard input.
// `while (fgets(..., stdin))` repeats for every request the program gets.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy_line(const char *line) {
  size_t n = strlen(line) + 1;
  char *copy = malloc(n);
  if (copy) memcpy(copy, line, n);
  return copy;
}

static char **g_seen;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nseen;

int main(void) {
  char line[256];
  while (fgets(line, sizeof line, stdin)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_seen = realloc(g_seen, (g_nseen + 1) * sizeof *g_seen);  // expect-note: 'g_seen' grows here (realloc)
    if (!g_seen) abort();
    g_seen[g_nseen++] = copy_line(line);
  }
  return 0;
}
