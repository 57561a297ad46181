// Correct (cleanup): reset.c frees the latency array and resets its count after each summary.
// The array is grown in stats.c and released in a third unit; the program as
// a whole keeps only the latencies since the last summary.

// expect-no-findings

#include "stats.h"

int next_request(void); /* blocks for the next request; returns its id */
int serve(int request); /* returns the time it took, in ms */
int summary_due(void);

int main(void) {
  for (;;) {
    int ms = serve(next_request());
    record_latency(ms);
    if (summary_due()) {
      print_summary();
      reset_latencies();
    }
  }
}
