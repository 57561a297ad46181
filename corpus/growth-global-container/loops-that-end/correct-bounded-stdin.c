// Correct (bounded): the C filter remembers only the last MAX_SEEN lines.
// g_seen is allocated once with MAX_SEEN slots and written at g_nseen modulo
// MAX_SEEN (a ring): a new line replaces, and frees, the oldest one.
// expect-no-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEEN 1024 /* the most lines 'g_seen' keeps */

static char *copy_line(const char *line) {
  size_t n = strlen(line) + 1;
  char *copy = malloc(n);
  if (copy) memcpy(copy, line, n);
  return copy;
}

static char **g_seen;
static size_t g_nseen;

int main(void) {
  char line[256];
  while (fgets(line, sizeof line, stdin)) {
    if (!g_seen) g_seen = calloc(MAX_SEEN, sizeof *g_seen);
    if (!g_seen) abort();
    free(g_seen[g_nseen % MAX_SEEN]);
    g_seen[g_nseen % MAX_SEEN] = copy_line(line);
    g_nseen++;
  }
  return 0;
}
