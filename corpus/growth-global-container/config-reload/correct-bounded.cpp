// Correct (bounded): the same server caps both containers before they grow,
// as the notes suggest: the oldest rule name and the first client are erased
// once each holds its named maximum.
// expect-no-findings
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

std::vector<std::pair<std::string, int>> read_config_file();
bool next_request(std::string &client);

constexpr std::size_t kMaxRuleNames = 256;
constexpr std::size_t kMaxClients = 10000;

std::vector<std::string> g_rule_names;
std::map<std::string, int> g_clients;

static void apply_config() {
  for (auto &entry : read_config_file()) {
    if (g_rule_names.size() >= kMaxRuleNames) g_rule_names.erase(g_rule_names.begin());
    g_rule_names.push_back(entry.first);
  }
}

static void remember(const std::string &client) {
  if (g_clients.size() >= kMaxClients) g_clients.erase(g_clients.begin());
  g_clients[client] += 1;
}

int main() {
  apply_config();
  std::string client;
  for (;;) {
    apply_config();
    if (next_request(client)) remember(client);
  }
}
