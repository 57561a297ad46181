// Mistake: a class with a singleton accessor that the program also instantiates elsewhere.
// Outbox::Get() hands out one Outbox, but main makes another with new, so flush(), which
// no code here calls, may run on that other object: the shared queue is never seen emptied.
#include <string>
#include <vector>

std::string next_event();
void send_all(const std::vector<std::string> &batch);
class Outbox;
void keep(Outbox *spare);

class Outbox {
 public:
  static Outbox &Get() {
    static Outbox box;  // expect-note: 'box' is the static object that holds it
    return box;
  }
  void queue(const std::string &e) { pending_.push_back(e); }
  void flush() {
    send_all(pending_);
    pending_.clear();
  }

 private:
  std::vector<std::string> pending_;  // expect-finding: growth-global-container fix=bounded
};

int main() {
  keep(new Outbox);
  for (;;) Outbox::Get().queue(next_event());  // expect-note: this loop never ends, so the growth repeats
  // expect-note@-1: 'box.pending_' grows here (push_back in Outbox::queue)
}
