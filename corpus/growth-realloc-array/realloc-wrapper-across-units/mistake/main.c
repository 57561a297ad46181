// Mistake: the main loop grows a static array through the project's realloc wrapper,
// mem_grow(), defined in another unit (mem.c): it grows as realloc does,
// whatever its name, and nothing ever frees the array or resets its count.
#include "mem.h"

const char *next_line(void);  // blocks for the next input line

static char **g_lines;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nlines;

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    g_lines = mem_grow(g_lines, (g_nlines + 1) * sizeof *g_lines);  // expect-note: 'g_lines' grows here (mem_grow)
    g_lines[g_nlines++] = mem_dup(next_line());
  }
}
