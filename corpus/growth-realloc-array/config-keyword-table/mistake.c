// Mistake: a command table of the program's own, dispatched for every
// request: the handler reached through it grows the history without bound.
// The calls through the table are the handler's calls, inside the loop.
#include <stdlib.h>
#include <string.h>

char *copy_text(const char *s);  // a copy on the heap

struct command {
  const char *name;
  void (*run)(const char *arg);
};

static char **g_history;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nhistory;

static void cmd_remember(const char *arg) {
  g_history = realloc(g_history, (g_nhistory + 1) * sizeof *g_history);  // expect-note: 'g_history' grows here (realloc)
  if (!g_history) abort();
  g_history[g_nhistory++] = copy_text(arg);
}

static void cmd_ping(const char *arg) { (void)arg; }

static const struct command commands[] = {{"remember", cmd_remember}, {"ping", cmd_ping}};

int next_request(char *name, char *arg);  // blocks for the next request

static void dispatch(const char *name, const char *arg) {
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(commands[i].name, name)) commands[i].run(arg);  // expect-note: 'cmd_remember' is called here by 'dispatch'
}

int main(void) {
  char name[64], arg[256];
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    if (next_request(name, arg)) dispatch(name, arg);  // expect-note: 'dispatch' is called here by 'main', inside a loop that never ends
  }
}
