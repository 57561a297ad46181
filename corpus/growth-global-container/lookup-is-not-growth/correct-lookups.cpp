// Correct (not growth): the same server only looks up what is already there,
// or uses keys from a fixed set. m[k] after m.count(k), m.contains(k) or
// m.find(k) != m.end() on the same key (before it, left of && in the same
// condition, or as the condition of ?:) finds an existing element; literal
// and enumerator keys, also passed to a helper's parameter by every caller,
// can add one element per constant, ever.
// expect-no-findings
#include <map>
#include <set>
#include <string>
#include <unordered_map>

bool next_request(std::string &client);
enum Phase { kAccept, kRead, kWrite };

std::map<std::string, int> g_known;         // filled at start-up, looked up per request
std::unordered_map<std::string, int> g_quota;
std::map<std::string, long> g_counters;     // a few named counters
std::set<std::string> g_features;
std::map<Phase, long> g_phase_time;
std::map<std::string, int (*)(const std::string &)> g_routes;  // registered at start-up
std::map<std::string, long> g_status;       // counted by name, names are literals
std::map<std::string, int> g_limits;        // filled at start-up, read with ?:

static void count_status(const std::string &name) { g_status[name]++; }

static void load() {
  g_known["admin"] = 1;
  g_quota["admin"] = 10;
  g_limits["admin"] = 100;
}

static void serve(const std::string &client) {
  if (g_known.count(client)) g_known[client]++;
  if (g_quota.find(client) == g_quota.end()) return;
  g_quota[client]--;
  g_counters["requests"]++;
  g_features.insert("keep-alive");
  g_phase_time[kRead] += 1;
  int (*route)(const std::string &) = nullptr;
  if (g_routes.count(client) && (route = g_routes[client]) != nullptr) route(client);
  int limit = g_limits.count(client) ? g_limits[client] : 0;
  count_status(limit > 0 ? "limited" : "unlimited");
  count_status("served");
}

int main() {
  load();
  std::string client;
  while (next_request(client)) serve(client);
}
