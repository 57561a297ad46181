// Correct (bounded): the lambda's static vector keeps the last kMaxSeen names.
// The oldest name is erased before each new one once kMaxSeen are held.
// expect-no-findings

#include <string>
#include <vector>

bool next_event(std::string *event);  // blocks for the next event; false on shutdown
void handle(const std::string &event);

int main() {
  auto record = [](const std::string &event) {
    static std::vector<std::string> seen;
    constexpr std::size_t kMaxSeen = 1024;  // the most 'seen' keeps
    if (seen.size() >= kMaxSeen) seen.erase(seen.begin());
    seen.push_back(event);
  };
  std::string event;
  while (next_event(&event)) {
    record(event);
    handle(event);
  }
  return 0;
}
