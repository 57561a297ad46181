/* store_schema.h - the database schema, private to the store module
 * (store.c): the current schema for new databases, the migrations that
 * bring older ones up to it, and the fact tables' columns, described once
 * and used for CREATE, INSERT, SELECT and merge statements.
 *
 * Each fact table's columns are an X-macro list: X(ENUM, "name", "SQL type").
 * The enum gives each column its position after unit_id, so binding and
 * reading a column goes by name: sqlite3_bind_text(s, FACT_BIND(SC_KEY), ..)
 * and sqlite3_column_text(s, SC_KEY) for a SELECT of fact_select_list.
 */
#ifndef GROWLINT_STORE_SCHEMA_H
#define GROWLINT_STORE_SCHEMA_H

#include <sqlite3.h>

#include "util.h"

/* The access path columns (README "Facts and access paths"). */
#define PATH_COLUMNS(P, X)                                                        \
  X(P##_ROOT, "root", "TEXT NOT NULL")           /* facts_root_name */             \
  X(P##_ROOT_FUNC, "root_func", "TEXT NOT NULL") /* USR, "" for a storage */       \
  X(P##_ROOT_INDEX, "root_index", "INTEGER NOT NULL") /* param index, else -1 */  \
  X(P##_ROOT_KEY, "root_key", "TEXT NOT NULL")   /* storage USR / local name */    \
  X(P##_PATH, "path", "TEXT NOT NULL")           /* ".a.b" or "" */

#define LOC_COLUMNS(P, X)                   \
  X(P##_FILE, "file", "TEXT")               \
  X(P##_LINE, "line", "INTEGER")            \
  X(P##_COL, "col", "INTEGER")

#define LOOP_LOC_COLUMNS(P, X)              \
  X(P##_LOOP_FILE, "loop_file", "TEXT")     \
  X(P##_LOOP_LINE, "loop_line", "INTEGER")  \
  X(P##_LOOP_COL, "loop_col", "INTEGER")

/* Where an event happens and how often: the loop context (a LoopCtx
 * value), the site, and the location of the loop that repeats it. */
#define SITE_COLUMNS(P, X)                  \
  X(P##_LOOP, "loop", "INTEGER")            \
  LOC_COLUMNS(P, X)                         \
  LOOP_LOC_COLUMNS(P, X)

/* ORDER STORAGE_COLUMNS (each list below likewise): the enum follows it. */
#define STORAGE_COLUMNS(X)                                            \
  X(SC_KEY, "key", "TEXT NOT NULL")                                   \
  X(SC_SYMBOL, "symbol", "TEXT")                                      \
  X(SC_DISPLAY, "display", "TEXT")                                    \
  X(SC_KIND, "kind", "TEXT")          /* facts_storage_kind_name */   \
  X(SC_LANG, "lang", "TEXT")          /* facts_lang_name */           \
  X(SC_MODEL, "model", "TEXT")                                        \
  X(SC_FAMILY, "family", "TEXT")      /* facts_family_name */         \
  X(SC_TYPE, "type", "TEXT")                                          \
  X(SC_ELEM, "elem", "TEXT")                                          \
  X(SC_OWNING, "owning", "INTEGER")                                   \
  X(SC_IS_DEF, "is_def", "INTEGER")                                   \
  LOC_COLUMNS(SC, X)                                                  \
  X(SC_OWNER_FILE, "owner_file", "TEXT")                              \
  X(SC_OWNER_LINE, "owner_line", "INTEGER")                           \
  X(SC_OWNER_COL, "owner_col", "INTEGER")

#define FUNCTION_COLUMNS(X)            \
  X(FC_USR, "usr", "TEXT NOT NULL")    \
  X(FC_NAME, "name", "TEXT")           \
  X(FC_IS_DEF, "is_def", "INTEGER")    \
  LOC_COLUMNS(FC, X)                   \
  X(FC_SIG, "sig", "TEXT")

#define ENTRY_COLUMNS(X)                                      \
  X(EC_FUNC, "func", "TEXT NOT NULL")                         \
  X(EC_REASON, "reason", "TEXT")                              \
  LOC_COLUMNS(EC, X)                                          \
  X(EC_FROM_FUNC, "from_func", "TEXT")                        \
  X(EC_LOOP, "loop", "INTEGER")      /* LoopCtx value */      \
  LOOP_LOC_COLUMNS(EC, X)                                     \
  X(EC_VIA, "via", "TEXT")                                    \
  X(EC_VIA_IDX, "via_idx", "INTEGER")

#define CALL_COLUMNS(X)                      \
  X(CC_CALLER, "caller", "TEXT NOT NULL")    \
  X(CC_CALLEE, "callee", "TEXT NOT NULL")    \
  X(CC_CALLEE_NAME, "callee_name", "TEXT")   \
  SITE_COLUMNS(CC, X)                        \
  X(CC_CONST_ARGS, "const_args", "INTEGER NOT NULL DEFAULT 0") \
  X(CC_COND, "cond", "INTEGER NOT NULL DEFAULT 0") \
  X(CC_SIG, "sig", "TEXT")

#define OP_COLUMNS(X)                                          \
  PATH_COLUMNS(OC, X)                                          \
  X(OC_FUNC, "func", "TEXT")                                   \
  X(OC_KIND, "kind", "TEXT NOT NULL") /* facts_op_name */      \
  X(OC_DETAIL, "detail", "TEXT")                               \
  SITE_COLUMNS(OC, X)                                          \
  X(OC_KEY_ARG, "key_arg", "INTEGER NOT NULL DEFAULT 0")

#define ARG_COLUMNS(X)                       \
  PATH_COLUMNS(AC, X)                        \
  X(AC_CALLER, "caller", "TEXT")             \
  X(AC_CALLEE, "callee", "TEXT")             \
  X(AC_CALLEE_NAME, "callee_name", "TEXT")   \
  X(AC_IDX, "idx", "INTEGER")                \
  X(AC_MUT, "mut", "INTEGER")                \
  SITE_COLUMNS(AC, X)

#define SCHEMA_COLUMN_ENUM(e, name, type) e,
enum { STORAGE_COLUMNS(SCHEMA_COLUMN_ENUM) SC_COUNT };
enum { FUNCTION_COLUMNS(SCHEMA_COLUMN_ENUM) FC_COUNT };
enum { ENTRY_COLUMNS(SCHEMA_COLUMN_ENUM) EC_COUNT };
enum { CALL_COLUMNS(SCHEMA_COLUMN_ENUM) CC_COUNT };
enum { OP_COLUMNS(SCHEMA_COLUMN_ENUM) OC_COUNT };
enum { ARG_COLUMNS(SCHEMA_COLUMN_ENUM) AC_COUNT };

/* The parameter number of a column in a fact INSERT (?1 is unit_id). */
#define FACT_BIND(column) ((column) + 2)

/* The fact tables. ORDER FACT_TABLE: fact_tables[] in store_schema.c. */
typedef enum { FT_STORAGE, FT_FUNCTION, FT_ENTRY, FT_CALL, FT_OP, FT_ARG, FT_COUNT } FactTable;

const char *schema_fact_table_name(FactTable t);
/* How many columns a fact table has after unit_id. */
int schema_fact_column_count(FactTable t);
/* "p.c1, p.c2, ..." (prefix "" for bare names), the table's columns in order. */
void schema_fact_columns(StrBuf *sb, FactTable t, const char *prefix);
/* Owned SQL: INSERT of one row (?1 unit_id, then the columns in order);
 * DELETE of a unit's rows (?1). */
char *schema_fact_insert(FactTable t);
char *schema_fact_delete(FactTable t);
/* Owned SQL that copies the facts of merge_map's units from the attached
 * database src (store_merge): the delete of the old rows, then the insert. */
char *schema_fact_merge_delete(FactTable t);
char *schema_fact_merge_insert(FactTable t);

/* Brings the database's schema to STORE_SCHEMA_VERSION: creates the current
 * schema in an empty database, or runs the migrations from *version. Runs
 * inside the caller's transaction; the message goes to err. */
GlResult schema_upgrade(sqlite3 *db, int version, GlError *err);

#endif
