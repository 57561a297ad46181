// Mistake: the careful way to grow an array, in the main loop, and nothing frees it.
// The realloc goes to a temporary checked for NULL before it replaces the array, and the
// capacity doubles through a local; the array still keeps every line read, forever.
#include <stddef.h>
#include <stdlib.h>

char *read_line(void);

static char **g_lines;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nlines, g_cap;

int main(void) {
  char *line;
  while ((line = read_line()) != NULL) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    if (g_nlines == g_cap) {
      size_t ncap = g_cap ? g_cap * 2 : 16;
      char **tmp = realloc(g_lines, ncap * sizeof *tmp);  // expect-note: 'g_lines' grows here (realloc)
      if (!tmp) return 1;
      g_lines = tmp;
      g_cap = ncap;
    }
    g_lines[g_nlines++] = line;
  }
  return 0;
}
