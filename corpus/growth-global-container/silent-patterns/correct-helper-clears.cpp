// Correct (helper-clears): a helper defined in the program empties the global after each window.
// reset() takes the vector by non-const reference and clears it, so the global
// only ever holds one window of samples.

// expect-no-findings

#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
bool window_elapsed();
void publish_average(double avg);

std::vector<int> g_samples;

static double average(const std::vector<int> &v) {
  long total = 0;
  for (int x : v)
    total += x;
  return v.empty() ? 0.0 : static_cast<double>(total) / static_cast<double>(v.size());
}

static void reset(std::vector<int> &v) { v.clear(); }

int main() {
  int value;
  while (next_sample(&value)) {
    g_samples.push_back(value);
    if (window_elapsed()) {
      publish_average(average(g_samples));
      reset(g_samples);
    }
  }
  return 0;
}
