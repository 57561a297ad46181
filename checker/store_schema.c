/* store_schema.c - the schema of growlint's database (store_schema.h).
 *
 * Two ways to the current schema, which a test keeps equal: a new database
 * gets current_schema and the fact tables built from their column lists in
 * one step; an older one runs the migrations from its PRAGMA user_version.
 * A migration that changes what a fact table holds recreates the fact tables
 * and invalidates the facts cache: their units are parsed again.
 *
 * Text, not integers, is stored for the vocabulary (op kinds, storage kinds,
 * families, roots, languages: the names of facts.c), so that the database
 * reads on its own with sqlite3; loop contexts stay integers (LoopCtx
 * values, documented in README) as version 1 stored them.
 */
#include "store_schema.h"

#include <stdio.h>
#include <stdlib.h>

#include "store.h"

typedef struct {
  const char *name;   /* column name */
  const char *type;   /* SQL type and constraints */
} Column;

#define SCHEMA_COLUMN_ROW(e, name, type) {name, type},
static const Column storage_cols[] = {STORAGE_COLUMNS(SCHEMA_COLUMN_ROW)};
static const Column function_cols[] = {FUNCTION_COLUMNS(SCHEMA_COLUMN_ROW)};
static const Column entry_cols[] = {ENTRY_COLUMNS(SCHEMA_COLUMN_ROW)};
static const Column call_cols[] = {CALL_COLUMNS(SCHEMA_COLUMN_ROW)};
static const Column op_cols[] = {OP_COLUMNS(SCHEMA_COLUMN_ROW)};
static const Column arg_cols[] = {ARG_COLUMNS(SCHEMA_COLUMN_ROW)};

typedef struct {
  const char *name;     /* table */
  const Column *cols;   /* after unit_id, in order */
  int ncols;
  const char *indexes;  /* CREATE INDEX statements of the table */
} FactTableDef;

#define COLS(a) a, (int)(sizeof a / sizeof *a)
/* ORDER FACT_TABLE */
static const FactTableDef fact_tables[] = {
    [FT_STORAGE] = {"storage", COLS(storage_cols), "CREATE INDEX storage_unit ON storage(unit_id);"},
    [FT_FUNCTION] = {"function", COLS(function_cols),
                     "CREATE INDEX function_unit ON function(unit_id, usr);"
                     "CREATE INDEX function_usr ON function(usr);"},
    [FT_ENTRY] = {"entry", COLS(entry_cols), "CREATE INDEX entry_unit ON entry(unit_id);"},
    [FT_CALL] = {"call", COLS(call_cols), "CREATE INDEX call_unit ON call(unit_id);"},
    [FT_OP] = {"op", COLS(op_cols),
               "CREATE INDEX op_unit ON op(unit_id);"
               "CREATE INDEX op_root ON op(root_func, root_index);"},
    [FT_ARG] = {"arg", COLS(arg_cols), "CREATE INDEX arg_unit ON arg(unit_id);"},
};
_Static_assert(sizeof fact_tables / sizeof *fact_tables == FT_COUNT, "fact_tables[] follows FactTable");
_Static_assert(sizeof storage_cols / sizeof *storage_cols == SC_COUNT, "storage columns");
_Static_assert(sizeof op_cols / sizeof *op_cols == OC_COUNT, "op columns");
_Static_assert(sizeof arg_cols / sizeof *arg_cols == AC_COUNT, "arg columns");

const char *schema_fact_table_name(FactTable t) { return fact_tables[t].name; }

int schema_fact_column_count(FactTable t) { return fact_tables[t].ncols; }

void schema_fact_columns(StrBuf *sb, FactTable t, const char *prefix) {
  const FactTableDef *d = &fact_tables[t];
  for (int i = 0; i < d->ncols; i++) sb_appendf(sb, "%s%s%s", i ? ", " : "", prefix, d->cols[i].name);
}

char *schema_fact_insert(FactTable t) {
  StrBuf sb = {0};
  sb_appendf(&sb, "INSERT INTO %s(unit_id, ", fact_tables[t].name);
  schema_fact_columns(&sb, t, "");
  sb_append(&sb, ") VALUES (?1");
  for (int i = 0; i < fact_tables[t].ncols; i++) sb_appendf(&sb, ", ?%d", FACT_BIND(i));
  sb_append(&sb, ")");
  return sb_steal(&sb);
}

char *schema_fact_delete(FactTable t) { return gl_xasprintf("DELETE FROM %s WHERE unit_id = ?1", fact_tables[t].name); }

char *schema_fact_merge_delete(FactTable t) {
  return gl_xasprintf("DELETE FROM %s WHERE unit_id IN (SELECT dst_id FROM merge_map)", fact_tables[t].name);
}

