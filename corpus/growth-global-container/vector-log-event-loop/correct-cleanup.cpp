// Correct (cleanup): the log is a batch buffer that is emptied after each write-out.
// Lines accumulate only until the next flush; clear() then drops them, so the
// vector holds at most one batch.

// expect-no-findings

#include <cstdio>
#include <string>
#include <vector>

struct Event {
  int kind;
  int client;
};

bool wait_event(Event *ev);  // blocks until the next event; false on a spurious wake-up
void dispatch(const Event &ev);
bool flush_due();            // true once a second
void append_to_file(const std::string &line);

std::vector<std::string> g_log;

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
    dispatch(ev);
    if (flush_due()) {
      for (const std::string &line : g_log)
        append_to_file(line);
      g_log.clear();
    }
  }
}
