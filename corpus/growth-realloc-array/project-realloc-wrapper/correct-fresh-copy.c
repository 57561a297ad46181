// Correct (bounded): a helper that takes the old buffer but returns a fresh one is not a realloc.
// format_entry frees the old text and returns a new, numbered copy of the current line,
// so the buffer holds one line at a time however long the loop runs.
// expect-no-findings
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *next_line(void);
void show(const char *s);

static char *format_entry(char *old, const char *line, size_t seq) {
  free(old);
  size_t n = strlen(line) + 32;
  char *p = malloc(n);
  if (p == NULL) abort();
  snprintf(p, n, "%zu %s", seq, line);
  return p;
}

static char *g_last;
static size_t g_seq;

int main(void) {
  const char *line;
  while ((line = next_line()) != NULL) {
    g_last = format_entry(g_last, line, ++g_seq);
    show(g_last);
  }
  return 0;
}
