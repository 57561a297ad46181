// Mistake: the server logs every request into a global vector; only its unit test clears it.
// server.cpp and test_log.cpp are two programs (each defines main) sharing log.cpp:
// the clear() in the test never runs in the server, whose loop grows g_log forever.

#include <cassert>

#include "log.h"

int main() {
  log_request("GET /");
  assert(g_log.size() == 1);
  g_log.clear();  // resets the fixture: the test's own program, not the server's
  log_request("GET /health");
  assert(g_log.size() == 1);
  return 0;
}
