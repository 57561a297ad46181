// Correct (cleanup): the recorded events are archived and cleared by flush.cpp.
// The vector is filled in handler.cpp and emptied in another translation unit;
// the program as a whole only keeps the events since the last flush.

// expect-no-findings

#include "handler.h"

bool next_event(Event *ev);  // blocks for the next event; false when the bus closes

int main() {
  bool running = true;
  while (running) {
    Event ev;
    if (!next_event(&ev)) {
      running = false;
      continue;
    }
    handle_event(ev);
    if (flush_due())
      flush_events();
  }
  flush_events();
  return 0;
}
