// Correct (weak-reference): the server only observes sessions through weak_ptr.
// The I/O threads own each Session, so it dies when its connection ends;
// expired entries are purged after every accept, keeping the vector small.

// expect-no-findings

#include <algorithm>
#include <memory>
#include <vector>

struct Session {
  explicit Session(int fd) : fd(fd) {}
  int fd;
};

int accept_client();                        // blocks; returns a connected fd or -1
void start_io(std::shared_ptr<Session> s);  // hands the session to the I/O threads

struct Server {
  int port = 8080;
  std::vector<std::weak_ptr<Session>> sessions;
};

static Server g_server;

static bool is_expired(const std::weak_ptr<Session> &w) { return w.expired(); }

int main() {
  while (true) {
    int fd = accept_client();
    if (fd < 0)
      continue;
    auto s = std::make_shared<Session>(fd);
    g_server.sessions.push_back(s);
    start_io(s);
    g_server.sessions.erase(
        std::remove_if(g_server.sessions.begin(), g_server.sessions.end(), is_expired),
        g_server.sessions.end());
  }
}
