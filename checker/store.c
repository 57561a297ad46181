/* store.c - every SQL statement of growlint.
 *
 * Schema (PRAGMA user_version = STORE_SCHEMA_VERSION; see README.md):
 *   run       one row per `growlint check`
 *   unit      one row per (file, arguments); its facts are replaced when
 *             it is analysed again
 *   run_unit  which units a run analysed and how that went
 *   storage, function, entry, call, op, arg   the facts of each unit
 *   finding   the findings of each run, with a stable fingerprint
 * The database runs in WAL mode with a busy timeout so that concurrent runs
 * wait for each other instead of failing. Statements used per row are
 * prepared once per Store.
 */
#include "store.h"

#include "cache.h"
#include "store_schema.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { S_UNIT_FIND, S_UNIT_INSERT, S_RUN_UNIT, S_INS_FINDING, S_UNIT_KEY, S_UNIT_DEPS, S_RUN_UNIT_CACHED, S_COUNT };

static const char *const stmt_sql[S_COUNT] = {
    [S_UNIT_FIND] = "SELECT id FROM unit WHERE file = ?1 AND args = ?2",
    [S_UNIT_INSERT] = "INSERT INTO unit(file, directory, args) VALUES (?1, ?2, ?3)",
    [S_RUN_UNIT] = "INSERT OR REPLACE INTO run_unit(run_id, unit_id, status, errors, diagnostics) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)",
    [S_INS_FINDING] = "INSERT OR REPLACE INTO finding(run_id, fingerprint, rule, symbol, container, file, "
                      "line, col, fix, message, notes, suppressed) "
                      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
    [S_UNIT_KEY] = "SELECT id, cache_key FROM unit WHERE file = ?1 AND args = ?2",
    [S_UNIT_DEPS] = "SELECT file, hash, size, mtime FROM unit_dep WHERE unit_id = ?1",
    [S_RUN_UNIT_CACHED] = "INSERT OR REPLACE INTO run_unit(run_id, unit_id, status, errors, diagnostics, cached) "
                          "VALUES (?1, ?2, 'ok', 0, '', 1)",
};

struct Store {
  sqlite3 *db;                   /* owned connection */
  sqlite3_stmt *stmt[S_COUNT];   /* prepared on first use */
  sqlite3_stmt *ins[FT_COUNT];   /* per fact table: insert one row, prepared on first use */
  sqlite3_stmt *del[FT_COUNT];   /* per fact table: delete a unit's rows */
  int64_t link_run;              /* the run whose units temp.link_unit holds; 0 when stale */
};

static GlResult db_error(Store *st, GlError *err, const char *what) {
  gl_error_set(err, "database: %s: %s", what, sqlite3_errmsg(st->db));
  return GL_EIO;
}

static GlResult exec(Store *st, const char *sql, GlError *err) {
  char *msg = NULL;
  if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    gl_error_set(err, "database: %s", msg ? msg : sqlite3_errmsg(st->db));
    sqlite3_free(msg);
    return GL_EIO;
  }
  return GL_OK;
}

static GlResult read_version(Store *st, int *version, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot read the schema version");
  int r = sqlite3_step(s);
  *version = r == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
  sqlite3_finalize(s);
  if (r != SQLITE_ROW) return db_error(st, err, "cannot read the schema version");
  if (*version > STORE_SCHEMA_VERSION) {
    gl_error_set(err, "database schema version %d is newer than this growlint supports (%d)", *version,
                 STORE_SCHEMA_VERSION);
    return GL_EINPUT;
  }
  return GL_OK;
}

/* Brings the schema to STORE_SCHEMA_VERSION in one transaction (a new
 * database gets the current schema directly: store_schema.c). The version
 * is read again under the write lock: another growlint may have migrated
 * the database while this one waited for it. */
static GlResult migrate(Store *st, GlError *err) {
  int version = 0;
  GlResult rc = read_version(st, &version, err);
  if (rc != GL_OK || version == STORE_SCHEMA_VERSION) return rc;
  rc = exec(st, "BEGIN IMMEDIATE", err);
  if (rc == GL_OK) rc = read_version(st, &version, err);
  if (rc == GL_OK && version < STORE_SCHEMA_VERSION) rc = schema_upgrade(st->db, version, err);
  if (rc == GL_OK) rc = exec(st, "COMMIT", err);
  if (rc != GL_OK && !sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  return rc;
}

GlResult store_open(const char *path, Store **out, GlError *err) {
  *out = NULL;
  Store *st = gl_xcalloc(1, sizeof *st);
  GlResult rc = GL_OK;
  /* one thread at a time uses a Store (analyse.c's writer, then the link):
   * no mutex on every sqlite3_column_* call */
  if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
      SQLITE_OK) {
    gl_error_set(err, "cannot open database '%s': %s", path, st->db ? sqlite3_errmsg(st->db) : "out of memory");
    rc = GL_EIO;
  }
  if (rc == GL_OK) sqlite3_busy_timeout(st->db, 30000);
  /* Switching a new database to WAL and creating its schema can meet another
   * growlint doing the same; SQLite then answers "locked" without waiting, so
   * wait here (up to the same 30 s). */
  for (int attempt = 0; rc == GL_OK && attempt < 300; attempt++) {
    GlResult r = exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON", err);
    if (r == GL_OK) r = migrate(st, err);
    int code = sqlite3_errcode(st->db);
    if (r == GL_OK || (code != SQLITE_BUSY && code != SQLITE_LOCKED)) {
      rc = r;
      break;
    }
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    usleep(100000);
    if (attempt == 299) rc = r;
  }
  if (rc != GL_OK) {
    char msg[sizeof err->msg];
    snprintf(msg, sizeof msg, "%s", err->msg);
    gl_error_set(err, "%s%s%s", strstr(msg, path) ? "" : path, strstr(msg, path) ? "" : ": ", msg);
    store_close(st);
    return rc;
  }
  *out = st;
  return GL_OK;
}

void store_close(Store *st) {
  if (!st) return;
  for (int i = 0; i < S_COUNT; i++) sqlite3_finalize(st->stmt[i]);
  for (int i = 0; i < FT_COUNT; i++) {
    sqlite3_finalize(st->ins[i]);
    sqlite3_finalize(st->del[i]);
  }
  sqlite3_close(st->db);
  free(st);
}

static sqlite3_stmt *stmt(Store *st, int id) {
  if (!st->stmt[id]) {
    if (sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[id], NULL) != SQLITE_OK)
      return NULL;
  } else {
    sqlite3_reset(st->stmt[id]);
    sqlite3_clear_bindings(st->stmt[id]);
  }
  return st->stmt[id];
}

/* A fact table's insert (del 0) or delete (del 1) statement, prepared once
 * and reset for this use; NULL when it cannot be prepared. */
static sqlite3_stmt *fact_stmt(Store *st, FactTable t, int del) {
  sqlite3_stmt **slot = del ? &st->del[t] : &st->ins[t];
  if (*slot) {
    sqlite3_reset(*slot);
    sqlite3_clear_bindings(*slot);
    return *slot;
  }
  char *sql = del ? schema_fact_delete(t) : schema_fact_insert(t);
  if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL) != SQLITE_OK) *slot = NULL;
  free(sql);
  return *slot;
}

static const char *col_text(sqlite3_stmt *s, int i) {
  const char *t = (const char *)sqlite3_column_text(s, i);
  return t ? t : "";
}

static void bind_text(sqlite3_stmt *s, int i, const char *v) {
  sqlite3_bind_text(s, i, v ? v : "", -1, SQLITE_STATIC);
}

/* Runs a prepared statement that returns no rows. */
static GlResult step_done(Store *st, sqlite3_stmt *s, GlError *err, const char *what) {
  if (!s) return db_error(st, err, what);
  int r = sqlite3_step(s);
  sqlite3_reset(s);
  if (r != SQLITE_DONE) return db_error(st, err, what);
  return GL_OK;
}

/* How a row loop ended (r: the last sqlite3_step result): SQLITE_DONE, or
 * SQLITE_ROW when the caller stopped early, is GL_OK; anything else is a
 * failure, never "no more rows". */
static GlResult rows_end(Store *st, int r, GlError *err, const char *what) {
  return r == SQLITE_DONE || r == SQLITE_ROW ? GL_OK : db_error(st, err, what);
}

GlResult store_begin(Store *st, GlError *err) { return exec(st, "BEGIN IMMEDIATE", err); }
GlResult store_commit(Store *st, GlError *err) { return exec(st, "COMMIT", err); }

