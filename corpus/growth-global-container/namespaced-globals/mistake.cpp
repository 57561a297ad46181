// Mistake: a named-namespace map and an anonymous-namespace vector both grow per request.
// Request paths come from clients, so the hit map gains a key per distinct URL,
// and the latency vector gains an element per request; neither is ever trimmed.

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
std::map<std::string, long> hits_by_path;  // expect-finding: growth-global-container fix=bounded
}

namespace {
std::vector<int> latencies_ms;  // expect-finding: growth-global-container fix=bounded
}

int main() {
  Request r;
  while (next_request(&r)) {  // expect-note x2: this loop repeats for every input it reads, so the growth repeats
    ++metrics::hits_by_path[r.path];  // expect-note: 'hits_by_path' grows here (operator[])
    latencies_ms.push_back(r.latency_ms);  // expect-note: 'latencies_ms' grows here (push_back)
    respond(r);
  }
  return 0;
}
