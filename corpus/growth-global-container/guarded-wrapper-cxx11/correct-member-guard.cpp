// Correct (member-guard): a pool's queue lives in a lock-owning wrapper; submit() pushes through a guard, and the
// worker pops through a guard it takes on its own object (this->queue_.acquire()), so the queue is drained.
// The worker's guard is made from a field of `this`: what it does happens to the static pool's queue.
// expect-no-findings
#include <deque>
#include <mutex>
#include <string>
#include <utility>

template <typename T>
class owned {
 public:
  class guard {
   public:
    guard(std::mutex &m, T *v) : hold_(m), value_(v) {}
    guard(guard &&other) : hold_(std::move(other.hold_)), value_(other.value_) { other.value_ = nullptr; }
    T *operator->() { return value_; }
    T &operator*() { return *value_; }

   private:
    std::unique_lock<std::mutex> hold_;
    T *value_;
  };
  guard acquire() { return guard(mutex_, &value_); }

 private:
  std::mutex mutex_;
  T value_;
};

struct pool {
  void work() {
    auto jobs = this->queue_.acquire();
    if (!jobs->empty()) jobs->pop_front();
  }
  owned<std::deque<std::string>> queue_;
};

static pool g_pool;
std::string next_job();

static void submit(const std::string &job) {
  auto &p = g_pool;
  auto jobs = p.queue_.acquire();
  jobs->push_back(job);
}

int main() {
  for (;;) {
    submit(next_job());
    g_pool.work();
  }
}
