// Mistake: the server logs every request into a global vector; only its unit test clears it.
// server.cpp and test_log.cpp are two programs (each defines main) sharing log.cpp:
// the clear() in the test never runs in the server, whose loop grows g_log forever.

#include "log.h"

bool read_request(std::string *line);  // blocks for the next request line
void serve(const std::string &line);   // answers it

int main() {
  std::string line;
  while (read_request(&line)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    log_request(line);  // expect-note: 'log_request' is called here by 'main', inside a loop that repeats for every input it reads
    serve(line);
  }
  return 0;
}
