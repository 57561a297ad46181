// Mistake: an outbox is sent in full each time it is due, but never emptied.
// Every message is appended and every send walks the whole vector again, so
// old messages are re-sent and g_outbox grows for the life of the process.

#include <string>
#include <vector>

bool next_message(std::string *msg);  // blocks for the next outgoing message
bool send_due();                      // true every few seconds
void send(const std::string &msg);

std::vector<std::string> g_outbox;  // expect-finding: growth-global-container fix=cleanup

int main() {
  std::string msg;
  while (next_message(&msg)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_outbox.push_back(msg);  // expect-note: 'g_outbox' grows here (push_back)
    if (send_due()) {
      for (const std::string &m : g_outbox)
        send(m);
    }
  }
  return 0;
}
