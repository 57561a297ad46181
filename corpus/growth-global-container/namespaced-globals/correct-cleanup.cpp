// Correct (cleanup): both metrics are reported and emptied once a minute.
// Each report covers the requests since the previous one, so neither container
// holds more than a minute of traffic.

// expect-no-findings

#include <map>
#include <string>
#include <vector>

struct Request {
  std::string path;
  int latency_ms;
};

bool next_request(Request *r);  // blocks for the next completed request
void respond(const Request &r);
bool minute_elapsed();
void report_hits(const std::string &path, long hits);
void report_latency(int ms);

namespace metrics {
std::map<std::string, long> hits_by_path;
}

namespace {
std::vector<int> latencies_ms;
}

int main() {
  Request r;
  while (next_request(&r)) {
    ++metrics::hits_by_path[r.path];
    latencies_ms.push_back(r.latency_ms);
    respond(r);
    if (!minute_elapsed())
      continue;
    for (const auto &entry : metrics::hits_by_path)
      report_hits(entry.first, entry.second);
    for (int ms : latencies_ms)
      report_latency(ms);
    metrics::hits_by_path.clear();
    latencies_ms.clear();
  }
  return 0;
}
