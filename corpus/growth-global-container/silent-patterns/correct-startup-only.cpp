// Correct (startup-only): the global is filled once, by a bounded loop before the main loop.
// Ten thresholds are loaded at start-up; the main loop only reads them, so the
// vector's size is fixed for the rest of the run.

// expect-no-findings

#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
void publish(int value);
int read_threshold(int level);
void alert(int value, int level);

std::vector<int> g_thresholds;

int main() {
  for (int level = 0; level < 10; ++level)
    g_thresholds.push_back(read_threshold(level));
  int value;
  while (next_sample(&value)) {
    publish(value);
    int level = 0;
    for (int limit : g_thresholds) {
      if (value > limit)
        alert(value, level);
      ++level;
    }
  }
  return 0;
}
