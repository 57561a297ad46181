// Correct (start-up only): the configuration reader loops with for (;;) but
// leaves the loop when fgets reaches the end of the file; it runs once, from
// main, before the serving loop, so the addresses it collects are bounded
// by the configuration file.
// expect-no-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **g_listen;
static size_t g_nlisten;

static void add_listen(const char *addr) {
  char **p = realloc(g_listen, (g_nlisten + 1) * sizeof *p);
  if (!p) abort();
  g_listen = p;
  g_listen[g_nlisten++] = strdup(addr);
}

static void read_config(FILE *f) {
  char line[256];
  for (;;) {
    if (!fgets(line, sizeof line, f)) break;
    if (!strncmp(line, "listen ", 7)) add_listen(line + 7);
  }
}

static void read_pairs(FILE *f) {
  char key[64], value[64];
  while (1) {
    if (fscanf(f, "%63s %63s", key, value) != 2) break;
    if (!strcmp(key, "listen")) add_listen(value);
  }
}

void serve(char **addrs, size_t n);  // serves for ever on those addresses

int main(int argc, char **argv) {
  FILE *f = fopen(argc > 1 ? argv[1] : "/etc/demo.conf", "r");
  if (!f) return 1;
  read_config(f);
  rewind(f);
  read_pairs(f);
  fclose(f);
  for (;;) serve(g_listen, g_nlisten);
}
