// Correct (std-swap): std::swap moves the outbox into a local batch and leaves it empty.
// The batch is sent and destroyed at the end of the block; the global starts
// over from nothing.

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
      std::vector<std::string> batch;
      std::swap(batch, g_outbox);
      for (const std::string &m : batch)
        send(m);
    }
  }
  return 0;
}
