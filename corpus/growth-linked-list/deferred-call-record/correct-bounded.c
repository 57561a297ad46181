// Correct (bounded): the parser run for every request keeps at most MAX_USERS users: the oldest goes first.
// A count beside the list says when it is full; the last node is the oldest (users are linked in at
// the head), so it is unlinked and freed before a new user is linked in.
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
static size_t g_users_count;
#define MAX_USERS 1024 /* the most 'g_users' keeps */

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
  if (g_users_count >= MAX_USERS) {
    struct user **p = &g_users;
    while ((*p)->next) p = &(*p)->next;
    free(*p);
    *p = NULL;
    g_users_count--;
  }
  struct user *u = malloc(sizeof *u);
  if (!u) return -1;
  u->name = line;
  u->next = g_users;
  g_users = u;
  g_users_count++;
  return 0;
}

static const struct initcall g_initcalls[] = {
    {.fct = (void (*)(void *, void *))register_section, .arg1 = (void *)"users", .arg2 = (void *)parse_users},
};

static void apply_line(const char *line) {
  for (struct section *s = g_sections; s; s = s->next)
    if (!strcmp(s->name, line)) s->parse(line);
}

int main(void) {
  for (size_t i = 0; i < sizeof g_initcalls / sizeof g_initcalls[0]; i++) {
    const struct initcall *c = &g_initcalls[i];
    c->fct(c->arg1, c->arg2);
  }
  for (;;) {
    const char *request = next_request();
    apply_line(request);
    serve(request);
  }
}
