// commands.h - the command table, shared by the server (server.c) and the
// command-line client (cli.c); only the server dispatches through it.
#ifndef COMMANDS_H
// expect-no-findings
#define COMMANDS_H
#include <stddef.h>

struct command {
  const char *name;
  void (*proc)(const char *arg);
};

extern struct command command_table[];
extern size_t ncommands;

void notify(const char *arg);
#endif
