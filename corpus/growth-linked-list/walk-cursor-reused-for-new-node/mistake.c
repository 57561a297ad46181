// Mistake: a chat server adds every new user name to a global list that nothing ever shrinks.
// add_user() walks the list with newul (newul = newul->next) to skip a known name, then reuses
// newul for the new node: `userlist = newul` links a new node in, it does not unlink one.

#include <stdlib.h>
#include <string.h>

struct user {
  char name[32];
  struct user *next;
};

int read_login(char *name, size_t n); /* blocks for the next login; 0 at shutdown */
void greet(const struct user *u);

static struct user *userlist;  // expect-finding: growth-linked-list fix=bounded

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
  userlist = newul;  // expect-note: 'userlist' grows here (insert)
  greet(newul);
}

int main(void) {
  char name[32];
  while (read_login(name, sizeof name))  // expect-note: this loop repeats for every input it reads, so the growth repeats
    add_user(name);  // expect-note: 'add_user' is called here by 'main', inside a loop that repeats for every input it reads
  return 0;
}
