// Correct (reset-count): the recorded ids are shipped and the count reset each hour.
// With n back at 0 the next realloc shrinks the array to one element, so it
// only ever holds the ids of the current hour.

// expect-no-findings

#include <stddef.h>
#include <stdlib.h>

int accept_client(int *client_id); /* blocks; 0 when the listener closes */
void serve(int client_id);
int hour_elapsed(void);
void ship_ids(const int *ids, size_t n); /* copies them to the audit service */

static void remember(int client_id) {
  static int *ids;
  static size_t n;
  ids = realloc(ids, (n + 1) * sizeof *ids);
  if (!ids)
    abort();
  ids[n++] = client_id;
  if (hour_elapsed()) {
    ship_ids(ids, n);
    n = 0;
  }
}

int main(void) {
  int id;
  while (accept_client(&id)) {
    remember(id);
    serve(id);
  }
  return 0;
}
