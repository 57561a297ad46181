// Correct (cleanup): the recorded events are archived and cleared by flush.cpp.
// The vector is filled in handler.cpp and emptied in another translation unit;
// the program as a whole only keeps the events since the last flush.

// expect-no-findings

#include "handler.h"

void apply(const Event &ev);  // the business logic, elsewhere

std::vector<Event> g_events;

static void record(const Event &ev) {
  g_events.push_back(ev);
}

void handle_event(const Event &ev) {
  record(ev);
  apply(ev);
}
