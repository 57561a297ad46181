#include <stddef.h>

struct server_state {
  char **pending; /* replies queued for the client */
  size_t npending;
  int port;
};

extern struct server_state server; /* defined by the server's main unit */

void queue_reply(const char *text);
