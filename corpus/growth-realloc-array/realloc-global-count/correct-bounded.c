// Correct (bounded): the readings live in a fixed ring of RING_SIZE ints, no realloc.
// The newest reading overwrites the oldest once the ring is full, so each
// report covers at most the last RING_SIZE readings in constant memory.

// expect-no-findings

#include <stddef.h>

#define RING_SIZE 64

int next_reading(void); /* blocks for the next sensor value */
int report_due(void);   /* true once a minute */
void report(long total, size_t n);

static int ring[RING_SIZE];
static size_t head;
static size_t filled;

static void process_all(void) {
  long total = 0;
  for (size_t i = 0; i < filled; i++)
    total += ring[i];
  report(total, filled);
}

int main(void) {
  for (;;) {
    ring[head] = next_reading();
    head = (head + 1) % RING_SIZE;
    if (filled < RING_SIZE)
      filled++;
    if (report_due())
      process_all();
  }
}
