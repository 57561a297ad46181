// Correct (bounded): the log is a deque that keeps only the newest kMaxLog lines.
// Once the deque is past its maximum length the oldest line is dropped, so
// memory stays constant however long the event loop runs.

// expect-no-findings

#include <cstddef>
#include <cstdio>
#include <deque>
#include <string>

struct Event {
  int kind;
  int client;
};

bool wait_event(Event *ev);  // blocks until the next event; false on a spurious wake-up
void dispatch(const Event &ev);

constexpr std::size_t kMaxLog = 1000;
std::deque<std::string> g_log;

static std::string describe(const Event &ev) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "kind=%d client=%d", ev.kind, ev.client);
  return buf;
}

int main() {
  for (;;) {
    Event ev;
    if (!wait_event(&ev))
      continue;
    g_log.push_back(describe(ev));
    if (g_log.size() > kMaxLog)
      g_log.pop_front();
    dispatch(ev);
  }
}
