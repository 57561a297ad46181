// Correct (not growth): operator[] whose element is only read. Each request
// asks whether a route has handlers (g_routes[path].empty()), how many
// (size()), and finds a header in a per-route map (find()); the routes and
// their maps are filled once from the configuration. A read through
// operator[] looks an element up: at most it adds an empty one for a key the
// program asks about, and the keys here are the configured routes.
// expect-no-findings
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Handler {
  std::string name;
};

std::string next_path();
void respond(std::size_t handlers, bool has_header);
bool next_route(std::string &path, std::string &handler);

static std::map<std::string, std::vector<Handler>> g_routes;
static std::map<std::string, std::map<std::string, std::string>> g_headers;

static void load_routes() {
  std::string path, handler;
  while (next_route(path, handler)) g_routes[path].push_back(Handler{handler});
}

int main() {
  load_routes();
  for (;;) {
    std::string p = next_path();
    if (g_routes[p].empty()) continue;
    auto it = g_headers[p].find("content-type");
    respond(g_routes[p].size(), it != g_headers[p].end());
  }
}
