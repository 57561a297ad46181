// Correct (bounded): remember() stops growing the array at MAX_IDS entries.
// The count check before realloc caps the array; clients past the cap are
// still served, only no longer recorded.

// expect-no-findings

#include <stddef.h>
#include <stdlib.h>

#define MAX_IDS 4096

int accept_client(int *client_id); /* blocks; 0 when the listener closes */
void serve(int client_id);
void publish_recent(const int *ids, size_t n); /* reads them, keeps no pointer */

static void remember(int client_id) {
  static int *ids;
  static size_t n;
  if (n >= MAX_IDS)
    return;
  ids = realloc(ids, (n + 1) * sizeof *ids);
  if (!ids)
    abort();
  ids[n++] = client_id;
  publish_recent(ids, n);
}

int main(void) {
  int id;
  while (accept_client(&id)) {
    remember(id);
    serve(id);
  }
  return 0;
}
