// Correct (bounded): the undo list keeps the last MAX_HEAD commands.
// Its nodes are counted; before a new node is linked in at the head, the oldest
// (the last node) is unlinked and freed once the list holds MAX_HEAD.

// expect-no-findings

#include <stddef.h>
#include <stdlib.h>

#define MAX_HEAD 1000 /* the most commands 'g_head' keeps */

struct node {
  int v;
  struct node *next;
};

int next_command(void); /* blocks for the next editing command */
void show_latest(int v);

static struct node *g_head;
static size_t g_head_count; /* how many nodes 'g_head' holds */

int main(void) {
  for (;;) {
    struct node *n = malloc(sizeof *n);
    if (!n)
      abort();
    n->v = next_command();
    if (g_head_count >= MAX_HEAD) {
      struct node **p = &g_head;
      while ((*p)->next)
        p = &(*p)->next;
      free(*p);
      *p = NULL;
      g_head_count--;
    }
    n->next = g_head;
    g_head = n;
    g_head_count++;
    show_latest(g_head->v);
  }
}
