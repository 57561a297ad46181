// Correct (not repeating): main reads its routes with a loop of its own and
// only then enters its main loop. A program has one main loop, the last loop
// of main; the loop before it is start-up code, so the routes are as many as
// the configuration names.
// expect-no-findings
#include <map>
#include <string>

bool next_route(std::string &path, std::string &target);
std::string next_request();
void answer(const std::string &target);

static std::map<std::string, std::string> g_routes;

int main() {
  std::string path, target;
  while (next_route(path, target)) g_routes[path] = target;
  for (;;) {
    auto it = g_routes.find(next_request());
    if (it != g_routes.end()) answer(it->second);
  }
}
