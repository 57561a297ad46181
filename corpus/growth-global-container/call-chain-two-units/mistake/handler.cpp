// Mistake: the event handler records every event in a global vector that nothing empties.
// main.cpp calls handle_event() from its event loop; handle_event() calls
// record(), so the push_back in handler.cpp runs once per event, forever.

#include "handler.h"

void apply(const Event &ev);  // the business logic, elsewhere

std::vector<Event> g_events;  // expect-finding: growth-global-container fix=bounded

static void record(const Event &ev) {
  g_events.push_back(ev);  // expect-note: 'g_events' grows here (push_back)
}

void handle_event(const Event &ev) {
  record(ev);  // expect-note: 'record' is called here by 'handle_event'
  apply(ev);
}
