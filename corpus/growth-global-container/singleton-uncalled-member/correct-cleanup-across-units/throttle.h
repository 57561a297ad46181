// throttle.h - the connection throttle shared by main.cpp and throttle.cpp: one object,
// Throttle::Instance_, handed out by Throttle::Instance() (defined in throttle.cpp).
// expect-no-findings
#ifndef THROTTLE_H
#define THROTTLE_H

#include <vector>

struct Conn {
  int fd;
};

void serve(Conn *c);

class Throttle {
 public:
  static Throttle &Instance();
  void park(Conn *c);
  void kick();

 private:
  static Throttle Instance_;
  std::vector<Conn *> waiting_;
};

#endif
