// Mistake: a growable array of the program's own (data, count, capacity), a
// static one, appended to through a helper that takes its address. The helper
// doubles the capacity when it is full, the careful way (a temporary, checked);
// every id the server reads is kept for ever.
#include <stdlib.h>

struct id_vec {
  long *data;  // expect-finding: growth-realloc-array fix=bounded
  size_t len, cap;
};

static struct id_vec g_seen;  // expect-note: 'g_seen' is the static object that holds it

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

long next_id(void);  // blocks for the next request's id

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    vec_push(&g_seen, next_id());  // expect-note: 'g_seen.data' grows here (realloc in vec_push)
  }
}
