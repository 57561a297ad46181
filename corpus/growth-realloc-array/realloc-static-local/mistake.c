// Mistake: a function-local static array records every client id the server has seen.
// remember() is called for each accepted client; its static array is grown by
// realloc and its count only ever increases, so it grows with total traffic.

#include <stddef.h>
#include <stdlib.h>

int accept_client(int *client_id); /* blocks; 0 when the listener closes */
void serve(int client_id);
void publish_recent(const int *ids, size_t n); /* reads them, keeps no pointer */

static void remember(int client_id) {
  static int *ids;  // expect-finding: growth-realloc-array fix=bounded
  static size_t n;
  ids = realloc(ids, (n + 1) * sizeof *ids);  // expect-note: 'ids' grows here (realloc)
  if (!ids)
    abort();
  ids[n++] = client_id;
  publish_recent(ids, n);
}

int main(void) {
  int id;
  while (accept_client(&id)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    remember(id);  // expect-note: 'remember' is called here by 'main', inside a loop that repeats for every input it reads
    serve(id);
  }
  return 0;
}
