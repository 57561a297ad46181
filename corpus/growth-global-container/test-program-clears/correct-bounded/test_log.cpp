// Correct (bounded): the log keeps only the last kMaxLog requests, in every program.
// log.cpp drops the oldest line past the cap, so the server that logs each
// request forever and its unit test both hold at most kMaxLog lines.

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
