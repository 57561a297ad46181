// Correct (cleanup): the server writes its log out and clears it when it is due.
// The clear() that counts is in the server's own program (server.cpp); the one in
// test_log.cpp, another program, would not keep the server's log in check.

// expect-no-findings

#include <cassert>

#include "log.h"

int main() {
  log_request("GET /");
  assert(g_log.size() == 1);
  g_log.clear();  // resets the fixture
  log_request("GET /health");
  assert(g_log.size() == 1);
  return 0;
}
