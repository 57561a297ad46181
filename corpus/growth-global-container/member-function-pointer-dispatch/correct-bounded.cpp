// Correct (bounded): the seen paths keep the last kMaxSeenPaths requests.
// The oldest path is erased before a new one is stored once the vector holds
// kMaxSeenPaths, so requests no longer grow it.
// expect-no-findings

#include <cstddef>
#include <string>
#include <vector>

bool read_request(std::string &verb, std::string &path);  // blocks for the next request

static std::vector<std::string> g_seen_paths;
constexpr std::size_t kMaxSeenPaths = 1024;  // the most 'g_seen_paths' keeps

class Server {
 public:
  void handle(const std::string &verb, const std::string &path) {
    for (const Route &r : kRoutes)
      if (verb == r.verb) (this->*r.handle)(path);
  }

 private:
  struct Route {
    const char *verb;
    void (Server::*handle)(const std::string &path);
  };
  void on_get(const std::string &path) {
    if (g_seen_paths.size() >= kMaxSeenPaths) g_seen_paths.erase(g_seen_paths.begin());
    g_seen_paths.push_back(path);
  }
  void on_head(const std::string &) {}
  static const Route kRoutes[2];
};

const Server::Route Server::kRoutes[2] = {{"GET", &Server::on_get}, {"HEAD", &Server::on_head}};

static Server g_server;

int main() {
  std::string verb, path;
  while (read_request(verb, path))
    g_server.handle(verb, path);
}
