// Correct (cleanup): a static member helper empties the queue it is given.
// Util::drain(g_pending, n) takes the container by reference and clears it,
// so every batch is released.
// expect-no-findings
#include <vector>

int next_value();
void send(int v);

std::vector<int> g_pending;

struct Util {
  static void drain(std::vector<int> &v, int limit) {
    for (int x : v) send(x + limit);
    v.clear();
  }
};

int main() {
  for (;;) {
    g_pending.push_back(next_value());
    Util::drain(g_pending, 0);
  }
}
