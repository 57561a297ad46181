/* units.c - turns what the user named into translation units.
 *
 * Invariants: every Unit's file is absolute; units are sorted by file and
 * argument string and contain no duplicates; arguments never name the
 * output file, dependency files or a compiler plugin.
 */
#include "units.h"

#include "frontend.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>


void unit_free(void *p) {
  Unit *u = p;
  if (!u) return;
  free(u->file);
  free(u->directory);
  pv_free(&u->args, free);
  free(u);
}

char *unit_args_string(const Unit *u) {
  StrBuf sb = {0};
  for (size_t i = 0; i < u->args.len; i++) {
    if (i) sb_append(&sb, " ");
    sb_append(&sb, u->args.items[i]);
  }
  return sb_steal(&sb);
}

static int is_source(const char *name) { return frontend_is_source(name); }
static int is_header(const char *name) { return frontend_is_header(name); }
static int is_c(const char *name) { return gl_has_suffix(name, ".c"); }
static int is_python(const char *name) { return gl_has_suffix(name, ".py"); }

static void scan_dir(const char *dir, PtrVec *sources, PtrVec *headers) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.') continue; /* ., .., .git, .growlint */
    char *path = gl_path_join(dir, de->d_name);
    if (gl_is_dir(path)) scan_dir(path, sources, headers);
    else if (is_source(de->d_name) && gl_is_file(path)) pv_push(sources, gl_xstrdup(path));
    else if (is_header(de->d_name) && gl_is_file(path)) pv_push(headers, gl_xstrdup(path));
    free(path);
  }
  closedir(d);
}

static int cmp_unit(const void *a, const void *b) {
  const Unit *x = *(Unit *const *)a, *y = *(Unit *const *)b;
  int c = strcmp(x->file, y->file);
  if (c) return c;
  char *sx = unit_args_string(x), *sy = unit_args_string(y);
  c = strcmp(sx, sy);
  free(sx);
  free(sy);
  return c;
}

static void sort_dedup(PtrVec *out, size_t first) {
  if (out->len - first < 2) return;
  qsort(out->items + first, out->len - first, sizeof *out->items, cmp_unit);
  size_t w = first + 1;
  for (size_t r = first + 1; r < out->len; r++) {
    if (cmp_unit(&out->items[r], &out->items[w - 1]) == 0) unit_free(out->items[r]);
    else out->items[w++] = out->items[r];
  }
  out->len = w;
}

static int lang_of_x(const char *x, Lang *lang) {
  if (!strcmp(x, "c") || !strcmp(x, "c-header")) *lang = LANG_C;
  else if (!strcmp(x, "c++") || !strcmp(x, "c++-header")) *lang = LANG_CXX;
  else return 0;
  return 1;
}

Lang units_lang(const char *file, const char *const *args, int nargs) {
  if (is_python(file)) return LANG_PYTHON;
  Lang lang = LANG_CXX, by_std = LANG_CXX;
  int have_x = 0, have_std = 0;
  for (int i = 0; i < nargs; i++) {
    const char *a = args[i];
    if (!strcmp(a, "-x") && i + 1 < nargs) have_x |= lang_of_x(args[++i], &lang);
    else if (!strncmp(a, "-x", 2) && a[2]) have_x |= lang_of_x(a + 2, &lang);
    else if (!strncmp(a, "-std=", 5) || !strncmp(a, "--std=", 6)) {
      have_std = 1;
      by_std = strstr(a, "++") ? LANG_CXX : LANG_C;
    }
  }
  if (have_x) return lang;
  if (have_std) return by_std;
  return is_c(file) || gl_has_suffix(file, ".h") ? LANG_C : LANG_CXX;
}

/* clangd's convention: the nearest compile_flags.txt at or above dir holds
 * the arguments, one a line, relative paths relative to its folder. Appends
 * them to args and returns its folder (owned), or NULL when there is none. */
static char *compile_flags(const char *dir, PtrVec *args) {
  char *d = gl_xstrdup(dir);
  for (;;) {
    char *path = gl_path_join(d, "compile_flags.txt");
    size_t len = 0;
    char *text = gl_is_file(path) ? gl_read_file(path, &len, NULL) : NULL;
    free(path);
    if (text) {
      for (char *save = NULL, *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t')) line[--n] = '\0';
        if (n) pv_push(args, gl_xstrdup(line));
      }
      free(text);
      return d;
    }
    if (!strcmp(d, "/") || !strcmp(d, ".")) break;
    char *up = gl_path_dirname(d);
    free(d);
    d = up;
  }
  free(d);
  return NULL;
}

