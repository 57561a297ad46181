// Correct (cleanup): a peer's entry is deleted (kh_del) when it says goodbye.
// kh_get finds the address and kh_del removes it, so the map holds only the peers that are
// still talking; kh_del(peer, ...) is a call of kh_del_peer, as kh_put is of kh_put_peer.
// expect-no-findings

#include "khash-mini.h"

KHASH_DECLARE(peer, unsigned, long)

unsigned read_datagram(long *stamp); /* blocks for the next datagram: its sender and time; stamp 0: goodbye */
void answer(unsigned addr, long last);

static khash_t(peer) *g_last_report;

int main(void) {
  g_last_report = kh_init(peer);
  for (;;) {
    long stamp = 0;
    unsigned addr = read_datagram(&stamp);
    if (!stamp) {
      khiter_t gone = kh_get(peer, g_last_report, addr);
      if (gone != kh_end(g_last_report))
        kh_del(peer, g_last_report, gone);
      continue;
    }
    int absent = 0;
    khiter_t it = kh_put(peer, g_last_report, addr, &absent);
    long last = absent ? 0 : kh_val(g_last_report, it);
    kh_val(g_last_report, it) = stamp;
    answer(addr, last);
  }
}
