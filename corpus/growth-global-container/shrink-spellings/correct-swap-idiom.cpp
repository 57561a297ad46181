// Correct (swap-empty): the outbox is emptied with the swap-with-a-temporary idiom.
// std::vector<std::string>().swap(g_outbox) leaves the global empty and also
// releases its capacity, which clear() does not.

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
      std::vector<std::string>().swap(g_outbox);
    }
  }
  return 0;
}
