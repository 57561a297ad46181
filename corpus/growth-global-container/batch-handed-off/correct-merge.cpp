// Correct (cleanup): the same batch, kept sorted, is merged into the sorted
// queue; merge moves every element out of its argument, so the batch is
// empty after each hand-off.
// expect-no-findings
#include <list>
#include <string>

static std::list<std::string> g_pending;

bool next_request(std::string &text);  // blocks for the next request
void run_all(std::list<std::string> &queue);  // runs and removes every job of the queue

int main() {
  std::list<std::string> queue;
  std::string text;
  unsigned n = 0;
  while (next_request(text)) {
    g_pending.push_back(text);
    if (++n % 8 == 0) {
      g_pending.sort();
      queue.merge(g_pending);
      run_all(queue);
    }
  }
}
