/* LD_PRELOAD shim for the fault tests: once GROWLINT_FAULT_WRITES writes to
 * SQLite files (*.db, *-wal, *-journal) have gone through, every further
 * write to them fails with ENOSPC, as on a full disk. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long budget = -2; /* -2: not read yet, -1: no limit */

static int is_db(int fd) {
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return 0;
  path[n] = '\0';
  size_t len = (size_t)n;
  return (len > 3 && !strcmp(path + len - 3, ".db")) || (len > 4 && !strcmp(path + len - 4, "-wal")) ||
         (len > 8 && !strcmp(path + len - 8, "-journal"));
}

static int fail_now(int fd) {
  if (budget == -2) {
    const char *e = getenv("GROWLINT_FAULT_WRITES");
    budget = e ? atol(e) : -1;
  }
  if (budget < 0 || !is_db(fd)) return 0;
  if (budget == 0) return 1;
  budget--;
  return 0;
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
  static ssize_t (*real)(int, const void *, size_t, off_t);
  if (!real) real = (ssize_t(*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
  if (fail_now(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) { return pwrite64(fd, buf, n, off); }

ssize_t write(int fd, const void *buf, size_t n) {
  static ssize_t (*real)(int, const void *, size_t);
  if (!real) real = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
  if (fail_now(fd)) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, buf, n);
}
