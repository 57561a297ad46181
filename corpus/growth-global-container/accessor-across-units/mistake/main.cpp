// Mistake: the registry's accessors live in their own unit. Registry::Instance()
// hands out a function-local static object and sessions() a file-static map;
// main.cpp grows both through the calls, and nothing removes anything.
#include "registry.h"

std::string next_request();
int next_id();

int main() {
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    std::string req = next_request();
    Registry::Instance().defer(req);  // expect-note: 'instance.jobs_' grows here (push_back in Registry::defer)
    sessions()[next_id()] = Session{req};  // expect-note: 'g_sessions' grows here (operator[])
  }
}
