/* store.h - the SQLite database: schema and migrations, runs, units and
 * their facts, the link queries over every unit's facts, and findings.
 *
 * All SQL of growlint lives in store.c. A Store owns its connection; rows
 * handed to callbacks are borrowed and valid only during the callback.
 */
#ifndef GROWLINT_STORE_H
#define GROWLINT_STORE_H

#include <stdint.h>

#include "cache.h"
#include "facts.h"
#include "util.h"

#define STORE_SCHEMA_VERSION 9

typedef struct Store Store;

/* Opens (creating and migrating) the database at path. */
GlResult store_open(const char *path, Store **out, GlError *err);
void store_close(Store *st);

typedef struct {
  const char *root;          /* project root */
  const char *tool_version;
  const char *clang_version;
  const char *command;       /* the command line */
  const char *git_commit;    /* NULL outside a git work tree */
  const char *git_branch;
  int git_dirty;             /* the work tree had changes to tracked files */
  const char *frontends;     /* "name version" of each front end, one per line (frontend_versions) */
} RunInfo;

GlResult store_run_begin(Store *st, const RunInfo *info, int64_t *run_id, GlError *err);
/* status: complete | incomplete | failed */
GlResult store_run_finish(Store *st, int64_t run_id, const char *status, int units, int findings,
                          GlError *err);

/* Records one analysed unit in run_id and replaces its facts; with a
 * cache_key and fh, also its cache key and the hashes of its dependencies. */
GlResult store_unit_save(Store *st, int64_t run_id, const char *file, const char *directory,
                         const char *args, const char *status, int errors, const char *diagnostics,
                         const Facts *facts, const char *cache_key, FileHashes *fh, GlError *err);

/* The unit whose stored facts are still valid: same key, every included
 * project file unchanged. *unit_id is 0 when there is none. With cache_key
 * and fh NULL, any unit with cached facts is taken as it is (changed mode). */
GlResult store_unit_lookup(Store *st, const char *file, const char *args, const char *cache_key, FileHashes *fh,
                           int64_t *unit_id, GlError *err);
/* Records a unit served from the cache in run_id. */
GlResult store_unit_reuse(Store *st, int64_t run_id, int64_t unit_id, GlError *err);
/* Adds to units (path -> non-NULL) the main files of every unit that includes file. */
GlResult store_units_including(Store *st, const char *file, StrMap *units, GlError *err);

/* The functions that root a program besides main (the project's
 * `programs:`), for store_programs and store_link_select; call it before
 * them (NULL or empty: main only). */
GlResult store_set_programs(Store *st, const PtrVec *names, GlError *err);

/* A program of a run: a unit that defines main, and its main file. */
typedef struct {
  int64_t unit_id;
  char *file;                /* owned */
} StoreProgram;
void store_program_free(void *p);
/* Appends the programs of run_id (StoreProgram*, owned by the caller),
 * sorted by file; none when no unit defines main (a library). */
GlResult store_programs(Store *st, int64_t run_id, PtrVec *out, GlError *err);
/* Chooses the units the link queries below read: with entry_unit 0 every
 * unit of run_id; otherwise entry_unit and every unit of run_id that
 * defines no main (one program: its entry and the code it may call). */
GlResult store_link_select(Store *st, int64_t run_id, int64_t entry_unit, GlError *err);
/* Puts into out (values non-NULL) the variable (root key) of every OP_DEFINED
 * op of run_id: the variables of external linkage that a unit rooting a
 * program defines. Link decides a storage of such a variable only in the
 * programs whose units define it. */
GlResult store_defined_vars(Store *st, int64_t run_id, StrMap *out, GlError *err);
/* Puts into out (values non-NULL, borrowed) every function that some unit
 * of run_id calls (other than itself) or registers: what no unit refers to
 * may be called from outside the units (dlsym, a library's user). */
/* ... and STORE_DEFINED_PREFIX + the USR of every function a unit of the run defines. */
#define STORE_DEFINED_PREFIX "def:"
GlResult store_referenced(Store *st, int64_t run_id, StrMap *out, GlError *err);

/* Link queries over the facts of the units of run_id that store_link_select
 * chose; every unit of run_id when no choice was made for run_id since its
 * units last changed. Each callback gets one borrowed row; a non-zero
 * return stops the iteration. */
typedef int (*StoreStorageCb)(void *ctx, const FactStorage *s);
typedef int (*StoreOpCb)(void *ctx, const FactOp *o);
typedef int (*StoreCallCb)(void *ctx, const FactCall *c);
typedef int (*StoreEntryCb)(void *ctx, const FactEntry *e);
typedef int (*StoreFunctionCb)(void *ctx, const FactFunction *f);

/* Storages, definitions first for each key. */
GlResult store_each_storage(Store *st, int64_t run_id, StoreStorageCb cb, void *ctx, GlError *err);
/* Operations on storages, with parameter effects and escapes into code
 * without a definition resolved at the call sites; distinct, by line,
 * column and file. */
GlResult store_each_op(Store *st, int64_t run_id, StoreOpCb cb, void *ctx, GlError *err);
/* Calls and entries: distinct, by file, line and column. */
GlResult store_each_call(Store *st, int64_t run_id, StoreCallCb cb, void *ctx, GlError *err);
GlResult store_each_entry(Store *st, int64_t run_id, StoreEntryCb cb, void *ctx, GlError *err);
/* Functions: every row (one per unit that declares it), in no order. */
GlResult store_each_function(Store *st, int64_t run_id, StoreFunctionCb cb, void *ctx, GlError *err);

