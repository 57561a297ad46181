// Mistake: the dispatcher copies the handler out of the program's own command
// table into a local before it calls it (the way careful C checks for a
// missing handler); the call through the copy is the handler's call, inside
// the request loop, so the history grows without bound.
#include <stdlib.h>
#include <string.h>

char *copy_text(const char *s);  // a copy on the heap

typedef void (*command_fn)(const char *arg);

struct command {
  const char *name;
  command_fn run;
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
  command_fn run = NULL;
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(commands[i].name, name)) run = commands[i].run;
  if (run) run(arg);  // expect-note: 'cmd_remember' is called here by 'dispatch'
}

int main(void) {
  char name[64], arg[256];
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    if (next_request(name, arg)) dispatch(name, arg);  // expect-note: 'dispatch' is called here by 'main', inside a loop that never ends
  }
}
