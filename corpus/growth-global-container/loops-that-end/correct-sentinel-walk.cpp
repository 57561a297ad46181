// Correct (not repeating): start-up code walks a command table to its
// sentinel with `for (j = 0;; j++)` and a `break` on the empty entry. The loop
// has no condition, but it advances a cursor and leaves at the table's end, so
// the index it fills holds as many commands as the table does.
// expect-no-findings
#include <map>
#include <string>

struct command {
  const char *name;
  int arity;
};

extern command g_command_table[];
static std::map<std::string, command *> g_commands;

static void populate_commands() {
  for (int j = 0;; j++) {
    command *c = g_command_table + j;
    if (c->name == nullptr) break;
    g_commands[c->name] = c;
  }
}

std::string next_request();
void run(command *c);

int main() {
  populate_commands();
  for (;;) {
    auto it = g_commands.find(next_request());
    if (it != g_commands.end()) run(it->second);
  }
}
