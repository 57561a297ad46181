/* cmd.c - the dispatcher: runs one row of the command table (cmd.h).
 *
 * For every command the same steps, in this order: parse the options with
 * the command's table (-h/--help prints the usage made from the table),
 * the spec's prepare hook, the preamble its flags ask for, the handler,
 * then a checked flush of standard output. The Cmd owns what the steps
 * acquire and is released in one place, in reverse order.
 */
#include "cmd.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Prints paragraphs (separated by '\n') wrapped at 79 columns, a blank line between two. */
static void print_wrapped(FILE *out, const char *text) {
  for (const char *p = text; *p;) {
    size_t end = strcspn(p, "\n"), col = 0;
    for (const char *w = p; w < p + end;) {
      size_t len = strcspn(w, " \n");
      if (col && col + 1 + len > 79) {
        fputc('\n', out);
        col = 0;
      }
      fprintf(out, "%s%.*s", col ? " " : "", (int)len, w);
      col += (col ? 1 : 0) + len;
      w += len;
      while (*w == ' ') w++;
    }
    fputs(p[end] ? "\n\n" : "\n", out);
    p += end + (p[end] ? 1 : 0);
  }
}

void cmd_print_usage(FILE *out, const CmdSpec *spec) {
  for (const char *p = spec->usage, *prefix = "usage: "; *p; prefix = "       ") {
    size_t n = strcspn(p, "\n");
    fprintf(out, "%s%.*s\n", prefix, (int)n, p);
    p += n + (p[n] ? 1 : 0);
  }
  fputc('\n', out);
  print_wrapped(out, spec->about);
  fputc('\n', out);
  opts_usage(out, spec->options);
  if (spec->epilogue) {
    fputc('\n', out);
    print_wrapped(out, spec->epilogue);
  }
}

int cmd_want_args(Cmd *c, size_t n, const char *what) {
  if (c->args.len == n) return 1;
  if (n == 0) cli_error(c->name, "unexpected argument '%s'", (const char *)c->args.items[0]);
  else cli_usage_error(c->name, "expected %s", what);
  return 0;
}

/* The rules, the configuration and the database the command's flags ask for. */
static int preamble(Cmd *c, unsigned flags) {
  if ((flags & CMD_RULES) && !cli_load_rules(c->name, c->common.rules, c->common.config, c->config_from, &c->rs,
                                              (flags & CMD_CONFIG) ? &c->cfg : NULL))
    return 0;
  if (flags & CMD_DB_PATH) {
    c->root = cli_project_root(c->cwd);
    c->db_path = cli_db_path(c->common.db, &c->cfg, c->root);
  }
  if ((flags & CMD_DB) == CMD_DB && !(c->st = cli_open_existing(c->name, c->db_path))) return 0;
  return 1;
}

/* A report that could not be written must not look like success: a failed
 * flush of standard output turns the exit code into a usage error. */
static int finish(const Cmd *c, int code) {
  errno = 0;
  int failed = fflush(stdout) != 0 || ferror(stdout);
  if (!failed || code == EXIT_USAGE || code == EXIT_INTERRUPTED) return code;
  cli_error(c->name, "cannot write to standard output: %s", strerror(errno ? errno : EIO));
  return EXIT_USAGE;
}

static void cmd_release(Cmd *c, const CmdSpec *spec) {
  store_close(c->st);
  free(c->db_path);
  free(c->root);
  rules_config_free(&c->cfg);
  rules_free(c->rs);
  free(c->config_from);
  free(c->cwd);
  void *bases[2] = {c->opts, &c->common};
  opts_free(spec->options, bases);
  free(c->opts);
  pv_free(&c->rest, NULL);
  pv_free(&c->args, NULL);
}

int cmd_dispatch(const Command *command, int argc, char **argv) {
  const CmdSpec *spec = command->spec;
  Cmd c = {.name = command->name, .argc = argc, .argv = argv};
  c.opts = gl_xcalloc(1, spec->opts_size ? spec->opts_size : 1);
  void *bases[2] = {c.opts, &c.common};
  int code = EXIT_USAGE;
  switch (opts_parse(c.name, spec->options, bases, argc, argv, &c.args, &c.rest)) {
  case OPTS_HELP:
    cmd_print_usage(stdout, spec);
    code = finish(&c, EXIT_CLEAN);
    goto done;
  case OPTS_ERROR:
    goto done;
  case OPTS_OK:
    break;
  }
  if (!(c.cwd = getcwd(NULL, 0))) {
    cli_error(c.name, "cannot find the current directory: %s", strerror(errno));
    goto done;
  }
  if ((spec->prepare && !spec->prepare(&c)) || !preamble(&c, command->flags)) goto done;
  code = finish(&c, command->run(&c));
done:
  cmd_release(&c, spec);
  return code;
}
