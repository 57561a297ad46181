/* analyse.c - the parse loop of `growlint check` (analyse.h). Units are
 * parsed by the front end of their language (frontend.h); each worker opens
 * a front end's state the first time it needs it.
 *
 * Data: one Job per unit. The calling thread decides first which units come
 * from the cache, then starts the workers; workers take the next job that
 * needs parsing, but never more than a window ahead of the job the writer
 * waits for, so at most about that many units' facts are in memory at once.
 * The writer records jobs strictly in unit order, so a run's database
 * content does not depend on the number of workers.
 */
#include "analyse.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "frontend.h"
#include "units.h"

typedef struct {
  const Unit *unit;   /* borrowed */
  char *args;         /* owned: the argument string */
  char *key;          /* owned: the cache key */
  int64_t cached_id;  /* the unit row to reuse, 0 when it must be parsed */
  int done;           /* parsed (guarded by the pool's mutex) */
  Facts facts;        /* owned until written */
  StrBuf diags;
  int nerr;
} Job;

typedef struct {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  Job *jobs;
  size_t n;
  size_t next;        /* next job a worker may take */
  size_t consumed;    /* jobs the writer has recorded */
  size_t window;      /* how far workers may run ahead of the writer */
  const RuleSet *rs;
  volatile sig_atomic_t *stop;
  double parse_s, walk_s; /* summed over workers when they stop */
  StrMap ignored;         /* options clang did not know, over workers */
} Pool;

/* Parses one unit with its language's front end; states[i] is the worker's
 * state of frontend_at(i), opened on first use. */
static void parse_job(Pool *pool, void **states, Job *j) {
  GlError err = {{0}};
  const Unit *u = j->unit;
  const FrontEnd *fe = frontend_for(u->lang);
  size_t i = 0;
  while (fe && frontend_at(i) != fe) i++;
  if (!fe) {
    sb_appendf(&j->diags, "%s: error: growlint has no front end for %s\n", u->file, facts_lang_name(u->lang));
    j->nerr = 1;
    return;
  }
  if (!states[i]) states[i] = fe->open(pool->rs);
  fe->extract(states[i], u, &j->facts, &j->diags, &j->nerr, &err);
}

