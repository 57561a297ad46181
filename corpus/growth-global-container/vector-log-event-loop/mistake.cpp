// Mistake: every event appends a line to a global log vector that nothing ever trims.
// The event loop runs for the life of the process, so g_log keeps every line
// ever logged and its memory grows without limit.

#include <cstdio>
#include <string>
#include <vector>

struct Event {
  int kind;
  int client;
};

bool wait_event(Event *ev);  // blocks until the next event; false on a spurious wake-up
void dispatch(const Event &ev);

std::vector<std::string> g_log;  // expect-finding: growth-global-container fix=bounded

static std::string describe(const Event &ev) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "kind=%d client=%d", ev.kind, ev.client);
  return buf;
}

int main() {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    Event ev;
    if (!wait_event(&ev))
      continue;
    g_log.push_back(describe(ev));  // expect-note: 'g_log' grows here (push_back)
    std::fprintf(stderr, "%s\n", g_log.back().c_str());
    dispatch(ev);
  }
}
