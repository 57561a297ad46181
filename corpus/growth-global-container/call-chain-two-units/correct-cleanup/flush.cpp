// Correct (cleanup): the recorded events are archived and cleared by flush.cpp.
// The vector is filled in handler.cpp and emptied in another translation unit;
// the program as a whole only keeps the events since the last flush.

// expect-no-findings

#include "handler.h"

void archive(const Event &ev);  // writes one event to the archive

void flush_events() {
  for (const Event &ev : g_events)
    archive(ev);
  g_events.clear();
}
