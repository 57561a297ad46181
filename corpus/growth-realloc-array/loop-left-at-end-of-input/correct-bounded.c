// Correct (bounded): the same loop keeps at most MAX_REQUESTS requests, in
// a ring allocated once.
// expect-no-findings
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define MAX_REQUESTS 128

static char *g_requests[MAX_REQUESTS];
static size_t g_nrequests;

static void keep(const char *req) {
  free(g_requests[g_nrequests % MAX_REQUESTS]);
  g_requests[g_nrequests % MAX_REQUESTS] = strdup(req);
  g_nrequests++;
}

int main(void) {
  char buf[512];
  int fd = 0;
  for (;;) {
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) break;
    buf[n] = '\0';
    keep(buf);
  }
  return 0;
}
