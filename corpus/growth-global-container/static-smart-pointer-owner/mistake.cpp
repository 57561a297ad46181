// Mistake: the manager is created once and owned by a global std::unique_ptr;
// its constructor registers a listener lambda capturing `this` that records
// every window it is told about, and main feeds it requests through the
// pointer. The owned object lives as long as the process: so do its vectors.
#include <functional>
#include <memory>
#include <string>
#include <vector>

void on_event(const char *name, std::function<void(const std::string &)> fn);  // keeps fn
bool next_request(std::string &out);  // blocks for the next request

class Manager {
 public:
  Manager() {
    on_event("open", [this](const std::string &w) { m_windows.push_back(w); });  // expect-note: 'g_manager->m_windows' grows here (push_back) // expect-note: 'lambda at mistake.cpp:16' is long-lived: the lambda is passed to 'on_event', which may call it at any time
  }
  void on_request(const std::string &r) { m_requests.push_back(r); }

 private:
  std::vector<std::string> m_windows;  // expect-finding: growth-global-container fix=bounded
  std::vector<std::string> m_requests;  // expect-finding: growth-global-container fix=bounded
};

std::unique_ptr<Manager> g_manager;  // expect-note x2: 'g_manager' is the static object that holds it

int main() {
  g_manager = std::make_unique<Manager>();
  std::string r;
  while (next_request(r)) g_manager->on_request(r);  // expect-note: 'g_manager->m_requests' grows here (push_back in Manager::on_request) // expect-note: this loop repeats for every input it reads, so the growth repeats
  g_manager.reset();  // at shutdown: not a reset of what it owned while running
}
