// Correct (bounded): the queue keeps the last MAX_HEAD messages.
// Its nodes are counted; before a message is linked in at the tail, the oldest
// (the first node) is popped and freed once the queue holds MAX_HEAD.

// expect-no-findings

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define MAX_HEAD 1024 /* the most messages the queue keeps */

struct msg {
  int payload;
  struct msg *next;
};

int accept_client(void); /* blocks for the next connection */
int read_payload(int fd);

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
  struct msg *head;
  struct msg *tail;
} g_queue;
static size_t g_queue_head_count; /* how many nodes 'g_queue.head' holds */

static void *client_thread(void *arg) {
  struct msg *m = malloc(sizeof *m);
  if (!m)
    return NULL;
  m->payload = read_payload((int)(intptr_t)arg);
  m->next = NULL;
  pthread_mutex_lock(&g_lock);
  if (g_queue_head_count >= MAX_HEAD) {
    struct msg *old = g_queue.head;
    g_queue.head = old->next;
    if (!g_queue.head)
      g_queue.tail = NULL;
    free(old);
    g_queue_head_count--;
  }
  if (g_queue.tail)
    g_queue.tail->next = m;
  else
    g_queue.head = m;
  g_queue.tail = m;
  g_queue_head_count++;
  pthread_mutex_unlock(&g_lock);
  return NULL;
}

int main(void) {
  for (;;) {
    pthread_t t;
    int fd = accept_client();
    if (pthread_create(&t, NULL, client_thread, (void *)(intptr_t)fd) == 0)
      pthread_detach(t);
  }
}
