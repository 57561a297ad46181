// mem.h - the project's allocation helpers, defined in mem.c.
#ifndef MEM_H
#define MEM_H

#include <stddef.h>

void *mem_grow(void *ptr, size_t size);  // realloc, or exit on failure
char *mem_dup(const char *s);            // a fresh copy

#endif
