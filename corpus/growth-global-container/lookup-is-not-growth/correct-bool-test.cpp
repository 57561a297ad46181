// Correct (not growth): operator[] whose element is only tested. A gateway
// reads its upstreams from the configuration once; for each request it asks
// whether the request's service has an upstream, a retry plan, a quota, a
// hook: !g_x[s], if (g_x[s]), g_x[s] ? a : b, g_x[s] && ..., through the
// value type's own operator bool (explicit or not) or operator!, through
// std::shared_ptr, std::unique_ptr and std::function, then reads the element
// with const calls, also one level down (a zone's upstream of a service:
// g_zones[s][zone]). Testing an element reads it: at most operator[] adds an
// empty one for a service the program asks about, as a read does.
// expect-no-findings
#include <functional>
#include <map>
#include <memory>
#include <string>

struct Upstream {
  std::string host;
  int port;
};

// A pointer the program owns itself, tested through a non-explicit operator bool.
template <class T>
class Ref {
 public:
  Ref() = default;
  explicit Ref(T *p) : p_(p) {}
  operator bool() const { return p_ != nullptr; }
  T *get() const { return p_; }

 private:
  T *p_ = nullptr;
};

// A retry plan: true when it has attempts left to make.
class RetryPlan {
 public:
  RetryPlan() = default;
  explicit RetryPlan(int attempts) : attempts_(attempts) {}
  explicit operator bool() const { return attempts_ > 0; }
  int attempts() const { return attempts_; }

 private:
  int attempts_ = 0;
};

// A quota tested with operator! only (no conversion to bool).
class Quota {
 public:
  Quota() = default;
  explicit Quota(long per_minute) : per_minute_(per_minute) {}
  bool operator!() const { return per_minute_ == 0; }
  long per_minute() const { return per_minute_; }

 private:
  long per_minute_ = 0;
};

bool next_config(std::string &service, std::string &host, int &port);
bool next_request(std::string &service);
void forward(const Upstream *to, int attempts, long per_minute);
void refuse(const std::string &service);
std::string zone_of(const std::string &service);

static std::map<std::string, Ref<Upstream>> g_upstreams;
static std::map<std::string, std::shared_ptr<Upstream>> g_fallbacks;
static std::map<std::string, std::unique_ptr<Upstream>> g_mirrors;
static std::map<std::string, RetryPlan> g_retries;
static std::map<std::string, Quota> g_quotas;
static std::map<std::string, std::function<void(const std::string &)>> g_hooks;
static std::map<std::string, std::map<std::string, std::shared_ptr<Upstream>>> g_zones;

static void load_config() {
  std::string service, host;
  int port = 0;
  while (next_config(service, host, port)) {
    g_upstreams[service] = Ref<Upstream>(new Upstream{host, port});
    g_fallbacks[service] = std::make_shared<Upstream>(Upstream{host, port + 1});
    g_mirrors[service] = std::make_unique<Upstream>(Upstream{host, port + 2});
    g_retries[service] = RetryPlan(3);
    g_quotas[service] = Quota(600);
    g_hooks[service] = refuse;
    g_zones[service][zone_of(host)] = std::make_shared<Upstream>(Upstream{host, port + 3});
  }
}

int main() {
  load_config();
  std::string s;
  while (next_request(s)) {
    if (!g_upstreams[s]) {
      refuse(s);
      continue;
    }
    if (!g_quotas[s]) continue;
    if (g_hooks[s]) g_hooks[s](s);
    const Upstream *to = g_fallbacks[s] && !g_retries[s] ? g_fallbacks[s].get() : g_upstreams[s].get();
    if (g_mirrors[s]) forward(g_mirrors[s].get(), 1, 0);
    if (!g_zones[s][zone_of(s)]) refuse(s);
    const Upstream *near = g_zones[s][zone_of(s)].get();
    bool retry = static_cast<bool>(g_retries[s]);
    bool known = g_upstreams[s];
    forward(near ? near : to, retry && known ? g_retries[s].attempts() : 1, g_quotas[s].per_minute());
  }
}
