// Correct (cleanup): the worker thread runs a callable made by
// std::bind(&Sweeper::run, this); run() is a member function of the same
// static object, and its expire() erases the old entries, so the static
// sweeper's list stays as long as the entries live.
// expect-no-findings
#include <functional>
#include <list>
#include <string>
#include <thread>

struct Entry {
  std::string key;
  long born;
};

bool next_key(std::string &out);  // blocks for the next key
long now_ms();
void sleep_a_little();

class Sweeper {
 public:
  void start() { thread_ = new std::thread(std::bind(&Sweeper::run, this)); }
  void add(const std::string &key) { entries_.push_back(Entry{key, now_ms()}); }

 private:
  void run() {
    for (;;) {
      sleep_a_little();
      expire(now_ms());
    }
  }
  void expire(long now) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (now - it->born > 60000) it = entries_.erase(it);
      else ++it;
    }
  }
  std::list<Entry> entries_;
  std::thread *thread_ = nullptr;
};

static Sweeper g_sweeper;

int main() {
  g_sweeper.start();
  std::string key;
  while (next_key(key)) g_sweeper.add(key);
}
