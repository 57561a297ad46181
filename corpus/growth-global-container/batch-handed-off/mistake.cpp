// Mistake: every request's job goes into a pending batch, and every eighth
// request the batch is handed to the worker's queue by copying its elements;
// the batch itself is never emptied, so it keeps every job ever queued.
#include <list>
#include <string>

using Job = std::string;

static std::list<Job> g_pending;  // expect-finding: growth-global-container fix=cleanup

bool next_request(std::string &text);  // blocks for the next request
void run_all(std::list<Job> &queue);  // runs and removes every job of the queue

static void hand_off(std::list<Job> &queue, std::list<Job> &batch) {
  queue.insert(queue.end(), batch.begin(), batch.end());
}

int main() {
  std::list<Job> queue;
  std::string text;
  unsigned n = 0;
  while (next_request(text)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_pending.push_back(text);  // expect-note: 'g_pending' grows here (push_back)
    if (++n % 8 == 0) {
      hand_off(queue, g_pending);
      run_all(queue);
    }
  }
}
