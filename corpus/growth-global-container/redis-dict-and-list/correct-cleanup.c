// Correct (cleanup): a client's entry is deleted (dictDelete) when it quits, and the slow commands are reported and emptied (listEmpty).
// The dict holds only the clients still connected; the list is drained every time the slow
// commands are written out, so it holds at most the commands since the last report.
// expect-no-findings

#include "redis-mini.h"

extern dictType clientNameType;
const char *read_command(const char **client); /* blocks for the next command and its client */
char *copy_string(const char *s);
long long command_micros(const char *cmd);
int is_quit(const char *cmd);
int report_due(void);
void log_line(const char *line);
void reply(const char *client, void *state);

static dict *g_clients_by_name;
static list *g_slow_commands;

static void report_slow(list *commands) {
  listIter li;
  listNode *ln;
  listRewind(commands, &li);
  while ((ln = listNext(&li)) != 0) log_line(listNodeValue(ln));
}

int main(void) {
  g_clients_by_name = dictCreate(&clientNameType);
  g_slow_commands = listCreate();
  for (;;) {
    const char *client = 0;
    const char *cmd = read_command(&client);
    if (is_quit(cmd)) {
      dictDelete(g_clients_by_name, client);
      continue;
    }
    if (dictFetchValue(g_clients_by_name, client) == 0)
      dictReplace(g_clients_by_name, copy_string(client), copy_string(cmd));
    if (command_micros(cmd) > 10000)
      listAddNodeTail(g_slow_commands, copy_string(cmd));
    if (report_due()) {
      report_slow(g_slow_commands);
      listEmpty(g_slow_commands);
    }
    reply(client, dictFetchValue(g_clients_by_name, client));
  }
}
