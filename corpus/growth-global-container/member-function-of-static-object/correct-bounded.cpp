// Correct (bounded): the server keeps its last kMaxHistory messages.
// Before each message is stored the oldest is erased once the history holds
// kMaxHistory, so it stays that size however long the server runs.
// expect-no-findings

#include <cstddef>
#include <string>
#include <vector>

constexpr std::size_t kMaxHistory = 1024;  // the most messages a server keeps

bool next_message(std::string &out);
void deliver(const std::string &msg);

class Server {
 public:
  void on_message(const std::string &msg) {
    if (history.size() >= kMaxHistory) history.erase(history.begin());
    history.push_back(msg);  // grows through `this`, at most to kMaxHistory
    deliver(msg);
  }

 private:
  std::vector<std::string> history;
};

static Server g_server;

int main() {
  std::string msg;
  while (next_message(msg)) g_server.on_message(msg);
}