/* One finding row; notes_json is a JSON array of {file,line,column,message}. */
typedef struct {
  const char *fingerprint, *rule, *symbol, *container, *file, *fix, *message, *notes_json;
  unsigned line, col;
  const char *suppressed;    /* the suppression's reason, NULL when reported */
} StoreFinding;

GlResult store_finding_add(Store *st, int64_t run_id, const StoreFinding *f, GlError *err);

/* After a run's findings are added: sets each one's state relative to the
 * previous complete run (new, unchanged, reopened), adds a 'fixed' row for
 * each finding of that run which is gone although its file was analysed
 * again ('unknown' instead when a unit of the run did not parse, or when
 * checked, the ids of the rules the run checked (char*, borrowed; NULL:
 * every rule), does not hold the finding's rule), and records the totals
 * on the run. */
GlResult store_classify(Store *st, int64_t run_id, const PtrVec *checked, int *n_new, int *n_fixed,
                        GlError *err);

/* One finding row with its triage, borrowed during a callback. */
typedef struct {
  int64_t id, run_id;
  const char *fingerprint, *rule, *symbol, *container, *file, *fix, *message, *notes_json;
  const char *state;          /* new | unchanged | reopened | fixed */
  const char *suppressed;     /* NULL, or the suppression's reason */
  const char *triage;         /* NULL, or false-positive | intentional | confirmed */
  const char *triage_reason;
  unsigned line, col;
} FindingRow;
typedef int (*StoreFindingCb)(void *ctx, const FindingRow *f);

typedef struct {
  int64_t run_id;             /* required */
  const char *state;          /* NULL: any */
  const char *rule;           /* NULL: any */
  const char *path_glob;      /* NULL: any; matched against the absolute path or any tail of it */
  const char *triage;         /* NULL: any; "none": untriaged */
} FindingFilter;

GlResult store_findings(Store *st, const FindingFilter *flt, StoreFindingCb cb, void *ctx, GlError *err);
/* A finding by row id (digits) or fingerprint (its newest row); *found says whether it exists. */
GlResult store_finding_get(Store *st, const char *id, StoreFindingCb cb, void *ctx, int *found, GlError *err);

typedef struct {
  int64_t id;
  const char *started, *finished, *status, *git_commit, *git_branch, *tool_version, *clang_version, *root;
  int units, findings, new_findings, fixed_findings;
} RunRow;
typedef int (*StoreRunCb)(void *ctx, const RunRow *r);

/* Newest first; limit <= 0 means all. */
GlResult store_runs(Store *st, int limit, StoreRunCb cb, void *ctx, GlError *err);
GlResult store_run_get(Store *st, int64_t id, StoreRunCb cb, void *ctx, int *found, GlError *err);
/* The newest complete run (before `before` when > 0; of commit when not NULL;
 * of a clean git work tree when clean); 0 when none. */
GlResult store_last_complete_run(Store *st, int64_t before, const char *commit, int clean, int64_t *id,
                                 GlError *err);

/* Findings of run b against run a: change is introduced | fixed | unchanged. */
typedef int (*StoreDiffCb)(void *ctx, const char *change, const FindingRow *f);
GlResult store_diff(Store *st, int64_t a, int64_t b, StoreDiffCb cb, void *ctx, GlError *err);

/* status: false-positive | intentional | confirmed */
GlResult store_triage_set(Store *st, const char *fingerprint, const char *status, const char *reason, GlError *err);

/* Forgets the triage of fingerprint (triage --as none); *removed says whether there was one. */
GlResult store_triage_clear(Store *st, const char *fingerprint, int *removed, GlError *err);

/* One triage decision with the container and file of the newest finding of
 * its fingerprint (NULL when no finding has it), borrowed during a callback. */
typedef struct {
  const char *fingerprint, *status, *reason, *at;
  const char *container, *file; /* may be NULL */
} TriageRow;
typedef int (*StoreTriageCb)(void *ctx, const TriageRow *t);
/* Every triage decision, by fingerprint. */
GlResult store_triage_list(Store *st, StoreTriageCb cb, void *ctx, GlError *err);

/* The main files of run_id's units (owned strings), sorted. */
GlResult store_run_unit_files(Store *st, int64_t run_id, PtrVec *files, GlError *err);
/* Copies the units and facts of the newest complete run of the shard
 * database at path into run_id; *units says how many. */
GlResult store_merge(Store *st, int64_t run_id, const char *path, int *units, GlError *err);

/* Marks this host's runs still 'running' whose process is gone (killed) as
 * 'interrupted'; alive(pid) says whether a process exists. */
GlResult store_reap_stale_runs(Store *st, int (*alive)(long pid), int *count, GlError *err);

/* A write transaction: store_begin, then store_end with the result of the
 * work, which commits when rc is GL_OK and otherwise (or when the commit
 * fails) rolls back; it returns the first failure. */
GlResult store_begin(Store *st, GlError *err);
GlResult store_end(Store *st, GlResult rc, GlError *err);
GlResult store_commit(Store *st, GlError *err);

#endif
