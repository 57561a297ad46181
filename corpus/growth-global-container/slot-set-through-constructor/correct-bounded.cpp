// Correct (bounded): the serving loop still dispatches through the table, but g_hits is capped.
// record_hit erases the oldest hit once g_hits holds kMaxHits.
// expect-no-findings
#include <functional>
#include <string>
#include <vector>

static std::vector<std::string> g_hits;

std::string next_request();
void reply(const std::string &text);

using handler_fn = void (*)(const std::string &);

struct handler_t {
  const char *prefix;
  std::function<void(const std::string &)> run;
  bool admin = false;

  handler_t(const char *prefix, handler_fn run, bool admin = false) : prefix(prefix), run(run), admin(admin) {}
};

static const size_t kMaxHits = 1000;

static void record_hit(const std::string &req) {
  if (g_hits.size() >= kMaxHits) g_hits.erase(g_hits.begin());
  g_hits.push_back(req);
}
static void say_hello(const std::string &req) { reply("hello " + req); }

static const handler_t s_handlers[]{
    {"hit", record_hit},
    {"hello", say_hello},
};

int main() {
  for (;;) {
    std::string req = next_request();
    for (const auto &h : s_handlers)
      if (req.compare(0, std::string(h.prefix).size(), h.prefix) == 0) h.run(req);
  }
}
