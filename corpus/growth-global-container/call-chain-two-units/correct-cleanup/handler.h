// handler.h - events, the event handler and the flush, shared by all three units.
#ifndef HANDLER_H
#define HANDLER_H

#include <string>
#include <vector>

struct Event {
  int type;
  std::string source;
};

extern std::vector<Event> g_events;  // events since the last flush; defined in handler.cpp

void handle_event(const Event &ev);
bool flush_due();
void flush_events();  // archives and empties g_events; defined in flush.cpp

#endif
