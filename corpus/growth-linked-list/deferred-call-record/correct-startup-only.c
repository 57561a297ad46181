// Correct (startup-only): a parser registered through a deferred-call record runs only at start-up.
// The record holds a function slot and data fields; main calls the slot with the record's own data
// (c->fct(c->arg1, c->arg2)), the registrar stores its parser argument in a section's parse slot,
// and only the config reader, run once before the serving loop, calls through that slot. Each record's
// data goes to its own function: note_stage() is given "ready", not the parser.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef int section_fn(const char *line);

struct section {
  const char *name;
  section_fn *parse;
  struct section *next;
};

struct initcall {
  void (*fct)(void *arg1, void *arg2);
  void *arg1;
  void *arg2;
};

struct user {
  const char *name;
  struct user *next;
};

static struct section *g_sections;
static struct user *g_users;
static void *g_stage;

const char *next_config_line(void); /* the configuration, then NULL */
const char *next_request(void);
void serve(const char *request);

static void register_section(const char *name, section_fn *parse) {
  struct section *s = calloc(1, sizeof *s);
  if (!s) return;
  s->name = name;
  s->parse = parse;
  s->next = g_sections;
  g_sections = s;
}

static int parse_users(const char *line) {
  struct user *u = malloc(sizeof *u);
  if (!u) return -1;
  u->name = line;
  u->next = g_users;
  g_users = u;
  return 0;
}

static void note_stage(void *stage, void *unused) {
  g_stage = stage;
  (void)unused;
}

static const struct initcall g_initcalls[] = {
    {.fct = (void (*)(void *, void *))register_section, .arg1 = (void *)"users", .arg2 = (void *)parse_users},
    {.fct = note_stage, .arg1 = (void *)"ready", .arg2 = NULL},
};

static void read_config(void) {
  for (const char *line; (line = next_config_line()) != NULL;)
    for (struct section *s = g_sections; s; s = s->next)
      if (!strcmp(s->name, line)) s->parse(line);
}

int main(void) {
  for (size_t i = 0; i < sizeof g_initcalls / sizeof g_initcalls[0]; i++) {
    const struct initcall *c = &g_initcalls[i];
    c->fct(c->arg1, c->arg2);
  }
  read_config();
  for (;;) serve(next_request());
}
