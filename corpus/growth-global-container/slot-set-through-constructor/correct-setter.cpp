// Correct (startup-only): a hook set through a setter and called once, before the serving loop.
// set_hook stores its parameter in the hook's function-pointer field; the
// program calls through that field once at start-up, so load_defaults runs once.
// expect-no-findings
#include <string>
#include <vector>

static std::vector<std::string> g_defaults;

std::string next_request();
void reply(const std::string &text);

struct hook_t {
  void (*fn)(const char *);
  void set(void (*f)(const char *)) { fn = f; }
};

static hook_t g_init_hook;

static void load_defaults(const char *name) { g_defaults.push_back(name); }

int main() {
  g_init_hook.set(load_defaults);
  g_init_hook.fn("defaults");
  for (;;) reply(next_request());
}
