// Correct (bounded): the pending messages are capped at kMaxPending.
// Once kMaxPending messages wait, the oldest is erased before the next is
// queued, so a slow consumer costs old messages, not memory.
// expect-no-findings

#include <pthread.h>

#include <cstddef>
#include <string>
#include <vector>

constexpr std::size_t kMaxPending = 1024;  // the most messages that wait

bool next_message(std::string &out);  // blocks for the next message
void wait_for_work();
void deliver(const std::string &msg);

class Server {
 public:
  void start() { pthread_create(&thread_, nullptr, &Server::thread_main, this); }
  void on_message(const std::string &msg) {
    if (pending_.size() >= kMaxPending) pending_.erase(pending_.begin());
    pending_.push_back(msg);
  }

 private:
  static void *thread_main(void *arg) {
    static_cast<Server *>(arg)->run();
    return nullptr;
  }
  void run() {
    for (;;) {
      wait_for_work();
      drain();
    }
  }
  void drain() {
    for (const std::string &msg : pending_) deliver(msg);
  }
  std::vector<std::string> pending_;
  pthread_t thread_;
};

static Server g_server;

int main() {
  g_server.start();
  std::string msg;
  while (next_message(msg)) g_server.on_message(msg);
}
