// Correct (cleanup): the batch is handed to the worker's queue with splice,
// which moves its elements: after each hand-off the batch is empty again.
// expect-no-findings
#include <list>
#include <string>

using Job = std::string;

static std::list<Job> g_pending;

bool next_request(std::string &text);  // blocks for the next request
void run_all(std::list<Job> &queue);  // runs and removes every job of the queue

static void hand_off(std::list<Job> &queue, std::list<Job> &batch) {
  queue.splice(queue.end(), batch);
}

int main() {
  std::list<Job> queue;
  std::string text;
  unsigned n = 0;
  while (next_request(text)) {
    g_pending.push_back(text);
    if (++n % 8 == 0) {
      hand_off(queue, g_pending);
      run_all(queue);
    }
  }
}
