// Correct (cleanup): the same growable array is emptied after each batch is
// processed; its count starts again from zero, so the capacity stops growing
// at the largest batch.
// expect-no-findings
#include <stdlib.h>

struct id_vec {
  long *data;
  size_t len, cap;
};

static struct id_vec g_batch;

static void vec_push(struct id_vec *v, long id) {
  if (v->len == v->cap) {
    size_t ncap = v->cap ? v->cap * 2 : 16;
    long *p = realloc(v->data, ncap * sizeof *p);
    if (!p) abort();
    v->data = p;
    v->cap = ncap;
  }
  v->data[v->len++] = id;
}

static void vec_clear(struct id_vec *v) { v->len = 0; }

long next_id(void);  // blocks for the next request's id; 0 ends a batch
void process(const long *ids, size_t n);

int main(void) {
  for (;;) {
    long id = next_id();
    if (id) {
      vec_push(&g_batch, id);
      continue;
    }
    process(g_batch.data, g_batch.len);
    vec_clear(&g_batch);
  }
}
