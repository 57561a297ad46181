// Mistake: a table of request handlers built through a constructor, dispatched by the serving loop.
// Each handler_t stores its function in a std::function field through its
// constructor's parameter; the loop calls through that field for every
// request, so record_hit appends to g_hits for as long as the server runs.
#include <functional>
#include <string>
#include <vector>

static std::vector<std::string> g_hits;  // expect-finding: growth-global-container fix=bounded

std::string next_request();
void reply(const std::string &text);

using handler_fn = void (*)(const std::string &);

struct handler_t {
  const char *prefix;
  std::function<void(const std::string &)> run;
  bool admin = false;

  handler_t(const char *prefix, handler_fn run, bool admin = false) : prefix(prefix), run(run), admin(admin) {}
};

static void record_hit(const std::string &req) { g_hits.push_back(req); }  // expect-note: 'g_hits' grows here (push_back)
static void say_hello(const std::string &req) { reply("hello " + req); }

static const handler_t s_handlers[]{
    {"hit", record_hit},
    {"hello", say_hello},
};

int main() {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    std::string req = next_request();
    for (const auto &h : s_handlers)
      if (req.compare(0, std::string(h.prefix).size(), h.prefix) == 0) h.run(req);  // expect-note: 'record_hit' is called here by 'main', inside a loop that never ends
  }
}
