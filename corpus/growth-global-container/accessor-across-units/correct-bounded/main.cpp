// Correct way (bounded): the accessors still live in their own unit, but each
// container drops its oldest entry once it holds kMax of them.
// expect-no-findings
#include "registry.h"

std::string next_request();
int next_id();

int main() {
  for (;;) {
    std::string req = next_request();
    Registry::Instance().defer(req);
    sessions()[next_id()] = Session{req};
  }
}
