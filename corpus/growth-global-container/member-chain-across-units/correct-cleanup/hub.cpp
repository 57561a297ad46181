// Correct (cleanup): the worker thread, started with `this` in hub.cpp, runs
// flush() in queue.cpp, which sends the queue and then empties it, so each
// message is kept only until the next round.
// expect-no-findings
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
