// Mistake: the hub's public entry hands each message down two member calls on
// its own object (on_message -> accept -> enqueue, the last in queue.cpp); its
// worker thread, started with `this`, sends the queue but never empties it.
#include "hub.h"

void wait_for_work();  // blocks until there is something to send

void Hub::start() { pthread_create(&worker_, nullptr, &Hub::launch, this); }

void Hub::on_message(const std::string &msg) { accept(msg); }

void Hub::accept(const std::string &msg) {
  if (!msg.empty()) enqueue(msg);
}

void Hub::run() {
  for (;;) {
    wait_for_work();
    flush();
  }
}
