// Mistake: every request's client id becomes a new key of a global map.
// The counter map grows by one entry per distinct client, forever.
#include <map>
#include <string>

bool next_request(std::string &client);  // blocks for the next request

std::map<std::string, int> g_hits;  // expect-finding: growth-global-container fix=bounded

int main() {
  std::string client;
  while (next_request(client)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    g_hits[client]++;  // expect-note: 'g_hits' grows here (operator[])
  }
}
