// Mistake: a lambda kept in a local variable owns a function-local static
// log; the event loop calls the lambda for every event, so the log keeps
// every event of the server's life.

#include <string>
#include <vector>

bool next_event(std::string *event);  // blocks for the next event; false on shutdown
void handle(const std::string &event);

int main() {
  auto record = [](const std::string &event) {
    static std::vector<std::string> seen;  // expect-finding: growth-static-local fix=bounded
    seen.push_back(event);  // expect-note: 'seen' grows here (push_back)
  };
  std::string event;
  while (next_event(&event)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    record(event);  // expect-note: 'lambda at mistake.cpp:12' is called here by 'main', inside a loop that repeats for every input it reads
    handle(event);
  }
  return 0;
}
