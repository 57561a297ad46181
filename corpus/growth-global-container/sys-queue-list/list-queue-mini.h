/* list-queue-mini.h - the LIST_* macros of <sys/queue.h>, written for this
 * case so that it parses the same everywhere: a LIST is a head pointer to the
 * first element and a link in each element; LIST_REMOVE takes an element off
 * by its link, without naming the head. */
#ifndef LIST_QUEUE_MINI_H
#define LIST_QUEUE_MINI_H

#define LIST_HEAD(name, type) \
  struct name {               \
    struct type *lh_first;    \
  }

#define LIST_ENTRY(type)   \
  struct {                 \
    struct type *le_next;  \
    struct type **le_prev; \
  }

#define LIST_FIRST(head) ((head)->lh_first)
#define LIST_EMPTY(head) ((head)->lh_first == 0)

#define LIST_INIT(head)    \
  do {                     \
    (head)->lh_first = 0;  \
  } while (0)

#define LIST_INSERT_HEAD(head, elm, field)                               \
  do {                                                                   \
    if (((elm)->field.le_next = (head)->lh_first) != 0)                  \
      (head)->lh_first->field.le_prev = &(elm)->field.le_next;           \
    (head)->lh_first = (elm);                                            \
    (elm)->field.le_prev = &(head)->lh_first;                            \
  } while (0)

#define LIST_REMOVE(elm, field)                                          \
  do {                                                                   \
    if ((elm)->field.le_next != 0)                                       \
      (elm)->field.le_next->field.le_prev = (elm)->field.le_prev;        \
    *(elm)->field.le_prev = (elm)->field.le_next;                        \
  } while (0)

#endif
