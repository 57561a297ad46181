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

// A plugin's start() is called by a loader this program does not show (no call
// of Plugin::start through an object here); the override calls its base
// explicitly, which is not such a call.
class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual void start() {}
};

static std::map<int, std::string> g_started;
static const std::size_t kMaxStarted = 1024;

class Recorder : public Plugin {
 public:
  void start() override {
    Plugin::start();
    if (g_started.size() >= kMaxStarted) g_started.erase(g_started.begin());
    g_started[static_cast<int>(g_started.size())] = next_event();
  }
};

// A worker's run() is also started by code this program does not show, but it
// runs a loop that never ends: whoever calls it starts a main loop, as a
// thread's entry does, so its start-up (reading the routes) runs once per
// start, and only its loop repeats.
class Worker {
 public:
  virtual ~Worker() = default;
  virtual void run() = 0;
};

static std::map<std::string, int> g_routes;
static std::vector<std::string> g_served;
static const std::size_t kMaxServed = 1024;

class Pump : public Worker {
 public:
  void run() override {
    std::string name;
    int level = 0;
    while (next_policy(name, level)) g_routes[name] = level;
    for (;;) {
      if (g_served.size() >= kMaxServed) g_served.erase(g_served.begin());
      g_served.push_back(next_event());
    }
  }
};

int main() {
  std::unique_ptr<Service> service(new Daemon);
  service->run();
}
