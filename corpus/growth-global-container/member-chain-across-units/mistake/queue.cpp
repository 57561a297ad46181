// Mistake: the hub's public entry hands each message down two member calls on
// its own object (on_message -> accept -> enqueue, the last in queue.cpp); its
// worker thread, started with `this`, sends the queue but never empties it.
#include "hub.h"

void send(const std::string &msg);  // writes one message to the peers

void Hub::enqueue(const std::string &msg) { queue_.push_back(msg); }

void Hub::flush() {
  for (const std::string &msg : queue_) send(msg);
}
