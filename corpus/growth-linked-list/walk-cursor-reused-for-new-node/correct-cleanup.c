// Correct (cleanup): a user who logs out is unlinked from the list and freed.
// add_user() still reuses its walk cursor for the new node; remove_user() unlinks with
// `userlist = next`, where next was loaded from the removed node's link just before.

// expect-no-findings

#include <stdlib.h>
#include <string.h>

struct user {
  char name[32];
  struct user *next;
};

int read_event(char *name, size_t n, int *logout); /* blocks for the next login or logout; 0 at shutdown */
void greet(const struct user *u);

static struct user *userlist;

static void add_user(const char *name) {
  struct user *newul = userlist;
  while (newul) {
    if (!strcmp(newul->name, name))
      return;
    newul = newul->next;
  }
  newul = calloc(1, sizeof *newul);
  if (!newul)
    abort();
  strncpy(newul->name, name, sizeof newul->name - 1);
  newul->next = userlist;
  userlist = newul;
  greet(newul);
}

static void remove_user(const char *name) {
  struct user *prev = NULL;
  for (struct user *u = userlist; u; prev = u, u = u->next) {
    if (strcmp(u->name, name))
      continue;
    struct user *next = u->next;
    if (prev)
      prev->next = next;
    else
      userlist = next;
    free(u);
    return;
  }
}

int main(void) {
  char name[32];
  int logout;
  while (read_event(name, sizeof name, &logout)) {
    if (logout)
      remove_user(name);
    else
      add_user(name);
  }
  return 0;
}
