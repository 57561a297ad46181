// Mistake: a read callback appends every line to a realloc'd array in a static struct.
// on_readable is registered with the event loop, so slurp() runs whenever the
// pipe has data; g_buf.lines gains a pointer per line and g_buf.n never goes down.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*fd_callback)(int fd);
void register_fd_callback(int fd, fd_callback cb); /* event library */
void run_event_loop(void);
int open_log_pipe(void);
FILE *stream_for(int fd);

static struct {
  char **lines;  // expect-finding: growth-realloc-array fix=bounded
  size_t n;
} g_buf;  // expect-note: 'g_buf' is the static object that holds it

static void slurp(FILE *fp) {
  char line[256];
  while (fgets(line, sizeof line, fp)) {
    size_t len = strlen(line) + 1;
    char *copy = malloc(len);
    if (!copy)
      return;
    memcpy(copy, line, len);
    g_buf.lines = realloc(g_buf.lines, (g_buf.n + 1) * sizeof *g_buf.lines);  // expect-note: 'g_buf.lines' grows here (realloc)
    if (!g_buf.lines)
      abort();
    g_buf.lines[g_buf.n++] = copy;
  }
}

static void on_readable(int fd) { slurp(stream_for(fd)); }  // expect-note: 'slurp' is called here by 'on_readable'

int main(void) {
  register_fd_callback(open_log_pipe(), on_readable);  // expect-note: 'on_readable' is long-lived: the address of 'on_readable' is passed to 'register_fd_callback', which may call it at any time
  run_event_loop();
  return 0;
}
