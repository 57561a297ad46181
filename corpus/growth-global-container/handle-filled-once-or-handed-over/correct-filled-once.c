// Correct (filled-once): the dict of known section names is created and filled in one block, the first time a command needs it.
// The names come from a constant table and are added right after dictCreate, under the same
// 'if (!g_known_sections)': later commands only look names up, so the dict never grows again.
// expect-no-findings

#include "redis-mini.h"

extern dictType sectionNameType;
typedef void (*command_fn)(const char *arg);
void register_command(const char *name, command_fn fn); /* the server calls fn for every such command */
void reply_info(const char *section);
void reply_error(const char *section);

static dict *g_known_sections;

static void add_names(dict *d, const char **names) {
  for (int i = 0; names[i]; i++)
    dictAdd(d, (void *)names[i], 0);
}

static void info_command(const char *section) {
  static const char *names[] = {"server", "clients", "memory", "stats", 0};
  if (!g_known_sections) {
    g_known_sections = dictCreate(&sectionNameType);
    add_names(g_known_sections, names);
  }
  if (dictFetchValue(g_known_sections, section))
    reply_info(section);
  else
    reply_error(section);
}

static dict *g_default_sections;

/* The same cache, created and filled after an early return for the filled case. */
static dict *default_sections(void) {
  static const char *names[] = {"server", "clients", 0};
  if (g_default_sections)
    return g_default_sections;
  g_default_sections = dictCreate(&sectionNameType);
  add_names(g_default_sections, names);
  return g_default_sections;
}

static void info_default_command(const char *section) {
  (void)section;
  if (dictFetchValue(default_sections(), "server"))
    reply_info("server");
}

int main(void) {
  register_command("info", info_command);
  register_command("info-default", info_default_command);
  return 0;
}
