// Correct (cleanup): the lines are released once a batch of them is processed.
// free() and a reset count after each flush keep the array from growing.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *read_line(void);
void process(char **lines, size_t n);

static char **g_lines;
static size_t g_nlines;

int main(void) {
  char *line;
  while ((line = read_line()) != NULL) {
    g_lines = xreallocarray(g_lines, g_nlines + 1, sizeof *g_lines);
    g_lines[g_nlines++] = line;
    if (g_nlines == 64) {
      process(g_lines, g_nlines);
      free(g_lines);
      g_lines = NULL;
      g_nlines = 0;
    }
  }
  return 0;
}
