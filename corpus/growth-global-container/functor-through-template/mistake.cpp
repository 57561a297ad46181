// Mistake: a named function object is handed to a template visitor, which
// calls it for every connection of each batch; its operator() adds up the
// traffic per peer in a global map that nothing ever trims.
#include <map>
#include <string>
#include <vector>

struct Conn {
  std::string peer;
  long bytes;
};

bool poll_connections(std::vector<Conn> &out);  // blocks for the next batch

std::map<std::string, long> g_traffic;  // expect-finding: growth-global-container fix=bounded

class Batch {
 public:
  template <typename F>
  void each(F &visit) {
    for (Conn &c : conns) visit(c);
  }
  std::vector<Conn> conns;
};

struct Account {
  void operator()(Conn &c) { g_traffic[c.peer] += c.bytes; }  // expect-note: 'g_traffic' grows here (operator[])
};

int main() {
  Account account;
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    Batch batch;
    if (!poll_connections(batch.conns)) continue;
    batch.each(account);  // expect-note: 'Account::operator()' is called here by 'main', inside a loop that never ends
  }
}
