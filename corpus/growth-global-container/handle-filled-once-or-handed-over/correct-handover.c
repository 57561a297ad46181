// Correct (handover): the worker's list of finished jobs is handed over to the main thread, which puts a new list in its place.
// The main thread takes the filled list into a local (done = g_finished) and stores a new, empty
// one (listCreate); it then processes and releases the old list, so 'g_finished' is emptied each time.
// expect-no-findings

#include <pthread.h>

#include "redis-mini.h"

void *next_finished_job(void); /* blocks until a job finishes */
void complete(void *job);
int wait_for_wakeup(void);

static list *g_finished;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
  (void)arg;
  for (;;) {
    void *job = next_finished_job();
    pthread_mutex_lock(&g_lock);
    listAddNodeTail(g_finished, job);
    pthread_mutex_unlock(&g_lock);
  }
  return 0;
}

static void collect_finished(void) {
  list *done = 0;
  pthread_mutex_lock(&g_lock);
  if (listLength(g_finished)) {
    done = g_finished;
    g_finished = listCreate();
  }
  pthread_mutex_unlock(&g_lock);
  if (!done)
    return;
  while (listLength(done)) {
    listNode *ln = listFirst(done);
    complete(listNodeValue(ln));
    listDelNode(done, ln);
  }
  listRelease(done);
}

int main(void) {
  pthread_t tid;
  g_finished = listCreate();
  pthread_create(&tid, 0, worker, 0);
  while (wait_for_wakeup())
    collect_finished();
  return 0;
}
