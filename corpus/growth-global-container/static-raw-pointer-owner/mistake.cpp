// Mistake: three objects that live as long as the process, reached through plain
// static pointers. The tracker is a function-local static whose address is kept
// in a static pointer when the program starts; the manager and the statistics
// are created with `new` once (the latter in its declaration) and never deleted.
// Every allocation and every request grows a container of theirs, and nothing
// removes anything.
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

void *next_alloc();
std::string next_request();

class Tracker {
 public:
  static void init() { instance_ = create_instance(); }
  static void track(uintptr_t a) {
    Tracker *t = instance_;
    if (t) t->do_track(a);  // expect-note: 'tracker.addresses_' grows here (insert in Tracker::do_track)
  }

 private:
  static Tracker *create_instance() {
    static Tracker tracker;  // expect-note: 'tracker' is the static object that holds it
    return &tracker;
  }
  void do_track(uintptr_t a) { addresses_.insert(a); }
  std::unordered_set<uintptr_t> addresses_;  // expect-finding: growth-global-container fix=bounded
  static Tracker *instance_;
};
Tracker *Tracker::instance_;

struct Manager {
  std::vector<std::string> jobs;  // expect-finding: growth-global-container fix=bounded
};

struct Stats {
  std::vector<long> samples;  // expect-finding: growth-global-container fix=bounded
};

static Stats *g_stats = new Stats;  // expect-note: 'g_stats' is the static object that holds it
static Manager *g_manager;  // expect-note: 'g_manager' is the static object that holds it

int main() {
  Tracker::init();
  g_manager = new Manager();
  for (;;) {  // expect-note x3: this loop never ends, so the growth repeats
    Tracker::track(reinterpret_cast<uintptr_t>(next_alloc()));  // expect-note: 'Tracker::track' is called here by 'main', inside a loop that never ends
    g_manager->jobs.push_back(next_request());  // expect-note: 'g_manager->jobs' grows here (push_back)
    g_stats->samples.push_back(1);  // expect-note: 'g_stats->samples' grows here (push_back)
  }
}
