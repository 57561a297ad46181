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

struct notice {
  char *text;
  struct notice *next;
};

extern struct notice *g_notices;  // the server's notices, sent after each request

void notify(const char *arg);
void print_usage(struct command *cmd); /* the client prints a command's usage */
void count_call(struct command *cmd);
#endif
