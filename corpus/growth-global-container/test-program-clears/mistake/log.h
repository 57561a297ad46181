// log.h - the request log, shared by the server (server.cpp) and its test (test_log.cpp).
#ifndef LOG_H
#define LOG_H

#include <string>
#include <vector>

extern std::vector<std::string> g_log;  // every request seen; defined in log.cpp

void log_request(const std::string &line);

#endif
