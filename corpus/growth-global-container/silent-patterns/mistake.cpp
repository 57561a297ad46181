// Mistake: a metrics agent appends every sample to a global vector in its main loop.
// The while loop runs until the agent is stopped and no sample is ever dropped,
// so g_samples grows by one int per sample for the life of the process.

#include <vector>

bool next_sample(int *value);  // blocks for the next sample; false on shutdown
void publish(int value);
bool over_threshold(int value);
void alert(int value);

std::vector<int> g_samples;  // expect-finding: growth-global-container fix=bounded

int main() {
  int value;
  while (next_sample(&value)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_samples.push_back(value);  // expect-note: 'g_samples' grows here (push_back)
    publish(value);
    if (over_threshold(g_samples.back()))
      alert(value);
  }
  return 0;
}
