// Correct (bounded): the function object handed to the template visitor
// evicts an entry before it adds one past kMaxPeers, so the map stays small.
// expect-no-findings
#include <map>
#include <string>
#include <vector>

struct Conn {
  std::string peer;
  long bytes;
};

bool poll_connections(std::vector<Conn> &out);  // blocks for the next batch

std::map<std::string, long> g_traffic;

class Batch {
 public:
  template <typename F>
  void each(F &visit) {
    for (Conn &c : conns) visit(c);
  }
  std::vector<Conn> conns;
};

const size_t kMaxPeers = 10000;

struct Account {
  void operator()(Conn &c) {
    if (g_traffic.size() >= kMaxPeers) g_traffic.erase(g_traffic.begin());
    g_traffic[c.peer] += c.bytes;
  }
};

int main() {
  Account account;
  for (;;) {
    Batch batch;
    if (!poll_connections(batch.conns)) continue;
    batch.each(account);
  }
}
