/* options.c - the one option parser and usage printer (options.h).
 *
 * A table is an array of Option ending with OPT_END; OPT_T_INCLUDE entries
 * splice in another table whose values sit at an offset inside the
 * command's struct, so that commands sharing options (check and merge)
 * declare them once. Lookups walk the table and its includes; tables are a
 * dozen entries, so a linear search is enough. Errors go through
 * cli_usage_error, so every command words them the same way.
 */
#include "options.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* What a lookup found: the entry and the address of its value. */
typedef struct {
  const Option *opt;
  void *slot;
} Found;

/* Finds the option named by long name (len bytes of name) or by short name
 * (when name is NULL) in table and its includes; offset is the include's
 * place in the command's struct. */
static int find(const Option *table, void *const bases[2], size_t offset, const char *name, size_t len, char short_name,
                Found *out) {
  for (const Option *o = table; o->type != OPT_T_END; o++) {
    if (o->type == OPT_T_INCLUDE) {
      if (find(o->table, bases, offset + o->offset, name, len, short_name, out)) return 1;
      continue;
    }
    int hit = name ? o->long_name && strlen(o->long_name) == len && !strncmp(o->long_name, name, len)
                   : o->short_name && o->short_name == short_name;
    if (hit) {
      out->opt = o;
      out->slot = (char *)bases[o->base] + (o->base == OPT_IN_COMMAND ? offset : 0) + o->offset;
      return 1;
    }
  }
  return 0;
}

static int has_rest(const Option *table) {
  for (const Option *o = table; o->type != OPT_T_END; o++)
    if (o->type == OPT_T_REST || (o->type == OPT_T_INCLUDE && has_rest(o->table))) return 1;
  return 0;
}

/* "--limit", else "-j": how messages name an option. */
static const char *option_name(const Option *o, char *buf, size_t size) {
  if (o->long_name) snprintf(buf, size, "--%s", o->long_name);
  else snprintf(buf, size, "-%c", o->short_name);
  return buf;
}

/* Stores value in the option's slot; prints the error for a bad number. */
static int set_value(const char *cmd, const Found *f, const char *value) {
  switch (f->opt->type) {
  case OPT_T_STRING:
    *(const char **)f->slot = value;
    return 1;
  case OPT_T_LIST:
    pv_push(f->slot, (void *)value);
    return 1;
  case OPT_T_INT: {
    size_t digits = strspn(value, "0123456789");
    long n = digits && digits == strlen(value) && digits <= 9 ? strtol(value, NULL, 10) : -1;
    if (n >= f->opt->min && n <= f->opt->max) {
      *(int *)f->slot = (int)n;
      return 1;
    }
    char name[64];
    cli_error(cmd, "%s needs a number of %s from %d to %d, not '%s'", option_name(f->opt, name, sizeof name),
              f->opt->what, f->opt->min, f->opt->max, value);
    return 0;
  }
  default:
    *(int *)f->slot = 1;
    return 1;
  }
}

/* One option at argv[*i] ("--name", "--name=value", "-x", "-xvalue"). */
static int parse_one(const char *cmd, const Option *table, void *const bases[2], int argc, char **argv, int *i) {
  const char *a = argv[*i], *attached = NULL;
  Found f = {0};
  int found;
  if (a[1] == '-') {
    const char *eq = strchr(a + 2, '=');
    found = find(table, bases, 0, a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2), 0, &f);
    attached = eq ? eq + 1 : NULL;
  } else {
    found = find(table, bases, 0, NULL, 0, a[1], &f);
    attached = a[2] ? a + 2 : NULL;
    if (found && f.opt->type == OPT_T_BOOL && attached) found = 0; /* no bundled switches */
  }
  if (!found) {
    cli_usage_error(cmd, "unknown option '%s'", a);
    return 0;
  }
  char name[256];
  snprintf(name, sizeof name, "%.*s", attached && a[1] == '-' ? (int)(attached - a - 1) : (int)strlen(a), a);
  if (f.opt->type == OPT_T_BOOL) {
    if (attached) {
      cli_usage_error(cmd, "option '%s' takes no value", name);
      return 0;
    }
    return set_value(cmd, &f, NULL);
  }
  if (!attached && *i + 1 >= argc) {
    cli_usage_error(cmd, "option '%s' needs a value", name);
    return 0;
  }
  return set_value(cmd, &f, attached ? attached : argv[++*i]);
}

OptsResult opts_parse(const char *cmd, const Option *table, void *const bases[2], int argc, char **argv, PtrVec *args,
                      PtrVec *rest) {
  int only_args = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_args || a[0] != '-' || !a[1]) {
      pv_push(only_args == 2 ? rest : args, argv[i]);
    } else if (!strcmp(a, "--")) {
      only_args = has_rest(table) ? 2 : 1;
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      return OPTS_HELP;
    } else if (!parse_one(cmd, table, bases, argc, argv, &i)) {
      return OPTS_ERROR;
    }
  }
  return OPTS_OK;
}

/* "  -p BUILD_DIR       read ...": the names padded to column 21, then the
 * help, its further lines indented to the same column. */
static void usage_entry(FILE *out, const char *names, const char *help) {
  fprintf(out, "  %-18s", names);
  if (strlen(names) > 18) fprintf(out, "\n%20s", "");
  if (!*help) fputc('\n', out);
  for (const char *p = help; *p;) {
    size_t n = strcspn(p, "\n");
    fprintf(out, " %.*s\n", (int)n, p);
    p += n;
    if (*p == '\n' && *++p) fprintf(out, "%20s", "");
  }
}

static void usage_entries(FILE *out, const Option *table) {
  for (const Option *o = table; o->type != OPT_T_END; o++) {
    if (o->type == OPT_T_INCLUDE) usage_entries(out, o->table);
    if (o->type == OPT_T_INCLUDE || o->type == OPT_T_REST) continue;
    char names[96], name[64];
    if (o->short_name && o->long_name) snprintf(name, sizeof name, "-%c, --%s", o->short_name, o->long_name);
    else option_name(o, name, sizeof name);
    snprintf(names, sizeof names, "%s%s%s", name, o->argh ? " " : "", o->argh ? o->argh : "");
    usage_entry(out, names, o->help);
  }
}

static const Option *rest_entry(const Option *table) {
  for (const Option *o = table; o->type != OPT_T_END; o++) {
    const Option *r = o->type == OPT_T_REST ? o : o->type == OPT_T_INCLUDE ? rest_entry(o->table) : NULL;
    if (r) return r;
  }
  return NULL;
}

void opts_usage(FILE *out, const Option *table) {
  fputs("options:\n", out);
  usage_entries(out, table);
  usage_entry(out, "-h, --help", "show this help");
  const Option *rest = rest_entry(table);
  if (rest) usage_entry(out, "--", rest->help);
}

void opts_free(const Option *table, void *const bases[2]) {
  for (const Option *o = table; o->type != OPT_T_END; o++) {
    if (o->type == OPT_T_INCLUDE) {
      void *inner[2] = {(char *)bases[OPT_IN_COMMAND] + o->offset, bases[OPT_IN_COMMON]};
      opts_free(o->table, inner);
    } else if (o->type == OPT_T_LIST) {
      pv_free((PtrVec *)((char *)bases[o->base] + o->offset), NULL);
    }
  }
}
