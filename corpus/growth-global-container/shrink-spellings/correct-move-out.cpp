// Correct (move-out): the outbox is moved into a local batch before sending.
// A vector that has been move-constructed from is left empty, so each batch
// leaves the global with nothing in it.

// expect-no-findings

#include <string>
#include <utility>
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
      std::vector<std::string> batch = std::move(g_outbox);
      for (const std::string &m : batch)
        send(m);
    }
  }
  return 0;
}
