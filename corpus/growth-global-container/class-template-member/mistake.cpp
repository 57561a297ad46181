// Mistake: a queue of the program's own is a class template; the static
// queue of events gets one element per request through its put(), and
// nothing ever takes one out, so every event stays in memory.
#include <deque>
#include <string>

template <typename T>
class EventQueue {
 public:
  void put(const T &item) { items_.push_back(item); }
  bool empty() const { return items_.empty(); }

 private:
  std::deque<T> items_;  // expect-finding: growth-global-container fix=bounded
};

static EventQueue<std::string> g_events;  // expect-note: 'g_events' is the static object that holds it

bool next_event(std::string &out);  // blocks for the next event

int main() {
  std::string e;
  while (next_event(e)) g_events.put(e);  // expect-note: 'g_events.items_' grows here (push_back in EventQueue::put) // expect-note: this loop repeats for every input it reads, so the growth repeats
}
