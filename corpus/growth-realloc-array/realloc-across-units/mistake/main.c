// Mistake: a request loop in main.c records every latency in a realloc'd array in stats.c.
// record_latency() is defined in another translation unit, but it is still
// called once per request, and neither unit ever frees or resets the array.

#include "stats.h"

int next_request(void); /* blocks for the next request; returns its id */
int serve(int request); /* returns the time it took, in ms */
int summary_due(void);

int main(void) {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    int ms = serve(next_request());
    record_latency(ms);  // expect-note: 'record_latency' is called here by 'main', inside a loop that never ends
    if (summary_due())
      print_summary();
  }
}
