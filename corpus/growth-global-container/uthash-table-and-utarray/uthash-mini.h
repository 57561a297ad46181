/* uthash-mini.h - the few uthash and utarray macros this case uses, written
 * for the case (a plain doubly linked chain instead of uthash's buckets) with
 * uthash's names, so that it parses where uthash is not at hand. As in
 * uthash, a table is a pointer to the program's own structure holding a
 * UT_hash_handle (NULL while empty), every operation is a macro, and those
 * that change the table are one do { ... } while (0). */
#ifndef UTHASH_MINI_H
#define UTHASH_MINI_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct UT_hash_handle {
  void *prev, *next; /* the previous and next element of the table */
} UT_hash_handle;

/* The number of elements of a table whose handle is hh_off bytes into each. */
static inline unsigned uth_count(const void *head, size_t hh_off) {
  unsigned n = 0;
  for (const char *e = head; e; e = ((const UT_hash_handle *)(e + hh_off))->next)
    n++;
  return n;
}

#define HASH_ADD(hh, head, fieldname, keylen, add) /* at the end: the head is the first added */ \
  do {                                                            \
    (add)->hh.next = 0;                                           \
    (add)->hh.prev = 0;                                           \
    if (!(head)) {                                                \
      (head) = (add);                                             \
    } else {                                                      \
      __typeof__(head) last_ = (head);                            \
      while (last_->hh.next)                                      \
        last_ = last_->hh.next;                                   \
      last_->hh.next = (add);                                     \
      (add)->hh.prev = last_;                                     \
    }                                                             \
  } while (0)
#define HASH_ADD_INT(head, intfield, add) HASH_ADD(hh, head, intfield, sizeof(int), add)
#define HASH_COUNT(head) HASH_CNT(hh, head)
#define HASH_CNT(hh, head) uth_count((head), offsetof(__typeof__(*(head)), hh))
#define HASH_FIND_INT(head, findint, out)                                        \
  do {                                                                           \
    for ((out) = (head); (out) && (out)->id != *(findint); (out) = (out)->hh.next) \
      ;                                                                          \
  } while (0)
#define HASH_DELETE(hh, head, delptr)                                   \
  do {                                                                  \
    if ((delptr)->hh.prev)                                              \
      ((__typeof__(delptr))(delptr)->hh.prev)->hh.next = (delptr)->hh.next; \
    else                                                                \
      (head) = (delptr)->hh.next;                                       \
    if ((delptr)->hh.next)                                              \
      ((__typeof__(delptr))(delptr)->hh.next)->hh.prev = (delptr)->hh.prev; \
  } while (0)
#define HASH_DEL(head, delptr) HASH_DELETE(hh, head, delptr)

typedef struct {
  unsigned i, n; /* elements used, elements allocated */
  size_t sz;     /* the size of one element */
  char *d;       /* the elements */
} UT_array;

#define utarray_new(a, elt_size)             \
  do {                                       \
    (a) = (UT_array *)calloc(1, sizeof(UT_array)); \
    if (!(a))                                \
      abort();                               \
    (a)->sz = (elt_size);                    \
  } while (0)
#define utarray_len(a) ((a)->i)
#define utarray_push_back(a, p)                                     \
  do {                                                              \
    if ((a)->i == (a)->n) {                                         \
      unsigned grown = (a)->n ? 2 * (a)->n : 8;                     \
      char *d = (char *)realloc((a)->d, grown * (a)->sz);           \
      if (!d)                                                       \
        abort();                                                    \
      (a)->d = d;                                                   \
      (a)->n = grown;                                               \
    }                                                               \
    memcpy((a)->d + (a)->sz * (a)->i++, (p), (a)->sz);              \
  } while (0)
#define utarray_erase(a, pos, len)                                                        \
  do {                                                                                    \
    memmove((a)->d + (a)->sz * (pos), (a)->d + (a)->sz * ((pos) + (len)),                 \
            (a)->sz * ((a)->i - ((pos) + (len))));                                        \
    (a)->i -= (len);                                                                      \
  } while (0)
#define utarray_clear(a) \
  do {                   \
    (a)->i = 0;          \
  } while (0)

#endif
