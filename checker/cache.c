/* cache.c - XXH3 content hashes of files and units (cache.h). Files are
 * streamed, not loaded whole; a file that cannot be read hashes to "" so
 * that it never matches a stored hash. */
#include "cache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

char *cache_unit_key(FileHashes *fh, const char *file, const char *args, const char *rules_digest) {
  char *text = gl_xasprintf("%s\n%s\n%s\n%s\n%s", cache_file_hash(fh, file), file, args, GROWLINT_VERSION,
                            rules_digest ? rules_digest : "");
  char *key = gl_xasprintf("%016llx", (unsigned long long)XXH3_64bits(text, strlen(text)));
  free(text);
  return key;
}

void cache_free(FileHashes *fh) {
  if (!fh) return;
  sm_free(&fh->hashes, free);
}
