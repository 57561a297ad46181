// Correct (cleanup): the handler publishes the average of each batch and empties it.
// Once a minute the samples taken since the last publication are averaged and
// cleared, so the vector holds at most one minute of samples.

// expect-no-findings

#include <csignal>
#include <cstddef>
#include <vector>
#include <unistd.h>

int read_queue_depth();
bool publish_due();  // true once a minute
void publish_average(double depth);

static void on_signal(int) {
  static std::vector<int> samples;
  samples.push_back(read_queue_depth());
  if (!publish_due())
    return;
  long total = 0;
  for (int depth : samples)
    total += depth;
  publish_average(static_cast<double>(total) / static_cast<double>(samples.size()));
  samples.clear();
}

int main() {
  signal(SIGUSR1, on_signal);
  for (;;)
    pause();
}
