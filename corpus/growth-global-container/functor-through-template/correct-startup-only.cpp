// Correct (startup-only): the function object goes through the template
// visitor once, at start-up, for the first batch: its operator() runs only
// there, so the map holds the peers of one batch.
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

struct Account {
  void operator()(Conn &c) { g_traffic[c.peer] += c.bytes; }
};

void serve(const Batch &seed);  // runs the server on the peers seen at start-up

int main() {
  Account account;
  Batch batch;
  if (poll_connections(batch.conns)) batch.each(account);
  serve(batch);
}
