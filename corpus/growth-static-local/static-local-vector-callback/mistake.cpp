// Mistake: a signal handler keeps every sample in a function-local static vector.
// on_signal is installed with signal(), so it runs each time SIGUSR1 arrives
// for the life of the daemon, and the vector is never emptied.

#include <csignal>
#include <cstddef>
#include <vector>
#include <unistd.h>

int read_queue_depth();
void publish_latest(int depth, std::size_t samples_taken);

static void on_signal(int) {
  static std::vector<int> samples;  // expect-finding: growth-static-local fix=bounded
  samples.push_back(read_queue_depth());  // expect-note: 'samples' grows here (push_back)
  publish_latest(samples.back(), samples.size());
}

int main() {
  signal(SIGUSR1, on_signal);  // expect-note: 'on_signal' is long-lived: the address of 'on_signal' is registered with 'signal' as a long-lived callback
  for (;;)
    pause();
}
