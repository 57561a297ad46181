/* analyse.h - runs the front ends over a run's units: from the facts cache where
 * a unit is unchanged, else in parallel through the front end of each unit's
 * language (frontend.h), with one front-end state per worker,
 * and one writer (the calling thread) to the database. Part of the command
 * layer: it prints the parsers' errors and the progress line.
 */
#ifndef GROWLINT_ANALYSE_H
#define GROWLINT_ANALYSE_H

#include <signal.h>
#include <stdint.h>

#include "rules.h"
#include "store.h"
#include "util.h"

typedef struct {
  const RuleSet *rs;                  /* borrowed */
  Store *st;                          /* borrowed: the one writer */
  int64_t run_id;
  int jobs;                           /* workers, >= 1 */
  const char *cwd;                    /* for printed paths */
  int progress;                       /* print "units done / total, elapsed" on stderr */
  int use_cache;                      /* reuse stored facts of unchanged units */
  const StrMap *changed;              /* NULL, or main files to re-analyse: the others are taken
                                         from the cache without re-hashing their files */
  volatile sig_atomic_t *stop;        /* set by a signal handler: stop between units */
} AnalyseOpts;

typedef struct {
  int parsed;          /* units parsed */
  int cached;          /* units taken from the cache */
  int uncached;        /* changed mode: units that had no cache yet */
  PtrVec failed;       /* char*: main files that did not parse completely (owned) */
  int interrupted;     /* stopped by *stop */
  int done;            /* units recorded */
  double parse_s;      /* seconds in the front ends' parsers, summed over workers */
  double walk_s;       /* seconds walking ASTs for facts (and disposing them), summed over workers */
  double store_s;      /* seconds recording units in the database */
} AnalyseResult;

/* units: Unit* (units.h), borrowed. Returns GL_OK, or GL_EIO when the
 * database could not be written (err says why). */
GlResult analyse_units(const AnalyseOpts *o, const PtrVec *units, AnalyseResult *res, GlError *err);
void analyse_result_free(AnalyseResult *res);

#endif
