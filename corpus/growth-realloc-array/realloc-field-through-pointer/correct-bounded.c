// Correct (bounded): the helper refuses to grow the array past a fixed number
// of elements.
// expect-no-findings
#include <stdlib.h>

#define MAX_IDS 4096

struct id_vec {
  long *data;
  size_t len, cap;
};

static struct id_vec g_recent;

static int vec_push(struct id_vec *v, long id) {
  if (v->len >= MAX_IDS) return -1;
  if (v->len == v->cap) {
    size_t ncap = v->cap ? v->cap * 2 : 16;
    long *p = realloc(v->data, ncap * sizeof *p);
    if (!p) return -1;
    v->data = p;
    v->cap = ncap;
  }
  v->data[v->len++] = id;
  return 0;
}

long next_id(void);  // blocks for the next request's id

int main(void) {
  for (;;) vec_push(&g_recent, next_id());
}
