// Correct (weak-reference): the destructor removes the Session from the global registry.
// Registration and unregistration are paired, so g_all_sessions only lists the
// sessions that are alive right now.

// expect-no-findings

#include <algorithm>
#include <cstddef>
#include <vector>

int accept_fd();  // blocks for the next client connection
void serve(int fd);
void report_sessions(std::size_t count);

class Session;
std::vector<Session *> g_all_sessions;

class Session {
public:
  explicit Session(int fd) : fd_(fd) { g_all_sessions.push_back(this); }
  ~Session() {
    g_all_sessions.erase(std::remove(g_all_sessions.begin(), g_all_sessions.end(), this),
                         g_all_sessions.end());
  }
  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;
  void run() { serve(fd_); }

private:
  int fd_;
};

int main() {
  while (true) {
    Session s(accept_fd());
    s.run();
    report_sessions(g_all_sessions.size());
  }
}
