// Correct (cleanup): the worker thread, started with `this` in hub.cpp, runs
// flush() in queue.cpp, which sends the queue and then empties it, so each
// message is kept only until the next round.
// expect-no-findings
#include "hub.h"

bool next_message(std::string &out);  // blocks for the next message

static Hub g_hub;

int main() {
  g_hub.start();
  std::string msg;
  while (next_message(msg)) g_hub.on_message(msg);
}
