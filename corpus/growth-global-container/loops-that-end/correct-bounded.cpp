// Correct (bounded): the same worker keeps the last kMaxEvents events only.
// expect-no-findings
#include <atomic>
#include <cstddef>
#include <deque>
#include <string>

std::atomic<bool> g_stop{false};
bool poll_event(std::string &out);

constexpr std::size_t kMaxEvents = 1024;
std::deque<std::string> g_events;

void worker() {
  std::string ev;
  while (!g_stop) {
    if (!poll_event(ev)) continue;
    if (g_events.size() >= kMaxEvents) g_events.pop_front();
    g_events.push_back(ev);
  }
}
