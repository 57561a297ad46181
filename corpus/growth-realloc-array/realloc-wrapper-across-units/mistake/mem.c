// Mistake: the main loop grows a static array through the project's realloc wrapper,
// mem_grow(), defined in another unit (mem.c): it grows as realloc does,
// whatever its name, and nothing ever frees the array or resets its count.
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *mem_grow(void *ptr, size_t size) {
  void *p = realloc(ptr, size);
  if (p == NULL) {
    fprintf(stderr, "out of memory\n");
    exit(1);
  }
  return p;
}

char *mem_dup(const char *s) {
  char *d = malloc(strlen(s) + 1);
  if (d == NULL) exit(1);
  return strcpy(d, s);
}
