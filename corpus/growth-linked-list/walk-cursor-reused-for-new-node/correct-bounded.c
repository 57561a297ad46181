// Correct (bounded): the list keeps the last MAX_USERLIST users who logged in.
// add_user() still walks the list to skip a known name; its nodes are counted,
// and before a new one is linked in at the head, the oldest (the last node)
// is unlinked and freed once the list holds MAX_USERLIST.

// expect-no-findings

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define MAX_USERLIST 1024 /* the most users 'userlist' keeps */

struct user {
  char name[32];
  struct user *next;
};

int read_login(char *name, size_t n); /* blocks for the next login; 0 at shutdown */
void greet(const struct user *u);

static struct user *userlist;
static size_t userlist_count; /* how many nodes 'userlist' holds */

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
  if (userlist_count >= MAX_USERLIST) {
    struct user **p = &userlist;
    while ((*p)->next)
      p = &(*p)->next;
    free(*p);
    *p = NULL;
    userlist_count--;
  }
  newul->next = userlist;
  userlist = newul;
  userlist_count++;
  greet(newul);
}

int main(void) {
  char name[32];
  while (read_login(name, sizeof name))
    add_user(name);
  return 0;
}
