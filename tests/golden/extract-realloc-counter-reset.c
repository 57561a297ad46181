#include <stdlib.h>
static int *a; static size_t n;
void add(int x) { a = realloc(a, (n + 1) * sizeof *a); a[n++] = x; }
void drop(void) { n = 0; }