GlResult store_end(Store *st, GlResult rc, GlError *err) {
  if (rc == GL_OK) rc = store_commit(st, err);
  if (rc != GL_OK && !sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  return rc;
}

GlResult store_run_begin(Store *st, const RunInfo *info, int64_t *run_id, GlError *err) {
  sqlite3_stmt *s = NULL;
  const char *sql = "INSERT INTO run(started, status, root, tool_version, clang_version, command, git_commit, "
                    "git_branch, git_dirty, pid, host, frontends) "
                    "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ','now'), 'running', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "cannot record the run");
  bind_text(s, 1, info->root);
  bind_text(s, 2, info->tool_version);
  bind_text(s, 3, info->clang_version);
  bind_text(s, 4, info->command);
  if (info->git_commit) bind_text(s, 5, info->git_commit);
  if (info->git_branch) bind_text(s, 6, info->git_branch);
  if (info->git_commit) sqlite3_bind_int(s, 7, info->git_dirty);
  char host[256] = "";
  gethostname(host, sizeof host - 1);
  sqlite3_bind_int64(s, 8, (sqlite3_int64)getpid());
  bind_text(s, 9, host);
  if (info->frontends) bind_text(s, 10, info->frontends);
  int r = sqlite3_step(s);
  sqlite3_finalize(s);
  if (r != SQLITE_DONE) return db_error(st, err, "cannot record the run");
  *run_id = sqlite3_last_insert_rowid(st->db);
  return GL_OK;
}

GlResult store_run_finish(Store *st, int64_t run_id, const char *status, int units, int findings,
                          GlError *err) {
  sqlite3_stmt *s = NULL;
  const char *sql = "UPDATE run SET finished = strftime('%Y-%m-%dT%H:%M:%SZ','now'), status = ?2, "
                    "units = ?3, findings = ?4 WHERE id = ?1";
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "cannot finish the run");
  sqlite3_bind_int64(s, 1, run_id);
  bind_text(s, 2, status);
  sqlite3_bind_int(s, 3, units);
  sqlite3_bind_int(s, 4, findings);
  int r = sqlite3_step(s);
  sqlite3_finalize(s);
  return r == SQLITE_DONE ? GL_OK : db_error(st, err, "cannot finish the run");
}

static void bind_loc(sqlite3_stmt *s, int i, const Loc *l) {
  bind_text(s, i, l->file);
  sqlite3_bind_int(s, i + 1, (int)l->line);
  sqlite3_bind_int(s, i + 2, (int)l->col);
}

static GlResult unit_id_for(Store *st, const char *file, const char *directory, const char *args,
                            int64_t *id, GlError *err) {
  sqlite3_stmt *s = stmt(st, S_UNIT_FIND);
  if (!s) return db_error(st, err, "cannot find a unit");
  bind_text(s, 1, file);
  bind_text(s, 2, args);
  int r = sqlite3_step(s);
  if (r == SQLITE_ROW) *id = sqlite3_column_int64(s, 0);
  GlResult rc = rows_end(st, r, err, "cannot find a unit");
  sqlite3_reset(s);
  if (r == SQLITE_ROW || rc != GL_OK) return rc;
  s = stmt(st, S_UNIT_INSERT);
  if (!s) return db_error(st, err, "cannot add a unit");
  bind_text(s, 1, file);
  bind_text(s, 2, directory);
  bind_text(s, 3, args);
  rc = step_done(st, s, err, "cannot add a unit");
  if (rc == GL_OK) *id = sqlite3_last_insert_rowid(st->db);
  return rc;
}

/* Binders: one row of a fact into its table's insert, column by column. */
static void bind_path(sqlite3_stmt *s, int at, const AccessPath *p) {
  bind_text(s, at, facts_root_name(p->root));
  bind_text(s, at + 1, p->func);
  sqlite3_bind_int(s, at + 2, p->index);
  bind_text(s, at + 3, p->key);
  bind_text(s, at + 4, p->field);
}

static void bind_storage(sqlite3_stmt *s, const void *row) {
  const FactStorage *x = row;
  bind_text(s, FACT_BIND(SC_KEY), x->key);
  bind_text(s, FACT_BIND(SC_SYMBOL), x->symbol);
  bind_text(s, FACT_BIND(SC_DISPLAY), x->display);
  bind_text(s, FACT_BIND(SC_KIND), facts_storage_kind_name(x->kind));
  bind_text(s, FACT_BIND(SC_LANG), facts_lang_name(x->lang));
  bind_text(s, FACT_BIND(SC_MODEL), x->model);
  bind_text(s, FACT_BIND(SC_FAMILY), facts_family_name(x->family));
  bind_text(s, FACT_BIND(SC_TYPE), x->type);
  bind_text(s, FACT_BIND(SC_ELEM), x->elem);
  sqlite3_bind_int(s, FACT_BIND(SC_OWNING), x->owning);
  sqlite3_bind_int(s, FACT_BIND(SC_IS_DEF), x->is_def);
  bind_loc(s, FACT_BIND(SC_FILE), &x->loc);
  bind_loc(s, FACT_BIND(SC_OWNER_FILE), &x->owner_loc);
}

static void bind_function(sqlite3_stmt *s, const void *row) {
  const FactFunction *x = row;
  bind_text(s, FACT_BIND(FC_USR), x->usr);
  bind_text(s, FACT_BIND(FC_NAME), x->name);
  sqlite3_bind_int(s, FACT_BIND(FC_IS_DEF), x->is_def);
  bind_loc(s, FACT_BIND(FC_FILE), &x->loc);
  bind_text(s, FACT_BIND(FC_SIG), x->sig);
}

static void bind_entry(sqlite3_stmt *s, const void *row) {
  const FactEntry *x = row;
  bind_text(s, FACT_BIND(EC_FUNC), x->func);
  bind_text(s, FACT_BIND(EC_REASON), x->reason);
  bind_loc(s, FACT_BIND(EC_FILE), &x->loc);
  bind_text(s, FACT_BIND(EC_FROM_FUNC), x->from);
  sqlite3_bind_int(s, FACT_BIND(EC_LOOP), (int)x->loop);
  bind_loc(s, FACT_BIND(EC_LOOP_FILE), &x->loop_loc);
  bind_text(s, FACT_BIND(EC_VIA), x->via);
  sqlite3_bind_int(s, FACT_BIND(EC_VIA_IDX), x->via_index);
}

static void bind_call(sqlite3_stmt *s, const void *row) {
  const FactCall *x = row;
  bind_text(s, FACT_BIND(CC_CALLER), x->caller);
  bind_text(s, FACT_BIND(CC_CALLEE), x->callee);
  bind_text(s, FACT_BIND(CC_CALLEE_NAME), x->callee_name);
  sqlite3_bind_int(s, FACT_BIND(CC_LOOP), (int)x->loop);
  bind_loc(s, FACT_BIND(CC_FILE), &x->loc);
  bind_loc(s, FACT_BIND(CC_LOOP_FILE), &x->loop_loc);
  sqlite3_bind_int64(s, FACT_BIND(CC_CONST_ARGS), (sqlite3_int64)x->const_args);
  sqlite3_bind_int(s, FACT_BIND(CC_COND), x->cond);
  bind_text(s, FACT_BIND(CC_SIG), x->sig);
}

static void bind_op(sqlite3_stmt *s, const void *row) {
  const FactOp *x = row;
  bind_path(s, FACT_BIND(OC_ROOT), &x->target);
  bind_text(s, FACT_BIND(OC_FUNC), x->func);
  bind_text(s, FACT_BIND(OC_KIND), facts_op_name(x->kind));
  bind_text(s, FACT_BIND(OC_DETAIL), x->detail);
  sqlite3_bind_int(s, FACT_BIND(OC_LOOP), (int)x->loop);
  bind_loc(s, FACT_BIND(OC_FILE), &x->loc);
  bind_loc(s, FACT_BIND(OC_LOOP_FILE), &x->loop_loc);
  sqlite3_bind_int(s, FACT_BIND(OC_KEY_ARG), x->key_arg);
}

static void bind_arg(sqlite3_stmt *s, const void *row) {
  const FactArg *x = row;
  bind_path(s, FACT_BIND(AC_ROOT), &x->target);
  bind_text(s, FACT_BIND(AC_CALLER), x->caller);
  bind_text(s, FACT_BIND(AC_CALLEE), x->callee);
  bind_text(s, FACT_BIND(AC_CALLEE_NAME), x->callee_name);
  sqlite3_bind_int(s, FACT_BIND(AC_IDX), x->index);
  sqlite3_bind_int(s, FACT_BIND(AC_MUT), x->mut);
  sqlite3_bind_int(s, FACT_BIND(AC_LOOP), (int)x->loop);
  bind_loc(s, FACT_BIND(AC_FILE), &x->loc);
  bind_loc(s, FACT_BIND(AC_LOOP_FILE), &x->loop_loc);
}

