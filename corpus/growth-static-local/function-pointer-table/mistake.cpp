// Mistake: a command handler stored in a dispatch table keeps a static key/value store.
// handle_kv is reached only through the function-pointer table, for every
// SET command a client sends; keys are client-chosen and never deleted.

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

static void handle_kv(const Command &cmd) {
  static std::map<std::string, std::string> store;  // expect-finding: growth-static-local fix=bounded
  if (std::strcmp(cmd.verb, "GET") == 0) {
    auto it = store.find(cmd.key);
    reply(it == store.end() ? std::string("(nil)") : it->second);
  } else {
    store[cmd.key] = cmd.value;  // expect-note: 'store' grows here (operator[])
    reply("OK");
  }
}

static void handle_ping(const Command &) { reply("PONG"); }

struct Route {
  const char *verb;
  void (*fn)(const Command &);
};

static const Route kRoutes[] = {{"GET", handle_kv}, {"SET", handle_kv}, {"PING", handle_ping}};  // expect-note: 'handle_kv' is long-lived: the address of 'handle_kv' is stored, so it can be called at any time

int main() {
  Command cmd;
  while (read_command(&cmd)) {
    for (const Route &r : kRoutes)
      if (std::strcmp(cmd.verb, r.verb) == 0)
        r.fn(cmd);
  }
  return 0;
}
