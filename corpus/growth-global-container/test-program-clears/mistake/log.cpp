// Mistake: the server logs every request into a global vector; only its unit test clears it.
// server.cpp and test_log.cpp are two programs (each defines main) sharing log.cpp:
// the clear() in the test never runs in the server, whose loop grows g_log forever.

#include "log.h"

std::vector<std::string> g_log;  // expect-finding: growth-global-container fix=bounded

void log_request(const std::string &line) {
  g_log.push_back(line);  // expect-note: 'g_log' grows here (push_back)
}
