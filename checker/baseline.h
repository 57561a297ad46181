/* baseline.h - the portable baseline file a team commits:
 *   {"growlint_baseline": 1, "findings": [{"fingerprint", "rule", "path", "symbol"}]}
 */
#ifndef GROWLINT_BASELINE_H
#define GROWLINT_BASELINE_H

#include "util.h"

typedef struct {
  char *fingerprint, *rule, *path, *symbol; /* owned */
} BaselineEntry;

void baseline_entry_free(void *e);
/* Parses text (len bytes) into entries (BaselineEntry*). name is for messages. */
GlResult baseline_parse(const char *text, size_t len, const char *name, PtrVec *out, GlError *err);
GlResult baseline_read(const char *path, PtrVec *out, GlError *err);
/* Writes entries atomically (a temporary file renamed over path). */
GlResult baseline_write(const char *path, const PtrVec *entries, GlError *err);

#endif
