// Mistake: a request handler reached through a table of member function
// pointers, called through that table for every request, keeps every path it
// was asked for.
#include <string>
#include <vector>

bool read_request(std::string &verb, std::string &path);  // blocks for the next request

static std::vector<std::string> g_seen_paths;  // expect-finding: growth-global-container fix=bounded

class Server {
 public:
  void handle(const std::string &verb, const std::string &path) {
    for (const Route &r : kRoutes)
      if (verb == r.verb) (this->*r.handle)(path);  // expect-note: 'Server::on_get' is called here by 'Server::handle'
  }

 private:
  struct Route {
    const char *verb;
    void (Server::*handle)(const std::string &path);
  };
  void on_get(const std::string &path) { g_seen_paths.push_back(path); }  // expect-note: 'g_seen_paths' grows here (push_back)
  void on_head(const std::string &) {}
  static const Route kRoutes[2];
};

const Server::Route Server::kRoutes[2] = {{"GET", &Server::on_get}, {"HEAD", &Server::on_head}};

static Server g_server;

int main() {
  std::string verb, path;
  while (read_request(verb, path))  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_server.handle(verb, path);  // expect-note: 'Server::handle' is called here by 'main', inside a loop that repeats for every input it reads
}
