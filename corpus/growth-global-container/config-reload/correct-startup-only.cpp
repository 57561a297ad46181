// Correct (startup-only): the configuration is loaded at start-up and loaded
// again from the main loop only when the file changed: the map holds one
// entry per name written in the file, whatever the traffic.
// expect-no-findings
#include <map>
#include <string>
#include <utility>
#include <vector>

std::vector<std::pair<std::string, int>> read_config_file();
bool config_file_changed();
bool next_request(std::string &client);
void reply(const std::string &client, int limit);

std::map<std::string, int> g_limits;  // name -> limit, from the configuration file

static void apply_config() {
  for (auto &entry : read_config_file())
    if (!g_limits.count(entry.first)) g_limits[entry.first] = entry.second;
}

int main() {
  apply_config();
  std::string client;
  for (;;) {
    if (config_file_changed()) apply_config();
    if (next_request(client)) reply(client, g_limits.count(client) ? g_limits[client] : 0);
  }
}
