// Mistake: a static array grown through an allocation wrapper in the main loop.
// xreallocarray (as in OpenBSD-style daemons) is realloc with overflow checks;
// every line read is kept and the array is never freed or reset.
#include <stddef.h>
#include <string.h>

void *xreallocarray(void *ptr, size_t nmemb, size_t size);
char *read_line(void);

static char **g_lines;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nlines;

int main(void) {
  char *line;
  while ((line = read_line()) != NULL) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_lines = xreallocarray(g_lines, g_nlines + 1, sizeof *g_lines);  // expect-note: 'g_lines' grows here (xreallocarray)
    g_lines[g_nlines++] = line;
  }
  return 0;
}
