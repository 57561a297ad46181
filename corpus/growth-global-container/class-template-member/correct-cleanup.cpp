// Correct (cleanup): the same class template also hands its elements out:
// take() removes the oldest, and the serving loop takes every event it has
// put, so the static queue holds only what is waiting.
// expect-no-findings
#include <deque>
#include <string>

template <typename T>
class EventQueue {
 public:
  void put(const T &item) { items_.push_back(item); }
  bool take(T &out) {
    if (items_.empty()) return false;
    out = items_.front();
    items_.pop_front();
    return true;
  }

 private:
  std::deque<T> items_;
};

static EventQueue<std::string> g_events;

bool next_event(std::string &out);  // blocks for the next event
void handle(const std::string &e);

int main() {
  std::string e;
  while (next_event(e)) {
    g_events.put(e);
    while (g_events.take(e)) handle(e);
  }
}
