// Correct (cleanup): the server starts its worker through the program's own thread helper.
// start_detached(fn, arg) hands both to pthread_create, so spawning with
// (&Server::thread_main, this) runs run() on the same object: it delivers and
// clears the pending messages that on_message adds.
// expect-no-findings
#include <pthread.h>

#include <string>
#include <vector>

bool next_message(std::string &out);  // blocks for the next message
void wait_for_work();
void deliver(const std::string &msg);

static bool start_detached(void *(*fn)(void *), void *arg) {
  pthread_t thread;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  int err = pthread_create(&thread, &attr, fn, arg);
  pthread_attr_destroy(&attr);
  return err == 0;
}

class Server {
 public:
  bool start() { return start_detached(&Server::thread_main, this); }
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
};

static Server g_server;

int main() {
  if (!g_server.start()) return 1;
  std::string msg;
  while (next_message(msg)) g_server.on_message(msg);
}
