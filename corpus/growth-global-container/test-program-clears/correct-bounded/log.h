// log.h - the request log, shared by the server (server.cpp) and its test (test_log.cpp).
#ifndef LOG_H
#define LOG_H

#include <cstddef>
#include <deque>
#include <string>

const std::size_t kMaxLog = 1000;
extern std::deque<std::string> g_log;  // the last kMaxLog requests; defined in log.cpp

void log_request(const std::string &line);

#endif
