// Correct (bounded): the store refuses new keys once it holds kMaxKeys.
// Updating an existing key is still allowed; a SET of a new key past the cap
// gets an error reply instead of growing the map.

// expect-no-findings

#include <cstddef>
#include <cstring>
#include <map>
#include <string>

struct Command {
  char verb[8];
  std::string key;
  std::string value;
};

bool read_command(Command *cmd);  // blocks for the next command; false on shutdown
void reply(const std::string &text);

constexpr std::size_t kMaxKeys = 100000;

static void handle_kv(const Command &cmd) {
  static std::map<std::string, std::string> store;
  auto it = store.find(cmd.key);
  if (std::strcmp(cmd.verb, "GET") == 0) {
    reply(it == store.end() ? std::string("(nil)") : it->second);
    return;
  }
  if (it != store.end()) {
    it->second = cmd.value;
  } else {
    if (store.size() >= kMaxKeys) {
      reply("ERR store full");
      return;
    }
    store.emplace(cmd.key, cmd.value);
  }
  reply("OK");
}

static void handle_ping(const Command &) { reply("PONG"); }

struct Route {
  const char *verb;
  void (*fn)(const Command &);
};

static const Route kRoutes[] = {{"GET", handle_kv}, {"SET", handle_kv}, {"PING", handle_ping}};

int main() {
  Command cmd;
  while (read_command(&cmd)) {
    for (const Route &r : kRoutes)
      if (std::strcmp(cmd.verb, r.verb) == 0)
        r.fn(cmd);
  }
  return 0;
}
