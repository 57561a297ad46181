// Correct (start-up only): a C daemon reads its allow-list file to the end
// once, before it serves; `while (fgets(...))` on a file ends with the file.
// expect-no-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *copy_line(const char *line) {
  size_t n = strlen(line) + 1;
  char *copy = malloc(n);
  if (copy) memcpy(copy, line, n);
  return copy;
}

static char **g_allowed;
static size_t g_nallowed;

int serve_one(void);

static void load_allowed(const char *path) {
  FILE *f = fopen(path, "r");
  char line[256];
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    char **grown = realloc(g_allowed, (g_nallowed + 1) * sizeof *g_allowed);
    if (!grown) abort();
    g_allowed = grown;
    g_allowed[g_nallowed++] = copy_line(line);
  }
  fclose(f);
}

int main(void) {
  load_allowed("/etc/allowed");
  for (;;) serve_one();
}
