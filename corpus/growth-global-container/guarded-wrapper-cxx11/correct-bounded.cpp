// Correct (bounded): the same C++11 guard, and the ring drops its oldest kill once it holds kMaxValue.
// The moved guard is followed like any other: its pop_back() before each push_front() caps the
// wrapped list, so it never holds more than the cap.
// expect-no-findings
#include <list>
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

static owned<std::list<std::string>> g_ring;
const std::size_t kMaxValue = 60; /* the most the ring keeps */
std::string next_kill();

int main() {
  for (;;) {
    std::string text = next_kill();
    auto ring = g_ring.acquire();
    if (ring->size() >= kMaxValue) ring->pop_back();
    ring->push_front(text);
  }
}
