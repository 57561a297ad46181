// Correct (startup-only): the global is filled by a range-for over a fixed table at start-up.
// A range-for is bounded by the table it walks, so g_metrics gets exactly one
// entry per name and the main loop never adds to it.

// expect-no-findings

#include <string>
#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
void publish(const std::string &metric, int value);

static const char *const kMetricNames[] = {"cpu", "memory", "disk", "network"};
std::vector<std::string> g_metrics;

int main() {
  for (const char *name : kMetricNames)
    g_metrics.push_back(name);
  int value;
  while (next_sample(&value)) {
    for (const std::string &metric : g_metrics)
      publish(metric, value);
  }
  return 0;
}