char *schema_fact_merge_insert(FactTable t) {
  StrBuf sb = {0};
  sb_appendf(&sb, "INSERT INTO %s(unit_id, ", fact_tables[t].name);
  schema_fact_columns(&sb, t, "");
  sb_append(&sb, ") SELECT m.dst_id, ");
  schema_fact_columns(&sb, t, "x.");
  sb_appendf(&sb, " FROM src.%s x JOIN merge_map m ON m.src_id = x.unit_id", fact_tables[t].name);
  return sb_steal(&sb);
}

/* CREATE TABLE and its indexes for every fact table. */
static void fact_tables_sql(StrBuf *sb) {
  for (int t = 0; t < FT_COUNT; t++) {
    const FactTableDef *d = &fact_tables[t];
    sb_appendf(sb, "CREATE TABLE %s(unit_id INTEGER NOT NULL", d->name);
    for (int i = 0; i < d->ncols; i++) sb_appendf(sb, ", %s %s", d->cols[i].name, d->cols[i].type);
    sb_appendf(sb, ");%s", d->indexes);
  }
}

/* The current schema of everything but the fact tables. Columns appear in
 * the order the migrations added them, so that both ways give one schema. */
static const char current_schema[] =
    "CREATE TABLE run("
    "  id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,"
    "  root TEXT, tool_version TEXT, clang_version TEXT, command TEXT,"
    "  units INTEGER, findings INTEGER, git_commit TEXT, git_branch TEXT, new_findings INTEGER,"
    "  fixed_findings INTEGER, git_dirty INTEGER, pid INTEGER, host TEXT, frontends TEXT);"
    "CREATE TABLE unit("
    "  id INTEGER PRIMARY KEY, file TEXT NOT NULL, directory TEXT, args TEXT NOT NULL, cache_key TEXT,"
    "  UNIQUE(file, args));"
    "CREATE TABLE run_unit("
    "  run_id INTEGER NOT NULL REFERENCES run(id), unit_id INTEGER NOT NULL REFERENCES unit(id),"
    "  status TEXT NOT NULL, errors INTEGER NOT NULL, diagnostics TEXT, cached INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY(run_id, unit_id));"
    "CREATE TABLE finding(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES run(id),"
    "  fingerprint TEXT NOT NULL, rule TEXT NOT NULL, symbol TEXT, container TEXT, file TEXT,"
    "  line INTEGER, col INTEGER, fix TEXT, message TEXT, notes TEXT,"
    "  state TEXT NOT NULL DEFAULT 'new', suppressed TEXT, UNIQUE(run_id, fingerprint));"
    "CREATE TABLE triage(fingerprint TEXT PRIMARY KEY, status TEXT NOT NULL, reason TEXT NOT NULL,"
    "  at TEXT NOT NULL);"
    "CREATE TABLE unit_dep(unit_id INTEGER NOT NULL REFERENCES unit(id), file TEXT NOT NULL, hash TEXT NOT NULL,"
    "  size INTEGER, mtime INTEGER);"
    "CREATE INDEX finding_run ON finding(run_id);"
    "CREATE INDEX finding_fingerprint ON finding(fingerprint, run_id);"
    "CREATE INDEX finding_run_state ON finding(run_id, state);"
    "CREATE INDEX run_status ON run(status, id);"
    "CREATE INDEX unit_dep_unit ON unit_dep(unit_id);"
    "CREATE INDEX unit_dep_file ON unit_dep(file);";

/* Version 1 created run, unit, run_unit, finding and the fact tables
 * (tests/fixtures/schema-v1.db is such a database); each later version
 * below is the step from the one before it. */

/* Version 2: findings carry their state and suppression, triage outlives
 * runs, runs know their git commit and their new / fixed totals. */
static const char schema_v2[] =
    "ALTER TABLE run ADD COLUMN git_commit TEXT;"
    "ALTER TABLE run ADD COLUMN git_branch TEXT;"
    "ALTER TABLE run ADD COLUMN new_findings INTEGER;"
    "ALTER TABLE run ADD COLUMN fixed_findings INTEGER;"
    "ALTER TABLE finding ADD COLUMN state TEXT NOT NULL DEFAULT 'new';"
    "ALTER TABLE finding ADD COLUMN suppressed TEXT;"
    "CREATE TABLE triage(fingerprint TEXT PRIMARY KEY, status TEXT NOT NULL, reason TEXT NOT NULL,"
    "  at TEXT NOT NULL);"
    "CREATE INDEX finding_fingerprint ON finding(fingerprint, run_id);"
    "CREATE INDEX finding_run_state ON finding(run_id, state);"
    "CREATE INDEX run_status ON run(status, id);";

