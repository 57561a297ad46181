/* The part of nginx's ngx_queue.h these programs use, written out so that
 * they parse without nginx: an intrusive doubly linked list whose head and
 * links are the same struct, operated on by macros that expand to plain
 * statements (not do { } while (0)). */
#include <stddef.h>

typedef struct ngx_queue_s ngx_queue_t;
struct ngx_queue_s {
  ngx_queue_t *prev;
  ngx_queue_t *next;
};

#define ngx_queue_init(q) \
  (q)->prev = q;          \
  (q)->next = q

#define ngx_queue_empty(h) (h == (h)->prev)

#define ngx_queue_insert_tail(h, x) \
  (x)->prev = (h)->prev;            \
  (x)->prev->next = x;              \
  (x)->next = h;                    \
  (h)->prev = x

#define ngx_queue_head(h) (h)->next

#define ngx_queue_remove(x)      \
  (x)->next->prev = (x)->prev;   \
  (x)->prev->next = (x)->next

#define ngx_queue_data(q, type, link) (type *)((unsigned char *)q - offsetof(type, link))
