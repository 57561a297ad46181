// Correct way (cleanup): the jobs are run and released each turn, and a session
// is erased once its request is answered, through the same accessors.
// expect-no-findings
#include "registry.h"

std::string next_request();
int next_id();
void answer(const Session &s);

int main() {
  for (;;) {
    std::string req = next_request();
    Registry &registry = Registry::Instance();
    registry.defer(req);
    int id = next_id();
    sessions()[id] = Session{req};
    answer(sessions()[id]);
    sessions().erase(id);
    registry.run_all();
  }
}
