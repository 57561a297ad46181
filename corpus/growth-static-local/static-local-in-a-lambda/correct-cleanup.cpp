// Correct: the lambda's static batch is written out and cleared every 64
// events, so it never holds more than 64 of them.
// expect-no-findings

#include <string>
#include <vector>

bool next_event(std::string *event);  // blocks for the next event; false on shutdown
void write_batch(const std::vector<std::string> &batch);

int main() {
  auto record = [](const std::string &event) {
    static std::vector<std::string> batch;
    batch.push_back(event);
    if (batch.size() >= 64) {
      write_batch(batch);
      batch.clear();
    }
  };
  std::string event;
  while (next_event(&event))
    record(event);
  return 0;
}
