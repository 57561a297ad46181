/* triage.h - the triage file a team commits, .growlint-triage.yaml at the
 * project root, so that a decision about a finding travels with the code
 * (README.md "Triage that travels with the code"):
 *
 *   triage:
 *     - fingerprint: "3f1c0a4e5d2b9c87"
 *       state: intentional        # false-positive | intentional | confirmed
 *       reason: "at most 16 peers, by protocol"
 *       by: "who"                 # optional, as are: at, symbol, path
 *
 * Read with libyaml's document API, written with its emitter. Entries are
 * kept and written sorted by fingerprint, so that the file diffs well.
 */
#ifndef GROWLINT_TRIAGE_H
#define GROWLINT_TRIAGE_H

#include "util.h"

#define TRIAGE_FILE_NAME ".growlint-triage.yaml"

typedef struct {
  char *fingerprint; /* owned, required */
  char *state;       /* owned, required: false-positive | intentional | confirmed */
  char *reason;      /* owned, required, not empty */
  char *by, *at, *symbol, *path; /* owned, optional (NULL) */
  unsigned line;     /* where the entry starts in the file read (0 when made in memory) */
} TriageEntry;

void triage_entry_free(void *e);

/* Is s one of the states a triage can have? */
int triage_state_ok(const char *s);

/* Parses text (len bytes) into out (TriageEntry*, owned by the caller,
 * sorted by fingerprint). name is for messages. Bad input returns
 * GL_EINPUT with "NAME:LINE: 'KEY': what is wrong". */
GlResult triage_parse(const char *text, size_t len, const char *name, PtrVec *out, GlError *err);
GlResult triage_read(const char *path, PtrVec *out, GlError *err);
/* Replaces the entry with e's fingerprint in entries, or adds e (entries takes e). */
void triage_put(PtrVec *entries, TriageEntry *e);
/* Writes entries (sorted by fingerprint first) atomically: a temporary file renamed over path. */
GlResult triage_write(const char *path, PtrVec *entries, GlError *err);

#endif
