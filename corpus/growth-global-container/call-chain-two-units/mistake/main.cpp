// Mistake: the event handler records every event in a global vector that nothing empties.
// main.cpp calls handle_event() from its event loop; handle_event() calls
// record(), so the push_back in handler.cpp runs once per event, forever.

#include "handler.h"

bool next_event(Event *ev);  // blocks for the next event; false when the bus closes

int main() {
  bool running = true;
  while (running) {  // expect-note: this loop repeats until its run flag changes, so the growth repeats
    Event ev;
    if (!next_event(&ev)) {
      running = false;
      continue;
    }
    handle_event(ev);  // expect-note: 'handle_event' is called here by 'main', inside a loop that repeats until its run flag changes
  }
  return 0;
}
