// Correct (bounded): the listener lambda that captures `this` drops the oldest
// title before it appends one past kMaxOpened, so the vector stays small.
// expect-no-findings
#include <functional>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
void run_event_loop();  // dispatches events until the session ends

const size_t kMaxOpened = 100;

class WindowTracker {
 public:
  WindowTracker() {
    on_event("open", [this](const std::string &title) {
      if (m_opened.size() >= kMaxOpened) m_opened.erase(m_opened.begin());
      m_opened.push_back(title);
    });
  }

 private:
  std::vector<std::string> m_opened;
};

WindowTracker g_tracker;

int main() { run_event_loop(); }
