/* A connection and the queue of connections with work to do. */
#ifndef CONN_H
#define CONN_H

struct conn {
  int fd;
  struct conn *jq_next;
};

extern struct conn *g_jobq;

void conn_jq_append(struct conn *c);
void conn_accepted(int fd);

#endif
