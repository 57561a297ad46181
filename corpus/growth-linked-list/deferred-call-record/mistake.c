// Mistake: a parser registered through a deferred-call record is run for every request.
// main calls each record's slot with the record's own data (c->fct(c->arg1, c->arg2)), so the
// registrar stores parse_users in a section's parse slot; the serving loop applies every request
// as a configuration line through that slot, and each one links another user in.
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
  g_users = u;  // expect-note: 'g_users' grows here (insert)
  return 0;
}

static const struct initcall g_initcalls[] = {
    {.fct = (void (*)(void *, void *))register_section, .arg1 = (void *)"users", .arg2 = (void *)parse_users},
};

static void apply_line(const char *line) {
  for (struct section *s = g_sections; s; s = s->next)
    if (!strcmp(s->name, line)) s->parse(line);  // expect-note: 'parse_users' is called here by 'apply_line'
}

int main(void) {
  for (size_t i = 0; i < sizeof g_initcalls / sizeof g_initcalls[0]; i++) {
    const struct initcall *c = &g_initcalls[i];
    c->fct(c->arg1, c->arg2);
  }
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    const char *request = next_request();
    apply_line(request);  // expect-note: 'apply_line' is called here by 'main', inside a loop that never ends
    serve(request);
  }
}
