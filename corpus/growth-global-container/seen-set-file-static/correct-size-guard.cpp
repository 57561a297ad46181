// Correct (size-guard): a payload is remembered only while the set is below its cap.
// The size check before insert() bounds the set at kMaxSeen entries; past the
// cap new payloads are still handled, just not de-duplicated.

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
    if (seen_payloads.size() < kMaxSeen)
      seen_payloads.insert(payload);
    handle_payload(payload);
  }
  return 0;
}
