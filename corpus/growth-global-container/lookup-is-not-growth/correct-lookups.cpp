// Correct (not growth): the same server only looks up what is already there,
// or uses keys from a fixed set. m[k] after m.count(k), m.contains(k) or
// m.find(k) != m.end() on the same key (before it, or left of && in the same
// condition) finds an existing element; literal and
// enumerator keys can add one element per constant, ever.
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

static void load() {
  g_known["admin"] = 1;
  g_quota["admin"] = 10;
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
}

int main() {
  load();
  std::string client;
  while (next_request(client)) serve(client);
}
