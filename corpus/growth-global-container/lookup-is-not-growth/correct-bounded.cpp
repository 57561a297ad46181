// Correct (bounded): the hit counts keep at most kMaxHits keys.
// Before a new key is counted, the first entry is evicted once the map holds
// kMaxHits, so a stream of distinct keys cannot grow it for ever.
// expect-no-findings

#include <map>
#include <string>

bool next_request(std::string &client);  // blocks for the next request

std::map<std::string, int> g_hits;
constexpr std::size_t kMaxHits = 1024;  // the most 'g_hits' keeps

int main() {
  std::string client;
  while (next_request(client)) {
    if (g_hits.size() >= kMaxHits) g_hits.erase(g_hits.begin());
    g_hits[client]++;
  }
}
