// Mistake: the hub's public entry hands each message down two member calls on
// its own object (on_message -> accept -> enqueue, the last in queue.cpp); its
// worker thread, started with `this`, sends the queue but never empties it.
#include "hub.h"

bool next_message(std::string &out);  // blocks for the next message

static Hub g_hub;  // expect-note: 'g_hub' is the static object that holds it

int main() {
  g_hub.start();
  std::string msg;
  while (next_message(msg)) g_hub.on_message(msg);  // expect-note: 'g_hub.queue_' grows here (push_back in Hub::on_message) // expect-note: this loop repeats for every input it reads, so the growth repeats
}
