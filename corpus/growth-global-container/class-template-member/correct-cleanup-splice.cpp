// Correct (cleanup): a handler collects messages in a list of its own and
// hands the whole batch to a queue that is a class template; the template's
// put() takes the batch with splice, which empties it, and the worker side
// takes every message out again.
// expect-no-findings
#include <list>
#include <string>

template <typename T>
class Mailbox {
 public:
  void put(std::list<T> &batch) { items_.splice(items_.end(), batch); }
  bool take(T &out) {
    if (items_.empty()) return false;
    out = items_.front();
    items_.pop_front();
    return true;
  }

 private:
  std::list<T> items_;
};

static Mailbox<std::string> g_mailbox;

class Collector {
 public:
  void add(const std::string &m) { pending_.push_back(m); }
  void flush() {
    if (!pending_.empty()) g_mailbox.put(pending_);
  }

 private:
  std::list<std::string> pending_;
};

static Collector g_collector;

bool next_message(std::string &out);  // blocks for the next message
void deliver(const std::string &m);

int main() {
  std::string m;
  while (next_message(m)) {
    g_collector.add(m);
    g_collector.flush();
    while (g_mailbox.take(m)) deliver(m);
  }
}
