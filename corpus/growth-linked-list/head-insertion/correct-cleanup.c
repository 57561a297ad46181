// Correct (cleanup): at each checkpoint the undo list is applied, unlinked and freed.
// Every node is popped from the head and freed, so the list only holds the
// commands since the last checkpoint.

// expect-no-findings

#include <stdlib.h>

struct node {
  int v;
  struct node *next;
};

int next_command(void); /* blocks for the next editing command */
int checkpoint_due(void);
void commit(int v);

static struct node *g_head;

int main(void) {
  for (;;) {
    struct node *n = malloc(sizeof *n);
    if (!n)
      abort();
    n->v = next_command();
    n->next = g_head;
    g_head = n;
    if (!checkpoint_due())
      continue;
    while (g_head) {
      struct node *done = g_head;
      g_head = done->next;
      commit(done->v);
      free(done);
    }
  }
}
