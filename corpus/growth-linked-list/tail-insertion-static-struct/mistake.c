// Mistake: a per-connection thread appends a message to a static queue nobody drains.
// Each accepted connection starts client_thread() with pthread_create; the
// thread links one message at the tail, and no code ever unlinks or frees one.

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

struct msg {
  int payload;
  struct msg *next;
};

int accept_client(void); /* blocks for the next connection */
int read_payload(int fd);

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
  struct msg *head;  // expect-finding: growth-linked-list fix=bounded
  struct msg *tail;
} g_queue;  // expect-note: 'g_queue' is the static object that holds it

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
    g_queue.head = m;  // expect-note: 'g_queue.head' grows here (insert)
  g_queue.tail = m;
  pthread_mutex_unlock(&g_lock);
  return NULL;
}

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    pthread_t t;
    int fd = accept_client();
    if (pthread_create(&t, NULL, client_thread, (void *)(intptr_t)fd) == 0)  // expect-note: 'client_thread' is called here by 'main', inside a loop that never ends
      pthread_detach(t);
  }
}
