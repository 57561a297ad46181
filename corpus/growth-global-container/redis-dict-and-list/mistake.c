// Mistake: a Redis-style server remembers every client in a dict and every slow command in a list.
// Each command read by the main loop adds the client's name to 'g_clients_by_name' (dictReplace)
// and appends to 'g_slow_commands' (listAddNodeTail); nothing ever deletes an entry or a node.

#include "redis-mini.h"

extern dictType clientNameType;
const char *read_command(const char **client); /* blocks for the next command and its client */
char *copy_string(const char *s);
long long command_micros(const char *cmd);
void reply(const char *client, void *state);

static dict *g_clients_by_name;  // expect-finding: growth-global-container fix=bounded
static list *g_slow_commands;    // expect-finding: growth-global-container fix=bounded

int main(void) {
  g_clients_by_name = dictCreate(&clientNameType);
  g_slow_commands = listCreate();
  for (;;) {  // expect-note x2: this loop never ends, so the growth repeats
    const char *client = 0;
    const char *cmd = read_command(&client);
    if (dictFetchValue(g_clients_by_name, client) == 0)
      dictReplace(g_clients_by_name, copy_string(client), copy_string(cmd));  // expect-note: 'g_clients_by_name' grows here (dictReplace)
    if (command_micros(cmd) > 10000)
      listAddNodeTail(g_slow_commands, copy_string(cmd));  // expect-note: 'g_slow_commands' grows here (listAddNodeTail)
    reply(client, dictFetchValue(g_clients_by_name, client));
  }
}
