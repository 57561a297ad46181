// Correct (bounded): the dict of section names is emptied once it holds MAX_SECTIONS_SEEN names.
// The handler still creates the dict on first use, but before it adds a name it checks the
// size (dictSize) and empties a full dict (dictEmpty), so it never holds more than the cap.
// expect-no-findings

#include "redis-mini.h"

extern dictType sectionNameType;
typedef void (*command_fn)(const char *arg);
void register_command(const char *name, command_fn fn); /* the server calls fn for every such command */
char *copy_string(const char *s);
void reply_info(const char *section);

static dict *g_sections_seen;
#define MAX_SECTIONS_SEEN 64 /* the most 'g_sections_seen' keeps */

static void info_command(const char *section) {
  if (!g_sections_seen)
    g_sections_seen = dictCreate(&sectionNameType);
  if (dictFetchValue(g_sections_seen, section) == 0) {
    if (dictSize(g_sections_seen) >= MAX_SECTIONS_SEEN) dictEmpty(g_sections_seen, 0);
    dictAdd(g_sections_seen, copy_string(section), 0);
  }
  reply_info(section);
}

int main(void) {
  register_command("info", info_command);
  return 0;
}
