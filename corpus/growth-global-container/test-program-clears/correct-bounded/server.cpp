// Correct (bounded): the log keeps only the last kMaxLog requests, in every program.
// log.cpp drops the oldest line past the cap, so the server that logs each
// request forever and its unit test both hold at most kMaxLog lines.

// expect-no-findings

#include "log.h"

bool read_request(std::string *line);  // blocks for the next request line
void serve(const std::string &line);   // answers it

int main() {
  std::string line;
  while (read_request(&line)) {
    log_request(line);
    serve(line);
  }
  return 0;
}
