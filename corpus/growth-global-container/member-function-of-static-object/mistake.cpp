// Mistake: a static server object's member function appends to its own field.
// Server::on_message() runs for every message of the event loop and pushes onto
// `history` through `this`; no member function ever removes anything.
#include <string>
#include <vector>

bool next_message(std::string &out);
void deliver(const std::string &msg);

class Server {
 public:
  void on_message(const std::string &msg) {
    history.push_back(msg);  // grows through `this`
    deliver(msg);
  }

 private:
  std::vector<std::string> history;  // expect-finding: growth-global-container fix=bounded
};

static Server g_server;  // expect-note: 'g_server' is the static object that holds it

int main() {
  std::string msg;
  while (next_message(msg)) g_server.on_message(msg);  // expect-note: 'g_server.history' grows here (push_back in Server::on_message)  // expect-note: this loop repeats for every input it reads, so the growth repeats
}