static int has_std(const PtrVec *args) {
  for (size_t i = 0; i < args->len; i++)
    if (!strncmp(args->items[i], "-std=", 5) || !strncmp(args->items[i], "--std=", 6)) return 1;
  return 0;
}

/* Is the header file C++? When its folder holds C++ sources, or its text
 * uses C++ (a namespace, a class with access specifiers, a template, std::). */
static int header_is_cxx(const char *file) {
  char *dir = gl_path_dirname(file);
  DIR *d = opendir(dir);
  int cxx = 0;
  struct dirent *de;
  while (d && !cxx && (de = readdir(d)))
    cxx = is_source(de->d_name) && !is_c(de->d_name);
  if (d) closedir(d);
  free(dir);
  if (cxx) return 1;
  size_t len = 0;
  char *text = gl_read_file(file, &len, NULL);
  static const char *const words[] = {"namespace ", "template <", "template<", "std::", "public:", "private:",
                                      "protected:", "class ", NULL};
  for (size_t i = 0; text && words[i] && !cxx; i++) cxx = strstr(text, words[i]) != NULL;
  free(text);
  return cxx;
}

static Unit *default_unit(const char *file, int cxx_headers, const PtrVec *extra) {
  Unit *u = gl_xcalloc(1, sizeof *u);
  u->file = gl_xstrdup(file);
  u->directory = gl_path_dirname(file);
  if (is_python(file)) { /* a module: no compiler arguments */
    u->lang = LANG_PYTHON;
    return u;
  }
  PtrVec flags = {0};
  char *flags_dir = compile_flags(u->directory, &flags);
  int header = is_header(file);
  int c = is_c(file) || (gl_has_suffix(file, ".h") && !cxx_headers && !header_is_cxx(file));
  if (header) {
    pv_push(&u->args, gl_xstrdup("-x"));
    pv_push(&u->args, gl_xstrdup(c ? "c-header" : "c++-header"));
  } else if (!c) {
    pv_push(&u->args, gl_xstrdup("-x"));
    pv_push(&u->args, gl_xstrdup("c++"));
  }
  /* clang's own defaults: GNU dialects */
  if (!has_std(&flags)) pv_push(&u->args, gl_xstrdup(c ? "-std=gnu17" : "-std=gnu++17"));
  pv_push(&u->args, gl_xasprintf("-I%s", u->directory));
  for (size_t i = 0; i < flags.len; i++) pv_push(&u->args, flags.items[i]);
  pv_free(&flags, NULL);
  if (flags_dir) { /* its relative paths are relative to its folder */
    free(u->directory);
    u->directory = flags_dir;
  }
  for (size_t i = 0; extra && i < extra->len; i++) pv_push(&u->args, gl_xstrdup(extra->items[i]));
  u->lang = units_lang(u->file, (const char *const *)u->args.items, (int)u->args.len);
  return u;
}

GlResult units_from_paths(char *const *paths, int n, const PtrVec *extra, PtrVec *out, GlError *err) {
  PtrVec files = {0}, headers = {0}, named = {0};
  GlResult rc = GL_OK;
  for (int i = 0; i < n && rc == GL_OK; i++) {
    char *real = gl_realpath(paths[i]);
    if (!real) {
      gl_error_set(err, "no such file or directory: '%s'", paths[i]);
      rc = GL_EINPUT;
    } else if (gl_is_dir(real)) {
      PtrVec s = {0}, h = {0};
      scan_dir(real, &s, &h);
      for (size_t j = 0; j < s.len; j++) pv_push(&files, s.items[j]);
      for (size_t j = 0; j < h.len; j++) pv_push(s.len ? &headers : &files, h.items[j]);
      pv_free(&s, NULL);
      pv_free(&h, NULL);
      free(real);
    } else if (is_source(real) || is_header(real)) {
      pv_push(&named, real);
    } else {
      gl_error_set(err, "'%s' is not a C or C++ file (expected .c .cc .cpp .cxx .h .hh .hpp .hxx)", paths[i]);
      free(real);
      rc = GL_EINPUT;
    }
  }
  for (size_t i = 0; i < named.len; i++) pv_push(&files, named.items[i]);
  pv_free(&named, NULL);
  int cxx = 0;
  for (size_t i = 0; i < files.len; i++)
    if (is_source(files.items[i]) && !is_c(files.items[i]) && !is_python(files.items[i])) cxx = 1;
  size_t first = out->len;
  for (size_t i = 0; rc == GL_OK && i < files.len; i++) pv_push(out, default_unit(files.items[i], cxx, extra));
  sort_dedup(out, first);
  pv_free(&files, free);
  pv_free(&headers, free);
  return rc;
}

