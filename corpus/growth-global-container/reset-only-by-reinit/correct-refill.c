// Correct (refill): the dict is filled only by its initialisation, which FLUSH runs again after releasing it.
// engines_init() creates 'g_engines' and registers the built-in engines; FLUSH releases the dict and
// calls engines_init() again, so each fill follows a fresh dict: it never holds more than the built-ins.
// expect-no-findings

#include <string.h>

#include "redis-mini.h"

extern dictType engineType;
const char *read_command(const char **arg); /* blocks for the next command and its argument */
void reply(const char *text);

static dict *g_engines;

static void register_engine(const char *name, void *engine) { dictAdd(g_engines, (void *)name, engine); }

static void engines_init(void) {
  g_engines = dictCreate(&engineType);
  register_engine("lua", 0);
  register_engine("js", 0);
}

static void engines_release(dict *engines) { dictRelease(engines); }

static void engines_reset(void) {
  engines_release(g_engines);
  engines_init();
}

static void flush_command(void) {
  engines_reset();
  reply("ok");
}

int main(void) {
  engines_init();
  for (;;) {
    const char *arg = 0;
    const char *cmd = read_command(&arg);
    if (!strcmp(cmd, "FLUSH"))
      flush_command();
    else
      reply(dictFetchValue(g_engines, arg) ? "known" : "unknown");
  }
}
