// Correct (cleanup): a second listener lambda, also capturing `this`, removes
// a window's title when the window closes (through a member function), so the
// vector holds the windows open now.
// expect-no-findings
#include <functional>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
void run_event_loop();  // dispatches events until the session ends

class WindowTracker {
 public:
  WindowTracker() {
    on_event("open", [this](const std::string &title) {
      m_opened.push_back(title);
    });
    on_event("close", [this](const std::string &title) { forget(title); });
  }

 private:
  void forget(const std::string &title) {
    for (size_t i = 0; i < m_opened.size(); i++)
      if (m_opened[i] == title) {
        m_opened.erase(m_opened.begin() + i);
        return;
      }
  }
  std::vector<std::string> m_opened;
};

WindowTracker g_tracker;

int main() { run_event_loop(); }
