// Mistake: the tracker's constructor registers a listener lambda that
// captures `this`; the event loop calls it for every window ever opened, and
// it appends the window's title to the tracker's own vector, which nothing trims.
#include <functional>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
void run_event_loop();  // dispatches events until the session ends

class WindowTracker {
 public:
  WindowTracker() {
    on_event("open", [this](const std::string &title) {  // expect-note: 'lambda at mistake.cpp:14' is long-lived: the lambda is passed to 'on_event', which may call it at any time
      m_opened.push_back(title);  // expect-note: 'g_tracker.m_opened' grows here (push_back)
    });
  }

 private:
  std::vector<std::string> m_opened;  // expect-finding: growth-global-container fix=bounded
};

WindowTracker g_tracker;  // expect-note: 'g_tracker' is the static object that holds it

int main() { run_event_loop(); }
