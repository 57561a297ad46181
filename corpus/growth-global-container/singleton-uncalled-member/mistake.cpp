// Mistake: a singleton's queue is fed through its accessor and nothing ever takes from it.
// Throttle has one object, Throttle::Instance_, handed out by Throttle::Instance(); each
// refused connection is queued with park() in the main loop and no member function removes one.
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

 private:
  static Throttle Instance_;
  std::vector<Conn *> waiting_;  // expect-finding: growth-global-container fix=bounded
};

Throttle Throttle::Instance_;  // expect-note: 'Instance_' is the static object that holds it

Throttle &Throttle::Instance() { return Instance_; }

int main() {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    Conn *c = accept_one();
    if (out_of_descriptors())
      Throttle::Instance().park(c);  // expect-note: 'Instance_.waiting_' grows here (push_back in Throttle::park)
    else
      serve(c);
  }
}
