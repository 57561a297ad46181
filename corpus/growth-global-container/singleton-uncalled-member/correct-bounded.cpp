// Correct (bounded): the singleton's queue holds at most kMaxWaiting connections.
// park() drops the oldest waiting connection before it queues one past the cap, so
// Throttle::Instance_.waiting_ stays small however long the server runs.
// expect-no-findings
#include <cstddef>
#include <vector>

struct Conn {
  int fd;
};

Conn *accept_one();
bool out_of_descriptors();
void serve(Conn *c);
void refuse(Conn *c);

static const std::size_t kMaxWaiting = 64;

class Throttle {
 public:
  static Throttle &Instance();
  void park(Conn *c) {
    if (waiting_.size() >= kMaxWaiting) {
      refuse(waiting_.front());
      waiting_.erase(waiting_.begin());
    }
    waiting_.push_back(c);
  }

 private:
  static Throttle Instance_;
  std::vector<Conn *> waiting_;
};

Throttle Throttle::Instance_;

Throttle &Throttle::Instance() { return Instance_; }

int main() {
  for (;;) {
    Conn *c = accept_one();
    if (out_of_descriptors())
      Throttle::Instance().park(c);
    else
      serve(c);
  }
}
