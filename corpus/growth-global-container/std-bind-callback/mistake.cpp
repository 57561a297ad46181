// Mistake: a timer callback bound with std::bind appends to a global history.
// The bound callable is handed to the event loop, which calls it every second
// for the life of the process; nothing trims g_history.
#include <functional>
#include <string>
#include <vector>

struct EventLoop {
  void run_every(double seconds, std::function<void()> cb);
  void loop();
};

std::vector<std::string> g_history;  // expect-finding: growth-global-container fix=bounded

void on_timer(const char *what) { g_history.push_back(what); }  // expect-note: 'g_history' grows here (push_back)

int main() {
  EventLoop loop;
  loop.run_every(1.0, std::bind(on_timer, "tick"));  // expect-note: 'on_timer' is long-lived: the address of 'on_timer' is passed to 'EventLoop::run_every', which may call it at any time
  loop.loop();
}
