// Correct (bounded): the same manager caps both of its vectors before they
// grow, as the notes suggest: the oldest window and the oldest request are
// erased once each holds its named maximum.
// expect-no-findings
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
bool next_request(std::string &out);  // blocks for the next request

constexpr std::size_t kMaxWindows = 64;
constexpr std::size_t kMaxRequests = 1024;

class Manager {
 public:
  Manager() {
    on_event("open", [this](const std::string &w) {
      if (m_windows.size() >= kMaxWindows) m_windows.erase(m_windows.begin());
      m_windows.push_back(w);
    });
  }
  void on_request(const std::string &r) {
    if (m_requests.size() >= kMaxRequests) m_requests.erase(m_requests.begin());
    m_requests.push_back(r);
  }

 private:
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
