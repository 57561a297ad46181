// Correct (bounded): the same dispatcher, through a local copy of the
// handler; the handler keeps at most MAX_HISTORY entries in a ring that is
// allocated once.
// expect-no-findings
#include <stdlib.h>
#include <string.h>

#define MAX_HISTORY 256

char *copy_text(const char *s);  // a copy on the heap

typedef void (*command_fn)(const char *arg);

struct command {
  const char *name;
  command_fn run;
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
  command_fn run = NULL;
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(commands[i].name, name)) run = commands[i].run;
  if (run) run(arg);
}

int main(void) {
  char name[64], arg[256];
  for (;;) {
    if (next_request(name, arg)) dispatch(name, arg);
  }
}