/* Replaces the facts of unit uid with f's. */
static GlResult save_facts(Store *st, int64_t uid, const Facts *f, GlError *err) {
  /* ORDER FACT_TABLE */
  const struct {
    const PtrVec *rows;
    void (*bind)(sqlite3_stmt *, const void *);
  } tables[FT_COUNT] = {
      [FT_STORAGE] = {&f->storages, bind_storage}, [FT_FUNCTION] = {&f->functions, bind_function},
      [FT_ENTRY] = {&f->entries, bind_entry},      [FT_CALL] = {&f->calls, bind_call},
      [FT_OP] = {&f->ops, bind_op},                [FT_ARG] = {&f->args, bind_arg},
  };
  GlResult rc = GL_OK;
  for (int t = 0; t < FT_COUNT && rc == GL_OK; t++) {
    sqlite3_stmt *s = fact_stmt(st, (FactTable)t, 1);
    if (s) sqlite3_bind_int64(s, 1, uid);
    rc = step_done(st, s, err, "cannot replace facts");
  }
  for (int t = 0; t < FT_COUNT && rc == GL_OK; t++) {
    for (size_t i = 0; i < tables[t].rows->len && rc == GL_OK; i++) {
      sqlite3_stmt *s = fact_stmt(st, (FactTable)t, 0);
      if (s) {
        sqlite3_bind_int64(s, 1, uid);
        tables[t].bind(s, tables[t].rows->items[i]);
      }
      rc = step_done(st, s, err, "cannot save a fact");
    }
  }
  return rc;
}

/* Records a unit's cache key and the files its facts depend on: its main
 * file, then every project file it includes, each with its hash and (see
 * cache_dep_record) its size and mtime. */
static GlResult save_deps(Store *st, int64_t uid, const char *file, const char *key, const Facts *facts,
                          FileHashes *fh, GlError *err) {
  GlResult rc = GL_OK;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "DELETE FROM unit_dep WHERE unit_id = ?1", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot replace dependencies");
  sqlite3_bind_int64(s, 1, uid);
  rc = step_done(st, s, err, "cannot replace dependencies");
  sqlite3_finalize(s);
  if (rc == GL_OK && sqlite3_prepare_v2(st->db, "UPDATE unit SET cache_key = ?2 WHERE id = ?1", -1, &s, NULL) == SQLITE_OK) {
    sqlite3_bind_int64(s, 1, uid);
    if (key) bind_text(s, 2, key);
    rc = step_done(st, s, err, "cannot record the cache key");
    sqlite3_finalize(s);
  }
  if (rc != GL_OK || !fh) return rc;
  if (sqlite3_prepare_v2(st->db, "INSERT INTO unit_dep(unit_id, file, hash, size, mtime) VALUES (?1, ?2, ?3, ?4, ?5)",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot record dependencies");
  for (size_t i = 0; i <= facts->deps.len && rc == GL_OK; i++) {
    const char *dep = i ? facts->deps.items[i - 1] : file;
    DepRecord d = cache_dep_record(fh, dep);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    sqlite3_bind_int64(s, 1, uid);
    bind_text(s, 2, dep);
    bind_text(s, 3, d.hash);
    if (d.has_stat) {
      sqlite3_bind_int64(s, 4, d.size);
      sqlite3_bind_int64(s, 5, d.mtime_ns);
    }
    int r = sqlite3_step(s);
    if (r != SQLITE_DONE) rc = db_error(st, err, "cannot record dependencies");
  }
  sqlite3_finalize(s);
  return rc;
}

GlResult store_unit_save(Store *st, int64_t run_id, const char *file, const char *directory,
                         const char *args, const char *status, int errors, const char *diagnostics,
                         const Facts *facts, const char *cache_key, FileHashes *fh, GlError *err) {
  int64_t uid = 0;
  st->link_run = 0; /* the run's units change: a program chosen before is stale */
  GlResult rc = store_begin(st, err);
  if (rc != GL_OK) return rc;
  rc = unit_id_for(st, file, directory, args, &uid, err);
  if (rc == GL_OK) rc = save_facts(st, uid, facts, err);
  /* a unit with errors is never served from the cache: its errors must show again */
  if (rc == GL_OK) rc = save_deps(st, uid, file, errors ? NULL : cache_key, facts, errors ? NULL : fh, err);
  if (rc == GL_OK) {
    sqlite3_stmt *s = stmt(st, S_RUN_UNIT);
    if (s) {
      sqlite3_bind_int64(s, 1, run_id);
      sqlite3_bind_int64(s, 2, uid);
      bind_text(s, 3, status);
      sqlite3_bind_int(s, 4, errors);
      bind_text(s, 5, diagnostics);
    }
    rc = step_done(st, s, err, "cannot record a unit");
  }
  return store_end(st, rc, err);
}

GlResult store_unit_lookup(Store *st, const char *file, const char *args, const char *cache_key, FileHashes *fh,
                           int64_t *unit_id, GlError *err) {
  *unit_id = 0;
  sqlite3_stmt *s = stmt(st, S_UNIT_KEY);
  if (!s) return db_error(st, err, "cache lookup");
  bind_text(s, 1, file);
  bind_text(s, 2, args);
  int64_t id = 0;
  int r = sqlite3_step(s);
  if (r == SQLITE_ROW && sqlite3_column_type(s, 1) != SQLITE_NULL && (!cache_key || !strcmp(col_text(s, 1), cache_key)))
    id = sqlite3_column_int64(s, 0);
  GlResult rc = rows_end(st, r, err, "cache lookup");
  sqlite3_reset(s);
  if (rc != GL_OK || !id || !fh) {
    *unit_id = rc == GL_OK ? id : 0;
    return rc;
  }
  if (!(s = stmt(st, S_UNIT_DEPS))) return db_error(st, err, "cache lookup");
  sqlite3_bind_int64(s, 1, id);
  int fresh = 1, any = 0;
  while (fresh && (r = sqlite3_step(s)) == SQLITE_ROW) {
    DepRecord d = {.hash = col_text(s, 1), .has_stat = sqlite3_column_type(s, 3) != SQLITE_NULL,
                   .size = sqlite3_column_int64(s, 2), .mtime_ns = sqlite3_column_int64(s, 3)};
    fresh = cache_dep_fresh(fh, col_text(s, 0), &d);
    any = 1;
  }
  rc = rows_end(st, r, err, "cache lookup"); /* a failed read is never "fresh" */
  sqlite3_reset(s);
  /* no dependency recorded (not even the main file): never fresh */
  if (rc == GL_OK && fresh && any) *unit_id = id;
  return rc;
}

GlResult store_unit_reuse(Store *st, int64_t run_id, int64_t unit_id, GlError *err) {
  st->link_run = 0; /* the run's units change: a program chosen before is stale */
  sqlite3_stmt *s = stmt(st, S_RUN_UNIT_CACHED);
  if (s) {
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_int64(s, 2, unit_id);
  }
  return step_done(st, s, err, "cannot record a cached unit");
}

GlResult store_units_including(Store *st, const char *file, StrMap *units, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "SELECT u.file FROM unit_dep d JOIN unit u ON u.id = d.unit_id WHERE d.file = ?1",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "dependency query");
  bind_text(s, 1, file);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) sm_put(units, col_text(s, 0), (void *)1);
  GlResult rc = rows_end(st, r, err, "dependency query");
  sqlite3_finalize(s);
  return rc;
}

/* ---------- link queries ---------- */

/* The units the link queries read: those store_link_select chose for run ?1. */
#define CUR_UNITS "(SELECT unit_id FROM temp.link_unit WHERE run_id = ?1)"
/* A unit of run_unit `ru` that defines main roots a program. */
/* The functions besides main that root a program (store_set_programs). */
#define PROGRAM_ENTRY_TABLE "CREATE TEMP TABLE IF NOT EXISTS program_entry(name TEXT PRIMARY KEY);"
#define DEFINES_MAIN                                                                                 \
  "EXISTS (SELECT 1 FROM function f WHERE f.unit_id = ru.unit_id AND f.is_def AND (f.name = 'main' OR " \
  "f.name IN (SELECT name FROM temp.program_entry)))"
/* Op kinds on a function (facts_op_name of OP_FN_* and OP_THREAD): link reads them by function. */
#define FN_KINDS "('fn-long', 'fn-call', 'fn-once', 'fn-none', 'thread-entry')"

void store_program_free(void *p) {
  StoreProgram *pr = p;
  if (!pr) return;
  free(pr->file);
  free(pr);
}

GlResult store_set_programs(Store *st, const PtrVec *names, GlError *err) {
  GlResult rc = exec(st, PROGRAM_ENTRY_TABLE "DELETE FROM temp.program_entry;", err);
  sqlite3_stmt *s = NULL;
  if (rc == GL_OK && sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO temp.program_entry(name) VALUES (?1)", -1, &s,
                                        NULL) != SQLITE_OK)
    return db_error(st, err, "cannot record the program entries");
  for (size_t i = 0; names && i < names->len && rc == GL_OK; i++) {
    bind_text(s, 1, names->items[i]);
    rc = step_done(st, s, err, "cannot record the program entries");
  }
  sqlite3_finalize(s);
  st->link_run = 0; /* which units root a program may have changed */
  return rc;
}

