// Correct (cleanup): a close callback erases the entry of each connection that ends.
// The map then holds only live connections, so its size follows the number of
// open sockets instead of the number ever accepted.

// expect-no-findings

#include <map>
#include <string>

void register_handler(void (*handler)(int fd));        // event library: called on each accept
void register_close_handler(void (*handler)(int fd));  // called when a connection closes
void run_event_loop();
long connection_id(int fd);                            // unique, increasing id per connection
std::string peer_name(int fd);

class ConnectionNames {
public:
  static void on_connect(int fd) { names_[connection_id(fd)] = peer_name(fd); }
  static void on_close(int fd) { names_.erase(connection_id(fd)); }

private:
  static std::map<long, std::string> names_;
};

std::map<long, std::string> ConnectionNames::names_;

int main() {
  register_handler(&ConnectionNames::on_connect);
  register_close_handler(&ConnectionNames::on_close);
  run_event_loop();
  return 0;
}
