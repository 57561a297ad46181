// Correct (bounded): both metrics are capped.
// The hit map starts over once it tracks kMaxPaths distinct paths and the
// latency vector keeps only the newest kMaxLatencies values.

// expect-no-findings

#include <cstddef>
#include <map>
#include <string>
#include <vector>

struct Request {
  std::string path;
  int latency_ms;
};

bool next_request(Request *r);  // blocks for the next completed request
void respond(const Request &r);

namespace metrics {
constexpr std::size_t kMaxPaths = 10000;
std::map<std::string, long> hits_by_path;
}

namespace {
constexpr std::size_t kMaxLatencies = 1000;
std::vector<int> latencies_ms;
}

int main() {
  Request r;
  while (next_request(&r)) {
    if (metrics::hits_by_path.size() >= metrics::kMaxPaths)
      metrics::hits_by_path.clear();
    ++metrics::hits_by_path[r.path];
    latencies_ms.push_back(r.latency_ms);
    if (latencies_ms.size() > kMaxLatencies)
      latencies_ms.erase(latencies_ms.begin());
    respond(r);
  }
  return 0;
}
