// Mistake: an editor daemon pushes every command onto a global undo list that is never popped.
// Each pass of the command loop mallocs a node and links it in at the head;
// no node is ever unlinked or freed, so the list grows with every command.

#include <stdlib.h>

struct node {
  int v;
  struct node *next;
};

int next_command(void); /* blocks for the next editing command */
void show_latest(int v);

static struct node *g_head;  // expect-finding: growth-linked-list fix=bounded

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    struct node *n = malloc(sizeof *n);
    if (!n)
      abort();
    n->v = next_command();
    n->next = g_head;
    g_head = n;  // expect-note: 'g_head' grows here (insert)
    show_latest(g_head->v);
  }
}
