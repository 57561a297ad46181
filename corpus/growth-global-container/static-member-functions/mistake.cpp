// Mistake: a static member function appends to a global on every request.
// Audit::record is called as Audit::record(...) from the request loop; it is
// an ordinary call, and the vector it feeds is never trimmed.
#include <string>
#include <vector>

bool next_request(std::string &out);

std::vector<std::string> g_audit;  // expect-finding: growth-global-container fix=bounded

struct Audit {
  static void record(const std::string &what) { g_audit.push_back(what); }  // expect-note: 'g_audit' grows here (push_back)
};

int main() {
  std::string req;
  while (next_request(req)) Audit::record(req);  // expect-note: 'Audit::record' is called here by 'main', inside a loop that repeats for every input it reads  // expect-note: this loop repeats for every input it reads, so the growth repeats
}
