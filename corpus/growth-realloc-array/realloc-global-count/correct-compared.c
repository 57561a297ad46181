// Correct (not long-lived): the replay of a journal compares each command's
// handler with record_id, the function that grows g_ids, to skip it; it never
// stores or passes record_id. Comparing a function's address with a pointer
// is not keeping it, so record_id is not a callback that may run at any time,
// and nothing calls it: g_ids never grows.
// expect-no-findings
#include <stdlib.h>

typedef void (*handler)(int);
struct command {
  handler proc;
};

static int *g_ids;
static size_t g_nids;

void record_id(int id) {
  int *grown = realloc(g_ids, (g_nids + 1) * sizeof *g_ids);
  if (!grown) abort();
  g_ids = grown;
  g_ids[g_nids++] = id;
}

struct command *lookup_command(int code);
int next_code(void);

int main(void) {
  for (;;) {
    struct command *c = lookup_command(next_code());
    if (!c || c->proc == record_id) continue;
    c->proc(0);
  }
}