/* Version 3: the facts cache (unit keys and the project files each unit includes). */
static const char schema_v3[] =
    "ALTER TABLE unit ADD COLUMN cache_key TEXT;"
    "ALTER TABLE run_unit ADD COLUMN cached INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE run ADD COLUMN git_dirty INTEGER;"
    "ALTER TABLE run ADD COLUMN pid INTEGER;"
    "ALTER TABLE entry ADD COLUMN from_func TEXT;"
    "ALTER TABLE entry ADD COLUMN loop INTEGER;"
    "ALTER TABLE entry ADD COLUMN loop_file TEXT;"
    "ALTER TABLE entry ADD COLUMN loop_line INTEGER;"
    "ALTER TABLE entry ADD COLUMN loop_col INTEGER;"
    "ALTER TABLE entry ADD COLUMN via TEXT;"
    "ALTER TABLE entry ADD COLUMN via_idx INTEGER;"
    "ALTER TABLE run ADD COLUMN host TEXT;"
    "CREATE TABLE unit_dep(unit_id INTEGER NOT NULL REFERENCES unit(id), file TEXT NOT NULL, hash TEXT NOT NULL);"
    "CREATE INDEX unit_dep_unit ON unit_dep(unit_id);"
    "CREATE INDEX unit_dep_file ON unit_dep(file);"
    "CREATE INDEX function_usr ON function(usr);";

/* Version 4: storages carry the language of the unit that declared them
 * (the name of facts_lang_name: "c", "c++"; text, so the database reads on
 * its own). Facts cached by an older growlint lack it: they are dropped and
 * their units are parsed again on the next run. */
static const char schema_v4[] =
    "ALTER TABLE storage ADD COLUMN lang TEXT;"
    "DELETE FROM storage; DELETE FROM function; DELETE FROM entry; DELETE FROM call;"
    "DELETE FROM op; DELETE FROM arg; DELETE FROM unit_dep; UPDATE unit SET cache_key = NULL;";

/* Version 5: a run records the version of each front end ("libclang
 * Debian clang version 19.1.7", one per line); clang_version stays. */
static const char schema_v5[] = "ALTER TABLE run ADD COLUMN frontends TEXT;";

static GlResult exec_sql(sqlite3 *db, const char *sql, GlError *err) {
  char *msg = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    gl_error_set(err, "database: %s", msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return GL_EIO;
  }
  return GL_OK;
}

/* Version 6: access paths are columns (root, root_func, root_index,
 * root_key, path) instead of the string "param:USR#i.field", and the fact
 * tables are built from their column lists. The fact tables are recreated
 * empty and the facts cache is invalidated: units are parsed again. */
static GlResult recreate_fact_tables(sqlite3 *db, GlError *err) {
  StrBuf sb = {0};
  for (int t = 0; t < FT_COUNT; t++) sb_appendf(&sb, "DROP TABLE IF EXISTS %s;", fact_tables[t].name);
  fact_tables_sql(&sb);
  sb_append(&sb, "DELETE FROM unit_dep; UPDATE unit SET cache_key = NULL;");
  GlResult rc = exec_sql(db, sb_cstr(&sb), err);
  sb_free(&sb);
  return rc;
}

/* Version 7: a dependency records its size and mtime (nanoseconds; NULL
 * when the file had just changed), checked before its hash; the main file
 * is a dependency and leaves the cache key. Keys are invalidated: units are
 * parsed again once. */
static const char schema_v7[] =
    "ALTER TABLE unit_dep ADD COLUMN size INTEGER;"
    "ALTER TABLE unit_dep ADD COLUMN mtime INTEGER;"
    "DELETE FROM unit_dep; UPDATE unit SET cache_key = NULL;";

GlResult schema_upgrade(sqlite3 *db, int version, GlError *err) {
  GlResult rc = GL_OK;
  if (version == 0) {
    StrBuf sb = {0};
    sb_append(&sb, current_schema);
    fact_tables_sql(&sb);
    rc = exec_sql(db, sb_cstr(&sb), err);
    sb_free(&sb);
  } else {
    static const char *const steps[] = {NULL, NULL, schema_v2, schema_v3, schema_v4, schema_v5};
    for (int v = version + 1; rc == GL_OK && v < (int)(sizeof steps / sizeof *steps); v++) rc = exec_sql(db, steps[v], err);
    if (rc == GL_OK && version < 6) rc = recreate_fact_tables(db, err);
    if (rc == GL_OK && version < 7) rc = exec_sql(db, schema_v7, err);
    /* Version 8: a call records which arguments are constants and whether it
     * runs under a condition in its loop; a keyed growth, which parameter
     * its key is. The fact tables are recreated and units parsed again. */
    if (rc == GL_OK && version < 8 && version >= 6) rc = recreate_fact_tables(db, err);
    /* Version 9: a C function of external linkage and a call through a
     * function-pointer slot record their function type (sig), so that link
     * can tell which functions a slot no seen code fills may hold. */
    else if (rc == GL_OK && version < 9 && version >= 6) rc = recreate_fact_tables(db, err);
  }
  if (rc == GL_OK) {
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
    rc = exec_sql(db, sql, err);
  }
  return rc;
}
