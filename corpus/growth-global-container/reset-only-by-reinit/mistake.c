// Mistake: a script cache is emptied only by a FLUSH command that re-runs its start-up initialisation.
// Every EVAL adds its script to 'g_scripts'; only FLUSH releases the dict and calls scripts_init()
// again, so a server that is never told FLUSH keeps every script it was ever sent.

#include <string.h>

#include "redis-mini.h"

extern dictType scriptType;
const char *read_command(const char **arg); /* blocks for the next command and its argument */
char *copy_string(const char *s);
void reply(const char *text);

static dict *g_scripts;  // expect-finding: growth-global-container fix=bounded

static void scripts_init(void) { g_scripts = dictCreate(&scriptType); }

static void scripts_release(dict *scripts) { dictRelease(scripts); }

static void scripts_reset(void) {
  scripts_release(g_scripts);
  scripts_init();  // expect-note: 'g_scripts' is emptied only when 'scripts_reset' runs its initialisation 'scripts_init' again (here), not where it grows
}

static void eval_command(const char *body) {
  if (dictFetchValue(g_scripts, body) == 0)
    dictAdd(g_scripts, copy_string(body), copy_string(body));  // expect-note: 'g_scripts' grows here (dictAdd)
  reply("ok");
}

static void flush_command(void) {
  scripts_reset();  // expect-note: 'scripts_reset' is called here by 'flush_command'
  reply("ok");
}

int main(void) {
  scripts_init();
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    const char *arg = 0;
    const char *cmd = read_command(&arg);
    if (!strcmp(cmd, "EVAL"))
      eval_command(arg);  // expect-note: 'eval_command' is called here by 'main', inside a loop that never ends
    else if (!strcmp(cmd, "FLUSH"))
      flush_command();
  }
}