void units_split_command(const char *cmd, PtrVec *out) {
  StrBuf word = {0};
  int in_word = 0;
  for (const char *p = cmd; *p; p++) {
    char ch = *p;
    if (ch == ' ' || ch == '\t' || ch == '\n') {
      if (in_word) pv_push(out, sb_steal(&word));
      in_word = 0;
    } else if (ch == '\\' && p[1]) {
      sb_appendn(&word, ++p, 1);
      in_word = 1;
    } else if (ch == '\'') {
      in_word = 1;
      for (p++; *p && *p != '\''; p++) sb_appendn(&word, p, 1);
      if (!*p) break;
    } else if (ch == '"') {
      in_word = 1;
      for (p++; *p && *p != '"'; p++) {
        if (*p == '\\' && (p[1] == '"' || p[1] == '\\')) p++;
        sb_appendn(&word, p, 1);
      }
      if (!*p) break;
    } else {
      sb_appendn(&word, p, 1);
      in_word = 1;
    }
  }
  if (in_word) pv_push(out, sb_steal(&word));
  sb_free(&word);
}

/* Arguments that make the compiler load and run code named by the input. */
static int loads_code(const char *a) {
  return !strncmp(a, "-fplugin", 8) || !strncmp(a, "-fpass-plugin", 13) || !strcmp(a, "-load") ||
         !strncmp(a, "-load=", 6) || !strncmp(a, "-plugin", 7) || !strncmp(a, "-add-plugin", 11) ||
         !strncmp(a, "--plugin", 8) ||
         /* files of more arguments that growlint would not see: a response file, a clang config file */
         a[0] == '@' || !strncmp(a, "--config", 8);
}

/* Keeps the arguments that matter for parsing. */
static void filter_args(Unit *u, PtrVec *raw, const char *entry_file, StrBuf *dropped) {
  for (size_t i = 1; i < raw->len; i++) { /* [0] is the compiler */
    const char *a = raw->items[i];
    const char *next = i + 1 < raw->len ? raw->items[i + 1] : NULL;
    if (!strcmp(a, "-c") || !strcmp(a, "-MD") || !strcmp(a, "-MMD") || !strcmp(a, "-M") || !strcmp(a, "-MM") ||
        !strcmp(a, "-MP") || !strncmp(a, "-o", 2) || !strncmp(a, "-MF", 3) || !strncmp(a, "-MT", 3) ||
        !strncmp(a, "-MQ", 3)) {
      if ((!strcmp(a, "-o") || !strcmp(a, "-MF") || !strcmp(a, "-MT") || !strcmp(a, "-MQ")) && next) i++;
      continue;
    }
    if (!strcmp(a, "-Xclang") && next && loads_code(next)) {
      sb_appendf(dropped, "%s %s ", a, next);
      i++;
      if (i + 2 < raw->len && !strcmp(raw->items[i + 1], "-Xclang")) { /* -Xclang -load -Xclang LIB */
        sb_appendf(dropped, "-Xclang %s ", (char *)raw->items[i + 2]);
        i += 2;
      }
      continue;
    }
    if (loads_code(a)) {
      sb_appendf(dropped, "%s ", a);
      if (!strcmp(a, "--config") && next) sb_appendf(dropped, "%s ", (char *)raw->items[++i]);
      continue;
    }
    if (!strcmp(a, entry_file) || !strcmp(a, u->file)) continue;
    if (a[0] != '-') { /* the source named relative to the directory (bear writes it so) */
      char *joined = gl_path_join(u->directory, a);
      char *real = gl_realpath(joined);
      int same = real && !strcmp(real, u->file);
      free(real);
      free(joined);
      if (same) continue;
    }
    pv_push(&u->args, gl_xstrdup(a));
  }
}

