/* A deferred-call record: a function slot beside void * data fields. The
 * parser's address in .arg is a data entry (via=data:..., via_index=-3); the
 * call through the slot with the same object's data is a "pass"; any other
 * read of the data is an escape; a function-pointer parameter stored in a
 * slot is fn-long "=slot:..."; tested or compared, it is nothing. */
#include <stddef.h>
typedef int parse_fn(const char *line);
struct section { parse_fn *parse; };
struct call { void (*fn)(void *a, void *b); void *a; void *arg; };
static struct section g_section;
void keep_arg(void *arg);
static void add_section(void *unused, parse_fn *parse) {
  (void)unused;
  if (parse && parse != NULL) g_section.parse = parse;
}
static int parse_users(const char *line) { return line != NULL; }
static struct call g_calls[] = {{.fn = (void (*)(void *, void *))add_section, .a = NULL, .arg = (void *)parse_users}};
int main(void) {
  struct call *c = &g_calls[0];
  c->fn(c->a, c->arg);
  g_calls[0].fn(g_calls[0].a, c->arg);
  keep_arg(c->arg);
  if (c->arg) c->arg = NULL;
  return g_section.parse("users");
}
