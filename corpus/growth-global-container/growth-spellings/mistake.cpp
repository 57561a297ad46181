// Mistake: more ways to grow a container than push_back. Each request writes to
// a string stream, copies through insert iterators, grows a buffer by its own
// size, appends a range at the end, and queues a message per client; reading the
// log with std::begin / std::size / std::data does not hand it out. Nothing is
// ever removed.
#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

std::string next_request();
int next_client();
void send_size(std::size_t n, const int *first);

static std::ostringstream g_trace;                          // expect-finding: growth-global-container fix=bounded
static std::vector<int> g_copied;                           // expect-finding: growth-global-container fix=bounded
static std::deque<int> g_recent;                            // expect-finding: growth-global-container fix=bounded
static std::set<int> g_seen;                                // expect-finding: growth-global-container fix=bounded
static std::vector<char> g_bytes;                           // expect-finding: growth-global-container fix=bounded
static std::vector<int> g_ranges;                           // expect-finding: growth-global-container fix=bounded
static std::map<int, std::vector<std::string>> g_pending;   // expect-finding: growth-global-container fix=bounded
static std::vector<int> g_ids;                              // expect-finding: growth-global-container fix=bounded

int main() {
  const std::vector<int> batch{1, 2, 3};
  for (;;) {  // expect-note x8: this loop never ends, so the growth repeats
    std::string req = next_request();
    g_trace << req << '\n';  // expect-note: 'g_trace' grows here (operator<<)
    std::copy(batch.begin(), batch.end(), std::back_inserter(g_copied));  // expect-note: 'g_copied' grows here (back_inserter)
    std::copy(batch.begin(), batch.end(), std::front_inserter(g_recent));  // expect-note: 'g_recent' grows here (front_inserter)
    std::copy(batch.begin(), batch.end(), std::inserter(g_seen, g_seen.end()));  // expect-note: 'g_seen' grows here (inserter)
    g_bytes.resize(g_bytes.size() + req.size());  // expect-note: 'g_bytes' grows here (resize)
    g_ranges.insert(g_ranges.end(), batch.begin(), batch.end());  // expect-note: 'g_ranges' grows here (insert)
    g_pending[next_client()].push_back(req);  // expect-note: 'g_pending' grows here (operator[])
    g_ids.push_back(static_cast<int>(req.size()));  // expect-note: 'g_ids' grows here (push_back)
    if (std::begin(g_ids) != std::end(g_ids)) send_size(std::size(g_ids), std::data(g_ids));
  }
}
