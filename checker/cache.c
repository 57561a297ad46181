/* cache.c - XXH3 content hashes of files and units (cache.h). Files are
 * streamed, not loaded whole; a file that cannot be read hashes to "" so
 * that it never matches a stored hash. */
#include "cache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <xxhash.h>

const char *cache_file_hash(FileHashes *fh, const char *path) {
  const char *known = sm_get(&fh->hashes, path);
  if (known) return known;
  char *hex = gl_xstrdup("");
  FILE *f = fopen(path, "rb");
  if (f) {
    XXH3_state_t *st = XXH3_createState();
    XXH3_64bits_reset(st);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) XXH3_64bits_update(st, buf, n);
    if (!ferror(f)) {
      free(hex);
      hex = gl_xasprintf("%016llx", (unsigned long long)XXH3_64bits_digest(st));
    }
    XXH3_freeState(st);
    fclose(f);
  }
  sm_put(&fh->hashes, path, hex);
  return hex;
}

const FileStat *cache_file_stat(FileHashes *fh, const char *path) {
  FileStat *known = sm_get(&fh->stats, path);
  if (known) return known;
  FileStat *fs = gl_xcalloc(1, sizeof *fs);
  struct stat sb;
  if (stat(path, &sb) == 0) {
    fs->ok = 1;
    fs->size = (long long)sb.st_size;
    fs->mtime_ns = (long long)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec;
  }
  sm_put(&fh->stats, path, fs);
  return fs;
}

int cache_dep_fresh(FileHashes *fh, const char *path, const DepRecord *rec) {
  if (rec->has_stat) {
    const FileStat *fs = cache_file_stat(fh, path);
    if (fs->ok && fs->size == rec->size && fs->mtime_ns == rec->mtime_ns) return 1;
  }
  const char *h = cache_file_hash(fh, path);
  return *h && !strcmp(h, rec->hash); /* an unreadable file never matches */
}

DepRecord cache_dep_record(FileHashes *fh, const char *path) {
  DepRecord r = {.hash = cache_file_hash(fh, path)};
  const FileStat *fs = cache_file_stat(fh, path);
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  long long now_ns = (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
  if (fs->ok && *r.hash && now_ns - fs->mtime_ns >= 2000000000LL) {
    r.has_stat = 1;
    r.size = fs->size;
    r.mtime_ns = fs->mtime_ns;
  }
  return r;
}

/* The hash of the running growlint's own executable, so that any other build
 * (a fix in a front end, a new grammar) never reuses facts an older one
 * extracted, even under the same version string; the version alone where
 * /proc/self/exe cannot be read. Computed once, on the first call. */
static const char *tool_digest(void) {
  static char digest[32];
  if (!digest[0]) {
    FileHashes fh = {0};
    const char *h = cache_file_hash(&fh, "/proc/self/exe");
    snprintf(digest, sizeof digest, "%s", *h ? h : GROWLINT_VERSION);
    cache_free(&fh);
  }
  return digest;
}

char *cache_unit_key(const char *file, const char *args, const char *rules_digest) {
  char *text = gl_xasprintf("%s\n%s\n%s\n%s\n%s", file, args, GROWLINT_VERSION, tool_digest(),
                            rules_digest ? rules_digest : "");
  char *key = gl_xasprintf("%016llx", (unsigned long long)XXH3_64bits(text, strlen(text)));
  free(text);
  return key;
}

void cache_free(FileHashes *fh) {
  if (!fh) return;
  sm_free(&fh->hashes, free);
  sm_free(&fh->stats, free);
}
