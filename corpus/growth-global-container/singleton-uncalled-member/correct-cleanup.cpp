// Correct (cleanup): the singleton serves a waiting connection each time a descriptor frees up.
// Throttle::kick() erases the oldest of Throttle::Instance_.waiting_; its caller (the code that
// closes descriptors) lives in a unit not analysed, and a singleton's member acts on its one object.
// expect-no-findings
#include <vector>

struct Conn {
  int fd;
};

Conn *accept_one();
bool out_of_descriptors();
void serve(Conn *c);

class Throttle {
 public:
  static Throttle &Instance();
  void park(Conn *c) { waiting_.push_back(c); }
  void kick();

 private:
  static Throttle Instance_;
  std::vector<Conn *> waiting_;
};

Throttle Throttle::Instance_;

Throttle &Throttle::Instance() { return Instance_; }

void Throttle::kick() {
  if (waiting_.empty()) return;
  Conn *c = waiting_.front();
  waiting_.erase(waiting_.begin());
  serve(c);
}

int main() {
  for (;;) {
    Conn *c = accept_one();
    if (out_of_descriptors())
      Throttle::Instance().park(c);
    else
      serve(c);
  }
}