GlResult store_programs(Store *st, int64_t run_id, PtrVec *out, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (exec(st, PROGRAM_ENTRY_TABLE, err) != GL_OK) return GL_EIO;
  if (sqlite3_prepare_v2(st->db, "SELECT u.id, u.file FROM run_unit ru JOIN unit u ON u.id = ru.unit_id "
                                 "WHERE ru.run_id = ?1 AND " DEFINES_MAIN " ORDER BY u.file, u.id",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "program query");
  sqlite3_bind_int64(s, 1, run_id);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    StoreProgram *pr = gl_xcalloc(1, sizeof *pr);
    pr->unit_id = sqlite3_column_int64(s, 0);
    pr->file = gl_xstrdup(col_text(s, 1));
    pv_push(out, pr);
  }
  GlResult rc = rows_end(st, r, err, "program query");
  sqlite3_finalize(s);
  return rc;
}

GlResult store_link_select(Store *st, int64_t run_id, int64_t entry_unit, GlError *err) {
  GlResult rc = exec(st, "CREATE TEMP TABLE IF NOT EXISTS link_unit(run_id INTEGER, unit_id INTEGER, "
                         "PRIMARY KEY (run_id, unit_id)); DELETE FROM temp.link_unit;" PROGRAM_ENTRY_TABLE, err);
  if (rc != GL_OK) return rc;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO temp.link_unit SELECT ?1, ru.unit_id FROM run_unit ru "
                                 "WHERE ru.run_id = ?1 AND (?2 = 0 OR ru.unit_id = ?2 OR NOT " DEFINES_MAIN ")",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot select a program's units");
  sqlite3_bind_int64(s, 1, run_id);
  sqlite3_bind_int64(s, 2, entry_unit);
  rc = step_done(st, s, err, "cannot select a program's units");
  sqlite3_finalize(s);
  st->link_run = rc == GL_OK ? run_id : 0;
  return rc;
}

GlResult store_defined_vars(Store *st, int64_t run_id, StrMap *out, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db,
                         "SELECT DISTINCT root_key FROM op WHERE kind = 'defined' AND unit_id IN "
                         "(SELECT unit_id FROM run_unit WHERE run_id = ?1)",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "definition query");
  sqlite3_bind_int64(s, 1, run_id);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) sm_put(out, col_text(s, 0), (void *)1);
  GlResult rc = rows_end(st, r, err, "definition query");
  sqlite3_finalize(s);
  return rc;
}

GlResult store_referenced(Store *st, int64_t run_id, StrMap *out, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db,
                         "SELECT callee FROM call WHERE caller <> callee AND unit_id IN "
                         "(SELECT unit_id FROM run_unit WHERE run_id = ?1) "
                         "UNION SELECT func FROM entry WHERE unit_id IN (SELECT unit_id FROM run_unit WHERE run_id = ?1) "
                         "UNION SELECT '" STORE_DEFINED_PREFIX "' || usr FROM function WHERE is_def AND unit_id IN "
                         "(SELECT unit_id FROM run_unit WHERE run_id = ?1)",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "reference query");
  sqlite3_bind_int64(s, 1, run_id);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) sm_put(out, col_text(s, 0), (void *)1);
  GlResult rc = rows_end(st, r, err, "reference query");
  sqlite3_finalize(s);
  return rc;
}

static Loc col_loc(sqlite3_stmt *s, int i) {
  Loc l = {(char *)col_text(s, i), (unsigned)sqlite3_column_int(s, i + 1), (unsigned)sqlite3_column_int(s, i + 2)};
  return l;
}

/* Reads the access path columns starting at column i (borrowed strings). */
static AccessPath col_path(sqlite3_stmt *s, int i) {
  int root = facts_root_parse(col_text(s, i));
  AccessPath p = {root < 0 ? ROOT_COUNT : (RootKind)root, (char *)col_text(s, i + 1), sqlite3_column_int(s, i + 2),
                  (char *)col_text(s, i + 3), (char *)col_text(s, i + 4)};
  return p;
}

/* The bytes of a row's columns, each with its type and length, so that two
 * rows have equal keys exactly when every column is equal. */
static void row_key(sqlite3_stmt *s, StrBuf *key) {
  key->len = 0;
  for (int i = 0, n = sqlite3_column_count(s); i < n; i++) {
    char type = (char)sqlite3_column_type(s, i);
    sb_appendn(key, &type, 1);
    if (type == SQLITE_INTEGER) {
      sqlite3_int64 v = sqlite3_column_int64(s, i);
      sb_appendn(key, (const char *)&v, sizeof v);
    } else if (type != SQLITE_NULL) {
      const char *t = (const char *)sqlite3_column_text(s, i);
      int len = sqlite3_column_bytes(s, i);
      sb_appendn(key, (const char *)&len, sizeof len);
      sb_appendn(key, t, (size_t)len);
    }
  }
}

/* Runs a link query over the units store_link_select chose for run_id
 * (?1) and hands each row to handle. With distinct, the query orders by
 * every column (see order_by_all), and a row equal to the one before it
 * is skipped: facts of a header are stored once per unit that includes it,
 * and one sort with this check costs less than SQLite's DISTINCT (an index
 * of every row) before its ORDER BY. */
static GlResult each_row(Store *st, const char *sql, int64_t run_id, int distinct, GlError *err,
                         int (*handle)(sqlite3_stmt *, void *), void *ctx) {
  /* no program chosen since the run's units last changed: all of them */
  if (st->link_run != run_id && store_link_select(st, run_id, 0, err) != GL_OK) return GL_EIO;
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "link query");
  sqlite3_bind_int64(s, 1, run_id);
  StrBuf keys[2] = {{0}, {0}};
  int r, cur = 0, have_prev = 0;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    if (distinct) {
      row_key(s, &keys[cur]);
      int same = have_prev && keys[cur].len == keys[!cur].len && !memcmp(keys[cur].data, keys[!cur].data, keys[cur].len);
      have_prev = 1;
      cur = !cur;
      if (same) continue;
    }
    if (handle(s, ctx)) break;
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "link query");
  sqlite3_finalize(s);
  sb_free(&keys[0]);
  sb_free(&keys[1]);
  return rc;
}

/* Appends " ORDER BY first, then every other column of t by position":
 * a total order, so that equal rows are adjacent for each_row's distinct. */
static void order_by_all(StrBuf *sql, FactTable t, const char *first) {
  sb_appendf(sql, " ORDER BY %s", first);
  int n = schema_fact_column_count(t);
  for (int i = 1; i <= n; i++) sb_appendf(sql, ", %d", i);
}

/* each_row over the distinct rows of "SELECT <table's columns> FROM table
 * WHERE unit_id IN <the program's units>", ordered by `order` first. */
static GlResult each_fact(Store *st, FactTable t, const char *order, int64_t run_id, GlError *err,
                          int (*handle)(sqlite3_stmt *, void *), void *ctx) {
  StrBuf sql = {0};
  sb_append(&sql, "SELECT ");
  schema_fact_columns(&sql, t, "");
  sb_appendf(&sql, " FROM %s WHERE unit_id IN " CUR_UNITS, schema_fact_table_name(t));
  order_by_all(&sql, t, order);
  GlResult rc = each_row(st, sb_cstr(&sql), run_id, 1, err, handle, ctx);
  sb_free(&sql);
  return rc;
}

typedef struct {
  union {
    StoreStorageCb storage;
    StoreOpCb op;
    StoreCallCb call;
    StoreEntryCb entry;
    StoreFunctionCb function;
  } cb;       /* the caller's callback for this query */
  void *ctx;  /* the caller's context, borrowed */
} Thunk;

/* Readers: one row of a fact table's columns (in order) into a borrowed fact. */
static int storage_row(sqlite3_stmt *s, void *p) {
  Thunk *t = p;
  Lang lang = LANG_CXX;
  facts_lang_parse(col_text(s, SC_LANG), &lang);
  FactStorage x = {
      .key = (char *)col_text(s, SC_KEY), .symbol = (char *)col_text(s, SC_SYMBOL),
      .display = (char *)col_text(s, SC_DISPLAY), .kind = (StorageKind)facts_storage_kind_parse(col_text(s, SC_KIND)),
      .lang = lang, .model = (char *)col_text(s, SC_MODEL),
      .family = (ModelFamily)facts_family_parse(col_text(s, SC_FAMILY)), .type = (char *)col_text(s, SC_TYPE),
      .elem = (char *)col_text(s, SC_ELEM), .owning = sqlite3_column_int(s, SC_COUNT), /* owning of any row */
      .is_def = sqlite3_column_int(s, SC_IS_DEF), .loc = col_loc(s, SC_FILE), .owner_loc = col_loc(s, SC_OWNER_FILE)};
  return t->cb.storage(t->ctx, &x);
}

GlResult store_each_storage(Store *st, int64_t run_id, StoreStorageCb cb, void *ctx, GlError *err) {
  Thunk t = {.cb.storage = cb, .ctx = ctx};
  StrBuf sql = {0};
  sb_append(&sql, "SELECT ");
  schema_fact_columns(&sql, FT_STORAGE, "");
  sb_append(&sql, ", MAX(owning) OVER (PARTITION BY key) FROM storage WHERE unit_id IN " CUR_UNITS
                  " ORDER BY key, is_def DESC, family = 'realloc', file, line");
  GlResult rc = each_row(st, sb_cstr(&sql), run_id, 0, err, storage_row, &t);
  sb_free(&sql);
  return rc;
}

