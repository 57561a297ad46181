#include <stddef.h>

struct server_state {
  char **pending; /* replies queued for the client */  // expect-finding: growth-realloc-array fix=cleanup
  size_t npending;
  int port;
};

extern struct server_state server; /* defined by the server's main unit */  // expect-note: 'server' is the static object that holds it

void queue_reply(const char *text);
