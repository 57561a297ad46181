// Correct (cleanup-direct): on_message() queues the message itself; the worker
// thread, started with `this` in hub.cpp, runs flush() in queue.cpp, which
// sends the queue and then empties it: the clear in another unit counts.
// expect-no-findings
#include "hub.h"

void wait_for_work();  // blocks until there is something to send

void Hub::start() { pthread_create(&worker_, nullptr, &Hub::launch, this); }

void Hub::on_message(const std::string &msg) { queue_.push_back(msg); }

void Hub::run() {
  for (;;) {
    wait_for_work();
    flush();
  }
}
