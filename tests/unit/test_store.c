/* Unit tests for store.c: schema creation, versions, facts replacement. */
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "check.h"
#include "store.h"

static const char *path = "/tmp/growlint-store-test.db";

static void cleanup_db(void) {
  remove(path);
  char buf[256];
  snprintf(buf, sizeof buf, "%s-wal", path);
  remove(buf);
  snprintf(buf, sizeof buf, "%s-shm", path);
  remove(buf);
}

static int count_cb(void *ctx, const FactStorage *s) {
  (void)s;
  ++*(int *)ctx;
  return 0;
}

static void facts_of_a_unit_are_replaced(void) {
  cleanup_db();
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return;
  RunInfo info = {"/", "0", "clang", "test", NULL, NULL, 0, NULL};
  int64_t run = 0;
  CHECK(store_run_begin(st, &info, &run, &err) == GL_OK);
  Facts f = {0};
  FactStorage *s = gl_xcalloc(1, sizeof *s);
  s->key = gl_xstrdup("c:@g");
  s->loc.file = gl_xstrdup("/a.cpp");
  s->owner_loc.file = gl_xstrdup("");
  pv_push(&f.storages, s);
  CHECK(store_unit_save(st, run, "/a.cpp", "/", "-std=c++17", "ok", 0, "", &f, NULL, NULL, &err) == GL_OK);
  CHECK(store_unit_save(st, run, "/a.cpp", "/", "-std=c++17", "ok", 0, "", &f, NULL, NULL, &err) == GL_OK);
  int n = 0;
  CHECK(store_each_storage(st, run, count_cb, &n, &err) == GL_OK);
  CHECK(n == 1);
  facts_free(&f);
  store_close(st);
  cleanup_db();
}

static int lang_cb(void *ctx, const FactStorage *s) {
  *(Lang *)ctx = s->lang;
  return 0;
}

static void storages_keep_their_language(void) {
  cleanup_db();
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return;
  RunInfo info = {"/", "0", "clang", "test", NULL, NULL, 0, NULL};
  int64_t run = 0;
  CHECK(store_run_begin(st, &info, &run, &err) == GL_OK);
  Facts f = {0};
  FactStorage *s = gl_xcalloc(1, sizeof *s);
  s->key = gl_xstrdup("c:a.c@g");
  s->lang = LANG_C;
  s->loc.file = gl_xstrdup("/a.c");
  s->owner_loc.file = gl_xstrdup("");
  pv_push(&f.storages, s);
  CHECK(store_unit_save(st, run, "/a.c", "/", "-std=c17", "ok", 0, "", &f, NULL, NULL, &err) == GL_OK);
  Lang lang = LANG_PYTHON;
  CHECK(store_each_storage(st, run, lang_cb, &lang, &err) == GL_OK);
  CHECK(lang == LANG_C);
  facts_free(&f);
  store_close(st);
  cleanup_db();
}

/* Appends the rows of a PRAGMA query, one line per row. */
static void pragma_rows(sqlite3 *db, const char *sql, StrBuf *out) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
    sb_appendf(out, "error: %s\n", sqlite3_errmsg(db));
    return;
  }
  while (sqlite3_step(s) == SQLITE_ROW) {
    sb_append(out, " ");
    for (int i = 0; i < sqlite3_column_count(s); i++) {
      const char *v = (const char *)sqlite3_column_text(s, i);
      sb_appendf(out, "%s|", v ? v : "NULL");
    }
    sb_append(out, "\n");
  }
  sqlite3_finalize(s);
}

static int word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\''; }

/* sql with whitespace only where it separates two words, then a newline. */
static void normalised_sql(StrBuf *out, const char *sql) {
  char prev = '\0';
  int space = 0;
  for (const char *c = sql; *c; c++) {
    if (*c == ' ' || *c == '\n' || *c == '\t') { space = 1; continue; }
    if (space && word_char(prev) && word_char(*c)) sb_append(out, " ");
    space = 0;
    sb_appendn(out, c, 1);
    prev = *c;
  }
  sb_append(out, "\n");
}

/* The schema of a database as text that does not depend on how it was
 * built: the user_version; each table's and index's SQL from sqlite_master
 * with its whitespace normalised; and per table its columns (name, type,
 * not null, default, primary key), foreign keys and indexes with their
 * columns as SQLite understands them. */
