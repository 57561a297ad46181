/* Unit tests for store.c: schema creation, versions, facts replacement. */
#include <sqlite3.h>
#include <stdlib.h>

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
  CHECK(strstr(err.msg, "database schema version 99 is newer than this growlint supports (5)") != NULL);
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
  RUN(newer_schema_is_refused);
  RUN(garbage_file_is_an_error);
  return check_failures ? 1 : 0;
}
