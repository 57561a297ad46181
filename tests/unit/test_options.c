/* Unit tests for options.c: the one option parser and the usage it prints. */
#include <stdlib.h>

#include "check.h"
#include "options.h"

typedef struct {
  const char *name; /* --name */
} Inner;

typedef struct {
  const char *build_dir; /* -p */
  int jobs;              /* -j */
  int stats;             /* --stats */
  PtrVec tags;           /* --tag, repeatable */
  Inner inner;           /* an included table */
} Opts;

typedef struct {
  const char *db; /* --db, a shared option */
} Common;

static const Option inner_options[] = {
    OPT_STRING(0, "name", Inner, name, "NAME", "a name"),
    OPT_END(),
};

static const Option options[] = {
    OPT_STRING('p', NULL, Opts, build_dir, "BUILD_DIR", "read BUILD_DIR"),
    OPT_INT('j', "jobs", Opts, jobs, "N", "N jobs", "jobs", 1, 256),
    OPT_BOOL(0, "stats", Opts, stats, "print the time"),
    OPT_STRING_LIST(0, "tag", Opts, tags, "TAG", "a tag; repeatable,\nand said on two lines"),
    OPT_STRING_AT(OPT_IN_COMMON, 0, "db", Common, db, "PATH", "the database"),
    OPT_INCLUDE(Opts, inner, inner_options),
    OPT_END(),
};

static const Option with_rest[] = {
    OPT_BOOL(0, "stats", Opts, stats, "print the time"),
    OPT_REST("pass the rest to the compiler"),
    OPT_END(),
};

/* Parses a NULL-terminated argument list (the command name first). */
static OptsResult parse(const Option *table, Opts *o, Common *c, PtrVec *args, PtrVec *rest, const char **argv) {
  int argc = 0;
  while (argv[argc]) argc++;
  void *bases[2] = {o, c};
  return opts_parse("test", table, bases, argc, (char **)argv, args, rest);
}

static void values_after_equals_space_or_attached(void) {
  Opts o = {0};
  Common c = {0};
  PtrVec args = {0}, rest = {0};
  const char *argv[] = {"test", "-p", "b1", "-j4", "--stats", "--db=x.db", "--name", "n", "a.c", "-", NULL};
  CHECK(parse(options, &o, &c, &args, &rest, argv) == OPTS_OK);
  CHECK_STR(o.build_dir, "b1");
  CHECK(o.jobs == 4 && o.stats == 1);
  CHECK_STR(c.db, "x.db");
  CHECK_STR(o.inner.name, "n");
  CHECK(args.len == 2 && rest.len == 0);
  if (args.len == 2) CHECK_STR(args.items[1], "-");
  pv_free(&args, NULL);
}

static void a_list_keeps_every_occurrence(void) {
  Opts o = {0};
  Common c = {0};
  PtrVec args = {0}, rest = {0};
  const char *argv[] = {"test", "--tag", "a", "--tag=b", "--tag", "c", NULL};
  CHECK(parse(options, &o, &c, &args, &rest, argv) == OPTS_OK);
  CHECK(o.tags.len == 3);
  if (o.tags.len == 3) CHECK_STR(o.tags.items[2], "c");
  void *bases[2] = {&o, &c};
  opts_free(options, bases);
  CHECK(o.tags.len == 0 && o.tags.items == NULL);
}

static void double_dash_ends_the_options(void) {
  Opts o = {0};
  Common c = {0};
  PtrVec args = {0}, rest = {0};
  const char *argv[] = {"test", "x", "--", "--stats", NULL};
  CHECK(parse(options, &o, &c, &args, &rest, argv) == OPTS_OK);
  CHECK(o.stats == 0 && args.len == 2 && rest.len == 0);
  pv_free(&args, NULL);
  const char *argv2[] = {"test", "x", "--stats", "--", "-DX", "y", NULL};
  CHECK(parse(with_rest, &o, &c, &args, &rest, argv2) == OPTS_OK);
  CHECK(o.stats == 1 && args.len == 1 && rest.len == 2);
  if (rest.len == 2) CHECK_STR(rest.items[0], "-DX");
  pv_free(&args, NULL);
  pv_free(&rest, NULL);
}

static void errors_and_help(void) {
  static const char *const bad[][4] = {
      {"test", "--frob", NULL}, {"test", "-x", NULL},          {"test", "--db", NULL},
      {"test", "-j", "0", NULL}, {"test", "--jobs=4x", NULL}, {"test", "--stats=1", NULL},
      {"test", "-pfoo", "--stats", "--name"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    Opts o = {0};
    Common c = {0};
    PtrVec args = {0}, rest = {0};
    const char *argv[5] = {bad[i][0], bad[i][1], bad[i][2], bad[i][3], NULL};
    CHECK(parse(options, &o, &c, &args, &rest, argv) == OPTS_ERROR);
    pv_free(&args, NULL);
  }
  Opts o = {0};
  Common c = {0};
  PtrVec args = {0}, rest = {0};
  const char *argv[] = {"test", "--stats", "-h", "--frob", NULL};
  CHECK(parse(options, &o, &c, &args, &rest, argv) == OPTS_HELP);
}

static void usage_lists_every_option_with_its_help(void) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  opts_usage(f, options);
  fclose(f);
  CHECK_STR(text, "options:\n"
                  "  -p BUILD_DIR       read BUILD_DIR\n"
                  "  -j, --jobs N       N jobs\n"
                  "  --stats            print the time\n"
                  "  --tag TAG          a tag; repeatable,\n"
                  "                     and said on two lines\n"
                  "  --db PATH          the database\n"
                  "  --name NAME        a name\n"
                  "  -h, --help         show this help\n");
  free(text);
}

int main(void) {
  RUN(values_after_equals_space_or_attached);
  RUN(a_list_keeps_every_occurrence);
  RUN(double_dash_ends_the_options);
  RUN(errors_and_help);
  RUN(usage_lists_every_option_with_its_help);
  return check_failures ? 1 : 0;
}
