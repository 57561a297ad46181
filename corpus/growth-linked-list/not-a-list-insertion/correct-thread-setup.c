// Correct (bounded): each worker thread registers one buffer at its start.
// The threads are started in a bounded loop, so the list holds one node per
// thread; the work loop of each thread never touches it.
// expect-no-findings
#include <pthread.h>
#include <stdlib.h>

struct buf {
  char data[256];
  struct buf *next;
};

static struct buf *g_bufs;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
int next_job(char *out, int n);

static void *worker(void *arg) {
  struct buf *b = calloc(1, sizeof *b);
  if (!b) return NULL;
  pthread_mutex_lock(&g_lock);
  b->next = g_bufs;
  g_bufs = b;
  pthread_mutex_unlock(&g_lock);
  while (next_job(b->data, sizeof b->data) > 0) {
  }
  return arg;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return 0;
}
