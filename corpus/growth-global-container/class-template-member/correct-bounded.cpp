// Correct (bounded): the class template keeps at most a fixed number of
// elements: put() drops the oldest once the queue is full.
// expect-no-findings
#include <cstddef>
#include <deque>
#include <string>

template <typename T, std::size_t Max>
class EventQueue {
 public:
  void put(const T &item) {
    if (items_.size() >= Max) items_.pop_front();
    items_.push_back(item);
  }

 private:
  std::deque<T> items_;
};

static EventQueue<std::string, 1024> g_events;

bool next_event(std::string &out);  // blocks for the next event

int main() {
  std::string e;
  while (next_event(e)) g_events.put(e);
}
