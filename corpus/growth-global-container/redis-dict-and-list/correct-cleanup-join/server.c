// Correct (cleanup): the slow commands wait in a pending list that is handed over (listJoin) to the report list after every command.
// listJoin(l, o) moves every node of o to the end of l and leaves o empty, so 'g_pending_slow'
// holds at most one command's entries; the report list is emptied once it has been written out.
// expect-no-findings

#include "../redis-mini.h"

const char *read_command(const char **client); /* blocks for the next command and its client */
char *copy_string(const char *s);
long long command_micros(const char *cmd);
int report_due(void);
void log_line(const char *line);

static list *g_pending_slow;
static list *g_report;

static void write_report(list *commands) {
  listIter li;
  listNode *ln;
  listRewind(commands, &li);
  while ((ln = listNext(&li)) != 0) log_line(listNodeValue(ln));
}

int main(void) {
  g_pending_slow = listCreate();
  g_report = listCreate();
  for (;;) {
    const char *client = 0;
    const char *cmd = read_command(&client);
    if (command_micros(cmd) > 10000)
      listAddNodeTail(g_pending_slow, copy_string(cmd));
    listJoin(g_report, g_pending_slow);
    if (report_due()) {
      write_report(g_report);
      listEmpty(g_report);
    }
  }
}
