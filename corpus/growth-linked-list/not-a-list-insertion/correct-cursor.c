// Correct (not a list): pointers to self-referential structs that are not fed.
// g_current points at one of a fixed set of windows and g_log is a FILE *
// (glibc's FILE links its streams, but it is not the program's list); a signal
// handler moves them around without ever adding a node.
// expect-no-findings
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

struct window {
  int id;
  struct window *next;
};

static struct window g_windows[4];
static struct window *g_current;
static FILE *g_log;

static void on_signal(int sig) {
  g_current = &g_windows[sig & 3];
  if (g_log) fclose(g_log);
  g_log = fopen("/tmp/daemon.log", "a");
}

int main(void) {
  for (int i = 0; i < 3; i++) g_windows[i].next = &g_windows[i + 1];
  signal(SIGUSR1, on_signal);
  for (;;) pause();
}
