// Mistake: a command handler stored in a dispatch table keeps a static key/value store.
// handle_kv is reached only through the function-pointer table, which main
// calls through for every SET command a client sends; keys are client-chosen
// and never deleted.

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

static const Route kRoutes[] = {{"GET", handle_kv}, {"SET", handle_kv}, {"PING", handle_ping}};

int main() {
  Command cmd;
  while (read_command(&cmd)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    for (const Route &r : kRoutes)
      if (std::strcmp(cmd.verb, r.verb) == 0)
        r.fn(cmd);  // expect-note: 'handle_kv' is called here by 'main', inside a loop that repeats for every input it reads
  }
  return 0;
}
