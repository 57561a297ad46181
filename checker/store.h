/* store.h - the SQLite database: schema and migrations, runs, units and
 * their facts, the link queries over every unit's facts, and findings.
 *
 * All SQL of growlint lives in store.c. A Store owns its connection; rows
 * handed to callbacks are borrowed and valid only during the callback.
 */
#ifndef GROWLINT_STORE_H
#define GROWLINT_STORE_H

#include <stdint.h>

#include "facts.h"
#include "util.h"

#define STORE_SCHEMA_VERSION 1

typedef struct Store Store;

/* Opens (creating and migrating) the database at path. */
GlResult store_open(const char *path, Store **out, GlError *err);
void store_close(Store *st);

typedef struct {
  const char *root;          /* project root */
  const char *tool_version;
  const char *clang_version;
  const char *command;       /* the command line */
} RunInfo;

GlResult store_run_begin(Store *st, const RunInfo *info, int64_t *run_id, GlError *err);
/* status: complete | incomplete | failed */
GlResult store_run_finish(Store *st, int64_t run_id, const char *status, int units, int findings,
                          GlError *err);

/* Records one analysed unit in run_id and replaces its facts. */
GlResult store_unit_save(Store *st, int64_t run_id, const char *file, const char *directory,
                         const char *args, const char *status, int errors, const char *diagnostics,
                         const Facts *facts, GlError *err);

/* Link queries over the facts of the units of run_id. Each callback gets
 * one borrowed row; a non-zero return stops the iteration. */
typedef int (*StoreStorageCb)(void *ctx, const FactStorage *s);
typedef int (*StoreOpCb)(void *ctx, const FactOp *o);
typedef int (*StoreCallCb)(void *ctx, const FactCall *c);
typedef int (*StoreEntryCb)(void *ctx, const FactEntry *e);
typedef int (*StoreFunctionCb)(void *ctx, const FactFunction *f);

/* Storages, definitions first for each key. */
GlResult store_each_storage(Store *st, int64_t run_id, StoreStorageCb cb, void *ctx, GlError *err);
/* Operations on storages, with parameter effects and escapes into code
 * without a definition resolved at the call sites. */
GlResult store_each_op(Store *st, int64_t run_id, StoreOpCb cb, void *ctx, GlError *err);
GlResult store_each_call(Store *st, int64_t run_id, StoreCallCb cb, void *ctx, GlError *err);
GlResult store_each_entry(Store *st, int64_t run_id, StoreEntryCb cb, void *ctx, GlError *err);
GlResult store_each_function(Store *st, int64_t run_id, StoreFunctionCb cb, void *ctx, GlError *err);

/* One finding row; notes_json is a JSON array of {file,line,column,message}. */
typedef struct {
  const char *fingerprint, *rule, *symbol, *container, *file, *fix, *message, *notes_json;
  unsigned line, col;
} StoreFinding;

GlResult store_finding_add(Store *st, int64_t run_id, const StoreFinding *f, GlError *err);

GlResult store_begin(Store *st, GlError *err);
GlResult store_commit(Store *st, GlError *err);

#endif
