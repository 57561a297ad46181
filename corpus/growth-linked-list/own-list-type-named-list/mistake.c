// Mistake: a job server links every job it reads onto its own 'struct list', which is never popped.
// The type is the program's own list node, named 'list' like Redis's adlist; the program has no
// listAddNodeHead or listDelNode, so it is judged as a linked list: fed at its head, never shrunk.

#include <stdlib.h>

typedef struct list {
  int job;
  struct list *next;
} list;

int read_job(void); /* blocks for the next job */
void run_job(int job);

static list *g_done;  // expect-finding: growth-linked-list fix=bounded

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    list *n = malloc(sizeof *n);
    if (!n)
      abort();
    n->job = read_job();
    run_job(n->job);
    n->next = g_done;
    g_done = n;  // expect-note: 'g_done' grows here (insert)
  }
}
