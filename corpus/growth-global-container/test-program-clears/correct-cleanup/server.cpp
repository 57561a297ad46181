// Correct (cleanup): the server writes its log out and clears it when it is due.
// The clear() that counts is in the server's own program (server.cpp); the one in
// test_log.cpp, another program, would not keep the server's log in check.

// expect-no-findings

#include "log.h"

bool read_request(std::string *line);   // blocks for the next request line
void serve(const std::string &line);    // answers it
void archive(const std::string &line);  // appends one line to the log file
bool write_out_due();                   // every minute

int main() {
  std::string line;
  while (read_request(&line)) {
    log_request(line);
    serve(line);
    if (!write_out_due())
      continue;
    for (const std::string &l : g_log)
      archive(l);
    g_log.clear();
  }
  return 0;
}
