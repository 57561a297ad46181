// hub.h - the message hub, shared by main.cpp, hub.cpp and queue.cpp.
#ifndef HUB_H
#define HUB_H

#include <pthread.h>

#include <string>
#include <vector>

class Hub {
 public:
  void start();
  void on_message(const std::string &msg);

 private:
  static void *launch(void *self) {
    static_cast<Hub *>(self)->run();
    return nullptr;
  }
  void run();
  void accept(const std::string &msg);
  void enqueue(const std::string &msg);
  void flush();
  std::vector<std::string> queue_;
  pthread_t worker_;
};

#endif
