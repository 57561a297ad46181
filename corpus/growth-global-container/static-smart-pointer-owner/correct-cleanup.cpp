// Correct (cleanup): the manager owned by the global pointer forgets a window
// when its close event comes (a second listener capturing `this`) and
// empties its request log on a "flush" request.
// expect-no-findings
#include <functional>
#include <memory>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
bool next_request(std::string &out);  // blocks for the next request

class Manager {
 public:
  Manager() {
    on_event("open", [this](const std::string &w) { m_windows.push_back(w); });
    on_event("close", [this](const std::string &w) { forget(w); });
  }
  void on_request(const std::string &r) {
    m_requests.push_back(r);
    if (r == "flush") m_requests.clear();
  }

 private:
  void forget(const std::string &w) {
    for (auto it = m_windows.begin(); it != m_windows.end(); ++it)
      if (*it == w) {
        m_windows.erase(it);
        return;
      }
  }
  std::vector<std::string> m_windows;
  std::vector<std::string> m_requests;
};

std::unique_ptr<Manager> g_manager;

int main() {
  g_manager = std::make_unique<Manager>();
  std::string r;
  while (next_request(r)) g_manager->on_request(r);
  g_manager.reset();
}
