// Mistake: the main loop counts the requests it serves and leaves only when the peer hangs up, logging every one.
// `while (true)` with a counter and a `break` is not a walk to a sentinel: the counter is not what
// the loop reads (served++ stands alone), so the loop runs for every request the server is sent.
#include <string>
#include <vector>

static std::vector<std::string> g_log;  // expect-finding: growth-global-container fix=bounded

std::string next_request();  // blocks; empty once the peer hangs up
void reply(const std::string &request, int served);

int main() {
  int served = 0;
  while (true) {  // expect-note: this loop never ends, so the growth repeats
    std::string request = next_request();
    if (request.empty()) break;
    g_log.push_back(request);  // expect-note: 'g_log' grows here (push_back)
    served++;
    reply(request, served);
  }
}
