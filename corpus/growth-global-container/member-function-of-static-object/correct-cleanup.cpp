// Correct (cleanup): the same server empties its field once a batch is delivered.
// flush() runs through `this` on the same static object, so `history` is
// released after every batch.
// expect-no-findings
#include <string>
#include <vector>

bool next_message(std::string &out);
void deliver(const std::string &msg);

class Server {
 public:
  void on_message(const std::string &msg) { history.push_back(msg); }
  void flush() {
    for (const auto &m : history) deliver(m);
    history.clear();
  }

 private:
  std::vector<std::string> history;
};

static Server g_server;

int main() {
  std::string msg;
  while (next_message(msg)) {
    g_server.on_message(msg);
    g_server.flush();
  }
}