static int op_row(sqlite3_stmt *s, void *p) {
  Thunk *t = p;
  FactOp x = {.target = col_path(s, OC_ROOT), .func = (char *)col_text(s, OC_FUNC),
              .kind = (FactOpKind)facts_op_parse(col_text(s, OC_KIND)), .detail = (char *)col_text(s, OC_DETAIL),
              .loop = (LoopCtx)sqlite3_column_int(s, OC_LOOP), .loc = col_loc(s, OC_FILE),
              .loop_loc = col_loc(s, OC_LOOP_FILE), .key_arg = sqlite3_column_int(s, OC_KEY_ARG)};
  return t->cb.op(t->ctx, &x);
}

/* What a function does to a parameter or to `this` (and their fields),
 * directly or through any number of calls that hand that parameter or
 * `this` on (an arg whose root is a parameter or `this` of its caller:
 * g.on_msg(m) -> store(m) -> items.push_back(m); a thread started with
 * `this` whose entry calls a member defined in another unit). The field
 * paths join; the set is closed by UNION (each row once), and a path of
 * more than LIFT_MAX_FIELDS fields is not followed (this->next->walk()
 * recursing). Each row keeps its site in root_func (s*: the function, loop
 * and place of the op, or of the call that leads to it); `own` is set once
 * the chain crosses a lambda that captured `this` (FACT_ARG_CAPTURE): the
 * lambda runs on its own, so its site stays the row's site. */
#define LIFT_MAX_FIELDS "8"
#define LIFT_SITE(x) "CASE WHEN p.own OR a.mut = 2 THEN p." x " ELSE a." x " END"
static const char lifted_cte[] =
    "WITH RECURSIVE lifted(root, root_func, root_index, path, kind, detail, own, caller, loop, file, line, col, "
    "loop_file, loop_line, loop_col, key_arg) AS ("
    "SELECT root, root_func, root_index, path, kind, detail, 0, func, loop, file, line, col, loop_file, loop_line, "
    "loop_col, key_arg FROM op WHERE unit_id IN " CUR_UNITS
    " AND root IN ('param', 'this') AND (kind <> 'counter' OR detail LIKE '" FACT_SIBLING_PREFIX "%') "
    "AND kind NOT IN " FN_KINDS " "
    "UNION "
    "SELECT a.root, a.root_func, a.root_index, a.path || p.path, p.kind, p.detail, p.own OR a.mut = 2, "
    LIFT_SITE("caller") ", " LIFT_SITE("loop") ", " LIFT_SITE("file") ", " LIFT_SITE("line") ", " LIFT_SITE("col") ", "
    LIFT_SITE("loop_file") ", " LIFT_SITE("loop_line") ", " LIFT_SITE("loop_col") ", p.key_arg "
    "FROM arg a JOIN lifted p ON p.root_func = a.callee AND p.root_index = a.idx "
    "WHERE a.unit_id IN " CUR_UNITS " AND a.root IN ('param', 'this') "
    "AND length(a.path || p.path) - length(replace(a.path || p.path, '.', '')) <= " LIFT_MAX_FIELDS "), "
    /* what each accessor returns, and what each static pointer points to (FACT_IDX_RETURN), when all the
       program's facts say one storage ("?": something else) */
    "rets(func, key, path) AS (SELECT callee, MIN(root_key), MIN(path) FROM arg WHERE unit_id IN " CUR_UNITS
    " AND idx = -3 AND root = 'storage' GROUP BY callee HAVING COUNT(DISTINCT root_key || '#' || path) = 1 AND MIN(root_key) <> '?'), "
    /* the members of a singleton class whose `this` no arg of the program binds, in a program that makes no
       other object of the class, run on its object (FACT_IDX_SINGLETON, FACT_IDX_INSTANCE): as `this` */
    "single AS (SELECT root, root_func, root_index, root_key, path, caller, callee, callee_name, mut, loop, file, "
    "line, col, loop_file, loop_line, loop_col FROM arg WHERE unit_id IN " CUR_UNITS " AND idx = -4 "
    "AND callee NOT IN (SELECT callee FROM arg WHERE unit_id IN " CUR_UNITS " AND idx = -1) "
    "AND caller NOT IN (SELECT callee FROM arg WHERE unit_id IN " CUR_UNITS " AND idx = -5)), "
    /* the args on storages: those on an accessor's return are on what it returns */
    "sarg AS (SELECT root, root_func, root_index, root_key, path, caller, callee, callee_name, idx, mut, loop, file, "
    "line, col, loop_file, loop_line, loop_col FROM arg WHERE unit_id IN " CUR_UNITS " AND root = 'storage' "
    "AND idx NOT IN (-3, -4) UNION ALL SELECT 'storage', '', -1, r.key, r.path || a.path, a.caller, a.callee, "
    "a.callee_name, a.idx, a.mut, a.loop, a.file, a.line, a.col, a.loop_file, a.loop_line, a.loop_col FROM arg a "
    "JOIN rets r ON r.func = a.root_func WHERE a.unit_id IN " CUR_UNITS " AND a.root = 'return' AND a.idx <> -4 "
    "UNION ALL SELECT root, root_func, root_index, root_key, path, caller, callee, callee_name, -1, mut, loop, file, "
    "line, col, loop_file, loop_line, loop_col FROM single WHERE root = 'storage' "
    "UNION ALL SELECT 'storage', '', -1, r.key, r.path || a.path, a.caller, a.callee, a.callee_name, -1, a.mut, "
    "a.loop, a.file, a.line, a.col, a.loop_file, a.loop_line, a.loop_col FROM single a JOIN rets r "
    "ON r.func = a.root_func WHERE a.root = 'return') ";

/* The run's ops on storages and on function-pointer parameters; what a
 * defined function does to a parameter or to `this` (lifted, above) at each
 * call site that passes a storage (an arg: root_func and root_index equal
 * callee and idx; `this` is index -1), at that call site unless a lambda
 * that captured `this` does it; and an escape for each storage handed by
 * mutable reference to a function without a definition. The columns are
 * the op table's, in order. */
static const char op_query_tail[] =
    " FROM op WHERE unit_id IN " CUR_UNITS " AND (root = 'storage' OR kind IN " FN_KINDS ") "
    "UNION "
    "SELECT 'storage', '', -1, r.key, r.path || o.path, o.func, o.kind, o.detail, o.loop, o.file, o.line, o.col, "
    "o.loop_file, o.loop_line, o.loop_col, o.key_arg FROM op o JOIN rets r ON r.func = o.root_func "
    "WHERE o.unit_id IN " CUR_UNITS " AND o.root = 'return' "
    "UNION "
    "SELECT a.root, a.root_func, a.root_index, a.root_key, a.path || p.path, " LIFT_SITE("caller") ", p.kind, "
    "CASE WHEN p.own OR a.mut = 2 OR p.kind = 'counter' THEN p.detail ELSE p.detail || ' in ' || a.callee_name END, "
    LIFT_SITE("loop") ", " LIFT_SITE("file") ", " LIFT_SITE("line") ", " LIFT_SITE("col") ", " LIFT_SITE("loop_file")
    ", " LIFT_SITE("loop_line") ", " LIFT_SITE("loop_col") ", CASE WHEN p.kind = 'counter' THEN p.key_arg ELSE 0 END "
    "FROM sarg a JOIN lifted p ON p.root_func = a.callee AND p.root_index = a.idx "
    "UNION ALL "
    "SELECT a.root, a.root_func, a.root_index, a.root_key, a.path, a.caller, 'escape', a.callee_name, a.loop, "
    "a.file, a.line, a.col, a.loop_file, a.loop_line, a.loop_col, 0 FROM sarg a WHERE a.mut "
    "AND a.mut <> 3 /* FACT_ARG_RECORD */ AND NOT EXISTS (SELECT 1 FROM function f "
    "WHERE f.usr = a.callee AND f.is_def AND f.unit_id IN " CUR_UNITS ") "
    ;

GlResult store_each_op(Store *st, int64_t run_id, StoreOpCb cb, void *ctx, GlError *err) {
  Thunk t = {.cb.op = cb, .ctx = ctx};
  StrBuf sql = {0};
  sb_append(&sql, lifted_cte);
  sb_append(&sql, "SELECT ");
  schema_fact_columns(&sql, FT_OP, "");
  sb_append(&sql, op_query_tail);
  order_by_all(&sql, FT_OP, "line, col, file");
  GlResult rc = each_row(st, sb_cstr(&sql), run_id, 1, err, op_row, &t);
  sb_free(&sql);
  return rc;
}

