// Correct (bounded): the khash map is emptied (kh_clear) once it holds MAX_LAST_REPORT addresses.
// Before kh_put the main loop checks the size (kh_size, a field of the table): a full map is
// cleared, so it never holds more than MAX_LAST_REPORT addresses at a time.
// expect-no-findings

#include "khash-mini.h"

KHASH_DECLARE(peer, unsigned, long)

unsigned read_datagram(long *stamp); /* blocks for the next datagram: its sender and time */
void answer(unsigned addr, long last);

static khash_t(peer) *g_last_report;
#define MAX_LAST_REPORT 4096 /* the most 'g_last_report' keeps */

int main(void) {
  g_last_report = kh_init(peer);
  for (;;) {
    long stamp = 0;
    unsigned addr = read_datagram(&stamp);
    int absent = 0;
    if (kh_size(g_last_report) >= MAX_LAST_REPORT) kh_clear(peer, g_last_report);
    khiter_t it = kh_put(peer, g_last_report, addr, &absent);
    long last = absent ? 0 : kh_val(g_last_report, it);
    kh_val(g_last_report, it) = stamp;
    answer(addr, last);
  }
}
