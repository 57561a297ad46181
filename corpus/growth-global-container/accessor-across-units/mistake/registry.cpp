// Mistake: the registry's accessors live in their own unit. Registry::Instance()
// hands out a function-local static object and sessions() a file-static map;
// main.cpp grows both through the calls, and nothing removes anything.
#include "registry.h"

Registry &Registry::Instance() {
  static Registry instance;  // expect-note: 'instance' is the static object that holds it
  return instance;
}

void Registry::defer(const std::string &job) { jobs_.push_back(job); }

static std::map<int, Session> g_sessions;  // expect-finding: growth-global-container fix=bounded

std::map<int, Session> &sessions() { return g_sessions; }
