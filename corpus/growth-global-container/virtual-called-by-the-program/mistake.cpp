// Mistake: a daemon's run() overrides the program's own Service::run(), and
// main calls it once. Its start-up reads the policies into a map (once: main
// calls run() once, so that is not repeated growth); then its loop records
// every event it handles and never forgets one.
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
static std::vector<std::string> g_events;  // expect-finding: growth-global-container fix=bounded

static void load_policies() {
  std::string name;
  int level = 0;
  while (next_policy(name, level)) g_policies[name] = level;
}

class Daemon : public Service {
 public:
  void run() override {
    load_policies();
    for (;;) g_events.push_back(next_event());  // expect-note: 'g_events' grows here (push_back) // expect-note: this loop never ends, so the growth repeats
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

static std::map<int, std::string> g_started;  // expect-finding: growth-global-container fix=bounded

class Recorder : public Plugin {
 public:
  void start() override {  // expect-note: 'Recorder::start' is long-lived: it overrides the virtual function 'Plugin::start', which the framework calls
    Plugin::start();
    g_started[static_cast<int>(g_started.size())] = next_event();  // expect-note: 'g_started' grows here (operator[])
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
static std::vector<std::string> g_served;  // expect-finding: growth-global-container fix=bounded

class Pump : public Worker {
 public:
  void run() override {
    std::string name;
    int level = 0;
    while (next_policy(name, level)) g_routes[name] = level;
    for (;;) {  // expect-note: this loop never ends, so the growth repeats
      g_served.push_back(next_event());  // expect-note: 'g_served' grows here (push_back)
    }
  }
};

int main() {
  std::unique_ptr<Service> service(new Daemon);
  service->run();
}
