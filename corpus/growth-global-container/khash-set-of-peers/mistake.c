// Mistake: a khash map from peer address to its last report, filled on every datagram and never emptied.
// kh_put(peer, ...) is a call of kh_put_peer, which adds a key the first time an address is
// seen; nothing calls kh_del or kh_clear, so the map holds every address that ever wrote.

#include "khash-mini.h"

KHASH_DECLARE(peer, unsigned, long)

unsigned read_datagram(long *stamp); /* blocks for the next datagram: its sender and time */
void answer(unsigned addr, long last);

static khash_t(peer) *g_last_report;  // expect-finding: growth-global-container fix=bounded

int main(void) {
  g_last_report = kh_init(peer);
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    long stamp = 0;
    unsigned addr = read_datagram(&stamp);
    int absent = 0;
    khiter_t it = kh_put(peer, g_last_report, addr, &absent);  // expect-note: 'g_last_report' grows here (kh_put_peer)
    long last = absent ? 0 : kh_val(g_last_report, it);
    kh_val(g_last_report, it) = stamp;
    answer(addr, last);
  }
}
