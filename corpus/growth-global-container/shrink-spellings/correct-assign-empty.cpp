// Correct (assign-empty): the outbox is reset by assigning an empty list after sending.
// g_outbox = {} replaces the contents with nothing, which is as good as
// clear() for bounding the vector.

// expect-no-findings

#include <string>
#include <vector>

bool next_message(std::string *msg);  // blocks for the next outgoing message
bool send_due();                      // true every few seconds
void send(const std::string &msg);

std::vector<std::string> g_outbox;

int main() {
  std::string msg;
  while (next_message(&msg)) {
    g_outbox.push_back(msg);
    if (send_due()) {
      for (const std::string &m : g_outbox)
        send(m);
      g_outbox = {};
    }
  }
  return 0;
}
