// Correct (cleanup): a string builder of the program's own doubles its
// capacity only when the text it holds outgrows it; the text is written out
// and its length set back to zero every few kilobytes, so the capacity stops
// at the largest batch. The length compared with the capacity before the
// realloc is what grows, and resetting it is what bounds the buffer.
// expect-no-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct text_buf {
  char *bytes;
  size_t used, size;
};

static struct text_buf g_out;

static void tb_append(struct text_buf *b, const char *s) {
  size_t n = strlen(s);
  if (b->used + n + 1 > b->size) {
    size_t nsize = b->size ? b->size * 2 : 256;
    while (nsize < b->used + n + 1) nsize *= 2;
    char *p = realloc(b->bytes, nsize);
    if (!p) abort();
    b->bytes = p;
    b->size = nsize;
  }
  memcpy(b->bytes + b->used, s, n + 1);
  b->used += n;
}

static void tb_flush(struct text_buf *b) {
  fwrite(b->bytes, 1, b->used, stdout);
  b->used = 0;
}

int main(void) {
  char line[256];
  while (fgets(line, sizeof line, stdin)) {
    tb_append(&g_out, line);
    if (g_out.used > 4096) tb_flush(&g_out);
  }
  return 0;
}
