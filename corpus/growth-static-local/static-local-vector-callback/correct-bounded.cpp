// Correct (bounded): the handler's static samples keep the last kMaxSamples values.
// The oldest value is erased before each new one once kMaxSamples are held.
// expect-no-findings

#include <csignal>
#include <cstddef>
#include <vector>
#include <unistd.h>

int read_queue_depth();
void publish_latest(int depth, std::size_t samples_taken);

static void on_signal(int) {
  static std::vector<int> samples;
  constexpr std::size_t kMaxSamples = 1024;  // the most 'samples' keeps
  if (samples.size() >= kMaxSamples) samples.erase(samples.begin());
  samples.push_back(read_queue_depth());
  publish_latest(samples.back(), samples.size());
}

int main() {
  signal(SIGUSR1, on_signal);
  for (;;)
    pause();
}
