// Mistake: a C++11 lock-owning wrapper hands out its value through a movable guard, and the ring only grows.
// In C++11 `auto ring = g_ring.acquire();` moves the returned guard into the local (no guaranteed
// elision), so the local is a guard all the same; every kill is pushed and nothing pops one.
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
  T value_;  // expect-finding: growth-global-container fix=bounded
};

static owned<std::list<std::string>> g_ring;  // expect-note: 'g_ring' is the static object that holds it
std::string next_kill();

int main() {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    std::string text = next_kill();
    auto ring = g_ring.acquire();
    ring->push_front(text);  // expect-note: 'g_ring.value_' grows here (push_front)
  }
}