static char *schema_of(const char *file) {
  sqlite3 *db = NULL;
  StrBuf out = {0};
  if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    sqlite3_close(db);
    return gl_xstrdup("cannot open");
  }
  pragma_rows(db, "PRAGMA user_version", &out);
  sqlite3_stmt *s = NULL;
  sqlite3_prepare_v2(db, "SELECT type, name, IFNULL(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                         "ORDER BY type, name", -1, &s, NULL);
  while (sqlite3_step(s) == SQLITE_ROW) {
    const char *type = (const char *)sqlite3_column_text(s, 0), *name = (const char *)sqlite3_column_text(s, 1);
    sb_appendf(&out, "%s %s\n", type, name);
    normalised_sql(&out, (const char *)sqlite3_column_text(s, 2));
    if (!strcmp(type, "index")) continue;
    char sql[256];
    const char *const pragmas[] = {"table_info", "foreign_key_list", "index_list"};
    for (int i = 0; i < 3; i++) {
      snprintf(sql, sizeof sql, "PRAGMA %s(%s)", pragmas[i], name);
      pragma_rows(db, sql, &out);
    }
    snprintf(sql, sizeof sql, "SELECT il.name, ii.* FROM pragma_index_list('%s') il, pragma_index_info(il.name) ii "
                              "WHERE il.origin <> 'c' ORDER BY il.name, ii.seqno", name);
    pragma_rows(db, sql, &out);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return sb_steal(&out);
}

/* A new database is created at the current version directly; an old one
 * is migrated; both must end with the same schema. */
static void a_fresh_database_equals_a_migrated_version_1_database(void) {
  const char *migrated = "/tmp/growlint-store-test-v1.db";
  cleanup_db();
  remove(migrated);
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "cp '%s/schema-v1.db' '%s'", FIXTURES, migrated);
  CHECK(system(cmd) == 0);
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(migrated, &st, &err) == GL_OK);
  store_close(st);
  st = NULL;
  CHECK(store_open(path, &st, &err) == GL_OK);
  store_close(st);
  char *want = schema_of(path), *got = schema_of(migrated);
  CHECK(strstr(want, "table op\n") != NULL && strstr(want, "|root_func|TEXT|1|") != NULL);
  CHECK_STR(got, want);
  free(want);
  free(got);
  remove(migrated);
  cleanup_db();
}

/* Runs SQL on the test database through a second connection (to inject
 * failures the way a damaged database would show them). */
static void raw_exec(const char *sql) {
  sqlite3 *db = NULL;
  CHECK(sqlite3_open(path, &db) == SQLITE_OK);
  char *msg = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) fprintf(stderr, "raw_exec: %s\n", msg);
  CHECK(msg == NULL);
  sqlite3_free(msg);
  sqlite3_close(db);
}

/* Reading unit_dep now fails on every row (abs() of the smallest integer
 * is an overflow error at step time, not at prepare time). */
static const char failing_unit_dep[] =
    "ALTER TABLE unit_dep RENAME TO unit_dep_real;"
    "CREATE VIEW unit_dep AS SELECT unit_id, abs(-9223372036854775807 - 1) AS file, abs(-9223372036854775807 - 1) AS hash, "
    "NULL AS size, NULL AS mtime FROM unit_dep_real;";

/* A unit cached with one dependency; returns its run. */
static int64_t cached_unit(Store *st, FileHashes *fh, const char *dep) {
  FILE *fp = fopen(dep, "w");
  fputs("int x;\n", fp);
  fclose(fp);
  RunInfo info = {"/", "0", "clang", "test", NULL, NULL, 0, NULL};
  int64_t run = 0;
  GlError err = {{0}};
  CHECK(store_run_begin(st, &info, &run, &err) == GL_OK);
  Facts f = {0};
  pv_push(&f.deps, gl_xstrdup(dep));
  CHECK(store_unit_save(st, run, dep, "/", "-std=c17", "ok", 0, "", &f, "key", fh, &err) == GL_OK);
  facts_free(&f);
  return run;
}

static void a_failing_dependency_read_is_an_error_not_fresh_facts(void) {
  cleanup_db();
  const char *dep = "/tmp/growlint-store-test-dep.h";
  Store *st = NULL;
  GlError err = {{0}};
  FileHashes fh = {0};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return;
  cached_unit(st, &fh, dep);
  int64_t id = -1;
  CHECK(store_unit_lookup(st, dep, "-std=c17", "key", &fh, &id, &err) == GL_OK);
  CHECK(id > 0); /* fresh */
  store_close(st);
  raw_exec(failing_unit_dep);
  CHECK(store_open(path, &st, &err) == GL_OK);
  id = -1;
  CHECK(store_unit_lookup(st, dep, "-std=c17", "key", &fh, &id, &err) == GL_EIO);
  CHECK(id == 0);
  CHECK(strstr(err.msg, "integer overflow") != NULL);
  StrMap units = {0};
  CHECK(store_units_including(st, dep, &units, &err) == GL_EIO);
  sm_free(&units, NULL);
  store_close(st);
  cache_free(&fh);
  remove(dep);
  cleanup_db();
}

/* Writes text to path and sets its mtime to `age` seconds before the
 * first call (the same age gives the same mtime); age 0 leaves it now. */
static void write_aged(const char *p, const char *text, int age) {
  static time_t base;
  if (!base) base = time(NULL);
  FILE *fp = fopen(p, "w");
  fputs(text, fp);
  fclose(fp);
  if (!age) return;
  struct timespec t[2] = {{base - age, 0}, {base - age, 0}};
  CHECK(utimensat(AT_FDCWD, p, t, 0) == 0);
}

/* Whether the unit cached for main (one dependency, dep) is fresh, checked
 * with a new run's FileHashes as growlint check does. */
