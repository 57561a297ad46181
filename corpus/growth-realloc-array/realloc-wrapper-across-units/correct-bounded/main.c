// Correct (bounded): the same array, grown through mem_grow() from mem.c,
// never holds more than 100 lines: a full batch is written out, freed and its
// count reset.
// expect-no-findings
#include "mem.h"

#include <stdlib.h>

const char *next_line(void);          // blocks for the next input line
void write_batch(char **lines, size_t n);  // stores the batch

static char **g_lines;
static size_t g_nlines;

int main(void) {
  for (;;) {
    g_lines = mem_grow(g_lines, (g_nlines + 1) * sizeof *g_lines);
    g_lines[g_nlines++] = mem_dup(next_line());
    if (g_nlines == 100) {
      write_batch(g_lines, g_nlines);
      for (size_t i = 0; i < g_nlines; i++) free(g_lines[i]);
      free(g_lines);
      g_lines = NULL;
      g_nlines = 0;
    }
  }
}
