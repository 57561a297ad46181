// Mistake: the start-up routine is run again on every turn of the main loop,
// not only when the configuration changed, and each run appends the rules
// again; the request handler also keeps every client it has seen.
#include <map>
#include <string>
#include <utility>
#include <vector>

std::vector<std::pair<std::string, int>> read_config_file();
bool next_request(std::string &client);

std::vector<std::string> g_rule_names;  // expect-finding: growth-global-container fix=bounded
std::map<std::string, int> g_clients;   // expect-finding: growth-global-container fix=bounded

static void apply_config() {
  for (auto &entry : read_config_file()) g_rule_names.push_back(entry.first);  // expect-note: 'g_rule_names' grows here (push_back)
}

static void remember(const std::string &client) {
  g_clients[client] += 1;  // expect-note: 'g_clients' grows here (operator[])
}

int main() {
  apply_config();
  std::string client;
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    apply_config();  // expect-note: 'apply_config' is called here by 'main', inside a loop that never ends
    if (next_request(client)) remember(client);  // expect-note: 'remember' is called here by 'main', inside a loop that never ends
  }
}