static int call_row(sqlite3_stmt *s, void *p) {
  Thunk *t = p;
  FactCall x = {.caller = (char *)col_text(s, CC_CALLER), .callee = (char *)col_text(s, CC_CALLEE),
                .callee_name = (char *)col_text(s, CC_CALLEE_NAME), .loop = (LoopCtx)sqlite3_column_int(s, CC_LOOP),
                .loc = col_loc(s, CC_FILE), .loop_loc = col_loc(s, CC_LOOP_FILE),
                .const_args = (unsigned)sqlite3_column_int64(s, CC_CONST_ARGS), .cond = sqlite3_column_int(s, CC_COND),
                .sig = (char *)col_text(s, CC_SIG)};
  return t->cb.call(t->ctx, &x);
}

GlResult store_each_call(Store *st, int64_t run_id, StoreCallCb cb, void *ctx, GlError *err) {
  Thunk t = {.cb.call = cb, .ctx = ctx};
  return each_fact(st, FT_CALL, "file, line, col",
                   run_id, err, call_row, &t);
}

static int entry_row(sqlite3_stmt *s, void *p) {
  Thunk *t = p;
  FactEntry x = {.func = (char *)col_text(s, EC_FUNC), .reason = (char *)col_text(s, EC_REASON),
                 .loc = col_loc(s, EC_FILE), .from = (char *)col_text(s, EC_FROM_FUNC),
                 .loop = (LoopCtx)sqlite3_column_int(s, EC_LOOP), .loop_loc = col_loc(s, EC_LOOP_FILE),
                 .via = (char *)col_text(s, EC_VIA), .via_index = sqlite3_column_int(s, EC_VIA_IDX)};
  return t->cb.entry(t->ctx, &x);
}

GlResult store_each_entry(Store *st, int64_t run_id, StoreEntryCb cb, void *ctx, GlError *err) {
  Thunk t = {.cb.entry = cb, .ctx = ctx};
  return each_fact(st, FT_ENTRY, "file, line, col",
                   run_id, err, entry_row, &t);
}

static int function_row(sqlite3_stmt *s, void *p) {
  Thunk *t = p;
  FactFunction x = {.usr = (char *)col_text(s, FC_USR), .name = (char *)col_text(s, FC_NAME),
                    .is_def = sqlite3_column_int(s, FC_IS_DEF), .loc = col_loc(s, FC_FILE),
                    .sig = (char *)col_text(s, FC_SIG)};
  return t->cb.function(t->ctx, &x);
}

GlResult store_each_function(Store *st, int64_t run_id, StoreFunctionCb cb, void *ctx, GlError *err) {
  Thunk t = {.cb.function = cb, .ctx = ctx};
  /* every row, in no order: the link keeps one name per USR, and a USR
   * names one function; sorting 20,000 rows for that cost more than the
   * rest of the link */
  StrBuf sql = {0};
  sb_append(&sql, "SELECT ");
  schema_fact_columns(&sql, FT_FUNCTION, "");
  sb_append(&sql, " FROM function WHERE unit_id IN " CUR_UNITS);
  GlResult rc = each_row(st, sb_cstr(&sql), run_id, 0, err, function_row, &t);
  sb_free(&sql);
  return rc;
}

GlResult store_finding_add(Store *st, int64_t run_id, const StoreFinding *f, GlError *err) {
  sqlite3_stmt *s = stmt(st, S_INS_FINDING);
  if (s) {
    sqlite3_bind_int64(s, 1, run_id);
    bind_text(s, 2, f->fingerprint); bind_text(s, 3, f->rule); bind_text(s, 4, f->symbol);
    bind_text(s, 5, f->container); bind_text(s, 6, f->file);
    sqlite3_bind_int(s, 7, (int)f->line); sqlite3_bind_int(s, 8, (int)f->col);
    bind_text(s, 9, f->fix); bind_text(s, 10, f->message); bind_text(s, 11, f->notes_json);
    if (f->suppressed) bind_text(s, 12, f->suppressed);
  }
  return step_done(st, s, err, "cannot save a finding");
}

/* ---------- history ---------- */

/* The rules a run checked, for store_classify: a temporary table holding
 * '' and each id when the run names them, empty when every rule was checked. */
static GlResult set_checked_rules(Store *st, const PtrVec *checked, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_exec(st->db, "CREATE TEMP TABLE IF NOT EXISTS checked_rule(id TEXT PRIMARY KEY);"
                   "DELETE FROM checked_rule;", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(st->db, "INSERT OR IGNORE INTO checked_rule(id) VALUES (?1)", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot classify findings");
  GlResult rc = GL_OK;
  for (size_t i = 0; checked && i <= checked->len && rc == GL_OK; i++) {
    bind_text(s, 1, i ? checked->items[i - 1] : "");
    if (sqlite3_step(s) != SQLITE_DONE) rc = db_error(st, err, "cannot classify findings");
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  return rc;
}

GlResult store_classify(Store *st, int64_t run_id, const PtrVec *checked, int *n_new, int *n_fixed,
                        GlError *err) {
  static const char *const steps[] = {
      /* the previous complete run */
      "CREATE TEMP TABLE IF NOT EXISTS prev_run(id INTEGER);"
      "DELETE FROM prev_run;"
      "INSERT INTO prev_run SELECT MAX(id) FROM run WHERE status = 'complete' AND id < ?1;",
      "UPDATE finding SET state = CASE "
      " WHEN EXISTS (SELECT 1 FROM finding p WHERE p.run_id = (SELECT id FROM prev_run) "
      "   AND p.fingerprint = finding.fingerprint AND p.state <> 'fixed') THEN 'unchanged' "
      " WHEN EXISTS (SELECT 1 FROM finding p WHERE p.run_id < ?1 AND p.fingerprint = finding.fingerprint "
      "   AND p.state <> 'fixed') THEN 'reopened' "
      " ELSE 'new' END WHERE run_id = ?1",
      /* gone from a file this run analysed (a unit's file or a file holding its storages): fixed, or unknown
       * when a unit of this run did not parse or the run did not check the finding's rule (what it would
       * have said about the finding is not known) */
      "INSERT INTO finding(run_id, fingerprint, rule, symbol, container, file, line, col, fix, message, notes, "
      " state, suppressed) "
      "SELECT ?1, p.fingerprint, p.rule, p.symbol, p.container, p.file, p.line, p.col, p.fix, p.message, p.notes, "
      " CASE WHEN EXISTS (SELECT 1 FROM run_unit WHERE run_id = ?1 AND status <> 'ok') THEN 'unknown' "
      "  WHEN EXISTS (SELECT 1 FROM checked_rule) AND p.rule NOT IN (SELECT id FROM checked_rule) THEN 'unknown' "
      "  ELSE 'fixed' END, p.suppressed FROM finding p WHERE p.run_id = (SELECT id FROM prev_run) AND p.state <> 'fixed' "
      " AND NOT EXISTS (SELECT 1 FROM finding c WHERE c.run_id = ?1 AND c.fingerprint = p.fingerprint) "
      " AND (EXISTS (SELECT 1 FROM run_unit ru JOIN unit u ON u.id = ru.unit_id WHERE ru.run_id = ?1 "
      "   AND u.file = p.file) OR EXISTS (SELECT 1 FROM storage s WHERE s.file = p.file AND s.unit_id IN "
      "   (SELECT unit_id FROM run_unit WHERE run_id = ?1)))",
      ("UPDATE run SET new_findings = (SELECT COUNT(*) FROM finding WHERE run_id = ?1 AND state IN ('new','reopened')), "
       " fixed_findings = (SELECT COUNT(*) FROM finding WHERE run_id = ?1 AND state = 'fixed') WHERE id = ?1"),
  };
  GlResult rc = store_begin(st, err);
  if (rc == GL_OK) rc = set_checked_rules(st, checked, err);
  for (size_t i = 0; i < sizeof steps / sizeof *steps && rc == GL_OK; i++) {
    const char *sql = steps[i];
    while (rc == GL_OK && sql && *sql) {
      sqlite3_stmt *s = NULL;
      const char *tail = NULL;
      if (sqlite3_prepare_v2(st->db, sql, -1, &s, &tail) != SQLITE_OK) {
        rc = db_error(st, err, "cannot classify findings");
        break;
      }
      if (s) {
        if (sqlite3_bind_parameter_count(s) >= 1) sqlite3_bind_int64(s, 1, run_id);
        if (sqlite3_step(s) != SQLITE_DONE) rc = db_error(st, err, "cannot classify findings");
        sqlite3_finalize(s);
      }
      sql = tail;
    }
  }
  rc = store_end(st, rc, err);
  if (rc == GL_OK) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT new_findings, fixed_findings FROM run WHERE id = ?1", -1, &s, NULL) !=
        SQLITE_OK)
      return db_error(st, err, "cannot classify findings");
    sqlite3_bind_int64(s, 1, run_id);
    int r = sqlite3_step(s);
    if (r == SQLITE_ROW) {
      *n_new = sqlite3_column_int(s, 0);
      *n_fixed = sqlite3_column_int(s, 1);
    }
    rc = rows_end(st, r, err, "cannot classify findings");
    sqlite3_finalize(s);
  }
  return rc;
}

#define FINDING_COLS                                                                                  \
  "f.id, f.run_id, f.fingerprint, f.rule, f.symbol, f.container, f.file, f.line, f.col, f.fix, "      \
  "f.message, f.notes, f.state, f.suppressed, t.status, t.reason "                                     \
  "FROM finding f LEFT JOIN triage t ON t.fingerprint = f.fingerprint "

static const char *col_opt(sqlite3_stmt *s, int i) {
  return sqlite3_column_type(s, i) == SQLITE_NULL ? NULL : (const char *)sqlite3_column_text(s, i);
}

static FindingRow finding_row(sqlite3_stmt *s, int at) {
  FindingRow r = {
      .id = sqlite3_column_int64(s, at), .run_id = sqlite3_column_int64(s, at + 1),
      .fingerprint = col_text(s, at + 2), .rule = col_text(s, at + 3), .symbol = col_text(s, at + 4),
      .container = col_text(s, at + 5), .file = col_text(s, at + 6),
      .line = (unsigned)sqlite3_column_int(s, at + 7), .col = (unsigned)sqlite3_column_int(s, at + 8),
      .fix = col_text(s, at + 9), .message = col_text(s, at + 10), .notes_json = col_text(s, at + 11),
      .state = col_text(s, at + 12), .suppressed = col_opt(s, at + 13), .triage = col_opt(s, at + 14),
      .triage_reason = col_opt(s, at + 15)};
  return r;
}

GlResult store_findings(Store *st, const FindingFilter *flt, StoreFindingCb cb, void *ctx, GlError *err) {
  const char *sql = "SELECT " FINDING_COLS
                    "WHERE f.run_id = ?1 AND (?2 IS NULL OR f.state = ?2) AND (?3 IS NULL OR f.rule = ?3) "
                    "AND (?4 IS NULL OR f.file GLOB ?4 OR f.file GLOB '*/' || ?4) "
                    "AND (?5 IS NULL OR (?5 = 'none' AND t.status IS NULL) OR t.status = ?5) "
                    "ORDER BY f.file, f.line, f.col, f.rule";
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "findings query");
  sqlite3_bind_int64(s, 1, flt->run_id);
  if (flt->state) bind_text(s, 2, flt->state);
  if (flt->rule) bind_text(s, 3, flt->rule);
  if (flt->path_glob) bind_text(s, 4, flt->path_glob);
  if (flt->triage) bind_text(s, 5, flt->triage);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    FindingRow row = finding_row(s, 0);
    if (cb(ctx, &row)) break;
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "findings query");
  sqlite3_finalize(s);
  return rc;
}

