/* cache.h - content hashes for the facts cache: a unit is not parsed again
 * when its main file, the project files it includes, its arguments, the
 * growlint version and the rules are unchanged.
 */
#ifndef GROWLINT_CACHE_H
#define GROWLINT_CACHE_H

#include "util.h"

/* Hashes and stats of files read during one run (a file is hashed and
 * stat'ed at most once). */
typedef struct {
  StrMap hashes;   /* path -> char* hex hash ("" when unreadable) */
  StrMap stats;    /* path -> FileStat* */
} FileHashes;

/* What stat(2) said of a file: its size and modification time in
 * nanoseconds; ok 0 when it could not be stat'ed. */
typedef struct {
  int ok;
  long long size;
  long long mtime_ns;
} FileStat;

/* How a dependency was recorded: its hash and, when the file was not just
 * written (see cache_stat_for_record), its size and mtime (has_stat 1). */
typedef struct {
  const char *hash;
  int has_stat;
  long long size;
  long long mtime_ns;
} DepRecord;

/* The hex XXH3 hash of a file's content, borrowed from fh; "" when unreadable. */
const char *cache_file_hash(FileHashes *fh, const char *path);
/* A file's stat, borrowed from fh. */
const FileStat *cache_file_stat(FileHashes *fh, const char *path);
/* Whether a recorded dependency still holds: its size and mtime when they
 * were recorded and still match (no read), else its content hash. */
int cache_dep_fresh(FileHashes *fh, const char *path, const DepRecord *rec);
/* The stat to record for path: has_stat 0 when the file changed within the
 * last two seconds (a later write in the same clock tick could keep its
 * mtime and size: such a file is hashed on the next check, as git treats
 * "racily clean" files). */
DepRecord cache_dep_record(FileHashes *fh, const char *path);
/* The key of a unit: its main file's name, arguments, growlint version, the
 * hash of the growlint executable itself and the rules digest (owned). The main file's content is checked as a dependency
 * (store_unit_lookup), by stat first. */
char *cache_unit_key(const char *file, const char *args, const char *rules_digest);
void cache_free(FileHashes *fh);

#endif
