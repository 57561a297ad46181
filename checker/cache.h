/* cache.h - content hashes for the facts cache: a unit is not parsed again
 * when its main file, the project files it includes, its arguments, the
 * growlint version and the rules are unchanged.
 */
#ifndef GROWLINT_CACHE_H
#define GROWLINT_CACHE_H

#include "util.h"

/* Hashes of files read during one run (a file is hashed at most once). */
typedef struct {
  StrMap hashes;   /* path -> char* hex hash ("" when unreadable) */
} FileHashes;

/* The hex XXH3 hash of a file's content, borrowed from fh; "" when unreadable. */
const char *cache_file_hash(FileHashes *fh, const char *path);
/* The key of a unit: its main file's hash, arguments, growlint version and rules digest (owned). */
char *cache_unit_key(FileHashes *fh, const char *file, const char *args, const char *rules_digest);
void cache_free(FileHashes *fh);

#endif
