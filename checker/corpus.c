/* corpus.c - reads the installed corpus (corpus.h): one folder per rule, one
 * folder per case, each case a mistake.c(pp) or mistake.py and its correct*
 * ways in the same language.
 * Used by `explain` (side by side) and `show` (the example of a finding).
 */
#include "corpus.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A program of a case: C, C++ or Python. */
static int is_program(const char *name) {
  return gl_has_suffix(name, ".c") || gl_has_suffix(name, ".cpp") || gl_has_suffix(name, ".py");
}

static size_t count_correct(const char *dir) {
  DIR *d = opendir(dir);
  size_t n = 0;
  struct dirent *de;
  while (d && (de = readdir(d)))
    if (!strncmp(de->d_name, "correct", 7) && is_program(de->d_name))
      n++;
  if (d) closedir(d);
  return n;
}

/* The best case of rule (corpus.h); exts: the mistake file names it may have. */
static char *best_case(const char *rule, const char *const *names);

char *corpus_case(const char *rule) {
  static const char *const both[] = {"mistake.cpp", "mistake.c", "mistake.py", NULL};
  return best_case(rule, both);
}

char *corpus_case_lang(const char *rule, Lang lang) {
  static const char *const c[] = {"mistake.c", NULL}, *const cxx[] = {"mistake.cpp", NULL},
                           *const py[] = {"mistake.py", NULL};
  return best_case(rule, lang == LANG_C ? c : lang == LANG_CXX ? cxx : lang == LANG_PYTHON ? py : NULL);
}

static int has_mistake(const char *dir, const char *const *names) {
  int found = 0;
  for (size_t i = 0; names && names[i] && !found; i++) {
    char *m = gl_path_join(dir, names[i]);
    found = gl_is_file(m);
    free(m);
  }
  return found;
}

static char *best_case(const char *rule, const char *const *names) {
  char *corpus = cli_corpus_dir();
  char *rule_dir = gl_path_join(corpus, rule);
  free(corpus);
  DIR *d = opendir(rule_dir);
  char *best = NULL;
  size_t best_n = 0;
  if (d) {
    struct dirent *de;
    while ((de = readdir(d))) {
      if (de->d_name[0] == '.') continue;
      char *dir = gl_path_join(rule_dir, de->d_name);
      size_t n = count_correct(dir);
      if (has_mistake(dir, names) && n &&
          (!best || n > best_n || (n == best_n && strcmp(dir, best) < 0))) {
        free(best);
        best = dir;
        best_n = n;
      } else {
        free(dir);
      }
    }
    closedir(d);
  }
  free(rule_dir);
  return best;
}

void corpus_case_files(const char *dir, PtrVec *out) {
  DIR *d = opendir(dir);
  if (!d) return;
  PtrVec correct = {0};
  struct dirent *de;
  while ((de = readdir(d))) {
    if (!is_program(de->d_name)) continue;
    if (!strncmp(de->d_name, "mistake.", 8)) pv_push(out, gl_path_join(dir, de->d_name));
    else if (!strncmp(de->d_name, "correct", 7)) pv_push(&correct, gl_path_join(dir, de->d_name));
  }
  closedir(d);
  for (size_t i = 1; i < correct.len; i++) /* insertion sort: few files */
    for (size_t j = i; j > 0 && strcmp(correct.items[j - 1], correct.items[j]) > 0; j--) {
      void *t = correct.items[j];
      correct.items[j] = correct.items[j - 1];
      correct.items[j - 1] = t;
    }
  for (size_t i = 0; i < correct.len; i++) pv_push(out, correct.items[i]);
  pv_free(&correct, NULL);
}
