/* queue-mini.h - the few <sys/queue.h> macros this case uses, written for the
 * case with the field names of the BSD and glibc header (a head's tqh_first
 * and tqh_last, an entry's tqe_next and tqe_prev), so that it parses with any
 * C library. As there, every operation is one do { ... } while (0). */
#ifndef QUEUE_MINI_H
#define QUEUE_MINI_H

#define TAILQ_HEAD(name, type) \
  struct name {                \
    struct type *tqh_first;    \
    struct type **tqh_last;    \
  }
#define TAILQ_ENTRY(type)   \
  struct {                  \
    struct type *tqe_next;  \
    struct type **tqe_prev; \
  }
#define TAILQ_FIRST(head) ((head)->tqh_first)
#define TAILQ_EMPTY(head) ((head)->tqh_first == 0)
#define TAILQ_INIT(head)                  \
  do {                                    \
    (head)->tqh_first = 0;                \
    (head)->tqh_last = &(head)->tqh_first; \
  } while (0)
#define TAILQ_INSERT_TAIL(head, elm, field) \
  do {                                      \
    (elm)->field.tqe_next = 0;              \
    (elm)->field.tqe_prev = (head)->tqh_last; \
    *(head)->tqh_last = (elm);              \
    (head)->tqh_last = &(elm)->field.tqe_next; \
  } while (0)
#define TAILQ_REMOVE(head, elm, field)                                \
  do {                                                                \
    if ((elm)->field.tqe_next)                                        \
      (elm)->field.tqe_next->field.tqe_prev = (elm)->field.tqe_prev;  \
    else                                                              \
      (head)->tqh_last = (elm)->field.tqe_prev;                       \
    *(elm)->field.tqe_prev = (elm)->field.tqe_next;                   \
  } while (0)

#define SLIST_HEAD(name, type) \
  struct name {                \
    struct type *slh_first;    \
  }
#define SLIST_ENTRY(type)  \
  struct {                 \
    struct type *sle_next; \
  }
#define SLIST_FIRST(head) ((head)->slh_first)
#define SLIST_INSERT_HEAD(head, elm, field)     \
  do {                                          \
    (elm)->field.sle_next = (head)->slh_first;  \
    (head)->slh_first = (elm);                  \
  } while (0)
#define SLIST_REMOVE_HEAD(head, field)                          \
  do {                                                          \
    (head)->slh_first = (head)->slh_first->field.sle_next;      \
  } while (0)

#endif