static int fresh(Store *st, const char *main_c) {
  FileHashes fh = {0};
  GlError err = {{0}};
  int64_t id = -1;
  CHECK(store_unit_lookup(st, main_c, "-std=c17", "key", &fh, &id, &err) == GL_OK);
  cache_free(&fh);
  return id > 0;
}

/* Size and mtime first, the hash when they differ: a dependency whose size
 * and mtime are as recorded is not read (this test proves it by changing the
 * content behind an unchanged size and mtime); a touched file with the same
 * content is fresh by its hash; a changed one is not; a file recorded right
 * after it was written is checked by hash even when size and mtime match. */
static void dependencies_are_checked_by_stat_then_hash(void) {
  cleanup_db();
  const char *main_c = "/tmp/growlint-store-test-main.c", *dep = "/tmp/growlint-store-test-dep2.h";
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return;
  write_aged(main_c, "#include \"dep2.h\"\n", 60);
  write_aged(dep, "int x;\n", 60);
  FileHashes fh = {0};
  RunInfo info = {"/", "0", "clang", "test", NULL, NULL, 0, NULL};
  int64_t run = 0;
  CHECK(store_run_begin(st, &info, &run, &err) == GL_OK);
  Facts f = {0};
  pv_push(&f.deps, gl_xstrdup(dep));
  CHECK(store_unit_save(st, run, main_c, "/", "-std=c17", "ok", 0, "", &f, "key", &fh, &err) == GL_OK);
  cache_free(&fh);
  CHECK(fresh(st, main_c));
  write_aged(dep, "int y;\n", 60); /* same size, same mtime: not read, so still "fresh" */
  CHECK(fresh(st, main_c));
  write_aged(dep, "int x;\n", 30); /* touched, same content: fresh by hash */
  CHECK(fresh(st, main_c));
  write_aged(dep, "int z;\n", 30); /* same size, other mtime, other content */
  CHECK(!fresh(st, main_c));
  write_aged(main_c, "#include \"dep2.h\" \n", 60); /* the main file is a dependency too */
  write_aged(dep, "int x;\n", 60);
  CHECK(!fresh(st, main_c));
  /* recorded within two seconds of a write: its stat is not trusted */
  write_aged(main_c, "#include \"dep2.h\"\n", 0);
  FileHashes fh2 = {0};
  CHECK(store_unit_save(st, run, main_c, "/", "-std=c17", "ok", 0, "", &f, "key", &fh2, &err) == GL_OK);
  cache_free(&fh2);
  CHECK(fresh(st, main_c));
  write_aged(main_c, "#include \"dep2.x\"\n", 0); /* same size, same second */
  CHECK(!fresh(st, main_c));
  facts_free(&f);
  store_close(st);
  remove(main_c);
  remove(dep);
  cleanup_db();
}

static void a_failing_row_loop_is_an_error(void) {
  cleanup_db();
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_OK);
  if (!st) return;
  RunInfo info = {"/", "0", "clang", "test", NULL, NULL, 0, NULL};
  int64_t run = 0;
  CHECK(store_run_begin(st, &info, &run, &err) == GL_OK);
  Facts f = {0};
  CHECK(store_unit_save(st, run, "/a.c", "/", "-std=c17", "ok", 0, "", &f, NULL, NULL, &err) == GL_OK);
  store_close(st);
  raw_exec("ALTER TABLE unit RENAME TO unit_real;"
           "CREATE VIEW unit AS SELECT id, abs(-9223372036854775807 - 1) AS file, directory, args, cache_key "
           "FROM unit_real;");
  CHECK(store_open(path, &st, &err) == GL_OK);
  PtrVec files = {0};
  CHECK(store_run_unit_files(st, run, &files, &err) == GL_EIO);
  CHECK(files.len == 0);
  pv_free(&files, free);
  store_close(st);
  cleanup_db();
}

static void newer_schema_is_refused(void) {
  cleanup_db();
  sqlite3 *db = NULL;
  sqlite3_open(path, &db);
  sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
  sqlite3_close(db);
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) == GL_EINPUT);
  CHECK(st == NULL);
  CHECK(strstr(err.msg, "database schema version 99 is newer than this growlint supports (9)") != NULL);
  cleanup_db();
}

static void garbage_file_is_an_error(void) {
  cleanup_db();
  FILE *f = fopen(path, "w");
  for (int i = 0; i < 200; i++) fputs("this is not a database ", f);
  fclose(f);
  Store *st = NULL;
  GlError err = {{0}};
  CHECK(store_open(path, &st, &err) != GL_OK);
  CHECK(strstr(err.msg, "file is not a database") != NULL);
  cleanup_db();
}

int main(void) {
  RUN(facts_of_a_unit_are_replaced);
  RUN(storages_keep_their_language);
  RUN(a_fresh_database_equals_a_migrated_version_1_database);
  RUN(a_failing_dependency_read_is_an_error_not_fresh_facts);
  RUN(dependencies_are_checked_by_stat_then_hash);
  RUN(a_failing_row_loop_is_an_error);
  RUN(newer_schema_is_refused);
  RUN(garbage_file_is_an_error);
  return check_failures ? 1 : 0;
}
