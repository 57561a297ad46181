// Correct (bounded): the log keeps only the last kMaxLog requests, in every program.
// log.cpp drops the oldest line past the cap, so the server that logs each
// request forever and its unit test both hold at most kMaxLog lines.

// expect-no-findings

#include "log.h"

std::deque<std::string> g_log;

void log_request(const std::string &line) {
  if (g_log.size() >= kMaxLog)
    g_log.pop_front();
  g_log.push_back(line);
}
