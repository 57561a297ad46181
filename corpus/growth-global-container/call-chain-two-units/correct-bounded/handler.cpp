// Correct (bounded): the handler keeps only the last kMaxEvents events.
// record() erases the oldest event before it appends once g_events holds
// kMaxEvents, so the event loop no longer grows it.
// expect-no-findings

#include "handler.h"

#include <cstddef>

void apply(const Event &ev);  // the business logic, elsewhere

std::vector<Event> g_events;
constexpr std::size_t kMaxEvents = 1024;  // the most 'g_events' keeps

static void record(const Event &ev) {
  if (g_events.size() >= kMaxEvents) g_events.erase(g_events.begin());
  g_events.push_back(ev);
}

void handle_event(const Event &ev) {
  record(ev);
  apply(ev);
}
