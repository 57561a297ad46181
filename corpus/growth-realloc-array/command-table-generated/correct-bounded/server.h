#include <stddef.h>

struct client {
  const char *name;
  const char *arg;
};

typedef void command_proc(struct client *c);

struct command {
  const char *name;
  command_proc *proc;
};

/* generated at build time (commands.c, from commands.json): not among the sources */
extern struct command command_table[];
extern size_t command_count;

void eval_command(struct client *c);
void ping_command(struct client *c);
