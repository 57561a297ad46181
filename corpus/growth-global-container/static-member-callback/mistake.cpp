// Mistake: a static map member records a name for every connection and never forgets it.
// on_connect is registered as a callback, so it runs for every new client for
// the life of the process; entries of closed connections are never erased.

#include <map>
#include <string>

void register_handler(void (*handler)(int fd));  // event library: called on each accept
void run_event_loop();
long connection_id(int fd);                      // unique, increasing id per connection
std::string peer_name(int fd);

class ConnectionNames {
public:
  static void on_connect(int fd) { names_[connection_id(fd)] = peer_name(fd); }  // expect-note: 'names_' grows here (operator[])

private:
  static std::map<long, std::string> names_;
};

std::map<long, std::string> ConnectionNames::names_;  // expect-finding: growth-global-container fix=bounded

int main() {
  register_handler(&ConnectionNames::on_connect);  // expect-note: 'ConnectionNames::on_connect' is long-lived: the address of 'ConnectionNames::on_connect' is passed to 'register_handler', which may call it at any time
  run_event_loop();
  return 0;
}
