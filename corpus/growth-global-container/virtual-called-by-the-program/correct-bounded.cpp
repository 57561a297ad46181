// Correct way (bounded): the same daemon, whose run() main calls once; its loop
// keeps the last kMaxEvents events only. Its start-up still reads the policies
// once, which is not repeated growth.
// expect-no-findings
#include <map>
#include <memory>
#include <string>
#include <vector>

std::string next_event();
bool next_policy(std::string &name, int &level);

class Service {
 public:
  virtual ~Service() = default;
  virtual void run() = 0;
};

static std::map<std::string, int> g_policies;
static std::vector<std::string> g_events;
static const std::size_t kMaxEvents = 4096;

static void load_policies() {
  std::string name;
  int level = 0;
  while (next_policy(name, level)) g_policies[name] = level;
}

class Daemon : public Service {
 public:
  void run() override {
    load_policies();
    for (;;) {
      if (g_events.size() >= kMaxEvents) g_events.erase(g_events.begin());
      g_events.push_back(next_event());
    }
  }
};

int main() {
  std::unique_ptr<Service> service(new Daemon);
  service->run();
}
