// Correct (bounded): the handler keeps only the last kMaxEvents events.
// record() erases the oldest event before it appends once g_events holds
// kMaxEvents, so the event loop no longer grows it.
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
  }
  return 0;
}
