// Mistake: every Session registers itself in a global vector and never unregisters.
// A Session is constructed on each pass of the accept loop; its constructor
// pushes `this`, so the vector grows per connection and fills with dangling pointers.

#include <cstddef>
#include <vector>

int accept_fd();  // blocks for the next client connection
void serve(int fd);
void report_sessions(std::size_t count);

class Session;
std::vector<Session *> g_all_sessions;  // expect-finding: growth-global-container fix=weak-reference

class Session {
public:
  explicit Session(int fd) : fd_(fd) { g_all_sessions.push_back(this); }  // expect-note: 'g_all_sessions' grows here (push_back)
  void run() { serve(fd_); }

private:
  int fd_;
};

int main() {
  while (true) {  // expect-note: this loop never ends, so the growth repeats
    Session s(accept_fd());  // expect-note: 'Session::Session' is called here by 'main', inside a loop that never ends
    s.run();
    report_sessions(g_all_sessions.size());
  }
}
