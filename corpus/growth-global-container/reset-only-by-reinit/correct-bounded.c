// Correct (bounded): the script cache is emptied once it holds MAX_SCRIPTS scripts, whatever FLUSH does.
// EVAL checks the size before it adds (dictSize): a full cache is emptied (dictEmpty), so it never
// holds more than its cap even on a server that is never told FLUSH.
// expect-no-findings

#include <string.h>

#include "redis-mini.h"

extern dictType scriptType;
const char *read_command(const char **arg); /* blocks for the next command and its argument */
char *copy_string(const char *s);
void reply(const char *text);

static dict *g_scripts;
#define MAX_SCRIPTS 500 /* the most 'g_scripts' keeps */

static void scripts_init(void) { g_scripts = dictCreate(&scriptType); }

static void scripts_release(dict *scripts) { dictRelease(scripts); }

static void scripts_reset(void) {
  scripts_release(g_scripts);
  scripts_init();
}

static void eval_command(const char *body) {
  if (dictFetchValue(g_scripts, body) == 0) {
    if (dictSize(g_scripts) >= MAX_SCRIPTS) dictEmpty(g_scripts, NULL);
    dictAdd(g_scripts, copy_string(body), copy_string(body));
  }
  reply("ok");
}

static void flush_command(void) {
  scripts_reset();
  reply("ok");
}

int main(void) {
  scripts_init();
  for (;;) {
    const char *arg = 0;
    const char *cmd = read_command(&arg);
    if (!strcmp(cmd, "EVAL"))
      eval_command(arg);
    else if (!strcmp(cmd, "FLUSH"))
      flush_command();
  }
}
