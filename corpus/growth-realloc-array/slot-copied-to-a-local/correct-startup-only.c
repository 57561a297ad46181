// Correct (start-up only, through a local copy): the config reader copies
// each keyword's parser into a local before it calls it; that call is the
// parser's only call, once, from main, before the serving loop, so the
// listeners are bounded by the configuration file.
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

static int cfg_parse_listen(const char *value) {
  g_listen = realloc(g_listen, (g_nlisten + 1) * sizeof *g_listen);
  if (!g_listen) return -1;
  g_listen[g_nlisten++] = copy_text(value);
  return 0;
}

static int cfg_parse_ignore(const char *value) { return value ? 0 : -1; }

static const struct cfg_keyword cfg_keywords[] = {
    {"listen", cfg_parse_listen},
    {"comment", cfg_parse_ignore},
    {NULL, NULL},
};

int next_config_line(char *key, char *value);  // false at the end of the file
int serve_one(void);

static int read_config(void) {
  char key[64], value[256];
  while (next_config_line(key, value)) {
    int (*parse)(const char *) = NULL;
    for (int i = 0; cfg_keywords[i].name; i++)
      if (!strcmp(cfg_keywords[i].name, key)) parse = cfg_keywords[i].parse;
    if (parse && parse(value) < 0) return -1;
  }
  return 0;
}

int main(void) {
  if (read_config() < 0) return 1;
  for (;;) serve_one();
}
