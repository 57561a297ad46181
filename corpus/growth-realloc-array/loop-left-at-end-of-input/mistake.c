// Mistake: the server's loop is a for (;;) that leaves only when the peer
// closes the connection; it reads one request per pass and keeps every one
// it reads, so the array grows for as long as requests come.
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static char **g_requests;  // expect-finding: growth-realloc-array fix=bounded
static size_t g_nrequests;

static void keep(const char *req) {
  char **p = realloc(g_requests, (g_nrequests + 1) * sizeof *p);  // expect-note: 'g_requests' grows here (realloc)
  if (!p) abort();
  g_requests = p;
  g_requests[g_nrequests++] = strdup(req);
}

int main(void) {
  char buf[512];
  int fd = 0;
  for (;;) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) break;
    buf[n] = '\0';
    keep(buf);  // expect-note: 'keep' is called here by 'main', inside a loop that repeats for every input it reads
  }
  return 0;
}
