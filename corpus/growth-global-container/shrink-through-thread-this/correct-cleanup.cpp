// Correct (cleanup): the server hands itself to its worker thread as `void *`;
// the thread's entry casts it back and runs run(), which delivers and clears
// the pending messages of the same object, so they never pile up.
// expect-no-findings
#include <pthread.h>

#include <string>
#include <vector>

bool next_message(std::string &out);  // blocks for the next message
void wait_for_work();
void deliver(const std::string &msg);

class Server {
 public:
  void start() { pthread_create(&thread_, nullptr, &Server::thread_main, this); }
  void on_message(const std::string &msg) { pending_.push_back(msg); }

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
    pending_.clear();
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
