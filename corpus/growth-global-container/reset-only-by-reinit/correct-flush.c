// Correct (flush): FLUSH empties the script cache itself, outside the start-up initialisation.
// A command that only empties the container (dictEmpty) is a removal the program makes on request,
// like any other: growlint does not judge how often clients send it.
// expect-no-findings

#include <string.h>

#include "redis-mini.h"

extern dictType scriptType;
const char *read_command(const char **arg); /* blocks for the next command and its argument */
char *copy_string(const char *s);
void reply(const char *text);

static dict *g_scripts;

static void scripts_init(void) { g_scripts = dictCreate(&scriptType); }

static void scripts_forget(void) { dictEmpty(g_scripts, NULL); }

static void eval_command(const char *body) {
  if (dictFetchValue(g_scripts, body) == 0)
    dictAdd(g_scripts, copy_string(body), copy_string(body));
  reply("ok");
}

static void flush_command(void) {
  scripts_forget();
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
