// Mistake: the history lives inside a lock-owning wrapper. A request takes the
// lock with acquire(), which returns a guard object whose -> and * hand out the
// wrapped value; each line is appended through the guard (or through a guard
// made on the spot), and nothing ever removes one. The wrapper is the static;
// the container is its wrapped value.
#include <deque>
#include <mutex>
#include <string>
#include <vector>

template <typename T>
class locked {
 public:
  class guard {
   public:
    explicit guard(locked &l) : hold_(l.mutex_), value_(l.value_) {}
    T *operator->() { return &value_; }
    T &operator*() { return value_; }

   private:
    std::lock_guard<std::mutex> hold_;
    T &value_;
  };
  guard acquire() { return guard(*this); }

 private:
  std::mutex mutex_;
  T value_;  // expect-finding: growth-global-container fix=bounded
};

struct Events {
  std::deque<std::string> recent;  // expect-finding: growth-global-container fix=bounded
};

struct History {
  std::vector<std::string> lines;  // expect-finding: growth-global-container fix=bounded
};

static locked<History> g_history;  // expect-note: 'g_history.value_' is the static object that holds it
static locked<std::vector<int>> g_sizes;  // expect-note: 'g_sizes' is the static object that holds it

static locked<Events> g_events;  // expect-note: 'g_events.value_' is the static object that holds it
std::string next_line();

int main() {
  for (;;) {  // expect-note x3: this loop never ends, so the growth repeats
    std::string line = next_line();
    auto history = g_history.acquire();
    history->lines.push_back(line);  // expect-note: 'g_history.value_.lines' grows here (push_back)
    g_events.acquire()->recent.push_back(line);  // expect-note: 'g_events.value_.recent' grows here (push_back)
    auto sizes = g_sizes.acquire();
    (*sizes).push_back(static_cast<int>(line.size()));  // expect-note: 'g_sizes.value_' grows here (push_back)
  }
}
