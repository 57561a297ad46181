// Correct (cleanup): the singleton is fed in main.cpp and emptied by a member no unit here calls.
// throttle.cpp defines Throttle::kick(), which erases the oldest waiting connection; the code that
// calls it when a descriptor is closed is not analysed, and a singleton member acts on its one object.
// expect-no-findings
#include "throttle.h"

Throttle Throttle::Instance_;

Throttle &Throttle::Instance() { return Instance_; }

void Throttle::park(Conn *c) { waiting_.push_back(c); }

void Throttle::kick() {
  if (waiting_.empty()) return;
  Conn *c = waiting_.front();
  waiting_.erase(waiting_.begin());
  serve(c);
}
