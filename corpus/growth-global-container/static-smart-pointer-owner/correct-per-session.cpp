// Correct (per-session): the global pointer gets a fresh manager for every
// session, inside the server's loop, so the vectors of the previous one are
// freed with it and each holds one session's worth.
// expect-no-findings
#include <functional>
#include <memory>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
bool accept_session();  // blocks for the next client session
bool next_request(std::string &out);  // the session's next request; false at its end

class Manager {
 public:
  Manager() {
    on_event("open", [this](const std::string &w) { m_windows.push_back(w); });
  }
  void on_request(const std::string &r) { m_requests.push_back(r); }

 private:
  std::vector<std::string> m_windows;
  std::vector<std::string> m_requests;
};

std::unique_ptr<Manager> g_manager;

int main() {
  std::string r;
  while (accept_session()) {
    g_manager = std::make_unique<Manager>();  // a fresh manager for each session
    while (next_request(r)) g_manager->on_request(r);
  }
}
