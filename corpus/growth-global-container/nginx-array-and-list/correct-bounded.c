// Correct (bounded): the array's count goes back to zero at MAX_CLIENTS, and the list, created with room for MAX_SLOW elements in its first part, is emptied when that part is full.
// Setting nelts to zero makes the next ngx_array_push reuse the slots the array has; the list never
// takes a second part from the pool, because its only part is emptied before it would overflow.
// expect-no-findings

#include "nginx-mini.h"

ngx_pool_t *process_pool(void);
unsigned next_request(long *micros); /* blocks for the next request: its client and duration */
void serve(unsigned client);

static ngx_array_t g_clients;
static ngx_list_t *g_slow;
#define MAX_CLIENTS 1024 /* the most 'g_clients' keeps */
#define MAX_SLOW 64      /* the most 'g_slow' keeps */

int main(void) {
  if (ngx_array_init(&g_clients, process_pool(), 16, sizeof(unsigned)) != 0)
    return 1;
  g_slow = ngx_list_create(process_pool(), MAX_SLOW, sizeof(long));
  for (;;) {
    long micros = 0;
    unsigned client = next_request(&micros);
    if (g_clients.nelts >= MAX_CLIENTS) g_clients.nelts = 0;
    unsigned *slot = ngx_array_push(&g_clients);
    if (slot)
      *slot = client;
    if (micros > 100000) {
      if (g_slow->part.nelts >= MAX_SLOW) { g_slow->part.nelts = 0; g_slow->last = &g_slow->part; }
      long *m = ngx_list_push(g_slow);
      if (m)
        *m = micros;
    }
    serve(client);
  }
}
