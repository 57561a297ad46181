// Correct (bounded): the de-duplication set is emptied once it reaches a cap.
// Forgetting old payloads means a very late duplicate is handled twice, but
// the set never holds more than kMaxSeen entries.

// expect-no-findings

#include <cstddef>
#include <string>
#include <unordered_set>

int read_request(char *buf, std::size_t n);  // bytes read; 0 when the server shuts down
void handle_payload(const std::string &payload);
void reply_duplicate();

constexpr std::size_t kMaxSeen = 100000;
static std::unordered_set<std::string> seen_payloads;

int main() {
  char buf[4096];
  int n;
  while ((n = read_request(buf, sizeof buf)) > 0) {
    std::string payload(buf, static_cast<std::size_t>(n));
    if (seen_payloads.count(payload)) {
      reply_duplicate();
      continue;
    }
    if (seen_payloads.size() >= kMaxSeen)
      seen_payloads.clear();
    seen_payloads.insert(payload);
    handle_payload(payload);
  }
  return 0;
}
