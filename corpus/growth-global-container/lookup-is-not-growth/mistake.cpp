// Mistake: every request's client id becomes a new key of a global map.
// The counter maps grow by one entry per distinct client, forever: also where
// the key was proved absent (the false arm of count() ?:), and through a
// helper one of whose callers passes the client id. Testing a client's
// session (!g_sessions[client]) only reads it; opening it on the next line is
// the growth.
#include <map>
#include <string>

bool next_request(std::string &client);  // blocks for the next request

std::map<std::string, int> g_hits;  // expect-finding: growth-global-container fix=bounded
std::map<std::string, long> g_bytes;  // expect-finding: growth-global-container fix=bounded
std::map<std::string, long> g_paths;  // expect-finding: growth-global-container fix=bounded

struct Session {
  explicit operator bool() const { return open_; }
  void open() { open_ = true; }
  bool open_ = false;
};
std::map<std::string, Session> g_sessions;  // expect-finding: growth-global-container fix=bounded

static void count_path(const std::string &path) {
  g_paths[path]++;  // expect-note: 'g_paths' grows here (operator[])
}

int main() {
  std::string client;
  while (next_request(client)) {  // expect-note x4: this loop repeats for every input it reads, so the growth repeats
    g_hits[client]++;  // expect-note: 'g_hits' grows here (operator[])
    long sent = g_bytes.count(client) ? 0 : g_bytes[client];  // expect-note: 'g_bytes' grows here (operator[])
    if (!g_sessions[client])
      g_sessions[client].open();  // expect-note: 'g_sessions' grows here (operator[])
    count_path("/index.html");
    count_path(client);  // expect-note: 'count_path' is called here by 'main', inside a loop that repeats for every input it reads
  }
}
