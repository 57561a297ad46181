// Correct (cleanup): a consumer thread pops each message from the head and frees it.
// The queue only holds the messages produced but not yet consumed; the
// consumer sleeps on a condition variable while it is empty.

// expect-no-findings

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

struct msg {
  int payload;
  struct msg *next;
};

int accept_client(void); /* blocks for the next connection */
int read_payload(int fd);
void handle(int payload);

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_ready = PTHREAD_COND_INITIALIZER;
static struct {
  struct msg *head;
  struct msg *tail;
} g_queue;

static void *client_thread(void *arg) {
  struct msg *m = malloc(sizeof *m);
  if (!m)
    return NULL;
  m->payload = read_payload((int)(intptr_t)arg);
  m->next = NULL;
  pthread_mutex_lock(&g_lock);
  if (g_queue.tail)
    g_queue.tail->next = m;
  else
    g_queue.head = m;
  g_queue.tail = m;
  pthread_cond_signal(&g_ready);
  pthread_mutex_unlock(&g_lock);
  return NULL;
}

static void *consumer(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&g_lock);
    while (!g_queue.head)
      pthread_cond_wait(&g_ready, &g_lock);
    struct msg *m = g_queue.head;
    g_queue.head = m->next;
    if (!g_queue.head)
      g_queue.tail = NULL;
    pthread_mutex_unlock(&g_lock);
    handle(m->payload);
    free(m);
  }
  return NULL;
}

int main(void) {
  pthread_t c;
  if (pthread_create(&c, NULL, consumer, NULL) != 0)
    return 1;
  for (;;) {
    pthread_t t;
    int fd = accept_client();
    if (pthread_create(&t, NULL, client_thread, (void *)(intptr_t)fd) == 0)
      pthread_detach(t);
  }
}
