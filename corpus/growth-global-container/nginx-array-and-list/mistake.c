// Mistake: a worker records every request's client address in a global nginx array and every slow request in a list.
// ngx_array_push grows 'g_clients' by one slot per request, ngx_list_push adds to 'g_slow';
// the pool they live in is the process's own, and nothing ever sets their count back to zero.

#include "nginx-mini.h"

ngx_pool_t *process_pool(void);
unsigned next_request(long *micros); /* blocks for the next request: its client and duration */
void serve(unsigned client);

static ngx_array_t g_clients;  // expect-finding: growth-global-container fix=bounded
static ngx_list_t *g_slow;     // expect-finding: growth-global-container fix=bounded

int main(void) {
  if (ngx_array_init(&g_clients, process_pool(), 16, sizeof(unsigned)) != 0)
    return 1;
  g_slow = ngx_list_create(process_pool(), 16, sizeof(long));
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    long micros = 0;
    unsigned client = next_request(&micros);
    unsigned *slot = ngx_array_push(&g_clients);  // expect-note: 'g_clients' grows here (ngx_array_push)
    if (slot)
      *slot = client;
    if (micros > 100000) {
      long *m = ngx_list_push(g_slow);  // expect-note: 'g_slow' grows here (ngx_list_push)
      if (m)
        *m = micros;
    }
    serve(client);
  }
}
