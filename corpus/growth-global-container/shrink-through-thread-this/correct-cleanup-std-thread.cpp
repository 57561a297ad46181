// Correct (cleanup): the worker is started as std::thread(&Worker::run, this);
// run() is a member function of the same object, and its flush() swaps the
// batch out, so the batch of the static worker never piles up.
// expect-no-findings
#include <string>
#include <thread>
#include <vector>

bool next_event(std::string &out);  // blocks for the next event
void wait_for_tick();
void write_batch(const std::vector<std::string> &batch);

class Worker {
 public:
  void start() { thread_ = std::thread(&Worker::run, this); }
  void add(const std::string &event) { batch_.push_back(event); }

 private:
  void run() {
    for (;;) {
      wait_for_tick();
      flush();
    }
  }
  void flush() {
    std::vector<std::string> out;
    out.swap(batch_);
    write_batch(out);
  }
  std::vector<std::string> batch_;
  std::thread thread_;
};

static Worker g_worker;

int main() {
  g_worker.start();
  std::string event;
  while (next_event(event)) g_worker.add(event);
}
