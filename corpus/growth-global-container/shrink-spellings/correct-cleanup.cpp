// Correct (cleanup): the outbox is cleared once it has been sent.
// g_outbox.clear() right after the loop that sends it empties the batch, so
// each send covers only the messages since the previous one.

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
      g_outbox.clear();
    }
  }
  return 0;
}
