// Golden facts of the C++ front end: storage kinds, class-container ops,
// `this` and parameter roots, aliases and fields of static objects.
#include <map>
#include <string>
#include <vector>

std::vector<std::string> g_log;                 // global
static std::map<int, int> s_cache;              // file-static
namespace net { std::vector<int> peers; }       // namespace-scope

struct Server {
  std::vector<int> sessions;
  static std::vector<int> all;                  // static-member
  void accept(int fd) { sessions.push_back(fd); } // this root, path .sessions
};
std::vector<int> Server::all;
Server g_server;
std::vector<int> *g_keep;

void log_line(const std::string &s) { g_log.push_back(s); }

std::vector<int> &registry() { return net::peers; } // accessor: callers elsewhere name peers

template <class C> void add_to(C &c, int x) { c.push_back(x); } // param root

int memo(int k) {
  static std::map<int, int> table;              // static-local
  if (table.count(k)) return table[k];          // lookup, then grow
  return table[k] = k * 2;
}

int main() {
  for (;;) {
    log_line("tick");
    g_server.accept(3);
    Server::all.push_back(1);
    auto &alias = g_server.sessions;
    alias.push_back(2);
    add_to(net::peers, 4);
    memo(5);
    if (s_cache.size() > 100) s_cache.clear();  // guard, shrink
    s_cache[1] = 2;
    g_keep = &Server::all;                      // escape: address taken
    for (const auto &x : g_log) (void)x;        // iterate
    g_log = std::vector<std::string>();          // reset
  }
}
