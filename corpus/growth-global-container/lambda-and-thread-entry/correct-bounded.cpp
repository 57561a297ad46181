// Correct (bounded): both the inbox and the readings keep only their newest entries.
// The callback drops the oldest message once the inbox is full and the worker
// drops the oldest reading past kMaxReadings, so both stay a fixed size.

// expect-no-findings

#include <cstddef>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

void on_message(std::function<void(const std::string &)> cb);  // subscribes cb to the bus
void run_bus();                                                 // dispatches until shutdown
bool read_sensor(int *value);                                   // blocks for the next sample

constexpr std::size_t kMaxInbox = 256;
constexpr std::size_t kMaxReadings = 600;
std::mutex g_lock;
std::vector<std::string> g_inbox;
std::list<int> g_readings;

static void worker() {
  int value;
  while (read_sensor(&value)) {
    std::lock_guard<std::mutex> guard(g_lock);
    g_readings.push_back(value);
    if (g_readings.size() > kMaxReadings)
      g_readings.pop_front();
  }
}

int main() {
  on_message([](const std::string &msg) {
    std::lock_guard<std::mutex> guard(g_lock);
    if (g_inbox.size() >= kMaxInbox)
      g_inbox.erase(g_inbox.begin());
    g_inbox.push_back(msg);
  });
  std::thread sampler(worker);
  run_bus();
  sampler.join();
  return 0;
}