GlResult store_finding_get(Store *st, const char *id, StoreFindingCb cb, void *ctx, int *found, GlError *err) {
  int digits = *id != '\0' && strspn(id, "0123456789") == strlen(id) && strlen(id) < 16;
  const char *sql = digits ? "SELECT " FINDING_COLS "WHERE f.id = ?1"
                           : "SELECT " FINDING_COLS "WHERE f.fingerprint = ?1 ORDER BY f.run_id DESC LIMIT 1";
  sqlite3_stmt *s = NULL;
  *found = 0;
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "finding query");
  if (digits) sqlite3_bind_int64(s, 1, strtoll(id, NULL, 10));
  else bind_text(s, 1, id);
  int r = sqlite3_step(s);
  if (r == SQLITE_ROW) {
    FindingRow row = finding_row(s, 0);
    *found = 1;
    cb(ctx, &row);
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "finding query");
  sqlite3_finalize(s);
  return rc;
}

static RunRow run_row(sqlite3_stmt *s) {
  RunRow r = {.id = sqlite3_column_int64(s, 0), .started = col_text(s, 1), .finished = col_opt(s, 2),
              .status = col_text(s, 3), .git_commit = col_opt(s, 4), .git_branch = col_opt(s, 5),
              .tool_version = col_text(s, 6), .clang_version = col_text(s, 7), .root = col_text(s, 8),
              .units = sqlite3_column_int(s, 9), .findings = sqlite3_column_int(s, 10),
              .new_findings = sqlite3_column_int(s, 11), .fixed_findings = sqlite3_column_int(s, 12)};
  return r;
}

#define RUN_COLS                                                                                        \
  "id, started, finished, status, git_commit, git_branch, tool_version, clang_version, root, "         \
  "IFNULL(units, 0), IFNULL(findings, 0), IFNULL(new_findings, 0), IFNULL(fixed_findings, 0) FROM run "

GlResult store_runs(Store *st, int limit, StoreRunCb cb, void *ctx, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "SELECT " RUN_COLS "ORDER BY id DESC LIMIT ?1", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "history query");
  sqlite3_bind_int(s, 1, limit > 0 ? limit : -1);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    RunRow row = run_row(s);
    if (cb(ctx, &row)) break;
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "history query");
  sqlite3_finalize(s);
  return rc;
}

GlResult store_run_get(Store *st, int64_t id, StoreRunCb cb, void *ctx, int *found, GlError *err) {
  sqlite3_stmt *s = NULL;
  *found = 0;
  if (sqlite3_prepare_v2(st->db, "SELECT " RUN_COLS "WHERE id = ?1", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "run query");
  sqlite3_bind_int64(s, 1, id);
  int r = sqlite3_step(s);
  if (r == SQLITE_ROW) {
    RunRow row = run_row(s);
    *found = 1;
    if (cb) cb(ctx, &row);
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "run query");
  sqlite3_finalize(s);
  return rc;
}

GlResult store_last_complete_run(Store *st, int64_t before, const char *commit, int clean, int64_t *id,
                                 GlError *err) {
  sqlite3_stmt *s = NULL;
  *id = 0;
  const char *sql = "SELECT MAX(id) FROM run WHERE status = 'complete' AND (?1 <= 0 OR id < ?1) "
                    "AND (?2 IS NULL OR git_commit = ?2) AND (?3 = 0 OR git_dirty = 0)";
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "run query");
  sqlite3_bind_int64(s, 1, before);
  if (commit) bind_text(s, 2, commit);
  sqlite3_bind_int(s, 3, clean);
  int r = sqlite3_step(s);
  if (r == SQLITE_ROW) *id = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return r == SQLITE_ROW || r == SQLITE_DONE ? GL_OK : db_error(st, err, "run query");
}

/* A finding row that was seen in its run: neither fixed nor unknown. */
#define SEEN(f) f ".state NOT IN ('fixed', 'unknown')"

GlResult store_diff(Store *st, int64_t a, int64_t b, StoreDiffCb cb, void *ctx, GlError *err) {
  const char *sql =
      "SELECT 'introduced', " FINDING_COLS "WHERE f.run_id = ?2 AND " SEEN("f") " AND NOT EXISTS "
      " (SELECT 1 FROM finding o WHERE o.run_id = ?1 AND o.fingerprint = f.fingerprint AND " SEEN("o") ") "
      "UNION ALL SELECT 'fixed', " FINDING_COLS "WHERE f.run_id = ?1 AND " SEEN("f") " AND NOT EXISTS "
      " (SELECT 1 FROM finding o WHERE o.run_id = ?2 AND o.fingerprint = f.fingerprint AND o.state <> 'fixed') "
      "UNION ALL SELECT 'unchanged', " FINDING_COLS "WHERE f.run_id = ?2 AND " SEEN("f") " AND EXISTS "
      " (SELECT 1 FROM finding o WHERE o.run_id = ?1 AND o.fingerprint = f.fingerprint AND " SEEN("o") ") "
      "UNION ALL SELECT 'unknown', " FINDING_COLS "WHERE f.run_id = ?2 AND f.state = 'unknown' "
      "ORDER BY 1, 8, 9, 10";
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "diff query");
  sqlite3_bind_int64(s, 1, a);
  sqlite3_bind_int64(s, 2, b);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    FindingRow row = finding_row(s, 1);
    if (cb(ctx, col_text(s, 0), &row)) break;
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "diff query");
  sqlite3_finalize(s);
  return rc;
}

GlResult store_triage_set(Store *st, const char *fingerprint, const char *status, const char *reason, GlError *err) {
  sqlite3_stmt *s = NULL;
  const char *sql = "INSERT INTO triage(fingerprint, status, reason, at) "
                    "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ','now')) "
                    "ON CONFLICT(fingerprint) DO UPDATE SET status = ?2, reason = ?3, at = excluded.at";
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "cannot triage");
  bind_text(s, 1, fingerprint);
  bind_text(s, 2, status);
  bind_text(s, 3, reason);
  int r = sqlite3_step(s);
  sqlite3_finalize(s);
  return r == SQLITE_DONE ? GL_OK : db_error(st, err, "cannot triage");
}

