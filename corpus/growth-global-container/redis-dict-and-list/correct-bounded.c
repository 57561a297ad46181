// Correct (bounded): the dict is emptied once it holds MAX_CLIENTS_BY_NAME names and the list drops its oldest node past MAX_SLOW_COMMANDS.
// Before each insert the main loop checks the size (dictSize, listLength): a full dict is emptied
// (dictEmpty) and a full list loses its first node (listDelNode), so neither holds more than its cap.
// expect-no-findings

#include "redis-mini.h"

extern dictType clientNameType;
const char *read_command(const char **client); /* blocks for the next command and its client */
char *copy_string(const char *s);
long long command_micros(const char *cmd);
void reply(const char *client, void *state);

static dict *g_clients_by_name;
static list *g_slow_commands;
#define MAX_CLIENTS_BY_NAME 10000 /* the most 'g_clients_by_name' keeps */
#define MAX_SLOW_COMMANDS 128     /* the most 'g_slow_commands' keeps */

int main(void) {
  g_clients_by_name = dictCreate(&clientNameType);
  g_slow_commands = listCreate();
  for (;;) {
    const char *client = 0;
    const char *cmd = read_command(&client);
    if (dictFetchValue(g_clients_by_name, client) == 0) {
      if (dictSize(g_clients_by_name) >= MAX_CLIENTS_BY_NAME) dictEmpty(g_clients_by_name, 0);
      dictReplace(g_clients_by_name, copy_string(client), copy_string(cmd));
    }
    if (command_micros(cmd) > 10000) {
      if (listLength(g_slow_commands) >= MAX_SLOW_COMMANDS) listDelNode(g_slow_commands, listFirst(g_slow_commands));
      listAddNodeTail(g_slow_commands, copy_string(cmd));
    }
    reply(client, dictFetchValue(g_clients_by_name, client));
  }
}
