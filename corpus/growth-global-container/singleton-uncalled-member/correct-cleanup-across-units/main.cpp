// Correct (cleanup): the singleton is fed in main.cpp and emptied by a member no unit here calls.
// throttle.cpp defines Throttle::kick(), which erases the oldest waiting connection; the code that
// calls it when a descriptor is closed is not analysed, and a singleton member acts on its one object.
// expect-no-findings
#include "throttle.h"

Conn *accept_one();
bool out_of_descriptors();

int main() {
  for (;;) {
    Conn *c = accept_one();
    if (out_of_descriptors())
      Throttle::Instance().park(c);
    else
      serve(c);
  }
}
