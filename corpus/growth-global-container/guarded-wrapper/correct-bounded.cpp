// Correct way (bounded): the same lock-owning wrapper, but each container is
// capped through the guard before it grows; a wrapper that is a local dies with
// its turn of the loop, so growing it through its guard is not growth of a static.
// expect-no-findings
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
  T value_;
};

struct Events {
  std::deque<std::string> recent;
};

struct History {
  std::vector<std::string> lines;
};

static locked<History> g_history;
static locked<std::vector<int>> g_sizes;

static locked<Events> g_events;
std::string next_line();

static const std::size_t kMaxLines = 10000;
static const std::size_t kMaxSizes = 10000;

int main() {
  for (;;) {
    std::string line = next_line();
    auto history = g_history.acquire();
    if (history->lines.size() >= kMaxLines) history->lines.erase(history->lines.begin());
    history->lines.push_back(line);
    if (g_events.acquire()->recent.size() >= kMaxLines) g_events.acquire()->recent.pop_front();
    g_events.acquire()->recent.push_back(line);
    auto sizes = g_sizes.acquire();
    if ((*sizes).size() >= kMaxSizes) (*sizes).erase((*sizes).begin());
    (*sizes).push_back(static_cast<int>(line.size()));
    locked<std::vector<int>> scratch;  // a local wrapper: it dies with the turn
    scratch.acquire()->push_back(1);
    auto s = scratch.acquire();
    s->push_back(2);
  }
}
