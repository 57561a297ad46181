// Correct (bounded): a scratch buffer resized through a checked temporary to fit each message.
// Its size is computed afresh from the message (not from a count that only goes up),
// so it holds at most the largest message, however long the loop runs.
// expect-no-findings
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

const char *next_message(void);
void send_buffer(const char *buf, size_t n);

static char *g_buf;

int main(void) {
  const char *msg;
  while ((msg = next_message()) != NULL) {
    size_t need = strlen(msg) + 1;
    char *tmp;
    tmp = realloc(g_buf, need);
    if (!tmp) abort();
    g_buf = tmp;
    memcpy(g_buf, msg, need);
    send_buffer(g_buf, need);
  }
  return 0;
}