static void *worker(void *p) {
  Pool *pool = p;
  void **states = gl_xcalloc(frontend_count(), sizeof *states);
  pthread_mutex_lock(&pool->mu);
  for (;;) {
    while (pool->next < pool->n && pool->jobs[pool->next].cached_id) pool->next++;
    if (pool->next >= pool->n || *pool->stop) break;
    if (pool->next >= pool->consumed + pool->window) {
      pthread_cond_wait(&pool->cv, &pool->mu);
      continue;
    }
    Job *j = &pool->jobs[pool->next++];
    pthread_mutex_unlock(&pool->mu);
    parse_job(pool, states, j);
    pthread_mutex_lock(&pool->mu);
    j->done = 1;
    pthread_cond_broadcast(&pool->cv);
  }
  for (size_t i = 0; i < frontend_count(); i++) {
    double parse_s = 0, walk_s = 0;
    if (states[i]) frontend_at(i)->times(states[i], &parse_s, &walk_s);
    if (states[i] && frontend_at(i)->ignored_options) frontend_at(i)->ignored_options(states[i], &pool->ignored);
    pool->parse_s += parse_s;
    pool->walk_s += walk_s;
  }
  pthread_cond_broadcast(&pool->cv);
  pthread_mutex_unlock(&pool->mu);
  for (size_t i = 0; i < frontend_count(); i++)
    if (states[i]) frontend_at(i)->close(states[i]);
  free(states);
  return NULL;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(const AnalyseOpts *o, size_t done, size_t total, double start, int last) {
  if (!o->progress) return;
  fprintf(stderr, "\r\033[Kgrowlint: %zu/%zu units, %.1fs", done, total, now() - start);
  if (last) fputs("\r\033[K", stderr);
  fflush(stderr);
}

/* One warning for every option that clang did not know, in sorted order. */
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void warn_ignored(const StrMap *ignored) {
  if (!ignored->len) return;
  PtrVec names = {0};
  for (size_t i = 0; i < ignored->cap; i++)
    if (ignored->keys[i]) pv_push(&names, ignored->keys[i]);
  qsort(names.items, names.len, sizeof *names.items, cmp_str);
  StrBuf line = {0};
  for (size_t i = 0; i < names.len; i++) sb_appendf(&line, "%s%s", i ? " " : "", (char *)names.items[i]);
  StrBuf safe = {0};
  gl_escape_controls(&safe, sb_cstr(&line));
  fprintf(stderr, "growlint check: warning: ignored %zu compiler option%s that clang does not know: %s\n", names.len,
          names.len == 1 ? "" : "s", sb_cstr(&safe));
  sb_free(&safe);
  sb_free(&line);
  pv_free(&names, NULL);
}

/* Fills the jobs of units and decides which come from the facts cache. */
static GlResult plan_jobs(const AnalyseOpts *o, const PtrVec *units, Job *jobs, FileHashes *fh, AnalyseResult *res,
                          GlError *err) {
  GlResult rc = GL_OK;
  for (size_t i = 0; i < units->len && rc == GL_OK; i++) {
    Job *j = &jobs[i];
    j->unit = units->items[i];
    j->args = unit_args_string(j->unit);
    j->key = cache_unit_key(j->unit->file, j->args, o->rs->digest);
    if (!o->use_cache) continue;
    if (o->changed && sm_get(o->changed, j->unit->file)) continue; /* named as changed: always parsed again */
    /* Every other cached unit is checked against its main file, arguments and
     * every file it includes, in every mode: a header changed since the last
     * run (or reverted) must never leave stale facts in the link. */
    rc = store_unit_lookup(o->st, j->unit->file, j->args, j->key, fh, &j->cached_id, err);
    if (o->changed && !j->cached_id) res->uncached++;
  }
  return rc;
}

/* Records a parsed job (the writer): its errors on stderr, its facts in the store. */
static GlResult record_job(const AnalyseOpts *o, Job *j, FileHashes *fh, AnalyseResult *res, GlError *err) {
  if (j->nerr) {
    if (o->progress) fputs("\r\033[K", stderr);
    fputs(sb_cstr(&j->diags), stderr);
    char *shown = gl_path_relative(j->unit->file, o->cwd);
    StrBuf safe = {0};
    gl_escape_controls(&safe, shown);
    fprintf(stderr, "growlint check: error: %s could not be parsed completely (%d error%s); "
                    "the other units are still analysed\n", sb_cstr(&safe), j->nerr, j->nerr == 1 ? "" : "s");
    sb_free(&safe);
    free(shown);
    pv_push(&res->failed, gl_xstrdup(j->unit->file));
  }
  double t0 = now();
  GlResult rc = store_unit_save(o->st, o->run_id, j->unit->file, j->unit->directory, j->args,
                                j->nerr ? "error" : "ok", j->nerr, sb_cstr(&j->diags), &j->facts, j->key, fh, err);
  res->store_s += now() - t0;
  facts_free(&j->facts);
  sb_free(&j->diags);
  res->parsed++;
  return rc;
}

GlResult analyse_units(const AnalyseOpts *o, const PtrVec *units, AnalyseResult *res, GlError *err) {
  memset(res, 0, sizeof *res);
  size_t n = units->len;
  Job *jobs = gl_xcalloc(n ? n : 1, sizeof *jobs);
  FileHashes fh = {0};
  double start = now();
  GlResult rc = plan_jobs(o, units, jobs, &fh, res, err);
  Pool pool = {.jobs = jobs, .n = n, .rs = o->rs, .stop = o->stop,
               .window = (size_t)(o->jobs > 0 ? o->jobs : 1) * 4};
  pthread_mutex_init(&pool.mu, NULL);
  pthread_cond_init(&pool.cv, NULL);
  int nthreads = o->jobs > 0 ? o->jobs : 1;
  pthread_t *threads = gl_xcalloc((size_t)nthreads, sizeof *threads);
  int started = 0;
  if (rc == GL_OK)
    for (; started < nthreads; started++)
      if (pthread_create(&threads[started], NULL, worker, &pool) != 0) break;
  if (rc == GL_OK && started == 0) {
    gl_error_set(err, "cannot start a worker thread");
    rc = GL_EIO;
  }
  for (size_t i = 0; i < n && rc == GL_OK; i++) {
    Job *j = &jobs[i];
    if (j->cached_id) {
      rc = store_unit_reuse(o->st, o->run_id, j->cached_id, err);
      res->cached++;
    } else {
      pthread_mutex_lock(&pool.mu);
      while (!j->done && !*o->stop) pthread_cond_wait(&pool.cv, &pool.mu);
      int done = j->done;
      pthread_mutex_unlock(&pool.mu);
      if (!done) {
        res->interrupted = 1;
        break;
      }
      rc = record_job(o, j, &fh, res, err);
    }
    res->done++;
    pthread_mutex_lock(&pool.mu);
    pool.consumed = i + 1;
    pthread_cond_broadcast(&pool.cv);
    pthread_mutex_unlock(&pool.mu);
    progress(o, i + 1, n, start, 0);
    if (*o->stop && i + 1 < n) {
      res->interrupted = 1;
      break;
    }
  }
  /* stop the workers (also when the writer failed or was interrupted) */
  pthread_mutex_lock(&pool.mu);
  pool.next = pool.n;
  pthread_cond_broadcast(&pool.cv);
  pthread_mutex_unlock(&pool.mu);
  for (int t = 0; t < started; t++) pthread_join(threads[t], NULL);
  res->parse_s = pool.parse_s;
  res->walk_s = pool.walk_s;
  warn_ignored(&pool.ignored);
  sm_free(&pool.ignored, NULL);
  progress(o, n, n, start, 1);
  for (size_t i = 0; i < n; i++) {
    facts_free(&jobs[i].facts);
    sb_free(&jobs[i].diags);
    free(jobs[i].args);
    free(jobs[i].key);
  }
  free(jobs);
  free(threads);
  pthread_mutex_destroy(&pool.mu);
  pthread_cond_destroy(&pool.cv);
  cache_free(&fh);
  return rc;
}

void analyse_result_free(AnalyseResult *res) {
  if (!res) return;
  pv_free(&res->failed, free);
}
