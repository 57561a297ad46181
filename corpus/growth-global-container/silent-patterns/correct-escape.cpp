// Correct (escape): the global is handed by non-const reference to code the checker cannot see.
// external_flush() is defined in a library outside the program and may well
// empty the vector, so growlint stays silent rather than guess.

// expect-no-findings

#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
bool window_elapsed();
void external_flush(std::vector<int> &samples);  // metrics library: ships and clears them

std::vector<int> g_samples;

int main() {
  int value;
  while (next_sample(&value)) {
    g_samples.push_back(value);
    if (window_elapsed())
      external_flush(g_samples);
  }
  return 0;
}
