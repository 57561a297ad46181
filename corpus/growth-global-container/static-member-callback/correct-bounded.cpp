// Correct (bounded): the name map keeps only the kMaxNames most recent connections.
// Connection ids increase, so begin() is the oldest entry; erasing it once the
// map is past its cap bounds the map however many clients connect.

// expect-no-findings

#include <cstddef>
#include <map>
#include <string>

void register_handler(void (*handler)(int fd));  // event library: called on each accept
void run_event_loop();
long connection_id(int fd);                      // unique, increasing id per connection
std::string peer_name(int fd);

class ConnectionNames {
public:
  static void on_connect(int fd) {
    names_[connection_id(fd)] = peer_name(fd);
    if (names_.size() > kMaxNames)
      names_.erase(names_.begin());
  }

private:
  static constexpr std::size_t kMaxNames = 4096;
  static std::map<long, std::string> names_;
};

std::map<long, std::string> ConnectionNames::names_;

int main() {
  register_handler(&ConnectionNames::on_connect);
  run_event_loop();
  return 0;
}
