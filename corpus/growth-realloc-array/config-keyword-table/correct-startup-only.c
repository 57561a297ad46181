// Correct (start-up only): a keyword table of the program's own, walked by
// its config reader, runs each parser only where the reader calls through the
// table: once, from main, before the serving loop; the listeners are bounded.
// expect-no-findings
#include <stdlib.h>
#include <string.h>

char *copy_text(const char *s);  // a copy on the heap

struct cfg_keyword {
  const char *name;
  int (*parse)(const char *value);
};

static char **g_listen;
static size_t g_nlisten;
static int g_workers;

static int cfg_parse_listen(const char *value) {
  g_listen = realloc(g_listen, (g_nlisten + 1) * sizeof *g_listen);
  if (!g_listen) return -1;
  g_listen[g_nlisten++] = copy_text(value);
  return 0;
}

static int cfg_parse_workers(const char *value) {
  g_workers = atoi(value);
  return 0;
}

static const struct cfg_keyword cfg_keywords[] = {
    {"listen", cfg_parse_listen},
    {.name = "workers", .parse = cfg_parse_workers},
    {NULL, NULL},
};

static void (*g_on_ready)(void);

static void announce_ready(void) { cfg_parse_listen("127.0.0.1:9"); }

int next_config_line(char *key, char *value);  // false at the end of the file
int serve_one(void);

static int read_config(void) {
  char key[64], value[256];
  while (next_config_line(key, value)) {
    for (int i = 0; cfg_keywords[i].name; i++)
      if (!strcmp(cfg_keywords[i].name, key) && cfg_keywords[i].parse(value) < 0) return -1;
  }
  return 0;
}

int main(void) {
  g_on_ready = announce_ready;
  if (read_config() < 0) return 1;
  g_on_ready();
  for (;;) serve_one();
}
