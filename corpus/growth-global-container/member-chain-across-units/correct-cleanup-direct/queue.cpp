// Correct (cleanup-direct): on_message() queues the message itself; the worker
// thread, started with `this` in hub.cpp, runs flush() in queue.cpp, which
// sends the queue and then empties it: the clear in another unit counts.
// expect-no-findings
#include "hub.h"

void send(const std::string &msg);  // writes one message to the peers

void Hub::flush() {
  for (const std::string &msg : queue_) send(msg);
  queue_.clear();
}
