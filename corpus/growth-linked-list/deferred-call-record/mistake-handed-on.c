// Mistake: the parser's address in a deferred-call record is also handed to code growlint does not see.
// main runs each record (c->fct(c->arg1, c->arg2)) and reads the configuration once, but also gives
// c->arg2 to a library's keep_arg(), which may call parse_users at any time: each call links a user in.
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
static struct user *g_users;  // expect-finding: growth-linked-list fix=bounded

const char *next_config_line(void); /* the configuration, then NULL */
const char *next_request(void);
void serve(const char *request);
void keep_arg(void *arg); /* a library's: keeps arg, a function it may call later */

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
  g_users = u;  // expect-note: 'g_users' grows here (insert)
  return 0;
}

static const struct initcall g_initcalls[] = {
    {.fct = (void (*)(void *, void *))register_section, .arg1 = (void *)"users",
     .arg2 = (void *)parse_users},  // expect-note: 'parse_users' is long-lived: the address of 'parse_users' is stored, so it can be called at any time
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
    keep_arg(c->arg2);
  }
  read_config();
  for (;;) serve(next_request());
}