static GlResult cdb_entry(json_t *e, size_t index, const char *cdb_path, Unit **out, StrBuf *dropped,
                          GlError *err) {
  *out = NULL;
  if (!json_is_object(e)) {
    gl_error_set(err, "%s: entry %zu is not an object", cdb_path, index);
    return GL_EINPUT;
  }
  json_t *dir = json_object_get(e, "directory"), *file = json_object_get(e, "file");
  json_t *args = json_object_get(e, "arguments"), *cmd = json_object_get(e, "command");
  if (!json_is_string(dir) || !json_is_string(file)) {
    gl_error_set(err, "%s: entry %zu needs string fields 'directory' and 'file'", cdb_path, index);
    return GL_EINPUT;
  }
  if (!json_is_array(args) && !json_is_string(cmd)) {
    gl_error_set(err, "%s: entry %zu needs 'arguments' (a list of strings) or 'command' (a string)", cdb_path,
                 index);
    return GL_EINPUT;
  }
  PtrVec raw = {0};
  if (json_is_array(args)) {
    size_t i;
    json_t *a;
    json_array_foreach(args, i, a) {
      if (!json_is_string(a)) {
        gl_error_set(err, "%s: entry %zu: 'arguments' must hold only strings", cdb_path, index);
        pv_free(&raw, free);
        return GL_EINPUT;
      }
      pv_push(&raw, gl_xstrdup(json_string_value(a)));
    }
  } else {
    units_split_command(json_string_value(cmd), &raw);
  }
  Unit *u = gl_xcalloc(1, sizeof *u);
  u->directory = gl_xstrdup(json_string_value(dir));
  char *joined = gl_path_join(u->directory, json_string_value(file));
  u->file = gl_realpath(joined);
  if (!u->file) u->file = joined;
  else free(joined);
  filter_args(u, &raw, json_string_value(file), dropped);
  pv_free(&raw, free);
  *out = u;
  return GL_OK;
}

static int under_any(const char *file, char *const *real, int n) {
  for (int i = 0; i < n; i++) {
    size_t len = strlen(real[i]);
    if (!strcmp(file, real[i]) || (!strncmp(file, real[i], len) && (file[len] == '/' || real[i][len - 1] == '/')))
      return 1;
  }
  return 0;
}

GlResult units_parse_cdb(const char *text, size_t len, const char *name, char *const *paths, int n,
                         const PtrVec *extra, PtrVec *out, StrBuf *dropped, GlError *err) {
  json_error_t jerr;
  json_t *root = json_loadb(text, len, 0, &jerr);
  if (!root) {
    gl_error_set(err, "%s:%d:%d: malformed compile database: %s", name, jerr.line, jerr.column, jerr.text);
    return GL_EINPUT;
  }
  GlResult rc = GL_OK;
  if (!json_is_array(root)) {
    gl_error_set(err, "%s: a compile database must be a JSON array of entries", name);
    rc = GL_EINPUT;
  }
  char **real = gl_xcalloc((size_t)n + 1, sizeof *real);
  for (int i = 0; rc == GL_OK && i < n; i++) {
    real[i] = gl_realpath(paths[i]);
    if (!real[i]) {
      gl_error_set(err, "no such file or directory: '%s'", paths[i]);
      rc = GL_EINPUT;
    }
  }
  size_t first = out->len, index;
  json_t *e;
  if (rc == GL_OK) {
    json_array_foreach(root, index, e) {
      Unit *u = NULL;
      rc = cdb_entry(e, index, name, &u, dropped, err);
      if (rc != GL_OK) break;
      if (n && !under_any(u->file, real, n)) {
        unit_free(u);
        continue;
      }
      for (size_t i = 0; extra && i < extra->len; i++) pv_push(&u->args, gl_xstrdup(extra->items[i]));
      u->lang = units_lang(u->file, (const char *const *)u->args.items, (int)u->args.len);
      pv_push(out, u);
    }
  }
  if (rc == GL_OK) sort_dedup(out, first);
  for (int i = 0; i < n; i++) free(real[i]);
  free(real);
  json_decref(root);
  return rc;
}

GlResult units_from_cdb(const char *build_dir, char *const *paths, int n, const PtrVec *extra, PtrVec *out,
                        StrBuf *dropped, GlError *err) {
  char *cdb_path = gl_is_dir(build_dir) ? gl_path_join(build_dir, "compile_commands.json") : gl_xstrdup(build_dir);
  if (!gl_is_file(cdb_path)) {
    gl_error_set(err, "no compile database: '%s' does not exist (generate it with "
                 "cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or bear)", cdb_path);
    free(cdb_path);
    return GL_EINPUT;
  }
  size_t len = 0;
  char *text = gl_read_file(cdb_path, &len, err);
  GlResult rc = text ? units_parse_cdb(text, len, cdb_path, paths, n, extra, out, dropped, err) : GL_EINPUT;
  free(text);
  free(cdb_path);
  return rc;
}
