// Mistake: the server hands itself to its worker thread as `void *`; the
// thread delivers the pending messages of the same object but never clears
// them, so every message ever received stays in memory.
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
  }
  std::vector<std::string> pending_;  // expect-finding: growth-global-container fix=cleanup
  pthread_t thread_;
};

static Server g_server;  // expect-note: 'g_server' is the static object that holds it

int main() {
  g_server.start();
  std::string msg;
  while (next_message(msg)) g_server.on_message(msg);  // expect-note: 'g_server.pending_' grows here (push_back in Server::on_message) // expect-note: this loop repeats for every input it reads, so the growth repeats
}
