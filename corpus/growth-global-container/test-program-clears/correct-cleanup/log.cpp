// Correct (cleanup): the server writes its log out and clears it when it is due.
// The clear() that counts is in the server's own program (server.cpp); the one in
// test_log.cpp, another program, would not keep the server's log in check.

// expect-no-findings

#include "log.h"

std::vector<std::string> g_log;

void log_request(const std::string &line) {
  g_log.push_back(line);
}
