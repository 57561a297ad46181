// Correct (bounded): the lines live in a ring of MAX_LINES slots, allocated once.
// Instead of the doubling realloc, g_lines gets MAX_LINES slots on first use and
// each line is written at g_nlines modulo MAX_LINES; the line it replaces is
// freed, so the program keeps at most the last MAX_LINES lines.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

#define MAX_LINES 4096 /* the most lines 'g_lines' keeps */

char *read_line(void);

static char **g_lines;
static size_t g_nlines;

int main(void) {
  char *line;
  while ((line = read_line()) != NULL) {
    if (!g_lines) g_lines = calloc(MAX_LINES, sizeof *g_lines);
    if (!g_lines) return 1;
    free(g_lines[g_nlines % MAX_LINES]);
    g_lines[g_nlines % MAX_LINES] = line;
    g_nlines++;
  }
  return 0;
}
