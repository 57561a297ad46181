// Correct (cleanup): a Meyers singleton whose queue a member no code here calls empties.
// Outbox::Get() hands out its function-local static object; flush() sends and clears what
// was queued, called by a timer in a unit not analysed: it acts on that one object.
// expect-no-findings
#include <string>
#include <vector>

std::string next_event();
void send_all(const std::vector<std::string> &batch);

class Outbox {
 public:
  static Outbox &Get() {
    static Outbox box;
    return box;
  }
  void queue(const std::string &e) { pending_.push_back(e); }
  void flush() {
    send_all(pending_);
    pending_.clear();
  }

 private:
  std::vector<std::string> pending_;
};

int main() {
  for (;;) Outbox::Get().queue(next_event());
}
