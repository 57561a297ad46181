// Correct (local): the samples of one window live in a local vector inside the loop.
// The vector is destroyed at the end of every pass, so nothing accumulates
// across iterations.

// expect-no-findings

#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
bool window_elapsed();
void publish_average(double avg);

int main() {
  int value;
  while (next_sample(&value)) {
    std::vector<int> window;
    window.push_back(value);
    while (!window_elapsed() && next_sample(&value))
      window.push_back(value);
    long total = 0;
    for (int v : window)
      total += v;
    publish_average(static_cast<double>(total) / static_cast<double>(window.size()));
  }
  return 0;
}
