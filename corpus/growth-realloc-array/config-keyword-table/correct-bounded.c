// Correct (bounded): the history reached through the command table is a ring.
// cmd_remember allocates MAX_HISTORY slots once and writes at g_nhistory modulo
// MAX_HISTORY, freeing the entry it replaces: the last MAX_HISTORY are kept.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

char *copy_text(const char *s);  // a copy on the heap

#define MAX_HISTORY 256 /* the most entries 'g_history' keeps */

struct command {
  const char *name;
  void (*run)(const char *arg);
};

static char **g_history;
static size_t g_nhistory;

static void cmd_remember(const char *arg) {
  if (!g_history) g_history = calloc(MAX_HISTORY, sizeof *g_history);
  if (!g_history) abort();
  free(g_history[g_nhistory % MAX_HISTORY]);
  g_history[g_nhistory % MAX_HISTORY] = copy_text(arg);
  g_nhistory++;
}

static void cmd_ping(const char *arg) { (void)arg; }

static const struct command commands[] = {{"remember", cmd_remember}, {"ping", cmd_ping}};

int next_request(char *name, char *arg);  // blocks for the next request

static void dispatch(const char *name, const char *arg) {
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(commands[i].name, name)) commands[i].run(arg);
}

int main(void) {
  char name[64], arg[256];
  for (;;) {
    if (next_request(name, arg)) dispatch(name, arg);
  }
}
