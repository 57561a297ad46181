/* link.h - the whole-program decision (README "What growlint reports") over every unit's facts.
 *
 * link_run reads the facts of a run's units from the store, one program
 * at a time (a unit that defines main and the units without one), finds the
 * functions that repeat (reachable from an unbounded loop or a long-lived
 * entry), and reports each storage that grows where it repeats and is never
 * shrunk, reset, size-guarded or handed to unknown code.
 */
#ifndef GROWLINT_LINK_H
#define GROWLINT_LINK_H

#include <stdint.h>

#include "facts.h"
#include "rules.h"
#include "store.h"

typedef struct {
  Loc loc;
  char *message;
} Note;

typedef struct {
  char *rule;         /* rule id */
  char *severity;     /* warning | error */
  char *symbol;       /* name as written: seen_payloads, sessions */
  char *container;    /* g_server.sessions */
  char *key;          /* storage identity (USR[.field]) */
  char *fingerprint;  /* stable: hash of rule and key */
  char *fix;          /* bounded | cleanup | weak-reference */
  char *message;
  char *kind;         /* storage kind */
  char *type;         /* declared type */
  Loc loc;            /* the container's declaration */
  PtrVec notes;       /* Note*, in the order they are printed */
  char *suppressed;   /* NULL, or the reason of an inline suppression */
  char *state;        /* NULL until classified: new | unchanged | reopened */
  char *triage;       /* NULL, or the triage status of its fingerprint */
  int baselined;      /* in the baseline: recorded, does not fail the run */
  int fails;          /* fails the gate (--fail-on): set by check before the report */
  int64_t id;         /* its row in the database once recorded, else 0 */
  PtrVec edits;       /* Edit* (advice.h), owned: a patch to review for a mechanical fix, or empty */
} Finding;

void link_finding_free(void *f);

/* Appends the findings of run_id to out (Finding*, owned by the caller),
 * sorted by file, line and column. Each unit that defines main roots a
 * program, linked on its own with the units that define no main; a
 * finding reported by several programs is kept once, with the notes of the
 * first (programs in the order of their files). With no main, every unit
 * is one program. programs (may be NULL) gets the main file of each
 * program linked (owned strings, in that order; none for a library). */
GlResult link_run(Store *st, int64_t run_id, const RuleSet *rs, PtrVec *out, PtrVec *programs, GlError *err);

/* Records findings in the store (one transaction). */
GlResult link_save(Store *st, int64_t run_id, const PtrVec *findings, GlError *err);

#endif
