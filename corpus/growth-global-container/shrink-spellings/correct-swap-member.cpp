// Correct (swap-empty): the outbox is swapped with an empty local vector before sending.
// After g_outbox.swap(batch) the global is empty and the local batch, which
// is destroyed at the end of the block, holds the messages being sent.

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
      std::vector<std::string> batch;
      g_outbox.swap(batch);
      for (const std::string &m : batch)
        send(m);
    }
  }
  return 0;
}
