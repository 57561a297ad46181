/* suppress.h - inline suppressions in the source of a finding:
 *   // growlint: ignore[rule-id, other-id] reason     (this line or the line before)
 *   // NOLINT   // NOLINT(rule-id)                      (this line)
 *   // NOLINTNEXTLINE(rule-id)                          (the line before)
 *   // NOLINTBEGIN(rule-id) ... // NOLINTEND(rule-id)   (the lines between, both included)
 * Rule lists accept globs (growth-*); a NOLINT without a list covers every rule.
 */
#ifndef GROWLINT_SUPPRESS_H
#define GROWLINT_SUPPRESS_H

#include "util.h"

/* Does the comment text on one line suppress rule? same_line says whether the
 * line is the finding's own line (else the line before). Returns 1 and sets
 * *reason (owned, may be "") when it does. Pure: used by the fuzz target. */
int suppress_line(const char *text, size_t len, const char *rule, int same_line, char **reason);

/* Reads file (cached between calls with the same file) and checks line and
 * the line before. cache is caller-owned and freed with suppress_cache_free. */
typedef struct {
  char *file;    /* owned: the cached file's path */
  char *text;    /* owned: its content, NULL when unreadable */
  size_t len;
} SuppressCache;

int suppress_check(SuppressCache *cache, const char *file, unsigned line, const char *rule, char **reason);
void suppress_cache_free(SuppressCache *cache);

#endif
