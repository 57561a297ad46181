// Mistake: a file-static de-duplication set remembers every payload ever received.
// Each new payload is inserted and none is ever removed, so the set of a
// long-running server grows with the number of distinct requests.

#include <cstddef>
#include <string>
#include <unordered_set>

int read_request(char *buf, std::size_t n);  // bytes read; 0 when the server shuts down
void handle_payload(const std::string &payload);
void reply_duplicate();

static std::unordered_set<std::string> seen_payloads;  // expect-finding: growth-global-container fix=bounded

int main() {
  char buf[4096];
  int n;
  while ((n = read_request(buf, sizeof buf)) > 0) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    std::string payload(buf, static_cast<std::size_t>(n));
    if (seen_payloads.count(payload)) {
      reply_duplicate();
      continue;
    }
    seen_payloads.insert(payload);  // expect-note: 'seen_payloads' grows here (insert)
    handle_payload(payload);
  }
  return 0;
}
