// Correct (cleanup): the worker thread, started with `this` in hub.cpp, runs
// flush() in queue.cpp, which sends the queue and then empties it, so each
// message is kept only until the next round.
// expect-no-findings
#include "hub.h"

void send(const std::string &msg);  // writes one message to the peers

void Hub::enqueue(const std::string &msg) { queue_.push_back(msg); }

void Hub::flush() {
  for (const std::string &msg : queue_) send(msg);
  queue_.clear();
}
