// handler.h - events and the event handler, shared by main.cpp and handler.cpp.
#ifndef HANDLER_H
#define HANDLER_H

#include <string>
#include <vector>

struct Event {
  int type;
  std::string source;
};

extern std::vector<Event> g_events;  // the last events handled; defined in handler.cpp

void handle_event(const Event &ev);

#endif
