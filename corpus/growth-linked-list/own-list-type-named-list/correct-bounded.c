// Correct (bounded): the program's own 'struct list' keeps the last MAX_DONE jobs.
// It counts its nodes and, once it holds MAX_DONE, unlinks and frees the oldest (the last
// node) before a new one is linked in at the head.
// expect-no-findings

#include <stdlib.h>

typedef struct list {
  int job;
  struct list *next;
} list;

int read_job(void); /* blocks for the next job */
void run_job(int job);

static list *g_done;
static size_t g_done_count;
#define MAX_DONE 64 /* the most 'g_done' keeps */

int main(void) {
  for (;;) {
    list *n = malloc(sizeof *n);
    if (!n)
      abort();
    n->job = read_job();
    run_job(n->job);
    if (g_done_count >= MAX_DONE) {
      list **p = &g_done;
      while ((*p)->next)
        p = &(*p)->next;
      free(*p);
      *p = NULL;
      g_done_count--;
    }
    n->next = g_done;
    g_done = n;
    g_done_count++;
  }
}
