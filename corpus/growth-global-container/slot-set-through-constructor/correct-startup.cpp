// Correct (startup-only): the same table, walked once at start-up: each handler runs once.
// The constructor stores each function in the std::function field; main calls
// through that field in a loop over the table that ends, so g_hits gains at
// most one element per table entry.
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

static void record_hit(const std::string &req) { g_hits.push_back(req); }
static void say_hello(const std::string &req) { reply("hello " + req); }

static const handler_t s_handlers[]{
    {"hit", record_hit},
    {"hello", say_hello},
};

int main() {
  for (const auto &h : s_handlers)
    if (!h.admin) h.run("self-test");
  for (;;) reply(next_request());
}
