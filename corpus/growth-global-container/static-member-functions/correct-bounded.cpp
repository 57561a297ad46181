// Correct (bounded): the audit trail keeps its last kMaxAudit records.
// Audit::record erases the oldest record before it appends once kMaxAudit
// records are held.
// expect-no-findings

#include <cstddef>
#include <string>
#include <vector>

bool next_request(std::string &out);

std::vector<std::string> g_audit;
constexpr std::size_t kMaxAudit = 1024;  // the most 'g_audit' keeps

struct Audit {
  static void record(const std::string &what) {
    if (g_audit.size() >= kMaxAudit) g_audit.erase(g_audit.begin());
    g_audit.push_back(what);
  }
};

int main() {
  std::string req;
  while (next_request(req)) Audit::record(req);
}
