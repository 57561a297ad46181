/* list-mini.h - a Linux-style intrusive doubly linked list, written for this
 * case (many C projects carry their own copy of this shape): a list_head is
 * embedded in each element, and an element is taken off by its own link
 * (list_del), without naming the list that holds it. */
#ifndef LIST_MINI_H
#define LIST_MINI_H

#include <stddef.h>

struct list_head {
  struct list_head *next, *prev;
};

#define LIST_HEAD_INIT(name) {&(name), &(name)}
#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))
#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(head, type, member) list_entry((head)->next, type, member)

static inline void INIT_LIST_HEAD(struct list_head *list) {
  list->next = list;
  list->prev = list;
}

static inline void list_link_between(struct list_head *n, struct list_head *prev, struct list_head *next) {
  next->prev = n;
  n->next = next;
  n->prev = prev;
  prev->next = n;
}

static inline void list_add(struct list_head *n, struct list_head *head) { list_link_between(n, head, head->next); }

static inline void list_add_tail(struct list_head *n, struct list_head *head) { list_link_between(n, head->prev, head); }

static inline void list_del(struct list_head *entry) {
  entry->next->prev = entry->prev;
  entry->prev->next = entry->next;
  entry->next = entry->prev = NULL;
}

static inline int list_empty(const struct list_head *head) { return head->next == head; }

#endif
