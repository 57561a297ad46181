// Mistake: a lock-owning wrapper hands its value to a callable, and every request appends through it.
// with() locks the mutex and calls the lambda with the wrapped vector (f(value_)); each request
// adds a line through the lambda's parameter and nothing ever takes one out.
#include <mutex>
#include <string>
#include <vector>

template <typename T>
class guarded {
 public:
  template <typename F>
  void with(F f) {
    std::lock_guard<std::mutex> hold(mutex_);
    f(value_);
  }

 private:
  std::mutex mutex_;
  T value_;  // expect-finding: growth-global-container fix=bounded
};

static guarded<std::vector<std::string>> g_requests;  // expect-note: 'g_requests' is the static object that holds it
std::string next_request();

int main() {
  for (;;) {  // expect-note: this loop never ends, so the growth repeats
    std::string line = next_request();
    g_requests.with([&](std::vector<std::string> &lines) { lines.push_back(line); });  // expect-note: 'g_requests.value_' grows here (push_back in lambda at mistake.cpp:28)
  }
}
