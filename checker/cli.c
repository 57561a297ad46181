/* cli.c - helpers shared by the commands (cli.h). These may print: they
 * belong to the command layer. */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *cli_project_root(const char *start) {
  char *dir = gl_xstrdup(start);
  for (;;) {
    char *git = gl_path_join(dir, ".git");
    int found = gl_is_dir(git) || gl_is_file(git);
    free(git);
    if (found) return dir;
    if (!strcmp(dir, "/")) break;
    char *up = gl_path_dirname(dir);
    free(dir);
    dir = up;
  }
  free(dir);
  return gl_xstrdup(start);
}

char *cli_db_path(const char *opt, const ProjectConfig *cfg, const char *root) {
  if (opt) return gl_xstrdup(opt);
  if (cfg && cfg->db) return gl_xstrdup(cfg->db);
  return gl_path_join(root, ".growlint/growlint.db");
}

Store *cli_open_existing(const char *cmd, const char *path) {
  if (!gl_is_file(path)) {
    cli_error(cmd, "no database at '%s' (run 'growlint check' first, or give --db)", path);
    return NULL;
  }
  Store *st = NULL;
  GlError err = {{0}};
  if (store_open(path, &st, &err) != GL_OK) {
    cli_error(cmd, "%s", err.msg);
    return NULL;
  }
  return st;
}

char *cli_git(const char *dir, const char *const *args) {
  int fds[2];
  if (pipe(fds) != 0) return NULL;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return NULL;
  }
  if (pid == 0) {
    const char *argv[16] = {"git", "-C", dir};
    int n = 3;
    for (int i = 0; args[i] && n < 15; i++) argv[n++] = args[i];
    argv[n] = NULL;
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    FILE *null = freopen("/dev/null", "w", stderr);
    (void)null;
    execvp("git", (char *const *)argv);
    _exit(127);
  }
  close(fds[1]);
  StrBuf sb = {0};
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) sb_appendn(&sb, buf, (size_t)n);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !sb.len) {
    sb_free(&sb);
    return NULL;
  }
  char *s = sb_steal(&sb);
  s[strcspn(s, "\n")] = '\0';
  return s;
}

char *cli_find_config(const char *start) { return cli_find_upward(start, ".growlint.yaml"); }

char *cli_find_upward(const char *start, const char *name) {
  char *dir = gl_xstrdup(start);
  for (;;) {
    char *cfg = gl_path_join(dir, name);
    if (gl_is_file(cfg)) {
      free(dir);
      return cfg;
    }
    free(cfg);
    if (!strcmp(dir, "/") || !strcmp(dir, ".")) break;
    char *up = gl_path_dirname(dir);
    free(dir);
    dir = up;
  }
  free(dir);
  return NULL;
}

void cli_config_conflict(const char *cmd, const char *file, const char *cfg, const char *other, const char *other_cfg,
                         const char *cwd) {
  char *f = gl_path_relative(file, cwd), *fc = gl_path_relative(cfg, cwd), *o = gl_path_relative(other, cwd);
  char *oc = other_cfg ? gl_path_relative(other_cfg, cwd) : NULL;
  cli_error(cmd, "'%s' is under '%s' but '%s' is under %s%s%s: one run links one program under one configuration; "
            "analyse them in separate runs, exclude one of them, or choose the configuration with --config",
            f, fc, o, oc ? "'" : "no configuration", oc ? oc : "", oc ? "'" : "");
  free(f);
  free(fc);
  free(o);
  free(oc);
}

int cli_config_of_files(const char *cmd, char *const *files, size_t n, const char *cwd, char **config,
                        const char **from) {
  StrMap by_dir = {0}; /* folder -> its nearest configuration (owned), or "" */
  *config = NULL;
  *from = NULL;
  int ok = 1;
  for (size_t i = 0; i < n && ok; i++) {
    char *real = gl_realpath(files[i]);
    if (!real) continue;
    char *dir = gl_is_dir(real) ? gl_xstrdup(real) : gl_path_dirname(real);
    char *cfg = sm_get(&by_dir, dir);
    if (!cfg) {
      char *found = cli_find_config(dir);
      cfg = found ? found : gl_xstrdup("");
      sm_put(&by_dir, dir, cfg);
    }
    if (*cfg && !*config) {
      *config = gl_xstrdup(cfg);
      *from = files[i];
    } else if (*cfg && strcmp(cfg, *config)) {
      cli_config_conflict(cmd, files[i], cfg, *from, *config, cwd);
      ok = 0;
    }
    free(dir);
    free(real);
  }
  sm_free(&by_dir, free);
  if (!ok) {
    free(*config);
    *config = NULL;
  }
  return ok;
}

static char *exe_dir(void) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return NULL;
  buf[n] = '\0';
  return gl_path_dirname(buf);
}

/* share/growlint/NAME next to an installed binary, else the source tree's. */
static char *data_dir(const char *name, const char *source_dir) {
  char *dir = exe_dir();
  if (dir) {
    char *rel = gl_xasprintf("../share/growlint/%s", name);
    char *installed = gl_path_join(dir, rel);
    free(rel);
    free(dir);
    if (gl_is_dir(installed)) return installed;
    free(installed);
  }
  char *real = gl_realpath(source_dir);
  return real ? real : gl_xstrdup(source_dir);
}

char *cli_rules_dir(void) { return data_dir("rules", GROWLINT_SOURCE_RULES_DIR); }
char *cli_corpus_dir(void) { return data_dir("corpus", GROWLINT_SOURCE_RULES_DIR "/../corpus"); }

int cli_load_rules(const char *cmd, const char *dir_opt, const char *config_path, const char *search_dir, RuleSet **rs,
                   ProjectConfig *cfg) {
  GlError err = {{0}};
  char *dir = dir_opt ? gl_xstrdup(dir_opt) : cli_rules_dir();
  GlResult rc = rules_load(dir, rs, &err);
  free(dir);
  if (rc == GL_OK && cfg) {
    char *path = config_path ? gl_xstrdup(config_path) : search_dir ? cli_find_config(search_dir) : NULL;
    if (config_path && !gl_is_file(config_path)) {
      gl_error_set(&err, "no such configuration file: '%s'", config_path);
      rc = GL_EINPUT;
    } else if (path) {
      rc = rules_load_config(*rs, path, cfg, &err);
    }
    free(path);
  }
  if (rc != GL_OK) {
    cli_error(cmd, "%s", err.msg);
    rules_free(*rs);
    *rs = NULL;
    return 0;
  }
  return 1;
}

static void say(const char *cmd, const char *level, const char *fmt, va_list ap) {
  fprintf(stderr, "growlint%s%s: %s%s", cmd ? " " : "", cmd ? cmd : "", level, *level ? ": " : "");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

#define SAY(level)        \
  va_list ap;             \
  va_start(ap, fmt);      \
  say(cmd, level, fmt, ap); \
  va_end(ap)

void cli_error(const char *cmd, const char *fmt, ...) { SAY("error"); }
void cli_warning(const char *cmd, const char *fmt, ...) { SAY("warning"); }
void cli_note(const char *cmd, const char *fmt, ...) { SAY("note"); }
void cli_message(const char *cmd, const char *fmt, ...) { SAY(""); }

void cli_usage_error(const char *cmd, const char *fmt, ...) {
  SAY("error");
  fprintf(stderr, "Run 'growlint %s --help' for usage.\n", cmd);
}
