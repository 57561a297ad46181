// registry.h - the request registry, shared by main.cpp and registry.cpp. Its
// accessors are defined in registry.cpp, so main.cpp sees only their declarations.
#ifndef REGISTRY_H
#define REGISTRY_H

#include <map>
#include <string>
#include <vector>

struct Session {
  std::string user;
};

class Registry {
 public:
  static Registry &Instance();
  void defer(const std::string &job);

 private:
  std::vector<std::string> jobs_;  // expect-finding: growth-global-container fix=bounded
};

std::map<int, Session> &sessions();

#endif
