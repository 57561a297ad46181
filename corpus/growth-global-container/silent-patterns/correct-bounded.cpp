// Correct (bounded): the samples keep the last kMaxSamples values.
// The oldest sample is erased before each new one once kMaxSamples are held.
// expect-no-findings

#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
void publish(int value);
bool over_threshold(int value);
void alert(int value);

std::vector<int> g_samples;
constexpr std::size_t kMaxSamples = 1024;  // the most 'g_samples' keeps

int main() {
  int value;
  while (next_sample(&value)) {
    if (g_samples.size() >= kMaxSamples) g_samples.erase(g_samples.begin());
    g_samples.push_back(value);
    publish(value);
    if (over_threshold(g_samples.back()))
      alert(value);
  }
  return 0;
}