GlResult store_triage_clear(Store *st, const char *fingerprint, int *removed, GlError *err) {
  sqlite3_stmt *s = NULL;
  *removed = 0;
  if (sqlite3_prepare_v2(st->db, "DELETE FROM triage WHERE fingerprint = ?1", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot undo the triage");
  bind_text(s, 1, fingerprint);
  int r = sqlite3_step(s);
  sqlite3_finalize(s);
  if (r != SQLITE_DONE) return db_error(st, err, "cannot undo the triage");
  *removed = sqlite3_changes(st->db) > 0;
  return GL_OK;
}

GlResult store_triage_list(Store *st, StoreTriageCb cb, void *ctx, GlError *err) {
  sqlite3_stmt *s = NULL;
  const char *sql = "SELECT t.fingerprint, t.status, t.reason, t.at, f.container, f.file FROM triage t "
                    "LEFT JOIN finding f ON f.id = (SELECT max(id) FROM finding WHERE fingerprint = t.fingerprint) "
                    "ORDER BY t.fingerprint";
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) return db_error(st, err, "cannot read the triage");
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    TriageRow t = {col_text(s, 0), col_text(s, 1), col_text(s, 2), col_text(s, 3), col_opt(s, 4), col_opt(s, 5)};
    if (cb(ctx, &t)) break;
  }
  GlResult rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? GL_OK : db_error(st, err, "cannot read the triage");
  sqlite3_finalize(s);
  return rc;
}

/* ---------- changed mode and sharding ---------- */

GlResult store_run_unit_files(Store *st, int64_t run_id, PtrVec *files, GlError *err) {
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "SELECT DISTINCT u.file FROM run_unit ru JOIN unit u ON u.id = ru.unit_id "
                                 "WHERE ru.run_id = ?1 ORDER BY u.file", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "unit query");
  sqlite3_bind_int64(s, 1, run_id);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) pv_push(files, gl_xstrdup(col_text(s, 0)));
  GlResult rc = rows_end(st, r, err, "unit query");
  sqlite3_finalize(s);
  return rc;
}

/* Merging a shard: the map of its units to ours, then their facts and
 * dependencies, then the run's units (merge_sql builds the whole list). */
static const char *const merge_head[] = {
    "CREATE TEMP TABLE IF NOT EXISTS merge_map(src_id INTEGER, dst_id INTEGER, file TEXT, directory TEXT, args TEXT,"
    " cache_key TEXT, status TEXT, errors INTEGER, diagnostics TEXT)",
    "DELETE FROM merge_map",
    /* MERGE_UNITS_STEP: its changes are the shard's units */
    "INSERT INTO merge_map(src_id, file, directory, args, cache_key, status, errors, diagnostics) "
    "SELECT u.id, u.file, u.directory, u.args, u.cache_key, ru.status, ru.errors, ru.diagnostics "
    "FROM src.run_unit ru JOIN src.unit u ON u.id = ru.unit_id WHERE ru.run_id = ?2",
    "INSERT OR IGNORE INTO unit(file, directory, args) SELECT file, directory, args FROM merge_map",
    "UPDATE merge_map SET dst_id = (SELECT id FROM unit WHERE unit.file = merge_map.file AND unit.args = merge_map.args)",
    "UPDATE unit SET cache_key = (SELECT cache_key FROM merge_map WHERE dst_id = unit.id) "
    "WHERE id IN (SELECT dst_id FROM merge_map)",
    "DELETE FROM unit_dep WHERE unit_id IN (SELECT dst_id FROM merge_map)",
    "INSERT INTO unit_dep(unit_id, file, hash, size, mtime) SELECT m.dst_id, x.file, x.hash, x.size, x.mtime FROM src.unit_dep x "
    "JOIN merge_map m ON m.src_id = x.unit_id",
};
enum { MERGE_UNITS_STEP = 2 };

static const char merge_tail[] =
    "INSERT OR REPLACE INTO run_unit(run_id, unit_id, status, errors, diagnostics, cached) "
    "SELECT ?1, dst_id, status, errors, diagnostics, 0 FROM merge_map";

/* The statements of a merge, in order (owned strings into out). */
static void merge_sql(PtrVec *out) {
  for (size_t i = 0; i < sizeof merge_head / sizeof *merge_head; i++) pv_push(out, gl_xstrdup(merge_head[i]));
  for (int t = 0; t < FT_COUNT; t++) {
    pv_push(out, schema_fact_merge_delete((FactTable)t));
    pv_push(out, schema_fact_merge_insert((FactTable)t));
  }
  pv_push(out, gl_xstrdup(merge_tail));
}

GlResult store_merge(Store *st, int64_t run_id, const char *path, int *units, GlError *err) {
  st->link_run = 0; /* the run's units change: a program chosen before is stale */
  *units = 0;
  if (!gl_is_file(path)) {
    gl_error_set(err, "no such database: '%s'", path);
    return GL_EINPUT;
  }
  sqlite3_stmt *s = NULL;
  GlResult rc = GL_OK;
  if (sqlite3_prepare_v2(st->db, "ATTACH ?1 AS src", -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "cannot attach a shard");
  bind_text(s, 1, path);
  int r = sqlite3_step(s);
  sqlite3_finalize(s);
  if (r != SQLITE_DONE) {
    gl_error_set(err, "%s: cannot open it as a database: %s", path, sqlite3_errmsg(st->db));
    return GL_EINPUT;
  }
  int64_t shard_run = 0;
  int version = -1;
  if (sqlite3_prepare_v2(st->db, "PRAGMA src.user_version", -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    version = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  if (version < 0) {
    gl_error_set(err, "%s: cannot read its schema version: %s", path, sqlite3_errmsg(st->db));
    rc = GL_EINPUT;
  } else if (version != STORE_SCHEMA_VERSION) {
    gl_error_set(err, "%s: schema version %d, expected %d (write shards with this growlint)", path, version,
                 STORE_SCHEMA_VERSION);
    rc = GL_EINPUT;
  }
  if (rc == GL_OK) {
    r = SQLITE_ERROR;
    if (sqlite3_prepare_v2(st->db, "SELECT MAX(id) FROM src.run WHERE status IN ('complete', 'incomplete')", -1, &s,
                           NULL) == SQLITE_OK &&
        (r = sqlite3_step(s)) == SQLITE_ROW)
      shard_run = sqlite3_column_int64(s, 0);
    rc = rows_end(st, r, err, "cannot read a shard's runs");
    sqlite3_finalize(s);
    if (rc == GL_OK && !shard_run) {
      gl_error_set(err, "%s: no complete run to merge", path);
      rc = GL_EINPUT;
    }
  }
  PtrVec steps = {0};
  merge_sql(&steps);
  int began = 0;
  if (rc == GL_OK) began = (rc = store_begin(st, err)) == GL_OK;
  for (size_t i = 0; rc == GL_OK && i < steps.len; i++) {
    if (sqlite3_prepare_v2(st->db, steps.items[i], -1, &s, NULL) != SQLITE_OK) {
      rc = db_error(st, err, "cannot merge a shard");
      break;
    }
    if (sqlite3_bind_parameter_count(s) >= 1) sqlite3_bind_int64(s, 1, run_id);
    if (sqlite3_bind_parameter_count(s) >= 2) sqlite3_bind_int64(s, 2, shard_run);
    if (sqlite3_step(s) != SQLITE_DONE) rc = db_error(st, err, "cannot merge a shard");
    sqlite3_finalize(s);
    if (i == MERGE_UNITS_STEP && rc == GL_OK) *units = sqlite3_changes(st->db);
  }
  pv_free(&steps, free);
  if (began) rc = store_end(st, rc, err);
  sqlite3_exec(st->db, "DETACH src", NULL, NULL, NULL);
  return rc;
}

GlResult store_reap_stale_runs(Store *st, int (*alive)(long pid), int *count, GlError *err) {
  *count = 0;
  char host[256] = "";
  gethostname(host, sizeof host - 1);
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "SELECT id, pid FROM run WHERE status = 'running' AND host = ?1", -1, &s, NULL) !=
      SQLITE_OK)
    return db_error(st, err, "run query");
  bind_text(s, 1, host);
  PtrVec stale = {0};
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW)
    if (!alive((long)sqlite3_column_int64(s, 1))) pv_push(&stale, gl_xasprintf("%lld", (long long)sqlite3_column_int64(s, 0)));
  GlResult rc = rows_end(st, r, err, "run query");
  sqlite3_finalize(s);
  for (size_t i = 0; i < stale.len && rc == GL_OK; i++) {
    if (sqlite3_prepare_v2(st->db, "UPDATE run SET status = 'interrupted' WHERE id = ?1 AND status = 'running'", -1,
                           &s, NULL) != SQLITE_OK) {
      rc = db_error(st, err, "cannot mark a stale run");
      break;
    }
    sqlite3_bind_int64(s, 1, strtoll(stale.items[i], NULL, 10));
    rc = step_done(st, s, err, "cannot mark a stale run");
    sqlite3_finalize(s);
    if (rc == GL_OK) (*count)++;
  }
  pv_free(&stale, free);
  return rc;
}
