// Correct (cleanup): the slow commands wait in a pending list that is handed over (listJoin) to the report list after every command.
// listJoin(l, o) moves every node of o to the end of l and leaves o empty, so 'g_pending_slow'
// holds at most one command's entries; the report list is emptied once it has been written out.
// expect-no-findings

#include "../redis-mini.h"

/* The program's copy of listJoin: the nodes of o are linked after the tail
 * of l, and o is left as an empty list. */
void listJoin(list *l, list *o) {
  if (!o->len)
    return;
  if (l->tail) {
    l->tail->next = o->head;
    o->head->prev = l->tail;
  } else {
    l->head = o->head;
  }
  l->tail = o->tail;
  l->len += o->len;
  o->head = 0;
  o->tail = 0;
  o->len = 0;
}
