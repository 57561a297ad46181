/* Golden facts of callbacks: function-pointer parameters that are kept
 * (fn-long), called (fn-call), started as a thread (fn-once) or only called
 * while a callee runs (fn-none); entries registered with signal(). */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

typedef void (*handler)(int);
static handler g_saved;

void keep(handler h) { g_saved = h; }                      /* fn-long */
void call_now(handler h) { h(1); }                         /* fn-call */
void start(void *(*fn)(void *)) {                          /* fn-once */
  pthread_t t;
  pthread_create(&t, NULL, fn, NULL);
}
void sort_ints(int *a, size_t n, int (*cmp)(const void *, const void *)) {
  qsort(a, n, sizeof *a, cmp);                             /* fn-none */
}

static void on_signal(int s) { (void)s; }
static void on_tick(int s) { (void)s; }
static void *worker(void *arg) { return arg; }
static int by_value(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
  int a[3] = {3, 1, 2};
  signal(SIGINT, on_signal);
  keep(on_tick);
  call_now(on_tick);
  start(worker);
  sort_ints(a, 3, by_value);
  return 0;
}
