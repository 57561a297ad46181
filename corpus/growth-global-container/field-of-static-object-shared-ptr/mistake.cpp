// Mistake: the static server object keeps a shared_ptr to every session it ever accepted.
// The vector co-owns each Session, so a finished session is never destroyed
// and g_server.sessions grows by one element per connection.

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
  std::vector<std::shared_ptr<Session>> sessions;  // expect-finding: growth-global-container fix=weak-reference
};

static Server g_server;  // expect-note: 'g_server' is the static object that holds it

int main() {
  while (true) {  // expect-note: this loop never ends, so the growth repeats
    int fd = accept_client();
    if (fd < 0)
      continue;
    g_server.sessions.push_back(std::make_shared<Session>(fd));  // expect-note: 'g_server.sessions' grows here (push_back)
    start_io(g_server.sessions.back());
  }
}
