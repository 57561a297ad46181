// Correct (bounded): the bound timer callback keeps the last kMaxHistory entries.
// A std::deque drops its oldest entry once the cap is reached.
// expect-no-findings
#include <cstddef>
#include <deque>
#include <functional>
#include <string>

struct EventLoop {
  void run_every(double seconds, std::function<void()> cb);
  void loop();
};

constexpr std::size_t kMaxHistory = 1024;
std::deque<std::string> g_history;

void on_timer(const char *what) {
  if (g_history.size() >= kMaxHistory) g_history.pop_front();
  g_history.push_back(what);
}

int main() {
  EventLoop loop;
  loop.run_every(1.0, std::bind(on_timer, "tick"));
  loop.loop();
}
