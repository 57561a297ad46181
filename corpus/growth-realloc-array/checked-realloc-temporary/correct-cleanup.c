// Correct (cleanup): the same checked, doubling realloc, and the batch is released once processed.
// free() and reset counts after each flush keep the array from growing; taking the
// new capacity from a local is not a reset of the count.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

char *read_line(void);
void process(char **lines, size_t n);

static char **g_lines;
static size_t g_nlines, g_cap;

int main(void) {
  char *line;
  while ((line = read_line()) != NULL) {
    if (g_nlines == g_cap) {
      size_t ncap = g_cap ? g_cap * 2 : 16;
      char **tmp = realloc(g_lines, ncap * sizeof *tmp);
      if (!tmp) return 1;
      g_lines = tmp;
      g_cap = ncap;
    }
    g_lines[g_nlines++] = line;
    if (g_nlines == 64) {
      process(g_lines, g_nlines);
      free(g_lines);
      g_lines = NULL;
      g_nlines = g_cap = 0;
    }
  }
  return 0;
}
