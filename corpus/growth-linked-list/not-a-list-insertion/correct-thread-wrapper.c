// Correct (bounded): worker threads started through the program's own wrapper.
// create_worker() only hands the function to pthread_create, so each worker's
// start-up code runs once per thread; four threads register four buffers.
// expect-no-findings
#include <pthread.h>
#include <stdlib.h>

struct buf {
  char data[128];
  struct buf *next;
};

static struct buf *g_bufs;
int next_job(char *out, int n);

static void create_worker(void *(*func)(void *), void *arg) {
  pthread_t t;
  pthread_create(&t, NULL, func, arg);
}

static void *worker(void *arg) {
  struct buf *b = calloc(1, sizeof *b);
  if (!b) return NULL;
  b->next = g_bufs;
  g_bufs = b;
  while (next_job(b->data, sizeof b->data) > 0) {
  }
  return arg;
}

int main(void) {
  for (int i = 0; i < 4; i++) create_worker(worker, NULL);
  for (;;) {
  }
}
