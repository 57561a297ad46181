// Mistake: a message callback and a sampling thread each append to a global forever.
// The lambda given to on_message runs for every message on the bus and worker()
// runs on its own thread for the life of the process; neither container shrinks.

#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

void on_message(std::function<void(const std::string &)> cb);  // subscribes cb to the bus
void run_bus();                                                 // dispatches until shutdown
bool read_sensor(int *value);                                   // blocks for the next sample

std::mutex g_lock;
std::vector<std::string> g_inbox;  // expect-finding: growth-global-container fix=bounded
std::list<int> g_readings;  // expect-finding: growth-global-container fix=bounded

static void worker() {
  int value;
  while (read_sensor(&value)) {  // expect-note: this loop repeats for every input it reads, so the growth repeats
    std::lock_guard<std::mutex> guard(g_lock);
    g_readings.push_back(value);  // expect-note: 'g_readings' grows here (push_back)
  }
}

int main() {
  on_message([](const std::string &msg) {  // expect-note: 'lambda at mistake.cpp:29' is long-lived: the lambda is passed to 'on_message', which may call it at any time
    std::lock_guard<std::mutex> guard(g_lock);
    g_inbox.push_back(msg);  // expect-note: 'g_inbox' grows here (push_back)
  });
  std::thread sampler(worker);
  run_bus();
  sampler.join();
  return 0;
}
