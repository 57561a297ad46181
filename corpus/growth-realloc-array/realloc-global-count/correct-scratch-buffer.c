// Correct (bounded): a scratch buffer resized to fit the current frame.
// Its size is computed afresh from the frame each time (not from a count that
// only goes up), so it holds at most the largest frame, however long it runs.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>

struct cell {
  int glyph;
  int attr;
};

static struct cell *g_cells;
static size_t g_ncells;
int next_frame(size_t *width, size_t *height);
void draw(struct cell *cells, size_t n);

int main(void) {
  size_t w, h;
  while (next_frame(&w, &h)) {
    size_t n = w * h;
    if (n > g_ncells) {
      struct cell *p = realloc(g_cells, n * sizeof *g_cells);
      if (!p) abort();
      g_cells = p;
      g_ncells = n;
    }
    draw(g_cells, n);
  }
  return 0;
}
