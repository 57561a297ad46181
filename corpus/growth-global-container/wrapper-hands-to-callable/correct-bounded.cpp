// Correct (bounded): the same wrapper, and the lambda drops the oldest line once kMaxValue are kept.
// What the lambda does to its parameter happens to the wrapped vector, so the erase before each
// push_back caps it: it never holds more than kMaxValue lines.
// expect-no-findings
#include <cstddef>
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
  T value_;
};

static guarded<std::vector<std::string>> g_requests;
const std::size_t kMaxValue = 1000; /* the most the wrapped vector keeps */
std::string next_request();

int main() {
  for (;;) {
    std::string line = next_request();
    g_requests.with([&](std::vector<std::string> &lines) {
      if (lines.size() >= kMaxValue) lines.erase(lines.begin());
      lines.push_back(line);
    });
  }
}
