// Mistake: a command handler creates a dict on first use and then adds every section name it is asked for.
// Only the creation is guarded by 'if (!g_sections_seen)': the dictAdd after it runs on every
// INFO command, with names that come from the client, so the dict grows with every new name.

#include "redis-mini.h"

extern dictType sectionNameType;
typedef void (*command_fn)(const char *arg);
void register_command(const char *name, command_fn fn); /* the server calls fn for every such command */
char *copy_string(const char *s);
void reply_info(const char *section);

static dict *g_sections_seen;  // expect-finding: growth-global-container fix=bounded

static void info_command(const char *section) {
  if (!g_sections_seen)
    g_sections_seen = dictCreate(&sectionNameType);
  if (dictFetchValue(g_sections_seen, section) == 0)
    dictAdd(g_sections_seen, copy_string(section), 0);  // expect-note: 'g_sections_seen' grows here (dictAdd)
  reply_info(section);
}

int main(void) {
  register_command("info", info_command);  // expect-note: 'info_command' is long-lived: the address of 'info_command' is passed to 'register_command', which may call it at any time
  return 0;
}
