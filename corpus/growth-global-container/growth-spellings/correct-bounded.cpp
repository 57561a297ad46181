// Correct way (bounded): the same spellings of growth, each container capped as
// growlint suggests: the stream is emptied with str("") once it holds
// kMaxTrace characters, each sequence drops its oldest element and each set or
// map is cleared or loses an entry once it holds its maximum.
// expect-no-findings
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

static const std::streamoff kMaxTrace = 1 << 20;
static const std::size_t kMax = 4096;

static std::ostringstream g_trace;
static std::vector<int> g_copied;
static std::deque<int> g_recent;
static std::set<int> g_seen;
static std::vector<char> g_bytes;
static std::vector<int> g_ranges;
static std::map<int, std::vector<std::string>> g_pending;
static std::vector<int> g_ids;

int main() {
  const std::vector<int> batch{1, 2, 3};
  for (;;) {
    std::string req = next_request();
    g_trace << req << '\n';
    if (g_trace.tellp() >= kMaxTrace) g_trace.str("");
    if (g_copied.size() >= kMax) g_copied.erase(g_copied.begin());
    std::copy(batch.begin(), batch.end(), std::back_inserter(g_copied));
    if (g_recent.size() >= kMax) g_recent.pop_back();
    std::copy(batch.begin(), batch.end(), std::front_inserter(g_recent));
    if (g_seen.size() >= kMax) g_seen.clear();
    std::copy(batch.begin(), batch.end(), std::inserter(g_seen, g_seen.end()));
    if (g_bytes.size() >= kMax) g_bytes.erase(g_bytes.begin());
    g_bytes.resize(g_bytes.size() + req.size());
    if (g_ranges.size() >= kMax) g_ranges.erase(g_ranges.begin());
    g_ranges.insert(g_ranges.end(), batch.begin(), batch.end());
    if (g_pending.size() >= kMax) g_pending.erase(g_pending.begin());
    g_pending[next_client()].push_back(req);
    if (g_ids.size() >= kMax) g_ids.erase(g_ids.begin());
    g_ids.push_back(static_cast<int>(req.size()));
    if (std::begin(g_ids) != std::end(g_ids)) send_size(std::size(g_ids), std::data(g_ids));
  }
}
